"""Visit → iCalendar: one VEVENT per dated engagement, zoned times with their VTIMEZONEs."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planner.core import tz
from planner.core.errors import PlannerError
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
from planner.core.ics.people import find_attendee
from planner.core.ics.text import clean_text, one_line, param_text
from planner.core.ics.vtimezone import repeated_local_time, vtimezone_lines
from planner.core.model import Contact, Engagement, Status, Visit

if TYPE_CHECKING:
    from icalendar import Event


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
    data = calendar_bytes(visit, chosen, name=name, uid=uid or visit_calendar_uid(visit), now=now)
    return IcsExport(
        data=data,
        exported=len(chosen),
        skipped=sum(1 for e in visit.engagements if e.is_unscheduled),
        filtered=len(dated) - len(chosen),
    )


def calendar_bytes(
    visit: Visit, chosen: list[Engagement], *, name: str, uid: str, now: dt.datetime | None = None
) -> bytes:
    """A calendar of the ``chosen`` engagements of ``visit`` (VTIMEZONEs first, in name order)."""
    from icalendar import Calendar

    stamp = (tz.as_utc(now) if now is not None else tz.now_utc()).replace(microsecond=0)
    cal = Calendar.new(prodid=PRODID, method="PUBLISH", uid=uid, calscale="GREGORIAN")
    # icalendar 7 writes NAME and X- properties verbatim: wrap them in vText so they are escaped.
    _add_text(cal, "NAME", name)
    _add_text(cal, "X-WR-CALNAME", name)
    _add_text(cal, X_PREFIX + "HOME-TZ", visit.home_tz)
    _add_text(cal, X_PREFIX + "HEAD", visit.head)
    span = _span(chosen)
    writer = _EventWriter(visit, stamp, span)
    events = [writer.event(e) for e in chosen]
    head, _, tail = cal.to_ical().rpartition(b"END:VCALENDAR")
    parts = [head]
    for zone in sorted(writer.zones):
        if zone != "UTC":
            parts.append(("\r\n".join(vtimezone_lines(zone, *span)) + "\r\n").encode("ascii"))
    parts += [e.to_ical() for e in events]
    parts.append(b"END:VCALENDAR" + tail)
    return b"".join(parts)


def event_component(visit: Visit, e: Engagement, *, now: dt.datetime) -> Event:
    """One engagement as a VEVENT (what a calendar server stores for it)."""
    return _EventWriter(visit, tz.as_utc(now).replace(microsecond=0), _span([e])).event(e)


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


def _add_text(component: Any, key: str, value: str | None) -> None:
    """Add a TEXT property (escaped), skipping empty values; X- properties are single-line."""
    from icalendar import vText

    text = clean_text(value or "")
    if key.startswith("X-"):
        text = one_line(text)
    if text:
        component.add(key, vText(text))


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


def _in_range(e: Engagement, start: dt.date | None, end: dt.date | None) -> bool:
    first, last = local_days(e)
    return (start is None or last >= start) and (end is None or first <= end)


class _EventWriter:
    """Builds VEVENTs; notes the zones they use, for the VTIMEZONEs."""

    def __init__(self, visit: Visit, stamp: dt.datetime, span: tuple[dt.date, dt.date]) -> None:
        self.visit = visit
        self.stamp = stamp
        self.span = span
        self.zones: set[str] = set()
        self.contacts = {c.uid: c for c in visit.contacts}

    def event(self, e: Engagement) -> Event:
        from icalendar import Event, vText

        event = Event()
        event.add("UID", event_uid(e.uid))
        event.add("DTSTAMP", self.stamp)
        event.add("SUMMARY", vText(clean_text(e.title) or "(untitled)"))
        event.add("SEQUENCE", e.sequence)
        if e.status in ICS_STATUS:
            event.add("STATUS", ICS_STATUS[e.status])
        if e.start is not None and e.end is not None and e.tz is not None:
            self._times(event, e, e.start, e.end, e.tz)
        else:
            assert e.date is not None
            event.add("DTSTART", e.date)
            event.add("DTEND", (e.end_date or e.date) + dt.timedelta(days=1))
            event.add("TRANSP", "TRANSPARENT")
            _add_text(event, X_TZ, e.tz)
        people = [self.contacts[u] for u in e.contact_uids if u in self.contacts]
        description = _description(self.visit, e, people)
        if description:
            event.add("DESCRIPTION", vText(description))
        location = clean_text(location_text(e))
        if location:
            event.add("LOCATION", vText(location))
        event.add("CATEGORIES", _categories(e))
        if e.updated_at:
            event.add("LAST-MODIFIED", tz.as_utc(e.updated_at).replace(microsecond=0))
        _add_text(event, X_PREFIX + "KIND", e.kind.value)
        _add_text(event, X_PREFIX + "STATUS", e.status.value)
        _add_text(event, X_PREFIX + "CITY", e.city)
        _add_text(event, X_PREFIX + "COUNTRY", e.country)
        _add_text(event, X_VENUE, e.venue)
        for contact in people:
            _add_attendee(event, contact)
        return event

    def _times(self, event: Event, e: Engagement, start: dt.datetime, end: dt.datetime, zone: str) -> None:
        """DTSTART and DTEND with TZID; in UTC where the local time happens twice; no DTEND if zero-length."""
        arrival = e.arrival_tz or zone
        start_utc = self._add_time(event, "DTSTART", start, zone)
        if start_utc:
            _add_text(event, X_TZ, zone)
        if end == start:
            if arrival != zone:
                _add_text(event, X_END_TZ, arrival)
            return
        if self._add_time(event, "DTEND", end, arrival) and arrival != zone:
            _add_text(event, X_END_TZ, arrival)

    def _add_time(self, event: Event, key: str, instant: dt.datetime, zone: str) -> bool:
        """Add a zoned time; ``True`` if it had to be written in UTC (a repeated local time)."""
        instant = instant.replace(microsecond=0)
        if zone == "UTC" or repeated_local_time(zone, instant, *self.span):
            event.add(key, tz.as_utc(instant))
            return zone != "UTC"
        self.zones.add(zone)
        event.add(key, tz.local_naive(instant, zone), {"TZID": zone})
        return False


def _add_attendee(event: Event, contact: Contact) -> None:
    """The contact as our own X-DP-CONTACT (exact, keyed by uid) and, with an e-mail, as ATTENDEE."""
    from icalendar import vCalAddress, vText

    record = {"uid": contact.uid, "name": contact.name, "role": contact.role, "side": contact.side.value}
    for key in ("name_native", "organisation", "email"):
        if getattr(contact, key):
            record[key] = getattr(contact, key)
    event.add(X_CONTACT, vText(json.dumps(record, ensure_ascii=False)))
    email = contact.email.strip()
    if not email:
        return
    address = vCalAddress(f"mailto:{email}")
    address.params["CN"] = param_text(contact.name) or email
    address.params["CUTYPE"] = "INDIVIDUAL"
    address.params["ROLE"] = "REQ-PARTICIPANT"
    address.params["RSVP"] = "FALSE"
    address.params[X_PREFIX + "SIDE"] = contact.side.value
    event.add("ATTENDEE", address)


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
