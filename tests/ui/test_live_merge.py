"""A calendar merge planned on a copy that went stale: refused, then re-planned on the visit as
stored now and saved only when the user agrees; someone else's change is never overwritten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from planner.core import ics
from planner.core.model import Engagement
from planner.storage import open_repository
from tests.ui.test_start_and_import import _calendar_exec


@pytest.mark.parametrize("agree", [True, False])
def test_a_stale_merge_is_replanned_on_the_fresh_visit(
    window: Any,
    qtbot: Any,
    repo: Any,
    visit_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    agree: bool,
) -> None:
    from planner.ui.dialogs import calendar_import as calendar_dialog

    window.live.stop()  # the window keeps its (soon stale) copy
    exported = ics.export_calendar(repo.load_visit(visit_id)).data
    changed = tmp_path / "from-host.ics"
    changed.write_bytes(exported.replace(b"SUMMARY:Press briefing", b"SUMMARY:Press briefing with NHK"))
    bob = open_repository(f"sqlite:///{tmp_path / 'planner.db'}")
    bob.user = "bob@desk2"
    bob.save_engagement(visit_id, Engagement("Tea with the mayor", uid="e-tea"))
    bob.close()
    seen: dict[str, Any] = {}
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes if agree else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr(
        calendar_dialog.CalendarImportDialog, "exec", _calendar_exec(qtbot, changed, True, seen)
    )
    window.import_ics_action.trigger()
    assert "engagement 'Tea with the mayor' was added by bob@desk2" in questions[0]
    stored = repo.load_visit(visit_id)
    assert stored.engagement("e-tea") is not None  # bob's engagement survives either way
    titles = [e.title for e in stored.engagements]
    if agree:
        assert len(questions) == 2 and "Changed (1)" in questions[1]
        assert titles.count("Press briefing with NHK") == 1 and "Press briefing" not in titles
        assert window.session.visit.engagement("e-tea") is not None
        assert "1 changed" in window.statusBar().currentMessage()
    else:
        assert len(questions) == 1 and "Press briefing with NHK" not in titles
        assert window.statusBar().currentMessage() == "Calendar not merged: the visit had changed"
