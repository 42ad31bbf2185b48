"""Dates in article text (Hindi and English): the mentions as written.

A mention is found here (``24 अगस्त``, ``२४ अगस्त`` after normalisation, ``August 24, 2025``,
``3-7 November``, ``सोमवार``, ``the next day``); ``resolve.DateResolver`` then turns it into a
``datetime.date`` using the year of the article and the dates before it, or leaves it
``None`` with a warning.  Nothing here guesses silently.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass

from planner.core.article.when.daynames import alternation, find_month_days, find_named_days, find_visit_days
from planner.core.article.when.daywords import HINDI_DAYS, find_word_days

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
#: a programme's headings in capitals: "FRIDAY, 23 OCTOBER 2026", "MON 26 OCT"
ENGLISH_MONTHS |= {name.upper(): i for name, i in ENGLISH_MONTHS.items()}
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
ENGLISH_WEEKDAYS |= {name.upper(): i for name, i in ENGLISH_WEEKDAYS.items()}
WEEKDAY_NAMES = {**HINDI_WEEKDAYS, **ENGLISH_WEEKDAYS}
#: a weekday cut short, read only in brackets beside a date: "Day-1 (Thu) 26.03.2026", "29 December (Tue)"
SHORT_WEEKDAYS = {"Mon": 0, "Tue": 1, "Tues": 1, "Wed": 2, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4}
SHORT_WEEKDAYS |= {"Sat": 5, "Sun": 6}
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
}
NUMBER_WORDS |= {word: n for word, n in HINDI_DAYS.items() if n <= 15}  # "तीन दिन बाद"


_MONTH = rf"(?P<{{g}}>{alternation(HINDI_MONTHS)}|(?:{alternation(ENGLISH_MONTHS)})\.?)(?![{_L}])"
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
    + r"\s+(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)))?"  # "March the 4th"
    + _DAY.format(g="day")
    + r"(?!\d|:\d|\.\d)"  # "June 8:" opens an itinerary line; "June 8:30" is no date
    + rf"(?:{_SEP}"
    + _DAY.format(g="day2")
    + r"(?!\d|:\d))?"
    + _YEAR
)
_NUMERIC = re.compile(
    r"(?<![\d.-])(?P<day>0?[1-9]|[12]\d|3[01])(?P<sep>[./-])(?P<month>0?[1-9]|1[0-2])(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)"
)
_ISO = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)(?!\d)")
#: a travel desk's day: a weekday beside a day/month in figures with no year (``Sat 24/10``, ``Monday
#: 01/06``, ``24/10 (Sat)``); without the weekday "24/7" or "3/4" is no date
_WD = rf"(?P<wd>{alternation(WEEKDAY_NAMES)}|{alternation(SHORT_WEEKDAYS)})"
_FIGURES = r"(?<![\d/.])(?P<day>0?[1-9]|[12]\d|3[01])/(?P<month>0?[1-9]|1[0-2])(?![\d/])"
_WEEKDAY_DM = [
    re.compile(rf"(?<![{_L}]){_WD}\.?,?\s+{_FIGURES}"),
    re.compile(rf"{_FIGURES}\s*\({_WD}\.?\)"),
]
#: a programme's day told by its weekday and the day of the month alone (``Day 1 | Tue 8:``, ``Sun 7:``,
#: ``Friday 11 -``), closing its heading: the month is the one around the story where it is that weekday
_WEEKDAY_DAY = re.compile(
    rf"(?<![{_L}]){_WD}\.?,?\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?(?=\s*(?:[:|–—-](?!\d)|$))"
)
#: the same in running text, where a date goes: before a Hindi postposition (``Sun 6 की शाम``, ``Wed 9 को``,
#: ``Sat 7 ko``), or after "on" before a comma or a clause going on (``On Mon 13, the minister met``)
_SHORT_DAY_SAID = [
    re.compile(
        rf"(?<![{_L}]){_WD}\.?\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?"
        rf"(?=\s+(?:को|की|के|से|तक)(?![{_H}])|\s+(?i:ko|ki|ke|se|tak)\b)"
    ),
    re.compile(
        rf"(?<=\b[Oo]n\s){_WD}\.?,?\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)?"
        r"(?=[,;]|\.(?!\d)|\s+(?:we|the|he|she|they|at|in|and|morning|evening|afternoon)\b)"
    ),
]
#: a day and month in figures that open a diary's entry or a thread's post before a dash or a colon
#: (``8/9 - Landed in Baku``, ``1/5 "3/6 - Bishkek pahunch gaye``: the post's number first) or that
#: ``को`` follows (``Kal 6/6 ko``): without these "24/7" or "3/4" is no date
_ENTRY_DM = [
    re.compile(rf"^\s*(?:\d{{1,2}}/\d{{1,2}}\s+)?[\"“'‘]?{_FIGURES}(?=\s*[-–—:]\s)"),
    re.compile(rf"{_FIGURES}(?=\s+(?:को|(?i:ko))(?![{_L}]))"),
]
#: a day and month in figures after a visit's day label (``Day 1 was 8/12``, ``Day 2, 9/12,``) or after
#: "on" in a clause that goes on (``On 11/12 we drove``, ``left on 19/3 and``): said where a date goes,
#: so no "24/7", no share ("on 3/4 of the land") and no "on 9/11" alone; the day first, as Indian
#: writing has it
_LABELLED_DM = [
    re.compile(rf"(?<![{_L}])Day\s*-?\s*\d{{1,2}}\s*(?:[,:–-]|\bwas\b|\bis\b)?\s*{_FIGURES}(?!\s+of\b)"),
    re.compile(
        rf"(?<![{_L}])[Oo]n\s+{_FIGURES}"
        r"(?=,|\s+(?:we|I|he|she|they|the|delegation|and|at|in|to|for|because|after|before|when)\b)"
    ),
]
_WEEKDAY = re.compile(rf"(?<![{_L}])(?P<wd>{alternation(WEEKDAY_NAMES)})(?![{_L}])")
SHORT_WEEKDAY = re.compile(rf"\((?P<wd>{alternation(SHORT_WEEKDAYS)})\.?\)")
_RELATIVE = [
    (
        re.compile(
            r"अगले\s+(?:दिन|रोज)|अगली\s+सुबह|दूसरे\s+दिन"
            r"|(?i:the\s+(?:next|following)\s+day|next\s+morning"
            # not "the day after his delegation reached …": that day is told from the sentence's date
            r"|the\s+day\s+after(?!\s+(?:the|his|her|their|its|he|she|they|it)\s))"
        ),
        1,
    ),
    (
        re.compile(
            r"(?:उसी|इसी|उस)\s+(?:दिन|शाम|रात|दोपहर)|(?<![\u0900-\u097F])(?:शाम|रात|दोपहर)\s+को(?![\u0900-\u097F])"
            r"|(?i:the\s+same\s+(?:day|morning|evening|afternoon|night)|later\s+(?:that|in\s+the)\s+(?:day|evening|afternoon)"
            r"|that\s+(?:day|morning|evening|afternoon|night)|in\s+the\s+evening|in\s+the\s+afternoon)"
        ),
        0,
    ),
]
_FINAL = re.compile(r"(?:अंतिम|आखिरी|आख़िरी)\s+दिन|(?i:(?:the\s+)?(?:final|last|concluding|closing)\s+day\b)")
_REPORTED_BEFORE = re.compile(
    r"(?i:\b(?:said|told|announced|stated|informed|added|confirmed)\s+(?:\w+\s+){0,2}on\s+)$"
)
_REPORTED_AFTER = re.compile(r"\s*(?:को\s+)?(?:यहां\s+|यह\s+)?(?:बताया|कहा|जानकारी\s+दी|घोषणा\s+की)")
#: between a date and the words naming the same day: "Day 1 - Monday, ", "(Tuesday) "
_NAMED_DAY = re.compile(r"[\s,]*(?:the\s+)?")  # between a weekday and its day: "Thursday, the 13th"
_BESIDE = re.compile(rf"[\s,()–—:-]*(?:{_WD}\.?[\s,()–—:-]*)?")  # also "Day 1 (Sun, 6 Dec)"
_DAYS_LATER = re.compile(rf"(?P<n>\d+|{alternation(NUMBER_WORDS)})\s+(?:दिन\s+बाद|(?i:days?\s+later))")
_TODAY = re.compile(
    rf"(?<![{_H}])(?:आज|कल|परसों|(?P<gone>बीते\s+(?:दिन|रोज़?)|गत\s+दिवस))(?![{_H}])"
    r"|(?i:\b(?:today|tomorrow|yesterday|tonight|this\s+(?:morning|afternoon|evening))\b)"
    r"|(?P<night>(?i:\blate\s+)?(?i:\blast\s+night\b))"  # "reached Kampala late last night": the day before
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
    #: "today, on the third day of his visit", "दौरे के चौथे दिन आज": this date is the visit's n-th day
    counts_day: int | None = None

    @property
    def is_calendar(self) -> bool:
        return self.day is not None and self.month is not None


def _mention(m: re.Match[str], **extra: int | None) -> DateMention:
    month_text = m.group("month").rstrip(".")
    month = int(month_text) if month_text.isdigit() else MONTH_NAMES[month_text]
    groups = m.groupdict()
    year = groups.get("year")
    day2 = groups.get("day2")
    wd = groups.get("wd")
    return DateMention(
        m.start(),
        m.end(),
        m.group(),
        day=int(m.group("day")),
        month=month,
        year=int(year) if year else None,
        end_day=int(day2) if day2 else None,
        weekday=None if wd is None else WEEKDAY_NAMES.get(wd, SHORT_WEEKDAYS.get(wd)),
    )


def _figures(text: str, m: re.Match[str]) -> DateMention:
    """The day and month in figures of a match that also holds the words before them."""
    start, end = m.start("day"), m.end("month")
    return DateMention(start, end, text[start:end], day=int(m.group("day")), month=int(m.group("month")))


def _weekday_day(m: re.Match[str]) -> DateMention:
    wd = m.group("wd")
    weekday = WEEKDAY_NAMES.get(wd, SHORT_WEEKDAYS.get(wd))
    return DateMention(m.start(), m.end(), m.group(), day=int(m.group("day")), weekday=weekday)


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
    """Every date mention in a sentence, in order of position; a month or weekday in capitals
    (``FRIDAY, 23 OCTOBER 2026``, a programme's day heading) is read as the same name in small
    letters, and each mention keeps the words the text wrote."""
    plain = _CAPITALS.sub(_capitalised, text)
    if plain == text:
        return list(_dates_in(text))
    return [dataclasses.replace(d, text=text[d.start : d.end]) if d.text else d for d in _dates_in(plain)]


_CAPITALS = re.compile(r"\b[A-Z]{3,9}\b")


def _capitalised(m: re.Match[str]) -> str:
    word = m.group().capitalize()
    known = word in ENGLISH_MONTHS or word in WEEKDAY_NAMES or word in SHORT_WEEKDAYS
    return word if known else m.group()


@functools.lru_cache(maxsize=1024)
def _dates_in(text: str) -> tuple[DateMention, ...]:
    """The dates of a sentence, found once: a parse asks for them several times."""
    found: list[DateMention] = []
    spans: list[tuple[int, int]] = []
    for rx in (_ISO, _NUMERIC, _DM, _MD, *_WEEKDAY_DM, *_ENTRY_DM):
        for m in rx.finditer(text):
            if not _overlaps(spans, m.start(), m.end()):
                found.append(_mention(m))
                spans.append((m.start(), m.end()))
    for m in (m for rx in _LABELLED_DM for m in rx.finditer(text)):
        d = _figures(text, m)
        if not _overlaps(spans, d.start, d.end):
            found.append(d)
            spans.append((d.start, d.end))
    for w in find_word_days(text, MONTH_NAMES):  # "सत्रह मार्च", "the twenty-first of September"
        if not _overlaps(spans, w.start, w.end):
            found.append(
                DateMention(w.start, w.end, text[w.start : w.end], day=w.day, month=w.month, year=w.year)
            )
            spans.append((w.start, w.end))
    found = _ranges(text, sorted(found, key=lambda d: d.start))
    heads = [m for m in _WEEKDAY_DAY.finditer(text) if not _overlaps(spans, m.start(), m.end())]
    running = [m for rx in _SHORT_DAY_SAID for m in rx.finditer(text)]  # "Wed 9 को", "On Mon 13,"
    heads += [m for m in running if not _overlaps([*spans, *(h.span() for h in heads)], m.start(), m.end())]
    found += [_weekday_day(m) for m in heads]
    for m in sorted([*_WEEKDAY.finditer(text), *SHORT_WEEKDAY.finditer(text)], key=lambda m: m.start()):
        if any(h.start() <= m.start() < h.end() for h in heads):
            continue
        if _REPORTED_BEFORE.search(text, 0, m.start()) or _REPORTED_AFTER.match(text, m.end()):
            continue  # "officials said on Tuesday": when it was reported, not an engagement
        short = m.re is SHORT_WEEKDAY
        weekday = SHORT_WEEKDAYS[m.group("wd")] if short else WEEKDAY_NAMES[m.group("wd")]
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
        elif not short:  # "(Thu)" alone is no date
            found.append(DateMention(m.start(), m.end(), m.group(), weekday=weekday))
    for v in find_visit_days(text):
        if any(
            d.is_calendar and _BESIDE.fullmatch(text, min(d.end, v.end), max(d.start, v.start)) for d in found
        ):
            continue  # "Day 1 - Monday, December 7:": the date itself says which day
        found.append(DateMention(v.start, v.end, v.text, visit_day=v.n))
    for start, end, said, day in find_month_days(text):  # "On the 16th": the month is the story's
        if _overlaps([(d.start, d.end) for d in found], start, end):
            continue
        wd = next((d for d in found if d.day is None and _NAMED_DAY.fullmatch(text, d.end, start)), None)
        if wd is not None and wd.weekday is not None:  # "on Friday, the 18th": the Friday that is the 18th
            found[found.index(wd)] = DateMention(
                wd.start, end, text[wd.start : end], day=day, weekday=wd.weekday
            )
        else:
            found.append(DateMention(start, end, said, day=day))
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
        word = "yesterday" if m.group("gone") or m.group("night") else m.group().casefold()  # "बीते दिन"
        found.append(DateMention(m.start(), m.end(), m.group(), from_published=word))
    return tuple(sorted(_count_days(text, found), key=lambda d: d.start))


_BESIDE_DAY = re.compile(r"[\s,–—-]*(?:(?i:on)\s+)?")


def _count_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "in Plovdiv today, on the third day of his visit", "दौरे के चौथे दिन आज": the n-th day said
    beside the day it is, which then also tells the visit's first day."""
    for v in [d for d in found if d.visit_day is not None]:
        beside = [
            d
            for d in found
            if d.from_published is not None
            and _BESIDE_DAY.fullmatch(text, min(d.end, v.end), max(d.start, v.start))
        ]
        if beside:
            d = beside[0]
            found = [x for x in found if x is not v and x is not d]
            found.append(dataclasses.replace(d, counts_day=v.visit_day))
    return found


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def describe(day: int, month: int) -> str:
    return f"{day} {calendar.month_name[month]}"
