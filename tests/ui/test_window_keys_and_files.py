"""Window details a keyboard user and an office notice: redo keys, counts, toolbar labels, save folders."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QToolButton

from planner.core.model import Engagement
from planner.ui.main_window import redo_shortcuts
from planner.ui.transfers import slug


def _retitle(window: Any, title: str) -> str:
    first = window.session.visit.engagements[0]
    assert window.session.save_engagement(dataclasses.replace(first, title=title), f"Edit “{title}”")
    return first.uid


def test_redo_has_each_key_once_and_both_keys_redo(window: Any, qtbot: Any) -> None:
    keys = [k.toString() for k in redo_shortcuts()]
    assert len(keys) == len(set(keys)) and {"Ctrl+Shift+Z", "Ctrl+Y"} <= set(keys)
    uid = _retitle(window, "Renamed once")
    for key in ("Ctrl+Shift+Z", "Ctrl+Y"):
        window.undo_action.trigger()
        assert window.session.visit.engagement(uid).title != "Renamed once"
        window.itinerary.setFocus()
        sequence = QKeySequence(key)
        combo = sequence[0]
        qtbot.keyClick(window.itinerary, combo.key(), combo.keyboardModifiers())
        assert window.session.visit.engagement(uid).title == "Renamed once", key
    # a key bound twice would be ambiguous: Qt would log a warning (qt_log_level_fail) and do nothing


def test_visit_list_counts_follow_adds_and_deletes(window: Any) -> None:
    def shown() -> str:
        return str(window.visits.list.currentItem().text())

    count = len(window.session.visit.engagements)
    assert shown().endswith(f"{count} engagements")
    new = Engagement("Extra call")
    assert window.session.save_engagement(new, "Add “Extra call”")
    assert shown().endswith(f"{count + 1} engagements")
    assert window.session.delete_engagement(new.uid)
    assert window.session.delete_engagement(window.session.visit.engagements[0].uid)
    assert shown().endswith(f"{count - 1} engagements")
    window.undo_action.trigger()
    assert shown().endswith(f"{count} engagements")


def test_toolbar_undo_keeps_its_width_while_the_menu_says_what(window: Any, qtbot: Any) -> None:
    buttons = [b for b in window.toolbar.findChildren(QToolButton) if b.defaultAction() is window.undo_action]
    assert buttons
    before = buttons[0].sizeHint().width()
    _retitle(window, "A very long engagement title that would push every toolbar button aside")
    assert buttons[0].text() == "Undo"
    assert buttons[0].sizeHint().width() == before
    assert "very long engagement title" in window.undo_action.text()
    assert "very long engagement title" in window.undo_action.toolTip()


def test_save_dialog_starts_in_the_last_folder_with_the_whole_name(
    window: Any, tmp_path: Path, monkeypatch: Any, qtbot: Any
) -> None:
    starts: list[str] = []
    folder = tmp_path / "exports"
    folder.mkdir()

    def ask(_parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return str(folder / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    window.export_csv_action.trigger()
    qtbot.waitUntil(lambda: "written" in window.statusBar().currentMessage(), timeout=10000)
    window.export_vcf_action.trigger()
    qtbot.waitUntil(lambda: "contacts written" in window.statusBar().currentMessage(), timeout=10000)
    assert not Path(starts[0]).is_absolute() or Path(starts[0]).parent != folder
    assert Path(starts[1]).parent == folder
    assert Path(starts[1]).name == f"{slug(window.session.visit.title)}.vcf"


def test_file_names_are_cut_between_words() -> None:
    title = "Chief Minister's investment visit to Japan and South Korea, Tokyo Osaka Seoul, August 2025"
    name = slug(title, limit=40)
    assert len(name) <= 40 and title.lower().replace("'", "-").startswith(name.split("-")[0])
    words = name.split("-")
    assert all(w in slug(title, limit=200).split("-") for w in words)
    assert slug("", limit=10) == "visit" and slug("!!!") == "visit"


def test_side_panes_hide_from_the_view_menu_and_stay_hidden(
    window: Any, qtbot: Any, repo: Any, tmp_path: Path
) -> None:
    from planner.ui.app import build_window

    view_menu = window.menuBar().actions()[2].menu()
    names = [a.text() for a in view_menu.actions()]
    assert "&Details" in names and "&Visits and unscheduled" in names
    width = window.stack.width()
    window.details_pane_action.trigger()
    window.left_pane_action.trigger()
    qtbot.waitUntil(lambda: window.stack.width() > width + 300)
    assert not window.details_side.isVisible() and not window.left_splitter.isVisible()
    window.save_state()
    again = build_window(repo, settings_file=str(tmp_path / "settings.ini"))
    qtbot.addWidget(again)
    again.show()
    assert not again.details_side.isVisible() and not again.details_pane_action.isChecked()
    again.details_pane_action.trigger()
    assert again.details_side.isVisible()


def test_agenda_gives_the_engagement_the_room(window: Any, qtbot: Any) -> None:
    window.resize(1024, 700)
    window.show_view("agenda")
    qtbot.wait(50)
    view = window.agenda
    header = view.header()
    assert header.sectionSize(2) >= header.sectionSize(3)  # engagement at least as wide as the place
    assert view.sizeHintForColumn(4) <= header.sectionSize(4)  # the status is never cut
    assert view.sizeHintForColumn(0) <= header.sectionSize(0)
