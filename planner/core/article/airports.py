"""Arrivals told at an airport: the city the airport serves, not a place named after the airport.

``Arrival at Henri Coandă International Airport, Bucharest``, ``landed at Hamad International Airport
in Doha``, ``Toronto Pearson airport pe CM ka swagat``, ``टोक्यो के नरिता हवाई अड्डे पर पहुंचे``: the
airport is no stop of its own (a delegation does not stay there); the arrival is in the city named in
the airport's name or right after it.  A welcome at an airport (``welcomed at … airport``,
``airport par … swagat``, ``हवाई अड्डे पर … स्वागत``) is an arrival there too, when the sentence tells
no other.
"""

from __future__ import annotations

import re

from planner.core.article.entities import Entity, Mention
from planner.core.model import Kind

AIRPORT = re.compile(r"(?i:\bairport\b)|हवाई\s*अड्ड[ेाो]|एयरपोर्ट|(?i:\bhawai\s+add[ae]\b)")
#: a welcome or reception, or the Hindi noun of arrival in Roman script ("airport par aagman")
WELCOMED = re.compile(
    r"स्वागत|अगवानी|(?i:\bswagat\b|\bwelcom(?:e|ed|ing)\b|\breceived\b|\bgreeted\b|\baagman\b|\bagwani\b)"
)
#: between a city and the airport word, the rest of the airport's name: "Toronto Pearson ",
#: "Kaunas ", "टोक्यो के नरिता ", "London ke Heathrow "
_NAME_BEFORE = re.compile(
    r"(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s+International)?\s*"
    r"|\s+(?:के|की|ke|ki)\s+(?:(?:[\u0900-\u097F]+|[A-Z][\w'’.-]*)\s+){0,3}(?:(?i:international)\s+)?"
)
#: between the airport word and the city it serves: "Airport, Bucharest", "Airport in Doha"
_CITY_AFTER = re.compile(r"\s*(?:,|\bin\b|\bat\b|\bnear\b|\boutside\b)?\s*")


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


def welcomed_at(text: str, mentions: list[Mention], kinds: list[Kind]) -> list[tuple[int, Entity]]:
    """Where and in which city a sentence tells a welcome at an airport (``welcomed at Toronto Pearson
    airport``, ``Toronto Pearson airport pe CM ka swagat``): one, or none if the sentence tells a
    journey of its own (``kinds``: what else it tells)."""
    welcome = WELCOMED.search(text) if Kind.TRAVEL not in kinds else None
    city = served(text, mentions, 0, len(text)) if welcome is not None else []
    return [(welcome.start(), city[0].entity)] if welcome is not None and city else []


__all__ = ["AIRPORT", "WELCOMED", "served", "welcomed_at"]
