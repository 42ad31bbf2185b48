"""Round 12 route rules: a city's own name (or that name without its accents) wins over another
city's alternate name, and a big city named only by another's own name gives its country no claim
(see ``basedata.BaseIndex.owners`` and ``namesakes.fitting``); a name written with accents the
data leaves out is found (``namesakes.unaccented``); a journey told by its means ("by train to")
is a move (``moves.DEPART``); a country's Hindi name spelt with another vowel length names it
(``spelling.add_countries``); a transit told with its length, and the other half of a city-airport
pair, is passed through (``places.mark_passing``); a city reached on the day of leaving for home,
to fly home from, is on the way home (``stops.on_the_way_home``, ``moves.gone_before``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.draft import DraftStop
from planner.core.article.entities import Entity
from planner.core.article.gazetteer import load
from planner.core.article.where.moves import DEPART
from planner.core.article.where.namesakes import unaccented
from planner.core.article.where.places import mark_passing
from planner.core.article.where.spelling import add_countries, country_table
from planner.core.article.where.stops import StopEvidence, on_the_way_home
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules12_route import RULES12_ROUTE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES12_ROUTE))
def test_every_engagement_is_in_a_zone_of_the_visit(name: str) -> None:
    """No namesake abroad (Tijuana for Zaragoza, Taiyuan for Thai Nguyen) lends its zone."""
    draft = _parse(name)
    zones = {z for _, _, z, _, _ in RULES12_ROUTE[name]["engagements"].values()}
    assert {e["tz"] for e in draft["engagements"]} <= zones


@pytest.mark.parametrize("name", sorted(RULES12_ROUTE))
def test_the_stops_are_the_visited_countrys_cities(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES12_ROUTE[name]["stops"]


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules12_route_en_release_or_spain", "Departure for Zaragoza", "2026-10-06"),
        ("rules12_route_en_dispatch_pb_morocco", "Departure for Meknes", "2027-01-26"),
        ("rules12_route_hi_report_gj_spain", "Departure for Cadiz", "2026-05-17"),
        ("rules12_route_en_brief_kl_maldives", "Arrival in Male", "2027-02-08"),
    ],
)
def test_the_moves_are_dated(name: str, title: str, day: str) -> None:
    assert {e["title"]: e["date"] for e in _parse(name)["engagements"]}.get(title) == day


@pytest.mark.parametrize(
    ("word", "plain"),
    [("Malé", "Male"), ("Cádiz", "Cadiz"), ("Kyiv", None), ("माले", None), ("Łódź", None)],
)
def test_unaccented_drops_only_accents(word: str, plain: str | None) -> None:
    """``Ł`` is a letter of its own, not an accented L: such a word is left to the data's names."""
    assert unaccented(word) == plain


@pytest.mark.parametrize(
    ("text", "means"),
    [
        ("the delegation travelled by train to Zaragoza", True),
        ("the team went by ferry to Zanzibar", True),
        ("she travelled by a chartered plane to Kisumu", True),
        ("the minister went by the market to see stalls", False),
        ("he travelled by himself to the plant", False),
    ],
)
def test_a_journey_by_its_means_is_a_move(text: str, means: bool) -> None:
    assert bool(DEPART.search(text)) is means


@pytest.mark.parametrize(
    ("name", "own"),
    [("Cancun", "Cancún"), ("Pueblo", "Pueblo"), ("Zaragoza", "Zaragoza"), ("Thai Nguyen", "Thái Nguyên")],
)
def test_a_citys_own_name_comes_before_anothers_alternate_name(name: str, own: str) -> None:
    base = load().base
    assert base.lookup(name)[0].name == own
    assert [e.name for e in base.owners(name)][:1] == [own]


