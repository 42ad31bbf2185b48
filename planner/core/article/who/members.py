"""Lists of the delegation's members: whoever they name travels with the head.

Two ways a report lists them apart from its narrative:

* a line that opens with a word for the members and a colon: ``Members: Dr. Manjula Rao, Principal
  Secretary (IT); Kiran Shetty, CEO, …``, ``Delegation: …``, ``सदस्य: उद्योग आयुक्त …; … के अध्यक्ष
  X``, ``दल के सदस्य: …``;
* the lines right under a heading that names them, up to the first blank line: ``Members of the
  delegation`` over ``1. Dr. X, Principal Secretary (Industries)`` and ``2. Y, President, Z Forum``;
  ``D. Delegation list`` over ``[x] Bulk Drug Manufacturers Association के President Dr. Ravi
  Prasad``; ``प्रतिनिधिमंडल के सदस्य`` over ``• …``.

A person named there is of the delegation, though the body of their role (an Indian association, a
cluster, a company) is not one the delegation met.  A heading that only names the delegation
(``Delegation``, ``प्रतिनिधिमंडल का कार्यक्रम``) lists no one: it must say members, list or composition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from planner.core.article.reading.text import Sentence

#: the words for the members: "Members", "Members of the delegation", "Delegation list", "Delegation
#: members", "Composition of the delegation", "सदस्य", "सदस्य सूची", "प्रतिनिधिमंडल के सदस्य", "दल में शामिल"
_MEMBERS = (
    r"(?:(?:the\s+)?delegation\s+(?:list|members|composition)|(?:list\s+of\s+(?:the\s+)?)?members"
    r"(?:\s+of\s+the\s+(?:\w+\s+)?delegation)?|composition\s+of\s+the\s+delegation"
    r"|(?:प्रतिनिधिमंडल|शिष्टमंडल|दल)\s+(?:के\s+सदस्य|में\s+शामिल(?:\s+सदस्य)?)|सदस्य(?:\s+सूची)?)"
)
#: what may open a heading or a list's line: "D.", "4.", "(ii)", "•", "#"
_MARK = r"\s*(?:[A-Za-z][.)]|\d+[.)]|\(?[ivx]+[.)]|[•*#–—-])?\s*"
_HEADING = re.compile(rf"{_MARK}(?i:{_MEMBERS})\s*[:：]?\s*")
#: the line opener takes a bare "Delegation:" / "दल:" too: a colon and names after it
_OPENER = re.compile(rf"{_MARK}(?i:{_MEMBERS}|delegation|प्रतिनिधिमंडल|दल)\s*[:：]\s*\S")


def member_sentences(sentences: Sequence[Sentence]) -> set[int]:
    """The indexes of the sentences that list the delegation's members (see the module)."""
    found: set[int] = set()
    under: int | None = None  # the line of the last listed line under a members' heading
    opened: int | None = None  # the line that opened with "Members:"
    for s in sentences:
        if under is not None and s.line in (under, under + 1):
            found.add(s.index)
            under = s.line
            continue
        under = None
        if s.line == opened:
            found.add(s.index)
            continue
        if s.heading and _HEADING.fullmatch(s.text.strip()):
            under = s.line
        elif _OPENER.match(s.text):
            opened = s.line
            found.add(s.index)
    return found


__all__ = ["member_sentences"]
