"""Fifth-round date rules: datelines and mastheads, weekdays by tense, weekday with date, tables."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.article.reading.tables import expand_tables
from planner.core.article.reading.text import sentences
from planner.core.article.status import tense_at
from planner.core.article.when.dates import find_dates
from planner.core.article.when.published import find_dateline, find_published
from planner.core.article.when.resolve import DateResolver


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Amaravati, November 11, 2026", (11, 11, 2026)),
        ("लखनऊ, मंगलवार, 13 अक्टूबर 2026", (13, 10, 2026)),
        ("Amaravati, Wednesday, November 11, 2026", (11, 11, 2026)),
        ("MOSCOW, Sep 9 (IANS) - Talks", (9, 9, None)),
    ],
)
def test_datelines_and_mastheads(line: str, date: tuple[int, int, int | None]) -> None:
    found = find_dateline(line)
    assert found is not None and (found.day, found.month, found.year) == date


def test_a_place_and_a_date_without_a_year_alone_on_a_line_is_no_dateline() -> None:
    assert find_dateline("Tokyo, November 11") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Title\nPosted on 11/11/2026 by Staff Reporter\nBody.", dt.date(2026, 11, 11)),
        ("Title\nप्रकाशित: 13-10-2026, 08:45 AM\nBody.", dt.date(2026, 10, 13)),
    ],
)
def test_publication_lines(text: str, day: dt.date) -> None:
    found = find_published(text)
    assert found is not None and found.day == day


def _weekday(resolver: DateResolver, text: str, tense: str) -> dt.date | None:
    (m,) = find_dates(text)
    return resolver.resolve(m, tense, [])[0]


def test_a_past_weekday_told_after_a_later_day_is_not_a_week_late() -> None:
    r = DateResolver(2026, dt.date(2026, 11, 11))  # a Wednesday
    assert _weekday(r, "on Tuesday", "past") == dt.date(2026, 11, 10)
    assert _weekday(r, "on Monday", "past") == dt.date(2026, 11, 9)  # not the 16th
    assert _weekday(r, "on Thursday", "future") == dt.date(2026, 11, 12)
    assert _weekday(r, "रविवार", "future") == dt.date(2026, 11, 15)


def test_a_future_weekday_counts_from_the_later_of_the_last_date_and_publication() -> None:
    r = DateResolver(2026, dt.date(2026, 6, 2))
    (d,) = find_dates("June 8, 2026")
    r.resolve(d, "future", [])
    assert _weekday(r, "on Wednesday", "future") == dt.date(2026, 6, 10)


def test_a_weekday_nothing_anchors_is_left_unscheduled() -> None:
    warnings: list[str] = []
    (m,) = find_dates("on Monday")
    assert DateResolver(None, None).resolve(m, "past", warnings) == (None, None)
    assert DateResolver(None, None).resolve(m, "unknown", warnings) == (None, None)
    assert len(warnings) == 2 and all("unscheduled" in w for w in warnings)


def test_a_weekday_with_a_verb_of_no_known_tense_is_the_nearest_to_the_publication_date() -> None:
    # "divided into two teams on Tuesday" in a report of Wednesday 11 November, nothing dated before it
    warnings: list[str] = []
    (m,) = find_dates("on Monday")
    assert DateResolver(None, dt.date(2026, 11, 11)).resolve(m, "unknown", warnings) == (
        dt.date(2026, 11, 9),
        dt.date(2026, 11, 9),
    )
    (fri,) = find_dates("on Friday")
    assert DateResolver(None, dt.date(2026, 11, 11)).resolve(fri, "unknown", warnings)[0] == dt.date(
        2026, 11, 13
    )
    assert len(warnings) == 2 and all("nearest" in w and "publication date" in w for w in warnings)


def test_tense_of_the_clause_holding_a_weekday() -> None:
    s = "On Wednesday the Chief Minister met BMW officials, and on Thursday he will travel to Stuttgart."
    assert tense_at(s, s.index("Wednesday")) == "past"
    assert tense_at(s, s.index("Thursday")) == "future"
    h = "सोमवार को उन्होंने मुलाकात की, जबकि बुधवार को वे ओसाका जाएंगे।"
    assert tense_at(h, h.index("सोमवार")) == "past"
    assert tense_at(h, h.index("बुधवार")) == "future"


@pytest.mark.parametrize(
    ("text", "day", "weekday"),
    [
        ("Day 1 - Monday, December 7: Arrival in Tokyo.", 7, 0),
        ("Monday (9 November) he meets Sony", 9, 0),
        ("सोमवार, 9 नवंबर को बैठक", 9, 0),
    ],
)
def test_a_weekday_beside_a_date_confirms_it(text: str, day: int, weekday: int) -> None:
    found = find_dates(text)
    assert [(d.day, d.weekday) for d in found] == [(day, weekday)]  # no "Day 1" counted apart


def test_a_weekday_that_does_not_match_its_date_is_a_warning_and_the_date_wins() -> None:
    warnings: list[str] = []
    (m,) = find_dates("Tuesday, December 7, 2026")
    assert DateResolver(None, None).resolve(m, "future", warnings)[0] == dt.date(2026, 12, 7)
    assert any("not a Tuesday" in w for w in warnings)


def _no_place(text: str) -> bool:
    return "Hyderabad" in text


def test_a_pipe_table_is_read_one_sentence_per_item_with_its_row() -> None:
    text = (
        "The schedule:\n| Date | City | Programme |\n|---|---|---|\n"
        "| 9 November | Seoul | Arrival; meeting with Samsung |\n"
        "| 10 November | Seoul | Departure for Hyderabad |\nIssued by the CMO."
    )
    got = expand_tables(sentences(text), _no_place)
    assert [s.text for s in got] == [
        "The schedule:",
        "9 November in Seoul - Arrival",
        "9 November in Seoul - meeting with Samsung",
        "10 November: Departure for Hyderabad",
        "Issued by the CMO.",
    ]
    assert [s.index for s in got] == [0, 1, 2, 3, 4]
    assert got[2].written(0, 10) == "9 November"  # the characters still point into the article
    assert got[2].written(len(got[2].text) - 7, len(got[2].text)) == "Samsung"


def test_a_tab_table_in_hindi() -> None:
    text = "तारीख\tशहर\tकार्यक्रम\n16 फरवरी\tदुबई\tआगमन; प्रवासी भारतीयों को संबोधन"
    got = expand_tables(sentences(text), lambda t: False)
    assert [s.text for s in got] == ["16 फरवरी को दुबई में आगमन", "16 फरवरी को दुबई में प्रवासी भारतीयों को संबोधन"]


def test_lines_with_pipes_but_no_programme_header_are_left_alone() -> None:
    text = "Mumbai | Updated: Nov 4\nCM | Japan | visit news\nHe met Sony."
    s = sentences(text)
    assert expand_tables(s, lambda t: False) is s
