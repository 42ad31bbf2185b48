"""Database trouble through the command line: one line naming the problem, a non-zero exit, and
the database exactly as it was (compared row by row before and after)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from planner import cli
from planner.core import backup
from planner.storage import open_repository
from planner.storage.schema import Base
from tests.factories import make_visit


def dump(url: str) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Every row of every table, in a fixed order."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return [
                (table.name, sorted(map(tuple, conn.execute(sa.select(table))), key=repr))
                for table in Base.metadata.sorted_tables
            ]
    finally:
        engine.dispose()


@pytest.fixture
def filled(db_url: str) -> Iterator[str]:
    """A database with one visit in it, closed again."""
    with open_repository(db_url) as repo:
        repo.add_visit(make_visit())
    yield db_url


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str]]:
    code = cli.main(list(args))
    return code, capsys.readouterr().err.splitlines()


def backup_file(tmp_path: Path, change: Any = None) -> Path:
    data = json.loads(backup.dump(make_visit()))
    if change is not None:
        change(data)
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def refused(capsys: pytest.CaptureFixture[str], url: str, *args: str, match: str, rows: str = "") -> str:
    before = dump(rows or url)
    code, err = run(capsys, "--db", url, *args)
    assert code != 0
    assert len(err) == 1, err
    assert err[0].startswith("planner: error: ")
    assert match in err[0], err[0]
    assert dump(rows or url) == before
    return err[0]


def test_ids_beyond_any_column_are_one_line(
    filled: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = str(tmp_path / "out.json")
    refused(capsys, filled, "export", str(2**70), "--format", "json", "-o", out, match="there is no visit")
    refused(capsys, filled, "export", str(2**33), "--format", "json", "-o", out, match="there is no visit")
    assert not Path(out).exists()


def test_a_sequence_beyond_the_column_is_one_line(
    filled: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def huge(data: dict[str, Any]) -> None:
        data["engagements"][0]["sequence"] = 2**40

    refused(capsys, filled, "import", str(backup_file(tmp_path, huge)), match="sequence")


def test_a_nul_in_a_long_text_is_one_line(
    filled: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def nul(data: dict[str, Any]) -> None:
        data["engagements"][0]["notes"] = "x" * 9000 + "\x00 after the first 8 KiB"

    refused(capsys, filled, "import", str(backup_file(tmp_path, nul)), match="NUL")


def test_a_lone_surrogate_is_one_line(
    filled: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "visit.json"
    text = backup.dump(make_visit()).replace('"title": "', '"title": "\\ud800', 1)
    path.write_text(text, encoding="utf-8")
    refused(capsys, filled, "import", str(path), match="surrogate")


def test_an_instant_out_of_range_is_refused_when_written(
    filled: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    def far(data: dict[str, Any]) -> None:
        timed = next(e for e in data["engagements"] if e.get("start"))
        timed["start"], timed["end"] = "9999-01-01T00:00:00Z", "9999-01-01T01:00:00Z"

    refused(capsys, filled, "import", str(backup_file(tmp_path, far)), match="9999")


def test_an_instant_out_of_range_is_named_when_read(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with open_repository(sqlite_url) as repo:
        visit_id = repo.add_visit(make_visit())
        with repo.engine.begin() as conn:
            conn.exec_driver_sql(
                "UPDATE engagements SET start = '2500-01-01 00:00:00.000000',"
                " \"end\" = '2500-01-01 01:00:00.000000' WHERE start IS NOT NULL"
            )
    line = refused(
        capsys,
        sqlite_url,
        "export",
        str(visit_id),
        "--format",
        "ics",
        "-o",
        str(tmp_path / "v.ics"),
        match="2500",
    )
    assert "stored data out of range" in line


def test_a_malformed_port_is_one_line_without_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "--db", "postgresql+psycopg://clerk:hunter2@127.0.0.1:54x2/planner", "list")
    assert code != 0
    assert len(err) == 1 and "port '54x2' is not a number" in err[0]
    assert "hunter2" not in err[0]


@pytest.mark.postgres
def test_a_wrong_password_is_never_printed(postgres_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "--db", "postgresql+psycopg://nobody:hunter2@127.0.0.1:5432/nowhere", "list")
    assert code != 0
    assert len(err) == 1 and "hunter2" not in err[0]


def test_a_read_only_database_is_one_line(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with open_repository(sqlite_url) as repo:
        repo.add_visit(make_visit())
    path = sqlite_url.removeprefix("sqlite:///")
    read_only = f"sqlite:///file:{path}?mode=ro&uri=true"
    refused(capsys, read_only, "import", str(backup_file(tmp_path)), match="is read-only", rows=sqlite_url)


def test_a_database_locked_by_another_program_names_it(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with open_repository(sqlite_url) as repo:
        repo.add_visit(make_visit())
    path = sqlite_url.removeprefix("sqlite:///")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({path!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
        code, err = run(capsys, "--db", sqlite_url, "import", str(backup_file(tmp_path)))
    finally:
        holder.communicate("", timeout=30)
    assert code != 0
    assert len(err) == 1 and "is busy" in err[0] and f"pid {holder.pid}" in err[0], err
    with open_repository(sqlite_url) as repo:
        assert len(repo.list_visits()) == 1


@pytest.mark.postgres
def test_a_postgresql_connection_lost_mid_import_saves_nothing(
    postgres_url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import psycopg

    with open_repository(postgres_url) as repo:
        repo.add_visit(make_visit())
    before = dump(postgres_url)

    def cut(conn: sa.Connection, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("INSERT INTO engagements"):
            sa.event.remove(sa.Engine, "before_cursor_execute", cut)
            pid = conn.connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
            with psycopg.connect("postgresql://postgres@127.0.0.1:5432/test", autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))

    sa.event.listen(sa.Engine, "before_cursor_execute", cut)
    try:
        code, err = run(capsys, "--db", postgres_url, "import", str(backup_file(tmp_path)))
    finally:
        if sa.event.contains(sa.Engine, "before_cursor_execute", cut):
            sa.event.remove(sa.Engine, "before_cursor_execute", cut)
    assert code != 0
    assert len(err) == 1 and "lost the connection" in err[0], err
    assert dump(postgres_url) == before
