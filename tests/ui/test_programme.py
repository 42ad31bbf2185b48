"""The printed tour programme: a real PDF with the right pages, times, sections and scripts."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

import pytest

from planner.core.model import Contact, Engagement, Kind, Side, Status, Stop, Visit
from planner.ui.programme import day_zone_label, footer_layout, printed_text, programme_html, write_pdf
from tests.core.test_ics import build_visit
from tests.factories import at, make_contacts

NOW = dt.datetime(2026, 11, 24, 5, 0, tzinfo=dt.UTC)
POPPLER = shutil.which("pdfinfo") is not None and shutil.which("pdftotext") is not None
# The README's test command installs poppler-utils; only a run outside it may skip, never CI.
needs_poppler = pytest.mark.skipif(
    not POPPLER and os.environ.get("CI") != "true", reason="poppler-utils not installed"
)


def _visit() -> Visit:
    visit = build_visit()
    visit.stops = [
        Stop("Tokyo", "Japan", "Asia/Tokyo", dt.date(2025, 8, 22), dt.date(2025, 8, 25)),
        Stop("Seoul", "South Korea", "Asia/Seoul", dt.date(2025, 8, 25), dt.date(2025, 8, 28)),
    ]
    return visit


_LONG_DAYS = (
    ("2025-10-20", "Asia/Tokyo", "Tokyo", "Japan", 4),
    ("2025-10-21", "Asia/Tokyo", "Tokyo", "Japan", 4),
    ("2025-10-22", "Asia/Tokyo", "Tokyo", "Japan", 4),
    ("2025-10-24", "Asia/Seoul", "Seoul", "South Korea", 4),
    ("2025-10-25", "Asia/Seoul", "Seoul", "South Korea", 4),
    ("2025-10-26", "Europe/Berlin", "Berlin", "Germany", 2),
    ("2025-10-27", "Europe/Berlin", "Berlin", "Germany", 2),
)  # fmt: skip


def long_visit(first_day_extra: int = 0) -> Visit:
    """Nine days in Tokyo, Seoul and Berlin (across its clock change), 28 dated engagements, 3 unscheduled.

    ``first_day_extra`` adds engagements on the first day, shifting every later page boundary.
    """
    contacts = [
        *make_contacts(),
        Contact("Yamada Taro", name_native="山田太郎", organisation="METI", role="Director-General",
                uid="c-yamada"),
        Contact("Park Ji-won", name_native="박지원", organisation="MOTIE", role="Deputy Minister",
                uid="c-park"),
        Contact("Anita Sharma", name_native="अनीता शर्मा", organisation="Embassy of India, Berlin",
                role="First Secretary (Commerce)", side=Side.HOST, uid="c-sharma"),
    ]  # fmt: skip
    engagements: list[Engagement] = []
    number = 0
    for index, (day, zone, city, country, count) in enumerate(_LONG_DAYS):
        for slot in range(count + (first_day_extra if index == 0 else 0)):
            number += 1
            start = at(day, f"{8 + slot:02d}:00", zone)
            engagements.append(
                Engagement(
                    title=f"Meeting {number}: investment round-table in {city}",
                    organisation="JETRO" if zone == "Asia/Tokyo" else "KOTRA",
                    venue=f"Conference hall {number}", city=city, country=country, tz=zone,
                    start=start, end=start + dt.timedelta(minutes=50),
                    status=list(Status)[number % len(Status)],
                    contact_uids=["c-sai", "c-yamada", "c-park", "c-nakajo"][: 1 + number % 4],
                    uid=f"e{number}",
                )
            )  # fmt: skip
    engagements += [
        Engagement(title="Flight Tokyo → Seoul", kind=Kind.TRAVEL, venue="Haneda Airport", city="Tokyo",
                   country="Japan", tz="Asia/Tokyo", end_tz="Asia/Seoul",
                   start=at("2025-10-23", "18:40", "Asia/Tokyo"), end=at("2025-10-23", "21:05", "Asia/Seoul"),
                   contact_uids=["c-sai", "c-bhagat"], uid="flight"),
        Engagement(title="Night call across the clock change", city="Berlin", country="Germany",
                   tz="Europe/Berlin", contact_uids=["c-sharma"], uid="dst",
                   start=at("2025-10-26", "02:30", "Europe/Berlin", ambiguous="earlier"),
                   end=at("2025-10-26", "02:30", "Europe/Berlin", ambiguous="later")),
    ]  # fmt: skip
    engagements += [
        Engagement(title=f"Courtesy call {i} (date to be fixed)", organisation="MOTIE", city="Seoul",
                   status=Status.POSTPONED, unscheduled_reason="the host side has not given a date",
                   contact_uids=["c-park"], uid=f"u{i}")
        for i in range(3)
    ]  # fmt: skip
    return Visit(
        title="Chief Minister's investment and partnership visit to Japan, the Republic of Korea and the "
        "Federal Republic of Germany (October 2025)",
        head="Vishnu Deo Sai",
        home_tz="Asia/Kolkata",
        start_date=dt.date(2025, 10, 20),
        end_date=dt.date(2025, 10, 28),
        stops=[
            Stop("Tokyo", "Japan", "Asia/Tokyo", dt.date(2025, 10, 20), dt.date(2025, 10, 23)),
            Stop("Seoul", "South Korea", "Asia/Seoul", dt.date(2025, 10, 23), dt.date(2025, 10, 25)),
            Stop("Berlin", "Germany", "Europe/Berlin", dt.date(2025, 10, 26), dt.date(2025, 10, 28)),
        ],
        contacts=contacts,
        engagements=engagements,
    )


def _flat(text: str) -> str:
    return unicodedata.normalize("NFKC", " ".join(text.split()))  # ligatures such as ﬁ


def _pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds)."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [_flat(page) for page in text.split("\f")[:-1]]


def _page_lines(pdf: Path) -> list[list[str]]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [[_flat(line) for line in page.splitlines() if line.strip()] for page in text.split("\f")[:-1]]


# -- HTML ----------------------------------------------------------------------------------------


def test_html_has_every_section() -> None:
    text = programme_html(_visit())
    for needle in (
        "TOUR PROGRAMME", "Head of delegation", "विष्णु देव साय", "Friday 22 August 2025 — Tokyo",
        "10:00–11:30 JST", "06:30–08:00 IST", "09:00 JST – 11:30 KST", "포스코 회의", "山田太郎",
        "Unscheduled", "Courtesy call (date to be fixed)", "Contacts", "Chief Minister", "Postponed",
    ):  # fmt: skip
        assert needle in text, needle
    assert "<script" not in text


def test_html_escapes_text() -> None:
    visit = _visit()
    visit.engagements[0].title = "<b>bold</b> & co"
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; co" in programme_html(visit)


def test_title_page_has_facts_and_a_day_by_day_overview() -> None:
    text = programme_html(long_visit())
    title_page = text.split("Programme</h3>")[0]
    assert "IST (UTC+5:30) · Asia/Kolkata" in title_page
    assert "29 (26 dated, 3 unscheduled)" in title_page
    assert "20 Oct 2025 – 28 Oct 2025 (9 days)" in title_page
    row = r"<tr><td>(\w{3} \d+ \w{3})</td><td>([^<]*)</td><td>([^<]*)</td><td[^>]*>([^<]*)</td>"
    rows = re.findall(row, title_page)
    days = [dt.date(2025, 10, n) for n in range(20, 29)]
    assert [r[0] for r in rows] == [f"{d:%a} {d.day} Oct" for d in days]
    by_date = {r[0]: r[1:] for r in rows}
    assert by_date["Mon 20 Oct"] == ("Tokyo", "JST (UTC+9)", "4")
    assert by_date["Thu 23 Oct"] == ("Tokyo → Seoul", "JST (UTC+9), KST (UTC+9)", "1")
    assert by_date["Sun 26 Oct"] == ("Berlin", "CEST (UTC+2) → CET (UTC+1)", "3")
    assert by_date["Tue 28 Oct"] == ("Berlin", "CET (UTC+1)", "—")
    assert "Unscheduled: 3 engagements without a date" in title_page


def test_times_across_a_clock_change_name_both_zones() -> None:
    text = programme_html(long_visit())
    assert "02:30 CEST – 02:30 CET" in text
    assert "Local: CEST (UTC+2) → CET (UTC+1) · Europe/Berlin" in text


@pytest.mark.parametrize(
    ("zone", "day", "label"),
    [
        ("Europe/Berlin", dt.date(2025, 10, 26), "CEST (UTC+2) → CET (UTC+1)"),
        ("Europe/Berlin", dt.date(2025, 10, 27), "CET (UTC+1)"),
        ("America/New_York", dt.date(2025, 11, 2), "EDT (UTC-4) → EST (UTC-5)"),
        ("Australia/Sydney", dt.date(2025, 10, 5), "AEST (UTC+10) → AEDT (UTC+11)"),
        ("Asia/Kolkata", dt.date(2025, 10, 26), "IST (UTC+5:30)"),
    ],
)
def test_day_zone_label(zone: str, day: dt.date, label: str) -> None:
    assert day_zone_label(zone, day) == label


@pytest.mark.parametrize(
    ("home", "now", "text"),
    [
        ("Asia/Kolkata", dt.datetime(2026, 11, 24, 19, 25, tzinfo=dt.UTC), "Printed 25 Nov 2026 00:55 IST"),
        ("Europe/Berlin", dt.datetime(2026, 7, 1, 22, 30, tzinfo=dt.UTC), "Printed 2 Jul 2026 00:30 CEST"),
        ("America/New_York", dt.datetime(2026, 1, 5, 3, 0, tzinfo=dt.UTC), "Printed 4 Jan 2026 22:00 EST"),
    ],
)
def test_printed_text_is_on_the_home_clock_with_its_zone(home: str, now: dt.datetime, text: str) -> None:
    assert printed_text(Visit("v", home_tz=home), now) == text


# -- footer ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Short", "Chief Minister's visit " * 20, "मुख्यमंत्री विष्णुदेव साय की जापान और दक्षिण कोरिया यात्रा " * 5],
)
def test_footer_parts_never_overlap(qapp: object, title: str) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetricsF

    font = QFont()
    font.setPointSizeF(8)
    metrics = QFontMetricsF(font)
    band = QRectF(10, 500, 480, 20)
    footer = footer_layout(metrics, band, title, "Page 12 of 34", "Printed 25 Nov 2026 00:55 IST")
    rects = [footer.title_rect, footer.page_rect, footer.printed_rect]
    for i, a in enumerate(rects):
        assert band.contains(a), a
        for b in rects[i + 1 :]:
            assert not a.intersects(b), (a, b)
    assert metrics.horizontalAdvance(footer.title) <= footer.title_rect.width()
    assert metrics.horizontalAdvance(footer.page) <= footer.page_rect.width()
    assert metrics.horizontalAdvance(footer.printed) <= footer.printed_rect.width()
    assert abs(footer.page_rect.center().x() - band.center().x()) < 1
    if metrics.horizontalAdvance(title) <= footer.title_rect.width():
        assert footer.title == title
    else:
        assert footer.title.endswith("…") and title.startswith(footer.title[:-1])


# -- the PDF -------------------------------------------------------------------------------------


def test_pdf_pages_and_text(tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "programme.pdf"
    pages = write_pdf(_visit(), out, now=NOW)
    assert out.read_bytes().startswith(b"%PDF")
    assert pages >= 3
    if not POPPLER and os.environ.get("CI") != "true":
        pytest.skip("poppler-utils not installed")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^Pages:\s+{pages}$", info, re.M)
    flat = " ".join(_pages(out))
    for needle in (
        "Meeting with Tokyo Electron", "10:00–11:30 JST", "06:30–08:00 IST", "Flight Tokyo → Seoul",
        "Unscheduled", "Courtesy call (date to be fixed)", f"Page 1 of {pages}", f"Page {pages} of {pages}",
        "Printed 24 Nov 2026 10:30 IST", "Contacts", "김철수",
    ):  # fmt: skip
        assert needle in flat, needle
    # Devanagari: pdftotext loses some vowel signs of shaped text, so look for the consonants it keeps
    assert "साय" in flat and "दे" in flat


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> tuple[Path, int]:
    out = tmp_path_factory.mktemp("programme") / "long.pdf"
    return out, write_pdf(long_visit(), out, now=NOW)


@needs_poppler
def test_long_pdf_numbers_every_page_once(long_pdf: tuple[Path, int]) -> None:
    out, pages = long_pdf
    assert pages >= 5
    texts = _pages(out)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert len(re.findall(r"Page \d+ of \d+", text)) == 1, number
        assert f"Page {number} of {pages}" in text
        assert text.count("Printed 24 Nov 2026 10:30 IST") == 1
    first = texts[0]
    for needle in ("Mon 20 Oct", "Tokyo → Seoul", "CEST (UTC+2) → CET (UTC+1)", "Unscheduled: 3"):
        assert needle in first, needle


@needs_poppler
def test_long_pdf_page_count_is_stable(long_pdf: tuple[Path, int], tmp_path: Path) -> None:
    out, pages = long_pdf
    again = tmp_path / "again.pdf"
    assert write_pdf(long_visit(), again, now=NOW) == pages
    assert _pages(again) == _pages(out)


@needs_poppler
def test_footer_words_do_not_overlap_in_the_pdf(long_pdf: tuple[Path, int], tmp_path: Path) -> None:
    out, _ = long_pdf
    box = tmp_path / "box.html"
    subprocess.run(["pdftotext", "-bbox", str(out), str(box)], check=True)
    xhtml = "{http://www.w3.org/1999/xhtml}"
    for page in ElementTree.parse(box).iter(f"{xhtml}page"):
        height = float(page.get("height", "0"))
        words = [
            tuple(float(w.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax"))
            for w in page.iter(f"{xhtml}word")
        ]
        footer = [w for w in words if w[1] > height * 0.9]
        assert any(True for _ in footer)
        for i, a in enumerate(footer):
            for b in footer[i + 1 :]:
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                assert overlap_x <= 0.5 or overlap_y <= 0.5, (a, b)


def _followed_on_its_page(pages: list[list[str]], needle: str, then: str) -> bool:
    """Whether the line with ``needle`` is followed, on the same page, by a line with ``then``."""
    for lines in pages:
        for i, line in enumerate(lines):
            if needle in line:
                return any(then in later for later in lines[i + 1 :])
    raise AssertionError(f"{needle!r} is not in the PDF")


_HEADING = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d+ \w+ \d{4}")
_TIME = re.compile(r"^(\d\d:\d\d|All day)")


@needs_poppler
@pytest.mark.parametrize("extra", [0, 1, 2, 3])
def test_headings_and_engagements_are_never_split(tmp_path: Path, qapp: object, extra: int) -> None:
    visit = long_visit(extra)
    out = tmp_path / "programme.pdf"
    write_pdf(visit, out, now=NOW)
    footer = re.compile(r"Page \d+ of \d+")
    pages = [[line for line in lines if not footer.search(line)] for lines in _page_lines(out)]
    # every engagement's title line and its venue line below are on one page
    for e in visit.engagements:
        if e.is_timed and e.venue:
            assert _followed_on_its_page(pages, e.title, f"{e.venue},"), e.title
    for i in range(3):
        assert _followed_on_its_page(pages, f"Courtesy call {i} ", "the host side has not given a date")
    # a day heading shares its page with its zone line and its first engagement; a page that begins
    # inside a day says which day it continues
    headings = 0
    last_heading = ""
    continued = 0
    for lines in pages:
        if _TIME.match(lines[0]) or (len(lines) > 1 and _TIME.match(lines[1])):
            assert lines[0] == f"{last_heading} (continued)", lines[:2]
            continued += 1
        for i, line in enumerate(lines):
            if line.endswith("(continued)"):
                assert i == 0, line
            elif _HEADING.match(line):
                headings += 1
                last_heading = line
                assert lines[i + 1 : i + 2] and lines[i + 1].startswith("Local:"), line
                after = lines[i + 2 : i + 3]
                assert after and (_TIME.match(after[0]) or after[0] == "No engagements planned."), line
        assert lines[-1] not in ("Unscheduled", "Contacts", "Programme")
    # the travel day has only its flight; the visit's free last day (28 Oct) prints too
    assert headings == len(_LONG_DAYS) + 1 + 1
    assert continued >= 1  # the visit is long enough for a day to run over a page
