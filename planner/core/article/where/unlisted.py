"""A visited country's capital that the generated city table leaves out, read as a city of that country.

GeoNames' table of cities of 15,000 people (``cities.tsv``) has no row for the capitals of several
small countries and territories, though the CLDR country table names them: Tórshavn (Faroe Islands),
Hagåtña (Guam), St. George's (Grenada), Mata-Utu (Wallis and Futuna), Melekeok (Palau).  Where the
article names such a country, its capital written in the text is a city of that country in the
country's zone (``Atlantic/Faroe``, ``Pacific/Guam``, not Copenhagen's or a US mainland zone):

* "will land in Tórshavn, the Faroese capital" (an article on the Faroe Islands) → Tórshavn, FO;
* "Mantri ji ki team Hagatna pahunchi" (a Roman Hindi vlog on Guam) → Hagatna, GU;
* "arrive in St. George's" or "Saint George's" (an article on Grenada) → St. George's, GD.

The name is matched with or without its accents, apostrophes and the dot of ``St.`` (``Saint`` as
well), capitalised as a name is; the city keeps the spelling the article writes.  A capital the
table lists (under any of its names) is left to the gazetteer, as is any country the text does not
name.
"""

from __future__ import annotations

import re
import unicodedata

from planner.core.article.entities import Entity, Mention
from planner.core.article.gazetteer import Gazetteer

#: per gazetteer and country: the pattern of its unlisted capital, or None when the table lists it
_PATTERNS: dict[tuple[int, str], re.Pattern[str] | None] = {}
_SAINT = {"st", "saint"}


def plain(text: str) -> str:
    """``text`` without accents, one character for each character (offsets stay the same)."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFKD", ch)[:1]
        out.append(base if base.isascii() and base.isalpha() and ch.isalpha() else ch)
    return "".join(out)


def pattern_of(name: str) -> re.Pattern[str]:
    """The ways a text writes the capital ``name``: ``St. George's`` → ``St George's``,
    ``Saint George’s``, ``St. Georges``; ``Torshavn`` → ``Tórshavn`` (matched on :func:`plain` text)."""
    words = re.findall(r"[A-Za-z]+", plain(name))
    parts = []
    for n, word in enumerate(words):
        if word.casefold() in _SAINT and n + 1 < len(words):
            parts.append(r"(?:St\.?|Saint)")
        elif len(word) == 1 and n > 0:  # the "s" of "George's"
            parts.append(re.escape(word))
        elif n:
            parts.append(f"(?i:{re.escape(word)})")
        else:  # a name begins with its capital: "Hagatna", not "hagatna"
            parts.append(re.escape(word[0].upper()) + f"(?i:{re.escape(word[1:])})")
    body = parts[0] if parts else ""
    for n in range(1, len(parts)):
        if len(words[n]) == 1:
            body += r"['’‘]?"
        elif words[n - 1].casefold() in _SAINT:
            body += r"\s*"
        else:
            body += r"[\s-]+"
        body += parts[n]
    return re.compile(rf"(?<![\w'’‘]){body}(?![\w])")


def _pattern(gaz: Gazetteer, code: str) -> re.Pattern[str] | None:
    key = (id(gaz), code)
    if key not in _PATTERNS:
        country = gaz.countries.get(code)
        capital = country.capital.strip() if country is not None and not country.home else ""
        listed = bool(capital) and any(
            h.kind == "city" and h.country == code for h in gaz.base.lookup(capital)
        )
        _PATTERNS[key] = pattern_of(capital) if capital and not listed else None
    return _PATTERNS[key]


def unlisted_capitals(
    gaz: Gazetteer, text: str, mentions: list[Mention], regions: frozenset[str]
) -> list[Mention]:
    """``mentions`` and a city mention for each unlisted capital of a country in ``regions`` the
    text writes where no other name stands."""
    added: list[Mention] = []
    flat: str | None = None
    for code in sorted(regions):
        found = _pattern(gaz, code)
        country = gaz.countries.get(code)
        if found is None or country is None:
            continue
        flat = plain(text) if flat is None else flat
        for m in found.finditer(flat):
            if any(x.start < m.end() and m.start() < x.end for x in [*mentions, *added]):
                continue
            written = text[m.start() : m.end()]
            city = Entity(kind="city", name=written, country=code, tz=country.tz)
            added.append(Mention(city, m.start(), m.end(), written))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda x: (x.start, -x.end))


__all__ = ["pattern_of", "plain", "unlisted_capitals"]
