"""Common English and Hindi words (wordfreq, in ``resources/common_words.txt``): never a name alone."""

from __future__ import annotations

import functools


def is_common_word(word: str) -> bool:
    """Whether one word is common in English or Hindi text (``California``, ``स्थानीय``, ``Roundtable``)."""
    return word.casefold().strip(".'’") in _words()


@functools.cache
def _words() -> frozenset[str]:
    """Read once, on the first one-word name checked; built by ``tools/build_common_words.py``."""
    from planner.paths import resource_path

    text = resource_path("common_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


__all__ = ["is_common_word"]
