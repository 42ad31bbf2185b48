"""Days named without a date: counted from the publication date or the visit's first day, else unscheduled."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.when.datehints import event_years
from planner.core.article.when.daynames import find_named_days, find_visit_days, named_day_date


def dates(text: str, published: dt.date | None = None) -> tuple[dict[str, str | None], list[str]]:
    got: dict[str, Any] = parse_article(text, published=published).to_json()
    return {e["title"]: e["date"] for e in got["engagements"]}, got["warnings"]


def test_day_n_counts_from_the_first_day() -> None:
    text = (
        "Minister X will begin a four-day tour of Japan on March 3. On Day 1, he will arrive in Tokyo. "
        "On Day 3, he will meet Toyota officials. "
        "On the fourth day of the visit, he will meet JETRO officials."
    )
    got, warnings = dates(text, dt.date(2026, 2, 20))
    assert got["Meeting with Toyota"] == "2026-03-05"
    assert got["Meeting with JETRO"] == "2026-03-06"
    assert any(
        "“Day 3” taken as 2026-03-05: day 3 counted from the visit's first day 2026-03-03" in w
        for w in warnings
    )


def test_hindi_day_of_the_tour() -> None:
    text = (
        "मुख्यमंत्री 4 मार्च से 8 मार्च तक जापान के दौरे पर रहेंगे। दौरे के पहले दिन वे टोक्यो पहुंचेंगे। "
        "दौरे के तीसरे दिन वे Toyota के अधिकारियों से मुलाकात करेंगे।"
    )
    got, _ = dates(text, dt.date(2026, 3, 1))
    assert got["Meeting with Toyota"] == "2026-03-06"
    assert got["Arrival in Tokyo"] == "2026-03-04"


def test_day_n_without_a_first_day_stays_unscheduled() -> None:
    got, warnings = dates(
        "On Day 2, the Chief Minister will meet Toyota officials in Tokyo.", dt.date(2026, 3, 1)
    )
    assert got == {"Meeting with Toyota": None}
    assert any("first day is not known" in w for w in warnings)


@pytest.mark.parametrize(
    ("published", "day"),
    [
        (dt.date(2026, 1, 17), "2026-01-27"),
        (dt.date(2025, 12, 30), "2026-01-27"),
        (dt.date(2025, 1, 10), "2025-01-27"),
    ],
)
def test_the_day_after_a_holiday_ahead(published: dt.date, day: str) -> None:
    text = (
        "Chief Minister X will leave for London the day after Republic Day "
        "and meet UKIBC officials on arrival."
    )
    got, warnings = dates(text, published)
    assert got["Departure for London"] == day
    assert any(f"taken as {day}: Republic Day is" in w for w in warnings)


def test_hindi_day_after_a_holiday_placed_by_the_dateline() -> None:
    text = "हैदराबाद, 12 अगस्त 2025। मुख्यमंत्री स्वतंत्रता दिवस के अगले दिन दुबई रवाना होंगे।"
    got, warnings = dates(text)
    assert got == {"Departure for Dubai": "2025-08-16"}
    assert any("स्वतंत्रता दिवस is 2025-08-15" in w for w in warnings)


def test_a_holiday_without_a_year_invents_nothing() -> None:
    got, warnings = dates("Chief Minister X will leave for London the day after Republic Day.")
    assert set(got.values()) == {None}
    assert any("of which year" in w for w in warnings)


def test_unknown_names_are_not_named_days() -> None:
    assert find_named_days("the day after Tuesday, the day after the Summit") == []
    assert named_day_date("Republic Day", 2026) == dt.date(2026, 1, 26)
    assert named_day_date("गणतंत्र दिवस", 2030) == dt.date(2030, 1, 26)
    assert [v.n for v in find_visit_days("Day 2, DAY three, दौरे का चौथा दिन, the 5th day of his visit")] == [
        2,
        3,
        4,
        5,
    ]


@pytest.mark.parametrize(
    ("verb", "day"),
    [("पहुंचे थे", "2025-12-09"), ("पहुंचेंगे", "2025-12-11")],
)
def test_kal_by_tense(verb: str, day: str) -> None:
    got, warnings = dates(f"मुख्यमंत्री कल मैड्रिड {verb}।", dt.date(2025, 12, 10))
    assert got == {"Arrival in Madrid": day}
    assert any(f"“कल” taken as {day}, counted from the publication date 2025-12-10" in w for w in warnings)


def test_this_morning_and_a_past_weekday_before_today() -> None:
    text = (
        "Today the Chief Minister will meet Samsung officials in Seoul. "
        "He arrived in Seoul on Monday. This morning he met Hyundai officials."
    )
    got, _ = dates(text, dt.date(2025, 8, 27))  # a Wednesday
    assert got == {
        "Meeting with Samsung": "2025-08-27",
        "Arrival in Seoul": "2025-08-25",
        "Meeting with Hyundai Motor": "2025-08-27",
    }


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("World Economic Forum Annual Meeting 2026 in Davos", 2026),
        ("WEF 2026 के लिए", 2026),
        ("SelectUSA Investment Summit-2025", 2025),
        ("India Energy Week 2027", 2027),
    ],
)
def test_years_in_event_names(text: str, year: int) -> None:
    assert [y for y, _ in event_years(text)] == [year]


def test_agencies_and_zones_are_no_events() -> None:
    assert event_years("Lucknow, Sept 3 (PTI 2025) at 10 am IST 2025") == []
