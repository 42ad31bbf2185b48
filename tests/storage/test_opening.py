"""Opening a database: a current one without Alembic, someone else's file left untouched, a copy
before an upgrade, an upgrade that fails half-way undone entirely, the WAL folded into the file."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

from planner import cli
from planner.core.errors import PlannerError
from planner.storage import migrate, open_repository, opening
from planner.storage.engine import create_engine
from tests.conftest import SEED
from tests.factories import make_visit
from tests.storage.test_migrations import expected_visit, seed_0001


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_old_database(path: Path, revision: str = "0002") -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        migrate.upgrade(engine, revision)
        with engine.begin() as conn:
            seed_0001(conn)
    finally:
        engine.dispose()


def test_the_head_constant_is_the_newest_migration() -> None:
    assert migrate.head() == opening.HEAD


def test_a_current_database_opens_and_lists_without_alembic_mako_or_pygments(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'planner.db'}"
    with open_repository(url) as repo:
        repo.add_visit(make_visit())
    code = (
        "import sys\n"
        "from planner.cli import main\n"
        f"code = main(['--db', {url!r}, 'list'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako', 'pygments'))\n"
        "print(code, heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "0 []"
    assert "engagements" in done.stdout


def test_someone_elses_sqlite_file_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "theirs.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO recipes (name) VALUES ('dal')")
    conn.close()
    before = digest(path)
    with pytest.raises(
        PlannerError, match=r"is not a Delegation Planner database \(it holds the tables recipes\)"
    ):
        open_repository(f"sqlite:///{path}")
    assert digest(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert (
            conn.execute("SELECT name FROM sqlite_master WHERE name = 'alembic_version'").fetchone() is None
        )
    conn.close()
    assert not Path(f"{path}-wal").exists()


def test_a_file_with_some_of_our_tables_and_no_revision_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "half.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY)")
    conn.close()
    before = digest(path)
    with pytest.raises(PlannerError, match="no schema revision"):
        open_repository(f"sqlite:///{path}")
    assert digest(path) == before


def test_an_empty_file_is_ours_to_fill(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.touch()
    with open_repository(f"sqlite:///{path}") as repo:
        assert repo.is_empty()


def test_someone_elses_postgresql_database_is_refused(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE invoices (id integer primary key)")
    with pytest.raises(PlannerError, match="is not a Delegation Planner database"):
        open_repository(postgres_url)
    assert set(sa.inspect(engine).get_table_names()) == {"invoices"}
    engine.dispose()


def test_an_upgrade_keeps_a_copy_of_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "planner.db"
    make_old_database(path)
    with open_repository(f"sqlite:///{path}") as repo:
        assert repo.load_visit(41) == expected_visit()
    copy = tmp_path / f"planner.db.before-r{opening.HEAD}-from-r0002"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
        assert conn.execute("SELECT title FROM visits").fetchone() == ("मुख्यमंत्री का जापान दौरा",)
    conn.close()


def test_an_upgrade_that_fails_half_way_changes_nothing(tmp_path: Path) -> None:
    """0003 adds a column to visits and then a table; if the table cannot be made, the column
    must not be there either, and the stamp stays at 0002 (SQLite DDL in one transaction)."""
    path = tmp_path / "planner.db"
    make_old_database(path)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE changes (x)")  # in the way of 0003's own table
    conn.close()
    with pytest.raises(PlannerError, match="changes already exists"):
        open_repository(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
        columns = [row[1] for row in conn.execute("PRAGMA table_info(visits)")]
        assert "content_version" not in columns
        conn.execute("DROP TABLE changes")
    conn.close()
    with open_repository(f"sqlite:///{path}") as repo:
        assert repo.load_visit(41) == expected_visit()


def test_after_a_command_the_database_file_alone_holds_the_last_edit(tmp_path: Path) -> None:
    path = tmp_path / "planner.db"
    assert cli.main(["--db", f"sqlite:///{path}", "import", str(SEED)]) == 0
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    alone = tmp_path / "copy" / "planner.db"
    alone.parent.mkdir()
    shutil.copy(path, alone)  # the database file only, as a user copying "the one file" would
    with sqlite3.connect(alone) as conn:
        assert conn.execute("SELECT count(*) FROM engagements").fetchone()[0] > 0
    conn.close()


def test_closing_a_repository_checkpoints_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "planner.db"
    repo = open_repository(f"sqlite:///{path}")
    repo.add_visit(make_visit())
    assert Path(f"{path}-wal").stat().st_size > 0
    repo.close()
    shutil.copy(path, tmp_path / "alone.db")
    with sqlite3.connect(tmp_path / "alone.db") as conn:
        assert conn.execute("SELECT count(*) FROM visits").fetchone()[0] == 1
    conn.close()
