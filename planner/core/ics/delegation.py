"""The delegation in a calendar: members as ATTENDEEs with roles, travel legs' places, carrier and number.

Export: every member at an event is an ``ATTENDEE`` (``ROLE=CHAIR`` for the head, ``REQ-PARTICIPANT``
for the others) with ``X-DP-MEMBER`` = the member's uid; ``X-DP-ATTENDANCE:delegation`` marks an
event for the whole delegation.  A leg's ``LOCATION`` is where it departs from, and ``X-DP-TO-CITY``,
``X-DP-TO-COUNTRY``, ``X-DP-CARRIER``, ``X-DP-NUMBER`` (with ``X-DP-FROM-*``) carry the rest.
Import reads the same back; attendees without ``X-DP-MEMBER`` stay contacts.
"""

from __future__ import annotations

from typing import Any

from planner.core.ics import lines
from planner.core.ics.conventions import X_PREFIX
from planner.core.ics.text import clean_text, one_line, param_text
from planner.core.model import Engagement, Kind, Member, Place, Visit

MEMBER_PARAM = X_PREFIX + "MEMBER"
TITLE_PARAM = X_PREFIX + "TITLE"
ATTENDANCE = X_PREFIX + "ATTENDANCE"
WHOLE_DELEGATION = "delegation"
_LEG = ("FROM-CITY", "FROM-COUNTRY", "TO-CITY", "TO-COUNTRY", "CARRIER", "NUMBER")


def is_member(address: Any) -> bool:
    """Whether an ATTENDEE is one of our members (not a contact)."""
    return MEMBER_PARAM in getattr(address, "params", {})


def delegation_lines(visit: Visit, e: Engagement) -> list[str]:
    """The content lines (unfolded) for the members at ``e`` and, for a leg, its places, carrier, number."""
    out: list[str] = []
    for member in visit.members_of(e):
        email = one_line(clean_text(member.email))
        address = f"mailto:{email}" if email else f"urn:x-delegation-planner:member:{member.uid}"
        params = [
            f"CN={lines.param(one_line(param_text(member.name)) or member.uid)}",
            "CUTYPE=INDIVIDUAL",
            f"ROLE={'CHAIR' if member.is_head else 'REQ-PARTICIPANT'}",
            "RSVP=FALSE",
            f"{MEMBER_PARAM}={lines.param(one_line(param_text(member.uid)))}",
        ]
        if member.role.strip():
            params.append(f"{TITLE_PARAM}={lines.param(one_line(param_text(member.role)))}")
        out.append(f"ATTENDEE;{';'.join(params)}:{address}")
    if visit.members and not e.member_uids:
        out.append(f"{ATTENDANCE}:{WHOLE_DELEGATION}")
    if e.kind is Kind.TRAVEL:
        for name, value in zip(_LEG, _leg_values(e), strict=True):
            value = one_line(clean_text(value))
            if value:
                out.append(f"{X_PREFIX}{name}:{lines.text(value)}")
    return out


def leg_location(e: Engagement) -> str:
    """A leg with no city or venue of its own is located where it departs from ('' otherwise)."""
    if e.kind is Kind.TRAVEL and e.from_place is not None and not e.city and not e.venue:
        return _where(e.from_place)
    return ""


def _where(place: Place) -> str:
    return one_line(clean_text(", ".join(p for p in (place.city, place.country) if p)))


def _leg_values(e: Engagement) -> tuple[str, ...]:
    frm, to = e.from_place, e.to_place
    return (
        frm.city if frm else "",
        frm.country if frm else "",
        to.city if to else "",
        to.country if to else "",
        e.carrier,
        e.number,
    )


def read_delegation(event: Any, visit: Visit, e: Engagement, text: Any) -> None:
    """Read back what :func:`add_delegation` wrote: members (added to ``visit``), attendance, the leg.

    ``text(component, key)`` is the importer's reader of a property's text.
    """
    attendees = event.get("ATTENDEE", [])
    uids: list[str] = []
    for address in attendees if isinstance(attendees, list) else [attendees]:
        if not is_member(address):
            continue
        member = _member(visit, address)
        if member.uid not in uids:
            uids.append(member.uid)
    whole = str(text(event, ATTENDANCE)).strip().casefold() == WHOLE_DELEGATION
    e.member_uids = [] if whole else uids
    values = {name: str(text(event, X_PREFIX + name)).strip() for name in _LEG}
    if values["FROM-CITY"]:
        e.from_place = Place(values["FROM-CITY"], values["FROM-COUNTRY"])
        if not e.city and e.venue == _where(e.from_place):
            e.venue = ""  # the LOCATION add_delegation wrote for the leg, not a venue
    if values["TO-CITY"]:
        e.to_place = Place(values["TO-CITY"], values["TO-COUNTRY"])
    e.carrier, e.number = values["CARRIER"], values["NUMBER"]


def _member(visit: Visit, address: Any) -> Member:
    uid = str(address.params.get(MEMBER_PARAM, "")).strip()
    found = visit.member(uid)
    if found is not None:
        return found
    raw = str(address)
    email = raw[len("mailto:") :] if raw.lower().startswith("mailto:") else ""
    member = Member(
        name=str(address.params.get("CN", "")).strip() or uid,
        role=str(address.params.get(TITLE_PARAM, "")).strip(),
        email=email.strip(),
        is_head=str(address.params.get("ROLE", "")).upper() == "CHAIR",
        uid=uid,
    )
    visit.members.append(member)
    return member
