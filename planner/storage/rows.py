"""Copying between database rows and core objects, field by field, in both directions.

It imports no SQLAlchemy (the row classes are named for the type checker only), so the window's
first paint can assemble a visit from rows read with the standard ``sqlite3`` module
(:mod:`planner.storage.firstread`) with this same code: one source of truth for what is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from planner.core.assumptions import Assumption, AssumptionStatus, Concern
from planner.core.errors import PlannerError
from planner.core.model import (
    Contact,
    Engagement,
    Kind,
    Member,
    Organisation,
    Place,
    Side,
    Status,
    Stay,
    Stop,
    Visit,
    field_names,
)
from planner.core.ordering import sort_engagements
from planner.storage.checks import check_read

if TYPE_CHECKING:
    from planner.storage.schema import (
        ContactRow,
        DismissedRow,
        EngagementRow,
        MemberRow,
        OrganisationRow,
        StayRow,
        StopRow,
        VisitRow,
    )

#: Changes RFC 5545 counts as significant: they raise the engagement's SEQUENCE.
SIGNIFICANT_FIELDS = (
    "start",
    "end",
    "date",
    "end_date",
    "tz",
    "end_tz",
    "status",
    "title",
    "venue",
    "city",
)

# The fields copied between row and object as they are; the others are converted or kept by the repository.
#: The delegation's fields (revision 0003), copied by the functions at the end of this module.
DELEGATION_FIELDS = ("members", "stays", "dismissed")
LEG_FIELDS = ("from_place", "to_place", "member_uids")
VISIT_FIELDS = field_names(
    Visit,
    without=(
        "stops",
        "engagements",
        "contacts",
        "organisations",
        "id",
        "version",
        "content_version",
        *DELEGATION_FIELDS,
        "assumptions",  # revision 0005: planner.storage.assumptions copies them
    ),
)
STOP_FIELDS = field_names(Stop)
ORGANISATION_FIELDS = field_names(Organisation)
CONTACT_FIELDS = field_names(Contact, without=("side", "uid", "version"))
ENGAGEMENT_FIELDS = field_names(
    Engagement,
    without=("kind", "status", "sectors", "contact_uids", "uid", "version", "sequence", "updated_at",
             *LEG_FIELDS),
)  # fmt: skip
MEMBER_FIELDS = field_names(Member)
STAY_FIELDS = field_names(Stay)


#: What :func:`assemble_visit` reads of a visit, by the name it asks for: (table, the column its rows
#: are ordered by).  The repository builds its Core selects from this, the first-paint reader its SQL.
CHILD_TABLES: dict[str, tuple[str, str]] = {
    "stops": ("stops", "position"),
    "organisations": ("organisations", "position"),
    "contacts": ("contacts", "position"),
    "engagements": ("engagements", "id"),
    "members": ("members", "position"),
    "stays": ("stays", "position"),
    "dismissed": ("dismissed_findings", "key"),
    "assumptions": ("assumptions", "position"),
}
#: The links :func:`assemble_visit` reads as (engagement id, uid), in each engagement's order: (link
#: table, its column naming the target, the target table).
LINK_TABLES: dict[str, tuple[str, str, str]] = {
    "attendance": ("attendance", "contact_id", "contacts"),
    "member_attendance": ("member_attendance", "member_id", "members"),
}


# -- rows → core ------------------------------------------------------------------------------


def visit_header(row: VisitRow) -> Visit:
    visit = Visit(**{name: getattr(row, name) for name in VISIT_FIELDS})
    visit.id = row.id
    visit.version = row.version
    return visit


def stop_from_row(row: StopRow) -> Stop:
    return Stop(**{name: getattr(row, name) for name in STOP_FIELDS})


def organisation_from_row(row: OrganisationRow) -> Organisation:
    return Organisation(**{name: getattr(row, name) for name in ORGANISATION_FIELDS})


def contact_from_row(row: ContactRow) -> Contact:
    return Contact(
        **{name: getattr(row, name) for name in CONTACT_FIELDS},
        side=Side(row.side),
        uid=row.uid,
        version=row.version,
    )


def engagement_from_row(row: EngagementRow) -> Engagement:
    return Engagement(
        **{name: getattr(row, name) for name in ENGAGEMENT_FIELDS},
        kind=Kind(row.kind),
        status=Status(row.status),
        sectors=list(row.sectors),
        contact_uids=[link.contact.uid for link in sorted(row.attendance, key=lambda a: a.position)],
        uid=row.uid,
        version=row.version,
        sequence=row.sequence,
        updated_at=row.updated_at,
        **leg_from_row(row),
    )


def engagement_from_values(row: Any, contact_uids: list[str], member_uids: list[str]) -> Engagement:
    """An engagement from a Core result row of the engagements table (no ORM objects involved)."""
    return Engagement(
        from_place=_place(row.from_city, row.from_country),
        to_place=_place(row.to_city, row.to_country),
        member_uids=member_uids,
        **{name: getattr(row, name) for name in ENGAGEMENT_FIELDS},
        kind=Kind(row.kind),
        status=Status(row.status),
        sectors=list(row.sectors),
        contact_uids=contact_uids,
        uid=row.uid,
        version=row.version,
        sequence=row.sequence,
        updated_at=row.updated_at,
    )


def assemble_visit(row: Any, read: Callable[[str], Iterable[Any]]) -> Visit:
    """A visit from its Core result row and those of the tables under it: ``read(name)`` gives the
    rows of ``stops``, ``organisations``, ``contacts``, ``engagements``, ``members``, ``stays``,
    ``dismissed``, ``assumptions`` (each in its stored order: :data:`CHILD_TABLES`), and
    ``attendance`` / ``member_attendance`` as (engagement id, contact or member uid) in each
    engagement's order (:data:`LINK_TABLES`).  One pass per table."""
    try:
        visit = visit_header(row)
        visit.stops = [stop_from_row(s) for s in read("stops")]
        visit.organisations = [organisation_from_row(o) for o in read("organisations")]
        visit.contacts = [contact_from_row(c) for c in read("contacts")]
        contacts, members = (
            _uids_by_engagement(read("attendance")),
            _uids_by_engagement(read("member_attendance")),
        )
        visit.engagements = sort_engagements(
            (
                engagement_from_values(e, contacts.get(e.id, []), members.get(e.id, []))
                for e in read("engagements")
            ),
            visit.home_tz,
        )
        visit.members = [member_from_row(m) for m in read("members")]
        visit.stays = [stay_from_row(s) for s in read("stays")]
        visit.dismissed = {d.key: d.reason for d in read("dismissed")}
        visit.assumptions = [assumption_from_row(a) for a in read("assumptions")]
    except ValueError as exc:  # a row changed behind our back into something the model refuses
        raise PlannerError(
            f"stored data of visit {row.id} is not valid: {exc}; fix that row or restore a backup"
        ) from None
    visit.content_version = row.content_version
    return check_read(visit)