@pytest.mark.parametrize(
    ("text", "regions", "city"),
    [
        ("Cancun se update", frozenset({"CN", "MX"}), "Cancún"),  # both countries named
        ("Cancun se update", None, None),  # Changchun is no big city under Cancún's name
        ("in Pueblo, Colorado", frozenset({"US", "MX"}), "Pueblo"),
        ("the Canton plant", None, None),
        ("arrived in Shanghai", None, "Shanghai"),  # a big city's own name still counts anywhere
    ],
)
def test_a_big_city_under_anothers_own_name_makes_no_claim(
    text: str, regions: frozenset[str] | None, city: str | None
) -> None:
    found = [m.entity.name for m in load().find(text, regions) if m.entity.kind == "city"]
    assert found[:1] == ([city] if city else [])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("मंत्री का नामिबिया दौरा", "NA"),
        ("दल बोलिविया में है", "BO"),
        ("मुख्यमंत्री की ब्रुनेई यात्रा", "BN"),
        ("नामिबिया ने कहा", None),  # no place's position
        ("दल सुडान पहुंचा", "SD"),
    ],
)
def test_a_country_spelt_with_another_vowel_length_is_found(text: str, country: str | None) -> None:
    found = [m for m in load().find(text) if m.entity.kind == "country"]
    assert [m.entity.country for m in found] == ([country] if country else [])
    assert all(m.how == "variant" for m in found)


def test_a_loose_key_two_countries_share_names_neither() -> None:
    a = Entity("country", "Aland", "AX")
    b = Entity("country", "Oland", "OX")
    table = country_table([(a, ["आलैंड", "Aland"]), (b, ["आलेंड"])])
    assert table == {}
    c = Entity("country", "Chile", "CL")
    found = add_countries("दल चीली में", [], country_table([(c, ["चिली"])]))
    assert [(m.text, m.entity.country) for m in found] == [("चीली", "CL")]


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Arrive Vancouver (transit of nearly five hours at Tokyo-Narita)", {"Tokyo", "Narita"}),
        ("Ulaanbaatar आगमन (Seoul-Incheon में करीब चार घंटे का ट्रांजिट)", {"Seoul", "Incheon"}),
        ("after a stopover of about three hours in Doha the team reached Nairobi", {"Doha"}),
        ("Meetings in Seoul-Incheon free economic zone on Tuesday", set()),  # no transit
    ],
)
def test_a_transit_of_hours_and_its_paired_city_are_passed_through(text: str, passed: set[str]) -> None:
    gaz = load()
    regions = frozenset({"CA", "JP", "KR", "MN", "QA", "KE"})
    marked = mark_passing(text, gaz.find(text, regions))
    assert {m.text for m in marked if m.how == "transit"} == passed


@pytest.mark.parametrize(
    ("name", "back"),
    [
        ("rules12_route_en_wire_ts_lesotho", "2026-12-11"),
        ("rules12_route_mixed_diary_ap_liechtenstein", "2027-06-18"),
    ],
)
def test_a_city_on_the_way_home_is_no_stop_and_no_move(name: str, back: str) -> None:
    draft = _parse(name)
    titles = {e["title"]: e["date"] for e in draft["engagements"]}
    assert titles.get("Return to India") == back
    assert not any(t.startswith("Departure for") for t in titles)
    assert len(draft["stops"]) == 1


def _segment(city: str, day: dt.date, moves: list[int]) -> StopEvidence:
    seg = StopEvidence(DraftStop(city, "X", "UTC"), firm=day, key=city, moves=[(day, i) for i in moves])
    seg.see(day)
    return seg


def test_on_the_way_home_drops_only_a_last_stop_reached_that_day_with_nothing_done() -> None:
    d1, d4 = dt.date(2026, 12, 8), dt.date(2026, 12, 11)
    segments = [_segment("Maseru", d1, [0]), _segment("Bloemfontein", d4, [5])]
    dated = [(d1, 0, True, "Maseru"), (d4, 5, True, "Bloemfontein")]
    kept, dropped, notes = on_the_way_home(segments, dated, d4)
    assert [s.key for s in kept] == ["Maseru"] and dropped == {5} and len(notes) == 1
    # a meeting there keeps the stop; so does an unknown day of leaving, or a later one
    assert len(on_the_way_home(segments, [*dated, (d4, 6, False, "Bloemfontein")], d4)[0]) == 2
    assert len(on_the_way_home(segments, dated, None)[0]) == 2
    assert len(on_the_way_home(segments, dated, d4 + dt.timedelta(days=1))[0]) == 2
