"""VTIMEZONE components every parser reads alike: one observance per transition, no RDATE lists.

icalendar 7's ``Timezone.from_tzid`` writes each rule as one DTSTART plus an RDATE list, and
ical.js (Thunderbird) reads only the first RDATE, so a second year came out an hour off there.
Here every transition of the years a calendar covers is its own STANDARD or DAYLIGHT observance
whose DTSTART is the local time before the change (RFC 5545 3.6.5: in TZOFFSETFROM).
Transitions are found with the standard library's ``zoneinfo`` (tzdata), not pytz.
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
    for change in transitions(zone_name, first, last):
        local = change.at.replace(tzinfo=None) + change.offset_from
        lines += _observance(local, change.offset_from, change.offset_to, change.name, change.daylight)
    lines.append("END:VTIMEZONE")
    return tuple(lines)


def _observance(
    local: dt.datetime, offset_from: dt.timedelta, offset_to: dt.timedelta, name: str, daylight: bool
) -> list[str]:
    kind = "DAYLIGHT" if daylight else "STANDARD"
    lines = [
        f"BEGIN:{kind}",
        f"DTSTART:{local:%Y%m%dT%H%M%S}",
        f"TZOFFSETFROM:{_offset_text(offset_from)}",
        f"TZOFFSETTO:{_offset_text(offset_to)}",
    ]
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
