"""TEXT values both ways: cleaning before export, unescaping on import, folding names for comparison."""

from __future__ import annotations

import re
import unicodedata

from planner.core.textfile import universal_newlines


def one_line(text: str) -> str:
    """The text with every run of white space (new lines too) made one space."""
    return " ".join(text.split())


def clean_text(text: str) -> str:
    """Text for a TEXT value: new lines kept (icalendar escapes them), other control characters dropped."""
    return "".join(ch for ch in universal_newlines(text) if ch in "\n\t" or unicodedata.category(ch) != "Cc")


def param_text(text: str) -> str:
    """Text for a parameter value: one line, no double quotes (RFC 5545 has no escape for them)."""
    return one_line(clean_text(text)).replace('"', "'")


def fold(text: str) -> str:
    """A name made comparable: white space folded, NFC, case folded."""
    return unicodedata.normalize("NFC", one_line(text)).casefold()


_ESCAPES = {"\\\\": "\\", "\\;": ";", "\\,": ",", "\\n": "\n", "\\N": "\n"}


def unescape_text(raw: str) -> str:
    """RFC 5545 TEXT unescaping (backslash, semicolon, comma, new line) in one left-to-right pass."""
    return re.sub(r"\\[\\;,nN]", lambda m: _ESCAPES[m.group(0)], raw)
