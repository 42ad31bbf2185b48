"""The country of a visit whose report names none: where the delegation lands.

A report on a tour of one state or territory abroad often names only it and its cities ("the
Tasmania tour … landed in Hobart", "Alaska … Anchorage pahuncha"): no country, so the generated
cities below a million people are not sought (``namesakes.fitting``) and the visit is nowhere.  The
city the delegation lands in or reaches is a place by its verb alone; its largest namesake (Hobart
in Tasmania, not in Indiana) gives the visit its country, and with it that country's lesser cities
(Launceston).  A name any Indian place bears is the way home, not the visit ("landed in Hyderabad").
"""

from __future__ import annotations

import re

from planner.core.article.entities import Entity
from planner.core.article.gazetteer import Gazetteer
from planner.core.article.reading.text import Sentence

_NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
#: "landed in Hobart", "arrived at Halifax", "touched down in Darwin", "reached Anchorage";
#: "डार्विन पहुंचा", "Anchorage pahuncha"; a programme's "ARRIVAL, Kaliningrad Khrabrovo airport",
#: "Arrival in Hobart" (a report naming only the city it changes planes in before: that is no claim)
_LANDED = re.compile(
    rf"\b(?:land(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|touch(?:es|ed)?\s+down)\s+(?:in|at)\s+(?P<at>{_NAME})"
    rf"|\breach(?:es|ed)?\s+(?P<reached>{_NAME})"
    rf"|\b(?i:arrival)(?:\s*[,:–-]|\s+(?:in|at))\s+(?P<arrival>{_NAME})"
    rf"|(?P<before>[\u0900-\u097F]+|{_NAME})\s+(?:पहु[ंँ]च|pahu?nch)"
)


def landed_country(gaz: Gazetteer, sentences: list[Sentence]) -> frozenset[str]:
    """The country of the first city abroad the text lands in or reaches, if any (see the module)."""
    for s in sentences:
        for m in _LANDED.finditer(s.text):
            city = _abroad(
                gaz, m.group("at") or m.group("reached") or m.group("arrival") or m.group("before")
            )
            if city is not None and city.country:
                return frozenset({city.country})
    return frozenset()


def _abroad(gaz: Gazetteer, name: str) -> Entity | None:
    """The largest city of ``name`` (or of its first word: "Halifax Monday"), none where an Indian
    place bears it."""
    for tried in dict.fromkeys((name, name.split()[0])):
        cities = gaz.namesakes(tried)
        if any(_home(gaz, e) for e in cities):
            return None
        if cities:
            return max(cities, key=lambda e: e.population)
    return None


def _home(gaz: Gazetteer, city: Entity) -> bool:
    country = gaz.country(city.country)
    return city.home or (country is not None and country.home)
