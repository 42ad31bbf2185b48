"""Clock times as people type them: ``1000``, ``10:00``, ``10.00``, ``10``, ``9:30 pm``, ``2130``."""

from __future__ import annotations

import datetime as dt
import re

_FORM = re.compile(
    r"""^\s*(?P<h>\d{1,2})(?:\s*[:.h]\s*(?P<m>\d{2})|(?P<m4>\d{2}))?\s*
        (?P<half>[ap]\.?\s*m\.?)?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def parse_clock(text: str) -> dt.time | None:
    """The time ``text`` names, or ``None`` when it names none (``25:00``, ``10:75``, ``soon``).

    Four digits are hours and minutes (``0930``); three are one digit of hours and two of
    minutes (``930``); one or two are whole hours. ``am``/``pm`` follow the 12-hour clock:
    ``12 am`` is midnight, ``12 pm`` noon.
    """
    match = _FORM.match(text)
    if match is None:
        return None
    hour, minute = int(match["h"]), int(match["m"] or match["m4"] or 0)
    half = (match["half"] or "").lower().replace(".", "").replace(" ", "")
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return dt.time(hour, minute)
