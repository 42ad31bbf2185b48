"""Fix… is one undo step: the edit and "mark fixed" go together, and one Ctrl+Z takes both back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from planner.core.assumptions import AssumptionStatus
from planner.ui.panels.review import open_assumptions


def press(win: Any, qtbot: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    win.activateWindow()
    win.itinerary.setFocus()
    qtbot.keyClick(win.itinerary, key, modifiers)


def choose(panel: Any, uid: str) -> None:
    row = next(
        i for i in range(panel.list.count()) if panel.list.item(i).data(Qt.ItemDataRole.UserRole) == uid
    )
    panel.list.setCurrentRow(row)


def test_fix_of_an_engagement_then_one_ctrl_z_restores_the_field_and_the_open_guess(
    seeded: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs.engagement import EngagementDialog

    session = seeded.session
    stack = session.undo_stack
    kita = next(e for e in session.visit.engagements if e.title == "Meeting with KITA")
    [about] = [a for a in open_assumptions(session.visit) if a.engagement_uid == kita.uid]

    def save_with_a_new_venue(dialog: EngagementDialog) -> int:
        dialog.venue.setText("Trade Tower, Samseong-dong")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EngagementDialog, "exec", save_with_a_new_venue)
    steps = stack.count()
    choose(seeded.review, about.uid)
    seeded.review.fix_button.click()
    assert session.engagement(kita.uid).venue == "Trade Tower, Samseong-dong"
    assert session.assumption(about.uid).status is AssumptionStatus.FIXED
    assert stack.count() == steps + 1  # one step, not two
    assert "Fix" in stack.undoText()

    press(seeded, qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = session.store.load_visit(session.visit_id)
    for visit in (session.visit, stored):
        assert visit.engagement(kita.uid).venue == kita.venue
        assert next(a for a in visit.assumptions if a.uid == about.uid).is_open
    assert stack.index() == steps

    press(
        seeded, qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert session.engagement(kita.uid).venue == "Trade Tower, Samseong-dong"
    assert session.assumption(about.uid).status is AssumptionStatus.FIXED


def test_fix_of_the_visit_then_one_undo_restores_the_title_and_the_open_guess(
    seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs.visit import VisitDialog

    session = seeded.session
    stack = session.undo_stack
    title = session.visit.title
    [span] = [a for a in open_assumptions(session.visit) if a.code == "span.unfilled"]

    def save_with_a_new_title(dialog: VisitDialog) -> int:
        dialog.title.setText("Nine days in Japan and Korea")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(VisitDialog, "exec", save_with_a_new_title)
    steps = stack.count()
    choose(seeded.review, span.uid)
    seeded.review.fix_button.click()
    assert session.visit.title == "Nine days in Japan and Korea"
    assert session.assumption(span.uid).status is AssumptionStatus.FIXED
    assert stack.count() == steps + 1
    stack.undo()
    assert session.visit.title == title
    assert session.assumption(span.uid).is_open
    assert session.store.load_visit(session.visit_id).title == title


def test_a_cancelled_fix_leaves_no_step(seeded: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from planner.ui.dialogs.engagement import EngagementDialog

    session = seeded.session
    monkeypatch.setattr(EngagementDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected))
    about = next(a for a in open_assumptions(session.visit) if a.engagement_uid)
    steps = session.undo_stack.count()
    choose(seeded.review, about.uid)
    seeded.review.fix_button.click()
    assert session.undo_stack.count() == steps
    assert session.assumption(about.uid).is_open
