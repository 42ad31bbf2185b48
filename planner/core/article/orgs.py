"""Organisations the gazetteer does not know, recognised from how the text names them.

A news report names a body it assumes the reader knows in a few set ways; each gives a
mention of an organisation of type ``found`` (no country, no seat: the text's own place decides):

* a capitalised name with its acronym in brackets: ``Port of Singapore Authority (PSA)``;
* a capitalised name after a verb or noun that takes a body: ``meet``, ``visit``, ``with``,
  ``officials of``, ``representatives of``, ``organised by`` (also lists: ``representatives of
  Hanwha, Doosan and Lotte Group``), when it contains an organisation word (``Group``, ``Bank``,
  ``Authority``…) or is one word not used as part of a person's name elsewhere in the article;
* in Hindi, a name followed by an organisation word (``हनवा ग्रुप के``, ``सकुरा कंपनी का दौरा``),
  given its English name (``Hanwa Group``), or a Latin-script name before ``के``/``का``/``से``;
* a foreign minister's portfolio: ``Singapore's Minister for Trade and Industry`` gives the role
  ``Minister for Trade and Industry`` and the organisation ``Ministry of Trade and Industry`` in
  that country (portfolio words come from the gazetteer's ``portfolios`` section, with Hindi).

The organisation words are data (the gazetteer's ``org_words`` section, English with Hindi
spellings), so adding one is a one-line change; nothing here names a particular organisation.
"""

from __future__ import annotations

import re

from planner.core.article.dates import ENGLISH_MONTHS, ENGLISH_WEEKDAYS
from planner.core.article.gazetteer import Entity, Gazetteer, Mention
from planner.core.article.people import HONORIFIC
from planner.core.article.romanise import latin_form, romanise

_CONNECTORS = frozenset({"of", "and", "for", "&", "de", "the"})
# Capitalised words that start a sentence or a title, never an organisation's name; weekday and
# month names (and their abbreviations) come from the date tables.
_NOT_NAMES = (
    frozenset(
        [
            "The",
            "A",
            "An",
            "On",
            "In",
            "At",
            "He",
            "She",
            "They",
            "It",
            "This",
            "That",
            "His",
            "Her",
            "Their",
            "Chief",
            "Minister",
            "State",
            "Government",
            "Prime",
            "President",
            "Sources",
            "Officials",
            "Indian",
            "India",
            "CM",
            "Mr",
            "Ms",
            "Mrs",
            "Dr",
        ]
    )
    | frozenset(ENGLISH_WEEKDAYS)
    | frozenset(ENGLISH_MONTHS)
)
_CAP = r"[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F0-9'’.&-]*"
_RUN = rf"{_CAP}(?:\s+(?:(?:of|and|for|&|de|the)\s+)?{_CAP})*"
_ACRONYM = re.compile(rf"(?P<name>{_RUN})\s+\((?P<acr>[A-Z][A-Z0-9&]{{1,9}})\)")
#: after these a capitalised name is an organisation's even without an organisation word
_BODY_TRIGGER = (
    r"(?:officials|representatives|executives|leaders|heads|delegates|management|delegation|team"
    r"|top\s+brass)\s+(?:of|from)|organi[sz]ed\s+by|hosted\s+by|arranged\s+by|partnership\s+with"
    r"|agreements?\s+with|MoUs?\s+with|(?:a|the|proposed|planned)\s+meeting\s+with"
)
_TRIGGER = re.compile(
    rf"(?i:\b(?:(?P<body>{_BODY_TRIGGER})|meet(?:s|ing|ings)?|met|visit(?:s|ed|ing)?|tour(?:s|ed)?(?:\s+of)?"
    r"|with|call(?:s|ed)?\s+on|talks\s+with)\b)\s+(?:the\s+)?"
)
_LIST = re.compile(rf"{_RUN}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?{_RUN})*")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_HI_AFTER = r"\s+(?:के|का|की|से|ने|को|में|द्वारा)(?![\u0900-\u097F])"
_HI_LIST_AFTER = r"(?:\s+(?:के|का|की|से|ने|को|में|द्वारा|और|एवं|तथा)(?![\u0900-\u097F])|\s*,)"
_HI_NAME = r"[\u0900-\u0963\u0966-\u097F]+"
_HI_ORG = re.compile(rf"(?P<name>(?:{_HI_NAME}\s+){{1,2}})(?P<word>{_HI_NAME})(?={_HI_AFTER})")
_LATIN_IN_HINDI = re.compile(rf"(?P<name>{_RUN})(?={_HI_LIST_AFTER})")
_PORTFOLIO_EN = re.compile(
    r"\bMinister\s+(?:for|of)\s+(?P<words>(?:(?:and|&|the)\s+)?[A-Z][a-z]+(?:(?:,\s*|\s+)(?:and|&|the)?\s*[A-Z][a-z]+)*)"
)
_PORTFOLIO_HI = re.compile(rf"(?P<words>(?:{_HI_NAME},?\s+){{1,5}})मंत्री(?![\u0900-\u097F])")
_POSSESSIVE = re.compile(r"(?:'s|’s|')?\s*(?:(?:के|की)\s+)?(?:the\s+)?")
_HI_STOP = frozenset(
    [
        "के",
        "का",
        "की",
        "को",
        "से",
        "ने",
        "में",
        "पर",
        "और",
        "एवं",
        "तथा",
        "भी",
        "वे",
        "वह",
        "यह",
        "इस",
        "उस",
        "साथ",
        "सहित",
        "द्वारा",
        "मुख्यमंत्री",
        "मंत्री",
        "जहां",
        "जहाँ",
    ]
)


