"""The body a person's role is printed after, with no possessive: ``Agoria chief executive Pieter
Claes``, ``CzechInvest Director General Tomáš Novotný``, ``इन्वेस्ट एस्टोनिया की प्रबंध निदेशक …``.

A name, a role and a person's name in a row make the name the role's body, the way an apposition
does: the meeting is with the body, the person is its contact.  Only a role a body gives (a chief
executive, a president, a director) counts, not one a place gives (``Japan Trade Minister X``); the
name must not be a place alone nor a person's.  In Hindi the name comes before ``के``/``की``/``का``;
written in Devanagari, it is given back in English word by word (places from the gazetteer, the
rest from the English words' table of :mod:`planner.core.article.anglicise`) and only when every
word has an English form: a name that is no English word stays to the other finders.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from planner.core.article.anglicise import english_word
from planner.core.article.gazetteer import Gazetteer, Mention
from planner.core.article.orgnames import NOT_NAMES, OWNER_IN_RUN, RUN, found_org, trim
from planner.core.article.words import HINDI_STOP, is_common_word

Span = Callable[[int, int], bool]

#: the roles a place gives, never a body's: "Japan Trade Minister", "Victoria Premier"
_PUBLIC_ROLE = re.compile(r"Minister|Premier|Governor|Mayor|Ambassador|Secretary|Consul|Chief\s+Minister")
_RUN_BEFORE = re.compile(rf"(?<![\w'’.-]){RUN}\s+$")
#: a person's name right after the role (an honorific may open it), in Latin or Devanagari script
_NAME_AFTER = re.compile(
    r"\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?P<word>[A-Z\u00C0-\u00DE][\w\u00C0-\u024F'’.-]*|[\u0900-\u097F]+)"
)
_HI_OWNER = re.compile(r"[\u0900-\u097F]+(?:\s+[\u0900-\u097F]+){0,4}\s+(?:के|की|का)\s+$")
_DEVANAGARI_WORD = re.compile(r"[\u0900-\u097F]+")


def bodies_before_roles(
    text: str,
    mentions: list[Mention],
    gaz: Gazetteer,
    found: list[Mention],
    free: Span,
    places_ok: Span,
) -> None:
    """Add to ``found`` each body named right before a role that a person's name follows."""
    for role in mentions:
        if role.entity.kind != "role" or _PUBLIC_ROLE.search(role.entity.name) is not None:
            continue
        after = _NAME_AFTER.match(text, role.end)
        if after is None or after.group("word") in HINDI_STOP:
            continue  # "… के पदाधिकारियों से": officials, no one named
        if re.search(r"[\u0900-\u097F]", text[max(0, role.start - 2) : role.start + 1]):
            _hindi_body(text, role, mentions, gaz, found, free, places_ok)
            continue
        run = _RUN_BEFORE.search(text, 0, role.start)
        if run is None or re.search(r"[\u0900-\u097F]\s*$", text[max(0, run.start() - 3) : run.start()]):
            continue  # "… Construction के Senior Managing Director": a word of the role's, in Hindi
        if OWNER_IN_RUN.search(text, run.start(), run.end()):
            continue  # "HIPA's Deputy CEO X": a possessive's body, and a word of the role (role_owner)
        start, end = trim(text, run.start(), run.end())
        name = text[start:end]
        words = name.split()
        if not words or words[0] in NOT_NAMES or any(w in NOT_NAMES for w in words[-1:]):
            continue
        if len(words) == 1 and (gaz.country_of_demonym(name) or is_common_word(name)):
            continue  # "the Chilean Executive President", "Senior Managing Director": no body
        if _person_or_place(mentions, start, end) or not (free(start, end) and places_ok(start, end)):
            continue
        found.append(Mention(found_org(name), start, end, name))


def _person_or_place(mentions: list[Mention], start: int, end: int) -> bool:
    return any(
        m.start < end and start < m.end and m.entity.kind in ("person", "role", "office") for m in mentions
    ) or any(
        (m.start, m.end) == (start, end) and m.entity.kind in ("city", "country", "state") for m in mentions
    )


def _hindi_body(
    text: str,
    role: Mention,
    mentions: list[Mention],
    gaz: Gazetteer,
    found: list[Mention],
    free: Span,
    places_ok: Span,
) -> None:
    """``इन्वेस्ट एस्टोनिया की प्रबंध निदेशक``: the Devanagari words before the possessive, each given
    in English, back to a function word or a word that has no English form (``उन्होंने``)."""
    owner = _HI_OWNER.search(text, 0, role.start)
    if owner is None:
        return
    words = list(_DEVANAGARI_WORD.finditer(text, owner.start(), owner.end()))[:-1]  # no के/की/का
    english: list[str] = []
    for w in reversed(words):  # back to a function word or a word with no English form
        form = None if w.group() in HINDI_STOP else _english(gaz, w.group())
        if form is None:
            break
        english.insert(0, form)
    words = words[len(words) - len(english) :]
    if len(words) < 2:
        return  # one word alone is a person's name as often as a body's
    start, end = words[0].start(), words[-1].end()
    if _person_or_place(mentions, start, end) or not (free(start, end) and places_ok(start, end)):
        return
    if all(_place(gaz, w.group()) for w in words):
        return  # "न्यूजीलैंड के …": places only
    name = " ".join(english)
    found.append(Mention(found_org(name), start, end, text[start:end]))


def _place(gaz: Gazetteer, word: str) -> str | None:
    hits = gaz.find(word)
    whole = len(hits) == 1 and hits[0].end - hits[0].start == len(word)
    return hits[0].entity.name if whole and hits[0].entity.kind in ("country", "city", "state") else None


def _english(gaz: Gazetteer, word: str) -> str | None:
    return gaz.org_word(word) or _place(gaz, word) or english_word(word)
