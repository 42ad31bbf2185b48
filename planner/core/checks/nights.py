"""Rules ``stay.missing-night`` and ``leg.late-arrival-no-stay``: a bed for every night.

The delegation sleeps, each night of the visit but the last, in the city of the stop it reached
last that day; a night spent on a leg (departing before it, landing after) needs no hotel there.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from planner.core import tz
from planner.core.checks.finding import CheckSettings, Finding, Severity
from planner.core.checks.itinerary import Itinerary, arrival_day, fold, local_day, short_day
from planner.core.model import Engagement, Kind, Stay


def _nights_in_transit(it: Itinerary) -> set[dt.date]:
    """Nights the whole delegation spends on a leg (it leaves on or before and lands after)."""
    nights: set[dt.date] = set()
    for leg in it.live:
        if leg.kind is not Kind.TRAVEL or leg.member_uids or not leg.is_timed:
            continue
        first, last = local_day(leg), arrival_day(leg)
        if first is not None and last is not None:
            nights.update(first + dt.timedelta(days=i) for i in range((last - first).days))
    return nights


def _stays_by_city(stays: list[Stay]) -> dict[str, list[Stay]]:
    by_city: dict[str, list[Stay]] = defaultdict(list)
    for stay in stays:
        by_city[fold(stay.city)].append(stay)
    return by_city


def missing_night_findings(it: Itinerary) -> list[Finding]:
    days = it.days()
    transit = _nights_in_transit(it)
    by_city = _stays_by_city(it.visit.stays)
    runs: list[tuple[str, list[dt.date]]] = []  # (city, consecutive nights without a hotel)
    for night in days[:-1]:
        stop = it.latest_stop(night)
        if stop is None or not stop.city or night in transit:
            continue
        if any(s.covers_night(night) for s in by_city.get(fold(stop.city), [])):
            continue
        last = runs[-1] if runs else None
        if last and fold(last[0]) == fold(stop.city) and last[1][-1] + dt.timedelta(days=1) == night:
            last[1].append(night)
        else:
            runs.append((stop.city, [night]))
    return [_missing(it, city, nights) for city, nights in runs]


def _missing(it: Itinerary, city: str, nights: list[dt.date]) -> Finding:
    when = (
        f"the night of {short_day(nights[0])}"
        if len(nights) == 1
        else f"the {len(nights)} nights from {short_day(nights[0])} to {short_day(nights[-1])}"
    )
    return Finding(
        "stay.missing-night",
        Severity.WARNING,
        f"No hotel booked in {city} for {when}",
        subject=f"{fold(city)}|{nights[0].isoformat()}",
        day=nights[0],
    )


def late_arrival_findings(it: Itinerary, settings: CheckSettings) -> list[Finding]:
    found = []
    by_city = _stays_by_city(it.visit.stays)
    for leg in it.live:
        if leg.kind is not Kind.TRAVEL or leg.end is None or leg.arrival_tz is None:
            continue
        landing = tz.local_naive(leg.end, leg.arrival_tz)
        if landing.time() >= settings.late_arrival_until:
            continue
        day = landing.date()
        city = leg.to_place.city if leg.to_place else None
        if city is None:
            stop = it.latest_stop(day)
            city = stop.city if stop is not None and stop.tz == leg.arrival_tz else None
        if city is None:
            continue
        if any(_room_ready(s, day, landing.time()) for s in by_city.get(fold(city), [])):
            continue
        found.append(_late(it, leg, city, landing))
    return found


def _room_ready(stay: Stay, day: dt.date, landing: dt.time) -> bool:
    """Booked from the night before, or an early check-in on the day at or before landing."""
    before = day - dt.timedelta(days=1)
    if stay.covers_night(before):
        return True
    return stay.check_in == day and stay.check_in_time is not None and stay.check_in_time <= landing


def _late(it: Itinerary, leg: Engagement, city: str, landing: dt.datetime) -> Finding:
    return Finding(
        "leg.late-arrival-no-stay",
        Severity.WARNING,
        f"“{leg.title}” lands in {city} at {landing:%H:%M} on {short_day(landing.date())}, "
        f"but no hotel there is booked from the night before",
        engagements=(leg.uid,),
        members=it.concerned(it.attendees(leg)),
        day=landing.date(),
    )
