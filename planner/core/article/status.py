"""How firm an engagement is, and whether the text speaks of it as past or ahead."""

from __future__ import annotations

import re

from planner.core.model import Status

_CANCELLED = re.compile(
    r"रद्द|निरस्त|(?i:\b(?:cancel(?:l?ed|s)?|called\s+off|dropped|scrapped|will\s+not\s+(?:take\s+place|happen))\b)"
)
_POSTPONED = re.compile(
    r"स्थगित|टल\s+(?:गई|गया|गए|सकती|सकता)|टाल\s+(?:दी|दिया|दिए)|आगे\s+बढ़ा\s+दी"
    r"|(?i:\b(?:postponed|deferred|put\s+off|rescheduled|pushed\s+back)\b)"
)
_PROPOSED = re.compile(
    r"प्रस्तावित|संभावित|संभावना|तय\s+नहीं|(?i:\b(?:proposed|likely|tentative(?:ly)?|may|might|expected\s+to|yet\s+to\s+be\s+(?:confirmed|finalised|finalized|decided))\b)"
)
_FUTURE = re.compile(
    r"ेंगे|ेंगी|ेगा|ेगी|होगी|होगा|होंगे|होंगी|करेंगे|जाएंगे|प्रस्तावित|(?<![\u0900-\u0963\u0966-\u097F])कल\s+.*ेंगे"
    r"|(?i:\b(?:will|shall|is\s+scheduled|are\s+scheduled|is\s+set\s+to|are\s+set\s+to|is\s+due|are\s+due"
    r"|is\s+to|are\s+to|plans?\s+to|is\s+expected|are\s+expected|upcoming)\b)"
)
_PAST = re.compile(
    r"(?<![\u0900-\u0963\u0966-\u097F])(?:ने|किया|किए|हुई|हुआ|हुए|थी|था|थे|लिया|दिया|पहुंचे|पहुँचे)(?![\u0900-\u0963\u0966-\u097F])"
    r"|(?<![\u0900-\u0963\u0966-\u097F])(?:की|दी|गई|गए)(?=\s*(?:।|$|,|\.|\s+थी|\s+थे))"
    r"|(?i:\b(?:met|held|visited|signed|was|were|had|addressed|called\s+on|toured|inspected|arrived|reached"
    r"|landed|flew|left|discussed|inaugurated|attended|interacted)\b)"
)


def tense(clause: str) -> str:
    """``future``, ``past`` or ``unknown`` from the verbs of a clause."""
    future = len(_FUTURE.findall(clause))
    past = len(_PAST.findall(clause))
    if future > past:
        return "future"
    if past > future:
        return "past"
    return "unknown"


def status_of(clause: str) -> Status:
    """Cancelled, postponed or proposed from the wording, else confirmed (a past meeting is confirmed)."""
    if _CANCELLED.search(clause):
        return Status.CANCELLED
    if _POSTPONED.search(clause):
        return Status.POSTPONED
    if _PROPOSED.search(clause) and tense(clause) != "past":
        return Status.PROPOSED
    return Status.CONFIRMED
