"""People in article text: the head, counterparts and their roles, Latin spellings of Devanagari names."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from planner.core.article.dates import HINDI_MONTHS, HINDI_WEEKDAYS
from planner.core.article.gazetteer import Entity, Mention
from planner.core.article.romanise import latin_form, romanise, skeleton

_HONORIFICS = frozenset(
    [
        "श्री",
        "श्रीमती",
        "सुश्री",
        "डॉ",
        "डॉ.",
        "डा.",
        "Shri",
        "Smt",
        "Mr",
        "Mr.",
        "Ms",
        "Ms.",
        "Mrs",
        "Mrs.",
        "Dr",
        "Dr.",
        "Prof",
        "Prof.",
        "H.E.",
        "Hon.",
    ]
)
#: titles written before a name, alone or in a row ("Tan Sri", "Dato' Sri", "Prof. Dr."): never a name
HONORIFIC = re.compile(
    r"(?:(?:Tan\s+Sri|Dato'?\s+Seri|Dato'?\s+Sri|Datuk\s+Seri|Dato'|Datuk|Datin|Tun|Puan|Encik|Sir|Lord|Dame"
    r"|Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Shri|Smt\.?|Sh\.|H\.\s?E\.|Hon\.|Excellency|His\s+Excellency"
    r"|श्रीमती|सुश्री|श्री|डॉ\.?|डा\.)(?:\s+|(?=\s*$)))+"
)
#: lower-case words inside a name: "Sultan Ahmed bin Sulayem", "Ursula von der Leyen"; in Devanagari
#: the Arabic ones ("सुल्तान अहमद बिन सुलायम", "वलीद अल मुकर्रब"), never a name's first or last word
_PARTICLES = frozenset(
    {"bin", "binti", "bint", "bte", "al", "el", "van", "von", "der", "de", "da", "del", "di", "la", "le"}
    | {"बिन", "बिंत", "बिन्त", "बिनते", "अल", "अल-", "इब्न"}
)
#: an Arabic title that is part of how a person is named ("Sheikh Khalifa bin Jassim Al Thani"):
#: kept in the name, not counted among its words
_NAME_TITLES = frozenset({"Sheikh", "Shaikh", "Sheikha", "Shaikha", "शेख", "शेख़", "शेखा"})
_HI_STOP = frozenset(
    [
        "से",
        "के",
        "की",
        "का",
        "को",
        "ने",
        "में",
        "पर",
        "और",
        "एवं",
        "तथा",
        "भी",
        "इन",
        "उन",
        "यह",
        "वह",
        "वे",
        "जी",
        "साथ",
        "सहित",
        "द्वारा",
        "ही",
        "तो",
        "है",
        "हैं",
        "था",
        "थे",
        "थी",
        "लिए",
        "बाद",
        "यहां",
        "वहां",
        "जहां",
        "जहाँ",
        "एक",
        "पहले",
        "आज",
        "कल",
        "दिनों",
        "इस",
        "उस",
        "ने",
        "सभी",
        "कई",
        "अन्य",
        "व",
        "अपने",
        "अपनी",
        "उनके",
        "उन्होंने",
        "जापानी",
        "कोरियाई",
        "विदेशी",
        "भारतीय",
        "सरकारी",
        "संस्थान",
        "कंपनी",
        "कंपनियों",
        "प्रदेश",
        "राज्य",
        "दौरे",
        "दौरा",
        "मुलाकात",
        "बैठक",
        "चर्चा",
    ]
)
#: "मुख्यमंत्री शनिवार को …": a day or month after an office is not a name
_HI_STOP = (
    _HI_STOP | frozenset(HINDI_WEEKDAYS) | frozenset(HINDI_MONTHS) | frozenset({"सुबह", "शाम", "दोपहर", "रात"})
)
_EN_STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "On",
        "In",
        "At",
        "And",
        "Of",
        "For",
        "With",
        "From",
        "To",
        "By",
        "During",
        "After",
        "Before",
        "He",
        "She",
        "They",
        "It",
        "This",
        "That",
        "His",
        "Her",
        "Their",
        "State",
        "Government",
        "Chief",
        "Minister",
        "Secretary",
        "Japan",
        "Japanese",
        "Korea",
        "Korean",
        "Indian",
        "India",
    ]
)
#: Latin letters with the accented ones of European names (José, Müller, Łukasz)
_L = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_UP, _LOW = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f"
_TOKEN = re.compile(
    rf"[\u0900-\u0963\u0966-\u097F]+(?:-[\u0900-\u0963\u0966-\u097F]+)*|[{_L}][{_L}'.-]*|,|\S"
)


@dataclass(frozen=True)
class Person:
    """A person named in a sentence: Latin ``name``, Devanagari ``name_native`` if written so."""

    name: str
    name_native: str
    role: str
    org: str
    start: int
    side: str = "host"  # "delegation" for the state's own officials travelling along


def _is_hindi_name_token(tok: str, taken: set[int], pos: int) -> bool:
    return (
        "\u0900" <= tok[0] <= "\u097f"
        and tok not in _HI_STOP
        and pos not in taken
        and not tok.endswith(("ों", "ेंगे", "ेंगी", "ेगा", "ेगी", "एंगे", "एँगे"))
        and len(tok) > 1
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){1,4}|[A-Z]")


def _is_initials(tok: str) -> bool:
    """``T.R.B.``, ``M.B.``, ``S.``; a lone capital (``M B Patil``) only next to a name."""
    return bool(_INITIALS.fullmatch(tok)) and tok not in ("A", "I")


def _is_latin_name_token(tok: str, taken: set[int], pos: int) -> bool:
    if pos in taken:
        return False
    if _is_initials(tok):
        return True
    return tok[:1].isupper() and tok.rstrip(".") not in _EN_STOP and tok[1:2].islower()


def names_after(text: str, start: int, entity_spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Names listed right after ``start``: ``नाकाजो काज़ुया, एंडो युजी और हारा`` or ``A B, C D and E F``."""
    taken = {i for a, b in entity_spans for i in range(a, b)}
    lead = HONORIFIC.match(text, start + len(text[start:]) - len(text[start:].lstrip()))
    if lead is not None:
        start = lead.end()
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text, start)]
    names: list[tuple[str, int, int]] = []
    current: list[tuple[str, int]] = []
    i = 0
    if tokens and tokens[0][0] == "(":  # "Principal Secretary (Industries) A.P.M. Mohammed Hanish"
        close = next((k for k, t in enumerate(tokens[:6]) if t[0] == ")"), None)
        i = close + 1 if close is not None else 0
    while i < len(tokens) and (tokens[i][0] in _HONORIFICS or tokens[i][0] == "."):
        i += 1
    i = _after_qualifier(tokens, i)
    script: str | None = None
    while i < len(tokens):
        tok, pos = tokens[i]
        inside = current and pos in taken and tok[:1].isupper() and script == "en"
        is_hi = _is_hindi_name_token(tok, taken, pos)
        is_en = _is_latin_name_token(tok, set() if inside else taken, pos)
        if (
            tok in _PARTICLES
            and current
            and i + 1 < len(tokens)
            and (
                (script == "en" and tokens[i + 1][0][:1].isupper())
                or (script == "hi" and _is_hindi_name_token(tokens[i + 1][0], taken, tokens[i + 1][1]))
            )
        ):
            current.append((tok, pos))  # "bin" in "Sultan Ahmed bin Sulayem", "बिन" in "… बिन सईद"
            i += 1
            continue
        if tok == "." and current and script == "hi" and len(current[-1][0]) <= 2:
            i += 1  # "डी. श्रीधर बाबू": an initial in Devanagari
            continue
        if (
            script in (None, "hi")
            and len(tok) == 1
            and "\u0900" <= tok <= "\u097f"
            and i + 1 < len(tokens)
            and tokens[i + 1][0] == "."
            and pos not in taken
        ):
            script = "hi"  # "ए. रेवंत रेड्डी": a one-letter initial
            current.append((tok, pos))
            i += 2
            continue
        kind = "hi" if is_hi else "en" if is_en else None
        if len(current) >= 2 and current[-2][0].casefold().rstrip("-") in ("al", "el", "अल"):
            kind = None  # "Al Thani", "अल मुकर्रब": the family name after Al ends an Arabic name
        initials = kind == "en" and _is_initials(tok)
        if initials and current and not all(_is_initials(t) for t, _ in current):
            kind = None  # initials start a name: "Patil M." is not one
        if (
            kind
            and (script in (None, kind))
            and _counted(current) < (4 if initials or _has_initials(current) else 3) + _chained(current)
        ):
            script = kind
            current.append((tok if initials else tok.rstrip("."), pos))
        elif tok in (",", "और", "एवं", "तथा", "and", "&") and current:
            if names and i + 0 < len(tokens) and _genitive_next(tokens, current):
                current = []
                break
            names.append(_joined(current))
            current = []
            while i + 1 < len(tokens) and (tokens[i + 1][0] in _HONORIFICS or tokens[i + 1][0] == "."):
                i += 1
        else:
            break
        i += 1
    if current and not (names and _genitive_next(tokens, current)):
        names.append(_joined(current))
    return [n for n in names if not all(_is_initials(t) for t in n[0].split())]


