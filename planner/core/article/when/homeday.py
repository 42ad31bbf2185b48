"""The day a visit goes home: the return told last.

A report may say the delegation came back more than once: to the city it stays in after a day out or
a stop elsewhere (``रात को प्रतिनिधिमंडल राजधानी लौट आया``, ``The team returned to the capital late that
night``, ``शाम को Djibouti वापसी``) and home at the end.  When the words do not show the first as a
move abroad (the capital unnamed, a city that is also its country), both read as the way home.  A
visit goes home once: of the returns home dated on different days, one before the last whose visit
goes on (something firm is dated after it and before the last) is a way back to where the delegation
came from, the place of the move before the last one it made (``Departure for`` it, so that a day
out is seen as one); with no such place it is dropped.  Either is said in a warning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from planner.core.article.candidate import Candidate
from planner.core.model import Kind, Status

HOME = "Return to India"


def one_way_home(merged: list[Candidate], warnings: list[str]) -> list[Candidate]:
    """``merged`` with each return home before the last firm one made a way back abroad, or left out."""
    last = max(
        (c.date for c in merged if c.title == HOME and c.date is not None and c.status == Status.CONFIRMED),
        default=None,
    )
    if last is None:
        return merged
    kept: list[Candidate] = []
    for c in merged:
        if c.title != HOME or c.date is None or c.date >= last or not _went_on(c, merged, last):
            kept.append(c)
            continue
        moves = _moves_before(c, merged)
        base = came_from(moves)
        if not any(m.title.startswith("Departure for ") for m in moves):
            warnings.append(f"a return on {c.date:%d %b} is not the way home, told on {last:%d %b}: left out")
            continue
        if base is None or base.place is None:
            kept.append(c)  # it moved, but from where the article does not say
            continue
        name = base.place.name
        warnings.append(
            f"a return on {c.date:%d %b} is not the way home, told on {last:%d %b}: back to {name}"
        )
        kept.append(
            dataclasses.replace(
                c, title=f"Departure for {name}", place=base.place, city=base.city, country=base.country
            )
        )
    return kept


def _went_on(home: Candidate, merged: list[Candidate], last: dt.date) -> bool:
    """Whether the visit goes on after ``home``: something else firm dated after it and before
    ``last``, or on its day and told after it, even in its sentence (``वापस राजधानी लौटेगा, जहां … हस्ताक्षर
    होंगे``); a visit only planned, or called off, is no sign."""
    assert home.date is not None
    return any(
        c.title != HOME
        and c.status == Status.CONFIRMED
        and c.date is not None
        and c.date < last
        and (c.date, c.sentence.index, c.anchor) > (home.date, home.sentence.index, home.anchor)
        for c in merged
    )


def _moves_before(home: Candidate, merged: list[Candidate]) -> list[Candidate]:
    """The dated arrivals and departures to a place told before ``home``, in the order of the visit."""
    assert home.date is not None
    return sorted(
        (
            c
            for c in merged
            if c.kind == Kind.TRAVEL
            and c.place is not None
            and c.title.startswith(("Arrival in ", "Departure for "))
            and c.date is not None
            and (c.date, c.sentence.index) < (home.date, home.sentence.index)
        ),
        key=lambda c: (c.date or home.date, c.sentence.index),
    )


def came_from(moves: list[Candidate]) -> Candidate | None:
    """The move that took the delegation where it was before its last move: the last one to another
    place than that move's."""
    if not moves or moves[-1].place is None:
        return None
    here = moves[-1].place.name
    return next((m for m in reversed(moves) if m.place is not None and m.place.name != here), None)
