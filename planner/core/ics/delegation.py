"""The delegation in a calendar: members as ATTENDEEs with roles, travel legs' places, carrier and number.

Export: every member at an event is an ``ATTENDEE`` (``ROLE=CHAIR`` for the head, ``REQ-PARTICIPANT``
for the others) with ``X-DP-MEMBER`` = the member's uid; ``X-DP-ATTENDANCE:delegation`` marks an
event for the whole delegation.  A leg's ``LOCATION`` is where it departs from, and ``X-DP-TO-CITY``,
``X-DP-TO-COUNTRY``, ``X-DP-CARRIER``, ``X-DP-NUMBER`` (with ``X-DP-FROM-*``) carry the rest.
Import reads the same back; attendees without ``X-DP-MEMBER`` stay contacts.

Each member is also written once in the calendar's head as ``X-DP-DELEGATE`` (JSON, every field:
native name, department, phone…), so a round trip loses nothing a parameter could not carry.
Each stay is an all-day VEVENT from check-in to check-out day (``TRANSP:TRANSPARENT``), marked
``X-DP-STAY`` = the stay's uid, with ``X-DP-CHECK-IN``/``X-DP-CHECK-OUT`` (local date, or date and
time), ``X-DP-HOTEL``, ``X-DP-ADDRESS``, ``X-DP-CONFIRMATION``, ``X-DP-CITY``, ``X-DP-COUNTRY``,
``X-DP-TZ``; import turns such an event back into a stay, not an engagement.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

from planner.core.ics import lines
from planner.core.ics.conventions import UID_SUFFIX, X_PREFIX
from planner.core.ics.text import clean_text, one_line, param_text
from planner.core.model import Engagement, Kind, Member, Place, Stay, Visit

MEMBER_PARAM = X_PREFIX + "MEMBER"
TITLE_PARAM = X_PREFIX + "TITLE"
ATTENDANCE = X_PREFIX + "ATTENDANCE"
WHOLE_DELEGATION = "delegation"
_LEG = ("FROM-CITY", "FROM-COUNTRY", "TO-CITY", "TO-COUNTRY", "CARRIER", "NUMBER")
DELEGATE = X_PREFIX + "DELEGATE"
STAY = X_PREFIX + "STAY"
_STAY_TEXT = {"HOTEL": "hotel", "ADDRESS": "address", "CONFIRMATION": "confirmation", "CITY": "city",
              "COUNTRY": "country", "TZ": "tz"}  # fmt: skip
_MEMBER_FIELDS = tuple(f.name for f in dataclasses.fields(Member))


def member_record_lines(members: list[Member]) -> list[str]:
    """``X-DP-DELEGATE`` lines for the calendar's head: each member whole, as JSON."""
    out = []
    for member in members:
        record = {k: v for k, v in dataclasses.asdict(member).items() if v not in ("", False)}
        record["uid"] = member.uid
        out.append(f"{DELEGATE}:{lines.text(json.dumps(record, ensure_ascii=False))}")
    return out


def read_member_records(calendar: Any, text: Any) -> list[Member]:
    """The members ``member_record_lines`` wrote (records that are not JSON objects are skipped)."""
    found = calendar.get(DELEGATE)
    raw = found if isinstance(found, list) else [found] if found is not None else []
    members: list[Member] = []
    for value in raw:
        holder = {DELEGATE: value}
        try:
            record = json.loads(str(text(holder, DELEGATE)))
        except ValueError:
            continue
        if not isinstance(record, dict) or not str(record.get("uid", "")).strip():
            continue
        kept = {k: v for k, v in record.items() if k in _MEMBER_FIELDS}
        kept = {k: (bool(v) if k == "is_head" else str(v)) for k, v in kept.items()}
        members.append(Member(**{"name": "", **kept}))
    return members


