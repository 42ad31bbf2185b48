"""What the importer gets wrong on each test article: ``python -m tests.article_diff PREFIX``.

Prints, per article whose name starts with PREFIX, every expected engagement it missed (with what it
found under that title, if anything), every extra engagement, stops that differ, and contacts missed
or extra. The figures are ``tests.article_score``; this is the list behind them.
"""

from __future__ import annotations

import sys

from planner.core.article.errors import NoVisitFound
from planner.core.article.parse import parse_article
from tests.article_score import ARTICLES, person_key, same_title
from tests.core.article.expected import all_cases


def main(prefix: str) -> None:
    for name, case in sorted(all_cases().items()):
        if not name.startswith(prefix):
            continue
        print("==", name)
        try:
            got = parse_article((ARTICLES / f"{name}.txt").read_text(), published=case["published"]).to_json()
        except NoVisitFound as exc:  # everything is missed: say why and go on to the next article
            print("  NO VISIT:", exc)
            continue
        pred = list(got["engagements"])
        for t, (d, tz) in [(t, (v[0], v[2])) for t, v in case["engagements"].items()]:
            m = next((p for p in pred if same_title(t, p["title"])), None)
            if m:
                pred.remove(m)
            ok = m and m["date"] == d and m["tz"] == tz
            if not ok:
                print("  MISS", t, d, tz, "| got:", (m["title"], m["date"], m["tz"]) if m else None)
        for p in pred:
            print("  EXTRA", p["title"], p["date"], p["tz"])
        want = [(s[0], s[1], s[2]) for s in case.get("stops", [])]
        have = [(s["city"], s["from"], s["to"]) for s in got["stops"]]
        if want != have:
            print("  STOPS want", want, "\n        have", have)
        ek = {person_key(c[0]) for c in case.get("contacts", [])}
        gk = {person_key(c["name"]) for c in got["contacts"]}
        nat = {c[1] for c in case.get("contacts", [])}
        for c in case.get("contacts", []):
            if person_key(c[0]) not in gk and not any(
                c[1] and c[1] == g["name_native"] for g in got["contacts"]
            ):
                print("  CMISS", c[0], c[1])
        for g in got["contacts"]:
            if person_key(g["name"]) not in ek and g["name_native"] not in nat:
                print("  CEXTRA", g["name"], g["name_native"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
