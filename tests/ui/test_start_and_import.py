"""First start on an empty database, the article import dialog with the real parser, calendar import."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from planner.core import ics
from planner.ui.panels.visits import VISIT_ROLE
from tests.conftest import DATA, SEED

D = dt.date


def test_first_start_imports_the_seed_and_shows_it(qtbot: Any, tmp_path: Path) -> None:
    from planner.storage import open_repository
    from planner.ui.app import start_window

    repo = open_repository("sqlite:///" + str(tmp_path / "x.db"))
    assert repo.is_empty()
    window = start_window(repo, settings_file=str(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.session.visit is not None, timeout=10000)
    visit = window.session.visit
    assert [v.id for v in repo.list_visits()] == [visit.id]
    assert window.visits.list.count() == 1 and window.visits.list.currentRow() == 0
    # day columns: consecutive dates covering the dated programme (23-28 Aug at least)
    dates = [c.day.date for c in window.itinerary.layout_.columns]
    assert dates == [dates[0] + dt.timedelta(days=i) for i in range(len(dates))]
    assert dates[0] <= D(2025, 8, 23) and dates[-1] >= D(2025, 8, 28)
    assert window.itinerary.layout_.columns[dates.index(D(2025, 8, 23))].header.startswith("Sat 23 Aug")
    # the three engagements without a date are in the tray
    tray = window.tray.model
    titles = [tray.index(r).data() for r in range(tray.rowCount())]
    for name in ("JETRO", "NTT", "Hyundai Motor Studio"):
        assert sum(name in t for t in titles) == 1, (name, titles)
    assert tray.rowCount() == 3
    # the all-day items sit on 23, 24 and 28 Aug
    lay = window.itinerary.layout_
    chip_days = {lay.columns[b.column].day.date for b in lay.blocks if b.all_day}
    assert {D(2025, 8, 23), D(2025, 8, 24), D(2025, 8, 28)} <= chip_days
    # the contacts view has the three JETRO officials
    names = {c.name for c in window.contacts.model.contacts if c.organisation == "JETRO"}
    assert names == {"Nakajo Kazuya", "Endo Yuji", "Hara Harunobu"}
    window.close()
    # a second start finds the visit and imports nothing more
    again = start_window(repo, settings_file=str(tmp_path / "s.ini"))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.session.visit is not None, timeout=10000)
    assert len(repo.list_visits()) == 1 and again.session.visit.id == visit.id


def _accept_when_ready(qtbot: Any, text: str, seen: dict[str, Any]) -> Any:
    """A stand-in for ImportDialog.exec: paste, preview on the worker, look, press Import."""

    def run(dialog: Any) -> int:
        dialog.text.setPlainText(text)
        dialog.start_preview()
        seen["busy"] = dialog.progress.isVisibleTo(dialog) and dialog.cancel_button.isVisibleTo(dialog)
        qtbot.waitUntil(lambda: dialog.draft is not None, timeout=10000)
        seen["preview"] = dialog.preview.toPlainText()
        dialog.import_button.click()
        return int(dialog.result())

    return run


def test_import_article_end_to_end_adds_and_selects_the_visit(
    window: Any, qtbot: Any, repo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs import article_import as import_dialog

    threads: list[threading.Thread] = []
    real_parse = import_dialog.parse

    def parse(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return real_parse(*args)

    seen: dict[str, Any] = {}
    monkeypatch.setattr(import_dialog, "parse", parse)
    monkeypatch.setattr(
        import_dialog.ImportDialog, "exec", _accept_when_ready(qtbot, SEED.read_text("utf-8"), seen)
    )
    before = {v.id for v in repo.list_visits()}
    window.import_action.trigger()
    assert threads and threads[0] is not threading.main_thread()
    assert seen["busy"]
    preview = seen["preview"]
    assert "engagements" in preview and "Stops" in preview and "Warnings" in preview
    assert "Meeting with JETRO" in preview and "Seoul" in preview
    new = {v.id for v in repo.list_visits()} - before
    assert len(new) == 1
    (new_id,) = new
    assert window.session.visit.id == new_id
    current = window.visits.list.currentItem()
    assert current is not None and current.data(VISIT_ROLE) == new_id
    assert window.visits.list.count() == 2


def test_import_dialog_can_be_stopped_while_parsing(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.dialogs import article_import as import_dialog
    from planner.ui.state.worker import Worker

    def slow_parse(text: str, published: Any, progress: Any) -> Any:
        while not progress.cancelled:  # a parse that only ends when stopped
            time.sleep(0.005)
        progress.check()

    monkeypatch.setattr(import_dialog, "parse", slow_parse)
    worker = Worker()
    dialog = import_dialog.ImportDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.setPlainText("मुख्यमंत्री जापान जाएंगे")
    dialog.start_preview()
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    assert not dialog.preview_button.isEnabled()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Stopped", timeout=5000)
    assert not dialog.progress.isVisible() and dialog.preview_button.isEnabled()
    assert dialog.draft is None and not dialog.import_button.isEnabled()
    assert worker.wait(5000)


def test_unrelated_text_says_no_visit_found_and_saves_nothing(
    window: Any, qtbot: Any, repo: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs import article_import as import_dialog

    seen: dict[str, Any] = {}

    def run(dialog: Any) -> int:
        dialog.text.setPlainText("Shares rose on the stock exchange today. The monsoon reached Kerala early.")
        dialog.start_preview()
        qtbot.waitUntil(lambda: dialog.status.text() == "No visit found", timeout=10000)
        seen["preview"] = dialog.preview.toPlainText()
        seen["import_enabled"] = dialog.import_button.isEnabled()
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", run)
    before = [v.id for v in repo.list_visits()]
    window.import_action.trigger()
    assert "no delegation visit found" in seen["preview"]
    assert seen["import_enabled"] is False
    assert [v.id for v in repo.list_visits()] == before


def _calendar_exec(qtbot: Any, path: Path, merge: bool, seen: dict[str, Any]) -> Any:
    def run(dialog: Any) -> int:
        (dialog.into_current if merge else dialog.as_new).setChecked(True)
        dialog.load_file(path)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
        seen["text"] = dialog.view.toPlainText()
        seen["plan"] = dialog.preview.plan
        dialog.import_button.click()
        return int(dialog.result())

    return run


def test_calendar_merge_shows_the_plan_then_updates_the_visit(
    window: Any, qtbot: Any, repo: Any, visit_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs import calendar_import as calendar_dialog

    exported = ics.export_calendar(repo.load_visit(visit_id)).data
    changed = tmp_path / "from-host.ics"
    changed.write_bytes(exported.replace(b"SUMMARY:Press briefing", b"SUMMARY:Press briefing with NHK"))
    seen: dict[str, Any] = {}
    monkeypatch.setattr(
        calendar_dialog.CalendarImportDialog, "exec", _calendar_exec(qtbot, changed, True, seen)
    )
    window.import_ics_action.trigger()
    plan = seen["plan"]
    assert [c.title for c in plan.changed] == ["Press briefing with NHK"]
    assert not plan.added and len(plan.unchanged) == 5  # six dated engagements were exported
    assert "Changed (1)" in seen["text"] and "Unchanged (5)" in seen["text"]
    stored = repo.load_visit(visit_id)
    assert [e.title for e in stored.engagements].count("Press briefing with NHK") == 1
    assert len(stored.engagements) == 9  # nothing duplicated
    assert len(repo.list_visits()) == 1
    assert any(b.title == "Press briefing with NHK" for b in window.itinerary.layout_.blocks)
    assert "1 changed" in window.statusBar().currentMessage()


def test_calendar_into_a_new_visit_and_a_bad_file_changes_nothing(
    window: Any, qtbot: Any, repo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs import calendar_import as calendar_dialog
    from planner.ui.state.worker import Worker

    seen: dict[str, Any] = {}
    monkeypatch.setattr(
        calendar_dialog.CalendarImportDialog,
        "exec",
        _calendar_exec(qtbot, DATA / "ics" / "outlook.ics", False, seen),
    )
    window.import_ics_action.trigger()
    assert seen["plan"] is None and "A new visit with" in seen["text"]
    assert len(repo.list_visits()) == 2
    assert window.session.visit.id == max(v.id for v in repo.list_visits())
    assert window.session.visit.engagements
    # a malformed file: the error in the dialog, nothing to import
    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2025AUG22\r\nEND:VEVENT\r\n")
    boxes: list[str] = []
    monkeypatch.setattr(calendar_dialog.QMessageBox, "warning", lambda _p, _t, text: boxes.append(text))
    dialog = calendar_dialog.CalendarImportDialog(Worker(), window.session.visit)
    qtbot.addWidget(dialog)
    dialog.load_file(broken)
    qtbot.waitUntil(lambda: dialog.status.text() == "Nothing was imported", timeout=10000)
    assert "broken.ics" in dialog.view.toPlainText()
    assert len(boxes) == 1 and "broken.ics" in boxes[0]
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert QDialog.DialogCode.Rejected == dialog.result()


def _snapshot(repo: Any) -> list[Any]:
    return [(v.id, repo.load_visit(v.id)) for v in repo.list_visits()]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.ics", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
        ("empty.ics", b""),
        ("latin.ics", b"BEGIN:VCALENDAR\r\nSUMMARY:Caf\xe9 \xff\xfe\r\n"),
    ],
)
def test_a_bad_calendar_file_shows_one_line_and_changes_nothing(
    window: Any,
    qtbot: Any,
    repo: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    data: bytes,
) -> None:
    from planner.ui.dialogs import calendar_import as calendar_dialog

    path = tmp_path / name
    path.write_bytes(data)
    boxes: list[str] = []
    monkeypatch.setattr(calendar_dialog.QMessageBox, "warning", lambda _p, _t, text: boxes.append(text))
    seen: dict[str, Any] = {}

    def run(dialog: Any) -> int:
        dialog.load_file(path)
        qtbot.waitUntil(lambda: dialog.status.text() == "Nothing was imported", timeout=10000)
        seen["import_enabled"] = dialog.import_button.isEnabled()
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(calendar_dialog.CalendarImportDialog, "exec", run)
    before = _snapshot(repo)
    window.import_ics_action.trigger()
    assert len(boxes) == 1, boxes
    assert "\n" not in boxes[0] and name in boxes[0] and "Traceback" not in boxes[0]
    assert seen["import_enabled"] is False
    assert _snapshot(repo) == before


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("scan.txt", b"\x00\x01\x02\xff\xfe\x00binary" * 50, "binary"),
        ("mixed.txt", "दिल्ली".encode() + b"\xff\xfe\xfa bad" * 20, ""),
    ],
)
def test_an_undecodable_article_file_shows_one_line_and_changes_nothing(
    window: Any,
    qtbot: Any,
    repo: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    data: bytes,
    problem: str,
) -> None:
    from planner.ui.dialogs import article_import as import_dialog

    path = tmp_path / name
    path.write_bytes(data)
    boxes: list[str] = []
    monkeypatch.setattr(import_dialog.QMessageBox, "warning", lambda _p, _t, text: boxes.append(text))

    def run(dialog: Any) -> int:
        dialog.load_file(path)
        assert not dialog.import_button.isEnabled() and dialog.text.toPlainText() == ""
        dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", run)
    before = _snapshot(repo)
    window.import_action.trigger()
    assert len(boxes) == 1, boxes
    assert "\n" not in boxes[0] and name in boxes[0] and problem in boxes[0]
    assert _snapshot(repo) == before
