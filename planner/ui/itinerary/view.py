"""The itinerary: one column per day on each day's local time, home time beside it; drag, resize, keys.

The view keeps an ``ItineraryLayout`` (made again when the data, zoom, width
or days shown change; an edit carries over the days it did not touch) and
paints only what meets the exposed rectangle.  Gestures are in ``gestures``,
drawing in ``painting``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from planner.core.checks import Finding, Severity
from planner.core.model import Visit
from planner.ui.itinerary import layout as L
from planner.ui.itinerary.blocks import TextCache
from planner.ui.itinerary.days import Bounds, DayIndex
from planner.ui.itinerary.doubts import Doubts, doubts_of
from planner.ui.itinerary.gestures import ENGAGEMENT_MIME, GestureArea
from planner.ui.itinerary.painting import GridPainter, Scene, gutter_title
from planner.ui.itinerary.palette import MUTED
from planner.ui.itinerary.sprites import Sprites
from planner.ui.settings import MAX_HOUR_HEIGHT, MIN_HOUR_HEIGHT
from planner.ui.state.session import Changes, Session

__all__ = ["DAY_CHOICES", "ENGAGEMENT_MIME", "ItineraryView"]

#: Worst finding by engagement uid, hotel line by date, open assumptions.
Marks = tuple["WorstFindings", dict[object, str], Doubts]

#: The day ranges offered in the View menu (``None``: the whole visit in the width).
DAY_CHOICES: tuple[int | None, ...] = (1, 3, 5, 7, None)


SEVERITY_RANK = {severity: severity.rank for severity in Severity}


def worst_findings(by_uid: dict[str, list[Finding]]) -> dict[str, str]:
    """Each engagement's most severe open finding (its badge colour)."""
    found = WorstFindings(by_uid)
    return {uid: worst for uid in by_uid if (worst := found.get(uid)) is not None}


class WorstFindings:
    """``worst_findings`` asked one engagement at a time, each worked out when first asked: a paint
    asks only for the blocks in view, so a visit with tens of thousands of findings costs nothing more."""

    def __init__(self, by_uid: dict[str, list[Finding]]) -> None:
        self._by_uid = by_uid
        self._known: dict[str, str | None] = {}

    def get(self, uid: str) -> str | None:
        if uid not in self._known:
            found = self._by_uid.get(uid)
            rank = SEVERITY_RANK
            self._known[uid] = min(found, key=lambda f: rank[f.severity]).severity.value if found else None
        return self._known[uid]


def hotel_lines(visit: Visit | None) -> dict[object, str]:
    """The hotel each night of the visit is spent in, for the day headers (``🛏 The Okura Tokyo``)."""
    nights: dict[object, str] = {}
    for stay in visit.stays if visit else []:
        if stay.check_in is None or stay.check_out is None:
            continue
        day = stay.check_in
        while day < stay.check_out and len(nights) < 10000:
            nights[day] = f"🛏 {stay.hotel}"
            day += dt.timedelta(days=1)
    return nights


