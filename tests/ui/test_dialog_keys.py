"""The engagement dialog from the keyboard: typed times, kept durations, Enter and Escape."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog, QMessageBox

from planner.core.clock import parse_clock
from planner.ui.dialogs.engagement import EngagementDialog
from planner.ui.dialogs.time_field import TimeField
from tests.ui.conftest import seed_like_visit


def _dialog(qtbot: Any) -> EngagementDialog:
    visit = seed_like_visit()
    briefing = next(e for e in visit.engagements if e.title == "Press briefing")
    dialog = EngagementDialog(visit, briefing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("1000", "10:00"), ("10:00", "10:00"), ("10.30", "10:30"), ("930", "09:30"), ("9:30 pm", "21:30"),
     ("12 am", "00:00"), ("12 pm", "12:00"), ("7", "07:00"), ("2359", "23:59")],
)  # fmt: skip
def test_clock_times_are_read_as_typed(typed: str, expected: str) -> None:
    value = parse_clock(typed)
    assert value is not None and f"{value:%H:%M}" == expected


@pytest.mark.parametrize("typed", ["", "25:00", "10:60", "13 pm", "0 am", "soon", "1 0 0", "123456"])
def test_what_is_no_time_is_refused(typed: str) -> None:
    assert parse_clock(typed) is None


def test_typing_1000_sets_ten_and_the_end_keeps_the_duration(qtbot: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog = _dialog(qtbot)
    start, end = dialog.start.time(), dialog.end.time()
    length = start.secsTo(end)
    assert length > 0
    dialog.start.setFocus()
    dialog.start.selectAll()
    qtbot.keyClicks(dialog.start, "1000")
    assert dialog.start.time() == QTime(10, 0)
    assert dialog.start.time().secsTo(dialog.end.time()) == length
    built = dialog.build()
    assert built is not None and built.end is not None and built.start is not None
    assert (built.end - built.start) == dt.timedelta(seconds=length)


def test_arrow_keys_move_the_time_in_quarter_hours(qtbot: Any) -> None:
    field = TimeField()
    qtbot.addWidget(field)
    field.setTime(QTime(10, 7))
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.time() == QTime(10, 15)
    field.setTime(QTime(10, 7))
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.time() == QTime(10, 0)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.time() == QTime(9, 45)
    field.setTime(QTime(23, 45))
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.time() == QTime(0, 0)


def test_text_that_is_no_time_is_marked_and_then_put_back(qtbot: Any) -> None:
    field = TimeField()
    qtbot.addWidget(field)
    field.setTime(QTime(14, 30))
    with qtbot.assert_not_emitted(field.timeChanged):
        field.selectAll()
        qtbot.keyClicks(field, "noon-ish")
    assert field.property("invalid") is True and not field.is_valid()
    field.editingFinished.emit()
    assert field.text() == "14:30" and field.time() == QTime(14, 30)


def test_enter_in_the_new_contact_field_adds_it_and_keeps_the_dialog_open(
    qtbot: Any, monkeypatch: Any
) -> None:
    # closing at the end of the test asks about the new contact: the answer is to discard it
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog = _dialog(qtbot)
    before = dialog.contacts.count()
    dialog.new_contact.setFocus()
    qtbot.keyClicks(dialog.new_contact, "Kim Min-jun")
    qtbot.keyClick(dialog.new_contact, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.contacts.count() == before + 1
    assert dialog.contacts.item(dialog.contacts.count() - 1).text().startswith("Kim Min-jun")


def test_escape_closes_at_once_when_nothing_changed(qtbot: Any, monkeypatch: Any) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append("?"))
    dialog = _dialog(qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_escape_after_an_edit_asks_and_keeps_editing_unless_told(qtbot: Any, monkeypatch: Any) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    dialog = _dialog(qtbot)
    dialog.title.setText("Press briefing (moved)")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.title.text() == "Press briefing (moved)"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and answers == []
