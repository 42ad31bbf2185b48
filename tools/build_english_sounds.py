"""Builds ``resources/gazetteer/generated/english_sounds.tsv``: common English words by their sound's key.

From ``wordfreq`` (its data: CC-BY-SA 4.0, Robyn Speer and contributors; the ``tools`` extra):
every English word of three letters or more, of letters only, at least ``MIN_ZIPF`` on the Zipf
scale (as ``resources/common_words.txt``), grouped by the key
:func:`planner.core.article.reading.anglicise.key` gives its sound, one key a line
(``key<TAB>word:sound word:sound…``), the words most frequent first, so that of two words that
sound alike (``city``, ``citi``) the commoner wins; and, under the key ``=hi``, Hindi's everyday
words (Zipf ≥ ``EVERYDAY``), which are never read as English (``दिन`` is no "Dean").  The article
parser looks a Devanagari word's key up there (:mod:`~planner.core.article.reading.anglicise`) instead of
loading wordfreq at run time.
Regenerate after upgrading wordfreq or changing the sound rules:

    pip install -e '.[tools]'
    python -m tools.build_english_sounds           # writes the table
    python -m tools.build_english_sounds --check   # exits 1 when the shipped table differs
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from planner.core.article.reading.anglicise import EVERYDAY_KEY, english_sound, key

MIN_ZIPF = 3.0
#: Hindi words this frequent are everyday Hindi, never an English word spelled in Devanagari
EVERYDAY = 5.5
ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "gazetteer" / "generated" / "english_sounds.tsv"


def build() -> str:
    import wordfreq

    groups: dict[str, list[str]] = {}
    for word in wordfreq.iter_wordlist("en"):  # most frequent first
        if wordfreq.zipf_frequency(word, "en") < MIN_ZIPF:
            break
        if len(word) >= 3 and word.isascii() and word.isalpha():
            sound = english_sound(word)
            groups.setdefault(key(sound), []).append(f"{word}:{sound}")
    everyday = []
    for word in wordfreq.iter_wordlist("hi"):
        if wordfreq.zipf_frequency(word, "hi") < EVERYDAY:
            break
        if all("\u0900" <= ch <= "\u097f" for ch in word):
            everyday.append(word)
    groups[EVERYDAY_KEY] = everyday
    header = (
        "# key<TAB>English word:its sound, most frequent first; "
        f"wordfreq en, Zipf >= {MIN_ZIPF}; CC-BY-SA 4.0; built by tools/build_english_sounds.py\n"
    )
    return header + "".join(f"{k}\t{' '.join(words)}\n" for k, words in sorted(groups.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.build_english_sounds", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--check", action="store_true", help="only compare with the shipped table")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print(f"{TARGET}: {'up to date' if same else 'differs: run python -m tools.build_english_sounds'}")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET}: {text.count(chr(10)) - 1} keys")
    return 0


if __name__ == "__main__":
    sys.exit(main())
