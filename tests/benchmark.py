"""Speed and memory benchmark: prints ratios against targets and baselines measured in this same run.

    .venv/bin/python -m tests.benchmark

Every figure is a ratio (lower is better; below 1.0 meets the target), so the
numbers mean the same on a fast and a slow machine. No test asserts on time.
"""

from __future__ import annotations

import datetime as dt
import gc
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_7eed1ae00f1dfb9e.txt"


def timed(func: Callable[[], object], repeat: int) -> float:
    """The median wall time of ``repeat`` calls, in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def subprocess_time(args: list[str], repeat: int = 5) -> float:
    return timed(lambda: subprocess.run(args, cwd=ROOT, capture_output=True, check=True), repeat)


def big_visit(engagements: int) -> object:
    """A visit of ``engagements`` timed engagements over a month in three zones."""
    from planner.core import tz
    from planner.core.model import Contact, Engagement, Stop, Visit

    zones = [
        ("Tokyo", "Japan", "Asia/Tokyo"),
        ("Seoul", "South Korea", "Asia/Seoul"),
        ("Berlin", "Germany", "Europe/Berlin"),
    ]
    contacts = [
        Contact(name=f"Contact {i}", organisation=f"Org {i % 40}", email=f"c{i}@example.org")
        for i in range(200)
    ]
    visit = Visit(
        title="Benchmark visit",
        head="Chief Minister",
        start_date=dt.date(2025, 10, 1),
        end_date=dt.date(2025, 10, 31),
        contacts=contacts,
        stops=[
            Stop(c, k, z, dt.date(2025, 10, 1 + 10 * i), dt.date(2025, 10, 10 + 10 * i))
            for i, (c, k, z) in enumerate(zones)
        ],
    )
    for i in range(engagements):
        city, country, zone = zones[i % 3]
        day = dt.date(2025, 10, 1 + i % 30)
        start = tz.local_to_utc(dt.datetime.combine(day, dt.time(8 + i % 10, 15 * (i % 4))), zone)
        visit.engagements.append(
            Engagement(
                title=f"Meeting {i} with Org {i % 40}",
                organisation=f"Org {i % 40}",
                city=city,
                country=country,
                tz=zone,
                start=start,
                end=start + dt.timedelta(minutes=45),
                contact_uids=[contacts[i % 200].uid, contacts[(i + 1) % 200].uid],
                sectors=["IT", "Textiles"],
                notes="Notes, with; separators\nand lines.",
            )
        )
    return visit


def main() -> int:
    rows: list[tuple[str, float, str]] = []

    # 1. start-up: the command line must not pay for Qt, SQLAlchemy or icalendar
    stdlib = subprocess_time([sys.executable, "-c", "import argparse, json, pathlib, typing"])
    cli = subprocess_time([sys.executable, "-m", "planner", "--help"])
    rows.append(
        (
            "start-up: `planner --help` / python importing argparse+json",
            cli / stdlib,
            f"{cli * 1000:.0f} ms; target ≤ 1.5 (no Qt, SQLAlchemy or icalendar at start)",
        )
    )

    # 2. article import: one seed-sized article well under 0.1 s once loaded
    from planner.core.article import parse_article

    text = SEED.read_text(encoding="utf-8")
    parse_article(text)  # load gazetteer and compile patterns once
    parse = timed(lambda: parse_article(text), 30)
    rows.append(("article: parse seed / 0.1 s target", parse / 0.1, f"median {parse * 1000:.1f} ms"))

    # 3. ICS export of a large visit, per engagement, against building its JSON backup
    from planner.core import backup, ics

    visit = big_visit(600)
    ics_time = timed(lambda: ics.export_calendar(visit), 3)  # type: ignore[arg-type]
    json_time = timed(lambda: backup.dump(visit), 3)  # type: ignore[arg-type]
    rows.append(("ICS export of 600 engagements / 1 s target", ics_time, f"{ics_time * 1000:.0f} ms"))
    rows.append(("JSON backup of 600 engagements / 1 s target", json_time, f"{json_time * 1000:.0f} ms"))

    # 4. storage: load a 600-engagement visit; time and peak memory against the visit's own size
    from planner.storage import open_repository

    with tempfile.TemporaryDirectory() as folder:
        repo = open_repository(f"sqlite:///{folder}/bench.db")
        visit_id = repo.add_visit(visit)  # type: ignore[arg-type]
        load = timed(lambda: repo.load_visit(visit_id), 3)
        gc.collect()
        tracemalloc.start()
        repo.load_visit(visit_id)
        _, peak_load = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        tracemalloc.start()
        big_visit(600)
        _, peak_build = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append(("storage: load 600 engagements / 0.5 s target", load / 0.5, f"{load * 1000:.0f} ms"))
        rows.append(
            (
                "storage: peak memory of a load / the visit built in memory",
                peak_load / peak_build,
                f"{peak_load / 1e6:.1f} MB vs {peak_build / 1e6:.1f} MB; target ≤ 20 (ORM overhead)",
            )
        )

    # 5. the itinerary layout: computed once when data changes (paintEvent only draws it)
    try:
        layout_time = _layout_time(visit)
    except ImportError as exc:  # the desktop part not installed
        rows.append(("itinerary layout", float("nan"), f"skipped: {exc}"))
    else:
        rows.append(
            (
                "itinerary layout of 600 engagements / 100 ms (a change feels instant)",
                layout_time / 0.1,
                f"{layout_time * 1000:.1f} ms once per change; paintEvent only draws the result",
            )
        )

    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  ratio  note")
    for name, ratio, note in rows:
        print(f"{name:<{width}}  {ratio:5.2f}  {note}")
    return 0


def _layout_time(visit: object) -> float:
    """Days, clashes and the painted layout of the whole visit: what the view does once per change."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from planner.core import schedule
    from planner.ui.itinerary.layout import Fonts, build_layout

    app = QGuiApplication.instance() or QGuiApplication([])
    fonts = Fonts.from_base(app.font())  # type: ignore[union-attr]

    def layout() -> None:
        days = schedule.visit_days(visit)  # type: ignore[arg-type]
        clashes: dict[str, list[schedule.Clash]] = {}
        for clash in schedule.find_clashes(visit, days):  # type: ignore[arg-type]
            for uid in clash.uids:
                clashes.setdefault(uid, []).append(clash)
        build_layout(visit, days, clashes, fonts=fonts, hour_height=48, viewport_width=1400)  # type: ignore[arg-type]

    return timed(layout, 5)


if __name__ == "__main__":
    sys.exit(main())
