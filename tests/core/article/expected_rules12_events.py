"""Round 12 training articles (``rules12_events_*``): written by hand, with these figures, before
the code they exercise.

Two fictional visits for an address to the diaspora told without the word "address": the head
``spoke to the Indian community`` (a speech to an audience, not a talk across a table) or went
among it (``प्रवासी भारतीयों के बीच पहुंचे``, Roman ``samuday ke beech``): an "Address to the Indian
diaspora", as the held-out rounds have it:

* a Karnataka department's English statement (Namibia): ``In the evening the minister spoke to the
  Indian community at a school hall``;
* a Madhya Pradesh report in Devanagari Hindi (Oman): ``शाम मुख्यमंत्री मस्कट में बसे प्रवासी
  भारतीयों के बीच पहुंचे और उनसे … अपील की``.

Same shape as ``expected.BLIND2``; conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

WINDHOEK, MUSCAT = "Africa/Windhoek", "Asia/Muscat"

RULES12_EVENTS: dict[str, dict[str, Any]] = {
    # English: "spoke to the Indian community at a school hall"
    "rules12_events_en_statement_ka_namibia": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister K. Raghavendra",
        "year": 2026,
        "span": ("2026-08-17", "2026-08-19"),
        "engagements": {
            "Arrival in Windhoek": _e("2026-08-17", "Windhoek", WINDHOEK),
            "Meeting with Namibia Investment Promotion and Development Board (NIPDB)": _e(
                "2026-08-17", "Windhoek", WINDHOEK
            ),
            "Visit to Kalahari Copper Works": _e("2026-08-18", "Windhoek", WINDHOEK),
            "Address to the Indian diaspora": _e("2026-08-18", "Windhoek", WINDHOEK),
            "Return to India": _e("2026-08-19", None, KOLKATA),
        },
        "stops": [("Windhoek", "2026-08-17", "2026-08-19")],
        "contacts": [],
    },
    # Hindi: "प्रवासी भारतीयों के बीच पहुंचे और उनसे … अपील की"
    "rules12_events_hi_report_mp_oman": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Ramesh Choudhary",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-12"),
        "engagements": {
            "Arrival in Muscat": _e("2026-11-09", "Muscat", MUSCAT),
            "Meeting with Oman Investment Authority": _e(
                "2026-11-10", "Muscat", MUSCAT, start="2026-11-10T11:00:00+04:00"
            ),
            "Address to the Indian diaspora": _e("2026-11-10", "Muscat", MUSCAT),
            "Visit to Al Noor Pharmaceuticals": _e("2026-11-11", "Muscat", MUSCAT),
            "Return to India": _e("2026-11-12", None, KOLKATA),
        },
        "stops": [("Muscat", "2026-11-09", "2026-11-12")],
        "contacts": [],
    },
}
