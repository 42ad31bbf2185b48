"""Rule ``place.not-there``: an engagement in a city where the delegation, or that member, is not.

Where someone is on a day comes from, in this order: their own travel legs that day (before a leg
they are where it leaves from, after it where it lands); a leg only some members took, which keeps
them at its arrival city until their next leg; else the stops and hotel stays covering the day.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict

from planner.core import tz
from planner.core.checks.finding import Finding, Severity
from planner.core.checks.itinerary import Itinerary, arrival_day, fold, local_day, short_day
from planner.core.model import Engagement, Kind


class Whereabouts:
    """Which cities a member may be in on a day, or at the time of an engagement."""

    def __init__(self, it: Itinerary) -> None:
        self.it = it
        self.cities_by_day: dict[dt.date, set[str]] = defaultdict(set)
        for day, stops in it.stops_by_day.items():
            self.cities_by_day[day].update(fold(s.city) for s in stops if s.city)
        for stay in it.visit.stays:
            if stay.city and stay.check_in and stay.check_out:
                for i in range((stay.check_out - stay.check_in).days + 1):
                    self.cities_by_day[stay.check_in + dt.timedelta(days=i)].add(fold(stay.city))
        self.legs_on: dict[str, dict[dt.date, list[Engagement]]] = {}
        self.leg_ends: dict[str, list[dt.datetime]] = {}
        for member, legs in it.legs.items():
            on: dict[dt.date, list[Engagement]] = defaultdict(list)
            for leg in legs:
                for leg_day in {local_day(leg), arrival_day(leg)}:
                    if leg_day is not None:
                        on[leg_day].append(leg)
            self.legs_on[member] = on
            self.leg_ends[member] = [leg.end for leg in legs if leg.end is not None]

    def cities(self, member: str, e: Engagement, day: dt.date) -> tuple[set[str], str]:
        """The cities ``member`` can be in for ``e`` on ``day`` and whose whereabouts they are
        (``member`` when their own legs decide, the delegation's otherwise); empty when unknown."""
        today = [leg for leg in self.legs_on[member].get(day, []) if leg.to_place and leg.from_place]
        if today and e.start is not None and e.end is not None:
            before = [leg for leg in today if leg.end is not None and leg.end <= e.start]
            after = [leg for leg in today if leg.start is not None and leg.start >= e.end]
            if before and before[-1].to_place:
                return {fold(before[-1].to_place.city)}, member
            if after and after[0].from_place:
                return {fold(after[0].from_place.city)}, member
            return set(), member  # during a leg: a clash, reported as such
        own = self._own_leg_before(member, day)
        if own is not None and own.to_place is not None:
            return {fold(own.to_place.city)} | self._leg_cities(today), member
        return self.cities_by_day.get(day, set()) | self._leg_cities(today), ""

    def _own_leg_before(self, member: str, day: dt.date) -> Engagement | None:
        """The member's last leg before ``day``, if only some of the delegation took it."""
        legs = self.it.legs[member]
        if not legs or not legs[0].tz:
            return None
        start = tz.day_bounds(day, legs[0].tz)[0]
        i = bisect.bisect_right(self.leg_ends[member], start)
        if i == 0:
            return None
        leg = legs[i - 1]
        return leg if leg.member_uids and self.it.member_uids != [""] else None

    @staticmethod
    def _leg_cities(legs: list[Engagement]) -> set[str]:
        found = set()
        for leg in legs:
            for place in (leg.from_place, leg.to_place):
                if place is not None:
                    found.add(fold(place.city))
        return found


def place_findings(it: Itinerary) -> list[Finding]:
    where = Whereabouts(it)
    names: dict[str, str] = {}
    found: list[Finding] = []
    for e in it.live:
        if e.kind is Kind.TRAVEL or not e.city:
            continue
        for day in it.days_of(e):
            absent: dict[str, set[str]] = {}  # whose whereabouts → the cities they are in
            members: set[str] = set()
            for member in it.attendees(e):
                cities, whose = where.cities(member, e, day)
                if cities and fold(e.city) not in cities:
                    absent.setdefault(whose, set()).update(cities)
                    members.add(member)
            if absent:
                names = names or _city_names(it)
                found.append(_finding(it, e, day, absent, members, names))
                break
    return found


def _city_names(it: Itinerary) -> dict[str, str]:
    names = {fold(s.city): s.city for s in it.visit.stays if s.city}
    for leg in it.live:
        names.update((fold(p.city), p.city) for p in (leg.from_place, leg.to_place) if p is not None)
    names.update((fold(s.city), s.city) for s in it.visit.stops)
    return names


def _finding(
    it: Itinerary,
    e: Engagement,
    day: dt.date,
    absent: dict[str, set[str]],
    members: set[str],
    names: dict[str, str],
) -> Finding:
    parts = []
    for whose, cities in absent.items():
        shown = " / ".join(sorted(names.get(c, c.title()) for c in cities))
        parts.append(f"{it.who([whose]) if whose else 'the delegation'} is in {shown}")
    return Finding(
        "place.not-there",
        Severity.ERROR,
        f"“{e.title}” is in {e.city}, but on {short_day(day)} " + "; ".join(parts),
        engagements=(e.uid,),
        members=it.concerned(members),
        day=day,
    )
