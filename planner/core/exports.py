"""Contacts as vCard 3.0 or 4.0 and the programme as CSV (local and home time); no value forges a record."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from planner.core import tz
from planner.core.model import Contact, Engagement, Member, Side, Visit
from planner.core.textfile import universal_newlines

# -- vCard 3.0 (RFC 2426, what Outlook imports) and 4.0 (RFC 6350) ------------------------------

VCARD_VERSIONS = ("3.0", "4.0")

#: Characters no property value may hold raw: any of them could start a new line (and a forged card)
#: in some reader. New lines are escaped as ``\\n``; the others become a space.
_BREAKS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_TEL_URI = re.compile(r"\+?[0-9][0-9 ().\-]*")


def clean_text(value: str) -> str:
    """Text safe to write anywhere: lone surrogates become U+FFFD (they cannot be encoded)."""
    return _SURROGATES.sub("\ufffd", value)


def _escape(value: str) -> str:
    """A vCard text value on one line: backslash, comma, semicolon and new lines escaped, controls dropped."""
    value = _BREAKS.sub(" ", universal_newlines(clean_text(value)))
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character (RFC 6350 3.2)."""
    out: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with a space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += ch
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _name_parts(name: str) -> str:
    """``N``: family;given;additional;prefix;suffix, guessed from a Latin ``Given Family`` name."""
    words = name.split()
    if len(words) < 2:
        return f"{_escape(name)};;;;"
    return f"{_escape(words[-1])};{_escape(' '.join(words[:-1]))};;;"


def _vcard(contact: Contact, visit: Visit, version: str) -> list[str]:
    v4 = version == "4.0"
    lines = ["BEGIN:VCARD", f"VERSION:{version}", _uid_line(contact.uid, v4)]
    native = contact.name_native.strip()
    if native and v4:
        # two spellings of one name: ALTID ties them together, PREF picks the Latin one for lists
        lines.append(f"FN;ALTID=1;LANGUAGE=en;PREF=1:{_escape(contact.name)}")
        lines.append(f"FN;ALTID=1;LANGUAGE={_language(native)}:{_escape(native)}")
    else:
        lines.append(f"FN:{_escape(contact.name)}")
    lines.append(f"N:{_name_parts(contact.name)}")
    if native and not v4:  # vCard 3.0 has one FN: the native spelling goes where Outlook shows it
        lines.append(f"NICKNAME;LANGUAGE={_language(native)}:{_escape(native)}")
    if contact.organisation.strip():
        lines.append(f"ORG:{_escape(contact.organisation)}")
    if contact.role.strip():
        lines.append(f"TITLE:{_escape(contact.role)}")
    if contact.email.strip():
        kind = "work" if v4 else "INTERNET,WORK"
        lines.append(f"EMAIL;TYPE={kind}:{_escape(contact.email.strip())}")
    if contact.phone.strip():
        lines.append(_tel_line(contact.phone.strip(), v4))
    side = "Delegation member" if contact.side.value == "delegation" else "Host side"
    note = f"{side} — {visit.title}"
    if contact.notes.strip():
        note += "\n" + contact.notes.strip()
    lines.append(f"NOTE:{_escape(note)}")
    lines.append(f"CATEGORIES:{_escape(side)}")
    lines.append("END:VCARD")
    return lines


def _uid_line(uid: str, v4: bool) -> str:
    if len(uid) == 32 and all(c in "0123456789abcdef" for c in uid):
        return f"UID:urn:uuid:{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:]}"
    return f"UID;VALUE=text:{_escape(uid)}" if v4 else f"UID:{_escape(uid)}"


def _tel_line(phone: str, v4: bool) -> str:
    """A phone number: a ``tel:`` URI in 4.0 when it is only digits and separators, else escaped text."""
    if not v4:
        return f"TEL;TYPE=WORK,VOICE:{_escape(phone)}"
    if _TEL_URI.fullmatch(phone):
        return f"TEL;VALUE=uri;TYPE=work:tel:{phone.replace(' ', '-')}"
    return f"TEL;VALUE=text;TYPE=work:{_escape(phone)}"


