"""One edit saved through the repository against a SQLAlchemy Core UPDATE + commit, in a database
of an office's size (for tests/bench.py; ``python -m tests.storage.edit_timing`` prints both)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlalchemy as sa

from planner.core.model import Engagement
from planner.storage import open_repository
from planner.storage.repository import Repository
from planner.storage.schema import ContactRow, EngagementRow, VisitRow

UTC = dt.UTC


def build_database(url: str, visits: int = 2000, engagements: int = 100_000, contacts: int = 20_000) -> None:
    """Fill an empty database at ``url`` quickly with Core bulk inserts (the schema by the repository)."""
    with open_repository(url) as repo, repo.engine.begin() as conn:
        now = dt.datetime(2025, 1, 1, tzinfo=UTC)
        stamp = {"version": 1, "created_at": now, "updated_at": now}
        conn.execute(
            sa.insert(VisitRow),
            [
                {"id": v + 1, "title": f"Visit {v}", "home_tz": "Asia/Kolkata", "content_version": 1, **stamp}
                for v in range(visits)
            ],
        )
        conn.execute(
            sa.insert(ContactRow),
            [
                {
                    "visit_id": c % visits + 1,
                    "uid": f"c{c}",
                    "position": c // visits,
                    "name": f"Officer {c}",
                    "side": "host",
                    "added_in": 1,
                    **stamp,
                }
                for c in range(contacts)
            ],
        )
        start = dt.datetime(2025, 3, 1, 4, tzinfo=UTC)
        rows = []
        for e in range(engagements):
            begin = start + dt.timedelta(hours=e % 200)
            rows.append(
                {
                    "visit_id": e % visits + 1,
                    "uid": f"e{e}",
                    "title": f"Meeting {e}",
                    "kind": "meeting",
                    "status": "confirmed",
                    "tz": "Asia/Tokyo",
                    "start": begin,
                    "end": begin + dt.timedelta(hours=1),
                    "sectors": [],
                    "sequence": 0,
                    "added_in": 1,
                    **stamp,
                }
            )
        conn.execute(sa.insert(EngagementRow), rows)


def repository_edit(repo: Repository, visit_id: int) -> Callable[[int], None]:
    """An edit as the window saves one: the engagement's notes, through ``save_engagement``."""
    current: list[Engagement] = [repo.load_visit(visit_id).engagements[0]]

    def edit(n: int) -> None:
        current[0] = repo.save_engagement(visit_id, dataclasses.replace(current[0], notes=f"note {n}"))

    return edit


def core_update(engine: sa.Engine, visit_id: int) -> Callable[[int], None]:
    """The baseline: the same change as one Core UPDATE and a commit."""
    table = EngagementRow.__table__

    def edit(n: int) -> None:
        with engine.begin() as conn:
            conn.execute(
                sa.update(table)
                .where(table.c.visit_id == visit_id, table.c.uid == f"e{visit_id - 1}")
                .values(notes=f"core {n}")
            )

    return edit


def median_ms(action: Callable[[int], None], runs: int = 40) -> tuple[float, float]:
    """Median and spread (max - min) of ``runs`` calls, in milliseconds."""
    times = []
    for n in range(runs):
        started = time.perf_counter()
        action(n)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000, (max(times) - min(times)) * 1000


def main(url: str | None = None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="planner-edit-"))
    url = url or f"sqlite:///{folder / 'planner.db'}"
    build_database(url)
    with open_repository(url) as repo:
        visit_id = 1000
        mine, spread = median_ms(repository_edit(repo, visit_id))
        base, base_spread = median_ms(core_update(repo.engine, visit_id))
    print(
        f"one edit saved: repository {mine:.2f} ms (±{spread:.1f}), Core UPDATE+commit {base:.2f} ms "
        f"(±{base_spread:.1f}): ratio {mine / base:.2f}"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
