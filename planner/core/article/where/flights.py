"""Flights: a sentence with clock times in two places is one journey from one zone to the other.

``will leave Delhi at 11:15 pm and land at Narita at 7:25 am``, ``मुंबई से रात 1:30 बजे रवाना होकर
सुबह 7:10 बजे फ्रैंकफर्ट पहुंचेंगे``: the first place named is where the flight leaves from, the
last where it lands (a place after ``via`` or before ``होते हुए`` is only passed through); the first
time is the departure in the first place's zone, the last the arrival in the second's.  The arrival
is the first such local time after the departure (the same day or the next), and a flight longer
than a day is refused with a warning.

A flight is a travel engagement whose ``city``/``tz`` are the departure's and ``end_tz`` the
arrival's; it makes no stop of its own (an airport is not where a delegation stays): it is the
arrival day of the next stop in that country, and a change of planes is no stop at all.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from planner.core import tz
from planner.core.article.candidate import Candidate, SentenceFacts
from planner.core.article.draft import DraftEngagement
from planner.core.article.entities import Entity
from planner.core.article.gazetteer import Gazetteer
from planner.core.article.when.times import TimeMention
from planner.core.errors import LocalTimeError
from planner.core.model import Kind

_FLYING = re.compile(
    r"उड़ान|उडान|रवाना|प्रस्थान|पहु[ंँ]?च|(?i:\b(?:fl(?:y|ies|ew|ight)|leav(?:e|es|ing)|left|depart\w*"
    r"|land(?:s|ed|ing)?|arriv\w*|take\s+off|touch(?:es)?\s+down)\b)"
)
LONGEST = dt.timedelta(hours=20)


@dataclass
class Flight(Candidate):
    """A travel candidate from ``origin`` at ``time`` to ``place`` at ``lands``."""

    lands: TimeMention | None = None


def _zone(gaz: Gazetteer, place: Entity) -> str | None:
    return place.tz if place.kind == "city" else gaz.zone_of_country(place.country)


def find_flight(facts: SentenceFacts, found: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """``found`` with the sentence's departures and arrivals replaced by one flight, if it is one."""
    if len(facts.times) < 2 or not _FLYING.search(facts.text):
        return found
    places = [
        m
        for m in facts.mentions
        if m.entity.kind in ("city", "country") and not m.how and _zone(gaz, m.entity)
    ]
    if len(places) < 2 or places[0].entity.name == places[-1].entity.name:
        return found
    origin, target = places[0], places[-1]
    leaves, lands = facts.times[0], facts.times[-1]
    if not origin.start < lands.start or not leaves.start < target.end:
        return found
    flight = Flight(
        f"Flight from {origin.entity.name} to {target.entity.name}",
        Kind.TRAVEL,
        facts.sentence,
        leaves.start,
        (0, len(facts.text)),
        place=target.entity,
        origin=origin.entity,
        lands=lands,
    )
    _date(flight, facts)
    flight.time = leaves
    kept = [c for c in found if c.kind != Kind.TRAVEL or c.title == "Return to India"]
    return [flight, *kept]


def _date(flight: Flight, facts: SentenceFacts) -> None:
    """The departure's date: the one nearest the departure time (before it in Hindi, after in English)."""
    from planner.core.article.reading.text import script_of
    from planner.core.article.status import status_of, tense
    from planner.core.article.when.dayof import closest

    flight.status = status_of(facts.text)
    flight.tense = tense(facts.text)
    if facts.dates:
        mention, first, _ = closest(facts.dates, flight.anchor, hindi=script_of(facts.text) == "hi")
        flight.date, flight.date_text = first, mention.text


def locate_flight(flight: Flight, gaz: Gazetteer) -> None:
    origin = flight.origin
    assert origin is not None
    if origin.kind == "city":
        flight.city, flight.country = origin, gaz.country(origin.country)
    else:
        flight.country = origin


def schedule(e: DraftEngagement, flight: Flight, gaz: Gazetteer, warnings: list[str]) -> None:
    """Departure in the origin's zone, arrival in the destination's: ``start``, ``end``, ``end_tz``."""
    assert flight.place is not None and flight.time is not None and flight.lands is not None
    arrival_zone = _zone(gaz, flight.place)
    e.end_tz = arrival_zone
    if e.date is None or e.tz is None or arrival_zone is None:
        return
    try:
        start = tz.localize(dt.datetime.combine(e.date, flight.time.begins), e.tz, ambiguous="earlier")
        end = None
        for days in (0, 1, 2):
            day = tz.local_date(start, arrival_zone) + dt.timedelta(days=days)
            candidate = tz.localize(
                dt.datetime.combine(day, flight.lands.begins), arrival_zone, ambiguous="later"
            )
            if candidate > start:
                end = candidate
                break
    except LocalTimeError as exc:
        warnings.append(f"“{e.title}”: {exc}; the clock times were not used")
        return
    if end is None or tz.as_utc(end) - tz.as_utc(start) > LONGEST:
        warnings.append(f"“{e.title}”: the landing time “{flight.lands.text}” does not follow the departure")
        return
    e.start, e.end = start, end
    if end.date() != e.date:
        warnings.append(
            f"“{e.title}”: lands on {end:%d %b} at {end:%H:%M} local time ({arrival_zone}), "
            f"counted from the departure on {start:%d %b} at {start:%H:%M} ({e.tz})"
        )


def transit(flight: Flight, e: DraftEngagement, others: list[Candidate]) -> bool:
    """Whether another flight leaves from where this one lands, on its landing day (a change of planes)."""
    landed = arrival_day(e)
    return any(
        isinstance(o, Flight) and o is not flight and o.origin == flight.place and o.date == landed
        for o in others
    )


def home_flights(
    found: list[Candidate],
    engagements: list[DraftEngagement],
    departure: dt.date | None,
    back: dt.date | None,
    home: frozenset[str],
) -> tuple[dt.date | None, dt.date | None]:
    """The visit's first and last days as flights out of and back into the home country give them
    (the first flight from home, the last flight home), else ``departure``/``back`` as found."""
    out = [
        e.day
        for c, e in zip(found, engagements, strict=True)
        if isinstance(c, Flight) and c.country is not None and c.country.home and e.day
    ]
    landed = [
        arrival_day(e)
        for c, e in zip(found, engagements, strict=True)
        if isinstance(c, Flight) and c.place is not None and c.place.country in home
    ]
    return (out[0] if out else departure), (landed[-1] or back if landed else back)


def arrival_day(e: DraftEngagement) -> dt.date | None:
    """The local date the flight lands."""
    if e.end is not None:
        return e.end.date()
    return e.date


__all__ = ["Flight", "arrival_day", "find_flight", "home_flights", "locate_flight", "schedule", "transit"]
