"""Lines and sentences that name only a day, and what they date after them.

An itinerary's heading (``Dec 1 (Monday)``, ``Day-1 (Thu) 26.03.2026``, ``बुधवार, 4 मार्च``) dates the
lines under it; an itinerary line opened by its day (``• 27 जनवरी: … आगमन। दोपहर 3 बजे … भेंट।``, ``दूसरा
दिन, 13 अक्टूबर: … मुलाकात। दोपहर बाद … सम्मेलन।``) and a
diary's paragraph opened by a sentence that is only a day (``29 December (Tue). We landed …``) date the
rest of their line.
"""

from __future__ import annotations

import re

from planner.core.article.dates import SHORT_WEEKDAY, WEEKDAY_NAMES, DateMention

WEEKDAY_WORDS = re.compile("|".join(WEEKDAY_NAMES) + rf"|{SHORT_WEEKDAY.pattern}" + r"|\b(?:Day|DAY)\b|दिन")
#: an ordinal before "दिन" that labels an itinerary's day: "दूसरा दिन, 13 अक्टूबर:"
_ORDINAL = re.compile(r"(?:पहल|दूसर|तीसर|चौथ|पांचव|पाँचव|छठ|सातव|आठव|अंतिम|आखिरी)[ाेीांं]*\s*(?=दिन)")
#: after the date that opens an itinerary line: "27 जनवरी:", "Dec 1 (Monday) -"
#: a remark in brackets after a day's heading: "SUNDAY, 25 OCTOBER 2026 (clocks set back at 0300 hrs)"
_ASIDE = re.compile(r"\s*\([^()]{1,60}\)\s*$")
_ITEM_DAY = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?[:\-]\s")


def is_day_heading(text: str, found: list[DateMention]) -> bool:
    """A line that is only a day: ``Dec 1 (Monday)``, ``Day 2 - 12 March``, ``बुधवार, 4 मार्च``."""
    rest = text
    for d in sorted(found, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start] + rest[d.end :]
    rest = WEEKDAY_WORDS.sub("", _ASIDE.sub("", rest))
    return any(d.is_calendar or d.visit_day for d in found) and not re.search(r"[^\W\d_]", rest)


def opens_day_line(text: str, found: list[DateMention], heading: bool) -> bool:
    """The sentence opens a line that is one day's: ``• 27 जनवरी: …``, or a diary's ``30 December (Tue).``."""
    if not found:
        return False
    first = found[0]
    if (
        first.is_calendar
        and _ITEM_DAY.match(text, first.end)
        and not WEEKDAY_WORDS.sub("", _ORDINAL.sub("", text[: first.start])).strip(" •*·-–,0123456789")
    ):
        return True
    return not heading and is_day_heading(text, found)


#: what may come before a row's time under a day's heading: nothing, or the range's opening ("1800-" of
#: "1800-1900 hrs  Meeting with …", "10:00 – 11:30 …")
_TIME_LEAD = re.compile(r"\s*(?:\d{1,2}[:.]?\d{2}\s*(?:hrs)?\s*[-–—]\s*)?")


def opens_with_time(text: str, first_time: int) -> bool:
    """The sentence is a time-table's row: it opens with its time (``0930 hrs  Motorcade …``) or its range
    of times (``1800–1900 hrs  Meeting with …``)."""
    return _TIME_LEAD.fullmatch(text, 0, first_time) is not None


__all__ = ["WEEKDAY_WORDS", "is_day_heading", "opens_day_line", "opens_with_time"]
