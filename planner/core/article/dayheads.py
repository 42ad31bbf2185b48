"""Lines and sentences that name only a day, and what they date after them.

An itinerary's heading (``Dec 1 (Monday)``, ``Day-1 (Thu) 26.03.2026``, ``बुधवार, 4 मार्च``) dates the
lines under it; an itinerary line opened by its day (``• 27 जनवरी: … आगमन। दोपहर 3 बजे … भेंट।``, ``दूसरा
दिन, 13 अक्टूबर: … मुलाकात। दोपहर बाद … सम्मेलन।``) and a
diary's paragraph opened by a sentence that is only a day (``29 December (Tue). We landed …``) date the
rest of their line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from planner.core.article.dates import SHORT_WEEKDAY, WEEKDAY_NAMES, DateMention
from planner.core.article.times import TimeMention

#: a weekday or "Day", in any case: a programme's heading may be in capitals ("FRIDAY, 23 OCTOBER 2026")
WEEKDAY_WORDS = re.compile(
    "|".join(WEEKDAY_NAMES) + rf"|{SHORT_WEEKDAY.pattern}" + r"|\bDay\b|दिन", re.IGNORECASE
)
#: an ordinal before "दिन" that labels an itinerary's day: "दूसरा दिन, 13 अक्टूबर:"
_ORDINAL = re.compile(r"(?:पहल|दूसर|तीसर|चौथ|पांचव|पाँचव|छठ|सातव|आठव|अंतिम|आखिरी)[ाेीांं]*\s*(?=दिन)")
#: after the date that opens an itinerary line: "27 जनवरी:", "Dec 1 (Monday) -"
_ITEM_DAY = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?[:\-]\s")


def is_day_heading(text: str, found: list[DateMention]) -> bool:
    """A line that is only a day: ``Dec 1 (Monday)``, ``Day 2 - 12 March``, ``बुधवार, 4 मार्च``."""
    rest = text
    for d in sorted(found, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start] + rest[d.end :]
    rest = WEEKDAY_WORDS.sub("", re.sub(r"\([^()]*\)\s*$", "", rest))  # "… 2026 (summer time)": a note
    return any(d.is_calendar or d.visit_day for d in found) and not re.search(r"[^\W\d_]", rest)


def opens_with_time(text: str, times: Sequence[TimeMention]) -> bool:
    """An itinerary item opened by its clock time: ``0640 hrs | Arrival at …``, or by its span
    (``1800–1900 hrs  Meeting with …``, where the time read is the span's end)."""
    return bool(times) and not text[: min(t.start for t in times)].strip(" 0123456789:.–-")


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


__all__ = ["WEEKDAY_WORDS", "is_day_heading", "opens_day_line", "opens_with_time"]
