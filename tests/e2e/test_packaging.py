"""The wheel a user installs carries the app's resources and the seed article."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_ships_resources_and_seeds(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            ".",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("delegation_planner-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = {f"planner/seeds/{p.name}" for p in (ROOT / "seeds").glob("*.txt")}
    assert seeds and seeds <= names
    shipped = {
        "planner/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    }
    assert shipped <= names
    assert "planner/cli.py" in names
    assert not any(n.startswith("tests/") for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "planner = planner.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
