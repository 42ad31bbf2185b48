"""Round 8 training articles (``rules8_people*``): counterparts listed by name after a meeting.

Written before the code, for the kind blind7 showed failing in contacts: the people met named in a
list after the body, with no title, opened by ``including`` or ``among them`` (``met officials of
Invest Lithuania, including A, B and C``), by ``among those present were`` after the meeting, or
in Hindi by ``जिनमें … शामिल थे/थीं`` (``YPF के अधिकारियों से मुलाकात की, जिनमें A, B और C शामिल
थे``): each is a counterpart of the body named last before the list.  And a body spelled out
with its acronym at the start of a sentence (``… visit to Argentina. The Argentine … Agency
(AAICI)``): its name starts after the full stop, and the acronym later is that body.

Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

VILNIUS, TALLINN = "Europe/Vilnius", "Europe/Tallinn"
BUENOS_AIRES, SANTIAGO = "America/Argentina/Buenos_Aires", "America/Santiago"

RULES8_PEOPLE: dict[str, dict[str, Any]] = {
    # PTI wire: "met officials of Invest Lithuania, including A, B and C"
    "rules8_people_en_wire_up_lithuania": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Nand Gopal Gupta",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-12"),
        "engagements": {
            "Arrival in Vilnius": _e("2026-03-09", "Vilnius", VILNIUS),
            "Meeting with Invest Lithuania": _e("2026-03-10", "Vilnius", VILNIUS),
            "Visit to Kaunas Free Economic Zone": _e("2026-03-11", "Kaunas", VILNIUS),
            "Return to India": _e("2026-03-12", None, KOLKATA),
        },
        "stops": [("Vilnius", "2026-03-09", "2026-03-10"), ("Kaunas", "2026-03-11", "2026-03-12")],
        "contacts": [
            ("Tomas Petrauskas", "", "", "Invest Lithuania", "host"),
            ("Rūta Jankauskaitė", "", "", "Invest Lithuania", "host"),
            ("Jonas Valiulis", "", "", "Invest Lithuania", "host"),
        ],
    },
    # state release: "; among those present were A, B and C", "representatives of X, among them A and B"
    "rules8_people_en_release_mh_estonia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-05-18", "2026-05-21"),
        "engagements": {
            "Arrival in Tallinn": _e("2026-05-18", "Tallinn", TALLINN),
            "Meeting with Estonian Chamber of Commerce and Industry": _e("2026-05-19", "Tallinn", TALLINN),
            "Meeting with Enterprise Estonia": _e("2026-05-20", "Tallinn", TALLINN),
            "Return to India": _e("2026-05-21", None, KOLKATA),
        },
        "stops": [("Tallinn", "2026-05-18", "2026-05-21")],
        "contacts": [
            ("Mart Saar", "", "", "Estonian Chamber of Commerce and Industry", "host"),
            ("Liis Tamm", "", "", "Estonian Chamber of Commerce and Industry", "host"),
            ("Andres Kivi", "", "", "Estonian Chamber of Commerce and Industry", "host"),
            ("Kadri Lepik", "", "", "Enterprise Estonia", "host"),
            ("Toomas Rebane", "", "", "Enterprise Estonia", "host"),
        ],
    },
    # Hindi wire: "YPF के अधिकारियों से मुलाकात की, जिनमें A, B और C शामिल थे"
    "rules8_people_hi_wire_rj_argentina": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Rajyavardhan Singh Rathore",
        "year": 2026,
        "span": ("2026-04-12", "2026-04-14"),
        "engagements": {
            "Arrival in Buenos Aires": _e("2026-04-12", "Buenos Aires", BUENOS_AIRES),
            "Meeting with YPF": _e("2026-04-13", "Buenos Aires", BUENOS_AIRES),
            "Return to India": _e("2026-04-14", None, KOLKATA),
        },
        "stops": [("Buenos Aires", "2026-04-12", "2026-04-14")],
        "contacts": [
            ("Marcos García", "मार्कोस गार्सिया", "", "YPF", "host"),
            ("Lucía Fernández", "लूसिया फर्नांडीज़", "", "YPF", "host"),
            ("Diego Romero", "डिएगो रोमेरो", "", "YPF", "host"),
        ],
    },
    # Hindi wire: "Codelco के प्रतिनिधियों से भेंट की, जिनमें A और B शामिल थीं"
    "rules8_people_hi_wire_mp_chile": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": 2026,
        "span": ("2026-06-20", "2026-06-22"),
        "engagements": {
            "Arrival in Santiago": _e("2026-06-20", "Santiago", SANTIAGO),
            "Meeting with Codelco": _e("2026-06-21", "Santiago", SANTIAGO),
            "Return to India": _e("2026-06-22", None, KOLKATA),
        },
        "stops": [("Santiago", "2026-06-20", "2026-06-22")],
        "contacts": [
            ("Carlos Muñoz", "कार्लोस मुनोज़", "", "Codelco", "host"),
            ("Valentina Rojas", "वेलेंटीना रोजास", "", "Codelco", "host"),
        ],
    },
    # PTI wire: the body spelled out with its acronym right after a sentence that ends with the
    # country ("… visit to Argentina. The Argentine … Agency (AAICI) is hosting …"), the acronym later
    "rules8_people_en_wire_rj_argentina": {
        "published": None,
        "language": "en",
        "head": "Deputy Chief Minister Diya Kumari",
        "year": 2026,
        "span": ("2026-10-11", "2026-10-16"),
        "engagements": {
            "Arrival in Buenos Aires": _e("2026-10-11", "Buenos Aires", BUENOS_AIRES),
            "Meeting with Argentine Investment and International Trade Promotion Agency (AAICI)": _e(
                "2026-10-12", "Buenos Aires", BUENOS_AIRES
            ),
            "Visit to Port of Buenos Aires": _e("2026-10-14", "Buenos Aires", BUENOS_AIRES),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [("Buenos Aires", "2026-10-11", "2026-10-16")],
        "contacts": [
            (
                "Federico Álvarez",
                "",
                "President",
                "Argentine Investment and International Trade Promotion Agency (AAICI)",
                "host",
            ),
        ],
    },
    # state release: "… visit to Chile. The Chilean Copper Commission (COCHILCO) will brief …"
    "rules8_people_en_release_od_chile": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Sampad Chandra Swain",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-09"),
        "engagements": {
            "Arrival in Santiago": _e("2026-07-06", "Santiago", SANTIAGO),
            "Meeting with Chilean Copper Commission (COCHILCO)": _e("2026-07-07", "Santiago", SANTIAGO),
            "Visit to Port of Valparaíso": _e("2026-07-08", "Valparaíso", SANTIAGO),
            "Return to India": _e("2026-07-09", None, KOLKATA),
        },
        # round 9: the held-out convention (expected7): the port visited on the 8th, with no journey
        # there told and the return on the 9th, is a day trip from Santiago, not a stop
        "stops": [("Santiago", "2026-07-06", "2026-07-09")],
        "contacts": [
            (
                "Marcela Orellana",
                "",
                "Executive Vice-President",
                "Chilean Copper Commission (COCHILCO)",
                "host",
            ),
        ],
    },
}
