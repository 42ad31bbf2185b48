"""The calendar rules of a visit: its days and zones, what falls on each day, clashes, moving things in time.

Everything here is plain Python and takes zones as arguments (never the
computer's own).  The window draws what these functions compute; it decides
nothing about time itself.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from planner.core import tz
from planner.core.model import Engagement, Kind, Status, Stop, Visit
from planner.core.retime import DEFAULT_DURATION as DEFAULT_DURATION
from planner.core.retime import MIN_DURATION as MIN_DURATION
from planner.core.retime import SNAP as SNAP
from planner.core.retime import ScheduleError as ScheduleError
from planner.core.retime import home_equivalent as home_equivalent
from planner.core.retime import local_span as local_span
from planner.core.retime import move_by as move_by
from planner.core.retime import move_to as move_to
from planner.core.retime import resize_by as resize_by
from planner.core.retime import schedule_at as schedule_at
from planner.core.retime import schedule_on as schedule_on
from planner.core.retime import snap as snap
from planner.core.retime import snap_time as snap_time
from planner.core.retime import wall_minutes as wall_minutes

#: How many days a visit with nothing dated is shown as (one empty week is easier to plan in than none).
EMPTY_VISIT_DAYS = 7


@dataclass(frozen=True)
class Day:
    """One day of a visit: its date and where the delegation is (two places on a travel day)."""

    date: dt.date
    stops: tuple[Stop, ...]
    zones: tuple[str, ...]
    #: When the next day's column begins, if not at this day's own local midnight: after a
    #: journey between zones of different offsets the days would otherwise leave a gap
    #: (westward: the evening at the arrival) or overlap (eastward). ``None`` otherwise.
    until: dt.datetime | None = None

    @property
    def zone(self) -> str:
        """The zone of the day's time axis: where the delegation starts the day."""
        return self.zones[0]

    @property
    def cities(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.city for s in self.stops))

    @property
    def is_travel_day(self) -> bool:
        return len(self.cities) > 1

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """UTC instants where this day's column starts (local midnight in its axis zone) and ends
        (the next local midnight, or ``until`` where the next day starts in another offset)."""
        return self._bounds

    @functools.cached_property
    def _bounds(self) -> tuple[dt.datetime, dt.datetime]:  # computed once per day, not per engagement
        start, end = _day_bounds(self.date, self.zone)
        return start, self.until or end

    @property
    def axis_minutes(self) -> float:
        """How long the day's time axis is on its zone's wall clock: 1440, more or less after a journey."""
        return wall_minutes(self.bounds()[1], self.zone, self.date)

    @property
    def mixed_offsets(self) -> bool:
        """Whether the day's zones differ in UTC offset (its axis then shows only the first zone's time)."""
        noon = tz.noon_utc(self.date, self.zone)
        return len({tz.utc_offset(z, noon) for z in self.zones}) > 1


@dataclass(frozen=True)
class Clash:
    """Something wrong on a day: two engagements at once, or an engagement where the delegation is not."""

    kind: str  # "overlap" | "place"
    day: dt.date
    uids: tuple[str, ...]
    message: str


# -- days --------------------------------------------------------------------------------------


def _local_day(e: Engagement) -> dt.date | None:
    if e.start is not None and e.tz is not None:
        return tz.local_date(e.start, e.tz)
    return e.date


def visit_dates(visit: Visit) -> list[dt.date]:
    """Every date from the visit's first to its last day, widened to cover every stop and engagement."""
    known: list[dt.date] = [d for d in (visit.start_date, visit.end_date) if d is not None]
    for stop in visit.stops:
        known.extend(d for d in (stop.arrive, stop.depart) if d is not None)
    known.extend(engagement_dates(visit.engagements))
    if not known:
        return []
    first, last = min(known), max(known)
    if visit.start_date is None and visit.end_date is None and first == last and not visit.stops:
        last = first + dt.timedelta(days=EMPTY_VISIT_DAYS - 1)
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def engagement_dates(engagements: Iterable[Engagement]) -> list[dt.date]:
    """The earliest and latest of the local days where the engagements start and end, with four zone
    conversions per zone rather than two per engagement: in one zone the local date never goes back
    as the instant goes on, so each zone's extreme instants decide."""
    dates: list[dt.date] = []
    spans: dict[str, tuple[dt.datetime, dt.datetime]] = {}

    def widen(zone: str, instant: dt.datetime) -> None:
        lo, hi = spans.get(zone, (instant, instant))
        spans[zone] = (min(lo, instant), max(hi, instant))

    for e in engagements:
        if e.start is not None and e.tz is not None:
            widen(e.tz, e.start)
        elif e.date is not None:
            dates.append(e.date)
        arrival = e.arrival_tz
        if e.end is not None and arrival is not None:
            widen(arrival, e.end)
        elif (e.end_date or e.date) is not None:
            dates.append(e.end_date or e.date)  # type: ignore[arg-type]
    for zone, (lo, hi) in spans.items():
        dates.extend((tz.local_date(lo, zone), tz.local_date(hi, zone)))
    return dates


