"""Finding a visit's contact by name or e-mail address: for ``--attendee``, import and merge."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from planner.core.errors import PlannerError
from planner.core.ics.text import fold
from planner.core.model import Contact, Visit


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
