"""Round 15 date rules: a diary's or a feed's entries opened by the visit's day tell their ``today`` of
that day (``dayheads.DaySections``); ``Day 2`` in Roman Hindi stays the label (``reading.roman``); a
feed's stamps with a Hindi month or in brackets head their items (``reading.live``); every row of the
list under a day's heading is that day's (``dayrows``), a short weekday and its date head a day."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.reading.live import _is_stamp
from planner.core.article.reading.roman import to_devanagari
from planner.core.article.reading.text import Sentence
from planner.core.article.when.dates import find_dates
from planner.core.article.when.dayheads import is_day_heading, opens_with_visit_day
from planner.core.article.when.dayrows import DayRows
from planner.core.article.when.times import find_times
from tests.article_score import same_title
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules15_dates import RULES15_DATES


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


def _pairs(want: list[str], got: list[str]) -> list[tuple[str, str]]:
    """Each expected title with the one found under it: the same title first, else one the scorer takes
    as the same ("… (TalTech)" without its abbreviation)."""
    free = [g for g in got if g not in want]
    pairs = [(t, t) for t in want if t in got]
    for t in (t for t in want if t not in got):
        g = next((g for g in free if same_title(t, g)), None)
        if g is not None:
            free.remove(g)
            pairs.append((t, g))
    return pairs


@pytest.mark.parametrize("name", sorted(RULES15_DATES))
def test_every_dated_engagement_is_on_its_day(name: str) -> None:
    """Each engagement found is on the day expected (or undated where expected so)."""
    want = {title: e[0] for title, e in RULES15_DATES[name]["engagements"].items()}
    got = {e["title"]: e["date"] for e in _parse(name)["engagements"]}
    pairs = _pairs(list(want), list(got))
    assert {t: got[g] for t, g in pairs} == {t: want[t] for t, _ in pairs}


@pytest.mark.parametrize("name", sorted(RULES15_DATES))
def test_nearly_every_engagement_is_found(name: str) -> None:
    want = RULES15_DATES[name]["engagements"]
    got = {e["title"] for e in _parse(name)["engagements"]}
    assert len(_pairs(list(want), list(got))) >= len(want) - 1


# Iceland's "landed at Keflavik … and drove to Reykjavik" makes the airport a stop, Latvia's "Land Riga
# International Airport" is no arrival found (route and events work, not dates)
_STOPS_LATER = {"rules15_dates_en_fieldjournal_ka_iceland", "rules15_dates_en_transportplan_up_latvia"}


@pytest.mark.parametrize("name", sorted(set(RULES15_DATES) - _STOPS_LATER))
def test_the_stops_are_dated(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES15_DATES[name]["stops"]


def test_an_entry_opened_by_the_visits_day() -> None:
    assert opens_with_visit_day("Day 3 🚢 आज Berbera पहुंचे।") == 5
    assert opens_with_visit_day("• Day 2 पर meeting") == 7
    assert opens_with_visit_day("On Day 2 we met") is None  # in running text: no entry's label
    assert opens_with_visit_day("the fourth day of the visit") is None


def test_day_and_its_short_weekday_beside_a_date_are_one_day() -> None:
    found = find_dates("Day 1 (Mon, 8 Mar) We landed at Keflavik this morning")
    assert [(d.day, d.month, d.visit_day) for d in found if d.from_published is None] == [(8, 3, None)]


def test_day_stays_english_before_its_number_in_roman_hindi() -> None:
    text = "Day 2 | Guruvaar, 15 October"
    out, _, _ = to_devanagari(text, list(range(len(text))), list(range(1, len(text) + 1)), [])
    assert out.startswith("Day 2 |")


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("17 सितंबर, 19:20 IST — मुख्यमंत्री आज सुबह लौटे।", True),
        ("[11 May 2026, 09:10]", True),
        ("[22 Sep 2026, 9:05 PM]", True),
        ("[Photo: 11 May 2026]", False),
        ("Meeting at 10:00 [local]", False),
    ],
)
def test_a_feeds_stamps(line: str, stamp: bool) -> None:
    assert _is_stamp(line) is stamp


def test_today_in_an_item_is_its_stamps_day() -> None:
    text = (
        "Goa Updates (Official Channel)\n\n[10 May 2026, 21:05]\nDelegation आज शाम Macau पहुंच गया।\n\n"
        "[12 May 2026, 18:30]\nआज Macao University of Tourism के साथ MoU sign हुआ।\n\n"
        "[13 May 2026, 08:15]\nआज Macau Hotel Association के साथ meeting है।\n"
    )
    got = {e["title"]: e["date"] for e in parse_article(text).to_json()["engagements"]}
    assert got.get("Arrival in Macau") == "2026-05-10"
    assert got.get("MoU signing with Macao University of Tourism") == "2026-05-12"


def test_a_row_without_a_time_does_not_end_the_days_list() -> None:
    rows = DayRows()
    lines = [
        ("WEDNESDAY 10 MARCH 2027", True),
        ("- Cars at the hotel porch; two sedans.", False),
        ("- 10:30 Meeting with LIAA.", False),
        ("Evening free for all.", False),
        ("- 11:00 Visit to the port.", False),
    ]
    dated = []
    for i, (text, heading) in enumerate(lines):
        s = Sentence(index=i, text=text, source=text, line=i, heading=heading)
        _, found = rows.read(s, find_dates(text), find_times(text))
        dated.append(bool(found))
    assert dated == [True, True, True, False, False]  # a paragraph that is no row ends the day's list


@pytest.mark.parametrize(
    ("text", "heading"),
    [("Tue 15 Sep", True), ("WED 21 APR", True), ("Tue 08 June", True), ("Sun 7 June sale", False)],
)
def test_a_short_weekday_and_its_date_head_a_day(text: str, heading: bool) -> None:
    assert is_day_heading(text, find_dates(text)) is heading


def test_a_section_title_in_capitals_ends_the_days_list() -> None:
    rows = DayRows()
    lines = [("FRI 25 SEP", True), ("TO BE CONFIRMED", True), ("- Meeting with the Export Center", False)]
    dated = []
    for i, (text, heading) in enumerate(lines):
        s = Sentence(index=i, text=text, source=text, line=i, heading=heading)
        _, found = rows.read(s, find_dates(text), find_times(text))
        dated.append(bool(found))
    assert dated == [True, False, False]
