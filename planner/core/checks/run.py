"""``run_checks``: every rule of the package run over one visit, in a stable order."""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.core.checks.calendar import calendar_findings, hour_findings
from planner.core.checks.coverage import no_stop_findings, soon_findings
from planner.core.checks.finding import CheckSettings, Coordinates, Finding, ordered
from planner.core.checks.itinerary import Itinerary
from planner.core.checks.legs import zone_findings
from planner.core.checks.nights import late_arrival_findings, missing_night_findings
from planner.core.checks.overlaps import overlap_findings
from planner.core.checks.places import gazetteer_places
from planner.core.checks.transfers import Estimator, default_travel_times, transfer_findings
from planner.core.checks.whereabouts import place_findings
from planner.core.model import Visit


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