def _counted(tokens: list[tuple[str, int]]) -> int:
    """The words of a name so far, leaving out particles and Arabic titles (bin, Al, Sheikh)."""
    return len([t for t, _ in tokens if t.casefold() not in _PARTICLES and t not in _NAME_TITLES])


def _chained(tokens: list[tuple[str, int]]) -> int:
    """One word more for a name built with bin/bint (father's name, then the family's)."""
    return 1 if any(t.casefold() in _CHAIN for t, _ in tokens) else 0


_CHAIN = frozenset({"bin", "bint", "binti", "बिन", "बिंत", "बिन्त", "इब्न"})


def _after_qualifier(tokens: list[tuple[str, int]], i: int) -> int:
    """Where a name starts when an honorific comes a few words after the title: in ``प्रमुख सचिव
    उद्योग श्री संजय शुक्ला`` or ``Principal Secretary Industries Shri X`` the words before श्री
    qualify the title (its portfolio); the name is what follows the honorific."""
    for k in range(1, 4):
        if i + k >= len(tokens):
            break
        tok = tokens[i + k - 1][0]
        if not (_TOKEN_WORD.fullmatch(tok) and not _is_initials(tok)):
            break
        if tokens[i + k][0] in _HONORIFICS:
            j = i + k
            while j < len(tokens) and (tokens[j][0] in _HONORIFICS or tokens[j][0] == "."):
                j += 1
            return j
    return i


