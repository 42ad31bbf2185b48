"""The itinerary as a day-grouped list, for reading and for the keyboard and screen readers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from planner.core import schedule
from planner.core.model import Engagement, Status
from planner.ui.panels.table import FlatTableModel
from planner.ui.presentation import day_header, engagement_times, kind_colour, tint
from planner.ui.state.session import Changes, Session

Index = QModelIndex | QPersistentModelIndex
UID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ("Local time", "Home time", "Engagement", "Where", "Status")


@dataclass(frozen=True)
class Row:
    """A day heading (``engagement`` is None, no cells), a "nothing planned" line, or an engagement.

    ``agenda_rows`` leaves an engagement's cells empty: the model fills them (``filled``) when
    the row is first shown, so a visit of 10,000 engagements does not format 10,000 rows at once.
    """

    heading: str
    engagement: Engagement | None = None
    cells: tuple[str, ...] = ()
    clash: str = ""


def agenda_rows(session: Session) -> list[Row]:
    visit = session.visit
    if visit is None:
        return []
    rows: list[Row] = []
    by_day = schedule.engagements_by_day(visit, session.days)  # one pass, not one scan per day
    for day, on_day in zip(session.days, by_day, strict=True):
        heading, _, _ = day_header(day)
        rows.append(Row(heading))
        items = [e for e in on_day if e.is_all_day] + [e for e in on_day if e.is_timed]
        if not items:
            rows.append(Row(heading, None, ("Nothing planned", "", "", "", "")))
            continue
        rows.extend(Row(heading, e) for e in items)
    loose = schedule.unscheduled(visit)
    if loose:
        rows.append(Row(f"Unscheduled ({len(loose)})"))
        rows.extend(Row("unscheduled", e) for e in loose)
    return rows


def filled(row: Row, session: Session) -> Row:
    """``row`` with its cells: an engagement's times, place, status and clashes formatted."""
    if row.engagement is None or row.cells or session.visit is None:
        return row
    return _engagement_row(row.heading, row.engagement, session.visit.home_tz, session)


def _engagement_row(heading: str, e: Engagement, home_tz: str, session: Session) -> Row:
    times = engagement_times(e, home_tz)
    local = times[0]
    home = times[1] if len(times) > 1 else ("same" if e.is_timed else "")
    if e.is_all_day and not (e.end_date and e.end_date != e.date):
        local = "All day"  # the day is in the heading just above
    if e.is_unscheduled:
        # the reason is in the tooltip and the tray; a long one would widen the time column
        local, home = "No date", ""
    where = " · ".join(p for p in (e.organisation, e.venue, e.city or "") if p)
    clash = "\n".join(c.message for c in session.clashes_by_uid.get(e.uid, []))
    status = e.status.label + (" · ⚠ clash" if clash else "")
    return Row(heading, e, (local, home, e.title, where, status), clash)


class AgendaModel(FlatTableModel):
    """A flat, thin table over ``agenda_rows``: headings span the row in the view."""

    headers = HEADERS

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self.rows: list[Row] = []
        session.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, _changes: Changes) -> None:
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = agenda_rows(self.session)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def is_heading(self, row: int) -> bool:
        return self.rows[row].engagement is None and not self.rows[row].cells

    def row(self, row: int) -> Row:
        """Row ``row`` with its cells (formatted the first time it is asked for)."""
        found = self.rows[row]
        if found.engagement is not None and not found.cells:
            found = self.rows[row] = filled(found, self.session)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.row(index.row())
        col = index.column()
        e = row.engagement
        if role == Qt.ItemDataRole.DisplayRole:
            if not row.cells:
                return row.heading if col == 0 else ""
            return row.cells[col]
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            if not row.cells:
                return row.heading
            text = f"{row.heading}: " + ", ".join(c for c in row.cells if c)
            if e is not None and e.is_unscheduled:
                text += f" ({e.unscheduled_reason or 'no date yet'})"
            return text + (f". {row.clash}" if row.clash else "")
        if role == UID_ROLE:
            return e.uid if e else None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if not row.cells or col == 2:
                font.setWeight(QFont.Weight.DemiBold)
            if e is not None and e.status is Status.CANCELLED:
                font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.clash and col == 4:
                return QBrush(QColor("#b91c1c"))
            if (e is None and row.cells) or (e is not None and e.status is Status.CANCELLED):
                return QBrush(QColor("#9ca3af"))
            if col == 1:
                return QBrush(QColor("#6b7280"))
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if not row.cells:
                return QBrush(QColor("#eef2f7"))
            return None
        if role == Qt.ItemDataRole.DecorationRole and e is not None and col == 2:
            return tint(kind_colour(e.kind), 1.0)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()].engagement is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_of(self, uid: str) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.engagement and r.engagement.uid == uid), None)


WHERE = 3  # the column of the place


class AgendaView(QTreeView):
    """The agenda: headings span the row; Enter edits, Delete deletes; follows the selection."""

    edit_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agenda = AgendaModel(session)
        self.setModel(self.agenda)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName("Agenda")
        self.setAccessibleDescription("The itinerary as a list, grouped by day")
        header = self.header()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # times and status as wide as their texts; the engagement and the place share the rest
        header.setResizeContentsPrecision(200)  # look at a few hundred rows, not all of a big visit
        for col in range(self.agenda.columnCount()):
            mode = {2: QHeaderView.ResizeMode.Stretch, WHERE: QHeaderView.ResizeMode.Interactive}.get(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)
        header.setMinimumSectionSize(60)
        self.agenda.modelReset.connect(self._after_reset)
        self.selectionModel().currentRowChanged.connect(self._on_current)
        session.selection_changed.connect(self._follow)
        self.activated.connect(self._on_activated)
        self._after_reset()

    def _after_reset(self) -> None:
        for row in range(self.agenda.rowCount()):  # a reset clears the spans: set the headings' only
            if self.agenda.is_heading(row):
                self.setFirstColumnSpanned(row, QModelIndex(), True)
        self._fit_where()
        self._follow(self.session.selected)

    def _fit_where(self) -> None:
        """The place column as wide as its texts, but never wider than the engagement's."""
        fixed = sum(
            self.header().sectionSize(c) for c in range(self.agenda.columnCount()) if c not in (2, WHERE)
        )
        cap = max(60, (self.viewport().width() - fixed) // 2)
        self.header().resizeSection(WHERE, min(self.sizeHintForColumn(WHERE), cap))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_where()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = current.data(UID_ROLE) if current.isValid() else None
        if uid:
            self.session.select(uid)

    def _follow(self, uid: object) -> None:
        row = self.agenda.row_of(uid) if isinstance(uid, str) else None
        if row is None:
            return
        index = self.agenda.index(row, 0)
        if self.currentIndex().row() != row:
            self.setCurrentIndex(index)
        self.scrollTo(index)

    def _on_activated(self, index: QModelIndex) -> None:
        uid = index.data(UID_ROLE)
        if uid:
            self.edit_requested.emit(uid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        uid = self.currentIndex().data(UID_ROLE) if self.currentIndex().isValid() else None
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and uid:
            self.delete_requested.emit(uid)
            event.accept()
            return
        super().keyPressEvent(event)
