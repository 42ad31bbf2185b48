"""Storage: open the planner database (SQLite by default, any SQLAlchemy URL) and migrate it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from planner.core.errors import PlannerError

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
    """The repository for ``url`` (default: :func:`default_url`), migrated to the newest schema."""
    from planner.storage.engine import create_engine
    from planner.storage.migrate import upgrade
    from planner.storage.repository import Repository

    engine = create_engine(url or default_url())
    try:
        upgrade(engine)
    except PlannerError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(exc, SQLAlchemyError):
            shown = engine.url.render_as_string(hide_password=True)
            reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise PlannerError(f"cannot open the database {shown}: {reason}") from None
        raise
    return Repository(engine)


__all__ = ["default_url", "open_repository"]
