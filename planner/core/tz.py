"""Time zones: the only module that touches pytz.

Rules kept here so nobody else has to remember them:

* a naive wall-clock time becomes aware only through ``zone.localize(naive)``;
  ``datetime(..., tzinfo=pytz.timezone(...))`` would give Tokyo +09:19 (LMT);
* an aware time changes zone through ``astimezone``; arithmetic on a zoned
  time is followed by ``normalize``;
* instants are stored in UTC with the IANA zone name beside them;
* the computer's own zone is never consulted: every function takes the zone it
  works in as an argument;
* pytz's tables end in 2037 (it then keeps the last offset for ever, so Berlin
  stays on winter time in July 2040); from 2038 on, times go through ``zoneinfo``
  (tzdata's rules, which go on), with the same gap/repeat handling.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING, Literal

import pytz

from planner.core.errors import AmbiguousLocalTime, NonExistentLocalTime, UnknownZoneError

if TYPE_CHECKING:
    import zoneinfo

UTC = pytz.utc
Ambiguity = Literal["raise", "earlier", "later"]
#: The first instant (UTC) and wall-clock time past pytz's tables: from here on, ``zoneinfo``.
_PYTZ_END = dt.datetime(2038, 1, 1, tzinfo=dt.UTC)
_PYTZ_END_NAIVE = _PYTZ_END.replace(tzinfo=None)


@functools.cache
def zone(name: str) -> dt.tzinfo:
    """The pytz zone for an IANA name; ``UnknownZoneError`` for anything else."""
    try:
        return _spelled_exactly(name) or pytz.timezone(name)
    except (pytz.UnknownTimeZoneError, AttributeError, ValueError):
        raise UnknownZoneError(
            f"unknown time zone {name!r}: expected an IANA name such as Asia/Tokyo"
        ) from None


def _spelled_exactly(name: str) -> dt.tzinfo | None:
    """The zone pytz gives for a name spelled as IANA does (``Area/Place``), read from its file.

    ``pytz.timezone`` first builds its case-insensitive index of every name, which opens the 600
    zone files one by one (20 ms, a tenth of the window's first paint); a name spelled exactly needs
    only its own file.  The zone is put in pytz's cache, so ``pytz.timezone(name)`` is this same
    object.  Anything else (``UTC``, another spelling, no such file) is left to ``pytz.timezone``.
    """
    parts = name.split("/")
    if len(parts) < 2 or not name.isascii() or not all(p[:1].isupper() for p in parts):
        return None
    cache: dict[str, dt.tzinfo] = getattr(pytz, "_tzinfo_cache", {})
    if name in cache:
        return cache[name]
    try:
        stream = pytz.open_resource(name)  # type: ignore[attr-defined]
    except (OSError, ValueError):
        return None
    try:
        built = pytz.tzfile.build_tzinfo(name, stream)  # type: ignore[attr-defined]
    except Exception:  # not a zone file: pytz.timezone says what is wrong
        return None
    finally:
        stream.close()
    return cache.setdefault(name, built)


def is_zone(name: str) -> bool:
    try:
        zone(name)
    except UnknownZoneError:
        return False
    return True


def all_zone_names() -> list[str]:
    """Every IANA zone name pytz knows, for pickers."""
    return list(pytz.common_timezones)


def localize(naive: dt.datetime, zone_name: str, *, ambiguous: Ambiguity = "raise") -> dt.datetime:
    """Attach ``zone_name`` to a wall-clock time.

    A time the clocks skip raises ``NonExistentLocalTime``; a time that happens
    twice raises ``AmbiguousLocalTime`` unless ``ambiguous`` says which one.
    """
    if naive.tzinfo is not None:
        raise ValueError(f"localize expects a naive wall-clock time, got {naive!r}")
    tz = zone(zone_name)
    when = f"{naive:%Y-%m-%d %H:%M}"
    if naive >= _PYTZ_END_NAIVE:
        return _localize_late(naive, zone_name, ambiguous, when)
    try:
        return tz.localize(naive, is_dst=None)  # type: ignore[attr-defined,no-any-return]
    except pytz.NonExistentTimeError:
        raise NonExistentLocalTime(
            f"{when} does not exist in {zone_name}: the clocks go forward over it (daylight saving)"
        ) from None
    except pytz.AmbiguousTimeError:
        if ambiguous == "raise":
            raise AmbiguousLocalTime(
                f"{when} happens twice in {zone_name}: the clocks go back "
                "(choose the earlier or the later one)"
            ) from None
        is_dst = ambiguous == "earlier"
        return tz.localize(naive, is_dst=is_dst)  # type: ignore[attr-defined,no-any-return]


@functools.cache
def _tzdata(zone_name: str) -> zoneinfo.ZoneInfo:
    """tzdata's rules for a zone pytz knows (by pytz's spelling of its name), for times after 2037."""
    import zoneinfo  # only for those times (and not before the window's first paint)

    return zoneinfo.ZoneInfo(str(getattr(zone(zone_name), "zone", zone_name)))


def _folds(naive: dt.datetime, zone_name: str) -> tuple[dt.datetime, dt.datetime]:
    """``naive`` read with the offset before (fold 0) and after (fold 1) a change, through tzdata."""
    rules = _tzdata(zone_name)
    return naive.replace(tzinfo=rules, fold=0), naive.replace(tzinfo=rules, fold=1)


def _exists(aware: dt.datetime) -> bool:
    back = aware.astimezone(dt.UTC).astimezone(aware.tzinfo)
    return back.replace(tzinfo=None) == aware.replace(tzinfo=None)


def _localize_late(naive: dt.datetime, zone_name: str, ambiguous: Ambiguity, when: str) -> dt.datetime:
    """``localize`` after 2037, where pytz's tables have ended: tzdata's rules through zoneinfo."""
    earlier, later = _folds(naive, zone_name)
    if earlier.utcoffset() == later.utcoffset():
        return earlier
    if not _exists(earlier):
        raise NonExistentLocalTime(
            f"{when} does not exist in {zone_name}: the clocks go forward over it (daylight saving)"
        )
    if ambiguous == "raise":
        raise AmbiguousLocalTime(
            f"{when} happens twice in {zone_name}: the clocks go back (choose the earlier or the later one)"
        )
    return earlier if ambiguous == "earlier" else later


def _localize_lenient(naive: dt.datetime, zone_name: str) -> dt.datetime:
    """Never raises: a skipped time takes the offset before the gap, a repeated one the
    standard-time (later) reading, as pytz's ``is_dst=False`` does."""
    if naive < _PYTZ_END_NAIVE:
        return zone(zone_name).localize(naive, is_dst=False)  # type: ignore[attr-defined,no-any-return]
    earlier, later = _folds(naive, zone_name)
    return later if _exists(earlier) and _exists(later) else earlier


