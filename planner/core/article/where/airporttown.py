"""An arrival at an airport named after a town, and on the same day to the city the delegation
stays in: the arrival is in that city (``Larnaca International Airport पर आगमन`` then ``Motorcade
airport से Nicosia के लिए रवाना``; ``Keflavik International Airport पर आगमन`` then ``Reykjavik के
Hotel Borg में चेक-इन``).  The airport's town is no stop of the visit: the delegation only lands
there, as at a transit, and the move on is the same arrival told twice.
"""

from __future__ import annotations

import re
import unicodedata

from planner.core.article.candidate import Candidate
from planner.core.article.draft import DraftEngagement
from planner.core.article.reading.text import fold
from planner.core.article.where.airports import AIRPORT
from planner.core.article.where.stops import day_text
from planner.core.model import Kind

#: between the town and the airport word: the rest of the airport's name ("Nikola Tesla",
#: "International")
_REST_OF_NAME = re.compile(r"(?:\s+[^\W\d_][\w'’.-]*){0,3}?\s*$")


def _plain(text: str) -> str:
    """``fold``ed, with the accents of Latin letters dropped (``Keflavík`` → ``keflavik``); Devanagari's
    virama and nukta stay, or ``हवाई अड्डे`` and ``एयरपोर्ट`` would no longer read as an airport."""
    return "".join(
        c
        for c in unicodedata.normalize("NFKD", fold(text))
        if not unicodedata.combining(c) or "\u0900" <= c <= "\u097f"
    )


def _named_by_airport(c: Candidate) -> bool:
    """The arrival's city is named in its sentence only as the first word(s) of an airport's name."""
    if c.city is None:
        return False
    text, name = _plain(c.sentence.text), _plain(c.city.name)
    spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    airports = [a.start() for a in AIRPORT.finditer(text)]
    return bool(spots) and all(
        any(a >= s + len(name) and _REST_OF_NAME.match(text[s + len(name) : a]) for a in airports)
        for s in spots
    )


def into_city(merged: list[Candidate], engagements: list[DraftEngagement]) -> tuple[set[int], list[str]]:
    """Arrivals at an airport's town moved to the city reached the same day (the move on, by its
    index, is dropped), with a warning for each."""
    dropped: set[int] = set()
    notes: list[str] = []
    for i, (c, e) in enumerate(zip(merged, engagements, strict=True)):
        if c.kind != Kind.TRAVEL or not e.title.startswith("Arrival in ") or e.day is None:
            continue
        if not _named_by_airport(c) or c.city is None:
            continue
        town = c.city
        for j in range(i + 1, len(merged)):
            d, f = merged[j], engagements[j]
            if f.day != e.day:
                break
            if d.kind != Kind.TRAVEL:
                if d.city is not None and d.city.name == town.name and not d.city_guessed:
                    break  # something done in the town itself: it is a place of the visit
                continue
            if d.city is None or d.city.name == town.name or d.city.country != town.country:
                break
            c.city, c.place = d.city, d.city
            e.title, e.city, e.tz = f"Arrival in {d.city.name}", d.city.name, d.city.tz
            dropped.add(j)
            notes.append(
                f"the arrival at {town.name}'s airport on {day_text(e.day)} is taken as in "
                f"{d.city.name}, where the delegation went on the same day: the airport's town is no stop"
            )
            break
    return dropped, notes


__all__ = ["into_city"]
