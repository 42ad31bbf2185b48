"""A foreign minister's portfolio named in the text: ``Singapore's Minister for Trade and Industry``
gives the role ``Minister for Trade and Industry`` and the organisation ``Ministry of Trade and
Industry`` in that country (portfolio words come from the gazetteer's ``portfolios`` section, with Hindi);
a ministry named by them, ``घाना के व्यापार एवं उद्योग मंत्रालय``, is that ministry."""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Entity, Gazetteer, Mention

_HI_NAME = r"[\u0900-\u0963\u0966-\u097F]+"
_PORTFOLIO_EN = re.compile(
    r"\bMinister\s+(?:for|of)\s+(?P<words>(?:(?:and|&|the)\s+)?[A-Z][a-z]+(?:(?:,\s*|\s+)(?:and|&|the)?\s*[A-Z][a-z]+)*)"
)
_PORTFOLIO_HI = re.compile(rf"(?P<words>(?:{_HI_NAME},?\s+){{1,5}})(?P<head>मंत्री|मंत्रालय)(?![\u0900-\u097F])")
_POSSESSIVE = re.compile(r"(?:'s|’s|')?\s*(?:(?:के|की)\s+)?(?:the\s+)?")


def portfolios(text: str, mentions: list[Mention], gaz: Gazetteer, found: list[Mention]) -> None:
    """Adds to ``found`` the role and the ministry of a foreign minister's portfolio:
    ``Singapore's Minister for Trade and Industry``, ``सिंगापुर के व्यापार और उद्योग मंत्री``."""
    for m, english in _portfolio_matches(text, gaz):
        start, end = m
        country = _foreign_before(text, mentions, gaz, start)
        if country is None:
            continue  # also an office the gazetteer knows ("Minister for Industries") of the state
        org = Entity(kind="org", name=f"Ministry of {english}", type="government", country=country)
        if not text.startswith("मंत्रालय", end - len("मंत्रालय")):  # "घाना के व्यापार एवं उद्योग मंत्रालय"
            found.append(
                Mention(Entity(kind="role", name=f"Minister for {english}"), start, end, text[start:end])
            )
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