def _found(name: str, type_: str = "found", country: str | None = None) -> Entity:
    return Entity(kind="org", name=name, type=type_, country=country)


def _covered(mentions: list[Mention], start: int, end: int, kinds: tuple[str, ...]) -> bool:
    return any(m.start < end and start < m.end and m.entity.kind in kinds for m in mentions)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading ``The`` and trailing connectors from a capitalised run."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[0].group() in ("The", "the"):
        words.pop(0)
    while words and words[-1].group() in _CONNECTORS:
        words.pop()
    if not words:
        return start, start
    last = words[-1].group()
    cut = len(last) - len(last.rstrip(".,;:'’")) if not re.fullmatch(r"(?:[A-Z]\.)+", last) else 0
    return start + words[0].start(), start + words[-1].end() - cut


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``Hanwha, Doosan and Lotte Group`` → three names; ``Ministry of Trade and Industry`` → one."""
    chunk = text[start:end]
    parts: list[tuple[int, int]] = []
    pos = 0
    for sep in _LIST_SEP.finditer(chunk):
        before = chunk[pos : sep.start()]
        joins = " and " in sep.group() or sep.group().strip() in ("and", "&")
        if joins and re.search(r"\b(?:of|for)\b", before) and "," not in sep.group():
            continue  # "Ministry of Trade and Industry"
        parts.append((start + pos, start + sep.start()))
        pos = sep.end()
    parts.append((start + pos, end))
    return [p for p in parts if p[1] > p[0]]


_ON_BEHALF = re.compile(r"(?:की\s+ओर\s+से|(?i:on\s+behalf\s+of\s+[^,]{2,60},))\s*$")
_ROLE_AFTER = re.compile(r"\s*,\s*(?:the\s+)?")
NAME_SHAPE = re.compile(r"(?:[A-Z]\.\s*)*[A-Z][a-z]+(?:[\s-][A-Z][a-z]+(?:-[a-z]+)?){1,2}")
_OWNER = re.compile(r"\s*(?:'s|’s|'|के|की|का)\s+")
_PARTICLE_BEFORE = re.compile(r"[A-Z][\w'.-]*\s+(?:bin|binti|van|von|der|de|da|al|el)\s+$")
#: "CEO of Applied Materials", "Chairman of the Kansai Economic Federation": the body a role is held in
_ROLE_OF = re.compile(rf"\s+(?:of|at)\s+(?:the\s+)?(?P<name>{_RUN})")


def _is_person(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """A capitalised run with a person's evidence around it, not an organisation: a title before it
    (``Petronas के अध्यक्ष Tan Sri Zakaria Ahmad``, ``Minister Gan Kim Yong``), an honorific at
    its start, a role right after a comma (``Sarah Mitchell, CEO of …``), ``Y की ओर से X``."""
    if HONORIFIC.match(text, start):
        return True
    owner = _OWNER.match(text, end)
    if owner is not None and any(m.start == owner.end() and m.entity.kind == "role" for m in mentions):
        return False  # "Tata Sons के अध्यक्ष …", "BHP's Chief Executive …": the body a role belongs to
    if _PARTICLE_BEFORE.search(text, 0, start):
        return True  # "Sulayem" in "Sultan Ahmed bin Sulayem"
    for m in mentions:
        if m.entity.kind not in ("role", "office"):
            continue
        if m.end <= start and re.fullmatch(r"\s*(?:[A-Z]\.\s*)*", HONORIFIC.sub(" ", text[m.end : start])):
            return True
        after = _ROLE_AFTER.match(text, end)
        if after is not None and m.start == after.end():
            return True
    return bool(_ON_BEHALF.search(text, 0, start))


def _names_only(text: str, items: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    """Every item is shaped like a person's name: two or three capitalised words, no organisation word."""
    return all(NAME_SHAPE.fullmatch(text[a:b]) is not None and not _orgish(text[a:b], gaz) for a, b in items)


