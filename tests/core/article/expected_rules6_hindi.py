"""Expected visits for the sixth rules round, task "article6-hindi" (``rules6_*``): written before the code.

Kinds of Hindi writing the lead saw failing in blind4:

* an e-paper page whose only date is its masthead line, cells split by ``|`` or ``•``
  (``दैनिक नवज्योति | जयपुर संस्करण | सोमवार, 9 फरवरी 2026 | पेज 5``): the weekdays of the report
  are read against it by tense (``रविवार को पहुंचा`` the day before, ``सोमवार को ... करेंगे`` the
  same day);
* the head named in the headline by office and surname alone after the country
  (``जापान में मुख्यमंत्री साय``, ``सिंगापुर में मंत्री राठौड़``): the head, no member of the delegation.

Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

TOKYO, SINGAPORE = "Asia/Tokyo", "Asia/Singapore"

RULES6_HINDI: dict[str, dict[str, Any]] = {
    # masthead Monday 9 February 2026: रविवार (past) = 8, सोमवार (future) = 9, मंगलवार = 10
    "rules6_hi_epaper_rj_singapore": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Rajyavardhan Singh Rathore",
        "year": None,  # the masthead's year, none in the report
        "span": ("2026-02-08", "2026-02-11"),
        "engagements": {
            "Arrival in Singapore": _e("2026-02-08", "Singapore", SINGAPORE),
            "Meeting with Temasek": _e("2026-02-09", "Singapore", SINGAPORE),
            "Address to the Indian diaspora": _e("2026-02-10", "Singapore", SINGAPORE),
            "Return to India": _e("2026-02-11", None, KOLKATA),
        },
        "stops": [("Singapore", "2026-02-08", "2026-02-11")],
        "contacts": [],
    },
    # masthead Thursday 23 July 2026 with "•": मंगलवार (past) = 21, बुधवार (past) = 22,
    # गुरुवार (future) = 23, शनिवार = 25
    "rules6_hi_epaper_cg_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnudev Sai",
        "year": None,  # the masthead's year, none in the report
        "span": ("2026-07-21", "2026-07-25"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-07-21", "Tokyo", TOKYO),
            "Meeting with Toyota": _e("2026-07-22", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-07-23", "Osaka", TOKYO),
            "Return to India": _e("2026-07-25", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-07-21", "2026-07-23"), ("Osaka", "2026-07-23", "2026-07-25")],
        "contacts": [],
    },
}
