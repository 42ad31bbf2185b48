"""Writing content lines (RFC 5545 3.1): TEXT escaping, parameter quoting, folding at 75 octets.

The export writes its lines itself: icalendar's serialiser folds each line character by character
and took two thirds of the time of a 10,000-event export.  Every value goes through ``text`` or
``param`` here, so no user text can start a line of its own.
"""

from __future__ import annotations

import datetime as dt

from planner.core.ics.text import clean_text, one_line

_ESCAPE = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"})


def text(value: str) -> str:
    """A TEXT value: control characters dropped, backslash, semicolon, comma and new line escaped."""
    return clean_text(value).translate(_ESCAPE)


def texts(values: list[str]) -> str:
    """A list of TEXT values (CATEGORIES), each escaped, joined by commas."""
    return ",".join(text(v) for v in values)


def param(value: str, *, quote: bool = True) -> str:
    """A parameter value: one line, no double quotes (RFC 5545 has no escape for them), quoted unless
    ``quote`` is false and it has no ``;``, ``:`` or ``,``."""
    clean = one_line(clean_text(value)).replace('"', "'")
    return f'"{clean}"' if quote or any(c in clean for c in ";:,") else clean


def utc_stamp(value: dt.datetime) -> str:
    """A UTC DATE-TIME (``…Z``) of an aware instant."""
    v = value.astimezone(dt.UTC)
    return f"{v.year:04d}{v.month:02d}{v.day:02d}T{v.hour:02d}{v.minute:02d}{v.second:02d}Z"


def local_stamp(value: dt.datetime) -> str:
    """A local DATE-TIME (no ``Z``) of a naive wall-clock time."""
    return f"{date_stamp(value)}T{value.hour:02d}{value.minute:02d}{value.second:02d}"


def date_stamp(value: dt.date) -> str:
    return f"{value.year:04d}{value.month:02d}{value.day:02d}"


def fold(line: str) -> bytes:
    """One content line as UTF-8 with CRLF, folded so that no physical line exceeds 75 octets
    and no UTF-8 character is split across lines."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return data + b"\r\n"
    parts: list[bytes] = []
    start, limit = 0, 75
    while len(data) - start > limit:
        cut = start + limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: step back to the character's start
            cut -= 1
        parts.append(data[start:cut])
        start, limit = cut, 74  # continuation lines begin with a space
    parts.append(data[start:])
    return b"\r\n ".join(parts) + b"\r\n"
