"""Fictional but realistic reports (Hindi, English, mixed) each give the visit written out here."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from planner.core.article import NoVisitFound, parse_article
from tests.conftest import DATA

ARTICLES = DATA / "articles"

# title -> (date, city, tz, status, start)
E = tuple[str | None, str | None, str | None, str, str | None]

CASES: dict[str, dict[str, Any]] = {
    # Hindi, Devanagari digits, explicit year, next day, सुबह/शाम, DST change on 26 October, postponed
    "hi_mp_germany_uk": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": 2025,
        "span": ("2025-10-23", "2025-10-29"),
        "engagements": {
            "Departure for Germany": ("2025-10-23", None, "Europe/Berlin", "confirmed", None),
            "Meeting with Siemens": (
                "2025-10-24",
                "Munich",
                "Europe/Berlin",
                "confirmed",
                "2025-10-24T10:00:00+02:00",
            ),
            "Visit to BMW": ("2025-10-25", "Munich", "Europe/Berlin", "confirmed", None),
            "Arrival in London": ("2025-10-27", "London", "Europe/London", "confirmed", None),
            "Meeting with UK India Business Council": (
                "2025-10-27",
                "London",
                "Europe/London",
                "confirmed",
                "2025-10-27T16:00:00+00:00",
            ),
            "Meeting with Rolls-Royce": (None, None, "Europe/London", "postponed", None),
            "Return to India": ("2025-10-29", None, "Asia/Kolkata", "confirmed", None),
        },
    },
    # Hindi with organisation names in Latin script; weekdays from the publication date; cancelled
    "hi_up_singapore_dubai": {
        "published": dt.date(2025, 2, 10),
        "language": "hi",
        "head": "Chief Secretary Manoj Kumar Singh",
        "year": None,
        "span": ("2025-02-12", "2025-02-15"),
        "engagements": {
            "Meeting with Temasek": (
                "2025-02-12",
                "Singapore",
                "Asia/Singapore",
                "confirmed",
                "2025-02-12T15:00:00+08:00",
            ),
            "Meeting with Singapore Business Federation": (
                "2025-02-13",
                "Singapore",
                "Asia/Singapore",
                "confirmed",
                None,
            ),
            "Arrival in Dubai": ("2025-02-15", "Dubai", "Asia/Dubai", "confirmed", None),
            "Meeting with DP World": (None, "Dubai", "Asia/Dubai", "cancelled", None),
        },
    },
    # Hindi, a minister, no dates at all, a country with several zones, an engagement with no city
    "hi_jh_australia_nodates": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sanjay Prasad Yadav",
        "year": None,
        "span": (None, None),
        "engagements": {
            "Meeting with Australia India Business Council": (
                None,
                "Sydney",
                "Australia/Sydney",
                "confirmed",
                None,
            ),
            "Meeting with Woodside Energy": (None, "Perth", "Australia/Perth", "confirmed", None),
            "Meeting with the Indian diaspora": (None, None, None, "confirmed", None),
        },
    },
    # English, USA in two zones across the end of DST on 2 November, 10.30 a.m., 3 pm local time
    "en_mh_usa": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2025,
        "span": ("2025-10-31", "2025-11-05"),
        "engagements": {
            "Departure for United States": ("2025-10-31", None, None, "confirmed", None),
            "Meeting with US-India Strategic Partnership Forum": (
                "2025-11-01",
                "New York",
                "America/New_York",
                "confirmed",
                "2025-11-01T10:30:00-04:00",
            ),
            "Address to the Indian diaspora": (
                "2025-11-02",
                "New York",
                "America/New_York",
                "confirmed",
                None,
            ),
            "Arrival in San Francisco": (
                "2025-11-03",
                "San Francisco",
                "America/Los_Angeles",
                "confirmed",
                None,
            ),
            "Meeting with Tesla": (
                "2025-11-03",
                "San Francisco",
                "America/Los_Angeles",
                "confirmed",
                "2025-11-03T15:00:00-08:00",
            ),
            "Meeting with Google": (None, None, None, "cancelled", None),
            "Return to India": ("2025-11-05", None, "Asia/Kolkata", "confirmed", None),
        },
    },
    # English, a Chief Secretary, "On Monday" from the publication date, 31 June
    "en_od_japan_weekdays": {
        "published": dt.date(2025, 6, 27),
        "language": "en",
        "head": "Chief Secretary Manoj Ahuja",
        "year": None,
        "span": ("2025-06-30", "2025-07-01"),
        "engagements": {
            "Meeting with JETRO": (
                "2025-06-30",
                "Tokyo",
                "Asia/Tokyo",
                "confirmed",
                "2025-06-30T11:00:00+09:00",
            ),
            "Visit to Toyota": ("2025-07-01", None, "Asia/Tokyo", "confirmed", None),
            "Meeting with JICA": (None, "Tokyo", "Asia/Tokyo", "confirmed", None),
        },
    },
    # Hindi, the year from an event name, साढ़े 12 बजे, proposed
    "hi_pb_hannover": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhagwant Man",
        "year": 2026,
        "span": ("2026-04-20", "2026-04-21"),
        "engagements": {
            "Visit to Hannover Messe": ("2026-04-20", "Hannover", "Europe/Berlin", "confirmed", None),
            "Meeting with Indo-German Chamber of Commerce": (
                "2026-04-21",
                "Frankfurt",
                "Europe/Berlin",
                "proposed",
                "2026-04-21T12:30:00+02:00",
            ),
        },
    },
    # English, the Gulf, a time given in IST, an MoU signing
    "en_tg_gulf_ist": {
        "published": None,
        "language": "en",
        "head": "IT Minister Duddilla Sridhar Babu",
        "year": 2026,
        "span": ("2026-03-10", "2026-03-11"),
        "engagements": {
            "Meeting with DP World": (
                "2026-03-10",
                "Dubai",
                "Asia/Dubai",
                "confirmed",
                "2026-03-10T09:30:00+04:00",
            ),
            "MoU signing with Lulu Group": (
                "2026-03-11",
                "Abu Dhabi",
                "Asia/Dubai",
                "confirmed",
                "2026-03-11T16:00:00+04:00",
            ),
        },
    },
    # Hindi (Dainik Bhaskar style), a Deputy CM, "5 से 12 अक्टूबर तक", दोपहर 2:30 बजे, Latin org names,
    # two zones in one country, an event year that is not the visit's, इसी दिन, postponed
    "hi_gj_canada": {
        "published": dt.date(2025, 10, 3),
        "language": "hi",
        "head": "Deputy Chief Minister Harsh Sanghvi",
        "year": None,
        "span": ("2025-10-05", "2025-10-12"),
        "engagements": {
            "Arrival in Toronto": ("2025-10-05", "Toronto", "America/Toronto", "confirmed", None),
            "Meeting with Canada-India Business Council": (
                "2025-10-06",
                "Toronto",
                "America/Toronto",
                "confirmed",
                "2025-10-06T14:30:00-04:00",
            ),
            "Investors' roundtable": ("2025-10-07", "Toronto", "America/Toronto", "confirmed", None),
            "Meeting with the Indian diaspora": (
                "2025-10-07",
                "Toronto",
                "America/Toronto",
                "confirmed",
                "2025-10-07T18:00:00-04:00",
            ),
            "Arrival in Vancouver": ("2025-10-09", "Vancouver", "America/Vancouver", "confirmed", None),
            "Investors' meet": (
                "2025-10-09",
                "Vancouver",
                "America/Vancouver",
                "confirmed",
                "2025-10-09T11:00:00-07:00",
            ),
            "MoU signing with Government of British Columbia": (
                "2025-10-10",
                "Vancouver",
                "America/Vancouver",
                "confirmed",
                None,
            ),
            "Meeting with Teck Resources": (None, "Vancouver", "America/Vancouver", "postponed", None),
            "Return to India": ("2025-10-12", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [("Toronto", "2025-10-05", "2025-10-09"), ("Vancouver", "2025-10-09", "2025-10-12")],
        "contacts": [("Victor Thomas", "", "Chairman", "Canada-India Business Council", "host")],
    },
    # English (PTI style), written after the return (past tense), "Nov. 2", "1430 hrs", initials,
    # "Name, Role of Org", a road show, a cancelled meeting, a country of several zones
    "en_tn_brazil_past": {
        "published": dt.date(2025, 11, 4),
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": None,
        "span": ("2025-10-27", "2025-11-03"),
        "engagements": {
            "Arrival in São Paulo": ("2025-10-27", "São Paulo", "America/Sao_Paulo", "confirmed", None),
            "Meeting with WEG": ("2025-10-28", "São Paulo", "America/Sao_Paulo", "confirmed", None),
            "MoU signing with Embraer": (
                "2025-10-29",
                "São Paulo",
                "America/Sao_Paulo",
                "confirmed",
                "2025-10-29T14:30:00-03:00",
            ),
            "Investment roadshow": ("2025-10-30", "São Paulo", "America/Sao_Paulo", "confirmed", None),
            "Meeting with Vale": ("2025-11-01", "Rio de Janeiro", "America/Sao_Paulo", "cancelled", None),
            "Meeting with the Indian diaspora": (
                "2025-11-01",
                "São Paulo",
                "America/Sao_Paulo",
                "confirmed",
                None,
            ),
            "Return to India": ("2025-11-03", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [("São Paulo", "2025-10-27", "2025-11-03")],
        "contacts": [("Marcos Lima", "", "Vice President", "WEG", "host")],
    },
    # Hindi (Amar Ujala style), "25 से 30 सितंबर तक", इसके बाद दोपहर 3 बजे, अगले दिन, the Chief
    # Secretary travelling along, "Org के अध्यक्ष Name से", a press meet, no date fixed yet
    "hi_rj_saudi": {
        "published": dt.date(2025, 9, 22),
        "language": "hi",
        "head": "Chief Minister Bhajanlal Sharma",
        "year": None,
        "span": ("2025-09-25", "2025-09-30"),
        "engagements": {
            "Arrival in Riyadh": ("2025-09-25", "Riyadh", "Asia/Riyadh", "confirmed", None),
            "Meeting with Saudi Aramco": (
                "2025-09-26",
                "Riyadh",
                "Asia/Riyadh",
                "confirmed",
                "2025-09-26T10:00:00+03:00",
            ),
            "Investment roadshow": (
                "2025-09-26",
                "Riyadh",
                "Asia/Riyadh",
                "confirmed",
                "2025-09-26T15:00:00+03:00",
            ),
            "Meeting with Ministry of Investment": ("2025-09-27", "Riyadh", "Asia/Riyadh", "confirmed", None),
            "Departure for Jeddah": ("2025-09-28", "Jeddah", "Asia/Riyadh", "confirmed", None),
            "Address to the Indian diaspora": (
                "2025-09-28",
                "Jeddah",
                "Asia/Riyadh",
                "confirmed",
                "2025-09-28T19:00:00+03:00",
            ),
            "Press conference": ("2025-09-29", "Jeddah", "Asia/Riyadh", "confirmed", None),
            "Meeting with Public Investment Fund": (None, "Riyadh", "Asia/Riyadh", "proposed", None),
            "Return to India": ("2025-09-30", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [("Riyadh", "2025-09-25", "2025-09-28"), ("Jeddah", "2025-09-28", "2025-09-30")],
        "contacts": [
            ("Amin Naser", "अमीन नासेर", "Chairman", "Saudi Aramco", "host"),
            ("Sudhansh Pant", "सुधांश पंत", "Chief Secretary", "", "delegation"),
        ],
    },
    # English (The Hindu style), a delegation led by the Chief Secretary with officials listed,
    # "11 am (local time)" in a clause of its own, a day trip and back (Nairobi, Kericho, Nairobi),
    # "Ms Name, Role at Org", an MoU ceremony, postponed
    "en_kl_kenya_officials": {
        "published": dt.date(2025, 11, 11),
        "language": "en",
        "head": "Chief Secretary Sarada Muraleedharan",
        "year": None,
        "span": ("2025-11-17", "2025-11-21"),
        "engagements": {
            "Arrival in Nairobi": ("2025-11-17", "Nairobi", "Africa/Nairobi", "confirmed", None),
            "Meeting with Kenya Investment Authority": (
                "2025-11-18",
                "Nairobi",
                "Africa/Nairobi",
                "confirmed",
                "2025-11-18T11:00:00+03:00",
            ),
            "Visit to Tea Research Institute": ("2025-11-18", "Kericho", "Africa/Nairobi", "confirmed", None),
            "MoU signing with Kenya Tea Development Agency": (
                "2025-11-19",
                "Nairobi",
                "Africa/Nairobi",
                "confirmed",
                None,
            ),
            "Meeting with Ministry of Trade": ("2025-11-20", None, "Africa/Nairobi", "confirmed", None),
            "Meeting with Kenya Association of Manufacturers": (
                None,
                "Nairobi",
                "Africa/Nairobi",
                "postponed",
                None,
            ),
            "Return to India": ("2025-11-21", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [
            ("Nairobi", "2025-11-17", "2025-11-17"),
            ("Kericho", "2025-11-18", "2025-11-18"),
            ("Nairobi", "2025-11-19", "2025-11-21"),
        ],
        "contacts": [
            ("Wanjiru Kamau", "", "Principal Secretary", "Ministry of Trade", "host"),
            ("A.P.M. Mohammed Hanish", "", "Principal Secretary", "", "delegation"),
            ("S. Harikishore", "", "Managing Director", "KSIDC", "delegation"),
            ("Ajith Kolassery", "", "CEO", "Norka Roots", "delegation"),
        ],
    },
    # Hindi (Navbharat Times style), "2 नवंबर, 2025", two countries, Indonesia's zones (Jakarta WIB,
    # Bali WITA), Latin acronyms in Hindi (VCCI, VinFast, KADIN), proposed, इसी दिन शाम
    "hi_as_vietnam_indonesia": {
        "published": dt.date(2025, 10, 30),
        "language": "hi",
        "head": "Chief Minister Himant Biswa Sarma",
        "year": 2025,
        "span": ("2025-11-02", "2025-11-08"),
        "engagements": {
            "Arrival in Hanoi": ("2025-11-02", "Hanoi", "Asia/Ho_Chi_Minh", "confirmed", None),
            "Meeting with VCCI": (
                "2025-11-03",
                "Hanoi",
                "Asia/Ho_Chi_Minh",
                "confirmed",
                "2025-11-03T09:30:00+07:00",
            ),
            "Visit to VinFast": ("2025-11-04", "Ho Chi Minh City", "Asia/Ho_Chi_Minh", "confirmed", None),
            "Arrival in Jakarta": ("2025-11-05", "Jakarta", "Asia/Jakarta", "confirmed", None),
            "Meeting with KADIN": (
                "2025-11-06",
                "Jakarta",
                "Asia/Jakarta",
                "proposed",
                "2025-11-06T14:30:00+07:00",
            ),
            "Meeting with the Indian diaspora": ("2025-11-06", "Jakarta", "Asia/Jakarta", "confirmed", None),
            "Meeting with investors": ("2025-11-07", "Denpasar", "Asia/Makassar", "confirmed", None),
            "Return to India": ("2025-11-08", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [
            ("Hanoi", "2025-11-02", "2025-11-03"),
            ("Ho Chi Minh City", "2025-11-04", "2025-11-05"),
            ("Jakarta", "2025-11-05", "2025-11-06"),
            ("Denpasar", "2025-11-07", "2025-11-08"),
        ],
        "contacts": [("Anindya Bakri", "अनिंद्य बकरी", "Chairman", "KADIN", "host")],
    },
    # English (Times of India style), "Oct. 25", "Org's Role Name", "met Name (Role, Org)", the end
    # of summer time on 26 October between Milan and Stockholm, 1500 hrs, a press conference,
    # "said on Tuesday" (when it was reported, not an engagement), "yet to be confirmed"
    "en_ka_italy_sweden": {
        "published": dt.date(2025, 10, 21),
        "language": "en",
        "head": "Industries Minister M.B. Patil",
        "year": None,
        "span": ("2025-10-24", "2025-10-30"),
        "engagements": {
            "Departure for Milan": ("2025-10-24", "Milan", "Europe/Rome", "confirmed", None),
            "Meeting with Pirelli": (
                "2025-10-25",
                "Milan",
                "Europe/Rome",
                "confirmed",
                "2025-10-25T10:00:00+02:00",
            ),
            "Visit to Pirelli": ("2025-10-25", "Milan", "Europe/Rome", "confirmed", None),
            "Investors' roundtable": (
                "2025-10-27",
                "Milan",
                "Europe/Rome",
                "confirmed",
                "2025-10-27T17:30:00+01:00",
            ),
            "Departure for Stockholm": ("2025-10-28", "Stockholm", "Europe/Stockholm", "confirmed", None),
            "Meeting with Scania": (
                "2025-10-28",
                "Stockholm",
                "Europe/Stockholm",
                "confirmed",
                "2025-10-28T11:00:00+01:00",
            ),
            "MoU signing with Business Sweden": (
                "2025-10-28",
                "Stockholm",
                "Europe/Stockholm",
                "confirmed",
                None,
            ),
            "Press conference": (
                "2025-10-29",
                "Stockholm",
                "Europe/Stockholm",
                "confirmed",
                "2025-10-29T15:00:00+01:00",
            ),
            "Meeting with Ericsson": (None, "Stockholm", "Europe/Stockholm", "proposed", None),
            "Return to India": ("2025-10-30", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [("Milan", "2025-10-24", "2025-10-28"), ("Stockholm", "2025-10-28", "2025-10-30")],
        "contacts": [
            ("Andrea Casaluci", "", "CEO", "Pirelli", "host"),
            ("Christian Levin", "", "CEO", "Scania", "host"),
        ],
    },
    # English (unseen): a foreign minister's portfolio, an organisation with its acronym, a host, a
    # likely and a postponed meeting with no date
    "en_ap_singapore_unseen": {
        "published": dt.date(2025, 7, 26),
        "language": "en",
        "head": "Chief Minister N Chandrababu Naidu",
        "year": None,
        "span": ("2025-07-27", "2025-07-31"),
        "engagements": {
            "Departure for Singapore": ("2025-07-27", "Singapore", "Asia/Singapore", "confirmed", None),
            "Meeting with Ministry of Trade and Industry": (
                "2025-07-27",
                "Singapore",
                "Asia/Singapore",
                "confirmed",
                None,
            ),
            "Investors' roundtable": (
                "2025-07-27",
                "Singapore",
                "Asia/Singapore",
                "confirmed",
                "2025-07-27T15:00:00+08:00",
            ),
            "Visit to Port of Singapore Authority (PSA)": (
                "2025-07-28",
                "Singapore",
                "Asia/Singapore",
                "confirmed",
                None,
            ),
            "Meeting with Temasek": ("2025-07-28", "Singapore", "Asia/Singapore", "confirmed", None),
            "Meeting with Changi Airport Group": (None, None, "Asia/Singapore", "proposed", None),
            "Meeting with the Indian diaspora": (
                "2025-07-30",
                "Singapore",
                "Asia/Singapore",
                "confirmed",
                None,
            ),
            "Meeting with Sembcorp": (None, None, "Asia/Singapore", "postponed", None),
        },
        "stops": [("Singapore", "2025-07-27", "2025-07-31")],
        "contacts": [
            ("Gan Kim Yong", "", "Minister for Trade and Industry", "Ministry of Trade and Industry", "host")
        ],
    },
    # Hindi (unseen): इसके बाद keeps the day; the delegation's city over the gazetteer's seat; यूसुफ → Yusuf
    "hi_mp_uae_unseen": {
        "published": dt.date(2025, 7, 10),
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": None,
        "span": ("2025-07-13", "2025-07-16"),
        "engagements": {
            "Arrival in Dubai": ("2025-07-13", "Dubai", "Asia/Dubai", "confirmed", None),
            "Address to the Indian diaspora": (
                "2025-07-13",
                "Dubai",
                "Asia/Dubai",
                "confirmed",
                "2025-07-13T18:00:00+04:00",
            ),
            "Meeting with Dubai Chamber of Commerce": (
                "2025-07-14",
                "Dubai",
                "Asia/Dubai",
                "confirmed",
                "2025-07-14T11:00:00+04:00",
            ),
            "Meeting with Lulu Group": ("2025-07-14", "Dubai", "Asia/Dubai", "confirmed", None),
            "Departure for Abu Dhabi": ("2025-07-15", "Abu Dhabi", "Asia/Dubai", "confirmed", None),
            "Meeting with Mubadala": ("2025-07-15", "Abu Dhabi", "Asia/Dubai", "proposed", None),
            "Meeting with DP World": (None, "Dubai", "Asia/Dubai", "cancelled", None),
            "Return to India": ("2025-07-16", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [("Dubai", "2025-07-13", "2025-07-15"), ("Abu Dhabi", "2025-07-15", "2025-07-16")],
        "contacts": [("Yusuf Ali", "यूसुफ अली", "Chairman", "Lulu Group", "host")],
    },
    # English: the dateline gives the publication date; a list of companies; the same day, later in
    # the evening, the final day; a portfolio with commas
    "en_up_japan_dateline": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2025,
        "span": ("2025-09-08", "2025-09-12"),
        "engagements": {
            "Departure for Tokyo": ("2025-09-08", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Meeting with Toyota": ("2025-09-09", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Meeting with Suzuki": ("2025-09-09", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Meeting with Panasonic": (
                "2025-09-09",
                "Tokyo",
                "Asia/Tokyo",
                "confirmed",
                "2025-09-09T10:00:00+09:00",
            ),
            "Meeting with Renesas Electronics": ("2025-09-09", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Address to the Indian diaspora": ("2025-09-09", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Visit to Tokyo Electron Limited (TEL)": ("2025-09-10", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Meeting with Kubota": ("2025-09-10", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Meeting with Nidec": ("2025-09-10", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Meeting with Mitsui Fudosan": (None, None, "Asia/Tokyo", "cancelled", None),
            "Return to India": ("2025-09-12", None, "Asia/Kolkata", "confirmed", None),
            "Meeting with Ministry of Economy, Trade and Industry": (
                "2025-09-12",
                "Tokyo",
                "Asia/Tokyo",
                "confirmed",
                None,
            ),
        },
        "stops": [("Tokyo", "2025-09-08", "2025-09-12")],
        "contacts": [
            (
                "Yoji Muto",
                "",
                "Minister for Economy, Trade and Industry",
                "Ministry of Economy, Trade and Industry",
                "host",
            )
        ],
    },
    # Hindi: organisations not in the gazetteer (ग्रुप, कंपनी, इलेक्ट्रॉनिक्स), a Korean minister,
    # उसी दिन, शाम को, दौरे के अंतिम दिन from the stated length
    "hi_hr_korea_unknown": {
        "published": dt.date(2025, 11, 10),
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": None,
        "span": ("2025-11-17", "2025-11-21"),
        "engagements": {
            "Departure for South Korea": ("2025-11-17", None, "Asia/Seoul", "confirmed", None),
            "Meeting with Ministry of Industry and Energy": (
                "2025-11-18",
                "Seoul",
                "Asia/Seoul",
                "confirmed",
                None,
            ),
            "Meeting with Hanwa Group": ("2025-11-18", "Seoul", "Asia/Seoul", "confirmed", None),
            "Meeting with KITA": ("2025-11-18", "Seoul", "Asia/Seoul", "confirmed", None),
            "Arrival in Busan": ("2025-11-19", "Busan", "Asia/Seoul", "confirmed", None),
            "Visit to Gwangan Steel Company": (
                "2025-11-19",
                "Busan",
                "Asia/Seoul",
                "confirmed",
                "2025-11-19T10:00:00+09:00",
            ),
            "Address to the Indian diaspora": ("2025-11-19", "Busan", "Asia/Seoul", "confirmed", None),
            "Investors' roundtable": ("2025-11-21", "Seoul", "Asia/Seoul", "confirmed", None),
            "Meeting with Yongsan Electronics": (None, None, "Asia/Seoul", "postponed", None),
        },
        "stops": [
            ("Seoul", "2025-11-17", "2025-11-19"),
            ("Busan", "2025-11-19", "2025-11-20"),
            ("Seoul", "2025-11-21", "2025-11-21"),
        ],
        "contacts": [
            (
                "Kim Jang-Kwan",
                "किम जंग-क्वान",
                "Minister for Industry and Energy",
                "Ministry of Industry and Energy",
                "host",
            )
        ],
    },
    # Hindi with Latin organisation names: a Hindi dateline, a list with और, an acronym, जाएंगे, a
    # cancelled meeting
    "mixed_pb_belgium": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sanjiv Arora",
        "year": 2025,
        "span": ("2025-10-06", "2025-10-09"),
        "engagements": {
            "Arrival in Brussels": ("2025-10-06", "Brussels", "Europe/Brussels", "confirmed", None),
            "Meeting with Federation of Belgian Enterprises (FEB)": (
                "2025-10-06",
                "Brussels",
                "Europe/Brussels",
                "confirmed",
                None,
            ),
            "Meeting with Solvay": ("2025-10-06", "Brussels", "Europe/Brussels", "confirmed", None),
            "Meeting with Umicore": ("2025-10-06", "Brussels", "Europe/Brussels", "confirmed", None),
            "Departure for Antwerp": ("2025-10-07", "Antwerp", "Europe/Brussels", "confirmed", None),
            "Visit to Port of Antwerp-Bruges": (
                "2025-10-07",
                "Antwerp",
                "Europe/Brussels",
                "confirmed",
                None,
            ),
            "Meeting with Antwerp World Diamond Centre": (
                "2025-10-07",
                "Antwerp",
                "Europe/Brussels",
                "confirmed",
                None,
            ),
            "Meeting with Agoria": ("2025-10-08", "Brussels", "Europe/Brussels", "cancelled", None),
            "Return to India": ("2025-10-09", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [("Brussels", "2025-10-06", "2025-10-07"), ("Antwerp", "2025-10-07", "2025-10-09")],
        "contacts": [],
    },
    # English: a fronted “The next day” governs a list of companies; an acronym name over a known
    # one inside it; also likely
    "en_wb_germany_noyear": {
        "published": dt.date(2025, 10, 1),
        "language": "en",
        "head": "Industries Minister Shashi Panja",
        "year": None,
        "span": ("2025-10-14", "2025-10-17"),
        "engagements": {
            "Arrival in Frankfurt": ("2025-10-14", "Frankfurt", "Europe/Berlin", "confirmed", None),
            "Address to the Indian diaspora": ("2025-10-15", "Frankfurt", "Europe/Berlin", "confirmed", None),
            "Meeting with Merck": ("2025-10-15", "Frankfurt", "Europe/Berlin", "confirmed", None),
            "Meeting with Fresenius": ("2025-10-15", "Frankfurt", "Europe/Berlin", "confirmed", None),
            "Meeting with Deutsche Boerse": ("2025-10-15", "Frankfurt", "Europe/Berlin", "confirmed", None),
            "Departure for Munich": ("2025-10-16", "Munich", "Europe/Berlin", "confirmed", None),
            "Visit to Siemens Healthineers Innovation Centre (SHIC)": (
                "2025-10-16",
                "Munich",
                "Europe/Berlin",
                "confirmed",
                None,
            ),
            "Meeting with Knorr-Bremse Group": ("2025-10-16", "Munich", "Europe/Berlin", "confirmed", None),
            "Meeting with Infineon Technologies": (None, None, "Europe/Berlin", "proposed", None),
            "Return to India": ("2025-10-17", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [("Frankfurt", "2025-10-14", "2025-10-16"), ("Munich", "2025-10-16", "2025-10-17")],
        "contacts": [],
    },
    # Blind test 1 (Hindi): "10 से 15 जून", "दौरे के दूसरे दिन बुधवार को", "इसी दिन शाम 5 बजे", a
    # headline that names both countries and the Sony meeting, "कार्यक्रम निरस्त", "रविवार सुबह 10 बजे"
    "hi_mp_japan_singapore_blind": {
        "published": dt.date(2025, 6, 12),
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": None,
        "span": ("2025-06-10", "2025-06-15"),
        "engagements": {
            "Meeting with Sony": ("2025-06-11", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "MoU signing with JETRO": (
                "2025-06-11",
                "Tokyo",
                "Asia/Tokyo",
                "confirmed",
                "2025-06-11T17:00:00+09:00",
            ),
            "Investment roadshow": ("2025-06-12", "Osaka", "Asia/Tokyo", "cancelled", None),
            "Arrival in Singapore": ("2025-06-14", "Singapore", "Asia/Singapore", "confirmed", None),
            "Investors' roundtable": (
                "2025-06-15",
                "Singapore",
                "Asia/Singapore",
                "confirmed",
                "2025-06-15T10:00:00+08:00",
            ),
        },
        "stops": [("Tokyo", "2025-06-10", "2025-06-14"), ("Singapore", "2025-06-14", "2025-06-15")],
        "contacts": [("Anurag Jain", "अनुराग जैन", "Chief Secretary", "", "delegation")],
    },
    # Blind test 2 (English, PTI): three US zones, "9:30 am EST" in September (EDT in force), "the
    # following day", "is expected to meet", "has been put off", "On the concluding day, September 27"
    "en_mh_us_est_blind": {
        "published": dt.date(2025, 9, 20),
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": None,
        "span": ("2025-09-22", "2025-09-27"),
        "engagements": {
            "Departure for United States": ("2025-09-22", None, None, "confirmed", None),
            "Arrival in New York": ("2025-09-22", "New York", "America/New_York", "confirmed", None),
            "Meeting with IBM": (
                "2025-09-23",
                "New York",
                "America/New_York",
                "proposed",
                "2025-09-23T09:30:00-04:00",
            ),
            "Investors' roundtable": ("2025-09-24", "New York", "America/New_York", "confirmed", None),
            "Visit to Boeing": (
                "2025-09-25",
                "Chicago",
                "America/Chicago",
                "confirmed",
                "2025-09-25T14:00:00-05:00",
            ),
            "Meeting with Tesla": (None, "San Francisco", "America/Los_Angeles", "postponed", None),
            "Meeting with Google": (
                "2025-09-27",
                "San Francisco",
                "America/Los_Angeles",
                "confirmed",
                "2025-09-27T11:00:00-07:00",
            ),
        },
        "stops": [
            ("New York", "2025-09-22", "2025-09-24"),
            ("Chicago", "2025-09-25", "2025-09-26"),
            ("San Francisco", "2025-09-27", "2025-09-27"),
        ],
        "contacts": [],
    },
    # Blind test 3 (English): UK and France across the 30 March 2025 DST change in both; a range over
    # two months ("from March 28 to April 2, 2025"); "the French Minister for Foreign Trade … is likely"
    "en_kl_uk_france_dst_blind": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Pinarayi Vijayan",
        "year": 2025,
        "span": ("2025-03-28", "2025-04-02"),
        "engagements": {
            "Arrival in London": ("2025-03-28", "London", "Europe/London", "confirmed", None),
            "Meeting with London Stock Exchange": (
                "2025-03-29",
                "London",
                "Europe/London",
                "confirmed",
                "2025-03-29T10:00:00+00:00",
            ),
            "Departure for Paris": ("2025-03-30", "Paris", "Europe/Paris", "confirmed", None),
            "Meeting with Airbus": (
                "2025-03-31",
                "Toulouse",
                "Europe/Paris",
                "confirmed",
                "2025-03-31T10:00:00+02:00",
            ),
            "Meeting with Ministry of Foreign Trade": (
                "2025-04-01",
                "Paris",
                "Europe/Paris",
                "proposed",
                None,
            ),
        },
        "contacts": [("Sarada Muraleedharan", "", "Chief Secretary", "", "delegation")],
    },
    # Blind test 4 (Hindi with Latin names): "सिडनी में TAFE NSW", "Perth में Rio Tinto" (another zone),
    # "अगले दिन", "छह दिवसीय", a postponed diaspora event with no date
    "hi_mh_australia_latin_blind": {
        "published": dt.date(2025, 11, 3),
        "language": "hi",
        "head": "Deputy Chief Minister Ajit Pavar",
        "year": None,
        "span": ("2025-11-05", "2025-11-10"),
        "engagements": {
            "Departure for Australia": ("2025-11-05", None, None, "confirmed", None),
            "MoU signing with TAFE NSW": (
                "2025-11-06",
                "Sydney",
                "Australia/Sydney",
                "confirmed",
                "2025-11-06T11:00:00+11:00",
            ),
            "Visit to University of Sydney": ("2025-11-07", "Sydney", "Australia/Sydney", "confirmed", None),
            "Meeting with Rio Tinto": (
                "2025-11-09",
                "Perth",
                "Australia/Perth",
                "confirmed",
                "2025-11-09T15:00:00+08:00",
            ),
            "Address to the Indian diaspora": (
                None,
                "Melbourne",
                "Australia/Melbourne",
                "postponed",
                None,
            ),
            "Return to India": ("2025-11-10", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [("Sydney", "2025-11-05", "2025-11-08"), ("Perth", "2025-11-09", "2025-11-10")],
        "contacts": [],
    },
    # Blind probe (Hindi): a range over two months "28 मार्च से 2 अप्रैल तक", DST in Amsterdam on 31 March,
    # a foreign minister written like a state office ("डच कृषि मंत्री"), "मंगलवार शाम 6 बजे"
    "hi_hr_germany_netherlands_blind": {
        "published": dt.date(2025, 3, 25),
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": None,
        "span": ("2025-03-28", "2025-04-02"),
        "engagements": {
            "Meeting with Siemens": ("2025-03-29", "Berlin", "Europe/Berlin", "confirmed", None),
            "Meeting with Ministry of Agriculture": (
                "2025-03-31",
                "Amsterdam",
                "Europe/Amsterdam",
                "proposed",
                "2025-03-31T10:30:00+02:00",
            ),
            "Address to the Indian diaspora": (
                "2025-04-01",
                None,
                "Europe/Amsterdam",
                "confirmed",
                "2025-04-01T18:00:00+02:00",
            ),
        },
        "stops": [("Berlin", "2025-03-28", "2025-03-30"), ("Amsterdam", "2025-03-31", "2025-04-02")],
        "contacts": [],
    },
    # Blind probe (English): "will lead a delegation … between September 8 and 12", "3 p.m. local time",
    # "On Wednesday", "fly to Seoul, where a meeting … has been cancelled", "10.30 a.m."
    "en_tg_japan_korea_blind": {
        "published": dt.date(2025, 9, 1),
        "language": "en",
        "head": "IT Minister D. Sridhar Babu",
        "year": None,
        "span": ("2025-09-08", "2025-09-12"),
        "engagements": {
            "Meeting with NEC Corporation": (
                "2025-09-09",
                "Tokyo",
                "Asia/Tokyo",
                "confirmed",
                "2025-09-09T15:00:00+09:00",
            ),
            "Visit to Hitachi": ("2025-09-10", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Departure for Seoul": ("2025-09-11", "Seoul", "Asia/Seoul", "confirmed", None),
            "Meeting with Samsung": ("2025-09-11", "Seoul", "Asia/Seoul", "cancelled", None),
            "Investors' roundtable": (
                "2025-09-12",
                "Seoul",
                "Asia/Seoul",
                "confirmed",
                "2025-09-12T10:30:00+09:00",
            ),
        },
        "stops": [("Tokyo", "2025-09-08", "2025-09-11"), ("Seoul", "2025-09-11", "2025-09-12")],
        "contacts": [],
    },
    # Blind test 6 (English brief): "Punjab CM to visit Canada from Sept 5" and nothing more
    "en_pb_canada_brief": {
        "published": dt.date(2025, 9, 2),
        "language": "en",
        "head": "Chief Minister Bhagwant Mann",
        "year": None,
        "span": ("2025-09-05", None),
        "engagements": {
            "Departure for Canada": ("2025-09-05", None, None, "confirmed", None),
        },
        "stops": [(None, "2025-09-05", None)],
        "contacts": [],
    },
}


def parse(name: str) -> dict[str, Any]:
    case = CASES[name]
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=case["published"]).to_json()


@pytest.mark.parametrize("name", sorted(CASES))
def test_article_gives_the_expected_visit(name: str) -> None:
    case = CASES[name]
    got = parse(name)
    visit = got["visit"]
    assert visit["language"] == case["language"]
    assert visit["head"] == case["head"]
    if case["year"] is not None:
        assert visit["year"] == case["year"]
    assert (visit["start_date"], visit["end_date"]) == case["span"]
    engagements = {
        e["title"]: (e["date"], e["city"], e["tz"], e["status"], e["start"]) for e in got["engagements"]
    }
    assert engagements == case["engagements"]
    if "stops" in case:
        assert [(x["city"], x["from"], x["to"]) for x in got["stops"]] == case["stops"]
    if "contacts" in case:
        people = [(c["name"], c["name_native"], c["role"], c["org"], c["side"]) for c in got["contacts"]]
        assert people == case["contacts"]
    for e in got["engagements"]:
        if e["date"] is None:
            assert any(f"“{e['title']}”: no date" in w for w in got["warnings"])
        if e["start"] is not None:
            assert e["end"] is not None and e["end"] > e["start"]


def test_dst_shift_inside_one_visit() -> None:
    """Berlin before the change is UTC+2; London after it is UTC+0: offsets come from each date."""
    got = parse("hi_mp_germany_uk")
    offsets = {e["title"]: e["start"][-6:] for e in got["engagements"] if e["start"]}
    assert offsets == {"Meeting with Siemens": "+02:00", "Meeting with UK India Business Council": "+00:00"}


def test_multi_zone_country_without_city_has_no_zone() -> None:
    got = parse("hi_jh_australia_nodates")
    assert any("Australia has several time zones" in w for w in got["warnings"])
    assert any("no dates for the visit" in w for w in got["warnings"])
    assert {s["tz"] for s in got["stops"]} == {"Australia/Sydney", "Australia/Perth"}


def test_weekday_resolution_is_explained() -> None:
    got = parse("hi_up_singapore_dubai")
    assert any("“बुधवार” taken as 2025-02-12" in w for w in got["warnings"])


def test_impossible_date_is_a_warning() -> None:
    got = parse("en_od_japan_weekdays")
    assert any("31 June 2025 does not exist" in w for w in got["warnings"])
    jica = next(e for e in got["engagements"] if e["org"] == "JICA")
    assert jica["date"] is None and jica["unscheduled_reason"]


def test_ist_time_converted_to_local() -> None:
    got = parse("en_tg_gulf_ist")
    assert any("is Indian time" in w for w in got["warnings"])


def test_zone_abbreviation_out_of_season_is_warned_not_obeyed() -> None:
    """ "9:30 am EST" in New York in September: EDT is in force; local time is kept and the user told."""
    got = parse("en_mh_us_est_blind")
    ibm = next(e for e in got["engagements"] if e["org"] == "IBM")
    assert ibm["start"] == "2025-09-23T09:30:00-04:00"
    assert any("“9:30 am EST” (UTC-05:00)" in w and "EDT" in w for w in got["warnings"])
    assert not any("concluding day" in w for w in got["warnings"])  # the date beside it says which


def test_uk_and_eu_dst_change_of_30_march() -> None:
    """29 March London is GMT (+00:00); 31 March Toulouse is CEST (+02:00), not CET (+01:00)."""
    got = parse("en_kl_uk_france_dst_blind")
    offsets = {e["title"]: e["start"][-6:] for e in got["engagements"] if e["start"]}
    assert offsets == {"Meeting with London Stock Exchange": "+00:00", "Meeting with Airbus": "+02:00"}


def test_brief_with_only_a_start_invents_no_end() -> None:
    got = parse("en_pb_canada_brief")
    assert got["visit"]["end_date"] is None
    assert any("Canada has several time zones" in w for w in got["warnings"])
    assert any("no end date" in w for w in got["warnings"])


@pytest.mark.parametrize(
    "name",
    [
        "hi_mp_japan_singapore_blind",
        "en_mh_us_est_blind",
        "hi_mh_australia_latin_blind",
        "en_pb_canada_brief",
    ],
)
def test_without_publication_date_nothing_is_dated(name: str) -> None:
    """These datelines give no year: without --published every engagement stays unscheduled."""
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    got = parse_article(text).to_json()
    assert got["engagements"]
    assert all(e["date"] is None and e["start"] is None for e in got["engagements"])
    assert any("--published" in w for w in got["warnings"])


def test_opinion_piece_about_a_past_visit_is_no_visit() -> None:
    """An editorial that recalls a 2018 tour gives no itinerary: "no visit found", not an empty visit."""
    text = (ARTICLES / "en_editorial_past_visit.txt").read_text(encoding="utf-8")
    with pytest.raises(NoVisitFound, match="opinion piece") as info:
        parse_article(text, published=dt.date(2025, 9, 2))
    assert info.value.exit_code == 3


@pytest.mark.parametrize("name", ["hi_unrelated", "en_unrelated"])
def test_unrelated_news_is_no_visit(name: str) -> None:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    with pytest.raises(NoVisitFound, match="no delegation visit found") as info:
        parse_article(text)
    assert info.value.exit_code == 3


UNSEEN = [
    "en_ap_singapore_unseen",
    "hi_mp_uae_unseen",
    "en_up_japan_dateline",
    "hi_hr_korea_unknown",
    "mixed_pb_belgium",
    "en_wb_germany_noyear",
]
NEW_ARTICLES = [
    "hi_gj_canada",
    "en_tn_brazil_past",
    "hi_rj_saudi",
    "en_kl_kenya_officials",
    "hi_as_vietnam_indonesia",
    "en_ka_italy_sweden",
    *UNSEEN,
    "hi_mp_japan_singapore_blind",
    "en_mh_us_est_blind",
    "en_kl_uk_france_dst_blind",
    "hi_mh_australia_latin_blind",
    "hi_hr_germany_netherlands_blind",
    "en_tg_japan_korea_blind",
]


@pytest.mark.parametrize("name", NEW_ARTICLES)
def test_stops_cover_every_day_of_the_visit(name: str) -> None:
    """From the first day to the last the delegation is somewhere; days that are guesses are warned."""
    got = parse(name)
    start = dt.date.fromisoformat(got["visit"]["start_date"])
    end = dt.date.fromisoformat(got["visit"]["end_date"])
    spans = [(dt.date.fromisoformat(x["from"]), dt.date.fromisoformat(x["to"])) for x in got["stops"]]
    assert spans[0][0] == start and spans[-1][1] == end
    for (_, a_to), (b_from, _) in itertools.pairwise(spans):
        assert b_from in (a_to, a_to + dt.timedelta(days=1))


@pytest.mark.parametrize("name", NEW_ARTICLES)
def test_sources_and_native_names_are_as_written(name: str) -> None:
    got = parse(name)
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    assert all(e["source"] in text for e in got["engagements"])
    assert all(c["name_native"] in text for c in got["contacts"])


def test_event_year_named_in_passing_does_not_move_the_visit() -> None:
    got = parse("hi_gj_canada")
    assert any("समिट 2026" in w and "publication date" in w for w in got["warnings"])


def test_delegation_officials_are_not_attached_to_meetings() -> None:
    got = parse("en_kl_kenya_officials")
    attached = {n for e in got["engagements"] for n in e["contacts"]}
    assert attached == {"Wanjiru Kamau"}


def test_a_city_named_only_by_the_gazetteer_seat_yields_to_where_the_delegation_is() -> None:
    got = parse("hi_rj_saudi")
    assert any("Riyadh assumed" in w and "Dhahran" in w for w in got["warnings"])


def test_year_from_publication_date_across_new_year() -> None:
    text = "Chief Minister X will arrive in Tokyo on 3 January and meet JETRO officials on 4 January."
    got = parse_article(text, published=dt.date(2025, 12, 20)).to_json()
    assert {e["date"] for e in got["engagements"]} == {"2026-01-03", "2026-01-04"}


def test_no_year_and_no_publication_date_leaves_dates_empty() -> None:
    text = "मुख्यमंत्री 24 अगस्त को टोक्यो में JETRO के अधिकारियों से मुलाकात करेंगे।"
    got = parse_article(text).to_json()
    assert [e["date"] for e in got["engagements"]] == [None]
    assert any("no year" in w for w in got["warnings"])
    dated = parse_article(text, published=dt.date(2025, 8, 1)).to_json()
    assert [e["date"] for e in dated["engagements"]] == ["2025-08-24"]


def test_unseen_singapore_minister_host_and_head() -> None:
    got = parse("en_ap_singapore_unseen")
    assert got["visit"]["head"] == "Chief Minister N Chandrababu Naidu"
    by_title = {e["title"]: e for e in got["engagements"]}
    assert by_title["Investors' roundtable"]["org"] == "CII"
    assert by_title["Meeting with the Indian diaspora"]["org"] == "Singapore Telugu Samajam"
    assert by_title["Meeting with Ministry of Trade and Industry"]["contacts"] == ["Gan Kim Yong"]
    assert by_title["Visit to Port of Singapore Authority (PSA)"]["kind"] == "site_visit"
    assert "Singapore Telugu Samajam" not in {e["org"] for e in got["engagements"] if e["kind"] == "meeting"}
    # a likely meeting with no date of its own stays unscheduled, and the warning says what the
    # paragraph is about so the user can decide
    assert any("Changi Airport Group" in w and "28 Jul" in w for w in got["warnings"])


def test_then_sentence_without_date_keeps_the_previous_day() -> None:
    got = parse("hi_mp_uae_unseen")
    lulu = next(e for e in got["engagements"] if e["org"] == "Lulu Group")
    assert (lulu["date"], lulu["city"]) == ("2025-07-14", "Dubai")


def test_dateline_is_the_publication_date_unless_one_is_given() -> None:
    text = (ARTICLES / "en_up_japan_dateline.txt").read_text(encoding="utf-8")
    got = parse_article(text).to_json()
    assert got["visit"]["published"] == "2025-09-03"
    assert any("taken from the dateline" in w for w in got["warnings"])
    given = parse_article(text, published=dt.date(2025, 9, 4)).to_json()
    assert given["visit"]["published"] == "2025-09-04"
    assert not any("dateline" in w for w in given["warnings"])
    # the dateline's own date is not an engagement's
    assert "2025-09-03" not in {e["date"] for e in got["engagements"]}


def test_dateline_without_a_year_is_not_a_date() -> None:
    text = (ARTICLES / "en_ap_singapore_unseen.txt").read_text(encoding="utf-8")
    got = parse_article(text).to_json()
    assert got["visit"]["published"] is None
    assert {e["date"] for e in got["engagements"]} == {None}
    assert any("dateline" in w and "no year" in w for w in got["warnings"])


def test_no_year_keeps_day_and_month_in_each_warning() -> None:
    text = (ARTICLES / "en_wb_germany_noyear.txt").read_text(encoding="utf-8")
    got = parse_article(text).to_json()
    assert {e["date"] for e in got["engagements"]} == {None}
    by_title = {e["title"]: e for e in got["engagements"]}
    assert "14 October" in by_title["Arrival in Frankfurt"]["unscheduled_reason"]
    # relative dates carry the day they stand for, counted from the last day and month given
    assert "15 October" in by_title["Meeting with Merck"]["unscheduled_reason"]
    notes = [w for w in got["warnings"] if w.startswith("“Departure for Munich”")]
    assert notes and "16 October" in notes[0] and "--published YYYY-MM-DD" in notes[0]


def test_final_day_is_counted_from_the_stated_length() -> None:
    got = parse("hi_hr_korea_unknown")
    table = next(e for e in got["engagements"] if e["title"] == "Investors' roundtable")
    assert table["date"] == "2025-11-21" == got["visit"]["end_date"]
    assert any("अंतिम दिन" in w and "stated length" in w for w in got["warnings"])
