"""The publication date a report states about itself: an ``Updated:``/``प्रकाशित:`` line, an e-paper's
masthead line or a URL line.

A dateline (``Lucknow, Sept 3 (PTI):``) is read by ``find_dateline``; this module also reads the
other two places where online reports carry their date: a labelled line (``Updated: Aug 22, 2025
10:15 IST``, ``अपडेटेड: 26 अगस्त 2025``, ``Published on 2025-08-22``) and the address of the page
(``…/2025/08/22/…``, ``…/2025/Jul/27/…``, ``…-2025-08-22.html``).  Only a full date with a year
counts; the line's own characters are reported so they can be left out of the itinerary.

An e-paper page starts with its masthead: the paper, the edition, the date and the page in cells
split by ``|``, ``•`` or ``·`` (``दैनिक जनवाणी | लखनऊ संस्करण | बुधवार, 14 अक्टूबर 2026 | पृष्ठ 9``);
only one of the first lines, not a table row, with at least three cells counts, or one of two cells, a
date beside a name with no figure (``गोरखपुर संस्करण | बुधवार, 20 मई 2026``, ``Mysuru Edition · Monday,
2 March 2026``, under the headline ``जयपुर | बुधवार, 14 अक्टूबर 2026``).  A social-media post carries its
date on the line under its title, alone (``14 May 2026``); with a weekday such a line is a programme's
first day instead (``TUESDAY, 15 SEPTEMBER 2026``).  An email carries it in its header, beside ``From:``
and ``Subject:`` (``Date: Thu, 14 May 2026 at 18:05``, ``Sent: Tuesday, 8 December 2026 16:20``).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from planner.core.article.reading.text import Sentence
from planner.core.article.when.dates import (
    ENGLISH_MONTHS,
    WEEKDAY_NAMES,
    DateMention,
    find_dates,
    make_date,
)
from planner.core.article.when.dayheads import WEEKDAY_WORDS, is_day_heading

_WEEKDAYS = "|".join(sorted(WEEKDAY_NAMES, key=len, reverse=True))
_AGENCY = r"\((?:PTI|IANS|ANI|UNI|Reuters|AFP|AP|IBNS|भाषा|वार्ता|एजेंसी|[A-Z]{2,6})\)"
#: the country after the place, in brackets: "BATUMI (Georgia), Nov 19, 2026 (IANS)"
_COUNTRY = r"(?:\s*\([A-Z\u0900-\u097F][A-Za-z\u0900-\u0963\u0966-\u097F ]{1,25}\))?"
#: "New Delhi, Sept 3 (PTI):", "भोपाल, 16 सितंबर 2026।", "सियोल, 12 मई 2026 |" (closed by a bar),
#: "पटना/बैंकॉक, 2 जनवरी 2027 (एजेंसी)।" (two places)
_DATELINE = re.compile(
    rf"^\s*[A-Z\u0900-\u097F][A-Za-z\u0900-\u0963\u0966-\u097F ./]{{1,30}}{_COUNTRY},"
    rf"\s*(?P<date>[^:()\u0964|]{{3,25}}?)\s*(?:\((?:{_WEEKDAYS})\)\s*)?"
    rf"(?:{_AGENCY}\s*[:\-\u0964|]?|[:\u0964|]|\s-)"
)
#: a dateline that is a sentence or a line of its own, with the year: "Jaipur, 18 navambar 2025.",
#: "Amaravati, November 11, 2026", an e-paper's masthead "लखनऊ, मंगलवार, 13 अक्टूबर 2026", two
#: places "सुवा/लखनऊ, गुरुवार, 5 फरवरी 2026"
_DATELINE_SENTENCE = re.compile(
    r"^\s*[A-Z\u0900-\u097F][A-Za-z\u0900-\u0963\u0966-\u097F /]{1,30}" + _COUNTRY + ","
    r"\s*(?P<date>[^:()\u0964.]{3,40}?)\s*\.?\s*$"
)


def find_dateline(text: str) -> DateMention | None:
    """The date of a dateline opening a report: ``New Delhi, Sept 3 (PTI):``, ``भोपाल, 10 जुलाई।``.

    It says when the report was filed (a publication date the text itself states), not when
    anything in the visit happens."""
    m = _DATELINE.match(text) or _DATELINE_SENTENCE.match(text)
    if m is None or weekday_place(text[: m.start("date")]):
        return None
    found = [d for d in find_dates(m.group("date")) if d.is_calendar and d.end_day is None]
    if m.re is _DATELINE_SENTENCE and not (found and found[0].year):
        return None
    if len(found) != 1:
        return None
    d = found[0]
    offset = m.start("date")
    return DateMention(d.start + offset, d.end + offset, d.text, d.day, d.month, d.year)


def weekday_place(lead: str) -> bool:
    """The place of a would-be dateline is a weekday: ``Somvaar, 12 April 2027: … pahuncha`` (read as
    ``सोमवार, 12 April 2027:``), ``Monday, 12 April 2027: The team reached …`` open a day's entry, whose
    date is that day's, not the report's."""
    place = lead.strip().rstrip(",").strip()
    return place in WEEKDAY_NAMES or place.capitalize() in WEEKDAY_NAMES


_LABEL = re.compile(
    r"(?:^|[।|]|\.\s)[ \t]*(?:[|•*-]\s*)?"
    r"(?P<label>(?i:(?:last\s+)?updated|published|posted|first\s+published)(?:\s+(?:on|at))?"
    r"|अपडेटेड|अपडेट|प्रकाशित|प्रकाशन\s+तिथि|अद्यतन)\s*[:\-–|]?\s*(?P<rest>[^\n]{4,80})$",
    re.MULTILINE,
)
#: the masthead's cells: "दैनिक जनवाणी | लखनऊ संस्करण | बुधवार, 14 अक्टूबर 2026 | पृष्ठ 9"
_CELLS = re.compile(r"\s+[|•·]\s+")
#: how many of the first non-empty lines may be the masthead, and how long it may be
MASTHEAD_LINES = 2
MASTHEAD_LENGTH = 160
_URL = re.compile(r"(?i:\bhttps?://|\bwww\.)\S+")
_MONTHS = "|".join(sorted((m for m in ENGLISH_MONTHS), key=len, reverse=True))
_URL_DATE = [
    re.compile(r"(?<!\d)(?P<year>20\d\d)[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?!\d)"),
    re.compile(rf"(?<!\d)(?P<year>20\d\d)/(?P<month>(?i:{_MONTHS}))/(?P<day>[0-3]?\d)(?!\d)"),
    re.compile(r"(?<!\d)(?P<year>20\d\d)(?P<month>[01]\d)(?P<day>[0-3]\d)(?!\d)"),
]


@dataclass(frozen=True)
class Published:
    """A publication date found in the text, where it was found and the span of its line."""

    day: dt.date
    source: str  # "the “Updated:” line", "the URL line"
    start: int
    end: int


def find_published(text: str) -> Published | None:
    """The first labelled date line with a full date, else the masthead's date, else the first URL
    carrying one."""
    for m in _LABEL.finditer(text):
        day = _full_date(m.group("rest"))
        if day is not None:
            label = " ".join(m.group("label").split())
            return Published(day, f"the “{label}” line", m.start(), m.end())
    mail = _mail_date(text)
    if mail is not None:
        return mail
    masthead = _masthead(text)
    if masthead is not None:
        return masthead
    for m in _URL.finditer(text):
        for rx in _URL_DATE:
            u = rx.search(m.group())
            if u is None:
                continue
            month_text = u.group("month")
            month = int(month_text) if month_text.isdigit() else _month(month_text)
            day = make_date(int(u.group("year")), month, int(u.group("day"))) if month else None
            if day is not None:
                return Published(day, f"the address “{m.group()}”", m.start(), m.end())
    return None


#: a line of a release's letterhead: short, with no figure ("Government of Assam", "PRESS RELEASE")
LETTERHEAD_LENGTH = 60


def _letterhead(s: Sentence) -> bool:
    return len(s.text) <= LETTERHEAD_LENGTH and not any(ch.isdigit() for ch in s.text)


def opening_dateline(sentences: Sequence[Sentence]) -> tuple[Sentence, DateMention] | None:
    """``New Delhi, Sept 3 (PTI):`` opening one of the first three sentences; or, under three lines or
    more of a release's letterhead (``Government of Assam`` / ``Chief Minister's Office`` / ``PRESS
    RELEASE``), a dateline with its year on the line after them (``Dispur, December 7, 2026``)."""
    for s in sentences[:3]:
        found = find_dateline(s.text)
        if found is not None and not _day_heading(s.text):
            return s, found
    head = sum(1 for _ in itertools.takewhile(_letterhead, sentences[:8]))
    if 3 <= head < len(sentences):
        found = find_dateline(sentences[head].text)
        if found is not None and found.year is not None and not _day_heading(sentences[head].text):
            return sentences[head], found
    return None


def _day_heading(text: str) -> bool:
    """``TUESDAY, 15 SEPTEMBER 2026`` over a programme's first day: its heading, not a dateline."""
    return is_day_heading(text, find_dates(text)) and bool(WEEKDAY_WORDS.search(text))


