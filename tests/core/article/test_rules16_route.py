"""Round 16 route rules: a landing told without "in" or "at" ("13:40 Land Ulaanbaatar", "Santiago
land किया", "Hanoi land kiya") is the arrival in the city named, and the first stop begins on it
(``moves.ARRIVE``); a programme's day whose heading calls it a day trip ("TUESDAY 7 SEPTEMBER
(day trip, rooms retained)") makes the place gone to under it no stop, and what is done there
after the journey out keeps that place (``dayheadings``, ``daytrips``, ``itinerary``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.where.dayheadings import headed_a_day_trip, heading_of
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


@pytest.mark.parametrize(
    ("name", "title", "city"),
    [
        (
            "rules16_route_en_ministerialprogramme_tn_morocco",
            "Visit to Casablanca Finance City Authority",
            "Casablanca",
        ),
        (
            "rules16_route_en_ministerialprogramme_tn_morocco",
            "Meeting with General Confederation of Moroccan Enterprises (CGEM)",
            "Rabat",
        ),
        ("rules16_route_mixed_deskplan_wb_srilanka", "Meeting with Ceylon Chamber of Commerce", "Colombo"),
    ],
)
def test_a_day_trip_keeps_its_place_and_the_stop_its_days(name: str, title: str, city: str) -> None:
    found = {e["title"]: e["city"] for e in _parse(name)["engagements"]}
    assert found.get(title) == city


_PROGRAMME = """MONDAY 6 SEPTEMBER
- 10:00 Meeting with the chamber.

TUESDAY 7 SEPTEMBER (day trip, rooms retained)
- 08:00 Motorcade leaves for Casablanca.

- 11:00 Visit to the port.
The minister spoke at length about the day trip and what it meant for the trade ties of both,\
over the years and to come.
- 15:00 Meeting with the exporters.
"""


def test_the_heading_above_an_item() -> None:
    at = _PROGRAMME.index("Motorcade")
    assert heading_of(_PROGRAMME, at) == "TUESDAY 7 SEPTEMBER (day trip, rooms retained)"
    assert headed_a_day_trip(_PROGRAMME, _PROGRAMME.index("Visit to the port"))
    assert not headed_a_day_trip(_PROGRAMME, _PROGRAMME.index("Meeting with the chamber"))


def test_no_heading_above_prose_or_a_line_after_prose() -> None:
    assert heading_of(_PROGRAMME, _PROGRAMME.index("The minister spoke")) == ""
    assert not headed_a_day_trip(_PROGRAMME, _PROGRAMME.index("Meeting with the exporters"))
    assert headed_a_day_trip("बुधवार, 14 अप्रैल 2027 (day trip)\n• सुबह 7 बजे Kandy के लिए रवाना।", 40)
