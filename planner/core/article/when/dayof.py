"""Which of a sentence's dates and clock times is an engagement's: the one on its side, not another's.

Hindi puts the date before what happens (``24 अगस्त को … मुलाकात``), English after (``meet X on
Aug 24``).  In English a date after another engagement of the sentence is that one's (``On Tuesday,
Dec 8, the minister will call on X before travelling to Y on Wednesday``: Wednesday is the
journey's), and an engagement left with no date of its own takes the one fronting it.  A clock
time goes to the one engagement nearest to it, on the side its language puts times.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from typing import Protocol

from planner.core.article.reading.text import Sentence, script_of
from planner.core.article.when.dates import DateMention
from planner.core.article.when.times import TimeMention
from planner.core.model import Kind

Dated = tuple[DateMention, dt.date | None, dt.date | None]


class Timed(Protocol):
    """What sharing times needs of an engagement found (``extract.Candidate``)."""

    sentence: Sentence
    anchor: int
    kind: Kind
    date: dt.date | None
    time: TimeMention | None


_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097F]+|[A-Za-z][A-Za-z'’-]*")


def hindi_order(text: str) -> bool:
    """Whether a sentence is built as Hindi (date before what happens), though names and terms in it
    are in Latin letters: "Chaitanya Kashyap 13 जुलाई को Bogotá पहुंचेंगे और 14 जुलाई को ProColombia के
    President …".  Words in capitals (names, bodies, titles) do not count; the grammar words do."""
    words = _WORD.findall(text)
    deva = sum(1 for w in words if "\u0900" <= w[0] <= "\u097f")
    latin = sum(1 for w in words if w[0].isascii() and w[0].islower())
    return deva >= latin if deva or latin else script_of(text) == "hi"


def closest(dated: list[Dated], anchor: int, *, hindi: bool) -> Dated:
    """The date on the anchor's side (before it in Hindi, after it in English), else the nearest."""
    side = [d for d in dated if (d[0].start < anchor if hindi else d[0].start > anchor)]
    return min(side or dated, key=lambda d: abs(d[0].start - anchor))


def own_dates(
    anchor: int, every: list[Dated], dated: list[Dated], others: tuple[int, ...], *, hindi: bool
) -> list[Dated]:
    """Of ``dated`` (the dates of the anchor's clause; ``every`` is the sentence's), those not told
    after another engagement's anchor (``others``) in English; if none, the date before the anchor."""
    if not dated or not others or hindi:
        return dated
    free = [d for d in dated if not any(anchor < o < d[0].start for o in others)]
    if free:
        return free
    before = [d for d in every if d[0].start < anchor]
    return before[-1:] or dated


def after_apposition(anchor: int, every: list[Dated], others: tuple[int, ...]) -> list[Dated]:
    """English, no date in the anchor's clause: the first date after it that no other engagement's
    anchor precedes ("met ProInversión, Peru's investment agency, the same afternoon")."""
    return [d for d in every if d[0].start > anchor and not any(anchor < o < d[0].start for o in others)][:1]


class Found(Timed, Protocol):
    """What unifying a journey found twice needs of an engagement found (``extract.Candidate``)."""

    title: str
    clause: tuple[int, int]
    end_date: dt.date | None
    date_text: str


def one_journey(found: Sequence[Found], every: list[Dated]) -> None:
    """A journey found twice in one sentence is one journey ("and then return home, flying back to
    India on Friday"): when just one of its findings has a date in its own clause, that date is the
    journey's, not the one another finding took from the sentence's front ("On Thursday …")."""
    for title in {c.title for c in found if c.kind == Kind.TRAVEL}:
        same = [c for c in found if c.title == title]
        own = {
            (c.date, c.end_date, c.date_text)
            for c in same
            if c.date is not None
            and any(c.clause[0] <= d[0].start < c.clause[1] and d[1] == c.date for d in every)
        }
        if len(same) > 1 and len(own) == 1:
            (day, end, text), *_ = own
            for c in same:
                c.date, c.end_date, c.date_text = day, end, text


def _time_fit(c: Timed, *, t: TimeMention, hindi: bool) -> tuple[bool, bool, int]:
    """English says "meet X at 10 a.m.", Hindi "सुबह 10 बजे … मिलेंगे": the side the time belongs to."""
    wrong_side = c.anchor < t.start if hindi else c.anchor > t.start
    return c.kind == Kind.TRAVEL, wrong_side, abs(c.anchor - t.start)


def share_times(found: Sequence[Timed], times: list[TimeMention]) -> None:
    """Each clock time goes to the one engagement nearest to it (``meet X at 11 am and sign …``);
    a time in a clause of its own (``On 18 Nov, at 11 am (local time), it will meet …``) to the
    nearest engagement that has none."""
    for t in times:
        holders = [c for c in found if c.time is t]
        if len(holders) > 1:
            hindi = script_of(holders[0].sentence.text) == "hi"
            keep = min(holders, key=functools.partial(_time_fit, t=t, hindi=hindi))
            for c in holders:
                if c is not keep:
                    c.time = None
        elif not holders:
            free = [c for c in found if c.time is None and c.date is not None and c.kind != Kind.TRAVEL]
            if free:
                min(free, key=lambda c: abs(c.anchor - t.start)).time = t


def settle(found: Sequence[Found], every: list[Dated], times: list[TimeMention]) -> None:
    """The last word on a sentence's engagements: one date per journey, then one holder per time."""
    one_journey(found, every)
    share_times(found, times)


__all__ = [
    "Dated",
    "Found",
    "after_apposition",
    "closest",
    "hindi_order",
    "one_journey",
    "own_dates",
    "settle",
    "share_times",
]
