"""The Checks dock takes room only when there is something to show; View → Checks always toggles it,
and the user's own choice is remembered."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from planner.core.model import Engagement, Kind, Stop, Visit
from tests.ui.conftest import at

D = dt.date(2025, 8, 22)
TOKYO = "Asia/Tokyo"


def day_in_tokyo() -> Visit:
    """A visit the checks find nothing wrong with."""
    return Visit("Day in Tokyo", start_date=D, end_date=D, stops=[Stop("Tokyo", "Japan", TOKYO, D, D)])


def too_early() -> Engagement:
    """An engagement at 06:00 local: the checks' ``hour.unusual``."""
    return Engagement("Breakfast call", kind=Kind.MEETING, city="Tokyo", country="Japan", tz=TOKYO,
                      start=at(TOKYO, 2025, 8, 22, 6, 0), end=at(TOKYO, 2025, 8, 22, 7, 0))  # fmt: skip


@pytest.fixture
def settings(tmp_path: Path) -> str:
    return str(tmp_path / "settings.ini")


def open_window(qtbot: Any, repo: Any, settings: str, visit_id: int) -> Any:
    from planner.ui.app import build_window

    win = build_window(repo, settings_file=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.session.checked):
        win.open_visit(visit_id)
        win.session.check_now()
    return win


def central_bottom(win: Any) -> int:
    """Where the views end, in the window's coordinates (once the window has laid itself out again)."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return int(win.centralWidget().geometry().bottom())


def test_no_findings_no_dock_and_a_finding_brings_it_without_taking_the_focus(
    qtbot: Any, repo: Any, settings: str
) -> None:
    win = open_window(qtbot, repo, settings, repo.add_visit(day_in_tokyo()))
    dock = win.checks_dock
    assert not dock.isVisible() and win.findings_label.text() == "No findings"
    assert not win.checks_action.isChecked()  # the View menu says so too
    # the itinerary has the height the dock would take
    assert central_bottom(win) > win.statusBar().geometry().top() - 10
    win.itinerary.setFocus()
    qtbot.waitUntil(win.itinerary.hasFocus)
    with qtbot.waitSignal(win.session.checked):
        win.session.save_engagement(too_early(), "Add")
    assert dock.isVisible() and win.checks.list.count() == 1
    # a finding is a line of text with a small icon, not a row as tall as a 32 px icon
    row = win.checks.list.visualItemRect(win.checks.list.item(0))
    line = win.checks.list.fontMetrics().height()
    assert win.checks.list.iconSize().height() <= line and row.height() < 2.2 * line
    assert win.checks_action.isChecked()
    assert win.itinerary.hasFocus()  # typing goes on where it was
    assert central_bottom(win) < dock.geometry().top() < win.statusBar().geometry().top() - 60
    # dismissed, nothing is left to show: the dock steps aside again
    [finding] = win.session.open_findings()
    win.checks.dismiss(finding.key, "an early call is planned")
    assert not dock.isVisible() and win.findings_label.text() == "No findings"
    assert win.prefs.checks_dock() == "auto"  # none of that was the user's own choice


def test_view_checks_shows_an_empty_dock_and_the_choice_is_remembered(
    qtbot: Any, repo: Any, settings: str
) -> None:
    visit_id = repo.add_visit(day_in_tokyo())
    win = open_window(qtbot, repo, settings, visit_id)
    assert not win.checks_dock.isVisible()
    win.checks_action.trigger()  # View → Checks
    assert win.checks_dock.isVisible() and win.prefs.checks_dock() == "shown"
    with qtbot.waitSignal(win.session.checked):
        win.session.check_now()
    assert win.checks_dock.isVisible()  # still nothing found, but the user asked for it
    win.close()
    again = open_window(qtbot, repo, settings, visit_id)
    assert again.checks_dock.isVisible()


def test_a_dock_the_user_closed_stays_closed_when_findings_come(qtbot: Any, repo: Any, settings: str) -> None:
    visit_id = repo.add_visit(day_in_tokyo())
    win = open_window(qtbot, repo, settings, visit_id)
    with qtbot.waitSignal(win.session.checked):
        win.session.save_engagement(too_early(), "Add")
    assert win.checks_dock.isVisible()
    win.checks_dock.close()  # its close button
    assert win.prefs.checks_dock() == "hidden"
    with qtbot.waitSignal(win.session.checked):
        win.session.check_now()
    assert not win.checks_dock.isVisible()
    assert win.findings_label.text().startswith("1 finding")  # the status bar still counts them
    win.close()
    again = open_window(qtbot, repo, settings, visit_id)
    assert not again.checks_dock.isVisible()
    qtbot.keyClick(
        again, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert again.checks_dock.isVisible() and again.prefs.checks_dock() == "shown"


def test_before_the_checks_report_the_status_bar_does_not_say_no_findings(
    qtbot: Any, repo: Any, settings: str
) -> None:
    from planner.ui.app import build_window

    win = build_window(repo, settings_file=settings)
    qtbot.addWidget(win)
    win.session.checks_on_open = False  # as a screenshot opens it
    win.open_visit(repo.add_visit(day_in_tokyo()))
    assert win.findings_label.text() == "Checks not run yet"
    with qtbot.waitSignal(win.session.checked):
        win.session.check_now()
    assert win.findings_label.text() == "No findings"


def test_clicking_the_count_brings_a_closed_dock_back_and_it_follows_the_findings_again(
    qtbot: Any, repo: Any, settings: str
) -> None:
    visit_id = repo.add_visit(day_in_tokyo())
    win = open_window(qtbot, repo, settings, visit_id)
    with qtbot.waitSignal(win.session.checked):
        win.session.save_engagement(too_early(), "Add")
    win.checks_dock.close()
    assert not win.checks_dock.isVisible() and win.findings_label.text().startswith("1 finding")
    qtbot.mouseClick(win.findings_label, Qt.MouseButton.LeftButton)
    assert win.checks_dock.isVisible()
    assert win.prefs.checks_dock() == "auto"
    assert win.checks.list.hasFocus() or win.checks.list.isVisible()
