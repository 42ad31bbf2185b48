"""Round 15 training articles (``rules15_dates_*``): filled by the round's dates work.

Written before any rule, each rule in at least two articles:

* a series of entries each opened by the visit's day (``Day 2 | Guruvaar, 15 October`` over its
  paragraph, ``Day 3 Today we toured …`` opening its line) tells its ``आज``/``today`` of that entry's
  day, not of the publication date; ``Day`` before a figure in Roman Hindi stays the English label
  (not डाई), and ``Day 1 (Mon, 8 Mar)`` is one day, the date's (``when.dayheads``,
  ``reading.roman``): a Roman-Hindi photo diary of a visit to Fiji; an English field journal posted
  days after a visit to Iceland;
* a feed's posting stamps in Indian time with a Hindi month (``4 दिसंबर, 21:15 IST — …``) or in
  square brackets on a line of their own (``[22 Sep 2026, 09:05]``, the page saying its times are
  IST) head items whose ``आज`` is the stamp's day (``reading.live``): a Hindi news ticker in reverse
  order with an unrelated item between (Oman); a mixed-script WhatsApp channel (Malta);
* every row of the list under a day's heading is that day's, a row without a time (``- Cars at the
  hotel porch``, ``- नाश्ते के बाद होटल से प्रस्थान।``) no longer ending the day's list (``when.dayrows``,
  moved out of ``parse``): an English ground transport plan for Latvia; a Hindi protocol note for
  Morocco.  (Written after the rule's first draft, on the failure it showed in blind13 Queensland.)
* a heading that is a short weekday and its date with no year (``Tue 15 Sep``, ``WED 21 APR``, ``Tue 08
  June``) is a day's heading over the rows under it (``dayheads.WEEKDAY_WORDS``): an English run sheet
  (Estonia); a mixed-script duty roster (Slovenia).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

FIJI, REYKJAVIK, MUSCAT, MALTA = "Pacific/Fiji", "Atlantic/Reykjavik", "Asia/Muscat", "Europe/Malta"
RIGA, CASABLANCA = "Europe/Riga", "Africa/Casablanca"
TALLINN, LJUBLJANA = "Europe/Tallinn", "Europe/Ljubljana"

RULES15_DATES: dict[str, dict[str, Any]] = {
    # Roman Hindi photo diary: "Day N | <weekday>, <date>" over each day's paragraph, "aaj" in it
    "rules15_dates_roman_photodiary_mh_fiji": {
        "published": dt.date(2026, 10, 19),
        "language": "hi",
        "head": "Uday Samant",
        "year": 2026,
        "span": ("2026-10-14", "2026-10-18"),
        "engagements": {
            "Arrival in Suva": _e("2026-10-14", "Suva", FIJI),
            "Meeting with Investment Fiji": _e("2026-10-15", "Suva", FIJI, start="2026-10-15T11:00:00+12:00"),
            "MoU signing with University of the South Pacific": _e("2026-10-16", "Suva", FIJI),
            "Visit to Fiji Sugar Corporation": _e("2026-10-17", "Suva", FIJI),
            "Return to India": _e("2026-10-18", None, KOLKATA),
        },
        "stops": [("Suva", "2026-10-14", "2026-10-18")],
        "contacts": [
            ("Dr. Vikas Patil", "", "Industries Secretary", "", "delegation"),
            ("Kamal Chetty", "", "CEO", "Investment Fiji", "host"),
            ("Prof. Pal Ahluwalia", "", "Vice-Chancellor", "University of the South Pacific", "host"),
            ("Graham Clark", "", "General Manager", "Fiji Sugar Corporation", "host"),
        ],
    },
    # English field journal posted 14 March: "Day 1 (Mon, 8 Mar)", then "Day N Today …" lines
    "rules15_dates_en_fieldjournal_ka_iceland": {
        "published": dt.date(2027, 3, 14),
        "language": "en",
        "head": "Energy Minister K. J. George",
        "year": 2027,
        "span": ("2027-03-08", "2027-03-13"),
        "engagements": {
            "Arrival in Reykjavík": _e("2027-03-08", "Reykjavík", REYKJAVIK),
            "Meeting with National Energy Authority": _e("2027-03-09", "Reykjavík", REYKJAVIK),
            "Visit to Hellisheidi Power Station": _e("2027-03-10", "Reykjavík", REYKJAVIK),
            "MoU signing with Reykjavik University": _e("2027-03-11", "Reykjavík", REYKJAVIK),
            "Meeting with Iceland Chamber of Commerce": _e("2027-03-12", "Reykjavík", REYKJAVIK, "cancelled"),
            "Return to India": _e("2027-03-13", None, KOLKATA),
        },
        "stops": [("Reykjavík", "2027-03-08", "2027-03-13")],
        "contacts": [
            ("Halla Hrund Logadottir", "", "Director General", "National Energy Authority", "host"),
            ("Einar Gunnarsson", "", "Plant Manager", "Hellisheidi Power Station", "host"),
        ],
    },
    # Hindi news ticker, newest first: "4 दिसंबर, 21:15 IST — मंत्री आज …", an unrelated Vellore item
    "rules15_dates_hi_newsticker_tn_oman": {
        "published": dt.date(2026, 12, 5),
        "language": "hi",
        "head": "उद्योग मंत्री टी. आर. बी. राजा",
        "year": 2026,
        "span": ("2026-12-02", "2026-12-05"),
        "engagements": {
            "Arrival in Muscat": _e("2026-12-02", "Muscat", MUSCAT),
            "Departure for Şalālah": _e("2026-12-03", "Şalālah", MUSCAT),
            "Visit to Port of Salalah": _e("2026-12-03", "Şalālah", MUSCAT),
            "Departure for Muscat": _e("2026-12-04", "Muscat", MUSCAT),
            "MoU signing with Oman Chamber of Commerce and Industry": _e("2026-12-04", "Muscat", MUSCAT),
            "Return to India": _e("2026-12-05", None, KOLKATA),
        },
        "stops": [
            ("Muscat", "2026-12-02", "2026-12-03"),
            ("Şalālah", "2026-12-03", "2026-12-04"),
            ("Muscat", "2026-12-04", "2026-12-05"),
        ],
        "contacts": [
            ("Faisal Al-Ravas", "फैसल अल-रवास", "President", "Oman Chamber of Commerce and Industry", "host"),
            ("Ahmad Al-Shanafri", "अहमद अल-शनफरी", "Chief Executive", "Port of Salalah", "host"),
        ],
    },
    # WhatsApp channel, "[22 Sep 2026, 09:05]" stamps alone on their lines, "सभी timestamps IST में"
    "rules15_dates_mixed_whatsappchannel_pb_malta": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Tarunpreet Singh Sond",
        "year": 2026,
        "span": ("2026-09-21", "2026-09-25"),
        "engagements": {
            "Arrival in Valletta": _e("2026-09-21", "Valletta", MALTA),
            "Meeting with Malta Enterprise": _e(
                "2026-09-22", "Valletta", MALTA, start="2026-09-22T11:00:00+02:00"
            ),
            "MoU signing with University of Malta": _e("2026-09-23", "Valletta", MALTA),
            "Meeting with Malta Chamber of Commerce": _e("2026-09-24", "Valletta", MALTA, "cancelled"),
            "Return to India": _e("2026-09-25", None, KOLKATA),
        },
        "stops": [("Valletta", "2026-09-21", "2026-09-25")],
        "contacts": [
            ("Kurt Farrugia", "", "CEO", "Malta Enterprise", "host"),
            ("Prof. Alfred Vella", "", "Rector", "University of Malta", "host"),
        ],
    },
    # transport plan: "WEDNESDAY 10 MARCH 2027" over rows, the first without a time ("- Cars at …")
    "rules15_dates_en_transportplan_up_latvia": {
        "published": None,
        "language": "en",
        "head": "Industrial Development Minister Nand Gopal Gupta Nandi",
        "year": 2027,
        "span": ("2027-03-09", "2027-03-11"),
        "engagements": {
            "Arrival in Riga": _e("2027-03-09", "Riga", RIGA, start="2027-03-09T13:40:00+02:00"),
            "Meeting with Investment and Development Agency of Latvia (LIAA)": _e(
                "2027-03-10", "Riga", RIGA, start="2027-03-10T10:30:00+02:00"
            ),
            "Visit to Riga Technical University": _e(
                "2027-03-10", "Riga", RIGA, start="2027-03-10T15:00:00+02:00"
            ),
            "MoU signing with Latvian Chamber of Commerce and Industry": _e(
                "2027-03-11", "Riga", RIGA, start="2027-03-11T11:00:00+02:00"
            ),
            "Return to India": _e("2027-03-11", None, KOLKATA),
        },
        "stops": [("Riga", "2027-03-09", "2027-03-11")],
        "contacts": [
            ("Karlis Ozolins", "", "Director", "Investment and Development Agency of Latvia (LIAA)", "host"),
            ("Prof. Tālis Juhna", "", "Rector", "Riga Technical University", "host"),
            ("Aigars Rostovskis", "", "President", "Latvian Chamber of Commerce and Industry", "host"),
        ],
    },
    # Hindi protocol note: "मंगलवार, 13 अप्रैल 2027" over rows, the first untimed ("- नाश्ते के बाद …")
    "rules15_dates_hi_protocolnote_rj_morocco": {
        "published": None,
        "language": "hi",
        "head": "उद्योग मंत्री राज्यवर्धन सिंह राठौड़",
        "year": 2027,
        "span": ("2027-04-12", "2027-04-14"),
        "engagements": {
            "Arrival in Casablanca": _e(
                "2027-04-12", "Casablanca", CASABLANCA, start="2027-04-12T16:30:00+01:00"
            ),
            "Meeting with Moroccan Investment and Export Development Agency (AMDIE)": _e(
                "2027-04-13", "Casablanca", CASABLANCA, start="2027-04-13T10:00:00+01:00"
            ),
            "Visit to Casablanca Finance City": _e(
                "2027-04-13", "Casablanca", CASABLANCA, start="2027-04-13T15:30:00+01:00"
            ),
            "MoU signing with Morocco Chamber of Commerce": _e(
                "2027-04-14", "Casablanca", CASABLANCA, start="2027-04-14T11:00:00+01:00"
            ),
            "Return to India": _e("2027-04-14", None, KOLKATA),
        },
        "stops": [("Casablanca", "2027-04-12", "2027-04-14")],
        "contacts": [
            (
                "Ali Seddiki",
                "अली सेद्दिकी",
                "Director General",
                "Moroccan Investment and Export Development Agency (AMDIE)",
                "host",
            ),
        ],
    },
    # run sheet: "Tue 15 Sep" over rows opened by their times ("10:00 – Meeting with …")
    "rules15_dates_en_runsheet_gj_estonia": {
        "published": None,
        "language": "en",
        "head": "Science and Technology Minister Arjun Modhwadia",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-16"),
        "engagements": {
            "Arrival in Tallinn": _e("2026-09-14", "Tallinn", TALLINN, start="2026-09-14T17:10:00+03:00"),
            "Meeting with Enterprise Estonia": _e(
                "2026-09-15", "Tallinn", TALLINN, start="2026-09-15T10:00:00+03:00"
            ),
            "Visit to e-Estonia Briefing Centre": _e(
                "2026-09-15", "Tallinn", TALLINN, start="2026-09-15T14:30:00+03:00"
            ),
            "MoU signing with Tallinn University of Technology (TalTech)": _e(
                "2026-09-16", "Tallinn", TALLINN, start="2026-09-16T11:00:00+03:00"
            ),
            "Meeting with Estonian Chamber of Commerce and Industry": _e(
                "2026-09-16", "Tallinn", TALLINN, "cancelled", start="2026-09-16T16:00:00+03:00"
            ),
            "Return to India": _e("2026-09-16", None, KOLKATA),
        },
        "stops": [("Tallinn", "2026-09-14", "2026-09-16")],
        "contacts": [
            ("Kristjan Rahu", "", "Director General", "Enterprise Estonia", "host"),
            ("Anna Piperal", "", "Head of Centre", "e-Estonia Briefing Centre", "host"),
            ("Prof. Tiit Land", "", "Rector", "Tallinn University of Technology (TalTech)", "host"),
        ],
    },
    # duty roster in mixed script: "WED 21 APR" over rows "10:00 — SPIRIT Slovenia के साथ meeting"
    "rules15_dates_mixed_dutyroster_wb_slovenia": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Shashi Panja",
        "year": 2027,
        "span": ("2027-04-20", "2027-04-22"),
        "engagements": {
            "Arrival in Ljubljana": _e(
                "2027-04-20", "Ljubljana", LJUBLJANA, start="2027-04-20T15:45:00+02:00"
            ),
            "Meeting with SPIRIT Slovenia": _e(
                "2027-04-21", "Ljubljana", LJUBLJANA, start="2027-04-21T10:00:00+02:00"
            ),
            "Visit to University of Ljubljana": _e(
                "2027-04-21", "Ljubljana", LJUBLJANA, start="2027-04-21T15:00:00+02:00"
            ),
            "MoU signing with Chamber of Commerce and Industry of Slovenia": _e(
                "2027-04-22", "Ljubljana", LJUBLJANA, start="2027-04-22T11:30:00+02:00"
            ),
            "Return to India": _e("2027-04-22", None, KOLKATA),
        },
        "stops": [("Ljubljana", "2027-04-20", "2027-04-22")],
        "contacts": [
            ("Tomaž Kostanjevec", "", "Director", "SPIRIT Slovenia", "host"),
            ("Prof. Gregor Majdič", "", "Rector", "University of Ljubljana", "host"),
        ],
    },
}