def _is_person_word(word: str, full_text: str) -> bool:
    """``Naidu`` in ``N Chandrababu Naidu``: a word printed right after another capitalised name."""
    return bool(re.search(rf"\b[A-Z][a-z]*\.?\s+{re.escape(word)}\b", full_text))


def _orgish(name: str, gaz: Gazetteer) -> bool:
    return any(gaz.org_word(w.strip(".,")) for w in name.split())


def with_unknown(text: str, mentions: list[Mention], gaz: Gazetteer, full_text: str) -> list[Mention]:
    """``mentions`` plus the organisations found in the text; a known name inside a found one
    (``Singapore`` in ``Port of Singapore Authority (PSA)``, ``Minister`` in a portfolio) yields."""
    found = find_unknown(text, mentions, gaz, full_text)
    if not found:
        return mentions
    kept = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end for f in found)]
    return sorted(kept + found, key=lambda m: (m.start, -m.end))


def find_unknown(text: str, mentions: list[Mention], gaz: Gazetteer, full_text: str) -> list[Mention]:
    """Mentions of organisations (and portfolio roles) ``gaz`` does not know, not overlapping known ones."""
    found: list[Mention] = []
    blocking = ("org", "office", "role", "state")

    def free(start: int, end: int, *, inside_ok: bool = False) -> bool:
        """Not over a known name (``inside_ok``: but a known organisation strictly inside may
        yield to a longer one, ``Siemens Healthineers Innovation Centre (SHIC)``)."""
        blockers = [
            m
            for m in mentions
            if m.start < end
            and start < m.end
            and m.entity.kind in blocking
            and not (inside_ok and m.entity.kind == "org" and start <= m.start and m.end < end)
        ]
        return not blockers and not any(f.start < end and start < f.end for f in found)

    def places_only_inside(start: int, end: int) -> bool:
        inside = [
            m for m in mentions if m.start < end and start < m.end and m.entity.kind in ("city", "country")
        ]
        return all(start <= m.start and m.end <= end and (m.start, m.end) != (start, end) for m in inside)

    _portfolios(text, mentions, gaz, found, full_text)
    for m in _ACRONYM.finditer(text):
        start, end = _trim(text, m.start("name"), m.end("name"))
        words = text[start:end].split()
        if len(words) < 2 or words[0] in _NOT_NAMES:
            continue
        known = _covered(mentions, start, end, ("org",)) and not any(
            x.entity.kind == "org" and start <= x.start and x.end < end for x in mentions
        )
        if known or _covered(mentions, m.start("acr"), m.end("acr"), ("org",)):
            continue  # "Public Investment Fund (PIF)": the gazetteer's own
        if free(start, m.end(), inside_ok=True) and places_only_inside(start, m.end()):
            name = f"{text[start:end]} ({m.group('acr')})"
            found.append(Mention(_found(name), start, m.end(), text[start : m.end()]))
    for role in [m for m in mentions if m.entity.kind == "role"]:
        of = _ROLE_OF.match(text, role.end)
        if of is None:
            continue
        for a, b in _split_list(text, of.start("name"), of.end("name")):
            start, end = _trim(text, a, b)
            words = text[start:end].split()
            name = text[start:end]
            if any(
                o.entity.name.endswith(f"({name})") for o in [*mentions, *found] if o.entity.kind == "org"
            ):
                continue  # "Vice-Chancellor of UNSW" after "University of New South Wales (UNSW)"
            if words and words[0] not in _NOT_NAMES and free(start, end) and places_only_inside(start, end):
                found.append(Mention(_found(name), start, end, name))
    for t in _TRIGGER.finditer(text):
        run = _LIST.match(text, t.end())
        if run is None:
            continue
        items = _split_list(text, run.start(), run.end())
        of = _ROLE_OF.match(text, run.end())
        if of is not None and _orgish(of.group("name"), gaz) and _names_only(text, items, gaz):
            # "meet Priya Raman, Arjun Mehta and Wei Chen of the Silicon Valley … Association": people
            # of one body; the body is the organisation
            start, end = _trim(text, of.start("name"), of.end("name"))
            if free(start, end) and places_only_inside(start, end):
                found.append(Mention(_found(text[start:end]), start, end, text[start:end]))
            continue
        for a, b in items:
            start, end = _trim(text, a, b)
            name = text[start:end]
            words = name.split()
            if not words or words[0] in _NOT_NAMES or not free(start, end):
                continue
            if len(words) == 1 and gaz.country_of_demonym(name):
                continue  # "meeting with the French trade minister": a nationality, not a body
            if not places_only_inside(start, end):
                continue
            if _is_person(text, start, end, mentions):
                continue  # "meet Sarah Mitchell, CEO of Applied Materials": a person
            single = len(words) == 1 and not _is_person_word(name, full_text)
            if _orgish(name, gaz) or single or (t.group("body") and len(words) <= 5):
                found.append(Mention(_found(name), start, end, name))
    _hindi(text, gaz, found, full_text, free, places_only_inside, mentions)
    return found


