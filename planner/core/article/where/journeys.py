"""One journey out told twice: leaving home for a city and arriving there a day or two later.

A programme often gives the flight out on one line and the landing on the next: "Sun 6 Sep:
Bengaluru → Delhi → Almaty (overnight flight)" and "Mon 7 Sep: Arrival Almaty 06:10"; a report
"left Delhi for Nairobi on Friday night … landed in Nairobi on Saturday morning".  That is one
journey, and the delegation is abroad from the day it lands: the departure is left out, so the
first stop does not begin on the day of leaving India.  The departure must name a place at home
(a move within the visit, "शाम की उड़ान से मेंडोज़ा के लिए रवाना हुआ", is the day of the move even
when a headline later says "मेंडोज़ा पहुंचीं"), and the arrival must follow within two days with no
other journey dated between.
"""

from __future__ import annotations

import datetime as dt

from planner.core.article.candidate import Candidate
from planner.core.article.gazetteer import Gazetteer
from planner.core.model import Kind

#: the longest a journey takes from leaving to landing (an overnight flight across the date line)
_LONGEST = dt.timedelta(days=2)


def _moves(merged: list[Candidate]) -> list[Candidate]:
    return [c for c in merged if c.kind == Kind.TRAVEL and c.date is not None]


def _from_home(c: Candidate, gaz: Gazetteer) -> bool:
    """The journey's sentence names a place at home before the place it goes to."""
    return any(
        m.entity.kind in ("city", "country")
        and m.start < c.anchor
        and (gaz.country(m.entity.country) or m.entity).home
        for m in gaz.find(c.sentence.text)
    )


def told_twice(merged: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """``merged`` without each departure from home for a city whose arrival there follows within
    two days."""
    moves = _moves(merged)
    dropped = set()
    for c in moves:
        if not c.title.startswith("Departure for ") or c.city is None or c.date is None:
            continue
        if not _from_home(c, gaz):
            continue
        start = c.date
        landings = [
            o
            for o in moves
            if o.title.startswith("Arrival in ")
            and o.city is not None
            and o.city.name == c.city.name
            and o.date is not None
            and start < o.date <= start + _LONGEST
        ]
        if not landings:
            continue
        land = min(o.date for o in landings if o.date is not None)
        between = [o for o in moves if o is not c and o.date is not None and start < o.date < land]
        if not between:
            dropped.add(id(c))
    return [c for c in merged if id(c) not in dropped] if dropped else merged


__all__ = ["told_twice"]
