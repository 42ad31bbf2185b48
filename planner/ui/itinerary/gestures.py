"""Mouse, keyboard and drops on the itinerary, turned into calls on the core and undoable session edits.

``GestureArea`` is the base of ``ItineraryView``: it knows how to hit-test the
layout and what a drag, a double-click or a key means; the view subclass owns
the layout, scrolling and painting.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QToolTip, QWidget

from planner.core import schedule, tz
from planner.core.errors import PlannerError
from planner.core.model import Engagement
from planner.ui.itinerary import layout as L
from planner.ui.itinerary.doubts import doubts_of, tip_at
from planner.ui.itinerary.navigation import next_selection, stop_at
from planner.ui.presentation import engagement_times
from planner.ui.state.session import Session

#: The MIME type an engagement is dragged with (from the unscheduled tray).
ENGAGEMENT_MIME = "application/x-planner-engagement"


class GestureArea(QAbstractScrollArea):
    """Input handling of the day grid; ``layout_`` and the coordinate helpers come from the view."""

    edit_requested = Signal(str)  # uid
    #: date, time (``None`` for all-day) and the stop the slot is in (its city and zone), or ``None``;
    #: the time is on that stop's clock
    create_requested = Signal(object, object, object)
    delete_requested = Signal(str)

    layout_: L.ItineraryLayout | None

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._press: QPointF | None = None
        self._drag: tuple[str, str] | None = None  # (uid, "move" | "resize")
        self._ghost: QRectF | None = None
        self._moved = False
        self._ghost_text = ""
        self._drop_hint: QRectF | None = None

    # provided by the view
    def body_point(self, pos: QPointF) -> QPointF:
        raise NotImplementedError

    def all_day_point(self, pos: QPointF) -> QPointF | None:
        raise NotImplementedError

    def ensure_visible(self, uid: str) -> None:
        raise NotImplementedError

    def reference_column(self) -> L.Column | None:
        raise NotImplementedError

    def visible_columns(self) -> range:
        raise NotImplementedError

    # -- hit testing -------------------------------------------------------------------------------

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

    def _slot_at(self, pos: QPointF) -> tuple[dt.date, dt.time | None] | None:
        """The day and snapped axis time under ``pos`` (time ``None`` in the all-day strip)."""
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

    # -- mouse ---------------------------------------------------------------------------------------

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
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor)
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
            self.request_create(*target)

    def request_create(self, day: dt.date, at: dt.time | None) -> None:
        """Ask for a new engagement at a slot, in the city (and on the clock) of where the delegation is."""
        lay = self.layout_
        stop = stop_at(lay, day, at) if lay else None
        i = lay.index.day_index(day) if lay else None
        if stop is not None and at is not None and lay is not None and i is not None:
            axis = lay.columns[i].day.zone
            if stop.tz != axis:
                instant = tz.local_to_utc(dt.datetime.combine(day, at), axis, ambiguous="earlier")
                local = tz.local_naive(instant, stop.tz)
                day, at = local.date(), local.time()
        self.create_requested.emit(day, at, stop)

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
            height = max(block.rect.height() + dy, L.MIN_BLOCK_HEIGHT)
            rect = QRectF(block.rect.left(), block.rect.top(), block.rect.width(), height)
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
            menu.addAction("New engagement here…", lambda: self.request_create(*target))
        menu.exec(event.globalPos())

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            pos = QPointF(event.pos()) - QPointF(self.viewport().pos())
            block, _ = self._hit(pos)
            reference = self.reference_column()
            lay = self.layout_
            in_gutter = lay is not None and pos.x() < lay.gutter_width and pos.y() < lay.top_height
            scroll_x = self.horizontalScrollBar().value()
            doubts = doubts_of(self.session.visit)
            doubt = tip_at(lay, doubts, pos, scroll_x, block.uid if block else None) if lay else None
            if in_gutter and reference is not None:
                QToolTip.showText(event.globalPos(), reference.axis_tip or reference.header, self)
            elif doubt is not None:
                QToolTip.showText(event.globalPos(), f"{block.tooltip}\n\n{doubt}" if block else doubt, self)
            elif block is not None:
                QToolTip.showText(event.globalPos(), block.tooltip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # -- keyboard --------------------------------------------------------------------------------------

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
        step = {Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1), Qt.Key.Key_Left: (-1, 0)}
        target = next_selection(
            lay, self.session.selected, step.get(Qt.Key(key), (1, 0)), self.visible_columns().start
        )
        if target is not None:
            self.session.select(target.uid)
            self.ensure_visible(target.uid)

    # -- dropping from the tray ------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(ENGAGEMENT_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        slot = self._slot_at(event.position())
        lay = self.layout_
        index = lay.index.day_index(slot[0]) if lay and slot else None
        if slot is None or lay is None or index is None or not event.mimeData().hasFormat(ENGAGEMENT_MIME):
            self._drop_hint = None
            event.ignore()
        else:
            at = slot[1]
            if at is None:
                self._drop_hint = None
            else:
                y = (at.hour * 60 + at.minute) / 60 * lay.hour_height
                column = lay.columns[index]
                self._drop_hint = QRectF(
                    column.body_x + 2, y, column.width - column.strip - 4, lay.hour_height
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
