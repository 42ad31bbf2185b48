"""Calendar → visit: events become engagements, attendees contacts, with a warning wherever it guesses."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from planner.core import tz
from planner.core.errors import IcsError, PlannerError
from planner.core.ics.conventions import (
    FROM_ICS_STATUS,
    HOME_LINE,
    ORG_LINE,
    POSTPONED_CATEGORY,
    PRODID,
    STATUS_LINE,
    WITH_LINE,
    X_END_TZ,
    X_PREFIX,
    X_TZ,
    X_VENUE,
    own_uid,
)
from planner.core.ics.delegation import read_delegation, read_member_records, read_stay
from planner.core.ics.export import local_days
from planner.core.ics.people import ContactIndex, read_people
from planner.core.ics.read import read_calendars
from planner.core.ics.text import unescape_text
from planner.core.ics.zones import ZoneReader, iana_name
from planner.core.model import Engagement, Kind, Status, Stop, Visit

if TYPE_CHECKING:
    from collections.abc import Mapping

    Props = Mapping[str, Any]  # an event's properties by upper-case name (see ``_properties``)


@dataclass
class CalendarImport:
    """A visit read from a calendar file, with what the reader had to guess."""

    visit: Visit
    warnings: list[str] = field(default_factory=list)


def parse_calendar(data: bytes, *, name: str, default_home_tz: str = "Asia/Kolkata") -> CalendarImport:
    """A new visit from a calendar file; ``IcsError`` naming the line if the file is malformed."""
    calendars, outline = read_calendars(data, name)
    cal = calendars[0]
    warnings: list[str] = []
    if len(calendars) > 1:
        warnings.append(f"{name}: holds {len(calendars)} calendars; only the first was read")
    ours = str(cal.get("PRODID", "")).startswith(PRODID.rsplit(" ", 1)[0])
    home = _prop_text(cal, X_PREFIX + "HOME-TZ") or default_home_tz
    if not tz.is_zone(home):
        warnings.append(f"home time zone {home!r} is unknown; used {default_home_tz}")
        home = default_home_tz
    wr = _prop_text(cal, "X-WR-TIMEZONE")
    wr_zone = iana_name(wr) if wr else None
    if wr and wr_zone is None:
        warnings.append(f"X-WR-TIMEZONE {wr!r} is not a time zone I know; ignored")
    reader = ZoneReader(
        cal, wr_zone or home, "X-WR-TIMEZONE" if wr_zone else "the visit's home zone", warnings
    )
    title = _prop_text(cal, "NAME") or _prop_text(cal, "X-WR-CALNAME") or _stem(name)
    visit = Visit(title=title, head=_prop_text(cal, X_PREFIX + "HEAD"), home_tz=home)
    visit.members = read_member_records(cal, _prop_text)
    people = ContactIndex(visit)
    event_lines, date_only = outline.event_lines, outline.date_only
    seen: set[str] = set()
    for index, component in enumerate(cal.events):
        event = _properties(component, outline.extras[index] if index < len(outline.extras) else {})
        stay = read_stay(event, _prop_text)
        if stay is not None:
            if all(s.uid != stay.uid for s in visit.stays):
                visit.stays.append(stay)
            continue
        line = event_lines[index] if index < len(event_lines) else 0
        dates = date_only[index] if index < len(date_only) else set()
        try:
            engagement = _engagement(
                event, visit, reader, people, ours=ours, line=line, name=name, dates=dates
            )
        except ValueError as exc:  # icalendar reports a value it could not parse only when it is read
            raise IcsError(f"{name}: line {line}: {exc}") from None
        if engagement is None:
            continue
        if engagement.uid in seen:
            warnings.append(f"{engagement.title!r}: a second event with the same UID (line {line}) skipped")
            continue
        seen.add(engagement.uid)
        visit.engagements.append(engagement)
    if not visit.engagements and not visit.stays:
        warnings.append(f"{name}: no events in the calendar")
    _fill_dates_and_stops(visit)
    return CalendarImport(visit=visit, warnings=warnings)


def import_draft(data: bytes, name: str = "calendar.ics") -> Visit:
    """A calendar file read into a new, unsaved visit: what ``planner import FILE.ics`` stores."""
    return parse_calendar(data, name=name).visit


def _properties(component: Any, extras: dict[str, list[str]]) -> dict[str, Any]:
    """An event's properties by upper-case name (a plain dict: icalendar's caseless lookups cost more
    than the rest of the import), with the X-DP- values the reader kept out of icalendar's text."""
    props: dict[str, Any] = dict(component)
    for key, values in extras.items():
        known = props.get(key)
        if known is not None:  # the same property also written with parameters: icalendar has those
            values = [*(known if isinstance(known, list) else [known]), *values]
        props[key] = values[0] if len(values) == 1 else values
    return props


