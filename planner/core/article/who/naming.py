"""A title's holder named by saying the name: ``the Zambia Development Agency, whose director general
is Mwila Banda, not Mwila Bwalya as our report said``, ``its general manager's name is Chanda Phiri``,
``की अध्यक्ष का नाम Patricia Rosales है, Patricia Morales नहीं``, Roman Hindi ``Unki CEO ka naam
Aigerim Bekova hai`` (read into Devanagari first: ``उनकी CEO का नाम …``).

The name right after ``is``, ``'s name is`` or ``का/की/के नाम`` is the title's when the clause ends
with it (a comma, a stop, ``है``/``हैं``/``था``, ``, not``/``नहीं``): ``the director is expected to
…`` names no one.  A correction's wrong name after ``not``/before ``नहीं`` is never taken.
"""

from __future__ import annotations

import re

from planner.core.article.who.names import names_after

#: between a title and the name said: "is", "'s name is", "का नाम"
_SAID = re.compile(r"(?:['’]s\s+name\s+is|\s+(?:is|name\s+is))\s+|\s+(?:का|की|के)\s+नाम\s+")
#: where the clause of the name ends
_ENDS = re.compile(r"\s*(?:[,.;:)]|$|(?:है|हैं|था|थे|थी|थीं)(?![\u0900-\u097F]))")


def said_name(text: str, end: int, spans: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """The name said right after the title ending at ``end``, if any."""
    said = _SAID.match(text, end)
    if said is None:
        return []
    found = names_after(text, said.end(), spans)[:1]
    if not found or found[0][1] > said.end() + 12:
        return []  # only an honorific between
    return found if _ENDS.match(text, found[0][2]) else []


__all__ = ["said_name"]
