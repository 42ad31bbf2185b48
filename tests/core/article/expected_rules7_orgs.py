"""Round 7 training articles (``rules7_org*``): organisations as meeting titles, visits to sites.

Kinds of writing blind5 showed failing, each in at least two articles of different styles:

* a person met is named with their body's name and role before the name, no possessive
  (``met Flanders Investment & Trade chief executive Pieter Claes``, ``talks with Invest Argentina
  Executive Director …``, ``इन्वेस्ट एस्टोनिया की प्रबंध निदेशक … से मुलाकात``): the meeting is with the body,
  the person is its contact;
* a foreign body's English name written in Devanagari (``एंटरप्राइज एस्टोनिया``, ``डिजिटल इंडस्ट्री स्वीडन``,
  ``स्मार्ट सिटी स्वीडन``): the title gives it back in English.

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

BRUSSELS, BUENOS_AIRES = "Europe/Brussels", "America/Argentina/Buenos_Aires"
TALLINN, STOCKHOLM = "Europe/Tallinn", "Europe/Stockholm"

RULES7_ORGS: dict[str, dict[str, Any]] = {
    # "met Flanders Investment & Trade chief executive Pieter Claes", "held talks with Port of
    # Antwerp-Bruges chief executive Koen Peeters": a lowercase role between the body and the person
    "rules7_orgs_en_brief_kl_belgium": {
        "published": None,
        "language": "en",
        "head": "Industries Minister P. Rajeeve",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-11"),
        "engagements": {
            "Arrival in Brussels": _e("2026-06-08", "Brussels", BRUSSELS),
            "Meeting with Flanders Investment & Trade": _e("2026-06-09", "Brussels", BRUSSELS),
            "Departure for Antwerp": _e("2026-06-10", "Antwerp", BRUSSELS),
            "Meeting with Port of Antwerp-Bruges": _e("2026-06-10", "Antwerp", BRUSSELS),
            "Visit to BASF": _e("2026-06-10", "Antwerp", BRUSSELS),
            "Return to India": _e("2026-06-11", None, KOLKATA),
        },
        "stops": [("Brussels", "2026-06-08", "2026-06-10"), ("Antwerp", "2026-06-10", "2026-06-11")],
        "contacts": [
            ("Pieter Claes", "", "Chief Executive Officer", "Flanders Investment & Trade", "host"),
            ("Koen Peeters", "", "Chief Executive Officer", "Port of Antwerp-Bruges", "host"),
            ("A.P.M. Mohammed Hanish", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # a wire: "held talks with Invest Argentina Executive Director Lucía Fernández", "met YPF Luz
    # President Martín Gómez", "call on Argentine Chamber of Commerce President Diego Ruiz"
    "rules7_orgs_en_wire_tg_argentina": {
        "published": None,
        "language": "en",
        "head": "IT and Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-03-16", "2026-03-19"),
        "engagements": {
            "Arrival in Buenos Aires": _e("2026-03-16", "Buenos Aires", BUENOS_AIRES),
            "Meeting with Invest Argentina": _e("2026-03-17", "Buenos Aires", BUENOS_AIRES),
            "Meeting with YPF Luz": _e("2026-03-17", "Buenos Aires", BUENOS_AIRES),
            "Meeting with Argentine Chamber of Commerce": _e("2026-03-18", "Buenos Aires", BUENOS_AIRES),
            "Return to India": _e("2026-03-19", None, KOLKATA),
        },
        "stops": [("Buenos Aires", "2026-03-16", "2026-03-19")],
        "contacts": [
            ("Lucía Fernández", "", "Executive Director", "Invest Argentina", "host"),
            ("Martín Gómez", "", "President", "YPF Luz", "host"),
            ("Diego Ruiz", "", "President", "Argentine Chamber of Commerce", "host"),
        ],
    },
    # Hindi: "इन्वेस्ट एस्टोनिया की प्रबंध निदेशक कैरोलिन तम्म से मुलाकात", "एंटरप्राइज एस्टोनिया के
    # अध्यक्ष मार्ट कास्क से भेंट": English names in Devanagari, before the role of the person met
    "rules7_orgs_hi_br_estonia": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Nitish Mishra",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-17"),
        "engagements": {
            "Arrival in Tallinn": _e("2026-09-14", "Tallinn", TALLINN),
            "Meeting with Invest Estonia": _e("2026-09-15", "Tallinn", TALLINN),
            "Meeting with Enterprise Estonia": _e("2026-09-16", "Tallinn", TALLINN),
            "Return to India": _e("2026-09-17", None, KOLKATA),
        },
        "stops": [("Tallinn", "2026-09-14", "2026-09-17")],
        "contacts": [
            ("Karoliin Tamm", "कैरोलिन तम्म", "Managing Director", "Invest Estonia", "host"),
            ("Mart Kask", "मार्ट कास्क", "President", "Enterprise Estonia", "host"),
        ],
    },
    # mixed script: a Devanagari body, its person in Latin script ("डिजिटल इंडस्ट्री स्वीडन की मुख्य कार्यकारी
    # अधिकारी Anna Lindqvist से मुलाकात", "स्मार्ट सिटी स्वीडन के अध्यक्ष Erik Sandberg से भेंट")
    "rules7_orgs_mixed_mh_sweden": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-05-05", "2026-05-08"),
        "engagements": {
            "Arrival in Stockholm": _e("2026-05-05", "Stockholm", STOCKHOLM),
            "Meeting with Digital Industry Sweden": _e("2026-05-06", "Stockholm", STOCKHOLM),
            "Meeting with Smart City Sweden": _e("2026-05-07", "Stockholm", STOCKHOLM),
            "Return to India": _e("2026-05-08", None, KOLKATA),
        },
        "stops": [("Stockholm", "2026-05-05", "2026-05-08")],
        "contacts": [
            ("Anna Lindqvist", "", "Chief Executive Officer", "Digital Industry Sweden", "host"),
            ("Erik Sandberg", "", "President", "Smart City Sweden", "host"),
        ],
    },
}
