"""The Delegation view: who travels (members, one head) and where they sleep (a hotel per stop)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core import tz
from planner.core.model import Member, Stay, Visit
from planner.ui.state.session import Changes, Session

#: Member columns: header, attribute (``is_head`` is a check box).
MEMBER_COLUMNS = (
    ("Name", "name"),
    ("Native name", "name_native"),
    ("Role", "role"),
    ("Department", "department"),
    ("Phone", "phone"),
    ("E-mail", "email"),
    ("Head", "is_head"),
)
#: Stay columns: header, attribute (dates as 2025-08-22, times as 14:00).
STAY_COLUMNS = (
    ("Hotel", "hotel"),
    ("City", "city"),
    ("Address", "address"),
    ("Check-in", "check_in"),
    ("at", "check_in_time"),
    ("Check-out", "check_out"),
    ("at", "check_out_time"),
    ("Confirmation", "confirmation"),
)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    return str(value)


def parse_cell(attr: str, text: str) -> object:
    """A cell's text as the field's value; ``ValueError`` with a plain message when it is not one."""
    text = text.strip()
    if attr in ("check_in", "check_out"):
        try:
            return dt.date.fromisoformat(text) if text else None
        except ValueError:
            raise ValueError(f"“{text}” is not a date: write it as 2025-08-22") from None
    if attr in ("check_in_time", "check_out_time"):
        try:
            return dt.time.fromisoformat(text) if text else None
        except ValueError:
            raise ValueError(f"“{text}” is not a time: write it as 14:00") from None
    return text


def stay_zone(visit: Visit, city: str, fallback: str | None) -> str | None:
    """The zone of a hotel's city: the visit's stop of that name, else what it had."""
    folded = city.strip().casefold()
    stop = next((s for s in visit.stops if s.city.casefold() == folded and tz.is_zone(s.tz)), None)
    return stop.tz if stop is not None else fallback


class DelegationView(QWidget):
    """Members above, stays below; every cell edit is one undoable step through the session."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._filling = False
        self.members = self._table(MEMBER_COLUMNS, "Members of the delegation")
        self.stays = self._table(STAY_COLUMNS, "Hotel stays")
        self.members.itemChanged.connect(self._member_edited)
        self.stays.itemChanged.connect(self._stay_edited)
        self.add_member_button = QPushButton("Add &member")
        self.add_member_button.clicked.connect(lambda: self.add_member())
        self.remove_member_button = QPushButton("Remove member")
        self.remove_member_button.clicked.connect(self.remove_current_member)
        self.add_stay_button = QPushButton("Add &hotel")
        self.add_stay_button.clicked.connect(lambda: self.add_stay())
        self.remove_stay_button = QPushButton("Remove hotel")
        self.remove_stay_button.clicked.connect(self.remove_current_stay)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(
            self._section("Delegation", self.members, self.add_member_button, self.remove_member_button)
        )
        self.splitter.addWidget(
            self._section("Hotels", self.stays, self.add_stay_button, self.remove_stay_button)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.splitter)
        session.changed.connect(self._on_changed)
        self.refresh()

    @staticmethod
    def _table(columns: tuple[tuple[str, str], ...], name: str) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setHorizontalHeaderLabels([c[0] for c in columns])
        table.setAccessibleName(name)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        return table

    @staticmethod
    def _section(title: str, table: QTableWidget, add: QPushButton, remove: QPushButton) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        heading = QLabel(title)
        heading.setObjectName("paneTitle")
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return box

    def _on_changed(self, changes: Changes) -> None:
        if changes.delegation or changes.visit or changes.visits:
            self.refresh()

    def refresh(self) -> None:
        visit = self.session.visit
        self._filling = True
        try:
            self._fill(self.members, MEMBER_COLUMNS, visit.members if visit else [])
            self._fill(self.stays, STAY_COLUMNS, visit.stays if visit else [])
        finally:
            self._filling = False
        for button in (self.add_member_button, self.add_stay_button):
            button.setEnabled(visit is not None)

    @staticmethod
    def _fill(
        table: QTableWidget, columns: tuple[tuple[str, str], ...], rows: Sequence[Member | Stay]
    ) -> None:
        table.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            for c, (_title, attr) in enumerate(columns):
                value = getattr(entry, attr)
                if isinstance(value, bool):
                    item = QTableWidgetItem()
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsSelectable
                    )
                    item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                else:
                    item = QTableWidgetItem(_text(value))
                item.setData(Qt.ItemDataRole.UserRole, entry.uid)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    # -- members --------------------------------------------------------------------------------

    def _member_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.session.visit is None:
            return
        attr = MEMBER_COLUMNS[item.column()][1]
        if attr == "is_head":
            self.set_member(item.row(), attr, item.checkState() == Qt.CheckState.Checked)
        else:
            self.set_member(item.row(), attr, item.text().strip())

    def set_member(self, row: int, attr: str, value: object) -> bool:
        """Change one field of the member in ``row`` (one head: making one head unmarks the other)."""
        current = self.session.delegation()
        members = [dataclasses.replace(m) for m in current.members]
        if not 0 <= row < len(members) or getattr(members[row], attr) == value:
            return False
        if attr == "name" and not value:
            self.session.report_failure("A member needs a name")
            self.refresh()
            return False
        member = members[row]
        setattr(member, attr, value)
        if attr == "is_head" and value:
            for other in members:
                other.is_head = other is member
        text = f"Edit {attr.replace('_', ' ')} of {member.name}"
        ok = self.session.save_delegation(current.with_members(members), text)
        if not ok:
            self.refresh()
        return ok

    def add_member(self, member: Member | None = None) -> bool:
        current = self.session.delegation()
        member = member or Member(name="New member")
        if not current.members:
            member.is_head = True
        elif member.is_head:
            current = current.with_members([dataclasses.replace(m, is_head=False) for m in current.members])
        return self.session.save_delegation(
            current.with_members([*current.members, member]), f"Add member {member.name}"
        )

    def remove_member(self, uid: str) -> bool:
        current = self.session.delegation()
        gone = next((m for m in current.members if m.uid == uid), None)
        if gone is None:
            return False
        left = [m for m in current.members if m.uid != uid]
        return self.session.save_delegation(current.with_members(left), f"Remove member {gone.name}")

    def remove_current_member(self) -> None:
        item = self.members.currentItem()
        if item is not None:
            self.remove_member(item.data(Qt.ItemDataRole.UserRole))

    # -- stays ----------------------------------------------------------------------------------

    def _stay_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or self.session.visit is None:
            return
        attr = STAY_COLUMNS[item.column()][1]
        try:
            value = parse_cell(attr, item.text())
        except ValueError as exc:
            self.session.report_failure(str(exc))
            self.refresh()
            return
        self.set_stay(item.row(), attr, value)

    def set_stay(self, row: int, attr: str, value: object) -> bool:
        visit = self.session.visit
        current = self.session.delegation()
        stays = [dataclasses.replace(s) for s in current.stays]
        if visit is None or not 0 <= row < len(stays) or getattr(stays[row], attr) == value:
            return False
        stay = stays[row]
        setattr(stay, attr, value)
        if attr == "city":
            stay.tz = stay_zone(visit, str(value), stay.tz)
            stop = next((s for s in visit.stops if s.city.casefold() == str(value).casefold()), None)
            stay.country = stop.country if stop is not None else stay.country
        ok = self.session.save_delegation(
            dataclasses.replace(current, stays=tuple(stays)), f"Edit {attr.replace('_', ' ')} of {stay.hotel}"
        )
        if not ok:
            self.refresh()
        return ok

    def add_stay(self, stay: Stay | None = None) -> bool:
        visit = self.session.visit
        if visit is None:
            return False
        if stay is None:
            stop = next((s for s in visit.stops if s.city), None)
            stay = Stay(hotel="New hotel")
            if stop is not None:
                stay = Stay(
                    "New hotel", stop.city, stop.country, stop.tz, check_in=stop.arrive, check_out=stop.depart
                )
        current = self.session.delegation()
        return self.session.save_delegation(
            dataclasses.replace(current, stays=(*current.stays, stay)), f"Add hotel {stay.hotel}"
        )

    def remove_current_stay(self) -> None:
        item = self.stays.currentItem()
        if item is None:
            return
        uid = item.data(Qt.ItemDataRole.UserRole)
        current = self.session.delegation()
        left = tuple(s for s in current.stays if s.uid != uid)
        if len(left) != len(current.stays):
            self.session.save_delegation(dataclasses.replace(current, stays=left), "Remove hotel")
