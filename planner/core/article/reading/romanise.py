"""Latin spellings of names written in Devanagari: the spelling an English newspaper would use."""

from __future__ import annotations

import functools
import re
import unicodedata

_UP, _LOW = "A-Z\u00c0-\u00d6\u00d8-\u00de", "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f"
_LATIN_RUN = re.compile(rf"[{_UP}][{_LOW}]+(?:[ -][{_UP}][{_LOW}]+){{0,4}}")


def _fold_iast(iast: str) -> str:
    s = unicodedata.normalize("NFC", iast.lower())
    s = re.sub(r"[ṃṁ]|m̐", "ṃ", s)
    s = re.sub(r"ṃ(?=[pbm])", "m", s)
    s = re.sub(r"ṃ(?=h)", "ng", s).replace("ṃ", "n")  # सिंह → Singh
    s = s.replace("jñ", "gy").replace("ch", "\x01").replace("c", "ch").replace("\x01", "chh")
    for a, b in (
        ("ś", "sh"),
        ("ṣ", "sh"),
        ("ṭ", "t"),
        ("ḍ", "d"),
        ("ṇ", "n"),
        ("ṅ", "n"),
        ("ñ", "n"),
        ("ḥ", "h"),
        ("ṛ", "ri"),
        ("ā", "a"),
        ("ī", "i"),
        ("ū", "u"),
        ("ē", "e"),
        ("ō", "o"),
    ):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))


_MATRAS = frozenset([chr(c) for c in range(0x093E, 0x094D)] + ["\u0962", "\u0963"])
_MARKS = frozenset("\u0901\u0902\u0903")
_SONORANTS = frozenset("रलनमणङञ")
_SEMIVOWELS = frozenset("यरलव")
VIRAMA = "\u094d"


def _is_consonant(ch: str) -> bool:
    return "\u0915" <= ch <= "\u0939" or "\u0958" <= ch <= "\u095f"


def _units(word: str) -> list[list[str]]:
    """Aksharas as ``[text, kind]``: ``C`` consonant with its inherent vowel, ``CV`` with a vowel
    sign or a nasal mark, ``C_`` half (virama), ``V`` anything else."""
    units: list[list[str]] = []
    i = 0
    while i < len(word):
        j = i + 1
        kind = "V"
        if _is_consonant(word[i]):
            kind = "C"
            if j < len(word) and word[j] == "\u093c":
                j += 1
            if j < len(word) and word[j] == VIRAMA:
                j, kind = j + 1, "C_"
            elif j < len(word) and word[j] in _MATRAS:
                j, kind = j + 1, "CV"
        while j < len(word) and word[j] in _MARKS:
            j += 1
            kind = "CV" if kind == "C" else kind
        units.append([word[i:j], kind])
        i = j
    return units


def _syncopate(units: list[list[str]]) -> set[int]:
    """Hindi drops the inherent vowel at the end of a word and between VC_CV (भजनलाल → Bhajanlal).

    Marks those units ``C_`` and returns their indexes.  A final vowel stays after a cluster that
    is hard to say without it (मिश्र → Mishra, अनिंद्य → Anindya, गुप्त → Gupta, but हर्ष → Harsh).
    """
    dropped: set[int] = set()
    last = len(units) - 1
    for k in range(last, 0, -1):
        text, kind = units[k]
        if kind != "C":
            continue
        prev = units[k - 1][1]
        if k == last:
            if prev == "C_":
                start = k - 1
                while start > 0 and units[start - 1][1] == "C_":
                    start -= 1
                if units[start][0][0] not in _SONORANTS or text[0] in _SEMIVOWELS:
                    continue
            units[k] = [text + VIRAMA, "C_"]
            dropped.add(k)
            continue
        nxt = units[k + 1][1]
        if prev in ("C", "CV", "V") and nxt in ("C", "CV"):
            units[k] = [text + VIRAMA, "C_"]
            dropped.add(k)
    return dropped


#: the words of Arabic names that English papers spell one way, whatever the Devanagari says
_ARABIC = {
    "शेख": "Sheikh",
    "शेख़": "Sheikh",
    "शेखा": "Sheikha",
    "बिन": "bin",
    "बिंत": "bint",
    "बिन्त": "bint",
    "इब्न": "ibn",
    "अल": "Al",
}


#: the English letters as their names are written in Devanagari: what an initial before a full stop
#: stands for ("के.के. बिश्नोई" is K.K. Bishnoi, "एस. पी. गोयल" S. P. Goyal)
_LETTER_NAMES = {
    "ए": "A",
    "बी": "B",
    "सी": "C",
    "डी": "D",
    "ई": "E",
    "एफ": "F",
    "जी": "G",
    "एच": "H",
    "आई": "I",
    "जे": "J",
    "के": "K",
    "एल": "L",
    "एम": "M",
    "एन": "N",
    "ओ": "O",
    "पी": "P",
    "क्यू": "Q",
    "आर": "R",
    "एस": "S",
    "टी": "T",
    "यू": "U",
    "वी": "V",
    "डब्ल्यू": "W",
    "एक्स": "X",
    "वाई": "Y",
    "जेड": "Z",
}


