"""The state's own officials in a sentence: who travels with the head, a title's portfolio before the
name, the head's own office (issue 8, round 7), and the ministers who stay at home (round 11)."""

from __future__ import annotations

import re
from collections.abc import Callable

from planner.core.article.entities import Mention
from planner.core.article.who.names import HONORIFIC, LATIN_LETTERS, names_after

#: a sentence that lists who travels with the head: "is accompanied by", "along with", "joined by",
#: "the delegation includes", "part of the delegation", "travelling with", "उनके साथ",
#: "प्रतिनिधिमंडल में", "प्रतिनिधिमंडल के सदस्य", "… भी साथ रहेंगे", "साथ गए", "CM के साथ … भी हैं",
#: "travelled with the Chief Minister", "Delegation में … शामिल थे", "यात्रा में मेरे साथ … भी शामिल रहीं",
#: a list after "Saath mein:" (साथ में:), "मंत्री के साथ … भी जाएंगी" (a minister's company, ahead), a
#: body's own officer who went for it: "Your Chamber was represented by our vice chairman X", "Chamber
#: की ओर से उपाध्यक्ष X ने सदस्यों का प्रतिनिधित्व किया"
_ACCOMPANYING = re.compile(
    r"(?i:\baccompan(?:ied|ying|ies|y)\b|\balong\s+with\b|\bjoin(?:ed|ing)\b|\btravel(?:l)?(?:ing|ed)\s+with\b"
    r"|\bdelegation\s+(?:also\s+)?(?:includes|included|comprises|comprising|consists)\b"
    r"|\b(?:part|members?)\s+of\s+the\s+delegation\b|\b(?:on|in)\s+the\s+(?:state'?s?\s+)?delegation\b"
    r"|\b(?:was|were)\s+represented\s+by\s+(?:our|its|their)\b)"
    r"|(?:ओर|तरफ)\s+से\s[^।]*\sका\s+प्रतिनिधित्व\s+(?:किया|करेंगे|करेंगी|कर\s+रहे|कर\s+रही)"
    r"|(?:उनके|इनके|उनकी|मेरे|हमारे)\s+साथ|(?:प्रतिनिधिमंडल|शिष्टमंडल|दल|(?i:delegation))\s+(?:में|के\s+सदस्य)"
    r"|साथ\s+(?:रहेंगे|रहेगी|रहे|हैं|थे|होंगे|जाएंगे|गए|गये|गई)|साथ\s+में\s*\*?:"
    r"|(?:मुख्यमंत्री|मंत्री|सीएम|CM|(?i:minister))\s+के\s+साथ"
    r"(?=.*\sभी\s+(?:शामिल\s+)?(?:हैं|थे|थीं|रहे|रहीं|रहेंगे|रहेंगी|होंगे|होंगी|गए|गई|जाएंगे|जाएंगी|जा\s+रहे|जा\s+रही))"
)


def accompanying(text: str) -> bool:
    """Whether a sentence lists who travels with the head (``is accompanied by``, ``उनके साथ``)."""
    return _ACCOMPANYING.search(text) is not None


#: a minister who stays at home: given the head's work while he is away ("will hold charge of … during
#: the Minister's absence", "… का कार्य … मंत्री X को सौंपने का निर्णय"), or telling the press of a
#: cabinet's decisions ("Minister X, who briefed reporters after the Cabinet meeting", "मंत्री X ने
#: पत्रकारों को बताया")
_STAYS_HOME = re.compile(
    r"(?i:\b(?:holds?|look(?:s|ing)?\s+after|in)\s+(?:the\s+)?(?:additional\s+)?charge\b"
    r"|\b(?:in|during)\s+(?:his|her|their|the\s+[^\s,.;]+(?:'s|’s)?)\s+absence\b"
    r"|\b(?:briefed|told|addressing|addressed)\s+(?:the\s+)?(?:reporters|journalists|media(?:persons)?|press)\b)"
    r"|(?:कार्य|काम|कामकाज|प्रभार|दायित्व|चार्ज)\s[^।]{0,60}सौंप|अनुपस्थिति\s+में"
    r"|(?:पत्रकारों|मीडिया)\s+(?:को|से)\s+(?:बताया|जानकारी|कहा|बात)"
)


