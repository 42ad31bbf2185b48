"""The words of an organisation's name, shared by the finders of organisations (``orgs``).

A capitalised run and the small words that link it (``of``, ``and``, ``de``, ``der``…), the words
that never start a name, trimming a run to a name, and the owner of a role (``SAIC Motor's Vice
President, Mr. Zhang Wei``: the body is SAIC Motor), a list cut into names, a description of a body
(``Wesgro, the Western Cape's … agency``) and the site a body owns (``LS Electric headquarters``);
a name carried on over ``of the`` (``Development Bank of the Philippines``), a word for a kind of body
said alone (``the Chamber's``, a portfolio cut from ``Minister of Trade and Industry``) and the
ministry a minister's portfolios name.
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Entity, Gazetteer, Mention
from planner.core.article.reading.words import is_common_word
from planner.core.article.when.dates import ENGLISH_MONTHS, ENGLISH_WEEKDAYS

#: lowercase words inside a name, English and the languages bodies abroad are named in (Câmara de
#: Comércio e Indústria, Verband der Automobilindustrie, Cámara de Comercio y Industria)
LINKS = "of|and|for|&|the|de|da|do|das|dos|del|e|et|y|des|du|der|die|und|für|di|la|van|von"
CONNECTORS = frozenset(LINKS.split("|"))
# Capitalised words that start a sentence or a title, never an organisation's name; weekday and
# month names (and their abbreviations) come from the date tables.
NOT_NAMES = (
    frozenset(["The", "A", "An", "On", "In", "At", "He", "She", "They", "It", "This", "That", "His", "Her"])
    | frozenset(["Their", "Chief", "Minister", "State", "Government", "Prime", "President", "Sources"])
    | frozenset(["Officials", "Indian", "India", "CM", "Mr", "Ms", "Mrs", "Dr", "MoU", "MoUs", "MOU", "MOUs"])
    | frozenset(ENGLISH_WEEKDAYS)
    | frozenset(ENGLISH_MONTHS)
)
#: a capital letter: ASCII, Latin-1 (``Ç``, ``Ö``) and Latin Extended-A (``Š``, ``Ł``, ``Ş``, ``İ``),
#: whose capitals Unicode says which are
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
CAP = rf"[{UPPER}][A-Za-z\u00C0-\u024F0-9'’.&-]*"
#: two small words in a row link a French, Spanish or Portuguese name (Direction Nationale de la
#: Géologie et des Mines, Cámara de la Industria); English ``of the`` is left to ``_OF_THE``, since a
#: run carried over it would swallow a role's place (Minister of the Interior of …)
ROMANCE_PAIR = r"(?:de|et|y|e)\s+(?:la|las|los|le|les|des|du|de|da|do|das|dos|del)"
RUN = rf"{CAP}(?:\s+(?:(?:{ROMANCE_PAIR}|{LINKS})\s+)?{CAP})*"


def found_org(name: str, type_: str = "found", country: str | None = None) -> Entity:
    return Entity(kind="org", name=name, type=type_, country=country)


def covered(mentions: list[Mention], start: int, end: int, kinds: tuple[str, ...]) -> bool:
    return any(m.start < end and start < m.end and m.entity.kind in kinds for m in mentions)


def places_within(text: str, mentions: list[Mention], start: int, end: int) -> bool:
    """The places named between ``start`` and ``end`` are parts of a longer name, not the name: the
    place's "the" may stand before it ("the Netherlands Foreign Investment Agency (NFIA)")."""
    inside = [m for m in mentions if m.start < end and start < m.end and m.entity.kind in ("city", "country")]
    return all(
        (start <= m.start or text[m.start : start] in ("the ", "The "))
        and m.end <= end
        and (max(m.start, start), m.end) != (start, end)  # "visit to the Netherlands": the place itself
        for m in inside
    )


