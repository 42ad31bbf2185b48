"""The itinerary: one column per day on each day's local time, home time beside it; drag, resize, keys.

The view paints an ``ItineraryLayout`` (rebuilt when the data, zoom or width
change) and turns mouse and key gestures into calls on the core
(``schedule.move_by`` …) whose results go to the session as undoable edits.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QToolTip, QWidget

from planner.core import schedule
from planner.core.errors import PlannerError
from planner.core.model import Engagement, Status
from planner.ui.itinerary import layout as L
from planner.ui.presentation import engagement_times, kind_colour, tint
from planner.ui.settings import MAX_HOUR_HEIGHT, MIN_HOUR_HEIGHT
from planner.ui.state.session import Changes, Session

#: The MIME type an engagement is dragged with (from the unscheduled tray).
ENGAGEMENT_MIME = "application/x-planner-engagement"

GRID = QColor("#e6e8ec")
GRID_HALF = QColor("#f1f2f5")
TEXT = QColor("#1f2937")
MUTED = QColor("#6b7280")
HEADER_BG = QColor("#f8f9fb")
SELECTION = QColor("#111827")
CLASH = QColor("#dc2626")
PLACE_CLASH = QColor("#d97706")


class ItineraryView(QAbstractScrollArea):
    """Day columns with blocks; emits requests the main window turns into dialogs."""

    edit_requested = Signal(str)  # uid
    create_requested = Signal(object, object)  # date, time (or None for all-day)
    delete_requested = Signal(str)
    zoom_changed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hour_height = 48
        self.extra_tz: str | None = None
        self.fonts = L.Fonts.from_base(self.font())
        self.layout_: L.ItineraryLayout | None = None
        self._press: QPointF | None = None
        self._drag: tuple[str, str] | None = None  # (uid, "move" | "resize")
        self._ghost: QRectF | None = None
        self._moved = False
        self._ghost_text = ""
        self._drop_hint: QRectF | None = None
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
        if changes.visit:
            self._scroll_pending = True
        self.rebuild()

    def _on_selection(self, _uid: object) -> None:
        self.viewport().update()

    def rebuild(self) -> None:
        session = self.session
        self.layout_ = L.build_layout(
            session.visit,
            session.days,
            session.clashes_by_uid,
            fonts=self.fonts,
            hour_height=self.hour_height,
            viewport_width=self.viewport().width(),
            extra_tz=self.extra_tz,
        )
        self._update_scrollbars()
        if (self._scroll_pending and self.isVisible()) or (self._scroll_pending and self.layout_.columns):
            self._scroll_pending = False
            QTimer.singleShot(0, self.scroll_to_first)
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        lay = self.layout_
        if lay is None:
            return
        vp = self.viewport()
        body_h = vp.height() - lay.top_height
        body_w = vp.width() - lay.gutter_width
        v, h = self.verticalScrollBar(), self.horizontalScrollBar()
        if not lay.columns:
            v.setRange(0, 0)
            h.setRange(0, 0)
            return
        v.setRange(0, max(0, int(lay.body_height - body_h)))
        v.setPageStep(max(1, int(body_h)))
        v.setSingleStep(int(lay.hour_height / 2))
        h.setRange(0, max(0, int(lay.content_width - body_w)))
        h.setPageStep(max(1, int(body_w)))
        h.setSingleStep(int(lay.column_width / 4))

    def scroll_to_first(self) -> None:
        """Show the first engagement near the top (08:00 when there is none)."""
        lay = self.layout_
        if lay is None:
            return
        minutes = lay.first_minutes if lay.first_minutes is not None else 9 * 60
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
        if block.rect.left() < h.value():
            h.setValue(int(block.rect.left()))
        elif block.rect.right() > h.value() + body_w:
            h.setValue(int(block.rect.right() - body_w))

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        lay = self.layout_
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        vp = QRectF(self.viewport().rect())
        p.fillRect(vp, self.palette().base())
        if lay is None or not lay.columns:
            p.setPen(MUTED)
            p.drawText(
                vp, Qt.AlignmentFlag.AlignCenter, "No visit open.\nFile → Import article… or New visit"
            )
            return
        origin = self._origin()
        body_clip = QRectF(lay.gutter_width, lay.top_height, vp.width() - lay.gutter_width, vp.height())
        p.save()
        p.setClipRect(body_clip)
        p.translate(origin)
        self._paint_grid(p, lay)
        for block in lay.blocks:
            if not block.all_day:
                self._paint_block(p, block)
        self._paint_drag(p)
        p.restore()
        self._paint_header(p, lay, vp)
        self._paint_gutters(p, lay, vp)

    def _paint_grid(self, p: QPainter, lay: L.ItineraryLayout) -> None:
        width = lay.content_width
        for hour in range(lay.hours + 1):
            y = hour * lay.hour_height
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(0, y), QPointF(width, y))
            if hour < lay.hours and lay.hour_height >= 36:
                p.setPen(QPen(GRID_HALF, 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(0, y + lay.hour_height / 2), QPointF(width, y + lay.hour_height / 2))
        p.setPen(QPen(GRID, 1))
        for column in lay.columns:
            p.drawLine(QPointF(column.x, 0), QPointF(column.x, lay.body_height))
            if column.day.date.weekday() >= 5:
                p.fillRect(
                    QRectF(column.x + 1, 0, column.width - 1, lay.body_height), QColor(248, 249, 251, 160)
                )
            end = column.minutes / 60 * lay.hour_height
            if end < lay.body_height:  # past this day's end: the next day has begun (another zone)
                rest = QRectF(column.x + 1, end, column.width - 1, lay.body_height - end)
                p.fillRect(rest, QBrush(QColor("#e5e7eb"), Qt.BrushStyle.BDiagPattern))
                p.setPen(QPen(QColor("#9ca3af"), 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(column.x, end), QPointF(column.x + column.width, end))
                p.setPen(QPen(GRID, 1))
        p.drawLine(QPointF(width, 0), QPointF(width, lay.body_height))

    def _paint_block(self, p: QPainter, block: L.Block) -> None:
        colour = kind_colour(block.kind)
        rect = block.rect.adjusted(0, 1, 0, -1)
        faded = block.status is Status.CANCELLED
        p.save()
        if faded:
            p.setOpacity(0.45)
        fill = tint(colour, 0.16 if not faded else 0.08)
        radius = 5.0
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, radius, radius)
        if block.status in (Status.PROPOSED, Status.TENTATIVE):
            hatch = QBrush(tint(colour, 0.35), Qt.BrushStyle.BDiagPattern)
            p.setBrush(hatch)
            p.drawRoundedRect(rect, radius, radius)
        # accent bar at the left
        p.setBrush(colour)
        bar = QRectF(rect.left(), rect.top(), 4, rect.height())
        p.drawRoundedRect(bar, 2, 2)
        # border: dashed when not firm, red when clashing, dark when selected
        selected = block.uid == self.session.selected
        pen = QPen(tint(colour, 0.55), 1)
        if block.status in (Status.PROPOSED, Status.TENTATIVE, Status.POSTPONED):
            pen = QPen(colour, 1.2, Qt.PenStyle.DashLine)
        if block.clash:
            pen = QPen(CLASH if "overlaps" in block.clash else PLACE_CLASH, 2)
        if selected:
            pen = QPen(SELECTION, 2)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, radius, radius)
        self._paint_block_text(p, block, rect)
        if block.clash:
            self._paint_badge(p, rect, "!", CLASH if "overlaps" in block.clash else PLACE_CLASH)
        elif block.status is Status.POSTPONED:
            self._paint_badge(p, rect, "⏸", MUTED)
        p.restore()

    def _paint_block_text(self, p: QPainter, block: L.Block, rect: QRectF) -> None:
        x = rect.left() + 4 + L.BLOCK_PAD
        y = rect.top() + L.BLOCK_PAD - 1
        right = rect.right() - L.BLOCK_PAD
        for text, role in block.lines:
            font = self.fonts.bold if role == "title" else self.fonts.small
            fm = QFontMetricsF(font)
            p.setFont(font)
            p.setPen(TEXT if role in ("title", "time") else MUTED)
            line = QRectF(x, y, right - x, fm.height())
            p.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            if role == "title" and block.status is Status.CANCELLED:
                width = min(fm.horizontalAdvance(text), line.width())
                p.drawLine(QPointF(x, line.center().y() + 1), QPointF(x + width, line.center().y() + 1))
            y += fm.height()

    def _paint_badge(self, p: QPainter, rect: QRectF, text: str, colour: QColor) -> None:
        size = 16.0
        badge = QRectF(rect.right() - size - 3, rect.top() + 3, size, size)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(colour)
        p.drawEllipse(badge)
        p.setPen(QColor("white"))
        p.setFont(self.fonts.bold)
        p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_drag(self, p: QPainter) -> None:
        for rect in (self._ghost, self._drop_hint):
            if rect is None:
                continue
            p.setPen(QPen(SELECTION, 1.5, Qt.PenStyle.DashLine))
            p.setBrush(QColor(37, 99, 235, 40))
            p.drawRoundedRect(rect, 5, 5)
            if self._ghost_text:
                p.setPen(TEXT)
                p.setFont(self.fonts.bold)
                p.drawText(
                    rect.adjusted(8, 4, -4, -2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    self._ghost_text,
                )

    def _paint_header(self, p: QPainter, lay: L.ItineraryLayout, vp: QRectF) -> None:
        top = QRectF(0, 0, vp.width(), lay.top_height)
        p.fillRect(top, HEADER_BG)
        p.save()
        p.setClipRect(QRectF(lay.gutter_width, 0, vp.width() - lay.gutter_width, lay.top_height))
        p.translate(lay.gutter_width - self.horizontalScrollBar().value(), 0)
        line_h = QFontMetricsF(self.fonts.body).height() + 2
        for column in lay.columns:
            x = column.x + 10
            w = column.width - 16
            y = 8.0
            fonts = (self.fonts.bold, self.fonts.body, self.fonts.small)
            colours = (TEXT, TEXT, MUTED)
            for text, font, colour in zip(column.lines, fonts, colours, strict=False):
                p.setFont(font)
                p.setPen(colour)
                fm = QFontMetricsF(font)
                elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, w)
                p.drawText(
                    QRectF(x, y, w, line_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    elided,
                )
                y += line_h
            if column.day.is_travel_day:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#0ea5e9"))
                p.drawRoundedRect(QRectF(column.x + 2, 3, column.width - 4, 3), 1.5, 1.5)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(column.x, 0), QPointF(column.x, lay.top_height))
        p.drawLine(QPointF(lay.content_width, 0), QPointF(lay.content_width, lay.top_height))
        p.setPen(QPen(GRID, 1))
        p.drawLine(QPointF(0, lay.header_height), QPointF(lay.content_width, lay.header_height))
        p.translate(0, lay.header_height)
        for block in lay.blocks:
            if block.all_day:
                self._paint_chip(p, block)
        p.restore()
        p.setPen(QPen(QColor("#d5d9e0"), 1))
        p.drawLine(QPointF(0, lay.top_height - 0.5), QPointF(vp.width(), lay.top_height - 0.5))

    def _paint_chip(self, p: QPainter, block: L.Block) -> None:
        colour = kind_colour(block.kind)
        rect = block.rect
        p.save()
        if block.status is Status.CANCELLED:
            p.setOpacity(0.45)
        firm = block.status not in (Status.PROPOSED, Status.TENTATIVE, Status.POSTPONED)
        p.setBrush(colour if firm else tint(colour, 0.18))
        pen = QPen(colour, 1.2, Qt.PenStyle.SolidLine if firm else Qt.PenStyle.DashLine)
        if block.uid == self.session.selected:
            pen = QPen(SELECTION, 2)
        p.setPen(pen)
        p.drawRoundedRect(rect, 4, 4)
        if not firm:
            p.setBrush(QBrush(tint(colour, 0.45), Qt.BrushStyle.BDiagPattern))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(rect, 4, 4)
        p.setFont(self.fonts.small)
        p.setPen(QColor("white") if firm else TEXT)
        text = block.lines[0][0] if block.lines else block.title
        inner = rect.adjusted(L.BLOCK_PAD + 1, 0, -L.BLOCK_PAD, 0)
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if block.status is Status.CANCELLED:
            fm = QFontMetricsF(self.fonts.small)
            y = inner.center().y() + 1
            p.drawLine(
                QPointF(inner.left(), y),
                QPointF(inner.left() + min(fm.horizontalAdvance(text), inner.width()), y),
            )
        if block.clash:
            dot = QRectF(rect.right() - 14, rect.center().y() - 5, 10, 10)
            p.setBrush(CLASH if "overlaps" in block.clash else PLACE_CLASH)
            p.setPen(QPen(QColor("white"), 1.5))
            p.drawEllipse(dot)
        p.restore()

    def _paint_gutters(self, p: QPainter, lay: L.ItineraryLayout, vp: QRectF) -> None:
        gutter = QRectF(0, 0, lay.gutter_width, vp.height())
        p.fillRect(gutter, HEADER_BG)
        reference = self._reference_column(lay)
        line_h = QFontMetricsF(self.fonts.small).height()
        # titles in the top-left corner: the local one names the zone of the axis in view
        for i, g in enumerate(lay.gutters):
            x = i * L.GUTTER_WIDTH
            title, subtitle = self.gutter_title(g, reference)
            p.setFont(self.fonts.bold)
            p.setPen(TEXT)
            p.drawText(
                QRectF(x, lay.header_height - 2 * line_h - 8, L.GUTTER_WIDTH - 8, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
            p.setFont(self.fonts.small)
            p.setPen(QColor("#b45309") if subtitle == "axis" else MUTED)
            p.drawText(
                QRectF(x, lay.header_height - line_h - 8, L.GUTTER_WIDTH - 8, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                subtitle,
            )
        p.save()
        p.setClipRect(QRectF(0, lay.top_height, lay.gutter_width, vp.height() - lay.top_height))
        p.translate(0, lay.top_height - self.verticalScrollBar().value())
        p.setFont(self.fonts.small)
        for i, g in enumerate(lay.gutters):
            x = i * L.GUTTER_WIDTH
            labels = reference.gutter_labels.get(g.key) if reference else None
            p.setPen(TEXT if i == 0 else MUTED)
            for hour in range(lay.hours):
                y = hour * lay.hour_height
                text = labels[hour] if labels is not None and hour < len(labels) else ""
                p.drawText(
                    QRectF(x, y + 2, L.GUTTER_WIDTH - 8, line_h),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    text,
                )
            if i:
                p.setPen(QPen(GRID, 1))
                p.drawLine(QPointF(x, 0), QPointF(x, lay.body_height))
        p.restore()
        p.setPen(QPen(QColor("#d5d9e0"), 1))
        p.drawLine(QPointF(lay.gutter_width - 0.5, 0), QPointF(lay.gutter_width - 0.5, vp.height()))

    @staticmethod
    def gutter_title(gutter: L.Gutter, reference: L.Column | None) -> tuple[str, str]:
        """The two lines over a gutter; the local one says which zone the axis in view uses."""
        if gutter.key == "local" and reference is not None:
            return reference.axis_title, reference.axis_note
        return gutter.title, gutter.subtitle

    def reference_column(self) -> L.Column | None:
        return self._reference_column(self.layout_) if self.layout_ else None

    def _reference_column(self, lay: L.ItineraryLayout) -> L.Column | None:
        """The day whose home-time labels the gutter shows: the selection's, else the first in view."""
        block = lay.block(self.session.selected) if self.session.selected else None
        if block is not None:
            return lay.columns[block.column]
        index = lay.column_at(self.horizontalScrollBar().value() + 1)
        return lay.columns[index] if index is not None else None

    # -- geometry changes ----------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rebuild()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            (self.zoom_in if event.angleDelta().y() > 0 else self.zoom_out)()
            event.accept()
            return
        super().wheelEvent(event)

    # -- mouse -----------------------------------------------------------------------------------

    def _hit(self, pos: QPointF) -> tuple[L.Block | None, bool]:
        lay = self.layout_
        if lay is None or pos.x() < lay.gutter_width:
            return None, False
        strip = self.all_day_point(pos)
        if strip is not None:
            return lay.block_at(strip, all_day=True)
        if pos.y() < lay.top_height:
            return None, False
        return lay.block_at(self.body_point(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        block, edge = self._hit(pos)
        self.session.select(block.uid if block else None)
        if block is not None and not block.all_day:
            self._press = pos
            self._moved = False
            self._drag = (block.uid, "resize" if edge else "move")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is None or self._press is None:
            _, edge = self._hit(pos)
            shape = Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor
            self.viewport().setCursor(shape)
            return
        if (pos - self._press).manhattanLength() < QApplication.startDragDistance() and not self._moved:
            return
        self._moved = True
        proposal = self._proposal(pos)
        self._ghost = None
        self._ghost_text = ""
        if proposal is not None:
            changed, rect = proposal
            self._ghost = rect
            self._ghost_text = engagement_times(changed, self._home_tz())[0]
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        dragging = self._drag is not None and self._moved
        drag = self._drag
        self._moved = False
        self._ghost = None
        self._ghost_text = ""
        self.viewport().update()
        if dragging and drag is not None and self._press is not None:
            try:
                changed = self._changed_by_drag(pos)
            except PlannerError as exc:
                self.session.failed.emit(str(exc))
            else:
                if changed is not None:
                    verb = "Resize" if drag[1] == "resize" else "Move"
                    self.session.save_engagement(changed, f"{verb} “{changed.title}”")
        self._press = None
        self._drag = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        block, _ = self._hit(pos)
        if block is not None:
            self.edit_requested.emit(block.uid)
            return
        target = self._slot_at(pos)
        if target is not None:
            self.create_requested.emit(*target)

    def _slot_at(self, pos: QPointF) -> tuple[dt.date, dt.time | None] | None:
        """The day and snapped local time under ``pos`` (time ``None`` in the all-day strip)."""
        lay = self.layout_
        if lay is None or pos.x() < lay.gutter_width:
            return None
        strip = self.all_day_point(pos)
        if strip is not None:
            index = lay.column_at(strip.x())
            return (lay.columns[index].day.date, None) if index is not None else None
        if pos.y() < lay.top_height:
            return None
        body = self.body_point(pos)
        index = lay.column_at(body.x())
        if index is None:
            return None
        # a new engagement is placed within the day's own date (past midnight on a long day: 23:45)
        minutes = min(lay.minutes_at(body.y()), lay.columns[index].minutes - 1, 24 * 60 - 15)
        return lay.columns[index].day.date, schedule.snap_time(minutes)

    def _drag_delta(self, pos: QPointF) -> tuple[int, dt.timedelta]:
        """Whole days across and snapped wall-clock minutes down since the press."""
        lay = self.layout_
        assert lay is not None and self._press is not None
        start_col = lay.column_at(self.body_point(self._press).x())
        now_col = lay.column_at(max(0.0, self.body_point(pos).x()))
        if now_col is None:
            now_col = len(lay.columns) - 1
        days = (now_col - start_col) if start_col is not None else 0
        minutes = lay.minutes_at(pos.y() - self._press.y())
        return days, schedule.snap(dt.timedelta(minutes=minutes))

    def _changed_by_drag(self, pos: QPointF) -> Engagement | None:
        if self._drag is None:
            return None
        uid, mode = self._drag
        e = self.session.engagement(uid)
        if e is None or e.tz is None:
            return None
        days, delta = self._drag_delta(pos)
        block = self.layout_.block(uid) if self.layout_ else None
        axis = self.layout_.columns[block.column].day.zone if self.layout_ and block else e.tz
        if mode == "resize":
            if delta == dt.timedelta(0):
                return None
            return schedule.resize_by(e, delta, axis)
        total = dt.timedelta(days=days) + delta
        if total == dt.timedelta(0):
            return None
        return schedule.move_by(e, total, axis)  # the dragged amount on the column's wall clock

    def _proposal(self, pos: QPointF) -> tuple[Engagement, QRectF] | None:
        """What a drag would make, and where to draw it (body coordinates)."""
        lay = self.layout_
        if lay is None or self._drag is None:
            return None
        try:
            changed = self._changed_by_drag(pos)
        except PlannerError:
            return None
        block = lay.block(self._drag[0])
        if changed is None or block is None:
            return None
        days, delta = self._drag_delta(pos)
        dy = delta.total_seconds() / 3600 * lay.hour_height
        if self._drag[1] == "resize":
            rect = QRectF(
                block.rect.left(),
                block.rect.top(),
                block.rect.width(),
                max(block.rect.height() + dy, L.MIN_BLOCK_HEIGHT),
            )
        else:
            rect = block.rect.translated(days * lay.column_width, dy)
        return changed, rect

    def _home_tz(self) -> str:
        return self.session.visit.home_tz if self.session.visit else "UTC"

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        block, _ = self._hit(QPointF(event.pos()))
        menu = QMenu(self)
        if block is not None:
            self.session.select(block.uid)
            menu.addAction("Edit…", lambda: self.edit_requested.emit(block.uid))
            menu.addAction("Delete", lambda: self.delete_requested.emit(block.uid))
        else:
            target = self._slot_at(QPointF(event.pos()))
            if target is None:
                return
            menu.addAction("New engagement here…", lambda: self.create_requested.emit(*target))
        menu.exec(event.globalPos())

    def event(self, event: object) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QHelpEvent

        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos()) - QPointF(self.viewport().pos())
            block, _ = self._hit(pos)
            reference = self.reference_column()
            lay = self.layout_
            in_gutter = lay is not None and pos.x() < lay.gutter_width and pos.y() < lay.top_height
            if in_gutter and reference is not None:
                QToolTip.showText(event.globalPos(), reference.axis_tip or reference.header, self)
            elif block is not None:
                QToolTip.showText(event.globalPos(), block.tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)  # type: ignore[arg-type]

    # -- keyboard ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        uid = self.session.selected
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and uid:
            self.delete_requested.emit(uid)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and uid:
            self.edit_requested.emit(uid)
        elif key in arrows and alt and uid:
            self._nudge(uid, key)
        elif key in arrows:
            self._move_selection(key)
        elif key == Qt.Key.Key_Escape:
            self.session.select(None)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _nudge(self, uid: str, key: int) -> None:
        """Alt+arrows: move the selected engagement 15 minutes, or a day."""
        e = self.session.engagement(uid)
        if e is None or e.tz is None or not e.is_timed:
            return
        steps = {
            Qt.Key.Key_Up: -schedule.SNAP,
            Qt.Key.Key_Down: schedule.SNAP,
            Qt.Key.Key_Left: -dt.timedelta(days=1),
            Qt.Key.Key_Right: dt.timedelta(days=1),
        }
        try:
            changed = schedule.move_by(e, steps[Qt.Key(key)], e.tz)
        except PlannerError as exc:
            self.session.failed.emit(str(exc))
            return
        self.session.save_engagement(changed, f"Move “{e.title}”")

    def _move_selection(self, key: int) -> None:
        """Arrows: previous/next engagement in time (up/down), same time on the day before/after."""
        lay = self.layout_
        if lay is None:
            return
        starts = [b for b in lay.blocks if not b.continues_before]
        order = sorted(starts, key=lambda b: (b.column, b.all_day is False, b.rect.top(), b.rect.left()))
        if not order:
            return
        current = next((i for i, b in enumerate(order) if b.uid == self.session.selected), None)
        if current is None:
            target = order[0]
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            target = order[max(0, min(len(order) - 1, current + step))]
        else:
            here = order[current]
            step = -1 if key == Qt.Key.Key_Left else 1
            col = here.column + step
            while 0 <= col < len(lay.columns):
                candidates = [b for b in order if b.column == col]
                if candidates:
                    target = min(candidates, key=lambda b: abs(b.rect.top() - here.rect.top()))
                    break
                col += step
            else:
                return
        self.session.select(target.uid)
        self.ensure_visible(target.uid)

    # -- dropping from the tray ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ENGAGEMENT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        slot = self._slot_at(event.position())
        lay = self.layout_
        if slot is None or lay is None or not event.mimeData().hasFormat(ENGAGEMENT_MIME):
            self._drop_hint = None
            event.ignore()
        else:
            day, at = slot
            index = next(i for i, c in enumerate(lay.columns) if c.day.date == day)
            if at is None:
                self._drop_hint = None
            else:
                y = (at.hour * 60 + at.minute) / 60 * lay.hour_height
                self._drop_hint = QRectF(
                    index * lay.column_width + 2, y, lay.column_width - 4, lay.hour_height
                )
            self._ghost_text = "all day" if at is None else f"{at:%H:%M}"
            event.acceptProposedAction()
        self.viewport().update()

    def dragLeaveEvent(self, event: object) -> None:
        self._drop_hint = None
        self._ghost_text = ""
        self.viewport().update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_hint = None
        self._ghost_text = ""
        self.viewport().update()
        uid = bytes(event.mimeData().data(ENGAGEMENT_MIME).data()).decode("utf-8")
        slot = self._slot_at(event.position())
        if slot is None or not uid:
            event.ignore()
            return
        if self.schedule_dropped(uid, *slot):
            event.acceptProposedAction()
        else:
            event.ignore()

    def schedule_dropped(self, uid: str, day: dt.date, at: dt.time | None) -> bool:
        """Give engagement ``uid`` a time (or an all-day date) where it was dropped."""
        e = self.session.engagement(uid)
        column = schedule.day_of(self.session.days, day)
        if e is None or column is None:
            return False
        try:
            if at is None:
                changed = schedule.schedule_on(e, day)
            else:
                # the time under the pointer is on the column's axis; the engagement keeps its own zone
                changed = schedule.schedule_at(e, day, at, column.zone)
        except PlannerError as exc:
            self.session.failed.emit(str(exc))
            return False
        ok = self.session.save_engagement(changed, f"Schedule “{e.title}”")
        if ok:
            self.session.select(uid)
        return ok
