"""``python -m tests.bench [--quick] [--json] [--only WORD]``: every figure, as a table or as JSON."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.bench.harness import Figure, dumps, table


@dataclass(frozen=True)
class Plan:
    """How hard to measure: rounds per figure, sizes, and the time the growth figure may take."""

    rounds: int
    launch_rounds: int
    ics_size: int
    growth_sizes: tuple[int, ...]
    growth_budget_s: float
    memory_rounds: int


QUICK = Plan(3, 2, 500, (1_000, 4_000, 16_000), 20.0, 1)
FULL = Plan(7, 5, 10_000, (1_000, 10_000, 100_000), 300.0, 2)


def figures(plan: Plan, only: str | None) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from tests.bench import core, startup, storage, window
    from tests.bench.data import OfficeDatabase

    found: list[Figure] = []
    folder = Path(tempfile.mkdtemp(prefix="planner-bench-"))
    office: list[OfficeDatabase] = []

    def db() -> OfficeDatabase:
        if not office:
            office.append(OfficeDatabase(folder))
        return office[0]

    def repo_of(url: str) -> object:
        from planner.storage import open_repository

        return open_repository(url)

    ics_data: list[bytes] = []

    def export() -> Figure:
        result, data = core.ics_export(plan.ics_size, rounds=max(2, plan.rounds // 2))
        ics_data.append(data)
        return result

    def ics_import() -> Figure:
        if not ics_data:
            ics_data.append(core.ics_export(plan.ics_size, rounds=1)[1])
        return core.ics_import(ics_data[0], plan.ics_size, rounds=max(3, plan.rounds // 2))

    cases: list[tuple[str, Callable[[], Figure | list[Figure]]]] = [
        ("start-up", lambda: startup.launch(rounds=plan.launch_rounds)),
        ("repaint-100", lambda: window.repaint(100, rounds=plan.rounds * 2)),
        ("repaint-500", lambda: window.repaint(500, rounds=plan.rounds * 2)),
        ("open-100", lambda: storage.open_visit(repo_of(db().url), db().visit_100, rounds=plan.rounds)),
        ("open-10k", lambda: startup.open_10k(db().url, db().visit_10k, rounds=plan.memory_rounds)),
        ("edit", lambda: storage.save_edit(repo_of(db().url), db().visit_100, rounds=plan.rounds * 2)),
        ("checks-500", lambda: window.edit_with_checks(500, rounds=plan.rounds * 2)),
        ("ics-export", export),
        ("ics-import", ics_import),
        ("edit-10k", lambda: window.edit_in_big(10_000, 100, rounds=plan.rounds * 2)),
        ("scroll-10k", lambda: window.scroll_in_big(10_000, 100, rounds=plan.rounds * 2)),
        ("growth", lambda: window.growth(list(plan.growth_sizes), budget_s=plan.growth_budget_s)),
        ("parse", lambda: core.parse_seed(rounds=plan.rounds * 3)),
        ("parse-cold", lambda: core.parse_seed_cold(rounds=plan.launch_rounds * 2)),
    ]
    for key, run in cases:
        if only and only not in key:
            continue
        started = time.perf_counter()
        print(f"… {key}", file=sys.stderr, flush=True)
        # what earlier figures left alive moves out of the collector's way: each clock() collects
        # before it measures, and a heap of 100k engagements would make that collection the cost
        gc.collect()
        gc.freeze()
        results = run()
        for result in results if isinstance(results, list) else [results]:
            result.extra.setdefault("key", key)
            found.append(result)
            print(f"  {result.name}: ratio {result.ratio:.2f}", file=sys.stderr)
        print(f"  ({time.perf_counter() - started:.1f} s)", file=sys.stderr)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer rounds and smaller files: under a minute")
    parser.add_argument("--json", action="store_true", help="print one JSON object per figure")
    parser.add_argument("--only", metavar="WORD", help="only the figures whose key contains WORD")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = figures(QUICK if args.quick else FULL, args.only)
    print(dumps(results) if args.json else table(results))
    print(f"({time.perf_counter() - started:.0f} s in all)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
