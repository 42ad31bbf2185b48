"""Visit ⇄ iCalendar (RFC 5545): export that every calendar reads, import from any calendar, merge by UID.

Export writes every timed event with a ``TZID`` naming the IANA zone of the
place and one ``VTIMEZONE`` per zone (built by icalendar 7 and checked
afterwards).  Import accepts what other programs write: IANA and Windows zone
names, custom ``VTIMEZONE`` rules, Google's UTC times with ``X-WR-TIMEZONE``,
floating times and undeclared zones, always with a warning where it guesses.

Fields a calendar has no place for (exact status, city and country, the
visit's home zone) travel in ``X-DP-*`` properties that other programs ignore;
the standard properties carry the same facts for people and other clients.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import difflib
import functools
import json
import re
import unicodedata
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from planner import __version__
from planner.core import tz
from planner.core.errors import IcsError, InputFileError, LocalTimeError, PlannerError
from planner.core.model import Contact, Engagement, Kind, Side, Status, Stop, Visit
from planner.core.textfile import decode_text

if TYPE_CHECKING:
    from icalendar import Calendar, Event

UID_SUFFIX = "@delegation-planner"
PRODID = f"-//Delegation Planner//Delegation Planner {__version__}//EN"
X_PREFIX = "X-DP-"

_ICS_STATUS = {
    Status.PROPOSED: "TENTATIVE",
    Status.TENTATIVE: "TENTATIVE",
    Status.POSTPONED: "TENTATIVE",
    Status.CONFIRMED: "CONFIRMED",
    Status.CANCELLED: "CANCELLED",
}
_FROM_ICS_STATUS = {
    "TENTATIVE": Status.TENTATIVE,
    "CONFIRMED": Status.CONFIRMED,
    "CANCELLED": Status.CANCELLED,
}
POSTPONED_CATEGORY = "Postponed"

# Lines of our DESCRIPTION header; the notes follow the first blank line.
_ORG = "Organisation: "
_WITH = "With: "
_HOME = "Home time"
_STATUS_LINE = "Status: "


# ---------------------------------------------------------------------------------------------
# results


@dataclass
class IcsExport:
    """An exported calendar and what went into it."""

    data: bytes
    exported: int
    skipped: int  # unscheduled engagements left out
    filtered: int  # dated engagements outside the --from/--to range or not attended by --attendee


@dataclass
class CalendarImport:
    """A visit read from a calendar file, with what the reader had to guess."""

    visit: Visit
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PlannedChange:
    """One engagement in a merge plan: its uid, title and (for a change) the fields that differ."""

    uid: str
    title: str
    fields: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.title


@dataclass
class MergePlan:
    """What merging a calendar into a visit will do; ``visit`` is the result to save."""

    visit: Visit
    added: list[PlannedChange] = field(default_factory=list)
    changed: list[PlannedChange] = field(default_factory=list)
    unchanged: list[PlannedChange] = field(default_factory=list)
    skipped_older: list[PlannedChange] = field(default_factory=list)
    contacts_added: list[str] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# export


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


def find_attendee(visit: Visit, name: str) -> Contact:
    """The contact called ``name`` (Latin or native, any case); else an error listing close names."""
    wanted = _fold(name)
    for contact in visit.contacts:
        if wanted in (_fold(contact.name), _fold(contact.name_native)):
            return contact
    names = [c.name for c in visit.contacts] + [c.name_native for c in visit.contacts if c.name_native]
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.5)
    folded = [n for n in names if wanted and wanted in _fold(n)]
    suggestions = list(dict.fromkeys(folded + close)) or names[:8]
    hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else " (the visit has no contacts)"
    raise PlannerError(f"no contact called {name!r} in visit {visit.title!r}{hint}")


def _add_text(component: Any, key: str, value: str | None) -> None:
    """Add a TEXT property (escaped), skipping empty values; X- properties are single-line."""
    from icalendar import vText

    text = _text(value or "")
    if key.startswith("X-"):
        text = _one_line(text)
    if text:
        component.add(key, vText(text))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split())).casefold()


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


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _text(text: str) -> str:
    """Text for a TEXT value: new lines kept (icalendar escapes them), other control characters dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def _param(text: str) -> str:
    """Text for a parameter value: one line, no double quotes (RFC 5545 has no escape for them)."""
    return _one_line(_text(text)).replace('"', "'")