def stay_event_lines(stay: Stay, stamp: str) -> list[str] | None:
    """A stay as an all-day VEVENT (content lines, unfolded), or ``None`` without a check-in date."""
    if stay.check_in is None:
        return None
    last = stay.check_out if stay.check_out is not None and stay.check_out > stay.check_in else stay.check_in
    where = ", ".join(one_line(p) for p in (stay.hotel, stay.address, stay.city, stay.country) if one_line(p))
    out = [
        "BEGIN:VEVENT",
        f"UID:{lines.text('stay-' + stay.uid + UID_SUFFIX)}",
        f"DTSTAMP:{stamp}",
        f"SUMMARY:{lines.text('Stay: ' + one_line(stay.hotel)) if one_line(stay.hotel) else 'Stay'}",
        f"DTSTART;VALUE=DATE:{lines.date_stamp(stay.check_in)}",
        f"DTEND;VALUE=DATE:{lines.date_stamp(last + dt.timedelta(days=1))}",
        "TRANSP:TRANSPARENT",
    ]
    if where:
        out.append(f"LOCATION:{lines.text(where)}")
    notes = [f"Check-in: {_stamp_of(stay.check_in, stay.check_in_time)}"]
    if stay.check_out is not None:
        notes.append(f"Check-out: {_stamp_of(stay.check_out, stay.check_out_time)}")
    if one_line(stay.confirmation):
        notes.append(f"Confirmation: {one_line(stay.confirmation)}")
    out.append(f"DESCRIPTION:{lines.text(chr(10).join(notes))}")
    out.append("CATEGORIES:Stay")
    out.append(f"{STAY}:{lines.text(stay.uid)}")
    out.append(f"{X_PREFIX}CHECK-IN:{_stamp_of(stay.check_in, stay.check_in_time, raw=True)}")
    if stay.check_out is not None:
        out.append(f"{X_PREFIX}CHECK-OUT:{_stamp_of(stay.check_out, stay.check_out_time, raw=True)}")
    for key, name in _STAY_TEXT.items():
        value = one_line(clean_text(str(getattr(stay, name) or "")))
        if value:
            out.append(f"{X_PREFIX}{key}:{lines.text(value)}")
    out.append("END:VEVENT")
    return out


def _stamp_of(day: dt.date, time: dt.time | None, *, raw: bool = False) -> str:
    if raw:
        return lines.date_stamp(day) + (f"T{time:%H%M%S}" if time is not None else "")
    return day.isoformat() + (f" {time:%H:%M}" if time is not None else "")


def read_stay(event: Any, text: Any) -> Stay | None:
    """The stay an event written by :func:`stay_event_lines` stands for, else ``None`` (an engagement)."""
    uid = str(text(event, STAY)).strip()
    if not uid:
        return None
    values = {name: str(text(event, X_PREFIX + key)).strip() for key, name in _STAY_TEXT.items()}
    check_in, in_time = _parse_stamp(str(text(event, X_PREFIX + "CHECK-IN")))
    check_out, out_time = _parse_stamp(str(text(event, X_PREFIX + "CHECK-OUT")))
    start = getattr(event.get("DTSTART"), "dt", None)
    if check_in is None and isinstance(start, dt.date):
        check_in = start if not isinstance(start, dt.datetime) else start.date()
    return Stay(
        hotel=values["hotel"],
        city=values["city"],
        country=values["country"],
        tz=values["tz"] or None,
        address=values["address"],
        check_in=check_in,
        check_in_time=in_time,
        check_out=check_out,
        check_out_time=out_time,
        confirmation=values["confirmation"],
        uid=uid,
    )


def _parse_stamp(value: str) -> tuple[dt.date | None, dt.time | None]:
    """``20250823`` or ``20250823T150000`` (local) into a date and a time; ``(None, None)`` if neither."""
    value = value.strip()
    try:
        day = dt.datetime.strptime(value[:8], "%Y%m%d").date()  # noqa: DTZ007 (a local date)
    except ValueError:
        return None, None
    if len(value) >= 15 and value[8] == "T":
        try:
            return day, dt.time(int(value[9:11]), int(value[11:13]), int(value[13:15]))
        except ValueError:
            return day, None
    return day, None


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
