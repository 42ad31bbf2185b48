"""Engines: SQLite files created owner-only, in WAL mode with foreign keys on; other URLs as given."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from planner.core.errors import PlannerError

_umask_lock = threading.Lock()


def sqlite_path(url: sa.URL) -> Path | None:
    """The file of an SQLite URL, or None for in-memory and non-SQLite databases."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:") or url.query.get("mode") == "memory":
        return None
    return Path(database)


def create_private_file(path: Path) -> None:
    """Create an empty database file readable by its owner only, unless it already exists."""
    if not path.parent.is_dir():
        raise PlannerError(f"cannot create the database {path}: the folder {path.parent} does not exist")
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise PlannerError(f"cannot create the database {path}: {exc.strerror}") from None
    os.close(fd)


def create_engine(url_text: str) -> sa.Engine:
    try:
        url = make_url(url_text)
    except sa.exc.ArgumentError:
        raise PlannerError(
            f"{url_text!r} is not a database URL (expected e.g. sqlite:///path/planner.db)"
        ) from None
    path = sqlite_path(url)
    if path is not None:
        create_private_file(path)
    try:
        engine = sa.create_engine(url)
    except (ImportError, sa.exc.NoSuchModuleError) as exc:
        raise PlannerError(f"cannot use the database URL {url.render_as_string()}: {exc}") from None
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine, private=path is not None)
    return engine


def _configure_sqlite(engine: sa.Engine, *, private: bool) -> None:
    @sa.event.listens_for(engine, "do_connect")
    def connect_privately(dialect: Any, conn_rec: Any, cargs: Any, cparams: Any) -> Any:
        # -wal and -shm files appear later; SQLite gives them the database file's mode,
        # and the umask keeps anything created while connecting private as well.
        if not private:
            return None
        with _umask_lock:
            old = os.umask(0o077)
            try:
                return dialect.connect(*cargs, **cparams)
            finally:
                os.umask(old)

    @sa.event.listens_for(engine, "connect")
    def set_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=5000")
            if private:
                cursor.execute("PRAGMA journal_mode=WAL")
        finally:
            cursor.close()
