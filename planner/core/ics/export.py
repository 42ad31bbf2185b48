"""Visit → iCalendar: one VEVENT per dated engagement, zoned times with their VTIMEZONEs."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from planner.core import tz
from planner.core.errors import PlannerError
from planner.core.ics import lines
from planner.core.ics.conventions import (
    HOME_LINE,
    ICS_STATUS,
    ORG_LINE,
    POSTPONED_CATEGORY,
    PRODID,
    STATUS_LINE,
    WITH_LINE,
    X_CONTACT,
    X_END_TZ,
    X_PREFIX,
    X_TZ,
    X_VENUE,
    calendar_uid,
    event_uid,
)
from planner.core.ics.delegation import delegation_lines, leg_location, member_record_lines, stay_event_lines
from planner.core.ics.people import find_attendee
from planner.core.ics.text import clean_text, one_line
from planner.core.ics.vtimezone import repeated_local_time, vtimezone_lines
from planner.core.model import Contact, Engagement, Member, Status, Stay, Visit


@dataclass
class IcsExport:
    """An exported calendar and what went into it."""

    data: bytes
    exported: int
    skipped: int  # unscheduled engagements left out
    filtered: int  # dated engagements outside the --from/--to range or not attended by --attendee


def export_bytes(visit: Visit, now: dt.datetime | None = None) -> bytes:
    """The whole visit as calendar bytes: what ``planner export --format ics`` writes (for timing)."""
    return export_calendar(visit, now=now).data


def export_calendar(
    visit: Visit,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    attendee: str | None = None,
    now: dt.datetime | None = None,
    uid: str | None = None,
) -> IcsExport:
    """The visit as an RFC 5545 calendar (``METHOD:PUBLISH``), one VEVENT per dated engagement."""
    if start is not None and end is not None and end < start:
        raise PlannerError(f"--to {end} is before --from {start}")
    person = find_attendee(visit, attendee) if attendee else None
    dated = [e for e in visit.engagements if not e.is_unscheduled]
    chosen = [
        e for e in dated if _in_range(e, start, end) and (person is None or person.uid in e.contact_uids)
    ]
    chosen.sort(key=_sort_key)
    name = visit.title if person is None else f"{visit.title} – {person.name}"
    # the delegation's own hotels belong in its programme (and a member's), not in a counterpart's
    stays = [s for s in visit.stays if person is None and _stay_in_range(s, start, end)]
    members = list(visit.members) if person is None else None
    data = calendar_bytes(
        visit, chosen, name=name, uid=uid or visit_calendar_uid(visit), now=now, stays=stays, members=members
    )
    return IcsExport(
        data=data,
        exported=len(chosen),
        skipped=sum(1 for e in visit.engagements if e.is_unscheduled),
        filtered=len(dated) - len(chosen),
    )


def calendar_bytes(
    visit: Visit,
    chosen: list[Engagement],
    *,
    name: str,
    uid: str,
    now: dt.datetime | None = None,
    stays: list[Stay] | None = None,
    members: list[Member] | None = None,
) -> bytes:
    """A calendar of the ``chosen`` engagements of ``visit`` (VTIMEZONEs first, in name order), with
    ``stays`` as all-day events and ``members`` (default: those at the chosen engagements) in its head."""
    stamp = (tz.as_utc(now) if now is not None else tz.now_utc()).replace(microsecond=0)
    span = _span(chosen)
    writer = _EventWriter(visit, stamp, span)
    events = [writer.event(e) for e in chosen]
    head = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{lines.text(PRODID)}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"UID:{lines.text(uid)}",
    ]
    for key, value in (("NAME", name), ("X-WR-CALNAME", name), (X_PREFIX + "HOME-TZ", visit.home_tz),
                       (X_PREFIX + "HEAD", visit.head)):  # fmt: skip
        if one_line(value):
            head.append(f"{key}:{lines.text(one_line(value))}")
    if members is None:
        attending = {m.uid for e in chosen for m in visit.members_of(e)}
        members = [m for m in visit.members if m.uid in attending]
    head += member_record_lines(members)
    for stay in stays or []:
        stay_lines = stay_event_lines(stay, writer.stamp)
        if stay_lines is not None:
            events.append(b"".join(lines.fold(line) for line in stay_lines))
    for zone in sorted(writer.zones):
        head += vtimezone_lines(zone, *span)
    out = [lines.fold(line) for line in head]
    out += events
    out.append(b"END:VCALENDAR\r\n")
    return b"".join(out)


def event_calendar(visit: Visit, e: Engagement, *, now: dt.datetime | None = None) -> bytes:
    """One engagement as a calendar of its own (the VEVENT and its VTIMEZONEs): a CalDAV resource."""
    return calendar_bytes(visit, [e], name=visit.title, uid=visit_calendar_uid(visit), now=now)


def visit_calendar_uid(visit: Visit) -> str:
    """The calendar UID of a visit (see ``conventions.calendar_uid``)."""
    return calendar_uid(visit.id, visit.source_article.strip() or visit.title, visit.head, visit.home_tz)


def _span(chosen: list[Engagement]) -> tuple[dt.date, dt.date]:
    """The dates the VTIMEZONEs cover: a year either side of the engagements' years."""
    instants = [x for e in chosen for x in (e.start, e.end) if x is not None]
    if not instants:
        return dt.date(2000, 1, 1), dt.date(2000, 1, 2)
    first = min(instants).date().replace(month=1, day=1) - dt.timedelta(days=366)
    last = max(instants).date().replace(month=12, day=31) + dt.timedelta(days=366)
    return first, last


