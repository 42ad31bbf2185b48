"""Contacts as vCard 4.0 and the programme as CSV (both local and home time), for phones and spreadsheets."""

from __future__ import annotations

import csv
import datetime as dt
import io

from planner.core import tz
from planner.core.model import Contact, Engagement, Member, Side, Visit
from planner.core.textfile import universal_newlines

# -- vCard 4.0 (RFC 6350) ---------------------------------------------------------------------


def _escape(value: str) -> str:
    """A vCard text value: backslash, comma, semicolon and new lines escaped."""
    value = universal_newlines(value)
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


def _vcard(contact: Contact, visit: Visit) -> list[str]:
    lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:{_uuid(contact.uid)}"]
    if contact.name_native.strip():
        # two spellings of one name: ALTID ties them together, PREF picks the Latin one for lists
        lines.append(f"FN;ALTID=1;LANGUAGE=en;PREF=1:{_escape(contact.name)}")
        lines.append(f"FN;ALTID=1;LANGUAGE={_language(contact.name_native)}:{_escape(contact.name_native)}")
    else:
        lines.append(f"FN:{_escape(contact.name)}")
    lines.append(f"N:{_name_parts(contact.name)}")
    if contact.organisation.strip():
        lines.append(f"ORG:{_escape(contact.organisation)}")
    if contact.role.strip():
        lines.append(f"TITLE:{_escape(contact.role)}")
    if contact.email.strip():
        lines.append(f"EMAIL;TYPE=work:{_escape(contact.email.strip())}")
    if contact.phone.strip():
        lines.append(f"TEL;VALUE=uri;TYPE=work:tel:{contact.phone.strip().replace(' ', '-')}")
    side = "Delegation member" if contact.side.value == "delegation" else "Host side"
    note = f"{side} — {visit.title}"
    if contact.notes.strip():
        note += "\n" + contact.notes.strip()
    lines.append(f"NOTE:{_escape(note)}")
    lines.append(f"CATEGORIES:{_escape(side)}")
    lines.append("END:VCARD")
    return lines


def _uuid(uid: str) -> str:
    if len(uid) == 32 and all(c in "0123456789abcdef" for c in uid):
        return f"{uid[:8]}-{uid[8:12]}-{uid[12:16]}-{uid[16:20]}-{uid[20:]}"
    return uid


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


def _member_vcard(member: Member, visit: Visit) -> list[str]:
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
    return _vcard(as_contact, visit)


def contacts_vcard(visit: Visit) -> str:
    """The delegation's members, then every contact, as vCard 4.0: CRLF line ends, folded at 75 octets."""
    lines: list[str] = []
    for member in visit.members:
        lines.extend(_member_vcard(member, visit))
    for contact in visit.contacts:
        lines.extend(_vcard(contact, visit))
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


def engagements_csv(visit: Visit) -> str:
    """One row per engagement (unscheduled last, with empty times); a BOM so Excel reads UTF-8."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for e in sorted(visit.engagements, key=_order):
        writer.writerow(_row(visit, e))
    return "\ufeff" + buffer.getvalue()
