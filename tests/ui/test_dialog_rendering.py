"""Each dialog and the main window rendered off-screen on the seed: no clipped label, no blank button.

Set ``UX_SHOTS=/some/folder`` to keep the PNGs (to look at them); by default they go to a temporary folder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from planner.core import tz

DAY = dt.date(2025, 8, 22)


@pytest.fixture(scope="module")
def seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed imported once; each test works on its own copy."""
    from planner.services import seed_visit_if_empty
    from planner.storage import open_repository

    path = tmp_path_factory.mktemp("seeded") / "planner.db"
    repo = open_repository("sqlite:///" + str(path))
    assert seed_visit_if_empty(repo) is not None
    repo.close()
    return path


@pytest.fixture
def repo(seeded_file: Path, tmp_path: Path) -> Iterator[Any]:
    from planner.storage import open_repository

    copy = tmp_path / "planner.db"
    shutil.copyfile(seeded_file, copy)
    repository = open_repository("sqlite:///" + str(copy))
    yield repository
    getattr(repository, "close", lambda: None)()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("UX_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _visit(repo: Any) -> Any:
    return repo.load_visit(repo.list_visits()[0].id)


def _settle(widget: QWidget) -> None:
    widget.show()
    for _ in range(3):
        QApplication.processEvents()


def _clipped_labels(root: QWidget) -> list[str]:
    """Visible labels whose text needs more room than they were given (cut off, not wrapped)."""
    bad = []
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.wordWrap():
            continue
        need: QSize = label.minimumSizeHint()
        if need.width() > label.width() + 1 or need.height() > label.height() + 1:
            has = f"{label.width()}x{label.height()}"
            bad.append(f"{label.text()[:40]!r} needs {need.width()}x{need.height()}, has {has}")
    return bad


def _unlabeled_buttons(root: QWidget) -> list[str]:
    return [
        b.objectName() or repr(b)
        for b in root.findChildren(QAbstractButton)
        if b.isVisible()
        and not (b.text().strip() or b.toolTip() or b.accessibleName())
        and b.metaObject().className() not in ("QToolButton",)  # scroll arrows, calendar popups
    ]


def _check_and_save(widget: QWidget, path: Path) -> None:
    _settle(widget)
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 1000
    assert _clipped_labels(widget) == []
    assert _unlabeled_buttons(widget) == []


def _schedule_jetro(repo: Any) -> Any:
    visit = _visit(repo)
    jetro = next(e for e in visit.engagements if "JETRO" in (e.title + e.organisation))
    start = tz.local_to_utc(dt.datetime.combine(DAY, dt.time(10, 0)), "Asia/Tokyo")
    scheduled = dataclasses.replace(
        jetro,
        start=start,
        end=start + dt.timedelta(hours=1),
        tz="Asia/Tokyo",
        date=None,
        unscheduled_reason="",
    )
    visit.engagements = [scheduled if e.uid == jetro.uid else e for e in visit.engagements]
    repo.save_visit(visit)
    return _visit(repo), jetro.uid


def test_new_engagement_dialog(qtbot: Any, repo: Any, shots: Path) -> None:
    from planner.ui.dialogs.engagement import EngagementDialog

    dialog = EngagementDialog(_visit(repo), day=DAY, at=dt.time(15, 0))
    qtbot.addWidget(dialog)
    _check_and_save(dialog, shots / "engagement-new.png")
    assert dialog.home_time.text().startswith("At home: Fri 22 Aug 11:30–12:30 IST")
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert save.isEnabled()


def test_edit_jetro_dialog_after_scheduling(qtbot: Any, repo: Any, shots: Path) -> None:
    from planner.ui.dialogs.engagement import EngagementDialog

    visit, uid = _schedule_jetro(repo)
    engagement = next(e for e in visit.engagements if e.uid == uid)
    dialog = EngagementDialog(visit, engagement)
    qtbot.addWidget(dialog)
    _check_and_save(dialog, shots / "engagement-edit-jetro.png")
    assert dialog.zone.currentText() == "Asia/Tokyo"
    assert dialog.start.time().hour() == 10 and dialog.when_timed.isChecked()
    assert dialog.home_time.text().startswith("At home: Fri 22 Aug 06:30–07:30 IST")
    checked = [dialog.contacts.item(i).checkState().value for i in range(dialog.contacts.count())]
    assert checked.count(2) == len(engagement.contact_uids)


def test_import_article_dialog_with_preview(qtbot: Any, shots: Path) -> None:
    from planner.paths import seed_articles
    from planner.ui.dialogs.article_import import ImportDialog
    from planner.ui.state.worker import Worker

    dialog = ImportDialog(Worker())
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    dialog.text.setPlainText(seed_articles()[0].read_text(encoding="utf-8"))
    dialog.start_preview()
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
    assert "engagements" in dialog.preview.toPlainText()
    _check_and_save(dialog, shots / "import-article.png")


def test_calendar_merge_dialog(qtbot: Any, repo: Any, shots: Path, tmp_path: Path) -> None:
    from planner.core import ics
    from planner.ui.dialogs.calendar_import import CalendarImportDialog
    from planner.ui.state.worker import Worker

    visit, _uid = _schedule_jetro(repo)
    exported = tmp_path / "visit.ics"
    exported.write_bytes(ics.export_calendar(visit).data)
    dialog = CalendarImportDialog(Worker(), visit)
    qtbot.addWidget(dialog)
    dialog.load_file(exported)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
    assert "Unchanged" in dialog.view.toPlainText()
    _check_and_save(dialog, shots / "calendar-merge.png")


def test_visit_details_dialog(qtbot: Any, repo: Any, shots: Path) -> None:
    from planner.ui.dialogs.visit import VisitDialog

    visit = _visit(repo)
    dialog = VisitDialog(visit, today=visit.start_date)
    qtbot.addWidget(dialog)
    _check_and_save(dialog, shots / "visit-details.png")


def _window(qtbot: Any, repo: Any, tmp_path: Path) -> Any:
    from planner.ui.app import application, build_window

    application()
    window = build_window(repo, settings_file=str(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.open_visit(repo.list_visits()[0].id)
    return window


def test_contacts_view_editing(qtbot: Any, repo: Any, shots: Path, tmp_path: Path) -> None:
    window = _window(qtbot, repo, tmp_path)
    window.resize(1024, 700)
    window.show_view("contacts")
    _settle(window)
    table = window.contacts.table
    table.setCurrentIndex(table.model().index(0, 0))
    table.edit(table.currentIndex())
    _check_and_save(window, shots / "contacts-editing.png")
    assert table.state() == table.State.EditingState


@pytest.mark.parametrize("view", ["itinerary", "agenda"])
def test_main_window_at_1024x700(qtbot: Any, repo: Any, shots: Path, tmp_path: Path, view: str) -> None:
    window = _window(qtbot, repo, tmp_path)
    window.resize(1024, 700)
    window.show_view(view)
    _settle(window)
    window.itinerary.scroll_to_first()
    _check_and_save(window, shots / f"main-1024x700-{view}.png")
    visit = window.session.visit
    assert visit.title in window.windowTitle()
    assert window.size() == QSize(1024, 700)
    assert window.stack.width() >= 450  # the itinerary keeps most of a small screen


def _mnemonic(text: str) -> str | None:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else None


@pytest.mark.parametrize(("which", "at_least"), [("engagement", 12), ("visit", 8)])
def test_dialog_mnemonics_are_unique_and_lead_to_a_field(
    qtbot: Any, repo: Any, which: str, at_least: int
) -> None:
    from PySide6.QtCore import Qt

    from planner.ui.dialogs.engagement import EngagementDialog
    from planner.ui.dialogs.visit import VisitDialog

    visit = _visit(repo)
    dialog: QWidget = (
        EngagementDialog(visit, day=DAY, at=dt.time(15, 0))
        if which == "engagement"
        else VisitDialog(visit, today=DAY)
    )
    qtbot.addWidget(dialog)
    keys: list[str] = []
    for label in dialog.findChildren(QLabel):
        key = _mnemonic(label.text())
        if key:
            buddy = label.buddy()
            assert buddy is not None and buddy.focusPolicy() != Qt.FocusPolicy.NoFocus, label.text()
            keys.append(key)
    keys += [k for b in dialog.findChildren(QAbstractButton) if (k := _mnemonic(b.text()))]
    assert len(keys) >= at_least
    assert len(keys) == len(set(keys)), sorted(keys)


def test_window_title_and_status_bar_name_the_visit_database_and_clashes(
    qtbot: Any, repo: Any, tmp_path: Path
) -> None:
    window = _window(qtbot, repo, tmp_path)
    _settle(window)
    visit = window.session.visit
    assert window.windowTitle() == f"{visit.title} — Delegation Planner"
    assert window.database_label.text() == "Database: planner.db"
    assert window.database_label.toolTip().startswith("sqlite:///") and window.database_label.isVisible()
    assert window.clash_label.text() in ("No clashes", f"⚠ {len(window.session.clashes)} clashes")
    views = (window.itinerary, window.agenda, window.contacts.table, window.tray.list, window.visits.list)
    assert all(view.accessibleName() for view in views)


def test_dialogs_reopen_at_the_size_they_were_left(qtbot: Any, repo: Any, tmp_path: Path) -> None:
    from planner.ui.dialogs.engagement import EngagementDialog

    window = _window(qtbot, repo, tmp_path)
    sizes: list[QSize] = []

    def run(dialog: Any) -> int:
        sizes.append(dialog.size())
        dialog.resize(dialog.width() + 120, dialog.height() + 80)
        return 0

    first = EngagementDialog(window.session.visit, parent=window)
    qtbot.addWidget(first)
    first.exec = lambda: run(first)  # type: ignore[method-assign]
    window._exec(first)
    second = EngagementDialog(window.session.visit, parent=window)
    qtbot.addWidget(second)
    second.exec = lambda: run(second)  # type: ignore[method-assign]
    window._exec(second)
    assert sizes[1] == QSize(sizes[0].width() + 120, sizes[0].height() + 80)


def test_engagement_dialog_tabs_through_the_fields_top_to_bottom(qtbot: Any, repo: Any) -> None:
    from PySide6.QtCore import Qt

    from planner.ui.dialogs.engagement import EngagementDialog

    dialog = EngagementDialog(_visit(repo), day=DAY, at=dt.time(15, 0))
    qtbot.addWidget(dialog)
    _settle(dialog)
    wanted = [dialog.title, dialog.kind, dialog.status, dialog.organisation, dialog.venue, dialog.city]
    wanted += [dialog.date, dialog.start, dialog.end, dialog.sectors, dialog.contacts, dialog.new_contact]
    wanted += [dialog.notes]
    chain: list[QWidget] = []
    widget = dialog.title
    for _ in range(200):
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is dialog.title:
            break
    positions = [chain.index(w) for w in wanted]
    assert positions == sorted(positions)
    # and the label-led field positions are on screen from top to bottom
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in wanted]
    assert tops == sorted(tops)


def test_tray_rows_are_as_tall_as_their_wrapped_text(qtbot: Any, repo: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QRect, Qt

    window = _window(qtbot, repo, tmp_path)
    window.resize(1024, 700)
    _settle(window)
    tray = window.tray.list
    fm = tray.fontMetrics()
    assert tray.model().rowCount() == 3  # the seed's three engagements without a date
    for row in range(tray.model().rowCount()):
        index = tray.model().index(row, 0)
        rect = tray.visualRect(index)
        text = index.data()
        room = QRect(0, 0, rect.width() - 2 * 6 - 2 * 4, 10_000)  # less the padding and text margins
        need = fm.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text)
        assert rect.height() >= need.height() + 2 * 6, text  # the text and the item's padding
