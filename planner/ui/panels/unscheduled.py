"""Engagements the article gave no date for, with the reason; drag one onto a day to schedule it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from planner.core import schedule
from planner.core.model import Engagement
from planner.ui.itinerary.view import ENGAGEMENT_MIME
from planner.ui.state.session import Changes, Session

Index = QModelIndex | QPersistentModelIndex

UID_ROLE = Qt.ItemDataRole.UserRole + 1


class UnscheduledModel(QAbstractListModel):
    """A thin list adapter over the visit's engagements without a date."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self._rows: list[Engagement] = []
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        rows = schedule.unscheduled(self.session.visit) if self.session.visit else []
        if [e.uid for e in rows] == [e.uid for e in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        reason = e.unscheduled_reason or "no date yet"
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{e.title}\n{reason}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{e.title}\n{reason}\n\nDrag onto a day to schedule it."
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{e.title}, unscheduled: {reason}"
        if role == UID_ROLE:
            return e.uid
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:
        return [ENGAGEMENT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        mime = QMimeData()
        uids = [self._rows[i.row()].uid for i in indexes if i.isValid()]
        if uids:
            mime.setData(ENGAGEMENT_MIME, uids[0].encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def uid_at(self, row: int) -> str:
        return self._rows[row].uid


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the list's present width (long titles keep their reason)."""

    PADDING = 14  # the stylesheet's item padding (6px) on both sides, plus the frame
    TEXT_MARGINS = 10  # the style's text margins inside an item, both sides

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        room = self.view.viewport().width() - 2 * self.view.spacing()
        width = max(40, room - self.PADDING - self.TEXT_MARGINS)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        height = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
        return QSize(width + self.TEXT_MARGINS, height + self.PADDING)


class UnscheduledTray(QWidget):
    """A titled list; selecting an item selects the engagement (details pane), dragging schedules it."""

    edit_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = UnscheduledModel(session)
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setObjectName("trayList")
        self.list.setAccessibleName("Unscheduled engagements")
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap long titles when the pane narrows
        self.list.setItemDelegate(WrappingDelegate(self.list))
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        hint = QLabel("Drag onto a day and time to schedule.")
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self.list.clicked.connect(self._on_clicked)
        self.list.activated.connect(lambda i: self.edit_requested.emit(self.model.uid_at(i.row())))
        self.model.modelReset.connect(self._update_title)
        self._update_title()

    def _update_title(self) -> None:
        self.title.setText(f"Unscheduled ({self.model.rowCount()})")

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.session.select(self.model.uid_at(index.row()))
