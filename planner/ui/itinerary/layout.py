"""Geometry and texts of the itinerary, computed once when the data (or zoom, or width) changes.

``paintEvent`` only draws what is here: every time-zone conversion, every
formatted time and every elided line is made in ``build_layout``.
Coordinates: x from the left edge of the first day column, y from local
midnight (the body) — the view adds the fixed header and gutters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from planner.core import schedule, tz
from planner.core.errors import NonExistentLocalTime
from planner.core.model import Engagement, Kind, Status, Visit
from planner.ui.presentation import (
    day_header,
    engagement_times,
    status_note,
)

MIN_COLUMN_WIDTH = 150
GUTTER_WIDTH = 58
HEADER_LINES = 3
ALL_DAY_ROW = 24
BLOCK_PAD = 5
RESIZE_EDGE = 6
LINE_GUESS = 16  # px: roughly one line of block text, for deciding what a cascaded block covers
MIN_BLOCK_HEIGHT = 22


@dataclass
class Block:
    """One engagement drawn in one day column (a multi-day one has a piece per day)."""

    uid: str
    column: int
    rect: QRectF
    kind: Kind
    status: Status
    title: str
    lines: list[
        tuple[str, str]
    ]  # (text, role) already elided to the block's width; role: title|time|home|note
    tooltip: str
    accessible: str
    clash: str = ""
    times: list[str] = field(default_factory=list)  # the full time lines (local, home, extra zone)
    text_width: float | None = None  # narrower than the block where a cascaded block covers it
    all_day: bool = False
    continues_before: bool = False
    continues_after: bool = False
    is_journey: bool = False


@dataclass
class Column:
    """One day: where it sits and what its header says."""

    day: schedule.Day
    x: float
    width: float
    header: str  # the one-line header, e.g. "Sat 23 Aug · Tokyo · JST (UTC+9)"
    lines: list[str]  # the same, split into the lines drawn
    zone_labels: tuple[str, ...]
    local_zone_label: str
    gutter_labels: dict[str, list[str]] = field(default_factory=dict)  # key → a label per axis hour
    axis_title: str = ""  # the abbreviation of the zone the time axis uses, e.g. "IST"
    axis_note: str = "local"  # "local", or "axis" on a day whose zones differ in offset
    axis_tip: str = ""  # says in words which zone the axis uses and how blocks are labelled
    minutes: float = 24 * 60  # length of the axis (more or less than a day after a journey)


@dataclass
class Gutter:
    """A time scale at the left: the days' local time, home time, or the extra zone."""

    key: str  # "local" or an IANA zone
    title: str
    subtitle: str


