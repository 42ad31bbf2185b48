"""The repository: visits in and out of the database, each method one transaction (all or nothing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from planner.core import tz
from planner.core.errors import ConflictError, NotFoundError, PlannerError, UnknownZoneError
from planner.core.model import Contact, Engagement, Organisation, Stop, Visit
from planner.core.ordering import sort_engagements
from planner.storage import delegation, rows
from planner.storage.schema import (
    AttendanceRow,
    ContactRow,
    EngagementRow,
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


def _conflict(what: str, stored: int, yours: int) -> ConflictError:
    return ConflictError(
        f"{what} was changed elsewhere since it was loaded "
        f"(stored version {stored}, yours {yours}); reload the visit and try again"
    )


def _no_visit(visit_id: int) -> NotFoundError:
    return NotFoundError(f"no visit {visit_id}; 'planner list' shows the ids")


def _check_zone(name: str | None, where: str) -> None:
    if name is not None and not tz.is_zone(name):
        raise UnknownZoneError(
            f"{where}: unknown time zone {name!r}: expected an IANA name such as Asia/Tokyo"
        )


def _check_engagement(engagement: Engagement) -> None:
    where = f"engagement {engagement.title!r}"
    try:
        engagement.validate()
    except ValueError as exc:
        raise PlannerError(f"{where}: {exc}") from None
    _check_zone(engagement.tz, where)
    _check_zone(engagement.end_tz, where)
    if len(set(engagement.contact_uids)) != len(engagement.contact_uids):
        raise PlannerError(f"{where}: lists the same contact twice")


def _check_zones(visit: Visit) -> None:
    """The visit's home zone and the zone of each stop must be IANA names."""
    _check_zone(visit.home_tz, f"visit {visit.title!r}")
    for stop in visit.stops:
        _check_zone(stop.tz, f"stop {stop.city!r}")


def _check_unique(visit: Visit, keys: list[str], problem: str) -> None:
    if len(set(keys)) != len(keys):
        raise PlannerError(f"visit {visit.title!r}: {problem}")


def check_visit(visit: Visit) -> None:
    """Refuse a visit the database could not hold faithfully, before anything is written."""
    _check_zones(visit)
    _check_unique(visit, [o.name for o in visit.organisations], "an organisation is listed twice")
    _check_unique(visit, [c.uid for c in visit.contacts], "two contacts share one uid")
    _check_unique(visit, [e.uid for e in visit.engagements], "two engagements share one uid")
    known = {c.uid for c in visit.contacts}
    for engagement in visit.engagements:
        _check_engagement(engagement)
        missing = [u for u in engagement.contact_uids if u not in known]
        if missing:
            raise PlannerError(f"engagement {engagement.title!r}: no contact with uid {missing[0]!r}")
    delegation.check_visit(visit)


