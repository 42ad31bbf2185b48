"""Hindi written in the Latin alphabet ("CM ne Tokyo mein Toyota ke adhikariyon se mulakat ki").

Such a report is read by putting its Hindi words back into Devanagari, word by word, so every
Devanagari rule (dates, verbs, offices, places) applies, while the names stay as written:
``mulakat`` → ``मुलाकात``, ``10 November ko`` → ``10 November को``.  The table of words,
``resources/roman_hindi.txt``, is built by ``tools/build_roman_hindi.py`` from wordfreq's Hindi
words, each spelled in Latin by the same rules as Devanagari names (``people.romanise``); a word
matches when both spellings have the same :func:`key` (``rawana`` = ``ravana``, ``mein`` = ``men``).
"""

from __future__ import annotations

import functools
import json
import re

from planner.core.article.reading.words import is_common_word
from planner.core.article.who.names import HONORIFICS

#: a Latin word; one with an accented letter (``Echeverría``, ``Kovačević``) is never Hindi
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_ABBREVIATION = re.compile(r"(?:^|[\s.])[A-Z][a-z]{0,2}\.$")
#: a report is Roman Hindi when this many of its words are Hindi function words (and not English)
MIN_FUNCTION_WORDS = 4
#: a lowercase word between two capitalised ones is Hindi only if this common (``mein``, not ``bin``)
BETWEEN_NAMES_RANK = 100
#: an English word in a Roman Hindi report ("meeting", "visit", "press", "plant") stays English,
#: unless it spells one of this many commonest Hindi words ("mein", "din")
ENGLISH_KEPT_RANK = 300
#: the Hindi words whose presence marks a Latin text as Hindi (के, में, की, से, को, का, ने, …)
FUNCTION_RANK = 40
_FOLDS = (
    ("w", "v"),
    ("q", "k"),
    ("z", "j"),
    ("chh", "ch"),
    ("ph", "f"),  # phir = fir
    ("aa", "a"),
    ("ee", "i"),
    ("oo", "u"),
    ("ei", "e"),
    ("ai", "ay"),
    ("eh", "ah"),  # pehle = pahle, rehna = rahna
)


def key(word: str) -> str:
    """The same for the usual Latin spellings of one Hindi word (``Mulaqat`` = ``mulakat``)."""
    s = word.lower()
    for a, b in _FOLDS:
        s = s.replace(a, b)
    s = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", s)  # aayenge = aenge, liye = lie
    if len(s) > 2:  # mulakat = mulaqaat: the inherent vowel inside a word comes and goes
        s = s[0] + s[1:-1].replace("a", "") + s[-1]
    return re.sub(r"(.)\1+", r"\1", s)


Entry = tuple[str, int, bool, str]  # Devanagari, rank, also common English, Latin spelling


#: an "a" written between a consonant and an "h" the table's spelling joins to it ("dopahar" for
#: "dophar", दोपहर)
_A_BEFORE_H = re.compile(r"(?<=[bcdgjkpt])ah(?=[aeiou])")


#: a word that ends in two consonants (``adhyaksh``, ``sanyukt``, ``rashtr``; ``sh``, ``kh``, … one
#: consonant each): in Devanagari a conjunct, which the table spells with its final a
_CONJUNCT_END = re.compile(r"[bcdfgjklmnpqrstvwyz](?:[bcdgjkpst]h|[bcdfgjklmnpqrstvwyz])$", re.IGNORECASE)


def _lookup(table: dict[str, Entry], word: str) -> Entry | None:
    """The Hindi word spelled ``word``; ``Bharatiya`` also as ``bharatiy`` (a final a often
    written), ``adhyaksh`` also as ``adhyaksha`` (the final a of a conjunct often dropped),
    ``dopahar`` also as ``dophar``."""
    hit = table.get(key(word))
    if hit is None and len(word) > 3 and word.endswith("a"):
        hit = table.get(key(word[:-1]))
    if hit is None and len(word) > 4 and _CONJUNCT_END.search(word) and word.isascii():
        hit = table.get(key(f"{word}a"))
    if hit is None and _A_BEFORE_H.search(word.lower()):
        hit = table.get(key(_A_BEFORE_H.sub("h", word.lower())))
    return hit


@functools.cache
def _table() -> dict[str, Entry]:
    """key -> (Devanagari word, its rank, whether its Latin spelling is common English too)."""
    return _read(None)


@functools.cache
def _function_words() -> dict[str, Entry]:
    """The same for the ``FUNCTION_RANK`` commonest words only: enough to tell Roman Hindi."""
    return _read(FUNCTION_RANK)


