"""Round 15 training articles (``rules15_route_*``): where a visit stops, and in which zone.

Written before any rule, each rule in at least two articles:

* a territory or small country that is its own place in the data (one zone, a few towns in the
  city table) is its capital when the delegation travels there: "arrived in the British Virgin
  Islands" is the arrival in Road Town, the stop Road Town, not a country with no city
  (``territories``): an English members' newsletter (British Virgin Islands) and a Hindi radio
  bulletin (Falkland Islands, फ़ॉकलैंड द्वीपसमूह, Stanley);
* a country's name that is part of a street's or a campus's name in the city of the visit ("Cuba
  Street" in Wellington, "Jamaica Avenue" in New York, "St Lucia campus" in Brisbane) names no
  place of the visit: no stop there and no zone of it (``namedfeatures``): an English column
  (Wellington) and a Roman Hindi vlog (New York);
* places named together where the delegation only changes planes ("after changing planes in Doha
  and Nairobi", "लंदन और ओस्लो में केवल विमान बदला गया") are all passed through, not only the one
  next to the words that say so: the next day's engagement that names no place stays where the
  delegation landed (``connections``): an English field log (Rwanda) and a Hindi tour diary
  (Iceland);
* leaving the visit's city for the homeland with no place at home named ("ताशकंद से दिल्ली होते
  हुए स्वदेश रवाना हुआ", Roman Hindi "Lusaka se Addis Ababa hote hue watan rawana hui") is the
  return to India on that day, not a departure for the city left (``verbs.RETURN``): a Hindi press
  release (Uzbekistan) and a Roman Hindi forwarded message (Zambia);
* a programme's line that gives a journey by its ends with an arrow ("Thu 10 Sep: Almaty → Bishkek
  by road", "Lima → La Paz (सीधी उड़ान)") is a move to the chain's last place (a place with another
  arrow after it is a change of planes; a chain ending at home is the way home), also across a
  border into another zone; "Arrival Almaty 06:10" names the place reached; a flight out on one
  line and its landing on the next are one journey, the stop beginning on the landing
  (``verbs.is_destination``, ``moves``, ``journeys``): an English travel desk's movement plan
  (Kazakhstan and Kyrgyzstan) and a mixed-script itinerary table (Peru and Bolivia).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

TORTOLA, STANLEY, AUCKLAND, NEW_YORK = (
    "America/Tortola",
    "Atlantic/Stanley",
    "Pacific/Auckland",
    "America/New_York",
)
KIGALI, REYKJAVIK = "Africa/Kigali", "Atlantic/Reykjavik"
TASHKENT, LUSAKA = "Asia/Tashkent", "Africa/Lusaka"
ALMATY, BISHKEK, LIMA, LA_PAZ = "Asia/Almaty", "Asia/Bishkek", "America/Lima", "America/La_Paz"

RULES15_ROUTE: dict[str, dict[str, Any]] = {
    # English members' newsletter (March 2027); the capital, Road Town, never named
    "rules15_route_en_newsletter_ap_britishvirginislands": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T. G. Bharath",
        "year": 2027,
        "span": ("2027-03-08", "2027-03-12"),
        "engagements": {
            "Arrival in Road Town": _e("2027-03-08", "Road Town", TORTOLA),
            "Meeting with BVI Finance": _e("2027-03-09", "Road Town", TORTOLA),
            "Visit to BVI Ports Authority": _e("2027-03-10", "Road Town", TORTOLA),
            "Meeting with BVI Chamber of Commerce and Hotel Association": _e(
                "2027-03-11", "Road Town", TORTOLA
            ),
            "Return to India": _e("2027-03-12", None, KOLKATA),
        },
        "stops": [("Road Town", "2027-03-08", "2027-03-12")],
        "contacts": [],
    },
    # Hindi radio bulletin; फ़ॉकलैंड द्वीपसमूह पहुंचा, its capital Stanley never named
    "rules15_route_hi_radiobulletin_gj_falklands": {
        "published": None,
        "language": "hi",
        "head": "मत्स्य पालन मंत्री राघवजी पटेल",
        "year": 2027,
        "span": ("2027-01-14", "2027-01-18"),
        "engagements": {
            "Arrival in Stanley": _e("2027-01-14", "Stanley", STANLEY),
            "Meeting with Falkland Islands Government Fisheries Department": _e(
                "2027-01-15", "Stanley", STANLEY
            ),
            "Visit to Falkland Fisheries Training Centre": _e("2027-01-16", "Stanley", STANLEY),
            "MoU signing with Falkland Fishermen's Association": _e("2027-01-17", "Stanley", STANLEY),
            "Return to India": _e("2027-01-18", None, KOLKATA),
        },
        "stops": [("Stanley", "2027-01-14", "2027-01-18")],
        "contacts": [],
    },
    # English column (dateline 22 May 2027); "Cuba Street" is a street of Wellington
    "rules15_route_en_columnnotes_tn_newzealand": {
        "published": None,
        "language": "en",
        "head": "Information Technology Minister Palanivel Thiaga Rajan",
        "year": 2027,
        "span": ("2027-05-17", "2027-05-22"),
        "engagements": {
            "Arrival in Wellington": _e("2027-05-17", "Wellington", AUCKLAND),
            "Meeting with Ministry of Business, Innovation and Employment": _e(
                "2027-05-18", "Wellington", AUCKLAND
            ),
            "Visit to Creative HQ": _e("2027-05-19", "Wellington", AUCKLAND),
            "Meeting with Wellington Chamber of Commerce": _e("2027-05-20", "Wellington", AUCKLAND),
            "Address to the Indian diaspora": _e("2027-05-21", "Wellington", AUCKLAND),
            "Return to India": _e("2027-05-22", None, KOLKATA),
        },
        "stops": [("Wellington", "2027-05-17", "2027-05-22")],
        "contacts": [],
    },
    # Roman Hindi vlog; "Jamaica Avenue" is a street of Queens, New York
    "rules15_route_roman_vlog_pb_newyork": {
        "published": None,
        "language": "hi",
        "head": "NRI Affairs Minister Kuldeep Singh Dhaliwal",
        "year": 2027,
        "span": ("2027-04-12", "2027-04-16"),
        "engagements": {
            "Arrival in New York": _e("2027-04-12", "New York", NEW_YORK),
            "Meeting with the Indian diaspora": _e("2027-04-13", "New York", NEW_YORK),
            "Meeting with Consulate General of India": _e("2027-04-14", "New York", NEW_YORK),
            "Visit to Queens College": _e("2027-04-15", "New York", NEW_YORK),
            "Return to India": _e("2027-04-16", None, KOLKATA),
        },
        "stops": [("New York", "2027-04-12", "2027-04-16")],
        "contacts": [],
    },
    # English field log (6–10 September 2026); "after changing planes in Doha and Nairobi"
    "rules15_route_en_expeditionlog_kl_rwanda": {
        "published": None,
        "language": "en",
        "head": "Agriculture Minister P. Prasad",
        "year": 2026,
        "span": ("2026-09-06", "2026-09-10"),
        "engagements": {
            "Arrival in Kigali": _e("2026-09-06", "Kigali", KIGALI),
            "Meeting with National Agricultural Export Development Board": _e("2026-09-07", "Kigali", KIGALI),
            "Visit to Maraba Coffee Cooperative": _e("2026-09-08", "Kigali", KIGALI),
            "Meeting with Rwanda Development Board": _e("2026-09-09", "Kigali", KIGALI),
            "Address to the Indian diaspora": _e("2026-09-09", "Kigali", KIGALI),
            "Return to India": _e("2026-09-10", None, KOLKATA),
        },
        "stops": [("Kigali", "2026-09-06", "2026-09-10")],
        "contacts": [],
    },
    # Hindi tour diary (June 2026); "लंदन और ओस्लो में केवल विमान बदला गया", told after the arrival
    "rules15_route_hi_tourdiary_hp_iceland": {
        "published": None,
        "language": "hi",
        "head": "ऊर्जा मंत्री हर्षवर्धन चौहान",
        "year": 2026,
        "span": ("2026-06-15", "2026-06-19"),
        "engagements": {
            "Arrival in Reykjavík": _e("2026-06-15", "Reykjavík", REYKJAVIK),
            "Meeting with Orka Energy": _e("2026-06-16", "Reykjavík", REYKJAVIK),
            "Meeting with Ministry of Industry and Innovation": _e("2026-06-17", "Reykjavík", REYKJAVIK),
            "MoU signing with Iceland GeoSurvey": _e("2026-06-18", "Reykjavík", REYKJAVIK),
            "Return to India": _e("2026-06-19", None, KOLKATA),
        },
        "stops": [("Reykjavík", "2026-06-15", "2026-06-19")],
        "contacts": [],
    },
    # Hindi press release (भोपाल, 14 अगस्त 2026: given as the publication date, as the dateline after
    # the department's header is not read as one); "ताशकंद से दिल्ली होते हुए स्वदेश रवाना हुआ"
    "rules15_route_hi_pressrelease_mp_uzbekistan": {
        "published": dt.date(2026, 8, 14),
        "language": "hi",
        "head": "उद्यानिकी एवं खाद्य प्रसंस्करण मंत्री नारायण सिंह कुशवाह",
        "year": 2026,
        "span": ("2026-08-10", "2026-08-14"),
        "engagements": {
            "Arrival in Tashkent": _e("2026-08-10", "Tashkent", TASHKENT),
            "Meeting with Ministry of Agriculture": _e("2026-08-11", "Tashkent", TASHKENT),
            "Visit to fruit processing plant": _e("2026-08-12", "Tashkent", TASHKENT),
            "MoU signing with Tashkent Agricultural University": _e("2026-08-13", "Tashkent", TASHKENT),
            "Return to India": _e("2026-08-14", None, KOLKATA),
        },
        "stops": [("Tashkent", "2026-08-10", "2026-08-14")],
        "contacts": [],
    },
    # Roman Hindi forwarded message (24 July 2026); "Lusaka se Addis Ababa hote hue watan rawana hui"
    "rules15_route_roman_whatsappforward_wb_zambia": {
        "published": None,
        "language": "hi",
        "head": "MSME Minister Chandranath Sinha",
        "year": 2026,
        "span": ("2026-07-20", "2026-07-24"),
        "engagements": {
            "Arrival in Lusaka": _e("2026-07-20", "Lusaka", LUSAKA),
            "Meeting with Zambia Development Agency": _e("2026-07-21", "Lusaka", LUSAKA),
            "Visit to Multi-Facility Economic Zone": _e("2026-07-22", "Lusaka", LUSAKA),
            "Address to the Indian diaspora": _e("2026-07-23", "Lusaka", LUSAKA),
            "Return to India": _e("2026-07-24", None, KOLKATA),
        },
        "stops": [("Lusaka", "2026-07-20", "2026-07-24")],
        "contacts": [],
    },
    # English travel desk email; "Almaty → Bishkek by road", "Arrival Almaty 06:10" after the flight out
    "rules15_route_en_traveldesk_ka_kazakhstan": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister M. B. Patil",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-12"),
        "engagements": {
            "Arrival in Almaty": _e("2026-09-07", "Almaty", ALMATY, start="2026-09-07T06:10:00+05:00"),
            "Meeting with Kazakh Invest": _e(
                "2026-09-08", "Almaty", ALMATY, start="2026-09-08T10:30:00+05:00"
            ),
            "Visit to Alatau Innovation Technology Park": _e("2026-09-09", "Almaty", ALMATY),
            "Departure for Bishkek": _e("2026-09-10", "Bishkek", BISHKEK),
            "Meeting with Kyrgyz Chamber of Commerce and Industry": _e(
                "2026-09-11", "Bishkek", BISHKEK, start="2026-09-11T11:00:00+06:00"
            ),
            "Return to India": _e("2026-09-12", None, KOLKATA),
        },
        "stops": [("Almaty", "2026-09-07", "2026-09-10"), ("Bishkek", "2026-09-10", "2026-09-12")],
        "contacts": [],
    },
    # mixed-script itinerary table; "Lima → La Paz (सीधी उड़ान)", "La Paz → São Paulo → दिल्ली"
    "rules15_route_mixed_itinerarytable_rj_peru": {
        "published": None,
        "language": "hi",
        "head": "खान मंत्री कन्हैयालाल चौधरी",
        "year": 2026,
        "span": ("2026-10-19", "2026-10-25"),
        "engagements": {
            "Arrival in Lima": _e("2026-10-19", "Lima", LIMA, start="2026-10-19T07:40:00-05:00"),
            "Meeting with Ministry of Energy and Mines": _e(
                "2026-10-20", "Lima", LIMA, start="2026-10-20T10:00:00-05:00"
            ),
            "Meeting with Peruvian Mining Society": _e("2026-10-21", "Lima", LIMA),
            "Departure for La Paz": _e("2026-10-22", "La Paz", LA_PAZ),
            "Meeting with YLB (Yacimientos de Litio Bolivianos)": _e("2026-10-23", "La Paz", LA_PAZ),
            "Meeting with the Indian diaspora": _e("2026-10-24", "La Paz", LA_PAZ),
            "Return to India": _e("2026-10-25", None, KOLKATA),
        },
        "stops": [("Lima", "2026-10-19", "2026-10-22"), ("La Paz", "2026-10-22", "2026-10-25")],
        "contacts": [],
    },
}
