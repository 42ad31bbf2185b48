"""Article text: normalise digits, nukta forms and punctuation, and split it into sentences."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from planner.core.article.reading.roman import is_roman_hindi, to_devanagari

_CHAR_MAP: dict[str, str] = {chr(0x0966 + i): str(i) for i in range(10)}
_CHAR_MAP.update(
    {
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u0965": "\u0964",
        "\uff0e": ".",
    }
)
_DROPPED = frozenset("\u200b\u200c\u200d\u00ad\ufeff\u2060")
NUKTA = "\u093c"
#: letters whose nukta marks an Urdu or Persian sound (क़तर, मुलाक़ात, अफ़सर, ज़िला): read as the plain
#: letter, as most Hindi portals write them; ड़ and ढ़ are letters of their own and keep it
_URDU_NUKTA_BASES = frozenset("\u0915\u0916\u0917\u091c\u092b")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
LATIN = re.compile(r"[A-Za-z]")
#: A word: Latin letters and digits, or Devanagari letters with their vowel signs (not ।).
WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u0900-\u0963\u0966-\u097F]+")

#: a Devanagari initial: one consonant with a vowel sign, or two letters (एस, एम, एन)
_HINDI_INITIAL = re.compile(r"[\u0905-\u0939][\u093e-\u094c\u0902]?|[\u0905-\u0939]{2}")
#: short words that do end sentences written with a full stop
_HINDI_SHORT_WORDS = frozenset(
    [
        "है",
        "हैं",
        "था",
        "थी",
        "थे",
        "की",
        "के",
        "का",
        "को",
        "से",
        "ने",
        "में",
        "पर",
        "भी",
        "तो",
        "ही",
        "हो",
        "गए",
        "गई",
        "गया",
        "दी",
        "दिए",
    ]
)
_ABBREVIATIONS = frozenset(
    [
        "a.m",
        "p.m",
        "am",
        "pm",
        "dr",
        "mr",
        "mrs",
        "ms",
        "st",
        "no",
        "jr",
        "sr",
        "u.s",
        "u.k",
        "d.c",
        "e.g",
        "i.e",
        "co",
        "ltd",
        "inc",
        "vs",
        "approx",
        "gov",
        "govt",
        "sept",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
        "prof",
        "hon",
        "shri",
        "smt",
        "lt",
        "col",
        "gen",
        "capt",
        "sh",
        "tmt",  # Tamil Nadu's Smt.
        "sra",  # Spanish and Portuguese: Sra. (Mrs), Srta. (Miss); French Mme. (the names' HONORIFICS)
        "srta",
        "mme",
        "डॉ",
        "डा",
        "प्रो",
    ]
)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "T.R.B" before the last dot of T.R.B.
_BOUNDARY = re.compile(r"[।?!]+|\.(?=\s|$|\")")


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text`` normalised for analysis, ``source`` exactly as written.

    ``starts``/``ends`` give, for each character of ``text``, the span of the written
    characters it came from in ``original``; :meth:`written` maps a span back.
    """

    index: int
    text: str
    source: str
    line: int
    heading: bool
    original: str = field(default="", compare=False, repr=False)
    starts: tuple[int, ...] = field(default=(), compare=False, repr=False)
    ends: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def written(self, start: int, end: int) -> str:
        """The characters of ``text[start:end]`` exactly as the article writes them."""
        if not self.starts or end <= start:
            return self.text[start:end]
        return self.original[self.starts[start] : self.ends[end - 1]]


def _normalise(text: str) -> tuple[str, list[int], list[int]]:
    """The analysis text and, per character, the span ``[start, end)`` of ``text`` it came from.

    Each base character with its combining marks is put in NFC on its own (so ``ज़`` written
    as one code point or as ``ज`` + nukta reads the same) without losing where it came from;
    the nukta of an Urdu sound is dropped (``मुलाक़ात`` reads as ``मुलाकात``).
    """
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if j - i > 1 or not cluster.isascii():
            cluster = unicodedata.normalize("NFC", cluster)
            if cluster[0] in _URDU_NUKTA_BASES:
                cluster = cluster.replace(NUKTA, "")
        for ch in cluster:
            if ch in _DROPPED:
                continue
            chars.append(_CHAR_MAP.get(ch, ch))
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(chars), starts, ends


def normalise(text: str) -> tuple[str, list[int]]:
    """The text with ASCII digits, plain quotes/dashes/spaces and no invisible joiners.

    Returns it with, for each character, its index in ``text`` (so a span of the
    normalised text can be shown as written).
    """
    norm, starts, _ = _normalise(text)
    return norm, starts


def fold(text: str) -> str:
    """A matching key: case-folded, nukta and chandrabindu ignored, hyphens and spaces as one space."""
    folded = text.casefold().replace(NUKTA, "").replace("\u0901", "\u0902")
    return " ".join(WORD.findall(folded))


def script_of(text: str) -> str:
    """``hi`` when most letters are Devanagari, else ``en``."""
    deva = len(DEVANAGARI.findall(text))
    latin = len(LATIN.findall(text))
    return "hi" if deva >= latin else "en"