def _read(limit: int | None) -> dict[str, Entry]:
    from planner.paths import resource_path

    found: dict[str, Entry] = {}
    with resource_path("roman_hindi.txt").open(encoding="utf-8") as lines:
        rank = 0
        for line in lines:
            if line.startswith("#"):
                continue
            if limit is not None and rank >= limit:
                break
            roman, spelled, native, english = line.rstrip("\n").split("\t")
            found.setdefault(spelled, (native, rank, english == "en", roman))
            rank += 1
    return found


def is_roman_hindi(text: str) -> bool:
    """Latin text with ``MIN_FUNCTION_WORDS`` Hindi function words (of three kinds at least) that
    are not English words too (``ke``, ``ko``, ``hain``, ``tak``; not ``to``, ``men``, ``par``)."""
    if re.search(r"[\u0900-\u097f]", text):
        return False
    table = _function_words()
    seen: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) > 6 or not word.islower():
            continue  # the function words are short: "ke", "mein", "hain", "tak"
        hit = _lookup(table, word)
        if hit is not None and not hit[2]:
            seen.append(hit[0])
            if len(seen) >= MIN_FUNCTION_WORDS and len(set(seen)) >= 3:
                return True
    return False


@functools.cache
def _titles() -> frozenset[str]:
    """The Hindi names of offices and roles in the gazetteer (``मुख्यमंत्री``): a title goes before
    a name, so it is Hindi even when the next word is capitalised (``Mukhyamantri Yogi``)."""
    from planner.paths import resource_path

    found: set[str] = set()
    for name in ("offices.json", "roles_people.json"):
        data = json.loads(resource_path("gazetteer", name).read_text(encoding="utf-8"))
        for entries in data.values():
            if isinstance(entries, list):
                found.update(w for e in entries if isinstance(e, dict) for w in e.get("hi", []))
    return frozenset(found)


#: the most words of a portfolio before a title ("Audyogik Vikas Mantri")
_PORTFOLIO_WORDS = 3


