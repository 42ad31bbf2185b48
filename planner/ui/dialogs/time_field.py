"""A clock-time field that takes what people type (``1000``, ``10:00``, ``9:30 pm``) and arrow keys."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from planner.core.clock import parse_clock

STEP_MINUTES = 15
#: keys that move the time, in steps of STEP_MINUTES
STEPS = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 4, Qt.Key.Key_PageDown: -4}


class TimeField(QLineEdit):
    """Shows ``HH:MM``; reads any common form when editing ends; Up/Down move by 15 minutes.

    ``timeChanged`` is emitted with the new ``QTime`` whenever the time changes, by typing
    (as soon as the text names a time) or by the keys. Text that names no time is marked
    and leaves the time as it was.
    """

    timeChanged = Signal(QTime)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = QTime(10, 0)
        self.setPlaceholderText("HH:MM")
        self.setMaxLength(10)
        self.setToolTip("Type 10:00, 1000 or 9:30 pm; Up and Down move by 15 minutes")
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._show)
        self._show()

    def time(self) -> QTime:
        return QTime(self._time)

    def setTime(self, value: QTime) -> None:
        value = QTime(value.hour(), value.minute())
        changed = value != self._time
        self._time = value
        self._show()
        if changed:
            self.timeChanged.emit(QTime(value))

    def is_valid(self) -> bool:
        """Whether the text on screen names a time (it always does once editing ends)."""
        return parse_clock(self.text()) is not None

    def _on_edited(self, text: str) -> None:
        parsed = parse_clock(text)
        self.setProperty("invalid", parsed is None and bool(text.strip()))
        self.style().unpolish(self)
        self.style().polish(self)
        if parsed is not None:
            value = QTime(parsed.hour, parsed.minute)
            if value != self._time:
                self._time = value
                self.timeChanged.emit(QTime(value))

    def _show(self) -> None:
        self.setText(self._time.toString("HH:mm"))
        self.setProperty("invalid", False)
        self.style().unpolish(self)
        self.style().polish(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = STEPS.get(Qt.Key(event.key()))
        if step is not None:
            minutes = self._time.hour() * 60 + self._time.minute()
            minutes = (minutes // STEP_MINUTES + step) * STEP_MINUTES
            if self._time.minute() % STEP_MINUTES and step < 0:
                minutes += STEP_MINUTES  # from 10:07 down goes to 10:00, not 09:45
            minutes %= 24 * 60
            self.setTime(QTime(minutes // 60, minutes % 60))
            self.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show()


def to_pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())
