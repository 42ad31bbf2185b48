"""Figures of the plain-Python core: ICS export and import against icalendar itself, the article parser."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tests.bench.data import office_visit
from tests.bench.harness import Figure, compare

if TYPE_CHECKING:
    from planner.core.model import Visit


def icalendar_directly(visit: Visit) -> bytes:
    """The same events built and serialised with icalendar alone: zoned start and end, the texts, and
    one VTIMEZONE per zone (``add_missing_timezones``)."""
    from icalendar import Calendar, Event

    from planner.core import tz

    cal = Calendar.new(prodid="-//bench//EN")
    stamp = tz.now_utc().replace(microsecond=0)
    for e in visit.engagements:
        if e.start is None or e.end is None or e.tz is None:
            continue
        event = Event.new(
            uid=e.uid,
            stamp=stamp,
            summary=e.title,
            description=e.notes,
            location=f"{e.venue}, {e.city}",
            categories=e.sectors,
        )
        event.add("DTSTART", tz.local_naive(e.start, e.tz), {"TZID": e.tz})
        event.add("DTEND", tz.local_naive(e.end, e.tz), {"TZID": e.tz})
        cal.add_component(event)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def ics_export(engagements: int, *, rounds: int) -> tuple[Figure, bytes]:
    from planner.core import ics

    visit = office_visit(engagements)
    warm = office_visit(20)
    ics.export_calendar(warm)  # imports and caches outside the measured rounds
    icalendar_directly(warm)
    found = compare(
        f"ICS export of {engagements:,} engagements",
        lambda: ics.export_calendar(visit),
        lambda: icalendar_directly(visit),
        rounds=rounds,
        warmup=0,
        target=1.4,
        note="ics.export_calendar vs building and serialising the same events with icalendar",
    )
    return found, ics.export_calendar(visit).data


def ics_import(data: bytes, engagements: int, *, rounds: int) -> Figure:
    from icalendar import Calendar

    from planner.core import ics

    ics.parse_calendar(ics.export_calendar(office_visit(20)).data, name="warm.ics")
    return compare(
        f"ICS import of that file ({engagements:,} events)",
        lambda: ics.parse_calendar(data, name="bench.ics"),
        lambda: Calendar.from_ical(data),
        rounds=rounds,
        warmup=0,
        target=1.4,
        note="ics.parse_calendar vs icalendar.Calendar.from_ical",
    )


SENTENCE_END = re.compile(r"(?<=[.!?।])\s+")


def seed_text() -> str:
    from planner.paths import seed_articles

    return seed_articles()[0].read_text(encoding="utf-8")


def parse_seed(*, rounds: int) -> Figure:
    from planner.core.article import parse_article

    text = seed_text()
    found = compare(
        "parse the seed article (in process)",
        lambda: parse_article(text),
        lambda: SENTENCE_END.split(text),
        rounds=rounds,
        target=None,
        note="vs splitting the same text into sentences; to report, and under 0.1 s",
    )
    found.extra["limit_s"] = 0.1
    found.note += f": {'yes' if found.value_s < 0.1 else 'NO'}"
    return found
