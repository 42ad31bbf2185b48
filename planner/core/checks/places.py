"""Where cities are and which country is which: the coordinates lookup and ISO country codes.

The default lookup reads the ``cities`` of every gazetteer file (shipped, then the user's) and
takes the coordinates in whichever shape an entry has them: ``lat``/``lon`` (or ``lng``),
``latitude``/``longitude``, or ``coordinates: [lat, lon]``.  A city without them is unknown
(``None``): the rules that need a distance then say nothing rather than guess.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from planner.core.checks.finding import Coordinates


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def coordinates_of(entry: dict[str, Any]) -> tuple[float, float] | None:
    """``(lat, lon)`` of a gazetteer city entry in any of the shapes above, if it has them."""
    pair = entry.get("coordinates")
    if isinstance(pair, list | tuple) and len(pair) == 2:
        lat, lon = _number(pair[0]), _number(pair[1])
    else:
        lat = _number(entry.get("lat", entry.get("latitude")))
        lon = _number(entry.get("lon", entry.get("lng", entry.get("longitude"))))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def _names(entry: dict[str, Any], *keys: str) -> list[str]:
    """The non-empty strings under ``keys`` of an entry (a key may hold one string or a list)."""
    found: list[str] = []
    for key in keys:
        value = entry.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.strip():
                found.append(item.strip())
    return found


def _sections(files: list[Path]) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # the gazetteer itself reports broken files; a missing distance is harmless
        if not isinstance(data, dict):
            continue
        for section in ("countries", "cities"):
            entries = data.get(section)
            if isinstance(entries, list):
                yield from ((section, e) for e in entries if isinstance(e, dict))


class Places:
    """City coordinates keyed by (name or alias, country code), and country names → codes."""

    def __init__(self, files: list[Path]) -> None:
        self.codes: dict[str, str] = {}
        self.where: dict[tuple[str, str], tuple[float, float]] = {}
        cities = []
        for section, entry in _sections(files):
            if section == "countries":
                code = str(entry.get("code", "")).upper()
                for name in _names(entry, "code", "name", "aliases", "hi"):
                    self.codes[name.casefold()] = code
            else:
                cities.append(entry)
        for entry in cities:
            at = coordinates_of(entry)
            if at is None:
                continue
            code = self.code(str(entry.get("country", ""))) or ""
            for name in _names(entry, "name", "aliases"):
                self.where[(name.casefold(), code)] = at
                self.where[(name.casefold(), "")] = at

    def code(self, country: str) -> str | None:
        """The ISO 3166 code of a country given by code, English name, alias or Hindi name."""
        return self.codes.get(country.strip().casefold()) if country.strip() else None

    def coordinates(self, city: str, country: str) -> tuple[float, float] | None:
        key = city.strip().casefold()
        return self.where.get((key, self.code(country) or "")) or self.where.get((key, ""))


@functools.cache
def _cached(signature: tuple[tuple[str, int], ...]) -> Places:
    return Places([Path(name) for name, _ in signature])


def gazetteer_places() -> Places:
    """The places of the gazetteer files, read once and again only when a file changes."""
    from planner.core.article.gazetteer import data_files

    files = [f for f in data_files() if f.is_file()]
    return _cached(tuple((str(f), f.stat().st_mtime_ns) for f in files))


def gazetteer_coordinates() -> Coordinates:
    """The default lookup: ``coordinates(city, country) -> (lat, lon) | None`` from the gazetteer."""
    return gazetteer_places().coordinates
