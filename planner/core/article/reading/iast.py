"""Devanagari → IAST, as ``indic_transliteration.sanscript.transliterate(text, DEVANAGARI, IAST)``.

That package reads the tables of its 88 schemes (TOML) when first imported, 0.1–0.3 s, to use
two of them; ``tools/build_gazetteer.py`` writes the Devanagari → IAST table it makes
(``resources/gazetteer/generated/iast.json``, MIT licence, © Sanskrit coders) and this module
applies it the same way: the longest run of letters the table knows, an ``a`` after a consonant
that no vowel sign or virama follows.  ``tests/core/article/test_iast.py`` compares the two.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from planner.core.article.errors import GazetteerError


@dataclass(frozen=True)
class Table:
    """The Devanagari → IAST map (``indic_transliteration``'s ``SchemeMap``) split as it applies it."""

    marks: dict[str, str]  # vowel signs
    virama: dict[str, str]
    letters: dict[str, str]  # everything else it knows: vowels, consonants, signs, digits
    consonants: frozenset[str]
    longest: int  # characters in the longest key of the Devanagari scheme
    accent: re.Pattern[str] | None  # a nasal or visarga sign before an accent: swapped


@functools.cache
def table() -> Table:
    """The shipped table, read once."""
    from planner.paths import resource_path

    path = resource_path("gazetteer", "generated", "iast.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        accents, nasals = data["accents"], data["nasals"]
        accent = None
        if accents:
            accent = re.compile(
                f"([{''.join(map(re.escape, nasals))}])([{''.join(map(re.escape, accents))}])"
            )
        return Table(
            data["marks"],
            data["virama"],
            data["letters"],
            frozenset(data["consonants"]),
            data["longest"],
            accent,
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GazetteerError(f"{path}: cannot read ({exc}); run python -m tools.build_gazetteer") from None


def iast(text: str) -> str:
    """``पोहांग`` → ``pohāṃga``: the same string ``sanscript.transliterate`` gives."""
    t = table()
    if t.accent is not None:
        text = t.accent.sub(r"\2\1", text)
    out: list[str] = []
    consonant = False  # the last letter was a consonant with no vowel sign yet
    i, n = 0, len(text)
    while i < n:
        size = min(t.longest, n - i)
        while size > 1 and text[i : i + size] not in t.letters:
            size -= 1
        token = text[i : i + size]
        if size == 1 and token in t.marks:
            out.append(t.marks[token])
        elif size == 1 and token in t.virama:
            out.append(t.virama[token])
        else:
            if consonant:
                out.append("a")
            out.append(t.letters.get(token, token))
        consonant = token in t.consonants
        i += size
    if consonant:  # (sanscript ends a final consonant with its virama's letters, then "a")
        out.append(next(iter(t.virama.values()), "") + "a")
    return "".join(out)
