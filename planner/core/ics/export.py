"""Visit → iCalendar: one VEVENT per dated engagement, zoned times with their VTIMEZONEs."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planner.core import tz
from planner.core.errors import IcsError, PlannerError
from planner.core.ics.conventions import (
    HOME_LINE,
    ICS_STATUS,
    ORG_LINE,
    POSTPONED_CATEGORY,
    PRODID,
    STATUS_LINE,
    UID_SUFFIX,
    WITH_LINE,
    X_PREFIX,
    event_uid,
)
from planner.core.ics.delegation import add_delegation
from planner.core.ics.people import find_attendee
from planner.core.ics.text import clean_text, one_line, param_text
from planner.core.model import Contact, Engagement, Status, Visit

if TYPE_CHECKING:
    from icalendar import Calendar, Event


@dataclass
class IcsExport:
    """An exported calendar and what went into it."""

    data: bytes
    exported: int
    skipped: int  # unscheduled engagements left out
    filtered: int  # dated engagements outside the --from/--to range or not attended by --attendee


def export_calendar(
    visit: Visit,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    attendee: str | None = None,
    now: dt.datetime | None = None,
) -> IcsExport:
    """The visit as an RFC 5545 calendar (``METHOD:PUBLISH``), one VEVENT per dated engagement."""
    from icalendar import Calendar

    if start is not None and end is not None and end < start:
        raise PlannerError(f"--to {end} is before --from {start}")
    stamp = tz.as_utc(now) if now is not None else tz.now_utc()
    stamp = stamp.replace(microsecond=0)
    person = find_attendee(visit, attendee) if attendee else None

    dated = [e for e in visit.engagements if not e.is_unscheduled]
    chosen = [
        e for e in dated if _in_range(e, start, end) and (person is None or person.uid in e.contact_uids)
    ]
    chosen.sort(key=_sort_key)

    name = visit.title if person is None else f"{visit.title} – {person.name}"
    cal = Calendar.new(prodid=PRODID, method="PUBLISH", uid=_calendar_uid(visit), calscale="GREGORIAN")
    # icalendar 7 writes NAME and X- properties verbatim: wrap them in vText so they are escaped.
    _add_text(cal, "NAME", name)
    _add_text(cal, "X-WR-CALNAME", name)
    _add_text(cal, X_PREFIX + "HOME-TZ", visit.home_tz)
    _add_text(cal, X_PREFIX + "HEAD", visit.head)
    for engagement in chosen:
        cal.add_component(_event(visit, engagement, stamp))
    _add_timezones(cal, chosen)
    return IcsExport(
        data=cal.to_ical(),
        exported=len(chosen),
        skipped=sum(1 for e in visit.engagements if e.is_unscheduled),
        filtered=len(dated) - len(chosen),
    )


def _add_text(component: Any, key: str, value: str | None) -> None:
    """Add a TEXT property (escaped), skipping empty values; X- properties are single-line."""
    from icalendar import vText

    text = clean_text(value or "")
    if key.startswith("X-"):
        text = one_line(text)
    if text:
        component.add(key, vText(text))


def _calendar_uid(visit: Visit) -> str:
    stem = str(visit.id) if visit.id is not None else re.sub(r"\W+", "-", visit.title).strip("-")
    return f"visit-{stem or 'untitled'}{UID_SUFFIX}"


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


def _event(visit: Visit, e: Engagement, stamp: dt.datetime) -> Event:
    from icalendar import Event, vCalAddress

    event = Event.new(
        uid=event_uid(e.uid),
        stamp=stamp,
        summary=clean_text(e.title) or "(untitled)",
        sequence=e.sequence,
        status=ICS_STATUS[e.status],  # type: ignore[arg-type]
        description=_description(visit, e) or None,
        location=clean_text(location_text(e)) or None,
        categories=_categories(e),
        last_modified=tz.as_utc(e.updated_at).replace(microsecond=0) if e.updated_at else None,
    )
    if e.start is not None and e.end is not None and e.tz is not None:
        event.add("DTSTART", tz.local_naive(e.start, e.tz).replace(microsecond=0), {"TZID": e.tz})
        arrival = e.arrival_tz or e.tz
        event.add("DTEND", tz.local_naive(e.end, arrival).replace(microsecond=0), {"TZID": arrival})
    else:
        assert e.date is not None
        event.add("DTSTART", e.date)
        event.add("DTEND", (e.end_date or e.date) + dt.timedelta(days=1))
        event.add("TRANSP", "TRANSPARENT")
        _add_text(event, X_PREFIX + "TZ", e.tz)
    _add_text(event, X_PREFIX + "KIND", e.kind.value)
    _add_text(event, X_PREFIX + "STATUS", e.status.value)
    _add_text(event, X_PREFIX + "CITY", e.city)
    _add_text(event, X_PREFIX + "COUNTRY", e.country)
    for contact in visit.attendees(e):
        if not contact.email.strip():
            continue
        address = vCalAddress(f"mailto:{contact.email.strip()}")
        address.params["CN"] = param_text(contact.name) or contact.email.strip()
        address.params["CUTYPE"] = "INDIVIDUAL"
        address.params["ROLE"] = "REQ-PARTICIPANT"
        address.params["RSVP"] = "FALSE"
        address.params[X_PREFIX + "SIDE"] = contact.side.value
        event.add("ATTENDEE", address)
    add_delegation(event, visit, e)
    return event


def location_text(e: Engagement) -> str:
    """``venue, city, country`` with the empty parts left out."""
    parts = [one_line(p) for p in (e.venue, e.city or "", e.country or "")]
    return ", ".join(p for p in parts if p)


def _categories(e: Engagement) -> list[str]:
    cats = [e.kind.label, *(one_line(s) for s in e.sectors if s.strip())]
    if e.status is Status.POSTPONED:
        cats.append(POSTPONED_CATEGORY)
    return list(dict.fromkeys(cats))


def _description(visit: Visit, e: Engagement) -> str:
    header: list[str] = []
    if e.organisation.strip():
        header.append(ORG_LINE + one_line(e.organisation))
    people = [_person(c) for c in visit.attendees(e)]
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


def _add_timezones(cal: Calendar, chosen: list[Engagement]) -> None:
    """One VTIMEZONE per zone used, covering the events' years; raise if any TZID is left undeclared."""
    instants = [x for e in chosen for x in (e.start, e.end) if x is not None]
    if instants:
        first = min(instants).date().replace(month=1, day=1) - dt.timedelta(days=366)
        last = max(instants).date().replace(month=12, day=31) + dt.timedelta(days=366)
        cal.add_missing_timezones(first_date=first, last_date=last)
        # zones in name order, before the events: the same visit always gives the same bytes
        zones = sorted((c for c in cal.subcomponents if c.name == "VTIMEZONE"), key=lambda c: str(c["TZID"]))
        cal.subcomponents[:] = zones + [c for c in cal.subcomponents if c.name != "VTIMEZONE"]
    missing = cal.get_missing_tzids()
    if missing:
        raise IcsError(f"cannot describe the time zone(s) {', '.join(sorted(missing))} in the calendar file")
    declared = [t.tz_name for t in cal.timezones]
    if len(declared) != len(set(declared)):
        raise IcsError(f"a time zone is declared twice in the calendar file: {sorted(declared)}")
