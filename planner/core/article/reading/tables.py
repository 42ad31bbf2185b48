"""Programme tables: ``Date | City | Programme`` (pipes) or ``तारीख<TAB>शहर<TAB>कार्यक्रम`` (tabs).

A press release often gives the itinerary as a table under a header row naming its columns.  Each
row is read as one sentence per programme item (items are cut at ``;``, ``•`` and ``।``), written
with that row's date and city: ``9 November (Monday) | Seoul | Arrival; meeting with Samsung``
becomes ``9 November (Monday) in Seoul - Arrival`` and ``… in Seoul - meeting with Samsung``
(``16 फरवरी को दुबई में आगमन`` in Hindi), so the
item is read like any itinerary line.  The characters still point into the article as written.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable

from planner.core.article.reading.text import Sentence

#: the words of a header cell naming a column (folded, the cell's first word)
_DATE_HEADS = frozenset({"date", "dates", "day", "तारीख", "तारीख़", "तिथि", "दिनांक", "दिन", "tarikh"})
_CITY_HEADS = frozenset({"city", "place", "venue", "location", "शहर", "स्थान", "नगर", "जगह"})
_ITEM_HEADS = frozenset(
    {
        "programme",
        "program",
        "programmes",
        "event",
        "events",
        "engagement",
        "engagements",
        "activity",
        "activities",
        "schedule",
        "details",
        "कार्यक्रम",
        "गतिविधि",
        "गतिविधियां",
        "विवरण",
    }
)
_ITEM_CUT = re.compile(r"\s*[;•\u0964]\s*")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")


@dataclasses.dataclass(frozen=True)
class _Columns:
    date: int
    city: int | None
    item: int
    count: int


def _cells(s: Sentence) -> list[tuple[int, int]]:
    """The cells of a line cut at ``|`` or at tabs (as written: the text has them as spaces)."""
    cuts = [
        i
        for i, ch in enumerate(s.text)
        if ch == "|" or (s.starts and s.original[s.starts[i] : s.starts[i] + 1] == "\t")
    ]
    if not cuts:
        return []
    edges = [-1, *cuts, len(s.text)]
    spans = []
    for a, b in itertools.pairwise(edges):
        a += 1
        while a < b and s.text[a].isspace():
            a += 1
        while b > a and s.text[b - 1].isspace():
            b -= 1
        spans.append((a, b))
    # "| a | b |": the empty cells outside the outer pipes are no columns
    while spans and spans[0][0] == spans[0][1]:
        spans.pop(0)
    while spans and spans[-1][0] == spans[-1][1]:
        spans.pop()
    return spans


def _header(s: Sentence) -> _Columns | None:
    cells = _cells(s)
    if len(cells) < 2:
        return None
    words = [(s.text[a:b].split() or [""])[0].casefold().strip(".:()") for a, b in cells]
    date = next((i for i, w in enumerate(words) if w in _DATE_HEADS), None)
    item = next((i for i, w in enumerate(words) if w in _ITEM_HEADS), None)
    city = next((i for i, w in enumerate(words) if w in _CITY_HEADS), None)
    if date is None or item is None:
        return None
    return _Columns(date, city, item, len(cells))


def _piece(s: Sentence, parts: list[tuple[int, int] | str]) -> Sentence:
    """A sentence made of spans of ``s`` and joining words, each joining word pointing at what follows."""
    text: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, part in enumerate(parts):
        if isinstance(part, str):
            nxt = next((p for p in parts[i + 1 :] if not isinstance(p, str)), None)
            at = nxt[0] if nxt is not None else len(s.text) - 1
            text.append(part)
            starts.extend([s.starts[at]] * len(part))
            ends.extend([s.starts[at]] * len(part))
        else:
            a, b = part
            text.append(s.text[a:b])
            starts.extend(s.starts[a:b])
            ends.extend(s.ends[a:b])
    return dataclasses.replace(s, text="".join(text), heading=False, starts=tuple(starts), ends=tuple(ends))


def _row(s: Sentence, cols: _Columns, names_place: Callable[[str], bool]) -> list[Sentence] | None:
    cells = _cells(s)
    if len(cells) != cols.count or not s.starts:
        return None
    date = cells[cols.date]
    city = cells[cols.city] if cols.city is not None else None
    a, b = cells[cols.item]
    hindi = bool(_DEVANAGARI.search(s.text[a:b]))
    result = []
    pos = a
    for cut in [*_ITEM_CUT.finditer(s.text, a, b), None]:
        end = cut.start() if cut is not None else b
        if end > pos:
            parts: list[tuple[int, int] | str] = [date]
            if city is not None and city[1] > city[0] and not names_place(s.text[pos:end]):
                parts += [" को ", city, " में "] if hindi else [" in ", city, " - "]
            else:
                parts.append(" को " if hindi else ": ")
            parts.append((pos, end))
            result.append(_piece(s, parts))
        if cut is not None:
            pos = cut.end()
    return result


def expand_tables(sentences: list[Sentence], names_place: Callable[[str], bool]) -> list[Sentence]:
    """The sentences with each programme table's rows read as one sentence per item.

    An item naming a place of its own (``Departure for Hyderabad``, ``Travel to Busan``) is read
    without the row's city, which would otherwise be taken for where it goes."""
    result: list[Sentence] = []
    changed = False
    cols: _Columns | None = None
    line = -1
    for s in sentences:
        if cols is not None and s.line <= line + 2:
            items = _row(s, cols, names_place)
            if items is not None:
                result.extend(items)
                line, changed = s.line, True
                continue
        cols = _header(s)
        if cols is not None:
            line, changed = s.line, True
            continue  # the header row names columns, nothing of the visit
        result.append(s)
    if not changed:
        return sentences
    return [dataclasses.replace(s, index=i) for i, s in enumerate(result)]


__all__ = ["expand_tables"]
