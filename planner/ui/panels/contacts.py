"""The visit's people: a sortable, searchable, editable table, and the engagements each one attends."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core import tz
from planner.core.model import Contact, Engagement, Side
from planner.ui.panels.table import FlatTableModel
from planner.ui.presentation import engagement_times
from planner.ui.state.session import Changes, Session

Index = QModelIndex | QPersistentModelIndex
UID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "Name"),
    ("name_native", "Name (original script)"),
    ("organisation", "Organisation"),
    ("role", "Role"),
    ("email", "E-mail"),
    ("phone", "Phone"),
    ("side", "Side"),
)


class ContactsModel(FlatTableModel):
    """A thin, editable table over ``visit.contacts``; edits go through the session (undoable)."""

    headers = tuple(name for _, name in COLUMNS)

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.contacts: list[Contact] = []
        session.changed.connect(self._on_changed)
        self._reset()

    def _current(self) -> list[Contact]:
        return list(self.session.visit.contacts) if self.session.visit else []

    def _reset(self) -> None:
        self.beginResetModel()
        self.contacts = self._current()
        self.endResetModel()

    def _on_changed(self, changes: Changes) -> None:
        fresh = self._current()
        if changes.visit or [c.uid for c in fresh] != [c.uid for c in self.contacts]:
            old = [c.uid for c in self.contacts]
            new = [c.uid for c in fresh]
            if not changes.visit and len(new) == len(old) + 1 and new[: len(old)] == old:
                self.beginInsertRows(QModelIndex(), len(old), len(old))
                self.contacts = fresh
                self.endInsertRows()
                return
            gone = [i for i, uid in enumerate(old) if uid not in new]
            if not changes.visit and len(gone) == 1 and [u for u in old if u in new] == new:
                self.beginRemoveRows(QModelIndex(), gone[0], gone[0])
                self.contacts = fresh
                self.endRemoveRows()
                return
            self._reset()
            return
        self.contacts = fresh
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, len(COLUMNS) - 1))

    def row_count(self) -> int:
        return len(self.contacts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.contacts):
            return None
        contact = self.contacts[index.row()]
        attr = COLUMNS[index.column()][0]
        value = getattr(contact, attr)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (
                value.value.capitalize()
                if isinstance(value, Side) and role == Qt.ItemDataRole.DisplayRole
                else str(value)
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{COLUMNS[index.column()][1]}: {value}"
        if role == UID_ROLE:
            return contact.uid
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        contact = self.contacts[index.row()]
        attr, label = COLUMNS[index.column()]
        text = str(value).strip()
        if attr == "name" and not text:
            self.session.failed.emit("A contact needs a name")
            return False
        if attr == "side":
            folded = text.casefold()
            match = next((s for s in Side if s.value.startswith(folded) and folded), None)
            if match is None:
                self.session.failed.emit("Side is “delegation” or “host”")
                return False
            new: Any = match
        else:
            new = text
        if getattr(contact, attr) == new:
            return False
        changed = dataclasses.replace(contact, **{attr: new})
        return self.session.save_contact(changed, f"Edit {label.lower()} of {contact.name}")

    def row_of(self, uid: str) -> int | None:
        return next((i for i, c in enumerate(self.contacts) if c.uid == uid), None)


class ContactFilter(QSortFilterProxyModel):
    """Case-insensitive search over every column."""

    def __init__(self, source: ContactsModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortLocaleAware(True)


class ContactsView(QWidget):
    """Search box, table, and the engagements the selected person attends."""

    engagement_activated = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ContactsModel(session)
        self.proxy = ContactFilter(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search people, organisations, roles…")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search contacts")
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton("Add contact")
        self.add_button.clicked.connect(self.add_contact)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAccessibleName("Contacts")
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        fit, share = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for col, mode in enumerate((fit, fit, share, share, share, fit, fit)):
            header.setSectionResizeMode(col, mode)
        self.attends_title = QLabel("Attends")
        self.attends_title.setObjectName("paneTitle")
        self.attends = QListWidget()
        self.attends.setAccessibleName("Engagements the selected contact attends")
        self.attends.itemActivated.connect(self._on_engagement)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.delete_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.attends_title)
        lower_layout.addWidget(self.attends)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_attends())
        self.model.modelReset.connect(self._select_first)
        session.changed.connect(lambda *_: self._show_attends())
        self._select_first()
        self._show_attends()

    def _select_first(self) -> None:
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def selected_uid(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(UID_ROLE) if index.isValid() else None

    def select_contact(self, uid: str) -> None:
        row = self.model.row_of(uid)
        if row is None:
            return
        self.search.clear()
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _show_attends(self) -> None:
        self.attends.clear()
        visit = self.session.visit
        uid = self.selected_uid()
        contact = visit.contact(uid) if visit and uid else None
        if contact is None or visit is None:
            self.attends_title.setText("Attends")
            return
        self.attends_title.setText(f"{contact.name} attends")
        for e in visit.engagements_of(contact):
            item = QListWidgetItem(f"{_when(e, visit.home_tz)} — {e.title}")
            item.setData(UID_ROLE, e.uid)
            self.attends.addItem(item)
        if not self.attends.count():
            self.attends.addItem("No engagements yet")

    def _on_engagement(self, item: QListWidgetItem) -> None:
        uid = item.data(UID_ROLE)
        if uid:
            self.engagement_activated.emit(uid)

    def add_contact(self) -> None:
        contact = Contact(name="New contact")
        if self.session.save_contact(contact, "Add contact"):
            self.select_contact(contact.uid)
            self.table.edit(self.table.currentIndex())

    def delete_selected(self) -> None:
        uid = self.selected_uid()
        if uid:
            self.session.delete_contact(uid)


def _when(e: Engagement, home_tz: str) -> str:
    """``Fri 22 Aug 10:00–11:00 JST``: the day too, since the list mixes days."""
    times = engagement_times(e, home_tz)[0]
    if e.start is not None and e.tz is not None:
        day = tz.local_naive(e.start, e.tz)
        return f"{day:%a} {day.day} {day:%b} {times}"
    return times
