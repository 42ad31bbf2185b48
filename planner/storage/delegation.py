"""The delegation's rows (revisions 0004-5): members and who attends what, hotel stays, dismissed findings.

The repository calls in here inside its own transaction; members and stays are matched by uid,
dismissed findings by key, so attendance links survive an edit of the member they point at.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from planner.core import tz
from planner.core.errors import NotFoundError, PlannerError, UnknownZoneError
from planner.core.model import Engagement, Member, Stay, Visit
from planner.storage import changes, rows
from planner.storage.schema import (
    ChangeRow,
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


#: One saved change to the delegation, for the change log: (kind, action, uid, title).
Note = tuple[str, str, str, str]
_Part = tuple[str, dict[str, Any], dict[str, Any]]  # kind, the copy's values and the rows, by uid


def _parts(row: VisitRow, visit: Visit) -> list[_Part]:
    """Members, stays and dismissed findings as (kind, the copy's values by uid, the rows by uid);
    a value compares with :func:`_value` of its row (position included: a reorder is a change)."""
    return [
        ("member", {m.uid: (m, i) for i, m in enumerate(visit.members)}, {m.uid: m for m in row.members}),
        ("stay", {s.uid: (s, i) for i, s in enumerate(visit.stays)}, {s.uid: s for s in row.stays}),
        ("dismissed finding", dict(visit.dismissed), {d.key: d for d in row.dismissed}),
    ]


def _value(item: Any) -> Any:
    if isinstance(item, MemberRow):
        return rows.member_from_row(item), item.position
    if isinstance(item, StayRow):
        return rows.stay_from_row(item), item.position
    return item.reason


def _title(item: Any) -> str:
    if isinstance(item, MemberRow):
        return item.name
    return str(item.hotel if isinstance(item, StayRow) else item.key)


def check_whole(session: Session, row: VisitRow, visit: Visit) -> None:
    """Refuse a whole-visit save from a copy (read at ``visit.content_version``) that missed someone's
    change to a member, a stay or a dismissed finding: one added, edited or deleted since, which
    the copy does not already hold as it is now."""
    since = visit.content_version
    for kind, mine, stored in _parts(row, visit):
        for uid, srow in stored.items():
            if srow.changed_in > since and mine.get(uid) != _value(srow):
                last = changes.last_change(session, row.id, uid)
                happened = last.action if last is not None else "changed"
                raise changes.conflict(session, row.id, f"{kind} {_title(srow)!r}", uid, happened)
        gone = [uid for uid in mine if uid not in stored]
        if gone:
            deleted = session.scalars(
                sa.select(ChangeRow.uid).where(
                    ChangeRow.visit_id == row.id,
                    ChangeRow.kind == kind,
                    ChangeRow.action == "deleted",
                    ChangeRow.content_version > since,
                    ChangeRow.uid.in_(gone),
                )
            ).first()
            if deleted is not None:
                raise changes.conflict(session, row.id, f"{kind} {deleted!r}", deleted, "deleted")


def _save_rows(
    stored: list[Any], wanted: list[Any], table: type[Any], fill: Any, content: int, notes: list[Note]
) -> list[Any]:
    """The rows for ``wanted`` (members or stays), matched by uid; a new or changed one takes ``content``."""
    kind = "member" if table is MemberRow else "stay"
    by_uid = {r.uid: r for r in stored}
    kept = []
    for position, item in enumerate(wanted):
        found = by_uid.pop(item.uid, None)
        if found is None or _value(found) != (item, position):
            notes.append((kind, "added" if found is None else "edited", item.uid, _title_of(item)))
            found = found or table()
            fill(found, item, position)
            found.changed_in = content
        kept.append(found)
    notes += [(kind, "deleted", uid, _title(r)) for uid, r in by_uid.items()]
    return kept


def _title_of(item: Member | Stay) -> str:
    return item.name if isinstance(item, Member) else item.hotel


def save(row: VisitRow, visit: Visit, content: int) -> tuple[dict[str, MemberRow], list[Note]]:
    """Make the visit's members, stays and dismissed findings those of ``visit``; a row added or
    changed takes ``content`` (the visit's new change counter) as its ``changed_in``.

    Returns the member rows by uid (for the engagements' attendance) and what changed, for the log.
    """
    notes: list[Note] = []
    row.members = _save_rows(row.members, visit.members, MemberRow, rows.fill_member, content, notes)
    row.stays = _save_rows(row.stays, visit.stays, StayRow, rows.fill_stay, content, notes)
    dismissed = {d.key: d for d in row.dismissed}
    kept_dismissed = []
    for key, reason in sorted(visit.dismissed.items()):
        drow = dismissed.pop(key, None)
        if drow is None or drow.reason != reason:
            notes.append(("dismissed finding", "added" if drow is None else "edited", key, key))
            drow = drow or DismissedRow(key=key)
            drow.reason = reason
            drow.changed_in = content
        kept_dismissed.append(drow)
    row.dismissed = kept_dismissed
    notes += [("dismissed finding", "deleted", key, key) for key in dismissed]
    return {m.uid: m for m in row.members}, notes


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
