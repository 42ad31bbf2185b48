"""People in article text: the head, counterparts and their roles, Latin spellings of Devanagari names."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from planner.core.article.gazetteer import Entity, Mention
from planner.core.article.reading.romanise import latin_form, romanise, skeleton
from planner.core.article.who.honoured import honoured
from planner.core.article.who.listed import listed
from planner.core.article.who.names import HONORIFIC, names_after
from planner.core.article.who.naming import said_name
from planner.core.article.who.officials import (
    accompanying,
    after_portfolio,
    heads_office,
    portfolio_end,
    stays_home,
)
from planner.core.article.who.relative import (
    CJK,
    bracketed,
    given_place,
    head_titles,
    heads,
    name_before,
    name_before_body,
    titled_before,
    who_is,
)
from planner.core.article.who.swallowed import swallowed


@dataclass(frozen=True)
class Person:
    """A person named in a sentence: Latin ``name``, Devanagari ``name_native`` if written so."""

    name: str
    name_native: str
    role: str
    org: str
    start: int
    side: str = "host"  # "delegation" for the state's own officials travelling along
    end: int = 0  # where the name ends in the sentence (a town's name inside it is no place)
    styled: bool = False  # named by a style alone ("Prof. X"), no title: the body's person if it was met


_ORG_TO_ROLE = re.compile(r"\s*\)?\s*(?:'s|'|के|की|का)?\s*")
_ROLE_TO_ORG = re.compile(r"\s*(?:,|,?\s*(?:of|at)(?:\s+the)?|with(?:\s+the)?|के|की)\s*")
_UNIT_AT = re.compile(r"\s+at\s+(?:the\s+)?")


def _org_of(
    text: str,
    role: Mention,
    orgs: list[Mention],
    clause: tuple[int, int],
    *,
    adjacent_only: bool = False,
    titles: Iterable[Mention] = (),
) -> Mention | None:
    """The organisation a role belongs to.

    ``Siemens CEO``, ``Siemens's CEO``, ``JETRO के अध्यक्ष`` (right before), ``CEO of Siemens``,
    ``Director at EDB``, ``(CEO, Siemens)`` (right after), else the nearest one before it in its
    clause (``JETRO के वरिष्ठ अधिकारियों``), else the only one in the sentence.
    """
    for o in orgs:
        if o.start <= role.start and role.end <= o.end:
            return o  # "निवेश मंत्री", "Minister of Investment": the title names its ministry
    for o in reversed(orgs):
        if o.end <= role.start and _ORG_TO_ROLE.fullmatch(text[o.end : role.start]):
            return o
    for k, o in enumerate(orgs):
        if o.start >= role.end and _ROLE_TO_ORG.fullmatch(text[role.end : o.start]):
            # "Head of Investor Relations at GIPC": the unit is part of the body after "at"
            at = next((b for b in orgs[k + 1 :] if _UNIT_AT.fullmatch(text, o.end, b.start)), None)
            return at or o
    if adjacent_only:
        return None
    # a body with another person's title between it and this one is that person's ("पैनासोनिक के
    # सीईओ X तथा निडेक के संस्थापक Y": Y is not Panasonic's)
    between = [t.start for t in titles if t.end <= role.start]
    before = [
        o
        for o in orgs
        if clause[0] <= o.start and o.end <= role.start and not any(o.end <= b for b in between)
    ]
    if before:
        return before[-1]
    earlier = [o for o in orgs if o.end <= role.start and not any(o.end <= b for b in between)]
    if earlier:
        return earlier[-1]
    # the only body of the sentence, unless another clause names it ("meet Premier X, and on June
    # 13 visit the University of Y": the premier is not the university's)
    return orgs[0] if len(orgs) == 1 and clause[0] <= orgs[0].start < clause[1] else None


#: between a country and its minister's title: "जापान के अर्थव्यवस्था, व्यापार एवं उद्योग मंत्री",
#: "Japan's Economy, Trade and Industry Minister" (a few words of portfolio at most)
_PORTFOLIO_GAP = re.compile(
    r"(?:'s|’s|\s+के|\s+की|\s+का)\s+(?:[\w\u0900-\u097F]+(?:\s*,\s*|\s+(?:एवं|और|तथा|and|&)\s+|\s+)){0,5}"
)


def foreign_title(text: str, title: Mention, places: list[Mention], home: frozenset[str]) -> bool:
    """Whether a foreign place owns the title: ``Japan's Minister``, ``जापान के अर्थव्यवस्था, व्यापार
    एवं उद्योग मंत्री`` (a portfolio of a few words between them)."""
    return any(
        p.entity.country not in home
        and (
            _ORG_TO_ROLE.fullmatch(text[p.end : title.start])
            or _PORTFOLIO_GAP.fullmatch(text[p.end : title.start])
        )
        for p in places
        if p.end <= title.start and p.entity.kind in ("city", "country")
    )


def _titled(text: str, org: Mention, titles: dict[tuple[int, int], Mention]) -> bool:
    """Whether a title follows the body at once (``BHP के सीईओ``, ``Qantas's CEO``): it is that title's."""
    return any(
        t.start >= org.end and _ORG_TO_ROLE.fullmatch(text[org.end : t.start]) for t in titles.values()
    )


#: a name in Japanese or Korean script in brackets after its Latin form: ``Akio Toyoda (豊田章男)``
_GLOSS = re.compile(rf"\s*\(([{CJK}][{CJK}\s·・]{{0,20}})\)")


_POSSESSIVE = re.compile(r"(?:'s|’s)?\s+")


def _possessor(text: str, role: Mention, places: list[Mention]) -> int:
    """Where a role's title starts with the place it belongs to: ``X, Bahrain's Minister of Finance``."""
    for p in places:
        if p.end <= role.start and _POSSESSIVE.fullmatch(text, p.end, role.start):
            return p.start
    qualified = _QUALIFIED.search(text, 0, role.start)
    return qualified.start() if qualified is not None else role.start


_ROLE_COMMA = re.compile(r"\s*,\s*")
_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?")
#: a role told as the one of a body named before: "its chairman, X", "whose president, X", "the
#: rector, X", "the port authority's director, X", "Osaka's Governor, X" (then the name after a comma
#: is the role's)
_DETERMINED = re.compile(
    r"(?<![\w'’])(?:(?i:its|their|whose|the(?:\s+[\w-]+){0,2}(?:'s|’s)|the)|[A-Z][\w-]*(?:'s|’s))"
    r"\s+(?:[A-Za-z][\w-]*\s+){0,2}$"
)
#: "Prof. X, Deputy Vice-Chancellor": one capitalised word qualifying the title after the comma
_QUALIFIED = re.compile(r"(?<=,\s)[A-Z][a-z]+\s+$")


def _owns(text: str, org: Mention | None, role: Mention) -> bool:
    """``SAIC Motor's Vice President``, ``FIESP's first vice-president``: the body owns the role by a
    possessive right before it (a lower-case word between)."""
    return (
        org is not None
        and re.fullmatch(r"(?:'s|’s|s'|s’)\s+(?:[A-Za-z]+\s+)?", text[org.end : role.start]) is not None
    )


def is_name(name: str, native: str = "") -> bool:
    """Whether a found name can be a person's: not a single letter, not an honorific alone, and
    not one word that is a common Hindi or English word (``स्थानीय``, ``Roundtable``, ``California``)."""
    words = name.replace(".", " ").split()
    if not words or all(len(w) == 1 for w in words) or HONORIFIC.fullmatch(name + " "):
        return False
    if len(words) == 1:
        from planner.core.article.reading.words import is_common_word

        return not is_common_word(native or name)
    return True


def in_name(m: Mention, people: list[Person]) -> bool:
    """Whether a mention lies inside a person's name: a town there (``Preston`` in ``निदेशक मार्क
    प्रेस्टन``, ``Ramon`` in ``chief executive Ramon Villanueva``) is no place of the visit."""
    return any(p.start <= m.start and m.end <= p.end for p in people)


def one_person(groups: list[list[Person]]) -> None:
    """A person named again by one word (``Mr Nadella``, ``श्री नडेला``) after the full name
    (``Satya Nadella``) is that person, not a new one: each such mention is replaced, in place, by
    the full one (its own role and organisation kept when it gives them).  Family names come last
    (Nadella) or first (Chang Jae-hoon): either word matches, if only one person has it."""
    full: list[Person] = []
    for people in groups:
        for k, p in enumerate(people):
            devanagari = p.name_native[:1] and "\u0900" <= p.name_native[0] <= "\u097f"
            words = [w.casefold() for w in (p.name_native if devanagari else p.name).split()]
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
    head: str = "",
    portfolio: Callable[[str], str | None] | None = None,
) -> list[Person]:
    """Counterparts and their roles, linked to an organisation.

    ``JETRO के वरिष्ठ अधिकारियों नाकाजो…``, ``Siemens CEO Roland Busch``, ``Roland Busch, CEO of
    Siemens``, ``Ms Tan Wei Ling, Deputy Director at EDB``, ``Siemens's CEO Roland Busch``,
    ``met Roland Busch (CEO, Siemens)``, ``सीमेंस के अध्यक्ष रोलैंड बुश से``.  ``written`` maps a
    span of ``text`` back to the article as written (``name_native`` keeps the original
    characters); ``clauses`` are the sentence's clauses; ``head`` the head as named (``Chief
    Minister Bhajanlal Sharma``): the head's office names no one else; ``portfolio`` tells a
    portfolio's word (``उद्योग``, ``Industries``), which a title may have right after it.
    """
    gone = swallowed(text, mentions)  # "… (Industries) K. Haritha and TGIIC": a name, no body
    mentions = [m for m in mentions if m not in gone]
    spans = [(m.start, m.end) for m in mentions]
    taken = {i for a, b in spans for i in range(a, b)}
    orgs = [m for m in mentions if m.entity.kind == "org" and m.entity.type != "community"]
    parts = clauses or [(0, len(text))]
    people: list[Person] = []
    seen: set[str] = set()
    # the head's surname alone ("जापान में मुख्यमंत्री साय", "CM Sai") is the head, not a member
    surnames = {n.split()[-1] for n in exclude if len(n.split()) > 1}
    titles: dict[tuple[int, int], Mention] = {}
    for m in [*mentions, *head_titles(text)]:
        if m.entity.kind in ("role", "office"):
            key = (m.start, m.end)
            if key not in titles or m.entity.kind == "office":
                titles[key] = m
    places = [m for m in mentions if m.entity.kind in ("city", "country")]
    states = [m for m in mentions if m.entity.kind == "state"]

    owned_abroad: set[str] = set()  # people a foreign body or place owns the role of

    def add(
        native_or_latin: str,
        pos: int,
        end: int,
        role: str,
        org: Entity | None,
        side: str,
        abroad: bool = False,
        styled: bool = False,
    ) -> None:
        native = native_or_latin if "\u0900" <= native_or_latin[0] <= "\u097f" else ""
        shown = written(pos, end) if native and written is not None else native
        if native:  # romanised as written: काज़ुया → Kazuya, though analysis reads it without the nukta
            roman = romanise(shown, country=org.country if org else None)
            name = latin_form(roman, full_text) or roman
        else:
            name = native_or_latin
            gloss = _GLOSS.match(text, end)
            shown = gloss.group(1).strip() if gloss else ""  # "Akio Toyoda (豊田章男)"
        if name in exclude or native in exclude or name in seen or not is_name(name, native):
            return
        if (
            side == "delegation"
            and " " not in native_or_latin.strip()
            and (name in surnames or native in surnames)
        ):
            return
        seen.add(name)
        if abroad or (org is not None and org.country is not None and org.country not in home):
            owned_abroad.add(name)
        people.append(Person(name, shown, role, org.name if org else "", pos, side, end, styled))

    for role in titles.values():
        clause = next((c for c in parts if c[0] <= role.start < c[1]), (0, len(text)))
        office = role.entity.kind == "office"
        org_mention = _org_of(text, role, orgs, clause, adjacent_only=office, titles=titles.values())
        if org_mention is not None and org_mention.start >= role.end and _titled(text, org_mention, titles):
            org_mention = None  # "प्रीमियर X और BHP के सीईओ Y": the body after the name is Y's
        org = org_mention.entity if org_mention else None
        if office:
            foreign = (org is not None and org.country not in home) or foreign_title(text, role, places, home)
            # "the Governor of Victoria": a foreign place after the title owns it too
            foreign = foreign or any(
                _OF_PLACE.fullmatch(text, role.end, p.start) and p.entity.country not in home for p in places
            )
            side = "host" if foreign else "delegation"
        else:
            side = "delegation" if org is not None and org.country in home else "host"
        if office and heads_office(text, role, head, [*places, *orgs, *states]):
            # "मुख्यमंत्री स्वेज नहर आर्थिक क्षेत्र का दौरा करेंगे", "मुख्यमंत्री ओउलू जाएंगे": the words
            # after the head's own office are the head's name or no name
            continue
        found = names_after(text, role.end, spans)
        unplaced = given_place(text, role.end, places, spans)  # a town's name as a word of the name
        found = names_after(text, role.end, unplaced) or found if unplaced != spans else found
        if office and portfolio is not None:
            found = after_portfolio(text, role.end, spans, portfolio, role.start) or found
        found = found or said_name(text, role.end, spans)  # "whose director general is X, not Y"
        ends = portfolio_end(text, role.end, taken, portfolio) if not found else None
        if ends is not None:
            found = names_after(text, ends, spans)[:1]
        # "the Dutch Minister of Infrastructure, Sanne de Groot": the comma after the portfolio
        comma = _ROLE_COMMA.match(text, role.end if ends is None else ends)
        if (
            not found
            and comma is not None
            and (
                HONORIFIC.match(text, comma.end())
                or _owns(text, org_mention, role)
                or _DETERMINED.search(text, 0, role.start) is not None
            )
        ):
            # "SAIC Motor's Vice President, Mr. Zhang Wei", "its chairman, Ruwan Jayasekara,", "the
            # port's chief executive, Søren Holm,": the name after the comma
            found = names_after(text, comma.end(), spans)[:1]
        after = org_mention if org_mention is not None and org_mention.start >= role.end else None
        after = after or next((p for p in places if _OF_PLACE.fullmatch(text, role.end, p.start)), None)
        if not found and after is not None:
            # "the rector of Kaunas University of Technology, Prof. Jonas Valiulis", "the Governor of
            # Victoria, Margaret Gardner": the name after the body or place the role is of
            comma = _ROLE_COMMA.match(text, after.end)
            if comma is not None and (
                HONORIFIC.match(text, comma.end()) or _DETERMINED.search(text, 0, role.start) is not None
            ):
                found = names_after(text, comma.end(), spans)[:1]
        if not found:
            before = (
                name_before(text, _possessor(text, role, [*places, *orgs]), taken)
                or name_before_body(text, role.start, taken)
                or titled_before(text, role.start, taken, spans)
            )
            found = [before] if before else []
        if not found:
            # "Jane Roe, who is the chief executive of Y", "श्री X, जो Y के निदेशक हैं"
            opens = (
                org_mention.start if org_mention is not None and org_mention.end <= role.start else role.start
            )
            before = who_is(text, opens, taken, spans) or who_is(text, role.start, taken, spans)
            found = [before] if before else []
        abroad = foreign_title(text, role, places, home)
        for native_or_latin, pos, end in found:
            add(native_or_latin, pos, end, role.entity.name, org, side, abroad)
    for (native_or_latin, pos, end), o in heads(text, orgs, taken):
        # "Kadri Tamm, who heads it, …": the head of the body after, or of the one told before
        add(native_or_latin, pos, end, "Head", o.entity if o else None, "host")
    for name, role_text, body in bracketed(text, orgs, spans):  # "Meeting with X (Mr. Y, Vice-Rector)"
        add(*name, role_text, body.entity if body else None, "host")
    for name_at, o in honoured(text, orgs, spans, parts, list(titles.values())):
        # "where Prof. Hemi Walker walked the visitors": a style alone, the clause's body met
        if not any(p.start < name_at[2] and name_at[1] < max(p.end, p.start + 1) for p in people):
            add(*name_at, "", o.entity if o else None, "host", styled=True)
    for o, names in listed(text, orgs, spans):
        side = "delegation" if o.entity.country in home else "host"
        for native_or_latin, pos, end in names:
            add(native_or_latin, pos, end, "", o.entity, side)
    if accompanying(text):
        # "accompanied by Commissioner X and Karnataka Udyog Mitra managing director Y", "उनके साथ
        # उद्योग मंत्री X और Invest Punjab के CEO Y भी हैं", "उनके साथ गए उद्योग निदेशक X": who travels
        # with the head is of the delegation, unless a foreign body or place owns their role
        people = [
            dataclasses.replace(p, side="delegation")
            if p.side == "host" and p.name not in owned_abroad
            else p
            for p in people
        ]
    if stays_home(text):  # "Minister X will hold charge … during the Minister's absence"
        people = [p for p in people if not (p.side == "delegation" and "Minister" in p.role)]
    return sorted(people, key=lambda p: p.start)


# HONORIFIC and names_after live in ``names``; latin_form, romanise and skeleton in ``romanise``: named
# here for the modules that import them from people
__all__ = [
    "HONORIFIC",
    "Person",
    "find_people",
    "foreign_title",
    "in_name",
    "is_name",
    "latin_form",
    "names_after",
    "one_person",
    "romanise",
    "skeleton",
]