def stays_home(text: str) -> bool:
    """Whether a sentence names a minister who stays at home while the head travels: its ministers of
    the state are no members of the delegation, unless it lists who travels (:func:`accompanying`)."""
    return _STAYS_HOME.search(text) is not None and not accompanying(text)


_NEXT_WORD = re.compile(rf"\s+([\u0900-\u0963\u0966-\u097F]+|[{LATIN_LETTERS}]+)(?=\s)")
#: the portfolio between commas: "Principal Secretary, Industries, Hemant Mishra"
_COMMA_WORD = re.compile(rf"\s*,\s*([\u0900-\u0963\u0966-\u097F]+|[{LATIN_LETTERS}]+)\s*,(?=\s)")
#: a portfolio's second word after a conjunction: "Secretary Industries and Energy", "सचिव खान एवं पेट्रोलियम"
_JOINED_WORD = re.compile(
    rf"\s+(?:and|&|एवं|और|तथा|व)\s+([\u0900-\u0963\u0966-\u097F]+|[{LATIN_LETTERS}]+)(?=\s)"
)
_PREVIOUS_WORD = re.compile(rf"([\u0900-\u0963\u0966-\u097F]+|[{LATIN_LETTERS}]+)\s+$")
_PORTFOLIO_OPEN = re.compile(r"\s+(?:for|of)\s+")
_PORTFOLIO_WORD = re.compile(rf"\s*([{LATIN_LETTERS}]+|&)")


def portfolio_end(
    text: str, pos: int, taken: set[int], portfolio: Callable[[str], str | None] | None = None
) -> int | None:
    """Where the name starts after a title's portfolio of common words: ``Commissioner for
    Industrial Development Ramesh Gowda``, ``Commissioner of Industries and Commerce S. Nirmala``
    (none when a body the data knows follows: ``CEO of Siemens Roland Busch`` names Siemens; but a
    body read from a portfolio's word, ``Trade`` in ``Minister of Trade and Industry``, is the portfolio)."""
    from planner.core.article.reading.words import is_common_word

    opened = _PORTFOLIO_OPEN.match(text, pos)
    if opened is None:
        return None
    end, words, at, known = None, 0, opened.end(), False
    while (m := _PORTFOLIO_WORD.match(text, at)) is not None:
        word = m.group(1)
        if m.start(1) in taken and not (portfolio is not None and portfolio(word)):
            break
        if word in ("and", "&") and words:
            at = m.end()
            continue
        if not (word[:1].isupper() and len(word) > 1 and is_common_word(word)):
            break
        if words and portfolio is not None and _given_name(text, m.end(), word, portfolio, known):
            break  # "Commissioner of Industries Arvind Menon": the name opens where the portfolio ends
        end, words, at = m.end(), words + 1, m.end()
        known = portfolio is not None and portfolio(word) is not None
    return end if words and 1 <= words <= 5 else None


def _given_name(
    text: str, end: int, word: str, portfolio: Callable[[str], str | None], known: bool = True
) -> bool:
    """Whether ``word``, after a portfolio's known words, opens a name of two or three words: it is
    no portfolio word, nor is any capitalised word after it, and the last of them, no common word, is
    the name's last (``Industries Arvind Menon and …``, ``Tourism Mohamed Ashraf के``, ``Trade Rosa
    Maria Chissano``, ``Investment Grace Lurdes Macamo``: a given name is often a common word); unless
    ``known`` (the word before is a portfolio word the data knows) a name of three has a common middle
    word.  ``Home Affairs``, ``Civil Supplies`` and ``Supplies Ramesh Gowda`` go on."""
    from planner.core.article.reading.words import is_common_word

    if portfolio(word):
        return False
    after = _PORTFOLIO_WORD.match(text, end)
    for _ in range(_NAME_AFTER_GIVEN):
        if after is None:
            return False
        following = after.group(1)
        if not (following[:1].isupper() and following[1:2].islower()) or portfolio(following):
            return False
        third = _PORTFOLIO_WORD.match(text, after.end())
        if third is None or not third.group(1)[:1].isupper():
            return not is_common_word(following)
        if not (known or is_common_word(following)):
            return False  # "Civil Supplies Ramesh Gowda": after a word the data does not know, a
            # name of three words has a common middle one ("Rosa Maria Chissano")
        after = third
    return False


