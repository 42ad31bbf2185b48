"""Round 10, events: a programme's day headings in capitals (with a remark in brackets) date the rows
under them, rows timed by a range too; a row going back to the hotel is no return home."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.article.parse import parse_article
from planner.core.article.reading.live import is_live_blog
from planner.core.article.reading.text import sentences
from planner.core.article.when.datehints import event_years
from planner.core.article.when.dates import find_dates
from planner.core.article.when.dayheads import is_day_heading
from planner.core.article.when.othervisit import about_past_visit
from planner.core.article.when.published import find_dateline

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
BOLIVIA = "rules10_events_en_programme_kl_bolivia"
PARAGUAY = "rules10_events_mixed_programme_gj_paraguay"


def titles(name: str) -> dict[str, str | None]:
    draft = parse_article((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    return {e.title: (e.date.isoformat() if e.date else None) for e in draft.engagements}


@pytest.mark.parametrize(
    "line",
    [
        "MONDAY, 6 JULY 2026",
        "TUESDAY, 7 JULY 2026 (Bolivian Independence Week)",
        "Day 1 | सोमवार, 14 SEPTEMBER 2026",
    ],
)
def test_a_heading_in_capitals_is_a_day(line: str) -> None:
    found = find_dates(line)
    assert any(d.is_calendar and d.day is not None and d.month is not None for d in found)
    assert is_day_heading(line, found)


def test_a_heading_with_more_than_an_aside_is_no_day() -> None:
    line = "Weather on SUNDAY, 25 OCTOBER 2026 will be rainy and cold"
    assert not is_day_heading(line, find_dates(line))


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        (
            BOLIVIA,
            {
                "Meeting with Chamber of Industries of La Paz (CIN)": "2026-07-06",  # "1700–1800 hrs"
                "Meeting with Ministry of Hydrocarbons and Energy": "2026-07-07",  # "(… Week)" heading
                "Address to the Indian diaspora": "2026-07-07",
                "Meeting with Federation of Private Entrepreneurs of Santa Cruz (FEPSC)": "2026-07-08",
            },
        ),
        (
            PARAGUAY,
            {
                "Meeting with Ministry of Industry and Commerce (MIC)": "2026-09-14",
                "Meeting with Paraguayan Industrial Union (UIP)": "2026-09-14",
                "Visit to Itaipú Binacional": "2026-09-15",
                "MoU signing with National University of Asunción (UNA)": "2026-09-16",
            },
        ),
    ],
)
def test_rows_timed_by_a_range_are_of_the_headings_day(name: str, rows: dict[str, str]) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in rows} == rows


# Paraguay's way home is "São Paulo के लिए प्रस्थान; वहां से connecting flight से Ahmedabad" (route10)
@pytest.mark.parametrize(("name", "last"), [(BOLIVIA, "2026-07-09"), (PARAGUAY, "2026-09-17")])
def test_going_back_to_the_hotel_is_no_return_home(name: str, last: str | None) -> None:
    # "1830 hrs  Return to hotel", "Back to the hotel", "Hotel वापसी; lunch", "होटल वापसी": no return that day
    got = titles(name)
    assert got.get("Return to India") == last


def test_going_back_to_a_hotel_named_by_its_chain_is_no_return_home() -> None:
    text = (
        "Minister Uday Samant reached Asunción on 14 September 2026 for a visit to Paraguay."
        " On 15 September he met the Paraguayan Industrial Union and then returned to the Sheraton for lunch."
        " He returned to India on 17 September."
    )
    got = {e.title: (e.date.isoformat() if e.date else None) for e in parse_article(text).engagements}
    assert got.get("Return to India") == "2026-09-17"


ZIMBABWE = "rules10_events_en_report_jh_zimbabwe"
MOZAMBIQUE = "rules10_events_hi_report_cg_mozambique"


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("Last year in June, a delegation had travelled to Harare; on 9 June 2025 it had met the CZI.", True),
        ("पिछले साल अगस्त में एक दल Maputo गया था; तब 18 अगस्त 2025 को बैठक हुई थी।", True),
        ("In June last year the state had sent a team to Harare.", True),
        (
            "Last year's summit was cited often; on 10 October he met ZIDA.",
            False,
        ),  # not told in the pluperfect
        ("He met ZIDA, which had opened a desk last year.", False),  # last year far into the sentence
        ("पिछले साल की तरह इस बार भी 29 मई को बैठक हुई।", False),
    ],
)
def test_a_sentence_opened_by_last_year_in_the_pluperfect_is_a_past_visit(sentence: str, past: bool) -> None:
    assert about_past_visit(sentence) is past


@pytest.mark.parametrize(
    ("name", "days"),
    [
        (
            ZIMBABWE,
            {
                "Arrival in Harare": "2026-10-09",
                "Meeting with Zimbabwe Investment and Development Agency (ZIDA)": "2026-10-10",
                "Return to India": "2026-10-13",
            },
        ),
        (
            MOZAMBIQUE,
            {
                "Arrival in Maputo": "2026-05-28",
                "MoU signing with Eduardo Mondlane University": "2026-05-30",
                "Return to India": "2026-06-01",
            },
        ),
    ],
)
def test_last_years_visit_gives_this_one_no_year(name: str, days: dict[str, str]) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in days} == days
    assert not any(d and d.startswith("2025") for d in got.values())


@pytest.mark.parametrize(
    ("name", "body"), [(ZIMBABWE, "Confederation of Zimbabwe Industries"), (MOZAMBIQUE, "CTA")]
)
def test_what_last_years_visit_did_is_no_engagement(name: str, body: str) -> None:
    assert not any(body in t for t in titles(name))


SENEGAL = "rules10_events_en_magazine_ap_senegal"
ECUADOR = "rules10_events_hi_magazine_ts_ecuador"
ZAMBIA = "rules10_events_hi_ticker_wb_zambia"
UGANDA = "rules10_events_en_ticker_ka_uganda"
CAMEROON = "rules10_events_hi_ticker_up_cameroon"


@pytest.mark.parametrize(
    ("line", "year"),
    [
        ("COASTAL CURRENTS | March 2026 issue | Trade", 2026),
        ("व्यापार दर्पण | अक्टूबर 2026 अंक | आवरण कथा", 2026),
        ("From the issue of May 2027: a look back", 2027),
    ],
)
def test_a_periodicals_issue_gives_a_year(line: str, year: int) -> None:
    assert [y for y, _ in event_years(line)] == [year]


def test_a_month_and_year_alone_is_no_issue() -> None:
    assert event_years("The plan of March 2026 was dropped.") == []


@pytest.mark.parametrize(
    ("name", "days"),
    [
        (SENEGAL, {"Arrival in Dakar": "2026-02-09", "Return to India": "2026-02-13"}),
        (ECUADOR, {"Arrival in Quito": "2026-09-21", "Departure for Guayaquil": "2026-09-23"}),
    ],
)
def test_a_magazines_dates_take_its_issues_year(name: str, days: dict[str, str]) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in days} == days


@pytest.mark.parametrize(
    ("name", "bodies"),
    [
        (
            ECUADOR,
            {
                "Meeting with Ecuador Investment and Export Promotion Agency (EIEPA)",
                "Meeting with Chamber of Mining of Ecuador (CME)",
            },
        ),
        (
            ZAMBIA,  # after a ticker's "18:40 | "
            {
                "Meeting with Zambia Development Agency (ZDA)",
                "Meeting with Zambia Chamber of Commerce and Industry (ZCCI)",
            },
        ),
        (CAMEROON, {"Meeting with Cameroon Chamber of Commerce and Industry (CCCI)"}),
        # "for" gives the acronym no letter, like "of" and "the": "काउंसिल फॉर इन्वेस्टमेंट प्रमोशन (CIP)"
        (ZAMBIA, {"Meeting with Council for Investment Promotion (CIP)"}),
        (CAMEROON, {"Meeting with Centre for the Development of Industry (CDI)"}),
    ],
)
def test_a_body_named_in_hindi_before_its_latin_acronym_is_met_in_english(
    name: str, bodies: set[str]
) -> None:
    assert bodies <= set(titles(name))


def test_a_hindi_name_that_does_not_spell_its_latin_acronym_gives_the_acronym_alone() -> None:
    got = parse_article(
        "मुंबई, 4 मई 2026। मंत्री उदय सामंत 4 मई को सियोल पहुंचे। 5 मई को उन्होंने कोरिया चैंबर ऑफ कॉमर्स एंड"
        " इंडस्ट्री (KCCI) के साथ बैठक की।"
    )
    titles_ = {e.title for e in got.engagements}
    assert "Meeting with KCCI" in titles_
    assert not any("South Korea Chamber" in t for t in titles_)


@pytest.mark.parametrize(
    ("name", "days"),
    [
        (
            ZAMBIA,
            {
                "Arrival in Lusaka": "2026-11-02",  # "कल देर रात … पहुंची थीं"
                "Meeting with Zambia Development Agency (ZDA)": "2026-11-03",
                "Return to India": "2026-11-06",  # "शुक्रवार को … लौटेंगी"
            },
        ),
        (
            UGANDA,
            {
                "Arrival in Kampala": "2026-06-16",  # "late last night"
                "Meeting with Uganda Investment Authority (UIA)": "2026-06-17",
                "Meeting with Uganda Manufacturers Association": None,  # "day and time have not been fixed"
                "Return to India": "2026-06-19",
            },
        ),
        (
            CAMEROON,
            {
                "Meeting with Ministry of Industry": "2026-04-08",
                "Meeting with Cameroon Investment Promotion Agency (CIPA)": None,  # "दिन और समय अभी तय नहीं"
                "Return to India": "2026-04-10",  # "स्वदेश के लिए रवाना होंगी"
            },
        ),
    ],
)
def test_a_live_pages_bare_stamps_date_its_entries(name: str, days: dict[str, str | None]) -> None:
    got = titles(name)
    assert {t: got.get(t, "missing") for t in days} == days


def test_bare_stamps_without_a_live_headline_are_no_live_blog() -> None:
    text = (
        "Programme\n\n09:30 | Meeting with the Uganda Investment Authority\n\n11:00 | Visit to Kampala port\n"
    )
    assert not is_live_blog(sentences(text, lambda t: []))


def test_the_verb_live_makes_no_live_page() -> None:
    text = (
        "About 3,000 Indians live in Kampala.\n\n09:30 | Meeting with the Uganda Investment Authority\n\n"
        "11:00 | Visit to Kampala port\n"
    )
    assert not is_live_blog(sentences(text, lambda t: []))


MADAGASCAR = "rules10_events_hi_bulletin_od_madagascar"
TOGO = "rules10_events_en_bulletin_mh_togo"


@pytest.mark.parametrize(
    ("name", "days"),
    [
        (
            MADAGASCAR,
            {
                "Arrival in Antananarivo": "2026-07-12",  # "आज सुबह" under "यात्रा दिवस-1 | …"
                "Meeting with Ambatovy": "2026-07-13",  # "दोपहर बाद", a paragraph of "यात्रा दिवस-2"
                "Return to India": "2026-07-14",  # "यात्रा के अंतिम दिन" under "यात्रा दिवस-3"
            },
        ),
        (
            TOGO,
            {
                "Meeting with Togo Invest Corporation": "2026-03-03",  # "this morning" under "Day 2"
                "Visit to Port of Lomé": "2026-03-03",
                "Meeting with Ministry of Agriculture": None,  # "its date has not been fixed yet"
                "MoU signing with University of Lomé": "2026-03-04",  # "On the last day" under "Day 3"
                "Return to India": "2026-03-04",
            },
        ),
    ],
)
def test_a_bulletins_sections_are_the_days_they_count(name: str, days: dict[str, str | None]) -> None:
    got = titles(name)
    assert {t: got.get(t, "missing") for t in days} == days


def test_a_headlines_day_of_the_visit_heads_no_section() -> None:
    text = (
        "CM in Croatia: day two of the Zagreb visit\n\n"
        "Chandigarh, 22 June 2026. The Chief Minister reached Zagreb on Sunday, 21 June.\n\n"
        "A meeting with the Croatian Chamber of Economy is planned.\n"
    )
    got = {e.title: e.date for e in parse_article(text).engagements}
    assert got.get("Meeting with Croatian Chamber of Economy") is None


@pytest.mark.parametrize(
    ("heading", "n"), [("बुलेटिन क्रमांक 2 | यात्रा दिवस-2", 2), ("यात्रा दिवस 3", 3), ("Update 4 | Day 4", 4)]
)
def test_a_bulletins_day_is_counted(heading: str, n: int) -> None:
    assert [d.visit_day for d in find_dates(heading)] == [n]


def test_a_named_day_is_no_day_of_the_visit() -> None:
    assert all(d.visit_day is None for d in find_dates("स्वतंत्रता दिवस 15 अगस्त को"))


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("rules10_events_roman_whatsapp_pb_ghana", "2026-01-22"),  # "Accra se Chandigarh laut gaye"
        (MOZAMBIQUE, "2026-06-01"),  # "1 जून को वे रायपुर लौट गए"
        (ZAMBIA, "2026-11-06"),  # "कोलकाता लौटेंगी"
    ],
)
def test_the_return_told_with_a_compound_verb(name: str, day: str) -> None:
    assert titles(name).get("Return to India") == day


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Harare/Ranchi, Wednesday, 14 October 2026", "14 October 2026"),
        ("मापुटो/रायपुर, बुधवार, 3 जून 2026", "3 जून 2026"),
        ("सुवा/लखनऊ, गुरुवार, 5 फरवरी 2026", "5 फरवरी 2026"),
    ],
)
def test_a_dateline_of_two_places_on_a_line_of_its_own(line: str, text: str) -> None:
    found = find_dateline(line)
    assert found is not None and found.text == text


def test_a_line_of_two_places_with_no_year_is_no_dateline() -> None:
    assert find_dateline("Harare/Ranchi, the mines and the markets") is None
