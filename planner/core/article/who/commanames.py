"""A body's name whose words go on after a comma before its acronym: where such a name starts.

Reads a name spelled out before its acronym whose first words end at a comma and whose last words
are a list of portfolios closed by ``and`` (the acronym's run is only those last words):

* ``Chamber of Commerce, Industry and Services of Andorra (CCIS)``: the list's last portfolio goes on
  with its place, ``of Andorra``;
* ``Union of Chambers of Commerce, Industry and Agriculture (UCCIA)``: two links in the head;
* ``National Institute for Research in Agriculture, Fisheries and Environment (INRAPE)``: a head
  linked by ``for`` and ``in``;
* ``Chamber of Commerce, Industry, Agriculture, Mines and Crafts (CCIAMA)``: several commas.

The head before the first comma holds a word for a body (the gazetteer's ``org_words``:
``Chamber``, ``Institute``); the words listed between the commas and up to ``and`` are common words
(portfolios), so that a list of bodies (``Tata Steel, Infosys and Bharat Forge (BF)``) stays a list.
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Gazetteer
from planner.core.article.reading.words import is_common_word
from planner.core.article.who.orgnames import CAP

_LINK = r"(?:of|for|in|on|the|and|&)"
#: the name's words before its first comma, then any portfolios each closed by a comma
_HEAD = re.compile(
    rf"(?<![\w'’.-])(?P<head>{CAP}(?:\s+(?:{_LINK}\s+){{0,2}}{CAP})*?)"
    rf"(?P<listed>,\s+(?:{CAP}(?:\s+{CAP})?,\s+)*)$"
)
#: the acronym's run: portfolios up to ``and`` and the one after it (what follows is free)
_CLOSED = re.compile(rf"(?P<listed>{CAP}(?:\s+{CAP})?)\s+(?:and|&)\s+{CAP}")


def _portfolio(word: str) -> bool:
    """A common word, or a compound ending in one (``Agribusiness``)."""
    return is_common_word(word) or any(is_common_word(word[k:]) for k in range(3, len(word) - 4))


def comma_head(text: str, start: int, end: int, gaz: Gazetteer) -> int | None:
    """Where the name starts whose acronym's run is ``text[start:end]`` (``Industry and Services of
    Andorra``), when its first words end at a comma right before the run; else None."""
    closed = _CLOSED.match(text, start, end)
    head = _HEAD.search(text, max(0, start - 200), start)
    if closed is None or head is None:
        return None
    words = head.group("head").split()
    if not re.search(rf"\s{_LINK}\s", head.group("head")) or not any(gaz.org_word(w) for w in words):
        return None
    listed = head.group("listed").replace(",", " ").split() + closed.group("listed").split()
    if not all(_portfolio(w) for w in listed):
        return None
    return head.start("head")
