"""The visit the window paints first, read with the standard ``sqlite3`` module (no SQLAlchemy).

Only for an SQLite file that exists and whose stored schema revision is :data:`HEAD`; for anything
else (a new file, an older schema, another database, an empty one that needs the seed, a row the
model refuses) :func:`read_first` returns ``None`` and the window opens the usual way.  The rows are
turned into core objects by :func:`planner.storage.rows.assemble_visit`, the code the repository
uses, and the values converted as SQLAlchemy's SQLite dialect stores them (by the declared type of
each column, read from the file itself).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

from planner.core import tz
from planner.core.errors import PlannerError
from planner.core.model import Visit
from planner.storage import rows
from planner.storage.revision import HEAD


@dataclass(frozen=True)
class FirstRead:
    """What the first paint shows: the visit, and the ids of every stored visit."""

    visit: Visit
    visit_ids: list[int]


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL (no driver, no query), else None."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    path = unquote(url[len(prefix) :])
    return Path(path) if path and path != ":memory:" else None


def _instant(text: str) -> dt.datetime:
    value = dt.datetime.fromisoformat(text)
    if value.tzinfo is not None:
        return value.astimezone(tz.UTC)
    return value.replace(tzinfo=tz.UTC)


#: How a stored value of each declared column type becomes what the repository returns
#: (``planner.storage.schema``: UTCDateTime, Date, Time, JSON, Boolean; the rest as stored).
_CONVERT: dict[str, Callable[[Any], Any]] = {
    "DATETIME": _instant,
    "DATE": dt.date.fromisoformat,
    "TIME": dt.time.fromisoformat,
    "JSON": json.loads,
    "BOOLEAN": bool,
}


class _Reader:
    """Reads one visit's rows in one read transaction, converting each column by its declared type."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection
        self._converters: dict[str, list[Callable[[Any], Any] | None]] = {}
        self._names: dict[str, list[str]] = {}

    def _columns(self, table: str) -> list[tuple[str, str]]:
        found = self.connection.execute(f'PRAGMA table_info("{table}")').fetchall()
        return [(str(c[1]), str(c[2]).upper().split("(")[0]) for c in found]

    def select(self, table: str, where: str, params: tuple[Any, ...], order: str = "") -> list[Any]:
        """The rows as objects with a column per attribute, as ``rows`` reads them (no class is made per
        table: a namedtuple's costs a third of a millisecond to make, nine of them before the first paint)."""
        if table not in self._names:
            columns = self._columns(table)
            self._names[table] = [name for name, _ in columns]
            self._converters[table] = [_CONVERT.get(kind) for _, kind in columns]
        names, converters = self._names[table], self._converters[table]
        listed = ", ".join(f'"{name}"' for name in names)
        sql = f'SELECT {listed} FROM "{table}" WHERE {where}' + (f' ORDER BY "{order}"' if order else "")
        found = []
        for values in self.connection.execute(sql, params):
            pairs = zip(converters, values, strict=True)
            converted = (v if c is None or v is None else c(v) for c, v in pairs)
            found.append(SimpleNamespace(**dict(zip(names, converted, strict=True))))
        return found

    def links(self, name: str, visit_id: int) -> list[tuple[int, str]]:
        link, column, target = rows.LINK_TABLES[name]
        sql = (
            f'SELECT l.engagement_id, t.uid FROM "{link}" l JOIN "{target}" t ON t.id = l."{column}" '
            "WHERE t.visit_id = ? ORDER BY l.engagement_id, l.position"
        )
        return [(int(e), str(u)) for e, u in self.connection.execute(sql, (visit_id,))]

    def children(self, visit_id: int) -> Callable[[str], Iterable[Any]]:
        def read(name: str) -> Iterable[Any]:
            if name in rows.LINK_TABLES:
                return self.links(name, visit_id)
            table, order = rows.CHILD_TABLES[name]
            return self.select(table, "visit_id = ?", (visit_id,), order)

        return read


def read_first(url: str, *, wanted: int | None = None, remembered: int | None = None) -> FirstRead | None:
    """The visit to paint first (``wanted``, else ``remembered``, else the first stored: the choice
    the window makes) read from the SQLite file of ``url``, or None when the usual path must open it."""
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute("BEGIN")  # one snapshot for every table read
        return _read(connection, wanted, remembered)
    except (sqlite3.Error, PlannerError, ValueError, TypeError, KeyError):
        return None  # the usual path opens it, and says what is wrong if something is
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, wanted: int | None, remembered: int | None) -> FirstRead | None:
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "alembic_version" not in tables:
        return None
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision is None or revision[0] != HEAD:
        return None
    ids = [int(r[0]) for r in connection.execute("SELECT id FROM visits ORDER BY id")]
    candidates = [c for c in (wanted, remembered) if c is not None and c in ids]
    if not ids or (wanted is not None and wanted not in ids):
        return None  # the seed is needed, or the window will say the visit does not exist
    visit_id = candidates[0] if candidates else ids[0]
    reader = _Reader(connection)
    found = reader.select("visits", "id = ?", (visit_id,))
    if not found:
        return None
    visit = rows.assemble_visit(found[0], reader.children(visit_id))
    return FirstRead(visit, ids)
