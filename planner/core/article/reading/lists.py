"""Lists: the bullets under a dated line ending in ":" are each read with that line.

``The MoUs were signed in Madrid on January 30 with:`` over ``- Roca Sanitario (₹400 crore, …)``:
each item is one engagement, with the lead's verb, place and day; under ``with:`` the item opens
with a counterpart, an organisation even when the gazetteer does not know it.  And the bodies of
one list in a sentence (``MoUs with Bosch and Volkswagen``): one signing each.
"""

from __future__ import annotations

import dataclasses
import re

from planner.core.article.gazetteer import Entity, Mention
from planner.core.article.reading.text import Sentence
from planner.core.article.reading.words import is_common_word

BULLET = re.compile(r"\s*[•*·\-–—]\s")


#: a list's lead that announces counterparts: "… signed in Madrid on January 30 with:"
_WITH_LEAD = re.compile(r"(?:\bwith|से|के\s+साथ)\s*:$")
#: the name opening an item: capitalised words ("Sembcorp Industries — 1,000 MW …")
_NAME_RUN = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|and|of|de|la|del|y))*")


def partner(text: str, at: int, mentions: list[Mention]) -> list[Mention]:
    """An item of a list announcing counterparts ("with:") opens with one: an organisation even
    when the gazetteer does not know it ("Roca Sanitario (₹400 crore, …)")."""
    name = _NAME_RUN.match(text, at)
    if not _WITH_LEAD.search(text, 0, at - 1) or name is None:
        return mentions
    words = name.group().split()
    while words and words[-1] in ("&", "and", "of", "de", "la", "del", "y"):
        words.pop()
    end = at + len(" ".join(words))
    if not words or is_common_word(words[0]) or any(m.start < end and at < m.end for m in mentions):
        return mentions
    found = Mention(Entity("org", " ".join(words), type="found"), at, end, text[at:end])
    return sorted([*mentions, found], key=lambda m: (m.start, -m.end))


def under(lead: Sentence, item: Sentence) -> Sentence:
    """An item of a list read after the line that leads it, so it has the lead's verb, place and day."""
    bullet = BULLET.match(item.text)
    assert bullet is not None
    rest = item.text[bullet.end() :]
    skip = bullet.end()
    return dataclasses.replace(
        item,
        text=f"{lead.text} {rest}",
        heading=False,
        starts=(*lead.starts, lead.ends[-1], *item.starts[skip:]),
        ends=(*lead.ends, item.starts[skip], *item.ends[skip:]),
    )


#: between two organisations of one list: "Bosch and Volkswagen", "Samsung, LG और POSCO"
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|और\s+)?|\s(?:and|&|और|तथा|एवं)\s+)(?:the\s+)?")


def listed_with(text: str, orgs: list[Mention], first: Mention) -> list[Mention]:
    """The other organisations of the list ``first`` is in, with nothing but commas and "and"
    between them: "MoUs with Bosch and Volkswagen", "अरामको, सबिक (SABIC) और मआदेन के साथ"."""
    names: list[tuple[int, int, Mention]] = []  # a name and its bracketed short form count as one
    for o in sorted(orgs, key=lambda o: o.start):
        if names and names[-1][2].entity is o.entity and _BRACKET.fullmatch(text, names[-1][1], o.start):
            end = text.find(")", o.end)
            names[-1] = (names[-1][0], end + 1 if end >= 0 else o.end, names[-1][2])
        else:
            names.append((o.start, o.end, o))
    at = next((k for k, (a, b, _) in enumerate(names) if a <= first.start < b), None)
    if at is None:
        return []
    lo = hi = at
    while lo > 0 and LIST_JOIN.fullmatch(text, names[lo - 1][1], names[lo][0]):
        lo -= 1
    while hi + 1 < len(names) and LIST_JOIN.fullmatch(text, names[hi][1], names[hi + 1][0]):
        hi += 1
    return [o for _, _, o in names[lo : hi + 1] if o.entity is not first.entity]


_BRACKET = re.compile(r"\s*\(\s*")


__all__ = ["BULLET", "LIST_JOIN", "listed_with", "partner", "under"]
