"""Builds ``resources/common_words.txt``: the common English and Hindi words that are never a name alone.

From ``wordfreq`` (its data: CC-BY-SA 4.0, Robyn Speer and contributors): every word of at least
``MIN_ZIPF`` on the Zipf scale (3.0 is about once per million words) in English and in Hindi,
letters (and Devanagari vowel signs) only, one a line, sorted.  The article parser reads this
file (read once, only when a one-word name is checked) instead of loading wordfreq (1.7 s) at
run time.
Regenerate after upgrading wordfreq:

    pip install wordfreq && python tools/build_common_words.py
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import wordfreq

MIN_ZIPF = 3.0
LANGUAGES = ("en", "hi")
TARGET = Path(__file__).resolve().parent.parent / "resources" / "common_words.txt"


def build() -> list[str]:
    words: set[str] = set()
    for language in LANGUAGES:
        for word in wordfreq.iter_wordlist(language):
            if wordfreq.zipf_frequency(word, language) < MIN_ZIPF:
                break
            if all(unicodedata.category(ch)[0] in "LM" for ch in word):  # letters and vowel signs
                words.add(word)
    return sorted(words)


def main() -> int:
    words = build()
    header = f"# wordfreq {wordfreq.__version__ if hasattr(wordfreq, '__version__') else ''}".rstrip()
    header += (
        f": {', '.join(LANGUAGES)}, Zipf >= {MIN_ZIPF}; CC-BY-SA 4.0; built by tools/build_common_words.py\n"
    )
    TARGET.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(words)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