def _language(text: str) -> str:
    """A BCP 47 tag for the script a native name is written in."""
    for ch in text:
        code = ord(ch)
        if 0x0900 <= code <= 0x097F:
            return "hi"
        if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
            return "ko"
        if 0x3040 <= code <= 0x30FF or 0x4E00 <= code <= 0x9FFF:
            return "ja"
    return "und"


def _member_vcard(member: Member, visit: Visit, version: str) -> list[str]:
    """A member of the delegation as a contact card (the head noted as such)."""
    as_contact = Contact(
        name=member.name,
        name_native=member.name_native,
        organisation=member.department,
        role=member.role,
        email=member.email,
        phone=member.phone,
        side=Side.DELEGATION,
        notes="Head of delegation" if member.is_head else "",
        uid=member.uid,
    )
    return _vcard(as_contact, visit, version)


def contacts_vcard(visit: Visit, *, version: str = "3.0") -> str:
    """The delegation's members, then every contact, as vCard 3.0 (or 4.0): CRLF, folded at 75 octets."""
    if version not in VCARD_VERSIONS:
        raise ValueError(f"vCard version {version!r} (expected one of {', '.join(VCARD_VERSIONS)})")
    lines: list[str] = []
    for member in visit.members:
        lines.extend(_member_vcard(member, visit, version))
    for contact in visit.contacts:
        lines.extend(_vcard(contact, visit, version))
    return "".join(_fold(line) + "\r\n" for line in lines)


# -- CSV --------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "date", "local start", "local end", "zone", "home start", "home end", "home zone", "title", "kind",
    "status", "organisation", "venue", "city", "country", "counterparts",
)  # fmt: skip


def _row(visit: Visit, e: Engagement) -> list[str]:
    home = visit.home_tz
    people = "; ".join(f"{c.name} ({c.role})" if c.role else c.name for c in visit.attendees(e))
    base = [
        e.title,
        e.kind.label,
        e.status.label,
        e.organisation,
        e.venue,
        e.city or "",
        e.country or "",
        people,
    ]
    if e.start is not None and e.end is not None and e.tz is not None:
        start, end = tz.to_local(e.start, e.tz), tz.to_local(e.end, e.arrival_tz or e.tz)
        h_start, h_end = tz.to_local(e.start, home), tz.to_local(e.end, home)
        zone = e.tz if e.arrival_tz == e.tz else f"{e.tz} → {e.arrival_tz}"
        return [
            start.date().isoformat(), _clock(start, start), _clock(end, start), zone,
            _clock(h_start, start), _clock(h_end, start), home, *base,
        ]  # fmt: skip
    if e.date is not None:
        last = e.end_date or e.date
        span = e.date.isoformat() if last == e.date else f"{e.date.isoformat()} – {last.isoformat()}"
        return [span, "all day", "", e.tz or "", "", "", home, *base]
    return ["", "", "", e.tz or "", "", "", home, *base]


def _clock(when: dt.datetime, reference: dt.datetime) -> str:
    """``HH:MM``, with the date when it falls on another day than ``reference``'s local day."""
    if when.date() == reference.date():
        return f"{when:%H:%M}"
    return f"{when:%Y-%m-%d %H:%M}"


def _order(e: Engagement) -> tuple[int, dt.datetime, str]:
    if e.start is not None:
        return (0, e.start, e.title)
    if e.date is not None:
        return (0, dt.datetime.combine(e.date, dt.time(), tzinfo=dt.UTC), e.title)
    return (1, dt.datetime.min.replace(tzinfo=dt.UTC), e.title)


#: A spreadsheet reads a cell starting with one of these as a formula (or, tab and CR, may shift it).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text: a leading ``'`` before what could start a formula (OWASP)."""
    cell = clean_text(cell)
    if cell.startswith(FORMULA_STARTS) or cell.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


def engagements_csv(visit: Visit) -> str:
    """One row per engagement (unscheduled last, with empty times); a BOM so Excel reads UTF-8.

    No cell is written as a formula (see :func:`neutralise`); line breaks inside a cell are
    quoted, so every engagement is exactly one record.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for e in sorted(visit.engagements, key=_order):
        writer.writerow([neutralise(cell) for cell in _row(visit, e)])
    return "\ufeff" + buffer.getvalue()
