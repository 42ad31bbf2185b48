"""Figures measured in fresh processes: launch to the painted itinerary, and peak memory with 10k open."""

from __future__ import annotations

import os
import resource
import statistics
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

#: The same bare window, quitting right after its view's first paint (as the app does with
#: PLANNER_EXIT_AFTER_FIRST_PAINT=1 after its itinerary's).
BARE_FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QGraphicsView
app = QApplication(sys.argv[:1])
window = QMainWindow()
for name in ("&File", "&Edit", "&View", "&Help"):
    window.menuBar().addMenu(name).addAction("Something")
view = QGraphicsView()
window.setCentralWidget(view)
window.statusBar().showMessage("Ready")
window.resize(1400, 900)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False
def done():
    import time
    print(f"first paint at {time.monotonic():.6f}", flush=True)
    app.exit(0)
first_paint = FirstPaint()
view.viewport().installEventFilter(first_paint)
window.show()
sys.exit(app.exec())
"""

#: The app's window (up, on the database) opening a visit and painting it: the time that takes, peak
#: memory, and where the visible blocks are (for the baseline to paint as many).
OPEN_VISIT = """
import json, os, sys, tempfile, time
from planner.ui.app import application, build_window
from planner.storage import open_repository
from tests.bench.window import visible_rects
app = application()
window = build_window(open_repository(sys.argv[1]),
                      settings_file=os.path.join(tempfile.mkdtemp(), "settings.ini"))
