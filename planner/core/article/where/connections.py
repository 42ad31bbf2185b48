"""A city where the delegation only changes planes, and an organisation's head office: no stop.

Read around a place's name (``before``: the text up to it; ``after``: the text from its end):

* a change of planes told before the place: "after changing planes in Copenhagen", "will change
  flights at Moscow Sheremetyevo", "a change of aircraft in Doha", "switching planes at Frankfurt";
* told after it: "Moscow Sheremetyevo (transit only)", "Copenhagen, which is only a transit point",
  "Copenhagen is just a transit", "Kuala Lumpur, where we only changed planes", "Lisbon में सिर्फ
  flight change", "एम्स्टर्डम में विमान बदलने के बाद", "Doha mein flight badalkar";
* nothing done there: "there is no programme in Denmark", "no meetings are planned in Portugal",
  "Lisbon में कोई कार्यक्रम नहीं" (a transit's country, named to say so);
* a body's seat: "whose head office is in Moscow", "its headquarters are in Nairobi", "जिसका
  मुख्यालय नैरोबी में है" (the seat, not where anyone goes; "toured the headquarters in Stuttgart"
  is a visit there).

Places named together share the mark: "after changing planes in Doha and Nairobi", "Copenhagen
और Kangerlussuaq में केवल विमान बदला गया", "via Dubai and Addis Ababa" pass through both, not only
the one next to the words that say so (:func:`coordinated`).

A report often names the connection after the arrival ("will land in Tórshavn … after changing
planes in Copenhagen"): read as a place of its own it would hold the next day's engagements.
"""

from __future__ import annotations

import re

_PLANES = r"(?:planes?|flights?|aircraft|aeroplanes?)"
_CHANGE = r"(?:chang(?:e|es|ed|ing)|switch(?:es|ed|ing)?)"

CHANGE_BEFORE = re.compile(
    r"(?i:\b" + _CHANGE + r"\s+" + _PLANES + r"|\ba\s+change\s+of\s+" + _PLANES + r")"
    r"\s+(?i:in|at)\s+(?:the\s+)?$"
)
CHANGE_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]+)?\s*\(\s*(?i:transit|change\s+of\s+" + _PLANES + r")(?i:\s+only)?\s*\)"
    r"|,?\s+(?i:(?:which\s+|that\s+)?(?:is|was|will\s+be)\s+(?:only|just|merely|purely)\s+(?:a\s+)?"
    r"(?:transit|connection))"
    r"|,?\s+(?i:where)\s+(?:[^\s,;.]+\s+){0,4}?(?i:" + _CHANGE + r"\s+" + _PLANES + r")"
    r"|\s+(?:में|(?i:mein|me|men))\s+(?:(?:सिर्फ|केवल|बस|(?i:sirf|bas|keval))\s+)?"
    r"(?:विमान|फ्लाइट|उड़ान|(?i:flight|plane|vimaan|viman))\s+(?:बदल|(?i:change|badal))"
)
SEAT_BEFORE = re.compile(
    # "is"/"are": where the seat is, not a visit to it ("toured Bosch headquarters in Stuttgart")
    r"(?i:\b(?:head\s+office|head-?quarters)\s+(?:is|are|was|were)\s+(?:located\s+|based\s+)?in)\s+(?:the\s+)?$"
)
SEAT_AFTER = re.compile(r"\s+में\s+(?:है|हैं|स्थित\s+है)(?![\u0900-\u0963\u0966-\u097F])")
#: "there is no programme in Denmark", "no meetings are planned in Portugal", "Lisbon में कोई
#: कार्यक्रम नहीं": a place named only to say nothing happens there
_NOTHING_BEFORE = re.compile(
    r"(?i:\bno\s+(?:official\s+)?(?:programmes?|programs?|meetings?|engagements?|events?|stops?)"
    r"(?:\s+(?:is|are|was|were)\s+(?:planned|scheduled|held))?\s+in)\s+(?:the\s+)?$"
)
_NOTHING_AFTER = re.compile(r"\s+में\s+कोई\s+(?:भी\s+)?(?:कार्यक्रम|बैठक|(?i:programme|program|meeting))\s+नहीं")
_HINDI_SEAT = re.compile(r"(?:मुख्यालय|हेडक्वार्टर|head\s+office)\s+$")


#: a name in a list of places: up to three capitalised Latin words, or one Devanagari word
_WORD = r"(?:St\.|[A-Z][\w'’-]*)"
_NAME = r"(?:" + _WORD + r"(?:\s+" + _WORD + r"){0,2}|[\u0900-\u0963\u0966-\u097F]+)"
#: what joins two names of a list: a comma, "and", "&", और, तथा, Roman "aur"
_JOIN = r"(?:\s*,\s*|\s+(?:and|&|और|तथा|(?i:aur))\s+)"
_NEXT = re.compile(_JOIN + r"(?P<name>" + _NAME + r")(?![\w\u0900-\u097F])")
_PREVIOUS = re.compile(r"(?<![\w\u0900-\u097F])(?P<name>" + _NAME + r")" + _JOIN + r"$")


def coordinated(text: str, start: int, end: int, most: int = 3) -> tuple[int, int]:
    """Where the list of names that ``text[start:end]`` is part of begins and ends ("Doha and
    Nairobi", "लंदन और ओस्लो", "Copenhagen, Reykjavik and Oslo"): at most ``most`` names either side."""
    for _ in range(most):
        found = _PREVIOUS.search(text[max(0, start - 60) : start])
        if found is None:
            break
        start -= len(found.group())
    for _ in range(most):
        nxt = _NEXT.match(text, end)
        if nxt is None:
            break
        end = nxt.end()
    return start, end


def changes_planes(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is only where the delegation changes planes."""
    return bool(CHANGE_BEFORE.search(text[max(0, start - 40) : start]) or CHANGE_AFTER.match(text, end))


def nothing_there(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is named only to say the delegation does nothing there."""
    return bool(_NOTHING_BEFORE.search(text[max(0, start - 60) : start]) or _NOTHING_AFTER.match(text, end))


def head_office(text: str, start: int, end: int) -> bool:
    """The place at ``text[start:end]`` is named as a body's head office."""
    before = text[max(0, start - 40) : start]
    return bool(SEAT_BEFORE.search(before) or (_HINDI_SEAT.search(before) and SEAT_AFTER.match(text, end)))


__all__ = ["CHANGE_AFTER", "CHANGE_BEFORE", "changes_planes", "coordinated", "head_office", "nothing_there"]