#: a word that ends a sentence: a full stop after three small letters (not ``Ltd.``, ``St.``, ``U.S.``),
#: no abbreviated title or word (``Prof.``, ``Govt.``)
_SENTENCE_END = re.compile(
    r"(?<!Prof)(?<!Govt)(?<!Dept)(?<!Corp)(?<!Intl)(?<!Capt)(?<!Shri)(?<=[a-z\u00DF-\u024F]{3})\.$"
)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading ``The`` and trailing connectors from a capitalised run, and what it has before
    a sentence's end (``Argentina. The Argentine … Agency``: the run starts after the full stop)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    ends = [k for k, w in enumerate(words[:-1]) if _SENTENCE_END.search(w.group())]
    if ends:
        words = words[ends[-1] + 1 :]
    while words and words[0].group() in ("The", "the"):
        words.pop(0)
    while words and words[-1].group() in CONNECTORS:
        words.pop()
    if not words:
        return start, start
    last = words[-1].group()
    cut = len(last) - len(last.rstrip(".,;:'’")) if not re.fullmatch(r"(?:[A-Z]\.)+", last) else 0
    owner = re.search(r"(?:'s|’s|(?<=s)'|(?<=s)’)$", last[: len(last) - cut] if cut else last)
    if owner is not None and len(last) - cut > len(owner.group()):
        cut = len(last) - owner.start()  # "Efacec's plant", "Vestas' factory": the owner
    return start + words[0].start(), start + words[-1].end() - cut


OWNER_IN_RUN = re.compile(rf"\S(?:'s|’s|s'|s’)\s+(?=[{UPPER}])")


RUN_BEFORE_OWNER = re.compile(rf"(?<![\w'’]){RUN}(?:'s|’s|(?<=s)'|(?<=s)’)\s+$")
_QUALIFIER = re.compile(r"(?:[A-Za-z]+\s+)?")
#: the roles of a government, whose owner is a place: "Victoria's Premier", "Japan's Minister"
_PUBLIC_ROLE = re.compile(r"Minister|Premier|Governor|Mayor|Ambassador|Secretary")


def role_owner(text: str, start: int, end: int, mentions: list[Mention]) -> tuple[int, int] | None:
    """``SAIC Motor's Vice President``: the words before a possessive that a role follows, when they
    are no place (``Victoria's Premier``) and no person's name (``Naidu's Chief Secretary``)."""
    owner = next(iter(OWNER_IN_RUN.finditer(text, start, end)), None)
    if owner is None:
        return None
    role = next(
        (
            m
            for m in mentions
            if m.entity.kind == "role"
            and m.start >= owner.end()
            and _QUALIFIER.fullmatch(text, owner.end(), m.start)
        ),
        None,
    )  # "Murata Manufacturing's Senior Vice President": a word may qualify the role
    if role is None or _PUBLIC_ROLE.search(role.entity.name):
        return None  # "Ontario's Premier, Doug Ford": a place's office
    if not (re.match(r"\s*,", text[role.end :]) or re.search(r",\s*(?:the\s+)?$", text[:start])):
        return None  # "Ontario's Premier Doug Ford": only a role set off by commas (a name beside it)
    a, b = trim(text, start, owner.start() + re.search("['’]", owner.group()).start())  # type: ignore[union-attr]
    words = text[a:b].split()
    whole = any(
        (m.start, m.end) == (a, b) and m.entity.kind in ("city", "country", "state") for m in mentions
    )
    if not words or words[0] in NOT_NAMES or whole or covered(mentions, a, b, ("state", "person")):
        return None  # "Murata Manufacturing": a city's name inside a body's is the body's
    return a, b


LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


#: the portfolios after a ministry's first one (", Agribusiness and Industry"), each of one word or
#: a few ("Investment", "Foreign Trade", "Foreign Economic Relations")
_PORTFOLIO = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
_MORE_PORTFOLIOS = re.compile(rf"(?:\s*,\s*{_PORTFOLIO})*,?\s+(?:and|&)\s+{_PORTFOLIO}\b")
_OF_PORTFOLIO = re.compile(r"\b(?:of|for)\s+(?:the\s+)?([A-Z][a-z]+)$")


def more_portfolios(text: str, name_start: int, pos: int, mentions: list[Mention] | None = None) -> int:
    """Where a body's name of several portfolios ends when its first one ends at ``pos``
    (``Ministry of Trade, Agribusiness and Industry``, ``Ministry of Trade and Foreign Economic
    Relations``): every portfolio's words common words or compounds ending in one, none a known
    body (``Ministry of Industry, Bosch and Siemens``); else ``pos``."""
    first = _OF_PORTFOLIO.search(text, name_start, pos)
    more = _MORE_PORTFOLIOS.match(text, pos)
    if first is None or more is None or first.end() != pos:
        return pos
    words = [first.group(1), *re.findall(r"[A-Z][a-z]+", more.group())]
    if not all(_portfolio_word(w) for w in words) or covered(mentions or [], pos, more.end(), ("org",)):
        return pos
    return more.end()


