"""Bodies named in Hindi words with their acronym in Devanagari letters: ``बुल्गारिया निवेश एजेंसी
(बीआईए)`` is the Bulgaria Investment Agency (BIA), ``श्रीलंका निवेश बोर्ड (बीओआई)`` the Board of
Investment of Sri Lanka (BOI).

The acronym is read letter by letter (:func:`planner.core.article.reading.romanise.letters`); the words
before it, back to a function word, are given in English one by one: a place the article names, an
organisation word or a portfolio word of the gazetteer (``निवेश`` → Investment), the few Hindi
nouns of a body's type and the links no dataset here pairs with English (:data:`NATIVE`), else the
English word a Devanagari word spells (``बाल्टिक`` → Baltic), back to a function word or a common
Hindi word.  English puts some types first
(``Chamber of Commerce``, ``University of Latvia``): the order whose initials the acronym spells
wins; without one, such a type goes first, after ``of`` the rest, and a country the name opens with
or is owned by (``स्लोवेनिया के …``) last.  When a word has no English form, a type word is all
there is, or the acronym has more letters than the name has words (one was lost), the acronym alone
names the body: met as that body, not as the person who heads it.
"""

from __future__ import annotations

import re
import unicodedata

from planner.core.article.gazetteer import Gazetteer, Mention
from planner.core.article.reading.anglicise import english_word
from planner.core.article.reading.romanise import letters
from planner.core.article.reading.words import HINDI_STOP, is_common_word
from planner.core.article.who.orgnames import found_org
from planner.core.article.who.rolebody import Span, is_place, place_at

#: the Hindi words of a body's type and the links between a name's words
NATIVE = {
    "परिषद": "Council",
    "प्राधिकरण": "Authority",
    "विश्वविद्यालय": "University",
    "मंत्रालय": "Ministry",
    "आयोग": "Commission",
    "संस्थान": "Institute",
    "निगम": "Corporation",
    "बोर्ड": "Board",
    "एजेंसी": "Agency",
    "विभाग": "Department",
    "चैंबर": "Chamber",
    "संवर्धन": "Promotion",
    "निर्यात": "Export",
    "परिसंघ": "Confederation",
    "महासंघ": "Federation",
    "एवं": "and",
    "तथा": "and",
    "और": "and",
}
#: the types English names first: "Board of Investment", "Chamber of Commerce and Industry"
HEAD_FIRST = frozenset(
    ["University", "Ministry", "Board", "Department", "Chamber", "Institute", "Commission"]
)
#: the acronym in brackets, in Devanagari letters (बीआईए) or in Latin ones (NIPDB)
_BRACKETED = re.compile(r"\(\s*(?:(?P<acr>[\u0900-\u097F]{2,})|(?P<latin>[A-Z][A-Z&]{1,9}))\s*\)")
_WORD = re.compile(r"[\u0900-\u0963\u0971-\u097F]+")
#: what may stand before a name that opens its sentence: nothing, or a ticker's time ("18:40 | ")
_OPENS = re.compile(r"[\s\d:.|–-]*")
_OWNER = frozenset(["के", "की", "का"])
_LINKS = frozenset(["and", "of", "the", "for"])


def _initials(words: list[str]) -> tuple[list[str], str, str]:
    tokens = " ".join(words).split()
    every = "".join(t[0].upper() for t in tokens)
    return tokens, every, "".join(t[0].upper() for t in tokens if t not in _LINKS)


def spells(words: list[str], acronym: str) -> bool:
    """The acronym is the initials of the name (with or without its links), or of the words before
    an ``of`` that closes it (``BOI``: Board of Investment of Sri Lanka)."""
    tokens, every, bare = _initials(words)
    n = len(acronym)
    return acronym in (every, bare) or (every[:n] == acronym and n < len(tokens) and tokens[n] == "of")


def english_name(words: list[str], places: list[bool], owner: str | None, acronym: str) -> list[str]:
    """The body's English words in English order (see the module's note)."""
    head, rest, rest_places = words[-1], words[:-1], places[:-1]
    orders = [words + ([f"of {owner}"] if owner else [])]
    if head in HEAD_FIRST and rest:
        lead = rest[1:] if rest_places[0] and len(rest) > 1 else rest
        country = [rest[0]] if lead is not rest else []
        if owner:
            country.append(owner)
        if country and not owner:  # "कैमरून वाणिज्य एवं उद्योग चैंबर": Cameroon Chamber of Commerce and Industry
            orders.insert(0, [rest[0], head, "of", *lead])
        orders.append([head, "of", *lead, *(["of", " and ".join(country)] if country else [])])
        orders.append([head, "of", *rest])
    fit = next((o for o in orders if spells(o, acronym)), None)
    if fit is not None:
        return fit
    return orders[1] if len(orders) > 1 else orders[0]


