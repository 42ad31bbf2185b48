"""Bodies a finder made of a person's name after a title: in ``Principal Secretary (Industries) K.
Haritha and TGIIC Managing Director X`` the capitalised run ``K. Haritha and TGIIC`` reads as one
body's name, and in ``Director of Mines Suchitra Mohapatra`` the portfolio and the name read as
``Mines Suchitra Mohapatra``.  Such a body, found by its shape and known to no data, that opens
with a name right after a title (its portfolio in brackets or after ``of`` between them) is that
title's holder: the people finder leaves it out, and the name is read as any other."""

from __future__ import annotations

import re

from planner.core.article.entities import Mention
from planner.core.article.reading.words import is_common_word
from planner.core.article.who.names import names_after

#: what may stand between a title and its holder's name: a portfolio in brackets, or ``of``/``for``
#: and the portfolio's words (which the body's name then opens with, or goes on after: ``Minister of
#: Industry and Trade Karim Haddad`` reads ``Trade Karim Haddad``)
_GAP = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?|\s+(?:of|for)\s+(?:[A-Z][\w-]*(?:,\s+|\s+(?:and|&)\s+))*")


def swallowed(text: str, mentions: list[Mention]) -> list[Mention]:
    """The bodies among ``mentions`` that hold the name of a title's holder."""
    titles = [m for m in mentions if m.entity.kind in ("role", "office")]
    spans = [(m.start, m.end) for m in mentions]
    found = []
    for o in mentions:
        if o.entity.kind != "org" or o.entity.type != "found":
            continue
        if not any(t.end <= o.start and _GAP.fullmatch(text, t.end, o.start) for t in titles):
            continue
        names = names_after(text, o.start, [s for s in spans if s != (o.start, o.end)])[:1]
        if not names or names[0][1] != o.start or names[0][2] > o.end:
            continue
        words = names[0][0].split()
        if len(words) >= 2 and not is_common_word(words[-1]):
            found.append(o)  # "K. Haritha", "Mines Suchitra Mohapatra": no "Battery Systems"
    return found


__all__ = ["swallowed"]
