"""A visit's days and clashes kept up to date edit by edit: one engagement edit costs O(k + log n).

``schedule.derive`` works out the days and clashes of a whole visit (O(n log n)).
After one engagement is added, changed or removed, :class:`Derived` changes only
what concerns it: its overlaps with the engagements around it (found by bisection
over the live timed engagements in start order), its place clashes, and the clash
lists of the engagements it overlapped or now overlaps.  The days stay as they are
unless the edit can change them (an engagement outside the dates the visit's header
and stops give, or a visit without stops, whose days take their zones from the
engagements): then everything is derived again.

The clashes come out as ``schedule.derive`` gives them, in its order (overlaps in
the order of a sweep by start, then place clashes in the visit's order), so a view
cannot tell an edited visit from one opened afresh; a test compares the two after
random edits.  Plain Python: no Qt.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence

from planner.core import schedule
from planner.core.model import Engagement, Status, Visit

#: Whether an overlap of two engagements is a clash (the session keeps those that share a member).
Keep = Callable[[Engagement, Engagement], bool]

#: Timed engagements longer than this are kept apart and compared with every edit, so that one
#: week-long journey does not widen the window the others are searched in.
LONG = dt.timedelta(days=1)

Key = tuple[dt.datetime, dt.datetime, int]  # start, end, place in the visit: the sweep's order
OverlapEntry = tuple[Key, Key, schedule.Clash]
PlaceEntry = tuple[int, int, schedule.Clash]  # place in the visit, day, clash


def _live_timed(e: Engagement) -> bool:
    return e.status is not Status.CANCELLED and e.start is not None and e.end is not None


def _overlap(a: Engagement, b: Engagement) -> bool:
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return a.start < b.end and b.start < a.end


def fixed_dates(visit: Visit) -> tuple[dt.date, dt.date] | None:
    """The first and last date the visit's header and stops name (engagements may widen them)."""
    known = [d for d in (visit.start_date, visit.end_date) if d is not None]
    for stop in visit.stops:
        known.extend(d for d in (stop.arrive, stop.depart) if d is not None)
    return (min(known), max(known)) if known else None


