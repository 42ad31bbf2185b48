"""A programme's day heading that calls the whole day a day trip.

A programme lists each day under a heading and its items below it, one a line.  The heading
may say what the day is ("TUESDAY 7 SEPTEMBER (day trip, rooms retained)", "बुधवार, 14 अप्रैल
2027 (day trip)", "Day 3 – day excursion") while the item that tells the journey says only where
to ("- 08:00 Motorcade leaves for Casablanca", "• सुबह 7 बजे Kandy के लिए रवाना"): the place gone
to is a day trip from the stop before (``daytrips``).  Only an item line (opening with a bullet,
a dash or a clock time) has a heading; the heading is the nearest line above that is no item,
and a short one (a heading, not a paragraph of prose).
"""

from __future__ import annotations

import re

from planner.core.article.where.daytrips import FOR_THE_DAY

#: an item of a programme: a bullet, a dash or a clock time opening the line
_ITEM = re.compile(r"\s*(?:[-–•*▪►🔸🔹]|\d{1,2}[:.]\d{2}\b|\d{3,4}\s*(?:hrs?|h)\b)")
#: a heading is short: a day's name and date with a note
_HEADING_CHARS = 90


def heading_of(text: str, at: int) -> str:
    """The heading above the item line of ``text`` that holds offset ``at``; "" for a line that is
    no item, or when the nearest line above that is no item is prose."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if not _ITEM.match(text[start : end if end >= 0 else len(text)]):
        return ""
    while start > 0:
        above_end = start - 1
        above = text.rfind("\n", 0, above_end) + 1
        line = text[above:above_end]
        start = above
        if not line.strip() or _ITEM.match(line):
            continue
        return line.strip() if len(line.strip()) <= _HEADING_CHARS else ""
    return ""


def headed_a_day_trip(text: str, at: int) -> bool:
    """The item at ``at`` stands under a day heading that calls the day a day trip."""
    return FOR_THE_DAY.search(heading_of(text, at)) is not None


__all__ = ["headed_a_day_trip", "heading_of"]
