"""The speaker of a recorded quote in a broadcast script: a contact with the role and body told.

A television or radio script marks where a recorded quote plays with a cue, and names its speaker
with a role and a body, in brackets or after a colon, on a line of its own before the quote:
``BYTE (Rui Medeiros, President, Ponta Delgada Chamber of Commerce and Industry):``, ``ACTUALITY
(Hery Rakotomalala, Director General, Economic Development Board of Madagascar):``, ``SOT: Jane
Roe, CEO, Acme``, ``बाइट (Lourenço Sambo, Director General, APIEX):``.  The speaker is someone the
delegation met or one of its members (the body is the home state's: ``President, Karnataka
Exporters Association``); the body is read as the cue writes it, since a script need not name it
anywhere else.  Names written in Latin letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from planner.core.article.who.names import HONORIFIC, LATIN_LETTERS

_NAME = rf"[A-Z\u00c0-\u00de][{LATIN_LETTERS}'’.-]*(?:\s+[A-Z\u00c0-\u00de][{LATIN_LETTERS}'’.-]*){{1,4}}"
#: the cue: "BYTE", "SOT" (sound on tape), "SYNC", "ACTUALITY", "VOX POP", "बाइट", "साउंड बाइट"
_CUE = re.compile(
    rf"\s*(?:BYTE|SOT|SYNC|ACTUALITY|VOX\s+POP|(?:साउंड\s+)?बाइट)\s*(?:\(|[:–—-])\s*(?:{HONORIFIC.pattern})?"
    rf"(?P<name>{_NAME})\s*,\s*(?P<role>[^,()\n]{{2,60}}?)\s*,\s*(?P<body>[^()\n]{{2,100}}?)\s*\)?\s*:?\s*"
)


@dataclass(frozen=True)
class Speaker:
    """Who speaks a quote: the name, the role and the body as the cue tells them, where the body is."""

    name: str
    role: str
    body: str
    start: int
    body_start: int
    body_end: int


def speaker(text: str) -> Speaker | None:
    """The speaker a script's cue line names, else None."""
    cue = _CUE.fullmatch(text)
    if cue is None:
        return None
    return Speaker(
        cue.group("name"),
        cue.group("role"),
        cue.group("body"),
        cue.start("name"),
        cue.start("body"),
        cue.end("body"),
    )


__all__ = ["Speaker", "speaker"]