class ItineraryView(GestureArea):
    """Day columns with blocks; emits requests the main window turns into dialogs."""

    zoom_changed = Signal(int)
    days_shown_changed = Signal(object)  # int, "all" (fit the visit) or None (as many as are readable)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.hour_height = 48
        self.extra_tz: str | None = None
        self.days_shown: int | str | None = None
        self.fonts = L.Fonts.from_base(self.font())
        self.layout_: L.ItineraryLayout | None = None
        self.texts = TextCache()
        self.sprites = Sprites()  # block backgrounds, drawn once per look and copied on each paint
        self.facts = L.FactsCache()
        self.bounds: Bounds = {}  # each day's bounds, kept across edits
        self.painted = 0  # blocks drawn by the last paint (tests count work with it)
        self._marks: Marks | None = None  # findings, hotels, doubts: made again after a change
        self._pending: Changes | None = None
        self._scroll_pending = True
        self.setAccessibleName("Itinerary")
        self.setAccessibleDescription("One column per day of the visit; local time left, home time beside it")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        session.changed.connect(self._on_changed)
        session.selection_changed.connect(self._on_selection)

    # -- data ----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(900, 700)

    def _on_changed(self, changes: Changes) -> None:
        self._marks = None
        if changes.visit:
            self._scroll_pending = True
        if changes.visit or changes.visits:
            self.rebuild()
        elif changes.engagements or changes.delegation or changes.assumptions:
            # the same days: the touched engagements' days are laid out again, and the days whose
            # clashes changed (members); findings, hotels and guesses are marks drawn by the paint
            self.rebuild(changes.engagements)
        elif not changes.contacts:  # a contact does not show in the grid
            self.rebuild()

    def _on_selection(self, _uid: object) -> None:
        self.viewport().update()

    def rebuild(self, touched: frozenset[str] | None = None) -> None:
        """Make the layout again; with ``touched`` (the uids an edit changed), keep every other day."""
        session = self.session
        previous = self.layout_
        same_days = previous is not None and touched is not None and previous.index.days == session.days
        if same_days and previous is not None and touched is not None and session.visit is not None:
            # no sort: an edit is O(log n); the session finds the engagements by uid
            index = previous.index.with_changes(session.visit, touched, session.engagement)
        else:
            index = DayIndex(session.visit, session.days, self.bounds)
        self.layout_ = L.build_layout(
            session.visit,
            session.days,
            session.clashes_by_uid,
            fonts=self.fonts,
            hour_height=self.hour_height,
            viewport_width=self.viewport().width(),
            extra_tz=self.extra_tz,
            days_shown=self._days_wanted(len(session.days)),
            texts=self.texts,
            cache=self.facts,
            index=index,
            previous=previous if same_days else None,
        )
        if touched is not None and previous is not None:
            self.layout_.carry_over(previous, touched)
        self._update_scrollbars()
        if self._scroll_pending and len(self.layout_.columns):
            self._scroll_pending = False
            QTimer.singleShot(0, self.scroll_to_first)
        self.viewport().update()

    def _days_wanted(self, count: int) -> int | None:
        if self.days_shown == "all":
            return max(count, 1)
        return self.days_shown if isinstance(self.days_shown, int) else None

    def set_days_shown(self, days: int | str | None) -> None:
        """How many days fill the width: a number, ``"all"`` (fit the visit), ``None`` (readable width)."""
        first = self.visible_columns().start
        self.days_shown = days
        self.rebuild()
        if self.layout_ is not None:
            self.horizontalScrollBar().setValue(int(first * self.layout_.column_width))
        self.days_shown_changed.emit(days)

    def fit_visit(self) -> None:
        self.set_days_shown("all")

    def _update_scrollbars(self) -> None:
        lay = self.layout_
        if lay is None:
            return
        vp = self.viewport()
        body_h = vp.height() - lay.top_height
        body_w = vp.width() - lay.gutter_width
        v, h = self.verticalScrollBar(), self.horizontalScrollBar()
        if not len(lay.columns):
            v.setRange(0, 0)
            h.setRange(0, 0)
            return
        v.setRange(0, max(0, int(lay.body_height - body_h)))
        v.setPageStep(max(1, int(body_h)))
        v.setSingleStep(int(lay.hour_height / 2))
        h.setRange(0, max(0, int(lay.content_width - body_w)))
        h.setPageStep(max(1, int(body_w)))
        h.setSingleStep(max(1, int(lay.column_width / 4)))

    def visible_columns(self) -> range:
        """The columns that meet the viewport."""
        lay = self.layout_
        if lay is None:
            return range(0)
        left = float(self.horizontalScrollBar().value())
        # the last pixel is the grid's closing line, not a next column
        return lay.columns_between(left, left + self.viewport().width() - lay.gutter_width - 1)

    def scroll_to_first(self) -> None:
        """Show the first engagement of the days in view near the top (09:00 when there is none)."""
        lay = self.layout_
        if lay is None:
            return
        found = lay.first_minutes(self.visible_columns())
        minutes = found if found is not None else 9 * 60
        hour = max(0, int(minutes // 60) - 1)  # a whole hour of air above it, aligned to the grid
        self.verticalScrollBar().setValue(int(hour * lay.hour_height))

    def set_extra_zone(self, zone: str | None) -> None:
        self.extra_tz = zone
        self.rebuild()

    def set_hour_height(self, value: int) -> None:
        value = max(MIN_HOUR_HEIGHT, min(MAX_HOUR_HEIGHT, int(value)))
        if value == self.hour_height:
            return
        centre = (self.verticalScrollBar().value() + self.viewport().height() / 2) / self.hour_height
        self.hour_height = value
        self.rebuild()
        self.verticalScrollBar().setValue(int(centre * value - self.viewport().height() / 2))
        self.zoom_changed.emit(value)

    def zoom_in(self) -> None:
        self.set_hour_height(round(self.hour_height * 1.25))

    def zoom_out(self) -> None:
        self.set_hour_height(round(self.hour_height / 1.25))

    # -- coordinates ---------------------------------------------------------------------------

    def _origin(self) -> QPointF:
        """Viewport position of body point (0, 0)."""
        lay = self.layout_
        assert lay is not None
        return QPointF(
            lay.gutter_width - self.horizontalScrollBar().value(),
            lay.top_height - self.verticalScrollBar().value(),
        )

    def body_point(self, pos: QPointF) -> QPointF:
        return pos - self._origin()

    def view_point(self, body: QPointF) -> QPointF:
        """Viewport position of a body point (tests use it to aim the mouse)."""
        return body + self._origin()

    def all_day_point(self, pos: QPointF) -> QPointF | None:
        lay = self.layout_
        if lay is None or not (lay.header_height <= pos.y() < lay.top_height):
            return None
        return QPointF(
            pos.x() - lay.gutter_width + self.horizontalScrollBar().value(), pos.y() - lay.header_height
        )

    def block_view_rect(self, uid: str) -> QRectF | None:
        """Where a block is on the viewport (tests, accessibility)."""
        lay = self.layout_
        block = lay.block(uid) if lay else None
        if block is None or lay is None:
            return None
        if block.all_day:
            x = lay.gutter_width - self.horizontalScrollBar().value()
            return block.rect.translated(x, lay.header_height)
        return block.rect.translated(self._origin())

    def ensure_visible(self, uid: str) -> None:
        lay = self.layout_
        block = lay.block(uid) if lay else None
        if block is None or lay is None:
            return
        v, h = self.verticalScrollBar(), self.horizontalScrollBar()
        body_h = self.viewport().height() - lay.top_height
        body_w = self.viewport().width() - lay.gutter_width
        if not block.all_day:
            if block.rect.top() < v.value():
                v.setValue(int(block.rect.top() - 12))
            elif block.rect.bottom() > v.value() + body_h:
                v.setValue(int(min(block.rect.top() - 12, block.rect.bottom() - body_h + 12)))
        column = lay.columns[block.column]
        if column.x < h.value():
            h.setValue(int(column.x))
        elif column.x + column.width > h.value() + body_w:
            h.setValue(int(column.x + column.width - body_w))

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        lay = self.layout_
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        vp = QRectF(self.viewport().rect())
        exposed = QRectF(event.rect())
        p.fillRect(exposed, self.palette().base())
        if lay is None or not len(lay.columns):
            p.setPen(MUTED)
            p.drawText(
                vp, Qt.AlignmentFlag.AlignCenter, "No visit open.\nFile → Import article… or New visit"
            )
            self.painted = 0
            return
        scene = Scene(
            lay,
            vp,
            self.horizontalScrollBar().value(),
            self.verticalScrollBar().value(),
            self.session.selected,
            self._reference_column(lay),
            (self._ghost, self._drop_hint),
            self._ghost_text,
            *self.marks(),
        )
        painter = GridPainter(p, scene, self.fonts, self.sprites)
        painter.paint(exposed)
        self.painted = painter.painted

    def marks(self) -> Marks:
        """What the blocks and headers are marked with (worst finding, hotel, open assumptions),
        worked out once after each change rather than on every paint: a paint walks no whole visit."""
        if self._marks is None:
            session = self.session
            self._marks = (
                WorstFindings(session.findings_by_uid),
                hotel_lines(session.visit),
                doubts_of(session.visit),
            )
        return self._marks

    @staticmethod
    def gutter_title(gutter: L.Gutter, reference: L.Column | None) -> tuple[str, str]:
        """The two lines over a gutter; the local one says which zone the axis in view uses."""
        return gutter_title(gutter, reference)

    def reference_column(self) -> L.Column | None:
        return self._reference_column(self.layout_) if self.layout_ else None

    def _reference_column(self, lay: L.ItineraryLayout) -> L.Column | None:
        """The day whose labels the shared gutters show: the selection's, else the first in view."""
        block = lay.block(self.session.selected) if self.session.selected else None
        if block is not None:
            return lay.columns[block.column]
        index = lay.column_at(self.horizontalScrollBar().value() + 1)
        return lay.columns[index] if index is not None else None

    # -- geometry and visibility changes ---------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.layout_ is None or event.size().width() != event.oldSize().width():
            self.rebuild()
        else:
            self._update_scrollbars()

    def showEvent(self, event: QShowEvent) -> None:
        """Back from another view: the selection is scrolled into view and the grid takes keys."""
        super().showEvent(event)
        if self.session.selected:
            self.ensure_visible(self.session.selected)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)
