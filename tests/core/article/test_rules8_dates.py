"""Round 8 date rules: a circular's numeric day headings with the weekday cut short in brackets, the
table rows under them, a diary's paragraphs opened by a day, across New Year, and a Hindi dateline
with its weekday in brackets, against which past weekdays count back."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.article import parse_article
from planner.core.article.when.dates import find_dates
from planner.core.article.when.published import find_dateline

ARTICLES = Path(__file__).parents[2] / "data" / "articles"


def _days(name: str, old: str = "", new: str = "") -> tuple[dict[str, str | None], list[str]]:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8").replace(old, new)
    draft = parse_article(text).to_json()
    return {e["title"]: e["date"] for e in draft["engagements"]}, draft["warnings"]


@pytest.mark.parametrize(
    ("text", "weekday"),
    [("Day-1 (Thu) 26.03.2026", 3), ("29 December (Tue).", 1), ("Day-4 (Fri.) 12/06/2026", 4)],
)
def test_a_short_weekday_in_brackets_is_the_weekday_of_the_date_beside_it(text: str, weekday: int) -> None:
    (mention,) = find_dates(text)
    assert mention.is_calendar and mention.weekday == weekday


def test_a_short_weekday_alone_or_out_of_brackets_is_no_date() -> None:
    assert find_dates("The Sun (Sat) edition") == []
    assert [d.text for d in find_dates("Sat down with 26.03.2026")] == ["26.03.2026"]
    assert find_dates("Sat down with 26.03.2026")[0].weekday is None


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        (
            "rules8_dates_en_circular_mh_portugal",
            "Meeting with Portuguese Industrial Association (AIP)",
            "2026-06-10",
        ),
        (
            "rules8_dates_en_circular_mh_portugal",
            "Meeting with Porto Business Association (ACP)",
            "2026-06-11",
        ),
        ("rules8_dates_en_circular_ka_netherlands", "Departure for Rotterdam", "2026-11-19"),
        ("rules8_dates_en_circular_ka_netherlands", "Meeting with Port of Rotterdam", "2026-11-19"),
    ],
)
def test_the_rows_under_a_numeric_day_heading_are_that_day(name: str, title: str, day: str) -> None:
    assert _days(name)[0][title] == day


def test_a_row_with_a_second_sentence_keeps_the_day_for_the_rows_after_it() -> None:
    days, _ = _days("rules8_dates_en_circular_mh_portugal")
    # the arrival row ends "… by TK-1759. Received by the Ambassador of India."; the next row is day 1 still
    assert days["Meeting with Agency for Investment and Foreign Trade of Portugal (AICEP)"] == "2026-06-09"


def test_a_weekday_beside_a_numeric_date_that_disagrees_is_warned() -> None:
    _, warnings = _days(
        "rules8_dates_en_circular_mh_portugal", "Day-2 (Wed) 10/06/2026", "Day-2 (Fri) 10/06/2026"
    )
    assert any("10/06/2026" in w and "not a Friday" in w for w in warnings)
    _, warnings = _days("rules8_dates_en_circular_mh_portugal")
    assert not any("not a " in w for w in warnings)


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules8_dates_en_diary_kl_kenya", "Meeting with Kenya Association of Manufacturers", "2026-12-31"),
        ("rules8_dates_en_diary_kl_kenya", "Meeting with Kenya Ports Authority (KPA)", "2027-01-01"),
        ("rules8_dates_en_diary_kl_kenya", "Arrival in Nairobi", "2026-12-30"),
        ("rules8_dates_en_diary_tn_vietnam", "Arrival in Hanoi", "2025-12-30"),
        (
            "rules8_dates_en_diary_tn_vietnam",
            "Meeting with Saigon Hi-Tech Park Management Board (SHTP)",
            "2026-01-01",
        ),
    ],
)
def test_a_diary_paragraph_opened_by_a_day_is_that_day_across_new_year(
    name: str, title: str, day: str
) -> None:
    assert _days(name)[0][title] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("भोपाल, 12 जून 2026 (शुक्रवार)। Japan दौरे से लौटने के बाद", (12, 6, 2026)),
        ("पटना, 24 अक्टूबर 2026 (शनिवार)। Germany दौरे से लौटे", (24, 10, 2026)),
    ],
)
def test_a_dateline_with_its_weekday_in_brackets_is_a_dateline(text: str, day: tuple[int, int, int]) -> None:
    line = find_dateline(text)
    assert line is not None and (line.day, line.month, line.year) == day


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules8_dates_mixed_report_mp_japan", "Arrival in Tokyo", "2026-06-08"),
        ("rules8_dates_mixed_report_mp_japan", "Meeting with Keidanren", "2026-06-10"),
        ("rules8_dates_mixed_report_br_germany", "Arrival in Frankfurt", "2026-10-18"),
        (
            "rules8_dates_mixed_report_br_germany",
            "Meeting with Bavarian Chamber of Commerce (BIHK)",
            "2026-10-21",
        ),
    ],
)
def test_past_weekdays_count_back_from_a_dateline_with_its_weekday(name: str, title: str, day: str) -> None:
    assert _days(name)[0][title] == day
