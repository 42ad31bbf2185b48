"""Places, organisations, offices and sectors from data files, with a fast n-gram matcher.

Data: the generated GeoNames cities and CLDR countries (``resources/gazetteer/generated/``, see
``basedata``), then every ``*.json`` in ``resources/gazetteer/`` (shipped), then in the user's
``<config>/delegation-planner/gazetteer/`` and in ``$PLANNER_GAZETTEER`` (a folder or a
file).  A later entry with the same key replaces an earlier one (see the README there); a
hand-written entry that replaces a generated one keeps the generated names as well.

Generated places are matched more carefully than hand-written ones: Latin names only as written
(``Split``, not ``split``), and a city only in a country the article names (see :meth:`find`),
unless it has a million people.
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.core.article.entities import Entity, Mention
from planner.core.article.errors import GazetteerError
from planner.core.article.reading.text import WORD, fold
from planner.core.article.where import basedata, namesakes, placeindex
from planner.core.article.where.spelling import add_countries, country_table

SECTIONS = (
    "countries",
    "cities",
    "organisations",
    "offices",
    "roles",
    "states",
    "sectors",
    "portfolios",
    "org_words",
)
__all__ = ["BIG_CITY", "SECTIONS", "Entity", "Gazetteer", "Mention", "data_files", "load"]

_KIND = {
    "countries": "country",
    "cities": "city",
    "organisations": "org",
    "offices": "office",
    "roles": "role",
    "states": "state",
    "sectors": "sector",
    "portfolios": "portfolio",
    "org_words": "org_word",
}
_WORD_LISTS = ("portfolio", "org_word")  # single words looked up by other finders, never matched alone
#: the most words a listed name has ("Federation of Industries of the State of São Paulo": 9)
_MAX_WORDS = 12
BIG_CITY = namesakes.BIG_CITY


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _key(section: str, entry: dict[str, Any]) -> str:
    if section == "countries":
        return str(entry.get("code", "")).upper()
    if section == "cities":
        return f"{entry.get('name', '')}|{entry.get('country', '')}".casefold()
    name = entry.get("title") or entry.get("role") or entry.get("name") or ""
    return str(name).casefold()


def _entity(section: str, e: dict[str, Any]) -> Entity:
    kind = _KIND[section]
    name = str(e.get("title") or e.get("role") or e.get("name") or "")
    if not name:
        raise ValueError("an entry needs a name")
    year = e.get("year")
    return Entity(
        kind=kind,
        name=name,
        country=(str(e["code"]).upper() if kind == "country" else e.get("country")) or None,
        tz=e.get("tz") or None,
        city=e.get("city") or None,
        full_name=str(e.get("full_name", "")),
        type=str(e.get("type", "")),
        year=int(year) if year is not None else None,
        parent=str(e.get("parent", "")),
        rank=int(e.get("rank", 9)),
        multi_zone=bool(e.get("multi_zone", False)),
        home=bool(e.get("home", False)),
        capital=str(e.get("capital", "")),
        population=int(e.get("population", 0)),
        lat=e.get("lat"),
        lon=e.get("lon"),
    )


def _merged(curated: dict[str, Any], generated: basedata.Place) -> dict[str, Any]:
    """A hand-written entry with the generated one's other names and coordinates added."""
    place = generated.entity
    out = {"population": place.population, "lat": place.lat, "lon": place.lon, **curated}
    # Devanagari names and the plain ASCII spelling only: Latin exonyms ("Soul") would match words
    extra = [n for n in generated.names if "\u0900" <= n[0] <= "\u097f" or n == _ascii(place.name)]
    out["aliases"] = list(dict.fromkeys([*curated.get("aliases", []), *extra]))
    return out


def _aliases(entry: dict[str, Any], name: str) -> list[str]:
    names = [name, *entry.get("aliases", []), *entry.get("hi", [])]
    if entry.get("full_name"):
        names.append(entry["full_name"])
    return [str(n) for n in names if str(n).strip()]


