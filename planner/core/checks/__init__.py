"""The checks a senior protocol officer does by eye, as findings with stable codes.

``run_checks(visit, today=...)`` returns every finding, in a stable order, each marked with the
reason if the user dismissed it (``visit.dismissed``).  One module per family of rules:

* ``overlaps``: ``clash.member``, ``clash.travel`` (one member booked twice, or on a leg and at a meeting);
* ``whereabouts``: ``place.not-there`` (an engagement where the delegation or that member is not);
* ``transfers``: ``travel.too-tight`` (not enough time to get from one engagement to the next);
* ``calendar``: ``holiday``, ``weekend``, ``hour.unusual`` (the host country is not at work);
* ``nights``: ``stay.missing-night``, ``leg.late-arrival-no-stay`` (a bed for every night);
* ``legs``: ``leg.zone-mismatch``; ``coverage``: ``day.no-stop``, ``unscheduled.soon``.

Every rule sorts and sweeps (O(n log n) in the engagements, times the members); none compares all
pairs.  The clock is never read here: ``today`` is passed in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.core.checks.calendar import calendar_findings, hour_findings
from planner.core.checks.coverage import no_stop_findings, soon_findings
from planner.core.checks.finding import CheckSettings, Coordinates, Finding, Severity, ordered
from planner.core.checks.itinerary import Itinerary
from planner.core.checks.legs import zone_findings
from planner.core.checks.nights import late_arrival_findings, missing_night_findings
from planner.core.checks.overlaps import overlap_findings
from planner.core.checks.places import gazetteer_coordinates, gazetteer_places
from planner.core.checks.transfers import Estimator, default_travel_times, transfer_findings
from planner.core.checks.whereabouts import place_findings
from planner.core.model import Visit

#: Every code a finding can have, in the order of the module docstring.
CODES = (
    "clash.member",
    "clash.travel",
    "place.not-there",
    "travel.too-tight",
    "holiday",
    "weekend",
    "hour.unusual",
    "stay.missing-night",
    "leg.late-arrival-no-stay",
    "leg.zone-mismatch",
    "day.no-stop",
    "unscheduled.soon",
)


def run_checks(
    visit: Visit, *, today: dt.date | None = None, settings: CheckSettings | None = None
) -> list[Finding]:
    """Every finding about ``visit``; ``unscheduled.soon`` only when ``today`` is given."""
    settings = settings or CheckSettings()
    it = Itinerary(visit)
    places = gazetteer_places()
    coordinates = settings.coordinates or places.coordinates
    misplaced = place_findings(it)
    found = [
        *overlap_findings(it),
        *misplaced,
        *_transfers(it, coordinates, settings, frozenset(u for f in misplaced for u in f.engagements)),
        *calendar_findings(it, places),
        *hour_findings(it, settings),
        *missing_night_findings(it),
        *late_arrival_findings(it, settings),
        *zone_findings(it),
        *no_stop_findings(it),
    ]
    if today is not None:
        found.extend(soon_findings(it, today, settings))
    return ordered(_mark_dismissed(found, visit.dismissed))


def _transfers(
    it: Itinerary, coordinates: Coordinates, settings: CheckSettings, misplaced: frozenset[str]
) -> list[Finding]:
    estimator = Estimator(coordinates, default_travel_times())
    return transfer_findings(it, estimator, settings.buffer, misplaced)


def _mark_dismissed(found: list[Finding], dismissed: dict[str, str]) -> list[Finding]:
    if not dismissed:
        return found
    return [dataclasses.replace(f, dismissed=dismissed[f.key]) if f.key in dismissed else f for f in found]


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding is an error the user has not dismissed (``planner check`` then exits 1)."""
    return any(f.blocks for f in findings)


def findings_by_engagement(findings: list[Finding]) -> dict[str, list[Finding]]:
    """The findings about each engagement uid (for a badge on its block)."""
    by_uid: dict[str, list[Finding]] = {}
    for finding in findings:
        for uid in finding.engagements:
            by_uid.setdefault(uid, []).append(finding)
    return by_uid


__all__ = [
    "CODES",
    "CheckSettings",
    "Coordinates",
    "Finding",
    "Severity",
    "findings_by_engagement",
    "gazetteer_coordinates",
    "has_errors",
    "run_checks",
]
