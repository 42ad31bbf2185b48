"""The zone of an engagement the article leaves undated and places in no city.

Such an engagement happens somewhere in its country during the visit: where the visit's stops in
that country keep one zone (Santiago and Valparaíso), that is its zone, even in a country of
several zones; where they keep several (Tashkent and Samarkand, Buenos Aires and Córdoba), none is
set, even in a country the gazetteer gives one zone.  A country with no stop keeps the gazetteer's.
"""

from __future__ import annotations

from collections.abc import Sequence

from planner.core.article.candidate import Candidate
from planner.core.article.draft import DraftStop
from planner.core.model import Kind, Status


def zones_of_stops(merged: Sequence[Candidate], stops: Sequence[DraftStop]) -> list[Candidate]:
    """Sets ``zones`` on each undated engagement abroad with no city from the stops in its country;
    returns the candidates it set them on."""
    by_country: dict[str, set[str]] = {}
    for s in stops:
        if s.country and s.tz:
            by_country.setdefault(s.country, set()).add(s.tz)
    changed = []
    for c in merged:
        if c.date is not None or c.city is not None or c.kind == Kind.TRAVEL:
            continue
        if c.country is None or c.country.home or c.status == Status.CANCELLED:
            continue
        zones = by_country.get(c.country.name)
        if zones:
            c.zones = tuple(sorted(zones))
            changed.append(c)
    return changed


__all__ = ["zones_of_stops"]
