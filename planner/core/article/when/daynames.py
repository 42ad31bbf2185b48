"""Days named without a date: ``Day 2``, ``दौरे के चौथे दिन``, ``the day after Republic Day``.

``find_visit_days`` finds the n-th day of the visit (counted by ``DateResolver`` from the visit's
first day); ``find_named_days`` finds a day before or after a named day whose date is known (India's
public holidays in English and Hindi, generated from the ``holidays`` package into
``resources/named_days.json`` by ``tools/build_named_days.py``), and
``named_day_date`` gives that date in a year; ``find_month_days`` finds a day of the month told without
its month (``On the 16th``, ``4 तारीख को``).  Nothing here resolves a date on its own.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from typing import NamedTuple

_H = r"\u0900-\u0963\u0966-\u097F"
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "पहले": 1,
    "पहला": 1,
    "दूसरे": 2,
    "दूसरा": 2,
    "तीसरे": 3,
    "तीसरा": 3,
    "चौथे": 4,
    "चौथा": 4,
    "पांचवें": 5,
    "पाँचवें": 5,
    "पांचवे": 5,
    "पांचवां": 5,
    "छठे": 6,
    "छठा": 6,
    "सातवें": 7,
    "सातवां": 7,
    "आठवें": 8,
    "आठवां": 8,
}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


def alternation(names: object) -> str:
    """A regular expression's alternatives for ``names``, longest first, so none stops at a shorter one."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))  # type: ignore[call-overload]


