"""Geometry and texts of the itinerary: columns for every day, blocks only for the days asked for.

``build_layout`` is cheap: it sorts the engagements once (``DayIndex``) and
sizes the columns; a day's blocks are laid out the first time that day is
painted or looked into, and kept until an edit touches that day (an edit
carries the untouched days over from the previous layout).
Coordinates: x from the left edge of the first day column, y from local
midnight (the body) — the view adds the fixed header and gutters.

Each column is drawn on its own local clock.  When the days differ in their
offset from home time (a Tokyo day beside a Singapore day), one home-time
gutter cannot be true for all of them, so each column carries its own home
scale in a strip at its left (``per_column``); otherwise the home gutter is shared.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetricsF

from planner.core import schedule, tz
from planner.core.model import Visit
from planner.ui.itinerary.blocks import (
    ALL_DAY_ROW,
    BADGE,
    BLOCK_PAD,
    MIN_BLOCK_HEIGHT,
    RESIZE_EDGE,
    Block,
    DayContext,
    TextCache,
    lay_out_day,
)
from planner.ui.itinerary.columns import DayFacts, FactsCache
from planner.ui.itinerary.days import DayIndex
from planner.ui.itinerary.fitting import Fonts

__all__ = [
    "ALL_DAY_ROW",
    "BADGE",
    "BLOCK_PAD",
    "MIN_BLOCK_HEIGHT",
    "RESIZE_EDGE",
    "Block",
    "FactsCache",
    "Fonts",
    "build_layout",
]

MIN_COLUMN_WIDTH = 170  # two engagements side by side keep titles such as “Meeting with JETRO”
MIN_FIT_WIDTH = 56  # the narrowest a column gets when the user asks for more days than fit
GUTTER_WIDTH = 58
HOME_STRIP = 42  # a column's own home-time scale, when the days differ in offset from home
HEADER_LINES = 3


@dataclass
class Gutter:
    """A time scale at the left: the days' local time, home time, or the extra zone."""

    key: str  # "local" or an IANA zone
    title: str
    subtitle: str


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
    minutes: float = 24 * 60
    strip: float = 0.0  # width of the column's own home-time scale at its left (0: shared gutter)
    zone_abbrs: dict[str, str] = field(default_factory=dict)  # home and extra zone → abbreviation

    @property
    def body_x(self) -> float:
        """Where blocks start (right of the column's home-time strip)."""
        return self.x + self.strip


class Columns(Sequence[Column]):
    """Every day's column, made when first asked for (a long visit has thousands)."""

    def __init__(self, layout: ItineraryLayout) -> None:
        self._layout = layout
        self._made: dict[int, Column] = {}

    def __len__(self) -> int:
        return len(self._layout.index)

    @overload
    def __getitem__(self, i: int) -> Column: ...
    @overload
    def __getitem__(self, i: slice) -> list[Column]: ...
    def __getitem__(self, i: int | slice) -> Column | list[Column]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        column = self._made.get(i)
        if column is None:
            column = self._made[i] = self._layout.make_column(i)
        return column

    def __iter__(self) -> Iterator[Column]:
        return (self[i] for i in range(len(self)))


