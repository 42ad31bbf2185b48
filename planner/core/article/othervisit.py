"""Clauses about another visit than the one reported: its dates are not this visit's.

A report often recalls the last trip (``his second since his trip to Copenhagen from 12 to 15 May
2025``, ``मंत्री की पिछली थाईलैंड यात्रा 10 मार्च 2025 को हुई थी``) or puts something off to the
next one (``will have to wait for his next visit``, ``अगली यात्रा में होगी``, ``left for a future
visit``).  The dates of such a clause give neither the year nor a day of this visit, and an
engagement told there does not take the day of the paragraph it stands in.
"""

from __future__ import annotations

import re

from planner.core.article.text import clauses

_TRIP_EN = r"(?:visit|trip|tour|mission)s?"
_OTHER = re.compile(
    # "his next visit", "a later trip", "the previous tour", "her last visit to Denmark"
    rf"(?i:\b(?:next|later|future|subsequent|previous|earlier|last|another|prior)\s+(?:[\w-]+\s+)?{_TRIP_EN}\b"
    # "since his trip to Copenhagen", "during her 2024 visit"
    rf"|\bsince\s+(?:his|her|their|the|its)\s+(?:[\w-]+\s+)?{_TRIP_EN}\b"
    rf"|\b(?:his|her|their|its)\s+(?:19|20)\d\d\s+{_TRIP_EN}\b)"
    # "पिछली थाईलैंड यात्रा", "अगली यात्रा में", "अगले दौरे पर", "पूर्व यात्रा"
    r"|(?<![\u0900-\u097F])(?:पिछली|अगली|पिछले|अगले|पिछला|अगला|पूर्व|आगामी\s+किसी)\s+"
    r"(?:[\u0900-\u097F]+\s+)?(?:यात्रा|दौरे|दौरा|दौरों)(?![\u0900-\u097F])"
)


def other_visit_spans(text: str) -> list[tuple[int, int]]:
    """The clauses of a sentence that speak of another visit."""
    found = [m.start() for m in _OTHER.finditer(text)]
    if not found:
        return []
    return [(a, b) for a, b in clauses(text) if any(a <= pos < b for pos in found)]


def about_other_visit(text: str, pos: int | None = None) -> bool:
    """Whether the sentence (or, given ``pos``, the clause holding it) speaks of another visit."""
    spans = other_visit_spans(text)
    if pos is None:
        return bool(spans)
    return any(a <= pos < b for a, b in spans)


__all__ = ["about_other_visit", "other_visit_spans"]
