"""Round 13 training articles (``rules13_dates_*``): filled by the round's dates work.

Written before any rule, each rule in at least two articles:

* a periodical's month told with its year and no day in a short title line (``April 2027: Month in
  Review``, ``जुलाई 2026: महीने की झलक``) gives the year of the dates under it that tell none: a state
  trade bulletin's month in review in English, with other items of the month around the visit and
  a meeting whose date is yet to be fixed (Chile); a department's monthly in Hindi with English
  names, other items of the month, the visit dated ``20 जुलाई (सोमवार)`` to ``24 जुलाई`` (Kenya);
* a day and month in figures with no year (``5/10``) is a date when it follows ``on`` or a visit's
  day label (``Day 1 was 5/10``, ``Day 2, 6/10,``), the month first after the day as Indian writing
  has it: a minister's press briefing whose header carries the year, a meeting pending with no date
  (Peru); a newspaper's question-and-answer interview whose dateline carries the year, a call
  cancelled on its day (Ghana);
* a day of the month told in words before its month, as speech-to-text writes it (``सत्रह मार्च को``,
  ``on the twenty-first of September``): a Hindi TV report's automatic transcript with ``m:ss`` stamps
  and a ``प्रकाशित:`` line with the year, days 17 to 21 in Hindi number words (Argentina); an English
  channel's automatic transcript dated by a ``Published on`` line, days in English ordinal words
  (Portugal);
* a sentence in mixed script or Roman Hindi saying its engagement's new date is not fixed yet (``नई date
  अभी तय नहीं हुई है``, ``nayi tarikh abhi tay nahi hui hai``) leaves it postponed with no date, the old
  date told before it being the plan put off: a mixed-script update dated ``शिमला, 10 मई 2026`` with
  the rest of the programme ahead (Rwanda); a Roman-Hindi WhatsApp update (Fiji).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

SANTIAGO, NAIROBI, LIMA, ACCRA = "America/Santiago", "Africa/Nairobi", "America/Lima", "Africa/Accra"
BUENOS_AIRES, LISBON = "America/Argentina/Buenos_Aires", "Europe/Lisbon"
KIGALI, FIJI = "Africa/Kigali", "Pacific/Fiji"

RULES13_DATES: dict[str, dict[str, Any]] = {
    # trade bulletin's month in review: "April 2027: Month in Review", the visit 12-16 April, no year
    "rules13_dates_en_newsletter_kl_chile": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Thomas Varghese Mathew",
        "year": 2027,
        "span": ("2027-04-12", "2027-04-16"),
        "engagements": {
            "Arrival in Santiago": _e("2027-04-12", "Santiago", SANTIAGO),
            "Meeting with Chilean Salmon Exporters Council": _e("2027-04-13", "Santiago", SANTIAGO),
            "Visit to Lo Valledor Market": _e("2027-04-14", "Santiago", SANTIAGO),
            "MoU signing with ProAndes Seafood Alliance": _e("2027-04-15", "Santiago", SANTIAGO),
            "Meeting with Santiago Chamber of Commerce": _e(None, None, SANTIAGO, "proposed"),
            "Return to India": _e("2027-04-16", None, KOLKATA),
        },
        "stops": [("Santiago", "2027-04-12", "2027-04-16")],
        "contacts": [
            ("Rodrigo Fuenzalida", "", "President", "Chilean Salmon Exporters Council", "host"),
            ("Anjali Ramesh Pillai", "", "Industries Secretary", "", "delegation"),
        ],
    },
    # Hindi monthly: "जुलाई 2026: महीने की झलक", the visit 20-24 July, no year
    "rules13_dates_hi_newsletter_jh_kenya": {
        "published": None,
        "language": "hi",
        "head": "उद्योग मंत्री सुरेंद्र नाथ महतो",
        "year": 2026,
        "span": ("2026-07-20", "2026-07-24"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-07-20", "Nairobi", NAIROBI),
            "Meeting with Kenya Leather Development Council": _e("2026-07-21", "Nairobi", NAIROBI),
            "Visit to Kikuyu Tannery Works": _e("2026-07-22", "Nairobi", NAIROBI),
            "MoU signing with Savanna Agro Processors": _e("2026-07-23", "Nairobi", NAIROBI),
            "Return to India": _e("2026-07-24", None, KOLKATA),
        },
        "stops": [("Nairobi", "2026-07-20", "2026-07-24")],
        "contacts": [
            (
                "Daniel Kiprono Mutai",
                "",
                "Chief Executive Officer",
                "Kenya Leather Development Council",
                "host",
            ),
            ("Rashmi Kumari Toppo", "रश्मि कुमारी टोप्पो", "Industries Secretary", "", "delegation"),
        ],
    },
    # press briefing of 9 October 2026: "Day 1 was 5/10", "Day 2, 6/10,", "On 7/10", "On 8/10"
    "rules13_dates_en_briefing_tn_peru": {
        "published": None,
        "language": "en",
        "head": "Industries Minister",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-08"),
        "engagements": {
            "Arrival in Lima": _e("2026-10-05", "Lima", LIMA),
            "Meeting with National Society of Industries": _e("2026-10-06", "Lima", LIMA),
            "Visit to Villa El Salvador Industrial Park": _e("2026-10-06", "Lima", LIMA),
            "MoU signing with Andes Footwear Cluster": _e("2026-10-07", "Lima", LIMA),
            "Meeting with Peruvian Mining Council": _e(None, None, LIMA, "proposed"),
            "Return to India": _e("2026-10-08", None, KOLKATA),
        },
        "stops": [("Lima", "2026-10-05", "2026-10-08")],
        "contacts": [
            ("Carlos Huamán Rojas", "", "President", "National Society of Industries", "host"),
            ("Luis Paredes Quispe", "", "Chairman", "Andes Footwear Cluster", "host"),
            ("Vikram Raghunathan", "", "Principal Secretary", "", "delegation"),
        ],
    },
    # interview dated "Kolkata, 21 March 2027": "On 15/3 we landed in Accra" ... "on 19/3"
    "rules13_dates_en_interview_wb_ghana": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Subhankar Mitra",
        "year": 2027,
        "span": ("2027-03-15", "2027-03-19"),
        "engagements": {
            "Arrival in Accra": _e("2027-03-15", "Accra", ACCRA),
            "Meeting with Ghana Investment Promotion Centre": _e("2027-03-16", "Accra", ACCRA),
            "Visit to Tema Port": _e("2027-03-17", "Accra", ACCRA),
            "MoU signing with Volta Packaging Group": _e("2027-03-18", "Accra", ACCRA),
            "Meeting with Ghana Cocoa Board": _e("2027-03-18", "Accra", ACCRA, "cancelled"),
            "Return to India": _e("2027-03-19", None, KOLKATA),
        },
        "stops": [("Accra", "2027-03-15", "2027-03-19")],
        "contacts": [
            ("Kwabena Osei Mensah", "", "Chief Executive", "Ghana Investment Promotion Centre", "host"),
            ("Moumita Banerjee", "", "Industries Secretary", "", "delegation"),
        ],
    },
    # Hindi automatic transcript, "प्रकाशित: 23 मार्च 2027": "सत्रह मार्च को" ... "इक्कीस मार्च को"
    "rules13_dates_hi_autotranscript_mp_argentina": {
        "published": None,
        "language": "hi",
        "head": "कृषि मंत्री हरिनारायण पटेल",
        "year": 2027,
        "span": ("2027-03-17", "2027-03-21"),
        "engagements": {
            "Arrival in Buenos Aires": _e("2027-03-17", "Buenos Aires", BUENOS_AIRES),
            "Meeting with Argentine Grain Exchange": _e("2027-03-18", "Buenos Aires", BUENOS_AIRES),
            "Visit to Rosario Seed Laboratories": _e("2027-03-19", "Buenos Aires", BUENOS_AIRES),
            "MoU signing with Pampas Pulses Cooperative": _e("2027-03-20", "Buenos Aires", BUENOS_AIRES),
            "Return to India": _e("2027-03-21", None, KOLKATA),
        },
        "stops": [("Buenos Aires", "2027-03-17", "2027-03-21")],
        "contacts": [
            ("Martín Echeverría", "", "President", "Argentine Grain Exchange", "host"),
            ("Meenakshi Chauhan", "मीनाक्षी चौहान", "Agriculture Production Commissioner", "", "delegation"),
        ],
    },
    # English automatic transcript, "Published on 2026-09-30": "on the twenty-first of September" ...
    "rules13_dates_en_autotranscript_gj_portugal": {
        "published": None,
        "language": "en",
        "head": "Ports Minister Jayesh Bharatbhai Desai",
        "year": 2026,
        "span": ("2026-09-21", "2026-09-25"),
        "engagements": {
            "Arrival in Lisbon": _e("2026-09-21", "Lisbon", LISBON),
            "Meeting with Port of Lisbon Authority": _e("2026-09-22", "Lisbon", LISBON),
            "Visit to Lisnave Shipyard": _e("2026-09-23", "Lisbon", LISBON),
            "MoU signing with Tagus Marine Engineering": _e("2026-09-24", "Lisbon", LISBON),
            "Return to India": _e("2026-09-25", None, KOLKATA),
        },
        "stops": [("Lisbon", "2026-09-21", "2026-09-25")],
        "contacts": [
            ("Rui Manuel Caldeira", "", "President", "Port of Lisbon Authority", "host"),
            ("Hemant Kumar Joshi", "", "Principal Secretary", "", "delegation"),
        ],
    },
    # mixed-script update of 10 May 2026: "7 May को … meeting फिलहाल postpone … नई date अभी तय नहीं"
    "rules13_dates_mixed_update_hp_rwanda": {
        "published": None,
        "language": "hi",
        "head": "बागवानी मंत्री राकेश कुमार ठाकुर",
        "year": 2026,
        "span": ("2026-05-04", "2026-05-09"),
        "engagements": {
            "Arrival in Kigali": _e("2026-05-04", "Kigali", KIGALI),
            "Meeting with Rwanda Agriculture Board": _e("2026-05-05", "Kigali", KIGALI),
            "Visit to Nyandungu Fruit Processors": _e("2026-05-06", "Kigali", KIGALI),
            "Meeting with Rwanda Horticulture Exporters Association": _e(None, "Kigali", KIGALI, "postponed"),
            "MoU signing with Kigali Cold Chain Hub": _e("2026-05-08", "Kigali", KIGALI),
            "Return to India": _e("2026-05-09", None, KOLKATA),
        },
        "stops": [("Kigali", "2026-05-04", "2026-05-09")],
        "contacts": [
            ("Jean Claude Habimana", "", "Director General", "Rwanda Agriculture Board", "host"),
            ("Sunita Negi", "", "Horticulture Secretary", "", "delegation"),
        ],
    },
    # Roman-Hindi WhatsApp update of 12 June 2026: "jo meeting 11 June ko … nayi tarikh abhi tay nahi"
    "rules13_dates_roman_whatsapp_ka_fiji": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Shivanand Basappa Gowda",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Suva": _e("2026-06-08", "Suva", FIJI),
            "Meeting with Fiji Sugar Growers Council": _e("2026-06-09", "Suva", FIJI),
            "Visit to Pacific Root Crops Institute": _e("2026-06-10", "Suva", FIJI),
            "Meeting with Fiji Kava Council": _e(None, "Suva", FIJI, "postponed"),
            "MoU signing with Coral Coast Agro Traders": _e("2026-06-11", "Suva", FIJI),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Suva", "2026-06-08", "2026-06-12")],
        "contacts": [
            ("Ratu Josefa Naivalu", "", "Chief Executive", "Fiji Sugar Growers Council", "host"),
            ("Lakshmi Narayan Hegde", "", "Agriculture Secretary", "", "delegation"),
        ],
    },
}
