"""The shipped lookup tables (``places.idx``, ``iast.json``) are what the data and the libraries give.

``places.idx`` must describe exactly the tables :func:`basedata.build` makes from ``cities.tsv``
(else the parser would find other places than before), and ``iast.iast`` must spell every
Devanagari string as ``indic_transliteration`` does.  Neither is timed here (see ``tests/bench``).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.core.article.gazetteer import load
from planner.core.article.reading.iast import iast
from planner.core.article.where import basedata, placeindex
from tests.conftest import ROOT, SEED
from tools import build_gazetteer

sanscript = pytest.importorskip("indic_transliteration.sanscript")


def _tables(index: basedata.BaseIndex) -> dict[str, object]:
    """Everything a lookup can see of an index, in plain data."""
    codes = sorted(index.spans)
    return {
        "keys": {k: index.rows_of(k) for k in sorted(index.keys)},
        "countries": {c: (p.entity, p.names) for c, p in index.countries.items()},
        "country_keys": index.country_keys,
        "spans": index.spans,
        "first": {k: index.first(k) for k in sorted(basedata.first_rows(index))},
        "heads": index.heads,
        "longest": index.longest,
        "rows": [index.row(i) for i in range(len(index.lines))],
        "spelling": {c: list(index.spelling_keys(c)) for c in codes},
    }


@pytest.fixture(scope="module")
def built() -> dict[str, object]:
    return _tables(basedata.build())


def test_the_shipped_index_loads_the_tables_the_data_gives(built: dict[str, object]) -> None:
    loaded = placeindex.load()
    assert loaded.spell, "places.idx was not used: the loader built the tables from cities.tsv"
    assert _tables(loaded) == built


def test_the_shipped_index_is_what_the_tool_writes_from_the_shipped_data() -> None:
    where = basedata.folder()
    cities, calendar = ((where / n).read_text(encoding="utf-8") for n in ("cities.tsv", "calendar.json"))
    expected = placeindex.render_index(basedata.build(), cities, calendar)
    assert (where / placeindex.INDEX_FILE).read_text(encoding="utf-8") == expected


def test_an_index_of_other_data_is_not_used(tmp_path: Path, built: dict[str, object]) -> None:
    """A ``cities.tsv`` changed after ``places.idx`` was written: the tables are built from it."""
    for name in ("cities.tsv", "countries.tsv", "calendar.json", placeindex.INDEX_FILE):
        shutil.copy(basedata.folder() / name, tmp_path / name)
    cities = tmp_path / "cities.tsv"
    lines = cities.read_text(encoding="utf-8").split("\n")
    row = next(i for i, line in enumerate(lines) if line.startswith("Osaka\t"))
    lines[row] = lines[row].replace("Osaka\t", "Ōsakajō\t", 1)
    cities.write_text("\n".join(lines), encoding="utf-8")
    changed = placeindex.load(tmp_path)
    assert not changed.spell
    assert changed.lookup("Ōsakajō") and not changed.lookup("Osaka")
    assert _tables(changed)["keys"] != built["keys"]


def test_an_index_of_another_format_is_not_used(tmp_path: Path, built: dict[str, object]) -> None:
    for name in ("cities.tsv", "countries.tsv", "calendar.json"):
        shutil.copy(basedata.folder() / name, tmp_path / name)
    text = (basedata.folder() / placeindex.INDEX_FILE).read_text(encoding="utf-8")
    (tmp_path / placeindex.INDEX_FILE).write_text(
        text.replace("\nformat 1\n", "\nformat 0\n"), encoding="utf-8"
    )
    assert not placeindex.load(tmp_path).spell
    (tmp_path / placeindex.INDEX_FILE).write_text(text[: len(text) // 2], encoding="utf-8")  # cut short
    cut = placeindex.load(tmp_path)
    assert not cut.spell and _tables(cut) == built


def test_the_shipped_transliteration_table_is_what_the_tool_writes() -> None:
    shipped = json.loads((basedata.folder() / "iast.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(build_gazetteer.iast_table()))


def _library(text: str) -> str:
    return str(sanscript.transliterate(text, sanscript.DEVANAGARI, sanscript.IAST))


BLOCKS = [chr(c) for r in ((0x0900, 0x0980), (0x1CD0, 0x1D00), (0xA8E0, 0xA900)) for c in range(*r)]


def test_every_devanagari_sign_alone_and_after_a_consonant_and_a_sign() -> None:
    for ch in BLOCKS:
        for text in (ch, f"क{ch}", f"क{ch}त", f"कं{ch}", f"{ch}्", f"a{ch} "):
            assert iast(text) == _library(text), text


def test_every_devanagari_name_of_the_gazetteer_and_every_word_of_the_seed() -> None:
    gaz = load()
    names = {n for p in gaz.base.countries.values() for n in p.names}
    names.update(n for i in range(len(gaz.base.lines)) for n in gaz.base.names(i))
    for entries in gaz.entries.values():
        for entry in entries.values():
            names.update(str(n) for n in entry.get("hi", []))
    names.update(SEED.read_text(encoding="utf-8").split())
    devanagari = sorted(n for n in names if any("\u0900" <= ch <= "\u097f" for ch in n))
    assert len(devanagari) > 5_000
    assert [iast(n) for n in devanagari] == [_library(n) for n in devanagari]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*BLOCKS, " ", "-", "a", "Z", "1", ".", "\u200d"]), max_size=12))
def test_any_string_of_devanagari_signs(text: str) -> None:
    assert iast(text) == _library(text)


def test_parsing_imports_no_transliteration_package() -> None:
    """A Hindi article with people's names is read without ``indic_transliteration`` (0.1–0.3 s)."""
    code = (
        "import sys\n"
        "from planner.core.article import parse_article\n"
        "from tests.conftest import SEED\n"
        "draft = parse_article(SEED.read_text(encoding='utf-8'))\n"
        "assert any(c.name_native and c.name != c.name_native for c in draft.contacts), draft.contacts\n"
        "sys.exit(1 if 'indic_transliteration' in sys.modules else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr or done.stdout
