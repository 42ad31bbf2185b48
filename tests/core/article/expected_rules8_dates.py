"""Round 8 training articles (``rules8_dates*``): dates as circulars and diaries write them.

Written before any rule, one kind of writing each rule must read, every kind in at least two:

* a protocol circular's day heading with a numeric date, day first as in India, and the weekday cut
  short in brackets (``Day-1 (Tue) 09/06/2026``, ``Day-1 (Tue) 17-11-2026``); the table rows under it
  (``0900 hrs | 1330 hrs | Arrival at …. Received by …``) are that day's although they end with a
  full stop (Portugal, Netherlands);
* a diary whose paragraphs open with a sentence that is only a day (``30 December (Tue).``): the rest
  of the paragraph is that day; across New Year the January days belong to the next year, anchored
  on the ``Posted on`` date (Vietnam, Kenya);
* a Hindi dateline with the weekday in brackets (``भोपाल, 12 जून 2026 (शुक्रवार)।``) is the publication
  date, and the weekdays of a report after the return, told in the past (``सोमवार को Tokyo पहुंचा``),
  are the last such days on or before it (Japan, Germany).

Same shape as ``expected5.BLIND5``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

LISBON, AMSTERDAM, HCM, NAIROBI = "Europe/Lisbon", "Europe/Amsterdam", "Asia/Ho_Chi_Minh", "Africa/Nairobi"
TOKYO, BERLIN = "Asia/Tokyo", "Europe/Berlin"

RULES8_DATES: dict[str, dict[str, Any]] = {
    # slashes, day first: 09/06/2026 is 9 June, a Tuesday; Portugal in summer is IST minus 4:30 (UTC+1)
    "rules8_dates_en_circular_mh_portugal": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-06-09", "2026-06-12"),
        "engagements": {
            "Arrival in Lisbon": _e("2026-06-09", "Lisbon", LISBON, start="2026-06-09T09:00:00+01:00"),
            "Meeting with Agency for Investment and Foreign Trade of Portugal (AICEP)": _e(
                "2026-06-09", "Lisbon", LISBON, start="2026-06-09T16:00:00+01:00"
            ),
            "Meeting with Portuguese Industrial Association (AIP)": _e(
                "2026-06-10", "Lisbon", LISBON, start="2026-06-10T10:00:00+01:00"
            ),
            "Departure for Porto": _e("2026-06-11", "Porto", LISBON, start="2026-06-11T08:00:00+01:00"),
            "Meeting with Porto Business Association (ACP)": _e(
                "2026-06-11", "Porto", LISBON, start="2026-06-11T15:00:00+01:00"
            ),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Lisbon", "2026-06-09", "2026-06-11"), ("Porto", "2026-06-11", "2026-06-12")],
        "contacts": [],
    },
    # dashes, day first: 17-11-2026 is 17 November, a Tuesday; CET is IST minus 4:30 (UTC+1)
    "rules8_dates_en_circular_ka_netherlands": {
        "published": None,
        "language": "en",
        "head": "Industries Minister M. B. Patil",
        "year": 2026,
        "span": ("2026-11-17", "2026-11-20"),
        "engagements": {
            "Arrival in Amsterdam": _e(
                "2026-11-17", "Amsterdam", AMSTERDAM, start="2026-11-17T07:15:00+01:00"
            ),
            "Meeting with Netherlands Foreign Investment Agency (NFIA)": _e(
                "2026-11-17", "Amsterdam", AMSTERDAM, start="2026-11-17T14:30:00+01:00"
            ),
            "Meeting with Confederation of Netherlands Industry and Employers (VNO-NCW)": _e(
                "2026-11-18", "Amsterdam", AMSTERDAM, start="2026-11-18T10:00:00+01:00"
            ),
            "Departure for Rotterdam": _e(
                "2026-11-19", "Rotterdam", AMSTERDAM, start="2026-11-19T09:00:00+01:00"
            ),
            "Meeting with Port of Rotterdam Authority (PoR)": _e(
                "2026-11-19", "Rotterdam", AMSTERDAM, start="2026-11-19T14:00:00+01:00"
            ),
            "Return to India": _e("2026-11-20", None, KOLKATA),
        },
        "stops": [("Amsterdam", "2026-11-17", "2026-11-19"), ("Rotterdam", "2026-11-19", "2026-11-20")],
        "contacts": [],
    },
    # posted 4 January 2026: 30 and 31 December are 2025, 1 and 2 January 2026
    "rules8_dates_en_diary_tn_vietnam": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T. R. B. Rajaa",
        "year": None,
        "span": ("2025-12-30", "2026-01-02"),
        "engagements": {
            "Arrival in Hanoi": _e("2025-12-30", "Hanoi", HCM),
            "Meeting with Vietnam Chamber of Commerce and Industry (VCCI)": _e("2025-12-31", "Hanoi", HCM),
            "Departure for Ho Chi Minh City": _e("2026-01-01", "Ho Chi Minh City", HCM),
            "Meeting with Saigon Hi-Tech Park Management Board (SHTP)": _e(
                "2026-01-01", "Ho Chi Minh City", HCM
            ),
            "Return to India": _e("2026-01-02", None, KOLKATA),
        },
        "stops": [("Hanoi", "2025-12-30", "2026-01-01"), ("Ho Chi Minh City", "2026-01-01", "2026-01-02")],
        "contacts": [],
    },
    # posted 5 January 2027: 30 and 31 December are 2026, 1 and 2 January 2027
    "rules8_dates_en_diary_kl_kenya": {
        "published": None,
        "language": "en",
        "head": "Industries Minister P. Rajeeve",
        "year": None,
        "span": ("2026-12-30", "2027-01-02"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-12-30", "Nairobi", NAIROBI),
            "Meeting with Kenya Investment Authority (KenInvest)": _e("2026-12-31", "Nairobi", NAIROBI),
            "Meeting with Kenya Association of Manufacturers (KAM)": _e("2026-12-31", "Nairobi", NAIROBI),
            "Departure for Mombasa": _e("2027-01-01", "Mombasa", NAIROBI),
            "Meeting with Kenya Ports Authority (KPA)": _e("2027-01-01", "Mombasa", NAIROBI),
            "Return to India": _e("2027-01-02", None, KOLKATA),
        },
        "stops": [("Nairobi", "2026-12-30", "2027-01-01"), ("Mombasa", "2027-01-01", "2027-01-02")],
        "contacts": [],
    },
    # published Friday 12 June 2026: Monday 8, Tuesday 9, Wednesday 10, back Thursday 11
    "rules8_dates_mixed_report_mp_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-11"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-06-08", "Tokyo", TOKYO),
            "Meeting with Japan External Trade Organization (JETRO)": _e("2026-06-09", "Tokyo", TOKYO),
            "Meeting with Keidanren": _e("2026-06-10", "Tokyo", TOKYO),
            "Return to India": _e("2026-06-11", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-06-08", "2026-06-11")],
        "contacts": [],
    },
    # published Saturday 24 October 2026: Sunday 18, Monday 19, Wednesday 21 in Munich, back Friday 23
    "rules8_dates_mixed_report_br_germany": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Nitish Mishra",
        "year": 2026,
        "span": ("2026-10-18", "2026-10-23"),
        "engagements": {
            "Arrival in Frankfurt": _e("2026-10-18", "Frankfurt", BERLIN),
            "Meeting with Germany Trade and Invest (GTAI)": _e("2026-10-19", "Frankfurt", BERLIN),
            "Departure for Munich": _e("2026-10-21", "Munich", BERLIN),
            "Meeting with Bavarian Chamber of Commerce (BIHK)": _e("2026-10-21", "Munich", BERLIN),
            "Return to India": _e("2026-10-23", None, KOLKATA),
        },
        "stops": [("Frankfurt", "2026-10-18", "2026-10-21"), ("Munich", "2026-10-21", "2026-10-23")],
        "contacts": [],
    },
}