def _stem(name: str) -> str:
    base = re.split(r"[\\/]", name)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base or "Imported calendar"


def _prop_text(component: Any, key: str) -> str:
    """A property's text; properties icalendar does not know (NAME, X-…) are unescaped here."""
    value = component.get(key)
    if value is None:
        return ""
    if isinstance(value, list):
        value = next((v for v in value if "LANGUAGE" not in getattr(v, "params", {})), value[0])
    return str(value) if isinstance(value, _vtext()) else unescape_text(str(value))


@cache
def _vtext() -> type:
    from icalendar import vText  # imported on first use: the app starts without icalendar

    return vText


def _engagement(
    event: Props,
    visit: Visit,
    reader: ZoneReader,
    people: ContactIndex,
    *,
    ours: bool,
    line: int,
    name: str,
    dates: set[str],
) -> Engagement | None:
    title = _prop_text(event, "SUMMARY") or "(untitled)"
    what = f"event {title!r} (line {line})"
    if event.get("RECURRENCE-ID") is not None:
        reader.warnings.append(f"{what}: a changed occurrence of a repeating event; skipped")
        return None
    if event.get("RRULE") is not None or event.get("RDATE") is not None:
        reader.warnings.append(f"{what}: repeats; only its first occurrence was imported")
    uid = own_uid(_prop_text(event, "UID").strip())
    times = ("DTSTART", "DTEND", "DURATION", "LAST-MODIFIED")
    doubled = [key for key in times if isinstance(event.get(key), list)]
    if doubled:
        raise IcsError(f"{name}: {what}: {doubled[0]} appears more than once")
    try:
        fields = _when(event, reader, what, dates)
    except PlannerError as exc:
        raise IcsError(f"{name}: {what}: {exc}") from None
    try:
        sequence = int(str(event.get("SEQUENCE", 0)))
    except ValueError:
        raise IcsError(f"{name}: {what}: SEQUENCE is not a number") from None
    description = _prop_text(event, "DESCRIPTION")
    header, notes = _split_description(description, ours=ours)
    kind, sectors, postponed = _read_categories(event)
    city = _prop_text(event, X_PREFIX + "CITY") or None
    country = _prop_text(event, X_PREFIX + "COUNTRY") or None
    if ours and event.get(X_VENUE) is not None:
        venue = _prop_text(event, X_VENUE)
    else:
        venue, city, country = split_location(_prop_text(event, "LOCATION"), city, country, ours=ours)
    engagement = Engagement(
        title=title,
        kind=_read_kind(event) or kind,
        status=_read_status(event, postponed),
        organisation=header.get(ORG_LINE, ""),
        venue=venue,
        city=city,
        country=country,
        sectors=sectors,
        notes=notes,
        source=name,
        sequence=max(sequence, 0),
        updated_at=_last_modified(event),
        **fields,
    )
    if uid:
        engagement.uid = uid
    engagement.contact_uids = read_people(event, header.get(WITH_LINE, ""), visit, people)
    read_delegation(event, visit, engagement, _prop_text)
    return engagement


def _when(event: Props, reader: ZoneReader, what: str, dates: set[str]) -> dict[str, Any]:
    start_prop = event.get("DTSTART")
    if start_prop is None:
        reader.warnings.append(f"{what}: no start time; imported as unscheduled")
        return {"unscheduled_reason": "no start time in the calendar file"}
    start_value = start_prop.dt
    end_prop = event.get("DTEND")
    duration = event.get("DURATION")
    if "DTSTART" in dates or not isinstance(start_value, dt.datetime):
        # a bare DATE is all-day, even with a TZID (which icalendar turns into midnight)
        first: dt.date = _as_date(start_value)
        tzid = str(start_prop.params.get("TZID", ""))
        if end_prop is not None and ("DTEND" in dates or not isinstance(end_prop.dt, dt.datetime)):
            last = _as_date(end_prop.dt) - dt.timedelta(days=1)
        elif duration is not None:
            last = first + dt.timedelta(days=max(duration.dt.days, 1) - 1)
        else:
            last = first
        x_zone = _prop_text(event, X_TZ) or (iana_name(tzid) or "" if tzid else "")
        return {
            "date": first,
            "end_date": last if last > first else None,
            "tz": x_zone if x_zone and tz.is_zone(x_zone) else None,
        }
    start_zone = _known_zone(_prop_text(event, X_TZ))
    x_end_zone = _known_zone(_prop_text(event, X_END_TZ)) or start_zone
    start, zone = reader.instant(start_prop, what, utc_zone=start_zone)
    if end_prop is not None and isinstance(end_prop.dt, dt.datetime):
        end, end_zone = reader.instant(end_prop, what, utc_zone=x_end_zone or zone)
    elif duration is not None:
        end, end_zone = start + duration.dt, x_end_zone or zone
    else:
        end, end_zone = start, x_end_zone or zone
    if end < start:
        raise IcsError("ends before it starts")
    return {"start": start, "end": end, "tz": zone, "end_tz": end_zone if end_zone != zone else None}


