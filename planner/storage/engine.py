"""Engines: SQLite files created owner-only, in WAL mode with foreign keys on; other URLs as given."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
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


def _without_password(url_text: str) -> str:
    """``url_text`` with anything between ``user:`` and ``@`` masked, however malformed the rest."""
    return re.sub(r"(://[^:/@]*:).*@", r"\1***@", url_text)


def create_engine(url_text: str) -> sa.Engine:
    try:
        url = make_url(url_text)
        url.port  # noqa: B018 (a malformed port only shows when it is read)
    except (sa.exc.ArgumentError, ValueError) as exc:
        detail = (
            f": the port {url_text.rsplit(':', 1)[-1].split('/')[0]!r} is not a number"
            if isinstance(exc, ValueError) and "int()" in str(exc)
            else ""
        )
        raise PlannerError(
            f"{_without_password(url_text)!r} is not a database URL{detail} "
            "(expected e.g. sqlite:///path/planner.db or postgresql+psycopg://user@host:5432/name)"
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


#: Execution option: a write transaction (SQLite then takes the write lock at BEGIN, so two
#: writers queue instead of one failing when it upgrades its read snapshot).
WRITE = "planner_write"
BUSY_TIMEOUT_S = 5


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
        # SQLAlchemy's documented workaround for pysqlite: no implicit transactions from the
        # driver (which commits before DDL); the "begin" hook below emits BEGIN itself, so a
        # migration's DDL and its version stamp are one transaction. The journal mode (WAL) is
        # switched only once the file is known to be ours (planner.storage.open_repository).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        finally:
            cursor.close()

    @sa.event.listens_for(engine, "begin")
    def begin(connection: sa.Connection) -> None:
        write = connection.get_execution_options().get(WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def checkpoint(engine: sa.Engine) -> None:
    """Move everything from the WAL into the database file itself, so that file alone has it all
    (best effort: a connection still busy elsewhere in the process leaves it to the next close)."""
    if engine.dialect.name != "sqlite" or sqlite_path(engine.url) is None:
        return
    with contextlib.suppress(sa.exc.SQLAlchemyError, sqlite3.Error), engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