_TRIP_EN = r"(?:visit|tour|trip|mission|stay|programme|itinerary)"
_VISIT_DAY = re.compile(
    rf"(?<![{_H}])(?:दौरे|यात्रा|प्रवास)\s+(?:के|का)\s+"
    rf"(?P<hi>{alternation(k for k in ORDINALS if not k.isascii())})\s+दिन"
    rf"(?![{_H}])"
    # a sentence opening on the day ("पहले दिन शाम को उन्होंने …", "दूसरे दिन मुख्यमंत्री ने …")
    rf"|^(?P<opening>{alternation(k for k in ORDINALS if not k.isascii())})\s+दिन"
    # before a Latin word too, in mixed script ("तीसरे दिन delegation Arequipa गया", Roman "Teesre din dal")
    rf"(?=\s+(?!से|के|की|का|में|पहले|बाद)[{_H}A-Za-z])"
    rf"|\b(?:Day|DAY)\s+(?P<n>\d{{1,2}}|{alternation(_NUMBERS)})\b"
    # a bulletin's day: "यात्रा दिवस-2", "दिवस 3"
    rf"|(?<![{_H}])(?:(?:यात्रा|दौरा|प्रवास)\s+दिवस\s*[-–]?\s*|दिवस\s*[-–]\s*)(?P<hn>\d{{1,2}})(?!\d)"
    rf"|(?i:\bthe\s+(?P<en>{alternation(k for k in ORDINALS if k.isascii())}"
    rf"|\d{{1,2}}(?:st|nd|rd|th))\s+day\s+of\s+"
    rf"(?:the|his|her|their|this)\s+(?:\w+[- ])?{_TRIP_EN}\b)"
)
_NAMED_EN = re.compile(
    r"(?i:\bthe\s+day\s+(?P<dir>after|before)\s+)(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
_NAMED_HI = re.compile(
    rf"(?P<name>[{_H}][{_H} .-]{{2,30}}?)\s+(?:के|से)\s+"
    rf"(?:(?P<next>अगले)\s+दिन|एक\s+दिन\s+(?P<dir>पहले|बाद))(?![{_H}])"
)


#: a day of the month told alone, its month the one the story is in: "On the 16th", "on Friday, the 11th",
#: "4 तारीख को"; not an ordinal before what it counts ("the 75th anniversary", "the 10th edition")
_MONTH_DAY = re.compile(
    r"(?i:\b(?:on|by|from|to|till|until)\s+(?:[A-Z][a-z]+day,?\s+)?the\s+)(?P<en>[12]?\d|3[01])(?:st|nd|rd|th)\b"
    r"(?!\s+(?:of\b|anniversary|edition|floor|century|round|session|time|day|year|birthday|annual)|\s*[-–]?\s*\d)"
    rf"|(?<![\d{_H}])(?P<hi>[12]?\d|3[01])\s+तारीख(?![{_H}])"
)


class VisitDay(NamedTuple):
    start: int
    end: int
    text: str
    n: int


class NamedDay(NamedTuple):
    start: int
    end: int
    text: str
    name: str
    offset: int


def find_visit_days(text: str) -> list[VisitDay]:
    """``Day 2``, ``the fourth day of the visit``, ``दौरे के चौथे दिन``, a sentence opening ``पहले दिन``:
    the n-th day of the visit."""
    found = []
    for m in _VISIT_DAY.finditer(text):
        word = m.group("hi") or m.group("opening") or m.group("en") or m.group("n") or m.group("hn")
        if word[0].isdigit():
            n = int(re.sub(r"\D", "", word))
        else:
            n = ORDINALS.get(word.casefold(), ORDINALS.get(word, 0)) or _NUMBERS.get(word.casefold(), 0)
        if 0 < n <= 60:
            found.append(VisitDay(m.start(), m.end(), m.group(), n))
    return found


def find_month_days(text: str) -> list[tuple[int, int, str, int]]:
    """``On the 16th``, ``4 तारीख को``: (start, end, text, day) of a day of the month told without it."""
    found = []
    for m in _MONTH_DAY.finditer(text):
        group = "en" if m.group("en") else "hi"
        day = int(m.group(group))
        if 1 <= day <= 31:
            found.append((m.start(group), m.end(), text[m.start(group) : m.end()], day))
    return found


def find_named_days(text: str) -> list[NamedDay]:
    """``the day after Republic Day``, ``स्वतंत्रता दिवस के अगले दिन``, when the name is a known day."""
    found = []
    for m in _NAMED_EN.finditer(text):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):  # the longest known name: "Republic Day celebrations"
            name = " ".join(words[:n])
            if _known(name):
                end = m.start("name") + len(name)
                offset = 1 if m.group("dir").casefold() == "after" else -1
                found.append(NamedDay(m.start(), end, text[m.start() : end], name, offset))
                break
    for m in _NAMED_HI.finditer(text):
        words = m.group("name").split()
        for n in range(len(words)):  # the shortest tail that is a known name: "… को स्वतंत्रता दिवस"
            name = " ".join(words[n:])
            if _known(name):
                start = m.end("name") - len(name)
                offset = 1 if m.group("next") or m.group("dir") == "बाद" else -1
                found.append(NamedDay(start, m.end(), text[start : m.end()], name, offset))
                break
    return found


def named_day_date(name: str, year: int) -> dt.date | None:
    """The date of a named day (a public holiday of India) in a year, if the name is one."""
    days = _days().get(_fold(name), {})
    return dt.date.fromisoformat(days[str(year)]) if str(year) in days else None


def _fold(name: str) -> str:
    return " ".join(re.sub(r"['’]s\b|['’.]", "", name).casefold().split())


def _known(name: str) -> bool:
    return _fold(name) in _days()


@functools.cache
def _days() -> dict[str, dict[str, str]]:
    """India's public holidays by folded name and year, in English and Hindi, built from the
    ``holidays`` package by ``tools/build_named_days.py``; read once, on the first named day."""
    from planner.paths import resource_path

    data: dict[str, dict[str, str]] = json.loads(
        resource_path("named_days.json").read_text(encoding="utf-8")
    )["days"]
    return data


__all__ = ["NamedDay", "VisitDay", "find_month_days", "find_named_days", "find_visit_days", "named_day_date"]