def _place_name(gaz: Gazetteer, word: str) -> str | None:
    """The English name of a place written in Devanagari (``क़तर चैंबर`` → ``Qatar Chamber``)."""
    found = gaz.find(word)
    whole = len(found) == 1 and found[0].end - found[0].start == len(word)
    return found[0].entity.name if whole and found[0].entity.kind in ("country", "city", "state") else None


def _hindi(
    text: str,
    gaz: Gazetteer,
    found: list[Mention],
    full_text: str,
    free: object,
    places_ok: object,
    mentions: list[Mention],
) -> None:
    assert callable(free) and callable(places_ok)
    for m in _HI_ORG.finditer(text):
        english = gaz.org_word(m.group("word"))
        if english is None or not re.search("[\u0900-\u097f]", m.group("word")):
            continue
        words = m.group("name").split()
        while words and (words[0] in _HI_STOP or words[0].isdigit()):
            words.pop(0)
        if not words:
            continue
        start = m.start("name") + m.group("name").index(words[0])
        if not free(start, m.end()):
            continue
        parts = [
            gaz.org_word(w) or _place_name(gaz, w) or latin_form(romanise(w), full_text) or romanise(w)
            for w in words
        ]
        name = " ".join([*parts, english])
        found.append(Mention(_found(name), start, m.end(), text[start : m.end()]))
    if not re.search(r"[\u0900-\u097F]", text):
        return
    for m in _LATIN_IN_HINDI.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        name = text[start:end]
        if not name or name.split()[0] in _NOT_NAMES or not free(start, end):
            continue
        if not places_ok(start, end):
            continue  # "Perth में": a place written in Latin script, not a body
        if _is_person(text, start, end, mentions):
            continue  # "CEOE के अध्यक्ष Antonio Garamendi से": the chairman, not a body
        if len(name.split()) > 1 or not _is_person_word(name, full_text):
            # in a Hindi sentence a Latin-script name before के/से/और is a body's, not a person's
            found.append(Mention(_found(name), start, end, name))


