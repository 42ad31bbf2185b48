"""``planner backup`` and ``planner restore``: private copies, rotation, a daily copy, safe restores."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from planner import backups
from planner.cli import main
from planner.core import backup
from planner.core.errors import PlannerError
from planner.storage import open_repository
from tests.factories import make_visit

DAY = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def _titles(url: str) -> list[str]:
    with open_repository(url) as repo:
        return [v.title for v in repo.list_visits()]


def _content(url: str) -> list[str]:
    """Every visit as its backup text (without the export time): what a restore must give back."""
    with open_repository(url) as repo:
        return [backup.dump(repo.load_visit(v.id), exported_at=DAY) for v in repo.list_visits()]


def _add(url: str, title: str) -> int:
    visit = make_visit()
    visit.title = title
    with open_repository(url) as repo:
        return repo.add_visit(visit)


def test_a_backup_is_private_and_listed_and_restores_exactly(db_url: str) -> None:
    _add(db_url, "Japan and Korea")
    before = _content(db_url)
    old = os.umask(0)
    try:
        copy = backups.make_backup(db_url, now=DAY)
    finally:
        os.umask(old)
    assert stat.S_IMODE(copy.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.path.parent.stat().st_mode) == 0o700
    assert copy.path.suffix == (".db" if db_url.startswith("sqlite") else ".json")
    assert backups.list_backups(db_url) == [copy]

    with open_repository(db_url) as repo:  # then the data changes: one visit gone, another added
        repo.delete_visit(repo.list_visits()[0].id)
    _add(db_url, "Germany")
    safety, count = backups.restore_backup(db_url, copy.path.name)
    assert count == 1 and _content(db_url) == before
    assert safety is not None and safety.reason == "before-restore"

    backups.restore_backup(db_url, str(safety.path))  # and the restore itself can be undone
    assert _titles(db_url) == ["Germany"]


def test_the_sqlite_copy_holds_what_is_still_only_in_the_wal(sqlite_url: str) -> None:
    with open_repository(sqlite_url) as repo:
        repo.add_visit(make_visit())
        holder = repo.engine.connect()  # an open connection: nothing is checkpointed into the file
        try:
            copy = backups.make_backup(sqlite_url)
        finally:
            holder.close()
    with sqlite3.connect(copy.path) as conn:
        assert conn.execute("SELECT title FROM visits").fetchall() == [(make_visit().title,)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    assert not Path(f"{copy.path}-wal").exists()


@pytest.mark.postgres
def test_a_server_database_is_dumped_as_json_in_the_backup_format(postgres_url: str) -> None:
    _add(postgres_url, "Japan and Korea")
    copy = backups.make_backup(postgres_url, now=DAY)
    document = json.loads(copy.path.read_text(encoding="utf-8"))
    assert document["format"] == backups.DUMP_FORMAT
    assert [v["title"] for v in document["visits"]] == ["Japan and Korea"]
    assert backup.from_json(document["visits"][0], name="v").engagements
    assert "backups" in copy.path.parts and "postgresql" in copy.path.parent.name


def test_rotation_keeps_the_newest_of_each_kind(sqlite_url: str) -> None:
    _add(sqlite_url, "Japan")
    for day in range(10):
        backups.make_backup(sqlite_url, reason="daily", now=DAY + dt.timedelta(days=day))
    for day in range(3):
        backups.make_backup(sqlite_url, reason="before-upgrade", now=DAY + dt.timedelta(days=day))
    copies = backups.list_backups(sqlite_url)
    daily = [c.taken for c in copies if c.reason == "daily"]
    assert daily == [DAY + dt.timedelta(days=d) for d in range(9, 2, -1)]  # the newest 7
    assert sum(c.reason == "before-upgrade" for c in copies) == 3  # all of them
    assert len(list(copies[0].path.parent.iterdir())) == 10


def test_two_copies_in_one_second_get_two_names(sqlite_url: str) -> None:
    _add(sqlite_url, "Japan")
    first = backups.make_backup(sqlite_url, now=DAY)
    second = backups.make_backup(sqlite_url, now=DAY)
    assert first.path != second.path and len(backups.list_backups(sqlite_url)) == 2


def test_one_automatic_copy_a_day(sqlite_url: str) -> None:
    assert backups.ensure_daily_backup(sqlite_url, now=DAY) is None  # no database yet: nothing to keep
    _add(sqlite_url, "Japan")
    made = backups.ensure_daily_backup(sqlite_url, now=DAY)
    assert made is not None and made.reason == "daily"
    assert backups.ensure_daily_backup(sqlite_url, now=DAY + dt.timedelta(hours=14)) is None
    assert backups.ensure_daily_backup(sqlite_url, now=DAY + dt.timedelta(days=1)) is not None
    assert len(backups.list_backups(sqlite_url)) == 2


def test_an_import_from_the_command_line_keeps_todays_copy_first(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(sqlite_url, "Japan")
    path = Path(__file__).resolve().parents[1] / "data" / "articles" / "hi_gj_canada.txt"
    assert main(["--db", sqlite_url, "import", str(path)]) == 0
    [daily] = backups.list_backups(sqlite_url)
    with sqlite3.connect(daily.path) as conn:  # taken before the import wrote anything
        assert conn.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    assert main(["--db", sqlite_url, "import", str(path)]) == 0
    assert len(backups.list_backups(sqlite_url)) == 1
    capsys.readouterr()


def test_backup_and_restore_commands(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    _add(db_url, "Japan")
    assert main(["--db", db_url, "backup"]) == 0
    assert capsys.readouterr().out.startswith("Backup written to ")
    assert main(["--db", db_url, "backup", "--list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["reason"] == "manual" and Path(listed["path"]).is_file()
    _add(db_url, "Germany")
    assert main(["--db", db_url, "restore", Path(listed["path"]).name]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(": 1 visit") and out[1].startswith("The state before is kept in ")
    assert _titles(db_url) == ["Japan"]


def _bad_backups(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    text = tmp_path / "notes.txt"
    text.write_text("not a backup\n", encoding="utf-8")
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    year = tmp_path / "year.json"
    doc = json.loads(backup.dump(make_visit(), exported_at=DAY))
    doc["engagements"][0]["start"] = "9999-01-01T10:00:00Z"
    year.write_text(json.dumps({"format": backups.DUMP_FORMAT, "visits": [doc]}), encoding="utf-8")
    return {
        "missing": (tmp_path / "nope.db", "nope.db: no such backup"),
        "text": (text, "notes.txt: not a Delegation Planner backup"),
        "foreign": (foreign, "foreign.db: not a Delegation Planner database"),
        "year": (year, "year.json: visits[0]: engagements[0].start: the year 9999 is out of range"),
    }


@pytest.mark.parametrize("case", ["missing", "text", "foreign", "year"])
def test_a_bad_backup_is_refused_with_one_line_and_nothing_changes(
    case: str, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(sqlite_url, "Japan")
    before = _content(sqlite_url)
    path, message = _bad_backups(tmp_path)[case]
    assert main(["--db", sqlite_url, "restore", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("planner: error: ") and message in err and err.count("\n") == 1
    assert _content(sqlite_url) == before
    assert backups.list_backups(sqlite_url) == []  # refused before even the safety copy


def test_a_foreign_sqlite_file_is_not_backed_up(tmp_path: Path) -> None:
    foreign = tmp_path / "music.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    data = foreign.read_bytes()
    with pytest.raises(PlannerError, match=r"music\.db: not a Delegation Planner database"):
        backups.make_backup(f"sqlite:///{foreign}")
    assert foreign.read_bytes() == data
    assert list((tmp_path / "backups").iterdir()) == []  # no copy, not even a temporary one
