"""The blocks of one day column: placed on the column's own clock, side by side where they overlap.

Each engagement's texts (times in every zone, place, status) are made once and
kept in a ``TextCache`` until that engagement changes; eliding and wrapping to
a block's width happens when its day is laid out, which is only for days in view.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from planner.core import schedule, tz
from planner.core.model import Engagement, Kind, Status
from planner.ui.itinerary.fitting import Fonts, elide, title_lines, with_home_inline
from planner.ui.legs import is_leg, leg_line
from planner.ui.presentation import engagement_times, status_note

ALL_DAY_ROW = 24
BLOCK_PAD = 5
RESIZE_EDGE = 6
MIN_BLOCK_HEIGHT = 22
LANE_GAP = 2  # px between blocks side by side
TITLE_LINES = 3  # a narrow block wraps its title over at most this many lines
COMPACT_WIDTH = 120  # a block side by side with others and narrower than this has tighter margins
COMPACT_PAD = 3
BADGE = 16  # diameter of the clash / postponed badge
MIN_TEXT_WIDTH = 24  # a block narrower than this (many lanes) shows no text


@dataclass(eq=False)
class Block:
    """One engagement drawn in one day column (a multi-day one has a piece per day).

    Its place is computed when its day is laid out; its texts (times in every zone,
    lines fitted to its size, tooltip) only when first drawn or asked for.
    """

    uid: str
    column: int
    rect: QRectF
    kind: Kind
    status: Status
    title: str
    engagement: Engagement
    ctx: DayContext
    clash: str = ""
    all_day: bool = False
    continues_before: bool = False
    continues_after: bool = False
    is_journey: bool = False
    lane: int = 0
    lanes: int = 1  # lanes in its cluster of overlapping blocks
    span: int = 1  # lanes it covers (it grows into free lanes to its right)
    pad: float = BLOCK_PAD  # inner margin of its text (tighter in a narrow lane)
    badge_at: str = "title"  # where the clash/postponed badge sits: beside the title, "low" right, "corner"
    look: object | None = None  # how it is drawn (``looks.Look``), prepared when first painted

    @property
    def text_left(self) -> float:
        """Where its text starts, from the block's left edge (right of the accent bar)."""
        return 4 + self.pad

    @cached_property
    def texts(self) -> Texts:
        extra = None if self.all_day else self.ctx.extra_tz
        return self.ctx.texts.get(self.engagement, self.ctx.home_tz, extra)

    @property
    def times(self) -> list[str]:
        """The full time lines (local, home, extra zone)."""
        return self.texts.times

    @cached_property
    def tooltip(self) -> str:
        e, t = self.engagement, self.texts
        if self.all_day:
            parts = [e.title, t.times[0], e.organisation, e.city or "", t.note, self.clash]
        else:
            parts = [e.title, *t.times, t.place, t.note, *self.clash.splitlines()]
        return "\n".join(p for p in parts if p)

    @cached_property
    def accessible(self) -> str:
        t = self.texts
        times = t.times[0] if self.all_day else ", ".join(t.times)
        return f"{self.title}, {times}{', ' + t.note if t.note else ''}"

    @cached_property
    def lines(self) -> list[tuple[str, str]]:
        """(text, role) fitted to the block; role: title|time|home|note."""
        fm = QFontMetricsF(self.ctx.fonts.small)
        if self.all_day:
            return [
                (
                    elide(fm, self.title, self.rect.width() - 2 * BLOCK_PAD - (14 if self.clash else 0)),
                    "title",
                )
            ]
        if self.rect.width() < MIN_TEXT_WIDTH:
            return []  # a sliver among many lanes: its colour, its tooltip, no text
        t = self.texts
        lines: list[tuple[str, str]] = [(self.title, "title"), (t.times[0], "time")]
        lines += [(x, "home") for x in t.times[1:]]
        if t.place:
            lines.append((t.place, "note"))
        return fill_lines(self, lines, self.ctx.fonts)


@dataclass(frozen=True)
class Texts:
    """What an engagement says wherever its block is drawn (independent of geometry)."""

    times: list[str]
    place: str
    note: str


