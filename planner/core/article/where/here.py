"""“Here” in a report filed under a dateline: the place the dateline names.

``ACCRA, March 10 (PTI) - … Samant, who arrived here on Sunday, …``, ``जकार्ता, 18 नवंबर (भाषा)। …
जो सोमवार को यहां पहुंचे थे``: the word stands for the dateline's city, and is read as a mention of
it, so an arrival, a meeting or a stop told "here" is placed there.
"""

from __future__ import annotations

import re

from planner.core.article.entities import Entity, Mention

_HERE = re.compile(r"(?<![\u0900-\u097F])यहा[ंँ](?![\u0900-\u097F])|(?i:\bhere\b)")


def names_here(text: str) -> bool:
    return _HERE.search(text) is not None


def with_here(text: str, mentions: list[Mention], city: Entity) -> list[Mention]:
    """``mentions`` with each "here" / "यहां" not inside one of them read as ``city``."""
    taken = [(m.start, m.end) for m in mentions]
    here = [
        Mention(city, h.start(), h.end(), h.group())
        for h in _HERE.finditer(text)
        if not any(a < h.end() and h.start() < b for a, b in taken)
    ]
    return sorted([*mentions, *here], key=lambda m: m.start) if here else mentions


__all__ = ["names_here", "with_here"]