def _full_date(text: str) -> dt.date | None:
    found = [d for d in find_dates(text) if d.is_calendar and d.year and d.end_day is None]
    if not found:
        return None
    d = found[0]
    assert d.year is not None and d.month is not None and d.day is not None
    return make_date(d.year, d.month, d.day)


def _masthead(text: str) -> Published | None:
    """The date in one of the first lines when that line is cells (paper, edition, date, page), or when
    the second line is only a date (a post's, under its title)."""
    pos, seen = 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        seen += 1
        if seen > MASTHEAD_LINES:
            break
        stripped = line.strip()
        posted = _date_only(stripped) if seen > 1 else None
        if posted is not None:  # "14 May 2026" on a line of its own under a post's title
            return Published(posted, "the date line under the title", start, start + len(line))
        cells = _CELLS.split(stripped)
        if stripped.startswith("|") or len(stripped) > MASTHEAD_LENGTH or len(cells) < 2:
            continue
        if len(cells) == 2 and not _names_only(cells):
            continue  # two cells: an edition or a city beside its date, nothing else
        for cell in cells:
            day = _full_date(cell)
            if day is not None:
                return Published(day, "the masthead line", start, start + len(line))
    return None


#: an email's header lines: the date it was sent ("Date: Thu, 14 May 2026 at 18:05", "Sent: Tuesday, 8
#: December 2026 16:20"), counted only beside another header line ("From:", "Subject:")
_MAIL_DATE = re.compile(r"^[ \t]*(?P<label>Date|Sent)[ \t]*:[ \t]*(?P<rest>[^\n]{6,80})$", re.MULTILINE)
_MAIL_HEADER = re.compile(r"^[ \t]*(?:From|Subject|To)[ \t]*:", re.MULTILINE)
#: how far the date may stand from the other header lines, in characters
MAIL_HEADER_SPAN = 400


