"""Two ministers abroad at once: which of them each sentence is about, so each keeps his own stops.

"Industries Minister Swain will lead a delegation to Japan while Finance Minister Mahaling will lead
another to Singapore": a sentence whose subject is one of the leaders ("Mahaling will meet …", and
"On November 10 he …" after it) is that leader's; a sentence naming both, or neither ("Both ministers
will return …"), belongs to the whole visit.  The visit is split only when two leaders each have
dated engagements abroad and no country is on both their programmes: otherwise one delegation
travels together and the ministers named are just its members.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from planner.core.article.candidate import Candidate

#: how far into a sentence its subject may stand ("On September 15, Kharge will …")
SUBJECT_WITHIN = 40
_PRONOUN = re.compile(r"(?i)^(?:[^,.;।]{0,30}?\s)?(?:he|she|वे|वह)(?![\w\u0900-\u097F])")
_SHARED = re.compile(r"(?i)^\s*(?:both|the\s+two|all\s+the|the\s+ministers|the\s+delegations)\b|^\s*दोनों\s")


def leaders(people: Iterable[Iterable[str]]) -> list[frozenset[str]]:
    """The words each leader is called by on second mention: the last word of each of their names
    (Latin and Devanagari), one set per leader, in order; a leader already listed is not again."""
    found: list[frozenset[str]] = []
    for names in people:
        words = frozenset(
            w[-1] for w in (n.replace(".", ". ").split() for n in names) if w and len(w[-1]) > 2
        )
        if words and not any(words & f for f in found):
            found.append(words)
    return found


def subjects(texts: list[str], surnames: list[frozenset[str]]) -> list[int | None]:
    """For each sentence, the number of the leader (in ``surnames``) it is about, or ``None``."""
    patterns = [
        re.compile(
            r"(?<![\w\u0900-\u097F])(?:" + "|".join(map(re.escape, sorted(s))) + r")(?![\w\u0900-\u097F])"
        )
        for s in surnames
    ]
    result: list[int | None] = []
    current: int | None = None
    for text in texts:
        hits = sorted((m.start(), n) for n, rx in enumerate(patterns) for m in [rx.search(text)] if m)
        named = {n for _, n in hits}
        if len(named) == 1 and hits[0][0] <= SUBJECT_WITHIN:
            current = hits[0][1]
            result.append(current)
        elif not named and current is not None and _PRONOUN.match(text) and not _SHARED.match(text):
            result.append(current)
        else:
            current = None if named or _SHARED.match(text) else current
            result.append(None)
    return result


def split(teams: dict[int, int | None], countries: dict[int, set[str]]) -> bool:
    """Whether the visit splits: two leaders with engagements abroad (by team, their countries) and
    no country shared between them."""
    by_team: dict[int, set[str]] = {}
    for team, places in ((teams.get(i), c) for i, c in countries.items()):
        if team is not None and places:
            by_team.setdefault(team, set()).update(places)
    if len(by_team) < 2:
        return False
    seen: set[str] = set()
    for places in by_team.values():
        if seen & places:
            return False
        seen |= places
    return True


def assign(
    sentences: list[tuple[int, str]], merged: list[Candidate], names: list[set[str]]
) -> dict[int, int] | None:
    """Each engagement's leader (by its index in ``merged``) when two ministers travel to different
    countries at once, else ``None``: one delegation.  ``sentences`` are (index, text); ``names``
    each leader's names, the head's first."""
    people = leaders(names)
    if len(people) < 2:
        return None
    of_sentence = subjects([t for _, t in sentences], people)
    by_index = {index: team for (index, _), team in zip(sentences, of_sentence, strict=True)}
    teams = {i: by_index.get(c.sentence.index) for i, c in enumerate(merged)}
    countries = {
        i: {c.country.name}
        for i, c in enumerate(merged)
        if c.country is not None and not c.country.home and c.date is not None
    }
    if not split(teams, countries):
        return None
    return {i: team or 0 for i, team in teams.items()}


__all__ = ["assign", "leaders", "split", "subjects"]
