"""The government of a place abroad, named ``Government of`` the place.

A delegation meets a territory's, region's or province's own government as often as a country's
ministries, and reports name it in the English form whatever the sentence's language:

* ``held talks with the Government of the Faroe Islands``;
* ``Government of Gibraltar के साथ बैठक हुई``, ``Government of French Polynesia ke … saath baithak``;
* ``Regional Government of Madeira``, ``Government of Kaliningrad Region``, ``Government of Gandaki
  Province``.

The words ``Government of`` (after an optional level, ``Regional``, ``Provincial``…), ``the``, then
a place the gazetteer knows, with the place's region word after it, make one body in the place's
country.  The home country's and its states' governments are ours (``Government of Odisha``), no
counterpart.  A sentence naming such a government is in its country, as one naming the place is
(``parse``'s context for the sentences after).  The level and region words are the few English
words no dataset lists.
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Gazetteer, Mention
from planner.core.article.who.orgnames import found_org
from planner.core.article.who.rolebody import Span

_GOVERNMENT = re.compile(
    r"\b(?:(?:Regional|Provincial|Territorial|Autonomous|Federal|Island|Municipal|Local|Cantonal)\s+)?"
    r"Government\s+of\s+(?:the\s+)?"
)
_REGION = re.compile(r"\s+(?:Region|Province|Oblast|Krai|Prefecture|County|Territory|Islands?)\b")
_PLACES = ("city", "country")
#: the type of a place's government: a body met, never a site, and where the sentence is
GOVERNMENT = "government"


def governments(text: str, mentions: list[Mention], gaz: Gazetteer, found: list[Mention], free: Span) -> None:
    """Add to ``found`` each ``Government of`` a place abroad (see the module's docstring)."""
    for m in _GOVERNMENT.finditer(text):
        place = next((p for p in mentions if p.start == m.end() and p.entity.kind in _PLACES), None)
        if place is None:
            continue
        country = gaz.country(place.entity.country)
        if country is None or country.home:
            continue  # "Government of India": ours
        region = _REGION.match(text, place.end)
        end = region.end() if region is not None else place.end
        if not free(m.start(), m.start() + len("Government")):
            continue
        name = text[m.start() : end]
        found.append(Mention(found_org(name, GOVERNMENT, country.country), m.start(), end, name))
