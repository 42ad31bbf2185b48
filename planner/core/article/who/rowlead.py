"""Bodies that lead a programme row, and capitalised words in rows and clauses that are no body.

A logistics sheet, checklist or programme card writes a row as its day, its time, a dash and then
the body, often with no verb at all:

* ``Tue 9 Mar, 10:00 — Ministry of Fisheries and Forestry, Minister Kalaveti Ravu.``,
  ``🔸 Tue, 9 Mar, 10:30 — Ministry of Agriculture of Kazakhstan, Vice Minister Daniyar Ospanov.``:
  the body runs up to the comma (or colon) before its person's title and name; the row is a meeting
  with it (``leads_row``);
* ``15:30 — Walu Bay Boatyard visit;``, ``Tau Organic Farms courtesy call — date TBD``,
  ``[x] Sat 20 Feb — … Federation meeting: CANCELLED``, ``Massawa day trip: Massawa Port visit``:
  the body runs up to the lower-case word for the engagement, with at most three lower-case words
  of its works before that word (``processing unit visit``, ``cold store visit``), and no object
  after it (not ``Panja is now meeting the …``) (``row_bodies``).

Some capitalised words in such rows and in Hindi clauses are no body (``not_bodies``):

* a placeholder: ``date TBC``, ``venue TBD``;
* a short weekday opening a row: ``🔸 Sat, 13 Mar``, ``Wed, 10 Mar —``;
* one word that no dataset lists, told as where the body named right after it is met: ``Talgar में
  Zailiysky Orchard Growers Union के साथ meeting``, ``Rakvere mein Virumaa Software Cluster ke saath``.
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Mention
from planner.core.article.reading.words import is_common_word
from planner.core.article.who.orgnames import NOT_NAMES, RUN, found_org, trim
from planner.core.article.who.rolebody import Span

_SHORT_DAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
#: what a row has before its body: a bullet or tick box, its day, its time (``18:00 local (9:30 PM IST)``)
_PREFIX = re.compile(
    r"[^\w\[(]*(?:\[[ xX✓✔]?\]\s*)?"
    rf"(?:(?:{_SHORT_DAY}|[A-Z][a-z]+day),?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s*(?:\d{4},?\s*)?)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:hrs?\.?|[AaPp]\.?[Mm]\.?))?(?:\s+local)?(?:\s*\([^)]*\))?\s*)?"
)
#: where a row's part begins: a dash between spaces, a colon that is no clock's, a semicolon
_PART = re.compile(r"\s[-—–]\s|:(?!\d)|;")
_RUN = re.compile(RUN)
#: the lower-case word for the engagement right after the body, with a few words of its works before
_ENGAGEMENT_AFTER = re.compile(
    r"(?:\s+(?!(?:is|are|was|were|will|now|has|had|to|then|also)\b)[a-z][a-z-]*){0,3}?"
    r"\s+(?:visit|meeting|courtesy\s+call)\b(?!\s+[a-z])"
)
_BEFORE_ROLE = re.compile(r"\s*[,:]\s*(?:[A-Z][a-z]+\s+)?")
_NAME_AFTER = re.compile(r"\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z\u00C0-\u00DE]")
_PLACEHOLDER = frozenset(["TBC", "TBD", "TBA", "TBN"])
_DAY_OPENS = re.compile(rf"{_SHORT_DAY}$")
_DATE_AFTER = re.compile(r",?\s+\d{1,2}\b")
_MET_IN = re.compile(r"\s+(?:में|mein|men)\s+")


def _opens_part(text: str, start: int) -> bool:
    """``start`` is where a row, or a part of it after a dash or colon, begins its words."""
    cut = max((m.end() for m in _PART.finditer(text, 0, start)), default=0)
    return _PREFIX.fullmatch(text, cut, start) is not None


def leads_row(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """The name between ``start`` and ``end`` leads its row and its person follows, titled and
    named: ``— Pacific Tuna Packers, Managing Director Sereana Tuilau.`` (not ``Hotel: Jess Tran,
    Duty Manager, …``, whose title is followed by no name)."""
    if not _opens_part(text, start):
        return False
    gap = _BEFORE_ROLE.match(text, end)
    if gap is None:
        return False
    return any(
        m.entity.kind == "role" and gap.start() < m.start <= gap.end() and _NAME_AFTER.match(text, m.end)
        for m in mentions
    )


def row_bodies(
    text: str,
    mentions: list[Mention],
    found: list[Mention],
    free: Span,
    places_ok: Span,
) -> None:
    """Add to ``found`` the bodies rows lead with (see the module's docstring)."""
    for run in _RUN.finditer(text):
        start, end = trim(text, run.start(), run.end())
        name = text[start:end]
        words = name.split()
        if not words or words[0] in NOT_NAMES or not _opens_part(text, start):
            continue
        if not (_ENGAGEMENT_AFTER.match(text, end) or leads_row(text, start, end, mentions)):
            continue
        if len(words) == 1 and is_common_word(name):
            continue  # "Delegation: Fisheries Minister X": a row's heading word, no body
        if name in _PLACEHOLDER or any(
            m.entity.kind in ("city", "country", "state") and (m.start, m.end) == (start, end)
            for m in mentions
        ):
            continue  # "Asmara visit": the place itself
        if free(start, end) and places_ok(start, end):
            found.append(Mention(found_org(name), start, end, name))


def not_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without the placeholders, row weekdays and places of meeting (see the docstring)."""

    def kept(f: Mention) -> bool:
        if f.text in _PLACEHOLDER:
            return False
        if _DAY_OPENS.fullmatch(f.text) and _DATE_AFTER.match(text, f.end):
            return False
        met = _MET_IN.match(text, f.end) if " " not in f.text else None
        return met is None or not any(o.start == met.end() for o in found)

    return [f for f in found if kept(f)]
