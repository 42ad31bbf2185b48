"""Round 13 date rules: a short title's month and year gives the year of the days under it
(``datehints.title_month_year``); a day and month in figures after "on" or a visit's day label is a
date (``dates._LABELLED_DM``); a day of the month told in words before its month, as automatic
transcripts write it (``daywords.find_word_days``); a new date not fixed yet, said in mixed script or
Roman Hindi, leaves a put-off engagement undated (``paragraphday.NO_DATE``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.when.datehints import title_month_year
from planner.core.article.when.dates import MONTH_NAMES, find_dates
from planner.core.article.when.daywords import ENGLISH_DAYS, HINDI_DAYS, find_word_days
from planner.core.article.when.paragraphday import NO_DATE
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules13_dates import RULES13_DATES


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES13_DATES))
def test_every_dated_engagement_is_on_its_day(name: str) -> None:
    """Each engagement found is on the day expected (or undated where expected so): none invented."""
    want = {title: e[0] for title, e in RULES13_DATES[name]["engagements"].items()}
    got = {e["title"]: e["date"] for e in _parse(name)["engagements"]}
    assert {t: d for t, d in got.items() if t in want} == {t: want[t] for t in got if t in want}
    assert len(set(got) & set(want)) >= len(want) - 1


@pytest.mark.parametrize(
    "name",
    [
        "rules13_dates_en_newsletter_kl_chile",
        "rules13_dates_hi_newsletter_jh_kenya",
        "rules13_dates_en_briefing_tn_peru",
        "rules13_dates_hi_autotranscript_mp_argentina",
        "rules13_dates_en_autotranscript_gj_portugal",
        "rules13_dates_mixed_update_hp_rwanda",
        "rules13_dates_roman_whatsapp_ka_fiji",
    ],
)
def test_the_stops_are_dated(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES13_DATES[name]["stops"]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rules13_dates_mixed_update_hp_rwanda", "Meeting with Rwanda Horticulture Exporters Association"),
        ("rules13_dates_roman_whatsapp_ka_fiji", "Meeting with Fiji Kava Council"),
    ],
)
def test_a_meeting_put_off_with_no_new_date_is_undated(name: str, title: str) -> None:
    got = {e["title"]: (e["date"], e["status"]) for e in _parse(name)["engagements"]}
    assert got[title] == (None, "postponed")


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("April 2027: Month in Review", 2027),
        ("जुलाई 2026: महीने की झलक", 2026),
        ("Mahine ki Jhalak: November 2026", 2026),
        ("On 12 March 2026", None),  # a date, read by find_dates
        ("The board said the plant, announced in April 2027 after a long wait, would open soon", None),
        ("The plan of March 2026 was dropped.", None),
    ],
)
def test_title_month_year(text: str, year: int | None) -> None:
    found = title_month_year(text)
    assert (found[0] if found else None) == year


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Day 1 was 8/12. We landed", (8, 12)),
        ("Day 2, 9/12, was the main working day", (9, 12)),
        ("On 11/12 we drove back", (11, 12)),
        ("open 24/7 on all days", None),
        ("on 3/4 of the land", None),
    ],
)
def test_figures_after_on_or_a_day_label(text: str, day: tuple[int, int] | None) -> None:
    found = [(d.day, d.month) for d in find_dates(text) if d.is_calendar]
    assert found == ([day] if day else [])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("दल सत्रह मार्च को पहुंचा", (17, 3)),
        ("दल तीन नवंबर को मंगलवार को पहुंचा", (3, 11)),
        ("landed on the twenty-first of September", (21, 9)),
        ("On September twenty-fourth, 2026 we met", (24, 9)),
        ("दो दिन बाद", None),
        ("the third meeting of March", None),
    ],
)
def test_find_word_days(text: str, day: tuple[int, int] | None) -> None:
    found = [(w.day, w.month) for w in find_word_days(text, MONTH_NAMES)]
    assert found == ([day] if day else [])


def test_the_day_words_count_one_to_thirty_one() -> None:
    assert set(HINDI_DAYS.values()) == set(range(1, 32)) == set(ENGLISH_DAYS.values())


@pytest.mark.parametrize(
    ("text", "undated"),
    [
        ("meeting फिलहाल postpone कर दी गई है; नई date अभी तय नहीं हुई है", True),
        ("woh postpone ho gayi hai; nayi tarikh abhi tay nahi hui hai", True),
        ("नयी तारीख अभी tay नही हुई है", True),
        ("The update date: 5 May. Nahi Ram said so", False),
    ],
)
def test_no_date_in_mixed_script_and_roman(text: str, undated: bool) -> None:
    assert bool(NO_DATE.search(text)) is undated
