"""Storage: open the planner database (SQLite by default, any SQLAlchemy URL) and migrate it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.storage.repository import Repository

APP_NAME = "delegation-planner"
DB_FILE = "planner.db"


def default_url() -> str:
    """``$PLANNER_DB`` if set, else an SQLite file in the user's data folder (created, owner only)."""
    url = os.environ.get("PLANNER_DB")
    if url:
        return url
    import platformdirs

    folder = Path(platformdirs.user_data_dir(APP_NAME))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return f"sqlite:///{folder / DB_FILE}"


def open_repository(url: str | None = None) -> Repository:
    """The repository for ``url`` (default: :func:`default_url`), migrated to the newest schema.

    A database made by another program is refused before anything is written to it; an SQLite
    file is copied before its schema is upgraded; the repository is closed (its WAL checkpointed
    into the one file) when the process ends, if the caller did not close it first.
    """
    from planner.storage.engine import create_engine
    from planner.storage.opening import open_engine, remember
    from planner.storage.repository import Repository

    engine = create_engine(url or default_url())
    open_engine(engine)
    repository = Repository(engine)
    remember(repository)
    return repository


__all__ = ["default_url", "open_repository"]