class TextCache:
    """Texts per engagement uid, made again only when the engagement object or the zones change."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[Engagement, tuple[str, str | None], Texts]] = {}
        self.made = 0  # how many were made (tests count work with it)

    def get(self, e: Engagement, home_tz: str, extra_tz: str | None) -> Texts:
        key = (home_tz, extra_tz)
        held = self._items.get(e.uid)
        if held is not None and held[0] is e and held[1] == key:
            return held[2]
        place = " · ".join(p for p in (e.organisation, e.venue or e.city or "") if p)
        if is_leg(e):
            place = leg_line(e) or place
        texts = Texts(engagement_times(e, home_tz, extra_tz), place, status_note(e))
        self._items[e.uid] = (e, key, texts)
        self.made += 1
        return texts


@dataclass
class DayContext:
    """What laying out one day needs besides its engagements."""

    fonts: Fonts
    hour_height: float
    clashes: dict[str, list[schedule.Clash]]
    home_tz: str
    extra_tz: str | None
    texts: TextCache
    clock: DayClock = dataclasses.field(default_factory=lambda: DayClock(None))


class DayClock:
    """Minutes on a day's axis (its zone's wall clock from its local midnight) of an instant.

    Within a day whose offset does not change that is the elapsed time since midnight,
    with no zone conversion; otherwise ``schedule.wall_minutes`` converts.
    """

    def __init__(self, day: schedule.Day | None) -> None:
        self.day = day
        self.steady: tuple[dt.datetime, dt.datetime] | None = None
        if day is not None:
            lo, hi = day.bounds()
            if tz.utc_offset(day.zone, lo) == tz.utc_offset(day.zone, hi):
                self.steady = (lo, hi)

    def minutes(self, instant: dt.datetime) -> float:
        assert self.day is not None
        if self.steady is not None and self.steady[0] <= instant <= self.steady[1]:
            return (instant - self.steady[0]).total_seconds() / 60
        return schedule.wall_minutes(instant, self.day.zone, self.day.date)


def _clash_text(uid: str, clashes: dict[str, list[schedule.Clash]]) -> str:
    return "\n".join(c.message for c in clashes.get(uid, []))


def timed_block(
    e: Engagement, column: int, x: float, width: float, ctx: DayContext, axis_end: float
) -> Block:
    """Placed on the column's axis (its zone's wall clock), whatever the engagement's own zone:
    on a day from Delhi to Tokyo a 16:00 JST meeting sits at 12:30 on the IST axis and says "16:00 JST"."""
    assert e.start is not None and e.end is not None and e.tz is not None
    top_min, bottom_min = ctx.clock.minutes(e.start), ctx.clock.minutes(e.end)
    if bottom_min <= top_min:  # a DST change inside the engagement: use elapsed time
        bottom_min = top_min + (e.end - e.start).total_seconds() / 60
    before, after = top_min < 0, bottom_min > axis_end
    top = max(top_min, 0) / 60 * ctx.hour_height
    bottom = min(bottom_min, axis_end) / 60 * ctx.hour_height
    rect = QRectF(x, top, width, max(bottom - top, MIN_BLOCK_HEIGHT))
    return Block(
        uid=e.uid,
        column=column,
        rect=rect,
        kind=e.kind,
        status=e.status,
        title=e.title,
        engagement=e,
        ctx=ctx,
        clash=_clash_text(e.uid, ctx.clashes),
        continues_before=before,
        continues_after=after,
        is_journey=(e.arrival_tz or e.tz) != e.tz,
    )


def all_day_block(
    e: Engagement, column: int, day: schedule.Day, row: int, x: float, width: float, ctx: DayContext
) -> Block:
    rect = QRectF(x + 3, 4 + row * ALL_DAY_ROW, width - 6, ALL_DAY_ROW - 3)
    return Block(
        uid=e.uid,
        column=column,
        rect=rect,
        kind=e.kind,
        status=e.status,
        title=e.title,
        engagement=e,
        ctx=ctx,
        clash=_clash_text(e.uid, ctx.clashes),
        all_day=True,
        continues_before=e.date is not None and e.date < day.date,
    )


def assign_lanes(blocks: list[Block], x0: float, width: float) -> None:
    """Side by side like GNOME Calendar and KOrganizer: each cluster of overlapping blocks is split
    into lanes, a block takes the first free lane and grows into free lanes to its right."""
    blocks.sort(key=lambda b: (b.rect.top(), -b.rect.height()))
    cluster: list[Block] = []
    lanes: list[tuple[list[float], list[float]]] = []  # per lane: tops and bottoms, in order
    cluster_bottom = float("-inf")
    for block in blocks:
        top, bottom = block.rect.top(), block.rect.bottom()
        if cluster and top >= cluster_bottom:
            _place_cluster(cluster, lanes, x0, width)
            cluster, lanes = [], []
        lane = next((i for i, (_, ends) in enumerate(lanes) if ends[-1] <= top), len(lanes))
        if lane == len(lanes):
            lanes.append(([], []))
        lanes[lane][0].append(top)
        lanes[lane][1].append(bottom)
        block.lane = lane
        cluster.append(block)
        cluster_bottom = max(cluster_bottom, bottom) if len(cluster) > 1 else bottom
    if cluster:
        _place_cluster(cluster, lanes, x0, width)


def _lane_free(lane: tuple[list[float], list[float]], top: float, bottom: float) -> bool:
    """Whether nothing in a lane (disjoint intervals in order) overlaps [top, bottom)."""
    tops, bottoms = lane
    i = bisect.bisect_left(tops, bottom) - 1  # the last block starting before this one ends
    return i < 0 or bottoms[i] <= top


def _place_cluster(
    cluster: list[Block], lanes: list[tuple[list[float], list[float]]], x0: float, width: float
) -> None:
    count = len(lanes)
    lane_w = (width - 4) / count
    for block in cluster:
        top, bottom = block.rect.top(), block.rect.bottom()
        span = 1
        while block.lane + span < count and _lane_free(lanes[block.lane + span], top, bottom):
            span += 1
        block.lanes, block.span = count, span
        left = x0 + 2 + block.lane * lane_w
        right = left + span * lane_w - (LANE_GAP if block.lane + span < count else 0)
        block.rect = QRectF(left, top, right - left, block.rect.height())
        if count > 1 and right - left < COMPACT_WIDTH:
            block.pad = COMPACT_PAD


def fill_lines(block: Block, lines: list[tuple[str, str]], fonts: Fonts) -> list[tuple[str, str]]:
    """Keep what fits the block: the title (wrapped when narrow, before anything else), then local
    time, home time, place.  In a narrow lane the margins shrink and the badge moves to the lower right."""
    bold, small = QFontMetricsF(fonts.bold), QFontMetricsF(fonts.small)
    width = block.rect.width() - block.text_left - block.pad
    room = block.rect.height() - 2 * block.pad + 2
    marked = bool(block.clash) or block.status is Status.POSTPONED
    compact = block.pad == COMPACT_PAD and room >= 2 * bold.height()
    badge = 18 if marked and not compact else 0
    if room < bold.height() * 2 - 2:  # a short block: start time and title on one line
        time = next((t for t, r in lines if r == "time"), "")
        start = time.split("–")[0].split(" → ")[0]
        return [(elide(bold, f"{start}  {block.title}", width - badge), "title")]
    rest = with_home_inline(lines, room, width, fonts)
    # alone in its column a block keeps a line for its time; side by side the title comes first
    reserve = small.height() if block.lanes == 1 else 0.0
    title_rows = max(1, min(TITLE_LINES, int((room - reserve) // bold.height())))
    kept = [(line, "title") for line in title_lines(bold, block.title, width, badge, title_rows)]
    room -= bold.height() * len(kept)
    for text, role in rest:
        if role == "title":
            continue
        if room < small.height():
            break
        room -= small.height()
        kept.append((elide(small, text, width), role))
    if marked and compact:  # below the text if there is room, else a dot on the corner, off the text
        block.badge_at = "low" if room >= BADGE + 2 else "corner"
    return kept


def lay_out_day(
    column: int,
    day: schedule.Day,
    timed: list[Engagement],
    all_day: list[Engagement],
    x: float,
    width: float,
    ctx: DayContext,
) -> list[Block]:
    """The blocks of one day: all-day chips, then timed blocks in lanes with their lines fitted."""
    blocks = [all_day_block(e, column, day, row, x, width, ctx) for row, e in enumerate(all_day)]
    ctx = dataclasses.replace(ctx, clock=DayClock(day))
    axis_end = day.axis_minutes
    placed = [timed_block(e, column, x, width, ctx, axis_end) for e in timed]
    assign_lanes(placed, x, width)
    return blocks + placed
