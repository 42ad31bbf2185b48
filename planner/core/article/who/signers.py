"""The two sides of a signing named as its subject, ours and theirs.

Host papers and wires tell a signing with both sides before the verb, ours named by its state:

* ``Digital Isle of Man and the Haryana Department of Industries and Commerce signed a memorandum``;
* ``The Mauritius Tourism Promotion Authority and Maharashtra Tourism Development Corporation
  signed a memorandum of understanding``;
* ``Copper Valley Ventures and the Kerala IT Parks Authority will sign an agreement``.

The side whose name holds no Indian state (nor is a body of ours the data knows) is the partner,
a body though no word before it says so and though a place makes up much of its name (``Digital
Chile``); our side is left alone (``signing_partners``).
"""

from __future__ import annotations

import re

from planner.core.article.gazetteer import Mention
from planner.core.article.who.orgnames import NOT_NAMES, RUN, found_org, trim
from planner.core.article.who.rolebody import Span

_SIDES = re.compile(
    rf"(?P<a>{RUN})\s+(?:and|&)\s+(?:the\s+)?(?P<b>{RUN})"
    r"\s+(?:(?:will|would|have|has|had|are\s+to|jointly|formally)\s+)*(?:sign(?:s|ed)?|inked|exchanged)"
    r"\s+(?:an?\s+|the\s+)?(?:MoUs?\b|memorand|agreement|pact|accord)"
)


def signing_partners(
    text: str,
    mentions: list[Mention],
    found: list[Mention],
    free: Span,
    places_ok: Span,
) -> None:
    """Add to ``found`` the partner of each signing told with both sides as its subject."""
    for m in _SIDES.finditer(text):
        ours = [
            side
            for side in ("a", "b")
            if any(
                (p.entity.kind == "state" or (p.entity.kind == "org" and p.entity.home))
                and m.start(side) <= p.start < m.end(side)
                for p in mentions
            )
        ]
        if len(ours) != 1:
            continue  # neither side is ours, or both: no telling which is the partner
        theirs = "b" if ours == ["a"] else "a"
        start, end = trim(text, m.start(theirs), m.end(theirs))
        while (first := re.match(r"(\S+)\s+", text[start:end])) and first.group(1) in NOT_NAMES:
            start += first.end()  # "On 19 August Copper Valley Ventures and …": the date's words go
        name = text[start:end]
        if len(name.split()) < 2:
            continue
        if any(p.entity.kind != "org" and (p.start, p.end) == (start, end) for p in mentions):
            continue  # "Mauritius and Maharashtra signed": the place itself
        if free(start, end) and places_ok(start, end):
            found.append(Mention(found_org(name), start, end, name))