class _StopsByDate:
    """Which stops cover each day, asked for in date order: a sweep over the stops sorted by arrival
    (not a scan of every stop for every day), and where the delegation last was on a day none covers."""

    def __init__(self, stops: Sequence[Stop]) -> None:
        self.stops = list(stops)
        self._dated = sorted(
            (i for i, s in enumerate(self.stops) if s.arrive is not None),
            key=lambda i: (self.stops[i].arrive, i),
        )
        self._arrivals = [self.stops[i].arrive for i in self._dated]
        self._next = 0
        self._active: list[int] = []

    def covering(self, day: dt.date) -> tuple[Stop, ...]:
        """The stops that cover ``day`` by arrival then departure (ties in the visit's order)."""
        stops = self.stops
        while self._next < len(self._dated) and (self._arrivals[self._next] or day) <= day:
            self._active.append(self._dated[self._next])
            self._next += 1
        self._active = [i for i in self._active if stops[i].covers(day)]
        return tuple(
            stops[i] for i in sorted(self._active, key=lambda i: (stops[i].arrive, stops[i].depart, i))
        )

    def last_before(self, day: dt.date) -> Stop | None:
        """The stop the delegation was last at before ``day`` (or the first one), for days between stops."""
        if not self._dated:
            return self.stops[0] if self.stops else None
        arrivals: list[dt.date] = self._arrivals  # type: ignore[assignment]  # all dated
        k = bisect.bisect_right(arrivals, day)
        if k == 0:
            return self.stops[self._dated[0]]
        return self.stops[self._dated[bisect.bisect_left(arrivals, arrivals[k - 1])]]


def visit_days(visit: Visit) -> list[Day]:
    """The visit's days, each with the stops that cover it and the zones to show (axis zone first)."""
    days: list[Day] = []
    engagement_zones: dict[dt.date, str] | None = None
    stops_by_date = _StopsByDate(visit.stops)
    for date in visit_dates(visit):
        stops = stops_by_date.covering(date)
        zones = list(dict.fromkeys(s.tz for s in stops))
        if not zones:
            fallback = stops_by_date.last_before(date)
            if fallback is not None:
                zones = [fallback.tz]
        if not zones:
            if engagement_zones is None:
                engagement_zones = _engagement_zones(visit)
            zones = [engagement_zones.get(date) or visit.home_tz]
        days.append(Day(date=date, stops=stops, zones=tuple(zones)))
    return _tiled(days)


#: A date's local midnights in a zone (two zone conversions): each day of a visit needs them up to
#: three times as its days are made, tiled and indexed, and again when the visit is opened anew.
_day_bounds = functools.lru_cache(maxsize=1 << 14)(tz.day_bounds)


def _tiled(days: list[Day]) -> list[Day]:
    """Each day ends where the next one starts, so every instant of the visit is on exactly one day."""
    out = list(days)
    for i in range(len(out) - 1):
        here, after = out[i], out[i + 1]
        own_start, own_end = _day_bounds(here.date, here.zone)
        next_start = _day_bounds(after.date, after.zone)[0]
        if next_start != own_end and next_start > own_start:
            out[i] = dataclasses.replace(here, until=next_start)
    return out


def _engagement_zones(visit: Visit) -> dict[dt.date, str]:
    """The zone of the first zoned engagement starting on each local date (one pass over the visit)."""
    found: dict[dt.date, str] = {}
    for e in visit.engagements:
        if e.tz is not None:
            day = _local_day(e)
            if day is not None:
                found.setdefault(day, e.tz)
    return found


def day_of(days: Sequence[Day], date: dt.date) -> Day | None:
    if days:  # consecutive dates (as visit_days makes them): straight to the index
        i = (date - days[0].date).days
        if 0 <= i < len(days) and days[i].date == date:
            return days[i]
    return next((d for d in days if d.date == date), None)


# -- what falls on a day -------------------------------------------------------------------------


def overlaps_day(e: Engagement, day: Day) -> bool:
    """Whether ``e`` happens (at least partly) on ``day``, tested against the day's localized bounds."""
    if e.start is not None and e.end is not None:
        lo, hi = day.bounds()
        if e.start == e.end:
            return lo <= e.start < hi
        return e.start < hi and e.end > lo
    if e.date is not None:
        return e.date <= day.date <= (e.end_date or e.date)
    return False


