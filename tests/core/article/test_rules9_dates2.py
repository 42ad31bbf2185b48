"""Round 9's date rules, each on two articles: a date after an apposition (Denmark, Georgia), one journey
found twice in a sentence (Bulgaria, Cambodia), a mixed sentence read in Hindi order (Brazil, Serbia);
and what the second articles needed besides: a dateline with its country in brackets, a dateline under
a release's letterhead, ``Enterprise`` naming a body."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.reading.text import sentences
from planner.core.article.status import status_of
from planner.core.article.when.dayof import hindi_order
from planner.core.article.when.published import find_dateline, opening_dateline
from tests.core.article.expected import all_cases

ARTICLES = Path(__file__).parents[2] / "data" / "articles"


def _draft(name: str, old: str = "", new: str = "") -> dict[str, object]:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    assert old in text
    return parse_article(text.replace(old, new), published=all_cases()[name]["published"]).to_json()


def _days(name: str, old: str = "", new: str = "") -> dict[str, list[str | None]]:
    days: dict[str, list[str | None]] = {}
    for e in _draft(name, old, new)["engagements"]:  # type: ignore[attr-defined]
        days.setdefault(e["title"], []).append(e["date"])
    return days


# -- a date after an apposition -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        # the importer names it by its first word; the scorer matches it by the words of the body
        ("rules9_dates_en_bizreport_kl_denmark", "Meeting with Invest", "2026-12-27"),
        ("rules9_dates2_en_wire_tg_georgia", "Meeting with Enterprise Georgia", "2026-11-16"),
        (
            "rules9_dates2_en_wire_tg_georgia",
            "Meeting with Georgian Chamber of Commerce and Industry (GCCI)",
            "2026-11-17",
        ),
    ],
)
def test_a_date_after_an_apposition_is_the_engagements(name: str, title: str, day: str) -> None:
    assert _days(name)[title] == [day]


def test_the_arrivals_date_stays_the_arrivals_beside_an_apposition() -> None:
    days = _days("rules9_dates2_en_wire_tg_georgia")
    assert days["Arrival in Tbilisi"] == ["2026-11-16"]


def test_a_date_after_another_engagement_is_not_taken_across_it() -> None:
    days = _days(
        "rules9_dates2_en_wire_tg_georgia",
        "met Enterprise Georgia, the economy ministry's investment and export promotion agency, the same "
        "evening.",
        "met Enterprise Georgia, and later toured the Tbilisi Tech Park on Thursday.",
    )
    assert days["Meeting with Enterprise Georgia"] != ["2026-11-19"]


# -- one journey found twice in a sentence ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("rules9_dates_en_midvisit_up_bulgaria", "2026-10-16"),
        ("rules9_dates2_en_release_as_cambodia", "2026-12-11"),
    ],
)
def test_a_journey_found_twice_is_one_journey_on_its_own_day(name: str, day: str) -> None:
    assert _days(name)["Return to India"] == [day]


def test_the_engagement_beside_the_journey_keeps_the_fronting_day() -> None:
    days = _days("rules9_dates2_en_release_as_cambodia")
    assert days["Address to the Indian diaspora"] == ["2026-12-10"]


def test_a_journey_whose_findings_have_no_date_of_their_own_is_not_moved() -> None:
    days = _days(
        "rules9_dates2_en_release_as_cambodia",
        "and then return home, flying back to India on Friday.",
        "and then return home, flying back to India.",
    )
    assert days["Return to India"] == ["2026-12-10"]


# -- a mixed sentence read in Hindi order ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules9_dates_mixed_liveblog_mh_brazil", "Visit to Natura", "2026-10-21"),
        ("rules9_dates2_mixed_portal_mp_serbia", "Arrival in Belgrade", "2026-06-08"),
        (
            "rules9_dates2_mixed_portal_mp_serbia",
            "Meeting with Development Agency of Serbia (RAS)",
            "2026-06-09",
        ),
        ("rules9_dates2_mixed_portal_mp_serbia", "Address to the Indian diaspora", "2026-06-11"),
        ("rules9_dates2_mixed_portal_mp_serbia", "Return to India", "2026-06-12"),
    ],
)
def test_a_mixed_sentence_dates_what_follows_each_date(name: str, title: str, day: str) -> None:
    assert _days(name)[title] == [day]


def test_the_brazil_article_in_hinglish_reads_in_hindi_order() -> None:
    days = _days(
        "rules9_dates_mixed_liveblog_mh_brazil",
        "मुख्यमंत्री मंगलवार, 20 अक्टूबर को साओ पाउलो पहुंचे थे। बुधवार को उन्होंने साओ पाउलो में Natura के संयंत्र का दौरा किया।",
        "CM Devendra Fadnavis 20 October को São Paulo पहुंचे और 21 October को Natura के plant का visit किया।",
    )
    assert days["Arrival in São Paulo"] == ["2026-10-20"]
    assert days["Visit to Natura"] == ["2026-10-21"]


@pytest.mark.parametrize(
    "text",
    [
        "CM Yadav 8 June को Belgrade पहुंचे और 9 June को Development Agency of Serbia (RAS) की Director Dragana "
        "Ilić से मिले।",
        "11 June की शाम को वे Novi Sad में Indian community को address करेंगे और 12 June को India लौटेंगे।",
    ],
)
def test_the_serbia_sentences_are_built_as_hindi(text: str) -> None:
    assert hindi_order(text)


# -- a meeting put off to the next visit ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rules9_dates2_en_wire_tg_georgia", "Meeting with Georgian Railway"),
        ("rules9_dates2_mixed_portal_mp_serbia", "Meeting with Air Serbia"),
        ("rules9_dates_en_bizreport_kl_denmark", "Meeting with Maersk"),
        ("rules9_dates_en_midvisit_up_bulgaria", "Meeting with Sopharma"),
        ("rules9_dates_hi_midvisit_hr_belgium", "Meeting with Janssen Pharmaceutica"),
    ],
)
def test_a_meeting_on_the_next_visit_is_postponed_and_undated(name: str, title: str) -> None:
    draft = _draft(name)
    (meeting,) = [e for e in draft["engagements"] if e["title"] == title]  # type: ignore[attr-defined]
    assert meeting["date"] is None and meeting["status"] == "postponed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A meeting with Georgian Railway will take place on the next visit, officials said.", "postponed"),
        ("Air Serbia के साथ meeting अगली यात्रा में होगी।", "postponed"),
        ("The two sides met during his last visit to Tbilisi.", "confirmed"),
        ("It was his next stop after Batumi.", "confirmed"),
    ],
)
def test_the_next_visit_puts_off_and_the_last_one_does_not(text: str, status: str) -> None:
    assert status_of(text).value == status


# -- datelines ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "month", "year"),
    [
        ("BATUMI (Georgia), Nov 19, 2026 (IANS) Telangana IT and Industries Minister", 19, 11, 2026),
        ("लुसाका (जाम्बिया), 5 मार्च (भाषा)। मुख्यमंत्री ने", 5, 3, None),
        ("Batumi (Georgia), Nov 19 (PTI): The minister", 19, 11, None),
    ],
)
def test_a_dateline_with_its_country_in_brackets(text: str, day: int, month: int, year: int | None) -> None:
    found = find_dateline(text)
    assert found is not None and (found.day, found.month, found.year) == (day, month, year)


def test_a_bracket_that_is_no_country_name_is_no_dateline() -> None:
    assert find_dateline("Port visit (Day 3), then talks: the minister") is None


def test_a_dateline_under_a_releases_letterhead() -> None:
    text = (ARTICLES / "rules9_dates2_en_release_as_cambodia.txt").read_text(encoding="utf-8")
    found = opening_dateline(sentences(text))
    assert found is not None and (found[1].day, found[1].month, found[1].year) == (7, 12, 2026)
    days = _days("rules9_dates2_en_release_as_cambodia")
    assert days["Meeting with Council for the Development of Cambodia (CDC)"] == ["2026-12-07"]


def test_under_the_letterhead_only_a_dateline_with_its_year_counts() -> None:
    lines = "Government of Assam\n\nChief Minister's Office\n\nPRESS RELEASE\n\nMonday, December 7: he"
    assert opening_dateline(sentences(lines)) is None


def test_a_short_headline_before_a_day_heading_is_no_letterhead() -> None:
    text = (ARTICLES / "blind4_roman_whatsapp_rj_thailand.txt").read_text(encoding="utf-8")
    assert opening_dateline(sentences(text)) is None


def test_a_dateline_with_its_country_under_a_hindi_letterhead() -> None:
    draft = _draft("rules9_dates2_hi_release_jh_zambia")
    assert any("publication date 2027-02-17 taken from the dateline" in w for w in draft["warnings"])  # type: ignore[attr-defined]
    days = _days("rules9_dates2_hi_release_jh_zambia")
    assert days["Meeting with Zambia Development Agency (ZDA)"] == ["2027-02-17"]
    assert days["Departure for Kitwe"] == ["2027-02-18"]


# -- a live blog of one day of the visit ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules9_dates2_en_liveblog_pb_singapore", "Meeting with Enterprise Singapore", "2027-03-03"),
        ("rules9_dates2_en_liveblog_pb_singapore", "Visit to JTC Corporation", "2027-03-03"),
        ("rules9_dates2_en_liveblog_pb_singapore", "Address to the Indian diaspora", "2027-03-04"),
        (
            "rules9_dates2_en_liveblog_pb_singapore",
            "Meeting with Singapore Business Federation",
            "2027-03-02",
        ),
        (
            "rules9_dates2_hi_liveblog_hp_cyprus",
            "MoU signing with Cyprus University of Technology",
            "2027-05-11",
        ),
        ("rules9_dates2_hi_liveblog_hp_cyprus", "Address to the Indian diaspora", "2027-05-12"),
        ("rules9_dates2_hi_liveblog_hp_cyprus", "Meeting with Invest Cyprus", "2027-05-10"),
        ("rules9_dates2_hi_liveblog_hp_cyprus", "Return to India", "2027-05-13"),
    ],
)
def test_a_live_blog_of_day_three_dates_its_entries_from_the_first_day(
    name: str, title: str, day: str
) -> None:
    assert _days(name)[title] == [day]


def test_the_live_blogs_day_is_told() -> None:
    draft = _draft("rules9_dates2_en_liveblog_pb_singapore")
    assert any("its entries taken as 2027-03-03, day 3" in w for w in draft["warnings"])  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # no day of the visit named: the page has no day, the entries none
        ("live coverage of Day 3 of Punjab", "live coverage of Punjab"),
        # the arrival without its year: nothing to count from
        ("on Monday, March 1, 2027.", "on Monday."),
    ],
)
def test_without_the_day_or_a_dated_arrival_the_entries_keep_no_date(old: str, new: str) -> None:
    days = _days("rules9_dates2_en_liveblog_pb_singapore", old, new)
    assert days["Meeting with Enterprise Singapore"] == [None]
    assert days["Visit to JTC Corporation"] == [None]


def test_a_page_with_its_own_date_keeps_it() -> None:
    days = _days(
        "rules9_dates2_en_liveblog_pb_singapore",
        "Welcome to our live coverage",
        "Last updated: March 4, 2027, 10:00 PM IST\n\nWelcome to our live coverage",
    )
    assert days["Meeting with Enterprise Singapore"] == ["2027-03-04"]


# -- an adjective of nationality is no body ------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Cambodian", "KH"),
        ("Zambian", "ZM"),
        ("Nigerian", "NG"),
        ("Mexican", "MX"),
        ("Omani", "OM"),
        ("French", "FR"),
    ],
)
def test_regular_adjectives_of_nationality(word: str, code: str) -> None:
    assert load().country_of_demonym(word) == code


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rules9_dates2_en_release_as_cambodia", "Meeting with Cambodian"),
        ("rules9_dates_en_liveblog_wb_latvia", "MoU signing with Latvian"),
    ],
)
def test_a_headlines_nationality_is_no_body(name: str, title: str) -> None:
    assert title not in _days(name)
