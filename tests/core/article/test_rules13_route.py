"""Round 13 route rules: a report that names no country abroad is placed by the city it lands in
(``landed``); a programme line's "flight to" and a Hindi or Roman Hindi "flew for" are moves
(``moves.DEPART``); a big city named only by another language's name for it is no city abroad in an
article naming the countries it visits (``namesakes.fitting``, ``namesakes.by_other_name``); a
layover told after its place passes the place by, in each of its mentions in the sentence
(``places.mark_passing``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.entities import Mention
from planner.core.article.gazetteer import load
from planner.core.article.reading.text import sentences
from planner.core.article.where.landed import landed_country
from planner.core.article.where.moves import DEPART
from planner.core.article.where.namesakes import by_other_name, fitting
from planner.core.article.where.places import mark_passing
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules13_route import RULES13_ROUTE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES13_ROUTE))
def test_the_stops_are_the_visited_countrys_cities(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES13_ROUTE[name]["stops"]


@pytest.mark.parametrize("name", sorted(RULES13_ROUTE))
def test_every_engagement_is_in_a_zone_of_the_visit(name: str) -> None:
    """No big city abroad named by another language's name (Rome, London) lends its zone."""
    zones = {z for _, _, z, _, _ in RULES13_ROUTE[name]["engagements"].values()}
    assert {e["tz"] for e in _parse(name)["engagements"]} <= zones


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules13_route_en_programme_ka_chile", "Departure for Antofagasta", "2027-03-17"),
        ("rules13_route_en_programme_ka_chile", "Departure for Santiago", "2027-03-19"),
        ("rules13_route_mixed_programme_tn_kenya", "Departure for Kisumu", "2026-11-11"),
        ("rules13_route_mixed_programme_tn_kenya", "Departure for Nairobi", "2026-11-13"),
        ("rules13_route_roman_diary_wb_philippines", "Departure for Davao", "2027-01-20"),
        ("rules13_route_hi_report_pb_peru", "Departure for Cusco", "2027-05-23"),
        ("rules13_route_en_release_kl_canada", "Departure for Moncton", "2027-06-09"),
        ("rules13_route_hi_report_mp_australia", "Departure for Cairns", "2026-08-12"),
    ],
)
def test_the_moves_are_dated(name: str, title: str, day: str) -> None:
    assert {e["title"]: e["date"] for e in _parse(name)["engagements"]}.get(title) == day


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The team landed in Hobart on Monday.", "AU"),  # Tasmania's, not Indiana's
        ("Somvaar ko delegation Seattle hote hue Anchorage pahuncha.", "US"),
        ("दल 10 अगस्त को डार्विन पहुंचा।", "AU"),
        ("The minister landed in Hyderabad on Sunday.", None),  # an Indian place's name: home
        ("The minister spoke about Hobart.", None),  # no landing
    ],
)
def test_the_city_landed_in_gives_the_visit_its_country(text: str, country: str | None) -> None:
    gaz = load()
    assert landed_country(gaz, sentences(text)) == (frozenset({country}) if country else frozenset())


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Wed 17: Morning flight to Antofagasta. Visit in the afternoon.", "Morning flight to"),
        ("- 11 नवंबर (बुधवार): flight to Kisumu; visit", "flight to"),
        ("Air India runs a direct flight to Lisbon", None),  # a flight talked about
        ("20 January को delegation Davao के लिए उदा.", "उदा"),  # Roman "udaa", as ``roman`` spells it
        ("delegation Juneau के लिए udi", "udi"),
        ("23 मई को प्रतिनिधिमंडल कुस्को के लिए उड़ा।", "उड़ा"),
    ],
)
def test_a_flight_to_a_place_is_a_move(text: str, move: str | None) -> None:
    found = DEPART.search(text)
    assert (found.group().strip() if found else None) == move


def test_a_big_city_named_by_another_languages_name_is_no_city_abroad() -> None:
    gaz = load()
    regions = frozenset({"SB"})
    assert not [m for m in gaz.find("Gizo mein meeting", regions) if m.entity.kind == "city"]
    assert [m.entity.name for m in gaz.find("arrived in London", frozenset({"BE"}))] == ["London"]
    giza = gaz.base.lookup("Giza")[0]
    assert fitting([giza], [], regions, "Gizo") == []
    assert fitting([giza], [], None, "Gizo") == [giza]  # no country named: the big city it is
    assert fitting([giza], [], regions, "गीज़ा") == [giza]  # a Hindi name is the city's own


@pytest.mark.parametrize(("written", "other"), [("Landen", True), ("London", False), ("LONDON", False)])
def test_by_other_name(written: str, other: bool) -> None:
    base = load().base
    london = next(e for e in base.lookup("London") if e.country == "GB")
    assert by_other_name(base, Mention(london, 0, len(written), written)) is other


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("reached Addis Ababa, where a five-hour layover gave them time, and then Kampala", {"Addis Ababa"}),
        ("मुंबई से Dubai पहुंचा, जहां करीब पांच घंटे का layover था", {"Dubai"}),
        ("Casablanca, जहां 6 घंटे का layover था; Casablanca में कोई meeting नहीं हुई", {"Casablanca"}),
        ("reached Nairobi, where the minister met farmers", set()),  # no layover
    ],
)
def test_a_layover_told_after_its_place_passes_it_by(text: str, passed: set[str]) -> None:
    gaz = load()
    regions = frozenset({"UG", "ET", "AE", "TZ", "MA", "KE"})
    marked = mark_passing(text, gaz.find(text, regions))
    assert {m.text for m in marked if m.how == "transit"} == passed
    assert all(m.how == "transit" for m in marked if m.text in passed)