def _case_sensitive(alias: str) -> bool:
    """Acronyms (``US``, ``IT``, ``CM``) only match in capitals, so "us" and "it" stay words."""
    if alias.isascii() and not alias.isupper():  # a small letter, or no letter at all
        return False
    if alias and "\u0900" <= alias[0] <= "\u097f" and alias[0].isalpha():  # a letter without case
        return False
    letters = [c for c in alias if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    return bool(letters) and len(letters) <= 6 and upper >= 2 and upper == len(letters)


def _vowel_demonyms(name: str) -> list[str]:
    """The regular adjectives of a country named with a vowel at the end: ``Cambodian``, ``Mexican``."""
    if not name.isascii() or not name.replace(" ", "").isalpha():
        return []
    if name.endswith("a"):
        return [name + "n"]  # Cambodian, Serbian, Zambian, Sri Lankan
    if name.endswith("o"):
        return [name[:-1] + "an"]  # Mexican, Moroccan
    return []


def _consonant_demonyms(name: str) -> list[str]:
    """The regular adjectives of a country named with a consonant at the end: ``Brazilian``,
    ``Omani``, ``Sudanese``; irregular ones (``Cypriot``) are the curated list's."""
    if not name.isascii() or not name.replace(" ", "").isalpha() or name[-1] in "aeiouy":
        return []
    return [name + "ian", name + "i", name + "ese"]


@dataclass
class Gazetteer:
    """The merged data with lookup tables; build it with :func:`load`."""

    entries: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    countries: dict[str, Entity] = field(default_factory=dict)
    cities: dict[str, Entity] = field(default_factory=dict)
    orgs: dict[str, Entity] = field(default_factory=dict)
    _folded: dict[str, list[Entity]] = field(default_factory=dict)
    _exact: dict[str, list[Entity]] = field(default_factory=dict)
    _words: dict[str, dict[str, str]] = field(default_factory=dict)
    _demonyms: dict[str, str] = field(default_factory=dict)
    _lengths: dict[str, int] = field(default_factory=dict)  # first word -> most words of a name it starts
    base: basedata.BaseIndex = field(default_factory=basedata.BaseIndex)
    spelling: Any = None  # planner.core.article.where.spelling.Spelling, built on first use
    _loose_countries: dict[str, Entity] | None = None  # see ``spelling.country_table``

    def add(self, section: str, entry: dict[str, Any], origin: str) -> None:
        if section not in SECTIONS:
            raise GazetteerError(
                f"{origin}: unknown section {section!r} (expected one of {', '.join(SECTIONS)})"
            )
        if not isinstance(entry, dict):
            raise GazetteerError(f"{origin}: {section}: each entry must be an object")
        self.entries.setdefault(section, {})[_key(section, entry)] = entry

    def build(self) -> Gazetteer:
        for code, place in self.base.countries.items():
            self.countries[code] = place.entity
        curated = self.entries.get("countries", {})
        for code in curated:
            if code in self.base.countries:
                curated[code] = _merged(curated[code], self.base.countries[code])
        cities = self.entries.get("cities", {})
        for key, entry in cities.items():
            # "Zurich" written by hand is GeoNames' "Zürich": the same city under an alias
            where = str(entry.get("country", ""))
            names = [key, *(f"{a}|{where}".casefold() for a in entry.get("aliases", []))]
            generated = next(filter(None, map(self.base.first, names)), None)
            if generated is not None:
                cities[key] = _merged(cities[key], generated)
        for section, entries in self.entries.items():
            for entry in entries.values():
                entity = _entity(section, entry)
                if entity.kind == "country":
                    self.countries[entity.country or ""] = entity
                    for word in entry.get("demonyms", []):
                        self._demonyms[fold(str(word))] = entity.country or ""
                elif entity.kind == "city":
                    self.cities[entity.name.casefold()] = entity
                elif entity.kind == "org":
                    self.orgs[entity.name.casefold()] = entity
                elif entity.kind in _WORD_LISTS:
                    words = self._words.setdefault(entity.kind, {})
                    for alias in _aliases(entry, entity.name):
                        words[fold(alias)] = entity.name
                    continue
                for alias in _aliases(entry, entity.name):
                    exact = _case_sensitive(alias)
                    table = self._exact if exact else self._folded
                    key = " ".join(WORD.findall(alias)) if exact else fold(alias)
                    hits = table.setdefault(key, [])
                    if entity not in hits:
                        hits.append(entity)
        for forms in (_vowel_demonyms, _consonant_demonyms):  # "Nigerian" is Nigeria's before Niger's
            for code, country in self.countries.items():
                for form in forms(country.name):
                    self._demonyms.setdefault(fold(form), code)
        for key in (*self._exact, *self._folded):
            parts = key.split(" ")
            self._lengths[parts[0]] = max(self._lengths.get(parts[0], 0), len(parts))
        return self

    def country(self, code: str | None) -> Entity | None:
        return self.countries.get(code or "")

    def city(self, name: str, country: str | None = None) -> Entity | None:
        """The city ``name`` names: the one in ``country`` (a code) if it has one of that name, as a
        stop's or a country's only city is (Córdoba in Spain, not Argentina's larger one)."""
        found = self.cities.get(name.casefold())
        if country is not None and (found is None or found.country != country):
            there = (h for h in self.base.lookup(name) if h.kind == "city" and h.country == country)
            found = next(there, found)
        if found is None:
            hits = self.base.lookup(name)
            found = next((h for h in hits if h.kind == "city"), None)
        return found

    def _country_names(self, country: Entity) -> list[str]:
        """Every name a country is listed under (hand-written or generated)."""
        code = country.country or ""
        generated = self.base.countries.get(code)
        entry = self.entries.get("countries", {}).get(code, {})
        return [*(generated.names if generated else []), *_aliases(entry, country.name)]

    def names_of(self, city: Entity) -> list[str]:
        """Every name a city is listed under (hand-written or generated)."""
        entry = self.entries.get("cities", {}).get(f"{city.name}|{city.country}".casefold())
        return _aliases(entry, city.name) if entry else [city.name]

    def spelling_keys(self, code: str) -> Iterator[tuple[Entity | int, list[str], list[str]]]:
        """Every city in a country with the spelling keys of its names (``spelling.keys_of``):
        hand-written ones first, then the generated ones (by row number) largest first."""
        from planner.core.article.where.spelling import keys_of

        for city in self.cities.values():
            if city.country == code:
                yield (city, *keys_of(self.names_of(city)))
        yield from self.base.spelling_keys(code)

    def base_city(self, row: int) -> Entity:
        return self.base.entity(row)

    def org(self, name: str) -> Entity | None:
        return self.orgs.get(name.casefold())

    def country_of_demonym(self, word: str) -> str | None:
        """The country code an adjective of nationality names (``French``, ``जापानी`` → ``FR``, ``JP``)."""
        return self._demonyms.get(fold(word))

    def portfolio(self, word: str) -> str | None:
        """The English word of a minister's portfolio (``Trade``, ``व्यापार`` → ``Trade``), if known."""
        return self._words.get("portfolio", {}).get(fold(word))

    def org_word(self, word: str) -> str | None:
        """The English word that marks an organisation's name (``Group``, ``ग्रुप`` → ``Group``)."""
        return self._words.get("org_word", {}).get(fold(word))

    def org_words_hindi(self) -> list[str]:
        """The Devanagari spellings of organisation words, longest first (for a pattern)."""
        return sorted(
            (w for w in self._words.get("org_word", {}) if w and "\u0900" <= w[0] <= "\u097f"),
            key=len,
            reverse=True,
        )

    def zone_of_country(self, code: str | None) -> str | None:
        """The country's IANA zone if it has only one, else ``None``."""
        country = self.country(code)
        if country is None or country.multi_zone:
            return None
        return country.tz

    def find(self, text: str, regions: frozenset[str] | None = None) -> list[Mention]:
        """Every known name in ``text``, longest first, not overlapping.

        ``regions`` are the countries the article names: a generated city elsewhere is matched
        only if it has a million people, and spellings not in the data (``spelling``) are tried
        only when ``regions`` is given.
        """
        words = list(WORD.finditer(text))
        folded = [fold(w.group()) for w in words]
        plain = [namesakes.unaccented(w.group()) or w.group() for w in words]
        found: list[Mention] = []
        i = 0
        starts = self.base.starts
        while i < len(words):
            generated = starts(words[i].group()) or starts(folded[i]) or starts(plain[i])
            longest = max(
                self._lengths.get(words[i].group(), 0),
                self._lengths.get(folded[i], 0),
                self.base.longest if generated else 0,
            )
            for n in range(min(longest, _MAX_WORDS, len(words) - i), 0, -1):
                exact = " ".join(w.group() for w in words[i : i + n])
                key = " ".join(folded[i : i + n])
                hits = self._exact.get(exact) or self._folded.get(key)
                if hits and regions and generated:
                    hits = namesakes.visited(self.base, hits, exact, key, regions)
                if not hits and generated and n <= self.base.longest:
                    listed = namesakes.generated(self.base, exact, key, " ".join(plain[i : i + n]))
                    hits = namesakes.fitting(*listed, regions, exact)
                    hits = hits if hits and basedata.placed(text, words, i, n, hits[0], regions) else []
                hits = [e for e in hits if not _lowercase_place(words[i].group(), e)] if hits else hits
                if hits and self._contiguous(text, words[i].start(), words[i + n - 1].end()):
                    start, end = words[i].start(), words[i + n - 1].end()
                    found.extend(Mention(e, start, end, text[start:end]) for e in hits)
                    i += n
                    break
            else:
                i += 1
        if self._loose_countries is None:
            self._loose_countries = country_table(
                (c, self._country_names(c)) for c in self.countries.values() if not c.home
            )
        found = add_countries(text, found, self._loose_countries)
        if regions:
            from planner.core.article.where.spelling import Spelling

            if self.spelling is None:
                self.spelling = Spelling(self)
            found = self.spelling.add_unlisted(text, found, regions)
        return found

    def namesakes(self, name: str) -> list[Entity]:
        """Every city listed under ``name``, by hand or generated, in any country."""
        exact, key = " ".join(WORD.findall(name)), fold(name)
        listed = self._exact.get(exact) or self._folded.get(key) or []
        return [e for e in [*listed, *(self.base.lookup(exact) or self.base.lookup(key))] if e.kind == "city"]

    @staticmethod
    def _contiguous(text: str, start: int, end: int) -> bool:
        """A name may run over spaces, hyphens, dots and apostrophes, not over commas or stops."""
        return all(
            ch.isalnum() or ch in " -.'&/" or "\u0900" <= ch <= "\u097f" for ch in text[start:end]
        ) and ("।" not in text[start:end])


def _lowercase_place(word: str, entity: Entity) -> bool:
    """A place written with a small letter where its name has a capital is a common word ("milan
    samaroh" is a gathering, not Milan; "nice" is not Nice)."""
    return (
        entity.kind in ("city", "country")
        and word[:1].isascii()
        and word[:1].islower()
        and entity.name[:1].isupper()
    )


def _read(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise GazetteerError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise GazetteerError(f'{path}: expected an object with sections such as "cities"')
    for section, entries in data.items():
        if section.startswith("_"):
            continue
        if not isinstance(entries, list):
            raise GazetteerError(f"{path}: {section}: expected a list of entries")
        for entry in entries:
            yield section, entry


def data_files() -> list[Path]:
    """The shipped files, then the user's: later files override earlier ones."""
    from planner.paths import resource_path

    files = sorted(resource_path("gazetteer").glob("*.json"))
    for folder in _user_folders():
        if folder.is_file():
            files.append(folder)
        elif folder.is_dir():
            files.extend(sorted(folder.glob("*.json")))
    return files


def _user_folders() -> list[Path]:
    import platformdirs

    folders = [Path(platformdirs.user_config_dir("delegation-planner")) / "gazetteer"]
    extra = os.environ.get("PLANNER_GAZETTEER")
    if extra:
        folders.extend(Path(p) for p in extra.split(os.pathsep) if p)
    return folders


_CACHE: dict[tuple[tuple[str, int, int], ...], Gazetteer] = {}


def _signature(files: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    sig = []
    for f in files:
        st = f.stat()
        sig.append((str(f), st.st_mtime_ns, st.st_size))
    return tuple(sig)


def load() -> Gazetteer:
    """The gazetteer, read once and cached until a data file changes."""
    files = data_files()
    sig = _signature(files)
    cached = _CACHE.get(sig)
    if cached is not None:
        return cached
    gaz = Gazetteer(base=placeindex.index())
    for path in files:
        for section, entry in _read(path):
            gaz.add(section, entry, str(path))
    try:
        gaz.build()
    except (ValueError, TypeError, KeyError) as exc:
        raise GazetteerError(f"gazetteer: a bad entry ({exc})") from None
    _CACHE.clear()
    _CACHE[sig] = gaz
    return gaz
