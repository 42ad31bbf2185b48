"""What each day column says: its header, the hour labels of each zone, and facts of its axis.

Made once per day and kept in a ``FactsCache`` across layouts (an edit seldom
changes the days), so laying out after an edit converts no times for the header.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from planner.core import schedule, tz
from planner.core.errors import NonExistentLocalTime
from planner.ui.presentation import day_header


@dataclass
class DayFacts:
    """What the whole visit needs to know of every day (cheap: a few zone conversions)."""

    minutes: float  # length of the axis (more or less than a day after a journey)
    home_offset: dt.timedelta  # the axis zone's offset minus home's, at noon
    abbr: str  # the axis zone's abbreviation at noon


@dataclass
class ColumnTexts:
    """The texts of one day's header and its hour labels in every zone."""

    header: str
    lines: list[str]
    zone_labels: tuple[str, ...]
    gutter_labels: dict[str, list[str]]
    axis_note: str
    axis_tip: str
    zone_abbrs: dict[str, str] = field(default_factory=dict)  # zone → its abbreviation that day


class FactsCache:
    """Per-day facts and texts, kept across layouts (an edit seldom changes the days)."""

    def __init__(self) -> None:
        self._facts: dict[tuple[object, ...], DayFacts] = {}
        self._texts: dict[tuple[object, ...], ColumnTexts] = {}
        self._abbrs: dict[tuple[str, dt.timedelta], str] = {}

    def facts(self, day: schedule.Day, home_tz: str, bounds: tuple[dt.datetime, dt.datetime]) -> DayFacts:
        """``bounds`` are the day's (from ``DayIndex``, computed once); the offsets are those of the
        day's middle, and an axis that ends at the next local midnight is 24 hours on the wall clock."""
        key = (day.date, day.zone, day.until, home_tz)
        found = self._facts.get(key)
        if found is None:
            middle = bounds[0] + dt.timedelta(hours=12)
            zone_offset = tz.utc_offset(day.zone, middle)
            minutes = 24 * 60.0 if day.until is None else day.axis_minutes
            abbr = self._abbrs.get((day.zone, zone_offset))
            if abbr is None:
                abbr = self._abbrs[(day.zone, zone_offset)] = tz.abbreviation(day.zone, middle)
            found = DayFacts(minutes, zone_offset - tz.utc_offset(home_tz, middle), abbr)
            self._facts[key] = found
        return found

    def texts(self, day: schedule.Day, zones: tuple[str, ...], minutes: float) -> ColumnTexts:
        key = (day.date, day.zones, day.until, day.cities, zones)
        found = self._texts.get(key)
        if found is None:
            found = column_texts(day, zones, minutes)
            self._texts[key] = found
        return found


def column_texts(day: schedule.Day, zones: tuple[str, ...], minutes: float) -> ColumnTexts:
    header, lines, labels = day_header(day)
    hours = int(-(-max(minutes, 24 * 60) // 60))
    gutter_labels = {"local": [f"{h % 24:02d}:00{'⁺¹' if h >= 24 else ''}" for h in range(hours)]}
    for zone in zones:
        gutter_labels[zone] = _hour_labels(day, zone, hours)
    abbrs = {zone: tz.abbreviation(zone, tz.noon_utc(day.date, zone)) for zone in zones}
    texts = ColumnTexts(header, lines, labels, gutter_labels, "local", "", abbrs)
    if day.mixed_offsets:
        others = ", ".join(dict.fromkeys(labels[1:]))
        noons = [tz.noon_utc(day.date, z) for z in day.zones]
        names = " → ".join(tz.abbreviation(z, n) for z, n in zip(day.zones, noons, strict=True))
        offsets = " → ".join(
            tz.format_offset(tz.utc_offset(z, n), short=True).removeprefix("UTC")
            for z, n in zip(day.zones, noons, strict=True)
        )
        axis = tz.abbreviation(day.zone, noons[0])
        texts.axis_note = "axis"
        texts.lines = [*lines[:2], f"{names} ({offsets})"]  # drawn short; the header keeps all
        texts.axis_tip = (
            f"{day.date:%a} {day.date.day} {day.date:%b}: the time axis is {labels[0]} ({day.zone}), "
            f"where the day starts; engagements in {others} sit at their {axis} time "
            "and show their own local time in the block."
        )
    return texts


def _hour_labels(day: schedule.Day, zone: str, hours: int = 24) -> list[str]:
    """For each hour of ``day``'s axis (in its axis zone), the wall-clock time in ``zone``.

    When neither zone changes its offset over the axis (most days), every label is the axis
    hour moved by one difference of offsets: two conversions for the day instead of two an hour.
    """
    steady = _steady_shift(day, zone, hours)
    if steady is not None:
        midnight = dt.datetime.combine(day.date, dt.time())
        found = []
        for hour in range(hours):
            local = midnight + dt.timedelta(hours=hour) + steady
            shift = (local.date() - day.date).days
            found.append(f"{local:%H:%M}{'' if shift == 0 else ('⁺¹' if shift > 0 else '⁻¹')}")
        return found
    labels = []
    for hour in range(hours):
        naive = dt.datetime.combine(day.date, dt.time()) + dt.timedelta(hours=hour)
        try:
            instant = tz.local_to_utc(naive, day.zone, ambiguous="earlier")
        except NonExistentLocalTime:
            labels.append("–")
            continue
        local = tz.to_local(instant, zone)
        shift = (local.date() - day.date).days
        mark = "" if shift == 0 else ("⁺¹" if shift > 0 else "⁻¹")
        labels.append(f"{local:%H:%M}{mark}")
    return labels


def _steady_shift(day: schedule.Day, zone: str, hours: int) -> dt.timedelta | None:
    """``zone``'s offset minus the axis zone's, if both hold from the axis' first hour to its last."""
    midnight = dt.datetime.combine(day.date, dt.time())
    try:
        first = tz.local_to_utc(midnight, day.zone, ambiguous="earlier")
        last = tz.local_to_utc(midnight + dt.timedelta(hours=hours - 1), day.zone, ambiguous="earlier")
    except NonExistentLocalTime:
        return None
    offsets = [tz.utc_offset(z, at) for z in (day.zone, zone) for at in (first, last)]
    if offsets[0] != offsets[1] or offsets[2] != offsets[3] or last - first != dt.timedelta(hours=hours - 1):
        return None
    return offsets[2] - offsets[0]
