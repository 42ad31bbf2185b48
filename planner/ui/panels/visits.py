"""The visits in the database, with their dates and engagement counts; choosing one opens it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QProgressBar, QVBoxLayout, QWidget

from planner.ui.panels.wrapped import WrappedRows
from planner.ui.state.session import Changes, Session

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
SPAN_ROLE = Qt.ItemDataRole.UserRole + 3
COUNT_ROLE = Qt.ItemDataRole.UserRole + 4


class VisitList(QWidget):
    """The visits in the database; choosing one asks for it to be opened, double-click edits its details."""

    chosen = Signal(int)  # visit id
    details_requested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel("Visits")
        title.setObjectName("paneTitle")
        self.busy = QProgressBar()
        self.busy.setObjectName("visitLoading")
        self.busy.setRange(0, 0)  # indeterminate: a visit is being read
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName("Opening the visit")
        self.busy.hide()
        self.list = QListWidget()
        self.list.setAccessibleName("Visits")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setItemDelegate(WrappedRows(self.list))  # titles and counts wrap whole, never "…"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addWidget(self.busy)
        layout.addWidget(self.list, 1)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.itemDoubleClicked.connect(self._on_double_click)
        session.changed.connect(self._on_changed)
        session.loading.connect(self.set_busy)

    def set_busy(self, busy: bool) -> None:
        """While a visit is read on the worker thread: a moving bar and a busy cursor over the list."""
        self.busy.setVisible(busy)
        if busy:
            self.list.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.list.unsetCursor()

    def _on_changed(self, changes: Changes) -> None:
        if changes.visits or changes.visit:
            self.reload()
        elif changes.engagements and self.session.visit is not None:
            # an added or deleted engagement changes the count under the open visit's title
            self._show_count(self.session.visit.id, len(self.session.visit.engagements))

    def reload(self) -> None:
        # one small summary query; fast enough to run here on the UI thread
        self.list.blockSignals(True)
        self.list.clear()
        for summary in self.session.store.list_visits():
            item = QListWidgetItem()
            item.setData(VISIT_ROLE, summary.id)
            item.setData(TITLE_ROLE, summary.title)
            item.setData(SPAN_ROLE, _span_text(summary.start_date, summary.end_date))
            _set_count(item, summary.engagements)
            item.setToolTip(summary.title)
            self.list.addItem(item)
            if summary.id == self.session.visit_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None and item.data(VISIT_ROLE) != self.session.visit_id:
            self.chosen.emit(int(item.data(VISIT_ROLE)))

    def _on_double_click(self, item: QListWidgetItem) -> None:
        self.details_requested.emit(int(item.data(VISIT_ROLE)))

    def _show_count(self, visit_id: int | None, count: int) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(VISIT_ROLE) == visit_id and item.data(COUNT_ROLE) != count:
                _set_count(item, count)

    def select_visit(self, visit_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(VISIT_ROLE) == visit_id:
                self.list.setCurrentRow(i)


def _set_count(item: QListWidgetItem, count: int) -> None:
    span = item.data(SPAN_ROLE)
    noun = "engagement" if count == 1 else "engagements"
    item.setData(COUNT_ROLE, count)
    item.setText(f"{item.data(TITLE_ROLE)}\n{span + ' · ' if span else ''}{count} {noun}")


def _span_text(first: dt.date | None, last: dt.date | None) -> str:
    """``21–29 Aug 2025``, ``30 Aug – 2 Sep 2025``: a visit's dates, short."""
    if first is None:
        return ""
    if last is None or last == first:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