class Derived:
    """The days and clashes of ``visit`` (as ``schedule.derive`` gives them, overlaps filtered by
    ``keep``); :meth:`changed` takes one engagement edit."""

    def __init__(
        self,
        visit: Visit,
        keep: Keep | None = None,
        days: list[schedule.Day] | None = None,
        clashes: Sequence[schedule.Clash] | None = None,
    ) -> None:
        """``days`` and ``clashes``, when given, are what ``schedule.derive`` (and ``keep``) gave
        for ``visit`` just now: they are indexed, not worked out again."""
        self.visit = visit
        self.keep = keep
        self.rebuilt = 0  # how often everything was derived again (tests count work with it)
        self._index_all(days, clashes)

    # -- the whole visit -------------------------------------------------------------------------

    def _index_all(self, days: list[schedule.Day] | None, clashes: Sequence[schedule.Clash] | None) -> None:
        visit = self.visit
        self._by_uid = {e.uid: e for e in visit.engagements}
        if days is None or clashes is None:
            days, found = schedule.derive(visit)
            clashes = [c for c in found if self._kept(c)]
            self.rebuilt += 1
        self.days = days
        self.index = schedule.DayIndex(days)
        self._fixed = fixed_dates(visit) if visit.stops else None
        self._seq = {e.uid: i for i, e in enumerate(visit.engagements)}
        self._next_seq = len(visit.engagements)
        live = [e for e in visit.engagements if _live_timed(e)]
        self._short: list[Key] = sorted(self._key(e) for e in live if self._length(e) <= LONG)
        self._long: dict[str, Engagement] = {e.uid: e for e in live if self._length(e) > LONG}
        self._longest = max(
            (self._length(e) for e in live if self._length(e) <= LONG), default=dt.timedelta(0)
        )
        self._uid_at: dict[int, str] = {self._seq[e.uid]: e.uid for e in live}
        self._overlaps: list[OverlapEntry] = []
        self._places: list[PlaceEntry] = []
        self._pairs: dict[tuple[str, str], OverlapEntry] = {}
        self._partners: dict[str, set[str]] = {}
        self._place_of: dict[str, list[PlaceEntry]] = {}
        for clash in clashes:
            if clash.kind == "overlap":
                a, b = (self._by_uid[u] for u in clash.uids)
                self._overlaps.append((self._key(a), self._key(b), clash))
                self._link(a.uid, b.uid, self._overlaps[-1])
            else:
                uid = clash.uids[0]
                entry = (self._seq[uid], self._day_of(clash), clash)
                self._places.append(entry)
                self._place_of.setdefault(uid, []).append(entry)
        self.clashes = list(clashes)
        self.by_uid = schedule.clashes_by_uid(self.clashes)

    def _kept(self, clash: schedule.Clash) -> bool:
        if clash.kind != "overlap" or self.keep is None:
            return True
        a, b = (self._by_uid.get(u) for u in clash.uids)
        return a is not None and b is not None and self.keep(a, b)

    def engagement(self, uid: str) -> Engagement | None:
        """The visit's engagement ``uid`` as this index last saw it (no scan of the visit)."""
        return self._by_uid.get(uid)

    # -- one edit -----------------------------------------------------------------------------------

    def changed(self, visit: Visit, uid: str, now: Engagement | None) -> None:
        """The engagement ``uid`` of ``visit`` is now ``now`` (``None``: deleted); ``visit`` already
        holds it.  Another visit object, or an edit that can move the visit's days, derives all again."""
        before = self._by_uid.get(uid)
        if visit is not self.visit or not self._days_hold(before, now):
            self.visit = visit
            self._index_all(None, None)
            return
        touched = {uid}
        if before is not None:
            touched |= self._drop(before)
        if now is None:
            self._seq.pop(uid, None)  # if it comes back (undo) it is added at the end of the visit
        else:
            touched |= self._add(now)
        self.clashes = [c for *_, c in self._overlaps] + [c for *_, c in self._places]
        by_uid = dict(self.by_uid)  # a new mapping: the lists of engagements not touched stay the same
        for t in touched:
            found = self._clashes_of(t)
            if found:
                by_uid[t] = found
            else:
                by_uid.pop(t, None)
        self.by_uid = by_uid

    def _days_hold(self, before: Engagement | None, now: Engagement | None) -> bool:
        """Whether the days stay: the visit has stops, and neither version of the engagement reaches
        outside the dates its header and stops give (so it neither widens nor narrows the visit)."""
        if self._fixed is None:
            return False
        first, last = self._fixed
        dates = schedule.engagement_dates([e for e in (before, now) if e is not None])
        return all(first <= d <= last for d in dates)

    def _drop(self, e: Engagement) -> set[str]:
        del self._by_uid[e.uid]
        seq = self._seq[e.uid]
        self._uid_at.pop(seq, None)
        if _live_timed(e):
            if e.uid in self._long:
                del self._long[e.uid]
            else:
                key = self._key(e, seq)
                del self._short[bisect.bisect_left(self._short, key)]
        partners = self._partners.pop(e.uid, set())
        for other in partners:
            self._partners[other].discard(e.uid)
            if not self._partners[other]:
                del self._partners[other]
            entry = self._pair(e.uid, other)
            del self._pairs[(entry[2].uids[0], entry[2].uids[1])]
            del self._overlaps[bisect.bisect_left(self._overlaps, entry[:2])]
        for place in self._place_of.pop(e.uid, []):
            del self._places[bisect.bisect_left(self._places, place[:2])]
        return partners

    def _add(self, e: Engagement) -> set[str]:
        self._by_uid[e.uid] = e
        seq = self._seq.setdefault(e.uid, self._next_seq)
        self._next_seq = max(self._next_seq, seq + 1)
        if e.status is Status.CANCELLED:
            return set()
        for clash in schedule.place_clashes(e, self.index):
            place: PlaceEntry = (seq, self._day_of(clash), clash)
            bisect.insort(self._places, place)
            self._place_of.setdefault(e.uid, []).append(place)
        if not _live_timed(e):
            return set()
        self._uid_at[seq] = e.uid
        key = self._key(e, seq)
        partners = set()
        for other in self._around(e):
            if other.uid == e.uid or not _overlap(e, other):
                continue
            okey = self._key(other)
            a, b = (e, other) if key < okey else (other, e)
            if self.keep is not None and not self.keep(a, b):
                continue
            entry: OverlapEntry = (min(key, okey), max(key, okey), schedule.overlap_clash(a, b, self.index))
            bisect.insort(self._overlaps, entry)
            self._link(a.uid, b.uid, entry)
            partners.add(other.uid)
        if self._length(e) > LONG:
            self._long[e.uid] = e
        else:
            bisect.insort(self._short, key)
            self._longest = max(self._longest, self._length(e))  # a bound: it may stay wider than needed
        return partners

    def _around(self, e: Engagement) -> list[Engagement]:
        """The live timed engagements that can overlap ``e``: those starting in the window before its
        end that the longest short one allows, and every long one."""
        assert e.start is not None and e.end is not None
        lo = bisect.bisect_left(self._short, (e.start - self._longest,))
        hi = bisect.bisect_left(self._short, (e.end,))  # those starting at its end or later do not
        near = [self._by_uid[self._uid_at[seq]] for _, _, seq in self._short[lo:hi]]
        return near + list(self._long.values())

    def _pair(self, one: str, other: str) -> OverlapEntry:
        found = self._pairs.get((one, other))
        return found if found is not None else self._pairs[(other, one)]

    def _link(self, a: str, b: str, entry: OverlapEntry) -> None:
        self._pairs[(a, b)] = entry
        self._partners.setdefault(a, set()).add(b)
        self._partners.setdefault(b, set()).add(a)

    def _clashes_of(self, uid: str) -> list[schedule.Clash]:
        pairs = sorted(self._pair(uid, other) for other in self._partners.get(uid, ()))
        return [c for *_, c in pairs] + [c for *_, c in sorted(self._place_of.get(uid, []))]

    # -- keys --------------------------------------------------------------------------------------

    def _key(self, e: Engagement, seq: int | None = None) -> Key:
        assert e.start is not None and e.end is not None
        return (e.start, e.end, self._seq[e.uid] if seq is None else seq)

    @staticmethod
    def _length(e: Engagement) -> dt.timedelta:
        assert e.start is not None and e.end is not None
        return e.end - e.start

    def _day_of(self, clash: schedule.Clash) -> int:
        return bisect.bisect_left(self.index.dates, clash.day)
