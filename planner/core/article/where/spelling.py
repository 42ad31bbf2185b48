"""Place names spelt in Devanagari in a way the data does not list: a loose spelling key, then
transliteration and a fuzzy match against the Latin names of places in the article's countries.

Only a word in a place's position is tried (followed by ``में``, ``पहुंचे``, ``जाएंगे``, ``स्थित``,
``शहर``…), and only against cities of a country the article names; each match is marked on its
:class:`Mention` (``how``) so the parser warns about it.

* *variant*: the same letters up to vowel length, halant, anusvara and ``ॉ``/``ो`` (``चांगवोन``
  for GeoNames' ``चांग्वॉन``, ``इंडियानापोलीस`` for ``इंडियानापोलिस``);
* *transliteration*: Devanagari → IAST (``indic-transliteration``'s table, ``iast.py``) → a
  consonant skeleton compared with the skeletons of the Latin names by ``rapidfuzz``
  (``पोहांग`` → ``phng`` = ``Pohang``); the keys of the generated cities' names come with the data
  (``places.idx``, see :func:`keys_of`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Protocol

from planner.core.article.entities import Entity, Mention
from planner.core.article.reading.text import WORD, fold


class Places(Protocol):
    """What spelling needs of the gazetteer: a country's cities with the keys of their names.

    ``spelling_keys`` gives the hand-written cities (as entities) first, then the generated ones
    (as row numbers, made entities by ``base_city`` only when matched), each with
    :func:`keys_of` its names.
    """

    def spelling_keys(self, code: str) -> Iterator[tuple[Entity | int, list[str], list[str]]]: ...

    def base_city(self, row: int) -> Entity: ...


#: how alike two skeletons must be (rapidfuzz ratio, 0–100); below it no match is made
THRESHOLD = 90
MIN_SKELETON = 3
#: how alike the spellings with their vowels must be as well
VOWELLED = 85
_PLACE_AFTER = re.compile(
    r"\s*(?:में|पहु[ंँ]?च|जा(?:एंगे|एँगे|येंगे|एंगी|एगा|एगी)|गए|गईं|रवाना|स्थित|शहर|होते|के\s+लिए|की\s+उड़ान"
    r"|(?:यात्रा|दौर[ाेो])\s+(?:भी\s+)?(?:रद्द|निरस्त|स्थगित|टल|टाल))"  # "लौटोका यात्रा रद्द": a leg called off
)
_LOOSE = str.maketrans(
    {
        "ी": "ि",
        "ू": "ु",
        "ॉ": "ो",
        "ॅ": "े",
        "ै": "े",
        "ौ": "ो",
        "ई": "इ",
        "ऊ": "उ",
        "ऑ": "ओ",
        "ऐ": "ए",
        "्": None,
        "ं": None,
        "ँ": None,
    }
)
_SOUNDS = (
    ("sch", "s"),
    ("ch", "C"),
    ("ph", "f"),
    ("sh", "s"),
    ("th", "t"),
    ("dh", "d"),
    ("kh", "k"),
    ("gh", "g"),
    ("bh", "b"),
    ("jh", "j"),
    ("ck", "k"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
    ("z", "j"),
    ("w", "v"),
    ("y", ""),
    ("h", ""),
)


#: a short a after a vowel and one consonant, before one consonant and a vowel (IAST): not said
_SCHWA = re.compile(r"(?<=[aeiouāīūṛ][bcdfghjklmnpqrstvwyzḍṭṇśṣ])a(?=[bcdfgjklmnpqrstvwyzḍṭṇśṣ][aeiouāīūṛ])")


def loose(name: str) -> str:
    """A Devanagari key that ignores vowel length, halant and nasal marks."""
    return fold(name).translate(_LOOSE)


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _sounds(latin: str, *, iast: bool) -> str:
    """Lower-case ASCII spelt by sound: ``Changwon`` → ``Cangvon``; IAST ``cāṃgavona`` → ``Cangavon``."""
    text = latin.replace("ṃ", "n").replace("ṁ", "n")
    if iast:  # the vowel Hindi leaves unsaid between two sounded ones: विलनियस vilaniyasa → vilniyas
        text = _SCHWA.sub("", text)
    text = _ascii(text)
    if iast:
        text = text.replace("ch", "C").replace("c", "C")  # IAST c is the English ch
        text = text.replace("kj", "ks").replace("kz", "ks")  # क्ज़/क्ज spell a Latin x: अलेक्जेंड्रिया
        if len(text) > 2 and text[-1] == "a" and text[-2] not in "aeiou":
            text = text[:-1]  # the inherent vowel a Hindi word does not say at its end
    else:
        text = re.sub(r"c(?=[eiy])", "s", text)  # Valencia, Nice: a soft c
    text = re.sub(r"[^a-zC]", "", text)
    head = text[:1] if text[:1] == "h" else ""
    text = text[len(head) :]
    for a, b in _SOUNDS:
        text = text.replace(a, b)
    return head + text


def skeleton(latin: str, *, iast: bool = False) -> str:
    """``Pohang`` → ``png``: the first letter, then the consonants as they sound, doubled ones once."""
    text = _sounds(latin, iast=iast)
    if not text:
        return ""
    rest = re.sub(r"[aeiou]", "", text[1:])
    return re.sub(r"(.)\1+", r"\1", text[0] + rest)


def keys_of(names: Iterable[str]) -> tuple[list[str], list[str]]:
    """The loose keys of a city's Devanagari names and the skeletons (3 letters or more) of the others.

    ``tools/build_gazetteer.py`` ships these for the generated cities (``places.idx``).
    """
    looses: list[str] = []
    skeletons: list[str] = []
    for alias in dict.fromkeys(names):  # "Pohang" as name and as ASCII name: once
        if any("\u0900" <= ch <= "\u097f" for ch in alias):
            looses.append(loose(alias))
        else:
            key = skeleton(alias)
            if len(key) >= MIN_SKELETON:
                skeletons.append(key)
    return looses, skeletons


class Spelling:
    """Loose and transliterated lookups over one gazetteer, indexed per country on first use."""

    def __init__(self, gaz: Places) -> None:
        self.gaz = gaz
        self._loose: dict[str, dict[str, list[Entity | int]]] = {}
        self._skeletons: dict[str, dict[str, list[Entity | int]]] = {}
        self._matches: dict[tuple[str, frozenset[str]], tuple[Entity, str] | None] = {}

    def _index(self, code: str) -> None:
        if code in self._loose:
            return
        by_loose: dict[str, list[Entity | int]] = {}
        by_skeleton: dict[str, list[Entity | int]] = {}
        for city, looses, skeletons in self.gaz.spelling_keys(code):
            for key in looses:
                by_loose.setdefault(key, []).append(city)
            for key in skeletons:
                by_skeleton.setdefault(key, []).append(city)
        self._loose[code], self._skeletons[code] = by_loose, by_skeleton

    def _city(self, city: Entity | int) -> Entity:
        return self.gaz.base_city(city) if isinstance(city, int) else city

    def match(self, word: str, regions: frozenset[str]) -> tuple[Entity, str] | None:
        """The city ``word`` names in one of ``regions``, and how it was matched (remembered)."""
        key = (word, regions)
        if key not in self._matches:
            if len(self._matches) > 50_000:
                self._matches.clear()
            self._matches[key] = self._match(word, regions)
        return self._matches[key]

    def _match(self, word: str, regions: frozenset[str]) -> tuple[Entity, str] | None:
        codes = sorted(regions)
        for code in codes:
            self._index(code)
        for code in codes:
            hits = self._loose[code].get(loose(word))
            if hits:
                return self._city(hits[0]), "variant"
        from planner.core.article.reading.iast import iast

        roman = iast(word)
        key, sound = skeleton(roman, iast=True), _sounds(roman, iast=True)
        if len(key) < MIN_SKELETON:
            return None
        from rapidfuzz import fuzz, process

        best: tuple[float, Entity] | None = None
        for code in codes:
            table = self._skeletons[code]
            for got, _, _ in process.extract(
                key, table.keys(), scorer=fuzz.ratio, score_cutoff=THRESHOLD, limit=5
            ):
                for city in map(self._city, table[got]):
                    score = fuzz.ratio(sound, _sounds(city.name, iast=False))
                    if score >= VOWELLED and (
                        best is None or (score, city.population) > (best[0], best[1].population)
                    ):
                        best = (score, city)
        return (best[1], "transliteration") if best else None

    def add_unlisted(self, text: str, found: list[Mention], regions: frozenset[str]) -> list[Mention]:
        """``found`` plus the Devanagari place names in it that the data spells otherwise."""

        taken = [(m.start, m.end) for m in found]
        words = [w for w in WORD.finditer(text) if "\u0900" <= w.group()[0] <= "\u097f"]
        extra: list[Mention] = []
        for k, w in enumerate(words):
            if any(a <= w.start() < b for a, b in taken) or not _PLACE_AFTER.match(text, w.end()):
                continue
            hit, start = self.match(w.group(), regions - {"IN"}), w.start()
            before = words[k - 1] if k else None
            if (
                hit is None
                and before is not None
                and text[before.end() : w.start()] == " "
                and not any(a <= before.start() < b for a, b in taken)
            ):
                # a name of two words ("चियांग माई के लिए"): the pair, unless its first word is taken
                hit, start = self.match(text[before.start() : w.end()], regions - {"IN"}), before.start()
            if hit is not None:
                extra.append(Mention(hit[0], start, w.end(), text[start : w.end()], how=hit[1]))
        return sorted([*found, *extra], key=lambda m: m.start) if extra else found


#: after a country's name in a Hindi sentence: "नामिबिया का दौरा", "बोलिविया में", "मॉरिशस यात्रा"
_COUNTRY_AFTER = re.compile(r"\s*(?:(?:में|से|के|की|का|गए|गया|गई)(?![\u0900-\u097F])|यात्रा|दौर[ाेो]|पहु[ंँ]?च|रवाना)")


def country_table(countries: Iterable[tuple[Entity, Iterable[str]]]) -> dict[str, Entity]:
    """The loose keys (:func:`loose`) of the countries' Devanagari names, each with its country;
    a key two countries share is left out."""
    table: dict[str, Entity] = {}
    shared: set[str] = set()
    for country, names in countries:
        for name in names:
            if not name or not "\u0900" <= name[0] <= "\u097f":
                continue
            key = loose(name)
            if table.setdefault(key, country).country != country.country:
                shared.add(key)
    return {k: c for k, c in table.items() if k not in shared}


def add_countries(text: str, found: list[Mention], table: dict[str, Entity]) -> list[Mention]:
    """``found`` plus the countries named in Devanagari with another vowel length or nasal mark
    than the data's ("नामिबिया" for "नामीबिया", "ब्रुनेई" for "ब्रूनेई"): a word, or two, in a place's
    position, marked ``variant``.  A country is named as a whole word, so no fuzzy match is tried."""
    taken = [(m.start, m.end) for m in found]
    words = [w for w in WORD.finditer(text) if "\u0900" <= w.group()[0] <= "\u097f"]
    extra: list[Mention] = []
    for k, w in enumerate(words):
        if any(a <= w.start() < b for a, b in taken) or not _COUNTRY_AFTER.match(text, w.end()):
            continue
        before = words[k - 1] if k else None
        pair = before is not None and text[before.end() : w.start()] == " "
        for start in ([before.start()] if pair and before else []) + [w.start()]:
            hit = table.get(loose(text[start : w.end()]))
            if hit is not None and not any(a <= start < b for a, b in taken):
                extra.append(Mention(hit, start, w.end(), text[start : w.end()], how="variant"))
                break
    return sorted([*found, *extra], key=lambda m: m.start) if extra else found
