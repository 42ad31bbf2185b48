"""TEXT values both ways: cleaning before export, unescaping on import, folding names for comparison."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from planner.core.textfile import universal_newlines


def one_line(text: str) -> str:
    """The text with every run of white space (new lines too) made one space."""
    return " ".join(text.split())


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode category Cc less tab and new line


def clean_text(text: str) -> str:
    """Text for a TEXT value: new lines kept (escaped when written), other control characters dropped."""
    if text.isprintable():
        return text
    return _CONTROL.sub("", universal_newlines(text))


def param_text(text: str) -> str:
    """Text for a parameter value: one line, no double quotes (RFC 5545 has no escape for them)."""
    return one_line(clean_text(text)).replace('"', "'")


@lru_cache(maxsize=4096)  # an import compares each attendee with every contact so far
def fold(text: str) -> str:
    """A name made comparable: white space folded, NFC, case folded."""
    return unicodedata.normalize("NFC", one_line(text)).casefold()


def unescape_text(raw: str) -> str:
    """RFC 5545 TEXT unescaping (backslash, semicolon, comma, new line), read left to right.

    Splitting at each escaped backslash first leaves pieces in which every backslash starts its own
    escape, so the other escapes can be replaced piece by piece (``\\\\n`` is a backslash and an n)."""
    if "\\" not in raw:
        return raw
    return "\\".join(
        piece.replace("\\;", ";").replace("\\,", ",").replace("\\n", "\n").replace("\\N", "\n")
        for piece in raw.split("\\\\")
    )
