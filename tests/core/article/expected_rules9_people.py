"""Round 9 training articles (``rules9_people*``): counterparts named by their role where the body is
told elsewhere.

Written before the code, for the kinds blind5 to blind7 showed failing in contacts:

* a role after ``its``/``their``/``whose``/``the``/``the body's`` and a comma, then the name
  (``its director general, Teresita Aquino,``, ``the port's chief executive, Søren Holm,``,
  ``the rector, Anders Lykke,``): the person of the body told before in the sentence;
* a role with no body of its own in the sentence after the one that tells the engagement
  (``Its chief executive X said``, ``Chamber president X said``, ``बोर्ड की महासचिव X ने``,
  ``एजेंसी की CEO X ने``, ``वहां Chairman X ने``, ``उनके CEO X``): the person of that engagement's
  body;
* a professor's title in Devanagari before the name (``कुलपति प्रो. X ने``, ``कुलपति प्रोफेसर X
  ने``): a title, not a word of the name;
* ``प्रबंध संचालक`` (a managing director, as Madhya Pradesh and Chhattisgarh call one) before a name
  in the list of the delegation.

Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

MANILA, COPENHAGEN, BANGKOK = "Asia/Manila", "Europe/Copenhagen", "Asia/Bangkok"
BRUSSELS, NAIROBI = "Europe/Brussels", "Africa/Nairobi"

RULES9_PEOPLE: dict[str, dict[str, Any]] = {
    # PTI wire: "its director general, X,", "Its chief executive X said" (the sentence after),
    # "whose president, Dr. X,", "where the chamber's president, X,"
    "rules9_people_en_wire_ka_philippines": {
        "published": None,
        "language": "en",
        "head": "Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-02-16", "2026-02-19"),
        "engagements": {
            "Arrival in Manila": _e("2026-02-16", "Manila", MANILA),
            "Meeting with Philippine Economic Zone Authority (PEZA)": _e("2026-02-17", "Manila", MANILA),
            "Meeting with Aboitiz Power": _e("2026-02-17", "Manila", MANILA),
            "MoU signing with University of the Philippines": _e("2026-02-18", "Manila", MANILA),
            "Meeting with Philippine Chamber of Commerce and Industry": _e("2026-02-18", "Manila", MANILA),
            "Return to India": _e("2026-02-19", None, KOLKATA),
        },
        "stops": [("Manila", "2026-02-16", "2026-02-19")],
        "contacts": [
            ("Teresita Aquino", "", "Director General", "Philippine Economic Zone Authority (PEZA)", "host"),
            ("Ramon Villanueva", "", "Chief Executive", "Aboitiz Power", "host"),
            ("Jose Santiago", "", "President", "University of the Philippines", "host"),
            ("Lourdes Mercado", "", "President", "Philippine Chamber of Commerce and Industry", "host"),
        ],
    },
    # state release: "Director X presented" and "Chamber president X said" (the sentence after the
    # meeting), "where the port's chief executive, X,", "; the rector, X, signed"
    "rules9_people_en_release_tn_denmark": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-09-09", "2026-09-13"),
        "engagements": {
            "Arrival in Copenhagen": _e("2026-09-09", "Copenhagen", COPENHAGEN),
            "Meeting with Invest in Denmark": _e("2026-09-10", "Copenhagen", COPENHAGEN),
            "Visit to Port of Copenhagen": _e("2026-09-11", "Copenhagen", COPENHAGEN),
            "MoU signing with Technical University of Denmark": _e("2026-09-11", "Copenhagen", COPENHAGEN),
            "Meeting with Danish Chamber of Commerce": _e("2026-09-12", "Copenhagen", COPENHAGEN),
            "Return to India": _e("2026-09-13", None, KOLKATA),
        },
        "stops": [("Copenhagen", "2026-09-09", "2026-09-13")],
        "contacts": [
            ("Mette Kjærgaard", "", "Director", "Invest in Denmark", "host"),
            ("Søren Holm", "", "Chief Executive", "Port of Copenhagen", "host"),
            ("Anders Lykke", "", "Rector", "Technical University of Denmark", "host"),
            ("Birgitte Lund", "", "President", "Danish Chamber of Commerce", "host"),
        ],
    },
    # Hindi wire: "विश्वविद्यालय की ओर से कुलपति प्रो. X ने", "बोर्ड की महासचिव सुश्री X ने" (the
    # sentence after the meeting), "प्रतिनिधिमंडल में … यूपीसीडा के प्रबंध संचालक श्री X"
    "rules9_people_hi_wire_up_thailand": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-11-22", "2026-11-25"),
        "engagements": {
            "Arrival in Bangkok": _e("2026-11-22", "Bangkok", BANGKOK),
            "MoU signing with Chulalongkorn University": _e("2026-11-23", "Bangkok", BANGKOK),
            "Meeting with Board of Investment of Thailand": _e("2026-11-24", "Bangkok", BANGKOK),
            "Return to India": _e("2026-11-25", None, KOLKATA),
        },
        "stops": [("Bangkok", "2026-11-22", "2026-11-25")],
        "contacts": [
            ("Somchai Rattanakul", "सोमचाई रत्तनाकुल", "Vice-Chancellor", "Chulalongkorn University", "host"),
            (
                "Nareerat Sriwong",
                "नरीरत श्रीवोंग",
                "Secretary General",
                "Board of Investment of Thailand",
                "host",
            ),
            (
                "Alok Kumar",
                "आलोक कुमार",
                "Additional Chief Secretary (Industrial Development)",
                "",
                "delegation",
            ),
            ("Mayur Maheshwari", "मयूर माहेश्वरी", "Managing Director", "UPSIDA", "delegation"),
        ],
    },
    # Hindi press note: "कुलपति प्रोफेसर X ने", "प्राधिकरण के प्रबंध निदेशक X ने" (the sentence after
    # the meeting), "सीएसआईडीसी के प्रबंध संचालक श्री X" in the delegation
    "rules9_people_hi_pressnote_cg_kenya": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnu Deo Sai",
        "year": 2026,
        "span": ("2026-08-16", "2026-08-19"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-08-16", "Nairobi", NAIROBI),
            "MoU signing with University of Nairobi": _e("2026-08-17", "Nairobi", NAIROBI),
            "Meeting with Kenya Investment Authority": _e("2026-08-18", "Nairobi", NAIROBI),
            "Return to India": _e("2026-08-19", None, KOLKATA),
        },
        "stops": [("Nairobi", "2026-08-16", "2026-08-19")],
        "contacts": [
            ("Stephen Kibet", "स्टीफन किबेट", "Vice-Chancellor", "University of Nairobi", "host"),
            ("James Otieno", "जेम्स ओटिएनो", "Managing Director", "Kenya Investment Authority", "host"),
            ("Rajat Bansal", "रजत बंसल", "Industries Secretary", "", "delegation"),
            ("Prabhat Malik", "प्रभात मलिक", "Managing Director", "CSIDC", "delegation"),
        ],
    },
    # mixed script: "एजेंसी की CEO X ने" (the sentence after the meeting), "वहां Chairman X ने" (after
    # the visit), "उनके CEO X खुद मौजूद थे" (after the MoU), "GIDC के प्रबंध संचालक X" in the delegation
    "rules9_people_mixed_report_gj_belgium": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-05-04", "2026-05-08"),
        "engagements": {
            "Arrival in Brussels": _e("2026-05-04", "Brussels", BRUSSELS),
            "Meeting with Flanders Investment & Trade": _e("2026-05-05", "Brussels", BRUSSELS),
            "Visit to Antwerp World Diamond Centre": _e("2026-05-06", "Antwerp", BRUSSELS),
            "MoU signing with Port of Antwerp-Bruges": _e("2026-05-07", "Antwerp", BRUSSELS),
            "Return to India": _e("2026-05-08", None, KOLKATA),
        },
        "stops": [("Brussels", "2026-05-04", "2026-05-06"), ("Antwerp", "2026-05-06", "2026-05-08")],
        "contacts": [
            ("Sofie Vermeulen", "", "CEO", "Flanders Investment & Trade", "host"),
            ("Joris Peeters", "", "Chairman", "Antwerp World Diamond Centre", "host"),
            ("Luc Dubois", "", "CEO", "Port of Antwerp-Bruges", "host"),
            ("Rahul Gupta", "राहुल गुप्ता", "Managing Director", "GIDC", "delegation"),
        ],
    },
}
