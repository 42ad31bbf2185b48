"""Builds ``resources/roman_hindi.txt``: common Hindi words and their Latin spelling, commonest first.

From ``wordfreq`` (its data: CC-BY-SA 4.0, Robyn Speer and contributors): every Hindi word of at
least ``MIN_ZIPF`` on the Zipf scale, spelled in Latin by the parser's own rules for Devanagari
names (``planner.core.article.who.people.romanise``: IAST through indic-transliteration, the inherent
vowel dropped where Hindi drops it).  ``planner.core.article.reading.roman`` reads it to put the Hindi
words of a report written in Latin letters back into Devanagari.  Regenerate after upgrading
wordfreq:

    pip install wordfreq && python tools/build_roman_hindi.py
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import wordfreq

from planner.core.article.reading.roman import key
from planner.core.article.who.people import romanise

MIN_ZIPF = 3.0
#: a Latin spelling this common in English (``to`` for तो, ``men`` for में) does not mark a text as Hindi
ENGLISH_ZIPF = 4.0
TARGET = Path(__file__).resolve().parent.parent / "resources" / "roman_hindi.txt"


def build() -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for word in wordfreq.iter_wordlist("hi"):
        if wordfreq.zipf_frequency(word, "hi") < MIN_ZIPF:
            break
        if not all("\u0900" <= ch <= "\u097f" for ch in word):
            continue
        word = unicodedata.normalize("NFC", word)
        roman = romanise(word).lower()
        if roman.isascii() and roman.isalpha():
            english = "en" if wordfreq.zipf_frequency(roman, "en") >= ENGLISH_ZIPF else ""
            rows.append((roman, key(roman), word, english))
    return rows


def main() -> int:
    rows = build()
    header = (
        f"# wordfreq: hi, Zipf >= {MIN_ZIPF}, commonest first; Latin spelling, its key, Devanagari, "
        f"'en' when the Latin spelling is also common English (Zipf >= {ENGLISH_ZIPF}), tab-separated; "
        "CC-BY-SA 4.0; built by tools/build_roman_hindi.py\n"
    )
    TARGET.write_text(header + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{TARGET}: {len(rows)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