def acronym_bodies(
    text: str, mentions: list[Mention], gaz: Gazetteer, found: list[Mention], free: Span, places_ok: Span
) -> None:
    """Add to ``found`` each body named in Hindi before its acronym in Devanagari letters."""
    for m in _BRACKETED.finditer(text):
        acronym = m.group("latin") or letters(m.group("acr"))
        if acronym is None:
            continue
        kept: list[re.Match[str]] = []
        names: list[str] = []
        places: list[bool] = []
        edge, whole, owner = m.start(), False, None
        for w in reversed(list(_WORD.finditer(text, max(0, m.start() - 160), m.start()))):
            if text[w.end() : edge].strip():
                whole = not text[w.end() : edge].strip(" ,:;–-|")  # a clause's edge, a ticker's "|"
                break
            word = w.group()
            place = place_at(mentions, w) or is_place(gaz, word)
            form = place or NATIVE.get(word) or gaz.org_word(word) or gaz.portfolio(word)
            if form is None and word in HINDI_STOP:
                whole = True
                if word in _OWNER:
                    before = list(_WORD.finditer(text, max(0, w.start() - 40), w.start()))
                    if before and not text[before[-1].end() : w.start()].strip():
                        owner = place_at(mentions, before[-1]) or is_place(gaz, before[-1].group())
                break
            form = form or english_word(word)
            if form is None:
                whole = is_common_word(word)  # "उन्होंने": a common word before the name
                break
            kept.insert(0, w)
            names.insert(0, form)
            places.insert(0, bool(place))
            edge = w.start()
        if not kept:
            continue
        whole = whole or _OPENS.fullmatch(text, 0, kept[0].start()) is not None
        start = kept[0].start()
        if not (free(start, m.end()) and places_ok(start, m.end())):
            continue
        content = len([t for t in " ".join(names).split() if t not in _LINKS])
        if not whole or len(names) < 2 or names[0] in _LINKS or all(places) or len(acronym) > content + 1:
            # "मुक्त क्षेत्र प्राधिकरण (जीएएफआई)": a word with no English form; "… वेल्स विश्वविद्यालय
            # (यूएनएसडब्ल्यू)": fewer words than the acronym's letters, some lost
            name = acronym
        else:
            english = english_name(names, places, owner, acronym)
            # in Latin letters the acronym is as written: a name that does not spell it is no translation
            # of it ("कोरिया चैंबर … (KCCI)" is not South Korea's), the acronym alone names the body
            fits = not m.group("latin") or spells(english, acronym)
            name = f"{' '.join(english)} ({acronym})" if fits else acronym
        found.append(Mention(found_org(name), start, m.end(), text[start : m.end()]))


_LATIN_ACRONYM = re.compile(r"\(\s*(?P<acr>[A-Z][A-Z0-9&]{1,9})\s*\)")
_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*")
#: the small words linking a name's words in the languages bodies abroad are named in
_NAME_LINKS = frozenset(
    [
        "of",
        "and",
        "for",
        "the",
        "de",
        "da",
        "do",
        "das",
        "dos",
        "del",
        "e",
        "et",
        "y",
        "des",
        "du",
        "der",
        "die",
        "und",
        "für",
        "di",
        "la",
        "le",
    ]
)
_NAME_LINKS |= frozenset(["van", "von", "a", "pro", "para", "i", "na", "za"])


def _initial(word: str) -> str:
    return unicodedata.normalize("NFD", word)[0].upper()


def _fits(words: list[str], acronym: str) -> bool:
    """Each word gives the acronym its next letter; a link may give none ("Agência para a
    competitividade": APC)."""
    if not words:
        return not acronym
    first, rest = words[0], words[1:]
    if acronym and _initial(first) == acronym[0] and _fits(rest, acronym[1:]):
        return True
    return first in _NAME_LINKS and _fits(rest, acronym)


def sentence_case_bodies(text: str, mentions: list[Mention], found: list[Mention], free: Span) -> None:
    """ "Energias renováveis do Atlântico (ERA)", "Svaz průmyslu a dopravy (SPD)": a name in sentence
    case before its acronym; going back from the bracket, the words whose initials (links aside, or
    with them: "Agência para a competitividade (APC)") spell the acronym are the name."""
    for m in _LATIN_ACRONYM.finditer(text):
        acronym, edge = m.group("acr"), m.start()
        words = list(_LATIN_WORD.finditer(text, max(0, edge - 120), edge))
        kept: list[re.Match[str]] = []
        spelled = False
        for w in reversed(words):
            if text[w.end() : edge].strip():
                break
            kept.insert(0, w)
            edge = w.start()
            bare = "".join(_initial(k.group()) for k in kept if k.group() not in _NAME_LINKS)
            spelled = w.group()[0].isupper() and _fits([k.group() for k in kept], acronym)
            if spelled or len(bare) >= len(acronym):
                break
        if not spelled:
            continue
        if all(k.group()[0].isupper() or k.group() in _NAME_LINKS for k in kept):
            continue  # capitalised words: the other finders' ("Port of Singapore Authority (PSA)")
        start = kept[0].start()
        if free(start, m.end()) and not any(x.start < m.end() and start < x.end for x in mentions):
            name = f"{text[start : kept[-1].end()]} ({acronym})"
            found.append(Mention(found_org(name), start, m.end(), text[start : m.end()]))


__all__ = ["HEAD_FIRST", "NATIVE", "acronym_bodies", "english_name", "sentence_case_bodies", "spells"]
