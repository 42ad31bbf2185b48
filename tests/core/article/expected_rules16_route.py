"""Round 16 training articles (``rules16_route_*``): where a visit stops, and when it begins.

Written before any rule, each rule in at least two articles:

* a landing told without "in" or "at": a programme's bare item ("13:40 Land Ulaanbaatar (Chinggis
  Khaan International)", "07:15 Land Brisbane International") or the mixed-script and Roman Hindi
  "Santiago land किया", "Hanoi land kiya" is the arrival in the city named, so the first stop
  begins on the day of landing, not on its first meeting (``moves.ARRIVE``): an English movement
  order (Mongolia) and a mixed-script team update (Chile);
* a programme's day whose heading calls it a day trip ("TUESDAY 7 SEPTEMBER (day trip, rooms
  retained)", "बुधवार, 14 अप्रैल 2027 (day trip)") makes the place gone to under it no stop: its
  engagements keep their city, the journey there is no move, and the days stay with the stop it
  was made from (``dayheadings``, ``daytrips``): an English ministerial programme (Rabat and
  Casablanca, Morocco) and a mixed-script desk plan (Colombo and Kandy, Sri Lanka).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

ULAANBAATAR, SANTIAGO = "Asia/Ulaanbaatar", "America/Santiago"
CASABLANCA, COLOMBO = "Africa/Casablanca", "Asia/Colombo"

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
    # English ministerial programme (version of 28 August 2027); Casablanca on a day headed "day
    # trip, rooms retained", back at the Rabat hotel the same evening
    "rules16_route_en_ministerialprogramme_tn_morocco": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T. R. B. Rajaa",
        "year": 2027,
        "span": ("2027-09-05", "2027-09-09"),
        "engagements": {
            "Arrival in Rabat": _e("2027-09-05", "Rabat", CASABLANCA, start="2027-09-05T16:20:00+01:00"),
            "Meeting with Moroccan Investment and Export Development Agency (AMDIE)": _e(
                "2027-09-06", "Rabat", CASABLANCA, start="2027-09-06T10:00:00+01:00"
            ),
            "Visit to Technopolis Rabat": _e(
                "2027-09-06", "Rabat", CASABLANCA, start="2027-09-06T15:30:00+01:00"
            ),
            "Visit to Casablanca Finance City Authority": _e(
                "2027-09-07", "Casablanca", CASABLANCA, start="2027-09-07T11:00:00+01:00"
            ),
            "Meeting with General Confederation of Moroccan Enterprises (CGEM)": _e(
                "2027-09-08", "Rabat", CASABLANCA, start="2027-09-08T10:30:00+01:00"
            ),
            "Return to India": _e("2027-09-09", None, KOLKATA),
        },
        "stops": [("Rabat", "2027-09-05", "2027-09-09")],
        "contacts": [],
    },
    # mixed-script desk plan (April 2027): Kandy under "बुधवार, 14 अप्रैल 2027 (day trip)"
    "rules16_route_mixed_deskplan_wb_srilanka": {
        "published": None,
        "language": "hi",
        "head": "पर्यटन मंत्री इंद्रनील सेन",
        "year": 2027,
        "span": ("2027-04-12", "2027-04-16"),
        "engagements": {
            "Arrival in Colombo": _e("2027-04-12", "Colombo", COLOMBO, start="2027-04-12T13:00:00+05:30"),
            "Meeting with Sri Lanka Tourism Development Authority": _e(
                "2027-04-13", "Colombo", COLOMBO, start="2027-04-13T10:00:00+05:30"
            ),
            "Visit to Temple of the Tooth": _e(
                "2027-04-14", "Kandy", COLOMBO, start="2027-04-14T12:00:00+05:30"
            ),
            "Meeting with Ceylon Chamber of Commerce": _e(
                "2027-04-15", "Colombo", COLOMBO, start="2027-04-15T11:00:00+05:30"
            ),
            "Return to India": _e("2027-04-16", None, KOLKATA),
        },
        "stops": [("Colombo", "2027-04-12", "2027-04-16")],
        "contacts": [],
    },
}