def starts_on(e: Engagement, day: Day) -> bool:
    """Whether a timed engagement starts within ``day`` (where the itinerary draws it)."""
    if e.start is None:
        return False
    lo, hi = day.bounds()
    return lo <= e.start < hi


def _time_order(e: Engagement) -> tuple[dt.datetime, dt.datetime, str]:
    return (e.start, e.end, e.title)  # type: ignore[return-value]  # only called on timed ones


def _date_order(e: Engagement) -> tuple[dt.date, str]:
    return (e.date, e.title)  # type: ignore[return-value]  # only called on all-day ones


def _in_day_order(engagements: Iterable[Engagement]) -> list[Engagement]:
    """Timed engagements then all-day ones, each in time order (ties keep the visit's order)."""
    found = list(engagements)
    timed = sorted((e for e in found if e.is_timed), key=_time_order)
    return timed + sorted((e for e in found if e.is_all_day), key=_date_order)


def engagements_on(visit: Visit, day: Day) -> list[Engagement]:
    """Timed engagements touching ``day`` then all-day ones, each in time order.

    One day only: for every day of a visit use :func:`engagements_by_day`, which
    does not scan the whole visit once per day.
    """
    lo, hi = day.bounds()
    date = day.date
    found = []
    for e in visit.engagements:  # overlaps_day, inlined: this loop runs for every day a view shows
        start, end = e.start, e.end
        if start is not None and end is not None:
            if (lo <= start < hi) if start == end else (start < hi and end > lo):
                found.append(e)
        elif e.date is not None and e.date <= date <= (e.end_date or e.date):
            found.append(e)
    return _in_day_order(found)


def engagements_by_day(visit: Visit, days: Sequence[Day]) -> list[list[Engagement]]:
    """:func:`engagements_on` for each of ``days`` (same order), in O(n log n) for n engagements."""
    index = DayIndex(days)
    found: list[list[Engagement]] = [[] for _ in days]
    for e in visit.engagements:
        for i in index.overlapping(e):
            found[i].append(e)
    return [_in_day_order(on_day) for on_day in found]


def unscheduled(visit: Visit) -> list[Engagement]:
    return [e for e in visit.engagements if e.is_unscheduled]


def column_of(days: Sequence[Day], e: Engagement) -> Day | None:
    """The day an engagement is drawn in: where a timed one starts, where an all-day one begins."""
    return DayIndex(days).column_of(e)


class DayIndex:
    """Which of a sequence of days an engagement falls on, by bisecting the days' bounds (computed once).

    Days as :func:`visit_days` makes them follow one another, so their starts,
    ends and dates all ascend and the days an engagement touches are one run
    found by two bisections.  Any other sequence is answered by a plain scan
    with the same results.
    """

    def __init__(self, days: Sequence[Day]) -> None:
        self.days = list(days)
        bounds = [d.bounds() for d in self.days]
        self.starts = [lo for lo, _ in bounds]
        self.ends = [hi for _, hi in bounds]
        self.dates = [d.date for d in self.days]
        self.ordered = all(
            self.starts[i] <= self.starts[i + 1]
            and self.ends[i] <= self.ends[i + 1]
            and self.dates[i] < self.dates[i + 1]
            for i in range(len(self.days) - 1)
        )

    def overlapping(self, e: Engagement) -> range | list[int]:
        """Positions of the days ``e`` happens on (at least partly), ascending: see :func:`overlaps_day`."""
        if not self.ordered:
            return [i for i, day in enumerate(self.days) if overlaps_day(e, day)]
        if e.start is not None and e.end is not None:
            first = bisect.bisect_right(self.ends, e.start)
            if e.start == e.end:
                return range(first, bisect.bisect_right(self.starts, e.start))
            return range(first, bisect.bisect_left(self.starts, e.end))
        if e.date is not None:
            last = e.end_date or e.date
            return range(bisect.bisect_left(self.dates, e.date), bisect.bisect_right(self.dates, last))
        return range(0)

    def column_of(self, e: Engagement) -> Day | None:
        """The first day where a timed ``e`` starts, or where an all-day one begins."""
        if not self.ordered:
            for day in self.days:
                if (e.is_timed and starts_on(e, day)) or (e.is_all_day and e.date == day.date):
                    return day
            return None
        if e.start is not None:
            i = bisect.bisect_right(self.ends, e.start)
            if i < len(self.days) and self.starts[i] <= e.start:
                return self.days[i]
            return None
        if e.date is not None:
            i = bisect.bisect_left(self.dates, e.date)
            if i < len(self.days) and self.dates[i] == e.date:
                return self.days[i]
        return None


# -- clashes -------------------------------------------------------------------------------------


