"""Round 11 training articles (``rules11_route_*``): where a place is, and how the delegation moves.

Written before any rule, each rule in at least two articles:

* a city's name shared with a city elsewhere is the one in a country the visit goes to: a big
  namesake abroad gives its country no claim on the visit (Córdoba in Spain, not Argentina's;
  Alexandria in Virginia, not Egypt's) (Spain, USA); a listed city of a country the visit does not
  go to yields to its namesake in one it does (San Jose in Costa Rica, not California; Victoria in
  the Seychelles, not British Columbia) (Costa Rica, Seychelles); a country's name inside a city's
  ("Port of Spain") sends the visit nowhere (Trinidad and Tobago);
* a connecting flight "through" a city passes through it, no stop (Doha, Frankfurt) (Spain, USA);
* a move to another city of the same country told by a Hindi or Roman Hindi verb of going the
  general lists leave out: "दल Mombasa गया", "dal Puntarenas gaya" (went, right after the place),
  "team Davao के लिए निकली", "dal San Fernando ke liye nikla" (set out for) (Kenya, Costa Rica,
  Philippines, Trinidad and Tobago); "aaram mein gaya" (a day spent) is no move;
* a common word before a place gone to is no part of its name: "Delegation Dar es Salaam पहुंचा",
  "Team Lusaka पहुंची", "Delegation Arusha के लिए निकला" (Tanzania, Zambia);
* the home country named as the seat of an office in a welcome at the airport ("India के Deputy
  High Commissioner ने … अगवानी की", "भारत के उच्चायुक्त ने दल का स्वागत किया") is no return home
  (Tanzania, Zambia);
* "वापस निकला", "वापस निकली" (set out back) is the way home: "… हवाई अड्डे से दल वापस निकला",
  "team Santiago से वापस निकली" (Peru, Chile); "Chile गया था" (the trip itself) is no move.
* a person's name before a place gone to is no part of the place's name: "Udyog Mantri Vikram Dhull
  Addis Ababa pahunche", "Minister Kavita Joshi Windhoek पहुंचीं" (Ethiopia, Namibia).
* on a day of moving, the places follow the journeys, not the order the text first names them in: a
  meeting at the far end told first ("will meet the Kraków Chamber of Commerce on Monday … lands in
  Warsaw on the morning of 5 October … before flying to Kraków"; "14 मार्च को Osaka में … बैठक …
  14 मार्च की सुबह Tokyo पहुंचेंगे … दोपहर में Osaka के लिए रवाना") leaves the arrival city first
  (Poland, Japan).
* "जाना" as the helper of a compound verb is no journey: "Porto की एक कंपनी का … संयंत्र … तैयार हो
  जाएगा", "Guadalajara में … warehouse दिसंबर तक चालू हो जाएगा" (Portugal, Mexico).
* the flight home from a city ("Accra से वापसी की उड़ान में बैठे", "Hanoi से वापसी की flight") is the
  return, no journey to that city (Ghana, Vietnam).
* a stop known only by its country is in the one city of that country the text sends the
  delegation to or brings it back from ("to Amman, Jordan, from 9 March", "Muscat से भारत लौटा"),
  not one inside a body's name (Jordan, Oman).
* "<country> City" where the country's capital bears its name ("Djibouti City", "Luxembourg
  City") is that capital, not the country, and so is the country itself as the place gone to
  ("arrived in Luxembourg", "Djibouti पहुंचे") (Djibouti and Luxembourg, twice each).

The articles:

* an English release under a dated line (Spain: Madrid, then Córdoba by train);
* a department's English itinerary by dated lines (USA: Washington, then Alexandria, Virginia);
* a Roman Hindi vlog description (Costa Rica: "San Jose" unaccented, then Puntarenas);
* a mixed-script update under a dateline (Seychelles: Victoria only);
* a Devanagari Hindi report with Latin names (Kenya: Nairobi, then Mombasa);
* a Roman Hindi wire report (Trinidad and Tobago: Port of Spain, then San Fernando);
* a mixed-script wire report (Philippines: Manila, then Davao);
* a chamber's mixed-script newsletter by weekday lines (Tanzania: Dar es Salaam, then Arusha);
* a department's Hindi bulletin by dated lines (Zambia: Lusaka, then Ndola);
* a Hindi question-and-answer interview after the return (Peru: Lima only);
* a mixed-script blog after the return (Chile: Santiago only);
* a Roman Hindi live ticker by day headings (Ethiopia: Addis Ababa only);
* a mixed-script update under a dateline (Namibia: Windhoek only);
* an English preview under a dateline (Poland: Warsaw, then Kraków the same day);
* a Hindi preview under a dateline (Japan: Tokyo, then Osaka the same day);
* a Hindi report after the return (Portugal: Lisbon only);
* a mixed-script travel note before the visit (Mexico: Mexico City only);
* a Hindi wire report after the return (Ghana: Accra only);
* a mixed-script list of takeaways with a "Published:" line (Vietnam: Hanoi only);
* a legislative council's answer (Jordan: Amman only);
* a Hindi report after the return (Oman: Muscat only);
* an English brief under a dateline (Djibouti: Djibouti City only);
* a mixed-script diary after the return (Luxembourg: Luxembourg City only);
* an English release under a dateline (Luxembourg: "arrived in Luxembourg");
* a Hindi wire report (Djibouti: "Djibouti पहुंचे").

Same shape as ``expected7.BLIND7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

MADRID, NEW_YORK, COSTA_RICA = "Europe/Madrid", "America/New_York", "America/Costa_Rica"
MAHE, NAIROBI, PORT_OF_SPAIN, MANILA = "Indian/Mahe", "Africa/Nairobi", "America/Port_of_Spain", "Asia/Manila"
DAR_ES_SALAAM, LUSAKA, LIMA, SANTIAGO = (
    "Africa/Dar_es_Salaam",
    "Africa/Lusaka",
    "America/Lima",
    "America/Santiago",
)
ADDIS_ABABA, WINDHOEK = "Africa/Addis_Ababa", "Africa/Windhoek"
WARSAW, TOKYO = "Europe/Warsaw", "Asia/Tokyo"
LISBON, MEXICO_CITY = "Europe/Lisbon", "America/Mexico_City"
ACCRA, HANOI = "Africa/Accra", "Asia/Ho_Chi_Minh"
AMMAN, MUSCAT = "Asia/Amman", "Asia/Muscat"
DJIBOUTI, LUXEMBOURG = "Africa/Djibouti", "Europe/Luxembourg"

RULES11_ROUTE: dict[str, dict[str, Any]] = {
    # release (Saturday 18 April); Doha a connecting flight; Córdoba (Argentina's is bigger)
    "rules11_route_en_release_ka_spain": {
        "published": None,
        "language": "en",
        "head": "Tourism Minister Meera Deshpande",
        "year": 2026,
        "span": ("2026-04-13", "2026-04-17"),
        "engagements": {
            "Arrival in Madrid": _e("2026-04-13", "Madrid", MADRID),
            "Meeting with Spanish Tourism Board": _e("2026-04-14", "Madrid", MADRID),
            "Departure for Córdoba": _e("2026-04-15", "Córdoba", MADRID),
            "Meeting with Andalusian Crafts Federation": _e("2026-04-15", "Córdoba", MADRID),
            "MoU signing with University of Córdoba": _e("2026-04-16", "Córdoba", MADRID),
            "Return to India": _e("2026-04-17", None, KOLKATA),
        },
        "stops": [("Madrid", "2026-04-13", "2026-04-15"), ("Córdoba", "2026-04-15", "2026-04-17")],
        "contacts": [],
    },
    # itinerary by dated lines; Frankfurt a connecting flight; Alexandria (Egypt's is bigger)
    "rules11_route_en_itinerary_tn_usa": {
        "published": None,
        "language": "en",
        "head": "Minister for Industries K. Ilango",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Washington": _e("2026-06-08", "Washington", NEW_YORK),
            "Meeting with US-India Business Council": _e("2026-06-09", "Washington", NEW_YORK),
            "Departure for Alexandria": _e("2026-06-10", "Alexandria", NEW_YORK),
            "Meeting with Alexandria Economic Development Partnership": _e(
                "2026-06-10", "Alexandria", NEW_YORK
            ),
            "Meeting with Virginia Semiconductor Alliance": _e("2026-06-11", "Alexandria", NEW_YORK),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Washington", "2026-06-08", "2026-06-10"), ("Alexandria", "2026-06-10", "2026-06-12")],
        "contacts": [],
    },
    # Roman Hindi vlog; "San Jose" (California's is listed), "dal Puntarenas gaya"
    "rules11_route_roman_vlog_mh_costarica": {
        "published": None,
        "language": "hi",
        "head": "Krishi Mantri Sudhir Kale",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in San José": _e("2026-09-14", "San José", COSTA_RICA),
            "Meeting with Costa Rican Coffee Institute": _e("2026-09-15", "San José", COSTA_RICA),
            "Departure for Puntarenas": _e("2026-09-16", "Puntarenas", COSTA_RICA),
            "Meeting with Puntarenas Port Authority": _e("2026-09-16", "Puntarenas", COSTA_RICA),
            "MoU signing with Pacific Fishermen Cooperative": _e("2026-09-17", "Puntarenas", COSTA_RICA),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("San José", "2026-09-14", "2026-09-16"), ("Puntarenas", "2026-09-16", "2026-09-18")],
        "contacts": [],
    },
    # mixed-script update (Thursday 8 October); Victoria (British Columbia's is listed)
    "rules11_route_mixed_update_kl_seychelles": {
        "published": None,
        "language": "hi",
        "head": "Fisheries Minister Thomas Varghese",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-09"),
        "engagements": {
            "Arrival in Victoria": _e("2026-10-05", "Victoria", MAHE),
            "Meeting with Seychelles Fishing Authority": _e("2026-10-06", "Victoria", MAHE),
            "Meeting with Seychelles Investment Board": _e("2026-10-07", "Victoria", MAHE),
            "Address to the Indian diaspora": _e("2026-10-08", "Victoria", MAHE),
            "Return to India": _e("2026-10-09", None, KOLKATA),
        },
        "stops": [("Victoria", "2026-10-05", "2026-10-09")],
        "contacts": [],
    },
    # Hindi report (Saturday 25 July); "दल Mombasa गया"
    "rules11_route_hi_report_up_kenya": {
        "published": None,
        "language": "hi",
        "head": "एमएसएमई मंत्री रमाकांत त्रिपाठी",
        "year": 2026,
        "span": ("2026-07-20", "2026-07-24"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-07-20", "Nairobi", NAIROBI),
            "Meeting with Kenya Association of Manufacturers": _e("2026-07-21", "Nairobi", NAIROBI),
            "Departure for Mombasa": _e("2026-07-22", "Mombasa", NAIROBI),
            "Meeting with Kenya Ports Authority": _e("2026-07-22", "Mombasa", NAIROBI),
            "Meeting with Coast Traders Association": _e("2026-07-23", "Mombasa", NAIROBI),
            "Return to India": _e("2026-07-24", None, KOLKATA),
        },
        "stops": [("Nairobi", "2026-07-20", "2026-07-22"), ("Mombasa", "2026-07-22", "2026-07-24")],
        "contacts": [],
    },
    # Roman Hindi wire (Saturday 29 August); "Port of Spain" names no Spain; "San Fernando ke liye nikla"
    "rules11_route_roman_wire_pb_trinidad": {
        "published": None,
        "language": "hi",
        "head": "Krishi Mantri Gurmeet Sandhu",
        "year": 2026,
        "span": ("2026-08-24", "2026-08-28"),
        "engagements": {
            "Arrival in Port of Spain": _e("2026-08-24", "Port of Spain", PORT_OF_SPAIN),
            "Meeting with Agricultural Development Bank": _e("2026-08-25", "Port of Spain", PORT_OF_SPAIN),
            "Departure for San Fernando": _e("2026-08-26", "San Fernando", PORT_OF_SPAIN),
            "Meeting with Caroni Farmers Cooperative": _e("2026-08-26", "San Fernando", PORT_OF_SPAIN),
            "Address to the Indian diaspora": _e("2026-08-27", "San Fernando", PORT_OF_SPAIN),
            "Return to India": _e("2026-08-28", None, KOLKATA),
        },
        "stops": [
            ("Port of Spain", "2026-08-24", "2026-08-26"),
            ("San Fernando", "2026-08-26", "2026-08-28"),
        ],
        "contacts": [],
    },
    # mixed-script wire (Saturday 14 November); "team Davao के लिए निकली"
    "rules11_route_mixed_wire_gj_philippines": {
        "published": None,
        "language": "hi",
        "head": "Ports Minister Bharat Patel",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "engagements": {
            "Arrival in Manila": _e("2026-11-09", "Manila", MANILA),
            "Meeting with Philippine Ports Authority": _e("2026-11-10", "Manila", MANILA),
            "Departure for Davao": _e("2026-11-11", "Davao", MANILA),
            "Meeting with Mindanao Development Authority": _e("2026-11-11", "Davao", MANILA),
            "MoU signing with Davao Shipowners Association": _e("2026-11-12", "Davao", MANILA),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Manila", "2026-11-09", "2026-11-11"), ("Davao", "2026-11-11", "2026-11-13")],
        "contacts": [],
    },
    # mixed-script newsletter (September 2026); "Delegation Dar es Salaam पहुंचा", India the seat
    # of the Deputy High Commissioner's office
    "rules11_route_mixed_newsletter_mh_tanzania": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Uday Rane",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-11"),
        "engagements": {
            "Arrival in Dar es Salaam": _e("2026-09-07", "Dar es Salaam", DAR_ES_SALAAM),
            "Meeting with Tanzania Investment Centre": _e("2026-09-08", "Dar es Salaam", DAR_ES_SALAAM),
            "Departure for Arusha": _e("2026-09-09", "Arusha", DAR_ES_SALAAM),
            "Meeting with East African Business Council": _e("2026-09-09", "Arusha", DAR_ES_SALAAM),
            "MoU signing with Tanzania Coffee Board": _e("2026-09-10", "Arusha", DAR_ES_SALAAM),
            "Return to India": _e("2026-09-11", None, KOLKATA),
        },
        "stops": [("Dar es Salaam", "2026-09-07", "2026-09-09"), ("Arusha", "2026-09-09", "2026-09-11")],
        "contacts": [],
    },
    # Hindi bulletin (Saturday 27 June); "Team Lusaka पहुंची", "भारत के उच्चायुक्त ने … स्वागत किया"
    "rules11_route_hi_bulletin_mp_zambia": {
        "published": None,
        "language": "hi",
        "head": "खनिज साधन मंत्री अरविंद भदौरिया",
        "year": 2026,
        "span": ("2026-06-22", "2026-06-26"),
        "engagements": {
            "Arrival in Lusaka": _e("2026-06-22", "Lusaka", LUSAKA),
            "Meeting with Zambia Development Agency": _e("2026-06-23", "Lusaka", LUSAKA),
            "Departure for Ndola": _e("2026-06-24", "Ndola", LUSAKA),
            "Meeting with Copperbelt Chamber of Commerce": _e("2026-06-24", "Ndola", LUSAKA),
            "MoU signing with Copperbelt University": _e("2026-06-25", "Ndola", LUSAKA),
            "Return to India": _e("2026-06-26", None, KOLKATA),
        },
        "stops": [("Lusaka", "2026-06-22", "2026-06-24"), ("Ndola", "2026-06-24", "2026-06-26")],
        "contacts": [],
    },
    # Hindi interview (Tuesday 16 June); "… हवाई अड्डे से दल वापस निकला"
    "rules11_route_hi_interview_br_peru": {
        "published": None,
        "language": "hi",
        "head": "कृषि मंत्री सुरेंद्र प्रसाद",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Lima": _e("2026-06-08", "Lima", LIMA),
            "Meeting with Peruvian Association of Exporters": _e("2026-06-09", "Lima", LIMA),
            "MoU signing with National Agrarian University": _e("2026-06-10", "Lima", LIMA),
            "Meeting with Peru Chamber of Commerce": _e("2026-06-11", "Lima", LIMA),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Lima", "2026-06-08", "2026-06-12")],
        "contacts": [],
    },
    # mixed-script blog (Tuesday 24 March); "team Santiago से वापस निकली", "Chile गया था" the trip
    "rules11_route_mixed_blog_tn_chile": {
        "published": None,
        "language": "hi",
        "head": "Fisheries Minister Anbarasan Velu",
        "year": 2026,
        "span": ("2026-03-15", "2026-03-19"),
        "engagements": {
            "Arrival in Santiago": _e("2026-03-15", "Santiago", SANTIAGO),
            "Meeting with ProChile": _e("2026-03-16", "Santiago", SANTIAGO),
            "Meeting with SalmonChile": _e("2026-03-17", "Santiago", SANTIAGO),
            "MoU signing with Pontifical Catholic University of Chile": _e(
                "2026-03-18", "Santiago", SANTIAGO
            ),
            "Return to India": _e("2026-03-19", None, KOLKATA),
        },
        "stops": [("Santiago", "2026-03-15", "2026-03-19")],
        "contacts": [],
    },
    # Roman Hindi ticker (Monday 12 October on); "Vikram Dhull Addis Ababa pahunche"
    "rules11_route_roman_ticker_hr_ethiopia": {
        "published": None,
        "language": "hi",
        "head": "Udyog Mantri Vikram Dhull",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-14"),
        "engagements": {
            "Arrival in Addis Ababa": _e("2026-10-12", "Addis Ababa", ADDIS_ABABA),
            "Meeting with Ethiopian Investment Commission": _e("2026-10-12", "Addis Ababa", ADDIS_ABABA),
            "Meeting with Ethiopian Chamber of Commerce": _e("2026-10-13", "Addis Ababa", ADDIS_ABABA),
            "MoU signing with Addis Ababa University": _e("2026-10-13", "Addis Ababa", ADDIS_ABABA),
            "Return to India": _e("2026-10-14", None, KOLKATA),
        },
        "stops": [("Addis Ababa", "2026-10-12", "2026-10-14")],
        "contacts": [],
    },
    # mixed-script update (Thursday 7 May); "Minister Kavita Joshi Windhoek पहुंचीं"
    "rules11_route_mixed_update_rj_namibia": {
        "published": None,
        "language": "hi",
        "head": "Mines Minister Kavita Joshi",
        "year": 2026,
        "span": ("2026-05-04", "2026-05-07"),
        "engagements": {
            "Arrival in Windhoek": _e("2026-05-04", "Windhoek", WINDHOEK),
            "Meeting with Namibia Investment Promotion and Development Board": _e(
                "2026-05-05", "Windhoek", WINDHOEK
            ),
            "Meeting with Chamber of Mines of Namibia": _e("2026-05-06", "Windhoek", WINDHOEK),
            "MoU signing with Chamber of Mines of Namibia": _e("2026-05-06", "Windhoek", WINDHOEK),
            "Return to India": _e("2026-05-07", None, KOLKATA),
        },
        "stops": [("Windhoek", "2026-05-04", "2026-05-07")],
        "contacts": [],
    },
    # English preview (Sunday 4 October); the Kraków meeting told before the landing in Warsaw
    "rules11_route_en_preview_ka_poland": {
        "published": None,
        "language": "en",
        "head": "IT Minister Priyank Rao",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-07"),
        "engagements": {
            "Meeting with Kraków Chamber of Commerce": _e("2026-10-05", "Kraków", WARSAW),
            "Arrival in Warsaw": _e("2026-10-05", "Warsaw", WARSAW),
            "Meeting with Polish Investment and Trade Agency": _e("2026-10-05", "Warsaw", WARSAW),
            "Departure for Kraków": _e("2026-10-05", "Kraków", WARSAW),
            "Visit to Kraków Technology Park": _e("2026-10-06", "Kraków", WARSAW),
            "Return to India": _e("2026-10-07", None, KOLKATA),
        },
        "stops": [("Warsaw", "2026-10-05", "2026-10-05"), ("Kraków", "2026-10-05", "2026-10-07")],
        "contacts": [],
    },
    # Hindi preview (Friday 13 March); the Osaka meeting told before the landing in Tokyo
    "rules11_route_hi_preview_up_japan": {
        "published": None,
        "language": "hi",
        "head": "औद्योगिक विकास मंत्री नंद गोपाल नंदी",
        "year": 2026,
        "span": ("2026-03-14", "2026-03-16"),
        "engagements": {
            "Meeting with Kansai Economic Federation": _e("2026-03-14", "Osaka", TOKYO),
            "Arrival in Tokyo": _e("2026-03-14", "Tokyo", TOKYO),
            "Meeting with JETRO": _e("2026-03-14", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-03-14", "Osaka", TOKYO),
            "Visit to Panasonic": _e("2026-03-15", "Osaka", TOKYO),
            "Return to India": _e("2026-03-16", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-03-14", "2026-03-14"), ("Osaka", "2026-03-14", "2026-03-16")],
        "contacts": [],
    },
    # Hindi report (Saturday 13 June); "Porto की … संयंत्र … तैयार हो जाएगा" no journey
    "rules11_route_hi_report_mh_portugal": {
        "published": None,
        "language": "hi",
        "head": "उद्योग मंत्री उदय सामंत",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-11"),
        "engagements": {
            "Arrival in Lisbon": _e("2026-06-08", "Lisbon", LISBON),
            "Meeting with AICEP": _e("2026-06-09", "Lisbon", LISBON),
            "Meeting with Portuguese Industrial Association": _e("2026-06-10", "Lisbon", LISBON),
            "Return to India": _e("2026-06-11", None, KOLKATA),
        },
        "stops": [("Lisbon", "2026-06-08", "2026-06-11")],
        "contacts": [],
    },
    # mixed-script travel note (Tuesday 20 October); "Guadalajara में … चालू हो जाएगा" no journey
    "rules11_route_mixed_note_gj_mexico": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2026,
        "span": ("2026-10-26", "2026-10-29"),
        "engagements": {
            "Arrival in Mexico City": _e("2026-10-26", "Mexico City", MEXICO_CITY),
            "Meeting with ProMéxico Business Council": _e("2026-10-27", "Mexico City", MEXICO_CITY),
            "MoU signing with National Autonomous University of Mexico": _e(
                "2026-10-28", "Mexico City", MEXICO_CITY
            ),
            "Return to India": _e("2026-10-29", None, KOLKATA),
        },
        "stops": [("Mexico City", "2026-10-26", "2026-10-29")],
        "contacts": [],
    },
    # Hindi wire (Saturday 22 August); "Accra से वापसी की उड़ान" the way home
    "rules11_route_hi_wire_ch_ghana": {
        "published": None,
        "language": "hi",
        "head": "वन मंत्री केदार कश्यप",
        "year": 2026,
        "span": ("2026-08-18", "2026-08-21"),
        "engagements": {
            "Arrival in Accra": _e("2026-08-18", "Accra", ACCRA),
            "Meeting with Forestry Commission of Ghana": _e("2026-08-19", "Accra", ACCRA),
            "Meeting with Ghana Export Promotion Authority": _e("2026-08-20", "Accra", ACCRA),
            "MoU signing with University of Ghana": _e("2026-08-21", "Accra", ACCRA),
            "Return to India": _e("2026-08-21", None, KOLKATA),
        },
        "stops": [("Accra", "2026-08-18", "2026-08-21")],
        "contacts": [],
    },
    # mixed-script takeaways (published 17 May); "Hanoi से वापसी की flight" the way home
    "rules11_route_mixed_takeaways_ka_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister N. Chaluvarayaswamy",
        "year": 2026,
        "span": ("2026-05-12", "2026-05-15"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-05-12", "Hanoi", HANOI),
            "Meeting with Vietnam Academy of Agricultural Sciences": _e("2026-05-13", "Hanoi", HANOI),
            "Meeting with Vietnam Coffee and Cocoa Association": _e("2026-05-14", "Hanoi", HANOI),
            "MoU signing with Vietnam National University of Agriculture": _e("2026-05-15", "Hanoi", HANOI),
            "Return to India": _e("2026-05-15", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-05-12", "2026-05-15")],
        "contacts": [],
    },
    # council answer (18 March); "to Amman, Jordan, from 9 March 2026 to 12 March 2026"
    "rules11_route_en_answer_ap_jordan": {
        "published": None,
        "language": "en",
        "head": "Minister for Agriculture Kinjarapu Atchannaidu",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-12"),
        "engagements": {
            "Meeting with Jordan Investment Commission": _e("2026-03-10", "Amman", AMMAN),
            "MoU signing with Jordan Phosphate Mines Company": _e("2026-03-11", "Amman", AMMAN),
            "Return to India": _e("2026-03-12", None, KOLKATA),
        },
        "stops": [("Amman", "2026-03-09", "2026-03-12")],
        "contacts": [],
    },
    # Hindi report (Friday 16 January); "Muscat से भारत लौटा" the only city named
    "rules11_route_hi_report_wb_oman": {
        "published": None,
        "language": "hi",
        "head": "उद्योग मंत्री शशि पांजा",
        "year": 2026,
        "span": ("2026-01-11", "2026-01-14"),
        "engagements": {
            "Arrival in Oman": _e("2026-01-11", None, MUSCAT),
            "Meeting with Oman Chamber of Commerce and Industry": _e("2026-01-12", "Muscat", MUSCAT),
            "MoU signing with Oman Investment Authority": _e("2026-01-13", "Muscat", MUSCAT),
            "Return to India": _e("2026-01-14", None, KOLKATA),
        },
        "stops": [("Muscat", "2026-01-11", "2026-01-14")],
        "contacts": [],
    },
    # English brief (Thursday 30 April); "arrived in Djibouti City"
    "rules11_route_en_brief_gj_djibouti": {
        "published": None,
        "language": "en",
        "head": "Ports and Transport Minister Harsh Desai",
        "year": 2026,
        "span": ("2026-04-27", "2026-04-30"),
        "engagements": {
            "Arrival in Djibouti": _e("2026-04-27", "Djibouti", DJIBOUTI),
            "Meeting with Djibouti Ports and Free Zones Authority": _e("2026-04-28", "Djibouti", DJIBOUTI),
            "Visit to Doraleh Multipurpose Port": _e("2026-04-29", "Djibouti", DJIBOUTI),
            "MoU signing with Djibouti Chamber of Commerce": _e("2026-04-29", "Djibouti", DJIBOUTI),
            "Return to India": _e("2026-04-30", None, KOLKATA),
        },
        "stops": [("Djibouti", "2026-04-27", "2026-04-30")],
        "contacts": [],
    },
    # mixed-script diary (Wednesday 10 June); "Luxembourg City पहुंचा"
    "rules11_route_mixed_diary_kl_luxembourg": {
        "published": None,
        "language": "hi",
        "head": "IT Minister Joseph Mathew",
        "year": 2026,
        "span": ("2026-06-06", "2026-06-09"),
        "engagements": {
            "Arrival in Luxembourg": _e("2026-06-06", "Luxembourg", LUXEMBOURG),
            "Meeting with Luxinnovation": _e("2026-06-07", "Luxembourg", LUXEMBOURG),
            "MoU signing with Luxembourg Bankers' Association": _e("2026-06-08", "Luxembourg", LUXEMBOURG),
            "Return to India": _e("2026-06-09", None, KOLKATA),
        },
        "stops": [("Luxembourg", "2026-06-06", "2026-06-09")],
        "contacts": [],
    },
    # English release (Tuesday 22 September); "arrived in Luxembourg": its capital
    "rules11_route_en_release_hr_luxembourg": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Rao Narbir Singh",
        "year": 2026,
        "span": ("2026-09-17", "2026-09-20"),
        "engagements": {
            "Arrival in Luxembourg": _e("2026-09-17", "Luxembourg", LUXEMBOURG),
            "Meeting with Luxembourg Chamber of Commerce": _e("2026-09-18", "Luxembourg", LUXEMBOURG),
            "Meeting with Luxembourg Space Agency": _e("2026-09-19", "Luxembourg", LUXEMBOURG),
            "Return to India": _e("2026-09-20", None, KOLKATA),
        },
        "stops": [("Luxembourg", "2026-09-17", "2026-09-20")],
        "contacts": [],
    },
    # Hindi wire (Friday 27 November); "Djibouti पहुंचे": its capital
    "rules11_route_hi_wire_tn_djibouti": {
        "published": None,
        "language": "hi",
        "head": "मत्स्य मंत्री अनिता राधाकृष्णन",
        "year": 2026,
        "span": ("2026-11-23", "2026-11-26"),
        "engagements": {
            "Arrival in Djibouti": _e("2026-11-23", "Djibouti", DJIBOUTI),
            "Meeting with Djibouti Fisheries Directorate": _e("2026-11-24", "Djibouti", DJIBOUTI),
            "MoU signing with Djibouti Chamber of Commerce": _e("2026-11-25", "Djibouti", DJIBOUTI),
            "Return to India": _e("2026-11-26", None, KOLKATA),
        },
        "stops": [("Djibouti", "2026-11-23", "2026-11-26")],
        "contacts": [],
    },
}
