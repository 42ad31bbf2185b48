"""Round 13 training articles (``rules13_route_*``): where a visit goes.

Written before any rule, each rule in at least two articles:

* a visit whose report names no country, only the cities of one of its states or territories, is
  placed by the city the delegation lands in or reaches: its largest namesake's country is the
  visit's, so that country's lesser cities are found too: "landed in Halifax", then Moncton, in an
  English release that names neither Canada nor its provinces (Canada); "डार्विन पहुंचा", then
  केर्न्स, in a Hindi report that never names Australia (Australia).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

HALIFAX, MONCTON = "America/Halifax", "America/Moncton"
DARWIN, BRISBANE = "Australia/Darwin", "Australia/Brisbane"  # Brisbane: GeoNames' zone of Cairns

RULES13_ROUTE: dict[str, dict[str, Any]] = {
    # English release (14 June); Halifax and Moncton, Canada never named
    "rules13_route_en_release_kl_canada": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister Joseph Mathew Kurian",
        "year": 2027,
        "span": ("2027-06-07", "2027-06-11"),
        "engagements": {
            "Arrival in Halifax": _e("2027-06-07", "Halifax", HALIFAX),
            "Meeting with Nova Scotia Seafood Alliance": _e("2027-06-08", "Halifax", HALIFAX),
            "Departure for Moncton": _e("2027-06-09", "Moncton", MONCTON),
            "Visit to Tidewater Shellfish": _e("2027-06-09", "Moncton", MONCTON),
            "Meeting with Acadian Fishermen's Cooperative": _e("2027-06-10", "Moncton", MONCTON),
            "Return to India": _e("2027-06-11", None, KOLKATA),
        },
        "stops": [("Halifax", "2027-06-07", "2027-06-09"), ("Moncton", "2027-06-09", "2027-06-11")],
        "contacts": [],
    },
    # Hindi report (20 August); डार्विन and केर्न्स, Australia never named
    "rules13_route_hi_report_mp_australia": {
        "published": None,
        "language": "hi",
        "head": "कृषि मंत्री रामेश्वर सिंह चौहान",
        "year": 2026,
        "span": ("2026-08-10", "2026-08-14"),
        "engagements": {
            "Arrival in Darwin": _e("2026-08-10", "Darwin", DARWIN),
            "Meeting with Top End Mango Growers Association": _e("2026-08-11", "Darwin", DARWIN),
            "Departure for Cairns": _e("2026-08-12", "Cairns", BRISBANE),
            "Visit to Tablelands Banana Research Station": _e("2026-08-12", "Cairns", BRISBANE),
            "Meeting with Far North Growers Cooperative": _e("2026-08-13", "Cairns", BRISBANE),
            "Return to India": _e("2026-08-14", None, KOLKATA),
        },
        "stops": [("Darwin", "2026-08-10", "2026-08-12"), ("Cairns", "2026-08-12", "2026-08-14")],
        "contacts": [],
    },
}
