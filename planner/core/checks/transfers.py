"""Rule ``travel.too-tight``: not enough time to get from one engagement to the member's next.

The time needed is an estimate from the places' coordinates (``resources/travel.json``: ground
within a city, road or rail between nearby cities, air beyond, with station and airport overheads)
plus the user's buffer.  A travel leg is itself the journey: before it the member must reach the
station or airport and check in, after it get out and into town.  Unknown coordinates: no finding.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from dataclasses import dataclass
from pathlib import Path

from planner.core.checks.finding import Coordinates, Finding, Severity
from planner.core.checks.itinerary import Itinerary, end_place, fold, local_day, sentence, start_place
from planner.core.geo import distance_km
from planner.core.model import Engagement, Kind, Place

#: Engagements further apart than this are not consecutive in any useful sense.
MAX_GAP = dt.timedelta(hours=18)


@dataclass(frozen=True)
class Mode:
    """How one travels a distance: road, rail or air, and its fixed overheads in minutes."""

    mode: str
    up_to_km: float | None
    km_per_hour: float
    access_minutes: float
    before_minutes: float
    after_minutes: float


@dataclass(frozen=True)
class TravelTimes:
    """The data of ``resources/travel.json``."""

    within_city_minutes: float
    detour_factor: float
    modes: tuple[Mode, ...]

    def mode_for(self, km: float) -> Mode:
        for mode in self.modes:
            if mode.up_to_km is None or km <= mode.up_to_km:
                return mode
        return self.modes[-1]

    def mode_named(self, name: str) -> Mode:
        return next(m for m in self.modes if m.mode == name)

    def journey(self, km: float) -> dt.timedelta:
        """Door to door between two cities ``km`` apart."""
        m = self.mode_for(km)
        moving = km * self.detour_factor / m.km_per_hour * 60
        return _minutes(2 * m.access_minutes + m.before_minutes + moving + m.after_minutes)


def _minutes(value: float) -> dt.timedelta:
    return dt.timedelta(minutes=round(value))


def read_travel_times(path: Path) -> TravelTimes:
    data = json.loads(path.read_text(encoding="utf-8"))
    return TravelTimes(
        within_city_minutes=float(data["within_city_minutes"]),
        detour_factor=float(data["detour_factor"]),
        modes=tuple(
            Mode(
                mode=str(m["mode"]),
                up_to_km=None if m["up_to_km"] is None else float(m["up_to_km"]),
                km_per_hour=float(m["km_per_hour"]),
                access_minutes=float(m["access_minutes"]),
                before_minutes=float(m["before_minutes"]),
                after_minutes=float(m["after_minutes"]),
            )
            for m in data["modes"]
        ),
    )


@functools.cache
def default_travel_times() -> TravelTimes:
    from planner.paths import resource_path

    return read_travel_times(resource_path("travel.json"))


class Estimator:
    """Travel time between two engagements' places, from a coordinates lookup and the data."""

    def __init__(self, coordinates: Coordinates, times: TravelTimes) -> None:
        self.coordinates = coordinates
        self.times = times

    def km(self, a: Place, b: Place) -> float | None:
        here, there = self.coordinates(a.city, a.country), self.coordinates(b.city, b.country)
        return None if here is None or there is None else distance_km(here, there)

    def leg_mode(self, leg: Engagement) -> Mode | None:
        """A leg's mode from its own distance; a border crossing of unknown length is a flight."""
        if leg.from_place is None or leg.to_place is None:
            return None
        km = self.km(leg.from_place, leg.to_place)
        if km is not None:
            return self.times.mode_for(km)
        if fold(leg.from_place.country) != fold(leg.to_place.country):
            return self.times.modes[-1]
        return None

    def ground(self, a: Place, b: Place) -> dt.timedelta | None:
        """Between two places with no leg in between: across town, or a whole journey."""
        if fold(a.city) == fold(b.city):
            return _minutes(self.times.within_city_minutes)
        km = self.km(a, b)
        return None if km is None else self.times.journey(km)

    def needed(self, first: Engagement, second: Engagement) -> dt.timedelta | None:
        """The time to get from the end of ``first`` to the start of ``second`` (``None``: unknown)."""
        a, b = end_place(first), start_place(second)
        if a is None or b is None:
            return None
        if first.kind is not Kind.TRAVEL and second.kind is not Kind.TRAVEL:
            if fold(a.city) == fold(b.city) and first.venue and fold(first.venue) == fold(second.venue):
                return dt.timedelta(0)
            return self.ground(a, b)
        across = dt.timedelta(0) if fold(a.city) == fold(b.city) else self.ground(a, b)
        if across is None:
            return None
        extra = 0.0
        if first.kind is Kind.TRAVEL:
            mode = self.leg_mode(first)
            if mode is None:
                return None
            extra += mode.after_minutes + (0 if second.kind is Kind.TRAVEL else mode.access_minutes)
        if second.kind is Kind.TRAVEL:
            mode = self.leg_mode(second)
            if mode is None:
                return None
            extra += mode.before_minutes + (0 if first.kind is Kind.TRAVEL else mode.access_minutes)
        return across + _minutes(extra)


def transfer_findings(
    it: Itinerary, estimator: Estimator, buffer: dt.timedelta, misplaced: frozenset[str] = frozenset()
) -> list[Finding]:
    """``misplaced``: engagements already reported in a city their people are not in (no second finding)."""
    pairs: dict[tuple[str, str], set[str]] = {}
    notes: dict[tuple[str, str], tuple[dt.timedelta, dt.timedelta]] = {}
    by_uid = {e.uid: e for e in it.live}
    for member in it.member_uids:
        for first, second in _consecutive(it.timed[member]):
            assert first.end is not None and second.start is not None
            gap = second.start - first.end
            if gap > MAX_GAP:
                continue  # a night apart is not a transfer
            key = (first.uid, second.uid)
            if first.uid in misplaced or second.uid in misplaced:
                continue
            if key not in notes:
                travel = estimator.needed(first, second)
                if travel is None or travel == dt.timedelta(0):
                    notes[key] = (gap, dt.timedelta.max)
                    continue
                notes[key] = (gap, travel)
            gap, travel = notes[key]
            if travel != dt.timedelta.max and gap < travel + buffer:
                pairs.setdefault(key, set()).add(member)
    found = []
    for (a, b), members in pairs.items():
        first, second = by_uid[a], by_uid[b]
        gap, travel = notes[(a, b)]
        found.append(
            Finding(
                "travel.too-tight",
                Severity.WARNING,
                sentence(
                    f"{it.who(members)}: {_mins(gap)} from the end of “{first.title}” to “{second.title}”, "
                    f"but getting there takes about {_mins(travel)} plus a {_mins(buffer)} buffer"
                ),
                engagements=(a, b),
                members=it.concerned(members),
                day=local_day(second),
            )
        )
    return found


def _consecutive(timed: list[Engagement]) -> list[tuple[Engagement, Engagement]]:
    """Each engagement after the one that ended last before it (overlaps are clashes, left out)."""
    pairs = []
    latest: Engagement | None = None
    for e in timed:
        assert e.start is not None and e.end is not None
        if latest is not None and latest.end is not None:
            if e.start >= latest.end:
                pairs.append((latest, e))
            if e.end <= latest.end:
                continue
        latest = e
    return pairs


def _mins(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest:02d}" if rest else f"{hours} h"