_TOKEN_WORD = re.compile(rf"[\u0900-\u0963\u0966-\u097F]+|[{_L}]+")


def _has_initials(tokens: list[tuple[str, int]]) -> bool:
    return any(_is_initials(t) for t, _ in tokens)


def _genitive_next(tokens: list[tuple[str, int]], current: list[tuple[str, int]]) -> bool:
    """``… और उद्योग विभाग के अधिकारी``: words followed by के/की/का name a body, not a person."""
    last = current[-1][1]
    k = next((n for n, t in enumerate(tokens) if t[1] == last), None)
    return k is not None and k + 1 < len(tokens) and tokens[k + 1][0] in ("के", "की", "का")


def _joined(tokens: list[tuple[str, int]]) -> tuple[str, int, int]:
    """A name from its tokens: the words, where it starts and where its last word ends."""
    last, pos = tokens[-1]
    return " ".join(t for t, _ in tokens), tokens[0][1], pos + len(last)


_ORG_TO_ROLE = re.compile(r"\s*\)?\s*(?:'s|'|के|की|का)?\s*")
_ROLE_TO_ORG = re.compile(r"\s*(?:,|of(?:\s+the)?|at(?:\s+the)?|with(?:\s+the)?|के|की)\s*")
_NAME_BEFORE_ROLE = re.compile(r"\s*(?:,|\(|-|–)\s*(?:the\s+|a\s+)?$")
_LATIN_WORD = re.compile(rf"[{_L}][{_L}'.-]*")


def _org_of(
    text: str, role: Mention, orgs: list[Mention], clause: tuple[int, int], *, adjacent_only: bool = False
) -> Mention | None:
    """The organisation a role belongs to.

    ``Siemens CEO``, ``Siemens's CEO``, ``JETRO के अध्यक्ष`` (right before), ``CEO of Siemens``,
    ``Director at EDB``, ``(CEO, Siemens)`` (right after), else the nearest one before it in its
    clause (``JETRO के वरिष्ठ अधिकारियों``), else the only one in the sentence.
    """
    for o in reversed(orgs):
        if o.end <= role.start and _ORG_TO_ROLE.fullmatch(text[o.end : role.start]):
            return o
    for o in orgs:
        if o.start >= role.end and _ROLE_TO_ORG.fullmatch(text[role.end : o.start]):
            return o
    if adjacent_only:
        return None
    before = [o for o in orgs if clause[0] <= o.start and o.end <= role.start]
    if before:
        return before[-1]
    earlier = [o for o in orgs if o.end <= role.start]
    if earlier:
        return earlier[-1]
    # the only body of the sentence, unless another clause names it ("meet Premier X, and on June
    # 13 visit the University of Y": the premier is not the university's)
    return orgs[0] if len(orgs) == 1 and clause[0] <= orgs[0].start < clause[1] else None


