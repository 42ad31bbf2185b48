"""VTIMEZONE components every parser reads alike: yearly RRULEs, no RDATE lists.

icalendar 7's ``Timezone.from_tzid`` writes each rule as one DTSTART plus an RDATE list, and
ical.js (Thunderbird) reads only the first RDATE, so a second year came out an hour off there.
Here the transitions of the years a calendar covers are grouped into yearly rules
(``RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU``), open-ended when the rule is still in force, so a
client that keeps a zone's definition by its TZID (vobject does) is right in later files too; a
transition that follows no rule is an observance of its own.  DTSTART is the local time before
the change (RFC 5545 3.6.5: in TZOFFSETFROM).  Transitions come from ``zoneinfo`` (tzdata), not pytz.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from dataclasses import dataclass

_DAY = dt.timedelta(days=1)
_SECOND = dt.timedelta(seconds=1)


@dataclass(frozen=True)
class Transition:
    """A change of a zone's offset or abbreviation, at a UTC instant."""

    at: dt.datetime  # UTC
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    name: str
    daylight: bool


def _state(zone: dt.tzinfo, instant: dt.datetime) -> tuple[dt.timedelta, str, bool]:
    local = instant.astimezone(zone)
    offset = local.utcoffset() or dt.timedelta(0)
    return offset, local.tzname() or "", bool(local.dst())


@functools.lru_cache(maxsize=256)
def transitions(zone_name: str, first: dt.date, last: dt.date) -> tuple[Transition, ...]:
    """The zone's transitions from ``first`` to ``last``, found day by day and then to the second."""
    zone = zoneinfo.ZoneInfo(zone_name)
    found: list[Transition] = []
    day = dt.datetime.combine(first, dt.time(), tzinfo=dt.UTC)
    end = dt.datetime.combine(last, dt.time(), tzinfo=dt.UTC)
    state = _state(zone, day)
    while day < end:
        following = day + _DAY
        state_next = _state(zone, following)
        if state_next != state:
            low, high = day, following  # the change lies in (low, high]
            while high - low > _SECOND:
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if middle <= low:
                    break
                if _state(zone, middle) == state:
                    low = middle
                else:
                    high = middle
            found.append(Transition(high, state[0], state_next[0], state_next[1], state_next[2]))
            state = state_next
        day = following
    return tuple(found)


def _offset_text(offset: dt.timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "+" if seconds >= 0 else "-"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{secs:02d}" if secs else "")


def vtimezone_lines(zone_name: str, first: dt.date, last: dt.date) -> list[str]:
    """The content lines (ASCII) of a VTIMEZONE for ``zone_name``, valid from ``first`` to ``last``."""
    return list(_lines(zone_name, first, last))


@functools.lru_cache(maxsize=256)
def _lines(zone_name: str, first: dt.date, last: dt.date) -> tuple[str, ...]:
    zone = zoneinfo.ZoneInfo(zone_name)
    start = dt.datetime.combine(first, dt.time(), tzinfo=dt.UTC)
    offset, name, daylight = _state(zone, start)
    lines = [
        "BEGIN:VTIMEZONE",
        f"TZID:{zone_name}",
        *_observance(start.replace(tzinfo=None) + offset, offset, offset, name, daylight),
    ]
    changes = transitions(zone_name, first, last)
    for run in _runs(changes):
        head = run[0]
        local = head.at.replace(tzinfo=None) + head.offset_from
        rule = None
        if len(run) > 1:
            rule = _yearly_rule(local)
            ongoing = (dt.datetime.combine(last, dt.time(), tzinfo=dt.UTC) - run[-1].at).days < 400
            if not ongoing:
                rule += f";UNTIL={run[-1].at:%Y%m%dT%H%M%SZ}"
        lines += _observance(local, head.offset_from, head.offset_to, head.name, head.daylight, rule)
    lines.append("END:VTIMEZONE")
    return tuple(lines)


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _week(local: dt.datetime) -> int:
    """Which weekday of its month a date is: 1–4, or -1 for the last one."""
    following = local + dt.timedelta(days=7)
    return -1 if following.month != local.month else (local.day - 1) // 7 + 1


def _rule_key(change: Transition) -> tuple[object, ...]:
    local = change.at.replace(tzinfo=None) + change.offset_from
    return (change.daylight, local.month, local.weekday(), _week(local), local.time(),
            change.offset_from, change.offset_to, change.name)  # fmt: skip


def _runs(changes: tuple[Transition, ...]) -> list[list[Transition]]:
    """Transitions grouped into yearly rules: the same kind, month, weekday, week and time in
    consecutive years; a change that follows no rule is a run of its own."""
    runs: list[list[Transition]] = []
    open_runs: dict[bool, list[Transition]] = {}
    for change in changes:
        run = open_runs.get(change.daylight)
        if (
            run is not None
            and _rule_key(run[-1]) == _rule_key(change)
            and change.at.year == run[-1].at.year + 1
        ):
            run.append(change)
            continue
        run = [change]
        runs.append(run)
        open_runs[change.daylight] = run
    return runs


def _yearly_rule(local: dt.datetime) -> str:
    return f"FREQ=YEARLY;BYMONTH={local.month};BYDAY={_week(local)}{_WEEKDAYS[local.weekday()]}"


def _observance(
    local: dt.datetime,
    offset_from: dt.timedelta,
    offset_to: dt.timedelta,
    name: str,
    daylight: bool,
    rule: str | None = None,
) -> list[str]:
    kind = "DAYLIGHT" if daylight else "STANDARD"
    lines = [
        f"BEGIN:{kind}",
        f"DTSTART:{local:%Y%m%dT%H%M%S}",
        f"TZOFFSETFROM:{_offset_text(offset_from)}",
        f"TZOFFSETTO:{_offset_text(offset_to)}",
    ]
    if rule:
        lines.append(f"RRULE:{rule}")
    if name and name.isascii() and name.replace("+", "").replace("-", "").isalnum():
        lines.append(f"TZNAME:{name}")
    lines.append(f"END:{kind}")
    return lines


@functools.lru_cache(maxsize=256)
def _repeats(zone_name: str, first: dt.date, last: dt.date) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
    """UTC intervals whose local times happen twice (each clock change that goes back)."""
    out = []
    for change in transitions(zone_name, first, last):
        back = change.offset_from - change.offset_to
        if back > dt.timedelta(0):
            out.append((change.at - back, change.at + back))
    return tuple(out)


def repeated_local_time(zone_name: str, instant: dt.datetime, first: dt.date, last: dt.date) -> bool:
    """Whether the wall-clock time of ``instant`` in the zone happens twice (the hour after a fall-back).

    ``first``/``last`` bound the transitions looked at; an instant outside them is widened to its year.
    """
    if not first <= instant.date() <= last:
        first = instant.date().replace(month=1, day=1)
        last = first.replace(year=first.year + 1)
    return any(low <= instant < high for low, high in _repeats(zone_name, first, last))
