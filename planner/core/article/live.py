"""Live blogs: entries headed by the time they were posted (``2:20 PM IST:``, ``Aug 24, 11:05 IST:``).

A stamp says when the entry went up, in Indian time, not when what it tells happened: the entry
takes its day from the stamp's own date, else from the date heading above it (``October 14``),
else from the page's publication date; the stamp's clock time is never an engagement's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from planner.core.article.text import Sentence

#: at the start of a line: an optional date, a clock time, "IST", then ":", "|" or a dash
_STAMP = re.compile(
    r"\s*(?:[•*·]\s*)?(?:(?P<date>[^\W\d_]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_]{3,9}\.?),?\s+)?"
    r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:hrs\s+)?IST\s*(?:[:|]|[-–—]\s)"
)


def stamp(text: str) -> re.Match[str] | None:
    """The posting stamp opening a line of ``text``, if there is one."""
    return _STAMP.match(text)


def is_live_blog(sentences: Sequence[Sentence]) -> bool:
    """Two or more lines open with a posting stamp in Indian time."""
    lines: set[int] = set()
    for s in sentences:
        if s.line not in lines and _STAMP.match(s.text):
            lines.add(s.line)
    return len(lines) >= 2


__all__ = ["is_live_blog", "stamp"]
