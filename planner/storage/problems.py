"""Database errors as one line a user can act on: busy (and who holds the file), read-only, lost."""

from __future__ import annotations

import os
from pathlib import Path

import sqlalchemy as sa

from planner.core.errors import PlannerError


def shown_url(url: sa.URL) -> str:
    """The URL as it may be printed: never with its password."""
    return url.render_as_string(hide_password=True)


def holders(path: Path) -> list[str]:
    """``name (pid N)`` of every other process with ``path`` open, found through /proc (Linux);
    empty where that cannot be read."""
    try:
        target = path.resolve()
    except OSError:
        return []
    wanted = {str(target), f"{target}-wal", f"{target}-shm", f"{target}-journal"}
    found: list[str] = []
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            links = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
        except OSError:
            continue
        if links & wanted:
            try:
                name = (entry / "comm").read_text().strip()
            except OSError:
                name = "?"
            found.append(f"{name} (pid {entry.name})")
    return sorted(found)


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0] if text else type(orig).__name__


def explain(exc: sa.exc.SQLAlchemyError, url: sa.URL, *, opening: bool = False) -> PlannerError:
    """The one line for a database error that reached the user."""
    from planner.storage.engine import BUSY_TIMEOUT_S, sqlite_path

    reason = _first_line(exc)
    lowered = reason.lower()
    where = shown_url(url)
    path = sqlite_path(url)
    if "database is locked" in lowered or "database is busy" in lowered:
        held = holders(path) if path is not None else []
        who = f" by {', '.join(held)}" if held else " by another program"
        return PlannerError(
            f"the database {where} is busy: it has been locked{who} for more than "
            f"{BUSY_TIMEOUT_S} s; nothing was changed: try again when that program is done"
        )
    if "readonly database" in lowered or "read-only" in lowered:
        return PlannerError(
            f"the database {where} is read-only (check the permissions of the file and its folder); "
            "nothing was changed"
        )
    if opening:
        return PlannerError(f"cannot open the database {where}: {reason}")
    if getattr(exc, "connection_invalidated", False) or (
        isinstance(exc, sa.exc.OperationalError)
        and ("terminat" in lowered or "closed" in lowered or "connection" in lowered)
    ):
        return PlannerError(
            f"lost the connection to the database {where} ({reason}); nothing of this change was saved"
        )
    return PlannerError(f"the database {where} refused the change: {reason}")
