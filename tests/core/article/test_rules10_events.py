"""Round 10, events: a programme's day headings in capitals (with a remark in brackets) date the rows
under them, rows timed by a range too; a row going back to the hotel is no return home."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.article.dates import find_dates
from planner.core.article.dayheads import is_day_heading
from planner.core.article.othervisit import about_past_visit
from planner.core.article.parse import parse_article

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


@pytest.mark.parametrize(("name", "last"), [(BOLIVIA, "2026-07-09"), (PARAGUAY, None)])
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
