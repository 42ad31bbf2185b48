"""The draft visit an article yields: JSON for the CLI, a ``Visit`` for storage, a readable summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from planner.core import tz
from planner.core.article.assumed import assumptions_of
from planner.core.model import (
    Contact,
    Engagement,
    Kind,
    Organisation,
    Side,
    Status,
    Stop,
    Visit,
    new_uid,
)


@dataclass
class DraftStop:
    city: str | None
    country: str | None
    tz: str | None
    arrive: dt.date | None = None
    depart: dt.date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "city": self.city,
            "country": self.country,
            "tz": self.tz,
            "from": _iso(self.arrive),
            "to": _iso(self.depart),
        }


@dataclass
class DraftContact:
    name: str
    name_native: str
    org: str
    role: str
    uid: str = field(default_factory=new_uid)
    side: str = "host"

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "name_native": self.name_native,
            "org": self.org,
            "role": self.role,
            "side": self.side,
        }


@dataclass
class DraftEngagement:
    """One engagement; ``start``/``end`` are aware local times in ``tz`` when the text gives a clock time."""

    title: str
    kind: Kind
    org: str
    city: str | None
    country: str | None
    tz: str | None
    date: dt.date | None
    status: Status
    source: str
    end_date: dt.date | None = None
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    contacts: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    unscheduled_reason: str = ""
    date_text: str = ""
    end_tz: str | None = None  # a journey's arrival zone (``end`` is local time there)

    @property
    def day(self) -> dt.date | None:
        return self.start.date() if self.start is not None else self.date

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "kind": self.kind.value,
            "org": self.org or None,
            "city": self.city,
            "country": self.country,
            "tz": self.tz,
            "end_tz": self.end_tz,
            "date": _iso(self.day),
            "end_date": _iso(self.end_date) if self.end_date and self.end_date != self.date else None,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "status": self.status.value,
            "contacts": list(self.contacts),
            "sectors": list(self.sectors),
            "source": self.source,
            "unscheduled_reason": self.unscheduled_reason or None,
        }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


@dataclass
class ArticleDraft:
    """Everything the parser found, with the warnings a person should act on."""

    title: str
    head: str
    language: str
    text: str
    home_tz: str = "Asia/Kolkata"
    state: str = ""
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    year: int | None = None
    published: dt.date | None = None
    duration_days: int | None = None
    stops: list[DraftStop] = field(default_factory=list)
    engagements: list[DraftEngagement] = field(default_factory=list)
    contacts: list[DraftContact] = field(default_factory=list)
    organisations: list[tuple[str, str, str]] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "visit": {
                "title": self.title,
                "head": self.head or None,
                "home_tz": self.home_tz,
                "start_date": _iso(self.start_date),
                "end_date": _iso(self.end_date),
                "year": self.year,
                "language": self.language,
                "published": _iso(self.published),
                "state": self.state or None,
                "duration_days": self.duration_days,
            },
            "stops": [s.to_json() for s in self.stops],
            "engagements": [e.to_json() for e in self.engagements],
            "contacts": [c.to_json() for c in self.contacts],
            "sectors": list(self.sectors),
            "warnings": list(self.warnings),
        }

    def to_visit(self) -> Visit:
        """A new ``Visit`` (no id yet): timed engagements in UTC, the head kept apart from contacts."""
        contacts = [
            Contact(
                name=c.name,
                name_native=c.name_native,
                organisation=c.org,
                role=c.role,
                uid=c.uid,
                side=Side(c.side),
            )
            for c in self.contacts
        ]
        by_name = {c.name: c.uid for c in self.contacts}
        engagements = []
        for e in self.engagements:
            start = tz.as_utc(e.start) if e.start is not None else None
            end = tz.as_utc(e.end) if e.end is not None else None
            engagements.append(
                Engagement(
                    title=e.title,
                    kind=e.kind,
                    status=e.status,
                    organisation=e.org,
                    city=e.city,
                    country=e.country,
                    tz=e.tz,
                    end_tz=e.end_tz if e.end_tz != e.tz else None,
                    start=start,
                    end=end,
                    date=None if start is not None else e.date,
                    end_date=e.end_date
                    if start is None and e.date and e.end_date and e.end_date > e.date
                    else None,
                    sectors=list(e.sectors),
                    source=e.source,
                    unscheduled_reason=e.unscheduled_reason,
                    contact_uids=[by_name[n] for n in e.contacts if n in by_name],
                )
            )
        visit = Visit(
            title=self.title,
            head=self.head,
            home_tz=self.home_tz,
            start_date=self.start_date,
            end_date=self.end_date,
            language=self.language,
            published=self.published,
            source_article=self.text,
            stops=[
                Stop(city=s.city or "", country=s.country or "", tz=s.tz, arrive=s.arrive, depart=s.depart)
                for s in self.stops
                if s.tz
            ],
            engagements=engagements,
            contacts=contacts,
            organisations=[
                Organisation(name=n, name_native=native, country=c) for n, native, c in self.organisations
            ],
        )
        visit.assumptions = assumptions_of(self.warnings, visit)
        return visit

    def summary(self) -> str:
        """A preview for people: the visit, its stops, its programme day by day, contacts, warnings."""
        lines = [self.title]
        span = f"{self.start_date or '?'} – {self.end_date or '?'}"
        lines.append(f"Head: {self.head or 'not named'}   Dates: {span}   Language: {self.language}")
        if self.stops:
            lines.append("Stops:")
            for s in self.stops:
                where = ", ".join(p for p in (s.city, s.country) if p) or "?"
                lines.append(f"  {where} ({s.tz or 'zone unknown'}) {s.arrive or '?'} – {s.depart or '?'}")
        lines.append("Programme:")
        for e in sorted(
            self.engagements,
            key=lambda e: (e.day is None, e.day or dt.date.min, e.start is not None, e.start or e.end or 0),
        ):
            when = (
                e.start.strftime("%Y-%m-%d %H:%M %Z") if e.start else (str(e.day) if e.day else "unscheduled")
            )
            where = ", ".join(p for p in (e.city, e.country) if p) or "place unknown"
            flag = "" if e.status == Status.CONFIRMED else f" [{e.status.value}]"
            lines.append(f"  {when:<22} {e.title}{flag} — {where}")
            if e.contacts:
                lines.append(f"  {'':<22}   with {', '.join(e.contacts)}")
        if self.contacts:
            lines.append("Contacts:")
            for c in self.contacts:
                native = f" ({c.name_native})" if c.name_native else ""
                lines.append(f"  {c.name}{native}, {c.role}, {c.org}".rstrip(", "))
        if self.warnings:
            lines.append(f"Warnings ({len(self.warnings)}):")
            lines.extend(f"  - {w}" for w in self.warnings)
        return "\n".join(lines)
