"""City names and their zones for the edit dialog's completer, read from the gazetteer in ``resources/``."""

from __future__ import annotations

import csv
import functools
import json
from pathlib import Path
from typing import Any

from planner.core import tz
from planner.paths import resource_path


@functools.lru_cache(maxsize=1)
def city_zones() -> dict[str, tuple[str, str]]:
    """English city name → (country, IANA zone), from every gazetteer file found; empty if none."""
    found: dict[str, tuple[str, str]] = {}
    folder = resource_path("gazetteer")
    files: list[Path] = []
    if folder.is_dir():
        files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".json", ".tsv", ".csv"))
    for path in files:
        try:
            for city, country, zone in _read(path):
                if city and tz.is_zone(zone):
                    found.setdefault(city, (country, zone))
        except (OSError, ValueError, UnicodeDecodeError):
            continue
    return found


def _read(path: Path) -> list[tuple[str, str, str]]:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        return _from_json(json.loads(text))
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    rows = [
        r
        for r in csv.DictReader(
            (line for line in text.splitlines() if not line.startswith("#")), dialect=dialect
        )
    ]
    return [_pick(r) for r in rows]


def _pick(row: dict[str, Any]) -> tuple[str, str, str]:
    lower = {str(k).strip().lower(): v for k, v in row.items() if k}
    city = lower.get("city") or lower.get("name") or lower.get("english") or lower.get("en") or ""
    zone = lower.get("tz") or lower.get("zone") or lower.get("timezone") or ""
    country = lower.get("country") or ""
    return str(city).strip(), str(country).strip(), str(zone).strip()


def _from_json(data: Any) -> list[tuple[str, str, str]]:
    if isinstance(data, dict):
        for key in ("cities", "places"):
            if key in data:
                return _from_json(data[key])
        out = []
        for name, value in data.items():
            if isinstance(value, dict):
                city, country, zone = _pick({"city": name, **value})
                out.append((city, country, zone))
        return out
    if isinstance(data, list):
        return [_pick(item) for item in data if isinstance(item, dict)]
    return []
