"""English words written in Devanagari given back in English: ``इनोवेशन`` → ``Innovation``.

Hindi papers spell a foreign body's English name as it sounds (``इन्वेस्टमेंट एंड ट्रेड एजेंसी``).
Both spellings are brought to one rough sound: the Devanagari through its IAST transliteration
(:mod:`planner.core.article.reading.iast`), the English through a few rules of how English letters sound to
a Hindi ear (``tion`` → ``shan``, ``c`` before ``e``/``i`` → ``s``, ``w`` → ``v``, a silent final ``e``).
The consonants of that sound are the key of a table of common English words
(``resources/gazetteer/generated/english_sounds.tsv``, built by ``tools/build_english_sounds.py``
from wordfreq, most frequent first); among the words of a key the closest sound wins (of equals,
the commoner), and only above :data:`THRESHOLD`: a word that sounds like no English word has none.
"""

from __future__ import annotations

import difflib
import functools
import re

from planner.core.article.reading.iast import iast

#: how alike two sounds must be (``difflib`` ratio) for the Devanagari word to be that English word;
#: sounds of four letters or fewer must be the same
THRESHOLD = 0.8
#: for sounds of six letters or more, whose key (their consonants) already says much
LONG_THRESHOLD = 0.75
#: the small words linking a name's words, which the table would read as other words (``एंड`` is
#: spelled like "end"): no dataset pairs them, four of them
LINK_WORDS = {"एंड": "and", "ऑफ": "of", "ऑफ़": "of", "फॉर": "for", "द": "the"}

_ENGLISH_RULES = [
    (r"[ts]ion", "shan"),
    (r"ph", "f"),
    (r"ck", "k"),
    (r"qu", "kv"),
    (r"x", "ks"),
    (r"c(?=[eiy])", "s"),
    (r"g(?=[eiy])", "j"),
    (r"c", "k"),
    (r"wh|w", "v"),
    (r"ee|ea|ie", "i"),
    (r"oo", "u"),
    (r"oa", "o"),
    (r"ai|ay|a(?=[^aeiou]e$)", "e"),
    (r"i(?=[^aeiou]e$)", "ai"),
    (r"y$|y(?=[^aeiou])", "i"),
    (r"(?<=..[^aeiou])e$", ""),
    (r"z", "j"),
]
_IAST_RULES = [
    (r"aॉ|ऑ", "o"),
    (r"ॅ|ऍ", "e"),
    (r"ai", "e"),
    (r"au", "o"),
    (r"[ṃṅñṇ](?=[pb])", "m"),
    (r"[ṃṅñṇ]", "n"),
    (r"[śṣ]", "sh"),
    (r"ṛ", "ri"),
    (r"ch", "c"),
    (r"c", "ch"),
    (r"ph", "f"),
    (r"([kgtdbjḍṭ])h", r"\1"),
    (r"z", "j"),
]
#: the inherent "a" between a vowel's consonant and a consonant with a vowel
_SCHWA = re.compile(r"(?<=[aeiou][b-df-hj-np-tv-z])a(?=[b-df-hj-np-tv-z][aeiou])")
_PLAIN = str.maketrans("āīūṭḍḥ", "aiutd ")


def _apply(rules: list[tuple[str, str]], text: str) -> str:
    for pattern, repl in rules:
        text = re.sub(pattern, repl, text)
    return text


def english_sound(word: str) -> str:
    """``Innovation`` → ``inovashan``: how the word sounds to a Hindi ear, roughly."""
    return re.sub(r"(.)\1", r"\1", _apply(_ENGLISH_RULES, word.lower()))


def devanagari_sound(word: str) -> str:
    """``इनोवेशन`` → ``inoveshan``: the IAST with its marks dropped and no final inherent ``a``."""
    text = _apply(_IAST_RULES, iast(word)).translate(_PLAIN).replace(" ", "")
    if re.search(r"[\u0915-\u0939\u0958-\u095F]\u093C?$", word) and text.endswith("a"):
        text = text[:-1]
    text = _SCHWA.sub("", text)  # "bijanes" → "bijnes": Hindi does not sound that "a"
    return re.sub(r"(.)\1", r"\1", text)


def key(sound: str) -> str:
    """The consonants of a sound, with ``s``/``j`` one letter (``enterprise`` → ``एंटरप्राइज``) and a
    first vowel as ``a``: the table's key."""
    text = re.sub(r"(?<![sc])h", "", re.sub(r"^y(?=[aeiou])", "", sound))  # "यूनिवर्सिटी": "yu" for "u"
    text = re.sub(r"[jz]", "s", text)
    first = "a" if text[:1] in ("a", "e", "i", "o", "u") else ""
    return first + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", text))


@functools.cache
def _table() -> dict[str, str]:
    """Read once, on the first Devanagari word looked up: key → its words and their sounds
    (``word:sound word:sound``, split when the key is looked up)."""
    from planner.paths import resource_path

    path = resource_path("gazetteer", "generated", "english_sounds.tsv")
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


def _loose(sound: str) -> str:
    return re.sub(r"[jz]", "s", sound)


#: the table's line of Hindi's everyday words (wordfreq Zipf ≥ ``tools.build_english_sounds.EVERYDAY``),
#: never read as English: English loans are rarer (``दिन`` 6.2, ``कल`` 5.6; ``कंपनी`` 5.4, ``पोर्ट`` 4.0)
EVERYDAY_KEY = "=hi"


@functools.cache
def _everyday() -> frozenset[str]:
    return frozenset(_table().get(EVERYDAY_KEY, "").split())


@functools.lru_cache(maxsize=4096)
def english_word(word: str) -> str | None:
    """The English word a Devanagari word spells, capitalised (``इन्वेस्टमेंट`` → ``Investment``); none
    for an everyday Hindi word (``दिन`` sounds like "Dean")."""
    if word in LINK_WORDS:
        return LINK_WORDS[word]
    if not re.fullmatch(r"[\u0900-\u097F]+", word) or word in _everyday():
        return None
    sound = devanagari_sound(word)
    if len(sound) < 3:
        return None
    # a short word must sound the same; a long one may differ a little more ("bijnes", "busines")
    best, score = None, 1.0 if len(sound) <= 4 else THRESHOLD if len(sound) == 5 else LONG_THRESHOLD
    for entry in _table().get(key(sound), "").split():
        candidate, _, candidate_sound = entry.partition(":")
        ratio = difflib.SequenceMatcher(None, _loose(sound), _loose(candidate_sound)).ratio()
        if ratio > score or (ratio == score and best is None):
            best, score = candidate, ratio
    return best.capitalize() if best else None


__all__ = [
    "EVERYDAY_KEY",
    "LONG_THRESHOLD",
    "THRESHOLD",
    "devanagari_sound",
    "english_sound",
    "english_word",
    "key",
]
