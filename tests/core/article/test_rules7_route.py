"""Round 7 route rules: where the visit starts, moves back to a city, mastheads of two cells, home
times in brackets, "here" under a dateline, a headline's loose day, and the zone of undated items."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.reading import verbs
from planner.core.article.when.published import find_published
from planner.core.article.when.times import find_times, local_times


def _titles(text: str, published: dt.date | None = None) -> dict[str, tuple[str | None, str | None]]:
    draft = parse_article(text, published=published).to_json()
    return {e["title"]: (e["date"], e["tz"]) for e in draft["engagements"]}


@pytest.mark.parametrize(
    "text",
    [
        "मंत्री शनिवार को ओसाका पहुंच गए थे",
        "प्रतिनिधिमंडल टोक्यो पहुँच चुका है",
        "The tour kicked off in Lisbon on Monday",
        "उनकी यात्रा की शुरुआत मैड्रिड से हुई",
    ],
)
def test_arrivals_told_by_the_perfect_or_by_where_the_trip_began(text: str) -> None:
    assert verbs.ARRIVE.search(text)


@pytest.mark.parametrize("text", ["निवेशकों की पहुंच बढ़ेगी", "The talks began on a warm note", "शुरुआत अच्छी रही"])
def test_the_noun_reach_and_other_beginnings_are_no_arrival(text: str) -> None:
    assert not verbs.ARRIVE.search(text)


def test_the_first_stop_is_where_the_trip_began_not_the_country_naming_it() -> None:
    text = (
        "Gujarat CM in Spain. Chief Minister Bhupendra Patel's Spain tour began in Madrid on "
        "Monday, 7 September 2026. On Tuesday, 8 September he met Iberdrola in Madrid."
    )
    draft = parse_article(text).to_json()
    assert ("Madrid", "2026-09-07") in {(s["city"], s["from"]) for s in draft["stops"]}
    assert _titles(text)["Arrival in Madrid"][0] == "2026-09-07"


def _first_return(text: str) -> re.Match[str]:
    found = verbs.RETURN.search(text)
    assert found is not None
    return found


def test_a_return_to_a_city_abroad_is_a_move_there() -> None:
    gaz = load()
    for text, city in [
        ("He will return to Lyon on Friday", "Lyon"),
        ("मंत्री शुक्रवार को वापस ल्योन लौटेंगे", "Lyon"),
    ]:
        away = [m for m in gaz.find(text, frozenset({"FR"})) if m.entity.kind == "city"]
        found = verbs.returns_to(text, away, _first_return(text))
        assert found is not None and found.entity.name == city
    text = "He returned from Lyon on Friday"
    away = [m for m in gaz.find(text, frozenset({"FR"})) if m.entity.kind == "city"]
    assert verbs.returns_to(text, away, _first_return(text)) is None


def test_a_return_to_a_city_abroad_in_an_article_is_a_departure_for_it() -> None:
    text = (
        "Karnataka minister in France. Minister M.B. Patil reached Paris on Monday, 5 October 2026. "
        "On Tuesday, 6 October he travelled to Lyon. He will return to Paris on Wednesday, 7 October, "
        "and fly back to India on Thursday, 8 October."
    )
    titles = _titles(text)
    assert titles["Departure for Paris"][0] == "2026-10-07"
    assert titles["Return to India"][0] == "2026-10-08"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("मेरठ संस्करण | शुक्रवार, 9 अक्टूबर 2026\n\nशीर्षक\n\nखबर।", dt.date(2026, 10, 9)),
        ("Friday, 9 October 2026 · Pune Edition\n\nHeadline\n\nBody.", dt.date(2026, 10, 9)),
    ],
)
def test_a_masthead_of_an_edition_and_a_date(text: str, day: dt.date) -> None:
    found = find_published(text)
    assert found is not None and found.day == day


@pytest.mark.parametrize(
    "text",
    [
        # not one of the page's first two lines (round 9: the line under the headline may be)
        "Headline\n\nBy our staff\n\nPune Edition · Friday, 9 October 2026\n\nBody.",
        "9 अक्टूबर 2026 | 3 बजे\n\nखबर।",  # a table's row: the other cell has a figure
    ],
)
def test_two_cells_elsewhere_are_no_masthead(text: str) -> None:
    assert find_published(text) is None


def test_a_home_time_in_brackets_gives_way_to_the_local_time_beside_it() -> None:
    text = "At 4 pm local time (12:30 am IST on Thursday) he will meet the agency."
    (kept,) = local_times(text, find_times(text))
    assert kept.text.startswith("4")
    only_ist = "He will meet the agency at 12:30 am IST."
    assert len(local_times(only_ist, find_times(only_ist))) == 1


def test_that_day_with_a_local_time_and_ist_on_the_next_day_keeps_the_local_day() -> None:
    text = (
        "Punjab minister to visit Mexico. Minister Sanjeev Arora will land in Mexico City on Monday, "
        "9 November 2026. At 5 pm local time that day (4:30 am IST on Tuesday) he will meet ProMéxico."
    )
    draft = parse_article(text).to_json()
    meeting = next(e for e in draft["engagements"] if e["title"].startswith("Meeting with"))
    assert meeting["date"] == "2026-11-09"
    assert meeting["start"].startswith("2026-11-09T17:00")


def test_here_under_a_dateline_is_the_dateline_city() -> None:
    text = (
        "Kerala minister in Portugal\n\n"
        "LISBON, Oct 7 (PTI) - Kerala Industries Minister P. Rajeeve, who arrived here on Monday, "
        "met AICEP Portugal Global on Tuesday."
    )
    assert _titles(text, dt.date(2026, 10, 7))["Arrival in Lisbon"][0] == "2026-10-05"


def test_a_place_after_an_office_initials_is_a_place_when_gone_to() -> None:
    gaz = load()
    peru = frozenset({"PE"})
    assert "Cusco" in {m.entity.name for m in gaz.find("CM Cusco जाएंगे", peru)}
    assert "Cusco" not in {m.entity.name for m in gaz.find("CM Cusco ने कहा", peru)}


def test_a_headlines_loose_day_yields_to_the_bodys_date() -> None:
    text = (
        "ओसाका पहुंचे मुख्यमंत्री, कल क्योटो में रोड शो\n\n"
        "जयपुर, 10 जून 2026। मुख्यमंत्री भजनलाल शर्मा सोमवार, 8 जून को टोक्यो पहुंचे। आज बुधवार को वे ओसाका "
        "पहुंचे। गुरुवार, 11 जून को क्योटो में रोड शो होगा। शुक्रवार, 12 जून को मुख्यमंत्री जयपुर लौटेंगे।"
    )
    found = [(e["title"], e["date"]) for e in parse_article(text).to_json()["engagements"]]
    assert [d for t, d in found if t == "Investment roadshow"] == ["2026-06-11"]
    assert [d for t, d in found if t == "Arrival in Osaka"] == ["2026-06-10"]


def test_an_undated_engagement_takes_the_one_zone_of_the_stops_in_its_country() -> None:
    one = (
        "Odisha CM in Chile. Chief Minister Mohan Charan Majhi reached Santiago on Monday, 5 October "
        "2026. On Tuesday, 6 October he met Codelco in Santiago. A meeting with SQM has no date yet."
    )
    assert _titles(one)["Meeting with SQM"][1] == "America/Santiago"  # Chile keeps several zones
    two = (
        "Odisha CM in Argentina. Chief Minister Mohan Charan Majhi reached Buenos Aires on Monday, "
        "5 October 2026. On Tuesday, 6 October he flew to Córdoba and met the Córdoba Chamber of "
        "Commerce. A meeting with YPF has no date yet."
    )
    assert _titles(two)["Meeting with YPF"][1] is None  # the stops keep two zones


def test_flying_back_before_a_day_of_its_own_is_the_return() -> None:
    dated = (
        "Goa minister in Japan. Minister Mauvin Godinho reached Tokyo on Monday, 9 November 2026. "
        "He will meet JETRO on Tuesday, 10 November before flying back to Goa on Wednesday, 11 November."
    )
    assert _titles(dated)["Return to India"][0] == "2026-11-11"
    undated = (
        "Goa minister in Japan. Minister Mauvin Godinho reached Tokyo on Monday, 9 November 2026. "
        "He will meet JETRO on Tuesday, 10 November before flying back to Goa."
    )
    assert "Return to India" not in _titles(undated)


def test_landed_here_is_an_arrival() -> None:
    assert verbs.ARRIVE.search("the minister, who landed here on Monday night")


def test_a_later_acts_own_date_is_not_the_fronted_ones() -> None:
    text = (
        "Bihar minister in Thailand. Minister Nitish Mishra reached Bangkok on Monday, 2 March 2026. "
        "On Tuesday, March 3, he will meet the Board of Investment before travelling to Chiang Mai on "
        "Wednesday, March 4."
    )
    titles = _titles(text)
    assert titles["Meeting with Board of Investment"][0] == "2026-03-03"
    assert titles["Departure for Chiang Mai"][0] == "2026-03-04"
