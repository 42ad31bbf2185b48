"""People named with their body but no title: ``Mubadala की ओर से X``, ``met A, B and C of the Y
Association``, ``Hyundai Motor Group's Chung Eui-sun``, and the lists of ``including`` (moved out of
``people`` in round 12, when that module outgrew its size)."""

from __future__ import annotations

import re

from planner.core.article.entities import Mention
from planner.core.article.who.including import included
from planner.core.article.who.names import HONORIFIC, names_after

_ON_BEHALF = re.compile(r"\s+की\s+ओर\s+से\s+")
_MEET = re.compile(r"(?i:\b(?:meet(?:s|ing)?|met|meeting\s+with|talks\s+with)\s+)")
_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def listed(
    text: str, orgs: list[Mention], spans: list[tuple[int, int]]
) -> list[tuple[Mention, list[tuple[str, int, int]]]]:
    """People named with their body but no title: ``Mubadala की ओर से Khaldoon Al Mubarak``, ``meet
    Priya Raman, Arjun Mehta and Wei Chen of the Silicon Valley … Association``, ``met Ms Ingrid
    Larsen of Equinor``, ``Hyundai Motor Group's Chung Eui-sun``."""
    found = []
    for o in orgs:
        by = _ON_BEHALF.match(text, o.end)
        if by is not None:
            names = names_after(text, by.end(), spans)
            if names:
                found.append((o, names[:1]))
    for o in orgs:
        own = _OWNED.match(text, o.end) or _OWNED_HI.match(text, o.end)
        if own is None:
            continue
        names = names_after(text, own.end(), spans)
        if not names or names[0][1] != own.end():
            continue
        name, _, end = names[0]
        if _full_name(name) or (_full_native(name) and _MET_HI.match(text, end)):
            found.append((o, names[:1]))  # "Hyundai Motor Group's Chung Eui-sun", "टोयोटा के अकिओ टोयोडा से"
    for m in _MEET.finditer(text):
        names = names_after(text, m.end(), spans)
        titled = HONORIFIC.match(text, m.end()) is not None
        if not names or (len(names) < 2 and not (titled and len(names[0][0].split()) >= 2)):
            continue  # "met Ms Ingrid Larsen of Equinor": one person, told by a title, of a body
        of = _OF.match(text, names[-1][2])
        body = next((o for o in orgs if of is not None and o.start == of.end()), None)
        if body is not None:
            found.append((body, names))
    full = lambda name: _full_name(name) or _full_native(name)  # noqa: E731
    return found + included(text, orgs, spans, full)


#: "Toyota's", "Hyundai Motor Group's" (a word of the body's full name the data leaves out)
_OWNED = re.compile(r"(?:\s+[A-Z][A-Za-z]+)?(?:'s|’s|')\s+")


_OWNED_HI = re.compile(r"(?:\s+[\u0900-\u097F]+)?\s+(?:के|की)\s+")  # "टोयोटा के", "सुजुकी मोटर के"
#: what follows a person met in Hindi: "… से", "… के साथ", or the next in a list
_MET_HI = re.compile(r"\s*(?:से|के\s+साथ|,|और|तथा|एवं)(?![\u0900-\u097F])")


def _full_native(name: str) -> bool:
    """Two or three Devanagari words, not all common Hindi words (``अकिओ टोयोडा``, ``रोलैंड बुश``, not
    ``नए संयंत्र``)."""
    from planner.core.article.reading.words import is_common_word

    words = name.split()
    return 2 <= len(words) <= 3 and "\u0900" <= name[0] <= "\u097f" and not all(map(is_common_word, words))


def _full_name(name: str) -> bool:
    """Two or three capitalised words, the last no common English word: ``Chung Eui-sun``, ``Akio
    Toyoda`` (not ``Woven City``, ``Munich Plant``)."""
    from planner.core.article.reading.words import is_common_word

    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not is_common_word(words[-1])


__all__ = ["listed"]
