"""Round 16 events rules: a site named before the words of a planned visit (``X जाने का कार्यक्रम
था``, ``X visit plan tha``) is a body visited (``who/plannedsites.planned_sites``,
``reading/verbs.PLANNED_VISIT``); ``Government of`` a place abroad is a body in the place's country
(``who/governments.governments``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import Mention, load
from planner.core.article.reading.verbs import PLANNED_VISIT, SITE
from planner.core.article.who.governments import GOVERNMENT, governments
from planner.core.article.who.plannedsites import planned_sites
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules16_events import RULES16_EVENTS


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES16_EVENTS))
def test_the_engagements_are_the_expected(name: str) -> None:
    want = {title: (value[0], value[3]) for title, value in RULES16_EVENTS[name]["engagements"].items()}
    got = {e["title"]: (e["date"], e["status"]) for e in _parse(name)["engagements"]}
    assert got == want


@pytest.mark.parametrize("name", sorted(RULES16_EVENTS))
def test_the_stops_are_the_expected(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES16_EVENTS[name]["stops"]


def _sites(text: str) -> list[str]:
    mentions = load().find(text)
    found: list[Mention] = []

    def free(start: int, end: int) -> bool:
        return not any(f.start < end and start < f.end for f in found)

    planned_sites(text, mentions, found, free, lambda start, end: True)
    return [f.entity.name for f in found]


@pytest.mark.parametrize(
    ("text", "sites"),
    [
        ("उसी दिन Durban Harbour Fish Market जाने का कार्यक्रम था।", ["Durban Harbour Fish Market"]),
        ("Aaj Tema Cocoa Processing Unit visit plan tha, par cancel hua.", ["Tema Cocoa Processing Unit"]),
        ("Kal Andes Dairy Cooperative dekhne ka karyakram hai.", ["Andes Dairy Cooperative"]),
        ("Today the Porto Cork Museum visit plan was dropped.", ["Porto Cork Museum"]),
        ("शाम को Nairobi जाने का कार्यक्रम था।", []),  # one word: the place itself
        ("Delegation ka Mombasa jaane ka karyakram tha.", []),
    ],
)
def test_a_planned_visit_names_its_site(text: str, sites: list[str]) -> None:
    assert _sites(text) == sites


def test_the_plan_is_a_visit_only_after_a_name() -> None:
    assert SITE.search("Lake Basin Tea Estate जाने का कार्यक्रम था")
    assert SITE.search("Rice Institute jaane ka karyakram tha")
    assert not SITE.search("उन्होंने वहाँ जाने का कार्यक्रम बनाया")
    assert PLANNED_VISIT.search("Benoa Port visit plan था")
    assert not PLANNED_VISIT.search("a visit planner")


def _governments(text: str) -> list[tuple[str, str | None]]:
    gaz = load()
    found: list[Mention] = []
    governments(text, gaz.find(text), gaz, found, lambda start, end: True)
    assert all(f.entity.type == GOVERNMENT for f in found)
    return [(f.entity.name, f.entity.country) for f in found]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "Talks with the Government of the Faroe Islands in Tórshavn.",
            [("Government of the Faroe Islands", "FO")],
        ),
        ("Government of Gibraltar के साथ बैठक हुई।", [("Government of Gibraltar", "GI")]),
        ("He met the Island Government of Fiji.", [("Island Government of Fiji", "FJ")]),
        ("Government of Odisha ke saath MoU.", []),  # a state at home: ours
        ("the Government of India and Japan", []),
    ],
)
def test_a_government_of_a_place_abroad_is_a_body(text: str, bodies: list[tuple[str, str | None]]) -> None:
    assert _governments(text) == bodies
