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

Two for a body named in full once and by its first word elsewhere (``Corvalia Aquafeed Systems``,
then ``with Corvalia's managing director``; ``Borowik Precision Tools``, then ``Borowik के Warsaw
स्थित … plant का visit``): the first word alone is that body, as an acronym spelled out once is:

* a Tamil Nadu department's English statement (Ecuador);
* a Gujarat update in mixed script (Poland), whose MoU is for a unit at home (``Rajkot में एक joint
  unit के लिए MoU``): the home town is no partner.

Same shape as ``expected.BLIND2``; conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

WINDHOEK, MUSCAT, QUITO, WARSAW = "Africa/Windhoek", "Asia/Muscat", "America/Guayaquil", "Europe/Warsaw"

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
    # English: "Corvalia Aquafeed Systems", then "Corvalia's managing director", "Corvalia then signed"
    "rules12_events_en_release_tn_ecuador": {
        "published": None,
        "language": "en",
        "head": "Industries Minister S. Kathiravan",
        "year": 2026,
        "span": ("2026-05-11", "2026-05-14"),
        "engagements": {
            "Arrival in Quito": _e("2026-05-11", "Quito", QUITO),
            "Meeting with Ministry of Production, Foreign Trade and Investment": _e(
                "2026-05-11", "Quito", QUITO
            ),
            "Visit to Corvalia Aquafeed Systems": _e("2026-05-12", "Quito", QUITO),
            "MoU signing with Corvalia Aquafeed Systems": _e("2026-05-12", "Quito", QUITO),
            "Meeting with Ecuadorian Chamber of Aquaculture": _e("2026-05-13", "Quito", QUITO),
            "Return to India": _e("2026-05-14", None, KOLKATA),
        },
        "stops": [("Quito", "2026-05-11", "2026-05-14")],
        "contacts": [],
    },
    # mixed script: "Borowik के Warsaw स्थित … plant का visit", then "Borowik Precision Tools के साथ
    # Rajkot में एक joint unit के लिए MoU"
    "rules12_events_mixed_update_gj_poland": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Harshad Vaghela",
        "year": 2026,
        "span": ("2026-06-11", "2026-06-14"),
        "engagements": {
            "Arrival in Warsaw": _e("2026-06-11", "Warsaw", WARSAW),
            "Meeting with Polish Investment and Trade Agency": _e(
                "2026-06-12", "Warsaw", WARSAW, start="2026-06-12T10:00:00+02:00"
            ),
            "Visit to Borowik Precision Tools": _e("2026-06-13", "Warsaw", WARSAW),
            "MoU signing with Borowik Precision Tools": _e("2026-06-13", "Warsaw", WARSAW),
            "Return to India": _e("2026-06-14", None, KOLKATA),
        },
        "stops": [("Warsaw", "2026-06-11", "2026-06-14")],
        "contacts": [],
    },
}
