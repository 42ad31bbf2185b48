"""Round 16 route rules: a landing told without "in" or "at" ("13:40 Land Ulaanbaatar", "Santiago
land किया", "Hanoi land kiya") is the arrival in the city named, and the first stop begins on it
(``moves.ARRIVE``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.where.moves import ARRIVE
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules16_route import RULES16_ROUTE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES16_ROUTE))
def test_the_stops_are_where_the_delegation_stays(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES16_ROUTE[name]["stops"]


@pytest.mark.parametrize(
    ("name", "arrival", "day"),
    [
        ("rules16_route_en_movementorder_mh_mongolia", "Arrival in Ulaanbaatar", "2027-06-09"),
        ("rules16_route_mixed_teamupdate_rj_chile", "Arrival in Santiago", "2027-03-15"),
    ],
)
def test_a_bare_landing_is_the_arrival(name: str, arrival: str, day: str) -> None:
    found = {e["title"]: e["date"] for e in _parse(name)["engagements"]}
    assert found.get(arrival) == day


@pytest.mark.parametrize(
    "text",
    [
        "- 13:40 Land Ulaanbaatar (Chinggis Khaan International).",
        "07:15 Land Brisbane International.",
        "The minister landed Brisbane late on Sunday.",
        "São Paulo में flight बदलकर शाम को Santiago land किया।",
        "Doha mein flight badal kar raat ko Hanoi land kiya.",
        "प्रतिनिधिमंडल कल सुबह Lima लैंड करेगा।",
    ],
)
def test_the_landing_words(text: str) -> None:
    assert ARRIVE.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The Land Rover plant in Solihull was the last visit.",
        "He spoke of the land Kenya's farmers till.",
        "visited the Land Registry of Ghana",
        "the company's Land Rover unit",
        "the lands of the Maasai",
    ],
)
def test_no_landing_in_the_noun(text: str) -> None:
    assert ARRIVE.search(text) is None


@pytest.mark.parametrize(
    "text", ["- 10:00 Land Registry of Kenya, briefing", "09:30 Land Rover plant, Solihull"]
)
def test_no_landing_in_a_body_named_by_land(text: str) -> None:
    assert ARRIVE.search(text) is None
