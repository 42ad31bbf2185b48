"""The repository: visits in and out of the database, each method one transaction (all or nothing)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner.core.assumptions import Assumption
from planner.core.errors import ConflictError, NotFoundError, PlannerError
from planner.core.model import Contact, Engagement, Organisation, Stop, Visit
from planner.storage import assumptions, changes, checks, delegation, rows
from planner.storage.changes import ChangeSet, conflict, default_user, touch
from planner.storage.checks import (
    INT_MAX,
    check_engagement,
    check_header,
    check_id,
    check_values,
)
from planner.storage.engine import WRITE, checkpoint
from planner.storage.problems import explain
from planner.storage.schema import (
    AttendanceRow,
    Base,
    ContactRow,
    EngagementRow,
    MemberAttendanceRow,
    MemberRow,
    OrganisationRow,
    StopRow,
    VisitRow,
    utc_now,
)

_Child = TypeVar("_Child", ContactRow, EngagementRow)


@dataclass(frozen=True)
class VisitSummary:
    """One line of ``planner list``: a visit and how many engagements it has (and lack a time)."""

    id: int
    title: str
    head: str
    start_date: dt.date | None
    end_date: dt.date | None
    engagements: int
    unscheduled: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "head": self.head,
            "start_date": self.start_date.isoformat() if self.start_date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "engagements": self.engagements,
            "unscheduled": self.unscheduled,
        }


def _child(session: Session, table: type[_Child], visit_id: int, uid: str, *options: Any) -> _Child | None:
    """The engagement or contact row with this uid in the visit, if there is one."""
    query = sa.select(table).where(table.visit_id == visit_id, table.uid == uid).options(*options)
    return session.scalars(query).one_or_none()


_engagements = cast(sa.Table, EngagementRow.__table__)
_ENGAGEMENT_BY_UID = sa.select(_engagements).where(
    _engagements.c.visit_id == sa.bindparam("visit"), _engagements.c.uid == sa.bindparam("uid")
)
_VISIT_BY_ID = sa.select(cast(sa.Table, VisitRow.__table__)).where(
    cast(sa.Table, VisitRow.__table__).c.id == sa.bindparam("visit")
)


def _rows_of(name: str) -> sa.Select[Any]:
    """The rows of one of ``rows.CHILD_TABLES`` for the visit ``:visit``, in their stored order."""
    table_name, order = rows.CHILD_TABLES[name]
    table = Base.metadata.tables[table_name]
    return sa.select(table).where(table.c.visit_id == sa.bindparam("visit")).order_by(table.c[order])


def _links(name: str) -> sa.Select[Any]:
    """(engagement id, uid of the contact or member) of a visit's links, in each engagement's order."""
    link_name, column, target_name = rows.LINK_TABLES[name]
    link, target = Base.metadata.tables[link_name], Base.metadata.tables[target_name]
    return (
        sa.select(link.c.engagement_id, target.c.uid)
        .join(target, target.c.id == link.c[column])
        .where(target.c.visit_id == sa.bindparam("visit"))
        .order_by(link.c.engagement_id, link.c.position)
    )


#: What ``rows.assemble_visit`` reads of a visit, table by table (Core selects built once).
_CHILDREN: dict[str, sa.Select[Any]] = {
    **{name: _rows_of(name) for name in rows.CHILD_TABLES},
    **{name: _links(name) for name in rows.LINK_TABLES},
}
_MEMBERS_ATTENDING = (
    sa.select(MemberRow.uid)
    .join(MemberAttendanceRow, MemberAttendanceRow.member_id == MemberRow.id)
    .where(MemberAttendanceRow.engagement_id == sa.bindparam("engagement"))
    .order_by(MemberAttendanceRow.position)
)
_ATTENDEES = (
    sa.select(ContactRow.uid)
    .join(AttendanceRow, AttendanceRow.contact_id == ContactRow.id)
    .where(AttendanceRow.engagement_id == sa.bindparam("engagement"))
    .order_by(AttendanceRow.position)
)


@functools.cache
def _engagement_update() -> sa.Update:
    """UPDATE of one engagement row by id and version, every value a named parameter: built once,
    so saving an edit does not build (and key for the cache) twenty bind parameters again."""
    names = (*rows.ENGAGEMENT_FIELDS, "kind", "status", "sectors", "sequence", "updated_at")
    return (
        sa.update(_engagements)
        .where(
            _engagements.c.id == sa.bindparam("row_id"), _engagements.c.version == sa.bindparam("old_version")
        )
        .values({name: sa.bindparam(f"new_{name}", type_=_engagements.c[name].type) for name in names})
        .values(version=_engagements.c.version + 1)
    )


def _label(item: Any) -> str:
    """An engagement's title or a contact's name (rows and core objects alike)."""
    return str(item.title if isinstance(item, Engagement | EngagementRow) else item.name)


def _no_visit(visit_id: int) -> NotFoundError:
    return NotFoundError(f"no visit {visit_id}; 'planner list' shows the ids")


__all__ = ["ChangeSet", "Repository", "VisitSummary", "check_visit"]


def check_visit(visit: Visit) -> None:
    """Refuse a visit the database could not hold faithfully, before anything is written."""
    checks.check_visit(visit)
    delegation.check_visit(visit)
    for member in visit.members:
        check_values(member, f"member {member.name!r}")
    assumptions.check_visit(visit)


class Repository:
    """Visits, their programme and their people, stored through SQLAlchemy (any dialect).

    Every write is one transaction that moves the visit's change counter on through
    :func:`planner.storage.changes.touch` and logs who made it (``user``); a stale write is
    refused with a ``ConflictError`` naming the change it missed.
    """

    def __init__(self, engine: sa.Engine, user: str | None = None) -> None:
        self.engine = engine
        self.user = user or default_user()
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(engine.execution_options(**{WRITE: True}), expire_on_commit=False)
        #: The change-log ids of the changes made through this repository (not someone else's).
        self.written: set[int] = set()

    def close(self) -> None:
        """Checkpoint the WAL into the database file and release the connections (the
        repository can be used again afterwards)."""
        checkpoint(self.engine)
        self.engine.dispose()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self, *, write: bool = False) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back entirely on any error."""
        try:
            with (self._writes if write else self._sessions).begin() as session:
                yield session
        except StaleDataError:
            raise ConflictError(
                "someone else changed this visit while you were saving it; reload it and try again"
            ) from None
        except sa.exc.IntegrityError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise PlannerError(f"the database refused the change: {reason}") from None
        except sa.exc.SQLAlchemyError as exc:
            raise explain(exc, self.engine.url) from None

    def _log(
        self,
        session: Session,
        visit_id: int,
        content: int,
        kind: str,
        action: str,
        uid: str = "",
        title: str = "",
    ) -> None:
        self.written.add(changes.log(session, self.user, visit_id, content, kind, action, uid, title))

    # -- live refresh ---------------------------------------------------------------------------

    def change_token(self) -> int:
        """A number that grows with every change saved to this database by anyone: poll it
        (a few times a minute costs nothing) and call :meth:`changes_since` when it moved."""
        with self._transaction() as session:
            return changes.change_token(session)

    def changes_since(self, token: int) -> ChangeSet:
        """Which visits changed (added, edited, deleted) after ``token``, and the token to use next."""
        with self._transaction() as session:
            return changes.changes_since(session, token)

    def changes_by_others(self, token: int) -> list[changes.ChangeNote]:
        """The changes logged after ``token`` that were not made through this repository (a window
        tells its user about these and reloads what they touched), oldest first."""
        with self._transaction() as session:
            return [n for n in changes.notes_since(session, token) if n.id not in self.written]

    def visit_version(self, visit_id: int) -> int:
        """The stored visit's change counter (what ``Visit.content_version`` holds when read)."""
        with self._transaction() as session:
            value = session.scalar(
                sa.select(VisitRow.content_version).where(VisitRow.id == check_id(visit_id))
            )
            if value is None:
                raise _no_visit(visit_id)
            return int(value)

    # -- reading ------------------------------------------------------------------------------

    def list_visits(self) -> list[VisitSummary]:
        engagement_count = (
            sa.select(sa.func.count())
            .where(EngagementRow.visit_id == VisitRow.id)
            .correlate(VisitRow)
            .scalar_subquery()
        )
        unscheduled_count = (
            sa.select(sa.func.count())
            .where(
                EngagementRow.visit_id == VisitRow.id,
                EngagementRow.start.is_(None),
                EngagementRow.date.is_(None),
            )
            .correlate(VisitRow)
            .scalar_subquery()
        )
        query = sa.select(
            VisitRow.id,
            VisitRow.title,
            VisitRow.head,
            VisitRow.start_date,
            VisitRow.end_date,
            engagement_count,
            unscheduled_count,
        ).order_by(VisitRow.id)
        with self._transaction() as session:
            return [VisitSummary(*row) for row in session.execute(query)]

    def is_empty(self) -> bool:
        with self._transaction() as session:
            return session.execute(sa.select(VisitRow.id).limit(1)).first() is None

    def load_visit(self, visit_id: int) -> Visit:
        check_id(visit_id)
        with self._transaction() as session:
            return self._load(session, visit_id)

    def _visit_row(self, session: Session, visit_id: int, *, children: bool = True) -> VisitRow:
        options = (
            [
                selectinload(VisitRow.stops),
                selectinload(VisitRow.organisations),
                selectinload(VisitRow.contacts),
                selectinload(VisitRow.engagements)
                .selectinload(EngagementRow.attendance)
                .joinedload(AttendanceRow.contact),
                *delegation.load_options(),
                *assumptions.load_options(),
            ]
            if children
            else []
        )
        row = session.get(VisitRow, visit_id, options=options)
        if row is None:
            raise _no_visit(visit_id)
        return row

    def _load(self, session: Session, visit_id: int) -> Visit:
        """The stored visit, read with one Core query per table (no ORM objects per row)."""
        connection = session.connection()
        row = connection.execute(_VISIT_BY_ID, {"visit": visit_id}).first()
        if row is None:
            raise _no_visit(visit_id)
        params = {"visit": visit_id}
        return rows.assemble_visit(row, lambda name: connection.execute(_CHILDREN[name], params))

    # -- whole visits ---------------------------------------------------------------------------

    def add_visit(self, visit: Visit) -> int:
        """Store a new visit with everything in it; sets ``visit.id`` and the stored versions."""
        check_visit(visit)
        with self._transaction(write=True) as session:
            changes.serialize(session)
            row = VisitRow(content_version=1)
            rows.fill_visit(row, visit)
            row.stops = [self._new_stop(s, i) for i, s in enumerate(visit.stops)]
            row.organisations = [self._new_organisation(o, i) for i, o in enumerate(visit.organisations)]
            contacts = {c.uid: self._new_contact(c, i, 1) for i, c in enumerate(visit.contacts)}
            row.contacts = list(contacts.values())
            members, _ = delegation.save(row, visit, 1)
            assumptions.save(row, visit)
            engagement_rows = []
            for engagement in visit.engagements:
                erow = EngagementRow(sequence=engagement.sequence, added_in=1)
                rows.fill_engagement(erow, engagement, contacts)
                rows.fill_leg(erow, engagement, members)
                if engagement.updated_at is not None:
                    erow.updated_at = engagement.updated_at
                engagement_rows.append(erow)
            row.engagements = engagement_rows
            session.add(row)
            session.flush()
            check_id(row.id)
            self._log(session, row.id, 1, "visit", "added", title=visit.title)
        visit.id = row.id
        visit.version = row.version
        visit.content_version = row.content_version
        for contact in visit.contacts:
            contact.version = contacts[contact.uid].version
        for engagement, erow in zip(visit.engagements, engagement_rows, strict=True):
            engagement.version = erow.version
            engagement.updated_at = erow.updated_at
        return row.id

    @staticmethod
    def _new_stop(stop: Stop, position: int) -> StopRow:
        row = StopRow()
        rows.fill_stop(row, stop, position)
        return row

    @staticmethod
    def _new_organisation(organisation: Organisation, position: int) -> OrganisationRow:
        row = OrganisationRow()
        rows.fill_organisation(row, organisation, position)
        return row

    @staticmethod
    def _new_contact(contact: Contact, position: int, added_in: int) -> ContactRow:
        row = ContactRow(position=position, added_in=added_in)
        rows.fill_contact(row, contact)
        return row

    def save_visit(self, visit: Visit, *, action: str = "saved") -> Visit:
        """Store ``visit`` as it is now (a merge, a restore): children matched by uid
        (organisations by name) are updated, new ones inserted, the ones no longer in ``visit``
        deleted. ``action`` is what the change log records (e.g. "merged a calendar").

        Refused with ``ConflictError`` (nothing saved) when the copy missed a change: the header
        ``version`` differs; an engagement or contact read from here (version > 0) was edited or
        deleted since; one with version 0 now exists; or a stored one missing from ``visit`` was
        added after the copy was read (``visit.content_version``). A visit without an id is added.
        Returns the visit as stored now.
        """
        if visit.id is None:
            self.add_visit(visit)
            assert visit.id is not None
            return self.load_visit(visit.id)
        check_id(visit.id)
        check_visit(visit)
        with self._transaction(write=True) as session:
            content = touch(session, visit.id)
            row = self._visit_row(session, visit.id)
            self._check_whole(session, row, visit)
            self._save_header(session, row, visit)
            self._save_organisations(row, visit)
            contacts = self._save_contacts(row, visit.contacts, content)
            session.flush()
            members, notes = delegation.save(row, visit, content)
            assumptions.save(row, visit)
            keep = {e.uid for e in visit.engagements}
            by_uid = {e.uid: e for e in row.engagements}
            for engagement in visit.engagements:
                erow = by_uid.get(engagement.uid)
                if erow is None:
                    erow = EngagementRow(added_in=content)
                    row.engagements.append(erow)
                self._save_engagement_row(erow, engagement, contacts, force=False)
                rows.fill_leg(erow, engagement, members)
            for erow in list(row.engagements):
                if erow.uid not in keep:
                    row.engagements.remove(erow)
            wanted = {c.uid for c in visit.contacts}
            for uid, crow in contacts.items():
                if uid not in wanted:
                    row.contacts.remove(crow)
            session.flush()
            self._log(session, visit.id, content, "visit", action, title=visit.title)
            for kind, done, uid, title in notes:
                self._log(session, visit.id, content, kind, done, uid, title)
            return self._load(session, visit.id)

    def _check_whole(self, session: Session, row: VisitRow, visit: Visit) -> None:
        """Refuse a whole-visit save made from a copy that missed someone's change."""
        assert visit.id is not None
        pairs: list[tuple[str, list[Any], list[Any]]] = [
            ("engagement", visit.engagements, list(row.engagements)),
            ("contact", visit.contacts, list(row.contacts)),
        ]
        for kind, mine, stored in pairs:
            by_uid = {r.uid: r for r in stored}
            for item in mine:
                srow = by_uid.get(item.uid)
                label = f"{kind} {_label(item)!r}"
                if srow is None and item.version:
                    raise conflict(session, row.id, label, item.uid, "deleted")
                if srow is not None and not item.version:
                    raise conflict(session, row.id, label, item.uid, "added")
                if srow is not None and item.version != srow.version:
                    raise conflict(session, row.id, label, item.uid, "edited")
            seen = {item.uid for item in mine}
            for srow in stored:
                if srow.uid not in seen and srow.added_in > visit.content_version:
                    label = f"{kind} {_label(srow)!r}"
                    raise conflict(session, row.id, label, srow.uid, "added")
        delegation.check_whole(session, row, visit)
        if visit.version != row.version:  # last: a conflict above names what changed more exactly
            raise conflict(session, row.id, f"visit {row.title!r} (its details or stops)", None, "changed")

    def save_visit_details(self, visit: Visit) -> Visit:
        """Store only the header fields and the stops of ``visit``; returns the visit as stored now."""
        if visit.id is None:
            raise PlannerError(f"visit {visit.title!r} is not stored yet: add it first")
        check_id(visit.id)
        check_header(visit)
        with self._transaction(write=True) as session:
            content = touch(session, visit.id)
            row = self._visit_row(session, visit.id)
            self._save_header(session, row, visit)
            session.flush()
            self._log(session, visit.id, content, "visit", "edited details", title=visit.title)
            return self._load(session, visit.id)

    def _save_header(self, session: Session, row: VisitRow, visit: Visit) -> None:
        if visit.version != row.version:
            raise conflict(session, row.id, f"visit {row.title!r} (its details or stops)", None, "changed")
        rows.fill_visit(row, visit)
        row.updated_at = utc_now()  # also bumps the version: the visit as a whole changed
        for position, stop in enumerate(visit.stops):
            if position < len(row.stops):
                srow = row.stops[position]
                before = rows.stop_from_row(srow)
                rows.fill_stop(srow, stop, position)
                if before != stop:
                    srow.updated_at = utc_now()
            else:
                row.stops.append(self._new_stop(stop, position))
        del row.stops[len(visit.stops) :]

    def _save_organisations(self, row: VisitRow, visit: Visit) -> None:
        by_name = {o.name: o for o in row.organisations}
        kept = []
        for position, organisation in enumerate(visit.organisations):
            orow = by_name.pop(organisation.name, None)
            if orow is None:
                kept.append(self._new_organisation(organisation, position))
                continue
            if rows.organisation_from_row(orow) != organisation or orow.position != position:
                rows.fill_organisation(orow, organisation, position)
                orow.updated_at = utc_now()
            kept.append(orow)
        row.organisations = kept

    def _save_contacts(
        self, row: VisitRow, contacts: Iterable[Contact], content: int
    ) -> dict[str, ContactRow]:
        """Insert or update ``contacts`` (versions already checked); returns every contact row by uid."""
        by_uid = {c.uid: c for c in row.contacts}
        for position, contact in enumerate(contacts):
            crow = by_uid.get(contact.uid)
            if crow is None:
                crow = self._new_contact(contact, position, content)
                row.contacts.append(crow)
                by_uid[contact.uid] = crow
                continue
            if rows.contact_changed(crow, contact):
                rows.fill_contact(crow, contact)
                crow.updated_at = utc_now()
            crow.position = position
        return by_uid

    def _save_engagement_row(
        self,
        row: EngagementRow,
        engagement: Engagement,
        contacts: dict[str, ContactRow],
        *,
        force: bool,
    ) -> None:
        """Copy ``engagement`` into ``row``; a stored row is only touched when something changed
        (or ``force``): then its version and ``updated_at`` move on, and its sequence rises by
        one when the change is one a calendar must notice."""
        if row.id is None:  # new
            rows.fill_engagement(row, engagement, contacts)
            row.sequence = engagement.sequence
            row.updated_at = utc_now()
            return
        changed = rows.engagement_changed(row, engagement)
        if not (changed or force or engagement.sequence > row.sequence):
            return
        sequence = row.sequence + (1 if rows.significant_change(row, engagement) else 0)
        rows.fill_engagement(row, engagement, contacts)
        row.sequence = min(max(sequence, engagement.sequence), INT_MAX)
        row.updated_at = utc_now()

    def delete_visit(self, visit_id: int, *, content_version: int | None = None) -> None:
        """Delete a visit with everything in it; with ``content_version`` (the copy's), refused if
        anything in the visit changed since that copy was read."""
        check_id(visit_id)
        with self._transaction(write=True) as session:
            content = touch(session, visit_id)
            row = self._visit_row(session, visit_id, children=False)
            if content_version is not None and content_version != content - 1:
                raise conflict(session, visit_id, f"visit {row.title!r}", None, "changed")
            title = row.title
            session.delete(row)
            self._log(session, visit_id, content, "visit", "deleted", title=title)

    # -- single engagements and contacts ----------------------------------------------------------

    def save_engagement(self, visit_id: int, engagement: Engagement) -> Engagement:
        """Insert or update one engagement by uid; ``engagement.version`` must match the stored one
        (0: it must be new).

        Returns the stored copy (new version, ``updated_at``, and ``sequence`` raised when a
        significant field changed).
        """
        check_id(visit_id)
        check_engagement(engagement)
        delegation.check_attendance(engagement)
        with self._transaction(write=True) as session:
            content = touch(session, visit_id)
            stored = self._stored_engagement(session, visit_id, engagement.uid)
            if stored is None and engagement.version:
                raise conflict(
                    session, visit_id, f"engagement {engagement.title!r}", engagement.uid, "deleted"
                )
            if stored is not None and engagement.version != stored[1].version:
                happened = "added" if not engagement.version else "edited"
                raise conflict(session, visit_id, f"engagement {stored[1].title!r}", engagement.uid, happened)
            if stored is not None:
                saved = self._update_engagement(session, visit_id, stored[0], stored[1], engagement)
            else:
                contacts = self._contacts_by_uid(session, visit_id, engagement)
                row = EngagementRow(visit_id=visit_id, added_in=content)
                session.add(row)
                self._save_engagement_row(row, engagement, contacts, force=True)
                rows.fill_leg(row, engagement, delegation.members_by_uid(session, visit_id, engagement))
                session.flush()
                saved = rows.engagement_from_row(row)
            action = "edited" if stored is not None else "added"
            self._log(session, visit_id, content, "engagement", action, engagement.uid, engagement.title)
            return saved

    @staticmethod
    def _stored_engagement(session: Session, visit_id: int, uid: str) -> tuple[int, Engagement] | None:
        """The stored engagement (its row id and the engagement), read with Core: one edit is cheap."""
        connection = session.connection()
        found = connection.execute(_ENGAGEMENT_BY_UID, {"visit": visit_id, "uid": uid}).first()
        if found is None:
            return None
        attendees = connection.execute(_ATTENDEES, {"engagement": found.id}).scalars().all()
        members = connection.execute(_MEMBERS_ATTENDING, {"engagement": found.id}).scalars().all()
        return found.id, rows.engagement_from_values(found, list(attendees), list(members))

    def _update_engagement(
        self, session: Session, visit_id: int, row_id: int, stored: Engagement, engagement: Engagement
    ) -> Engagement:
        """One UPDATE of one row (and its attendance only when that changed)."""
        significant = any(
            getattr(stored, name) != getattr(engagement, name) for name in rows.SIGNIFICANT_FIELDS
        )
        sequence = min(max(stored.sequence + significant, engagement.sequence), INT_MAX)
        now = utc_now()
        values = {**rows.engagement_values(engagement), "sequence": sequence, "updated_at": now}
        params = {f"new_{name}": value for name, value in values.items()}
        done = session.connection().execute(
            _engagement_update(), {**params, "row_id": row_id, "old_version": stored.version}
        )
        if done.rowcount != 1:
            raise conflict(session, visit_id, f"engagement {stored.title!r}", stored.uid, "edited")
        if engagement.contact_uids != stored.contact_uids:
            contacts = self._contacts_by_uid(session, visit_id, engagement)
            session.execute(sa.delete(AttendanceRow).where(AttendanceRow.engagement_id == row_id))
            if engagement.contact_uids:
                session.execute(
                    sa.insert(AttendanceRow),
                    [
                        {"engagement_id": row_id, "contact_id": contacts[uid].id, "position": position}
                        for position, uid in enumerate(engagement.contact_uids)
                    ],
                )
        if engagement.member_uids != stored.member_uids:
            members = delegation.members_by_uid(session, visit_id, engagement)
            session.execute(sa.delete(MemberAttendanceRow).where(MemberAttendanceRow.engagement_id == row_id))
            if engagement.member_uids:
                session.execute(
                    sa.insert(MemberAttendanceRow),
                    [
                        {"engagement_id": row_id, "member_id": members[uid].id, "position": position}
                        for position, uid in enumerate(engagement.member_uids)
                    ],
                )
        return dataclasses.replace(
            engagement,
            contact_uids=list(engagement.contact_uids),
            member_uids=list(engagement.member_uids),
            sectors=list(engagement.sectors),
            version=stored.version + 1,
            sequence=sequence,
            updated_at=now,
        )

    @staticmethod
    def _contacts_by_uid(session: Session, visit_id: int, engagement: Engagement) -> dict[str, ContactRow]:
        if not engagement.contact_uids:
            return {}
        found = session.scalars(
            sa.select(ContactRow).where(
                ContactRow.visit_id == visit_id, ContactRow.uid.in_(engagement.contact_uids)
            )
        ).all()
        by_uid = {c.uid: c for c in found}
        missing = [u for u in engagement.contact_uids if u not in by_uid]
        if missing:
            raise NotFoundError(
                f"engagement {engagement.title!r}: no contact with uid {missing[0]!r} in visit {visit_id}"
            )
        return by_uid

    def delete_engagement(self, visit_id: int, uid: str, *, version: int | None = None) -> None:
        """Delete one engagement; with ``version`` (the copy's), refused if it changed since."""
        self._delete_child(EngagementRow, "engagement", visit_id, uid, version)

    def save_contact(self, visit_id: int, contact: Contact) -> Contact:
        """Insert or update one contact by uid; ``contact.version`` must match the stored one (0: new)."""
        check_id(visit_id)
        check_values(contact, f"contact {contact.name!r}")
        with self._transaction(write=True) as session:
            content = touch(session, visit_id)
            row = _child(session, ContactRow, visit_id, contact.uid)
            label = f"contact {contact.name!r}"
            if row is None and contact.version:
                raise conflict(session, visit_id, label, contact.uid, "deleted")
            action = "edited" if row is not None else "added"
            if row is None:
                last = session.scalar(
                    sa.select(sa.func.max(ContactRow.position)).where(ContactRow.visit_id == visit_id)
                )
                row = ContactRow(
                    visit_id=visit_id, position=(last if last is not None else -1) + 1, added_in=content
                )
                session.add(row)
            elif contact.version != row.version:
                happened = "added" if not contact.version else "edited"
                raise conflict(session, visit_id, f"contact {row.name!r}", contact.uid, happened)
            rows.fill_contact(row, contact)
            row.updated_at = utc_now()
            session.flush()
            self._log(session, visit_id, content, "contact", action, contact.uid, contact.name)
            return rows.contact_from_row(row)

    def delete_contact(self, visit_id: int, uid: str, *, version: int | None = None) -> None:
        """Delete a contact and every record of what they attend; with ``version``, refused if the
        contact changed since."""
        self._delete_child(ContactRow, "contact", visit_id, uid, version)

    def _delete_child(
        self, table: type[_Child], kind: str, visit_id: int, uid: str, version: int | None
    ) -> None:
        check_id(visit_id)
        with self._transaction(write=True) as session:
            content = touch(session, visit_id)
            row = _child(session, table, visit_id, uid)
            if row is None:
                if version:
                    raise conflict(session, visit_id, f"{kind} {uid!r}", uid, "deleted")
                raise NotFoundError(f"no {kind} with uid {uid!r} in visit {visit_id}")
            title = _label(row)
            if version is not None and version != row.version:
                raise conflict(session, visit_id, f"{kind} {title!r}", uid, "edited")
            if isinstance(row, ContactRow):
                session.execute(sa.delete(AttendanceRow).where(AttendanceRow.contact_id == row.id))
            session.delete(row)
            self._log(session, visit_id, content, kind, "deleted", uid, title)

    # -- assumptions (revision 0005) ----------------------------------------------------------------

    def save_assumption(self, visit_id: int, assumption: Assumption) -> Assumption:
        """Store one assumption's new state (confirmed, fixed, or open again); returns it as stored."""
        check_id(visit_id)
        with self._transaction(write=True) as session:
            content = touch(session, visit_id)
            stored = assumptions.save_one(session, visit_id, assumption)
            action = "reopened" if stored.is_open else stored.status.value
            self._log(session, visit_id, content, "assumption", action, stored.uid, stored.text[:80])
            return stored
