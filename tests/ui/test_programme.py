"""The printed tour programme: a real PDF with the right pages, times, sections and scripts."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from planner.core.model import Stop
from planner.ui.programme import programme_html, write_pdf
from tests.core.test_ics import build_visit

NOW = dt.datetime(2026, 11, 24, 5, 0, tzinfo=dt.UTC)


def _visit():  # type: ignore[no-untyped-def]
    visit = build_visit()
    visit.stops = [
        Stop("Tokyo", "Japan", "Asia/Tokyo", dt.date(2025, 8, 22), dt.date(2025, 8, 25)),
        Stop("Seoul", "South Korea", "Asia/Seoul", dt.date(2025, 8, 25), dt.date(2025, 8, 28)),
    ]
    return visit


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


def test_pdf_pages_and_text(tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "programme.pdf"
    pages = write_pdf(_visit(), out, now=NOW)
    assert out.read_bytes().startswith(b"%PDF")
    assert pages >= 3
    if shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(rf"^Pages:\s+{pages}$", info, re.M)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    flat = unicodedata.normalize("NFKC", " ".join(text.split()))  # ligatures such as ﬁ
    for needle in (
        "Meeting with Tokyo Electron", "10:00–11:30 JST", "06:30–08:00 IST", "Flight Tokyo → Seoul",
        "Unscheduled", "Courtesy call (date to be fixed)", f"Page 1 of {pages}", f"Page {pages} of {pages}",
        "Printed 24 Nov 2026", "Contacts", "김철수",
    ):  # fmt: skip
        assert needle in flat, needle
    # Devanagari: pdftotext loses some vowel signs of shaped text, so look for the consonants it keeps
    assert "साय" in flat and "दे" in flat