def _portfolio_word(word: str) -> bool:
    """A common word, or a compound ending in one (``Agribusiness``, ``Handicrafts``)."""
    return is_common_word(word) or any(is_common_word(word[k:]) for k in range(3, len(word) - 4))


def longer_ministries(text: str, mentions: list[Mention], found: list[Mention]) -> None:
    """A known ministry whose name goes on with more portfolios (``Ministry of Trade, Agribusiness
    and Industry``: the gazetteer knows ``Ministry of Trade``) is the text's longer body."""
    for m in mentions:
        end = more_portfolios(text, m.start, m.end, mentions) if m.entity.kind == "org" else m.end
        if re.match(r"\s*\([A-Z]", text[end:]):
            continue  # "Ministry of Industry and Commerce (MIC)": spelled out before its acronym
        if end > m.end and not any(f.start < end and m.start < f.end for f in found):
            found.append(Mention(found_org(text[m.start : end]), m.start, end, text[m.start : end]))


def split_list(
    text: str, start: int, end: int, gaz: Gazetteer | None = None, mentions: list[Mention] | None = None
) -> list[tuple[int, int]]:
    """``Hanwha, Doosan and Lotte Group`` → three names; ``Ministry of Trade and Industry`` and
    ``Ministry of Trade, Agribusiness and Industry`` → one."""
    chunk = text[start:end]
    parts: list[tuple[int, int]] = []
    pos = 0
    joined = start  # the end of a name of several portfolios: its commas separate nothing
    for sep in LIST_SEP.finditer(chunk):
        if start + sep.start() < joined:
            continue
        before = chunk[pos : sep.start()]
        joined = more_portfolios(text, start + pos, start + sep.start(), mentions)
        if joined > start + sep.start():
            continue
        joins = " and " in sep.group() or sep.group().strip() in ("and", "&")
        if joins and re.search(r"\b(?:of|for)\b", before) and "," not in sep.group():
            continue  # "Ministry of Trade and Industry"
        if joins and gaz is not None and _portfolio_alone(before.strip(), gaz):
            continue  # "Investment and Development Corporation": a portfolio alone is no body
        nxt = LIST_SEP.search(chunk, sep.end())
        right = chunk[sep.end() : nxt.start() if nxt else len(chunk)].split()
        if (
            joins
            and "," not in sep.group()
            and len(before.split()) >= 2
            and is_common_word(before.split()[-1])
            and right
            and all(is_common_word(w) for w in right)
            and gaz is not None
            and gaz.org_word(right[-1])
        ):
            continue  # "Gauteng Growth and Development Agency": common nouns joined into one body's name
        parts.append((start + pos, start + sep.start()))
        pos = sep.end()
    parts.append((start + pos, end))
    return [p for p in parts if p[1] > p[0]]


def _portfolio_alone(name: str, gaz: Gazetteer) -> bool:
    return " " not in name and bool(gaz.portfolio(name)) and not gaz.org_word(name)


#: a site named after the body it belongs to: "LS Electric headquarters", "Tata Steel plant"
SITE_NOUNS = (
    r"headquarters|head\s+office|plant|factory|campus|facility|shipyard|works|laboratory|research\s+centre"
)
SITE_AFTER = re.compile(rf"\s+(?:{SITE_NOUNS})\b")
#: a description ending in a body's noun: "the Free State of Bavaria's innovation agency"
#: after these a capitalised name is an organisation's even without an organisation word (the
#: finders' pattern is case-blind: the capitals of a body met as a team are asked for in so many words)
BODY_TRIGGER = (
    r"(?:officials|representatives|executives|leaders|leadership|heads|delegates|management|delegation|team"
    r"|top\s+brass)\s+(?:of|from)|organi[sz]ed\s+by|hosted\s+by|arranged\s+by|partnership\s+with"
    r"|agreements?\s+with|MoUs?\s+with"
    # "a meeting with", "a long meeting with", an itinerary's item "| Meeting with OMV Petrom"
    r"|(?:(?:a|the|proposed|planned)\s+(?:[a-z]+\s+)?|^|(?<=\|\s))meeting\s+with"
    r"|sign(?:s|ed|ing)?\b[^.;:!?]{0,60}?\bwith"  # "was signed on Tuesday, March 17, with Luzon Agri …"
    # "met the Invest Lithuania team": the body whose people are met
    r"|(?:meets?|met)(?=\s+(?:the\s+)?(?-i:(?:[A-Z][\w-]*\s+){1,4})(?:team|leadership|management|officials|executives)\b)"
)
BODY_NOUN = re.compile(
    r"(?:'s|’s)\s+(?:[a-z-]+\s+){0,4}(?:agency|body|council|chamber|association|federation|authority)\b"
)


