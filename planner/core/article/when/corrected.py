"""Corrections: the date a correction strikes out gives way to the one it puts right.

A corrections note (and a report's own ``Correction:`` line) names the wrong date beside the right
one; the wrong one is no day of the engagement:

* after ``not``, ``rather than``, ``instead of``, ``न कि``: ``was held on the 17th, not the 18th``,
  ``signed not on 20 November but on 19 November``, ``on November 18 and not on November 19``,
  ``23 अप्रैल को हस्ताक्षर हुए, न कि 24 अप्रैल को``;
* before ``(को) नहीं`` / ``(ko) nahi`` closing its clause: ``11 जून को नहीं, बल्कि 9 जून को``,
  ``22 April ko nahi, 21 April ko``; not ``15 जून को नहीं हो सकी`` (a meeting that did not take
  place on its day keeps it);
* every date of a sentence telling what the earlier report said: ``An earlier version of this
  report said … on Friday.``, ``खबर में लिखा गया था कि … 9 जून को …``.
"""

from __future__ import annotations

import re

from planner.core.article.when.dates import DateMention

_NOT_BEFORE = re.compile(
    r"(?:(?i:\b(?:not|rather\s+than|instead\s+of))|(?<![\u0900-\u097F])न\s+कि|(?i:\bna\s+ki))"
    r"\s+(?:(?i:on|from)\s+)?(?:(?i:the)\s+)?$"
)
_NOT_AFTER = re.compile(
    r"\s*(?:को\s+|(?i:ko)\s+)?(?:नहीं|(?i:nahi|nahin|nahee))(?![\u0900-\u097F\w])\s*(?:[,।;.]|बल्कि|(?i:balki)|$)"
)
#: a sentence retelling the wrong version: its dates are the ones corrected
_EARLIER_SAID = re.compile(
    r"(?i:\b(?:earlier|previous|original)\s+(?:version|report|story|edition|article)\b[^.;]*?"
    r"\b(?:said|stated|reported|gave|mentioned)\b"
    r"|\b(?:we|it)\s+(?:had\s+)?(?:wrongly|incorrectly|erroneously|mistakenly)\s+(?:said|stated|reported|gave|printed)\b)"
    r"|(?<![\u0900-\u097F])(?:खबर|ख़बर|रिपोर्ट|समाचार)\s+में\s+(?:लिखा|बताया|छपा|कहा)\s+(?:गया\s+)?था"
    r"|(?i:\b(?:khabar|report)\s+mein\s+(?:likha|bataya|chhapa)\s+(?:gaya\s+)?tha\b)"
)
#: how far before a date the words striking it may begin
_REACH = 24


def struck(text: str, mention: DateMention) -> bool:
    """Whether a correction strikes this date out (see the module's docstring)."""
    if mention.end <= mention.start:
        return False
    if _EARLIER_SAID.search(text):
        return True
    before = text[max(0, mention.start - _REACH) : mention.start]
    return bool(_NOT_BEFORE.search(before) or _NOT_AFTER.match(text, mention.end))


def uncorrected(text: str, found: list[DateMention]) -> list[DateMention]:
    """The dates of a sentence without those a correction strikes out."""
    return [d for d in found if not struck(text, d)]


__all__ = ["struck", "uncorrected"]
