"""``places.idx``: the tables of :class:`basedata.BaseIndex`, written by the build tool, read in milliseconds.

Building the tables from the 30,000 rows of ``cities.tsv`` takes 0.15–0.3 s of a fresh process;
``tools/build_gazetteer.py`` writes them once as plain lines (:func:`render_index`), which
:func:`load` only splits.  The file is a header (``format``, ``source`` (the checksums of the
``cities.tsv`` and ``calendar.json`` it was made from), ``rows``, ``longest``), then sections
each opened by a line ``@name``: ``keys`` and ``rows`` (each key and its rows, ``3,17``),
``first`` (each row's ``name|country``), ``spell`` (each row's spelling keys, ``loose|…\tskeleton|…``),
``spans`` (each country's rows and where its lines are in ``spell``) and ``heads`` (the first
words of the keys of several words).  A file of another format or of other data is not used:
the tables are built from the data files instead (and ``--check`` of the tool fails).
"""

from __future__ import annotations

import zlib
from pathlib import Path

from planner.core.article.errors import GazetteerError
from planner.core.article.where.basedata import (
    BaseIndex,
    add_countries,
    build_from,
    calendar_words,
    data_lines,
    folder,
    read,
)
from planner.core.article.where.spelling import keys_of

#: the tables' file, and the version of its layout (a loader refuses another one)
INDEX_FILE = "places.idx"
INDEX_FORMAT = "1"


def _stamp(cities: bytes, calendar: bytes) -> str:
    """What ``places.idx`` was made from: the checksums of the data files it depends on."""
    return f"{zlib.crc32(cities):08x} {zlib.crc32(calendar):08x}"


def render_index(index: BaseIndex, cities: str, calendar: str) -> str:
    """``places.idx``: the tables of ``index`` (built from ``cities`` and ``calendar``) as lines."""
    city_keys = list(index.keys)
    if any(k.startswith("@") or "\n" in k or "\t" in k for k in city_keys):
        raise ValueError("a name key starts with @ or holds a line break or a tab")
    postings = [",".join(map(str, index.rows_of(k))) for k in city_keys]
    first = []
    spell = []
    for i in range(len(index.lines)):
        name, _, country, *_rest = index.row(i)
        first.append(f"{name}|{country}".casefold())
        looses, skeletons = keys_of(index.names(i))
        spell.append("|".join(looses) + "\t" + "|".join(skeletons))
    heads = sorted({k.split(" ")[0] for k in city_keys if " " in k})
    longest = max([1, *(len(k.split(" ")) for k in city_keys)])
    spans = []
    at = 0  # where a country's lines start in the spell section
    for code, (a, b) in index.spans.items():
        size = sum(len(line) + 1 for line in spell[a:b]) - 1
        spans.append(f"{code}\t{a}\t{b}\t{at}\t{at + size}")
        at += size + 1
    head = (
        "# Lookup tables made by tools/build_gazetteer.py from cities.tsv and calendar.json (see\n"
        "# planner/core/article/where/placeindex.py); do not edit.  GeoNames data, CC BY 4.0, https://www.geonames.org/\n"
        f"format {INDEX_FORMAT}\n"
        f"source {_stamp(cities.encode('utf-8'), calendar.encode('utf-8'))}\n"
        f"rows {len(index.lines)}\n"
        f"longest {longest}"
    )
    sections = {
        "keys": city_keys,
        "rows": postings,
        "first": first,
        "spell": spell,
        "spans": spans,
        "heads": heads,
    }
    return head + "".join(f"\n@{name}\n" + "\n".join(lines) for name, lines in sections.items()) + "\n"


def _sections(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """The header's ``name value`` lines and each ``@name`` section's text (its lines, unsplit)."""
    head, *parts = text.rstrip("\n").split("\n@")
    meta = dict(line.split(" ", 1) for line in head.split("\n") if line and not line.startswith("#"))
    sections = {}
    for part in parts:
        name, _, body = part.partition("\n")
        sections[name] = body
    return meta, sections


def _from_index(index: BaseIndex, text: str, stamp: str) -> bool:
    """Fill ``index`` from ``places.idx``; ``False`` when the file is of another format or other data."""
    meta, sections = _sections(text)
    if meta.get("format") != INDEX_FORMAT or meta.get("source") != stamp:
        return False
    keys, postings, first = (sections.get(s, "").split("\n") for s in ("keys", "rows", "first"))
    rows = int(meta.get("rows", -1))
    if len(keys) != len(postings) or not rows == len(first) == len(index.lines):
        return False
    index.keys = dict(zip(keys, postings, strict=True))
    index.spell = sections.get("spell", "")
    index.first_rows = dict(zip(reversed(first), range(rows - 1, -1, -1), strict=True))  # the first row wins
    for line in sections.get("spans", "").split("\n"):
        code, a, b, start, end = line.split("\t")
        index.spans[code] = (int(a), int(b))
        index.spell_at[code] = (int(start), int(end))
    if index.spell.count("\n") + 1 != rows:
        return False
    index.heads.update(sections.get("heads", "").split("\n"))
    index.longest = max(index.longest, int(meta.get("longest", 1)))
    return True


def load(where: Path | None = None) -> BaseIndex:
    """The generated places with their tables from ``places.idx`` (else built from the data)."""
    where = where or folder()
    cities_path, calendar_path = where / "cities.tsv", where / "calendar.json"
    cities, calendar = _bytes(cities_path), _bytes(calendar_path)
    cities_text, calendar_text = cities.decode("utf-8"), calendar.decode("utf-8")
    countries = read(where / "countries.tsv")
    try:
        text = (where / INDEX_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        text = ""
    index = BaseIndex(calendar_words=calendar_words(calendar_path, calendar_text), path=cities_path)
    add_countries(index, where / "countries.tsv", countries)
    index.lines = data_lines(cities_text)
    try:
        if text and _from_index(index, text, _stamp(cities, calendar)):
            return index
    except ValueError:
        pass
    return build_from(countries, cities_text, calendar_text, where)


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise GazetteerError(
            f"{path}: cannot read ({exc.strerror}); run python -m tools.build_gazetteer"
        ) from None


_INDEX: list[BaseIndex] = []


def index() -> BaseIndex:
    """The generated places, read on first use and kept for the process."""
    if not _INDEX:
        _INDEX.append(load())
    return _INDEX[0]
