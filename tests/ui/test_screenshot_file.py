"""``planner --screenshot`` writes its picture like every other file: atomically and owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from planner.core.writer import OutputFileError
from planner.ui.picture import save_picture


def _pixmap() -> Any:
    from PySide6.QtGui import QColor, QPixmap

    pixmap = QPixmap(40, 30)
    pixmap.fill(QColor("#1d4ed8"))
    return pixmap


def test_the_screenshot_is_private_whatever_the_umask(
    tmp_path: Path, qapp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtGui import QImage

    from planner.cli import main

    shot = tmp_path / "shot.png"
    previous = os.umask(0o022)  # the usual umask, which would make a plain save 0644
    try:
        assert main(["--db", "sqlite:///" + str(tmp_path / "s.db"), "--screenshot", str(shot)]) == 0
    finally:
        os.umask(previous)
    assert stat.S_IMODE(shot.stat().st_mode) == 0o600
    assert not QImage(str(shot)).isNull()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".shot")] == []  # no temporary left
    assert "Screenshot written" in capsys.readouterr().out


def test_a_failed_picture_leaves_the_previous_file_alone(tmp_path: Path, qapp: Any) -> None:
    from PySide6.QtGui import QImage

    shot = tmp_path / "shot.png"
    save_picture(_pixmap(), shot)
    before = shot.read_bytes()
    assert QImage(str(shot)).width() == 40
    with pytest.raises(OutputFileError, match=r"cannot write a \.xyz picture"):
        save_picture(_pixmap(), tmp_path / "shot.xyz")
    with pytest.raises(OutputFileError, match="does not exist"):
        save_picture(_pixmap(), tmp_path / "missing" / "shot.png")
    assert shot.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shot.png"]


def test_a_bad_screenshot_path_is_one_line_and_a_failure(
    tmp_path: Path, qapp: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    from planner.cli import main

    target = tmp_path / "nowhere" / "shot.png"
    code = main(["--db", "sqlite:///" + str(tmp_path / "s.db"), "--screenshot", str(target)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code != 0
    assert len(err) == 1 and "does not exist" in err[0] and "shot.png" in err[0]
