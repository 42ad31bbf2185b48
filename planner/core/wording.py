"""Small helpers for messages people read: counted nouns (``1 event``, ``2 events``)."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """``1 engagement``, ``0 engagements``, ``3 people`` (with ``plural`` for irregular nouns)."""
    noun = singular if number == 1 else (plural or singular + "s")
    return f"{number} {noun}"