def _sort_key(e: Engagement) -> tuple[dt.datetime, str]:
    if e.start is not None:
        return (e.start, e.uid)
    assert e.date is not None
    return (dt.datetime.combine(e.date, dt.time(), tzinfo=dt.UTC), e.uid)


def local_days(e: Engagement) -> tuple[dt.date, dt.date]:
    """First and last local date an engagement touches (the end in its arrival zone)."""
    if e.start is not None and e.end is not None and e.tz is not None:
        first = tz.local_date(e.start, e.tz)
        last_instant = e.end - dt.timedelta(microseconds=1) if e.end > e.start else e.end
        last = tz.local_date(last_instant, e.arrival_tz or e.tz)
        return first, max(first, last)
    assert e.date is not None
    return e.date, e.end_date or e.date


def _stay_in_range(stay: Stay, start: dt.date | None, end: dt.date | None) -> bool:
    if stay.check_in is None:
        return False
    last = stay.check_out or stay.check_in
    return (start is None or last >= start) and (end is None or stay.check_in <= end)


def _in_range(e: Engagement, start: dt.date | None, end: dt.date | None) -> bool:
    first, last = local_days(e)
    return (start is None or last >= start) and (end is None or first <= end)


class _EventWriter:
    """Writes VEVENTs as folded content lines; notes the zones they use, for the VTIMEZONEs."""

    def __init__(self, visit: Visit, stamp: dt.datetime, span: tuple[dt.date, dt.date]) -> None:
        self.visit = visit
        self.stamp = lines.utc_stamp(stamp)
        self.span = span
        self.zones: set[str] = set()
        self.contacts = {c.uid: c for c in visit.contacts}

    def event(self, e: Engagement) -> bytes:
        out = [
            "BEGIN:VEVENT",
            f"UID:{lines.text(event_uid(e.uid))}",
            f"DTSTAMP:{self.stamp}",
            f"SUMMARY:{lines.text(e.title) or '(untitled)'}",
            f"SEQUENCE:{e.sequence}",
        ]
        if e.status in ICS_STATUS:
            out.append(f"STATUS:{ICS_STATUS[e.status]}")
        if e.start is not None and e.end is not None and e.tz is not None:
            self._times(out, e, e.start, e.end, e.tz)
        else:
            assert e.date is not None
            out.append(f"DTSTART;VALUE=DATE:{lines.date_stamp(e.date)}")
            end = (e.end_date or e.date) + dt.timedelta(days=1)
            out.append(f"DTEND;VALUE=DATE:{lines.date_stamp(end)}")
            out.append("TRANSP:TRANSPARENT")
            _x(out, X_TZ, e.tz)
        people = [self.contacts[u] for u in e.contact_uids if u in self.contacts]
        description = _description(self.visit, e, people)
        if description:
            out.append(f"DESCRIPTION:{lines.text(description)}")
        location = leg_location(e) or location_text(e)
        if location:
            out.append(f"LOCATION:{lines.text(location)}")
        out.append(f"CATEGORIES:{lines.texts(_categories(e))}")
        if e.updated_at:
            out.append(f"LAST-MODIFIED:{lines.utc_stamp(e.updated_at.replace(microsecond=0))}")
        _x(out, X_PREFIX + "KIND", e.kind.value)
        _x(out, X_PREFIX + "STATUS", e.status.value)
        _x(out, X_PREFIX + "CITY", e.city)
        _x(out, X_PREFIX + "COUNTRY", e.country)
        _x(out, X_VENUE, e.venue)
        for contact in people:
            _attendee(out, contact)
        out.extend(delegation_lines(self.visit, e))
        out.append("END:VEVENT")
        return b"".join(lines.fold(line) for line in out)

    def _times(self, out: list[str], e: Engagement, start: dt.datetime, end: dt.datetime, zone: str) -> None:
        """DTSTART and DTEND with TZID; in UTC where the local time happens twice; zero length as DURATION."""
        arrival = e.arrival_tz or zone
        if self._time(out, "DTSTART", start, zone):
            _x(out, X_TZ, zone)
        if end == start:  # RFC 5545 forbids DTEND = DTSTART; DURATION:PT0S says it (khal reads it too)
            out.append("DURATION:PT0S")
            if arrival != zone:
                _x(out, X_END_TZ, arrival)
            return
        if self._time(out, "DTEND", end, arrival) and arrival != zone:
            _x(out, X_END_TZ, arrival)

    def _time(self, out: list[str], key: str, instant: dt.datetime, zone: str) -> bool:
        """Add a zoned time; ``True`` if it is written in UTC (zone UTC, or a repeated local time)."""
        instant = instant.replace(microsecond=0)
        if zone == "UTC" or repeated_local_time(zone, instant, *self.span):
            out.append(f"{key}:{lines.utc_stamp(instant)}")
            return True
        self.zones.add(zone)
        stamp = lines.local_stamp(tz.local_naive(instant, zone))
        out.append(f"{key};TZID={lines.param(zone, quote=False)}:{stamp}")
        return False


