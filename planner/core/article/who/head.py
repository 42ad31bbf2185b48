"""The head of the delegation: the first office-holder the report names, with their fullest name."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from planner.core.article.gazetteer import Entity, Gazetteer, Mention
from planner.core.article.reading.text import Sentence
from planner.core.article.where.places import is_abroad
from planner.core.article.who.company import companion
from planner.core.article.who.people import (
    HONORIFIC,
    foreign_title,
    is_name,
    latin_form,
    names_after,
    romanise,
    skeleton,
)
from planner.core.article.who.relative import name_before


def find_head(
    sentences: list[Sentence], find: Callable[[str], list[Mention]], gaz: Gazetteer, text: str
) -> tuple[str, set[str]]:
    """The first office-holder named, with the most specific office the text gives them."""
    found: list[tuple[Entity, str, set[str]]] = []
    for office, name, names in _heads(sentences, find, gaz, text):
        if found and not _same_person(name, found[0][1]):
            continue
        found.append((office, name, names))
    if not found:
        return "", set()
    office, name, _ = min(found, key=lambda f: f[0].rank)
    names = set().union(*(f[2] for f in found))
    # the fullest form printed ("N Chandrababu Naidu" over the headline's "Naidu")
    fullest = max((f[1] for f in found), key=lambda n: (sum(ch.isalpha() for ch in n), "." in n))
    return f"{office.name} {fullest}", names


def _heads(
    sentences: list[Sentence], find: Callable[[str], list[Mention]], gaz: Gazetteer, text: str
) -> Iterator[tuple[Entity, str, set[str]]]:
    home = frozenset(code for code, c in gaz.countries.items() if c.home)
    for k, s in enumerate(sentences):
        mentions = find(s.text)
        spans = [(m.start, m.end) for m in mentions]
        for m in mentions:
            if m.entity.kind != "office":
                continue
            before = [
                p
                for p in mentions
                if p.end <= m.start
                and m.start - p.end <= 6
                and not _OTHER_PORTFOLIO.fullmatch(s.text, p.end, m.start)
            ]
            if any(is_abroad(gaz, p.entity) or p.entity.kind == "org" for p in before) or foreign_title(
                s.text, m, mentions, home
            ):
                continue  # "Tokyo Governor", "जापान के मंत्री": a host, not our head
            found = (
                names_after(s.text, m.end, spans)
                or _bracketed(s.text, m.end, spans)
                or _after_state(s.text, m.end, mentions, spans)
                or _led_by(s.text, m.start, spans)
                or _writer(s.text, m.start, spans, sentences[k - 1].text if k else "")
            )
            if not found or companion(s.text, m.start, m.end):
                continue  # "मेरे साथ प्रमुख सचिव X": the head's company, not the head
            native = found[0][0]
            if "\u0900" <= native[0] <= "\u097f":
                roman = romanise(native)
                name = latin_form(roman, text) or roman
                yield m.entity, name, {name, native}
            else:
                yield m.entity, native, {native}


#: "HRD और IT Minister", "MSME and IT Minister": an acronym joined to the office's portfolio is another
#: portfolio of the office, not a body owning it
_OTHER_PORTFOLIO = re.compile(r"\s+(?:और|एवं|तथा|and|&)\s+")
_BRACKET = re.compile(r"\s*[(,]\s*")
#: an Indian honorific: after the office and a comma it names our head (``Minister for Industries,
#: Thiru X,``), where a host's office is followed by ``the Honourable X``
_HOME_HONORIFIC = re.compile(r"(?:Shri|Sri|Thiru|Smt\.?|Tmt\.|Sh\.|श्री|श्रीमती)\s+(?:(?:Dr|डॉ)\.?\s+)?")


def _bracketed(text: str, end: int, spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The name in brackets after an office, or after it and a comma inside them, as an assembly's
    answer prints who speaks: ``मुख्यमंत्री (डॉ. मोहन यादव):``, ``Minister for Industries (Shri Uday
    Samant):``, ``उत्तर (उद्योग मंत्री, श्री X):``, ``Answer (Minister for Industries, Thiru X):``;
    or after a comma and an Indian honorific, which only a name follows (``Minister for Industries,
    Thiru X,``)."""
    opened = _BRACKET.match(text, end)
    if opened is None:
        return []
    found = [n for n in names_after(text, opened.end(), spans)[:1] if is_name(n[0])]  # not "(Industries)"
    if found and opened.group().strip() == "," and _HOME_HONORIFIC.match(text, opened.end()):
        return found  # "The Hon'ble Minister for Industries, Thiru K. Selvaraj, will tour …"
    return found if found and text[found[0][2] : found[0][2] + 1] == ")" else []


