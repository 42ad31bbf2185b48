"""Live refresh and safe undo: another user's change to the open visit appears in the window within
a poll (SQLite file and PostgreSQL), and undo never overwrites it."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from planner.storage import open_repository
from planner.storage.repository import Repository
from tests.storage.conftest import postgres_server, postgres_url  # noqa: F401  (fixtures)
from tests.ui.conftest import seed_like_visit


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'planner.db'}"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def shared(url: str) -> Iterator[tuple[Repository, Repository]]:
    """The window's repository and bob's, on one database."""
    mine, bob = open_repository(url), open_repository(url)
    mine.user, bob.user = "alice@desk1", "bob@desk2"
    yield mine, bob
    mine.close()
    bob.close()


@pytest.fixture
def live_window(qtbot: Any, shared: tuple[Repository, Repository], tmp_path: Path) -> Any:
    from planner.ui.app import build_window

    mine, _ = shared
    visit_id = mine.add_visit(seed_like_visit())
    win = build_window(mine, settings_file=str(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.open_visit(visit_id)
    win.live.timer.setInterval(100)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.live.stop()
    win.worker.wait(5000)


def test_another_users_edit_appears_with_the_selection_kept(
    qtbot: Any, live_window: Any, shared: tuple[Repository, Repository]
) -> None:
    session = live_window.session
    _, bob = shared
    first, second = session.visit.engagements[0], session.visit.engagements[1]
    session.select(first.uid)
    theirs = bob.load_visit(session.visit_id).engagement(second.uid)
    assert theirs is not None
    assert theirs.start is not None and theirs.end is not None
    later = dt.timedelta(hours=2)
    moved = dataclasses.replace(theirs, start=theirs.start + later, end=theirs.end + later)
    bob.save_engagement(session.visit_id, moved)
    qtbot.waitUntil(lambda: session.engagement(second.uid).start == moved.start, timeout=10000)
    assert session.selected == first.uid
    assert (
        live_window.statusBar().currentMessage() == f"Updated: bob@desk2 edited engagement {second.title!r}"
    )


def test_undo_is_refused_when_someone_changed_the_engagement_since(
    qtbot: Any, live_window: Any, shared: tuple[Repository, Repository]
) -> None:
    session = live_window.session
    _, bob = shared
    visit_id = session.visit_id
    contact, engagement = session.visit.contacts[0], session.visit.engagements[0]
    assert session.save_contact(dataclasses.replace(contact, phone="+81 3 0000 0000"), "Edit contact")
    assert session.save_engagement(dataclasses.replace(engagement, title="Renamed here"), "Rename")
    theirs = bob.load_visit(visit_id).engagement(engagement.uid)
    assert theirs is not None and theirs.title == "Renamed here"
    bob.save_engagement(visit_id, dataclasses.replace(theirs, notes="bob's newer note"))
    session.undo_stack.undo()  # the rename: refused, bob's note stays
    stored = bob.load_visit(visit_id).engagement(engagement.uid)
    assert stored is not None and (stored.title, stored.notes) == ("Renamed here", "bob's newer note")
    message = live_window.statusBar().currentMessage()
    assert message == "Rename: engagement 'Renamed here' was changed by bob@desk2 since; not undone"
    assert session.undo_stack.count() == 1  # the refused step left; the contact edit can still go
    session.undo_stack.undo()
    restored = bob.load_visit(visit_id).contact(contact.uid)
    assert restored is not None and restored.phone == contact.phone
    qtbot.waitUntil(lambda: session.engagement(engagement.uid).notes == "bob's newer note", timeout=10000)