def local_to_utc(naive: dt.datetime, zone_name: str, *, ambiguous: Ambiguity = "raise") -> dt.datetime:
    """The UTC instant of a wall-clock time in ``zone_name``."""
    return localize(naive, zone_name, ambiguous=ambiguous).astimezone(UTC)


def as_utc(value: dt.datetime) -> dt.datetime:
    """An aware time converted to UTC; a naive one is taken to *be* UTC (storage only)."""
    if value.tzinfo is None or value.utcoffset() is None:
        return UTC.localize(value)
    return value.astimezone(UTC)


def to_local(instant: dt.datetime, zone_name: str) -> dt.datetime:
    """The aware local time in ``zone_name`` of an aware instant."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"to_local expects an aware instant, got {instant!r}")
    tz = zone(zone_name)
    if instant >= _PYTZ_END:
        return instant.astimezone(_tzdata(zone_name))
    return instant.astimezone(tz)


def local_naive(instant: dt.datetime, zone_name: str) -> dt.datetime:
    """The wall-clock time (naive) in ``zone_name`` of an aware instant."""
    return to_local(instant, zone_name).replace(tzinfo=None)


def local_date(instant: dt.datetime, zone_name: str) -> dt.date:
    return to_local(instant, zone_name).date()


def add_elapsed(aware: dt.datetime, delta: dt.timedelta) -> dt.datetime:
    """``aware + delta`` in real elapsed time, shown with the offset in force then (also past 2037)."""
    tz = aware.tzinfo
    name = getattr(tz, "zone", None) or getattr(tz, "key", None)
    moved = aware.astimezone(UTC) + delta
    if isinstance(name, str) and is_zone(name):
        return to_local(moved, name)
    return moved.astimezone(tz)


def shift_wall_clock(
    instant: dt.datetime, zone_name: str, delta: dt.timedelta, *, ambiguous: Ambiguity = "raise"
) -> dt.datetime:
    """Move an instant by ``delta`` on the wall clock of ``zone_name`` (a drag in a day column).

    Returns a UTC instant; raises if the new wall-clock time does not exist.
    """
    return local_to_utc(local_naive(instant, zone_name) + delta, zone_name, ambiguous=ambiguous)


@functools.lru_cache(maxsize=8192)
def day_bounds(day: dt.date, zone_name: str) -> tuple[dt.datetime, dt.datetime]:
    """UTC instants of the start of ``day`` and of the next day in ``zone_name``.

    A day is 23 or 25 hours long on a DST change; a zone whose midnight is
    skipped starts the day at the first instant that exists.  Cached: views ask
    for the same few days thousands of times when they lay out a visit.
    """

    def start_of(d: dt.date) -> dt.datetime:
        naive = dt.datetime.combine(d, dt.time())
        return _localize_lenient(naive, zone_name).astimezone(UTC)

    return start_of(day), start_of(day + dt.timedelta(days=1))


def utc_offset(zone_name: str, at: dt.datetime) -> dt.timedelta:
    offset = to_local(at, zone_name).utcoffset()
    assert offset is not None
    return offset


def format_offset(offset: dt.timedelta, *, short: bool = False) -> str:
    """``UTC+09:00`` (or ``UTC+9`` / ``UTC+5:30`` when ``short``)."""
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    if short:
        return f"UTC{sign}{hours}" + (f":{mins:02d}" if mins else "")
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def abbreviation(zone_name: str, at: dt.datetime) -> str:
    """The zone's abbreviation at an instant (``JST``, ``CEST``), or ``UTC+4`` where tzdata has none."""
    name = to_local(at, zone_name).tzname() or ""
    if not name or name[0] in "+-" or name.isdigit():
        return format_offset(utc_offset(zone_name, at), short=True)
    return name


def zone_label(zone_name: str, at: dt.datetime) -> str:
    """``JST (UTC+9)``: abbreviation and offset of ``zone_name`` at an instant."""
    abbr = abbreviation(zone_name, at)
    offset = format_offset(utc_offset(zone_name, at), short=True)
    return abbr if abbr == offset else f"{abbr} ({offset})"


def noon_utc(day: dt.date, zone_name: str) -> dt.datetime:
    """An instant inside ``day`` in ``zone_name``, for labelling that day's zone."""
    return _localize_lenient(dt.datetime.combine(day, dt.time(12)), zone_name).astimezone(UTC)


def now_utc() -> dt.datetime:
    return dt.datetime.now(UTC)
