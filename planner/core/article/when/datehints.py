"""What else in a report tells its dates: the year an event or a periodical's issue carries
(``Expo-2025``, ``June 2026 issue``) and the stated length of the visit (``नौ दिवसीय``, ``five-day``).

Split from ``dates``, which finds the dates themselves; ``parse`` weighs these against them.
"""

from __future__ import annotations

import re

from planner.core.article.when.dates import _MONTH, MONTH_NAMES, NUMBER_WORDS
from planner.core.article.when.daynames import alternation

_EVENT_YEAR = re.compile(
    r"(?P<name>[A-Za-z\u0900-\u097F]+)-(?P<year>20\d\d)(?!\d)"
    r"|(?P<name2>Expo|Summit|Messe|Conclave|Fair|Forum|Games|Meeting|Week|Congress|Show|Conference|Festival"
    r"|Biennale|Olympics|Cup|एक्सपो|समिट|सम्मेलन|मीट|[A-Z]{2,6})\s+(?P<year2>20\d\d)(?!\d)"
)
#: capitals before a year that name no event: news agencies, time zones, a clock's half of the day
_NOT_EVENTS = frozenset({"PTI", "IANS", "ANI", "UNI", "AFP", "AP", "IST", "GMT", "UTC", "AM", "PM", "FY"})
_DURATION = re.compile(
    rf"(?P<n>\d+|{alternation(NUMBER_WORDS)})(?:\s*-\s*|\s+)(?:दिवसीय|दिनों?\s+(?:के|की)\s+(?:दौरे|यात्रा|प्रवास)|(?i:days?\b))"
)


#: a periodical's issue: "June 2026 issue", "the issue of June 2026", "अक्टूबर 2026 अंक"
_ISSUE = re.compile(
    rf"(?:{_MONTH.format(g='month')}\s+(?P<year>20\d\d)\s+(?:(?i:issue|edition)\b|अंक|संस्करण)"
    rf"|(?i:issue|edition)\s+(?:of\s+|for\s+|:\s*)?{_MONTH.format(g='month2')}\s+(?P<year2>20\d\d))(?!\d)"
)


#: a month and its year with no day as a title's part, set off by a colon, a bar or a dash
#: (``April 2027: Month in Review``, ``Mahine ki Jhalak: November 2026``, ``जुलाई 2026: महीने की
#: झलक``): the month a newsletter or a review covers; in a sentence ("The plan of March 2026 was
#: dropped") it is about anything
def _month_year(month: str, year: str) -> str:
    return rf"{_MONTH.format(g=month)}\s+(?P<{year}>20\d\d)(?!\d)"


_TITLE_MONTH = re.compile(
    rf"^\s*{_month_year('month', 'year')}\s*(?:[:|–—-]|$)|[:|–—-]\s*{_month_year('month2', 'year2')}\s*$"
)
#: the most words a title naming its month has
_TITLE_WORDS = 8


def title_month_year(text: str) -> tuple[int, str] | None:
    """The year of a short title that names a month and its year, with no day, as a part of its own (a
    periodical's month: ``March 2026: Month in Review``); its items tell their days without the year."""
    if len(text.split()) > _TITLE_WORDS:
        return None
    m = _TITLE_MONTH.search(text)
    if m is None:
        return None
    g = "" if m.group("year") else "2"
    return int(m.group("year" + g)), text[m.start("month" + g) : m.end("year" + g)]


def event_years(text: str) -> list[tuple[int, str]]:
    """Years carried by event names such as ``Expo-2025`` or ``एक्सपो-2025``, by a periodical's
    issue (``June 2026 issue``) and by the month a short title names (``title_month_year``)."""
    result = [(int(m.group("year") or m.group("year2")), m.group()) for m in _ISSUE.finditer(text)]
    titled = title_month_year(text)
    if titled is not None and not result:
        result.append(titled)
    for m in _EVENT_YEAR.finditer(text):
        name = m.group("name") or m.group("name2")
        if name in MONTH_NAMES or name.rstrip(".") in MONTH_NAMES or name in _NOT_EVENTS:
            continue
        result.append((int(m.group("year") or m.group("year2")), m.group()))
    return result


def find_duration(text: str) -> tuple[int, str] | None:
    """A stated length of the visit: ``नौ दिवसीय``, ``five-day``, ``7 दिनों की यात्रा``."""
    m = _DURATION.search(text)
    if m is None:
        return None
    n = m.group("n")
    days = int(n) if n.isdigit() else NUMBER_WORDS.get(n.casefold(), 0)
    return (days, m.group()) if 0 < days <= 60 else None


__all__ = ["event_years", "find_duration", "title_month_year"]
