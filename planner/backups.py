"""Rotated copies of the database: make, list and restore them; one is also kept automatically each day.

An SQLite database is copied with SQLite's own backup API (a consistent snapshot even
while the window writes) into ``backups/`` beside the file. A database on a server
(PostgreSQL) is saved as one JSON file holding every visit in the backup format of
``core.backup``, in ``backups/<server-and-database>/`` in the user's data folder.
Every copy is written through ``core.writer`` (owner-only, never half a file) and named
``<database>-<UTC time>-<reason>.db|.json``; the newest few of each reason are kept.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.core import backup
from planner.core.errors import PlannerError
from planner.core.writer import replacing, write_atomically

#: How many copies of each kind are kept (``None``: all). ``before-upgrade`` copies are
#: taken by the schema upgrade; ``before-restore`` ones by :func:`restore_backup`.
KEEP: dict[str, int | None] = {"daily": 7, "manual": 10, "before-restore": 10, "before-upgrade": None}
REASONS = tuple(KEEP)
DUMP_FORMAT = "delegation-planner-database/1"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_STAMP = "%Y-%m-%dT%H-%M-%SZ"
_NAME = re.compile(
    r"(?P<stem>.+)-(?P<taken>\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ)(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)"
)


@dataclass(frozen=True)
class BackupCopy:
    """One copy in the backups folder."""

    path: Path
    taken: dt.datetime
    reason: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "taken": backup.format_instant(self.taken),
            "reason": self.reason,
            "bytes": self.size,
        }


# -- where ----------------------------------------------------------------------------------------


def _url(db_url: str | None) -> Any:
    from sqlalchemy.engine import make_url

    from planner.storage import default_url

    text = db_url or default_url()
    try:
        return make_url(text)
    except Exception:
        raise PlannerError("not a database URL (expected e.g. sqlite:///path/planner.db)") from None


def _sqlite_file(url: Any) -> Path | None:
    from planner.storage.engine import sqlite_path

    return sqlite_path(url)


def backup_folder(db_url: str | None) -> Path:
    """Where the copies of this database go (not created here)."""
    url = _url(db_url)
    path = _sqlite_file(url)
    if path is not None:
        return path.parent / "backups"
    if url.get_backend_name() == "sqlite":
        raise PlannerError("an in-memory database has nothing to back up")
    import platformdirs

    from planner.storage import APP_NAME

    place = f"{url.get_backend_name()}-{url.host or 'local'}-{url.port or 'default'}-{url.database or ''}"
    return Path(platformdirs.user_data_dir(APP_NAME)) / "backups" / re.sub(r"[^A-Za-z0-9._-]+", "_", place)


def _stem(url: Any) -> str:
    path = _sqlite_file(url)
    return path.stem if path is not None else re.sub(r"[^A-Za-z0-9._-]+", "_", url.database or "planner")


# -- listing and rotating ---------------------------------------------------------------------------


def list_backups(db_url: str | None) -> list[BackupCopy]:
    """The copies of this database, newest first."""
    url = _url(db_url)
    folder, stem = backup_folder(db_url), _stem(url)
    copies = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.fullmatch(path.stem) if path.suffix in (".db", ".json") else None
            if match is None or match["stem"] != stem or match["reason"] not in KEEP:
                continue
            taken = dt.datetime.strptime(match["taken"], _STAMP).replace(tzinfo=dt.UTC)
            copies.append(BackupCopy(path, taken, match["reason"], path.stat().st_size))
    return sorted(copies, key=lambda c: (c.taken, c.path.name), reverse=True)


def rotate(db_url: str | None) -> list[Path]:
    """Delete the copies beyond the newest :data:`KEEP` of each reason; return what was deleted."""
    removed = []
    seen: dict[str, int] = {}
    for copy in list_backups(db_url):
        seen[copy.reason] = seen.get(copy.reason, 0) + 1
        limit = KEEP[copy.reason]
        if limit is not None and seen[copy.reason] > limit:
            copy.path.unlink(missing_ok=True)
            removed.append(copy.path)
    return removed


# -- making a copy ----------------------------------------------------------------------------------


def make_backup(db_url: str | None, *, reason: str = "manual", now: dt.datetime | None = None) -> BackupCopy:
    """Copy the database into its backups folder now and rotate; ``PlannerError`` if it cannot."""
    if reason not in KEEP:
        raise ValueError(f"unknown backup reason {reason!r}")
    url = _url(db_url)
    taken = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    folder = backup_folder(db_url)
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise PlannerError(f"cannot create the backups folder {folder}: {exc.strerror}") from None
    path = _sqlite_file(url)
    suffix = ".db" if path is not None else ".json"
    target = _free_name(folder, _stem(url), taken, reason, suffix)
    if path is not None:
        _copy_sqlite(path, target)
    else:
        _dump_server(db_url, target, taken)
    rotate(db_url)
    return BackupCopy(target, taken, reason, target.stat().st_size)


def _free_name(folder: Path, stem: str, taken: dt.datetime, reason: str, suffix: str) -> Path:
    base = f"{stem}-{taken.strftime(_STAMP)}"
    candidate = folder / f"{base}-{reason}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}-{reason}{suffix}"
        n += 1
    return candidate


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    return sqlite3.connect(path, timeout=10)


def _sqlite_step(what: str, action: Callable[[], None]) -> None:
    try:
        action()
    except sqlite3.Error as exc:
        raise PlannerError(f"{what}: {exc}") from None


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` (the backup API reads one snapshot), as one self-contained file."""
    if not source.is_file():
        raise PlannerError(f"cannot back up {source}: there is no database there yet")
    with replacing(target) as temporary:
        src = _connect(source, read_only=True)
        dst = sqlite3.connect(temporary)
        try:
            _sqlite_step(f"cannot back up {source}", lambda: _check_ours(src, source))
            _sqlite_step(f"cannot back up {source}", lambda: src.backup(dst))
            dst.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
        finally:
            dst.close()
            src.close()


