"""Round 13 events rules: a French, Spanish or Portuguese body's words linked by two small words
(``de la``, ``et des``, ``y del``) are one name, whether spelt out before an acronym or not, and
even when the words before the pair are shaped like a person's name (``orgnames.ROMANCE_PAIR``,
``spelledout._DOUBLE_LINK``, ``orgs.find_unknown``); a visit to a site named after its city is a
visit to the site, no journey (``plainwords.site_of``); a programme's item told by the flight alone is a
move (``verbs.DEPART``); a common English word alone opening a Hindi sentence is no body
(``plainwords.sentence_word``)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.reading.plainwords import sentence_word, site_of
from planner.core.article.reading.verbs import DEPART
from planner.core.article.who.orgnames import RUN
from planner.core.article.who.spelledout import spelled_out
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules13_events import RULES13_EVENTS


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize(
    ("name", "title"),
    [
        (
            "rules13_events_en_wire_tn_senegal",
            "Meeting with Caisse Centrale de la Mutualité et des Pêcheurs (CCMP)",
        ),
        ("rules13_events_en_wire_tn_senegal", "MoU signing with Maison Centrale de la Pêche Artisanale"),
        ("rules13_events_mixed_report_mh_peru", "Meeting with Junta Nacional de la Uva y del Pisco (JUNAUP)"),
        ("rules13_events_mixed_report_mh_peru", "MoU signing with Mesa Regional de los Exportadores"),
    ],
)
def test_a_romance_name_is_one_body(name: str, title: str) -> None:
    """The whole name, not the words before ``de la`` nor those after it."""
    day = RULES13_EVENTS[name]["engagements"][title][0]
    assert {e["title"]: e["date"] for e in _parse(name)["engagements"]}.get(title) == day


@pytest.mark.parametrize("name", sorted(RULES13_EVENTS))
def test_the_stops_are_the_expected(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES13_EVENTS[name]["stops"]


def test_a_run_crosses_a_romance_pair_not_of_the() -> None:
    run = re.compile(RUN)
    assert (
        run.match("Maison Centrale de la Pêche Artisanale").group()
        == "Maison Centrale de la Pêche Artisanale"
    )
    assert run.match("Minister of the Interior").group() == "Minister"


def test_a_romance_pair_after_a_name_shaped_run_does_not_start_the_body() -> None:
    text = (
        "We met the Caisse Centrale de la Mutualité (CCM) and Wei Chen of the Riverside Growers Union (RGU)"
    )
    names = spelled_out(text, load())
    assert names["CCM"] == "Caisse Centrale de la Mutualité (CCM)"
    assert names["RGU"] == "Riverside Growers Union (RGU)"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rules13_events_en_programme_ka_kenya", "Visit to Mombasa Fishing Port"),
        ("rules13_events_en_programme_ka_kenya", "Visit to Mombasa Technical University"),
        ("rules13_events_en_pressnote_mh_croatia", "Visit to Rijeka Container Port"),
        ("rules13_events_en_itinerary_od_fiji", "Departure for Nadi"),
        ("rules13_events_en_circular_jh_philippines", "Departure for Davao"),
    ],
)
def test_a_site_named_after_its_city_is_visited_and_a_flight_is_a_move(name: str, title: str) -> None:
    day = RULES13_EVENTS[name]["engagements"][title][0]
    assert {e["title"]: e["date"] for e in _parse(name)["engagements"]}.get(title) == day


def test_a_site_of_a_city_is_longer_and_has_a_word_for_a_body() -> None:
    gaz = load()
    for text, site in (("visit to Mombasa Fishing Port", True), ("visit to Mombasa on Monday", False)):
        place = next(m for m in gaz.find(text) if m.entity.kind == "city")
        end = text.find(" on ") if " on " in text else len(text)
        assert site_of(text, place, [(place.start, end)], gaz) is site
    text = "visit to Mombasa"
    place = next(m for m in gaz.find(text) if m.entity.kind == "city")
    assert not site_of(text, place, [(place.start, place.end)], gaz)


def test_a_flight_alone_after_a_programmes_colon_is_a_move() -> None:
    assert DEPART.search("Wednesday, July 8: flight to Nadi")
    assert not DEPART.search("the flight to Nadi was late")


@pytest.mark.parametrize(
    "name", ["rules13_events_mixed_newsletter_ka_portugal", "rules13_events_mixed_bulletin_up_morocco"]
)
def test_a_hindi_sentences_first_english_word_is_no_body(name: str) -> None:
    titles = {e["title"] for e in _parse(name)["engagements"]}
    assert titles == set(RULES13_EVENTS[name]["engagements"])


def test_a_sentence_word_is_common_first_and_never_capitalised_inside() -> None:
    gaz = load()
    text = "Tour के दौरान delegation ने Lisbon Ceramics Cluster के साथ MoU sign किया।"
    assert sentence_word(text, 0, "Tour", text, gaz)
    assert not sentence_word(text, 0, "Tour", text + " हमने Tour के लिए Shell से बात की।", gaz)
    assert not sentence_word("हमने Shell के साथ meeting की।", 5, "Shell", "हमने Shell के साथ meeting की।", gaz)
    assert not sentence_word("Shell Energy के साथ", 0, "Shell Energy", "Shell Energy के साथ", gaz)
