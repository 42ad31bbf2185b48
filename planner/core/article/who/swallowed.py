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
        others = [s for s in spans if s != (o.start, o.end)]
        if _holds_name(text, o, others):
            found.append(o)
    return found


def _holds_name(text: str, o: Mention, others: list[tuple[int, int]]) -> bool:
    """Whether the body ``o`` is a name (``K. Haritha``, ``Mines Suchitra Mohapatra``), or its
    portfolio's common words and a name that ends it (``Trade Rosa Maria Chissano``: a name of three
    words after the portfolio's), its last word no common word (no ``Battery Systems``)."""
    at = o.start
    for _ in range(_PORTFOLIO_WORDS + 1):
        names = names_after(text, at, others)[:1]
        if names and names[0][1] == at and names[0][2] <= o.end:
            words = names[0][0].split()
            if len(words) >= 2 and not is_common_word(words[-1]) and (at == o.start or names[0][2] == o.end):
                return True
        word = _WORD.match(text, at, o.end)
        if word is None or not is_common_word(word.group(1)):
            return False  # only a portfolio's common words go before the name
        at = word.end()
    return False


#: the most words of a portfolio a body's name may open with before the holder's name
_PORTFOLIO_WORDS = 2
_WORD = re.compile(r"([A-Z][a-z]+)\s+")


__all__ = ["swallowed"]
