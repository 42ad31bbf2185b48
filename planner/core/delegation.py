"""The delegation's people: members from an imported article, finding one, one member's own programme."""

from __future__ import annotations

import dataclasses
import difflib

from planner.core.errors import PlannerError
from planner.core.model import Engagement, Member, Side, Visit


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def split_office(head: str, offices: list[str]) -> tuple[str, str]:
    """``("Chief Minister", "Vishnudev Sai")`` from ``"Chief Minister Vishnudev Sai"``: the longest
    office title ``head`` starts with, and the rest; ``("", head)`` when it starts with none."""
    folded = _fold(head)
    for office in sorted(offices, key=len, reverse=True):
        prefix = _fold(office)
        if prefix and folded.startswith(prefix + " "):
            return office, " ".join(head.split())[len(prefix) + 1 :]
    return "", head.strip()


def gazetteer_offices() -> list[str]:
    """The English titles of the Indian offices that head a delegation (the gazetteer's ``offices``)."""
    from planner.core.article.gazetteer import load

    return [str(e.get("title", "")) for e in load().entries.get("offices", {}).values() if e.get("title")]


def members_from_contacts(visit: Visit, offices: list[str]) -> Visit:
    """``visit`` with its delegation-side contacts made members, and its head a member too.

    What the importer finds on our own side are members, not counterparts: they leave
    ``contacts`` (and the engagements' counterparts) and join ``members`` with the same uid.
    """
    ours = [c for c in visit.contacts if c.side is Side.DELEGATION]
    members = [
        Member(
            name=c.name,
            name_native=c.name_native,
            role=c.role,
            department=c.organisation,
            phone=c.phone,
            email=c.email,
            uid=c.uid,
        )
        for c in ours
    ]
    office, name = split_office(visit.head, offices) if visit.head.strip() else ("", "")
    if name:
        same = next((m for m in members if _fold(m.name) == _fold(name)), None)
        if same is None:
            members.insert(0, Member(name=name, role=office, is_head=True))
        else:
            same.is_head = True
            same.role = same.role or office
    gone = {c.uid for c in ours}
    engagements = [
        dataclasses.replace(e, contact_uids=[u for u in e.contact_uids if u not in gone]) if gone else e
        for e in visit.engagements
    ]
    return dataclasses.replace(
        visit,
        contacts=[c for c in visit.contacts if c.uid not in gone],
        engagements=engagements,
        members=[*visit.members, *members],
    )


def find_member(visit: Visit, name: str, *, required: bool = True) -> Member | None:
    """The member called ``name`` (Latin or native, any case); with ``required`` an error listing
    the members otherwise, else ``None``."""
    wanted = _fold(name)
    for member in visit.members:
        if wanted in (_fold(member.name), _fold(member.name_native)):
            return member
    if not required:
        return None
    names = [m.name for m in visit.members]
    close = [n for n in names if wanted and wanted in _fold(n)] or difflib.get_close_matches(name, names, n=5)
    if close:
        hint = f"; did you mean: {', '.join(dict.fromkeys(close))}?"
    else:
        hint = f"; the members are: {', '.join(names)}" if names else " (the visit lists no members)"
    raise PlannerError(f"no member called {name!r} in visit {visit.title!r}{hint}")


def attends(member: Member, engagement: Engagement) -> bool:
    """Whether ``member`` is at ``engagement`` (an engagement listing nobody is for everyone)."""
    return not engagement.member_uids or member.uid in engagement.member_uids


def programme_of(visit: Visit, member: Member) -> Visit:
    """One member's own programme: only what they attend, the delegation's stays, their legs.

    The result is a copy to print or export; the visit itself is not changed.
    """
    engagements = [
        dataclasses.replace(e, member_uids=[member.uid] if e.member_uids else [])
        for e in visit.engagements
        if attends(member, e)
    ]
    wanted = {u for e in engagements for u in e.contact_uids}
    return dataclasses.replace(
        visit,
        title=f"{visit.title} — {member.name}",
        engagements=engagements,
        contacts=[c for c in visit.contacts if c.uid in wanted],
        members=[dataclasses.replace(member)],
        stays=[dataclasses.replace(s) for s in visit.stays],
        dismissed=dict(visit.dismissed),
    )