def _event(visit: Visit, e: Engagement, stamp: dt.datetime) -> Event:
    from icalendar import Event, vCalAddress

    event = Event.new(
        uid=event_uid(e.uid),
        stamp=stamp,
        summary=_text(e.title) or "(untitled)",
        sequence=e.sequence,
        status=_ICS_STATUS[e.status],  # type: ignore[arg-type]
        description=_description(visit, e) or None,
        location=_text(location_text(e)) or None,
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
        address.params["CN"] = _param(contact.name) or contact.email.strip()
        address.params["CUTYPE"] = "INDIVIDUAL"
        address.params["ROLE"] = "REQ-PARTICIPANT"
        address.params["RSVP"] = "FALSE"
        address.params[X_PREFIX + "SIDE"] = contact.side.value
        event.add("ATTENDEE", address)
    return event


def event_uid(uid: str) -> str:
    """Our own uids get ``@delegation-planner``; a uid that came from another calendar is kept as it was,
    so the event stays the same event there."""
    return f"{uid}{UID_SUFFIX}" if re.fullmatch(r"[0-9a-f]{32}", uid) else uid


def location_text(e: Engagement) -> str:
    """``venue, city, country`` with the empty parts left out."""
    parts = [_one_line(p) for p in (e.venue, e.city or "", e.country or "")]
    return ", ".join(p for p in parts if p)


def _categories(e: Engagement) -> list[str]:
    cats = [e.kind.label, *(_one_line(s) for s in e.sectors if s.strip())]
    if e.status is Status.POSTPONED:
        cats.append(POSTPONED_CATEGORY)
    return list(dict.fromkeys(cats))


def _description(visit: Visit, e: Engagement) -> str:
    header: list[str] = []
    if e.organisation.strip():
        header.append(_ORG + _one_line(e.organisation))
    people = [_person(c) for c in visit.attendees(e)]
    if people:
        header.append(_WITH + "; ".join(people))
    home = home_time_line(visit, e)
    if home:
        header.append(home)
    if e.status in (Status.POSTPONED, Status.PROPOSED, Status.CANCELLED):
        header.append(_STATUS_LINE + e.status.label)
    notes = _text(e.notes).strip("\n")
    if not notes:
        return "\n".join(header)
    return "\n".join(header) + "\n\n" + notes if header else "\n" + notes


def _person(contact: Contact) -> str:
    name = _one_line(contact.name).replace(";", ",")
    role = _one_line(contact.role).replace(";", ",")
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
    return f"{_HOME} ({abbr}): {span}"


def _day(when: dt.datetime) -> str:
    return f"{when:%a} {when.day} {when:%b}"


def _add_timezones(cal: Calendar, chosen: list[Engagement]) -> None:
    """One VTIMEZONE per zone used, covering the events' years; raise if any TZID is left undeclared."""
    instants = [x for e in chosen for x in (e.start, e.end) if x is not None]
    if instants:
        first = min(instants).date().replace(month=1, day=1) - dt.timedelta(days=366)
        last = max(instants).date().replace(month=12, day=31) + dt.timedelta(days=366)
        cal.add_missing_timezones(first_date=first, last_date=last)
    missing = cal.get_missing_tzids()
    if missing:
        raise IcsError(f"cannot describe the time zone(s) {', '.join(sorted(missing))} in the calendar file")
    declared = [t.tz_name for t in cal.timezones]
    if len(declared) != len(set(declared)):
        raise IcsError(f"a time zone is declared twice in the calendar file: {sorted(declared)}")


# ---------------------------------------------------------------------------------------------
# import: checking the file line by line first, so every error can name its line


_NAME = r"[A-Za-z0-9-]+"
_PVALUE = r'(?:"[^"]*"|[^";:,]*)'
_CONTENT_LINE = re.compile(rf"^({_NAME})((?:;{_NAME}={_PVALUE}(?:,{_PVALUE})*)*):(.*)$", re.DOTALL)
_DATE_VALUE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_DATE_PROPS = {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "DTSTAMP", "LAST-MODIFIED", "CREATED"}


@dataclass
class _Line:
    number: int  # physical line where the logical line starts
    name: str
    params: str
    value: str


def _unfold(text: str) -> Iterator[tuple[int, str]]:
    """Logical content lines with the number of the physical line each starts on."""
    number, current, start = 0, None, 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and current is not None:
            current += raw[1:]
            continue
        if current is not None:
            yield start, current
        current, start = raw, number
    if current is not None:
        yield start, current


def check_structure(text: str, *, name: str) -> list[_Line]:
    """The content lines of a calendar, or ``IcsError`` naming the first line that is wrong."""
    lines: list[_Line] = []
    stack: list[tuple[str, int]] = []
    seen_calendar = False
    last = 0
    for number, logical in _unfold(text):
        last = number
        if not logical.strip():
            continue
        match = _CONTENT_LINE.match(logical)
        if match is None:
            shown = logical if len(logical) <= 40 else logical[:40] + "…"
            raise IcsError(f"{name}: line {number}: expected NAME:VALUE, found {shown!r}")
        prop, params, value = match.group(1).upper(), match.group(2), match.group(3)
        if not seen_calendar:
            if (prop, value.strip().upper()) != ("BEGIN", "VCALENDAR"):
                raise IcsError(
                    f"{name}: line {number}: not a calendar file: expected BEGIN:VCALENDAR, found {prop}"
                )
            seen_calendar = True
        elif not stack:
            if (prop, value.strip().upper()) == ("BEGIN", "VCALENDAR"):
                pass
            else:
                raise IcsError(f"{name}: line {number}: {prop} after END:VCALENDAR")
        if prop == "BEGIN":
            stack.append((value.strip().upper(), number))
        elif prop == "END":
            component = value.strip().upper()
            if not stack or stack[-1][0] != component:
                closes = f"BEGIN:{stack[-1][0]} (line {stack[-1][1]})" if stack else "nothing"
                raise IcsError(f"{name}: line {number}: END:{component} does not close {closes}")
            stack.pop()
        elif prop in _DATE_PROPS:
            _check_date(value, prop, number, name)
        lines.append(_Line(number, prop, params, value))
    if not seen_calendar:
        raise IcsError(f"{name}: line 1: not a calendar file: it is empty")
    if stack:
        inside, opened = stack[-1]
        raise IcsError(
            f"{name}: line {last}: the file ends inside BEGIN:{inside} of line {opened} (is it truncated?)"
        )
    return lines


def _check_date(value: str, prop: str, number: int, name: str) -> None:
    for item in value.split(","):
        match = _DATE_VALUE.match(item.strip())
        problem = "" if match else "expected YYYYMMDD or YYYYMMDDTHHMMSS[Z]"
        if match:
            y, mo, d, h, mi, s, _ = match.groups()
            try:
                dt.date(int(y), int(mo), int(d))
                dt.time(int(h or 0), int(mi or 0), min(int(s or 0), 59))
            except ValueError as exc:
                problem = str(exc)
        if problem:
            raise IcsError(f"{name}: line {number}: {prop} {item.strip()!r} is not a valid date: {problem}")


def _parse_ical(data: bytes, name: str) -> tuple[list[Calendar], list[_Line]]:
    from icalendar import Calendar

    try:
        text = decode_text(data, name=name)
    except IcsError:
        raise
    except InputFileError as exc:
        raise IcsError(str(exc)) from None
    lines = check_structure(text, name=name)
    try:
        with warnings.catch_warnings():  # icalendar warns about TZIDs it guesses; we resolve them ourselves
            warnings.simplefilter("ignore")
            calendars = Calendar.from_ical(text, multiple=True)
    except Exception as exc:  # icalendar raises ValueError and friends for what it cannot read
        raise IcsError(f"{name}: not a readable calendar: {exc}") from None
    if not calendars:
        raise IcsError(f"{name}: line 1: not a calendar file: no VCALENDAR in it")
    return calendars, lines


# ---------------------------------------------------------------------------------------------
# import: time zones


@functools.lru_cache(maxsize=1)
def windows_zones() -> dict[str, str]:
    """Windows zone name → IANA zone (CLDR windowsZones, ``resources/windows_zones.json``)."""
    from planner.paths import resource_path

    with resource_path("windows_zones.json").open(encoding="utf-8") as handle:
        zones: dict[str, str] = json.load(handle)["zones"]
    return zones


_PREFERRED = (
    "Asia/Kolkata", "Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai", "Asia/Singapore", "Asia/Dubai",
    "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Moscow", "America/New_York",
    "America/Chicago", "America/Denver", "America/Los_Angeles", "Australia/Sydney", "UTC",
)  # fmt: skip


def iana_name(tzid: str) -> str | None:
    """The IANA zone a TZID names directly: itself, a Windows name, or ``/vendor/…/Region/City``."""
    clean = tzid.strip().strip('"')
    if (tz.is_zone(clean) and "/" in clean) or clean in ("UTC", "GMT", "Etc/UTC"):
        return "UTC" if clean in ("GMT", "Etc/UTC") else clean
    windows = windows_zones().get(clean)
    if windows:
        return "UTC" if windows == "Etc/UTC" else windows
    parts = [p for p in clean.split("/") if p]
    for size in (3, 2):
        if len(parts) > size:
            candidate = "/".join(parts[-size:])
            if tz.is_zone(candidate):
                return candidate
    return None


@dataclass
class _ZoneReader:
    """Turns the DTSTART/DTEND values icalendar parsed into UTC instants and IANA zones, noting guesses."""

    calendar: Calendar
    fallback: str  # X-WR-TIMEZONE or the home zone: where floating times are taken to be
    fallback_source: str
    warnings: list[str]
    used: list[str] = field(default_factory=list)
    _custom: dict[tuple[str, int], str] = field(default_factory=dict)
    _noted: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.declared = {t.tz_name for t in self.calendar.timezones}

    def instant(self, prop: Any, what: str) -> tuple[dt.datetime, str]:
        value: dt.datetime = prop.dt
        tzid = prop.params.get("TZID")
        naive = value.replace(tzinfo=None)
        if tzid:
            zone = self._zone_for(str(tzid), value, what)
            return self._localize(naive, zone, what), zone
        if value.tzinfo is not None and value.utcoffset() is not None:
            # UTC ("Z"): the instant is exact; the zone to show it in is the calendar's.
            return tz.as_utc(value), self.fallback if self.fallback_source == "X-WR-TIMEZONE" else "UTC"
        self._warn_once(
            f"floating:{what}",
            f"{what}: time {naive:%Y-%m-%d %H:%M} has no time zone (a 'floating' time); "
            f"taken as {self.fallback} ({self.fallback_source})",
        )
        return self._localize(naive, self.fallback, what), self.fallback

    def _zone_for(self, tzid: str, value: dt.datetime, what: str) -> str:
        named = iana_name(tzid)
        if named is not None:
            if tzid not in self.declared and tzid == named and named != "UTC":
                self._note_once(f"undeclared:{tzid}", f"time zone {tzid} has no VTIMEZONE in the file; "
                                "used the standard rules for it")  # fmt: skip
            if tzid != named and tzid in windows_zones():
                self._note_once(f"windows:{tzid}", f"Windows time zone {tzid!r} read as {named}")
            return self._use(named)
        if value.tzinfo is not None and tzid in self.declared:
            return self._use(self._match_custom(tzid, value, what))
        self._warn_once(
            f"unknown:{tzid}",
            f"{what}: unknown time zone {tzid!r} with no VTIMEZONE in the file; its times are taken as UTC",
        )
        return self._use("UTC")

    def _match_custom(self, tzid: str, value: dt.datetime, what: str) -> str:
        key = (tzid, value.year)
        if key not in self._custom:
            instant = value.astimezone(tz.UTC)
            samples = [instant] + [dt.datetime(value.year, m, 15, 12, tzinfo=dt.UTC) for m in (1, 4, 7, 10)]
            wanted = [s.astimezone(value.tzinfo).utcoffset() for s in samples]
            found = next(
                (z for z in self._candidates(tzid) if [tz.utc_offset(z, s) for s in samples] == wanted), None
            )
            if found is None:
                found = "UTC"
                self.warnings.append(
                    f"{what}: no IANA time zone follows the rules of custom time zone {tzid!r} "
                    f"(UTC{_offset(wanted[0])}); its times are kept exact but shown in UTC"
                )
            else:
                self.warnings.append(
                    f"custom time zone {tzid!r} read as {found} (same UTC offsets in {value.year})"
                )
            self._custom[key] = found
        return self._custom[key]

    def _candidates(self, tzid: str) -> Iterable[str]:
        words = {w.casefold() for w in re.split(r"[^A-Za-z]+", tzid) if len(w) > 2}
        everything = tz.all_zone_names()
        hinted = [z for z in everything if z.rsplit("/", 1)[-1].replace("_", " ").casefold() in words]
        return dict.fromkeys([*hinted, self.fallback, *self.used, *_PREFERRED, *everything])

    def _localize(self, naive: dt.datetime, zone: str, what: str) -> dt.datetime:
        try:
            return tz.local_to_utc(naive, zone, ambiguous="earlier")
        except LocalTimeError:
            # RFC 5545 3.3.5: a time in the spring-forward gap takes the offset from before the gap.
            before = tz.local_to_utc(naive - dt.timedelta(hours=3), zone, ambiguous="earlier")
            offset = tz.utc_offset(zone, before)
            self.warnings.append(
                f"{what}: {naive:%Y-%m-%d %H:%M} does not exist in {zone} (clocks go forward); "
                f"read with the offset before the change"
            )
            return tz.as_utc(naive - offset)

    def _use(self, zone: str) -> str:
        if zone not in self.used:
            self.used.append(zone)
        return zone

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self._noted:
            self._noted.add(key)
            self.warnings.append(message)

    def _note_once(self, key: str, message: str) -> None:
        self._warn_once(key, message)


def _offset(delta: dt.timedelta | None) -> str:
    return tz.format_offset(delta or dt.timedelta(0))[3:]


# ---------------------------------------------------------------------------------------------
# import: events → engagements


def parse_calendar(data: bytes, *, name: str, default_home_tz: str = "Asia/Kolkata") -> CalendarImport:
    """A new visit from a calendar file; ``IcsError`` naming the line if the file is malformed."""
    calendars, lines = _parse_ical(data, name)
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
    reader = _ZoneReader(
        cal, wr_zone or home, "X-WR-TIMEZONE" if wr_zone else "the visit's home zone", warnings
    )
    title = _prop_text(cal, "NAME") or _prop_text(cal, "X-WR-CALNAME") or _stem(name)
    visit = Visit(title=title, head=_prop_text(cal, X_PREFIX + "HEAD"), home_tz=home)
    event_lines = [ln.number for ln in lines if ln.name == "BEGIN" and ln.value.strip().upper() == "VEVENT"]
    seen: set[str] = set()
    for index, event in enumerate(cal.events):
        line = event_lines[index] if index < len(event_lines) else 0
        engagement = _engagement(event, visit, reader, ours=ours, line=line, name=name)
        if engagement is None:
            continue
        if engagement.uid in seen:
            warnings.append(f"{engagement.title!r}: a second event with the same UID (line {line}) skipped")
            continue
        seen.add(engagement.uid)
        visit.engagements.append(engagement)
    if not visit.engagements:
        warnings.append(f"{name}: no events in the calendar")
    _fill_dates_and_stops(visit)
    return CalendarImport(visit=visit, warnings=warnings)


def _stem(name: str) -> str:
    base = re.split(r"[\\/]", name)[-1]
    return base.rsplit(".", 1)[0] if "." in base else base or "Imported calendar"


def _prop_text(component: Any, key: str) -> str:
    """A property's text; properties icalendar does not know (NAME, X-…) are unescaped here."""
    from icalendar import vText

    value = component.get(key)
    if value is None:
        return ""
    if isinstance(value, list):
        value = next((v for v in value if "LANGUAGE" not in getattr(v, "params", {})), value[0])
    return str(value) if isinstance(value, vText) else unescape_text(str(value))


_ESCAPES = {"\\\\": "\\", "\\;": ";", "\\,": ",", "\\n": "\n", "\\N": "\n"}


def unescape_text(raw: str) -> str:
    """RFC 5545 TEXT unescaping (backslash, semicolon, comma, new line) in one left-to-right pass."""
    return re.sub(r"\\[\\;,nN]", lambda m: _ESCAPES[m.group(0)], raw)


def _engagement(
    event: Event, visit: Visit, reader: _ZoneReader, *, ours: bool, line: int, name: str
) -> Engagement | None:
    title = _prop_text(event, "SUMMARY") or "(untitled)"
    what = f"event {title!r} (line {line})"
    if event.get("RECURRENCE-ID") is not None:
        reader.warnings.append(f"{what}: a changed occurrence of a repeating event; skipped")
        return None
    if event.get("RRULE") is not None or event.get("RDATE") is not None:
        reader.warnings.append(f"{what}: repeats; only its first occurrence was imported")
    raw_uid = _prop_text(event, "UID").strip()
    uid = raw_uid[: -len(UID_SUFFIX)] if raw_uid.endswith(UID_SUFFIX) else raw_uid
    try:
        fields = _when(event, reader, what)
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
    venue, city, country = split_location(_prop_text(event, "LOCATION"), city, country, ours=ours)
    engagement = Engagement(
        title=title,
        kind=_read_kind(event) or kind,
        status=_read_status(event, postponed),
        organisation=header.get(_ORG, ""),
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
    engagement.contact_uids = _read_people(event, header.get(_WITH, ""), visit)
    return engagement


def _when(event: Event, reader: _ZoneReader, what: str) -> dict[str, Any]:
    start_prop = event.get("DTSTART")
    if start_prop is None:
        reader.warnings.append(f"{what}: no start time; imported as unscheduled")
        return {"unscheduled_reason": "no start time in the calendar file"}
    start_value = start_prop.dt
    end_prop = event.get("DTEND")
    duration = event.get("DURATION")
    if not isinstance(start_value, dt.datetime):
        first: dt.date = start_value
        if end_prop is not None and isinstance(end_prop.dt, dt.date):
            last = _as_date(end_prop.dt) - dt.timedelta(days=1)
        elif duration is not None:
            last = first + dt.timedelta(days=max(duration.dt.days, 1) - 1)
        else:
            last = first
        x_zone = _prop_text(event, X_PREFIX + "TZ")
        return {
            "date": first,
            "end_date": last if last > first else None,
            "tz": x_zone if x_zone and tz.is_zone(x_zone) else None,
        }
    start, zone = reader.instant(start_prop, what)
    if end_prop is not None and isinstance(end_prop.dt, dt.datetime):
        end, end_zone = reader.instant(end_prop, what)
    elif duration is not None:
        end, end_zone = start + duration.dt, zone
    else:
        end, end_zone = start, zone
    if end < start:
        raise IcsError("ends before it starts")
    return {"start": start, "end": end, "tz": zone, "end_tz": end_zone if end_zone != zone else None}


def _as_date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _split_description(text: str, *, ours: bool) -> tuple[dict[str, str], str]:
    """Our DESCRIPTION is a header of ``Label: value`` lines, a blank line, then the notes."""
    text = text.replace("\r\n", "\n")
    if not ours:
        return {}, text
    head, _, notes = text.partition("\n\n")
    header: dict[str, str] = {}
    for row in head.split("\n"):
        for label in (_ORG, _WITH, _STATUS_LINE):
            if row.startswith(label):
                header[label] = row[len(label) :]
    known = all(r.startswith((_ORG, _WITH, _STATUS_LINE, _HOME)) for r in head.split("\n") if r)
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


def _read_categories(event: Event) -> tuple[Kind, list[str], bool]:
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
    by_label = {k.label.casefold(): k for k in Kind} | {k.value: k for k in Kind}
    for label in labels:
        folded = label.strip().casefold()
        if not found_kind and folded in by_label:
            kind, found_kind = by_label[folded], True
        elif folded == POSTPONED_CATEGORY.casefold():
            postponed = True
        elif label.strip():
            sectors.append(label.strip())
    return (kind if found_kind else Kind.MEETING), sectors, postponed


def _read_kind(event: Event) -> Kind | None:
    value = _prop_text(event, X_PREFIX + "KIND")
    return Kind(value) if value in {k.value for k in Kind} else None


def _read_status(event: Event, postponed: bool) -> Status:
    exact = _prop_text(event, X_PREFIX + "STATUS")
    if exact in {s.value for s in Status}:
        return Status(exact)
    if postponed:
        return Status.POSTPONED
    return _FROM_ICS_STATUS.get(_prop_text(event, "STATUS").upper(), Status.CONFIRMED)


def _last_modified(event: Event) -> dt.datetime | None:
    prop = event.get("LAST-MODIFIED")
    if prop is None or not isinstance(prop.dt, dt.datetime):
        return None
    return tz.as_utc(prop.dt)


def _read_people(event: Event, with_line: str, visit: Visit) -> list[str]:
    """Contacts of an event: its ATTENDEEs, and (from our own files) the people named in ``With:``."""
    roles: dict[str, str] = {}
    names: list[str] = []
    for item in filter(None, (p.strip() for p in with_line.split("; "))):
        person, role = item, ""
        if item.endswith(")") and " (" in item:
            person, role = item[:-1].split(" (", 1)
        names.append(person)
        roles[_fold(person)] = role
    uids: list[str] = []
    attendees = event.get("ATTENDEE", [])
    for address in attendees if isinstance(attendees, list) else [attendees]:
        email = re.sub(r"^mailto:", "", str(address), flags=re.IGNORECASE).strip()
        cn = str(address.params.get("CN", "")).strip() or email.split("@")[0]
        side = str(address.params.get(X_PREFIX + "SIDE", "")).lower()
        contact = _contact(visit, cn, email, roles.get(_fold(cn), ""), side)
        uids.append(contact.uid)
    for person in names:
        contact = _contact(visit, person, "", roles.get(_fold(person), ""), "")
        if contact.uid not in uids:
            uids.append(contact.uid)
    return uids


def _contact(visit: Visit, name: str, email: str, role: str, side: str) -> Contact:
    found = match_contact(visit.contacts, name, email)
    if found is None:
        found = Contact(name=name, email=email, role=role)
        visit.contacts.append(found)
    if email and not found.email:
        found.email = email
    if role and not found.role:
        found.role = role
    if side in {s.value for s in Side}:
        found.side = Side(side)
    return found


def match_contact(contacts: Iterable[Contact], name: str, email: str) -> Contact | None:
    """The contact with this e-mail address, else with this name (Latin or native, any case)."""
    contacts = list(contacts)
    if email.strip():
        wanted = email.strip().casefold()
        for c in contacts:
            if c.email.strip().casefold() == wanted:
                return c
    folded = _fold(name)
    if folded:
        for c in contacts:
            if folded in (_fold(c.name), _fold(c.name_native)):
                return c
    return None


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


# ---------------------------------------------------------------------------------------------
# merge


_COMPARED = (
    "title", "kind", "status", "organisation", "venue", "city", "country", "tz", "end_tz", "start",
    "end", "date", "end_date", "sectors", "notes", "contact_uids", "sequence",
)  # fmt: skip


def merge_calendar(existing: Visit, incoming: Visit) -> MergePlan:
    """Merge an imported visit into a saved one: events matched by uid, contacts by e-mail then name.

    An event already there is replaced only if the incoming SEQUENCE is not older;
    ``existing`` itself is left untouched (the plan's ``visit`` is a copy).
    """
    merged = copy.deepcopy(existing)
    plan = MergePlan(visit=merged)
    uid_map: dict[str, str] = {}
    for contact in incoming.contacts:
        found = match_contact(merged.contacts, contact.name, contact.email)
        if found is None:
            found = copy.deepcopy(contact)
            merged.contacts.append(found)
            plan.contacts_added.append(found.name)
        else:
            for attr in ("email", "role", "name_native", "organisation", "phone"):
                if getattr(contact, attr) and not getattr(found, attr):
                    setattr(found, attr, getattr(contact, attr))
        uid_map[contact.uid] = found.uid
    for new in incoming.engagements:
        new = copy.deepcopy(new)
        new.contact_uids = list(dict.fromkeys(uid_map.get(u, u) for u in new.contact_uids))
        old = merged.engagement(new.uid)
        if old is None:
            merged.engagements.append(new)
            plan.added.append(PlannedChange(new.uid, new.title))
            continue
        if new.sequence < old.sequence:
            plan.skipped_older.append(PlannedChange(old.uid, old.title))
            continue
        differ = tuple(f for f in _COMPARED if getattr(old, f) != getattr(new, f))
        if not differ:
            plan.unchanged.append(PlannedChange(old.uid, old.title))
            continue
        for name in (*_COMPARED, "updated_at"):
            setattr(old, name, getattr(new, name))
        old.unscheduled_reason = new.unscheduled_reason if old.is_unscheduled else ""
        old.validate()
        plan.changed.append(PlannedChange(old.uid, old.title, differ))
    _extend_dates(merged, incoming)
    return plan


def _extend_dates(merged: Visit, incoming: Visit) -> None:
    starts = [d for d in (merged.start_date, incoming.start_date) if d]
    ends = [d for d in (merged.end_date, incoming.end_date) if d]
    merged.start_date = min(starts) if starts else None
    merged.end_date = max(ends) if ends else None
    known = {(s.city, s.tz) for s in merged.stops}
    for stop in incoming.stops:
        if (stop.city, stop.tz) not in known:
            merged.stops.append(dataclasses.replace(stop))
    merged.stops.sort(key=lambda s: (s.arrive or dt.date.min, s.city))
