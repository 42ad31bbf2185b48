"""Arrivals told at an airport: the city the airport serves, not a place named after the airport.

``Arrival at Henri Coandă International Airport, Bucharest``, ``landed at Hamad International Airport
in Doha``, ``Toronto Pearson airport pe CM ka swagat``, ``टोक्यो के नरिता हवाई अड्डे पर पहुंचे``: the
airport is no stop of its own (a delegation does not stay there); the arrival is in the city named in
the airport's name or right after it (``served``, where ``extract`` finds no city beside an arrive
verb).  A welcome at an airport (``welcomed at … airport``, ``airport par … swagat``, ``हवाई अड्डे पर …
स्वागत``) is an arrive verb too (``WELCOME_AT``); told beside another arrival, it is the same one.
"""

from __future__ import annotations

import re

from planner.core.article.entities import Mention

_AIRPORT = r"(?:(?i:\bairport\b)|हवाई\s*अड्ड[ेाो]|एयरपोर्ट|(?i:\bhawai\s+add[ae]\b))"
_WELCOME = (
    r"(?:स्वागत|अगवानी|(?i:\bswagat\b|\bwelcom(?:e|ed|ing)\b|\breceived\b|\bgreeted\b|\baagman\b|\bagwani\b))"
)
AIRPORT = re.compile(_AIRPORT)
#: a welcome or reception at an airport, told in one sentence either way round ("welcomed at
#: Toronto Pearson airport", "airport pe CM ka swagat"): an arrival where the airport is
#: ("received him at the airport": an airport named by no name is no place of its own)
_NAMED = r"(?<![Tt]he )(?<![Aa]n )"
WELCOME_AT = re.compile(rf"{_WELCOME}(?=[^.।]*?{_NAMED}{_AIRPORT})|{_NAMED}{_AIRPORT}(?=[^.।]*?{_WELCOME})")
#: between a city and the airport word, the rest of the airport's name: "Toronto Pearson ",
#: "Kaunas ", "टोक्यो के नरिता ", "London ke Heathrow "
_NAME_BEFORE = re.compile(
    r"(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+International)?\s*"
    r"|\s+(?:के|की|ke|ki)\s+(?:(?:[\u0900-\u097F]+|[A-Z][\w'’.-]*)\s+){0,3}(?:(?i:international)\s+)?"
)
#: between the airport word and the city it serves: "Airport, Bucharest", "Airport in Doha"
_CITY_AFTER = re.compile(r"\s*(?:,|\bin\b|\bat\b|\bnear\b|\boutside\b)?\s*")


_TO_AIRPORT = re.compile(
    r"\b[Ff]or\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?:[Aa]irport|AIRPORT)\b"
    rf"|{_AIRPORT}\s*(?:के\s+लिए|की\s+ओर)"
)


def bound_for_airport(text: str, start: int, end: int) -> bool:
    """A journey told, between ``start`` and ``end``, to an airport (``Motorcade departs Novi Sad for
    Belgrade Nikola Tesla Airport``, ``Akureyri से Keflavik International Airport के लिए प्रस्थान``): the
    way out by air, no move to the city whose name the airport's opens."""
    return _TO_AIRPORT.search(text, start, end) is not None


def served(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The city (of ``mentions``) an airport named between ``start`` and ``end`` serves, if the text
    names it: as a list of one, or none."""
    cities = [m for m in mentions if m.entity.kind == "city"]
    for a in AIRPORT.finditer(text, start, end):
        for m in reversed(cities):
            if m.end <= a.start() and _NAME_BEFORE.fullmatch(text, m.end, a.start()):
                return [m]
        for m in cities:
            if m.start >= a.end() and _CITY_AFTER.fullmatch(text, a.end(), m.start):
                return [m]
    return []


__all__ = ["AIRPORT", "WELCOME_AT", "bound_for_airport", "served"]
