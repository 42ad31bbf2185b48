"""A paragraph keeps its day: an engagement told with no date of its own is on the day its paragraph
last named (``On December the 30th the delegation took the train to Aarhus. There the minister toured
the Port of Aarhus``; ``बीते दिन … बैठक हुई … बैठक के बाद प्रतिनिधिमंडल … रवाना हुआ``).

Only a firm engagement of this visit takes it: one proposed, put off or called off, one told in a
heading, a journey to a country (the route), and one about another visit (``will have to wait for
his next visit``) keep no date, as does anything before the paragraph's first date.  Each day so
taken is said in a warning.
"""

from __future__ import annotations

import datetime as dt

from planner.core.article.extract import Candidate
from planner.core.article.othervisit import about_other_visit
from planner.core.article.stops import day_text
from planner.core.model import Kind, Status


def keep_paragraph_day(cand: Candidate, day: dt.date) -> None:
    """Gives ``cand`` (undated, in a paragraph last dated ``day``) that day, if it is a firm one."""
    if cand.date is not None or cand.date_text or cand.sentence.heading:
        return
    # "वे पहले वियतनाम और फिर इंडोनेशिया जाएंगे": a journey to a country is the route, not a day's leg
    route = cand.kind == Kind.TRAVEL and cand.city is None
    if route or cand.status != Status.CONFIRMED or about_other_visit(cand.sentence.text):
        cand.near_date = day  # a hint only: "set that date if it belongs there"
        return
    cand.date = cand.end_date = day
    cand.notes.append(
        f"“{cand.title}”: no date of its own; taken as {day_text(day)}, the day its paragraph last names"
    )


__all__ = ["keep_paragraph_day"]