def _opens_title(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether ``words[i]`` is in a run of capitalised words that opens with a title spelled in
    Hindi, its portfolio first (``Udyog Mantri``, ``Pramukh Sachiv``, ``Audyogik Vikas Mantri``):
    every word up to the title spells a Hindi word, and the run starts after a lowercase word or a
    sentence's start (``Harshwardhan Chauhan Udyog Mantri`` is left as written)."""
    table = _table()
    start = i
    while (
        start > 0 and _joined(text, words[start - 1], words[start]) and words[start - 1].group()[:1].isupper()
    ):
        start -= 1
    for t in range(start, min(start + _PORTFOLIO_WORDS + 1, len(words))):
        if t > start and not _joined(text, words[t - 1], words[t]):
            return False
        hit = _lookup(table, words[t].group())
        if hit is None or not words[t].group()[:1].isupper() or not words[t].group().isascii():
            return False
        if hit[0] in _titles():
            return t >= i and t > start  # one title word alone keeps the rule below
    return False


def _honoured(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether ``words[i]`` comes right after an honorific (``Dr.``, ``Ms``): a name's first word."""
    if i == 0:
        return False
    prev = words[i - 1].group()
    gap = text[words[i - 1].end() : words[i].start()]
    return (prev in HONORIFICS or f"{prev}." in HONORIFICS) and gap.strip() in ("", ".")


def _joined(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    return text[a.end() : b.start()] == " "


#: the English words that join the capitalised words of one name ("Board of Investment")
_JOINING = frozenset({"of", "and", "for"})


def _inside_name(text: str, words: list[re.Match[str]], i: int) -> bool:
    """``words[i]`` is lowercase between a joining word that follows a capitalised one and a
    capitalised word (``Bank of the Philippines``, ``Chamber of Commerce of the Republic of Moldova``):
    a word of that name, as the joining word is."""
    if not 2 <= i < len(words) - 1 or words[i - 1].group() not in _JOINING:
        return False
    before, after = words[i - 2].group(), words[i + 1].group()
    return (
        before[:1].isupper()
        and after[:1].isupper()
        and text[words[i - 2].end() : words[i + 1].start()] == f" {words[i - 1].group()} {words[i].group()} "
    )


def _is_hindi(text: str, words: list[re.Match[str]], i: int, hit: Entry) -> bool:
    """Whether the word ``words[i]`` (which spells the Hindi ``hit``) is that Hindi word, not part
    of a name: a name is a run of capitalised words (``Uttar Pradesh``, ``Masayoshi Son``) and may
    hold a rare lowercase word (``Sultan Ahmed bin Sulayem``)."""
    word = words[i].group()
    if word.isupper() and len(word) > 1:
        return False  # CM, UP, MoU
    if not word.isascii() or word in HONORIFICS or f"{word}." in HONORIFICS:
        return False  # "Martín Echeverría"; "Dr." is no डर

    def opens(j: int) -> bool:
        before = text[: words[j].start()].rstrip()
        if before.endswith(".") and _ABBREVIATION.search(before):
            return False  # "Dr. Mohan Yadav", "M.K. Stalin": a name goes on
        return not before or before[-1] in ".:!?\n"

    def capital(j: int) -> bool:
        """A capitalised word next to this one, not capitalised only because it opens a sentence."""
        if not 0 <= j < len(words) or opens(j):
            return False
        a, b = sorted((words[i], words[j]), key=lambda m: m.start())
        near = not text[a.end() : b.start()].strip(" -")  # "Rolls-Royce", "Mercedes-Benz"
        w = words[j].group()
        return near and w[:1].isupper() and not (w.isupper() and len(w) > 1)

    if word.islower():
        if hit[1] >= ENGLISH_KEPT_RANK and is_common_word(word):
            return False  # "meeting", not मीटिंग: the English rules read it as it is
        if _inside_name(text, words, i):
            return False  # "University of the West Indies": "the" is no थे
        return hit[1] < BETWEEN_NAMES_RANK or not (capital(i - 1) and capital(i + 1))
    first = opens(i)
    spelled = (
        word if key(word) == key(hit[3]) else f"{word}a" if key(f"{word}a") == key(hit[3]) else word[:-1]
    )
    if abs(len(spelled) - len(hit[3])) > 1:
        return False  # "Toyota" is not तोता: a capitalised word must be spelled almost alike
    if _opens_title(text, words, i):
        return True  # "Udyog Mantri X", "Audyogik Vikas Mantri X", "Pramukh Sachiv (Udyog) X"
    if _honoured(text, words, i):
        return False  # "Dr. Khalid bin Saif", "Ms. Joana da Costa": a name, though खालिद is Hindi too
    if hit[0] in _titles():
        return not capital(i - 1) or first
    if i >= 2 and words[i - 1].group() in _JOINING:
        gap = text[words[i - 2].end() : words[i].start()]
        if gap == f" {words[i - 1].group()} " and words[i - 2].group()[:1].isupper():
            return False  # "Board of Investment", "Ministry of Health": a name joined by "of"
    if i + 2 < len(words) and words[i + 1].group() in _JOINING and not first:
        gap = text[words[i].end() : words[i + 2].start()]
        if gap == f" {words[i + 1].group()} " and words[i + 2].group()[:1].isupper():
            return False  # "Board of Trade of Angola": the name's first word
    return not (capital(i - 1) and not first) and not capital(i + 1)


def to_devanagari(
    text: str, starts: list[int], ends: list[int], names: list[tuple[int, int]]
) -> tuple[str, list[int], list[int]]:
    """``text`` with its Hindi words in Devanagari, except inside ``names`` (spans of known names);
    each new character keeps the span of the word it replaces (so the sentence still points at
    what the article wrote)."""
    table = _table()
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        word = m.group()
        hit = _lookup(table, word)
        if hit is None or not _is_hindi(text, words, i, hit):
            continue
        if any(a <= m.start() < b for a, b in names) or _month_beside_number(text, m):
            continue
        a, b = m.start(), m.end()
        out.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        out.append(hit[0])
        new_starts.extend([starts[a]] * len(hit[0]))
        new_ends.extend([ends[b - 1]] * len(hit[0]))
        pos = b
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends


def _month_beside_number(text: str, m: re.Match[str]) -> bool:
    """``4 May 2026``, ``May 4``: an English month's name by a number is the month, not ``मै``; a
    weekday's short name before one is the weekday (``Sat 7 ko``, ``Wed 11 ko``), not ``सात`` or ``वेद``; and
    ``Day`` before one is a diary's label of the visit's day (``Day 2 | Guruvaar``), not ``डाई``."""
    from planner.core.article.when.dates import ENGLISH_MONTHS, SHORT_WEEKDAYS

    if m.group() in SHORT_WEEKDAYS or m.group() == "Day":
        return bool(re.match(r"\.?,?\s*-?\s*\d", text[m.end() :]))
    if not any(m.group().casefold() == name.casefold() for name in ENGLISH_MONTHS):
        return False
    return bool(re.search(r"\d[\s,]*$", text[: m.start()]) or re.match(r"[\s,]*\d", text[m.end() :]))


__all__ = ["is_roman_hindi", "key", "to_devanagari"]


def is_hindi_word(word: str) -> bool:
    """``word`` is a Hindi word in Latin letters the table knows and English does not use (``Aaj``,
    ``Sham``, ``Kal``; not ``Port``)."""
    hit = _lookup(_table(), word)
    return hit is not None and not hit[2]
