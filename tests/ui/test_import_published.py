"""The article import dialog's publication date: from the text, else today as an assumption; edits re-read."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from PySide6.QtCore import QDate

DATELINE = (
    "UP CM to visit Japan\n"
    "Lucknow, Sept 3, 2025 (PTI): Chief Minister Yogi Adityanath will meet JETRO officials in Tokyo "
    "on Monday and return on Thursday."
)
UNDATED = "Chief Minister Yogi Adityanath will meet JETRO officials in Tokyo on Monday, return on Thursday."


@pytest.fixture
def dialog(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from planner.ui.dialogs import article_import
    from planner.ui.state.worker import Worker

    calls: list[tuple[threading.Thread, dt.date | None]] = []
    real = article_import.parse

    def parse(text: str, published: dt.date | None, progress: Any) -> Any:
        calls.append((threading.current_thread(), published))
        return real(text, published, progress)

    monkeypatch.setattr(article_import, "parse", parse)
    d = article_import.ImportDialog(Worker())
    d.calls = calls
    qtbot.addWidget(d)
    d.show()
    return d


def _meeting_day(d: Any) -> str:
    return next(e["date"] for e in d.draft.to_json()["engagements"] if e["org"] == "JETRO")


def test_the_date_the_article_gives_fills_the_field(dialog: Any, qtbot: Any) -> None:
    dialog.text.setPlainText(DATELINE)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10000)
    assert dialog.published.date() == QDate(2025, 9, 3)
    assert dialog.date_source == "text" and dialog.published_note.text() == "from the article"
    assert "dateline" in dialog.published_note.toolTip()
    assert _meeting_day(dialog) == "2025-09-08"
    assert all(thread is not threading.main_thread() for thread, _ in dialog.calls)


def test_without_one_today_is_assumed_and_said(dialog: Any, qtbot: Any) -> None:
    dialog.text.setPlainText(UNDATED)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10000)
    q = QDate.currentDate()
    today = dt.date(q.year(), q.month(), q.day())
    assert dialog.published.date() == q and dialog.date_source == "assumed"
    assert "assumed" in dialog.published_note.text()
    assert f"publication date {today} assumed (today)" in dialog.preview.toPlainText()
    assert [p for _, p in dialog.calls] == [None, today]  # the text's own date first, then today
    monday = dt.date.fromisoformat(_meeting_day(dialog))
    assert monday.weekday() == 0 and 0 < (monday - today).days <= 7


def test_changing_the_date_reads_the_article_again(dialog: Any, qtbot: Any) -> None:
    dialog.text.setPlainText(DATELINE)
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10000)
    dialog.calls.clear()
    dialog.published.setDate(QDate(2026, 3, 4))  # a Wednesday, as the user would pick it
    assert dialog.draft is None and not dialog.import_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10000)
    assert dialog.date_source == "user" and dialog.published_note.text() == "as you set it"
    assert [p for _, p in dialog.calls] == [dt.date(2026, 3, 4)]
    assert dialog.calls[0][0] is not threading.main_thread()
    assert _meeting_day(dialog) == "2026-03-09"
    assert dialog.draft.to_json()["visit"]["published"] == "2026-03-04"
    assert dialog.import_button.isEnabled()
