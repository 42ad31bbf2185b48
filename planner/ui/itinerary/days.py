"""Which engagements fall on which day of the itinerary, by bisecting engagements sorted once.

``schedule.engagements_on`` scans the whole visit for one day; asked for every
day that is engagements × days.  ``DayIndex`` sorts the engagements once
(O(n log n)), computes each day's bounds once, and answers "what is on day i"
with two bisections plus the few long engagements kept apart, and "which days
does this engagement touch" with a bisection over the day starts.
Plain Python: no Qt.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
from collections.abc import Callable, Sequence

from planner.core import schedule
from planner.core.model import Engagement, Visit

#: Day bounds already computed, by (date, axis zone, until): kept by the view across edits.
Bounds = dict[tuple[dt.date, str, "dt.datetime | None"], tuple[dt.datetime, dt.datetime]]

#: Engagements longer than this are kept in a short list scanned for every day, so that one
#: week-long journey does not widen the bisection window of every day.
LONG = dt.timedelta(days=1)


def _timed_key(e: Engagement) -> tuple[dt.datetime, dt.datetime, str]:
    assert e.start is not None and e.end is not None
    return (e.start, e.end, e.title)


def _all_day_key(e: Engagement) -> tuple[dt.date, str]:
    assert e.date is not None
    return (e.date, e.title)


class DayIndex:
    """The engagements of ``visit`` per day of ``days`` (timed in time order, then all-day ones)."""

    def __init__(
        self, visit: Visit | None, days: Sequence[schedule.Day], bounds: Bounds | None = None
    ) -> None:
        self.days = list(days)
        known = bounds if bounds is not None else {}
        self.bounds = [_bounds_of(d, known) for d in self.days]
        self._day_starts = [lo for lo, _ in self.bounds]
        self._dates = [d.date for d in self.days]
        engagements = visit.engagements if visit is not None else []
        self.by_uid = {e.uid: e for e in engagements}
        timed = [(e, _duration(e)) for e in engagements if e.is_timed]
        self._long = sorted((e for e, length in timed if length > LONG), key=_timed_key)
        self._timed = sorted((e for e, length in timed if length <= LONG), key=_timed_key)
        self._starts: list[dt.datetime] = [_start(e) for e in self._timed]
        self._longest = max((length for _, length in timed if length <= LONG), default=dt.timedelta(0))
        all_day = [e for e in engagements if e.is_all_day]
        self._all_day = sorted(all_day, key=_all_day_key)
        self._all_day_dates: list[dt.date] = [_all_day_key(e)[0] for e in self._all_day]
        self._all_day_span = max(
            ((e.end_date or d) - d for e in all_day if (d := e.date) is not None), default=dt.timedelta(0)
        )

    def with_changes(
        self, visit: Visit, uids: frozenset[str], find: Callable[[str], Engagement | None] | None = None
    ) -> DayIndex:
        """A copy for the same days where the engagements ``uids`` are as they now are in ``visit``
        (added, changed or gone): O(log n) searches and list inserts, no sort.  ``find`` looks an
        engagement of ``visit`` up by uid (without it, the visit is scanned once)."""
        new = copy.copy(self)
        new.by_uid = dict(self.by_uid)
        new._timed, new._starts, new._long = list(self._timed), list(self._starts), list(self._long)
        new._all_day, new._all_day_dates = list(self._all_day), list(self._all_day_dates)
        if find is None:
            current = {e.uid: e for e in visit.engagements if e.uid in uids} if uids else {}
            find = current.get
        for uid in uids:
            old = self.by_uid.get(uid)
            if old is not None:
                new._remove(old)
                del new.by_uid[uid]
            e = find(uid)
            if e is not None:
                new._insert(e)
                new.by_uid[uid] = e
        return new

    def _remove(self, e: Engagement) -> None:
        if e.is_timed and _duration(e) > LONG:
            self._long.remove(e)
        elif e.is_timed:
            i = bisect.bisect_left(self._starts, _start(e))
            while self._timed[i] is not e:
                i += 1
            del self._timed[i], self._starts[i]
        elif e.is_all_day:
            i = bisect.bisect_left(self._all_day_dates, _all_day_key(e)[0])
            while self._all_day[i] is not e:
                i += 1
            del self._all_day[i], self._all_day_dates[i]

    def _insert(self, e: Engagement) -> None:
        if e.is_timed and _duration(e) > LONG:
            bisect.insort(self._long, e, key=_timed_key)
        elif e.is_timed:
            i = bisect.bisect_left(self._timed, _timed_key(e), key=_timed_key)
            self._timed.insert(i, e)
            self._starts.insert(i, _start(e))
            self._longest = max(self._longest, _duration(e))  # a bound: it may stay wider than needed
        elif e.is_all_day:
            i = bisect.bisect_left(self._all_day, _all_day_key(e), key=_all_day_key)
            self._all_day.insert(i, e)
            self._all_day_dates.insert(i, _all_day_key(e)[0])
            first = _all_day_key(e)[0]
            self._all_day_span = max(self._all_day_span, (e.end_date or first) - first)

    def most_all_day(self) -> int:
        """The most all-day engagements on any one day (how many rows the all-day strip needs)."""
        counts = [0] * len(self.days)
        for e in self._all_day:
            for i in self.days_of(e):
                counts[i] += 1
        return max(counts, default=0)

    def __len__(self) -> int:
        return len(self.days)

    def on(self, i: int) -> list[Engagement]:
        """What ``schedule.engagements_on(visit, days[i])`` returns, in O(log n + k)."""
        return self.timed_on(i) + self.all_day_on(i)

    def timed_on(self, i: int) -> list[Engagement]:
        lo, hi = self.bounds[i]
        first = bisect.bisect_left(self._starts, lo - self._longest)
        last = bisect.bisect_left(self._starts, hi)
        found = [e for e in self._timed[first:last] if _touches(e, lo, hi)]
        longer = [e for e in self._long if _touches(e, lo, hi)]
        if longer:
            found = sorted(found + longer, key=_timed_key)
        return found

    def all_day_on(self, i: int) -> list[Engagement]:
        date = self._dates[i]
        first = bisect.bisect_left(self._all_day_dates, date - self._all_day_span)
        last = bisect.bisect_right(self._all_day_dates, date)
        return [e for e in self._all_day[first:last] if _on_date(e, date)]

    def days_of(self, e: Engagement | None) -> range:
        """The indexes of the days ``e`` touches (empty for an unscheduled one or one outside the visit)."""
        if e is None or not self.days:
            return range(0)
        if e.is_timed:
            assert e.start is not None and e.end is not None
            first = max(bisect.bisect_right(self._day_starts, e.start) - 1, 0)
            last = bisect.bisect_left(self._day_starts, e.end) if e.end > e.start else first + 1
            found = [i for i in range(first, min(last, len(self.days))) if _touches(e, *self.bounds[i])]
            return range(found[0], found[-1] + 1) if found else range(0)
        if e.is_all_day and e.date is not None:
            first = bisect.bisect_left(self._dates, e.date)
            last = bisect.bisect_right(self._dates, e.end_date or e.date)
            return range(first, last)
        return range(0)

    def column_of(self, e: Engagement | None) -> int | None:
        """The day a block starts in (where the itinerary draws its first piece)."""
        days = self.days_of(e)
        return days.start if days else None

    def day_index(self, date: dt.date) -> int | None:
        i = bisect.bisect_left(self._dates, date)
        return i if i < len(self._dates) and self._dates[i] == date else None


def _bounds_of(day: schedule.Day, known: Bounds) -> tuple[dt.datetime, dt.datetime]:
    key = (day.date, day.zone, day.until)
    found = known.get(key)
    if found is None:
        found = known[key] = day.bounds()
    return found


def _start(e: Engagement) -> dt.datetime:
    assert e.start is not None
    return e.start


def _duration(e: Engagement) -> dt.timedelta:
    assert e.start is not None and e.end is not None
    return e.end - e.start


def _touches(e: Engagement, lo: dt.datetime, hi: dt.datetime) -> bool:
    """``schedule.overlaps_day`` for a timed engagement, with the day's bounds computed once."""
    assert e.start is not None and e.end is not None
    if e.start == e.end:
        return lo <= e.start < hi
    return e.start < hi and e.end > lo


def _on_date(e: Engagement, date: dt.date) -> bool:
    assert e.date is not None
    return e.date <= date <= (e.end_date or e.date)
