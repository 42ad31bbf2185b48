"""Round 14 route rules: a visited country's capital missing from the generated city table is a
city of that country in its zone (``unlisted``); the journey home is told with any spelling of the
perfect ("भारत लौट गया", "laut gayi": ``verbs.RETURN``); a city where planes are changed, a body's
head office and a place named to say nothing happens there are passed through (``connections``),
and a programme's "ARRIVAL, Kaliningrad" places a visit that names no country (``landed``); leaving
the visit's city for home ("leaves Maputo for home", "विंडहोक से रवाना हुए थे") is the return to
India on that day (``leaving``), one with the landing at home up to two days later (``merge``); the
way back to the city of the stay told with no verb of returning ("शाम को वापस Lima आ गए", "wapas
Buenos Aires aa gaye") is a move back there, so the day out is no stop (``verbs.RETURN``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.reading.text import sentences
from planner.core.article.reading.verbs import DEPART, RETURN
from planner.core.article.where.landed import landed_country
from planner.core.article.where.leaving import leaves_for_home
from planner.core.article.where.places import mark_passing
from planner.core.article.where.unlisted import pattern_of, unlisted_capitals
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules14_route import RULES14_ROUTE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES14_ROUTE))
def test_the_stops_are_where_the_delegation_stays(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES14_ROUTE[name]["stops"]


@pytest.mark.parametrize("name", sorted(RULES14_ROUTE))
def test_every_engagement_is_in_a_zone_of_the_visit(name: str) -> None:
    """No transit city or head office lends its zone; a region keeps its own."""
    zones = {z for _, _, z, _, _ in RULES14_ROUTE[name]["engagements"].values()}
    assert {e["tz"] for e in _parse(name)["engagements"]} <= zones


@pytest.mark.parametrize(
    ("capital", "written", "found"),
    [
        ("St. George's", "arrive in St. George's today", "St. George's"),
        ("St. George's", "the Saint George’s harbour", "Saint George’s"),
        ("St. George's", "St Georges mein", "St Georges"),
        ("Torshavn", "land in Tórshavn, the capital", "Tórshavn"),
        ("Hagatna", "team Hagåtña pahunchi", "Hagåtña"),
        ("Mata Utu", "reached Mata-Utu", "Mata-Utu"),
        ("Hagatna", "the hagatna bay", None),  # a name is capitalised
        ("Torshavn", "Torshavnvej", None),  # inside a longer word
    ],
)
def test_an_unlisted_capital_is_read_as_written(capital: str, written: str, found: str | None) -> None:
    from planner.core.article.where.unlisted import plain

    m = pattern_of(capital).search(plain(written))
    assert (written[m.start() : m.end()] if m else None) == found


@pytest.mark.parametrize(
    ("text", "regions", "city"),
    [
        ("The minister will land in Tórshavn on Monday.", {"FO"}, ("Tórshavn", "FO", "Atlantic/Faroe")),
        ("Team Hagatna pahunchi.", {"GU"}, ("Hagatna", "GU", "Pacific/Guam")),
        ("He reached St. George's.", {"GD"}, ("St. George's", "GD", "America/Grenada")),
        ("Team Hagatna pahunchi.", set(), None),  # Guam is not named: no claim
        ("He reached Moroni.", {"KM"}, None),  # listed: the gazetteer's own
    ],
)
def test_an_unlisted_capital_is_a_city_of_a_named_country(
    text: str, regions: set[str], city: tuple[str, str, str] | None
) -> None:
    gaz = load()
    added = [m for m in unlisted_capitals(gaz, text, [], frozenset(regions)) if m.entity.kind == "city"]
    assert [(m.entity.name, m.entity.country, m.entity.tz) for m in added] == ([city] if city else [])


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("16 अक्टूबर को दल भारत लौट गया।", True),
        ("टीम 13 नवंबर को स्वदेश लौट गयी।", True),
        ("मंत्री भारत लौट गए।", True),
        ("दल ने पारामारिबो में बैठक की।", False),
    ],
)
def test_the_journey_home_in_each_spelling_of_the_perfect(text: str, home: bool) -> None:
    assert bool(RETURN.search(text)) == home


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("rules14_route_hi_report_hp_suriname", "2026-10-16"),
        ("rules14_route_roman_vlog_hr_guam", "2026-11-13"),
    ],
)
def test_the_return_to_india_is_on_its_day(name: str, day: str) -> None:
    assert {e["title"]: e["date"] for e in _parse(name)["engagements"]}.get("Return to India") == day


@pytest.mark.parametrize(
    ("text", "place", "passing"),
    [
        ("will land in Tórshavn on June 14, after changing planes in Copenhagen.", "Copenhagen", True),
        ("07:10 - team change planes at Moscow Sheremetyevo (transit only)", "Moscow", True),
        ("We flew into Kuching through Kuala Lumpur, where we only changed planes.", "Kuala Lumpur", True),
        ("Copenhagen is only a transit point.", "Copenhagen", True),
        ("मंत्री Ponta Delgada पहुंचेंगे (Lisbon में सिर्फ flight change)।", "Lisbon", True),
        ("दल पारामारिबो पहुंचा, एम्स्टर्डम में विमान बदलने के बाद।", "एम्स्टर्डम", True),
        ("Copenhagen is only a transit; there is no programme in Denmark.", "Denmark", True),
        ("the centre's head office is in Moscow", "Moscow", True),
        ("He will meet the Nordic Fisheries Fund, whose head office is in Copenhagen.", "Copenhagen", True),
        ("The minister will meet the mayor in Copenhagen.", "Copenhagen", False),
        ("The delegation will change its plans in Copenhagen.", "Copenhagen", False),
    ],
)
def test_a_change_of_planes_or_a_head_office_is_no_stop(text: str, place: str, passing: bool) -> None:
    gaz = load()
    regions = frozenset({"DK", "FO", "RU", "MY", "PT", "SR", "NL"})
    marked = {m.text: m.passing for m in mark_passing(text, gaz.find(text, regions))}
    assert marked.get(place) == passing


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("14:20 - ARRIVAL, Kaliningrad Khrabrovo airport", "RU"),
        ("Day 1: Arrival in Hobart.", "AU"),
        ("Arrival at Hyderabad.", None),  # an Indian place's name: the way home
    ],
)
def test_a_programmes_arrival_line_gives_the_visit_its_country(text: str, country: str | None) -> None:
    assert landed_country(load(), sentences(text)) == (frozenset({country}) if country else frozenset())


@pytest.mark.parametrize(
    ("text", "place", "home"),
    [
        ("Rajaa leaves Maputo for home on Friday.", "Maputo", True),
        ("वे 22 मार्च को विंडहोक से रवाना हुए थे।", "विंडहोक", True),
        ("Delegation 18 January को Bissau से रवाना हुआ और Goa पहुँचा।", "Bissau", False),  # no home given
        ("Rajaa leaves Maputo on Friday.", "Maputo", False),  # the way home not said
        ("मंत्री सुबह लीमा से रवाना हुए।", "लीमा", False),  # told as it happens: maybe a move
    ],
)
def test_leaving_the_visits_city_for_home(text: str, place: str, home: bool) -> None:
    gaz = load()
    regions = frozenset({"MZ", "NA", "GW", "PE"})
    away = [m for m in gaz.find(text, regions) if m.entity.kind == "city"]
    assert [m.text for m in away] == [place]
    verb = DEPART.search(text)
    assert verb is not None
    assert leaves_for_home(text, verb, away, []) == home


@pytest.mark.parametrize(
    ("name", "day"),
    [("rules14_route_hi_report_up_namibia", "2027-03-22"), ("rules14_route_en_analysis_tn_mozambique", None)],
)
def test_the_day_of_leaving_is_the_return(name: str, day: str | None) -> None:
    """Mozambique's "on Friday" is left undated by the reading of days; the title is what this tests."""
    titles = {e["title"]: e["date"] for e in _parse(name)["engagements"]}
    assert "Return to India" in titles and titles["Return to India"] == day
    assert not any(t.startswith("Departure for") for t in titles)


