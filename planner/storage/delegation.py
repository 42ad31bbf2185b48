"""The delegation's rows (revision 0003): members and who attends what, hotel stays, dismissed findings.

The repository calls in here inside its own transaction; members and stays are matched by uid,
dismissed findings by key, so attendance links survive an edit of the member they point at.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from planner.core import tz
from planner.core.errors import NotFoundError, PlannerError, UnknownZoneError
from planner.core.model import Engagement, Visit
from planner.storage import rows
from planner.storage.schema import (
    DismissedRow,
    EngagementRow,
    MemberAttendanceRow,
    MemberRow,
    StayRow,
    VisitRow,
)


def check_visit(visit: Visit) -> None:
    """Refuse members, stays or attendance the database could not hold, before anything is written."""
    for uids, what in (([m.uid for m in visit.members], "members"), ([s.uid for s in visit.stays], "stays")):
        if len(set(uids)) != len(uids):
            raise PlannerError(f"visit {visit.title!r}: two {what} share one uid")
    for stay in visit.stays:
        if stay.tz is not None and not tz.is_zone(stay.tz):
            raise UnknownZoneError(
                f"stay {stay.hotel!r}: unknown time zone {stay.tz!r}: "
                "expected an IANA name such as Asia/Tokyo"
            )
    known = {m.uid for m in visit.members}
    for engagement in visit.engagements:
        check_attendance(engagement)
        missing = [u for u in engagement.member_uids if u not in known]
        if missing:
            raise PlannerError(f"engagement {engagement.title!r}: no member with uid {missing[0]!r}")


def check_attendance(engagement: Engagement) -> None:
    if len(set(engagement.member_uids)) != len(engagement.member_uids):
        raise PlannerError(f"engagement {engagement.title!r}: lists the same member twice")


def load_options() -> list[Any]:
    """What to load with a visit row so :func:`load` needs no further queries."""
    return [
        selectinload(VisitRow.members),
        selectinload(VisitRow.stays),
        selectinload(VisitRow.dismissed),
        selectinload(VisitRow.engagements)
        .selectinload(EngagementRow.member_links)
        .joinedload(MemberAttendanceRow.member),
    ]


def load(row: VisitRow, visit: Visit) -> None:
    visit.members = [rows.member_from_row(m) for m in row.members]
    visit.stays = [rows.stay_from_row(s) for s in row.stays]
    visit.dismissed = rows.dismissed_from_rows(list(row.dismissed))


def save(row: VisitRow, visit: Visit) -> dict[str, MemberRow]:
    """Make the visit's members, stays and dismissed findings those of ``visit``; returns the member
    rows by uid (for the engagements' attendance)."""
    members = {m.uid: m for m in row.members}
    kept_members = []
    for position, member in enumerate(visit.members):
        mrow = members.pop(member.uid, None) or MemberRow()
        rows.fill_member(mrow, member, position)
        kept_members.append(mrow)
    row.members = kept_members
    stays = {s.uid: s for s in row.stays}
    kept_stays = []
    for position, stay in enumerate(visit.stays):
        srow = stays.pop(stay.uid, None) or StayRow()
        rows.fill_stay(srow, stay, position)
        kept_stays.append(srow)
    row.stays = kept_stays
    dismissed = {d.key: d for d in row.dismissed}
    kept_dismissed = []
    for key, reason in sorted(visit.dismissed.items()):
        drow = dismissed.pop(key, None) or DismissedRow(key=key)
        drow.reason = reason
        kept_dismissed.append(drow)
    row.dismissed = kept_dismissed
    return {m.uid: m for m in kept_members}


def members_by_uid(session: Session, visit_id: int, engagement: Engagement) -> dict[str, MemberRow]:
    """The member rows ``engagement`` lists (``NotFoundError`` for one the visit does not have)."""
    if not engagement.member_uids:
        return {}
    found = session.scalars(
        sa.select(MemberRow).where(MemberRow.visit_id == visit_id, MemberRow.uid.in_(engagement.member_uids))
    ).all()
    by_uid = {m.uid: m for m in found}
    missing = [u for u in engagement.member_uids if u not in by_uid]
    if missing:
        raise NotFoundError(
            f"engagement {engagement.title!r}: no member with uid {missing[0]!r} in visit {visit_id}"
        )
    return by_uid