def _x(out: list[str], key: str, value: str | None) -> None:
    """Our own single-line TEXT property, left out when empty."""
    value = one_line(value or "")
    if value:
        out.append(f"{key}:{lines.text(value)}")


def _attendee(out: list[str], contact: Contact) -> None:
    """The contact as our own X-DP-CONTACT (exact, keyed by uid) and, with an e-mail, as ATTENDEE."""
    record = {"uid": contact.uid, "name": contact.name, "role": contact.role, "side": contact.side.value}
    for key in ("name_native", "organisation", "email"):
        if getattr(contact, key):
            record[key] = getattr(contact, key)
    out.append(f"{X_CONTACT}:{lines.text(json.dumps(record, ensure_ascii=False))}")
    email = one_line(clean_text(contact.email))
    if email:
        cn = lines.param(contact.name if one_line(contact.name) else email)
        out.append(
            f"ATTENDEE;CN={cn};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;RSVP=FALSE;"
            f"{X_PREFIX}SIDE={contact.side.value}:mailto:{email}"
        )


def location_text(e: Engagement) -> str:
    """``venue, city, country`` with the empty parts left out."""
    parts = [one_line(p) for p in (e.venue, e.city or "", e.country or "")]
    return ", ".join(p for p in parts if p)


def _categories(e: Engagement) -> list[str]:
    cats = [e.kind.label, *(one_line(s) for s in e.sectors if s.strip())]
    if e.status is Status.POSTPONED:
        cats.append(POSTPONED_CATEGORY)
    return list(dict.fromkeys(cats))


def _description(visit: Visit, e: Engagement, attendees: list[Contact]) -> str:
    header: list[str] = []
    if e.organisation.strip():
        header.append(ORG_LINE + one_line(e.organisation))
    people = [_person(c) for c in attendees]
    if people:
        header.append(WITH_LINE + "; ".join(people))
    home = home_time_line(visit, e)
    if home:
        header.append(home)
    if e.status in (Status.POSTPONED, Status.PROPOSED, Status.CANCELLED):
        header.append(STATUS_LINE + e.status.label)
    notes = clean_text(e.notes).strip("\n")
    if not notes:
        return "\n".join(header)
    return "\n".join(header) + "\n\n" + notes if header else "\n" + notes


def _person(contact: Contact) -> str:
    name = one_line(contact.name).replace(";", ",")
    role = one_line(contact.role).replace(";", ",")
    return f"{name} ({role})" if role else name


def home_time_line(visit: Visit, e: Engagement) -> str:
    """``Home time (IST): 06:30–08:00``, with dates when the home day differs from the local one."""
    if e.start is None or e.end is None or e.tz is None:
        return ""
    home = visit.home_tz
    h_start, h_end = tz.to_local(e.start, home), tz.to_local(e.end, home)
    abbr = tz.abbreviation(home, e.start)
    if h_start.date() == h_end.date() == tz.local_date(e.start, e.tz):
        span = f"{h_start:%H:%M}–{h_end:%H:%M}"
    elif h_start.date() == h_end.date():
        span = f"{_day(h_start)} {h_start:%H:%M}–{h_end:%H:%M}"
    else:
        span = f"{_day(h_start)} {h_start:%H:%M} – {_day(h_end)} {h_end:%H:%M}"
    return f"{HOME_LINE} ({abbr}): {span}"


def _day(when: dt.datetime) -> str:
    return f"{when:%a} {when.day} {when:%b}"