#: the most words of a name after its given name ("Rosa Maria Chissano": two)
_NAME_AFTER_GIVEN = 2


def after_portfolio(
    text: str,
    pos: int,
    spans: list[tuple[int, int]],
    portfolio: Callable[[str], str | None],
    opens: int | None = None,
) -> list[tuple[str, int, int]]:
    """The names after a portfolio's word right after a title: ``प्रमुख सचिव उद्योग नीरज मंडलोई``,
    ``Secretary Energy Vishal Dev``, ``Principal Secretary, Industries, Hemant Mishra``; none unless
    a name of two words at least follows (``आयुक्त विकास कुमार`` may be Commissioner Vikas Kumar),
    and none when the title, opening at ``opens``, has its portfolio before it: a title has one, so in
    ``उद्योग सचिव विकास चंद्र ओझा`` विकास (Development) is the given name."""
    before = _PREVIOUS_WORD.search(text, 0, opens) if opens is not None else None
    if before is not None and portfolio(before.group(1)):
        return []
    word = _NEXT_WORD.match(text, pos) or _COMMA_WORD.match(text, pos)
    if word is None or not portfolio(word.group(1)):
        return []
    end = word.end()
    joined = _JOINED_WORD.match(text, end)
    if joined is not None and portfolio(joined.group(1)):
        end = joined.end()  # "सचिव खान एवं भूविज्ञान हरीश गौड़ा": a portfolio of two words
    after = names_after(text, end, spans)
    return after if after and len(after[0][0].split()) >= 2 else []


#: a place, state or body owning an office right before it: "पंजाब के मुख्यमंत्री", "Ontario's Premier"
_OWNER_GAP = re.compile(r"\s*(?:'s|’s|के|की|का)?\s*")


#: "Deputy Minister", "Vice-Minister", "उप मंत्री": another office than the head's Minister
_DEPUTY = re.compile(r"(?:(?i:deputy|vice|junior|assistant)[\s-]+|उप[\s-]?)$")


def heads_office(text: str, office: Mention, head: str, owners: list[Mention]) -> bool:
    """Whether ``office`` is the head's own (``Chief Minister`` for ``Chief Minister Bhajanlal
    Sharma``), not qualified by a place or body that could make it another's (``Punjab CM``), nor
    followed by its portfolio, a comma and an honorific, which name its holder (``the Minister of
    Commerce, Senator the Honourable X,``: the head may be another Minister), nor named by a name
    after or before it and a comma (``the Minister, Salote Naivalu,``, ``X Y, the Minister of Trade,``)."""
    ends = portfolio_end(text, office.end, set()) or office.end
    return (
        head.startswith(office.entity.name + " ")
        and _DEPUTY.search(text, 0, office.start) is None
        and not any(o.end <= office.start and _OWNER_GAP.fullmatch(text, o.end, office.start) for o in owners)
        and _HONOURED.match(text, ends) is None
        and not (_THE_BEFORE.search(text, 0, office.start) and _NAMED_AFTER.match(text, ends))
        and _NAMED_BEFORE.search(text, max(0, office.start - 80), office.start) is None
    )


_HONOURED = re.compile(rf"\s*,\s*(?:{HONORIFIC.pattern})")
#: "called on the Minister, Salote Naivalu,": a determined office, a comma and a name of two words
#: or more name its holder, another than the head (the head's own name is left out of the contacts)
_THE_BEFORE = re.compile(r"(?<![\w'’])the\s+$")
#: "Mr. Abdoulaye Ndiaye, the Minister of Trade, received us": a name of two words or more, a comma
#: and "the" before the office name its holder too
_NAMED_BEFORE = re.compile(rf"[A-Z][{LATIN_LETTERS}'’-]+\s+[A-Z][{LATIN_LETTERS}'’-]+\s*,\s*the\s+$")
_NAMED_AFTER = re.compile(rf"\s*,\s*[A-Z][{LATIN_LETTERS}'’-]+\s+[A-Z][{LATIN_LETTERS}'’-]+")


__all__ = ["accompanying", "after_portfolio", "heads_office", "portfolio_end", "stays_home"]
