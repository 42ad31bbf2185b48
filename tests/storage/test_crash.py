"""kill -9 at random moments of a first start and of a schema upgrade: the database opens
afterwards, with the rows it had (SQLite file; PostgreSQL for the first start)."""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from planner.storage import open_repository
from tests.factories import make_visit
from tests.storage.test_migrations import expected_visit
from tests.storage.test_opening import make_old_database

RUNS = 8


def _first_start(url: str) -> None:
    """What a first start writes: the schema, then the first visit (the seed's parsing left out)."""
    repo = open_repository(url)
    repo.add_visit(make_visit())
    repo.close()


def _upgrade(url: str) -> None:
    open_repository(url).close()


def _time_it(target: object, url: str) -> float:
    context = multiprocessing.get_context("fork")
    started = time.perf_counter()
    process = context.Process(target=target, args=(url,))
    process.start()
    process.join(60)
    assert process.exitcode == 0
    return time.perf_counter() - started


def _kill_after(target: object, url: str, delay: float) -> int | None:
    """Run ``target(url)`` in a child process and SIGKILL it after ``delay`` seconds."""
    context = multiprocessing.get_context("fork")
    process = context.Process(target=target, args=(url,))
    process.start()
    process.join(delay)
    if process.exitcode is None:
        os.kill(process.pid, signal.SIGKILL)  # type: ignore[arg-type]
    process.join(30)
    return process.exitcode


def test_kill_during_first_start_never_breaks_the_sqlite_file(tmp_path: Path) -> None:
    rng = random.Random(7)
    whole = _time_it(_first_start, f"sqlite:///{tmp_path / 'timing.db'}")
    killed = 0
    for run in range(RUNS):
        url = f"sqlite:///{tmp_path / f'run{run}.db'}"
        killed += _kill_after(_first_start, url, rng.uniform(0, whole)) == -signal.SIGKILL
        with open_repository(url) as repo:
            visits = repo.list_visits()
            assert len(visits) <= 1
            if visits:  # the first visit is there in whole or not at all
                assert len(repo.load_visit(visits[0].id).engagements) == len(make_visit().engagements)
    print(
        f"\nfirst start: {RUNS} runs, {killed} killed mid-way (whole run {whole:.2f} s); all open afterwards"
    )
    assert killed >= RUNS // 3


def test_kill_during_an_upgrade_never_breaks_the_sqlite_file(tmp_path: Path) -> None:
    rng = random.Random(11)
    template = tmp_path / "template.db"
    make_old_database(template, "0001")
    shutil.copy(template, tmp_path / "timing.db")
    whole = _time_it(_upgrade, f"sqlite:///{tmp_path / 'timing.db'}")
    killed = 0
    for run in range(RUNS):
        path = tmp_path / f"run{run}.db"
        shutil.copy(template, path)
        killed += _kill_after(_upgrade, f"sqlite:///{path}", rng.uniform(0, whole)) == -signal.SIGKILL
        with open_repository(f"sqlite:///{path}") as repo:
            assert repo.load_visit(41) == expected_visit()
    print(f"\nupgrade: {RUNS} runs, {killed} killed mid-way (whole run {whole:.2f} s); all open afterwards")
    assert killed >= RUNS // 3


@pytest.mark.postgres
def test_kill_during_first_start_never_breaks_a_postgresql_database(postgres_url: str) -> None:
    rng = random.Random(5)
    engine = sa.create_engine(postgres_url)

    def reset() -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public")

    # one start in this process first: every forked start inherits its imports and the driver's set-up,
    # so the timed start is not slower than the others (the kills come at 62-94 % of its time)
    open_repository(postgres_url).close()
    reset()
    whole = _time_it(_first_start, postgres_url)
    killed = 0
    try:
        for _ in range(RUNS // 2):
            reset()
            killed += _kill_after(_first_start, postgres_url, rng.uniform(0, whole)) == -signal.SIGKILL
            with open_repository(postgres_url) as repo:
                visits = repo.list_visits()
                assert len(visits) <= 1
    finally:
        engine.dispose()
    assert killed >= 1
