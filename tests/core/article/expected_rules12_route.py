"""Round 12 training articles (``rules12_route_*``): which city a name means.

Written before any rule, each rule in at least two articles:

* a city's own name (or its name without accents) wins over another city's alternate name, and a
  big city named only by an alternate name that is another city's own gives its country no claim on
  the visit: "Zaragoza" is Spain's city, not Tijuana (listed under it as an old name), in an English
  release (Spain); "Thai Nguyen" is Vietnam's Thái Nguyên, not China's Taiyuan, in a mixed-script
  report (Vietnam).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

MADRID, HANOI, BANGKOK = "Europe/Madrid", "Asia/Ho_Chi_Minh", "Asia/Bangkok"  # GeoNames: Thái Nguyên's

RULES12_ROUTE: dict[str, dict[str, Any]] = {
    # release (9 October); "Zaragoza" (Tijuana's alternate name) told by train
    "rules12_route_en_release_or_spain": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Pradeep Kumar Sahoo",
        "year": 2026,
        "span": ("2026-10-04", "2026-10-08"),
        "engagements": {
            "Arrival in Madrid": _e("2026-10-04", "Madrid", MADRID),
            "Meeting with Spanish Food and Drink Industry Federation": _e("2026-10-05", "Madrid", MADRID),
            "Departure for Zaragoza": _e("2026-10-06", "Zaragoza", MADRID),
            "Meeting with Aragon Logistics Platform": _e("2026-10-06", "Zaragoza", MADRID),
            "Visit to Ebro Valley Fruits": _e("2026-10-07", "Zaragoza", MADRID),
            "Return to India": _e("2026-10-08", None, KOLKATA),
        },
        "stops": [("Madrid", "2026-10-04", "2026-10-06"), ("Zaragoza", "2026-10-06", "2026-10-08")],
        "contacts": [],
    },
    # mixed-script report (24 November); "Thai Nguyen" (Taiyuan's alternate name) in Latin letters
    "rules12_route_mixed_report_tn_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Textiles Minister R. Ilangovan",
        "year": 2026,
        "span": ("2026-11-19", "2026-11-23"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-11-19", "Hanoi", HANOI),
            "Meeting with Vietnam Textile and Apparel Association": _e("2026-11-20", "Hanoi", HANOI),
            "Departure for Thái Nguyên": _e("2026-11-21", "Thái Nguyên", BANGKOK),
            "Meeting with Northern Silk Weavers Cooperative": _e("2026-11-21", "Thái Nguyên", BANGKOK),
            "Visit to Song Cau Garments": _e("2026-11-22", "Thái Nguyên", BANGKOK),
            "Return to India": _e("2026-11-23", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-11-19", "2026-11-21"), ("Thái Nguyên", "2026-11-21", "2026-11-23")],
        "contacts": [],
    },
}
