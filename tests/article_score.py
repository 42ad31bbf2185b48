"""Scores the article importer against every test article with expected results: P, R, F1 by kind.

    python -m tests.article_score [--json] [--only PREFIX]

Kinds: engagements (title and date both right), contacts (name, or native name, right),
zones (the engagement's IANA zone right), stops (city and both days right).  Counts are summed over
the articles (micro average), overall and per group (the team's articles, ``blind2_*`` to
``blind5_*``, ``places_*``, ``rules2_*`` to ``rules6_*``).  ``invented`` counts engagements dated
although the expected result leaves them unscheduled.  Expected results come from
``tests.core.article.expected.all_cases``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from planner.core.article import NoVisitFound, parse_article
from tests.conftest import DATA
from tests.core.article.expected import all_cases

ARTICLES = DATA / "articles"
KINDS = ("engagements", "contacts", "zones", "stops")
_HONORIFIC = re.compile(
    r"^(?:(?:(?:mr|mrs|ms|dr|prof|professor|sir|lord|shri|smt|tan sri|dato'? ?sri|dato'?|datuk|datin"
    r"|herr|frau|madame|mme|monsieur|sr|sra|khun|honourable|honorable|captain|his excellency"
    r"|her excellency|sheikh|sheikha)\.?|(?:hon|capt|h\.\s?e)\.)\s+)+",  # "Hon Lai" is a name, "Hon." a title
    re.IGNORECASE,
)
GROUPS = (
    *(f"blind{n}_" for n in range(2, 15)),
    "places_",
    *(f"rules{n}_" for n in range(2, 17)),
)
_TITLE_HEADS = ("meeting with ", "visit to ", "mou signing with ", "arrival in ", "departure for ")


@dataclass
class Tally:
    """True positives, predicted and expected counts of one kind."""

    hit: int = 0
    predicted: int = 0
    expected: int = 0

    def add(self, other: Tally) -> None:
        self.hit += other.hit
        self.predicted += other.predicted
        self.expected += other.expected

    def figures(self) -> dict[str, float | int]:
        p = self.hit / self.predicted if self.predicted else 1.0
        r = self.hit / self.expected if self.expected else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), **vars(self)}


@dataclass
class Score:
    """One article's (or a group's) tallies."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in KINDS})
    invented: int = 0
    seconds: float = 0.0
    error: str = ""

    def add(self, other: Score) -> None:
        for kind in KINDS:
            self.tallies[kind].add(other.tallies[kind])
        self.invented += other.invented
        self.seconds = max(self.seconds, other.seconds)


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def _move(title: str) -> str:
    """A move to a city is one engagement whether a report tells its departure or its arrival: the
    held-out sets title a later move ``Departure for X``, the team's articles as the text tells it.
    Likewise the evening with the Indian community is one engagement whether a set titles it an
    address or a meeting: the earlier sets title an "interaction" (``संवाद``) ``Meeting with the
    Indian diaspora``, the later ones ``Address to``; the day, place and zone are what is scored."""
    if title == "meeting with the indian diaspora":
        return "address to the indian diaspora"
    return "arrival in " + title[len("departure for ") :] if title.startswith("departure for ") else title


def same_title(a: str, b: str) -> bool:
    """Equal titles (a departure for X and an arrival in X are one move), or the same kind of
    engagement whose organisation names agree word by word."""
    a, b = _move(_fold(a)), _move(_fold(b))
    if a == b:
        return True
    for head in _TITLE_HEADS:
        if a.startswith(head) and b.startswith(head):
            x, y = a[len(head) :].split(), b[len(head) :].split()
            n = min(len(x), len(y))
            return n > 0 and x[:n] == y[:n]
    return False


def person_key(name: str) -> str:
    name = _fold(name).replace(".", ". ")
    return " ".join(_HONORIFIC.sub("", " ".join(name.split())).replace(".", "").split())


def _pair(expected: list[Any], predicted: list[Any], same: Any) -> list[tuple[Any, Any]]:
    """Greedy one-to-one pairs of items that ``same`` says agree."""
    left = list(predicted)
    pairs = []
    for e in expected:
        match = next((p for p in left if same(e, p)), None)
        if match is not None:
            left.remove(match)
            pairs.append((e, match))
    return pairs


