"""Expected visits for the fifth rules round, task "article5-dates" (``rules5_*``): written before the code.

Kinds of dates the lead saw failing in blind4: the publication date stated by the text itself (a
dateline alone on its line, a Hindi e-paper's masthead over a "लखनऊ (ब्यूरो)।" opening, a "Posted
on 16/09/2026" byline); weekdays read against the publication date by tense, never a week late
(a report of day 3 saying "arrived on Monday", "रविवार को पहुंचे थे" after "सोमवार को मुलाकात की");
a weekday with its date ("Day 1 - Monday, December 7:", "Somvar, 9 March:", "गुरुवार, 15 अक्टूबर
को"); a programme table (pipe or tab) whose rows give the day and city of each programme item.
Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

TOKYO, SEOUL, DUBAI, BERLIN = "Asia/Tokyo", "Asia/Seoul", "Asia/Dubai", "Europe/Berlin"

RULES5_DATES: dict[str, dict[str, Any]] = {
    # a dateline alone on its line ("Amaravati, November 11, 2026"): Tuesday met (10th), had arrived
    # on Monday (9th, not the 16th), Thursday ahead (12th), "Saturday, November 14"
    "rules5_en_dateline_ap_japan": {
        "published": None,
        "language": "en",
        "head": "Chief Minister N. Chandrababu Naidu",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-14"),
        "engagements": {
            "Meeting with Toyota": _e("2026-11-10", "Tokyo", TOKYO),
            "Arrival in Tokyo": _e("2026-11-09", "Tokyo", TOKYO),
            "Address to the Indian diaspora": _e("2026-11-09", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-11-12", "Osaka", TOKYO),
            "Meeting with Panasonic": _e("2026-11-12", "Osaka", TOKYO),
            "Return to India": _e("2026-11-14", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-11-09", "2026-11-12"), ("Osaka", "2026-11-12", "2026-11-14")],
        "contacts": [],
    },
    # a Hindi e-paper: the masthead "लखनऊ, मंगलवार, 13 अक्टूबर 2026" above "लखनऊ (ब्यूरो)।";
    # सोमवार (12th) told before रविवार (11th, past: पहुंचे थे), आज (13th), बुधवार ahead (14th)
    "rules5_hi_epaper_up_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-10-11", "2026-10-15"),
        "engagements": {
            "Meeting with SoftBank": _e("2026-10-12", "Tokyo", TOKYO),
            "Arrival in Tokyo": _e("2026-10-11", "Tokyo", TOKYO),
            "Address to the Indian diaspora": _e("2026-10-13", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-10-14", "Osaka", TOKYO),
            "Meeting with Panasonic": _e("2026-10-14", "Osaka", TOKYO),
            "Return to India": _e("2026-10-15", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-10-11", "2026-10-14"), ("Osaka", "2026-10-14", "2026-10-15")],
        "contacts": [],
    },
    # "Posted on 16/09/2026" (a Wednesday): Tuesday (15th), had landed on Monday (14th), Wednesday met
    # (16th), and in the same sentence Thursday ahead (17th); Friday (18th), Sunday (20th)
    "rules5_en_posted_ka_germany": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Siddaramaiah",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-20"),
        "engagements": {
            "Meeting with Siemens": _e("2026-09-15", "Munich", BERLIN),
            "Arrival in Munich": _e("2026-09-14", "Munich", BERLIN),
            "Address to the Indian diaspora": _e("2026-09-14", "Munich", BERLIN),
            "Meeting with BMW": _e("2026-09-16", "Munich", BERLIN),
            "Departure for Stuttgart": _e("2026-09-17", "Stuttgart", BERLIN),
            "Meeting with Bosch": _e("2026-09-17", "Stuttgart", BERLIN),
            "Investors' roundtable": _e("2026-09-18", "Stuttgart", BERLIN),
            "Return to India": _e("2026-09-20", None, KOLKATA),
        },
        "stops": [("Munich", "2026-09-14", "2026-09-17"), ("Stuttgart", "2026-09-17", "2026-09-20")],
        "contacts": [],
    },
    # day-wise headings "Day 1 - Monday, December 7:" with the day's items on the same line
    "rules5_en_daywise_mh_japan": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-12-07", "2026-12-10"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-12-07", "Tokyo", TOKYO),
            "Meeting with Mitsubishi Corporation": _e("2026-12-07", "Tokyo", TOKYO),
            "Investors' roundtable": _e("2026-12-08", "Tokyo", TOKYO),
            "Address to the Indian diaspora": _e("2026-12-08", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-12-09", "Osaka", TOKYO),
            "Visit to Panasonic": _e("2026-12-09", "Osaka", TOKYO),
            "Return to India": _e("2026-12-10", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-12-07", "2026-12-09"), ("Osaka", "2026-12-09", "2026-12-10")],
        "contacts": [],
    },
    # Roman Hindi day lines "Somvar, 9 March:" (the weekday confirms the date)
    "rules5_roman_rj_germany": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhajanlal Sharma",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-12"),
        "engagements": {
            "Arrival in Frankfurt": _e("2026-03-09", "Frankfurt", BERLIN),
            "Meeting with Deutsche Bank": _e("2026-03-09", "Frankfurt", BERLIN),
            "Address to the Indian diaspora": _e("2026-03-10", "Frankfurt", BERLIN),
            "Departure for Munich": _e("2026-03-11", "Munich", BERLIN),
            "MoU signing with Siemens": _e("2026-03-11", "Munich", BERLIN),
            "Return to India": _e("2026-03-12", None, KOLKATA),
        },
        "stops": [("Frankfurt", "2026-03-09", "2026-03-11"), ("Munich", "2026-03-11", "2026-03-12")],
        "contacts": [],
    },
    # a press release's pipe table "| Date | City | Programme |": one engagement per item of a row
    "rules5_en_table_tg_korea": {
        "published": None,
        "language": "en",
        "head": "Chief Minister A. Revanth Reddy",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-12"),
        "engagements": {
            "Arrival in Seoul": _e("2026-11-09", "Seoul", SEOUL),
            "Meeting with Samsung Electronics": _e("2026-11-09", "Seoul", SEOUL),
            "Investors' roundtable": _e("2026-11-10", "Seoul", SEOUL),
            "Address to the Indian diaspora": _e("2026-11-10", "Seoul", SEOUL),
            "Departure for Busan": _e("2026-11-11", "Busan", SEOUL),
            "Visit to POSCO": _e("2026-11-11", "Busan", SEOUL),
            "Return to India": _e("2026-11-12", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-11-09", "2026-11-11"), ("Busan", "2026-11-11", "2026-11-12")],
        "contacts": [],
    },
    # a PR department's tab table "तारीख<TAB>शहर<TAB>कार्यक्रम"
    "rules5_hi_table_mp_uae": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": 2026,
        "span": ("2026-02-16", "2026-02-19"),
        "engagements": {
            "Arrival in Dubai": _e("2026-02-16", "Dubai", DUBAI),
            "Meeting with Lulu Group": _e("2026-02-16", "Dubai", DUBAI),
            "Investors' roundtable": _e("2026-02-17", "Dubai", DUBAI),
            "Address to the Indian diaspora": _e("2026-02-17", "Dubai", DUBAI),
            "Departure for Abu Dhabi": _e("2026-02-18", "Abu Dhabi", DUBAI),
            "Meeting with Mubadala": _e("2026-02-18", "Abu Dhabi", DUBAI),
            "Return to India": _e("2026-02-19", None, KOLKATA),
        },
        "stops": [("Dubai", "2026-02-16", "2026-02-18"), ("Abu Dhabi", "2026-02-18", "2026-02-19")],
        "contacts": [],
    },
}