def test_a_visit_to_a_head_office_is_a_visit_there() -> None:
    gaz = load()
    text = "The minister toured the Bosch headquarters in Stuttgart."
    marked = {m.text: m.passing for m in mark_passing(text, gaz.find(text, frozenset({"DE"})))}
    assert marked.get("Stuttgart") is False


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("शाम को सब वापस Lima आ गए।", True),
        ("देर रात वापस Port Louis लौट आए।", True),
        ("वापस आने के बाद उन्होंने बताया।", False),  # no city named: the way home or nothing
        ("वापस लौटते समय Lima में रुके।", False),
    ],
)
def test_back_to_the_city_of_the_stay_with_no_verb_of_returning(text: str, back: bool) -> None:
    """ "वापस Lima आ गए" goes back to the Latin-named city abroad: a move within the visit."""
    from planner.core.article.reading.verbs import returns_to

    found = [m for m in RETURN.finditer(text) if m.group() == "वापस"]
    assert bool(found) == back
    if back:
        city = next(p for p in load().find(text, frozenset({"PE", "MU"})) if p.entity.kind == "city")
        assert returns_to(text, [city], found[0]) is city


@pytest.mark.parametrize(
    "name", ["rules14_route_hi_report_br_peru", "rules14_route_roman_report_mh_argentina"]
)
def test_a_day_out_and_back_is_no_stop(name: str) -> None:
    draft = _parse(name)
    assert not [e for e in draft["engagements"] if e["title"].startswith("Departure for")]
    assert len(draft["stops"]) == 1