def _mail_date(text: str) -> Published | None:
    """The date an email was sent, from its header: the day its today and yesterday are told from."""
    for m in _MAIL_DATE.finditer(text):
        near = text[max(0, m.start() - MAIL_HEADER_SPAN) : m.end() + MAIL_HEADER_SPAN]
        day = _full_date(m.group("rest")) if _MAIL_HEADER.search(near) else None
        if day is not None:
            return Published(day, f"the email's “{m.group('label')}:” line", m.start(), m.end())
    return None


def _date_only(line: str) -> dt.date | None:
    """A line that is only a full date with its year, no weekday (``14 May 2026``): a weekday makes
    it a programme's first day (``TUESDAY, 15 SEPTEMBER 2026``)."""
    found = find_dates(line)
    if len(found) != 1 or not is_day_heading(line, found) or WEEKDAY_WORDS.search(line):
        return None
    return _full_date(line)


def _names_only(cells: list[str]) -> bool:
    """``गोरखपुर संस्करण | बुधवार, 20 मई 2026``: a date and a cell with no figure (the edition)."""
    dated = [c for c in cells if _full_date(c) is not None]
    return len(dated) == 1 and all(not any(ch.isdigit() for ch in c) for c in cells if c not in dated)


def _month(name: str) -> int:
    return next((n for k, n in ENGLISH_MONTHS.items() if k.casefold() == name.casefold()), 0)


__all__ = ["Published", "find_published", "opening_dateline"]