@dataclass
class ItineraryLayout:
    columns: list[Column]
    blocks: list[Block]
    gutters: list[Gutter]
    hour_height: float
    column_width: float
    all_day_height: float
    header_height: float
    first_minutes: float | None  # earliest local start of any timed block (to scroll to)

    @property
    def body_minutes(self) -> float:
        """The longest day's axis (a day west-bound across zones runs past midnight)."""
        return max([24 * 60.0, *(c.minutes for c in self.columns)])

    @property
    def hours(self) -> int:
        return int(-(-self.body_minutes // 60))

    @property
    def body_height(self) -> float:
        return self.hours * self.hour_height

    @property
    def content_width(self) -> float:
        return len(self.columns) * self.column_width

    @property
    def gutter_width(self) -> float:
        return len(self.gutters) * GUTTER_WIDTH

    @property
    def top_height(self) -> float:
        return self.header_height + self.all_day_height

    def column_at(self, x: float) -> int | None:
        if self.column_width <= 0 or x < 0:
            return None
        index = int(x // self.column_width)
        return index if index < len(self.columns) else None

    def block(self, uid: str) -> Block | None:
        return next((b for b in self.blocks if b.uid == uid and not b.continues_before), None) or next(
            (b for b in self.blocks if b.uid == uid), None
        )

    def block_at(self, point: QPointF, *, all_day: bool = False) -> tuple[Block | None, bool]:
        """The block under ``point`` (body or all-day coordinates) and whether it is on its lower edge."""
        for block in reversed(self.blocks):
            if block.all_day != all_day or not block.rect.contains(point):
                continue
            edge = (
                not all_day and not block.continues_after and block.rect.bottom() - point.y() <= RESIZE_EDGE
            )
            return block, edge
        return None, False

    def minutes_at(self, y: float) -> float:
        return y / self.hour_height * 60


# -- texts ---------------------------------------------------------------------------------------


def _elide(fm: QFontMetricsF, text: str, width: float) -> str:
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 8))


# -- building ------------------------------------------------------------------------------------


@dataclass
class Fonts:
    """The fonts the view draws with; their metrics drive eliding and row heights."""

    body: QFont
    bold: QFont
    small: QFont

    @classmethod
    def from_base(cls, base: QFont) -> Fonts:
        body = QFont(base)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        size = base.pointSizeF()
        if size > 0:
            small.setPointSizeF(max(size - 1, 7))
        return cls(body=body, bold=bold, small=small)


def build_layout(
    visit: Visit | None,
    days: Sequence[schedule.Day],
    clashes: dict[str, list[schedule.Clash]],
    *,
    fonts: Fonts,
    hour_height: float,
    viewport_width: float,
    extra_tz: str | None = None,
) -> ItineraryLayout:
    home_tz = visit.home_tz if visit else "UTC"
    gutters = _gutters(days, home_tz, extra_tz)
    n = max(len(days), 1)
    available = viewport_width - len(gutters) * GUTTER_WIDTH - 1
    width = max(MIN_COLUMN_WIDTH, available / n)
    columns = [_column(i, day, width, gutters) for i, day in enumerate(days)]
    line_h = QFontMetricsF(fonts.body).height()
    header_h = HEADER_LINES * (line_h + 2) + 14
    if visit is None:
        return ItineraryLayout(columns, [], gutters, hour_height, width, 0, header_h, None)
    blocks: list[Block] = []
    rows_needed = 0
    first: float | None = None
    for i, day in enumerate(days):
        on_day = schedule.engagements_on(visit, day)
        all_day = [e for e in on_day if e.is_all_day]
        rows_needed = max(rows_needed, len(all_day))
        for row, e in enumerate(all_day):
            blocks.append(_all_day_block(e, i, day, row, width, fonts, clashes, home_tz))
        timed = [
            _timed_block(e, i, day, width, hour_height, fonts, clashes, home_tz, extra_tz)
            for e in on_day
            if e.is_timed
        ]
        _assign_lanes(timed, i * width, width)
        for block in timed:
            _fill_lines(block, fonts)
            if not block.continues_before:
                top = block.rect.top() / hour_height * 60
                first = top if first is None else min(first, top)
        blocks.extend(timed)
    all_day_h = max(rows_needed, 1) * ALL_DAY_ROW + 8
    return ItineraryLayout(columns, blocks, gutters, hour_height, width, all_day_h, header_h, first)


def _gutters(days: Sequence[schedule.Day], home_tz: str, extra_tz: str | None) -> list[Gutter]:
    local_title = "Local"
    if days:
        abbrs = {tz.abbreviation(d.zone, tz.noon_utc(d.date, d.zone)) for d in days}
        local_title = abbrs.pop() if len(abbrs) == 1 else "Local"
    gutters = [Gutter("local", local_title, "local")]
    for zone in (home_tz, extra_tz):
        if zone and zone not in [g.key for g in gutters]:
            at = tz.noon_utc(days[0].date, zone) if days else tz.now_utc()
            subtitle = "home" if zone == home_tz else zone.rsplit("/", 1)[-1].replace("_", " ")
            gutters.append(Gutter(zone, tz.abbreviation(zone, at), subtitle))
    return gutters


def _column(i: int, day: schedule.Day, width: float, gutters: list[Gutter]) -> Column:
    header, lines, labels = day_header(day)
    column = Column(day, i * width, width, header, lines, labels, labels[0])
    column.minutes = day.axis_minutes
    hours = int(-(-max(column.minutes, 24 * 60) // 60))
    column.gutter_labels["local"] = [f"{h % 24:02d}:00{'⁺¹' if h >= 24 else ''}" for h in range(hours)]
    for gutter in gutters[1:]:
        column.gutter_labels[gutter.key] = _hour_labels(day, gutter.key, hours)
    noon = tz.noon_utc(day.date, day.zone)
    column.axis_title = tz.abbreviation(day.zone, noon)
    if day.mixed_offsets:
        others = ", ".join(dict.fromkeys(labels[1:]))
        column.axis_note = "axis"
        noons = [tz.noon_utc(day.date, z) for z in day.zones]
        abbrs = " → ".join(tz.abbreviation(z, n) for z, n in zip(day.zones, noons, strict=True))
        offsets = " → ".join(
            tz.format_offset(tz.utc_offset(z, n), short=True).removeprefix("UTC")
            for z, n in zip(day.zones, noons, strict=True)
        )
        column.lines = [*column.lines[:2], f"{abbrs} ({offsets})"]  # drawn short; the header keeps all
        column.axis_tip = (
            f"{day.date:%a} {day.date.day} {day.date:%b}: the time axis is {labels[0]} ({day.zone}), "
            f"where the day starts; engagements in {others} sit at their {column.axis_title} time "
            "and show their own local time in the block."
        )
    return column


def _hour_labels(day: schedule.Day, zone: str, hours: int = 24) -> list[str]:
    """For each hour of ``day``'s axis (in its axis zone), the wall-clock time in ``zone``."""
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


def _clash_text(uid: str, clashes: dict[str, list[schedule.Clash]]) -> str:
    return "\n".join(c.message for c in clashes.get(uid, []))


def _timed_block(
    e: Engagement,
    column: int,
    day: schedule.Day,
    width: float,
    hour_height: float,
    fonts: Fonts,
    clashes: dict[str, list[schedule.Clash]],
    home_tz: str,
    extra_tz: str | None,
) -> Block:
    assert e.start is not None and e.end is not None and e.tz is not None
    zone, arrival = e.tz, e.arrival_tz or e.tz
    # placed on the column's axis (its zone's wall clock), whatever the engagement's own zone:
    # on a day from Delhi to Tokyo a 16:00 JST meeting sits at 12:30 on the IST axis and says "16:00 JST"
    axis_end = day.axis_minutes
    top_min = schedule.wall_minutes(e.start, day.zone, day.date)
    bottom_min = schedule.wall_minutes(e.end, day.zone, day.date)
    if bottom_min <= top_min:  # a DST change inside the engagement: use elapsed time
        bottom_min = top_min + (e.end - e.start).total_seconds() / 60
    before, after = top_min < 0, bottom_min > axis_end
    top = max(top_min, 0) / 60 * hour_height
    bottom = min(bottom_min, axis_end) / 60 * hour_height
    rect = QRectF(column * width, top, width, max(bottom - top, MIN_BLOCK_HEIGHT))
    times = engagement_times(e, home_tz, extra_tz)
    place = " · ".join(p for p in (e.organisation, e.venue or e.city or "") if p)
    note = status_note(e)
    clash = _clash_text(e.uid, clashes)
    lines: list[tuple[str, str]] = [(e.title, "title"), (times[0], "time")]
    lines += [(t, "home") for t in times[1:]]
    if place:
        lines.append((place, "note"))
    tooltip = "\n".join([e.title, *times, place, note, clash]).strip()
    return Block(
        uid=e.uid,
        column=column,
        rect=rect,
        kind=e.kind,
        status=e.status,
        title=e.title,
        lines=lines,
        tooltip="\n".join(line for line in tooltip.splitlines() if line),
        accessible=f"{e.title}, {', '.join(times)}{', ' + note if note else ''}",
        clash=clash,
        times=times,
        continues_before=before,
        continues_after=after,
        is_journey=arrival != zone,
    )


def _assign_lanes(blocks: list[Block], x0: float, width: float) -> None:
    """Side by side for blocks that overlap in a column (each cluster shares the width)."""
    blocks.sort(key=lambda b: (b.rect.top(), -b.rect.height()))
    cluster: list[tuple[Block, int]] = []
    cluster_bottom = -1.0
    lane_ends: list[float] = []

    def flush() -> None:
        """Cascade a cluster like a desk calendar: each later lane is indented and drawn on top."""
        lanes = max((lane for _, lane in cluster), default=0) + 1
        inner = width - 6
        indent = inner * 0.5 / (lanes - 1) if lanes > 1 else 0.0
        for block, lane in cluster:
            r = block.rect
            block.rect = QRectF(x0 + 2 + lane * indent, r.top(), inner - lane * indent, r.height())
            # where a later lane starts beside this block's text, the text stops at that lane
            covering = [
                other
                for other, other_lane in cluster
                if other_lane > lane and other.rect.top() < r.top() + 3 * LINE_GUESS
            ]
            if covering:
                block.text_width = indent - 4

    for block in blocks:
        top, bottom = block.rect.top(), block.rect.bottom()
        if cluster and top >= cluster_bottom:
            flush()
            cluster, lane_ends = [], []
        lane = next((i for i, end in enumerate(lane_ends) if end <= top), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(bottom)
        else:
            lane_ends[lane] = bottom
        cluster.append((block, lane))
        cluster_bottom = max(cluster_bottom, bottom) if len(cluster) > 1 else bottom
    if cluster:
        flush()


def _fill_lines(block: Block, fonts: Fonts) -> None:
    """Keep the lines that fit the block's height, elided to its width (the title always)."""
    width = (block.text_width or block.rect.width()) - 2 * BLOCK_PAD - 4
    room = block.rect.height() - 2 * BLOCK_PAD + 2
    kept: list[tuple[str, str]] = []
    badge = 18 if block.clash or block.status is Status.POSTPONED else 0
    lines = _with_home_inline(block.lines, block.rect.height() - 2 * BLOCK_PAD + 2, width, fonts)
    for text, role in lines:
        font = fonts.bold if role == "title" else fonts.small
        fm = QFontMetricsF(font)
        if kept and room < fm.height():
            break
        room -= fm.height()
        kept.append((_elide(fm, text, width - (badge if not kept else 0)), role))
    if len(kept) == 1 and block.rect.height() < 2 * QFontMetricsF(fonts.bold).height():
        # a short block: title and start time on one line
        time = next((t for t, r in block.lines if r == "time"), "")
        start = time.split("–")[0].split(" → ")[0]
        fm = QFontMetricsF(fonts.bold)
        kept = [(_elide(fm, f"{start}  {block.title}", width - badge), "title")]
    block.lines = kept


def _with_home_inline(
    lines: list[tuple[str, str]], room: float, width: float, fonts: Fonts
) -> list[tuple[str, str]]:
    """When the home-time line would not fit under the local one, put home time on the same line.

    ``10:00–11:00 JST`` + ``06:30–07:30 IST`` → ``10:00–11:00 JST · 06:30 IST`` (or only the
    starts if that is too wide), so an hour-long block still shows both clocks.
    """
    small, bold = QFontMetricsF(fonts.small), QFontMetricsF(fonts.bold)
    homes = [t for t, r in lines if r == "home"]
    time = next((t for t, r in lines if r == "time"), None)
    if not homes or time is None or room >= bold.height() + small.height() * (1 + len(homes)):
        return lines
    home = homes[0]
    home_start = home.split("–")[0].split(" → ")[0]
    home_start = home_start if " " in home_start else f"{home_start} {home.rsplit(' ', 1)[-1]}"
    local_start = time.split("–")[0].split(" → ")[0]
    local_start = local_start if " " in local_start else f"{local_start} {time.rsplit(' ', 1)[-1]}"
    joined = f"{time} · {home_start}"
    if small.horizontalAdvance(joined) > width:
        joined = f"{local_start} · {home_start}"
    out = [(t, r) for t, r in lines if r != "home"]
    return [(joined, r) if r == "time" else (t, r) for t, r in out]


def _all_day_block(
    e: Engagement,
    column: int,
    day: schedule.Day,
    row: int,
    width: float,
    fonts: Fonts,
    clashes: dict[str, list[schedule.Clash]],
    home_tz: str,
) -> Block:
    rect = QRectF(column * width + 3, 4 + row * ALL_DAY_ROW, width - 6, ALL_DAY_ROW - 3)
    note = status_note(e)
    clash = _clash_text(e.uid, clashes)
    place = e.city or ""
    text = e.title
    fm = QFontMetricsF(fonts.small)
    times = engagement_times(e, home_tz)
    tooltip = "\n".join(p for p in (e.title, times[0], e.organisation, place, note, clash) if p)
    return Block(
        uid=e.uid,
        column=column,
        rect=rect,
        kind=e.kind,
        status=e.status,
        title=e.title,
        lines=[(_elide(fm, text, rect.width() - 2 * BLOCK_PAD - (14 if clash else 0)), "title")],
        tooltip=tooltip,
        accessible=f"{e.title}, {times[0]}{', ' + note if note else ''}",
        clash=clash,
        times=times,
        all_day=True,
        continues_before=e.date is not None and e.date < day.date,
    )