window.resize(1400, 900)
window.show()
app.processEvents()
start = time.perf_counter()
window.open_visit(int(sys.argv[2]))
window.repaint()
elapsed = time.perf_counter() - start
app.processEvents()
rects = [[r.x(), r.y(), r.width(), r.height()] for r in visible_rects(window.itinerary, window.session.visit)]
print(json.dumps({"open_s": elapsed, "peak_kb": PEAK(), "rects": rects}))
"""

BARE_MEMORY = BARE_WINDOW.replace(
    "window.grab().save(sys.argv[1])",
    "print(PEAK())",
)
#: Peak resident memory of this process in kB (VmHWM: unlike ru_maxrss it does not inherit the
#: parent's peak across fork and exec).
PEAK = """
def PEAK():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
"""
OPEN_VISIT, BARE_MEMORY = PEAK + OPEN_VISIT, PEAK + BARE_MEMORY


#: Rounds of each start-up figure at the least (medians of fresh processes vary from run to run).
LAUNCH_ROUNDS = 7


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PLANNER_DB", None)
    # as installed (pip compiles the modules): the cached bytecode is used, not every module compiled
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _run(args: list[str], cpu: list[float] | None = None, **extra: str) -> tuple[float, str]:
    """Wall time of a fresh process from spawn to exit (its CPU time appended to ``cpu``)."""
    before = _cpu()
    start = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, env=_env(**extra), capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if cpu is not None:
        cpu.append(_cpu() - before)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])}… failed:\n{done.stderr[-2000:]}")
    return elapsed, done.stdout


def _to_first_paint(args: list[str], cpu: list[float], exits: list[float], **extra: str) -> float:
    """Spawn of a fresh process to its first paint, from the stamp it prints on the system-wide
    monotonic clock (``first paint at T``); the time to its exit (teardown included) goes to ``exits``."""
    start = time.monotonic()
    to_exit, out = _run(args, cpu, **extra)
    exits.append(to_exit)
    stamp = next(line for line in out.splitlines() if line.startswith("first paint at "))
    return float(stamp.rsplit(" ", 1)[1]) - start


def launch(*, rounds: int) -> list[Figure]:
    """A fresh ``planner`` on a database holding the seed from spawn to its itinerary's first paint (it
    prints when, on the monotonic clock, and quits: PLANNER_EXIT_AFTER_FIRST_PAINT=1), against a bare
    window from spawn to its view's first paint (teardown, which no user waits for, is left out of
    both and reported beside); and
    ``planner --screenshot`` (the complete window, painted and saved) against the bare window saved."""
    complete_rounds, rounds = rounds, max(rounds, LAUNCH_ROUNDS)  # the complete window is only reported
    folder = Path(tempfile.mkdtemp(prefix="planner-bench-"))
    db = f"sqlite:///{folder / 'planner.db'}"
    shot = [sys.executable, "-m", "planner", "--db", db, "--screenshot", str(folder / "app.png")]
    app = [sys.executable, "-m", "planner", "--db", db]
    bare_shot = [sys.executable, "-c", BARE_WINDOW, str(folder / "bare.png")]
    bare = [sys.executable, "-c", BARE_FIRST_PAINT]
    painted = {"PLANNER_EXIT_AFTER_FIRST_PAINT": "1"}
    first, _ = _run(shot)  # the first start imports the seed; the rounds start as on any later day
    _run(bare_shot)
    _run(app, **painted)  # and caches the bytecode of what the first paint imports
    _run(bare)
    values, bases, cpu, base_cpu, exits, base_exits = [], [], [], [], [], []
    for _ in range(rounds):
        bases.append(_to_first_paint(bare, base_cpu, base_exits))
        values.append(_to_first_paint(app, cpu, exits, **painted))
    complete, complete_bases = [], []
    for _ in range(complete_rounds):
        complete_bases.append(_run(bare_shot)[0])
        complete.append(_run(shot)[0])
    return [
        figure(
            "start-up to the painted itinerary with the seed",
            values,
            bases,
            target=1.25,
            note=f"spawn to the first paint of planner's itinerary (PLANNER_EXIT_AFTER_FIRST_PAINT=1: it "
            f"prints when, then quits) vs a bare QMainWindow (menu, view, status bar) to its view's; "
            f"to exit, teardown included: {statistics.median(exits) * 1000:.0f} vs "
            f"{statistics.median(base_exits) * 1000:.0f} ms; CPU to exit "
            f"{statistics.median(cpu) * 1000:.0f} vs "
            f"{statistics.median(base_cpu) * 1000:.0f} ms; first start with the seed import {first:.2f} s",
        ),
        figure(
            "start-up to the complete window",
            complete,
            complete_bases,
            target=None,
            note="planner --screenshot (both steps: panels, repository, then painted and saved) vs the "
            "bare window painted and saved",
        ),
    ]


def open_10k(url: str, visit_id: int, *, rounds: int) -> list[Figure]:
    """Opening and painting the 10k visit in a fresh window process, and that process's peak memory.

    Baselines: the same rows by ORM select with selectinload plus a plain widget painting as many
    blocks as were visible (in this process); the bare window's peak memory (in its own process).
    """
    import json

    import sqlalchemy as sa

    from tests.bench.harness import clock
    from tests.bench.storage import orm_load
    from tests.bench.window import baseline_widget, qt_app

    app = qt_app()
    engine = sa.create_engine(url)
    times, base_times, peaks, base_peaks = [], [], [], []
    visible = 0
    for _ in range(rounds):
        base_peaks.append(int(_run([sys.executable, "-c", BARE_MEMORY])[1].split()[-1]) / 1024)
        shown = json.loads(_run([sys.executable, "-c", OPEN_VISIT, url, str(visit_id)])[1].splitlines()[-1])
        times.append(shown["open_s"])
        peaks.append(shown["peak_kb"] / 1024)
        from PySide6.QtCore import QRectF

        plain = baseline_widget([QRectF(*r) for r in shown["rects"]])
        app.processEvents()
        visible = len(shown["rects"])
        orm_load(engine, visit_id)  # warm, as the window process had its database open already

        def baseline(plain: object = plain) -> None:
            orm_load(engine, visit_id)
            plain.repaint()  # type: ignore[attr-defined]

        base_times.append(clock(baseline))
        plain.close()
    engine.dispose()
    return [
        figure(
            "open and paint a visit of 10,000 engagements",
            times,
            base_times,
            target=2.0,
            note=f"window.open_visit + repaint in a fresh window on the office database; baseline: ORM "
            f"select with selectinload of the same rows + painting the {visible} visible blocks",
        ),
        figure(
            "peak memory with the 10k visit open",
            peaks,
            base_peaks,
            target=None,
            unit="MB",
            note="peak resident set (VmHWM) of the window process vs the bare window's",
        ),
    ]
