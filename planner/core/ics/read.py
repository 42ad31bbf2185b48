"""Reading a calendar file: decoding, a line-by-line check so every error names its line, parsing.

The check is the only walk over the content lines: on its way it notes where each VEVENT begins and
which of its times are bare dates, and takes our own ``X-DP-`` properties out of the text icalendar
parses (icalendar would only keep their values verbatim, at the cost of a full property parse each).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from planner.core.errors import IcsError, InputFileError
from planner.core.ics.conventions import X_PREFIX
from planner.core.textfile import decode_text

if TYPE_CHECKING:
    from icalendar import Calendar

_NAME = r"[A-Za-z0-9-]+"
_PVALUE = r'(?:"[^"]*"|[^";:,]*)'
_CONTENT_LINE = re.compile(rf"^({_NAME})((?:;{_NAME}={_PVALUE}(?:,{_PVALUE})*)*):(.*)$", re.DOTALL)
_DATE_VALUE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$")
_DATE_PROPS = {"DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "DTSTAMP", "LAST-MODIFIED", "CREATED"}
# Years an event's times may fall in: outside them no export could write the visit again.
FIRST_YEAR, LAST_YEAR = 1900, 2200
# Components that belong directly inside VCALENDAR, never inside another component.
_TOP_LEVEL = {"VCALENDAR", "VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE"}
# ``TZID=UTC+09:00`` unquoted: RFC 5545 wants the quotes (the value has a colon); we add them.
_BARE_OFFSET_TZID = re.compile(r"(;TZID=)((?:UTC|GMT)?[+-]\d{1,2}:\d{2})(?=[;:])", re.IGNORECASE)


@dataclass
class Outline:
    """What the line-by-line check learns on its way, so nobody walks the content lines again: for
    each VEVENT in file order, the line it begins on and which of DTSTART and DTEND are bare DATEs."""

    event_lines: list[int] = field(default_factory=list)
    date_only: list[set[str]] = field(default_factory=list)
    # Per VEVENT: our own X-DP- properties without parameters, by name, their values verbatim (what
    # icalendar's ``vUnknown`` would hold).  They are kept out of the text icalendar parses.
    extras: list[dict[str, list[str]]] = field(default_factory=list)
    # The text for icalendar: the file less those lines (the file itself if nothing was taken out).
    text: str = ""


def _unfold(physical: list[str]) -> Iterator[tuple[int, str]]:
    """Logical content lines with the number of the physical line each starts on."""
    number, current, start = 0, None, 0
    for number, raw in enumerate(physical, start=1):
        if raw[:1] in (" ", "\t") and current is not None:
            current += raw[1:]
            continue
        if current is not None:
            yield start, current
        current, start = raw, number
    if current is not None:
        yield start, current


def check_structure(text: str, *, name: str) -> Outline:
    """The outline of a calendar (one pass over its lines), or ``IcsError`` naming the first line
    that is wrong."""
    outline = Outline(text=text)
    physical = text.splitlines()
    # Lines may be taken out of icalendar's text only where it splits the file as we do: line breaks
    # all LF or CRLF (``splitlines`` knows more) and no empty line (icalendar's unfolding skips them).
    plain = len(physical) == text.count("\n") + (not text.endswith("\n")) and "" not in physical
    kept: list[str] = []
    taken = False
    stack: list[tuple[str, int]] = []
    seen_calendar = False
    in_vevent = False  # between BEGIN:VEVENT and its END (what ``date_only`` looks at)
    in_event = False  # the innermost component is a VEVENT or VTODO (where years are checked)
    last = 0
    for number, logical in _unfold(physical):
        last = number
        if not logical or logical.isspace():
            kept.append(logical)
            continue
        head, colon, value = logical.partition(":")
        if colon and head.isascii() and head.replace("-", "").isalnum():  # no parameters: the usual line
            prop, has_params = head.upper(), False
        else:
            match = _CONTENT_LINE.match(logical)
            if match is None:
                shown = logical if len(logical) <= 40 else logical[:40] + "…"
                raise IcsError(f"{name}: line {number}: expected NAME:VALUE, found {shown!r}")
            prop, value, has_params = match.group(1).upper(), match.group(3), True
        if plain and not has_params and stack and stack[-1][0] == "VEVENT" and prop.startswith(X_PREFIX):
            outline.extras[-1].setdefault(prop, []).append(value)
            taken = True
            continue
        kept.append(logical)
        if not stack and (prop, value.strip().upper()) != ("BEGIN", "VCALENDAR"):
            if seen_calendar:
                raise IcsError(f"{name}: line {number}: {prop} after END:VCALENDAR")
            raise IcsError(
                f"{name}: line {number}: not a calendar file: expected BEGIN:VCALENDAR, found {prop}"
            )
        seen_calendar = True
        if prop == "BEGIN":
            component = value.strip().upper()
            if component in _TOP_LEVEL and stack and stack[-1][0] != "VCALENDAR":
                raise IcsError(
                    f"{name}: line {number}: BEGIN:{component} inside BEGIN:{stack[-1][0]} "
                    f"of line {stack[-1][1]} (a {component} cannot be nested)"
                )
            stack.append((component, number))
            in_event = component in ("VEVENT", "VTODO")
            if component == "VEVENT":
                outline.event_lines.append(number)
                outline.date_only.append(set())
                outline.extras.append({})
                in_vevent = True
        elif prop == "END":
            component = value.strip().upper()
            if not stack or stack[-1][0] != component:
                closes = f"BEGIN:{stack[-1][0]} (line {stack[-1][1]})" if stack else "nothing"
                raise IcsError(f"{name}: line {number}: END:{component} does not close {closes}")
            stack.pop()
            in_event = bool(stack) and stack[-1][0] in ("VEVENT", "VTODO")
            if component == "VEVENT":
                in_vevent = False
        elif prop in _DATE_PROPS:
            _check_date(value, prop, number, name, in_event=in_event)
            if in_vevent and prop in ("DTSTART", "DTEND") and len(value.strip()) == 8:
                outline.date_only[-1].add(prop)
    if not seen_calendar:
        raise IcsError(f"{name}: line 1: not a calendar file: it is empty")
    if stack:
        inside, opened = stack[-1]
        raise IcsError(
            f"{name}: line {last}: the file ends inside BEGIN:{inside} of line {opened} (is it truncated?)"
        )
    if taken:
        outline.text = "\r\n".join(kept) + "\r\n"
    return outline


def _check_date(value: str, prop: str, number: int, name: str, *, in_event: bool) -> None:
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
            else:
                if in_event and not FIRST_YEAR <= int(y) <= LAST_YEAR:
                    problem = f"the year {int(y)} is outside {FIRST_YEAR}–{LAST_YEAR}"
        if problem:
            raise IcsError(f"{name}: line {number}: {prop} {item.strip()!r} is not a valid date: {problem}")


def read_calendars(data: bytes, name: str) -> tuple[list[Calendar], Outline]:
    """The calendars in a file and its outline; ``IcsError`` naming the line if it is malformed."""
    from icalendar import Calendar

    try:
        text = decode_text(data, name=name)
    except IcsError:
        raise
    except InputFileError as exc:
        raise IcsError(str(exc)) from None
    text = _BARE_OFFSET_TZID.sub(r'\1"\2"', text)
    outline = check_structure(text, name=name)
    try:
        with warnings.catch_warnings():  # icalendar warns about TZIDs it guesses; we resolve them ourselves
            warnings.simplefilter("ignore")
            calendars = Calendar.from_ical(outline.text, multiple=True)
    except Exception as exc:  # icalendar raises ValueError and friends for what it cannot read
        raise IcsError(f"{name}: not a readable calendar: {exc}") from None
    if not calendars:
        raise IcsError(f"{name}: line 1: not a calendar file: no VCALENDAR in it")
    strange = next((c.name for c in calendars if c.name != "VCALENDAR"), None)
    if strange is not None:
        raise IcsError(f"{name}: not a calendar file: a {strange[:40]!r} component where VCALENDAR belongs")
    return calendars, outline
