"""The SQLite file: where it lives, who may read it, WAL and foreign keys, and clear errors."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from planner.core.errors import PlannerError
from planner.storage import default_url, open_repository
from tests.factories import make_visit


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_and_its_wal_files_are_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "planner.db"
    with open_repository(f"sqlite:///{db}") as repo:
        repo.add_visit(make_visit())
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists() and shm.exists()  # still open: WAL mode keeps them
        assert mode(wal) == 0o600
        assert mode(shm) == 0o600
    assert mode(db) == 0o600


def test_wal_mode_and_foreign_keys_on_every_connection(tmp_path: Path) -> None:
    with open_repository(f"sqlite:///{tmp_path / 'p.db'}") as repo:
        for _ in range(2):
            with repo.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            repo.engine.dispose()  # the next connection is a new one
        with repo.engine.begin() as conn, pytest.raises(sa.exc.IntegrityError):
            conn.exec_driver_sql(
                "INSERT INTO stops (visit_id, position, city, country, tz, version, created_at, updated_at)"
                " VALUES (999, 0, 'Tokyo', 'Japan', 'Asia/Tokyo', 1, '2025-01-01', '2025-01-01')"
            )


def test_default_url_is_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    url = default_url()
    folder = tmp_path / "xdg" / "delegation-planner"
    assert url == f"sqlite:///{folder / 'planner.db'}"
    assert folder.is_dir()
    with open_repository() as repo:
        assert repo.is_empty()
    assert mode(folder / "planner.db") == 0o600


def test_planner_db_variable_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'chosen.db'}"
    monkeypatch.setenv("PLANNER_DB", url)
    assert default_url() == url
    with open_repository() as repo:
        repo.add_visit(make_visit())
    assert (tmp_path / "chosen.db").exists()


def test_in_memory_database_works() -> None:
    with open_repository("sqlite://") as repo:
        assert repo.is_empty()


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="does not exist"):
        open_repository(f"sqlite:///{tmp_path / 'nowhere' / 'p.db'}")
    assert not (tmp_path / "nowhere").exists()


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database, just some notes\n" * 200)
    with pytest.raises(PlannerError, match="cannot open the database"):
        open_repository(f"sqlite:///{notes}")
    assert notes.read_text().startswith("not a database")


def test_nonsense_url_is_a_clear_error() -> None:
    with pytest.raises(PlannerError, match="not a database URL"):
        open_repository("::nonsense::")


def test_a_database_from_a_newer_planner_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with open_repository(url) as repo, repo.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(PlannerError, match="newer than this version"):
        open_repository(url)
