"""The parts of the parser: normalisation, sentences, dates, times, names, statuses, time zones."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core import tz
from planner.core.article import parse_article
from planner.core.article.draft import DraftStop
from planner.core.article.reading.romanise import latin_form, romanise
from planner.core.article.reading.text import normalise, sentences
from planner.core.article.status import status_of
from planner.core.article.when.datehints import find_duration
from planner.core.article.when.dates import find_dates
from planner.core.article.when.resolve import DateResolver
from planner.core.article.when.times import find_times
from planner.core.article.where.stops import StopEvidence, lay_out
from planner.core.model import Status


def test_normalise_keeps_offsets_to_the_original() -> None:
    text = "२४ अगस्त\u200c – “JETRO”"
    norm, offsets = normalise(text)
    assert norm == '24 अगस्त - "JETRO"'
    assert len(offsets) == len(norm)
    assert text[offsets[norm.index("J")]] == "J"


def test_sentences_split_hindi_danda_and_english_stops_not_times() -> None:
    got = sentences(
        "मुख्यमंत्री टोक्यो पहुंचे। वे बैठक करेंगे।\nHe met them at 10.30 a.m. The next day he left. Dr. Rao came."
    )
    assert [s.text for s in got] == [
        "मुख्यमंत्री टोक्यो पहुंचे।",
        "वे बैठक करेंगे।",
        "He met them at 10.30 a.m.",
        "The next day he left.",
        "Dr. Rao came.",
    ]


def test_repeated_kicker_is_not_part_of_the_source() -> None:
    got = sentences("Visit: एक बात।\nVisit: दूसरी बात।")
    assert [s.source for s in got] == ["एक बात।", "दूसरी बात।"]


@pytest.mark.parametrize(
    ("text", "day", "month", "year", "end_day"),
    [
        ("24 अगस्त को", 24, 8, None, None),
        ("२४ अगस्त को", 24, 8, None, None),
        ("3 से 7 नवंबर तक", 3, 11, None, 7),
        ("August 24, 2025", 24, 8, 2025, None),
        ("on 3rd November 2025", 3, 11, 2025, None),
        ("March 10 and 11, 2026", 10, 3, 2026, 11),
        ("on 05.11.2025", 5, 11, 2025, None),
    ],
)
def test_calendar_dates(text: str, day: int, month: int, year: int | None, end_day: int | None) -> None:
    norm, _ = normalise(text)
    (m,) = find_dates(norm)
    assert (m.day, m.month, m.year, m.end_day) == (day, month, year, end_day)


def test_no_dates_in_clock_times_or_event_years() -> None:
    assert find_dates("at 10.30 a.m. in Expo-2025 hall 3") == []


def test_resolver_next_day_weekday_and_impossible_dates() -> None:
    warnings: list[str] = []
    r = DateResolver(2025, None)
    first = find_dates("24 October 2025")[0]
    assert r.resolve(first, "future", warnings) == (dt.date(2025, 10, 24),) * 2
    assert r.resolve(find_dates("the next day")[0], "future", warnings)[0] == dt.date(2025, 10, 25)
    assert r.resolve(find_dates("On Monday")[0], "future", warnings)[0] == dt.date(2025, 10, 27)
    assert r.resolve(find_dates("31 जून")[0], "future", warnings) == (None, None)
    assert any("does not exist" in w for w in warnings)
    assert r.resolve(find_dates("29 February")[0], "future", warnings) == (None, None)


def test_weekday_check_against_the_date() -> None:
    warnings: list[str] = []
    r = DateResolver(2025, None)
    (m,) = find_dates("Tuesday, November 3, 2025")
    assert r.resolve(m, "future", warnings)[0] == dt.date(2025, 11, 3)
    assert any("is a Monday, not a Tuesday" in w for w in warnings)


def test_past_weekday_counts_back_from_publication() -> None:
    warnings: list[str] = []
    r = DateResolver(None, dt.date(2025, 6, 27))
    assert r.resolve(find_dates("सोमवार")[0], "past", warnings)[0] == dt.date(2025, 6, 23)


def test_durations() -> None:
    assert find_duration("नौ दिवसीय जापान दौरे") == (9, "नौ दिवसीय")
    assert find_duration("a five-day visit") == (5, "five-day")
    assert find_duration("7 दिनों की यात्रा") == (7, "7 दिनों की यात्रा")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("सुबह 10 बजे", "10:00", None),
        ("शाम 4 बजे", "16:00", None),
        ("दोपहर 2:30 बजे", "14:30", None),
        ("दोपहर 12 बजे", "12:00", None),
        ("रात 8 बजे", "20:00", None),
        ("सुबह साढ़े 10 बजे", "10:30", None),
        ("शाम पौने 6 बजे", "17:45", None),
        ("सुबह 10 से 12 बजे तक", "10:00", "12:00"),
        ("10.30 a.m.", "10:30", None),
        ("3 pm local time", "15:00", None),
        ("from 10 a.m. to 12.30 p.m.", "10:00", "12:30"),
        ("9-11 am", "09:00", "11:00"),
        ("at 15:00 hrs", "15:00", None),
        ("at noon", "12:00", None),
    ],
)
def test_clock_times(text: str, start: str, end: str | None) -> None:
    (t,) = find_times(normalise(text)[0])
    assert t.begins.strftime("%H:%M") == start
    assert (t.ends.strftime("%H:%M") if t.ends else None) == end


def test_ist_marker() -> None:
    (t,) = find_times("at 11 am IST")
    assert t.in_ist


@pytest.mark.parametrize(
    ("native", "roman"),
    [
        ("नाकाजो काज़ुया", "Nakajo Kazuya"),
        ("एंडो युजी", "Endo Yuji"),
        ("हारा हारुनोबू", "Hara Harunobu"),
        ("विष्णुदेव साय", "Vishnudev Sai"),
        ("मनोज कुमार सिंह", "Manoj Kumar Singh"),
        ("अमिताभ जैन", "Amitabh Jain"),
    ],
)
def test_romanise(native: str, roman: str) -> None:
    assert romanise(native) == roman


def test_latin_spelling_in_the_article_wins() -> None:
    assert latin_form("Vishnudev Say", "CM Vishnudev Sai Japan visit") == "Vishnudev Sai"
    assert latin_form("Rajesh Kumar", "nothing like it here") is None


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("जहां KITA के प्रतिनिधियों से उनकी बैठक प्रस्तावित है।", Status.PROPOSED),
        ("DP World के साथ बैठक रद्द कर दी गई है।", Status.CANCELLED),
        ("बैठक फिलहाल टल गई है।", Status.POSTPONED),
        ("The meeting with Google was dropped.", Status.CANCELLED),
        ("The talks have been postponed.", Status.POSTPONED),
        ("He is likely to meet Sony.", Status.PROPOSED),
        ("He met Sony, which was likely.", Status.CONFIRMED),
        ("वे JETRO से मुलाकात करेंगे।", Status.CONFIRMED),
    ],
)
def test_status(clause: str, status: Status) -> None:
    assert status_of(clause) == status


@pytest.mark.parametrize(
    ("day", "offset"), [(dt.date(2025, 10, 24), "+02:00"), (dt.date(2025, 10, 27), "+01:00")]
)
def test_clock_time_in_berlin_follows_dst(day: str, offset: str, machine_tz: str) -> None:
    text = f"Chief Minister X will meet Siemens officials in Munich at 10 a.m. on {day:%d %B %Y}."
    draft = parse_article(text)
    (e,) = draft.engagements
    assert e.start is not None and e.start.isoformat() == f"{day.isoformat()}T10:00:00{offset}"
    visit = draft.to_visit()
    start = visit.engagements[0].start
    assert start is not None and start == tz.local_to_utc(
        dt.datetime.combine(day, dt.time(10)), "Europe/Berlin"
    )


def test_time_skipped_by_dst_is_a_warning() -> None:
    text = "Minister X will meet Siemens officials in Munich at 2.30 a.m. on 30 March 2025."
    draft = parse_article(text)
    assert draft.engagements[0].start is None
    assert draft.engagements[0].date == dt.date(2025, 3, 30)
    assert any("does not exist" in w for w in draft.warnings)


def test_sydney_summer_time() -> None:
    text = "The Chief Minister will meet BHP executives in Sydney at 9 am on 5 January 2026."
    (e,) = parse_article(text).engagements
    assert e.start is not None and e.start.isoformat() == "2026-01-05T09:00:00+11:00"


def test_name_native_and_source_keep_the_characters_as_written() -> None:
    """``ज़`` may be one code point (U+095B) or ``ज`` + nukta: either way it comes back unchanged."""
    for z in ("\u095b", "\u091c\u093c"):
        text = (
            f"मुख्यमंत्री 24 अगस्त 2025 को टोक्यो में JETRO के वरिष्ठ अधिकारियों नाका{z}ो का{z}ुया और"
            " एंडो युजी से मुलाकात करेंगे।"
        )
        got = parse_article(text)
        assert [c.name_native for c in got.contacts] == [f"नाका{z}ो का{z}ुया", "एंडो युजी"]
        assert got.engagements[0].source == text


def test_source_keeps_devanagari_digits_and_spaces() -> None:
    text = "मुख्यमंत्री २४\u00a0अगस्त २०२५ को टोक्यो में JETRO के अधिकारियों से मिलेंगे।"
    (e,) = parse_article(text).engagements
    assert e.source == text and e.date == dt.date(2025, 8, 24)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chief Minister met Siemens CEO Roland Busch in Munich on 3 March 2026.",
        "The Chief Minister met Roland Busch, CEO of Siemens, in Munich on 3 March 2026.",
        "The Chief Minister met Siemens's CEO Roland Busch in Munich on 3 March 2026.",
        "The Chief Minister met Roland Busch (CEO, Siemens) in Munich on 3 March 2026.",
        "मुख्यमंत्री ने 3 मार्च 2026 को म्यूनिख में Siemens के CEO Roland Busch से मुलाकात की।",
    ],
)
def test_contact_patterns_link_name_role_and_organisation(sentence: str) -> None:
    got = parse_article(sentence)
    assert [(c.name, c.role, c.org) for c in got.contacts] == [("Roland Busch", "CEO", "Siemens")]
    assert got.engagements[0].contacts == ["Roland Busch"]


def test_hindi_org_ke_role_name_se() -> None:
    got = parse_article("मुख्यमंत्री ने 3 मार्च 2026 को म्यूनिख में सीमेंस के अध्यक्ष रोलैंड बुश से मुलाकात की।")
    assert [(c.name_native, c.role, c.org) for c in got.contacts] == [("रोलैंड बुश", "Chairman", "Siemens")]


def _stop(city: str) -> DraftStop:
    return DraftStop(city, "X", "UTC")


def test_stops_are_contiguous_and_every_assumed_day_is_a_warning() -> None:
    d = dt.date
    evidence = [
        StopEvidence(_stop("A"), first=d(2025, 5, 3), last=d(2025, 5, 4)),
        StopEvidence(_stop("B"), first=d(2025, 5, 7), last=d(2025, 5, 7)),
        StopEvidence(_stop("C"), firm=d(2025, 5, 10), first=d(2025, 5, 10), last=d(2025, 5, 11)),
    ]
    warnings = lay_out(evidence, d(2025, 5, 1), d(2025, 5, 12))
    spans = [(e.stop.arrive, e.stop.depart) for e in evidence]
    assert spans == [
        (d(2025, 5, 1), d(2025, 5, 6)),  # from the visit's start, until the day before B
        (d(2025, 5, 7), d(2025, 5, 10)),  # until C's arrival day, which both share
        (d(2025, 5, 10), d(2025, 5, 12)),  # until the visit's end
    ]
    assert warnings == [
        "assumed in A 1–2 May: the visit starts on 1 May and the article names no other place "
        "before A on 3 May",
        "assumed in A 5–6 May: the article names no other place before B on 7 May",
        "assumed in B 8–9 May: the article names no other place before C on 10 May",
        "assumed in C 12 May: the last place the article names before the visit ends on 12 May",
    ]


def test_a_stop_without_dates_between_two_others_stays_undated() -> None:
    d = dt.date
    evidence = [
        StopEvidence(_stop("A"), first=d(2025, 5, 1), last=d(2025, 5, 2)),
        StopEvidence(_stop("B")),
        StopEvidence(_stop("C"), firm=d(2025, 5, 5)),
    ]
    warnings = lay_out(evidence, d(2025, 5, 1), d(2025, 5, 5))
    assert [(e.stop.arrive, e.stop.depart) for e in evidence] == [
        (d(2025, 5, 1), d(2025, 5, 2)),
        (None, None),
        (d(2025, 5, 5), d(2025, 5, 5)),
    ]
    assert warnings == ["stop B: the article gives no dates for it"]


@pytest.mark.parametrize(
    ("native", "latin"),
    [("यूसुफ अली", "Yusuf Ali"), ("प्रफुल्ल पटेल", "Prafulla Patel"), ("फारूक", "Faruk")],
)
def test_pha_is_written_f(native: str, latin: str) -> None:
    assert romanise(native) == latin
