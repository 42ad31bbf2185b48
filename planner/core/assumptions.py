"""What the planner guessed rather than read: assumptions kept with a visit until someone confirms them.

An assumption concerns the whole visit, a run of days (the days a stop was assumed), or one
engagement (by uid). It stays *open* until someone *confirms* it (the guess is right) or
*fixes* it (edits what it concerns); who did that and when is kept beside it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass, field

from planner.core import tz


class Concern(enum.StrEnum):
    """What an assumption is about."""

    VISIT = "visit"
    DAYS = "days"
    ENGAGEMENT = "engagement"


class AssumptionStatus(enum.StrEnum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    FIXED = "fixed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


#: The stable codes and what each one means, for people (the Review panel's tooltips).
CODES: dict[str, str] = {
    "year.inferred": "the year was not written beside the dates",
    "date.relative": "a date counted from another date or from the publication date",
    "published.assumed": "the publication date was read from the text, not given",
    "span.unfilled": "the visit's stated length is longer than the days the article dates",
    "span.counted": "a first or last day counted from the stated length",
    "stop.assumed": "days the delegation is assumed to stay where it was",
    "city.from-seat": "a city taken from an organisation's seat",
    "city.from-stop": "a city taken from where the delegation is that day",
    "zone.inferred": "a time zone taken from the country",
    "place.fuzzy": "a place name matched by spelling, not exactly",
    "time.period": "a clock time without morning or evening",
    "time.length": "an end time assumed from the usual length",
    "time.converted": "a time given in another zone, converted",
    "status.inferred": "a status read from the article's wording",
    "other.inferred": "something else the importer inferred",
}


def uuid4_hex() -> str:
    """A new random uid (``uuid`` is imported on first use: reading stored visits needs none)."""
    import uuid

    return uuid.uuid4().hex


@dataclass
class Assumption:
    """One guess, in plain words (``text``), with a stable ``code`` (see :data:`CODES`)."""

    code: str
    text: str
    concerns: Concern = Concern.VISIT
    engagement_uid: str | None = None
    first_day: dt.date | None = None
    last_day: dt.date | None = None
    status: AssumptionStatus = AssumptionStatus.OPEN
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    uid: str = field(default_factory=uuid4_hex)

    def __post_init__(self) -> None:
        if self.concerns == Concern.ENGAGEMENT and not self.engagement_uid:
            raise ValueError("an assumption about an engagement needs its uid")
        if self.concerns == Concern.DAYS and (self.first_day is None or self.last_day is None):
            raise ValueError("an assumption about days needs the first and last day")
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise ValueError("an assumption's last day cannot be before its first")
        if self.decided_at is not None and self.decided_at.utcoffset() != dt.timedelta(0):
            raise ValueError("decided_at must be an aware UTC instant")

    @property
    def is_open(self) -> bool:
        return self.status == AssumptionStatus.OPEN

    def covers(self, day: dt.date) -> bool:
        """Whether the assumption is about ``day`` (only assumptions about days are)."""
        if self.concerns != Concern.DAYS or self.first_day is None or self.last_day is None:
            return False
        return self.first_day <= day <= self.last_day

    def decided(self, status: AssumptionStatus, by: str, at: dt.datetime) -> Assumption:
        """A copy confirmed or fixed by ``by`` at ``at`` (aware UTC)."""
        return dataclasses.replace(self, status=status, decided_by=by, decided_at=at)

    def reopened(self) -> Assumption:
        return dataclasses.replace(self, status=AssumptionStatus.OPEN, decided_by="", decided_at=None)


def open_ones(assumptions: list[Assumption], engagements: set[str] | None = None) -> list[Assumption]:
    """The open assumptions; with ``engagements`` (uids), only those about the visit, days, or one of
    them (a deleted engagement takes its own out of view; undoing the delete brings them back)."""
    return [
        a
        for a in assumptions
        if a.is_open and (engagements is None or a.engagement_uid is None or a.engagement_uid in engagements)
    ]


def open_on_day(assumptions: list[Assumption], day: dt.date) -> list[Assumption]:
    """The open assumptions about ``day`` (a stop assumed there)."""
    return [a for a in assumptions if a.is_open and a.covers(day)]


def open_about(assumptions: list[Assumption], engagement_uid: str) -> list[Assumption]:
    """The open assumptions about one engagement."""
    return [a for a in assumptions if a.is_open and a.engagement_uid == engagement_uid]


def replaced(assumptions: list[Assumption], new: Assumption) -> list[Assumption]:
    """``assumptions`` with the one of ``new``'s uid replaced (order kept)."""
    return [new if a.uid == new.uid else a for a in assumptions]


def to_json(a: Assumption) -> dict[str, object]:
    return {
        "uid": a.uid,
        "code": a.code,
        "text": a.text,
        "concerns": a.concerns.value,
        "engagement_uid": a.engagement_uid,
        "first_day": a.first_day.isoformat() if a.first_day else None,
        "last_day": a.last_day.isoformat() if a.last_day else None,
        "status": a.status.value,
        "decided_by": a.decided_by,
        "decided_at": a.decided_at.isoformat() if a.decided_at else None,
    }


def from_json(data: dict[str, object]) -> Assumption:
    """The inverse of :func:`to_json`; ``ValueError``/``KeyError`` for a malformed entry."""

    def day(key: str) -> dt.date | None:
        value = data.get(key)
        return dt.date.fromisoformat(str(value)) if value else None

    at = data.get("decided_at")
    decided_at = tz.as_utc(dt.datetime.fromisoformat(str(at))) if at else None
    uid = data.get("uid")
    return Assumption(
        code=str(data["code"]),
        text=str(data["text"]),
        concerns=Concern(str(data.get("concerns", "visit"))),
        engagement_uid=str(data["engagement_uid"]) if data.get("engagement_uid") else None,
        first_day=day("first_day"),
        last_day=day("last_day"),
        status=AssumptionStatus(str(data.get("status", "open"))),
        decided_by=str(data.get("decided_by") or ""),
        decided_at=decided_at,
        **({"uid": str(uid)} if uid else {}),
    )
