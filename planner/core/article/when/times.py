"""Clock times in article text: ``सुबह 10 बजे``, ``साढ़े 10 बजे``, ``10.30 a.m.``, ``3 pm local time``, ranges."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

_PERIOD_HI = r"(?P<{g}>सुबह|प्रातः|सवेरे|दोपहर|अपराह्न|शाम|सायं|रात्रि|रात)"
_FRACTION = r"(?:(?P<{g}>साढ़े|साढे|सवा|पौने)\s*)?"
_NUM = r"(?P<{h}>\d{{1,2}})(?:[:.](?P<{m}>\d{{2}}))?"
_HINDI = re.compile(
    r"(?:"
    + _PERIOD_HI.format(g="p1")
    + r"\s*(?:के\s+)?)?"
    + _FRACTION.format(g="f1")
    + r"(?:(?P<half1>डेढ़|ढाई)|(?<![\d/])"  # "4/6 - सुबह 10 बजे": the 6 is a month, no hour
    + _NUM.format(h="h1", m="m1")
    + r")"
    + r"(?:\s*बजे)?(?:\s*(?:से|-)\s*(?:"
    + _PERIOD_HI.format(g="p2")
    + r"\s*)?"
    + _FRACTION.format(g="f2")
    + _NUM.format(h="h2", m="m2")
    + r")?\s*बजे"
)
_AMPM = r"(?P<{g}>[ap]\.?\s?m\.?|[AP]\.?\s?M\.?)(?![A-Za-z])"
_ENGLISH = re.compile(
    r"(?<![\d.:/])"  # "9/9 - 10 am": the month of a day in figures is no hour
    + _NUM.format(h="h1", m="m1")
    + r"\s*(?:"
    + _AMPM.format(g="ap1")
    + r")?"
    + r"\s*(?:-|to|until|till|and)\s*"
    + _NUM.format(h="h2", m="m2")
    + r"\s*"
    + _AMPM.format(g="ap2")
    + r"|(?<![\d.:])"
    + _NUM.format(h="h3", m="m3")
    + r"\s*"
    + _AMPM.format(g="ap3")
    + r"|(?<![\d.:])(?P<h4>[01]?\d|2[0-3]):(?P<m4>[0-5]\d)(?:\s*(?:hrs|hours|h)\b)?(?!\s*[ap]\.?m)"
    + r"|(?<![\d.:,])(?P<h5>[01]\d|2[0-3])(?P<m5>[0-5]\d)\s*(?:hrs|hours|h)\b"
    + r"|(?i:\b(?P<word>noon|midday|midnight)\b)"
)
_IST = re.compile(r"\bIST\b|Indian\s+(?:Standard\s+)?time|भारतीय\s+समय(?:ानुसार)?", re.IGNORECASE)
_HALF = {"डेढ़": (1, 30), "ढाई": (2, 30)}


@dataclass(frozen=True)
class TimeMention:
    """A clock time (and maybe an end time) as written; ``in_ist`` when the text says Indian time."""

    start: int
    end: int
    text: str
    begins: dt.time
    ends: dt.time | None = None
    in_ist: bool = False
    guessed_period: bool = False
    zone_abbr: str = ""  # "9:30 am EST": the zone the text names beside the time, if not IST


#: UTC offsets (hours) of zone abbreviations an Indian report may print after a foreign time
ZONE_ABBREVIATIONS = {
    "GMT": 0.0,
    "UTC": 0.0,
    "BST": 1.0,
    "CET": 1.0,
    "CEST": 2.0,
    "EET": 2.0,
    "EEST": 3.0,
    "GST": 4.0,
    "SGT": 8.0,
    "AWST": 8.0,
    "JST": 9.0,
    "KST": 9.0,
    "ACST": 9.5,
    "ACDT": 10.5,
    "AEST": 10.0,
    "AEDT": 11.0,
    "NZST": 12.0,
    "NZDT": 13.0,
    "EST": -5.0,
    "EDT": -4.0,
    "CST": -6.0,
    "CDT": -5.0,
    "MST": -7.0,
    "MDT": -6.0,
    "PST": -8.0,
    "PDT": -7.0,
}
_ZONE_AFTER = re.compile(r"\s*\(?\s*(?P<abbr>[A-Z]{3,4})\b")


def _hindi_hour(period: str | None, hour: int) -> tuple[int, bool]:
    if period in ("सुबह", "प्रातः", "सवेरे"):
        return (0 if hour == 12 else hour), False
    if period in ("दोपहर", "अपराह्न"):
        return (hour + 12 if hour < 7 else hour), False
    if period in ("शाम", "सायं"):
        return (hour + 12 if hour < 12 else hour), False
    if period in ("रात", "रात्रि"):
        if hour == 12:
            return 0, False
        return (hour + 12 if hour >= 6 else hour), False
    # no part of the day: office hours are the likely reading; say so.
    return (hour + 12 if 1 <= hour <= 6 else hour), True


def _fraction(hour: int, minute: int, word: str | None) -> tuple[int, int]:
    if word in ("साढ़े", "साढे"):
        return hour, 30
    if word == "सवा":
        return hour, 15
    if word == "पौने":
        return (hour - 1) % 24, 45
    return hour, minute


def _clock(hour: int, minute: int) -> dt.time | None:
    if 0 <= hour <= 23 and 0 <= minute <= 59:
        return dt.time(hour, minute)
    return None


def _english_hour(hour: int, ampm: str | None) -> int:
    if ampm is None:
        return hour
    pm = ampm.lower().startswith("p")
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _from_hindi(m: re.Match[str]) -> TimeMention | None:
    if m.group("half1"):
        h1, m1 = _HALF[m.group("half1")]
    else:
        h1, m1 = _fraction(int(m.group("h1")), int(m.group("m1") or 0), m.group("f1"))
    p1 = m.group("p1")
    hour, guessed = _hindi_hour(p1, h1)
    begins = _clock(hour, m1)
    if begins is None or (
        p1 is None
        and m.group("f1") is None
        and m.group("half1") is None
        and not m.group("m1")
        and int(m.group("h1") or 0) > 12
    ):
        return None
    ends = None
    if m.group("h2"):
        h2, m2 = _fraction(int(m.group("h2")), int(m.group("m2") or 0), m.group("f2"))
        hour2, _ = _hindi_hour(m.group("p2") or p1, h2)
        ends = _clock(hour2, m2)
        if ends is not None and ends < begins and hour2 < 12:
            ends = _clock(hour2 + 12, m2)
    return TimeMention(m.start(), m.end(), m.group(), begins, ends, guessed_period=guessed)


def _from_english(m: re.Match[str]) -> TimeMention | None:
    if m.group("word"):
        word = m.group("word").lower()
        return TimeMention(m.start(), m.end(), m.group(), dt.time(0 if word == "midnight" else 12))
    if m.group("h4") or m.group("h5"):
        hour, minute = (m.group("h4"), m.group("m4")) if m.group("h4") else (m.group("h5"), m.group("m5"))
        begins = _clock(int(hour), int(minute))
        return TimeMention(m.start(), m.end(), m.group(), begins) if begins else None
    if m.group("h3"):
        hour = int(m.group("h3"))
        if not 1 <= hour <= 12:
            return None
        begins = _clock(_english_hour(hour, m.group("ap3")), int(m.group("m3") or 0))
        return TimeMention(m.start(), m.end(), m.group(), begins) if begins else None
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    if not (1 <= h1 <= 12 and 1 <= h2 <= 12):
        return None
    ap2 = m.group("ap2")
    ends = _clock(_english_hour(h2, ap2), int(m.group("m2") or 0))
    ap1 = m.group("ap1")
    begins = _clock(_english_hour(h1, ap1 or ap2), int(m.group("m1") or 0))
    if begins and ends and ap1 is None and begins > ends:
        begins = _clock(_english_hour(h1, "am"), int(m.group("m1") or 0))
    if begins is None:
        return None
    return TimeMention(m.start(), m.end(), m.group(), begins, ends)


def find_times(text: str) -> list[TimeMention]:
    """Every clock time in a sentence, in order of position."""
    found: list[TimeMention] = []
    for rx, convert in ((_HINDI, _from_hindi), (_ENGLISH, _from_english)):
        for m in rx.finditer(text):
            mention = convert(m)
            if mention is None or any(f.start < mention.end and mention.start < f.end for f in found):
                continue
            if re.search(r"\(\s*$", text[max(0, mention.start - 3) : mention.start]) and any(
                0 <= mention.start - f.end <= 20 for f in found
            ):
                continue  # "at 6 pm local time (5:30 am IST on Wednesday)": the same moment at home
            window = text[mention.end : mention.end + 30]
            stop = re.search(
                r"\blocal\b|\d", window
            )  # "4 pm local time (12:30 am IST …)": IST is the other clock's
            ist = bool(_IST.search(window[: stop.start()] if stop else window))
            named = _ZONE_AFTER.match(text, mention.end)
            if named and named.group("abbr") in ZONE_ABBREVIATIONS:
                mention = dataclasses.replace(mention, zone_abbr=named.group("abbr"))
            if ist:
                mention = TimeMention(
                    mention.start,
                    mention.end,
                    mention.text,
                    mention.begins,
                    mention.ends,
                    True,
                    mention.guessed_period,
                    mention.zone_abbr,
                )
            found.append(mention)
    return sorted(found, key=lambda t: t.start)


#: "(12:30 am IST on Thursday)": the time at home, whose day is not the engagement's
_HOME_TIME = re.compile(r"\([^()]*\b(?:IST|India\s+time|Indian\s+time)\b[^()]*\)")


def in_home_time(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a bracket giving the time at home (``(4:10 pm IST)``)."""
    return any(m.start() < pos < m.end() for m in _HOME_TIME.finditer(text))


def local_times(text: str, times: list[TimeMention]) -> list[TimeMention]:
    """ "At 4 pm local time (12:30 am IST on Thursday)": the home time in brackets only restates a
    local one beside it, and is dropped; a time given only in IST is kept (and converted)."""
    local = [t for t in times if not in_home_time(text, t.start)]
    return local if local else times
