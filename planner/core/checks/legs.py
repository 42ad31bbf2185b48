"""Rule ``leg.zone-mismatch``: a travel leg whose arrival zone is not the zone of the stop it goes to."""

from __future__ import annotations

import datetime as dt

from planner.core import tz
from planner.core.checks.finding import Finding, Severity
from planner.core.checks.itinerary import Itinerary, arrival_day, fold, short_day
from planner.core.model import Kind, Stop


def zone_findings(it: Itinerary) -> list[Finding]:
    found = []
    for leg in it.live:
        if leg.kind is not Kind.TRAVEL or leg.arrival_tz is None:
            continue
        day = arrival_day(leg)
        if day is None:
            continue
        stop = _next_stop(it, leg.to_place.city if leg.to_place else None, day)
        if stop is None or stop.tz == leg.arrival_tz:
            continue
        at = leg.end or tz.noon_utc(day, stop.tz)
        found.append(
            Finding(
                "leg.zone-mismatch",
                Severity.ERROR,
                f"“{leg.title}” arrives in the zone {leg.arrival_tz} "
                f"({tz.zone_label(leg.arrival_tz, at)}), but on {short_day(day)} the delegation "
                f"is at {stop.city}, {stop.tz} ({tz.zone_label(stop.tz, at)})",
                engagements=(leg.uid,),
                members=it.concerned(it.attendees(leg)),
                day=day,
            )
        )
    return found


def _next_stop(it: Itinerary, city: str | None, day: dt.date) -> Stop | None:
    """The stop a leg goes to: the one of its arrival city, else the one reached last that day."""
    if city:
        named = [s for s in it.visit.stops if fold(s.city) == fold(city)]
        near = [s for s in named if s.arrive is None or s.arrive >= day - dt.timedelta(days=1)]
        if near or named:
            return (near or named)[0]
    return it.latest_stop(day)