class ItineraryLayout:
    """The geometry of the grid; blocks per day on demand (``day_blocks``), counted in ``laid_out``."""

    def __init__(
        self,
        index: DayIndex,
        clashes: dict[str, list[schedule.Clash]],
        *,
        fonts: Fonts,
        hour_height: float,
        column_width: float,
        home_tz: str,
        extra_tz: str | None,
        texts: TextCache,
        cache: FactsCache,
        previous: ItineraryLayout | None = None,
    ) -> None:
        self.index = index
        self.clashes = clashes
        self.fonts = fonts
        self.hour_height = hour_height
        self.column_width = column_width
        self.home_tz, self.extra_tz = home_tz, extra_tz
        self.texts, self.cache = texts, cache
        self.facts: list[DayFacts]
        self.per_column: bool
        self._body_minutes: float
        self.gutters: list[Gutter]
        same = previous is not None and previous.index.days is index.days and previous.cache is cache
        if same and previous is not None and (previous.home_tz, previous.extra_tz) == (home_tz, extra_tz):
            # the same days (an engagement edit): what the columns know of their days holds
            self.facts, self.per_column = previous.facts, previous.per_column
            self._body_minutes, self.gutters = previous._body_minutes, previous.gutters
        else:
            self.facts = [
                cache.facts(day, home_tz, b) for day, b in zip(index.days, index.bounds, strict=True)
            ]
            self.per_column = len({f.home_offset for f in self.facts}) > 1
            self._body_minutes = max([24 * 60.0, *(f.minutes for f in self.facts)])
            self.gutters = _gutters(index.days, self.facts, home_tz, extra_tz, self.per_column)
        self.columns = Columns(self)
        line_h = QFontMetricsF(fonts.body).height()
        self.header_height = HEADER_LINES * (line_h + 2) + 14
        self.all_day_height = max(index.most_all_day(), 1) * ALL_DAY_ROW + 8
        self._blocks: dict[int, list[Block]] = {}
        self._elided: dict[tuple[str, str, float], str] = {}
        self.laid_out = 0  # days laid out by this layout (tests count work with it)

    # -- sizes ----------------------------------------------------------------------------------

    @property
    def strip(self) -> float:
        return HOME_STRIP if self.per_column else 0.0

    @property
    def body_minutes(self) -> float:
        """The longest day's axis (a day west-bound across zones runs past midnight)."""
        return self._body_minutes

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

    def elided(self, text: str, role: str, width: float) -> str:
        """``text`` cut to ``width`` in the font ``role`` (bold, body, small), worked out once per
        layout: the day headers are drawn on every paint."""
        key = (text, role, width)
        found = self._elided.get(key)
        if found is None:
            fm = QFontMetricsF(getattr(self.fonts, role))
            found = self._elided[key] = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return found

    def zones_shown(self) -> tuple[str, ...]:
        """The zones besides each day's own whose hour labels are shown (home, the extra one)."""
        return tuple(dict.fromkeys(z for z in (self.home_tz, self.extra_tz) if z))

    def make_column(self, i: int) -> Column:
        day, facts = self.index.days[i], self.facts[i]
        texts = self.cache.texts(day, self.zones_shown(), facts.minutes)
        return Column(
            day,
            i * self.column_width,
            self.column_width,
            texts.header,
            texts.lines,
            texts.zone_labels,
            texts.zone_labels[0],
            texts.gutter_labels,
            facts.abbr,
            texts.axis_note,
            texts.axis_tip,
            facts.minutes,
            self.strip,
            texts.zone_abbrs,
        )

    # -- blocks ---------------------------------------------------------------------------------

    def day_blocks(self, i: int) -> list[Block]:
        """The blocks of day ``i`` (all-day chips first), laid out the first time they are asked for."""
        found = self._blocks.get(i)
        if found is None:
            column = self.columns[i]
            ctx = DayContext(
                self.fonts, self.hour_height, self.clashes, self.home_tz, self.extra_tz, self.texts
            )
            width = self.column_width - self.strip
            found = lay_out_day(
                i, column.day, self.index.timed_on(i), self.index.all_day_on(i), column.body_x, width, ctx
            )
            self._blocks[i] = found
            self.laid_out += 1
        return found

    @property
    def blocks(self) -> list[Block]:
        """Every block of the visit (lays out every day: for tests and small visits, not for painting)."""
        return [b for i in range(len(self.columns)) for b in self.day_blocks(i)]

    def columns_between(self, left: float, right: float) -> range:
        """The indexes of the columns that meet body x in [left, right)."""
        if self.column_width <= 0 or not len(self.columns):
            return range(0)
        first = max(int(left // self.column_width), 0)
        last = min(math.ceil(right / self.column_width - 1e-6), len(self.columns))  # not a float's sliver
        return range(first, max(first, last))

    def column_at(self, x: float) -> int | None:
        if self.column_width <= 0 or x < 0:
            return None
        index = int(x // self.column_width)
        return index if index < len(self.columns) else None

    def block(self, uid: str) -> Block | None:
        """Where the engagement ``uid`` starts (its first piece); lays out only the days it touches."""
        pieces = [
            b
            for i in self.index.days_of(self.index.by_uid.get(uid))
            for b in self.day_blocks(i)
            if b.uid == uid
        ]
        return next((b for b in pieces if not b.continues_before), None) or (pieces[0] if pieces else None)

    def block_at(self, point: QPointF, *, all_day: bool = False) -> tuple[Block | None, bool]:
        """The block under ``point`` (body or all-day coordinates) and whether it is on its lower edge."""
        i = self.column_at(point.x())
        if i is None:
            return None, False
        for block in reversed(self.day_blocks(i)):
            if block.all_day != all_day or not block.rect.contains(point):
                continue
            edge = (
                not all_day and not block.continues_after and block.rect.bottom() - point.y() <= RESIZE_EDGE
            )
            return block, edge
        return None, False

    def first_minutes(self, days: range) -> float | None:
        """The earliest start on the wall clock among the timed blocks of ``days`` (to scroll to)."""
        tops = [
            b.rect.top() / self.hour_height * 60
            for i in days
            for b in self.day_blocks(i)
            if not b.all_day and not b.continues_before
        ]
        return min(tops, default=None)

    def minutes_at(self, y: float) -> float:
        return y / self.hour_height * 60

    # -- edits ----------------------------------------------------------------------------------

    def carry_over(self, previous: ItineraryLayout, uids: frozenset[str]) -> None:
        """Keep ``previous``'s laid-out days that neither the engagements ``uids`` nor a changed
        clash touch (same days, same geometry); everything else is laid out again when asked for."""
        same = (
            previous.column_width == self.column_width
            and previous.hour_height == self.hour_height
            and previous.fonts is self.fonts
            and (previous.home_tz, previous.extra_tz, previous.per_column)
            == (self.home_tz, self.extra_tz, self.per_column)
            and previous.all_day_height == self.all_day_height
            and previous.index.days == self.index.days
        )
        if not same:
            return
        touched = set(uids)
        if previous.clashes is not self.clashes:
            before, now = previous.clashes, self.clashes
            for uid in before.keys() | now.keys():  # an edit leaves the lists of the others as they were
                if before.get(uid) is not now.get(uid) and _messages(before, uid) != _messages(now, uid):
                    touched.add(uid)
        stale: set[int] = set()
        for uid in touched:
            stale.update(previous.index.days_of(previous.index.by_uid.get(uid)))
            stale.update(self.index.days_of(self.index.by_uid.get(uid)))
        self._blocks = {i: blocks for i, blocks in previous._blocks.items() if i not in stale}


def _messages(clashes: dict[str, list[schedule.Clash]], uid: str) -> list[str]:
    return [c.message for c in clashes.get(uid, [])]


def build_layout(
    visit: Visit | None,
    days: Sequence[schedule.Day],
    clashes: dict[str, list[schedule.Clash]],
    *,
    fonts: Fonts,
    hour_height: float,
    viewport_width: float,
    extra_tz: str | None = None,
    days_shown: int | None = None,
    texts: TextCache | None = None,
    cache: FactsCache | None = None,
    index: DayIndex | None = None,
    previous: ItineraryLayout | None = None,
) -> ItineraryLayout:
    """The layout of ``days``: ``days_shown`` columns fill the width (``None``: as many as fit at
    the readable minimum width, scrolling for the rest)."""
    home_tz = visit.home_tz if visit else "UTC"
    index = index if index is not None else DayIndex(visit, days)
    cache = cache or FactsCache()
    probe = ItineraryLayout(
        index,
        clashes,
        fonts=fonts,
        hour_height=hour_height,
        column_width=0,
        home_tz=home_tz,
        extra_tz=extra_tz,
        texts=texts or TextCache(),
        cache=cache,
        previous=previous,
    )
    available = viewport_width - probe.gutter_width - 1
    n = max(len(days), 1)
    if days_shown is None:
        probe.column_width = max(MIN_COLUMN_WIDTH, available / n)
    else:
        probe.column_width = max(MIN_FIT_WIDTH, available / max(1, min(days_shown, n)))
    return probe


def _gutters(
    days: Sequence[schedule.Day], facts: list[DayFacts], home_tz: str, extra_tz: str | None, per_column: bool
) -> list[Gutter]:
    local_title = "Local"
    abbrs = {f.abbr for f in facts}
    if len(abbrs) == 1:
        local_title = abbrs.pop()
    if per_column:  # each column has its own home scale; the gutter is only the days' own clocks
        return [Gutter("local", local_title, "each day")]
    gutters = [Gutter("local", local_title, "local")]
    for zone in (home_tz, extra_tz):
        if zone and zone not in [g.key for g in gutters]:
            at = tz.noon_utc(days[0].date, zone) if days else tz.now_utc()
            subtitle = "home" if zone == home_tz else zone.rsplit("/", 1)[-1].replace("_", " ")
            gutters.append(Gutter(zone, tz.abbreviation(zone, at), subtitle))
    return gutters
