"""A territory or small country that is its own place in the data: being there is being in its capital.

The generated country table (CLDR/GeoNames) lists dependencies and small islands as places of
their own, with their own zone and capital: Bermuda (Hamilton), the Isle of Man (Douglas), the
Cayman Islands (George Town), the British Virgin Islands (Road Town), the Falkland Islands
(Stanley).  The city table holds at most a few towns of such a place, and its one zone is the
capital's.  So a journey told to the place itself is a journey to its capital, and the stop is
that city, not a country with no city:

* "The delegation arrived in the British Virgin Islands on 8 March" → Arrival in Road Town,
  stop Road Town (``America/Tortola``);
* "प्रतिनिधिमंडल 14 जनवरी को फ़ॉकलैंड द्वीपसमूह पहुंचा" → Arrival in Stanley (``Atlantic/Stanley``);
* "flew to the Isle of Man" → Departure for Douglas.

A country of several zones, or one whose table lists more than a few towns (Australia, Uruguay),
is left a country: the article has to say which city.  A place whose capital bears its name
(Luxembourg, Djibouti, Gibraltar) was already its capital (``places.locate``).
"""

from __future__ import annotations

from planner.core.article.entities import Entity
from planner.core.article.gazetteer import Gazetteer

#: at most this many towns in the generated city table: a place small enough that it is its capital
FEW_TOWNS = 3


def towns(gaz: Gazetteer, code: str) -> int:
    """How many towns of the country ``code`` the generated city table lists."""
    a, b = gaz.base.spans.get(code, (0, 0))
    return max(0, b - a)


def capital_of(gaz: Gazetteer, place: Entity) -> Entity | None:
    """The capital ``place`` (a country) stands for when a journey goes there: the city of its
    capital's name in it (or the capital as its own city when the table leaves it out), if
    ``place`` has one zone and at most :data:`FEW_TOWNS` towns; else ``None``."""
    code = place.country or ""
    if place.kind != "country" or place.home or place.multi_zone or not place.capital or not place.tz:
        return None
    if towns(gaz, code) > FEW_TOWNS:
        return None
    city = gaz.city(place.capital, code)
    if city is not None and city.country == code:
        return city
    return Entity(kind="city", name=place.capital, country=code, tz=place.tz)


def retitled(title: str, place: Entity, city: Entity) -> str:
    """``Arrival in Cayman Islands`` → ``Arrival in George Town``: a move's title names its city."""
    if title.endswith(place.name):
        return title[: len(title) - len(place.name)] + city.name
    return title


__all__ = ["FEW_TOWNS", "capital_of", "retitled", "towns"]
