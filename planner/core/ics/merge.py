"""Merging an imported calendar into a saved visit: events matched by uid, contacts by e-mail then name."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from dataclasses import dataclass, field

from planner.core.ics.people import ContactIndex
from planner.core.model import Visit


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
    people = ContactIndex(merged)  # looked up, not searched: the merge stays linear in the contacts
    for contact in incoming.contacts:
        # the same contact uid (our own files) first, then e-mail, then name
        found = people.by_uid.get(contact.uid) or people.match(contact.name, contact.email)
        if found is None:
            found = people.add(copy.deepcopy(contact))
            plan.contacts_added.append(found.name)
        else:
            for attr in ("email", "role", "name_native", "organisation", "phone"):
                if getattr(contact, attr) and not getattr(found, attr):
                    setattr(found, attr, getattr(contact, attr))
            people.note(found)
        uid_map[contact.uid] = found.uid
    engagements = {e.uid: e for e in merged.engagements}
    for new in incoming.engagements:
        new = copy.deepcopy(new)
        new.contact_uids = list(dict.fromkeys(uid_map.get(u, u) for u in new.contact_uids))
        old = engagements.get(new.uid)
        if old is None:
            merged.engagements.append(new)
            engagements[new.uid] = new
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
