"""Live blogs: entries headed by the time they were posted (``2:20 PM IST:``, ``Aug 24, 11:05 IST:``,
``17 सितंबर, 19:20 IST —``, or ``11:55 PM IST`` on a line of its own over the entry); a channel's
posts under a bracketed stamp (``[11 May 2026, 09:10]``); a flash desk's items likewise, under a
labelled stamp with the day and month (``FLASH | 12 Oct, 22:40 IST``, ``फ्लैश | 22 फरवरी, 21:40 IST``),
where ``Today's``/``आज की`` in an item is the stamp's day.

A stamp says when the entry went up, in Indian time, not when what it tells happened: the entry
takes its day from the stamp's own date, else from the date heading above it (``October 14``),
else from the page's publication date, unless it calls the engagement off or puts it off; a sentence
of an entry that names no day is on the day the entry last named (``Kal … Colón jayenge. Shaam tak
Panama City wapsi.``).  A page
that gives no date of its own but covers one day of the
visit (``live coverage of Day 3``, ``दौरे के तीसरे दिन का लाइव``) is on that day counted from the
visit's first day, when the lines over the first entry date the arrival with its year (``landed in
Singapore on Monday, March 1, 2027``).  The stamp's clock time is an engagement's only when the
entry says it is happening as it is posted (``Talks under way``, ``is now addressing``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Sequence

from planner.core.article.reading import verbs
from planner.core.article.reading.text import Sentence
from planner.core.article.status import status_of
from planner.core.article.when.dates import DateMention, find_dates, make_date
from planner.core.article.when.daynames import find_visit_days
from planner.core.article.when.paragraphday import NO_DATE
from planner.core.article.when.times import TimeMention
from planner.core.model import Status

#: at the start of a line: an optional date, a clock time, "IST", then ":", "|" or a dash
_DATE = r"(?P<date>[^\W\d_]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_][^\s\d,]{1,11})(?:,?\s+20\d\d)?"
_STAMP = re.compile(
    rf"\s*(?:[•*·]\s*)?(?:{_DATE},?\s+)?"
    r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:hrs\s+)?\(?IST\)?\s*(?:[:|]|[-–—]\s)"
)
#: a stamp on a line of its own, the entry on the line under it ("11:55 PM IST" / "That's a wrap …")
_STAMP_ALONE = re.compile(
    rf"\s*(?:[•*·]\s*)?(?:{_DATE},?\s+)?"
    r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:hrs\s+)?\(?IST\)?\s*$"
)
#: a stamp on a line of its own with a label before it and a day and month with no year: a flash desk's
#: items (``FLASH | 12 Oct, 22:40 IST``, ``फ्लैश | 22 फरवरी, 21:40 IST``, ``अपडेट | 3 मई, 23:20 IST``)
_LABELLED_STAMP = re.compile(
    r"\s*[^\s\d|:]{2,20}(?:\s+[^\s\d|:]{2,20})?\s*[|:]\s*"
    r"(?P<date>\d{1,2}\s+[^\s\d,]{2,12}|[^\W\d_]{3,9}\.?\s+\d{1,2}),?\s+"
    r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:hrs\s+)?\(?IST\)?\s*"
)
#: a channel's stamp in square brackets on a line of its own, its date with the year, no "IST" (the page says
#: once that its times are Indian): ``[11 May 2026, 09:10]``, ``[22 Sep 2026, 09:05]``
_BRACKET_STAMP = re.compile(rf"\s*\[\s*{_DATE},?\s+\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*\]\s*")
#: "today" in an entry: the day of its stamp, not the page's publication date
_TODAY = frozenset({"today", "tonight", "आज"})
#: a bare stamp, "21:40 | …", with no "IST": a stamp on a page that calls itself live ("LIVE अपडेट: …")
#: above its first entry; a programme's rows are timed in "hrs" ("0640 hrs | …")
_BARE_STAMP = re.compile(r"\s*(?:[•*·]\s*)?\d{1,2}:\d{2}\s*\|\s")
#: an entry telling what is happening as it is posted
_AS_POSTED = re.compile(
    r"(?i:\bunder\s?way\b|\bnow\b|\bcurrently\b|\bis\s+(?:now\s+)?\w+ing\b|\bare\s+(?:now\s+)?\w+ing\b)"
    r"|अभी|इस\s+समय|जारी\s+है"
)


_LIVE = re.compile(r"(?i:\blive\b)|लाइव")
#: a page calling itself live, not the verb: "LIVE अपडेट: …", "Live updates", "Live: …"
_LIVE_PAGE = re.compile(r"\bLIVE\b|(?i:\blive\s+(?:updates?|blog|coverage)\b|^\s*live\s*[:|])|लाइव")


def is_live_blog(sentences: Sequence[Sentence]) -> bool:
    """Two or more lines open with a posting stamp in Indian time (or a bare one on a live page)."""
    lines: set[int] = set()
    bare = False
    for s in sentences:
        bare = bare or (not lines and bool(_LIVE_PAGE.search(s.text)))
        if s.line not in lines and (_is_stamp(s.text) or (bare and _BARE_STAMP.match(s.text))):
            lines.add(s.line)
    return len(lines) >= 2


def page_day(sentences: Sequence[Sentence], warnings: list[str]) -> dt.date | None:
    """The day of a live blog that covers one day of the visit (``live coverage of Day 3``): the
    arrival dated with its year over the first entry, plus the days between."""
    if not is_live_blog(sentences):
        return None
    opening = list(itertools.takewhile(lambda s: not _is_stamp(s.text), sentences))
    days = [v for s in opening if _LIVE.search(s.text) for v in find_visit_days(s.text)]
    arrivals = [
        d
        for s in opening
        if verbs.ARRIVE.search(s.text)
        for d in find_dates(s.text)
        if d.is_calendar and d.year and d.end_day is None
    ]
    if len(days) != 1 or len(arrivals) != 1:
        return None
    first, n = arrivals[0], days[0].n
    assert first.year is not None and first.month is not None and first.day is not None
    start = make_date(first.year, first.month, first.day)
    if start is None:
        return None
    day = start + dt.timedelta(days=n - 1)
    warnings.append(
        f"a live blog of “{days[0].text}”: its entries taken as {day}, day {n} counted from the "
        f"arrival on {start} (“{first.text}”)"
    )
    return day


def _called_off(text: str) -> bool:
    """An entry that calls an engagement off or puts it off (``meeting tal gayi``, ``was cancelled``)
    tells of no day of its own: the day it was posted is not the engagement's."""
    return status_of(text) in (Status.CANCELLED, Status.POSTPONED)


