"""Lines and sentences that name only a day, and what they date after them.

An itinerary's heading (``Dec 1 (Monday)``, ``Day-1 (Thu) 26.03.2026``, ``बुधवार, 4 मार्च``) dates the
lines under it; an itinerary line opened by its day (``• 27 जनवरी: … आगमन। दोपहर 3 बजे … भेंट।``, ``दूसरा
दिन, 13 अक्टूबर: … मुलाकात। दोपहर बाद … सम्मेलन।``) and a
diary's paragraph opened by a sentence that is only a day (``29 December (Tue). We landed …``) date the
rest of their line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from planner.core.article.candidate import Candidate, SentenceFacts
from planner.core.article.reading.text import Sentence
from planner.core.article.when.dates import (
    SHORT_WEEKDAY,
    SHORT_WEEKDAYS,
    WEEKDAY_NAMES,
    DateMention,
    find_dates,
)
from planner.core.article.when.daynames import find_visit_days
from planner.core.article.when.paragraphday import NO_DATE, THEN, drop_old_plan, keep_paragraph_day

#: a weekday or "Day", in any case: a programme's heading may be in capitals ("FRIDAY, 23 OCTOBER 2026"); a
#: weekday cut short, bare in a run sheet's heading ("Tue 15 Sep", "WED 21 APR") or in brackets
WEEKDAY_WORDS = re.compile(
    "|".join(WEEKDAY_NAMES)
    + rf"|{SHORT_WEEKDAY.pattern}|\b(?:{'|'.join(sorted(SHORT_WEEKDAYS, key=len, reverse=True))})\b\.?"
    + r"|\bDay\b|दिन",
    re.IGNORECASE,
)
#: an ordinal before "दिन" that labels an itinerary's day: "दूसरा दिन, 13 अक्टूबर:"
_ORDINAL = re.compile(r"(?:पहल|दूसर|तीसर|चौथ|पांचव|पाँचव|छठ|सातव|आठव|अंतिम|आखिरी)[ाेीांं]*\s*(?=दिन)")
#: after the date that opens an itinerary line: "27 जनवरी:", "Dec 1 (Monday) -"
#: a remark in brackets after a day's heading: "SUNDAY, 25 OCTOBER 2026 (clocks set back at 0300 hrs)"
_ASIDE = re.compile(r"\s*\([^()]{1,60}\)\s*$")
#: a label counting the visit's day in figures: "Day 3", "Day-2", "दिन 4"
_DAY_NUMBER = re.compile(r"(?:Day|DAY|दिन)\s*[-–]?\s*\d{1,2}")
_ITEM_DAY = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?[:\-]\s")


#: a heading's count of the visit's day in words: "दूसरा दिन (सोमवार)", "Second day (Tuesday)"
_DAY_LABEL = re.compile(
    _ORDINAL.pattern + r"दिन"
    r"|(?i:\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last)\s+day\b)"
)


def is_day_heading(text: str, found: list[DateMention]) -> bool:
    """A line that is only a day: ``Dec 1 (Monday)``, ``Day 2 - 12 March``, ``बुधवार, 4 मार्च``; or the
    visit's day counted in words beside its weekday (``दूसरा दिन (सोमवार)``, ``Third day (Wednesday)``):
    an explainer dates its first day and then gives only the weekday, which the day before places."""
    rest = text
    for d in sorted(found, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start] + rest[d.end :]
    labelled = _DAY_LABEL.search(rest) is not None
    rest = WEEKDAY_WORDS.sub("", _DAY_LABEL.sub("", _ASIDE.sub("", rest)))
    dated = any(d.is_calendar or d.visit_day or (labelled and d.weekday is not None) for d in found)
    return dated and not re.search(r"[^\W\d_]", rest)


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


#: "today" in a section that is one day's: that day, not the publication's
_TODAY = frozenset(["आज", "today", "this morning", "this afternoon", "this evening", "tonight"])


@dataclasses.dataclass
class DaySections:
    """A report cut into sections each headed by the visit's day (a bulletin's ``बुलेटिन क्रमांक 2 |
    यात्रा दिवस-2``, ``Update 3 | Day 3``): each section is that day's; its ``आज``/``today`` and its
    "last day" (``यात्रा के अंतिम दिन``) are that day, and a sentence that names no day of its own (nor
    says it has none) is of that day too.  Only in a report of two such sections or more: a headline's
    ``… यात्रा का दूसरा दिन`` heads no section."""

    sectioned: bool  # two headings or more count the visit's days
    day: DateMention | None = None
    entries: bool = False  # two lines or more open with the visit's day: a diary's or a feed's entries
    today: DateMention | None = None  # the day of the entry being read
    today_line: int = -1  # the entry's line
    pending: DateMention | None = None  # a heading's day, waiting for the paragraph under it

    @classmethod
    def of(cls, sentences: list[Sentence]) -> DaySections:
        counted = [s for s in sentences if s.heading and any(d.visit_day for d in find_dates(s.text))]
        entries = {s.line for s in sentences if opens_with_visit_day(s.text)}
        return cls(sectioned=len(counted) >= 2, entries=len(entries) >= 2)

    def read(self, s: Sentence, found: list[DateMention]) -> list[DateMention]:
        found = self._entry_today(s, found)
        if not self.sectioned:
            return found
        if s.heading:
            counted = [d for d in found if d.visit_day is not None]
            if found and is_day_heading(s.text, found):
                self.day = None  # "Day 1 | सोमवार, 14 SEPTEMBER 2026": a time-table's day, over its rows
            elif found:
                calendar = [d for d in found if d.is_calendar and d.day is not None]
                self.day = (calendar or counted)[0] if counted else None
            return found
        if self.day is None:
            return found
        day = dataclasses.replace(self.day, start=0, end=0, text="")
        found = [
            dataclasses.replace(day, start=d.start, end=d.end, text=d.text)
            if (d.from_published and d.from_published.casefold() in _TODAY) or d.final
            else d
            for d in found
        ]
        if not found and not NO_DATE.search(s.text):
            found = [day]
        return found

    def _entry_today(self, s: Sentence, found: list[DateMention]) -> list[DateMention]:
        """In a series of entries each opened by the visit's day (``Day 3 🚢 आज Berbera पहुंचे।``,
        ``Day 2 | Guruvaar, 15 October`` over its paragraph, ``Day 4 Today the minister signed …``), the
        entry's ``आज``/``today`` is its day, told by its date (``Day 1 (Sun, 6 Dec)``) or by its count,
        not the day the series was published."""
        if not self.entries:
            return found
        label = opens_with_visit_day(s.text)
        if label is not None:
            dated = [d for d in found if d.is_calendar and d.day is not None and d.end_day is None]
            counted = [d for d in found if d.visit_day is not None] + [
                DateMention(d.start, d.end, d.text, visit_day=d.counts_day)  # "Day 2 Today …": one mention
                for d in found
                if d.counts_day is not None
            ]
            options = dated or counted
            day = options[0] if options else None
            # a label on a heading dates the paragraph under it; one opening a line, the rest of that line
            self.today, self.pending = (None, day) if s.heading else (day, None)
            self.today_line = s.line
        elif self.pending is not None and not s.heading:
            self.today, self.today_line, self.pending = self.pending, s.line, None
        if self.today is None or s.line != self.today_line:
            return found
        day = self.today
        return [
            dataclasses.replace(day, start=d.start, end=d.end, text=d.text)
            if d.from_published
            and d.from_published.casefold() in _TODAY
            and (label is None or d.start >= label)
            else d
            for d in found
        ]


def opens_with_visit_day(text: str) -> int | None:
    """Where the label of the visit's day that opens ``text`` ends (``Day 3 🚢 …``, ``Day 2 | …``), with
    nothing but signs before it; else None."""
    days = [v for v in find_visit_days(text) if _DAY_NUMBER.fullmatch(v.text)]
    if not days or re.search(r"[^\W\d_]", text[: days[0].start]):
        return None
    return days[0].end


class ParagraphDays:
    """The day each paragraph tells, for what in it has none of its own: the day it last named
    (``On December the 30th … There the minister toured …``), or, for the paragraph right under a day's
    heading (``दूसरा दिन (सोमवार)``, ``Dec 1 (Monday)``), the heading's day.  Under a heading even a plan
    told ahead takes it (an explainer's ``मुख्यमंत्री … पहुंचेंगे``): the heading says which day it is."""

    def __init__(self) -> None:
        self.line = -1  # the paragraph (line) last dated
        self.day: dt.date | None = None
        self.headed = False  # that day is its heading's
        self.heading_day: dt.date | None = None  # a day's heading waiting for its paragraph

    def enter(self, f: SentenceFacts) -> None:
        """Before ``f``'s candidates: the first paragraph after a day's heading is that day's."""
        if self.heading_day is not None and not f.sentence.heading:
            self.line, self.day, self.headed = f.sentence.line, self.heading_day, True
            self.heading_day = None

    def keep(self, cand: Candidate, f: SentenceFacts) -> str | None:
        """``keep_paragraph_day`` for a candidate of ``f``, when its paragraph has a day; the date of one
        put off dropped when it is the old plan (``drop_old_plan``)."""
        dropped = drop_old_plan(cand)
        if dropped is not None:
            return dropped
        if self.day is None or self.line != f.sentence.line:
            return None
        return keep_paragraph_day(cand, self.day, then=bool(THEN.match(f.text)), headed=self.headed)

    def leave(self, f: SentenceFacts) -> None:
        """After ``f``: the day it names is its paragraph's from now on; a day's heading waits for the
        paragraph under it, another heading ends the wait."""
        days = [d[1] for d in f.dates if d[1] is not None]
        if days and self.headed and f.sentence.line == self.line:
            self.day = days[-1]  # "शाम को": a later hour of the heading's day
        elif days:
            self.line, self.day, self.headed = f.sentence.line, days[-1], False
        if f.sentence.heading:
            heading = bool(days) and is_day_heading(f.text, [d[0] for d in f.dates])
            self.heading_day = days[-1] if heading else None


__all__ = [
    "WEEKDAY_WORDS",
    "DaySections",
    "ParagraphDays",
    "is_day_heading",
    "opens_day_line",
    "opens_with_time",
    "opens_with_visit_day",
]
