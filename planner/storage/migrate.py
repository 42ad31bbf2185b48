"""Schema migrations: bring any planner database to the newest revision with Alembic, no alembic.ini.

Only imported when the stored revision differs from :data:`planner.storage.opening.HEAD`
(Alembic pulls in Mako and Pygments: a current database opens without them).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from planner.core.errors import PlannerError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: sa.Connection | None = None, url: str | None = None) -> Config:
    """An Alembic configuration for our scripts; with ``connection`` it migrates that connection."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url is not None:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def revisions() -> list[str]:
    """Every revision id, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: sa.Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    """Migrate the database to ``revision`` in one transaction (the version stamp included);
    refuse one made by a newer planner.

    On SQLite, foreign keys are off while the scripts run (a table that is copied and moved
    must not cascade deletes into its children) and checked before the commit.
    """
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:  # outside any transaction: PRAGMA foreign_keys is ignored inside one
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                _upgrade(connection, revision)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        problem = f"a row of {broken[0]} would point nowhere"
                        raise PlannerError(f"the upgrade was undone: {problem}; nothing was changed")
        finally:
            if sqlite and not connection.invalidated:
                connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _upgrade(connection: sa.Connection, revision: str) -> None:
    current = current_revision(connection)
    if current is not None and current not in revisions():
        raise PlannerError(
            f"the database has schema revision {current}, newer than this version of planner "
            f"knows (newest {head()}): update planner"
        )
    if revision == "head" and current == head():
        return
    command.upgrade(alembic_config(connection), revision)
