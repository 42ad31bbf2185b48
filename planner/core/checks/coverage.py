"""Rules ``day.no-stop`` and ``unscheduled.soon``: gaps in the plan itself."""

from __future__ import annotations

import datetime as dt

from planner.core.checks.finding import CheckSettings, Finding, Severity
from planner.core.checks.itinerary import Itinerary, short_day


def no_stop_findings(it: Itinerary) -> list[Finding]:
    """One finding per run of consecutive days of the visit that no stop covers."""
    runs: list[list[dt.date]] = []
    for day in it.days():
        if it.stops_by_day.get(day):
            continue
        if runs and runs[-1][-1] + dt.timedelta(days=1) == day:
            runs[-1].append(day)
        else:
            runs.append([day])
    found = []
    for days in runs:
        span = short_day(days[0]) if len(days) == 1 else f"{short_day(days[0])} to {short_day(days[-1])}"
        found.append(
            Finding(
                "day.no-stop",
                Severity.WARNING,
                f"No stop is planned for {span}: where is the delegation?",
                subject=days[0].isoformat(),
                day=days[0],
            )
        )
    return found


def soon_findings(it: Itinerary, today: dt.date, settings: CheckSettings) -> list[Finding]:
    """Unscheduled or date-only engagements within ``settings.soon_days`` of ``today``."""
    horizon = today + dt.timedelta(days=settings.soon_days)
    days = it.days()
    if not days or days[0] > horizon or days[-1] < today:
        return []
    found = []
    for e in it.live:
        day: dt.date | None
        if e.is_unscheduled:
            what, day = "has no date yet", None
        elif e.is_all_day and e.date is not None and e.date <= horizon and (e.end_date or e.date) >= today:
            what, day = f"has a date ({short_day(e.date)}) but no time yet", e.date
        else:
            continue
        found.append(
            Finding(
                "unscheduled.soon",
                Severity.WARNING,
                f"“{e.title}” {what}, and the visit is {_when(days[0], today)}",
                engagements=(e.uid,),
                members=it.concerned(it.attendees(e)),
                day=day,
            )
        )
    return found


def _when(first: dt.date, today: dt.date) -> str:
    ahead = (first - today).days
    if ahead <= 0:
        return "under way"
    return "tomorrow" if ahead == 1 else f"{ahead} days away"
