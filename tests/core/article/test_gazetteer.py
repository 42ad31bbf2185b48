"""The gazetteer: shipped data is consistent, and a user's own files add to or override it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from planner.core import tz
from planner.core.article import GazetteerError, NoVisitFound, parse_article
from planner.core.article.gazetteer import load

TEXT = "मुख्यमंत्री 5 मई 2026 को कुमामोटो में नवाचार कंपनी फूजीटेक के अधिकारियों से मुलाकात करेंगे।"


def test_shipped_data_is_consistent() -> None:
    gaz = load()
    assert len(gaz.cities) > 100 and len(gaz.countries) > 40
    for city in gaz.cities.values():
        assert city.tz and tz.is_zone(city.tz), city
        assert gaz.country(city.country) is not None, city
    for country in gaz.countries.values():
        assert country.multi_zone or (country.tz and tz.is_zone(country.tz)), country
    for org in gaz.orgs.values():
        assert org.city is None or gaz.city(org.city) is not None, org
    us_zones = {c.tz for c in gaz.cities.values() if c.country == "US"}
    assert {"America/New_York", "America/Chicago", "America/Los_Angeles"} <= us_zones


def test_hindi_spelling_variants_and_nukta() -> None:
    gaz = load()
    for text in ("टोकियो में", "टोक्यो में", "तोक्यो में"):
        assert [m.entity.name for m in gaz.find(text)] == ["Tokyo"]
    assert [m.entity.name for m in gaz.find("क़तर और ज़्यूरिख")] == ["Qatar", "Zurich"]


def test_acronyms_only_in_capitals() -> None:
    gaz = load()
    assert [m.entity.name for m in gaz.find("let us meet in the US")] == ["United States"]


def _write(folder: Path, data: dict) -> None:  # type: ignore[type-arg]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "mine.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


USER_DATA = {
    "cities": [{"name": "Kumamoto", "country": "JP", "tz": "Asia/Tokyo", "hi": ["कुमामोटो"]}],
    "organisations": [
        {"name": "FujiTech", "type": "company", "country": "JP", "city": "Kumamoto", "hi": ["फूजीटेक"]}
    ],
}


def test_user_config_folder_extends_the_gazetteer() -> None:
    with pytest.raises(NoVisitFound, match="no delegation visit"):
        parse_article(TEXT)
    _write(Path(os.environ["XDG_CONFIG_HOME"]) / "delegation-planner" / "gazetteer", USER_DATA)
    (e,) = parse_article(TEXT).engagements
    assert (e.title, e.city, e.tz, str(e.date)) == (
        "Meeting with FujiTech",
        "Kumamoto",
        "Asia/Tokyo",
        "2026-05-05",
    )


def test_planner_gazetteer_variable_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    override = {
        "organisations": [
            {
                "name": "JETRO",
                "full_name": "x",
                "type": "agency",
                "country": "JP",
                "aliases": ["JETRO"],
                "hi": ["जेट्रो"],
                "city": "Osaka",
            }
        ]
    }
    _write(tmp_path / "g", override)
    monkeypatch.setenv("PLANNER_GAZETTEER", str(tmp_path / "g"))
    assert load().org("JETRO") is not None and load().org("JETRO").city == "Osaka"  # type: ignore[union-attr]


def test_broken_user_file_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"cities": [\n{"name": }]}', encoding="utf-8")
    monkeypatch.setenv("PLANNER_GAZETTEER", str(bad))
    with pytest.raises(GazetteerError, match=r"bad\.json: line 2: not valid JSON"):
        load()
