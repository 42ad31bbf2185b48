"""Moving engagements in time: drags snapped to the grid, drops on another day, wall-clock spans.

The edits the views make, as pure functions returning a changed copy (``schedule``
re-exports them).  Zones are always arguments; local times go through ``tz``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.core import tz
from planner.core.errors import PlannerError
from planner.core.model import Engagement

#: The grid a drag snaps to.
SNAP = dt.timedelta(minutes=15)
#: The length of an engagement scheduled by dropping it on the grid.
DEFAULT_DURATION = dt.timedelta(hours=1)
#: The shortest engagement a resize may leave.
MIN_DURATION = SNAP


class ScheduleError(PlannerError):
    """An edit that does not make sense in time (ends before it starts, no zone to place it in)."""


def snap(delta: dt.timedelta, step: dt.timedelta = SNAP) -> dt.timedelta:
    """``delta`` rounded to the nearest multiple of ``step`` (halves round away from zero)."""
    steps = delta / step
    rounded = int(steps + 0.5) if steps >= 0 else -int(-steps + 0.5)
    return rounded * step


def snap_time(minutes: float, step: dt.timedelta = SNAP) -> dt.time:
    """A wall-clock time from minutes after midnight, snapped, clamped to the day (max 23:45)."""
    snapped = snap(dt.timedelta(minutes=minutes), step)
    last = dt.timedelta(days=1) - step
    snapped = max(dt.timedelta(0), min(snapped, last))
    total = int(snapped.total_seconds()) // 60
    return dt.time(total // 60, total % 60)


def move_by(e: Engagement, delta: dt.timedelta, zone_name: str) -> Engagement:
    """``e`` moved by ``delta`` on the wall clock of ``zone_name`` (a drag in a day column).

    The elapsed duration is kept.  Raises ``NonExistentLocalTime`` when the
    new start falls in a DST gap.
    """
    if e.start is None or e.end is None:
        raise ScheduleError(f"“{e.title}” has no time to move")
    start = tz.shift_wall_clock(e.start, zone_name, delta, ambiguous="earlier")
    return _timed_copy(e, start, start + (e.end - e.start))


def resize_by(e: Engagement, delta: dt.timedelta, zone_name: str) -> Engagement:
    """``e`` with its end moved by ``delta`` on the wall clock of ``zone_name`` (dragging the lower edge)."""
    if e.start is None or e.end is None:
        raise ScheduleError(f"“{e.title}” has no time to resize")
    end = tz.shift_wall_clock(e.end, zone_name, delta, ambiguous="later")
    if end - e.start < MIN_DURATION:
        raise ScheduleError(f"“{e.title}” must last at least {MIN_DURATION.seconds // 60} minutes")
    return _timed_copy(e, e.start, end)


def move_to(e: Engagement, day: dt.date, at: dt.time, zone_name: str) -> Engagement:
    """``e`` starting at wall-clock ``at`` on ``day`` in ``zone_name`` (dropped on another day).

    A timed engagement keeps its elapsed duration; an all-day or unscheduled
    one gets ``DEFAULT_DURATION``.
    """
    start = tz.local_to_utc(dt.datetime.combine(day, at), zone_name, ambiguous="earlier")
    timed = e.start is not None and e.end is not None
    duration = e.end - e.start if timed else DEFAULT_DURATION  # type: ignore[operator]
    return _timed_copy(e, start, start + duration, zone_name=zone_name)


def schedule_at(e: Engagement, day: dt.date, at: dt.time, zone_name: str) -> Engagement:
    """An unscheduled (or all-day) engagement given a time: ``DEFAULT_DURATION`` from ``at`` on ``day``."""
    start = tz.local_to_utc(dt.datetime.combine(day, at), zone_name, ambiguous="earlier")
    return _timed_copy(e, start, start + DEFAULT_DURATION, zone_name=zone_name)


def schedule_on(e: Engagement, day: dt.date) -> Engagement:
    """``e`` as an all-day engagement on ``day`` (dropped on a day's all-day strip)."""
    length = (e.end_date - e.date) if (e.end_date and e.date) else None
    return dataclasses.replace(
        e,
        start=None,
        end=None,
        end_tz=None,
        date=day,
        end_date=day + length if length else None,
        unscheduled_reason="",
    )


def _timed_copy(
    e: Engagement, start: dt.datetime, end: dt.datetime, *, zone_name: str | None = None
) -> Engagement:
    zone = e.tz or zone_name
    if zone is None:
        raise ScheduleError(f"“{e.title}” has no place or zone to be scheduled in")
    return dataclasses.replace(
        e,
        start=start,
        end=end,
        tz=zone,
        date=None,
        end_date=None,
        unscheduled_reason="",
    )


def local_span(
    day: dt.date,
    start: dt.time,
    end: dt.time,
    zone_name: str,
    *,
    end_zone: str | None = None,
    end_day: dt.date | None = None,
) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants of a start and end given as wall-clock times (the edit dialog's fields).

    Raises ``NonExistentLocalTime`` / ``AmbiguousLocalTime`` (with the
    message to show at the field) and ``ScheduleError`` when the end is not
    after the start.
    """
    first = tz.local_to_utc(dt.datetime.combine(day, start), zone_name)
    last = tz.local_to_utc(dt.datetime.combine(end_day or day, end), end_zone or zone_name)
    if last <= first:
        raise ScheduleError("the end must be after the start")
    return first, last


def home_equivalent(day: dt.date, at: dt.time, zone_name: str, home_tz: str) -> dt.datetime:
    """The wall-clock time at home of ``at`` on ``day`` in ``zone_name`` (aware, in ``home_tz``)."""
    return tz.to_local(tz.local_to_utc(dt.datetime.combine(day, at), zone_name), home_tz)


def wall_minutes(instant: dt.datetime, zone_name: str, day: dt.date) -> float:
    """Minutes from local midnight starting ``day`` to ``instant`` on the wall clock of ``zone_name``.

    Negative before the day, above 1440 after it; used to place blocks on a
    column whose axis is that zone's wall clock.
    """
    local = tz.local_naive(instant, zone_name)
    return (local - dt.datetime.combine(day, dt.time())).total_seconds() / 60
