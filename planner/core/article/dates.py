"""Dates in article text (Hindi and English) and their resolution to calendar days.

A mention is found first (``24 अगस्त``, ``२४ अगस्त`` after normalisation, ``August 24, 2025``,
``3-7 November``, ``सोमवार``, ``the next day``); :class:`DateResolver` then turns it into a
``datetime.date`` using the year of the article and the dates before it, or leaves it
``None`` with a warning.  Nothing here guesses silently.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from planner.core.article.daynames import find_named_days, find_visit_days, named_day_date

_L = r"A-Za-z\u0900-\u0963\u0966-\u097F"  # letters (Devanagari without the danda)
_H = r"\u0900-\u0963\u0966-\u097F"

HINDI_MONTHS = {
    "जनवरी": 1,
    "फरवरी": 2,
    "फ\u093cरवरी": 2,
    "मार्च": 3,
    "अप्रैल": 4,
    "अप्रेल": 4,
    "मई": 5,
    "जून": 6,
    "जुलाई": 7,
    "अगस्त": 8,
    "सितंबर": 9,
    "सितम्बर": 9,
    "अक्टूबर": 10,
    "अक्तूबर": 10,
    "नवंबर": 11,
    "नवम्बर": 11,
    "दिसंबर": 12,
    "दिसम्बर": 12,
}
ENGLISH_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name} | {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}
MONTH_NAMES = {**HINDI_MONTHS, **ENGLISH_MONTHS}
HINDI_WEEKDAYS = {
    "सोमवार": 0,
    "मंगलवार": 1,
    "बुधवार": 2,
    "गुरुवार": 3,
    "बृहस्पतिवार": 3,
    "वीरवार": 3,
    "शुक्रवार": 4,
    "शनिवार": 5,
    "रविवार": 6,
    "इतवार": 6,
}
ENGLISH_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
WEEKDAY_NAMES = {**HINDI_WEEKDAYS, **ENGLISH_WEEKDAYS}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
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
}


def _alt(names: object) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))  # type: ignore[call-overload]


_MONTH = rf"(?P<{{g}}>{_alt(HINDI_MONTHS)}|(?:{_alt(ENGLISH_MONTHS)})\.?)(?![{_L}])"
_DAY = r"(?<![\d.:])(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
_SEP = r"\s*(?:-|से|to|and|और|&)\s*"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
_DM = re.compile(
    _DAY.format(g="day")
    + rf"(?:{_SEP}"
    + _DAY.format(g="day2")
    + r")?\s*(?:of\s+)?"
    + _MONTH.format(g="month")
    + _YEAR
)
_MD = re.compile(
    _MONTH.format(g="month")
    + r"\s+"
    + _DAY.format(g="day")
    + r"(?!\d|:\d|\.\d)"  # "June 8:" opens an itinerary line; "June 8:30" is no date
    + rf"(?:{_SEP}"
    + _DAY.format(g="day2")
    + r"(?!\d|:\d))?"
    + _YEAR
)
_NUMERIC = re.compile(r"(?<![\d.])(?P<day>\d{1,2})[./](?P<month>\d{1,2})[./](?P<year>(?:19|20)\d\d)(?!\d)")
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)(?!\d)")
_WEEKDAY = re.compile(rf"(?<![{_L}])(?P<wd>{_alt(WEEKDAY_NAMES)})(?![{_L}])")
_RELATIVE = [
    (
        re.compile(
            r"अगले\s+(?:दिन|रोज)|अगली\s+सुबह|दूसरे\s+दिन"
            r"|(?i:the\s+(?:next|following)\s+day|next\s+morning|the\s+day\s+after)"
        ),
        1,
    ),
    (
        re.compile(
            r"(?:उसी|इसी|उस)\s+(?:दिन|शाम|रात|दोपहर)|(?<![\u0900-\u097F])(?:शाम|रात|दोपहर)\s+को(?![\u0900-\u097F])"
            r"|(?i:the\s+same\s+(?:day|evening|afternoon|night)|later\s+(?:that|in\s+the)\s+(?:day|evening|afternoon)"
            r"|that\s+(?:evening|afternoon|night)|in\s+the\s+evening|in\s+the\s+afternoon)"
        ),
        0,
    ),
]
_FINAL = re.compile(r"(?:अंतिम|आखिरी|आख़िरी)\s+दिन|(?i:(?:the\s+)?(?:final|last|concluding|closing)\s+day\b)")
_AGENCY = r"\((?:PTI|IANS|ANI|UNI|Reuters|AFP|AP|IBNS|भाषा|वार्ता|एजेंसी|[A-Z]{2,6})\)"
_DATELINE = re.compile(
    rf"^\s*[A-Z\u0900-\u097F][A-Za-z\u0900-\u0963\u0966-\u097F .]{{1,30}},"
    rf"\s*(?P<date>[^:()\u0964]{{3,25}}?)\s*"
    rf"(?:{_AGENCY}\s*[:\-\u0964]?|[:\u0964]|\s-)"
)
#: a dateline that is a sentence of its own, with the year: "Jaipur, 18 navambar 2025."
_DATELINE_SENTENCE = re.compile(
    r"^\s*[A-Z\u0900-\u097F][A-Za-z\u0900-\u0963\u0966-\u097F ]{1,30},"
    r"\s*(?P<date>[^:()\u0964.]{3,25}?)\s*\.\s*$"
)
_REPORTED_BEFORE = re.compile(
    r"(?i:\b(?:said|told|announced|stated|informed|added|confirmed)\s+(?:\w+\s+){0,2}on\s+)$"
)
_REPORTED_AFTER = re.compile(r"\s*(?:को\s+)?(?:यहां\s+|यह\s+)?(?:बताया|कहा|जानकारी\s+दी|घोषणा\s+की)")
_DAYS_LATER = re.compile(rf"(?P<n>\d+|{_alt(NUMBER_WORDS)})\s+(?:दिन\s+बाद|(?i:days?\s+later))")
_TODAY = re.compile(
    rf"(?<![{_H}])(?:आज|कल|परसों)(?![{_H}])"
    r"|(?i:\b(?:today|tomorrow|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b)"
)
_EVENT_YEAR = re.compile(
    r"(?P<name>[A-Za-z\u0900-\u097F]+)-(?P<year>20\d\d)(?!\d)"
    r"|(?P<name2>Expo|Summit|Messe|Conclave|Fair|Forum|Games|Meeting|Week|Congress|Show|Conference|Festival"
    r"|Biennale|Olympics|Cup|एक्सपो|समिट|सम्मेलन|मीट|[A-Z]{2,6})\s+(?P<year2>20\d\d)(?!\d)"
)
#: capitals before a year that name no event: news agencies, time zones, a clock's half of the day
_NOT_EVENTS = frozenset({"PTI", "IANS", "ANI", "UNI", "AFP", "AP", "IST", "GMT", "UTC", "AM", "PM", "FY"})
_DURATION = re.compile(
    rf"(?P<n>\d+|{_alt(NUMBER_WORDS)})(?:\s*-\s*|\s+)(?:दिवसीय|दिनों?\s+(?:के|की)\s+(?:दौरे|यात्रा|प्रवास)|(?i:days?\b))"
)


@dataclass(frozen=True)
class DateMention:
    """A date as written: a day and month (maybe a year or a range), a weekday, or a relative phrase."""

    start: int
    end: int
    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    end_day: int | None = None
    weekday: int | None = None
    after_previous: int | None = None
    from_published: str | None = None
    hint: str = ""  # "28 July": the day and month meant, when the year is not known
    final: bool = False  # "on the final day (of the visit)"
    end_month: int | None = None  # a range into the next month: "March 28 to April 2"
    visit_day: int | None = None  # "Day 2", "दौरे के चौथे दिन": counted from the visit's first day
    named: str = ""  # "Republic Day" in "the day after Republic Day": a day whose date is known
    named_offset: int = 0  # +1 the day after the named day, -1 the day before

    @property
    def is_calendar(self) -> bool:
        return self.day is not None and self.month is not None


def _mention(m: re.Match[str], **extra: int | None) -> DateMention:
    month_text = m.group("month").rstrip(".")
    month = int(month_text) if month_text.isdigit() else MONTH_NAMES[month_text]
    groups = m.groupdict()
    year = groups.get("year")
    day2 = groups.get("day2")
    return DateMention(
        m.start(),
        m.end(),
        m.group(),
        day=int(m.group("day")),
        month=month,
        year=int(year) if year else None,
        end_day=int(day2) if day2 else None,
    )


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|till|until|through|से)\s*", re.IGNORECASE)


def _ranges(text: str, found: list[DateMention]) -> list[DateMention]:
    """``March 28 to April 2, 2025``, ``28 मार्च से 2 अप्रैल तक``, ``June 8 to June 11``: two dates
    joined as one range."""
    result: list[DateMention] = []
    for d in found:
        prev = result[-1] if result else None
        if (
            prev is not None
            and prev.is_calendar
            and d.is_calendar
            and prev.end_day is None
            and d.end_day is None
            and (prev.month != d.month or (prev.day or 0) < (d.day or 0))  # "June 8 to June 11"
            and _RANGE_JOIN.fullmatch(text, prev.end, d.start)
        ):
            assert prev.month is not None and d.month is not None
            year = prev.year
            if year is None and d.year is not None:
                year = d.year - 1 if d.month < prev.month else d.year
            result[-1] = DateMention(
                prev.start,
                d.end,
                text[prev.start : d.end],
                prev.day,
                prev.month,
                year,
                end_day=d.day,
                end_month=d.month if d.month != prev.month else None,
            )
        else:
            result.append(d)
    return result


def find_dates(text: str) -> list[DateMention]:
    """Every date mention in a sentence, in order of position."""
    return list(_dates_in(text))


@functools.lru_cache(maxsize=1024)
def _dates_in(text: str) -> tuple[DateMention, ...]:
    """The dates of a sentence, found once: a parse asks for them several times."""
    found: list[DateMention] = []
    spans: list[tuple[int, int]] = []
    for rx in (_ISO, _NUMERIC, _DM, _MD):
        for m in rx.finditer(text):
            if not _overlaps(spans, m.start(), m.end()):
                found.append(_mention(m))
                spans.append((m.start(), m.end()))
    found = _ranges(text, sorted(found, key=lambda d: d.start))
    for m in _WEEKDAY.finditer(text):
        if _REPORTED_BEFORE.search(text, 0, m.start()) or _REPORTED_AFTER.match(text, m.end()):
            continue  # "officials said on Tuesday": when it was reported, not an engagement
        weekday = WEEKDAY_NAMES[m.group("wd")]
        near = [
            d
            for d in found
            if d.is_calendar
            and re.fullmatch(r"[\s,()को-]*", text[min(d.end, m.end()) : max(d.start, m.start())])
        ]
        if near:
            d = near[0]
            found[found.index(d)] = DateMention(
                d.start,
                d.end,
                d.text,
                d.day,
                d.month,
                d.year,
                d.end_day,
                weekday=weekday,
                end_month=d.end_month,
            )
        else:
            found.append(DateMention(m.start(), m.end(), m.group(), weekday=weekday))
    for v in find_visit_days(text):
        found.append(DateMention(v.start, v.end, v.text, visit_day=v.n))
    for nd in find_named_days(text):
        found.append(DateMention(nd.start, nd.end, nd.text, named=nd.name, named_offset=nd.offset))
    taken = [(d.start, d.end) for d in found if d.visit_day or d.named]
    for rx, days in _RELATIVE:
        found.extend(
            DateMention(m.start(), m.end(), m.group(), after_previous=days)
            for m in rx.finditer(text)
            if not _overlaps(taken, m.start(), m.end())
        )
    for m in _DAYS_LATER.finditer(text):
        n = m.group("n")
        days = int(n) if n.isdigit() else NUMBER_WORDS[n.casefold()]
        found.append(DateMention(m.start(), m.end(), m.group(), after_previous=days))
    for m in _FINAL.finditer(text):
        beside = any(
            d.is_calendar
            and re.fullmatch(r"[\s,()–—-]*", text[min(d.end, m.end()) : max(d.start, m.start())])
            for d in found
        )
        if beside:
            continue  # "On the concluding day, September 27, …": the date itself says which day
        if not _overlaps([(d.start, d.end) for d in found], m.start(), m.end()):
            found.append(DateMention(m.start(), m.end(), m.group(), final=True))
    for m in _TODAY.finditer(text):
        if _overlaps(taken, m.start(), m.end()):
            continue
        found.append(DateMention(m.start(), m.end(), m.group(), from_published=m.group().casefold()))
    return tuple(sorted(found, key=lambda d: d.start))


def find_dateline(text: str) -> DateMention | None:
    """The date of a dateline opening a report: ``New Delhi, Sept 3 (PTI):``, ``भोपाल, 10 जुलाई।``.

    It says when the report was filed (a publication date the text itself states), not when
    anything in the visit happens."""
    m = _DATELINE.match(text) or _DATELINE_SENTENCE.match(text)
    if m is None:
        return None
    found = [d for d in find_dates(m.group("date")) if d.is_calendar and d.end_day is None]
    if m.re is _DATELINE_SENTENCE and not (found and found[0].year):
        return None
    if len(found) != 1:
        return None
    d = found[0]
    offset = m.start("date")
    return DateMention(d.start + offset, d.end + offset, d.text, d.day, d.month, d.year)


def event_years(text: str) -> list[tuple[int, str]]:
    """Years carried by event names such as ``Expo-2025`` or ``एक्सपो-2025``."""
    result = []
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


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def describe(day: int, month: int) -> str:
    return f"{day} {calendar.month_name[month]}"


@dataclass
class DateResolver:
    """Turns mentions into dates, sentence after sentence, remembering the last date seen."""

    year: int | None
    published: dt.date | None
    last: dt.date | None = None
    first: dt.date | None = None
    length: int | None = None  # the visit's stated length in days ("पांच दिवसीय")
    visit_end: dt.date | None = None  # the last day of a range the text gives for the visit
    #: the day and month last meant when no year is known (in a leap year, only to name days)
    month_day: dt.date | None = None
    hint: str = ""  # the day and month of the last mention that could not be placed
    earliest: dt.date | None = None  # the earliest day placed so far: the visit's first day for "Day 2"

    def _hint_after(self, days: int) -> None:
        if self.month_day is not None:
            self.month_day += dt.timedelta(days=days)
            self.hint = describe(self.month_day.day, self.month_day.month)

    def _final(self, m: DateMention, warnings: list[str]) -> tuple[dt.date | None, dt.date | None]:
        """``on the final day``: the last day of the range the text gave for the visit, if any."""
        if self.visit_end is None and self.first is not None and self.length:
            self.visit_end = self.first + dt.timedelta(days=self.length - 1)
            warnings.append(
                f"“{m.text}”: the last day counted from the first date {self.first} and the stated length "
                f"of {self.length} days"
            )
        if self.visit_end is None:
            warnings.append(f"“{m.text}”: the article gives no last day of the visit; left unscheduled")
            return None, None
        warnings.append(f"“{m.text}” taken as {self.visit_end.isoformat()}, the last day the article gives")
        self.last = self.visit_end
        return self.visit_end, self.visit_end

    def resolve(
        self, mention: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day a mention stands for (the same day unless it is a range)."""
        first, last = self._resolve(mention, tense, warnings)
        if first is not None and (self.earliest is None or first < self.earliest):
            self.earliest = first
        return first, last

    def _resolve(
        self, mention: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        if mention.visit_day is not None:
            return self._visit_day(mention, warnings)
        if mention.named:
            return self._named(mention, tense, warnings)
        if mention.is_calendar:
            return self._calendar(mention, tense, warnings)
        if mention.final:
            return self._final(mention, warnings)
        if mention.after_previous is not None:
            if self.last is None:
                warnings.append(f"“{mention.text}”: no earlier date to count from; left unscheduled")
                self._hint_after(mention.after_previous)
                return None, None
            day = self.last + dt.timedelta(days=mention.after_previous)
            self.last = day
            return day, day
        if mention.from_published is not None:
            return self._from_published(mention, tense, warnings)
        if mention.weekday is not None:
            return self._weekday(mention, tense, warnings)
        return None, None

    def _pick_year(self, month: int, day: int, tense: str) -> int | None:
        """The year of a date written without one.

        After an earlier date the story runs forward: the same year, or the next one when the
        date would fall months before it and lies a few weeks after it in the next year
        (December → January); a visit does not run on for most of a year.  Otherwise the article's year;
        otherwise the publication date: the first such day after it for plans, the last before
        it for reports, the nearest when the verb does not tell.
        """
        safe_day = max(1, min(day, 28))
        if self.last is not None:
            year = self.last.year
            base = self.year if self.year is not None else self.first.year if self.first else year
            rolled = dt.date(year + 1, month, safe_day)
            if (
                dt.date(year, month, safe_day) < self.last - dt.timedelta(days=60)
                and year <= base
                and rolled - self.last <= dt.timedelta(days=92)
            ):
                year += 1  # December → January: one step past the article's year, and only a short one
            return year
        if self.year is not None:
            return self.year
        if self.published is None:
            return None
        p = self.published
        options = [dt.date(y, month, safe_day) for y in (p.year - 1, p.year, p.year + 1)]
        if tense == "future":
            return next(d.year for d in options if d >= p - dt.timedelta(days=7))
        if tense == "past":
            return [d.year for d in options if d <= p + dt.timedelta(days=1)][-1]
        return min(options, key=lambda d: abs((d - p).days)).year

    def _calendar(
        self, m: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        assert m.day is not None and m.month is not None
        year = m.year if m.year is not None else self._pick_year(m.month, m.day, tense)
        if m.year is None and year is not None and self.last is not None and year > self.last.year:
            warnings.append(f"“{m.text}” taken as {year}: it comes after {self.last:%d %B %Y} in the text")
        if year is None:
            warnings.append(
                f"“{m.text}”: the article gives no year and no publication date was given; left unscheduled"
            )
            self.month_day = make_date(2024, m.month, m.day)
            self.hint = describe(m.day, m.month)
            return None, None
        first = make_date(year, m.month, m.day)
        if first is None:
            warnings.append(f"“{m.text}”: {describe(m.day, m.month)} {year} does not exist; left unscheduled")
            return None, None
        last = first
        if m.end_day is not None:
            end_year = year + 1 if m.end_month is not None and m.end_month < m.month else year
            last = make_date(end_year, m.end_month or m.month, m.end_day) or first
            if last < first:
                last = first
            self.visit_end = self.visit_end or last
        if m.weekday is not None and first.weekday() != m.weekday:
            warnings.append(
                f"“{m.text}”: {first:%d %B %Y} is a {first:%A}, not a {calendar.day_name[m.weekday]}; "
                "the date was kept"
            )
        if (
            self.published is not None
            and m.year is None
            and tense == "future"
            and first < self.published - dt.timedelta(days=1)
        ):
            warnings.append(
                f"“{m.text}”: {first.isoformat()} is before the publication date {self.published} "
                "although the article speaks of it as ahead; check the year"
            )
        self.last = last if m.end_month is not None else first  # as when the two dates stood apart
        self.first = self.first or first
        return first, last

    def _visit_day(self, m: DateMention, warnings: list[str]) -> tuple[dt.date | None, dt.date | None]:
        """``Day 3``: the visit's first day (the earliest day placed so far) plus two."""
        assert m.visit_day is not None
        if self.earliest is None:
            warnings.append(
                f"“{m.text}”: day {m.visit_day} of a visit whose first day is not known; left unscheduled"
            )
            return None, None
        day = self.earliest + dt.timedelta(days=m.visit_day - 1)
        warnings.append(
            f"“{m.text}” taken as {day.isoformat()}: day {m.visit_day} counted from the visit's first day "
            f"{self.earliest.isoformat()}"
        )
        self.last = day
        return day, day

    def _named(
        self, m: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        """``the day after Republic Day``: the named day's date in the article's year, or the nearest
        one to the publication date in the direction the verb points."""
        if self.year is not None:
            years = [self.year]
        elif self.published is not None:
            years = [self.published.year - 1, self.published.year, self.published.year + 1]
        else:
            warnings.append(
                f"“{m.text}”: {m.named} of which year? The article gives none and no publication date was "
                "given; left unscheduled"
            )
            return None, None
        options = [
            (d, d + dt.timedelta(days=m.named_offset)) for y in years if (d := named_day_date(m.named, y))
        ]
        if not options:
            return None, None
        if len(options) == 1:
            named, day = options[0]
        else:
            p = self.published
            assert p is not None
            if tense == "future":
                named, day = next((o for o in options if o[1] >= p - dt.timedelta(days=1)), options[-1])
            elif tense == "past":
                named, day = [o for o in options if o[1] <= p + dt.timedelta(days=1)][-1]
            else:
                named, day = min(options, key=lambda o: abs((o[1] - p).days))
        warnings.append(f"“{m.text}” taken as {day.isoformat()}: {m.named} is {named.isoformat()}")
        self.last = day
        self.first = self.first or day
        return day, day

    def _from_published(
        self, m: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        word = m.from_published or ""
        if self.published is None:
            warnings.append(
                f"“{m.text}”: relative to the publication date, which was not given; left unscheduled"
            )
            return None, None
        offsets = {"today": 0, "आज": 0, "tomorrow": 1, "yesterday": -1, "tonight": 0}
        if word in offsets or word.startswith("this"):
            delta = offsets.get(word, 0)
        else:
            step = 2 if word == "परसों" else 1
            delta = -step if tense == "past" else step
        day = self.published + dt.timedelta(days=delta)
        warnings.append(
            f"“{m.text}” taken as {day.isoformat()}, counted from the publication date {self.published}"
        )
        self.last = day
        return day, day

    def _weekday(
        self, m: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        assert m.weekday is not None
        # "वे सोमवार को पहुंचे थे" after today's plans: a past weekday is the one before the publication
        recent = self.published is not None and self.last is not None and self.last >= self.published
        if self.last is not None and not (tense == "past" and recent):
            anchor, direction, note = self.last, 1, "on or after the date before it"
        elif self.published is not None:
            anchor = self.published
            direction = -1 if tense == "past" else 1
            note = "before the publication date" if direction < 0 else "after the publication date"
            if direction > 0:
                anchor += dt.timedelta(days=1)
        else:
            warnings.append(f"“{m.text}”: a weekday with no date to count from; left unscheduled")
            return None, None
        day = anchor
        while day.weekday() != m.weekday:
            day += dt.timedelta(days=direction)
        warnings.append(
            f"“{m.text}” taken as {day.isoformat()}, the first {calendar.day_name[m.weekday]} {note}"
        )
        self.last = day
        return day, day
