"""The engagement dialog validates at the field; the import dialog previews on the worker thread."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QDate, QTime

from planner.core import tz
from planner.core.model import Engagement, Kind, Status, Stop, Visit
from planner.ui.dialogs.engagement import EngagementDialog
from tests.ui.conftest import at, seed_like_visit


def berlin_visit() -> Visit:
    return Visit(
        title="Berlin",
        home_tz="Asia/Kolkata",
        start_date=dt.date(2025, 3, 29),
        end_date=dt.date(2025, 3, 31),
        stops=[Stop("Berlin", "Germany", "Europe/Berlin", dt.date(2025, 3, 29), dt.date(2025, 3, 31))],
    )


def test_dialog_refuses_a_local_time_that_does_not_exist(qtbot: Any) -> None:
    dialog = EngagementDialog(berlin_visit(), day=dt.date(2025, 3, 30), at=dt.time(10))
    qtbot.addWidget(dialog)
    dialog.title.setText("Breakfast with the Minister")
    assert dialog.zone.currentText() == "Europe/Berlin"
    dialog.start.setTime(QTime(2, 30))
    dialog.end.setTime(QTime(3, 30))
    assert dialog.build() is None
    assert "2025-03-30 02:30 does not exist in Europe/Berlin" in dialog.time_error.text()
    assert not dialog.time_error.isHidden()
    dialog.accept()
    assert dialog.result_engagement is None  # still open, nothing to save
    dialog.start.setTime(QTime(3, 0))
    dialog.end.setTime(QTime(4, 0))
    e = dialog.build()
    assert e is not None and e.start == at("Europe/Berlin", 2025, 3, 30, 3, 0)
    assert dialog.time_error.isHidden()
    # home time shown live
    assert dialog.home_time.text() == "At home: Sun 30 Mar 06:30–07:30 IST (UTC+5:30)"


def test_dialog_requires_a_title_and_an_end_after_the_start(qtbot: Any) -> None:
    dialog = EngagementDialog(berlin_visit(), day=dt.date(2025, 3, 29), at=dt.time(10))
    qtbot.addWidget(dialog)
    dialog.start.setTime(QTime(11, 0))
    dialog.end.setTime(QTime(10, 0))
    assert dialog.build() is None
    assert dialog.title_error.text() == "A title is required"
    assert dialog.time_error.text() == "The end must be after the start"
    dialog.title.setText("Talk")
    dialog.end.setTime(QTime(12, 0))
    assert dialog.build() is not None


def test_dialog_edits_every_field_and_keeps_identity(qtbot: Any) -> None:
    visit = seed_like_visit()
    original = next(e for e in visit.engagements if e.title == "Investor round table")
    dialog = EngagementDialog(visit, original)
    qtbot.addWidget(dialog)
    assert dialog.start.time() == QTime(10, 0) and dialog.end.time() == QTime(11, 30)
    assert dialog.date.date() == QDate(2025, 8, 22)
    dialog.title.setText("Investor round table (Keidanren)")
    dialog.kind.setCurrentIndex(list(Kind).index(Kind.CEREMONY))
    dialog.status.setCurrentIndex(list(Status).index(Status.TENTATIVE))
    dialog.city.setText("Osaka")  # a stop of the visit: sets the zone
    dialog.sectors.setText("IT, textiles")
    dialog.new_contact.setText("Tanaka Hiroshi")
    dialog._create_contact()
    dialog.accept()
    e = dialog.result_engagement
    assert e is not None and e.uid == original.uid
    assert (e.title, e.kind, e.status, e.city, e.tz) == (
        "Investor round table (Keidanren)",
        Kind.CEREMONY,
        Status.TENTATIVE,
        "Osaka",
        "Asia/Tokyo",
    )
    assert e.sectors == ["IT", "textiles"]
    assert [c.name for c in dialog.new_contacts] == ["Tanaka Hiroshi"]
    assert dialog.new_contacts[0].uid in e.contact_uids
    assert (e.start, e.end) == (original.start, original.end)


def test_dialog_all_day_and_unscheduled(qtbot: Any) -> None:
    visit = seed_like_visit()
    loose = next(e for e in visit.engagements if e.is_unscheduled)
    dialog = EngagementDialog(visit, loose)
    qtbot.addWidget(dialog)
    assert dialog.when_none.isChecked()
    dialog.when_all_day.setChecked(True)
    dialog.date.setDate(QDate(2025, 8, 25))
    dialog.accept()
    e = dialog.result_engagement
    assert e is not None and e.is_all_day and e.date == dt.date(2025, 8, 25) and e.unscheduled_reason == ""


@pytest.mark.usefixtures("machine_tz")
def test_new_engagement_in_the_dialog_is_saved_and_undoable(
    window: Any, repo: Any, visit_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fake_exec(dialog: EngagementDialog) -> int:
        dialog.title.setText("Lunch with Keidanren")
        dialog.accept()
        return 1

    monkeypatch.setattr(EngagementDialog, "exec", fake_exec)
    window.new_engagement(dt.date(2025, 8, 25), dt.time(12, 30))
    saved = [e for e in repo.load_visit(visit_id).engagements if e.title == "Lunch with Keidanren"]
    assert len(saved) == 1
    assert tz.local_naive(saved[0].start, "Asia/Tokyo") == dt.datetime(2025, 8, 25, 12, 30)
    assert saved[0].city == "Osaka"
    window.undo_action.trigger()
    assert not [e for e in repo.load_visit(visit_id).engagements if e.title == "Lunch with Keidanren"]


def test_import_dialog_previews_on_the_worker_and_reports_failure(qtbot: Any) -> None:
    from planner.ui.dialogs.article_import import ImportDialog
    from planner.ui.state.worker import Worker

    worker = Worker()
    dialog = ImportDialog(worker)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("")
    dialog.start_preview()
    assert dialog.status.text() == "Paste or open an article first"
    assert not dialog.import_button.isEnabled()


def test_worker_delivers_results_progress_and_cancel(qtbot: Any) -> None:
    from planner.ui.state.worker import Worker

    worker = Worker()
    results: list[object] = []
    progress: list[tuple[int, int]] = []

    def work(p: Any) -> int:
        for i in range(3):
            p.report(i + 1, 3)
        return 42

    worker.submit(work, results.append, on_progress=lambda a, b: progress.append((a, b)))
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert progress[-1] == (3, 3)
    cancelled: list[bool] = []

    def slow(p: Any) -> int:
        p.cancel()
        p.check()
        return 1

    worker.submit(slow, results.append, on_cancel=lambda: cancelled.append(True))
    qtbot.waitUntil(lambda: cancelled == [True], timeout=5000)
    assert results == [42]
    errors: list[BaseException] = []

    def broken(p: Any) -> int:
        raise ValueError("bad input")

    worker.submit(broken, results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert [str(e) for e in errors] == ["bad input"]
    assert worker.wait(5000)


def test_engagement_model_unchanged_by_cancelled_dialog(qtbot: Any, monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    visit = seed_like_visit()
    original = next(e for e in visit.engagements if e.title == "Press briefing")
    copy = Engagement(**{f: getattr(original, f) for f in ("title", "tz", "start", "end")})
    dialog = EngagementDialog(visit, original)
    qtbot.addWidget(dialog)
    dialog.title.setText("Changed")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert dialog.result_engagement is None
    assert original.title == copy.title == "Press briefing"