def _name_before(text: str, pos: int, taken: set[int]) -> tuple[str, int, int] | None:
    """A Latin name just before a comma or bracket at ``pos``: ``Roland Busch, CEO``, ``Tan (Director``."""
    sep = _NAME_BEFORE_ROLE.search(text, 0, pos)
    if sep is None or sep.end() != pos or not sep.group().strip():
        return None
    words = list(_LATIN_WORD.finditer(text, max(0, sep.start() - 80), sep.start()))
    picked: list[tuple[str, int]] = []
    end = sep.start()
    for w in reversed(words):
        gap = text[w.end() : end]
        if gap.strip() or (picked and not gap):
            break
        tok = w.group()
        particle = tok in _PARTICLES and bool(picked) and picked[0][0] not in _PARTICLES
        if not particle and (
            tok in _HONORIFICS
            or tok.rstrip(".") in _HONORIFICS
            or not _is_latin_name_token(tok, taken, w.start())
        ):
            break
        picked.insert(0, (tok.rstrip("."), w.start()))
        end = w.start()
        if _counted(picked) == 4 + _chained(picked):
            break
    while picked and picked[0][0] in _PARTICLES:
        picked.pop(0)  # "… bin Khalifa Al Khalifa" cut short: a name starts with a name
    return _joined(picked) if picked else None


_POSSESSIVE = re.compile(r"(?:'s|’s)?\s+")


def _possessor(text: str, role: Mention, places: list[Mention]) -> int:
    """Where a role's title starts with the place it belongs to: ``X, Bahrain's Minister of Finance``."""
    for p in places:
        if p.end <= role.start and _POSSESSIVE.fullmatch(text, p.end, role.start):
            return p.start
    return role.start


_ON_BEHALF = re.compile(r"\s+की\s+ओर\s+से\s+")
_MEET = re.compile(r"(?i:\b(?:meet(?:s|ing)?|met|meeting\s+with|talks\s+with)\s+)")
_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _listed(
    text: str, orgs: list[Mention], spans: list[tuple[int, int]]
) -> list[tuple[Mention, list[tuple[str, int, int]]]]:
    """People named with their body but no title: ``Mubadala की ओर से Khaldoon Al Mubarak``, ``meet
    Priya Raman, Arjun Mehta and Wei Chen of the Silicon Valley … Association``."""
    found = []
    for o in orgs:
        by = _ON_BEHALF.match(text, o.end)
        if by is not None:
            names = names_after(text, by.end(), spans)
            if names:
                found.append((o, names[:1]))
    for m in _MEET.finditer(text):
        names = names_after(text, m.end(), spans)
        if len(names) < 2:
            continue
        of = _OF.match(text, names[-1][2])
        body = next((o for o in orgs if of is not None and o.start == of.end()), None)
        if body is not None:
            found.append((body, names))
    return found


def is_name(name: str, native: str = "") -> bool:
    """Whether a found name can be a person's: not a single letter, not an honorific alone, and
    not one word that is a common Hindi or English word (``स्थानीय``, ``Roundtable``, ``California``)."""
    words = name.replace(".", " ").split()
    if not words or all(len(w) == 1 for w in words) or HONORIFIC.fullmatch(name + " "):
        return False
    if len(words) == 1:
        from planner.core.article.words import is_common_word

        return not is_common_word(native or name)
    return True


