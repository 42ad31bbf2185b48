"""Expected visits for the third blind round (``blind3_*``): written before any parser change.

Styles none of the earlier articles cover: Urdu- and Marathi-influenced Hindi, a state PR
department's press note with a bullet itinerary, a business daily's MoU list, a live blog with IST
timestamps (newest first), one US trip in EDT and PST, an Australian trip across the April DST end,
a Gulf tour with a Friday weekend and weekdays only, Hindi in Roman script, a visit postponed to new
dates, and two ministers in two countries at once.  Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

DOHA, TOKYO, MADRID, SGP = "Asia/Qatar", "Asia/Tokyo", "Europe/Madrid", "Asia/Singapore"
NY, LA, DUBAI, RIYADH = "America/New_York", "America/Los_Angeles", "Asia/Dubai", "Asia/Riyadh"
BERLIN, LONDON, AMS = "Europe/Berlin", "Europe/London", "Europe/Amsterdam"

BLIND3: dict[str, dict[str, Any]] = {
    # Urdu-influenced Hindi (nuqta spellings, मुलाक़ात, जलसे को ख़िताब), a Devanagari Arabic name
    "blind3_hi_urdu_jk_qatar": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Omar Abdullah",
        "year": 2026,
        "span": ("2026-03-03", "2026-03-06"),
        "engagements": {
            "Arrival in Doha": _e("2026-03-03", "Doha", DOHA),
            "Meeting with Qatar Investment Authority (QIA)": _e("2026-03-04", "Doha", DOHA),
            "Address to the Indian diaspora": _e("2026-03-04", "Doha", DOHA),
            "Meeting with Qatar Chamber": _e("2026-03-05", "Doha", DOHA),
            "Return to India": _e("2026-03-06", None, KOLKATA),
        },
        "stops": [("Doha", "2026-03-03", "2026-03-06")],
        "contacts": [
            (
                "Sheikh Khalifa bin Jassim Al Thani",
                "शेख़ ख़लीफ़ा बिन जासिम अल थानी",
                "Chairman",
                "Qatar Chamber",
                "host",
            ),
        ],
    },
    # a जनसंपर्क विभाग press note: bullet itinerary "• 27 जनवरी: प्रातः 8:40 बजे ... आगमन।"
    # "प्रवासी भारतीयों से संवाद" (an interaction, like "interacts with the Indian community" in the
    # team's articles) is a meeting: corrected in round five, the verb decides, not the audience
    "blind3_hi_prdept_mp_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-01-27", "2026-01-30"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-01-27", "Tokyo", TOKYO, start="2026-01-27T08:40:00+09:00"),
            "Meeting with JETRO": _e("2026-01-27", "Tokyo", TOKYO, start="2026-01-27T15:00:00+09:00"),
            "Meeting with Toyota Tsusho": _e("2026-01-28", "Tokyo", TOKYO, start="2026-01-28T10:00:00+09:00"),
            "Meeting with the Indian diaspora": _e(
                "2026-01-28", "Tokyo", TOKYO, start="2026-01-28T18:00:00+09:00"
            ),
            "Departure for Osaka": _e("2026-01-29", "Osaka", TOKYO),
            "Visit to Panasonic": _e("2026-01-29", "Osaka", TOKYO, start="2026-01-29T14:00:00+09:00"),
            "Return to India": _e("2026-01-30", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-01-27", "2026-01-29"), ("Osaka", "2026-01-29", "2026-01-30")],
        "contacts": [
            ("Norihiko Ishiguro", "नोरिहिको इशिगुरो", "Chairman", "JETRO", "host"),
            ("Raghvendra Kumar Singh", "राघवेंद्र कुमार सिंह", "Additional Chief Secretary", "", "delegation"),
        ],
    },
    # a business daily: figures in the lede, an MoU list in bullets, the arrival told last
    "blind3_en_bizdaily_tn_spain": {
        "published": None,
        "language": "en",
        "head": "Chief Minister M.K. Stalin",
        "year": 2026,
        "span": ("2026-01-28", "2026-02-07"),
        "engagements": {
            "Arrival in Madrid": _e("2026-01-28", "Madrid", MADRID),
            "Meeting with Spain-India Council Foundation": _e("2026-01-29", "Madrid", MADRID),
            "MoU signing with Roca Sanitario": _e("2026-01-30", "Madrid", MADRID),
            "MoU signing with Gestamp": _e("2026-01-30", "Madrid", MADRID),
            "MoU signing with Talgo": _e("2026-01-30", "Madrid", MADRID),
            "Meeting with Acciona": _e("2026-01-31", "Madrid", MADRID),
            "Return to India": _e("2026-02-07", None, KOLKATA),
        },
        "stops": [("Madrid", "2026-01-28", "2026-02-07")],
        "contacts": [
            ("José Manuel Entrecanales", "", "Chairman", "Acciona", "host"),
            ("T.R.B. Rajaa", "", "Industries Minister", "", "delegation"),
        ],
    },
    # a live blog: "6:30 PM IST:" entries newest first, clock times in IST for events in Singapore,
    # "Day 2", "Yesterday", "Tomorrow" against the Updated: line
    "blind3_en_liveblog_mh_singapore": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2025,
        "span": ("2025-12-08", "2025-12-10"),
        "engagements": {
            "Arrival in Singapore": _e("2025-12-08", "Singapore", SGP),
            "Meeting with Gan Kim Yong": _e("2025-12-08", "Singapore", SGP),
            "Meeting with Singapore Economic Development Board (EDB)": _e(
                "2025-12-09", "Singapore", SGP, start="2025-12-09T13:15:00+08:00"
            ),
            "Meeting with Temasek": _e("2025-12-09", "Singapore", SGP, start="2025-12-09T16:50:00+08:00"),
            "MoU signing with CapitaLand": _e(
                "2025-12-09", "Singapore", SGP, start="2025-12-09T18:35:00+08:00"
            ),
            "Address to the Indian diaspora": _e(
                "2025-12-09", "Singapore", SGP, start="2025-12-09T21:00:00+08:00"
            ),
            "Return to India": _e("2025-12-10", None, KOLKATA),
        },
        "stops": [("Singapore", "2025-12-08", "2025-12-10")],
        "contacts": [
            ("Dilhan Pillay Sandrasegara", "", "CEO", "Temasek", "host"),
            ("Gan Kim Yong", "", "Deputy Prime Minister", "", "host"),
        ],
    },
    # one US trip in two zones, and the US DST end (November 1, 2026) between them
    "blind3_en_us_edt_pst_tg": {
        "published": None,
        "language": "en",
        "head": "Chief Minister A. Revanth Reddy",
        "year": 2026,
        "span": ("2026-10-29", "2026-11-05"),
        "engagements": {
            "Arrival in New York": _e("2026-10-29", "New York", NY, start="2026-10-29T18:10:00-04:00"),
            "Meeting with JPMorgan Chase": _e("2026-10-30", "New York", NY),
            "Meeting with US-India Strategic Partnership Forum (USISPF)": _e(
                "2026-10-30", "New York", NY, start="2026-10-30T15:00:00-04:00"
            ),
            "Visit to Cornell Tech": _e("2026-10-31", "New York", NY),
            "Departure for San Francisco": _e("2026-11-02", "San Francisco", LA),
            "Meeting with Salesforce": _e(
                "2026-11-03", "San Francisco", LA, start="2026-11-03T10:30:00-08:00"
            ),
            "Address to the Indian diaspora": _e("2026-11-04", "San Francisco", LA),
            "Return to India": _e("2026-11-05", None, KOLKATA),
        },
        "stops": [("New York", "2026-10-29", "2026-11-02"), ("San Francisco", "2026-11-02", "2026-11-05")],
        "contacts": [("Jamie Dimon", "", "Chairman", "JPMorgan Chase", "host")],
    },
    # Australia across the DST end (April 5, 2026): AEDT before, AEST after, Brisbane never
    "blind3_en_australia_dst_pb": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-04-02", "2026-04-08"),
        "engagements": {
            "Arrival in Melbourne": _e("2026-04-02", "Melbourne", "Australia/Melbourne"),
            "Meeting with Jacinta Allan": _e("2026-04-03", "Melbourne", "Australia/Melbourne"),
            "Address to the Indian diaspora": _e(
                "2026-04-04", "Melbourne", "Australia/Melbourne", start="2026-04-04T18:00:00+11:00"
            ),
            "Departure for Brisbane": _e("2026-04-05", "Brisbane", "Australia/Brisbane"),
            "Meeting with Queensland Investment Corporation": _e(
                "2026-04-06", "Brisbane", "Australia/Brisbane", start="2026-04-06T11:00:00+10:00"
            ),
            "Departure for Sydney": _e("2026-04-07", "Sydney", "Australia/Sydney"),
            "Visit to Western Sydney University": _e("2026-04-07", "Sydney", "Australia/Sydney"),
            "Return to India": _e("2026-04-08", None, KOLKATA),
        },
        "stops": [
            ("Melbourne", "2026-04-02", "2026-04-05"),
            ("Brisbane", "2026-04-05", "2026-04-07"),
            ("Sydney", "2026-04-07", "2026-04-08"),
        ],
        "contacts": [("Jacinta Allan", "", "Premier", "", "host")],
    },
    # Dubai → Abu Dhabi → Riyadh by weekdays only, against a dateline without a year
    "blind3_en_gulf_friday_kl": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Pinarayi Vijayan",
        "year": None,
        "span": ("2026-01-14", "2026-01-20"),
        "engagements": {
            "Arrival in Dubai": _e("2026-01-14", "Dubai", DUBAI),
            "Meeting with Lulu Group": _e("2026-01-15", "Dubai", DUBAI),
            "Address to the Indian diaspora": _e("2026-01-15", "Dubai", DUBAI),
            "Departure for Abu Dhabi": _e("2026-01-16", "Abu Dhabi", DUBAI),
            "Meeting with Abu Dhabi Investment Office (ADIO)": _e("2026-01-16", "Abu Dhabi", DUBAI),
            "Departure for Riyadh": _e("2026-01-18", "Riyadh", RIYADH),
            "Meeting with Saudi Ministry of Investment (MISA)": _e("2026-01-18", "Riyadh", RIYADH),
            "Meeting with Saudi Industrial Development Fund": _e("2026-01-19", "Riyadh", RIYADH),
            "Return to India": _e("2026-01-20", None, KOLKATA),
        },
        "stops": [
            ("Dubai", "2026-01-14", "2026-01-16"),
            ("Abu Dhabi", "2026-01-16", "2026-01-18"),
            ("Riyadh", "2026-01-18", "2026-01-20"),
        ],
        "contacts": [("M.A. Yusuff Ali", "", "Chairman", "Lulu Group", "host")],
    },
    # Hindi in Roman script: "CM ne Tokyo mein ... se mulakat ki", "Aaj ... rawana hue"
    "blind3_roman_up_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2025,
        "span": ("2025-11-10", "2025-11-14"),
        "engagements": {
            "Arrival in Tokyo": _e("2025-11-10", "Tokyo", TOKYO),
            "Address to the Indian diaspora": _e("2025-11-10", "Tokyo", TOKYO),
            "Meeting with Toyota": _e("2025-11-11", "Tokyo", TOKYO),
            "Meeting with SoftBank": _e("2025-11-11", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2025-11-12", "Osaka", TOKYO),
            "Meeting with Daikin": _e("2025-11-12", "Osaka", TOKYO),
            "MoU signing with Kyocera": _e("2025-11-13", "Kyoto", TOKYO),
            "Return to India": _e("2025-11-14", None, KOLKATA),
        },
        "stops": [
            ("Tokyo", "2025-11-10", "2025-11-12"),
            ("Osaka", "2025-11-12", "2025-11-12"),
            ("Kyoto", "2025-11-13", "2025-11-14"),
        ],
        "contacts": [("Masayoshi Son", "", "Chairman", "SoftBank", "host")],
    },
    # a visit postponed: the old dates (8 to 11 October, a Frankfurt meet on the 9th) are no engagement
    "blind3_hi_postponed_rj_germany": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhajanlal Sharma",
        "year": 2026,
        "span": ("2026-10-20", "2026-10-23"),
        "engagements": {
            "Investors' meet": _e("2026-10-22", "Berlin", BERLIN),
            "Arrival in Munich": _e("2026-10-20", "Munich", BERLIN),
            "Meeting with BMW": _e("2026-10-21", "Munich", BERLIN),
            "Meeting with Siemens": _e("2026-10-21", "Munich", BERLIN),
            "Meeting with Federation of German Industries (BDI)": _e("2026-10-22", "Berlin", BERLIN),
            "Return to India": _e("2026-10-23", None, KOLKATA),
        },
        "stops": [("Munich", "2026-10-20", "2026-10-21"), ("Berlin", "2026-10-22", "2026-10-23")],
        "contacts": [],
    },
    # two ministers in two countries at the same time
    "blind3_en_two_teams_ka": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Meeting with Bosch": _e("2026-09-14", "Stuttgart", BERLIN),
            "Meeting with Mercedes-Benz": _e("2026-09-15", "Stuttgart", BERLIN),
            "Meeting with Siemens": _e("2026-09-16", "Munich", BERLIN),
            "Meeting with Booking.com": _e("2026-09-15", "Amsterdam", AMS),
            "Visit to Brainport Eindhoven": _e("2026-09-16", "Eindhoven", AMS),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [
            ("Stuttgart", "2026-09-14", "2026-09-15"),
            ("Amsterdam", "2026-09-15", "2026-09-15"),
            ("Munich", "2026-09-16", "2026-09-18"),
            ("Eindhoven", "2026-09-16", "2026-09-18"),
        ],
        "contacts": [("Priyank Kharge", "", "IT Minister", "", "delegation")],
    },
    # Marathi-influenced Hindi: "दि. 12 जून", "भेट देंगे", "बैठक संपन्न होगी", "बांधवों से संवाद"
    "blind3_hi_marathi_mh_uk": {
        "published": None,
        "language": "hi",
        "head": "Deputy Chief Minister Ajit Pawar",
        "year": 2026,
        "span": ("2026-06-12", "2026-06-15"),
        "engagements": {
            "Arrival in London": _e("2026-06-12", "London", LONDON),
            "Address to the Indian diaspora": _e("2026-06-12", "London", LONDON),
            "Visit to London Stock Exchange": _e("2026-06-13", "London", LONDON),
            "Meeting with JCB": _e("2026-06-14", "Birmingham", LONDON),
            "Return to India": _e("2026-06-15", None, KOLKATA),
        },
        "stops": [("London", "2026-06-12", "2026-06-13"), ("Birmingham", "2026-06-14", "2026-06-15")],
        "contacts": [],
    },
}

#: Written after the parser changes of the third round (so not blind): each new rule a second time.
RULES3: dict[str, dict[str, Any]] = {
    # a visit postponed and given new dates ("will now travel from May 18"); an event moved to another
    # city and day in one sentence ("was to be held in Busan on May 6 will instead ... Seoul on May 20")
    "rules3_en_rescheduled_od_korea": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-05-18", "2026-05-22"),
        "engagements": {
            "Arrival in Seoul": _e("2026-05-18", "Seoul", "Asia/Seoul"),
            "Meeting with POSCO": _e("2026-05-19", "Seoul", "Asia/Seoul"),
            "Investors' meet": _e("2026-05-20", "Seoul", "Asia/Seoul"),
            "Visit to Hyundai Motor": _e("2026-05-21", "Ulsan", "Asia/Seoul"),
            "Return to India": _e("2026-05-22", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-05-18", "2026-05-20"), ("Ulsan", "2026-05-21", "2026-05-22")],
        "contacts": [],
    },
    # an English press note with "• June 8: … . … at 4 pm." lines, "from June 8 to June 11, 2026",
    # an accented name, and "Departure for Delhi" as the way home
    "rules3_en_pr_bullets_hp_germany": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Sukhvinder Singh Sukhu",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-11"),
        "engagements": {
            "Arrival in Munich": _e("2026-06-08", "Munich", BERLIN, start="2026-06-08T07:15:00+02:00"),
            "Meeting with Bavarian Chamber of Industry and Commerce": _e(
                "2026-06-08", "Munich", BERLIN, start="2026-06-08T16:00:00+02:00"
            ),
            "Visit to BMW Welt": _e("2026-06-09", "Munich", BERLIN),
            "Address to the Indian diaspora": _e("2026-06-09", "Munich", BERLIN),
            "Departure for Stuttgart": _e("2026-06-10", "Stuttgart", BERLIN),
            "Meeting with Bosch": _e("2026-06-10", "Stuttgart", BERLIN, start="2026-06-10T14:00:00+02:00"),
            "Return to India": _e("2026-06-11", None, KOLKATA),
        },
        "stops": [("Munich", "2026-06-08", "2026-06-10"), ("Stuttgart", "2026-06-10", "2026-06-11")],
        "contacts": [("Jörg Müller", "", "President", "Bavarian Chamber of Industry and Commerce", "host")],
    },
    # Urdu spellings in a Hindi portal: फ़रवरी, मुलाक़ात, अफ़सरों, ख़लदून
    "rules3_hi_nukta_hr_uae": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-02-09", "2026-02-11"),
        "engagements": {
            "Arrival in Dubai": _e("2026-02-09", "Dubai", DUBAI),
            "Meeting with DP World": _e("2026-02-09", "Dubai", DUBAI),
            "Meeting with Mubadala": _e("2026-02-10", "Abu Dhabi", DUBAI),
            "Return to India": _e("2026-02-11", None, KOLKATA),
        },
        "stops": [("Dubai", "2026-02-09", "2026-02-09"), ("Abu Dhabi", "2026-02-10", "2026-02-11")],
        "contacts": [("Khaldoon Al Mubarak", "ख़लदून अल मुबारक", "Managing Director", "Mubadala", "host")],
    },
}

__all__ = ["BLIND3", "RULES3"]