class Repository:
    """Visits, their programme and their people, stored through SQLAlchemy (any dialect)."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    def close(self) -> None:
        """Release the database connections (the repository can be used again afterwards)."""
        self.engine.dispose()

    def __enter__(self) -> Repository:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """One unit of work: committed at the end, rolled back entirely on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except StaleDataError:
            raise ConflictError(
                "someone else changed this visit while you were editing it; reload it and try again"
            ) from None
        except sa.exc.IntegrityError as exc:
            reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise PlannerError(f"the database refused the change: {reason}") from None

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
            ]
            if children
            else []
        )
        row = session.get(VisitRow, visit_id, options=options)
        if row is None:
            raise _no_visit(visit_id)
        return row

    def _load(self, session: Session, visit_id: int) -> Visit:
        row = self._visit_row(session, visit_id)
        visit = rows.visit_header(row)
        visit.stops = [rows.stop_from_row(s) for s in row.stops]
        visit.organisations = [rows.organisation_from_row(o) for o in row.organisations]
        visit.contacts = [rows.contact_from_row(c) for c in row.contacts]
        visit.engagements = sort_engagements(
            (rows.engagement_from_row(e) for e in row.engagements), visit.home_tz
        )
        delegation.load(row, visit)
        return visit

    # -- whole visits ---------------------------------------------------------------------------

    def add_visit(self, visit: Visit) -> int:
        """Store a new visit with everything in it; sets ``visit.id`` and the stored versions."""
        check_visit(visit)
        with self._transaction() as session:
            row = VisitRow()
            rows.fill_visit(row, visit)
            row.stops = [self._new_stop(s, i) for i, s in enumerate(visit.stops)]
            row.organisations = [self._new_organisation(o, i) for i, o in enumerate(visit.organisations)]
            contacts = {c.uid: self._new_contact(c, i) for i, c in enumerate(visit.contacts)}
            row.contacts = list(contacts.values())
            members = delegation.save(row, visit)
            engagement_rows = []
            for engagement in visit.engagements:
                erow = EngagementRow(sequence=engagement.sequence)
                rows.fill_engagement(erow, engagement, contacts)
                rows.fill_leg(erow, engagement, members)
                if engagement.updated_at is not None:
                    erow.updated_at = engagement.updated_at
                engagement_rows.append(erow)
            row.engagements = engagement_rows
            session.add(row)
            session.flush()
        visit.id = row.id
        visit.version = row.version
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
    def _new_contact(contact: Contact, position: int) -> ContactRow:
        row = ContactRow(position=position)
        rows.fill_contact(row, contact)
        return row

    def save_visit(self, visit: Visit) -> Visit:
        """Store ``visit`` as it is now: children matched by uid (organisations by name) are
        updated, new ones inserted, the ones no longer in ``visit`` deleted.

        ``visit.version`` must match the stored one (``ConflictError`` otherwise); so must the
        version of each engagement or contact that carries one (0 means "not read from here").
        A visit without an id is added. Returns the visit as stored now.
        """
        if visit.id is None:
            self.add_visit(visit)
            assert visit.id is not None
            return self.load_visit(visit.id)
        check_visit(visit)
        with self._transaction() as session:
            row = self._visit_row(session, visit.id)
            self._save_header(row, visit)
            self._save_organisations(row, visit)
            contacts = self._save_contacts(session, row, visit.contacts)
            members = delegation.save(row, visit)
            keep = {e.uid for e in visit.engagements}
            by_uid = {e.uid: e for e in row.engagements}
            for engagement in visit.engagements:
                erow = by_uid.get(engagement.uid)
                if erow is None:
                    erow = EngagementRow()
                    row.engagements.append(erow)
                self._save_engagement_row(erow, engagement, contacts, force=False)
                rows.fill_leg(erow, engagement, members)
            for erow in list(row.engagements):
                if erow.uid not in keep:
                    row.engagements.remove(erow)
            for uid, crow in contacts.items():
                if uid not in {c.uid for c in visit.contacts}:
                    row.contacts.remove(crow)
            session.flush()
            return self._load(session, visit.id)

    def save_visit_details(self, visit: Visit) -> Visit:
        """Store only the header fields and the stops of ``visit``; returns the visit as stored now."""
        if visit.id is None:
            raise PlannerError(f"visit {visit.title!r} is not stored yet: add it first")
        _check_zones(visit)
        with self._transaction() as session:
            row = self._visit_row(session, visit.id)
            self._save_header(row, visit)
            session.flush()
            return self._load(session, visit.id)

    def _save_header(self, row: VisitRow, visit: Visit) -> None:
        if visit.version != row.version:
            raise ConflictError(
                f"visit {row.id} ({row.title!r}) was changed elsewhere since it was loaded "
                f"(stored version {row.version}, yours {visit.version}); reload it and try again"
            )
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
        self, session: Session, row: VisitRow, contacts: Iterable[Contact]
    ) -> dict[str, ContactRow]:
        """Insert or update ``contacts``; returns every contact row of the visit by uid."""
        by_uid = {c.uid: c for c in row.contacts}
        for position, contact in enumerate(contacts):
            crow = by_uid.get(contact.uid)
            if crow is None:
                crow = ContactRow(position=position)
                rows.fill_contact(crow, contact)
                row.contacts.append(crow)
                by_uid[contact.uid] = crow
                continue
            if contact.version and contact.version != crow.version:
                raise _conflict(f"contact {crow.name!r}", crow.version, contact.version)
            if rows.contact_changed(crow, contact):
                rows.fill_contact(crow, contact)
                crow.updated_at = utc_now()
            crow.position = position
        session.flush()
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
        if engagement.version and engagement.version != row.version:
            raise _conflict(f"engagement {row.title!r}", row.version, engagement.version)
        changed = rows.engagement_changed(row, engagement)
        if not (changed or force or engagement.sequence > row.sequence):
            return
        sequence = row.sequence + (1 if rows.significant_change(row, engagement) else 0)
        rows.fill_engagement(row, engagement, contacts)
        row.sequence = max(sequence, engagement.sequence)
        row.updated_at = utc_now()

    def delete_visit(self, visit_id: int) -> None:
        with self._transaction() as session:
            session.delete(self._visit_row(session, visit_id, children=False))

    # -- single engagements and contacts ----------------------------------------------------------

    def save_engagement(self, visit_id: int, engagement: Engagement) -> Engagement:
        """Insert or update one engagement by uid; ``engagement.version`` must match the stored one.

        Returns the stored copy (new version, ``updated_at``, and ``sequence`` raised when a
        significant field changed).
        """
        _check_engagement(engagement)
        delegation.check_attendance(engagement)
        with self._transaction() as session:
            self._visit_row(session, visit_id, children=False)
            attendance = selectinload(EngagementRow.attendance).joinedload(AttendanceRow.contact)
            row = _child(session, EngagementRow, visit_id, engagement.uid, attendance)
            if row is not None and engagement.version != row.version:
                raise _conflict(f"engagement {row.title!r}", row.version, engagement.version)
            contacts = self._contacts_by_uid(session, visit_id, engagement)
            if row is None:
                row = EngagementRow(visit_id=visit_id)
                session.add(row)
            self._save_engagement_row(row, engagement, contacts, force=True)
            rows.fill_leg(row, engagement, delegation.members_by_uid(session, visit_id, engagement))
            session.flush()
            return rows.engagement_from_row(row)

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

    def delete_engagement(self, visit_id: int, uid: str) -> None:
        with self._transaction() as session:
            self._visit_row(session, visit_id, children=False)
            row = _child(session, EngagementRow, visit_id, uid)
            if row is None:
                raise NotFoundError(f"no engagement with uid {uid!r} in visit {visit_id}")
            session.delete(row)

    def save_contact(self, visit_id: int, contact: Contact) -> Contact:
        """Insert or update one contact by uid; ``contact.version`` must match the stored one."""
        with self._transaction() as session:
            self._visit_row(session, visit_id, children=False)
            row = _child(session, ContactRow, visit_id, contact.uid)
            if row is None:
                last = session.scalar(
                    sa.select(sa.func.max(ContactRow.position)).where(ContactRow.visit_id == visit_id)
                )
                row = ContactRow(visit_id=visit_id, position=(last if last is not None else -1) + 1)
                session.add(row)
            elif contact.version != row.version:
                raise _conflict(f"contact {row.name!r}", row.version, contact.version)
            rows.fill_contact(row, contact)
            row.updated_at = utc_now()
            session.flush()
            return rows.contact_from_row(row)

    def delete_contact(self, visit_id: int, uid: str) -> None:
        """Delete a contact and every record of what they attend."""
        with self._transaction() as session:
            self._visit_row(session, visit_id, children=False)
            row = _child(session, ContactRow, visit_id, uid)
            if row is None:
                raise NotFoundError(f"no contact with uid {uid!r} in visit {visit_id}")
            session.execute(sa.delete(AttendanceRow).where(AttendanceRow.contact_id == row.id))
            session.delete(row)
