"""Expected visits for the fourth rules round, task "article-text" (``rules4_*``): written before the code.

Kinds of writing blind3 showed failing: live blogs whose entries are headed by their posting time in
IST (newest first, under date headings or with the date in each stamp), lists whose items are one
engagement each under a heading that gives the date (a business daily's MoU list, a PR department's
day-wise programme), travel by road and train ("drives to … by road", "takes the bullet train to",
"सड़क के रास्ते … जाएंगे"), Urdu- and Marathi-influenced Hindi ("ख़िताब करेंगे", "भेट देंगे",
"संवाद साधेंगे"), and Hindi in Roman script ("CM ne Tokyo mein … se mulakat ki").
Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

TOKYO, SEOUL, DUBAI, RIYADH, BERLIN = "Asia/Tokyo", "Asia/Seoul", "Asia/Dubai", "Asia/Riyadh", "Europe/Berlin"
SGP = "Asia/Singapore"

RULES4_TEXT: dict[str, dict[str, Any]] = {
    # a live blog under date headings, entries stamped "7:40 PM IST:" newest first; the stamp is when
    # the entry was posted (the start of a meeting only when it is "under way" as posted: 11:25 IST);
    # "takes the bullet train to Osaka" is the journey on
    "rules4_en_liveblog_gj_japan": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-10-13", "2026-10-14"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-10-13", "Tokyo", TOKYO),
            "Meeting with the Indian diaspora": _e("2026-10-13", "Tokyo", TOKYO),
            "Meeting with JETRO": _e("2026-10-14", "Tokyo", TOKYO, start="2026-10-14T14:55:00+09:00"),
            "Meeting with Suzuki": _e("2026-10-14", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-10-14", "Osaka", TOKYO),
        },
        "stops": [("Tokyo", "2026-10-13", "2026-10-14"), ("Osaka", "2026-10-14", "2026-10-14")],
        "contacts": [],
    },
    # a live blog whose stamps carry the date ("Nov 18, 20:30 IST:"); "drives to Abu Dhabi by road";
    # "on Friday" counted from the entry's day
    "rules4_en_liveblog_up_uae": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-11-17", "2026-11-20"),
        "engagements": {
            "Arrival in Dubai": _e("2026-11-17", "Dubai", DUBAI),
            "Meeting with Dubai Chamber of Commerce": _e("2026-11-18", "Dubai", DUBAI),
            "Address to the Indian diaspora": _e("2026-11-18", "Dubai", DUBAI),
            "MoU signing with DP World": _e("2026-11-19", "Dubai", DUBAI),
            "MoU signing with Lulu Group": _e("2026-11-19", "Dubai", DUBAI),
            "Departure for Abu Dhabi": _e("2026-11-19", "Abu Dhabi", DUBAI),
            "Meeting with Mubadala": _e("2026-11-20", "Abu Dhabi", DUBAI),
        },
        "stops": [("Dubai", "2026-11-17", "2026-11-19"), ("Abu Dhabi", "2026-11-19", "2026-11-20")],
        "contacts": [],
    },
    # a business daily's list: "Agreements were signed in Seoul on September 9 with:" and one partner
    # per bullet; "Later, he took the KTX to Busan"
    "rules4_en_mou_list_ka_korea": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Siddaramaiah",
        "year": 2026,
        "span": ("2026-09-08", "2026-09-13"),
        "engagements": {
            "Arrival in Seoul": _e("2026-09-08", "Seoul", SEOUL),
            "MoU signing with Samsung": _e("2026-09-09", "Seoul", SEOUL),
            "MoU signing with LG": _e("2026-09-09", "Seoul", SEOUL),
            "MoU signing with POSCO": _e("2026-09-09", "Seoul", SEOUL),
            "Meeting with KOTRA": _e("2026-09-10", "Seoul", SEOUL),
            "Departure for Busan": _e("2026-09-10", "Busan", SEOUL),
            "Visit to Hyundai Motor": _e("2026-09-11", "Busan", SEOUL),
            "Return to India": _e("2026-09-13", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-09-08", "2026-09-10"), ("Busan", "2026-09-10", "2026-09-13")],
        "contacts": [("Kang Kyung-sung", "", "President", "KOTRA", "host")],
    },
    # a list of partners no gazetteer knows, under "… exchanged in Singapore on March 12 with:"
    "rules4_en_mou_list_ap_singapore": {
        "published": None,
        "language": "en",
        "head": "Chief Minister N. Chandrababu Naidu",
        "year": 2026,
        "span": ("2026-03-11", "2026-03-13"),
        "engagements": {
            "Arrival in Singapore": _e("2026-03-11", "Singapore", SGP),
            "Investors' roundtable": _e("2026-03-11", "Singapore", SGP),
            "MoU signing with Sembcorp Industries": _e("2026-03-12", "Singapore", SGP),
            "MoU signing with Mapletree Investments": _e("2026-03-12", "Singapore", SGP),
            "MoU signing with Surbana Jurong": _e("2026-03-12", "Singapore", SGP),
            "Return to India": _e("2026-03-13", None, KOLKATA),
        },
        "stops": [("Singapore", "2026-03-11", "2026-03-13")],
        "contacts": [],
    },
    # a PR department's day-wise programme: "Day 2 – June 9 (Tuesday)" over bullets, one of them
    # naming two partners; "Drive to Munich by road"
    "rules4_en_daywise_tn_germany": {
        "published": None,
        "language": "en",
        "head": "Chief Minister M.K. Stalin",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-11"),
        "engagements": {
            "Arrival in Frankfurt": _e("2026-06-08", "Frankfurt", BERLIN),
            "Meeting with Siemens": _e("2026-06-08", "Frankfurt", BERLIN),
            "MoU signing with Bosch": _e("2026-06-09", "Frankfurt", BERLIN),
            "MoU signing with Volkswagen": _e("2026-06-09", "Frankfurt", BERLIN),
            "Address to the Indian diaspora": _e("2026-06-09", "Frankfurt", BERLIN),
            "Departure for Munich": _e("2026-06-10", "Munich", BERLIN),
            "Visit to BMW": _e("2026-06-10", "Munich", BERLIN),
            "Return to India": _e("2026-06-11", None, KOLKATA),
        },
        "stops": [("Frankfurt", "2026-06-08", "2026-06-10"), ("Munich", "2026-06-10", "2026-06-11")],
        "contacts": [],
    },
    # Marathi-influenced Hindi: "दि. 5 मई", "… को भेट देंगे" (visits), "बांधवों से संवाद साधेंगे"
    "rules4_hi_marathi_mh_germany": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-05-05", "2026-05-08"),
        "engagements": {
            "Arrival in Munich": _e("2026-05-05", "Munich", BERLIN),
            "Visit to BMW": _e("2026-05-05", "Munich", BERLIN),
            "Meeting with Siemens": _e("2026-05-06", "Munich", BERLIN),
            "Address to the Indian diaspora": _e("2026-05-06", "Munich", BERLIN),
            "Visit to Bosch": _e("2026-05-07", "Stuttgart", BERLIN),
            "Departure for Frankfurt": _e("2026-05-07", "Frankfurt", BERLIN),
            "Return to India": _e("2026-05-08", None, KOLKATA),
        },
        "stops": [
            ("Munich", "2026-05-05", "2026-05-06"),
            ("Stuttgart", "2026-05-07", "2026-05-07"),
            ("Frankfurt", "2026-05-07", "2026-05-08"),
        ],
        "contacts": [],
    },
    # Urdu-influenced Hindi: "वज़ीर-ए-आला", "जलसे को ख़िताब करेंगे", "सड़क के रास्ते दम्माम जाएंगे",
    # "सऊदी अरामको, सबिक (SABIC) और मआदेन के साथ समझौता ज्ञापनों पर दस्तख़त" (one MoU each; Ma'aden unknown)
    "rules4_hi_urdu_up_saudi": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-10-26", "2026-10-29"),
        "engagements": {
            "Arrival in Riyadh": _e("2026-10-26", "Riyadh", RIYADH),
            "Meeting with Saudi Aramco": _e("2026-10-27", "Riyadh", RIYADH),
            "Address to the Indian diaspora": _e("2026-10-27", "Riyadh", RIYADH),
            "Meeting with Public Investment Fund": _e("2026-10-28", "Riyadh", RIYADH),
            "Departure for Dammam": _e("2026-10-28", "Dammam", RIYADH),
            "MoU signing with Saudi Aramco": _e("2026-10-29", "Dammam", RIYADH),
            "MoU signing with SABIC": _e("2026-10-29", "Dammam", RIYADH),
            "Return to India": _e("2026-10-29", None, KOLKATA),
        },
        "stops": [("Riyadh", "2026-10-26", "2026-10-28"), ("Dammam", "2026-10-28", "2026-10-29")],
        "contacts": [],
    },
    # travel told several ways: "leave Seoul by road for Pohang", "fly on to Tokyo", "leave Tokyo on
    # April 18 for Hyderabad" (the return), "land in Seoul"
    "rules4_en_travel_tg_korea": {
        "published": None,
        "language": "en",
        "head": "IT and Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-04-12", "2026-04-18"),
        "engagements": {
            "Arrival in Seoul": _e("2026-04-12", "Seoul", SEOUL),
            "Meeting with Samsung": _e("2026-04-13", "Seoul", SEOUL),
            "Departure for Pohang": _e("2026-04-14", "Pohang", SEOUL),
            "Visit to POSCO": _e("2026-04-14", "Pohang", SEOUL),
            "Departure for Tokyo": _e("2026-04-16", "Tokyo", TOKYO),
            "Meeting with SoftBank": _e("2026-04-17", "Tokyo", TOKYO),
            "Return to India": _e("2026-04-18", None, KOLKATA),
        },
        "stops": [
            ("Seoul", "2026-04-12", "2026-04-14"),
            ("Pohang", "2026-04-14", "2026-04-16"),
            ("Tokyo", "2026-04-16", "2026-04-18"),
        ],
        "contacts": [],
    },
    # Hindi in Roman script, a PR note: "somvar, 9 March ko", "Daure ke doosre din", "Usi shaam",
    # "Guruvar ko", "pravasi Bharatiyon se milenge", "ke liye ravana honge", "wapas lautenge"
    "rules4_roman_mp_germany": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-12"),
        "engagements": {
            "Arrival in Munich": _e("2026-03-09", "Munich", BERLIN),
            "Meeting with the Indian diaspora": _e("2026-03-09", "Munich", BERLIN),
            "Meeting with BMW": _e("2026-03-10", "Munich", BERLIN),
            "MoU signing with Siemens": _e("2026-03-10", "Munich", BERLIN),
            "Departure for Stuttgart": _e("2026-03-11", "Stuttgart", BERLIN),
            "Visit to Bosch": _e("2026-03-11", "Stuttgart", BERLIN),
            "Return to India": _e("2026-03-12", None, KOLKATA),
        },
        "stops": [("Munich", "2026-03-09", "2026-03-11"), ("Stuttgart", "2026-03-11", "2026-03-12")],
        "contacts": [],
    },
    # Hindi in Roman script, a portal's report: a dateline ending in a full stop with a Roman Hindi
    # month ("18 navambar 2025."), "aaj", "Isse pehle somvar ko" (past), "Kal ve … jayenge",
    # "mulaqat ki", "laut aayenge"; a name with a lowercase particle ("Sultan Ahmed bin Sulayem")
    "rules4_roman_rj_uae": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhajanlal Sharma",
        "year": 2025,
        "span": ("2025-11-17", "2025-11-20"),
        "engagements": {
            "Arrival in Dubai": _e("2025-11-17", "Dubai", DUBAI),
            "Meeting with Dubai Chamber of Commerce": _e("2025-11-17", "Dubai", DUBAI),
            "Meeting with DP World": _e("2025-11-18", "Dubai", DUBAI),
            "Departure for Abu Dhabi": _e("2025-11-19", "Abu Dhabi", DUBAI),
            "Meeting with Mubadala": _e("2025-11-19", "Abu Dhabi", DUBAI),
            "Return to India": _e("2025-11-20", None, KOLKATA),
        },
        "stops": [("Dubai", "2025-11-17", "2025-11-19"), ("Abu Dhabi", "2025-11-19", "2025-11-20")],
        "contacts": [("Sultan Ahmed bin Sulayem", "", "Chairman", "DP World", "host")],
    },
}

__all__ = ["RULES4_TEXT"]
