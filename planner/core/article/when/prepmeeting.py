"""A meeting held at home to prepare the visit: its date is not a day of the visit, nor the meeting one of
its engagements.

A department's minutes or record note opens with its own meeting (``MINUTES of the preparatory meeting
held on 1 March 2027 … to review the programme of the Gujarat delegation to Bermuda``, ``RECORD NOTE of
the review meeting held on 2 February 2027 … to review the arrangements for the delegation's visit to
Ghana``), and a news report of the preparations tells of one (``मुख्य सचिव ने 2 मार्च को बैठक कर …
प्रतिनिधिमंडल के पुर्तगाल दौरे की तैयारियों की समीक्षा की``, ``daure ki taiyariyon ki samiksha``, read in
Devanagari).  Such a sentence names a meeting about the visit's programme, preparations or arrangements,
not a meeting of the visit; ``prepares_visit`` finds it.
"""

from __future__ import annotations

import re

from planner.core.article.candidate import Candidate
from planner.core.model import Kind

_H = r"\u0900-\u0963\u0966-\u097F"
_TRIP_EN = r"(?:visit|tour|trip|mission|delegation)"
_PREP_EN = re.compile(
    # "the preparatory meeting held on …", "a review meeting … to review the arrangements for the visit"
    r"(?i:\b(?:preparatory|review|preparation|planning|co-?ordination)\s+meeting\b"
    r"[^.;]{0,200}?\b(?:programme|program|preparations?|arrangements?|itinerary)\s+(?:of|for)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?{_TRIP_EN}"
    # "a meeting … to review the preparations for the visit"
    r"|\bmeeting\b[^.;]{0,120}?\bto\s+(?:review|prepare|finali[sz]e)\s+(?:the\s+)?"
    rf"(?:programme|program|preparations?|arrangements?|itinerary)\s+(?:of|for)\s+(?:[\w'’-]+\s+){{0,4}}?{_TRIP_EN})"
)
#: "दौरे की तैयारियों की समीक्षा", "यात्रा की तैयारी को लेकर बैठक", "दौरे के कार्यक्रम की समीक्षा"
_PREP_HI = re.compile(
    rf"(?<![{_H}])(?:दौरे|यात्रा|प्रवास)\s+(?:की|के)\s+(?:तैयारियों|तैयारी|कार्यक्रम|व्यवस्थाओं)\s+"
    rf"(?:की\s+समीक्षा|को\s+लेकर|पर)(?![{_H}])"
)


def prepares_visit(text: str) -> bool:
    """Whether the sentence tells of a meeting that prepares or reviews the visit: ``the preparatory
    meeting held on 1 March 2027 … to review the programme of the delegation``, ``बैठक कर … दौरे की
    तैयारियों की समीक्षा की``."""
    return bool(_PREP_EN.search(text) or _PREP_HI.search(text))


def drop_preparatory(found: list[Candidate], text: str) -> list[Candidate]:
    """The candidates of a sentence without the meeting that prepares the visit: a meeting with no one
    and no body named, where the sentence tells of such a meeting (a headline's ``… की समीक्षा, मंत्री 9
    मार्च को लिस्बन पहुंचेंगे`` keeps its arrival)."""
    if not found or not prepares_visit(text):
        return found
    return [c for c in found if not (c.kind == Kind.MEETING and c.org is None and not c.people)]


__all__ = ["drop_preparatory", "prepares_visit"]
