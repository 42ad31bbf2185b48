"""Round 12 dates rules: a visit goes home once, so a return told before the last one, with the
visit going on after it, is a way back abroad (see ``homeday.one_way_home``); a day told by its
weekday and the day of the month alone (``Day 1 | Tue 8:``) is that day in the month around the story
where it falls on that weekday (``dates._WEEKDAY_DAY``, ``DateResolver._weekday_of_month``); a date
told before words saying the new date is not fixed is an old plan (``paragraphday._no_new_date``); a day
and month in figures opening a diary's entry or a thread's post, or before ``को``, is a date
(``dates._ENTRY_DM``), and its month no hour (``times``); ``होते हुए`` (by way of) is no past and
``जाएगा`` is ahead (``status.tense``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.candidate import Candidate
from planner.core.article.entities import Entity
from planner.core.article.reading.text import Sentence
from planner.core.article.status import tense
from planner.core.article.when.dates import find_dates
from planner.core.article.when.homeday import came_from, one_way_home
from planner.core.article.when.paragraphday import drop_old_plan
from planner.core.article.when.resolve import DateResolver
from planner.core.article.when.times import find_times
from planner.core.model import Kind, Status
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules12_dates import RULES12_DATES


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


_BACK = ["rules12_dates_hi_report_rj_uruguay", "rules12_dates_en_dispatch_ka_ecuador"]


@pytest.mark.parametrize("name", _BACK)
def test_a_return_to_a_base_abroad_is_not_the_way_home(name: str) -> None:
    """One return home, on the last day; the day out is no stop, and what follows it stays dated."""
    draft = _parse(name)
    expected = RULES12_DATES[name]
    homes = [e["date"] for e in draft["engagements"] if e["title"] == "Return to India"]
    assert homes == [expected["engagements"]["Return to India"][0]]
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == expected["stops"]
    assert (draft["visit"]["start_date"], draft["visit"]["end_date"]) == expected["span"]
    dated = {e["title"]: e["date"] for e in draft["engagements"]}
    for title, (day, *_) in expected["engagements"].items():
        if title in dated:
            assert dated[title] == day, title


_CITY = {
    name: Entity("city", name, "UY", "America/Montevideo") for name in ("Montevideo", "Colonia", "Salto")
}


def _cand(
    title: str, day: int, index: int, place: str | None = None, status: Status = Status.CONFIRMED
) -> Candidate:
    s = Sentence(index, title, title, index, False)
    kind = Kind.TRAVEL if place or title == "Return to India" else Kind.MEETING
    where = _CITY[place] if place else None
    return Candidate(
        title, kind, s, 0, (0, len(title)), place=where, date=dt.date(2026, 9, day), status=status
    )


def test_came_from_is_the_last_other_place() -> None:
    moves = [
        _cand("Arrival in Montevideo", 14, 0, "Montevideo"),
        _cand("Departure for Colonia", 16, 1, "Colonia"),
        _cand("Arrival in Colonia", 16, 2, "Colonia"),
    ]
    base = came_from(moves)
    assert base is not None and base.title == "Arrival in Montevideo"
    assert came_from(moves[:1]) is None
    assert came_from([]) is None


def test_an_early_return_becomes_a_way_back_only_when_the_visit_goes_on() -> None:
    warnings: list[str] = []
    found = [
        _cand("Arrival in Montevideo", 14, 0, "Montevideo"),
        _cand("Departure for Colonia", 16, 1, "Colonia"),
        _cand("Return to India", 16, 2),
        _cand("Meeting with Uruguay XXI", 17, 3),
        _cand("Return to India", 18, 4),
    ]
    kept = one_way_home(found, warnings)
    assert [c.title for c in kept] == [
        "Arrival in Montevideo",
        "Departure for Colonia",
        "Departure for Montevideo",
        "Meeting with Uruguay XXI",
        "Return to India",
    ]
    assert len(warnings) == 1
    # nothing firm between the two returns: the later one may be the old plan, both stay
    planned = [*found[:3], _cand("Meeting with Uruguay XXI", 17, 3, status=Status.PROPOSED), found[4]]
    assert [c.title for c in one_way_home(planned, [])].count("Return to India") == 2
    # no move told before it: it is left out
    alone = [found[0], found[2], found[3], found[4]]
    assert [c.title for c in one_way_home(alone, [])] == [
        "Arrival in Montevideo",
        "Meeting with Uruguay XXI",
        "Return to India",
    ]


@pytest.mark.parametrize(
    ("text", "day", "weekday"),
    [
        ("Day 1 | Tue 8: सुबह Phnom Penh आगमन।", 8, 1),
        ("Sun 7: arrival in Athens; evening meeting", 7, 6),
        ("Friday 11 - return to Hyderabad", 11, 4),
        ("Meeting on Mon 12:30 with the chamber", None, None),  # a clock time
        ("On Friday 10 delegates met the minister.", None, None),  # a count
    ],
)
def test_a_weekday_and_a_day_of_the_month_close_a_days_heading(
    text: str, day: int | None, weekday: int | None
) -> None:
    alone = [d for d in find_dates(text) if d.day is not None and d.month is None]
    assert [(d.day, d.weekday) for d in alone] == ([] if day is None else [(day, weekday)])


@pytest.mark.parametrize(
    ("published", "said", "day"),
    [
        (dt.date(2026, 12, 5), "Tue 8:", dt.date(2026, 12, 8)),
        (dt.date(2027, 3, 2), "Sun 7:", dt.date(2027, 3, 7)),
        (dt.date(2026, 10, 29), "Mon 2:", dt.date(2026, 11, 2)),  # into the next month
        (dt.date(2026, 12, 5), "Mon 8:", None),  # no Monday the 8th in November, December or January
    ],
)
def test_a_weekday_and_day_is_placed_in_the_month_where_it_is_that_weekday(
    published: dt.date, said: str, day: dt.date | None
) -> None:
    (mention,) = find_dates(said)
    warnings: list[str] = []
    first, _ = DateResolver(year=None, published=published).resolve(mention, "future", warnings)
    assert first == day
    assert warnings


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rules12_dates_hi_report_gj_denmark", "Meeting with Nordvind Kabel"),
        ("rules12_dates_en_wire_kl_estonia", "Investors' roundtable"),  # the title is the events rules'
    ],
)
def test_a_meeting_whose_new_date_is_not_fixed_has_none(name: str, title: str) -> None:
    found = {e["title"]: e for e in _parse(name)["engagements"]}
    assert (found[title]["date"], found[title]["status"]) == (None, "postponed")
    assert found["Address to the Indian diaspora"]["date"] is not None  # the day's other engagement stands


def _told(sentence: str, said: str) -> Candidate:
    s = Sentence(0, sentence, sentence, 0, False)
    return Candidate(
        "Meeting with X", Kind.MEETING, s, 0, (0, len(sentence)), date=dt.date(2026, 6, 17), date_text=said
    )


@pytest.mark.parametrize(
    ("sentence", "said", "dropped"),
    [
        ("17 जून को होने वाली बैठक आगे के लिए रख दी गई; इसकी नई तिथि अभी घोषित नहीं हुई है।", "17 जून", True),
        ("The meeting planned for Wednesday will be held on a new date yet to be fixed.", "Wednesday", True),
        ("The meeting planned for Wednesday will be held on a new date, June 19.", "Wednesday", False),
        ("नई तारीख अभी तय नहीं है, पर 17 जून को बैठक होगी।", "17 जून", False),  # its date after the words
    ],
)
def test_no_new_date_after_its_date_puts_it_off(sentence: str, said: str, dropped: bool) -> None:
    cand = _told(sentence, said)
    assert (drop_old_plan(cand) is not None) is dropped
    assert (cand.date is None, cand.status == Status.POSTPONED) == (dropped, dropped)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('1/5 "3/6 - Bishkek pahunch gaye.', [(3, 6)]),  # the post's number is none
        ("8/9 - Landed in Baku at 4 pm.", [(8, 9)]),
        ("11/9: Flew back by way of Dubai.", [(11, 9)]),
        ("Kal 6/6 ko Bishkek se Patna wapsi.", [(6, 6)]),
        ("कल 6/6 को पटना वापसी।", [(6, 6)]),
        ("The helpline runs 24/7 - call any time.", []),  # not at the start of the entry
        ("1/5 Bishkek pahunch gaye.", []),  # a post's number alone
        ("He won 3/4 of the votes.", []),
    ],
)
def test_a_day_and_month_in_figures_open_an_entry(text: str, found: list[tuple[int, int]]) -> None:
    assert [(d.day, d.month) for d in find_dates(text) if d.is_calendar] == found


@pytest.mark.parametrize(
    ("text", "begins", "ends"),
    [
        ("4/6 - सुबह 10 बजे मंत्रालय के साथ बैठक।", dt.time(10), None),
        ("9/9 - 10 am: meeting with the agency.", dt.time(10), None),
        ("सुबह 9 - 11 बजे बैठक।", dt.time(9), dt.time(11)),  # a range still
        ("The session runs 9 - 11 am.", dt.time(9), dt.time(11)),
    ],
)
def test_the_month_of_a_day_in_figures_is_no_hour(text: str, begins: dt.time, ends: dt.time | None) -> None:
    (t,) = find_times(text)
    assert (t.begins, t.ends) == (begins, ends)


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("rules12_dates_roman_thread_br_kyrgyzstan", "Arrival in Bishkek"),
        ("rules12_dates_en_diary_as_azerbaijan", "Arrival in Baku"),
    ],
)
def test_an_entrys_day_in_figures_dates_its_post(name: str, title: str) -> None:
    """Every entry's engagement on its day, the return home on the last, and the clock time right after
    an entry's day at its hour."""
    draft = _parse(name)
    expected = RULES12_DATES[name]["engagements"]
    dated = {e["title"]: (e["date"], e["start"]) for e in draft["engagements"]}
    assert dated[title][0] == expected[title][0]
    assert dated["Return to India"][0] == expected["Return to India"][0]
    starts = {e[4] for e in expected.values() if e[4]}
    assert starts <= {s for _, s in dated.values()}


@pytest.mark.parametrize(
    ("clause", "told"),
    [
        ("प्रतिनिधिमंडल मंगलवार को Johannesburg होते हुए रांची लौट जाएगा", "future"),
        ("मंगलवार को dal Cancun से Mexico City होते हुए दिल्ली के लिए निकल जाएगा", "future"),
        ("दल अगले साल धनबाद आएगा", "future"),
        ("वे Doha होते हुए लौटे", "past"),  # a past verb of its own
        ("बैठक हुई और बात हुए", "past"),
    ],
)
def test_by_way_of_is_no_past_and_jaega_is_ahead(clause: str, told: str) -> None:
    assert tense(clause) == told


@pytest.mark.parametrize(
    "name", ["rules12_dates_roman_update_hr_panama", "rules12_dates_hi_report_jh_zimbabwe"]
)
def test_the_way_home_by_weekday_ahead_is_after_the_report(name: str) -> None:
    draft = _parse(name)
    expected = RULES12_DATES[name]
    homes = [e["date"] for e in draft["engagements"] if e["title"] == "Return to India"]
    assert homes == [expected["engagements"]["Return to India"][0]]
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == expected["stops"]
