"""Shared fixtures: no test touches the user's real data folder or depends on the computer's zone."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# CI's run is reproducible: the property tests draw the same examples every time (derandomize), so
# landing never waits on a lucky draw; a developer's runs keep exploring new examples (and
# --hypothesis-seed=N replays one), which is where the oracle's gaps are found and fixed.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "seeds" / "000_7eed1ae00f1dfb9e.txt"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point the data and config folders at a temporary place for every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("PLANNER_DB", raising=False)


@pytest.fixture(params=["UTC", "America/New_York", "Asia/Tokyo"])
def machine_tz(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run a test as if the computer were set to each of these zones."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Print what the fuzz tests tried (their counts travel in each report's ``user_properties``)."""
    lines = [
        str(value)
        for report in terminalreporter.stats.get("passed", []) + terminalreporter.stats.get("failed", [])
        if report.when == "call"
        for name, value in report.user_properties
        if name == "fuzz"
    ]
    if lines:
        terminalreporter.write_sep("-", "fuzz counts")
        for line in sorted(lines):
            terminalreporter.write_line(line)
