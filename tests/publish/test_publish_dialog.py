"""File → Publish to calendar server… against Radicale: the plan first, then publishing on the worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner.ui.dialogs.publish import PublishDialog, system_keyring
from planner.ui.settings import Preferences
from planner.ui.state.worker import Worker
from tests.factories import make_visit
from tests.publish.conftest import CalendarServer
from tests.publish.test_publish import _events


def test_dialog_shows_the_plan_then_publishes_and_remembers_the_address(
    qtbot: Any, radicale: CalendarServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")  # never the real keyring
    assert system_keyring() is None
    visit = make_visit()
    visit.id = 7
    prefs = Preferences.in_file(str(tmp_path / "prefs.ini"))
    worker = Worker()
    url = radicale.calendar_url("from-the-window")
    dialog = PublishDialog(visit, worker, prefs)
    qtbot.addWidget(dialog)
    dialog.url.setText(url)
    dialog.user.setText(radicale.user)
    dialog.password.setText(radicale.password)
    assert not dialog.publish_button.isEnabled()

    dialog.check_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30000)
    assert "6 to add" in dialog.status.text() and "will be created" in dialog.status.text()
    assert dialog.summary.toPlainText().count("To add: ") == 6
    assert _events(radicale, url) == []  # nothing sent before Publish

    dialog.publish_button.click()
    qtbot.waitUntil(lambda: dialog.result_text != "", timeout=30000)
    assert dialog.result_text.startswith("Published: 6 added")
    assert len(_events(radicale, url)) == 6
    assert prefs.publish_target(7) == (url, radicale.user)
    prefs.sync()
    assert radicale.password not in (tmp_path / "prefs.ini").read_text(encoding="utf-8")

    again = PublishDialog(visit, worker, prefs)
    qtbot.addWidget(again)
    assert (again.url.text(), again.user.text(), again.password.text()) == (url, radicale.user, "")
    again.password.setText(radicale.password)
    again.check_button.click()
    qtbot.waitUntil(lambda: again.plan is not None, timeout=30000)
    assert "0 to add, 0 to change, 0 to remove, 6 unchanged" in again.status.text()
    assert not again.publish_button.isEnabled()
    worker.wait(5000)


def test_dialog_shows_a_wrong_password_as_one_line(
    qtbot: Any, radicale: CalendarServer, tmp_path: Path
) -> None:
    visit = make_visit()
    worker = Worker()
    dialog = PublishDialog(visit, worker, Preferences.in_file(str(tmp_path / "p.ini")))
    qtbot.addWidget(dialog)
    dialog.url.setText(radicale.calendar_url("wrong"))
    dialog.user.setText(radicale.user)
    dialog.password.setText("not it")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "refused" in dialog.status.text(), timeout=30000)
    assert dialog.plan is None and not dialog.publish_button.isEnabled()
    worker.wait(5000)
