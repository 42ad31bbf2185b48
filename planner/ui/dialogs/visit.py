"""Visit details: title, head of delegation, home zone, dates and the stops (city → zone by gazetteer)."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.core import schedule, tz
from planner.core.model import Stop, Visit
from planner.ui.dialogs.city_field import CityField, Place, completer, known_places
from planner.ui.dialogs.date_field import date_edit
from planner.ui.dialogs.engagement import ErrorLabel

STOP_COLUMNS = ("City", "Country", "Zone", "From", "To")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _date_edit(name: str) -> QDateEdit:
    return date_edit(name)


class VisitDialog(QDialog):
    """Edits a copy of the visit's header and stops; ``result_visit`` holds what to save."""

    def __init__(self, visit: Visit | None, *, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = visit
        self.result_visit: Visit | None = None
        start = visit.start_date if visit and visit.start_date else today
        end = visit.end_date if visit and visit.end_date else start + dt.timedelta(days=6)
        self.stops: list[Stop] = [copy.copy(s) for s in visit.stops] if visit else []
        self.setWindowTitle("Visit details" if visit else "New visit")
        self.setMinimumWidth(640)
        self._build(known_places(visit))
        self.title.setText(visit.title if visit else "")
        self.head.setText(visit.head if visit else "")
        self.home_zone.setCurrentText(visit.home_tz if visit else "Asia/Kolkata")
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))
        self._fill_table()
        self._select_stop(0 if self.stops else None)

    # -- building ----------------------------------------------------------------------------

    def _build(self, places: dict[str, Place]) -> None:
        self.title = QLineEdit()
        self.title.setAccessibleName("Title of the visit")
        self.title.setPlaceholderText("Chief Minister's investment visit to Japan and South Korea")
        self.title_error = ErrorLabel()
        self.head = QLineEdit()
        self.head.setAccessibleName("Head of delegation")
        self.home_zone = QComboBox()
        self.home_zone.setEditable(True)
        self.home_zone.setAccessibleName("Home time zone")
        self.home_zone.addItems(tz.all_zone_names())
        self.home_zone.setCompleter(completer(tz.all_zone_names()))
        self.home_error = ErrorLabel()
        self.start = _date_edit("First day")
        self.end = _date_edit("Last day")
        dates = QHBoxLayout()
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.end, 1)
        self.dates_error = ErrorLabel()

        self.table = QTableWidget(0, len(STOP_COLUMNS))
        self.table.setAccessibleName("Stops")
        self.table.setHorizontalHeaderLabels(list(STOP_COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(130)
        self.table.currentCellChanged.connect(lambda row, *_: self._select_stop(row if row >= 0 else None))
        self.add_stop_button = QPushButton("&Add stop")
        self.add_stop_button.clicked.connect(self.add_stop)
        self.remove_stop_button = QPushButton("&Remove stop")
        self.remove_stop_button.clicked.connect(self.remove_stop)
        self.place = CityField(places)
        self.stop_from = _date_edit("Stop from")
        self.stop_to = _date_edit("Stop to")
        self.stop_error = ErrorLabel()
        self.place.city.textEdited.connect(lambda *_: self._store_stop())
        self.place.city.editingFinished.connect(self._store_stop)
        self.place.zone_changed.connect(lambda *_: self._store_stop())
        self.stop_from.dateChanged.connect(lambda *_: self._store_stop())
        self.stop_to.dateChanged.connect(lambda *_: self._store_stop())

        stop_form = QFormLayout()
        stop_form.addRow(self._label("&City and zone", self.place.city), self.place)
        stop_dates = QHBoxLayout()
        stop_dates.addWidget(self.stop_from, 1)
        stop_dates.addWidget(QLabel("to"))
        stop_dates.addWidget(self.stop_to, 1)
        stop_form.addRow(self._label("Stop &dates", self.stop_from), stop_dates)
        stop_form.addRow("", self.stop_error)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.add_stop_button)
        buttons_row.addWidget(self.remove_stop_button)
        buttons_row.addStretch(1)
        stops_box = QGroupBox("Stops (where the delegation is, day by day)")
        stops_layout = QVBoxLayout(stops_box)
        stops_layout.addWidget(self.table)
        stops_layout.addLayout(buttons_row)
        stops_layout.addLayout(stop_form)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label("&Title", self.title), self._stack(self.title, self.title_error))
        form.addRow(self._label("&Head of delegation", self.head), self.head)
        home_label = self._label("Home time &zone", self.home_zone)
        form.addRow(home_label, self._stack(self.home_zone, self.home_error))
        dates_box = QWidget()
        dates_layout = QVBoxLayout(dates_box)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addLayout(dates)
        dates_layout.addWidget(self.dates_error)
        form.addRow(self._label("Visit dat&es", self.start), dates_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(stops_box, 1)
        layout.addWidget(self.buttons)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _stack(*widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    # -- stops ---------------------------------------------------------------------------------

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.stops))
        for row, stop in enumerate(self.stops):
            self._fill_row(row, stop)
        self.table.resizeColumnsToContents()

    def _fill_row(self, row: int, stop: Stop) -> None:
        texts = (
            stop.city,
            stop.country,
            stop.tz,
            f"{stop.arrive:%a %d %b}" if stop.arrive else "?",
            f"{stop.depart:%a %d %b}" if stop.depart else "?",
        )
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _current_row(self) -> int | None:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.stops) else None

    def _select_stop(self, row: int | None) -> None:
        enabled = row is not None and 0 <= row < len(self.stops)
        for widget in (self.place, self.stop_from, self.stop_to, self.remove_stop_button):
            widget.setEnabled(enabled)
        if not enabled or row is None:
            return
        if self.table.currentRow() != row:
            self.table.setCurrentCell(row, 0)
        stop = self.stops[row]
        self._loading = True
        self.place.set_values(stop.city, stop.country, stop.tz)
        first = _pydate(self.start.date())
        self.stop_from.setDate(_qdate(stop.arrive or first))
        self.stop_to.setDate(_qdate(stop.depart or stop.arrive or first))
        self.place.set_reference(stop.arrive or first)
        self._loading = False

    def _store_stop(self) -> None:
        """Copy the stop editor into the selected stop (live, so the table shows it)."""
        row = self._current_row()
        if row is None or getattr(self, "_loading", False):
            return
        zone = self.place.zone_name()
        stop = Stop(
            city=self.place.city.text().strip(),
            country=self.place.country,
            tz=zone,
            arrive=_pydate(self.stop_from.date()),
            depart=_pydate(self.stop_to.date()),
        )
        self.stops[row] = stop
        self._fill_row(row, stop)

    def add_stop(self) -> None:
        """A new stop from the day after the last one ends (or the first day), for one day."""
        last = max((s.depart for s in self.stops if s.depart), default=None)
        first = _pydate(self.start.date())
        day = min(last + dt.timedelta(days=1), _pydate(self.end.date())) if last else first
        zone = self.stops[-1].tz if self.stops else self.home_zone.currentText().strip()
        self.stops.append(
            Stop(city="", country="", tz=zone if tz.is_zone(zone) else "UTC", arrive=day, depart=day)
        )
        self._fill_table()
        self._select_stop(len(self.stops) - 1)
        self.place.city.setFocus()

    def remove_stop(self) -> None:
        row = self._current_row()
        if row is None:
            return
        del self.stops[row]
        self._fill_table()
        self._select_stop(min(row, len(self.stops) - 1) if self.stops else None)

    # -- saving --------------------------------------------------------------------------------

    def build(self) -> Visit | None:
        """The visit the fields describe, or ``None`` with the problems shown at the fields."""
        self._store_stop()
        title = self.title.text().strip()
        home = self.home_zone.currentText().strip()
        base = self.original or Visit(title=title)
        candidate = dataclasses.replace(
            base,
            title=title,
            head=self.head.text().strip(),
            home_tz=home,
            start_date=_pydate(self.start.date()),
            end_date=_pydate(self.end.date()),
            stops=[copy.copy(s) for s in self.stops],
            engagements=list(base.engagements),
            contacts=list(base.contacts),
            organisations=list(base.organisations),
        )
        problems = schedule.visit_problems(candidate)
        errors = {
            "title": self.title_error,
            "home_tz": self.home_error,
            "dates": self.dates_error,
            "stops": self.stop_error,
        }
        for field, label in errors.items():
            label.show_error("\n".join(p.message for p in problems if p.field == field))
        bad_stop = next((p.index for p in problems if p.field == "stops" and p.index is not None), None)
        if bad_stop is not None:
            self._select_stop(bad_stop)
        return None if problems else candidate

    def accept(self) -> None:
        visit = self.build()
        if visit is None:
            return
        self.result_visit = visit
        super().accept()
