"""Rules ``holiday``, ``weekend`` and ``hour.unusual``: when the host country is not at work.

Public holidays and the weekend days come from the ``holidays`` package's calendar of the host
country (imported only when a visit is checked); hours are the engagement's local wall clock.
Travel legs are exempt (flights leave at any hour); the weekend matters only for meetings and
ceremonies, which need the host's offices open (sites, fairs and community events run on weekends).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from planner.core import tz
from planner.core.checks.finding import CheckSettings, Finding, Severity
from planner.core.checks.itinerary import Itinerary, short_day
from planner.core.checks.places import Places
from planner.core.model import Engagement, Kind

#: The kinds that need the host's offices open.
WEEKDAY_KINDS = frozenset({Kind.MEETING, Kind.CEREMONY})


@functools.cache
def host_calendar(code: str, year: int) -> Any | None:
    """The ``holidays`` calendar of a country for a year (``None`` if the package has none)."""
    import holidays

    try:
        return holidays.country_holidays(code, years=year)
    except NotImplementedError:
        return None


def _country_code(it: Itinerary, places: Places, e: Engagement, day: dt.date) -> str | None:
    if e.country:
        return places.code(e.country)
    stop = it.latest_stop(day)
    return places.code(stop.country) if stop is not None else None


def calendar_findings(it: Itinerary, places: Places) -> list[Finding]:
    found: list[Finding] = []
    for e in it.live:
        if e.kind is Kind.TRAVEL or e.is_unscheduled:
            continue
        found.extend(_day_off(it, places, e))
    return found


def _day_off(it: Itinerary, places: Places, e: Engagement) -> list[Finding]:
    """A holiday on any day of ``e`` (one finding), else a weekend day (one finding)."""
    weekend: tuple[dt.date, str] | None = None
    for day in it.days_of(e):
        code = _country_code(it, places, e, day)
        calendar = host_calendar(code, day.year) if code else None
        if calendar is None:
            continue
        country = e.country or code or ""
        name = calendar.get(day)
        if name:
            return [
                Finding(
                    "holiday",
                    Severity.WARNING,
                    f"“{e.title}” is on {short_day(day)}, {name}, a public holiday in {country}",
                    engagements=(e.uid,),
                    members=it.concerned(it.attendees(e)),
                    day=day,
                )
            ]
        if weekend is None and e.kind in WEEKDAY_KINDS and day.weekday() in calendar.weekend:
            weekend = (day, country)
    if weekend is None:
        return []
    day, country = weekend
    return [
        Finding(
            "weekend",
            Severity.NOTE,
            f"“{e.title}” is on {short_day(day)}, a weekend day in {country}",
            engagements=(e.uid,),
            members=it.concerned(it.attendees(e)),
            day=day,
        )
    ]


def hour_findings(it: Itinerary, settings: CheckSettings) -> list[Finding]:
    found = []
    for e in it.live:
        if e.kind is Kind.TRAVEL or e.start is None or e.end is None or e.tz is None:
            continue
        start = tz.local_naive(e.start, e.tz)
        end = tz.local_naive(e.end, e.arrival_tz or e.tz)
        late = end.date() > start.date() or end.time() > settings.latest
        if start.time() < settings.earliest or late:
            found.append(
                Finding(
                    "hour.unusual",
                    Severity.NOTE,
                    f"“{e.title}” runs {start:%H:%M}–{end:%H:%M} local time, outside the usual "
                    f"{settings.earliest:%H:%M}–{settings.latest:%H:%M}",
                    engagements=(e.uid,),
                    members=it.concerned(it.attendees(e)),
                    day=start.date(),
                )
            )
    return found
