"""The programme as the checks read it: live engagements per member in time order, stops by day."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from planner.core import tz
from planner.core.model import Engagement, Kind, Place, Status, Stop, Visit

#: Stands for the whole delegation when the visit lists no members.
DELEGATION = ""


def fold(text: str | None) -> str:
    return (text or "").strip().casefold()


def local_day(e: Engagement) -> dt.date | None:
    """The local date an engagement starts on (timed: in its zone; all-day: its date)."""
    if e.start is not None and e.tz is not None:
        return tz.local_date(e.start, e.tz)
    return e.date


def local_days(e: Engagement) -> list[dt.date]:
    """Every local date an engagement touches, first to last."""
    first = local_day(e)
    if first is None:
        return []
    if e.end is not None and e.arrival_tz is not None:
        last = tz.local_date(e.end, e.arrival_tz)
    else:
        last = e.end_date or first
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def arrival_day(e: Engagement) -> dt.date | None:
    if e.end is not None and e.arrival_tz is not None:
        return tz.local_date(e.end, e.arrival_tz)
    return e.end_date or e.date


def start_place(e: Engagement) -> Place | None:
    """Where an engagement begins: a leg's departure place, else its own city."""
    if e.kind is Kind.TRAVEL:
        return e.from_place
    return Place(e.city, e.country or "") if e.city else None


def end_place(e: Engagement) -> Place | None:
    """Where an engagement ends: a leg's arrival place, else its own city."""
    if e.kind is Kind.TRAVEL:
        return e.to_place
    return Place(e.city, e.country or "") if e.city else None


def sentence(text: str) -> str:
    """``text`` with its first letter capitalised (a message may start with ``the delegation``)."""
    return text[:1].upper() + text[1:]


def short_day(day: dt.date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def clock(instant: dt.datetime, zone_name: str) -> str:
    """``14:30 JST``: the wall-clock time and zone abbreviation of an instant."""
    return f"{tz.local_naive(instant, zone_name):%H:%M} {tz.abbreviation(zone_name, instant)}"


def leg_label(e: Engagement) -> str:
    number = " ".join(p for p in (e.carrier, e.number) if p)
    return f"“{e.title}” ({number})" if number else f"“{e.title}”"


class Itinerary:
    """What every rule needs, computed once per run (each list sorted: rules sweep, never pair up)."""

    def __init__(self, visit: Visit) -> None:
        self.visit = visit
        self.live = [e for e in visit.engagements if e.status is not Status.CANCELLED]
        self.member_uids: list[str] = [m.uid for m in visit.members] or [DELEGATION]
        self.names = {m.uid: m.name for m in visit.members}
        self.timed: dict[str, list[Engagement]] = {uid: [] for uid in self.member_uids}
        self.legs: dict[str, list[Engagement]] = {uid: [] for uid in self.member_uids}
        ordered = sorted((e for e in self.live if e.is_timed), key=_time_order)
        for e in ordered:
            for uid in self.attendees(e):
                self.timed[uid].append(e)
                if e.kind is Kind.TRAVEL:
                    self.legs[uid].append(e)
        self._days: list[dt.date] | None = None
        self._days_of: dict[str, list[dt.date]] = {}
        self.stops_by_day: dict[dt.date, list[Stop]] = defaultdict(list)
        for stop in visit.stops:
            if stop.arrive is None or stop.depart is None:
                continue
            for i in range((stop.depart - stop.arrive).days + 1):
                self.stops_by_day[stop.arrive + dt.timedelta(days=i)].append(stop)

    def attends(self, e: Engagement, uid: str) -> bool:
        return uid == DELEGATION or not e.member_uids or uid in e.member_uids

    def attendees(self, e: Engagement) -> list[str]:
        """The member uids at ``e`` (``[DELEGATION]`` when the visit lists no members)."""
        if not e.member_uids or self.member_uids == [DELEGATION]:
            return list(self.member_uids)
        known = set(self.member_uids)
        return [u for u in e.member_uids if u in known]

    def concerned(self, uids: Iterable[str]) -> tuple[str, ...]:
        """The member uids a finding names, in the delegation's order (none for the delegation as a whole)."""
        chosen = set(uids)
        return tuple(u for u in self.member_uids if u in chosen and u != DELEGATION)

    def who(self, uids: Iterable[str]) -> str:
        """``Rahul Bhagat and Rajat Kumar``, or ``the delegation`` when it is everyone."""
        chosen = self.concerned(uids)
        if not chosen or (len(chosen) > 1 and len(chosen) == len(self.member_uids)):
            return "the delegation"
        names = [self.names[u] for u in chosen]
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]

    def latest_stop(self, day: dt.date) -> Stop | None:
        """The stop the delegation reached last among those covering ``day`` (where it sleeps)."""
        here = self.stops_by_day.get(day, [])
        if not here:
            return None
        return max(enumerate(here), key=lambda p: (p[1].arrive or day, p[0]))[1]

    def days(self) -> list[dt.date]:
        """The visit's days from its first to its last (its dates, else its stops' and engagements')."""
        if self._days is None:
            from planner.core.schedule import visit_dates

            self._days = visit_dates(self.visit)
        return self._days

    def days_of(self, e: Engagement) -> list[dt.date]:
        """The local dates ``e`` touches (computed once per run: zone conversions are the cost)."""
        found = self._days_of.get(e.uid)
        if found is None:
            found = self._days_of[e.uid] = local_days(e)
        return found


def _time_order(e: Engagement) -> tuple[dt.datetime, dt.datetime, str]:
    assert e.start is not None and e.end is not None
    return (e.start, e.end, e.uid)
