"""Who changed what: the one helper that moves a visit's change counter on (and logs the change),
the conflict messages that name the last change, and the change token a window polls."""

from __future__ import annotations

import datetime as dt
import getpass
import os
import socket
from dataclasses import dataclass
from typing import cast

import sqlalchemy as sa
from sqlalchemy.orm import Session

from planner.core.errors import ConflictError, NotFoundError
from planner.storage.schema import ChangeRow, utc_now

_visits = sa.table("visits", sa.column("id"), sa.column("content_version"))  # Core: no ORM versioning
WRITE_LOCK = 0x706C616E  # the advisory lock all writers of a PostgreSQL database take in turn


def default_user() -> str:
    """``$PLANNER_USER`` if set, else ``user@host``: who the change log says made a change."""
    named = os.environ.get("PLANNER_USER", "").strip()
    if named:
        return named
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


def serialize(session: Session) -> None:
    """Wait for the other writers of a PostgreSQL database (SQLite: BEGIN IMMEDIATE did it)."""
    if session.get_bind().dialect.name == "postgresql":
        # every writer in turn, so change ids are in commit order and a poller never skips one
        session.execute(sa.select(sa.func.pg_advisory_xact_lock(WRITE_LOCK)))


def touch(session: Session, visit_id: int) -> int:
    """Move visit ``visit_id``'s change counter on and return its new value.

    Call it first in every write transaction that changes a visit or anything in it (a new child
    table too): on PostgreSQL the UPDATE locks the visit's row, so writers of one visit queue and
    each checks versions against what the one before it committed (SQLite's BEGIN IMMEDIATE
    does the same for the whole file). The header ``version`` is not touched. On PostgreSQL all
    writers also take one advisory lock, so change ids are handed out in commit order.
    """
    serialize(session)
    new = session.connection().execute(_TOUCH, {"visit": visit_id}).scalar()
    if new is None:
        raise NotFoundError(f"no visit {visit_id}; 'planner list' shows the ids")
    return int(new)


# Statements built once: executing a prebuilt statement skips building and keying it again.
_TOUCH = (
    sa.update(_visits)
    .where(_visits.c.id == sa.bindparam("visit"))
    .values(content_version=_visits.c.content_version + 1)
    .returning(_visits.c.content_version)
)
_LOG = sa.insert(cast(sa.Table, ChangeRow.__table__))


def log(
    session: Session,
    user: str,
    visit_id: int,
    content_version: int,
    kind: str,
    action: str,
    uid: str = "",
    title: str = "",
) -> int:
    """Record one saved change (in the same transaction as the change); returns its id."""
    done = session.connection().execute(
        _LOG,
        {
            "visit_id": visit_id,
            "content_version": content_version,
            "kind": kind,
            "action": action,
            "uid": uid,
            "title": title,
            "changed_by": user,
            "changed_at": utc_now(),
        },
    )
    key = done.inserted_primary_key
    assert key is not None
    return int(key[0])


def _when(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M UTC")


def last_change(session: Session, visit_id: int, uid: str | None = None) -> ChangeRow | None:
    query = sa.select(ChangeRow).where(ChangeRow.visit_id == visit_id)
    if uid is not None:
        query = query.where(ChangeRow.uid == uid)
    return session.scalars(query.order_by(ChangeRow.id.desc()).limit(1)).first()


def conflict(session: Session, visit_id: int, what: str, uid: str | None, happened: str) -> ConflictError:
    """``what`` (e.g. ``engagement 'Lunch'``) ``happened`` (edited, deleted, added) since it was read:
    the message names who did it last and when, as the change log has it."""
    last = last_change(session, visit_id, uid)
    by = f" by {last.changed_by} at {_when(last.changed_at)}" if last is not None else ""
    return ConflictError(
        f"{what} was {happened}{by} since you loaded visit {visit_id}; nothing was saved: "
        "reload the visit and make your change again",
        what=what,
        by=last.changed_by if last is not None else "",
    )


@dataclass(frozen=True)
class ChangeSet:
    """What :meth:`Repository.changes_since` found: the visits changed after ``since`` and the
    token to pass next time. ``everything`` means the token was not ours: reload all you show."""

    token: int
    visits: frozenset[int]
    everything: bool = False


def change_token(session: Session) -> int:
    """The newest change in the whole database (0 if none): one indexed max(), cheap to poll."""
    return int(session.scalar(sa.select(sa.func.coalesce(sa.func.max(ChangeRow.id), 0))) or 0)


def changes_since(session: Session, token: int) -> ChangeSet:
    newest = change_token(session)
    if token > newest or token < 0:
        return ChangeSet(newest, frozenset(), everything=True)
    if token == newest:
        return ChangeSet(newest, frozenset())
    changed = session.scalars(
        sa.select(ChangeRow.visit_id).where(ChangeRow.id > token, ChangeRow.id <= newest).distinct()
    ).all()
    return ChangeSet(newest, frozenset(changed))


@dataclass(frozen=True)
class ChangeNote:
    """One logged change, as a window tells its user about it: ``bob@desk2 edited engagement 'Lunch'``."""

    id: int
    visit_id: int
    kind: str
    action: str
    title: str
    changed_by: str

    def describe(self) -> str:
        return f"{self.changed_by} {self.action} {self.kind} {self.title!r}"


def notes_since(session: Session, token: int, limit: int = 500) -> list[ChangeNote]:
    """The changes logged after ``token`` (the newest ``limit`` of them), oldest first."""
    query = sa.select(ChangeRow).where(ChangeRow.id > token).order_by(ChangeRow.id.desc()).limit(limit)
    found = session.scalars(query).all()
    return [ChangeNote(r.id, r.visit_id, r.kind, r.action, r.title, r.changed_by) for r in reversed(found)]
