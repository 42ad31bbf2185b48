"""Publishing a visit to a calendar collection, as a plan: what to add, change, remove or leave.

Each published event carries ``X-DP-FINGERPRINT``, a digest of what it says (times, place, people;
not DTSTAMP or SEQUENCE).  On the next publish the server's copy is read back with our own parser:
if its digest no longer matches the fingerprint, someone changed it on the server since, and the
plan reports it instead of overwriting or deleting it.  No network here: ``planner.publish`` fetches
the collection and carries the plan out.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field

from planner.core.errors import PlannerError
from planner.core.ics.conventions import UID_SUFFIX, X_PREFIX, event_uid
from planner.core.ics.export import event_calendar
from planner.core.ics.parse import parse_calendar
from planner.core.ics.people import find_attendee
from planner.core.model import Engagement, Visit

X_FINGERPRINT = X_PREFIX + "FINGERPRINT"
_FIELDS = ("title", "kind", "status", "organisation", "venue", "city", "country", "tz", "end_tz", "start",
           "end", "date", "end_date", "sectors", "notes")  # fmt: skip


@dataclass(frozen=True)
class LocalEvent:
    """An engagement as it should be on the server."""

    uid: str  # the event's UID
    title: str
    fingerprint: str
    sequence: int
    engagement: Engagement = field(compare=False, repr=False)


@dataclass(frozen=True)
class RemoteEvent:
    """A calendar object found in the collection."""

    href: str
    etag: str
    uid: str
    title: str
    sequence: int
    stored: str  # its X-DP-FINGERPRINT ("" if none: not published by us, or rewritten without it)
    actual: str  # the digest of what it says now

    @property
    def ours(self) -> bool:
        return bool(self.stored) or self.uid.endswith(UID_SUFFIX)

    @property
    def edited(self) -> bool:
        """Changed on the server since we put it there."""
        return self.stored != self.actual


@dataclass
class PublishPlan:
    """What publishing will do; ``conflicts`` are left alone and reported."""

    added: list[LocalEvent] = field(default_factory=list)
    changed: list[tuple[LocalEvent, RemoteEvent]] = field(default_factory=list)
    removed: list[RemoteEvent] = field(default_factory=list)
    unchanged: list[LocalEvent] = field(default_factory=list)
    conflicts: list[RemoteEvent] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "changed": len(self.changed),
            "removed": len(self.removed),
            "unchanged": len(self.unchanged),
            "conflicts": len(self.conflicts),
        }


def fingerprint(visit: Visit, e: Engagement) -> str:
    """A digest of what an event says: its fields and its people, not its SEQUENCE or stamps."""
    people = [(c.uid, c.name, c.email, c.role, c.side.value) for c in visit.attendees(e)]
    values = [str(getattr(e, name)) for name in _FIELDS]
    text = json.dumps([values, people], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def local_events(visit: Visit, *, attendee: str | None = None) -> list[LocalEvent]:
    """The scheduled engagements of a visit (or of one member) as they should be published."""
    person = find_attendee(visit, attendee) if attendee else None
    out = []
    for e in visit.engagements:
        if e.is_unscheduled or (person is not None and person.uid not in e.contact_uids):
            continue
        out.append(LocalEvent(event_uid(e.uid), e.title, fingerprint(visit, e), e.sequence, e))
    return out


def remote_event(href: str, etag: str, data: bytes) -> RemoteEvent | None:
    """A calendar object read back; ``None`` if it is not one event we can read (left alone)."""
    try:
        got = parse_calendar(data, name=href)
    except PlannerError:
        return None
    if len(got.visit.engagements) != 1:
        return None
    e = got.visit.engagements[0]
    uid = event_uid(e.uid)
    match = re.search(rb"\r?\n" + X_FINGERPRINT.encode() + rb":([0-9a-f]+)\r?\n", data)
    stored = match.group(1).decode() if match else ""
    return RemoteEvent(href, etag, uid, e.title, e.sequence, stored, fingerprint(got.visit, e))


def plan_publish(local: list[LocalEvent], remote: list[RemoteEvent]) -> PublishPlan:
    """Compare what should be there with what is: matched by UID."""
    plan = PublishPlan()
    by_uid = {r.uid: r for r in remote}
    wanted = {e.uid for e in local}
    for event in local:
        there = by_uid.get(event.uid)
        if there is None:
            plan.added.append(event)
        elif there.edited and there.actual != event.fingerprint:
            plan.conflicts.append(there)
        elif there.actual == event.fingerprint:
            plan.unchanged.append(event)
        else:
            plan.changed.append((event, there))
    for there in remote:
        if there.uid in wanted or not there.ours:
            continue
        if there.edited:
            plan.conflicts.append(there)
        else:
            plan.removed.append(there)
    return plan


def resource_body(visit: Visit, event: LocalEvent, *, after: RemoteEvent | None, now: dt.datetime) -> bytes:
    """The calendar object to PUT: the event (SEQUENCE above the server's) with its fingerprint."""
    e = event.engagement
    if after is not None and e.sequence <= after.sequence:
        e = dataclasses.replace(copy.copy(e), sequence=after.sequence + 1)
    data = event_calendar(visit, e, now=now)
    line = f"{X_FINGERPRINT}:{event.fingerprint}\r\n".encode("ascii")
    head, _, tail = data.rpartition(b"END:VEVENT\r\n")
    return head + line + b"END:VEVENT\r\n" + tail


def resource_name(uid: str) -> str:
    """The file name of an event in the collection: its UID where that is safe in a URL, else a digest."""
    stem = uid[: -len(UID_SUFFIX)] if uid.endswith(UID_SUFFIX) else uid
    if re.fullmatch(r"[A-Za-z0-9._-]{1,100}", stem):
        return f"{stem}.ics"
    return hashlib.sha256(uid.encode("utf-8")).hexdigest()[:40] + ".ics"
