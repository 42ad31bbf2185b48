"""A city field whose completer knows the gazetteer: picking a city sets its country and time zone.

The places come from the article importer's gazetteer (``planner.core.article.gazetteer``,
the one loader of ``resources/gazetteer/`` and the user's own files) plus the stops of the
visit. The zone stays visible and editable, so a place the gazetteer does not know gets
its zone from the picker.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner.core import tz
from planner.core.errors import PlannerError
from planner.core.model import Visit


@dataclass(frozen=True)
class Place:
    """A city the field can complete, with its country (English name) and IANA zone."""

    city: str
    country: str
    zone: str


def gazetteer_places() -> dict[str, Place]:
    """Folded city name → place, from the gazetteer; empty when its files cannot be read."""
    from planner.core.article import gazetteer

    try:
        gaz = gazetteer.load()
    except PlannerError:
        return {}
    found: dict[str, Place] = {}
    for key, city in gaz.cities.items():
        country = gaz.country(city.country)
        zone = city.tz or gaz.zone_of_country(city.country)
        if zone and tz.is_zone(zone):
            found[key] = Place(city.name, country.name if country else (city.country or ""), zone)
    return found


def known_places(visit: Visit | None) -> dict[str, Place]:
    """The gazetteer's cities, with the visit's own stops first (they are what staff mean)."""
    places = gazetteer_places()
    for stop in visit.stops if visit else []:
        if tz.is_zone(stop.tz):
            places[stop.city.casefold()] = Place(stop.city, stop.country, stop.tz)
    return places


def completer(words: list[str]) -> QCompleter:
    found = QCompleter(sorted(words, key=str.casefold))
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setFilterMode(Qt.MatchFlag.MatchContains)
    return found


class CityField(QWidget):
    """City (with completer) above its zone (editable picker) and a line naming the zone and country."""

    zone_changed = Signal(str)

    def __init__(self, places: dict[str, Place], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = places
        self.country = ""
        self.reference = tz.now_utc()  # the instant the zone's abbreviation and offset are shown for
        self.city = QLineEdit()
        self.city.setAccessibleName("City")
        self.city.setPlaceholderText("Tokyo, Seoul, Berlin…")
        self.city.setCompleter(completer([p.city for p in places.values()]))
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.setAccessibleName("Time zone")
        self.zone.addItems(tz.all_zone_names())
        self.zone.setCompleter(completer(tz.all_zone_names()))
        self.zone.setMinimumContentsLength(18)
        self.note = QLabel()
        self.note.setObjectName("hint")
        self.note.setAccessibleName("Zone of the city")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.city, 3)
        row.addWidget(self.zone, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(row)
        layout.addWidget(self.note)
        self.city.textChanged.connect(self._on_city)
        self.zone.currentTextChanged.connect(self._on_zone)

    def place(self, city: str) -> Place | None:
        return self.places.get(city.strip().casefold())

    def set_values(self, city: str, country: str, zone: str) -> None:
        """Show stored values as they are (a stored zone wins over the gazetteer's)."""
        self.city.blockSignals(True)
        self.city.setText(city)
        self.city.blockSignals(False)
        self.country = country
        self.zone.setCurrentText(zone)
        self._update_note()

    def set_reference(self, day: dt.date) -> None:
        """Show the zone's abbreviation and offset as on ``day`` (summer or winter time)."""
        zone = self.zone_name()
        self.reference = tz.noon_utc(day, zone if tz.is_zone(zone) else "UTC")
        self._update_note()

    def zone_name(self) -> str:
        return self.zone.currentText().strip()

    def _on_city(self, text: str) -> None:
        place = self.place(text)
        if place is not None:
            self.country = place.country
            self.zone.setCurrentText(place.zone)
        self._update_note()

    def _on_zone(self, text: str) -> None:
        self._update_note()
        self.zone_changed.emit(text)

    def _update_note(self) -> None:
        zone = self.zone_name()
        city = self.city.text().strip()
        if not tz.is_zone(zone):
            self.note.setText(f"“{zone}” is not a time zone: pick one such as Asia/Tokyo")
            return
        label = tz.zone_label(zone, self.reference)
        where = f" · {self.country}" if self.country and city else ""
        unknown = city and self.place(city) is None
        hint = " · not in the gazetteer: check the zone" if unknown else ""
        self.note.setText(f"{label}{where}{hint}")  # the zone's name is in the box beside