#: the longest letter name first, so that "एनएसडब्ल्यू" reads N, S, W and not E, …
_LETTER_NAME = re.compile("|".join(sorted(map(re.escape, _LETTER_NAMES), key=len, reverse=True)))


def letters(word: str) -> str | None:
    """The Latin acronym a Devanagari word spells by its letters' names (``एनएसडब्ल्यू`` → ``NSW``,
    ``बीओआई`` → ``BOI``), or ``None`` when it is not all letter names; nukta ignored."""
    word = word.replace("\u093c", "")
    spelled = [m.group() for m in _LETTER_NAME.finditer(word)]
    if "".join(spelled) != word or len(spelled) < 2:
        return None
    return "".join(_LETTER_NAMES[n] for n in spelled)


@functools.lru_cache(maxsize=1024)
def romanise(native: str, *, country: str | None = None) -> str:
    """The Latin spelling an English newspaper would use: ``नाकाजो काज़ुया`` → ``Nakajo Kazuya``."""
    from planner.core.article.reading.iast import iast

    words = []
    for word in native.split():
        letters = [_LETTER_NAMES.get(p) for p in word.split(".")[:-1]] if word.endswith(".") else [None]
        if all(letters):  # "के.के." → "K.K.", "डी." → "D.": initials, read as the letters they name
            words.append("".join(f"{letter}." for letter in letters))
            continue
        if word in _ARABIC:
            words.append(_ARABIC[word])
            continue
        if "-" in word.strip("-"):  # जंग-क्वान: each part on its own
            parts_ = [romanise(p, country=country) for p in word.split("-") if p]
            words.append("-".join(parts_))
            continue
        units = _units(word.replace("\u0949", "\u094b").replace("\u0911", "\u0913"))  # ॉ, ऑ: o (Bob, Oxford)
        dropped = _syncopate(units)
        parts = []
        for k, (text, _) in enumerate(units):
            part = iast(text)
            if text[0] == "व" and k > 0 and units[k - 1][1] == "C_" and k - 1 not in dropped:
                part = "w" + part[1:]  # स्व → sw, द्व → dw
            elif text[0] == "व" and k - 1 in dropped and part[1:2] not in ("i", "ī", "e"):
                part = "w" + part[1:]  # भगवंत → Bhagwant, जसवंत → Jaswant (but फडणवीस → Fadnavis)
            if text[0] == "फ" and part.startswith("ph"):
                part = "f" + part[2:]  # यूसुफ → Yusuf, फडणवीस → Fadnavis: the newspapers' f
            parts.append(part)
        roman = _fold_iast("".join(parts))
        if word.endswith("ाय") and roman.endswith("ay"):
            roman = roman[:-2] + "ai"  # साय → Sai, राय → Rai
        if country in ("JP", "KR"):
            roman = roman.replace("v", "w")
        words.append("-".join(part[:1].upper() + part[1:] for part in roman.split("-")))
    return " ".join(words)


def skeleton(text: str) -> str:
    """A name's consonant outline, the same for the usual Latin spellings (``Reddy`` = ``Reddi``)."""
    s = text.lower().replace(" ", "").replace("-", "")
    for a, b in (("sh", "s"), ("ch", "c"), ("ph", "f"), ("w", "v"), ("z", "j"), ("ee", "i"), ("oo", "u")):
        s = s.replace(a, b)
    if not s:
        return s
    rest = re.sub(r"[aeiouhy]", "", s[1:])
    return re.sub(r"(.)\1+", r"\1", s[0] + rest)


def latin_form(roman: str, text: str) -> str | None:
    """A Latin spelling of the same name written in the article itself (it wins over ours)."""
    target = skeleton(roman)
    if len(target) < 3:
        return None
    return _latin_names(text).get(target)


@functools.lru_cache(maxsize=4)
def _latin_names(text: str) -> dict[str, str]:
    """Every run of capitalised Latin words in a text (and its parts), by skeleton, first one first:
    built once per article, so looking up a name does not read the whole text again."""
    found: dict[str, str] = {}
    for run in _LATIN_RUN.finditer(text):
        words = re.split(r"(?<=[a-z])[ ](?=[A-Z])", run.group())
        for size in range(1, len(words) + 1):
            for i in range(len(words) - size + 1):
                candidate = " ".join(words[i : i + size])
                found.setdefault(skeleton(candidate), candidate)
    return found


__all__ = ["latin_form", "letters", "romanise", "skeleton"]
