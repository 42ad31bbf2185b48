"""Figures measured in fresh processes: launch to the painted itinerary, and peak memory with 10k open."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.data import ROOT
from tests.bench.harness import Figure, figure

#: A bare PySide6 window with a menu, a view and a status bar, painted and saved like the app's picture.
BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QGraphicsView
app = QApplication(sys.argv[:1])
window = QMainWindow()
for name in ("&File", "&Edit", "&View", "&Help"):
    window.menuBar().addMenu(name).addAction("Something")
window.setCentralWidget(QGraphicsView())
window.statusBar().showMessage("Ready")
window.resize(1400, 900)
window.show()
for _ in range(3):
    app.processEvents()
window.grab().save(sys.argv[1])
"""

#: The app's window opening a visit (after the database is open) and painting it; prints peak memory.
OPEN_VISIT = """
import resource, sys, tempfile, os
from planner.ui.app import application, build_window
from planner.storage import open_repository
app = application()
window = build_window(open_repository(sys.argv[1]),
                      settings_file=os.path.join(tempfile.mkdtemp(), "settings.ini"))
window.resize(1400, 900)
window.show()
window.open_visit(int(sys.argv[2]))
window.repaint()
app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

BARE_MEMORY = BARE_WINDOW.replace(
    "window.grab().save(sys.argv[1])",
    "import resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)",
)


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PLANNER_DB", None)
    return env


def _run(args: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, env=_env(), capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])}… failed:\n{done.stderr[-2000:]}")
    return elapsed, done.stdout


def launch(*, rounds: int) -> Figure:
    """``planner --screenshot`` on a database holding the seed, against the bare window saved alike."""
    folder = Path(tempfile.mkdtemp(prefix="planner-bench-"))
    db = f"sqlite:///{folder / 'planner.db'}"
    app = [sys.executable, "-m", "planner", "--db", db, "--screenshot", str(folder / "app.png")]
    bare = [sys.executable, "-c", BARE_WINDOW, str(folder / "bare.png")]
    first, _ = _run(app)  # the first start imports the seed; the rounds start as on any later day
    _run(bare)
    values, bases = [], []
    for _ in range(rounds):
        bases.append(_run(bare)[0])
        values.append(_run(app)[0])
    return figure(
        "start-up to the painted itinerary with the seed",
        values,
        bases,
        target=1.25,
        note=f"planner --screenshot vs a bare QMainWindow (menu, view, status bar) after importing "
        f"PySide6 alone, both painted and saved; first start with the seed import {first:.2f} s",
    )


def memory(url: str, visit_id: int, *, rounds: int) -> Figure:
    """Peak resident memory of the window with the 10k visit open, against the bare window."""
    values, bases = [], []
    for _ in range(rounds):
        bases.append(int(_run([sys.executable, "-c", BARE_MEMORY])[1].split()[-1]) / 1024)
        values.append(int(_run([sys.executable, "-c", OPEN_VISIT, url, str(visit_id)])[1].split()[-1]) / 1024)
    return figure(
        "peak memory with the 10k visit open",
        values,
        bases,
        target=None,
        unit="MB",
        note="maximum resident set of the process; vs the bare window",
    )
