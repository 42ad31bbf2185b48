"""Start-up: the font check, and ``planner --screenshot`` rendering each view off-screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from planner.ui import app


def test_a_font_for_every_script_is_found_here(qapp: Any) -> None:
    # the set-up installs fonts-noto-core and fonts-noto-cjk; the check must see them all
    assert app.devanagari_families()
    assert app.missing_scripts() == []
    assert app.font_warning() == ""


def test_missing_fonts_warn_in_the_status_bar(
    qtbot: Any, repo: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app, "missing_scripts", lambda: [("Korean Hangul", "fonts-noto-cjk")])
    window = app.build_window(repo, settings_file=str(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    message = window.statusBar().currentMessage()
    assert "Korean Hangul" in message and "fonts-noto-cjk" in message


def test_window_remembers_geometry_zoom_and_zone(
    qtbot: Any, repo: Any, visit_id: int, tmp_path: Path
) -> None:
    settings = str(tmp_path / "s.ini")
    first = app.build_window(repo, settings_file=settings)
    qtbot.addWidget(first)
    first.open_visit(visit_id)
    first.resize(1234, 777)
    first.show()
    first.itinerary.zoom_in()
    first.set_extra_zone("Europe/Berlin")
    first.splitter.setSizes([200, 900, 300])
    hour = first.itinerary.hour_height
    splitter_state = first.splitter.saveState()
    first.close()
    second = app.build_window(repo, settings_file=settings)
    qtbot.addWidget(second)
    assert second.itinerary.hour_height == hour
    assert second.itinerary.extra_tz == "Europe/Berlin"
    # the offscreen screen is 800 px wide, so the size itself is clamped; the saved state is what counts
    assert second.prefs.geometry() is not None and second.restoreGeometry(second.prefs.geometry())
    assert second.prefs.splitter("main") == splitter_state
    assert second.prefs.last_visit() == visit_id


@pytest.mark.parametrize("view", ["itinerary", "agenda", "contacts"])
def test_screenshot_renders_each_view(tmp_path: Path, view: str, qapp: Any) -> None:
    pytest.importorskip("planner.storage")
    from planner.cli import main

    db = "sqlite:///" + str(tmp_path / "shot.db")
    shot = tmp_path / f"{view}.png"
    assert main(["--db", db, "--screenshot", str(shot), "--view", view]) == 0
    from PySide6.QtGui import QImage

    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1400, 900)
