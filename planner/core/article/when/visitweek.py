"""Bare weekdays inside a visit whose way home the text told before them.

Interviews, features and columns often open with the whole visit in one breath, the day of arrival
and the day home, and then tell the days in between by their weekdays alone:

* ``We flew into Kuching on Sunday, August 9, 2026 … and we flew home on Thursday, the 13th. … On
  Monday morning we sat down with …``: Monday is the 10th, not the 17th after the day home;
* ``हम रविवार, 7 जून 2026 को Kathmandu पहुँचे और गुरुवार, 11 जून को स्वदेश लौट आए। … सोमवार को
  हमने …``: सोमवार is 8 June;
* ``… flew home on Friday, March 19 … landed in Phoenix on Monday, March 15 … On Wednesday …``:
  the 17th, even after a side remark about a Sunday outside the visit.

:func:`home_start` finds the date the verb of going home is told with (the one after an English
verb, the one before a Hindi verb); the resolver keeps that day as the visit's last.
:func:`inside_visit` moves a weekday that would fall after that day (counted forward from the date
before it, or back from a publication date weeks later) to the same weekday within the visit,
when the visit has one.  A visit of more than a fortnight is left alone.
"""

from __future__ import annotations

import datetime as dt
import functools

from planner.core.article.reading.verbs import RETURN
from planner.core.article.when.dates import find_dates

#: the longest visit whose weekdays are placed within it
_LONGEST = dt.timedelta(days=14)


def _hindi(word: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in word)


@functools.lru_cache(maxsize=512)
def home_start(text: str) -> int | None:
    """Where the date of the way home begins in a sentence (``flew back home on Friday, the 18th``,
    ``11 जून को स्वदेश लौट आए``), if the sentence tells one with its day of the month."""
    found = find_dates(text)
    for verb in RETURN.finditer(text):
        if _hindi(verb.group()):
            told = [d for d in found if d.end <= verb.start()][-1:]
        else:
            told = [d for d in found if d.start >= verb.end()][:1]
        if told and told[0].day is not None:
            return told[0].start
    return None


def after_visit(day: dt.date, first: dt.date | None, home: dt.date | None) -> bool:
    """Whether ``day`` falls after the way home of a visit told from ``first`` to ``home``: a side
    remark (``while most of the country moved its clocks forward on Sunday``), whose day the days
    told after it are not counted from."""
    return (
        first is not None and home is not None and first <= home and home - first <= _LONGEST and day > home
    )


def inside_visit(
    day: dt.date, weekday: int, first: dt.date | None, home: dt.date | None, last: dt.date | None
) -> dt.date | None:
    """The day within the visit (``first`` to ``home``) a weekday placed on ``day`` means, when
    ``day`` falls after the way home and the visit has that weekday; else ``None``.  Of two such
    days, the first on or after the date before it."""
    if first is None or home is None or not first <= home or home - first > _LONGEST or day <= home:
        return None
    options = [
        d for k in range((home - first).days + 1) if (d := first + dt.timedelta(days=k)).weekday() == weekday
    ]
    if not options:
        return None
    if last is not None and first <= last <= home:
        return next((d for d in options if d >= last), options[0])
    return options[0]


__all__ = ["after_visit", "home_start", "inside_visit"]