def _known_zone(name: str) -> str | None:
    return name if name and tz.is_zone(name) else None


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _split_description(text: str, *, ours: bool) -> tuple[dict[str, str], str]:
    """Our DESCRIPTION is a header of ``Label: value`` lines, a blank line, then the notes."""
    text = text.replace("\r\n", "\n")
    if not ours:
        return {}, text
    if text.startswith("\n"):  # no header: the blank line comes first
        return {}, text[1:]
    head, _, notes = text.partition("\n\n")
    header: dict[str, str] = {}
    for row in head.split("\n"):
        for label in (ORG_LINE, WITH_LINE, STATUS_LINE):
            if row.startswith(label):
                header[label] = row[len(label) :]
    known = all(r.startswith((ORG_LINE, WITH_LINE, STATUS_LINE, HOME_LINE)) for r in head.split("\n") if r)
    if not known:  # someone else wrote this description: keep it whole
        return {}, text
    return header, notes


def split_location(
    text: str, city: str | None, country: str | None, *, ours: bool
) -> tuple[str, str | None, str | None]:
    """``venue, city, country`` back into its parts (the X-DP- city and country win when present)."""
    text = text.strip()
    if city or country:
        suffix = ", ".join(p for p in (city, country) if p)
        if text == suffix:
            return "", city, country
        if text.endswith(", " + suffix):
            return text[: -len(suffix) - 2], city, country
        return text, city, country
    if not ours:
        return text, None, None
    parts = text.rsplit(", ", 2)
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    return text, None, None


_BY_LABEL = {k.label.casefold(): k for k in Kind} | {k.value: k for k in Kind}
_KINDS = {k.value for k in Kind}
_STATUSES = {s.value for s in Status}


def _read_categories(event: Props) -> tuple[Kind, list[str], bool]:
    labels: list[str] = []
    for prop in (
        event.get("CATEGORIES", [])
        if isinstance(event.get("CATEGORIES"), list)
        else [event.get("CATEGORIES")]
    ):
        if prop is not None:
            labels.extend(str(c) for c in prop.cats)
    kind = Kind.OTHER
    found_kind = False
    sectors: list[str] = []
    postponed = False
    for label in labels:
        folded = label.strip().casefold()
        if not found_kind and folded in _BY_LABEL:
            kind, found_kind = _BY_LABEL[folded], True
        elif folded == POSTPONED_CATEGORY.casefold():
            postponed = True
        elif label.strip():
            sectors.append(label.strip())
    return (kind if found_kind else Kind.MEETING), sectors, postponed


def _read_kind(event: Props) -> Kind | None:
    value = _prop_text(event, X_PREFIX + "KIND")
    return Kind(value) if value in _KINDS else None


def _read_status(event: Props, postponed: bool) -> Status:
    exact = _prop_text(event, X_PREFIX + "STATUS")
    if exact in _STATUSES:
        return Status(exact)
    if postponed:
        return Status.POSTPONED
    return FROM_ICS_STATUS.get(_prop_text(event, "STATUS").upper(), Status.UNKNOWN)


def _last_modified(event: Props) -> dt.datetime | None:
    prop = event.get("LAST-MODIFIED")
    if prop is None or not isinstance(prop.dt, dt.datetime):
        return None
    return tz.as_utc(prop.dt)


def _fill_dates_and_stops(visit: Visit) -> None:
    """The visit's first and last day and its stops (city, zone, dates), from the engagements."""
    days: list[tuple[dt.date, dt.date]] = []
    stops: dict[tuple[str, str], Stop] = {}
    for e in visit.engagements:
        if e.is_unscheduled:
            continue
        first, last = local_days(e)
        days.append((first, last))
        zone = e.tz
        if e.city and zone and e.kind is not Kind.TRAVEL:
            key = (e.city, zone)
            stop = stops.setdefault(key, Stop(e.city, e.country or "", zone, first, last))
            stop.arrive = min(stop.arrive or first, first)
            stop.depart = max(stop.depart or last, last)
    if days:
        visit.start_date = min(d[0] for d in days)
        visit.end_date = max(d[1] for d in days)
    visit.stops = sorted(stops.values(), key=lambda s: (s.arrive or dt.date.min, s.city))
