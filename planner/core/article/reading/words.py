"""Common English and Hindi words (wordfreq, in ``resources/common_words.txt``): never a name alone."""

from __future__ import annotations

import functools

#: Hindi function words (postpositions, conjunctions, pronouns, "before"/"after"): never part of a
#: person's or a body's name; :mod:`names` and :mod:`orgs` add what else each stops at
HINDI_FUNCTION_WORDS = frozenset(
    [
        "के",
        "का",
        "की",
        "को",
        "से",
        "ने",
        "में",
        "पर",
        "और",
        "एवं",
        "तथा",
        "भी",
        "वे",
        "वह",
        "यह",
        "इस",
        "उस",
        "साथ",
        "सहित",
        "द्वारा",
        "बाद",
        "पहले",
        "जहां",
        "जहाँ",
    ]
)
#: Hindi words that never open a body's name: the function words, the delegation's titles, and
#: what opens a clause before a name ("इसके बाद अयाला कॉर्पोरेशन", "फिर मसान ग्रुप", "जिसमें डेटा सेंटर")
HINDI_STOP = HINDI_FUNCTION_WORDS | frozenset(
    [
        "मुख्यमंत्री",
        "मंत्री",
        "फिर",
        "इसके",
        "उसके",
        "इसी",
        "उसी",
        "जिसमें",
        "जिसके",
        "जिसकी",
        "जिनमें",
        "जिनके",
    ]
)


def is_common_word(word: str) -> bool:
    """Whether one word is common in English or Hindi text (``California``, ``स्थानीय``, ``Roundtable``)."""
    return word.casefold().strip(".'’") in _words()


@functools.cache
def _words() -> frozenset[str]:
    """Read once, on the first one-word name checked; built by ``tools/build_common_words.py``."""
    from planner.paths import resource_path

    text = resource_path("common_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


__all__ = ["HINDI_STOP", "is_common_word"]
