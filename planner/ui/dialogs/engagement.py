"""New / edit engagement: every field, the home-time equivalent live, a message at the field that is wrong."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.core import schedule, tz
from planner.core.errors import LocalTimeError, PlannerError
from planner.core.model import Contact, Engagement, Kind, Place, Side, Status, Visit
from planner.ui.dialogs.city_field import CityField, known_places
from planner.ui.dialogs.date_field import date_edit
from planner.ui.dialogs.delegation_fields import AttendanceField, LegFields
from planner.ui.dialogs.time_field import TimeField

UID_ROLE = Qt.ItemDataRole.UserRole + 1


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class ErrorLabel(QLabel):
    """A red line under a field; hidden when empty."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class EngagementDialog(QDialog):
    """Edits a copy of an engagement; ``result_engagement`` and ``new_contacts`` hold what to save."""

    def __init__(
        self,
        visit: Visit,
        engagement: Engagement | None = None,
        *,
        day: dt.date | None = None,
        at: dt.time | None = None,
        zone: str | None = None,
        parent: QWidget | None = None,
        city: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.visit = visit
        self.original = engagement
        self.result_engagement: Engagement | None = None
        self.new_contacts: list[Contact] = []
        self.setWindowTitle("Edit engagement" if engagement else "New engagement")
        self.setMinimumWidth(560)
        self._places = known_places(visit)
        self._build()
        self._city_given = city
        self._load(engagement, day, at, zone)
        self._update_times()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self.title = QLineEdit()
        self.title.setAccessibleName("Title")
        self.title_error = ErrorLabel()
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind.label, kind)
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status.label, status)
        self.organisation = QLineEdit()
        orgs = sorted(
            {o.name for o in self.visit.organisations}
            | {e.organisation for e in self.visit.engagements if e.organisation}
        )
        self.organisation.setCompleter(self._completer(orgs))
        self.venue = QLineEdit()
        self.place = CityField(self._places)
        self.city = self.place.city
        self.zone = self.place.zone
        self.zone.currentTextChanged.connect(self._update_times)
        self.zone_error = ErrorLabel()
        self.attending = AttendanceField(self.visit.members)
        self.leg = LegFields(self._places)
        self.leg.zone_changed.connect(self._update_times)
        self.kind.currentIndexChanged.connect(lambda _i: self._show_leg())

        self.when_timed = QRadioButton("At a ti&me")
        self.when_all_day = QRadioButton("All &day")
        self.when_none = QRadioButton("Unsc&heduled")
        self.when = QButtonGroup(self)
        for button in (self.when_timed, self.when_all_day, self.when_none):
            self.when.addButton(button)
        self.when.buttonToggled.connect(lambda *_: self._update_enabled())
        when_row = QHBoxLayout()
        for button in (self.when_timed, self.when_all_day, self.when_none):
            when_row.addWidget(button)
        when_row.addStretch(1)

        self.date = date_edit("Date")
        self.start = TimeField()
        self.start.setAccessibleName("Start (local time)")
        self.end = TimeField()
        self.end.setAccessibleName("End (local time)")
        self.date.dateChanged.connect(self._update_times)
        self.start.timeChanged.connect(self._keep_duration)
        self.end.timeChanged.connect(self._update_times)
        time_row = QHBoxLayout()
        time_row.addWidget(self.date, 2)
        time_row.addWidget(self.start, 1)
        time_row.addWidget(QLabel("to"))
        time_row.addWidget(self.end, 1)
        self.home_time = QLabel()
        self.home_time.setObjectName("hint")
        self.time_error = ErrorLabel()

        self.sectors = QLineEdit()
        self.sectors.setPlaceholderText("IT, textiles, clean energy")
        self.contacts = QListWidget()
        self.contacts.setAccessibleName("Contacts attending")
        self.contacts.setMaximumHeight(120)
        for contact in self.visit.contacts:
            self._add_contact_item(contact)
        self.new_contact = QLineEdit()
        self.new_contact.setPlaceholderText("New contact's name")
        add = QPushButton("&Add contact")
        add.clicked.connect(self._create_contact)
        self.new_contact.returnPressed.connect(self._create_contact)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_contact, 1)
        new_row.addWidget(add)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)

        rows: list[tuple[str, QWidget | QHBoxLayout, QWidget]] = [
            ("&Title", self._stack(self.title, self.title_error), self.title),
            ("&Kind", self.kind, self.kind),
            ("Stat&us", self.status, self.status),
            ("&Organisation", self.organisation, self.organisation),
            ("&Venue", self.venue, self.venue),
            ("&City and zone", self._stack(self.place, self.zone_error), self.city),
            ("Arrives &in", self.leg, self.leg.to.city),
            ("When", when_row, self.when_timed),
            ("Dat&e and time", self._stack(time_row, self.home_time, self.time_error), self.date),
            ("Secto&rs", self.sectors, self.sectors),
            ("Co&ntacts", self._stack(self.contacts, new_row), self.contacts),
            ("Attendin&g", self.attending, self.attending.whole),
            ("Note&s", self.notes, self.notes),
        ]
        self.labels: dict[str, QLabel] = {}
        for text, field, buddy in rows:
            label = QLabel(text)
            label.setBuddy(buddy)  # Alt + the underlined letter goes to the field
            form.addRow(label, field)
            self.labels[text] = label
        self.form = form
        named: tuple[tuple[QWidget, str], ...] = (
            (self.kind, "Kind"),
            (self.status, "Status"),
            (self.organisation, "Organisation"),
            (self.venue, "Venue"),
            (self.sectors, "Sectors"),
            (self.notes, "Notes"),
            (self.new_contact, "New contact's name"),
        )
        for field_widget, name in named:
            field_widget.setAccessibleName(name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _completer(words: list[str]) -> QCompleter:
        completer = QCompleter(words)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    @staticmethod
    def _stack(*parts: QWidget | QHBoxLayout) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        for part in parts:
            if isinstance(part, QHBoxLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        return box

    def _add_contact_item(self, contact: Contact, checked: bool = False) -> None:
        native = f"  {contact.name_native}" if contact.name_native else ""
        label = contact.name + native + (f" ({contact.organisation})" if contact.organisation else "")
        item = QListWidgetItem(label)
        item.setData(UID_ROLE, contact.uid)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.contacts.addItem(item)

    def _create_contact(self) -> None:
        name = self.new_contact.text().strip()
        if not name:
            return
        contact = Contact(name=name, organisation=self.organisation.text().strip(), side=Side.HOST)
        self.new_contacts.append(contact)
        self._add_contact_item(contact, checked=True)
        self.new_contact.clear()

    # -- loading -------------------------------------------------------------------------------

    def _default_zone(self, day: dt.date | None) -> str:
        days = schedule.visit_days(self.visit)
        found = schedule.day_of(days, day) if day else None
        if found is not None:
            return found.zone
        return days[0].zone if days else self.visit.home_tz

    def _load(self, e: Engagement | None, day: dt.date | None, at: dt.time | None, zone: str | None) -> None:
        self._loading = True
        try:
            self._fill(e, day, at, zone)
        finally:
            self._loading = False
        self._start_shown = self.start.time()
        self._saved_fields = self._field_values()

    def _fill(self, e: Engagement | None, day: dt.date | None, at: dt.time | None, zone: str | None) -> None:
        if e is None:
            e = Engagement(title="")
            if day is not None:
                z = zone or self._default_zone(day)
                stops = self.visit.stop_on(day)
                e.city = self._city_given or (stops[-1].city if stops else None)
                if at is None:
                    e.date = day
                else:
                    start = tz.local_to_utc(dt.datetime.combine(day, at), z, ambiguous="earlier")
                    e.start, e.end, e.tz = start, start + schedule.DEFAULT_DURATION, z
        self.title.setText(e.title)
        self.kind.setCurrentIndex(list(Kind).index(e.kind))
        self.status.setCurrentIndex(list(Status).index(e.status))
        self.organisation.setText(e.organisation)
        self.venue.setText(e.venue)
        self.place.set_values(
            e.city or "",
            e.country or self._city_country(e.city or ""),
            e.tz or self._city_zone(e.city or "") or self._default_zone(day or e.date),
        )
        self.sectors.setText(", ".join(e.sectors))
        self.notes.setPlainText(e.notes)
        self.attending.set_uids(e.member_uids)
        self.leg.set_values(e, e.tz or self._default_zone(day or e.date))
        self._show_leg()
        for i in range(self.contacts.count()):
            item = self.contacts.item(i)
            if item.data(UID_ROLE) in e.contact_uids:
                item.setCheckState(Qt.CheckState.Checked)
        if e.start is not None and e.end is not None and e.tz is not None:
            start = tz.local_naive(e.start, e.tz)
            end = tz.local_naive(e.end, e.arrival_tz or e.tz)
            self.date.setDate(_qdate(start.date()))
            self.start.setTime(QTime(start.hour, start.minute))
            self.end.setTime(QTime(end.hour, end.minute))
            self.when_timed.setChecked(True)
        else:
            dates = schedule.visit_dates(self.visit)
            first = e.date or day or self.visit.start_date or (dates[0] if dates else None)
            if first is not None:
                self.date.setDate(_qdate(first))
            self.start.setTime(QTime(10, 0))
            self.end.setTime(QTime(11, 0))
            (self.when_all_day if e.date else self.when_none).setChecked(True)
        self._update_enabled()

    def _is_travel(self) -> bool:
        return bool(self.kind.currentData() == Kind.TRAVEL)

    def _show_leg(self) -> None:
        """The arrival fields only for a journey; its city field then says where it departs from."""
        travel = self._is_travel()
        self.form.setRowVisible(self.leg, travel)
        self.labels["&City and zone"].setText("De&parts from" if travel else "&City and zone")
        self.attending.setVisible(bool(self.visit.members))
        self.form.setRowVisible(self.attending, bool(self.visit.members))
        self._update_times()

    def _city_zone(self, city: str) -> str | None:
        place = self.place.place(city)
        return place.zone if place else None

    def _city_country(self, city: str) -> str:
        place = self.place.place(city)
        return place.country if place else ""

    def _keep_duration(self, start: QTime) -> None:
        """Moving the start moves the end by as much: the length of the engagement stays."""
        before = getattr(self, "_start_shown", None)
        if before is not None and not self._loading:
            shift = before.secsTo(start)
            self.end.setTime(self.end.time().addSecs(shift))
        self._start_shown = QTime(start)
        self._update_times()

    def _update_enabled(self) -> None:
        timed = self.when_timed.isChecked()
        self.date.setEnabled(not self.when_none.isChecked())
        self.start.setEnabled(timed)
        self.end.setEnabled(timed)
        self._update_times()

    def _update_times(self, *_: object) -> None:
        """Show the home-time equivalent as the fields change, or what is wrong with them."""
        if not hasattr(self, "time_error"):
            return
        self.place.set_reference(_pydate(self.date.date()))
        self.time_error.show_error("")
        self.zone_error.show_error("")
        zone = self.zone.currentText().strip()
        if not self.when_timed.isChecked():
            self.home_time.setText("")
            return
        if not tz.is_zone(zone):
            self.zone_error.show_error(f"“{zone}” is not a time zone: pick one such as Asia/Tokyo")
            self.home_time.setText("")
            return
        try:
            start, end = self._span(zone)
        except PlannerError as exc:
            self.time_error.show_error(str(exc))
            self.home_time.setText("")
            return
        home = self.visit.home_tz
        a, b = tz.to_local(start, home), tz.to_local(end, home)
        label = tz.zone_label(home, start)
        self.home_time.setText(f"At home: {a:%a %d %b %H:%M}–{b:%H:%M} {label}")

    def _span(self, zone: str) -> tuple[dt.datetime, dt.datetime]:
        day = _pydate(self.date.date())
        start, end = _pytime(self.start.time()), _pytime(self.end.time())
        end_zone = self.original.end_tz if self.original and self.original.end_tz else None
        if self._is_travel():
            arrival = self.leg.arrival_zone()
            end_zone = arrival if arrival and arrival != zone else None
        end_day = day + dt.timedelta(days=1) if end <= start and end_zone else None
        return schedule.local_span(day, start, end, zone, end_zone=end_zone, end_day=end_day)

    # -- saving --------------------------------------------------------------------------------

    def build(self) -> Engagement | None:
        """The engagement the fields describe, or ``None`` with the messages shown at the fields."""
        ok = True
        title = self.title.text().strip()
        self.title_error.show_error("" if title else "A title is required")
        ok = ok and bool(title)
        zone = self.zone.currentText().strip()
        start = end = None
        date = None
        self.time_error.show_error("")
        self.zone_error.show_error("")
        if self.when_timed.isChecked():
            if not tz.is_zone(zone):
                self.zone_error.show_error(f"“{zone}” is not a time zone: pick one such as Asia/Tokyo")
                ok = False
            else:
                try:
                    start, end = self._span(zone)
                except LocalTimeError as exc:
                    self.time_error.show_error(str(exc))
                    ok = False
                except PlannerError as exc:
                    self.time_error.show_error(str(exc).capitalize())
                    ok = False
        elif self.when_all_day.isChecked():
            date = _pydate(self.date.date())
        if not ok:
            return None
        base = self.original or Engagement(title=title)
        contact_uids = [
            self.contacts.item(i).data(UID_ROLE)
            for i in range(self.contacts.count())
            if self.contacts.item(i).checkState() == Qt.CheckState.Checked
        ]
        city = self.city.text().strip() or None
        timed = start is not None
        return dataclasses.replace(
            base,
            title=title,
            kind=Kind(self.kind.currentData()),
            status=Status(self.status.currentData()),
            organisation=self.organisation.text().strip(),
            venue=self.venue.text().strip(),
            city=city,
            country=(self.place.country or base.country) if city else None,
            tz=zone if (timed or tz.is_zone(zone)) else base.tz,
            start=start,
            end=end,
            date=date,
            end_date=base.end_date if (date and base.end_date and base.end_date >= date) else None,
            sectors=[s.strip() for s in self.sectors.text().split(",") if s.strip()],
            contact_uids=contact_uids,
            member_uids=self.attending.uids(),
            **self._leg_values(city, timed),
            notes=self.notes.toPlainText().strip(),
            unscheduled_reason=base.unscheduled_reason if not (timed or date) else "",
        )

    def _leg_values(self, city: str | None, timed: bool) -> dict[str, Any]:
        """The journey's fields: from the departure city to the arrival one (cleared for other kinds)."""
        base = self.original or Engagement(title="")
        if not self._is_travel():
            cleared = {"from_place": None, "to_place": None, "carrier": "", "number": ""}
            return {"end_tz": base.end_tz if timed else None, **cleared}
        arrival = self.leg.arrival_zone()
        zone = self.zone.currentText().strip()
        return {
            "end_tz": arrival if timed and arrival and arrival != zone else None,
            "from_place": Place(city, self.place.country) if city else None,
            "to_place": self.leg.to_place(),
            "carrier": self.leg.carrier.text().strip(),
            "number": self.leg.number.text().strip(),
        }

    # -- leaving -------------------------------------------------------------------------------

    def _field_values(self) -> tuple[object, ...]:
        """What the user can change, to tell whether Cancel or Escape would lose an edit."""
        checked = tuple(
            self.contacts.item(i).checkState() == Qt.CheckState.Checked for i in range(self.contacts.count())
        )
        return (
            self.title.text(), self.kind.currentIndex(), self.status.currentIndex(),
            self.organisation.text(), self.venue.text(), self.place.city.text(), self.place.zone_name(),
            self.sectors.text(), self.notes.toPlainText(), self.date.date(),
            self.start.text(), self.end.text(), self.when_timed.isChecked(), self.when_all_day.isChecked(),
            checked, len(self.new_contacts), self.attending.values(), self.leg.values(),
        )  # fmt: skip

    def is_modified(self) -> bool:
        return self._field_values() != getattr(self, "_saved_fields", None)

    def reject(self) -> None:
        """Cancel and Escape ask before throwing edits away."""
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                "Discard changes?",
                "Discard your changes to this engagement?",
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the new-contact field adds the contact; it must not also press Save
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() is self.new_contact:
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        engagement = self.build()
        if engagement is None:
            return
        self.result_engagement = engagement
        used = set(engagement.contact_uids)
        self.new_contacts = [c for c in self.new_contacts if c.uid in used]
        super().accept()