def score_article(name: str, case: dict[str, Any]) -> Score:
    score = Score()
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    began = time.perf_counter()
    try:
        got = parse_article(text, published=case["published"]).to_json()
    except NoVisitFound as exc:
        got = {"engagements": [], "contacts": [], "stops": []}
        score.error = str(exc)
    score.seconds = time.perf_counter() - began
    t = score.tallies
    expected = [(title, *values) for title, values in case["engagements"].items()]
    predicted = got["engagements"]
    t["engagements"] = Tally(
        len(_pair(expected, predicted, lambda e, p: same_title(e[0], p["title"]) and e[1] == p["date"])),
        len(predicted),
        len(expected),
    )
    by_title = _pair(expected, predicted, lambda e, p: same_title(e[0], p["title"]))
    score.invented = sum(1 for e, p in by_title if e[1] is None and p["date"] is not None)
    t["zones"] = Tally(
        sum(1 for e, p in by_title if e[3] is not None and e[3] == p["tz"]),
        sum(1 for p in predicted if p["tz"]),
        sum(1 for e in expected if e[3]),
    )
    if "stops" in case:
        want = [tuple(s) for s in case["stops"]]
        have = [(s["city"], s["from"], s["to"]) for s in got["stops"]]
        t["stops"] = Tally(sum((Counter(want) & Counter(have)).values()), len(have), len(want))
    if "contacts" in case:
        people = case["contacts"]
        found = got["contacts"]
        hits = _pair(
            people,
            found,
            lambda e, p: person_key(e[0]) == person_key(p["name"]) or bool(e[1] and e[1] == p["name_native"]),
        )
        t["contacts"] = Tally(len(hits), len(found), len(people))
    return score


def group_of(name: str) -> str:
    for prefix in GROUPS:
        if name.startswith(prefix):
            return prefix.rstrip("_")
    return "team"


def run(only: str = "") -> dict[str, Any]:
    """Scores per article, per group and overall, as plain data."""
    articles: dict[str, Score] = {}
    began = time.perf_counter()
    parse_article("मुख्यमंत्री 2 अगस्त को टोक्यो पहुंचे।")  # the first parse loads the shipped data
    first = time.perf_counter() - began
    for name, case in sorted(all_cases().items()):
        if name.startswith(only):
            articles[name] = score_article(name, case)
    groups: dict[str, Score] = {}
    overall = Score()
    for name, s in articles.items():
        groups.setdefault(group_of(name), Score()).add(s)
        overall.add(s)

    def plain(s: Score) -> dict[str, Any]:
        out: dict[str, Any] = {k: s.tallies[k].figures() for k in KINDS}
        out["invented_dates"] = s.invented
        out["max_parse_seconds"] = round(s.seconds, 4)
        if s.error:
            out["error"] = s.error
        return out

    return {
        "articles": {n: plain(s) for n, s in articles.items()},
        "groups": {g: plain(s) for g, s in sorted(groups.items())},
        "overall": plain(overall),
        "first_parse_seconds": round(first, 4),
    }


def _row(label: str, r: dict[str, Any]) -> str:
    cells = [f"{label:<38}"]
    for kind in KINDS:
        k = r[kind]
        cells.append(f"{k['precision']:5.2f} {k['recall']:5.2f} {k['f1']:5.2f}")
    cells.append(f"{r['invented_dates']:3d}")
    return "  ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.article_score", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--only", default="", help="score only articles whose name starts with this")
    args = parser.parse_args(argv)
    result = run(args.only)
    if args.json:
        json.dump(result, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    head = "  ".join(f"{k[:11]:<17}" for k in KINDS)
    print(f"{'article':<38}  {head}  inv")
    print(f"{'':<38}  " + "  ".join("  P     R    F1   " for _ in KINDS))
    for name, r in result["articles"].items():
        print(_row(name, r))
    print()
    for group, r in result["groups"].items():
        print(_row(f"[{group}]", r))
    print(_row("[overall]", result["overall"]))
    print(
        f"slowest parse: {result['overall']['max_parse_seconds']:.3f} s "
        f"(the first parse of the process, loading the shipped data: {result['first_parse_seconds']:.3f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
