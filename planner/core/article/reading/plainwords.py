"""What reads as a body's name but names none, or names a site rather than a journey: a common
English word that opens a Hindi sentence only because the sentence starts with it (``Tour के
दौरान``), and a city's name that starts the name of a site visited there (``visit to Mombasa
Fishing Port``: the port, no journey to Mombasa).  Split from ``orgs`` to keep it short."""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Gazetteer, Mention
from planner.core.article.reading.words import is_common_word
from planner.core.article.who.orgnames import orgish


def site_of(text: str, place: Mention, items: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    """The place starts the name of a site visited, longer than the place and with a word for a body
    in it ("visit to Mombasa Fishing Port", "visit to Rijeka Container Port"): the visit is to
    the site, no journey to the city."""
    return (
        bool(items)
        and items[0][0] == place.start
        and items[0][1] > place.end
        and orgish(text[place.end : items[0][1]], gaz)
    )


#: where a sentence or a clause starts: the text's start, or after a full stop, danda, colon or semicolon
_CLAUSE_START = re.compile(r"(?:^|[.।:;!?]\s*)$")


def sentence_word(text: str, start: int, name: str, full_text: str, gaz: Gazetteer) -> bool:
    """A common English word alone that opens a Hindi sentence (``Tour के दौरान``, ``Design और
    export पर``): capitalised only because the sentence starts with it, when the article never
    capitalises it inside a sentence (a firm so named, ``Shell``, is written so everywhere)."""
    if " " in name or not name.isalpha() or name.isupper() or not is_common_word(name) or gaz.find(name):
        return False
    if not _CLAUSE_START.search(text[:start]):
        return False
    inside = re.compile(rf"(?<=[\w,)\u0900-\u0963\u0966-\u097F])[ \t]+{re.escape(name)}(?![\w-])")  # no danda
    return inside.search(full_text) is None