def _check_ours(connection: sqlite3.Connection, path: Path) -> None:
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"visits", "engagements", "alembic_version"} <= tables:
        raise PlannerError(f"{path}: not a Delegation Planner database")


def _dump_server(db_url: str | None, target: Path, taken: dt.datetime) -> None:
    """Every visit of a server database in one JSON file, each in the format of ``core.backup``."""
    from planner.storage import open_repository

    with open_repository(db_url) as repo:
        visits = [backup.to_json(repo.load_visit(v.id), exported_at=taken) for v in repo.list_visits()]
    document = {"format": DUMP_FORMAT, "taken_at": backup.format_instant(taken), "visits": visits}
    write_atomically(target, (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def ensure_daily_backup(db_url: str | None, *, now: dt.datetime | None = None) -> BackupCopy | None:
    """Today's (UTC) automatic copy, made now if there is none yet; ``None`` if there is nothing to copy.

    The window calls this when it opens and the command line before each command that writes.
    """
    url = _url(db_url)
    path = _sqlite_file(url)
    if url.get_backend_name() == "sqlite" and (path is None or not path.is_file() or not path.stat().st_size):
        return None  # in memory, or not created yet: nothing to lose
    today = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).date()
    if any(c.reason == "daily" and c.taken.date() == today for c in list_backups(db_url)):
        return None
    return make_backup(db_url, reason="daily", now=now)


# -- restoring --------------------------------------------------------------------------------------


def find_backup(db_url: str | None, name: str) -> Path:
    """A backup given as a path, or as a file name in this database's backups folder."""
    given = Path(name)
    if given.exists():
        return given
    inside = backup_folder(db_url) / name
    if inside.exists() and given.name == name:
        return inside
    raise PlannerError(f"{name}: no such backup ('planner backup --list' shows them)")


def restore_backup(db_url: str | None, name: str) -> tuple[BackupCopy | None, int]:
    """Replace the database's content by a backup; returns the copy of the state before and the visits.

    The backup is checked in full before anything changes, and the current state is
    copied first (``before-restore``), so a restore can itself be undone.
    """
    from planner.core.textfile import read_bytes

    source = find_backup(db_url, name)
    url = _url(db_url)
    path = _sqlite_file(url)
    with source.open("rb") as handle:
        is_sqlite = handle.read(len(_SQLITE_MAGIC)) == _SQLITE_MAGIC
    if is_sqlite:
        if path is None:
            raise PlannerError(f"{source}: an SQLite copy can only be restored into an SQLite database")
        return _restore_sqlite(db_url, source, path)
    visits = _read_dump(read_bytes(source, max_bytes=1 << 30), str(source))
    safety = _safety_copy(db_url)
    _replace_visits(db_url, visits)
    return safety, len(visits)


def _safety_copy(db_url: str | None) -> BackupCopy | None:
    url = _url(db_url)
    path = _sqlite_file(url)
    if path is not None and not (path.is_file() and path.stat().st_size):
        return None
    return make_backup(db_url, reason="before-restore")


def _restore_sqlite(db_url: str | None, source: Path, path: Path) -> tuple[BackupCopy | None, int]:
    from planner.storage import open_repository

    src = _connect(source, read_only=True)
    try:
        _sqlite_step(f"{source}", lambda: _check_ours(src, source))
        _sqlite_step(f"{source}", lambda: _check_integrity(src, source))
        safety = _safety_copy(db_url)
        if not path.exists():
            open_repository(db_url).close()  # an owner-only file in WAL mode, as the app makes it
        dst = _connect(path, read_only=False)
        try:
            _sqlite_step(f"cannot restore into {path}", lambda: src.backup(dst))
        finally:
            dst.close()
    finally:
        src.close()
    with open_repository(db_url) as repo:  # an older copy is upgraded to the current schema here
        return safety, len(repo.list_visits())


def _check_integrity(connection: sqlite3.Connection, path: Path) -> None:
    result = connection.execute("PRAGMA quick_check").fetchone()
    if result is None or result[0] != "ok":
        raise PlannerError(f"{path}: the copy is damaged ({result[0] if result else 'unreadable'})")


def _read_dump(data: bytes, name: str) -> list[Any]:
    """The visits of a JSON dump (or of a single-visit backup), every one checked before anything changes."""
    from planner.core.textfile import decode_text

    try:
        document = json.loads(decode_text(data, name=name))
    except (ValueError, RecursionError):
        raise PlannerError(f"{name}: not a Delegation Planner backup (not valid JSON)") from None
    if isinstance(document, dict) and document.get("format") == DUMP_FORMAT:
        items = document.get("visits")
        if not isinstance(items, list):
            raise PlannerError(f"{name}: visits: expected a list")
        return [backup.from_json(item, name=f"{name}: visits[{i}]") for i, item in enumerate(items)]
    return [backup.from_json(document, name=name)]


def _replace_visits(db_url: str | None, visits: list[Any]) -> None:
    """Add the restored visits, then delete the old ones; if an add fails, the new ones are removed again."""
    from planner.storage import open_repository

    with open_repository(db_url) as repo:
        old = [v.id for v in repo.list_visits()]
        added: list[int] = []
        try:
            for visit in visits:
                added.append(repo.add_visit(visit))
        except BaseException:
            for visit_id in added:
                repo.delete_visit(visit_id)
            raise
        for visit_id in old:
            repo.delete_visit(visit_id)
