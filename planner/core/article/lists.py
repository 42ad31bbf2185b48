"""Lists: the bullets under a dated line ending in ":" are each read with that line.

``The MoUs were signed in Madrid on January 30 with:`` over ``- Roca Sanitario (₹400 crore, …)``:
each item is one engagement, with the lead's verb, place and day; under ``with:`` the item opens
with a counterpart, an organisation even when the gazetteer does not know it.
"""

from __future__ import annotations

import dataclasses
import re

from planner.core.article.gazetteer import Entity, Mention
from planner.core.article.text import Sentence
from planner.core.article.words import is_common_word

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


__all__ = ["BULLET", "partner", "under"]
