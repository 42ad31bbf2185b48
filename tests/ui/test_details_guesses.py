"""The Details pane lists what was assumed about the selected engagement, its day and the visit, with
Confirm and Fix… right there (the Review panel's commands); decided ones say who and when, muted."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog

from planner.core.assumptions import AssumptionStatus
from planner.ui.itinerary.doubts import DOUBT
from planner.ui.panels.guesses import decided_text
from planner.ui.panels.review import open_assumptions


def uid_of(win: Any, title: str) -> str:
    return next(e.uid for e in win.session.visit.engagements if e.title == title)


def amber_pixels(widget: Any) -> int:
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # rows added to a shown pane appear on the next turn of the loop
    image = widget.grab().toImage()
    found = 0
    for x in range(image.width()):
        for y in range(image.height()):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - DOUBT.red()) + abs(c.green() - DOUBT.green()) + abs(c.blue() - DOUBT.blue())
                < 40
            ):
                found += 1
    return found


def test_the_details_list_the_guesses_about_the_engagement_its_day_and_the_visit(seeded: Any) -> None:
    guesses = seeded.details.guesses
    session = seeded.session
    kita = uid_of(seeded, "Meeting with KITA")
    session.select(kita)
    codes = [a.code for a in guesses.shown]
    assert codes[0] == "city.from-seat" and guesses.shown[0].engagement_uid == kita
    assert {"year.inferred", "span.unfilled"} <= set(codes)  # about the whole visit
    assert "stop.assumed" not in codes  # 28 Aug is read from the article, not assumed
    assert guesses.isVisible() and set(guesses.confirm_buttons) == {a.uid for a in guesses.shown}
    assert amber_pixels(guesses) > 30 * len(guesses.shown)  # one amber mark per open guess
    # the diaspora meeting is on 23 Aug, a day the delegation was assumed to be in Tokyo
    session.select(uid_of(seeded, "Meeting with the Indian diaspora"))
    texts = [a.text for a in guesses.shown]
    assert any(t.startswith("assumed in Tokyo 23 Aug") for t in texts)
    assert not any("Osaka 25–27" in t for t in texts)
    # nothing selected: what was assumed about the visit only
    session.select(None)
    assert {a.code for a in guesses.shown} == {"year.inferred", "span.unfilled"}


def test_confirm_in_the_details_is_the_review_panels_confirm(seeded: Any, qtbot: Any) -> None:
    guesses = seeded.details.guesses
    session = seeded.session
    kita = uid_of(seeded, "Meeting with KITA")
    session.select(kita)
    about = guesses.shown[0]
    total = seeded.review.list.count()
    before = amber_pixels(guesses)
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(guesses.confirm_buttons[about.uid], Qt.MouseButton.LeftButton)
    decided = session.assumption(about.uid)
    assert decided.status is AssumptionStatus.CONFIRMED and decided.decided_at is not None
    stored = session.store.load_visit(session.visit_id)
    assert next(a for a in stored.assumptions if a.uid == about.uid).status is AssumptionStatus.CONFIRMED
    assert seeded.review.list.count() == total - 1  # the Review panel and the count follow
    assert about.uid not in guesses.confirm_buttons  # no buttons on a decided guess
    row = guesses.rows.itemAt(next(i for i, a in enumerate(guesses.shown) if a.uid == about.uid)).widget()
    assert row.objectName() == "decidedGuess"
    when = row.findChild(type(guesses.heading), "hint")
    assert when.text() == decided_text(decided, "Asia/Kolkata")
    assert when.text().startswith("Confirmed") and "IST" in when.text()
    assert when.palette().color(QPalette.ColorRole.WindowText) != guesses.palette().color(
        QPalette.ColorRole.WindowText
    )
    assert amber_pixels(guesses) < before  # its amber mark went
    session.undo_stack.undo()
    assert session.assumption(about.uid).is_open and about.uid in guesses.confirm_buttons


def test_decided_text_names_who_and_when_on_the_home_clock() -> None:
    from planner.core.assumptions import Assumption

    a = Assumption("year.inferred", "year 2025").decided(
        AssumptionStatus.FIXED, "anna@desk", dt.datetime(2026, 12, 1, 17, 10, tzinfo=dt.UTC)
    )
    assert decided_text(a, "Asia/Kolkata") == "Fixed by anna@desk · Tue 1 Dec 2026, 22:40 IST (UTC+5:30)"


def test_fix_in_the_details_opens_the_dialog_and_is_one_undo_step(
    seeded: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui.dialogs.engagement import EngagementDialog

    session = seeded.session
    ntt = uid_of(seeded, "Meeting with NTT")
    [about] = [a for a in open_assumptions(session.visit) if a.engagement_uid == ntt]
    opened: list[str] = []

    def save(dialog: EngagementDialog) -> int:
        opened.append(dialog.title.text())
        dialog.venue.setText("NTT Otemachi")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(EngagementDialog, "exec", save)
    session.select(ntt)
    steps = session.undo_stack.count()
    qtbot.mouseClick(seeded.details.guesses.fix_buttons[about.uid], Qt.MouseButton.LeftButton)
    assert opened == ["Meeting with NTT"]
    assert session.engagement(ntt).venue == "NTT Otemachi"
    assert session.assumption(about.uid).status is AssumptionStatus.FIXED
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert session.engagement(ntt).venue != "NTT Otemachi"
    assert session.assumption(about.uid).is_open


def test_keyboard_confirm_moves_on_to_the_next_guess_and_a_refresh_keeps_the_focus(
    seeded: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    from planner.ui.state.session import Changes

    guesses = seeded.details.guesses
    session = seeded.session
    session.select(uid_of(seeded, "Meeting with KITA"))
    first, second = guesses.shown[0], guesses.shown[1]
    seeded.activateWindow()
    button = guesses.confirm_buttons[first.uid]
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    session.changed.emit(Changes(session.visit_id, delegation=True))  # what a checks result sends
    assert button.hasFocus()  # nothing changed in the list: its buttons stay, the focus too
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert session.assumption(first.uid).status is AssumptionStatus.CONFIRMED
    following = guesses.confirm_buttons[second.uid]
    qtbot.waitUntil(following.hasFocus)
    assert QApplication.focusWidget() is following
