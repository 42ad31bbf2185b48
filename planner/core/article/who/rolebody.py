"""The body a person's role is printed after, with no possessive: ``Agoria chief executive Pieter
Claes``, ``CzechInvest Director General Tomáš Novotný``, ``इन्वेस्ट एस्टोनिया की प्रबंध निदेशक …``.

A name, a role and a person's name in a row make the name the role's body, the way an apposition
does: the meeting is with the body, the person is its contact.  Only a role a body gives (a chief
executive, a president, a director) counts, not one a place gives (``Japan Trade Minister X``); the
name must not be a place alone nor a person's.  In Hindi the name comes before ``के``/``की``/``का``;
written in Devanagari, it is given back in English word by word (places from the gazetteer, the
rest from the English words' table of :mod:`planner.core.article.reading.anglicise`) and only when every
word has an English form: a name that is no English word stays to the other finders.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from planner.core.article.gazetteer import Gazetteer, Mention
from planner.core.article.reading.anglicise import english_word
from planner.core.article.reading.words import HINDI_STOP, is_common_word
from planner.core.article.who.orgnames import NOT_NAMES, OWNER_IN_RUN, RUN, found_org, names_only, trim

Span = Callable[[int, int], bool]

#: the roles a place gives, never a body's: "Japan Trade Minister", "Victoria Premier"
PUBLIC_ROLE = re.compile(r"Minister|Premier|Governor|Mayor|Ambassador|Secretary|Consul|Chief\s+Minister")
_RUN_BEFORE = re.compile(rf"(?<![\w'’.-]){RUN}\s+$")
#: "Codelco, where Executive President …", "Fortescue on Tuesday, whose chief executive …": the body
#: named before a clause about its person (a date may come between)
_RUN_BEFORE_WHOSE = re.compile(
    rf"(?<![\w'’.-])(?P<run>{RUN})(?:\s+on\s+[A-Z][a-z]+(?:,\s+[A-Z][a-z]+\s+\d{{1,2}})?)?,\s*(?:where|whose)\s+(?:the\s+)?$"
)
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
        if role.entity.kind != "role" or PUBLIC_ROLE.search(role.entity.name) is not None:
            continue
        after = _NAME_AFTER.match(text, role.end)
        if after is None or after.group("word") in HINDI_STOP:
            continue  # "… के पदाधिकारियों से": officials, no one named
        if re.search(r"[\u0900-\u097F]", text[max(0, role.start - 2) : role.start + 1]):
            _hindi_body(text, role, mentions, gaz, found, free, places_ok)
            continue
        whose = _RUN_BEFORE_WHOSE.search(text, 0, role.start)
        run = _RUN_BEFORE.search(text, 0, role.start) if whose is None else whose
        if run is None or re.search(r"[\u0900-\u097F]\s*$", text[max(0, run.start() - 3) : run.start()]):
            continue  # "… Construction के Senior Managing Director": a word of the role's, in Hindi
        if OWNER_IN_RUN.search(text, run.start(), run.end()):
            continue  # "HIPA's Deputy CEO X": a possessive's body, and a word of the role (role_owner)
        start, end = trim(text, *(whose.span("run") if whose is not None else run.span()))
        joined = list(re.finditer(r"\s+and\s+", text[start:end]))
        first = text[start : start + joined[-1].start()] if joined else ""
        if (
            joined
            and names_only(text, [(start, start + len(first))], gaz)
            and not all(map(is_common_word, first.split()))
        ):
            # "Raghvendra Singh and MPIDC managing director X": a person first ("Argentine Investment
            # and International Trade Promotion Agency": common words, one body)
            start += joined[-1].end()
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
    in English (:func:`english_words`)."""
    owner = _HI_OWNER.search(text, 0, role.start)
    if owner is None:
        return
    named = english_words(text, list(_DEVANAGARI_WORD.finditer(text, 0, owner.end()))[:-1], mentions, gaz)
    if named is None:
        return
    words, english = named
    if len(words) < 2:
        return  # one word alone is a person's name as often as a body's
    start, end = words[0].start(), words[-1].end()
    if _person_or_place(mentions, start, end) or not (free(start, end) and places_ok(start, end)):
        return
    if all(place_at(mentions, w) or is_place(gaz, w.group()) for w in words):
        return  # "न्यूजीलैंड के …": places only
    name = " ".join(english)
    found.append(Mention(found_org(name), start, end, text[start:end]))


#: what may stand before a name in Devanagari: a function word, or a common word that is no
#: English word's spelling (``उन्होंने``); an owner's possessive makes the name a part of another's
_OWNED_BY = frozenset(["के", "की", "का"])


def english_words(
    text: str,
    words: list[re.Match[str]],
    mentions: list[Mention],
    gaz: Gazetteer,
    last: str = "",
    end: int | None = None,
) -> tuple[list[re.Match[str]], list[str]] | None:
    """The words at the end of ``words`` that name something in English, with their English forms,
    back to a function word or a common Hindi word; ``None`` when a word with no English form (part
    of a name not in English: ``ग्वांगन स्टील कंपनी``) or an owner (``Embraer के …``) comes first.
    ``last`` is the English form of a last word given by the caller; ``end``, where the name must
    end (nothing but spaces after it)."""
    names: list[str] = []
    edge = end if end is not None else words[-1].end() if words else 0
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if text[w.end() : edge].strip():
            break  # punctuation, digits or Latin letters between: the name starts after them
        if w.group() in HINDI_STOP:
            if w.group() in _OWNED_BY and k < len(words) - 1:
                return None
            break
        form = (last if k == len(words) - 1 else "") or place_at(mentions, w) or english_form(gaz, w.group())
        if form is None:
            if is_common_word(w.group()):
                break
            return None
        names.insert(0, form)
        edge = w.start()
    if not names:
        return None
    return words[len(words) - len(names) :], names


def place_at(mentions: list[Mention], word: re.Match[str]) -> str | None:
    """The English name of the place the article names with this one word (a city of the countries
    it visits, ``ग्राज़``, is found only with them)."""
    return next(
        (
            m.entity.name
            for m in mentions
            if (m.start, m.end) == word.span() and m.entity.kind in ("country", "city", "state")
        ),
        None,
    )


def is_place(gaz: Gazetteer, word: str) -> str | None:
    """The English name of the place one Devanagari word is."""
    hits = gaz.find(word)
    whole = len(hits) == 1 and hits[0].end - hits[0].start == len(word)
    return hits[0].entity.name if whole and hits[0].entity.kind in ("country", "city", "state") else None


def english_form(gaz: Gazetteer, word: str) -> str | None:
    """A Devanagari word in English: an organisation word, a place, or the English word it spells."""
    return gaz.org_word(word) or is_place(gaz, word) or english_word(word)
