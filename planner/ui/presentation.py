"""How engagements read and look wherever they are shown: time texts, day headers, kind colours."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor

from planner.core import schedule, tz
from planner.core.model import Engagement, Kind, Status

#: Colour of each kind of engagement (a strong accent; the fill is a light tint of it).
KIND_COLOURS: dict[Kind, str] = {
    Kind.MEETING: "#2563eb",
    Kind.SITE_VISIT: "#0f9d7a",
    Kind.COMMUNITY: "#7c3aed",
    Kind.TRAVEL: "#475569",
    Kind.CEREMONY: "#c2410c",
    Kind.PRESS: "#db2777",
    Kind.OTHER: "#6b7280",
}


def kind_colour(kind: Kind) -> QColor:
    return QColor(KIND_COLOURS.get(kind, KIND_COLOURS[Kind.OTHER]))


def tint(colour: QColor, amount: float) -> QColor:
    """``colour`` mixed with white: 0 is white, 1 is the colour."""
    r, g, b = colour.red(), colour.green(), colour.blue()
    return QColor(
        round(255 - (255 - r) * amount), round(255 - (255 - g) * amount), round(255 - (255 - b) * amount)
    )


def day_header(day: schedule.Day) -> tuple[str, list[str], tuple[str, ...]]:
    """The header of a day column: one line for tests and screen readers, and the lines drawn."""
    noon = {z: tz.noon_utc(day.date, z) for z in day.zones}
    labels = tuple(tz.zone_label(z, noon[z]) for z in day.zones)
    date = f"{day.date:%a} {day.date.day} {day.date:%b}"
    cities = " → ".join(day.cities) if day.cities else ""
    offsets = {tz.format_offset(tz.utc_offset(z, noon[z]), short=True) for z in day.zones}
    abbrs = [tz.abbreviation(z, noon[z]) for z in day.zones]
    if len(day.zones) > 1 and len(offsets) == 1 and all(a not in offsets for a in abbrs):
        zones = f"{' → '.join(dict.fromkeys(abbrs))} ({offsets.pop()})"  # JST → KST (UTC+9)
    else:
        zones = " → ".join(dict.fromkeys(labels))
    one_line = " · ".join(p for p in (date, cities, zones) if p)
    return one_line, [date, cities or "no stop planned", zones], labels


def hm(value: dt.datetime) -> str:
    return f"{value:%H:%M}"


def span_text(start: dt.datetime, end: dt.datetime, zone: str, end_zone: str) -> str:
    """``10:00–11:30 JST``, or ``10:00 JST → 12:30 KST`` for a journey between zones."""
    a, b = tz.to_local(start, zone), tz.to_local(end, end_zone)
    abbr_a, abbr_b = tz.abbreviation(zone, start), tz.abbreviation(end_zone, end)
    later = (b.date() - a.date()).days
    plus = f" (+{later}d)" if later > 0 else ""
    if abbr_a != abbr_b or zone != end_zone:
        return f"{hm(a)} {abbr_a} → {hm(b)}{plus} {abbr_b}"
    return f"{hm(a)}–{hm(b)}{plus} {abbr_a}"


def engagement_times(e: Engagement, home_tz: str, extra_tz: str | None = None) -> list[str]:
    """The lines of time an engagement is shown with: local, home (and the extra zone)."""
    if e.start is None or e.end is None or e.tz is None:
        if e.date is not None:
            last = f" – {e.end_date:%a %d %b}" if e.end_date and e.end_date != e.date else ""
            return [f"{e.date:%a %d %b}{last} · all day"]
        return ["Unscheduled"]
    arrival = e.arrival_tz or e.tz
    lines = [span_text(e.start, e.end, e.tz, arrival)]
    for other in (home_tz, extra_tz):
        if other and other not in (e.tz, arrival):
            lines.append(span_text(e.start, e.end, other, other))
    return lines


def status_note(e: Engagement) -> str:
    if e.status is Status.CONFIRMED:
        return ""
    return e.status.label
