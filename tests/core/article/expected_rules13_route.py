"""Round 13 training articles (``rules13_route_*``): where a visit goes.

Written before any rule, each rule in at least two articles:

* a visit whose report names no country, only the cities of one of its states or territories, is
  placed by the city the delegation lands in or reaches: its largest namesake's country is the
  visit's, so that country's lesser cities are found too: "landed in Halifax", then Moncton, in an
  English release that names neither Canada nor its provinces (Canada); "डार्विन पहुंचा", then
  केर्न्स, in a Hindi report that never names Australia (Australia);
* a programme line that opens with a flight to a place ("Wed 17: Morning flight to Antofagasta",
  "- 11 नवंबर (बुधवार): flight to Kisumu") is a move there, and so is the flight back: an English
  department programme (Chile) and a mixed-script one (Kenya);
* a Roman Hindi or Hindi "flew for" (``Davao ke liye udaa``, ``कुस्को के लिए उड़ा``) is a move, as
  "set out for" was: a Roman Hindi diary (Philippines) and a Hindi report (Peru), each with the
  flight back to the capital;
* a town too small for the data whose name GeoNames lists as a big city's other name abroad is not
  that city when the article names the countries it visits: "Roma" in Lesotho is not Rome, an
  English wire story (Lesotho); "Landen" in Belgium is not London, a Hindi report with a day trip
  (Belgium).  The town's engagement keeps the visit's zone;
* a place the text says was a layover or a transit ("Addis Ababa, where a five-hour layover …",
  "Dubai पहुंचा, जहां करीब पांच घंटे का layover था") is passed through: no stop, no arrival, no
  zone (Uganda, in English; Tanzania, in mixed script).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

HALIFAX, MONCTON = "America/Halifax", "America/Moncton"
DARWIN, BRISBANE = "Australia/Darwin", "Australia/Brisbane"  # Brisbane: GeoNames' zone of Cairns
SANTIAGO, NAIROBI, MANILA, LIMA = "America/Santiago", "Africa/Nairobi", "Asia/Manila", "America/Lima"
MASERU, BRUSSELS = "Africa/Maseru", "Europe/Brussels"
KAMPALA, DAR = "Africa/Kampala", "Africa/Dar_es_Salaam"

RULES13_ROUTE: dict[str, dict[str, Any]] = {
    # English release (14 June); Halifax and Moncton, Canada never named
    "rules13_route_en_release_kl_canada": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister Joseph Mathew Kurian",
        "year": 2027,
        "span": ("2027-06-07", "2027-06-11"),
        "engagements": {
            "Arrival in Halifax": _e("2027-06-07", "Halifax", HALIFAX),
            "Meeting with Nova Scotia Seafood Alliance": _e("2027-06-08", "Halifax", HALIFAX),
            "Departure for Moncton": _e("2027-06-09", "Moncton", MONCTON),
            "Visit to Tidewater Shellfish": _e("2027-06-09", "Moncton", MONCTON),
            "Meeting with Acadian Fishermen's Cooperative": _e("2027-06-10", "Moncton", MONCTON),
            "Return to India": _e("2027-06-11", None, KOLKATA),
        },
        "stops": [("Halifax", "2027-06-07", "2027-06-09"), ("Moncton", "2027-06-09", "2027-06-11")],
        "contacts": [],
    },
    # Hindi report (20 August); डार्विन and केर्न्स, Australia never named
    "rules13_route_hi_report_mp_australia": {
        "published": None,
        "language": "hi",
        "head": "कृषि मंत्री रामेश्वर सिंह चौहान",
        "year": 2026,
        "span": ("2026-08-10", "2026-08-14"),
        "engagements": {
            "Arrival in Darwin": _e("2026-08-10", "Darwin", DARWIN),
            "Meeting with Top End Mango Growers Association": _e("2026-08-11", "Darwin", DARWIN),
            "Departure for Cairns": _e("2026-08-12", "Cairns", BRISBANE),
            "Visit to Tablelands Banana Research Station": _e("2026-08-12", "Cairns", BRISBANE),
            "Meeting with Far North Growers Cooperative": _e("2026-08-13", "Cairns", BRISBANE),
            "Return to India": _e("2026-08-14", None, KOLKATA),
        },
        "stops": [("Darwin", "2026-08-10", "2026-08-12"), ("Cairns", "2026-08-12", "2026-08-14")],
        "contacts": [],
    },
    # English department programme (issued 2 March); "Morning flight to" Antofagasta and back
    "rules13_route_en_programme_ka_chile": {
        "published": None,
        "language": "en",
        "head": "Mines Minister S. Nagaraj Gowda",
        "year": 2027,
        "span": ("2027-03-15", "2027-03-20"),
        "engagements": {
            "Arrival in Santiago": _e("2027-03-15", "Santiago", SANTIAGO),
            "Meeting with Chilean Copper Commission": _e("2027-03-16", "Santiago", SANTIAGO, start="10:00"),
            "Departure for Antofagasta": _e("2027-03-17", "Antofagasta", SANTIAGO),
            "Visit to Atacama Lithium Refinery": _e("2027-03-17", "Antofagasta", SANTIAGO),
            "Meeting with Antofagasta Mining Training Centre": _e(
                "2027-03-18", "Antofagasta", SANTIAGO, start="09:30"
            ),
            "Departure for Santiago": _e("2027-03-19", "Santiago", SANTIAGO),
            "Meeting with Ministry of Mining": _e("2027-03-19", "Santiago", SANTIAGO, start="15:00"),
            "Return to India": _e("2027-03-20", None, KOLKATA),
        },
        "stops": [
            ("Santiago", "2027-03-15", "2027-03-17"),
            ("Antofagasta", "2027-03-17", "2027-03-19"),
            ("Santiago", "2027-03-19", "2027-03-20"),
        ],
        "contacts": [],
    },
    # mixed-script programme (28 October); "flight to Kisumu" and back to Nairobi
    "rules13_route_mixed_programme_tn_kenya": {
        "published": None,
        "language": "hi",
        "head": "कृषि मंत्री के. सेल्वराज",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-14"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-11-09", "Nairobi", NAIROBI),
            "Meeting with Tea Board of Kenya": _e("2026-11-10", "Nairobi", NAIROBI),
            "Departure for Kisumu": _e("2026-11-11", "Kisumu", NAIROBI),
            "Visit to Lakeside Avocado Packers": _e("2026-11-11", "Kisumu", NAIROBI),
            "Meeting with Western Highlands Growers Union": _e("2026-11-12", "Kisumu", NAIROBI),
            "Departure for Nairobi": _e("2026-11-13", "Nairobi", NAIROBI),
            "MoU signing with Kenya Agricultural Research Institute": _e("2026-11-13", "Nairobi", NAIROBI),
            "Return to India": _e("2026-11-14", None, KOLKATA),
        },
        "stops": [
            ("Nairobi", "2026-11-09", "2026-11-11"),
            ("Kisumu", "2026-11-11", "2026-11-13"),
            ("Nairobi", "2026-11-13", "2026-11-14"),
        ],
        "contacts": [],
    },
    # Roman Hindi diary (25 January); "Davao ke liye udaa" and back to Manila
    "rules13_route_roman_diary_wb_philippines": {
        "published": None,
        "language": "hi",
        "head": "MSME mantri Subrata Ghoshal",
        "year": 2027,
        "span": ("2027-01-18", "2027-01-23"),
        "engagements": {
            "Arrival in Manila": _e("2027-01-18", "Manila", MANILA),
            "Meeting with Philippine Exporters Confederation": _e("2027-01-19", "Manila", MANILA),
            "Departure for Davao": _e("2027-01-20", "Davao", MANILA),
            "Visit to Mindanao Banana Fibre Works": _e("2027-01-20", "Davao", MANILA),
            "Meeting with Southern Philippines Craft Guild": _e("2027-01-21", "Davao", MANILA),
            "Departure for Manila": _e("2027-01-22", "Manila", MANILA),
            "Meeting with Department of Trade and Industry": _e("2027-01-22", "Manila", MANILA),
            "Return to India": _e("2027-01-23", None, KOLKATA),
        },
        "stops": [
            ("Manila", "2027-01-18", "2027-01-20"),
            ("Davao", "2027-01-20", "2027-01-22"),
            ("Manila", "2027-01-22", "2027-01-23"),
        ],
        "contacts": [],
    },
    # Hindi report (30 May); "कुस्को के लिए उड़ा" and back to Lima
    "rules13_route_hi_report_pb_peru": {
        "published": None,
        "language": "hi",
        "head": "उद्योग मंत्री हरजीत सिंह ढिल्लों",
        "year": 2027,
        "span": ("2027-05-21", "2027-05-26"),
        "engagements": {
            "Arrival in Lima": _e("2027-05-21", "Lima", LIMA),
            "Meeting with Peruvian Potato Processors Association": _e("2027-05-22", "Lima", LIMA),
            "Departure for Cusco": _e("2027-05-23", "Cusco", LIMA),
            "Visit to Andean Quinoa Mills": _e("2027-05-23", "Cusco", LIMA),
            "Meeting with Sacred Valley Farmers Cooperative": _e("2027-05-24", "Cusco", LIMA),
            "Departure for Lima": _e("2027-05-25", "Lima", LIMA),
            "Meeting with Ministry of Agrarian Development": _e("2027-05-25", "Lima", LIMA),
            "Return to India": _e("2027-05-26", None, KOLKATA),
        },
        "stops": [
            ("Lima", "2027-05-21", "2027-05-23"),
            ("Cusco", "2027-05-23", "2027-05-25"),
            ("Lima", "2027-05-25", "2027-05-26"),
        ],
        "contacts": [],
    },
    # English wire story (21 June); "Roma" (Rome's Italian name in GeoNames), a town in Lesotho
    "rules13_route_en_wire_hp_lesotho": {
        "published": None,
        "language": "en",
        "head": "Horticulture Minister Sunil Thakur",
        "year": 2027,
        "span": ("2027-06-14", "2027-06-18"),
        "engagements": {
            "Arrival in Maseru": _e("2027-06-14", "Maseru", MASERU),
            "Meeting with Lesotho Ministry of Agriculture and Food Security": _e(
                "2027-06-15", "Maseru", MASERU
            ),
            "Visit to Roma Valley Orchard Trust": _e("2027-06-16", "Roma", MASERU),
            "Visit to Highland Fruit Packers": _e("2027-06-17", "Maseru", MASERU),
            "Return to India": _e("2027-06-18", None, KOLKATA),
        },
        "stops": [("Maseru", "2027-06-14", "2027-06-18")],
        "contacts": [],
    },
    # Hindi report (12 October); a day trip to "Landen" (London's Dutch name in GeoNames) in Belgium
    "rules13_route_hi_report_up_belgium": {
        "published": None,
        "language": "hi",
        "head": "गन्ना विकास मंत्री राकेश कुमार वर्मा",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-09"),
        "engagements": {
            "Arrival in Brussels": _e("2026-10-05", "Brussels", BRUSSELS),
            "Meeting with Belgian Sugar Refiners Federation": _e("2026-10-06", "Brussels", BRUSSELS),
            "Visit to Hesbaye Sugar Works": _e("2026-10-07", "Landen", BRUSSELS),
            "MoU signing with Flanders Agri Research Centre": _e("2026-10-08", "Brussels", BRUSSELS),
            "Return to India": _e("2026-10-09", None, KOLKATA),
        },
        "stops": [("Brussels", "2026-10-05", "2026-10-09")],
        "contacts": [],
    },
    # English report (19 March); "Addis Ababa, where a five-hour layover …"
    "rules13_route_en_report_jh_uganda": {
        "published": None,
        "language": "en",
        "head": "Agriculture Minister Deepak Oraon",
        "year": 2027,
        "span": ("2027-03-08", "2027-03-12"),
        "engagements": {
            "Arrival in Kampala": _e("2027-03-08", "Kampala", KAMPALA),
            "Meeting with Uganda Coffee Development Authority": _e("2027-03-09", "Kampala", KAMPALA),
            "Visit to Lake Victoria Dairy": _e("2027-03-10", "Kampala", KAMPALA),
            "Meeting with Uganda National Farmers Federation": _e("2027-03-11", "Kampala", KAMPALA),
            "Return to India": _e("2027-03-12", None, KOLKATA),
        },
        "stops": [("Kampala", "2027-03-08", "2027-03-12")],
        "contacts": [],
    },
    # mixed-script report (28 July); "Dubai पहुंचा, जहां करीब पांच घंटे का layover था"
    "rules13_route_mixed_report_ga_tanzania": {
        "published": None,
        "language": "hi",
        "head": "मत्स्य मंत्री एंथनी फर्नांडिस",
        "year": 2026,
        "span": ("2026-07-21", "2026-07-25"),
        "engagements": {
            "Arrival in Dar es Salaam": _e("2026-07-21", "Dar es Salaam", DAR),
            "Meeting with Tanzania Fisheries Research Institute": _e("2026-07-22", "Dar es Salaam", DAR),
            "Visit to Coastal Seaweed Growers Cooperative": _e("2026-07-23", "Dar es Salaam", DAR),
            "MoU signing with Ministry of Livestock and Fisheries": _e("2026-07-24", "Dar es Salaam", DAR),
            "Return to India": _e("2026-07-25", None, KOLKATA),
        },
        "stops": [("Dar es Salaam", "2026-07-21", "2026-07-25")],
        "contacts": [],
    },
}