def _kicker(lines: list[str]) -> str | None:
    """A prefix such as ``CM Sai Japan visit:`` repeated at the start of several lines."""
    heads = Counter()  # type: Counter[str]
    for line in lines:
        head, sep, _ = line.partition(": ")
        if sep and 0 < len(head) <= 80 and "।" not in head and "." not in head:
            heads[head.strip()] += 1
    best = heads.most_common(1)
    return best[0][0] + ":" if best and best[0][1] >= 2 else None


def is_hindi_initials(word: str) -> bool:
    """Two or more Devanagari initials joined by dots (``के.के``, ``एस.जे``, ``ए.पी.एम``): a dot
    inside the word says each part is an initial, even one that is also a short word (के)."""
    parts = word.split(".")
    return len(parts) >= 2 and all(_HINDI_INITIAL.fullmatch(p) for p in parts)


def _is_boundary(line: str, match: re.Match[str]) -> bool:
    if match.group() != ".":
        return True
    before = line[: match.start()].rsplit(None, 1)
    word = before[-1].casefold().lstrip("(") if before else ""  # "मुख्यमंत्री (डॉ. मोहन यादव)"
    rest = line[match.end() :].lstrip(' "')
    if word in ("a.m", "p.m", "am", "pm") and rest[:1].isupper():
        return True
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or _INITIALS.fullmatch(word):
        return False
    if _HINDI_INITIAL.fullmatch(word) and word not in _HINDI_SHORT_WORDS and DEVANAGARI.match(rest):
        return False  # "डी. श्रीधर बाबू", "ए. रेवंत रेड्डी": an initial, not the end of a sentence
    if is_hindi_initials(word) and DEVANAGARI.match(rest):
        return False  # "के.के. बिश्नोई", "एस.जे. हैदर": initials joined by dots, even short words
    return not rest or not rest[0].islower()


def sentences(text: str, names: Callable[[str], list[tuple[int, int]]] | None = None) -> list[Sentence]:
    """The sentences of an article in order; headings (lines without a full stop) are marked.

    Hindi written in Latin letters ("CM ne Tokyo mein … mulakat ki") is read with its Hindi words
    in Devanagari, except inside the spans ``names`` finds (places, organisations: ``Uttar Pradesh``).
    """
    norm, starts, ends = _normalise(text)
    if is_roman_hindi(norm):
        norm, starts, ends = to_devanagari(norm, starts, ends, names(norm) if names else [])
    result: list[Sentence] = []
    pos = 0
    raw_lines = norm.split("\n")
    kicker = _kicker(raw_lines)
    for line_no, line in enumerate(raw_lines):
        line_start = pos
        pos += len(line) + 1
        start = 0
        if kicker and line.lstrip().startswith(kicker):
            start = line.index(kicker) + len(kicker)
        pieces: list[tuple[int, int]] = []
        for match in _BOUNDARY.finditer(line, start):
            if _is_boundary(line, match):
                pieces.append((start, match.end()))
                start = match.end()
        pieces.append((start, len(line)))
        terminated = bool(_BOUNDARY.search(line.rstrip()[-1:])) if line.strip() else False
        for a, b in pieces:
            while a < b and line[a].isspace():
                a += 1
            while b > a and line[b - 1].isspace():
                b -= 1
            if a >= b or not WORD.search(line[a:b]):
                continue
            lo, hi = line_start + a, line_start + b
            src = text[starts[lo] : ends[hi - 1]]
            heading = not terminated and len(pieces) == 1 and len(line[a:b]) <= 200
            result.append(
                Sentence(
                    len(result),
                    line[a:b],
                    src,
                    line_no + 1,
                    heading,
                    text,
                    tuple(starts[lo:hi]),
                    tuple(ends[lo:hi]),
                )
            )
    return result


_CLAUSE = re.compile(
    r"[,;:](?!\d)|\s(?:जहां|जहाँ|जबकि|लेकिन|वहीं|while|but|where|whereas)\s"
    r"|\sand\s(?=(?:is|are|will|has|have|was|were|would)\s)"
    # "will address the diaspora before the delegation returns home on Friday": the date of another verb
    r"|(?<!day)(?<!days)\s(?:before|after|until)\s(?=(?:the|he|she|they|it|his|her|its|their)\s)"
    # "… visit Škoda Auto at Mladá Boleslav before returning to India on Saturday": a gerund's too
    r"|(?<!day)(?<!days)\s(?:before|after)\s(?=[a-z]+ing\s)"
)
# "on Monday, November 9, for …": the comma after a weekday that a date follows cuts no clause
_WEEKDAY_COMMA = re.compile(
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,(?=\s*(?:[0-3]?\d\b|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+[0-3]?\d\b))"
)


def _bracketed(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end() + 1) for m in _WEEKDAY_COMMA.finditer(text)] + [
        (m.start(), m.end()) for m in re.finditer(r"\([^()]*\)", text)
    ]


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans: cut at commas, semicolons and ``जहां``/``where``, not inside brackets."""
    inside = _bracketed(text)
    cuts = (
        [0]
        + [m.start() for m in _CLAUSE.finditer(text) if not any(a < m.start() < b for a, b in inside)]
        + [len(text)]
    )
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