def describes(text: str, prev_end: int, end: int) -> bool:
    """The list item ending at ``end`` is ``, the X's …``: a description of the item before it."""
    return (
        re.match(r",\s*the\s+", text[prev_end:]) is not None and OWNED_PLACE.match(text, end - 2) is not None
    )


OWNED_PLACE = re.compile(r"(?:'s|’s|s'|s’)\s+[a-z]")


_AT = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?")


def at_place(text: str, end: int, mentions: list[Mention]) -> bool:
    """The name ending at ``end`` is followed by ``at``/``in`` and a place the gazetteer knows: what
    is visited there is a body's site (``tour Ford Otosan at Gölcük``)."""
    at = _AT.match(text, end)
    return at is not None and any(
        m.start == at.end() and m.entity.kind in ("city", "country", "state") for m in mentions
    )


NAME_SHAPE = re.compile(r"(?:[A-Z]\.\s*)*[A-Z][a-z]+(?:[\s-][A-Z][a-z]+(?:-[a-z]+)?){1,2}")


def names_only(text: str, items: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    """Every item is shaped like a person's name: two or three capitalised words, no organisation word."""
    return all(NAME_SHAPE.fullmatch(text[a:b]) is not None and not orgish(text[a:b], gaz) for a, b in items)


def is_person_word(word: str, full_text: str) -> bool:
    """``Naidu`` in ``N Chandrababu Naidu``: a word printed right after another capitalised name."""
    return bool(re.search(rf"\b[A-Z][a-z]*\.?\s+{re.escape(word)}\b", full_text))


def orgish(name: str, gaz: Gazetteer) -> bool:
    """A name with an organisation word in it (``Group``, ``Bank``…)."""
    return any(gaz.org_word(w.strip(".,")) for w in name.split())


_OF_THE = re.compile(rf"\s+(?:of|for)\s+the\s+(?P<name>{RUN})")
_HEAD_OF_THE = re.compile(rf"(?<![\w'’.-])(?P<name>{RUN})\s+(?:of|for)\s+the\s+$")


def of_the(text: str, start: int, end: int, mentions: list[Mention], gaz: Gazetteer) -> tuple[int, int]:
    """The whole name a body's or a place's name between ``start`` and ``end`` is part of, over ``of
    the``: ``Development Bank`` + ``of the Philippines``, ``Chamber of Industry of the`` + ``Republic
    of Kenya`` (a Hindi sentence finds the name before ``के`` first).  The words before ``of the``
    must hold an organisation word and be no role (``Chairman of the …``) nor person (``Wei Chen of
    the …``); else the span is as it was."""
    head = _HEAD_OF_THE.search(text, 0, start)
    if head is not None:
        # the last of a list ("the Kansai Economic Federation and Wei Chen of the …": Wei Chen's)
        a, b = split_list(text, head.start("name"), head.end("name"), gaz, mentions)[-1]
        a, b = trim(text, a, b)
        if b > a and _body_head(text[a:b], a, b, mentions, gaz):
            start = a
    if orgish(text[start:end], gaz) and _body_head(text[start:end], start, end, mentions, gaz):
        tail = _OF_THE.match(text, end)
        if tail is not None:
            a, b = trim(text, tail.start("name"), tail.end("name"))
            end = b if b > a else end
    return start, end


def _body_head(name: str, start: int, end: int, mentions: list[Mention], gaz: Gazetteer) -> bool:
    return orgish(name, gaz) and not covered(mentions, start, end, ("role", "office", "person"))


def with_of_the(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``mentions`` with each body's name carried on over ``of the`` (see :func:`of_the`); what the
    longer name holds (``Philippines``, ``Republic of Moldova``) is part of it, no mention of its own."""
    out = list(mentions)
    for m in mentions:
        if m not in out or m.entity.kind not in ("org", "country", "city", "state"):
            continue
        start, end = of_the(text, m.start, m.end, out, gaz)
        if (start, end) == (m.start, m.end) or any(
            o.start < end and start < o.end and not (start <= o.start and o.end <= end) for o in out
        ):
            continue
        name = text[start:end]
        out = [o for o in out if not (start <= o.start and o.end <= end)]
        out.append(Mention(found_org(name), start, end, name))
    return sorted(out, key=lambda m: (m.start, -m.end))


def ministry_of(role: Mention, name: str, gaz: Gazetteer) -> str:
    """``the Minister of Trade and Industry``: a minister's portfolios name the ministry met."""
    words = [w for w in re.split(r"[\s,]+", name) if w and w not in CONNECTORS]
    if role.entity.name == "Minister" and words and all(gaz.portfolio(w) for w in words):
        return f"Ministry of {name}"
    return name


#: a place after a name's word ("Invest in Denmark", "University of Rwanda"): the name goes on
_PLACE_AFTER = re.compile(r"\s+(?:of|in|for)\s+(?:the\s+)?[A-Z]")


def kind_word_alone(text: str, found: Mention, bodies: list[Mention], gaz: Gazetteer) -> bool:
    """A name found in the text that is one word for a kind of body, not a body's name: a portfolio
    (``Minister of Trade and Industry`` cut to ``Trade`` and ``Industry``), or an organisation word
    said again of a body the sentence has named before it (``the Cyprus Shipping Chamber … the
    Chamber's annual meeting``)."""
    word = found.text.strip(".,'’")
    if found.entity.kind != "org" or found.entity.type != "found" or " " in word:
        return False
    if _PLACE_AFTER.match(text, found.end) is not None:
        return False
    if gaz.portfolio(word) and not gaz.org_word(word):
        return True
    return bool(gaz.org_word(word)) and any(
        b.entity.kind == "org" and b.end <= found.start and b.text.split()[-1] == word and " " in b.text
        for b in bodies
    )


def role_bodies(text: str, role: Mention, start: int, end: int, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The bodies named after a role's ``of``: one ministry for a minister's portfolios (``Minister of
    Industry and Trade``), else each of a list (``Chairman of Hanwha and Doosan``)."""
    name = text[start:end]
    return [(start, end)] if ministry_of(role, name, gaz) != name else split_list(text, start, end, gaz)


_HOTEL = r"(?:होटल|(?i:hotel))"
_HOTEL_BEFORE = re.compile(rf"(?<![\w\u0900-\u097F]){_HOTEL}\s+$")
_HOTEL_AFTER = re.compile(rf"\s+{_HOTEL}(?![\w\u0900-\u097F])")


def is_venue(text: str, found: Mention) -> bool:
    """A name found in the text with a hotel word right before or after it (``होटल Petaling Grand
    में``, ``Kemang Palace hotel mein``): where the meeting is held, not a body met."""
    return (
        found.entity.kind == "org"
        and found.entity.type == "found"
        and (
            _HOTEL_BEFORE.search(text, 0, found.start) is not None
            or _HOTEL_AFTER.match(text, found.end) is not None
        )
    )


def no_body_words(text: str, found: list[Mention], bodies: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """``found`` without the words for a kind of body said alone and the hotels named as venues."""
    return [f for f in found if not kind_word_alone(text, f, bodies, gaz) and not is_venue(text, f)]


def after_common_noun(text: str, start: int, end: int, full_text: str, gaz: Gazetteer) -> int:
    """Where a name starts once its first word is dropped when that word is an English noun the
    article writes in lower case elsewhere (``Delegation Tashkent पहुंचा`` beside ``delegation``,
    ``Members ने`` beside ``members``): capitalised only as a Hindi sentence's English word, no
    body's; what is left may be a place, or nothing."""
    first = re.match(r"\S+", text[start:end])
    word = first.group() if first else ""
    rest = text[start + len(word) : end]
    if not word[:1].isupper() or word.isupper() or not word.isalpha() or re.match(rf"\s+(?:{LINKS})\s", rest):
        return start  # "Port of Lae": the name's own first word
    if not is_common_word(word) or gaz.org_word(word) or gaz.find(word):
        return start  # "Kigali Special Economic Zone" (a place), "Port …", "Chamber …"
    if re.search(rf"(?<![\w@/.-]){re.escape(word.lower())}(?![\w@-])", full_text) is None:
        return start
    return end if not rest.strip() else start + len(word) + len(rest) - len(rest.lstrip())
