"""Round 9 date rules: a paragraph keeps its day, another visit's clauses give no date, a date after an
apposition, ``March the 4th``, a report that opens on New Year and goes back to December, a two-cell
masthead under the headline, ``Day 3 … today``, ``बीते दिन`` and the past of ``थीं``/``returned``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planner.core.article import parse_article
from planner.core.article.status import tense
from planner.core.article.when.dates import find_dates
from planner.core.article.when.dayof import hindi_order
from planner.core.article.when.othervisit import about_other_visit
from planner.core.article.when.published import find_published
from tests.core.article.expected import all_cases

ARTICLES = Path(__file__).parents[2] / "data" / "articles"


def _parse(name: str, old: str = "", new: str = "") -> tuple[dict[str, str | None], list[str]]:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    assert old in text
    draft = parse_article(text.replace(old, new), published=all_cases()[name]["published"]).to_json()
    return {e["title"]: e["date"] for e in draft["engagements"]}, draft["warnings"]


# -- a paragraph keeps its day ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules9_dates_en_bizreport_kl_denmark", "Visit to Port of Aarhus", "2026-12-30"),
        ("rules9_dates_en_midvisit_up_bulgaria", "Visit to Trakia Economic Zone", "2026-10-14"),
        (
            "rules9_dates_en_midvisit_up_bulgaria",
            "Meeting with Plovdiv Chamber of Commerce and Industry",
            "2026-10-14",
        ),
        ("rules9_dates_hi_midvisit_hr_belgium", "Departure for Antwerp", "2026-11-18"),
        ("rules9_dates_hi_midvisit_hr_belgium", "Visit to Port of Antwerp-Bruges", "2026-11-19"),
    ],
)
def test_an_engagement_told_without_a_date_takes_its_paragraphs_day(name: str, title: str, day: str) -> None:
    days, warnings = _parse(name)
    assert days[title] == day
    assert any(title in w and "the day its paragraph last names" in w for w in warnings)


def test_a_new_paragraph_does_not_inherit_the_day_before() -> None:
    days, _ = _parse(
        "rules9_dates_en_bizreport_kl_denmark", "the train to Aarhus. There", "the train to Aarhus.\n\nThere"
    )
    assert days["Visit to Port of Aarhus"] is None


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rules9_dates_en_bizreport_kl_denmark", "Meeting with Maersk"),
        ("rules9_dates_en_midvisit_up_bulgaria", "Meeting with Sopharma"),
        ("rules9_dates_hi_midvisit_hr_belgium", "Meeting with Janssen Pharmaceutica"),
    ],
)
def test_an_engagement_put_off_to_another_visit_keeps_no_date(name: str, title: str) -> None:
    days, _ = _parse(name)
    assert days[title] is None


def test_a_proposed_engagement_keeps_no_date_in_a_dated_paragraph() -> None:
    days, _ = _parse(
        "rules9_dates_en_midvisit_up_bulgaria",
        "A meeting with Sopharma has been left for a future visit, officials said.",
        "A meeting with Sopharma is also likely.",
    )
    assert days["Meeting with Sopharma"] is None


@pytest.mark.parametrize(
    ("name", "old", "new", "title"),
    [
        (
            "rules9_dates_en_midvisit_up_bulgaria",
            "A meeting with Sopharma has been left for a future visit, officials said.",
            "A meeting with Sopharma has no date yet.",
            "Meeting with Sopharma",
        ),
        (
            "rules9_dates_hi_midvisit_hr_belgium",
            "Janssen Pharmaceutica के साथ बैठक अगली यात्रा में होगी।",
            "Janssen Pharmaceutica के साथ बैठक भी होनी है, जिसकी तारीख अभी तय नहीं है।",
            "Meeting with Janssen Pharmaceutica",
        ),
    ],
)
def test_an_engagement_said_to_have_no_date_yet_keeps_none(name: str, old: str, new: str, title: str) -> None:
    assert _parse(name, old, new)[0][title] is None


@pytest.mark.parametrize(
    ("old", "new", "day"),
    [
        (
            "There the minister toured the Port of Aarhus",
            "The minister will also tour the Port of Aarhus",
            None,
        ),
        (
            "There the minister toured the Port of Aarhus",
            "Then the minister will tour the Port of Aarhus",
            "2026-12-30",
        ),
    ],
)
def test_a_plan_ahead_takes_the_paragraphs_day_only_after_then(old: str, new: str, day: str | None) -> None:
    assert _parse("rules9_dates_en_bizreport_kl_denmark", old, new)[0]["Visit to Port of Aarhus"] == day


# -- another visit ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "his second since his trip to Copenhagen from 12 to 15 May 2025, bringing back",
        "मंत्री की पिछली थाईलैंड यात्रा 10 मार्च 2025 को हुई थी",
        "A meeting with Maersk will have to wait for his next visit",
        "थाई एयरवेज के साथ बैठक अगली यात्रा में होगी।",
    ],
)
def test_clauses_about_another_visit(text: str) -> None:
    assert about_other_visit(text)


@pytest.mark.parametrize(
    "text",
    ["मुख्यमंत्री अगले दिन कैंडी पहुंचे।", "The visit ended on Friday.", "It is his first visit to Denmark."],
)
def test_clauses_about_this_visit(text: str) -> None:
    assert not about_other_visit(text)


def test_another_visits_year_is_not_this_ones() -> None:
    days, _ = _parse("rules9_dates_en_bizreport_kl_denmark")
    assert days["Arrival in Copenhagen"] == "2026-12-27"
    assert not any(d and d.startswith("2025") for d in days.values())


# -- the forms of a day -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "month"), [("on March the 4th", 4, 3), ("December the 27th.", 27, 12)]
)
def test_month_the_ordinal_day(text: str, day: int, month: int) -> None:
    (mention,) = find_dates(text)
    assert (mention.day, mention.month) == (day, month)


def test_the_without_an_ordinal_is_no_day() -> None:
    assert not any(d.is_calendar for d in find_dates("In March the 4 ministers met"))


@pytest.mark.parametrize(("text", "word"), [("बीते दिन मंत्री ने", "yesterday"), ("गत दिवस बैठक हुई", "yesterday")])
def test_the_day_gone_by_is_yesterday(text: str, word: str) -> None:
    (mention,) = find_dates(text)
    assert mention.from_published == word


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("is in Plovdiv today, on the third day of his visit to Bulgaria.", 3),
        ("राव बेल्जियम दौरे के तीसरे दिन आज एंटवर्प में हैं।", 3),
    ],
)
def test_today_said_with_the_day_of_the_visit(text: str, n: int) -> None:
    (mention,) = find_dates(text)
    assert mention.from_published is not None and mention.counts_day == n


def test_the_day_of_the_visit_today_places_the_first_day() -> None:
    days, warnings = _parse("rules9_dates_en_midvisit_up_bulgaria")
    assert any("its first day taken as 2026-10-12" in w for w in warnings)
    assert days["Visit to Trakia Economic Zone"] == "2026-10-14"


@pytest.mark.parametrize(
    ("text", "when"), [("मंत्री मंगलवार को ब्रसेल्स पहुंची थीं।", "past"), ("He returned to Kochi", "past")]
)
def test_past_forms(text: str, when: str) -> None:
    assert tense(text) == when


# -- the publication date and the year ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("UP delegation in Plovdiv\n\nLucknow | Wednesday, 14 October 2026\n\nText.", dt.date(2026, 10, 14)),
        ("बेल्जियम दौरा\n\nचंडीगढ़ | गुरुवार, 19 नवंबर 2026\n\nपाठ।", dt.date(2026, 11, 19)),
    ],
)
def test_a_two_cell_line_under_the_headline_is_the_masthead(text: str, day: dt.date) -> None:
    found = find_published(text)
    assert found is not None and found.day == day


def test_a_two_cell_line_with_a_figure_beside_the_date_is_no_masthead() -> None:
    assert find_published("Programme\n\nDay 3 | Wednesday, 14 October 2026\n\nText.") is None


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules9_dates_en_bizreport_kl_denmark", "Arrival in Copenhagen", "2026-12-27"),
        ("rules9_dates_en_bizreport_kl_denmark", "MoU signing with Arla Foods", "2027-01-01"),
        ("rules9_dates_hi_newyear_br_thailand", "Arrival in Bangkok", "2026-12-29"),
        ("rules9_dates_hi_newyear_br_thailand", "Return to India", "2027-01-03"),
    ],
)
def test_a_report_opening_on_new_year_goes_back_to_december(name: str, title: str, day: str) -> None:
    assert _parse(name)[0][title] == day


def test_the_day_gone_by_counts_from_a_dateline_with_two_places() -> None:
    days, warnings = _parse("rules9_dates_hi_newyear_br_thailand")
    assert days["Address to the Indian diaspora"] == "2027-01-01"
    assert any("publication date 2027-01-02" in w for w in warnings)


# -- a date after an apposition -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules9_dates_en_bizreport_kl_denmark", "Meeting with Invest in Denmark", "2026-12-27"),
        ("rules9_dates_en_midvisit_up_bulgaria", "Meeting with InvestBulgaria Agency", "2026-10-12"),
    ],
)
def test_a_date_after_an_apposition_is_the_engagements(name: str, title: str, day: str) -> None:
    days, _ = _parse(name)
    got = next(v for k, v in days.items() if k.startswith(title.split(" in ")[0].split(" Agency")[0]))
    assert got == day


def test_a_date_after_another_engagement_is_not_taken_across_it() -> None:
    days, _ = _parse(
        "rules9_dates_en_midvisit_up_bulgaria",
        "met InvestBulgaria Agency, the government's investment promotion body, the same evening.",
        "met InvestBulgaria Agency, and later visited the Sofia Tech Park on October the 20th.",
    )
    assert days["Meeting with InvestBulgaria Agency"] != "2026-10-20"


# -- a live blog's stamps on lines of their own ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules9_dates_en_liveblog_wb_latvia", "Visit to Riga Technical University", "2026-09-16"),
        (
            "rules9_dates_en_liveblog_wb_latvia",
            "Meeting with Latvian Chamber of Commerce and Industry (LTRK)",
            "2026-09-16",
        ),
        (
            "rules9_dates_en_liveblog_wb_latvia",
            "Meeting with Investment and Development Agency of Latvia (LIAA)",
            "2026-09-15",
        ),
        ("rules9_dates_mixed_liveblog_mh_brazil", "Meeting with FIESP", "2026-10-22"),
        ("rules9_dates_mixed_liveblog_mh_brazil", "Visit to Natura", "2026-10-21"),
    ],
)
def test_an_entry_under_a_stamp_on_its_own_line_is_on_the_pages_day(name: str, title: str, day: str) -> None:
    assert _parse(name)[0][title] == day


def test_a_stamp_on_its_own_line_is_no_clock_time_of_the_entry() -> None:
    text = (ARTICLES / "rules9_dates_en_liveblog_wb_latvia.txt").read_text(encoding="utf-8")
    draft = parse_article(text).to_json()
    university = next(e for e in draft["engagements"] if e["title"] == "Visit to Riga Technical University")
    assert university["start"] is None


def test_a_line_after_the_entry_is_not_the_entrys() -> None:
    days, _ = _parse(
        "rules9_dates_mixed_liveblog_mh_brazil",
        "06:10 PM IST\n",
        "06:10 PM IST\n\nखबर जारी है।\n\n",
    )
    assert not any(t.startswith("MoU signing") and d == "2026-10-22" for t, d in days.items())


# -- a sentence built as Hindi though most of its letters are Latin --------------------------------------


@pytest.mark.parametrize(
    ("text", "hindi"),
    [
        ("Chaitanya Kashyap 13 जुलाई को Bogotá पहुंचेंगे और 14 जुलाई को ProColombia के President से मिलेंगे।", True),
        ("CM Devendra Fadnavis 20 October को São Paulo पहुंचे और 21 October को Natura का दौरा किया।", True),
        ("The minister met Invest in Denmark, the country's agency, the same afternoon.", False),
        ("Panja is now meeting the Latvian Chamber of Commerce and Industry (LTRK).", False),
    ],
)
def test_the_order_of_a_sentence_is_told_by_its_grammar_words(text: str, hindi: bool) -> None:
    assert hindi_order(text) is hindi


@pytest.mark.parametrize(
    ("name", "old", "new", "title", "day"),
    [
        (
            "rules9_dates_mixed_liveblog_mh_brazil",
            "मुख्यमंत्री मंगलवार, 20 अक्टूबर को साओ पाउलो पहुंचे थे। बुधवार को उन्होंने साओ पाउलो में "
            "Natura के संयंत्र का दौरा किया।",
            "CM Devendra Fadnavis 20 October को São Paulo पहुंचे और 21 October को Natura Cosméticos के "
            "Cajamar plant का दौरा किया।",
            "Arrival in São Paulo",
            "2026-10-20",
        ),
        (
            "rules9_dates_hi_midvisit_hr_belgium",
            "मंत्री मंगलवार को ब्रसेल्स पहुंची थीं।",
            "Minister Arti Singh Rao 17 November को Brussels पहुंची और 18 November को Flanders Investment "
            "& Trade की CEO से मिलीं।",
            "Arrival in Brussels",
            "2026-11-17",
        ),
    ],
)
def test_a_mixed_sentence_dates_what_follows_each_date(
    name: str, old: str, new: str, title: str, day: str
) -> None:
    assert _parse(name, old, new)[0][title] == day