def _portfolios(
    text: str, mentions: list[Mention], gaz: Gazetteer, found: list[Mention], full_text: str
) -> None:
    """``Singapore's Minister for Trade and Industry``, ``सिंगापुर के व्यापार और उद्योग मंत्री``."""
    del full_text
    for m, english in _portfolio_matches(text, gaz):
        start, end = m
        country = _foreign_before(text, mentions, gaz, start)
        if country is None:
            continue  # also an office the gazetteer knows ("Minister for Industries") of the state
        role = Entity(kind="role", name=f"Minister for {english}")
        org = _found(f"Ministry of {english}", "government", country)
        found.append(Mention(role, start, end, text[start:end]))
        found.append(Mention(org, start, end, text[start:end]))


def _portfolio_matches(text: str, gaz: Gazetteer) -> list[tuple[tuple[int, int], str]]:
    result: list[tuple[tuple[int, int], str]] = []
    for m in _PORTFOLIO_EN.finditer(text):
        words = re.findall(r"[A-Za-z&]+|,", m.group("words"))
        kept: list[str] = []
        for w in words:
            if w in ("and", "&", "the", ",") or gaz.portfolio(w):
                kept.append(w)
            else:
                break
        while kept and kept[-1] in ("and", "&", "the", ","):
            kept.pop()
        if not kept:
            continue
        english = " ".join(kept).replace(" ,", ",")
        body = m.group("words")
        end = m.start("words") + _end_of_words(body, kept)
        result.append(((m.start(), end), english))
    for m in _PORTFOLIO_HI.finditer(text):
        words = m.group("words").split()
        kept_en: list[str] = []
        first = len(words)
        for k in range(len(words) - 1, -1, -1):
            w = words[k].rstrip(",")  # "अर्थव्यवस्था, व्यापार एवं उद्योग मंत्री"
            if w in ("और", "एवं", "तथा", "व"):
                kept_en.insert(0, "and")
            elif gaz.portfolio(w):
                kept_en.insert(0, (gaz.portfolio(w) or "") + ("," if words[k].endswith(",") else ""))
            else:
                break
            first = k
        while kept_en and kept_en[0] == "and":
            kept_en.pop(0)
            first += 1
        if not kept_en:
            continue
        start = m.start("words") + len(" ".join(m.group("words").split()[:first])) + (1 if first else 0)
        start = text.index(words[first], m.start("words")) if first < len(words) else start
        result.append(((start, m.end()), " ".join(kept_en)))
    return result


def _end_of_words(body: str, kept: list[str]) -> int:
    pos = 0
    for w in kept:
        pos = body.index(w, pos) + len(w)
    return pos


def _foreign_before(text: str, mentions: list[Mention], gaz: Gazetteer, start: int) -> str | None:
    """The foreign country of a place named right before ``start`` (``Singapore's``, ``जापान के``),
    or of an adjective of nationality (``the French Minister for …``, ``जापानी … मंत्री``)."""
    word = re.search(r"(\S+)\s+$", text[max(0, start - 40) : start])
    if word is not None:
        code = gaz.country_of_demonym(word.group(1))
        country = gaz.country(code)
        if code and country is not None and not country.home:
            return code
    for p in mentions:
        if p.entity.kind not in ("city", "country") or p.end > start or start - p.end > 8:
            continue
        if not _POSSESSIVE.fullmatch(text[p.end : start]):
            continue
        code = p.entity.country
        country = gaz.country(code)
        if country is not None and not country.home:
            return code
    return None
