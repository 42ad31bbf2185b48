"""Names spelled out before their acronym: ``Port of Singapore Authority (PSA)``, ``Federation of
Industries of the State of São Paulo (FIESP)``, ``Chamber of Commerce, Industries, Mines and
Agriculture (…)``, ``Associação Empresarial de Portugal (AEP)``; where such a name starts, and the
name each acronym stands for in an article that spells it out once."""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Gazetteer
from planner.core.article.reading.words import is_common_word
from planner.core.article.who.commanames import comma_head
from planner.core.article.who.orgnames import (
    CAP,
    CONNECTORS,
    LINKS,
    NOT_NAMES,
    ROMANCE_PAIR,
    names_only,
    trim,
)

FOREIGN_LINKS = "de|da|do|das|dos|del|e|et|y|des|du|der|die|und|für|di|la|le|van|von"
#: a name spelled out before its acronym may link words by two ("Federation of Industries of the
#: State of São Paulo (FIESP)"); it starts at the acronym's first letter (see ``acronym_start``)
_LONG_RUN = rf"{CAP}(?:\s+(?:(?:{LINKS})\s+){{0,2}}{CAP})*"
_W = r"[\w\u00C0-\u024F'’-]+"
#: before its acronym a name in sentence case may also have words after a link's (des petites et
#: moyennes entreprises)
_BARE = rf"\s+(?!(?:{FOREIGN_LINKS})\s)[a-z\u00DF-\u00FF]{_W}"  # a lowercase word, no link
_FOREIGN_ACR = rf"{CAP}(?:\s+(?:{FOREIGN_LINKS})\s+{_W}(?:{_BARE})*|\s+{CAP}|\s+d['’]{_W})+"
ACRONYM = re.compile(rf"(?P<name>{_FOREIGN_ACR}|{_LONG_RUN})\s+\((?P<acr>[A-Z][A-Z0-9&]{{1,9}})\)")


#: ``of the`` after a person's name; a French or Spanish pair (``de la``) links one name's words
_DOUBLE_LINK = re.compile(rf"\s(?!{ROMANCE_PAIR}\s)(?:{LINKS})\s+(?:{LINKS})\s+(?=\S)")


#: a name whose last words follow a comma before its acronym ("Chamber of Commerce, Industry and …"),
#: or several commas ("Chamber of Commerce, Industries, Mines and Agriculture")
_COMMA_HEAD = re.compile(rf"(?<![\w'’]){CAP}(?:\s+{CAP})*\s+of\s+{CAP}(?:,\s+{CAP})*,\s+$")


def acronym_start(text: str, m: re.Match[str], gaz: Gazetteer) -> int:
    """Where a name spelled out before its acronym starts: after a double link when the words before
    it are a person's name ("Wei Chen of the Silicon Valley Indian Professionals Association"), else
    where the run starts ("Association of the German Automotive Industry (VDA)")."""
    start = m.start("name")
    longer = comma_head(text, start, m.end("name"), gaz)
    if longer is not None:
        return longer  # "Union of Chambers of Commerce, Industry and Agriculture (UCCIA)": one name
    head = _COMMA_HEAD.search(text, 0, start)
    listed = "" if head is None else text[text.index(" of ", head.start()) + 4 : start]
    if head is not None and all(
        is_common_word(w) or w in CONNECTORS
        for w in (listed.replace(",", " ") + text[start : m.end("name")]).split()
    ):
        return head.start()  # "Geneva Chamber of Commerce, Industry and Services (CCIG)": one name
    link = _DOUBLE_LINK.search(text, start, m.end("name"))
    if link is None or not names_only(text, [(start, link.start())], gaz):
        return start
    return link.end()


_SPELLED: dict[str, dict[str, str]] = {}


def spelled_out(full_text: str, gaz: Gazetteer) -> dict[str, str]:
    """Acronyms the article spells out once (``Associação Empresarial de Portugal (AEP)``), each to
    the name it gives that body: the acronym alone later is the same body, not another one."""
    if full_text in _SPELLED:
        return _SPELLED[full_text]
    if len(_SPELLED) > 8:
        _SPELLED.clear()
    names: dict[str, str] = _SPELLED.setdefault(full_text, {})
    for m in ACRONYM.finditer(full_text):
        start, end = trim(full_text, acronym_start(full_text, m, gaz), m.end("name"))
        words = full_text[start:end].split()
        if len(words) >= 2 and words[0] not in NOT_NAMES:
            names.setdefault(m.group("acr"), f"{full_text[start:end]} ({m.group('acr')})")
    return names


#: the words after a body's first word on the same line: "Rockhill| Battery Systems", "Borowik|
#: Precision Tools" (linked by "of" or "for", never "and": "Doosan and Lotte Group" are two)
_NAME_LINKS = "|".join(w for w in LINKS.split("|") if w not in ("and", "&"))
_REST = rf"(?:[ \t]+(?:(?:{_NAME_LINKS})[ \t]+)?{CAP})+"


def in_full(name: str, full_text: str, gaz: Gazetteer) -> str | None:
    """The body a one-word name stands for when the article names it in full elsewhere (``Rockhill
    Battery Systems`` …, then ``Rockhill's Chief Executive``): the words every full naming starts
    with, when they are two or more and the article names it so twice, or once with a word for a
    body (``Systems``, ``Ltd``); a first word shared by two bodies (``Tata Steel``, ``Tata
    Motors``) stands for neither, and a place's name (``Himachal Pradesh``) is no body's."""
    known = _IN_FULL.setdefault(full_text, {})
    if name not in known:
        if len(_IN_FULL) > 8:
            _IN_FULL.clear()
            known = _IN_FULL.setdefault(full_text, {})
        known[name] = _in_full(name, full_text, gaz)
    return known[name]


_IN_FULL: dict[str, dict[str, str | None]] = {}


def _in_full(name: str, full_text: str, gaz: Gazetteer) -> str | None:
    if " " in name or name in NOT_NAMES or is_common_word(name):
        return None
    runs = [_unstopped(m.group()) for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}{_REST}", full_text)]
    if len(runs) < 2 and not any(gaz.org_word(w.rstrip(".,")) for run in runs for w in run[1:]):
        return None  # named in full once, with no word for a body: maybe no body's name
    common: list[str] = []
    for words in zip(*runs, strict=False):  # as far as the shortest naming
        if len(set(words)) > 1:
            break
        common.append(words[0])
    while common and common[-1] in CONNECTORS:
        common.pop()
    full = " ".join(common).rstrip(",;:")
    if len(common) < 2 or any(m.entity.kind != "org" for m in gaz.find(full)):
        return None
    return full


def _unstopped(run: str) -> list[str]:
    """A naming's words up to its sentence's full stop ("… Lotte Group. Lotte said"), which an
    abbreviation's (``Co.``, ``Inc.``) is not."""
    words: list[str] = []
    for word in run.split():
        if word.endswith(".") and len(word) > 4:
            return [*words, word[:-1]]
        words.append(word)
    return words
