"""Opening the window without a screen gives one clear line, not Qt's abort."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core.errors import PlannerError
from planner.ui.app import require_display

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "environ",
    [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "offscreen"}],
)
def test_a_screen_or_a_chosen_platform_is_enough(environ: dict[str, str]) -> None:
    require_display(environ, "linux")


def test_no_screen_on_linux_is_named() -> None:
    with pytest.raises(PlannerError, match="no display"):
        require_display({}, "linux")
    require_display({}, "darwin")
    require_display({}, "win32")


def test_the_command_says_so_and_exits(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--db", f"sqlite:///{tmp_path}/p.db"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("planner: error: no display")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "p.db").exists()
