"""Bodies named with a verb of visiting or meeting, and those verbs read as no engagement of theirs.

A tourism or investment board is often named as a call to the reader and a place: ``Visit
Flanders``, ``Visit Estonia``, ``Visit Greenland``, ``Invest Estonia``, ``Meet Taiwan``.  Such a
run, met or talked with, is a body (``is_board``: ``held talks with Visit Flanders``, ``met Visit
Brussels, the capital region's tourism office``), and its first word is no visit or meeting of its
own (``named_in``: ``Visit Estonia ke saath baithak hui`` is a meeting with Visit Estonia, not a
visit to it).
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Mention

#: the calls such boards are named with; the rest of the name is a place
_CALL = re.compile(r"(?:Visit|Invest|Meet|Discover|Explore|Study)\s+")
_ONE_NAME = re.compile(r"[A-Z][a-z\u00DF-\u024F]+")


def is_board(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """``text[start:end]`` is a call and a place the data knows (``Visit Brussels``) or one name of a
    region it does not (``Visit Flanders``)."""
    call = _CALL.match(text, start)
    if call is None:
        return False
    return _ONE_NAME.fullmatch(text, call.end(), end) is not None or any(
        m.entity.kind in ("city", "country", "state") and m.start == call.end() and m.end == end
        for m in mentions
    )


def named_in(hits: list[re.Match[str]], bodies: list[Mention]) -> list[re.Match[str]]:
    """``hits`` that are no first word of a body's own name (see the module's docstring)."""
    return [
        h
        for h in hits
        if not any(b.start == h.start() and h.end() < b.end and _CALL.match(b.text) for b in bodies)
    ]