def one_person(groups: list[list[Person]]) -> None:
    """A person named again by one word (``Mr Nadella``, ``श्री नडेला``) after the full name
    (``Satya Nadella``) is that person, not a new one: each such mention is replaced, in place, by
    the full one (its own role and organisation kept when it gives them).  Family names come last
    (Nadella) or first (Chang Jae-hoon): either word matches, if only one person has it."""
    full: list[Person] = []
    for people in groups:
        for k, p in enumerate(people):
            words = [w.casefold() for w in (p.name.split(), p.name_native.split())[bool(p.name_native)]]
            if len(words) == 1:
                same = [f for f in full if words[0] in _ends(f)]
                if len({f.name for f in same}) == 1:
                    f = same[0]
                    people[k] = dataclasses.replace(
                        f, start=p.start, role=p.role or f.role, org=p.org or f.org
                    )
                    continue
            full.append(p)


def _ends(p: Person) -> set[str]:
    ends = set()
    for name in (p.name, p.name_native):
        words = name.casefold().split()
        if len(words) > 1:
            ends |= {words[0], words[-1]}
    return ends


def find_people(
    text: str,
    mentions: list[Mention],
    full_text: str,
    exclude: set[str],
    written: Callable[[int, int], str] | None = None,
    clauses: list[tuple[int, int]] | None = None,
    home: frozenset[str] = frozenset({"IN"}),
) -> list[Person]:
    """Counterparts and their roles, linked to an organisation.

    ``JETRO के वरिष्ठ अधिकारियों नाकाजो…``, ``Siemens CEO Roland Busch``, ``Roland Busch, CEO of
    Siemens``, ``Ms Tan Wei Ling, Deputy Director at EDB``, ``Siemens's CEO Roland Busch``,
    ``met Roland Busch (CEO, Siemens)``, ``सीमेंस के अध्यक्ष रोलैंड बुश से``.  ``written`` maps a
    span of ``text`` back to the article as written (``name_native`` keeps the original
    characters); ``clauses`` are the sentence's clauses.
    """
    spans = [(m.start, m.end) for m in mentions]
    taken = {i for a, b in spans for i in range(a, b)}
    orgs = [m for m in mentions if m.entity.kind == "org" and m.entity.type != "community"]
    parts = clauses or [(0, len(text))]
    people: list[Person] = []
    seen: set[str] = set()
    titles: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        if m.entity.kind in ("role", "office"):
            key = (m.start, m.end)
            if key not in titles or m.entity.kind == "office":
                titles[key] = m
    places = [m for m in mentions if m.entity.kind in ("city", "country")]

    def add(native_or_latin: str, pos: int, end: int, role: str, org: Entity | None, side: str) -> None:
        native = native_or_latin if "\u0900" <= native_or_latin[0] <= "\u097f" else ""
        shown = written(pos, end) if native and written is not None else native
        if native:  # romanised as written: काज़ुया → Kazuya, though analysis reads it without the nukta
            roman = romanise(shown, country=org.country if org else None)
            name = latin_form(roman, full_text) or roman
        else:
            name = native_or_latin
        if name in exclude or native in exclude or name in seen or not is_name(name, native):
            return
        seen.add(name)
        people.append(Person(name, shown, role, org.name if org else "", pos, side))

    for role in titles.values():
        clause = next((c for c in parts if c[0] <= role.start < c[1]), (0, len(text)))
        office = role.entity.kind == "office"
        org_mention = _org_of(text, role, orgs, clause, adjacent_only=office)
        org = org_mention.entity if org_mention else None
        if office:
            foreign = (org is not None and org.country not in home) or any(
                p.entity.country not in home and _ORG_TO_ROLE.fullmatch(text[p.end : role.start])
                for p in places
                if p.end <= role.start
            )
            side = "host" if foreign else "delegation"
        else:
            side = "delegation" if org is not None and org.country in home else "host"
        found = names_after(text, role.end, spans)
        if not found:
            before = _name_before(text, _possessor(text, role, places), taken)
            found = [before] if before else []
        for native_or_latin, pos, end in found:
            add(native_or_latin, pos, end, role.entity.name, org, side)
    for o, names in _listed(text, orgs, spans):
        side = "delegation" if o.entity.country in home else "host"
        for native_or_latin, pos, end in names:
            add(native_or_latin, pos, end, "", o.entity, side)
    return sorted(people, key=lambda p: p.start)


# latin_form, romanise and skeleton live in ``romanise``, named here for the modules importing them here
__all__ = [
    "HONORIFIC",
    "Person",
    "find_people",
    "is_name",
    "latin_form",
    "names_after",
    "one_person",
    "romanise",
    "skeleton",
]