def _is_stamp(text: str) -> bool:
    return bool(
        _STAMP.match(text)
        or _STAMP_ALONE.fullmatch(text)
        or _LABELLED_STAMP.fullmatch(text)
        or _BRACKET_STAMP.fullmatch(text)
    )


@dataclasses.dataclass
class LiveBlog:
    """Reads a live blog's sentences in order, keeping the entry each belongs to and its day."""

    published: dt.date | None
    warnings: list[str]
    line: int = -1  # the line of the current entry
    day: DateMention | None = None  # the day it tells of
    heading_day: DateMention | None = None  # the date heading over the entries ("October 14")
    last_line: int = -1
    noted: bool = False
    bare: bool = False  # the page calls itself live before its first entry: "21:40 |" is a stamp
    told: DateMention | None = None  # the day the entry's own words last named ("Kal … jayenge")

    def read(
        self, s: Sentence, found: list[DateMention], times: list[TimeMention], *, day_heading: bool
    ) -> tuple[list[DateMention], list[TimeMention]]:
        """The dates and clock times of one sentence: its entry's day when it names none."""
        if day_heading and found:
            self.heading_day = found[0]
        self.bare = self.bare or (self.line < 0 and bool(_LIVE_PAGE.search(s.text)))
        posted = None
        if s.line != self.last_line:
            posted = _STAMP.match(s.text) or (_BARE_STAMP.match(s.text) if self.bare else None)
        self.last_line = s.line
        alone = (
            _STAMP_ALONE.fullmatch(s.text)
            or _LABELLED_STAMP.fullmatch(s.text)
            or _BRACKET_STAMP.fullmatch(s.text)
        )
        if alone is not None:  # the entry is the line under it
            own = [d for d in found if d.start < alone.end()]
            self.line, self.day = s.line + 1, own[0] if own else self.heading_day or self._page_day()
            self.told = None
            return [], []
        if posted is not None:
            own = [d for d in found if d.start < posted.end()]
            self.line, self.day = s.line, own[0] if own else self.heading_day or self._page_day()
            self.told = None
            stamped = [t for t in times if t.start < posted.end()]
            times = [t for t in times if t.start >= posted.end()]
            found = [d for d in found if d.start >= posted.end()]
            if stamped and not times and _AS_POSTED.search(s.text, posted.end()):
                times = stamped  # "10:45 AM IST: Talks under way with …": it happens as posted
                self.warnings.append(
                    f"a live blog entry says it is happening as posted: its time “{stamped[0].text}” "
                    "is taken as the engagement's start"
                )
            elif stamped and not self.noted:
                self.noted = True
                self.warnings.append(
                    f"a live blog: the time heading each entry (“{posted.group().strip(' :|-–—')}”) is "
                    "when it was posted, not when the engagement happened; not used as a clock time"
                )
        if found and s.line == self.line and self.day is not None and self.day.is_calendar:
            # "Today's visit to the Port of Colón called off" under "FLASH | 15 Oct, 22:05 IST": the 15th
            stamped_day = self.day
            found = [
                dataclasses.replace(stamped_day, start=d.start, end=d.end)
                if d.from_published in _TODAY
                else d
                for d in found
            ]
        if found and s.line == self.line:
            self.told = found[-1]
        elif s.line == self.line and not _called_off(s.text) and not NO_DATE.search(s.text):
            # "Kal … CM Colón jayenge. Shaam tak Panama City wapsi.": the day the entry last named
            day = self.told or self.day
            found = [dataclasses.replace(day, start=0, end=0)] if day is not None else []
        return found, times

    def _page_day(self) -> DateMention | None:
        p = self.published
        return DateMention(0, 0, "", day=p.day, month=p.month, year=p.year) if p else None


__all__ = ["LiveBlog", "is_live_blog", "page_day"]
