"""Round 16 date rules: a weekday and its full date opening a line (``Somvaar, 5 October 2026: …``,
``Monday, 8 March 2027: …``) is a day's entry, not a dateline (``when.published.weekday_place``); a
meeting held at home to prepare the visit is none of its engagements (``when.prepmeeting``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.when.prepmeeting import prepares_visit
from planner.core.article.when.published import find_dateline, weekday_place
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules16_dates import RULES16_DATES


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


_ENTRIES = sorted(n for n in RULES16_DATES if "groupdiary" in n or "logbook" in n)
_PREPARED = sorted(n for n in RULES16_DATES if "recordnote" in n or "deptnews" in n)


@pytest.mark.parametrize("name", _ENTRIES)
def test_first_entry_keeps_its_date(name: str) -> None:
    want = RULES16_DATES[name]
    got = _parse(name)
    arrival = next(t for t in want["engagements"] if t.startswith("Arrival in"))
    found = {e["title"]: e["date"] for e in got["engagements"]}
    assert found.get(arrival) == want["engagements"][arrival][0]
    assert [(s["city"], s["from"], s["to"]) for s in got["stops"]] == want["stops"]


@pytest.mark.parametrize(
    "lead",
    ["सोमवार, ", "Monday, ", "MONDAY, ", "शुक्रवार,"],
)
def test_weekday_is_no_place(lead: str) -> None:
    assert weekday_place(lead)


@pytest.mark.parametrize("lead", ["Bhopal, ", "भोपाल, ", "New Delhi,", "Almaty, "])
def test_place_is_a_place(lead: str) -> None:
    assert not weekday_place(lead)


def test_dateline_and_day_entry() -> None:
    assert find_dateline("सोमवार, 12 April 2027: Dal Nairobi पहुंचा.") is None
    assert find_dateline("Monday, 8 March 2027: The team landed in Santiago.") is None
    line = find_dateline("भोपाल, 14 अगस्त 2026। प्रतिनिधिमंडल रवाना हुआ।")
    assert line is not None and (line.day, line.month, line.year) == (14, 8, 2026)


@pytest.mark.parametrize("name", _PREPARED)
def test_preparatory_meeting_is_no_engagement(name: str) -> None:
    want = RULES16_DATES[name]
    got = _parse(name)
    assert sorted(e["title"] for e in got["engagements"]) == sorted(want["engagements"])
    first = min(e["date"] for e in got["engagements"] if e["date"])
    assert first == want["span"][0]


@pytest.mark.parametrize(
    "text",
    [
        "MINUTES of the preparatory meeting held on 1 March 2027 at 11:00 hrs to review the programme of "
        "the Gujarat delegation to Bermuda",
        "RECORD NOTE of the review meeting held on 2 February 2027 to review the arrangements for the "
        "Tamil Nadu delegation's visit to Ghana",
        "The chief secretary chaired a meeting to review the preparations for the minister's visit.",
        "मुख्य सचिव ने बैठक कर प्रतिनिधिमंडल के पुर्तगाल दौरे की तैयारियों की समीक्षा की।",
    ],
)
def test_prepares_visit(text: str) -> None:
    assert prepares_visit(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 10 March the minister held a meeting with AICEP Portugal Global in Lisbon.",
        "The minister reviewed the progress of the port project at a meeting in Accra.",
        "10 मार्च को AICEP Portugal Global के साथ बैठक होगी।",
        "The visit was a review of the state's export programme.",
    ],
)
def test_meeting_of_the_visit(text: str) -> None:
    assert not prepares_visit(text)
