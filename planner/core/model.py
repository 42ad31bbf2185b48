"""Domain objects of a delegation visit: plain dataclasses, no Qt, no database.

Time rules (see ``planner.core.tz``): a timed engagement stores its start and
end as *aware UTC instants* with the IANA zone name of the place beside them;
an all-day engagement stores only a local ``date``; an unscheduled one stores
neither.  Nothing here converts time zones: that is ``tz``'s job.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from planner.core.assumptions import Assumption


def new_uid() -> str:
    """A stable identifier for an engagement or contact (also the ICS UID stem)."""
    import uuid  # here: the first paint reads stored uids and need not load it

    return uuid.uuid4().hex


class Kind(enum.StrEnum):
    """What sort of engagement it is; decides its colour and ICS category."""

    MEETING = "meeting"
    SITE_VISIT = "site_visit"
    COMMUNITY = "community_event"
    TRAVEL = "travel"
    CEREMONY = "ceremony"
    PRESS = "press"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Status(enum.StrEnum):
    """How firm an engagement is."""

    CONFIRMED = "confirmed"
    PROPOSED = "proposed"
    TENTATIVE = "tentative"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"  # read from a calendar event that gave no STATUS

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Side(enum.StrEnum):
    """Whether a person travels with the delegation or belongs to the hosts."""

    DELEGATION = "delegation"
    HOST = "host"


@dataclass
class Organisation:
    """An organisation met on the visit, keyed by its English ``name`` within a visit."""

    name: str
    name_native: str = ""
    country: str = ""
    website: str = ""
    notes: str = ""


@dataclass
class Contact:
    """A person: a counterpart on the host side or a member of the delegation."""

    name: str
    name_native: str = ""
    organisation: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    side: Side = Side.HOST
    notes: str = ""
    source: str = ""
    uid: str = field(default_factory=new_uid)
    version: int = 0


@dataclass
class Stop:
    """Where the delegation is: a city, its IANA zone, from and to dates (inclusive)."""

    city: str
    country: str
    tz: str
    arrive: dt.date | None = None
    depart: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        if self.arrive is None or self.depart is None:
            return False
        return self.arrive <= day <= self.depart


@dataclass(frozen=True)
class Place:
    """A city and its country, where a travel leg departs from or arrives at."""

    city: str
    country: str = ""


@dataclass
class Member:
    """A member of the delegation: who travels, attends engagements and sleeps in the hotels."""

    name: str
    name_native: str = ""
    role: str = ""
    department: str = ""
    phone: str = ""
    email: str = ""
    is_head: bool = False
    uid: str = field(default_factory=new_uid)


@dataclass
class Stay:
    """A hotel booking at a stop: check-in and check-out as local dates (and times) in ``tz``.

    The nights it covers are ``check_in`` up to, not including, ``check_out``.
    """

    hotel: str
    city: str = ""
    country: str = ""
    tz: str | None = None
    address: str = ""
    check_in: dt.date | None = None
    check_in_time: dt.time | None = None
    check_out: dt.date | None = None
    check_out_time: dt.time | None = None
    confirmation: str = ""
    uid: str = field(default_factory=new_uid)

    def covers_night(self, night: dt.date) -> bool:
        """Whether the booking includes the night that starts on ``night``."""
        if self.check_in is None or self.check_out is None:
            return False
        return self.check_in <= night < self.check_out


def _require_utc(name: str, value: dt.datetime | None) -> None:
    if value is None:
        return
    offset = value.utcoffset()
    if offset is None or offset != dt.timedelta(0):
        raise ValueError(f"{name} must be an aware UTC instant, got {value!r}")


@dataclass
class Engagement:
    """One item of the programme.

    Exactly one of three shapes:

    * *timed*: ``start`` and ``end`` are aware UTC instants and ``tz`` names the
      zone of the place (``end_tz`` the arrival zone of a journey, if different);
    * *all-day*: ``date`` is the local date (``end_date`` the last day, inclusive);
    * *unscheduled*: none of them; ``unscheduled_reason`` says why.
    """

    title: str
    kind: Kind = Kind.MEETING
    status: Status = Status.CONFIRMED
    organisation: str = ""
    venue: str = ""
    city: str | None = None
    country: str | None = None
    tz: str | None = None
    end_tz: str | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    date: dt.date | None = None
    end_date: dt.date | None = None
    sectors: list[str] = field(default_factory=list)
    notes: str = ""
    source: str = ""
    unscheduled_reason: str = ""
    contact_uids: list[str] = field(default_factory=list)
    uid: str = field(default_factory=new_uid)
    version: int = 0
    sequence: int = 0
    updated_at: dt.datetime | None = None
    #: A journey (``kind`` travel): where it leaves from and arrives at, who carries it, its number.
    from_place: Place | None = None
    to_place: Place | None = None
    carrier: str = ""
    number: str = ""
    #: The delegation members who attend; empty means the whole delegation.
    member_uids: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ``ValueError`` when the fields do not form one of the three shapes."""
        _require_utc("start", self.start)
        _require_utc("end", self.end)
        if (self.start is None) != (self.end is None):
            raise ValueError("a timed engagement needs both start and end")
        if self.start is not None and self.end is not None:
            if self.tz is None:
                raise ValueError("a timed engagement needs the IANA zone of its place")
            if self.end < self.start:
                raise ValueError("an engagement cannot end before it starts")
            if self.date is not None:
                raise ValueError("a timed engagement has no separate all-day date")
        if self.end_date is not None and (self.date is None or self.end_date < self.date):
            raise ValueError("end_date needs a date and cannot be before it")

    @property
    def is_timed(self) -> bool:
        return self.start is not None

    @property
    def is_all_day(self) -> bool:
        return self.start is None and self.date is not None

    @property
    def is_unscheduled(self) -> bool:
        return self.start is None and self.date is None

    @property
    def arrival_tz(self) -> str | None:
        """The zone the engagement ends in (differs from ``tz`` only for journeys)."""
        return self.end_tz or self.tz


