"""Round 11 date rules: a day's heading that gives only the weekday after the first dates the paragraph
under it, and a travel desk's ``Sat 24/10`` is a date whose weekday picks its year (see ``dayheads``,
``paragraphday``, ``dates`` and ``resolve``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.candidate import Candidate
from planner.core.article.reading.text import Sentence
from planner.core.article.status import put_off_at
from planner.core.article.when.dates import find_dates
from planner.core.article.when.dayheads import is_day_heading
from planner.core.article.when.daynames import find_month_days, find_visit_days
from planner.core.article.when.paragraphday import drop_old_plan
from planner.core.article.when.published import find_published
from planner.core.article.when.resolve import DateResolver
from planner.core.model import Kind, Status
from tests.conftest import DATA
from tests.core.article.expected import all_cases


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


def _days(draft: dict[str, Any]) -> dict[str, str | None]:
    return {e["title"]: e["date"] for e in draft["engagements"]}


@pytest.mark.parametrize(
    "name",
    [
        "rules11_dates_hi_explainer_mp_chile",
        "rules11_dates_en_explainer_ka_kenya",
        "rules11_dates_mixed_traveldesk_gj_portugal",
        "rules11_dates_en_circular_tn_norway",
        "rules11_dates_en_protocolnote_mh_mauritius",
        "rules11_dates_mixed_post_pb_hungary",
        "rules11_dates_en_post_od_croatia",
        "rules11_dates_roman_podcast_wb_ghana",
        "rules11_dates_mixed_diary_up_peru",
        "rules11_dates_hi_report_br_vietnam",
        "rules11_dates_en_wire_ts_philippines",
        "rules11_dates_en_interview_kl_tanzania",
        "rules11_dates_hi_preview_cg_uzbekistan",
        "rules11_dates_en_email_mh_morocco",
        "rules11_dates_mixed_email_tr_bangladesh",
        "rules11_dates_en_interview_rj_slovakia",
        "rules11_dates_hi_report_mp_singapore",
    ],
)
def test_every_day_the_itinerary_gives_is_read(name: str) -> None:
    """Each engagement the article dates has that date; the one proposed with no day has none."""
    expected = all_cases()[name]
    draft = _parse(name)
    days = _days(draft)
    found = {title: days[title] for title in expected["engagements"] if title in days}
    want = {title: e[0] for title, e in expected["engagements"].items() if title in days}
    assert found == want
    # the move told by "गया"/"gaya" alone (Ghana, Peru) is not read yet: their stops are the route's work
    if name not in ("rules11_dates_roman_podcast_wb_ghana", "rules11_dates_mixed_diary_up_peru"):
        assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == [
            tuple(s) for s in expected["stops"]
        ]


@pytest.mark.parametrize(
    ("name", "dated"),
    [
        ("rules11_dates_hi_explainer_mp_chile", 7),
        ("rules11_dates_en_explainer_ka_kenya", 8),
        ("rules11_dates_mixed_traveldesk_gj_portugal", 8),
        ("rules11_dates_en_circular_tn_norway", 5),
        ("rules11_dates_en_protocolnote_mh_mauritius", 5),
        ("rules11_dates_mixed_post_pb_hungary", 6),
        ("rules11_dates_en_post_od_croatia", 6),
        ("rules11_dates_roman_podcast_wb_ghana", 4),
        ("rules11_dates_mixed_diary_up_peru", 5),
        ("rules11_dates_hi_report_br_vietnam", 4),
        ("rules11_dates_en_wire_ts_philippines", 4),
        ("rules11_dates_en_interview_kl_tanzania", 4),
        ("rules11_dates_hi_preview_cg_uzbekistan", 6),
        ("rules11_dates_en_email_mh_morocco", 6),
        ("rules11_dates_mixed_email_tr_bangladesh", 6),
        ("rules11_dates_en_interview_rj_slovakia", 6),
        ("rules11_dates_hi_report_mp_singapore", 5),
    ],
)
def test_the_dated_engagements_are_found(name: str, dated: int) -> None:
    expected = all_cases()[name]["engagements"]
    days = _days(_parse(name))
    assert sum(1 for t, e in expected.items() if e[0] is not None and days.get(t) == e[0]) >= dated


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("दूसरा दिन (सोमवार)", True),
        ("पहला दिन (रविवार, 6 सितंबर)", True),
        ("Second day (Tuesday)", True),
        ("Fourth day (Thursday)", True),
        ("Dec 1 (Monday)", True),
        ("सोमवार", False),  # a weekday alone heads nothing
        ("Tuesday", False),
        ("दूसरा दिन (सोमवार) भी व्यस्त रहेगा", False),  # a headline that says more
        ("Second day of talks (Tuesday)", False),
    ],
)
def test_a_counted_day_beside_its_weekday_is_a_day_heading(text: str, heading: bool) -> None:
    assert is_day_heading(text, find_dates(text)) is heading


@pytest.mark.parametrize(
    ("text", "day", "month", "weekday"),
    [
        ("Sat 24/10: 10:30 meeting", 24, 10, 5),
        ("Monday 01/06: Arrival in Oslo", 1, 6, 0),
        ("24/10 (Sat) reception", 24, 10, 5),
        ("Thu 22/10 रात Kochi से", 22, 10, 3),
    ],
)
def test_a_weekday_beside_figures_is_a_date(text: str, day: int, month: int, weekday: int) -> None:
    found = [d for d in find_dates(text) if d.is_calendar]
    assert [(d.day, d.month, d.weekday) for d in found] == [(day, month, weekday)]


@pytest.mark.parametrize(
    "text", ["open 24/7", "3/4 of the delegates", "on 9/11", "Sat 10.30 am", "Sat 32/10"]
)
def test_figures_without_a_weekday_are_no_date(text: str) -> None:
    assert not [d for d in find_dates(text) if d.is_calendar]


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("Mon 14/09", dt.date(2026, 9, 7), dt.date(2026, 9, 14)),  # 14 September 2025 is a Sunday
        ("Sat 24/10", dt.date(2026, 10, 19), dt.date(2026, 10, 24)),
        # no 3 January near it is a Wednesday: the nearest 3 January, as with no weekday
        ("Wed 3/01", dt.date(2025, 12, 20), dt.date(2026, 1, 3)),
    ],
)
def test_the_weekday_picks_the_year(text: str, published: dt.date, want: dt.date) -> None:
    resolver = DateResolver(None, published)
    d = next(d for d in find_dates(text) if d.is_calendar)
    assert resolver.resolve(d, "", [])[0] == want


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Punjab Udyog Vibhag - Hungary Daura Updates (Facebook post)\n14 May 2026\n\nआज …", "2026-05-14"),
        ("A delegation diary (LinkedIn post)\n9 September 2026\n\nYesterday we landed …", "2026-09-09"),
        ("Programme of the visit\nTUESDAY, 15 SEPTEMBER 2026\n0930 hrs Arrival", None),  # a first day
        ("14 May 2026\nThe minister met …", None),  # the first line: a heading, not under a title
        ("A post\n14 May 2026 को मंत्री पहुंचे।", None),  # a sentence, not a date alone
    ],
)
def test_a_date_alone_under_the_title_is_the_posts(text: str, day: str | None) -> None:
    found = find_published(text)
    assert (found.day.isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("तीसरे दिन delegation Arequipa गया।", 3),
        ("दूसरे दिन team ने PROMPERU के साथ meeting की।", 2),
        ("तीसरे दिन दल Lae गया।", 3),
        ("दूसरे दिन से meeting शुरू होंगी।", None),  # "from the second day": no day of its own
    ],
)
def test_a_sentence_opening_on_the_nth_day_before_a_latin_word(text: str, n: int | None) -> None:
    found = find_visit_days(text)
    assert (found[0].n if found else None) == n


def _put_off(text: str, date_text: str) -> Candidate:
    sentence = Sentence(index=0, text=text, source=text, line=0, heading=False)
    day = dt.date(2026, 4, 18)
    cand = Candidate("Meeting with X", Kind.MEETING, sentence, 0, (0, len(text)), date=day, end_date=day)
    cand.date_text, cand.status = date_text, Status.POSTPONED
    return cand


@pytest.mark.parametrize(
    ("text", "date_text", "kept"),
    [
        ("18 अप्रैल को X के साथ प्रस्तावित बैठक स्थगित कर दी गई।", "18 अप्रैल", False),
        ("The April 18 meeting with X was postponed.", "April 18", False),
        ("The meeting with X was postponed to April 18.", "April 18", True),  # the new date
        ("The April 2 meeting with X was postponed to April 18.", "April 2", True),  # a new one after
        ("X के साथ बैठक 18 अप्रैल तक टाल दी गई।", "18 अप्रैल", True),  # "तक": the new date
    ],
)
def test_a_date_before_the_words_that_put_it_off_is_the_old_plan(
    text: str, date_text: str, kept: bool
) -> None:
    cand = _put_off(text, date_text)
    warning = drop_old_plan(cand)
    assert (cand.date is not None) is kept
    assert (warning is None) is kept
    if not kept:
        assert cand.near_date == dt.date(2026, 4, 18)


def test_put_off_at() -> None:
    assert put_off_at("The meeting was postponed.") == 16
    assert put_off_at("बैठक स्थगित कर दी गई।") == 5
    assert put_off_at("The meeting was held.") is None


def _weekdays(texts: list[tuple[str, str]], published: dt.date) -> list[dt.date | None]:
    resolver = DateResolver(None, published)
    days = []
    for text, tense in texts:
        d = next(d for d in find_dates(text) if d.weekday is not None)
        days.append(resolver.resolve(d, tense, [])[0])
    return days


def test_a_weekday_named_again_within_the_week_told_is_that_day() -> None:
    saturday = dt.date(2026, 11, 7)
    told = [("on Monday", "future"), ("On Tuesday", "future"), ("On Wednesday", "future")]
    days = _weekdays([*told, ("On Tuesday evening", "future"), ("on Thursday", "unknown")], saturday)
    assert [d.day if d else None for d in days] == [9, 10, 11, 10, 12]


def test_within_the_week_told_a_weekday_does_not_jump_a_week() -> None:
    saturday = dt.date(2026, 11, 7)
    told = [("on Monday", "future"), ("On Tuesday", "future"), ("On Monday", "future")]
    days = _weekdays([*told, ("On Tuesday", "future")], saturday)
    # Monday again right after Tuesday is still within the week told: the same Monday (9); a Tuesday
    # named next is then the 10th again, and only an eighth day would be the next week's
    assert [d.day if d else None for d in days] == [9, 10, 9, 10]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "From: Press Section <p@x.in>\nDate: Thu, 14 May 2026 at 18:05\nSubject: Visit\n\nToday …",
            "2026-05-14",
        ),
        ("From: Commerce Wing\nSent: Tuesday, 8 December 2026 16:20\nTo: Industries\n\nआज …", "2026-12-08"),
        ("Programme\nDate: 12 May 2026\nVenue: Hotel Atlas\n", None),  # no email header beside it
        ("From: Press Section\nDate: to be confirmed\n", None),  # no date in it
    ],
)
def test_an_emails_header_date_is_when_it_was_sent(text: str, day: str | None) -> None:
    found = find_published(text)
    assert (found.day.isoformat() if found else None) == day


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("On the 16th we met SARIO.", [16]),
        ("On Wednesday, the 9th, we signed an MoU.", [9]),
        ("from the 5th to the 8th", [5, 8]),
        ("4 तारीख को मंत्री ने बैठक की।", [4]),
        ("on the 75th anniversary of the port", []),  # an ordinal before what it counts
        ("the 16th we met", []),  # no "on": "the 16th" alone may be anything
        ("इसकी नई तारीख बाद में तय होगी।", []),
    ],
)
def test_a_day_of_the_month_told_alone(text: str, days: list[int]) -> None:
    assert [n for *_, n in find_month_days(text)] == days


@pytest.mark.parametrize(
    ("before", "text", "want"),
    [
        ("June 15, 2026", "On the 16th", dt.date(2026, 6, 16)),
        ("30 January 2026", "On the 2nd", dt.date(2026, 2, 2)),  # past the month's end: the next month
        ("December 30, 2026", "On the 2nd", dt.date(2027, 1, 2)),
    ],
)
def test_a_day_of_the_month_is_in_the_month_told_before(before: str, text: str, want: dt.date) -> None:
    resolver = DateResolver(None, None)
    resolver.resolve(find_dates(before)[0], "", [])
    assert resolver.resolve(find_dates(text)[0], "", [])[0] == want


def test_a_day_of_the_month_with_nothing_before_is_left_unscheduled() -> None:
    warnings: list[str] = []
    assert DateResolver(2026, None).resolve(find_dates("On the 16th")[0], "", warnings) == (None, None)
    assert warnings
