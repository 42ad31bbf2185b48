"""Which of the places listed under one name a text means: the generated data lists many cities
under the same name, as their own or as another name (GeoNames' alternate names).

A city in a country the article names comes first; a city whose own name (or that name without
its accents) the text writes comes before one listed under it only as another name; a big city
is meant even in a country the article does not name, unless its claim is only another city's
own name ("Cancun" is Cancún's, though GeoNames lists China's Changchun under it too).
"""

from __future__ import annotations

import unicodedata

from planner.core.article.entities import Entity, Mention
from planner.core.article.reading.text import WORD
from planner.core.article.where.basedata import BaseIndex

#: a generated city this large is matched even when the article names no country of it
BIG_CITY = 1_000_000


def unaccented(word: str) -> str | None:
    """A Latin word without its accents ("Malé" → "Male", "Cádiz" → "Cadiz"), if it has any:
    GeoNames lists some cities only under the plain form a report writes with accents.  A letter
    of its own (``Ł``, ``ø``) is no accented letter: such a word is left as it is."""
    if word.isascii() or "\u0900" <= word[0] <= "\u097f":
        return None
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    return plain if plain.isascii() else None


def generated(base: BaseIndex, exact: str, key: str, plain: str) -> tuple[list[Entity], list[Entity]]:
    """The generated places listed under a name as written, else as folded, else without its
    accents ("Malé" is GeoNames' Male), and the cities among them whose own name it is
    (:meth:`BaseIndex.owners`)."""
    for name in dict.fromkeys((exact, key, plain)):
        hits, owners = base.named(name)
        if hits:
            return hits, owners
    return [], []


def fitting(
    hits: list[Entity], owners: list[Entity], regions: frozenset[str] | None, written: str = ""
) -> list[Entity]:
    """The generated place meant: the first in a country the article names, else a big city.

    ``hits`` come with the cities whose own name it is first ("Zaragoza" is Spain's city before
    Tijuana, listed under it as an old name); a big city listed under another city's own name is
    no big city abroad: it would give its country a claim on the visit ("Cancun" sent a report on
    Mexico to China's Changchun, "Pueblo" one on Colorado to Mexico's Puebla).  Nor is one that
    ``written`` (a Latin name) names only by another language's name for it, in an article that
    names the countries it visits: that is a town too small for the data there ("Gizo" in the
    Solomon Islands is not Giza, "Roma" in Lesotho not Rome); a Hindi report writes a city's own
    Hindi name, which the data lists the same way."""
    near = [e for e in hits if e.kind == "country" or (regions and e.country in regions)]
    alias_only = bool(regions) and written.isascii()
    big = [e for e in hits if e.population >= BIG_CITY and (e in owners if owners or alias_only else True)]
    return (near or big)[:1]


def visited(
    base: BaseIndex, hits: list[Entity], exact: str, key: str, regions: frozenset[str]
) -> list[Entity]:
    """A city listed by hand in a country the article does not send the delegation to yields to
    the first generated namesake in one it does: "San Jose" in a report on Costa Rica is San
    José, "Victoria" in one on the Seychelles its capital, not California's or British Columbia's."""
    if any(e.kind != "city" or e.country in regions for e in hits):
        return hits
    near = [e for e in base.lookup(exact) or base.lookup(key) if e.kind == "city" and e.country in regions]
    return near[:1] or hits


def by_other_name(base: BaseIndex, m: Mention) -> bool:
    """A generated city written in Latin letters by a name that is not its own, nor that name in
    capitals or without accents: another language's name for it ("Gizo" for Giza, "Landen" for
    London), which a small town elsewhere may bear (see :func:`fitting`)."""
    if m.entity.kind != "city" or not m.entity.base or not m.text.isascii():
        return False
    key = " ".join(WORD.findall(m.text))
    return not any(m.entity in base.owners(k) for k in dict.fromkeys((key, key.title())))
