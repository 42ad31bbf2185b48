"""Round 16 training articles (``rules16_route_*``): where a visit stops, and when it begins.

Written before any rule, each rule in at least two articles:

* a landing told without "in" or "at": a programme's bare item ("13:40 Land Ulaanbaatar (Chinggis
  Khaan International)", "07:15 Land Brisbane International") or the mixed-script and Roman Hindi
  "Santiago land किया", "Hanoi land kiya" is the arrival in the city named, so the first stop
  begins on the day of landing, not on its first meeting (``moves.ARRIVE``): an English movement
  order (Mongolia) and a mixed-script team update (Chile).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

ULAANBAATAR, SANTIAGO = "Asia/Ulaanbaatar", "America/Santiago"

RULES16_ROUTE: dict[str, dict[str, Any]] = {
    # English movement order (issued 1 June 2027), no span given: "13:40 Land Ulaanbaatar (…)" is
    # the only arrival; Seoul a change of aircraft; free days are no engagements
    "rules16_route_en_movementorder_mh_mongolia": {
        "published": None,
        "language": "en",
        "head": "Mines Minister Prakash Jadhav",
        "year": 2027,
        "span": ("2027-06-09", "2027-06-13"),
        "engagements": {
            "Arrival in Ulaanbaatar": _e(
                "2027-06-09", "Ulaanbaatar", ULAANBAATAR, start="2027-06-09T13:40:00+08:00"
            ),
            "Meeting with Ministry of Mining and Heavy Industry": _e(
                "2027-06-10", "Ulaanbaatar", ULAANBAATAR, start="2027-06-10T10:00:00+08:00"
            ),
            "Visit to Mongolian Geological Survey": _e(
                "2027-06-10", "Ulaanbaatar", ULAANBAATAR, start="2027-06-10T15:00:00+08:00"
            ),
            "Meeting with Mongolian National Chamber of Commerce and Industry": _e(
                "2027-06-11", "Ulaanbaatar", ULAANBAATAR, start="2027-06-11T11:00:00+08:00"
            ),
            "Return to India": _e("2027-06-13", None, KOLKATA),
        },
        "stops": [("Ulaanbaatar", "2027-06-09", "2027-06-13")],
        "contacts": [
            ("Anil Deshmukh", "", "Secretary (Mines)", "", "delegation"),
            ("Rekha Kulkarni", "", "Director of Geology and Mining", "", "delegation"),
        ],
    },
    # mixed-script team update (March 2027): "São Paulo में flight बदलकर शाम को Santiago land किया";
    # Chile has several zones, so only the landing places the meetings in Santiago's
    "rules16_route_mixed_teamupdate_rj_chile": {
        "published": None,
        "language": "hi",
        "head": "खान मंत्री कन्हैयालाल मीणा",
        "year": 2027,
        "span": ("2027-03-15", "2027-03-18"),
        "engagements": {
            "Arrival in Santiago": _e("2027-03-15", "Santiago", SANTIAGO),
            "Meeting with Ministry of Mining": _e(
                "2027-03-16", "Santiago", SANTIAGO, start="2027-03-16T10:00:00-03:00"
            ),
            "Visit to Codelco": _e("2027-03-16", "Santiago", SANTIAGO),
            "Meeting with National Mining Society": _e("2027-03-17", "Santiago", SANTIAGO),
            "Return to India": _e("2027-03-18", None, KOLKATA),
        },
        "stops": [("Santiago", "2027-03-15", "2027-03-18")],
        "contacts": [],
    },
}
