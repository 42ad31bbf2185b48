"""Fictional but realistic reports (Hindi, English, mixed) each give the visit written out here."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from planner.core.article import NoVisitFound, parse_article
from tests.conftest import DATA

ARTICLES = DATA / "articles"

# title -> (date, city, tz, status, start)
E = tuple[str | None, str | None, str | None, str, str | None]

CASES: dict[str, dict[str, Any]] = {
    # Hindi, Devanagari digits, explicit year, next day, सुबह/शाम, DST change on 26 October, postponed
    "hi_mp_germany_uk": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": 2025,
        "span": ("2025-10-23", "2025-10-29"),
        "engagements": {
            "Departure for Germany": ("2025-10-23", None, "Europe/Berlin", "confirmed", None),
            "Meeting with Siemens": (
                "2025-10-24",
                "Munich",
                "Europe/Berlin",
                "confirmed",
                "2025-10-24T10:00:00+02:00",
            ),
            "Visit to BMW": ("2025-10-25", "Munich", "Europe/Berlin", "confirmed", None),
            "Arrival in London": ("2025-10-27", "London", "Europe/London", "confirmed", None),
            "Meeting with UK India Business Council": (
                "2025-10-27",
                "London",
                "Europe/London",
                "confirmed",
                "2025-10-27T16:00:00+00:00",
            ),
            "Meeting with Rolls-Royce": (None, None, "Europe/London", "postponed", None),
            "Return to India": ("2025-10-29", None, "Asia/Kolkata", "confirmed", None),
        },
    },
    # Hindi with organisation names in Latin script; weekdays from the publication date; cancelled
    "hi_up_singapore_dubai": {
        "published": dt.date(2025, 2, 10),
        "language": "hi",
        "head": "Chief Secretary Manoj Kumar Singh",
        "year": None,
        "span": ("2025-02-12", "2025-02-15"),
        "engagements": {
            "Meeting with Temasek": (
                "2025-02-12",
                "Singapore",
                "Asia/Singapore",
                "confirmed",
                "2025-02-12T15:00:00+08:00",
            ),
            "Meeting with Singapore Business Federation": (
                "2025-02-13",
                "Singapore",
                "Asia/Singapore",
                "confirmed",
                None,
            ),
            "Arrival in Dubai": ("2025-02-15", "Dubai", "Asia/Dubai", "confirmed", None),
            "Meeting with DP World": (None, "Dubai", "Asia/Dubai", "cancelled", None),
        },
    },
    # Hindi, a minister, no dates at all, a country with several zones, an engagement with no city
    "hi_jh_australia_nodates": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sanjay Prasad Yadav",
        "year": None,
        "span": (None, None),
        "engagements": {
            "Meeting with Australia India Business Council": (
                None,
                "Sydney",
                "Australia/Sydney",
                "confirmed",
                None,
            ),
            "Meeting with Woodside Energy": (None, "Perth", "Australia/Perth", "confirmed", None),
            "Meeting with the Indian diaspora": (None, None, None, "confirmed", None),
        },
    },
    # English, USA in two zones across the end of DST on 2 November, 10.30 a.m., 3 pm local time
    "en_mh_usa": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2025,
        "span": ("2025-10-31", "2025-11-05"),
        "engagements": {
            "Departure for United States": ("2025-10-31", None, None, "confirmed", None),
            "Meeting with US-India Strategic Partnership Forum": (
                "2025-11-01",
                "New York",
                "America/New_York",
                "confirmed",
                "2025-11-01T10:30:00-04:00",
            ),
            "Address to the Indian diaspora": (
                "2025-11-02",
                "New York",
                "America/New_York",
                "confirmed",
                None,
            ),
            "Arrival in San Francisco": (
                "2025-11-03",
                "San Francisco",
                "America/Los_Angeles",
                "confirmed",
                None,
            ),
            "Meeting with Tesla": (
                "2025-11-03",
                "San Francisco",
                "America/Los_Angeles",
                "confirmed",
                "2025-11-03T15:00:00-08:00",
            ),
            "Meeting with Google": (None, None, None, "cancelled", None),
            "Return to India": ("2025-11-05", None, "Asia/Kolkata", "confirmed", None),
        },
    },
    # English, a Chief Secretary, "On Monday" from the publication date, 31 June
    "en_od_japan_weekdays": {
        "published": dt.date(2025, 6, 27),
        "language": "en",
        "head": "Chief Secretary Manoj Ahuja",
        "year": None,
        "span": ("2025-06-30", "2025-07-01"),
        "engagements": {
            "Meeting with JETRO": (
                "2025-06-30",
                "Tokyo",
                "Asia/Tokyo",
                "confirmed",
                "2025-06-30T11:00:00+09:00",
            ),
            "Visit to Toyota": ("2025-07-01", None, "Asia/Tokyo", "confirmed", None),
            "Meeting with JICA": (None, "Tokyo", "Asia/Tokyo", "confirmed", None),
        },
    },
    # Hindi, the year from an event name, साढ़े 12 बजे, proposed
    "hi_pb_hannover": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhagvant Man",
        "year": 2026,
        "span": ("2026-04-20", "2026-04-21"),
        "engagements": {
            "Visit to Hannover Messe": ("2026-04-20", "Hannover", "Europe/Berlin", "confirmed", None),
            "Meeting with Indo-German Chamber of Commerce": (
                "2026-04-21",
                "Frankfurt",
                "Europe/Berlin",
                "proposed",
                "2026-04-21T12:30:00+02:00",
            ),
        },
    },
    # English, the Gulf, a time given in IST, an MoU signing
    "en_tg_gulf_ist": {
        "published": None,
        "language": "en",
        "head": "IT Minister Duddilla Sridhar Babu",
        "year": 2026,
        "span": ("2026-03-10", "2026-03-11"),
        "engagements": {
            "Meeting with DP World": (
                "2026-03-10",
                "Dubai",
                "Asia/Dubai",
                "confirmed",
                "2026-03-10T09:30:00+04:00",
            ),
            "MoU signing with Lulu Group": (
                "2026-03-11",
                "Abu Dhabi",
                "Asia/Dubai",
                "confirmed",
                "2026-03-11T16:00:00+04:00",
            ),
        },
    },
}


def parse(name: str) -> dict[str, Any]:
    case = CASES[name]
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=case["published"]).to_json()


@pytest.mark.parametrize("name", sorted(CASES))
def test_article_gives_the_expected_visit(name: str) -> None:
    case = CASES[name]
    got = parse(name)
    visit = got["visit"]
    assert visit["language"] == case["language"]
    assert visit["head"] == case["head"]
    if case["year"] is not None:
        assert visit["year"] == case["year"]
    assert (visit["start_date"], visit["end_date"]) == case["span"]
    engagements = {
        e["title"]: (e["date"], e["city"], e["tz"], e["status"], e["start"]) for e in got["engagements"]
    }
    assert engagements == case["engagements"]
    for e in got["engagements"]:
        if e["date"] is None:
            assert any(f"“{e['title']}”: no date" in w for w in got["warnings"])
        if e["start"] is not None:
            assert e["end"] is not None and e["end"] > e["start"]


def test_dst_shift_inside_one_visit() -> None:
    """Berlin before the change is UTC+2; London after it is UTC+0: offsets come from each date."""
    got = parse("hi_mp_germany_uk")
    offsets = {e["title"]: e["start"][-6:] for e in got["engagements"] if e["start"]}
    assert offsets == {"Meeting with Siemens": "+02:00", "Meeting with UK India Business Council": "+00:00"}


def test_multi_zone_country_without_city_has_no_zone() -> None:
    got = parse("hi_jh_australia_nodates")
    assert any("Australia has several time zones" in w for w in got["warnings"])
    assert any("no dates for the visit" in w for w in got["warnings"])
    assert {s["tz"] for s in got["stops"]} == {"Australia/Sydney", "Australia/Perth"}


def test_weekday_resolution_is_explained() -> None:
    got = parse("hi_up_singapore_dubai")
    assert any("“बुधवार” taken as 2025-02-12" in w for w in got["warnings"])


def test_impossible_date_is_a_warning() -> None:
    got = parse("en_od_japan_weekdays")
    assert any("31 June 2025 does not exist" in w for w in got["warnings"])
    jica = next(e for e in got["engagements"] if e["org"] == "JICA")
    assert jica["date"] is None and jica["unscheduled_reason"]


def test_ist_time_converted_to_local() -> None:
    got = parse("en_tg_gulf_ist")
    assert any("is Indian time" in w for w in got["warnings"])


@pytest.mark.parametrize("name", ["hi_unrelated", "en_unrelated"])
def test_unrelated_news_is_no_visit(name: str) -> None:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    with pytest.raises(NoVisitFound, match="no delegation visit found") as info:
        parse_article(text)
    assert info.value.exit_code == 3


def test_year_from_publication_date_across_new_year() -> None:
    text = "Chief Minister X will arrive in Tokyo on 3 January and meet JETRO officials on 4 January."
    got = parse_article(text, published=dt.date(2025, 12, 20)).to_json()
    assert {e["date"] for e in got["engagements"]} == {"2026-01-03", "2026-01-04"}


def test_no_year_and_no_publication_date_leaves_dates_empty() -> None:
    text = "मुख्यमंत्री 24 अगस्त को टोक्यो में JETRO के अधिकारियों से मुलाकात करेंगे।"
    got = parse_article(text).to_json()
    assert [e["date"] for e in got["engagements"]] == [None]
    assert any("no year" in w for w in got["warnings"])
    dated = parse_article(text, published=dt.date(2025, 8, 1)).to_json()
    assert [e["date"] for e in dated["engagements"]] == ["2025-08-24"]