_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_LED_BY = re.compile(rf"\b(?:led|headed)\s+by\s+(?:{HONORIFIC.pattern})?$")


def _led_by(text: str, start: int, spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The name between ``led by`` and a comma before the office at ``start``: ``a mission led by the
    Honourable X, Minister of Industries of Andhra Pradesh, will visit``."""
    taken = {i for a, b in spans for i in range(a, b)}
    found = name_before(text, start, taken)
    if found is None or _LED_BY.search(text, 0, found[1]) is None or len(found[0].split()) < 2:
        return []
    return [found]


#: the note on who wrote the piece: "(लेखक हरियाणा सरकार में उद्योग मंत्री हैं)", "(The writer is …)"
_WRITER_NOTE = re.compile(r"\(?\s*(?:लेखक|लेखिका|(?i:the\s+(?:writer|author)\s+is))(?![\w\u0900-\u097F])")
#: "… is Kerala's Minister for Industries", "… is Tamil Nadu's Minister …", "… is the Industries Minister
#: of …": the name before ``is``
_IS_OFFICE = re.compile(r"\s+is\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:'s|’s)\s+)?$")


def _writer(text: str, start: int, spans: list[tuple[int, int]], byline: str) -> list[tuple[str, int, int]]:
    """The writer of an opinion piece, who names himself only in the byline and in the note on the
    writer: the byline's name (the line before ``(लेखक … मंत्री हैं)``, nothing else on it), or the
    name a sentence opens with before ``is`` and the office at ``start`` (``X is Kerala's Minister
    for Industries.``)."""
    if _WRITER_NOTE.match(text):
        found = names_after(byline, 0, [])
        return found if len(found) == 1 and found[0][1] == 0 and found[0][2] == len(byline.rstrip()) else []
    is_ = _IS_OFFICE.search(text, 0, start)
    if is_ is None or is_.end() != start:
        return []
    found = names_after(text, 0, spans)[:1]
    return found if found and found[0][1] == 0 and found[0][2] == is_.start() and " " in found[0][0] else []


def _after_state(
    text: str, end: int, mentions: list[Mention], spans: list[tuple[int, int]]
) -> list[tuple[str, int, int]]:
    """The name after the office's state: ``Chief Minister of Gujarat Shri Bhupendra Patel``, ``Chief
    Minister of Odisha Mohan Charan Majhi`` (two words at least: ``… of Gujarat Friday`` names none)."""
    of = _OF.match(text, end)
    state = next((p for p in mentions if of and p.start == of.end() and p.entity.kind == "state"), None)
    if state is None:
        return []
    found = names_after(text, state.end, spans)[:1]
    return found if found and len(found[0][0].split()) >= 2 else []


def _same_person(name: str, first: str) -> bool:
    """The same surname (Reddi = Reddy), or one name's words all in the other: the headline's "योगी"
    is "Yogi Adityanath"."""
    a, b = ({skeleton(w.casefold()) for w in n.split()} for n in (name, first))
    if a and b and (a <= b or b <= a):
        return True  # "Bhatti Vikramarka" in "Mallu Bhatti Vikramarka"
    if skeleton(_surname(name)) == skeleton(_surname(first)):
        # but two full names that share only the surname are two people ("भजनलाल शर्मा", the
        # head, and "अजिताभ शर्मा", his secretary)
        return not _other_given_name(name, first)
    return False


def _other_given_name(name: str, first: str) -> bool:
    """Both names have a given name, neither an initial, and they differ."""
    a, b = name.split(), first.split()
    if len(a) < 2 or len(b) < 2:
        return False
    given = [n[0] for n in (a, b)]
    return all(len(g) > 2 and "." not in g for g in given) and skeleton(given[0].casefold()) != skeleton(
        given[1].casefold()
    )


def _surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


__all__ = ["find_head"]
