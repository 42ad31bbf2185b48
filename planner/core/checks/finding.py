"""What a check reports: a finding with a stable code, a severity, plain words and what it concerns."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

#: Where a city is: ``(latitude, longitude)`` in degrees, or ``None`` when unknown.
Coordinates = Callable[[str, str], tuple[float, float] | None]


class Severity(enum.StrEnum):
    """How much a finding matters: an error makes ``planner check`` fail."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


@dataclass(frozen=True)
class Finding:
    """One thing a protocol officer would want to know about the programme.

    ``code`` is stable (``clash.member``, ``holiday``…); ``engagements`` and ``members`` are uids;
    ``subject`` tells apart two findings of one code about the same engagements (a city, a date);
    ``day`` is the local date it is about, for ordering; ``dismissed`` is the reason the user
    gave for dismissing it, if they did.
    """

    code: str
    severity: Severity
    message: str
    engagements: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    subject: str = ""
    day: dt.date | None = None
    dismissed: str | None = None

    @property
    def key(self) -> str:
        """What a dismissal is stored under: the code and its subject (the engagements by default).

        Members are left out, so adding someone to the delegation does not revive a dismissed finding.
        """
        return f"{self.code}|{self.subject or ','.join(self.engagements)}"

    @property
    def blocks(self) -> bool:
        """Whether this finding makes the programme fail the checks (an error not dismissed)."""
        return self.severity is Severity.ERROR and self.dismissed is None

    def to_json(self) -> dict[str, Any]:
        """The five keys ``planner check --json`` promises, then ``key``, ``day`` and ``dismissed``."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "engagements": list(self.engagements),
            "members": list(self.members),
            "key": self.key,
            "day": self.day.isoformat() if self.day else None,
            "dismissed": self.dismissed,
        }


@dataclass(frozen=True)
class CheckSettings:
    """What the user can set: the buffer between engagements, usual hours, how soon is soon."""

    buffer: dt.timedelta = dt.timedelta(minutes=30)
    earliest: dt.time = dt.time(8, 0)
    latest: dt.time = dt.time(21, 0)
    #: A leg landing from midnight until this local time needs a room from the night before.
    late_arrival_until: dt.time = dt.time(6, 0)
    #: How many days ahead of ``today`` an unscheduled or date-only engagement is worth a warning.
    soon_days: int = 7
    #: Where cities are; ``None``: the gazetteer's coordinates (see ``checks.places``).
    coordinates: Coordinates | None = field(default=None, compare=False)


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Findings by day (undated last), then severity, then code and key: the same order every run."""
    return sorted(findings, key=lambda f: (f.day or dt.date.max, f.severity.rank, f.code, f.key))
