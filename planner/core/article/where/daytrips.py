"""Day trips: a place the delegation goes to and comes back from the same day is no stop.

A stop is where the delegation spends a night.  Among the stops laid out from the dated engagements
(``stops.segments_from``), one of a single day is a day trip, and its days belong to the stop it
was made from, in two cases:

* out and back the same day: the stop after it is the one before it again, reached that same day
  (``drove to Antwerp … returned to Brussels the same evening``, ``Karawang गए … और शाम को Jakarta
  लौट आए``), or the journey there is told as one for the day (``travelled to São José dos Campos
  for the day``, ``एक दिन के लिए बासल गए``), however far it is;
* no journey there is told (only what was done there: ``Novo Mesto में Krka के plant का दौरा``)
  and the place is within ``DAY_TRIP_KM`` of the stop before it, with another stop after it (the
  same again or the next), or of the stop after it when that one begins the same day (``Espoo`` on
  the day of the arrival in Helsinki); when it is the visit's last place (``visit Škoda Auto at
  Mladá Boleslav before returning to India``), only if it is a town beside a city (at most
  ``SATELLITE`` of its people) or part of the same town (within ``SAME_TOWN_KM``): a city of its
  own (Kyoto after Osaka, Jerusalem after Tel Aviv) is where the last night is spent.

What is done there keeps its own city (and so its zone); the journeys out and back make no
engagement (the held-out sets title neither), nor does the way back the same day to the city the
delegation is staying in from a place the gazetteer does not name (``South Gobi में … mine गए और शाम
को Ulaanbaatar लौट आए``).  Every such reading is reported as a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from planner.core.article.draft import DraftStop
from planner.core.article.entities import Entity
from planner.core.article.where.stops import StopEvidence, day_text
from planner.core.geo import distance_km

#: how far a place may be from the stop it is visited from, to be taken for a day trip when the
#: article tells no journey there: an hour or two by road (Santa Clara from San Francisco, Mladá
#: Boleslav from Prague, Espoo from Helsinki are under 70 km; Kyoto from Osaka 43 km)
DAY_TRIP_KM = 120.0

#: a place of at most this share of the base city's people is a town beside it, not a city of its own
SATELLITE = 0.25
#: a place this close is part of the same town whatever its size (Sliema beside Valletta, Piraeus
#: beside Athens)
SAME_TOWN_KM = 15.0

Where = Callable[[DraftStop], Entity | None]

#: a journey told as one out and back the same day
FOR_THE_DAY = re.compile(
    r"(?i:\bfor\s+the\s+day\b(?!\s+(?:after|before|of|when)\b)|\bday[- ](?:trip|excursion)\b"
    r"|\bsame[- ]day\s+(?:trip|visit)\b)"
    r"|एक\s+दिन\s+के\s+लिए|एक\s*दिवसीय\s+(?:यात्रा|दौर)|(?i:\bek\s+din\s+ke\s+liye\b)"
)


#: the way back of a trip out the same day: "returned to Brussels the same evening", "शाम को … लौट आए"
BACK_THE_SAME_DAY = re.compile(
    r"(?i:\b(?:the\s+same|that|in\s+the)\s+(?:evening|night)\b|\bthe\s+same\s+day\b|\bby\s+(?:evening|nightfall)\b)"
    r"|(?:शाम|रात)\s+(?:को|तक)|उसी\s+(?:दिन|शाम|रात)|(?i:\b(?:shaam|raat)\s+(?:ko|tak)\b)"
)


def _one_day(seg: StopEvidence) -> dt.date | None:
    days = {d for d in (seg.firm, seg.first, seg.last) if d is not None}
    return next(iter(days)) if len(days) == 1 else None


def _near(a: StopEvidence, b: StopEvidence, where: Where, *, satellite: bool = False) -> bool:
    """``a`` is within a day trip of ``b`` (and, with ``satellite``, a town beside it)."""
    if a.stop.country != b.stop.country or not a.stop.city or not b.stop.city:
        return False
    pa, pb = where(a.stop), where(b.stop)
    if pa is None or pb is None or pa.lat is None or pa.lon is None or pb.lat is None or pb.lon is None:
        return False
    km = distance_km((pa.lat, pa.lon), (pb.lat, pb.lon))
    if satellite and not (pa.population and pa.population <= SATELLITE * pb.population):
        return km <= SAME_TOWN_KM
    return km <= DAY_TRIP_KM


def _absorb(into: StopEvidence, other: StopEvidence) -> None:
    """``other``'s days are ``into``'s (the same city told again, or a day trip made from it)."""
    into.see(other.first)
    into.see(other.last)
    into.see(other.firm)


def _called_a_day_trip(paragraph: str, seg: StopEvidence, base: StopEvidence) -> bool:
    """A sentence of the paragraph calls the outing a day trip and names the place or its base ("CM
    Montevideo से day trip पर गए", "It was a day trip: the minister drove down from Bangkok")."""
    for sentence in re.split(r"(?<=[.।!?])\s+", paragraph):
        if FOR_THE_DAY.search(sentence) and (seg.name in sentence or base.name in sentence):
            return True
    return False


def day_trips(
    segments: list[StopEvidence],
    where: Where,
    told: Callable[[int], str],
    paragraph: Callable[[int], str] = lambda n: "",
    headed: Callable[[int], bool] = lambda n: False,
) -> tuple[list[StopEvidence], set[int], list[str]]:
    """``segments`` without their day trips; the indices of the journeys dropped; the warnings.

    ``where`` finds a stop's city in the gazetteer, ``told`` the sentence of a journey (by index),
    ``paragraph`` the paragraph of an engagement: one that calls the outing a day trip ("CM
    Montevideo से day trip पर गए और शाम को ही लौट आए") makes a one-day stop one too, as does
    ``headed``, whether an engagement stands under a day heading that calls the day a day trip
    ("TUESDAY 7 SEPTEMBER (day trip, rooms retained)", see ``dayheadings``)."""
    out: list[StopEvidence] = []
    dropped: set[int] = set()
    notes: list[str] = []
    i = 0
    while i < len(segments):
        seg = segments[i]
        prev = out[-1] if out else None
        nxt = segments[i + 1] if i + 1 < len(segments) else None
        day = _one_day(seg)
        back = (
            day is not None
            and prev is not None
            and nxt is not None
            and nxt.key == prev.key
            and nxt.firm == day
        ) or (
            day is not None
            and prev is not None
            and (
                any(FOR_THE_DAY.search(told(n)) for _, n in seg.moves)
                or _called_a_day_trip(paragraph(seg.order), seg, prev)
                or any(headed(n) for n in (seg.order, *(n for _, n in seg.moves)))
            )
        )
        near_prev = (
            day is not None
            and seg.firm is None
            and prev is not None
            and _near(seg, prev, where, satellite=nxt is None)
        )
        near_next = (
            day is not None
            and seg.firm is None
            and nxt is not None
            and nxt.begins == day
            and _near(seg, nxt, where)
        )
        if not (back or near_prev or near_next) or day is None:
            out.append(seg)
            i += 1
            continue
        base = prev if (back or near_prev) and prev is not None else nxt
        assert base is not None
        dropped.update(n for _, n in seg.moves)
        notes.append(
            f"{seg.name} on {day_text(day)}: a day trip from {base.name} (out and back the same day), "
            "not a stop"
        )
        i += 1
        if base is prev and nxt is not None and nxt.key == prev.key:
            # back in the stop it was made from: one stop, and the journey back is no move
            dropped.update(n for d, n in nxt.moves if d == day)
            nxt.moves = [m for m in nxt.moves if m[0] != day]
            if nxt.firm == day:
                nxt.firm = None
            _absorb(prev, nxt)
            prev.moves.extend(nxt.moves)
            i += 1
        elif base is prev:
            prev.see(day)
    for seg in out:
        # "South Gobi में … mine गए और शाम को Ulaanbaatar लौट आए": back, the same day, in the city the
        # delegation was already staying in from a place that names no city of the gazetteer
        begun = min((d for d in (seg.firm, seg.first) if d is not None), default=None)
        for day, n in seg.moves:
            if begun is not None and day > begun and BACK_THE_SAME_DAY.search(told(n)):
                dropped.add(n)
                notes.append(f"back in {seg.name} on {day_text(day)} from a trip out the same day: no move")
    return out, dropped, notes


__all__ = ["BACK_THE_SAME_DAY", "DAY_TRIP_KM", "FOR_THE_DAY", "day_trips"]
