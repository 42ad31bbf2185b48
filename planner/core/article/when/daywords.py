"""A day of the month told in words: ``सत्रह मार्च``, ``the twenty-first of September``, ``September
twenty-fourth``.

Speech-to-text writes numbers as it hears them, so an automatic transcript of a TV report dates its
story in words where a printed report has figures.  A Hindi cardinal (``तीन``, ``इक्कीस``) counts only
right before a month's name, an English ordinal only in ``the … of <month>`` or right after the
month: so ``दो दिन`` or ``the third meeting`` is no date.  ``dates.find_dates`` reads these beside
the figures; the words themselves are no dataset's, so they are listed here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import NamedTuple

from planner.core.article.when.daynames import alternation

#: Hindi cardinals 1-31, with the spellings in common use
HINDI_DAYS = {
    "एक": 1,
    "दो": 2,
    "तीन": 3,
    "चार": 4,
    "पांच": 5,
    "पाँच": 5,
    "छह": 6,
    "छः": 6,
    "सात": 7,
    "आठ": 8,
    "नौ": 9,
    "दस": 10,
    "ग्यारह": 11,
    "बारह": 12,
    "तेरह": 13,
    "चौदह": 14,
    "पंद्रह": 15,
    "पन्द्रह": 15,
    "सोलह": 16,
    "सत्रह": 17,
    "अठारह": 18,
    "उन्नीस": 19,
    "बीस": 20,
    "इक्कीस": 21,
    "बाईस": 22,
    "बाइस": 22,
    "तेईस": 23,
    "तेइस": 23,
    "चौबीस": 24,
    "पच्चीस": 25,
    "छब्बीस": 26,
    "सत्ताईस": 27,
    "सत्ताइस": 27,
    "अट्ठाईस": 28,
    "अठ्ठाईस": 28,
    "अठाईस": 28,
    "उनतीस": 29,
    "उन्तीस": 29,
    "तीस": 30,
    "इकतीस": 31,
    "इकत्तीस": 31,
}
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth")
_TEENS2 = ("eighteenth", "nineteenth")
#: English ordinals 1-31: "first" … "thirty-first" (with a hyphen, a space or neither)
ENGLISH_DAYS = {w: i for i, w in enumerate(_UNITS + _TEENS + _TEENS2, start=1)} | {
    "twentieth": 20,
    "thirtieth": 30,
}
ENGLISH_DAYS |= {f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS) for sep in ("-", " ", "")}
ENGLISH_DAYS |= {f"thirty{sep}first": 31 for sep in ("-", " ", "")}

_H = r"\u0900-\u0963\u0966-\u097F"


class WordDay(NamedTuple):
    start: int
    end: int
    day: int
    month: int
    year: int | None


@functools.lru_cache(maxsize=4)
def _patterns(months: tuple[tuple[str, int], ...]) -> re.Pattern[str]:
    month = rf"(?P<{{g}}>{alternation(name for name, _ in months)})(?![A-Za-z{_H}])"
    year = r"(?:,?\s+(?P<{g}>(?:19|20)\d\d)(?!\d))?"
    return re.compile(
        rf"(?<![{_H}])(?P<hi>{alternation(HINDI_DAYS)})\s+{month.format(g='m1')}{year.format(g='y1')}"
        rf"|(?i:\bthe\s+)(?P<en>(?i:{alternation(ENGLISH_DAYS)}))\s+of\s+{month.format(g='m2')}{year.format(g='y2')}"
        rf"|{month.format(g='m3')}\s+(?:the\s+)?(?P<en2>(?i:{alternation(ENGLISH_DAYS)}))(?![A-Za-z-]){year.format(g='y3')}"
    )


def find_word_days(text: str, months: Mapping[str, int]) -> list[WordDay]:
    """Every day of a month told in words in ``text``; ``months`` maps the month names read."""
    found = []
    for m in _patterns(tuple(months.items())).finditer(text):
        if m.group("hi"):
            day, name, year = HINDI_DAYS[m.group("hi")], m.group("m1"), m.group("y1")
        elif m.group("en"):
            day, name, year = ENGLISH_DAYS[m.group("en").casefold()], m.group("m2"), m.group("y2")
        else:
            day, name, year = ENGLISH_DAYS[m.group("en2").casefold()], m.group("m3"), m.group("y3")
        found.append(WordDay(m.start(), m.end(), day, months[name], int(year) if year else None))
    return found


__all__ = ["ENGLISH_DAYS", "HINDI_DAYS", "WordDay", "find_word_days"]
