"""The engagement dialog's delegation fields: who attends, and for a journey where to, carrier, number."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner.core import tz
from planner.core.model import Engagement, Member, Place
from planner.ui.dialogs.city_field import CityField
from planner.ui.dialogs.city_field import Place as KnownPlace

UID_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendanceField(QWidget):
    """ "Whole delegation" or "these members" with a checkable list; empty ``uids()`` means everyone."""

    def __init__(self, members: list[Member], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.whole = QRadioButton("&Whole delegation")
        self.some = QRadioButton("These mem&bers:")
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.some)
        self.list = QListWidget()
        self.list.setAccessibleName("Members attending")
        self.list.setMaximumHeight(110)
        for member in members:
            item = QListWidgetItem(member.name + (f" — {member.role}" if member.role else ""))
            item.setData(UID_ROLE, member.uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.whole.setChecked(True)
        self.whole.toggled.connect(lambda on: self.list.setEnabled(not on))
        self.list.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.whole)
        row.addWidget(self.some)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)

    def items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def set_uids(self, uids: list[str]) -> None:
        for item in self.items():
            checked = item.data(UID_ROLE) in uids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        (self.some if uids else self.whole).setChecked(True)

    def uids(self) -> list[str]:
        """The members ticked, or ``[]`` for the whole delegation (also when none is ticked)."""
        if self.whole.isChecked():
            return []
        return [i.data(UID_ROLE) for i in self.items() if i.checkState() == Qt.CheckState.Checked]

    def values(self) -> tuple[object, ...]:
        return (self.whole.isChecked(), tuple(self.uids()))


class LegFields(QWidget):
    """Where a journey arrives (city and zone: the arrival zone follows the city), its carrier and number."""

    zone_changed = Signal(str)

    def __init__(self, places: dict[str, KnownPlace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.to = CityField(places)
        self.to.city.setAccessibleName("Arrives in (city)")
        self.to.zone.setAccessibleName("Arrival time zone")
        self.to.zone_changed.connect(self.zone_changed)
        self.carrier = QLineEdit()
        self.carrier.setAccessibleName("Carrier")
        self.carrier.setPlaceholderText("Carrier (Korean Air)")
        self.number = QLineEdit()
        self.number.setAccessibleName("Flight or train number")
        self.number.setPlaceholderText("Number (KE 2118)")
        row = QHBoxLayout()
        row.addWidget(self.carrier, 2)
        row.addWidget(self.number, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.to)
        layout.addLayout(row)

    def set_values(self, e: Engagement, default_zone: str) -> None:
        to = e.to_place
        city = to.city if to else ""
        known = self.to.place(city)
        zone = e.end_tz or (known.zone if known else None) or default_zone
        self.to.set_values(city, to.country if to and to.country else (known.country if known else ""), zone)
        self.carrier.setText(e.carrier)
        self.number.setText(e.number)

    def arrival_zone(self) -> str | None:
        zone = self.to.zone_name()
        return zone if tz.is_zone(zone) else None

    def to_place(self) -> Place | None:
        city = self.to.city.text().strip()
        return Place(city, self.to.country) if city else None

    def values(self) -> tuple[object, ...]:
        return (self.to.city.text(), self.to.zone_name(), self.carrier.text(), self.number.text())
