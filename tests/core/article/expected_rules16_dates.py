"""Round 16 training articles (``rules16_dates_*``): filled by the round's dates work.

Written before any rule, each rule in at least two articles:

* a line opened by a weekday and its full date (``Somvaar, 5 October 2026: … pahuncha``, ``Monday, 8
  March 2027: The team landed …``) is a day's entry, not a dateline: a weekday is never a dateline's
  place, so the entry keeps its date (``when.published.weekday_place``): a Roman-Hindi group diary of a
  visit to Kazakhstan; an English officers' logbook of a visit to Chile;
* a meeting held at home to prepare or review the visit (``RECORD NOTE of the review meeting held on 2
  February 2027 … to review the arrangements for the … visit``, ``बैठक कर … दौरे की तैयारियों की समीक्षा
  की``) is not an engagement, its date no day of the visit (``when.prepmeeting``): an English record
  note of a department for a visit to Ghana; a Hindi department news item on the preparations for a
  visit to Portugal (its headline also telling the arrival).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

ALMATY, SANTIAGO = "Asia/Almaty", "America/Santiago"
ACCRA, LISBON = "Africa/Accra", "Europe/Lisbon"

RULES16_DATES: dict[str, dict[str, Any]] = {
    # Roman Hindi group diary: every entry opened by "<Somvaar…>, <date>:", the first in the opening lines
    "rules16_dates_roman_groupdiary_pb_kazakhstan": {
        "published": None,
        "language": "hi",
        "head": "Tarunpreet Singh Sond",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-09"),
        "engagements": {
            "Arrival in Almaty": _e("2026-10-05", "Almaty", ALMATY),
            "Meeting with Kazakh Invest": _e(
                "2026-10-06", "Almaty", ALMATY, start="2026-10-06T10:00:00+05:00"
            ),
            "Visit to Rakhat Confectionery": _e("2026-10-07", "Almaty", ALMATY),
            "MoU signing with Kazakh National Agrarian University": _e("2026-10-08", "Almaty", ALMATY),
            "Return to India": _e("2026-10-09", None, KOLKATA),
        },
        "stops": [("Almaty", "2026-10-05", "2026-10-09")],
        "contacts": [
            ("Arman Zhakupov", "", "Deputy Chairman", "Kazakh Invest", "host"),
        ],
    },
    # English officers' logbook: "Monday, 8 March 2027: …" entries, a day trip to Rancagua
    "rules16_dates_en_logbook_hr_chile": {
        "published": None,
        "language": "en",
        "head": "Agriculture Minister Shyam Singh Rana",
        "year": 2027,
        "span": ("2027-03-08", "2027-03-12"),
        "engagements": {
            "Arrival in Santiago": _e("2027-03-08", "Santiago", SANTIAGO),
            "Meeting with Chilean Fruit Exporters Association (Frutas de Chile)": _e(
                "2027-03-09", "Santiago", SANTIAGO, start="2027-03-09T11:00:00-03:00"
            ),
            "Visit to Agrosuper": _e("2027-03-10", "Rancagua", SANTIAGO),
            "MoU signing with University of Chile": _e("2027-03-11", "Santiago", SANTIAGO),
            "Return to India": _e("2027-03-12", None, KOLKATA),
        },
        "stops": [("Santiago", "2027-03-08", "2027-03-12")],
        "contacts": [
            ("Raja Sekhar Vundru", "", "Principal Secretary (Agriculture)", "", "delegation"),
            (
                "Iván Marambio",
                "",
                "President",
                "Chilean Fruit Exporters Association (Frutas de Chile)",
                "host",
            ),
        ],
    },
    # English record note of a review meeting at home (2 February), then the approved programme
    "rules16_dates_en_recordnote_tn_ghana": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T. R. B. Rajaa",
        "year": 2027,
        "span": ("2027-02-15", "2027-02-18"),
        "engagements": {
            "Arrival in Accra": _e("2027-02-15", "Accra", ACCRA),
            "Meeting with Ghana Investment Promotion Centre (GIPC)": _e(
                "2027-02-16", "Accra", ACCRA, start="2027-02-16T10:00:00+00:00"
            ),
            "Visit to Tema Port": _e("2027-02-17", "Tema", ACCRA, start="2027-02-17T11:00:00+00:00"),
            "Return to India": _e("2027-02-18", None, KOLKATA),
        },
        "stops": [("Accra", "2027-02-15", "2027-02-18")],
        "contacts": [
            ("S. Krishnan", "", "Additional Chief Secretary (Industries)", "", "delegation"),
            ("Yofi Grant", "", "CEO", "Ghana Investment Promotion Centre (GIPC)", "host"),
        ],
    },
    # Hindi department news: the chief secretary's review of the preparations (2 March), then the plan
    "rules16_dates_hi_deptnews_rj_portugal": {
        "published": None,
        "language": "hi",
        "head": "उद्योग मंत्री राज्यवर्धन सिंह राठौड़",
        "year": 2027,
        "span": ("2027-03-09", "2027-03-12"),
        "engagements": {
            "Arrival in Lisbon": _e("2027-03-09", "Lisbon", LISBON),
            "Meeting with AICEP Portugal Global": _e("2027-03-10", "Lisbon", LISBON),
            "Visit to Vista Alegre": _e("2027-03-11", "Porto", LISBON),
            "Return to India": _e("2027-03-12", None, KOLKATA),
        },
        "stops": [("Lisbon", "2027-03-09", "2027-03-12")],
        "contacts": [],
    },
}
