"""Finding a visit's contact by name or e-mail address (``--attendee``, import, merge); an event's people."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from typing import Any

from planner.core.errors import PlannerError
from planner.core.ics.conventions import X_CONTACT, X_PREFIX
from planner.core.ics.delegation import is_member
from planner.core.ics.text import fold, unescape_text
from planner.core.model import Contact, Side, Visit


def find_attendee(visit: Visit, name: str) -> Contact:
    """The contact called ``name`` (Latin or native, any case); else an error listing close names."""
    wanted = fold(name)
    for contact in visit.contacts:
        if wanted in (fold(contact.name), fold(contact.name_native)):
            return contact
    names = [c.name for c in visit.contacts] + [c.name_native for c in visit.contacts if c.name_native]
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.5)
    folded = [n for n in names if wanted and wanted in fold(n)]
    suggestions = list(dict.fromkeys(folded + close)) or names[:8]
    hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else " (the visit has no contacts)"
    raise PlannerError(f"no contact called {name!r} in visit {visit.title!r}{hint}")


def match_contact(contacts: Iterable[Contact], name: str, email: str) -> Contact | None:
    """The contact with this e-mail address, else with this name (Latin or native, any case)."""
    contacts = list(contacts)
    if email.strip():
        wanted = email.strip().casefold()
        for c in contacts:
            if c.email.strip().casefold() == wanted:
                return c
    folded = fold(name)
    if folded:
        for c in contacts:
            if folded in (fold(c.name), fold(c.name_native)):
                return c
    return None


class ContactIndex:
    """A visit's contacts by uid, e-mail address and folded name, kept as an import adds to them: each
    event's people are found in constant time, not by scanning every contact (an import stays linear).
    The first contact in the visit's order wins, as with :func:`match_contact`."""

    def __init__(self, visit: Visit) -> None:
        self.visit = visit
        self.by_uid: dict[str, Contact] = {}
        self.by_email: dict[str, Contact] = {}
        self.by_name: dict[str, Contact] = {}
        for contact in visit.contacts:
            self.note(contact)

    def note(self, contact: Contact) -> None:
        """Index ``contact`` (again, after its e-mail address or name was filled in)."""
        self.by_uid.setdefault(contact.uid, contact)
        if contact.email.strip():
            self.by_email.setdefault(contact.email.strip().casefold(), contact)
        for key in (fold(contact.name), fold(contact.name_native)):
            if key:
                self.by_name.setdefault(key, contact)

    def add(self, contact: Contact) -> Contact:
        self.visit.contacts.append(contact)
        self.note(contact)
        return contact

    def match(self, name: str, email: str) -> Contact | None:
        """What :func:`match_contact` finds, looked up instead of searched."""
        found = self.by_email.get(email.strip().casefold()) if email.strip() else None
        folded = fold(name)
        return found or (self.by_name.get(folded) if folded else None)


def read_people(event: Any, with_line: str, visit: Visit, people: ContactIndex | None = None) -> list[str]:
    """Contacts of an event: our X-DP-CONTACT records (exact, by uid), then ATTENDEEs and ``With:`` names.

    ``people`` indexes the visit's contacts across the events of one import (made here if not given)."""
    people = people if people is not None else ContactIndex(visit)
    uids: list[str] = []
    emails: set[str] = set()
    records = event.get(X_CONTACT, [])
    for prop in records if isinstance(records, list) else [records]:
        contact = _recorded_contact(people, prop)
        if contact is not None:
            uids.append(contact.uid)
            emails.add(contact.email.strip().casefold())
    attendees = event.get("ATTENDEE", [])
    for address in attendees if isinstance(attendees, list) else [attendees]:
        if is_member(address):
            continue  # a member of the delegation (planner.core.ics.delegation), not a contact
        email = re.sub(r"^mailto:", "", str(address), flags=re.IGNORECASE).strip()
        if email and email.casefold() in emails:
            continue
        cn = str(address.params.get("CN", "")).strip() or email.split("@")[0]
        side = str(address.params.get(X_PREFIX + "SIDE", "")).lower()
        contact = _contact(people, cn, email, "", side)
        if contact.uid not in uids:
            uids.append(contact.uid)
    if uids and records:
        return uids  # our own file: the records already name everyone in With:
    roles: dict[str, str] = {}
    for item in filter(None, (p.strip() for p in with_line.split("; "))):
        person, role = item, ""
        if item.endswith(")") and " (" in item:
            person, role = item[:-1].split(" (", 1)
        roles[fold(person)] = role
        contact = _contact(people, person, "", role, "")
        if contact.uid not in uids:
            uids.append(contact.uid)
    for uid in uids:
        contact = people.by_uid.get(uid)
        if contact is not None and not contact.role:
            contact.role = roles.get(fold(contact.name), "")
    return uids


def _contact(people: ContactIndex, name: str, email: str, role: str, side: str) -> Contact:
    found = people.match(name, email)
    if found is None:
        found = people.add(Contact(name=name, email=email, role=role))
    if email and not found.email:
        found.email = email
        people.note(found)
    if role and not found.role:
        found.role = role
    if side in {s.value for s in Side}:
        found.side = Side(side)
    return found


def _recorded_contact(people: ContactIndex, prop: Any) -> Contact | None:
    """The contact an X-DP-CONTACT record describes: the visit's one with that uid, else a new one."""
    try:
        from icalendar import vText

        record = json.loads(str(prop) if isinstance(prop, vText) else unescape_text(str(prop)))
        uid, name = str(record["uid"]), str(record["name"])
    except (ValueError, KeyError, TypeError):
        return None
    found = people.by_uid.get(uid)
    if found is not None:
        return found
    side = str(record.get("side", ""))
    contact = Contact(
        name=name,
        name_native=str(record.get("name_native", "")),
        organisation=str(record.get("organisation", "")),
        role=str(record.get("role", "")),
        email=str(record.get("email", "")),
        side=Side(side) if side in {s.value for s in Side} else Side.HOST,
        uid=uid,
    )
    return people.add(contact)
