"""The window in two steps: the first visit painted from a ``sqlite3`` read, then the real repository."""

from __future__ import annotations

import dataclasses
import gc
import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from planner.storage import open_repository
from planner.storage.firstread import FirstRead, read_first
from planner.storage.revision import HEAD
from planner.ui.state.session import STILL_OPENING
from tests.ui.conftest import seed_like_visit


def _database(tmp_path: Path) -> tuple[str, int]:
    url = f"sqlite:///{tmp_path / 'planner.db'}"
    repository = open_repository(url)
    visit_id = repository.add_visit(seed_like_visit())
    repository.close()
    return url, visit_id


def _open(qtbot: Any, tmp_path: Path, url: str, *, checks: bool = False) -> tuple[Any, Any, FirstRead]:
    from planner.ui import launch
    from planner.ui.settings import Preferences

    first = read_first(url)
    assert first is not None
    prefs = Preferences.in_file(str(tmp_path / "settings.ini"))
    window, opening = launch.open_window(url, first, prefs, checks_on_open=checks)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    return window, opening, first


def _timed(window: Any) -> Any:
    return next(e for e in window.session.visit.engagements if e.title == "Investor round table")


def test_the_first_paint_shows_the_visit_read_with_sqlite3_and_edits_wait(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.ui import launch

    url, visit_id = _database(tmp_path)
    window, opening, first = _open(qtbot, tmp_path, url)
    # step 1, before anything is shown: the shell, the visit from the sqlite3 reader, read-only
    assert isinstance(window.session.store, launch.FirstPaintStore)
    assert not window.assembled and not window.session.editable
    assert window.session.visit == first.visit and first.visit.id == visit_id
    layout = window.itinerary.layout_
    dates = [c.day.date for c in layout.columns]
    assert dates[0].isoformat() == "2025-08-21" and dates[-1].isoformat() == "2025-08-29"
    titles = {window.session.visit.engagement(b.uid).title for b in layout.blocks}
    assert {"Investor round table", "Press briefing", "Meeting with the Indian diaspora"} <= titles
    assert window.windowTitle().startswith("Chief Minister's investment visit")
    # no edit can be made (or typed into a dialog and lost) until the real store is there
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()

    def no_dialog(*_: object, **__: object) -> None:
        raise AssertionError("an edit dialog opened before the database was open")

    monkeypatch.setattr("planner.ui.dialogs.engagement.EngagementDialog", no_dialog)
    window.edit_engagement(_timed(window).uid)
    assert window.statusBar().currentMessage() == STILL_OPENING
    moved = dataclasses.replace(_timed(window), title="Moved too early")
    assert window.session.save_engagement(moved, "Edit") is False
    assert window.session.undo_stack.count() == 0
    window.show_view("agenda")  # asked for before the agenda exists: shown once it does
    assert window.current_view() == "itinerary"

    window.show()
    qtbot.waitUntil(lambda: opening.done, timeout=20000)  # step 2 follows the first paint by itself
    assert opening.error is None
    assert gc.isenabled() and gc.get_freeze_count() == 0  # start-up's objects are collected as usual
    assert window.assembled and window.session.editable
    assert type(window.session.store).__name__ == "Repository"
    assert window.current_view() == "agenda"
    assert window.tray.model.rowCount() == 3
    assert window.visits.list.count() == 1
    assert window.new_action.isEnabled()
    assert window.database_label.text() == "Database: planner.db"
    stored = open_repository(url)
    try:
        assert stored.load_visit(visit_id).engagement(_timed(window).uid).title == "Investor round table"
    finally:
        stored.close()


def test_after_the_second_step_an_edit_is_saved_and_undone_through_the_repository(
    qtbot: Any, tmp_path: Path
) -> None:
    url, visit_id = _database(tmp_path)
    window, opening, _ = _open(qtbot, tmp_path, url)
    window.show()
    qtbot.waitUntil(lambda: opening.done, timeout=20000)
    uid = _timed(window).uid
    edited = dataclasses.replace(_timed(window), title="Round table (moved)")
    assert window.session.save_engagement(edited, "Edit")

    def stored_title() -> str:
        repository = open_repository(url)
        try:
            return repository.load_visit(visit_id).engagement(uid).title  # type: ignore[union-attr]
        finally:
            repository.close()

    assert stored_title() == "Round table (moved)"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert stored_title() == "Investor round table"
    assert _timed(window).uid == uid


def test_a_change_made_between_the_two_reads_is_shown(qtbot: Any, tmp_path: Path) -> None:
    url, visit_id = _database(tmp_path)
    window, opening, first = _open(qtbot, tmp_path, url, checks=True)
    assert not window.session._check_timer.isActive()  # the checks wait for the second step
    repository = open_repository(url)  # someone else, after the first paint's read
    try:
        changed = dataclasses.replace(first.visit.engagement(_timed(window).uid), title="Renamed elsewhere")
        repository.save_engagement(visit_id, changed)
    finally:
        repository.close()
    window.show()
    qtbot.waitUntil(lambda: opening.done, timeout=20000)
    assert _timed_title(window, changed.uid) == "Renamed elsewhere"
    qtbot.waitUntil(lambda: bool(window.session.findings), timeout=20000)  # then they run


def _timed_title(window: Any, uid: str) -> str:
    return str(window.session.visit.engagement(uid).title)


def test_an_old_schema_or_a_fresh_file_opens_the_usual_way(tmp_path: Path, qtbot: Any) -> None:
    import sqlalchemy as sa

    from planner.storage import migrate
    from planner.ui.app import run

    old = tmp_path / "old.db"
    engine = sa.create_engine(f"sqlite:///{old}")
    migrate.upgrade(engine, "0005")
    engine.dispose()
    assert read_first(f"sqlite:///{old}") is None  # not ours to read: the usual path upgrades it
    assert run(f"sqlite:///{old}", screenshot=tmp_path / "old.png") == 0
    with sqlite3.connect(old) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    connection.close()
    fresh = tmp_path / "fresh.db"
    assert read_first(f"sqlite:///{fresh}") is None
    assert run(f"sqlite:///{fresh}", screenshot=tmp_path / "fresh.png") == 0  # the seed imported
    found = read_first(f"sqlite:///{fresh}")
    assert found is not None and len(found.visit_ids) == 1
    assert (tmp_path / "old.png").stat().st_size > 0 and (tmp_path / "fresh.png").stat().st_size > 0


#: Run in a fresh process: the window up to the itinerary's first paint, then what was imported.
FIRST_PAINT = """
import gc, json, os, sys
os.environ["PLANNER_EXIT_AFTER_FIRST_PAINT"] = "1"
from planner.ui import launch
painted, collecting = [], []
original = launch.first_window
def first_window(*args, **kwargs):
    window = original(*args, **kwargs)
    collecting.append(gc.isenabled())
    # installed after the app's own filter, so Qt calls it first: recorded before the app quits
    launch.after_first_paint(window.itinerary.viewport(), lambda: painted.append(sorted(sys.modules)))
    return window
launch.first_window = first_window
from planner.cli import main
code = main(["--db", sys.argv[1]])
collecting.append(gc.isenabled())
result = {"code": code, "painted": painted, "at_exit": sorted(sys.modules), "collecting": collecting}
print(json.dumps(result))
"""

#: What the first paint must not wait for.
HEAVY = (
    *("sqlalchemy", "alembic", "mako", "pygments", "icalendar"),
    *("rapidfuzz", "reportlab", "keyring", "caldav"),
)


def _first_paint(url: str, tmp_path: Path) -> dict[str, Any]:
    root = Path(__file__).resolve().parents[2]
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PYTHONPATH": str(root)}
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, url], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    result: dict[str, Any] = json.loads(lines[-1])
    assert result["code"] == 0
    # the benchmark's stamp: when the first paint was done, on the system-wide monotonic clock
    result["stamps"] = [float(line.split()[-1]) for line in lines if line.startswith("first paint at ")]
    return result


def _heavy(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith("planner.core.ics"))


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    url, _ = _database(tmp_path)
    result = _first_paint(url, tmp_path)
    assert len(result["painted"]) == 1  # the two-step path, quit right after the first paint
    assert len(result["stamps"]) == 1 and 0 < result["stamps"][0] <= time.monotonic()
    modules = result["painted"][0]
    assert "planner.ui.itinerary.view" in modules and "planner.storage.firstread" in modules
    assert _heavy(modules) == []
    assert "planner.ui.panels.agenda" not in modules and "planner.ui.dialogs.engagement" not in modules
    assert "planner.core.checks.run" not in modules  # the rules and the gazetteer load with the first run
    # no cyclic garbage collection while the window was built, on again after the first paint
    assert result["collecting"] == [False, True]


def test_an_older_schema_is_opened_with_sqlalchemy_before_its_first_paint(tmp_path: Path) -> None:
    import sqlalchemy as sa

    from planner.storage import migrate

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    migrate.upgrade(engine, "0005")
    engine.dispose()
    result = _first_paint(url, tmp_path)
    assert result["painted"] == []  # the usual path (it quits after its first paint too)
    assert "sqlalchemy" in _heavy(result["at_exit"]) and "alembic" in _heavy(result["at_exit"])
