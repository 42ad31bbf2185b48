"""A country's name that is part of the name of a street, a campus or a suburb's site in another place.

Cities name their streets and campuses after countries and their suburbs share countries' names:
"Cuba Street" in Wellington, "Jamaica Avenue" in Queens, the University of Queensland's "St Lucia
campus" in Brisbane.  Such a name says where in the city something is, not that the delegation
went to Cuba, Jamaica or Saint Lucia, so the country's name is no place of the visit (no stop, no
zone):

* "visited the Creative HQ startup hub on Cuba Street" → no Cuba;
* "Jamaica Avenue ke gurdwara mein" → no Jamaica;
* "Visit to the University of Queensland, St Lucia campus" → no Saint Lucia;
* "क्यूबा स्ट्रीट पर", "जमैका एवेन्यू के गुरुद्वारे में" → the same in Devanagari.

Only a word that names a street or a campus right after the country's name counts: "Jamaica's
capital" or "Cuba, where …" still name the country.
"""

from __future__ import annotations

import re

from planner.core.article.entities import Mention

#: right after a country's name: a word that makes it the name of a street, a square or a campus
_FEATURE_AFTER = re.compile(
    r"\s+(?:(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Square|Terrace|Quay|Parade)\b\.?"
    r"|(?i:campus|precinct)\b"
    r"|(?:स्ट्रीट|रोड|एवेन्यू|मार्ग|स्क्वायर|कैंपस|कैम्पस)(?![\u0900-\u097F]))"
)


def names_a_feature(text: str, m: Mention) -> bool:
    """Whether the country ``m`` names is written as part of a street's or a campus's name."""
    return m.entity.kind == "country" and bool(_FEATURE_AFTER.match(text, m.end))


__all__ = ["names_a_feature"]
