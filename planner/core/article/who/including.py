"""Counterparts listed after a meeting, by name alone: ``met officials of Invest Lithuania,
including A, B and C``, ``… से मुलाकात की, जिनमें A, B और C शामिल थे``, ``among those present
were A and B``.

The list belongs to the body named last before the word that opens it, in the same sentence, and
only in a sentence that tells of a meeting; every name in it must look like a person's full name
(two or three capitalised words, or two or three Devanagari words not all common), so a list of
companies (``including Tata Steel and Infosys``) gives no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from planner.core.article.gazetteer import Mention
from planner.core.article.who.names import names_after

#: the word that opens a list of those met: English and Hindi
_OPENS = re.compile(
    r"(?:,\s*|\s+)(?:(?i:including|among\s+them|among\s+whom|among\s+those\s+present\s+(?:were|was)))\s+"
    r"|,?\s*जिनमें\s+"
)
#: a meeting told in the sentence
_MEETING = re.compile(
    r"(?i:\b(?:met|meets?|meeting|talks|held\s+discussions|received)\b)|मुलाकात|भेंट|बैठक|वार्ता"
)
#: what closes a Hindi list: "… शामिल थे", "… शामिल थीं", "… शामिल हैं"
_HINDI_CLOSE = re.compile(r"\s+(?:भी\s+)?शामिल\s+(?:थे|थीं|थी|हैं|है)")


def included(
    text: str,
    orgs: list[Mention],
    spans: list[tuple[int, int]],
    full: Callable[[str], bool],
) -> list[tuple[Mention, list[tuple[str, int, int]]]]:
    """Each listed body with the people named after ``including``/``जिनमें``; ``full`` tells a
    full name (Latin or Devanagari)."""
    if not _MEETING.search(text):
        return []
    found = []
    for m in _OPENS.finditer(text):
        body = max((o for o in orgs if o.end <= m.start()), key=lambda o: o.end, default=None)
        if body is None:
            continue
        close = _HINDI_CLOSE.search(text, m.end()) if "जिनमें" in m.group() else None
        if "जिनमें" in m.group() and close is None:
            continue  # "जिनमें …" that is no list of those present
        names = names_after(text[: close.start()] if close else text, m.end(), spans)
        if not names or names[0][1] != m.end() or not all(full(n) for n, _, _ in names):
            continue
        found.append((body, names))
    return found