def _fold(text: str) -> str:
    return text.strip().casefold()


def derive(visit: Visit | None) -> tuple[list[Day], list[Clash]]:
    """The days of ``visit`` and its clashes: what every view shows, in O(n log n) for n engagements."""
    if visit is None:
        return [], []
    days = visit_days(visit)
    return days, find_clashes(visit, days)


def find_clashes(visit: Visit, days: Sequence[Day] | None = None) -> list[Clash]:
    """Overlapping timed engagements, and engagements in a city the delegation is not in that day.

    Cancelled engagements never clash.  A journey is exempt from the place
    rule (it goes from one city to another by definition).  Overlaps by a sweep
    over the engagements sorted by start; days by :class:`DayIndex`.
    """
    days = visit_days(visit) if days is None else days
    index = DayIndex(days)
    live = [e for e in visit.engagements if e.status is not Status.CANCELLED]
    clashes = _overlaps(live, index)
    for e in live:
        clashes.extend(place_clashes(e, index))
    return clashes


def place_clashes(e: Engagement, index: DayIndex) -> list[Clash]:
    """Each day ``e`` is on where the delegation is in other cities (none for a journey or no city)."""
    found: list[Clash] = []
    if e.kind is Kind.TRAVEL or not e.city:
        return found
    for i in index.overlapping(e):
        day = index.days[i]
        if day.stops and _fold(e.city) not in {_fold(c) for c in day.cities}:
            where = " / ".join(day.cities)
            message = f"“{e.title}” is in {e.city}, but on {day.date:%a %d %b} the delegation is in {where}"
            found.append(Clash("place", day.date, (e.uid,), message))
    return found


def overlap_clash(a: Engagement, b: Engagement, index: DayIndex) -> Clash:
    """The clash of ``a`` with ``b`` (``b`` the later in start order), on the day ``b`` starts."""
    day = index.column_of(b)
    when = day.date if day else (_local_day(b) or dt.date.min)
    return Clash("overlap", when, (a.uid, b.uid), f"“{a.title}” overlaps “{b.title}”")


def _overlaps(live: Sequence[Engagement], index: DayIndex) -> list[Clash]:
    """Each pair of timed engagements that overlap, by a sweep: each is compared only with those
    that start before it ends (so the work grows with the clashes found, not with all pairs)."""
    timed = sorted((e for e in live if e.is_timed), key=lambda e: (e.start, e.end))
    clashes: list[Clash] = []
    for i, a in enumerate(timed):
        assert a.start is not None and a.end is not None
        for j in range(i + 1, len(timed)):
            b = timed[j]
            assert b.start is not None and b.end is not None
            if b.start >= a.end:
                break
            if a.start < b.end:
                clashes.append(overlap_clash(a, b, index))
    return clashes


def clashes_by_uid(clashes: Iterable[Clash]) -> dict[str, list[Clash]]:
    found: dict[str, list[Clash]] = {}
    for clash in clashes:
        for uid in clash.uids:
            found.setdefault(uid, []).append(clash)
    return found


# -- visit details -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """What is wrong with a visit's details: the field (``title``, ``home_tz``, ``dates``, ``stops``),
    the stop's position for a stop, and one line to show at the field."""

    field: str
    message: str
    index: int | None = None


def visit_problems(visit: Visit) -> list[Problem]:
    """Why the header and stops of ``visit`` cannot be saved as they are (empty when they can)."""
    found: list[Problem] = []
    if not visit.title.strip():
        found.append(Problem("title", "A title is required"))
    if not tz.is_zone(visit.home_tz):
        found.append(Problem("home_tz", f"“{visit.home_tz}” is not a time zone (e.g. Asia/Kolkata)"))
    first, last = visit.start_date, visit.end_date
    if first is not None and last is not None and last < first:
        found.append(
            Problem("dates", f"The last day ({last:%d %b %Y}) is before the first ({first:%d %b %Y})")
        )
    for i, stop in enumerate(visit.stops):
        name = stop.city.strip() or f"stop {i + 1}"
        if not stop.city.strip():
            found.append(Problem("stops", f"Stop {i + 1} needs a city", i))
        if not tz.is_zone(stop.tz):
            found.append(Problem("stops", f"{name}: “{stop.tz}” is not a time zone", i))
        if stop.arrive and stop.depart and stop.depart < stop.arrive:
            found.append(Problem("stops", f"{name}: leaves ({stop.depart:%d %b}) before it arrives", i))
        outside = [d for d in (stop.arrive, stop.depart) if d and first and last and not first <= d <= last]
        if outside:
            found.append(Problem("stops", f"{name}: {outside[0]:%d %b} is outside the visit's dates", i))
    return found