def assumption_from_row(row: Any) -> Assumption:
    """An assumption from its ORM row or a result row of the ``assumptions`` table."""
    return Assumption(
        code=row.code,
        text=row.text,
        concerns=Concern(row.concerns),
        engagement_uid=row.engagement_uid,
        first_day=row.first_day,
        last_day=row.last_day,
        status=AssumptionStatus(row.status),
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        uid=row.uid,
    )


def _uids_by_engagement(links: Iterable[Any]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for engagement_id, uid in links:
        found.setdefault(engagement_id, []).append(uid)
    return found


def engagement_values(engagement: Engagement) -> dict[str, Any]:
    """The column values ``fill_engagement`` would set, for a Core UPDATE (attendance aside)."""
    values: dict[str, Any] = {name: getattr(engagement, name) for name in ENGAGEMENT_FIELDS}
    values.update(
        kind=Kind(engagement.kind).value,
        status=Status(engagement.status).value,
        sectors=list(engagement.sectors),
        from_city=engagement.from_place.city if engagement.from_place else None,
        from_country=engagement.from_place.country if engagement.from_place else None,
        to_city=engagement.to_place.city if engagement.to_place else None,
        to_country=engagement.to_place.country if engagement.to_place else None,
    )
    return values


# -- core → rows ------------------------------------------------------------------------------


def fill_visit(row: VisitRow, visit: Visit) -> None:
    for name in VISIT_FIELDS:
        setattr(row, name, getattr(visit, name))


def fill_stop(row: StopRow, stop: Stop, position: int) -> None:
    for name in STOP_FIELDS:
        setattr(row, name, getattr(stop, name))
    row.position = position


def fill_organisation(row: OrganisationRow, organisation: Organisation, position: int) -> None:
    for name in ORGANISATION_FIELDS:
        setattr(row, name, getattr(organisation, name))
    row.position = position


def fill_contact(row: ContactRow, contact: Contact) -> None:
    for name in CONTACT_FIELDS:
        setattr(row, name, getattr(contact, name))
    row.side = Side(contact.side).value
    row.uid = contact.uid


def fill_engagement(row: EngagementRow, engagement: Engagement, contacts: Mapping[str, ContactRow]) -> None:
    """Copy every field but version, sequence and time stamps (the repository decides those)."""
    for name in ENGAGEMENT_FIELDS:
        setattr(row, name, getattr(engagement, name))
    row.uid = engagement.uid
    row.kind = Kind(engagement.kind).value
    row.status = Status(engagement.status).value
    row.sectors = list(engagement.sectors)
    link_contacts(row, [contacts[uid] for uid in engagement.contact_uids])


def link_contacts(row: EngagementRow, contacts: list[ContactRow]) -> None:
    """Make ``row.attendance`` exactly ``contacts`` in this order, reusing the links already there."""
    from planner.storage.schema import AttendanceRow

    existing = {id(link.contact): link for link in row.attendance}
    links = []
    for position, contact in enumerate(contacts):
        link = existing.pop(id(contact), None)
        if link is None:
            link = AttendanceRow(contact=contact, position=position)
        else:
            link.position = position
        links.append(link)
    row.attendance = links


def significant_change(row: EngagementRow, engagement: Engagement) -> bool:
    stored = engagement_from_row(row)
    return any(getattr(stored, name) != getattr(engagement, name) for name in SIGNIFICANT_FIELDS)


def engagement_changed(row: EngagementRow, engagement: Engagement) -> bool:
    """Whether saving ``engagement`` over ``row`` would change anything the user can see."""
    stored = engagement_from_row(row)
    names = (*ENGAGEMENT_FIELDS, "kind", "status", "sectors", "contact_uids", *LEG_FIELDS)
    return any(getattr(stored, name) != getattr(engagement, name) for name in names)


def contact_changed(row: ContactRow, contact: Contact) -> bool:
    stored = contact_from_row(row)
    return any(getattr(stored, name) != getattr(contact, name) for name in (*CONTACT_FIELDS, "side"))


# -- the delegation (revision 0003) -------------------------------------------------------------


def _place(city: str | None, country: str | None) -> Place | None:
    return Place(city, country or "") if city else None


def leg_from_row(row: EngagementRow) -> dict[str, Any]:
    """The travel-leg fields and the attending members of an engagement row, as keyword arguments."""
    return {
        "from_place": _place(row.from_city, row.from_country),
        "to_place": _place(row.to_city, row.to_country),
        "member_uids": [link.member.uid for link in sorted(row.member_links, key=lambda a: a.position)],
    }


def fill_leg(row: EngagementRow, engagement: Engagement, members: Mapping[str, MemberRow]) -> None:
    """Copy the travel-leg fields and the attending members (``members``: the visit's rows by uid)."""
    row.from_city = engagement.from_place.city if engagement.from_place else None
    row.from_country = engagement.from_place.country if engagement.from_place else None
    row.to_city = engagement.to_place.city if engagement.to_place else None
    row.to_country = engagement.to_place.country if engagement.to_place else None
    from planner.storage.schema import MemberAttendanceRow

    existing = {id(link.member): link for link in row.member_links}
    links = []
    for position, uid in enumerate(engagement.member_uids):
        member = members[uid]
        link = existing.pop(id(member), None)
        if link is None:
            link = MemberAttendanceRow(member=member, position=position)
        else:
            link.position = position
        links.append(link)
    row.member_links = links


def member_from_row(row: MemberRow) -> Member:
    return Member(**{name: getattr(row, name) for name in MEMBER_FIELDS})


def fill_member(row: MemberRow, member: Member, position: int) -> None:
    for name in MEMBER_FIELDS:
        setattr(row, name, getattr(member, name))
    row.position = position


def stay_from_row(row: StayRow) -> Stay:
    return Stay(**{name: getattr(row, name) for name in STAY_FIELDS})


def fill_stay(row: StayRow, stay: Stay, position: int) -> None:
    for name in STAY_FIELDS:
        setattr(row, name, getattr(stay, name))
    row.position = position


def dismissed_from_rows(found: list[DismissedRow]) -> dict[str, str]:
    return {row.key: row.reason for row in found}
