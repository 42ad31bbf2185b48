"""A person named by an academic or a foreign style alone, with no title the data knows, in the
clause of a body: ``visited Massey University's farm, where Prof. Hemi Walker walked the visitors
through``, ``called on the Ministry for Primary Industries, and Dr. Aroha Tane briefed him``, Roman
Hindi ``Universiti Sains Malaysia … Wahan Prof. Dr. Nor Aini Rahman ne … bataya``, ``Council ki taraf
se Dato' Seri Ramesh Kodammal ne sabka swagat kiya``.

Only the styles that mark a person of standing abroad count (``Dr.``, ``Prof.``, ``Datuk``, ``Dato'``,
``Tan Sri``, ``Hon.``, ``H.E.``, their Devanagari forms); ``Mr.``/``Shri`` alone name anyone, the
writer's colleagues and the people quoted as well.  The name must have two words at least.  The body
is the last one named before the name in its clause, else one right after it in apposition
(``Dr. Karen Whitfield, ASU's Vice Provost``), else the only one of the clause, else the last one
before it in the sentence: whether the body was
met is the merge's to tell (``merge.contacts``), so a style in a sentence of no engagement gives no one.
"""

from __future__ import annotations

import re

from planner.core.article.entities import Mention
from planner.core.article.who.names import names_after

#: the styles that introduce a person of standing: academic, Malaysian, Commonwealth, diplomatic
STYLE = re.compile(
    r"(?<![\w'’.])(?:Professor|Prof\.?|Dr\.?|Tan\s+Sri|Dato'?\s+Seri|Dato'?\s+Sri|Datuk\s+Seri|Dato'|Datuk"
    r"|Hon\.|H\.\s?E\.|डॉ\.?|डा\.|प्रोफ़ेसर|प्रोफेसर|प्रो\.?)(?=\s)"
)
#: between a title and its holder's style: nothing, or a place or portfolio between commas
_HOLDER = re.compile(r"\s*(?:,\s*(?:of\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*)?,?\s*")
#: between a name and the body it is apposed to: "X, ASU's …", "X (CEO, ASU)", "X of ASU"
_APPOSED = re.compile(r"\s*(?:,\s*(?:the\s+)?|\(\s*(?:[\w-]+\s+){0,4}?|\s+(?:of|from|at)\s+(?:the\s+)?)")


def honoured(
    text: str,
    orgs: list[Mention],
    spans: list[tuple[int, int]],
    clauses: list[tuple[int, int]],
    titles: list[Mention],
) -> list[tuple[tuple[str, int, int], Mention | None]]:
    """The names a style introduces, each with the body of its clause (or ``None``); not a title's
    holder (``Rector Prof. X``, ``Chief Minister, Assam, Dr. X``: the title's, read with it)."""
    found: list[tuple[tuple[str, int, int], Mention | None]] = []
    for m in STYLE.finditer(text):
        if any(t.end <= m.start() and _HOLDER.fullmatch(text, t.end, m.start()) for t in titles):
            continue
        # a body found by its shape that holds the style holds a name ("Wahan Prof. Dr. X"): no body
        free = [(a, b) for a, b in spans if not (a <= m.start() < b and _shaped(orgs, a, b))]
        if any(a <= m.start() < b for a, b in free) or (found and found[-1][0][2] > m.start()):
            continue  # inside a body's name, or the second style of "Prof. Dr."
        names = names_after(text, m.start(), free)[:1]
        if not names or names[0][1] < m.end() or len(names[0][0].split()) < 2:
            continue
        name = names[0]
        clause = next((c for c in clauses if c[0] <= name[1] < c[1]), (0, len(text)))
        found.append((name, _body(text, name, orgs, clause)))
    return found


def _shaped(orgs: list[Mention], start: int, end: int) -> bool:
    """Whether the span is a body found by its shape alone (known to no data)."""
    return any(o.start == start and o.end == end and o.entity.type == "found" for o in orgs)


def _body(
    text: str, name: tuple[str, int, int], orgs: list[Mention], clause: tuple[int, int]
) -> Mention | None:
    """The body of a name's clause: the last before it, one apposed after it, else the only one."""
    orgs = [o for o in orgs if not (o.start <= name[1] < o.end)]
    before = [o for o in orgs if clause[0] <= o.start and o.end <= name[1]]
    if before:
        return before[-1]
    after = next((o for o in orgs if o.start >= name[2] and _APPOSED.fullmatch(text, name[2], o.start)), None)
    if after is not None:
        return after
    inside = [o for o in orgs if clause[0] <= o.start < clause[1]]
    if len(inside) == 1:
        return inside[0]
    earlier = [o for o in orgs if o.end <= name[1]]  # "called on the Ministry …, and Dr. X briefed him"
    return earlier[-1] if earlier else None


__all__ = ["STYLE", "honoured"]
