"""The publication date a report states about itself: an Updated:/प्रकाशित: line, a URL, a dateline."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.article import parse_article
from planner.core.article.when.published import find_published

BODY = "The Chief Minister will meet JETRO officials in Tokyo on Monday and return on Thursday."


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Updated: Aug 22, 2025 10:15 IST", "2025-08-22"),
        ("Last Updated on December 10, 2025, 09:00 pm IST", "2025-12-10"),
        ("Published: 2025-08-22", "2025-08-22"),
        ("अपडेटेड: 26 अगस्त 2025, 09:15 AM IST", "2025-08-26"),
        ("जयपुर/मैड्रिड। प्रकाशित: 10 दिसंबर 2025", "2025-12-10"),
        ("https://www.example.in/national/2025/08/22/cm-japan-visit", "2025-08-22"),
        ("https://www.example.in/states/andhra-pradesh/2025/Jul/27/cm-begins-tour", "2025-07-27"),
        ("www.example.com/news/cm-visit-20250901.html", "2025-09-01"),
    ],
)
def test_found_in_a_line(line: str, day: str) -> None:
    found = find_published(f"Headline\n{line}\n{BODY}")
    assert found is not None and found.day.isoformat() == day


@pytest.mark.parametrize(
    "line",
    [
        "Updated: Aug 22 10:15 IST",  # no year: not a date
        "https://www.example.in/national/cm-japan-visit-2025",  # a year alone
        "He was updated on the plans on 22 August 2025 by officials.",  # not a label opening a line
    ],
)
def test_not_a_publication_date(line: str) -> None:
    assert find_published(f"Headline\n{line}\n{BODY}") is None


def test_weekdays_count_from_it_and_the_warning_says_where_it_came_from() -> None:
    got = parse_article(f"CM to visit Japan\nUpdated: Aug 22, 2025 10:15 IST\n{BODY}").to_json()
    assert got["visit"]["published"] == "2025-08-22"
    assert any("publication date 2025-08-22 taken from the “Updated” line" in w for w in got["warnings"])
    assert {e["date"] for e in got["engagements"]} == {"2025-08-25", "2025-08-28"}


def test_the_given_date_wins_and_the_line_is_no_engagement_date() -> None:
    text = f"CM to visit Japan\nUpdated: Aug 22, 2025 10:15 IST\n{BODY}"
    got = parse_article(text, published=dt.date(2025, 9, 1)).to_json()
    assert got["visit"]["published"] == "2025-09-01"
    assert not any("taken from" in w for w in got["warnings"])
    assert "2025-08-22" not in {e["date"] for e in got["engagements"]}


def test_a_dateline_with_its_year_wins_over_a_url() -> None:
    text = (
        "CM to visit Japan\nLucknow, Sept 3, 2025 (PTI): "
        + BODY
        + "\nhttps://www.example.in/national/2025/09/05/cm-japan-visit"
    )
    got = parse_article(text).to_json()
    assert got["visit"]["published"] == "2025-09-03"
    assert any("taken from the dateline" in w for w in got["warnings"])
