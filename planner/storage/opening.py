"""Opening a database: is it ours, is its schema current (without Alembic), a copy before an upgrade."""

from __future__ import annotations

import atexit
import contextlib
import os
import sqlite3
import weakref
from pathlib import Path
from typing import Protocol

import sqlalchemy as sa

from planner.core.errors import PlannerError
from planner.storage.engine import sqlite_path
from planner.storage.problems import explain, shown_url
from planner.storage.revision import HEAD as HEAD  # shared with the first paint's reader

#: Tables of ours; a database holding any other table (and none of these) is someone else's.
OUR_TABLES = frozenset(
    {
        "alembic_version",
        "visits",
        "stops",
        "organisations",
        "contacts",
        "engagements",
        "attendance",
        "changes",
    }
)


def stored_revision(connection: sa.Connection) -> tuple[str | None, set[str]]:
    """The revision stamped in the database (None if none) and the names of its tables."""
    if connection.dialect.name == "sqlite":
        names = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    else:
        names = set(sa.inspect(connection).get_table_names())
    if "alembic_version" not in names:
        return None, names
    revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return (str(revision) if revision is not None else None), names


def check_ours(url: sa.URL, revision: str | None, tables: set[str]) -> None:
    """Refuse, before anything is written, a database that another program made."""
    if revision is None and not tables:
        return  # empty: ours to create
    if "visits" in tables and "alembic_version" in tables:
        return
    if tables <= OUR_TABLES:
        raise PlannerError(
            f"{shown_url(url)} holds some of the planner's tables but no schema revision (a first start "
            "of an older planner was interrupted?): it was left as it was; move it aside to start afresh"
        )
    foreign = sorted(tables - OUR_TABLES)
    listed = ", ".join(foreign[:5]) + (", …" if len(foreign) > 5 else "")
    raise PlannerError(
        f"{shown_url(url)} is not a Delegation Planner database (it holds the tables {listed}): "
        "it was left as it was; choose another file or database"
    )


def copy_before_upgrade(path: Path, revision: str) -> Path:
    """A consistent copy of the SQLite file (owner-only, written atomically) before its schema moves on."""
    target = path.with_name(f"{path.name}.before-r{HEAD}-from-r{revision}")
    partial = path.with_name(f".{target.name}.{os.getpid()}.part")
    fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        source = sqlite3.connect(path)
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        with open(partial, "rb+") as stream:
            os.fsync(stream.fileno())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return target


def prepare(engine: sa.Engine) -> None:
    """Make the database at ``engine`` ready to use: current schema, WAL for our SQLite files.

    When the stored revision is :data:`HEAD` nothing else is imported (no Alembic, Mako, Pygments).
    """
    path = sqlite_path(engine.url)
    with engine.connect() as connection:
        revision, tables = stored_revision(connection)
        connection.rollback()
    if revision != HEAD:
        check_ours(engine.url, revision, tables)
        if path is not None and revision is not None:
            copy_before_upgrade(path, revision)
        from planner.storage.migrate import upgrade

        upgrade(engine)
    if path is not None:
        with engine.connect() as connection:
            driver = connection.connection.driver_connection
            assert driver is not None
            mode = driver.execute("PRAGMA journal_mode").fetchone()
            if mode is None or str(mode[0]).lower() != "wal":
                driver.execute("PRAGMA journal_mode=WAL")


class _Closable(Protocol):
    def close(self) -> None: ...


_open: weakref.WeakSet[_Closable] = weakref.WeakSet()


def _close_all() -> None:
    for repository in list(_open):
        with contextlib.suppress(Exception):
            repository.close()


atexit.register(_close_all)


def remember(repository: _Closable) -> None:
    """Close ``repository`` (and so checkpoint its WAL) when the process ends, if nobody did."""
    _open.add(repository)


def open_engine(engine: sa.Engine) -> None:
    """:func:`prepare`, with database errors as one line."""
    try:
        prepare(engine)
    except PlannerError:
        engine.dispose()
        raise
    except sa.exc.SQLAlchemyError as exc:
        engine.dispose()
        raise explain(exc, engine.url, opening=True) from None
