"""Guesses stay visible until confirmed: marked day headers and blocks, the Review panel, the status count."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from planner.core.assumptions import AssumptionStatus
from planner.ui.itinerary.doubts import DOUBT, block_mark, header_mark, tip_at
from planner.ui.panels.review import open_assumptions
from tests.ui.conftest import seed_from_article, show_window


@pytest.fixture
def seeded(qtbot: Any, repo: Any, tmp_path: Path) -> Any:
    """The window on the seed imported from its article, every day in the width."""
    win = show_window(qtbot, repo, seed_from_article(repo), tmp_path, size=(1600, 1000))
    win.itinerary.set_days_shown("all")
    return win


def amber_pixels(image: Any, rect: Any) -> int:
    """How many pixels inside ``rect`` are close to the mark's amber."""
    found = 0
    for x in range(int(rect.left()) + 1, int(rect.right())):
        for y in range(int(rect.top()) + 1, int(rect.bottom())):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - DOUBT.red()) + abs(c.green() - DOUBT.green()) + abs(c.blue() - DOUBT.blue())
                < 60
            ):
                found += 1
    return found


def column_of(view: Any, day: dt.date) -> Any:
    return next(c for c in view.layout_.columns if c.day.date == day)


def header_rect(view: Any, day: dt.date) -> Any:
    lay = view.layout_
    column = column_of(view, day)
    return header_mark(column.x, column.width).translated(
        lay.gutter_width - view.horizontalScrollBar().value(), 0
    )


def test_assumed_days_and_guessed_blocks_carry_an_amber_mark(seeded: Any) -> None:
    view = seeded.itinerary
    image = view.viewport().grab().toImage()
    # Osaka 25–27 Aug was assumed: marked; 24 Aug (the Expo visit, read from the text) is not
    for day in (25, 26, 27):
        assert amber_pixels(image, header_rect(view, dt.date(2025, 8, day))) > 40, day
    assert amber_pixels(image, header_rect(view, dt.date(2025, 8, 24))) == 0
    # the KITA meeting's city came from the gazetteer's seat: its all-day chip is marked, the Expo's not
    lay = view.layout_
    visit = seeded.session.visit
    kita = next(e for e in visit.engagements if e.title == "Meeting with KITA")
    expo = next(e for e in visit.engagements if e.title.startswith("Visit to Osaka"))
    for engagement, marked in ((kita, True), (expo, False)):
        rect = view.block_view_rect(engagement.uid)
        assert rect is not None
        tail = rect.adjusted(rect.width() - 22, 0, 0, 0)
        assert (amber_pixels(image, tail) > 20) is marked, engagement.title
    # hovering the mark names the guess
    centre = header_rect(view, dt.date(2025, 8, 26)).center()
    tip = tip_at(lay, _doubts(seeded), centre, view.horizontalScrollBar().value(), None)
    assert tip is not None and "assumed in Osaka 25–27 Aug" in tip


def _doubts(win: Any) -> Any:
    from planner.ui.itinerary.doubts import doubts_of

    return doubts_of(win.session.visit)


def test_the_review_panel_lists_clicks_through_confirms_and_undoes(seeded: Any, qtbot: Any) -> None:
    panel = seeded.review
    session = seeded.session
    total = len(open_assumptions(session.visit))
    assert total >= 6 and panel.list.count() == total
    assert seeded.assumption_count.text() == f"? {total} assumptions to review"
    # the View menu switch shows the dock
    toggle = seeded.review_dock.toggleViewAction()
    assert not seeded.review_dock.isVisible()
    toggle.trigger()
    assert seeded.review_dock.isVisible()
    # clicking an engagement's assumption selects that engagement
    row = next(
        i
        for i in range(panel.list.count())
        if "Meeting with NTT" in panel.list.item(i).text().splitlines()[0]
    )
    item = panel.list.item(row)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ntt = next(e for e in session.visit.engagements if e.title == "Meeting with NTT")
    assert session.selected == ntt.uid
    # clicking an assumed stop scrolls the itinerary to its first day
    seeded.itinerary.horizontalScrollBar().setValue(0)
    seeded.itinerary.set_days_shown(1)
    row = next(i for i in range(panel.list.count()) if "Osaka 25–27" in panel.list.item(i).text())
    rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dt.date(2025, 8, 25) in [
        seeded.itinerary.layout_.columns[i].day.date for i in seeded.itinerary.visible_columns()
    ]
    # confirm it: one fewer open, the count follows, the header mark goes; undo brings all back
    uid = panel.current().uid
    with qtbot.waitSignal(session.changed):
        qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton)
    assert session.assumption(uid).status is AssumptionStatus.CONFIRMED
    assert session.assumption(uid).decided_at is not None
    assert panel.list.count() == total - 1
    assert seeded.assumption_count.text() == f"? {total - 1} assumptions to review"
    stored = session.store.load_visit(session.visit_id)
    assert next(a for a in stored.assumptions if a.uid == uid).status is AssumptionStatus.CONFIRMED
    seeded.itinerary.set_days_shown("all")
    image = seeded.itinerary.viewport().grab().toImage()
    assert amber_pixels(image, header_rect(seeded.itinerary, dt.date(2025, 8, 26))) == 0
    session.undo_stack.undo()
    assert session.assumption(uid).is_open
    assert panel.list.count() == total
    assert seeded.assumption_count.text() == f"? {total} assumptions to review"
    assert session.store.load_visit(session.visit_id).assumptions == session.visit.assumptions


def test_fix_opens_the_engagement_dialog_and_marks_it_fixed_when_saved(
    seeded: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from planner.ui.dialogs.engagement import EngagementDialog

    session = seeded.session
    kita = next(e for e in session.visit.engagements if e.title == "Meeting with KITA")
    [about] = [a for a in open_assumptions(session.visit) if a.engagement_uid == kita.uid]
    answers = iter([QDialog.DialogCode.Rejected, QDialog.DialogCode.Accepted])

    def run(dialog: EngagementDialog) -> int:
        answer = next(answers)
        if answer == QDialog.DialogCode.Accepted:
            dialog.accept()
        return int(answer)

    monkeypatch.setattr(EngagementDialog, "exec", run)
    panel = seeded.review
    row = next(
        i for i in range(panel.list.count()) if panel.list.item(i).data(Qt.ItemDataRole.UserRole) == about.uid
    )
    panel.list.setCurrentRow(row)
    panel.fix_button.click()  # cancelled: still open
    assert session.assumption(about.uid).is_open
    panel.fix_button.click()  # saved: fixed
    assert session.assumption(about.uid).status is AssumptionStatus.FIXED
    assert about.uid not in [
        panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.list.count())
    ]


def test_marks_sit_clear_of_the_clash_badge() -> None:
    from PySide6.QtCore import QRectF

    block = QRectF(0, 0, 200, 60)
    alone, beside = block_mark(block, beside_badge=False), block_mark(block, beside_badge=True)
    assert block.contains(alone) and block.contains(beside)
    assert beside.right() < alone.left() + 1
    assert QPointF(alone.center()).x() > block.center().x()