@dataclass
class Visit:
    """A delegation visit: who travels, where to, and the whole programme."""

    title: str
    head: str = ""
    home_tz: str = "Asia/Kolkata"
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    language: str = ""
    published: dt.date | None = None
    source_article: str = ""
    notes: str = ""
    stops: list[Stop] = field(default_factory=list)
    engagements: list[Engagement] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    id: int | None = None
    version: int = 0
    #: The stored visit's change counter when this copy was read: every change to the visit or
    #: anything in it moves it on, so a whole-visit save can tell what it has not seen (0: not read).
    content_version: int = 0
    members: list[Member] = field(default_factory=list)
    stays: list[Stay] = field(default_factory=list)
    #: Findings of the checks the user has dismissed: ``Finding.key`` → the reason given.
    dismissed: dict[str, str] = field(default_factory=dict)
    #: What the importer guessed, kept until a person confirms or fixes it (see ``core.assumptions``).
    assumptions: list[Assumption] = field(default_factory=list)

    def contact(self, uid: str) -> Contact | None:
        return next((c for c in self.contacts if c.uid == uid), None)

    def engagement(self, uid: str) -> Engagement | None:
        return next((e for e in self.engagements if e.uid == uid), None)

    def organisation(self, name: str) -> Organisation | None:
        folded = name.casefold()
        return next((o for o in self.organisations if o.name.casefold() == folded), None)

    def attendees(self, engagement: Engagement) -> list[Contact]:
        by_uid = {c.uid: c for c in self.contacts}
        return [by_uid[u] for u in engagement.contact_uids if u in by_uid]

    def engagements_of(self, contact: Contact) -> list[Engagement]:
        return [e for e in self.engagements if contact.uid in e.contact_uids]

    def stop_on(self, day: dt.date) -> list[Stop]:
        """The stops the delegation is at on ``day`` (two on a travel day)."""
        return [s for s in self.stops if s.covers(day)]

    def member(self, uid: str) -> Member | None:
        return next((m for m in self.members if m.uid == uid), None)

    def head_member(self) -> Member | None:
        """The member who heads the delegation, if the members are known and one is marked."""
        return next((m for m in self.members if m.is_head), None)

    def head_name(self) -> str:
        """Who heads the delegation: the head member's name, else the ``head`` text of older data."""
        member = self.head_member()
        return member.name if member is not None else self.head

    def members_of(self, engagement: Engagement) -> list[Member]:
        """Who attends ``engagement``: the members it lists, or the whole delegation when it lists none."""
        if not engagement.member_uids:
            return list(self.members)
        by_uid = {m.uid: m for m in self.members}
        return [by_uid[u] for u in engagement.member_uids if u in by_uid]


def field_names(model: type[Any], *, without: Iterable[str] = ()) -> tuple[str, ...]:
    """The fields of a model class in the order they are declared, less those named in ``without``."""
    left_out = set(without)
    return tuple(f.name for f in dataclasses.fields(model) if f.name not in left_out)
