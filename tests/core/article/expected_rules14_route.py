"""Round 14 training articles (``rules14_route_*``): where a visit stops, and in which zone.

Written before any rule, each rule in at least two articles:

* a country's capital that the generated city table lacks (GeoNames' cities of 15,000 people leave
  out St. George's, Hagåtña, Tórshavn) is still a city of that country, in the country's zone, when
  the article names the country: an English wire story (Grenada, ``St. George's``) and a Roman Hindi
  vlog (Guam, a territory whose zone is not the United States', ``Hagatna``);
* a city where the delegation only changes planes, told after the arrival ("will land in Nuuk on 7
  September, after changing planes in Copenhagen", "Ponta Delgada पहुंचेंगे (Lisbon में सिर्फ flight
  change)"), an organisation's head office ("whose head office is in Copenhagen") and a place named
  to say nothing happens there ("no programme in Denmark") are passed through: no stop, and the next
  day's engagement stays where the delegation is; the place reached keeps its own zone, even a
  region's that is not its country's main one (Ponta Delgada, Atlantic/Azores): an English release
  (Greenland) and a mixed-script report (Azores);
* the journey home told with the perfect's other spellings ("भारत लौट गया", Roman Hindi "Bharat laut
  gayi", गयी for गई) is the return to India on its day, and the last stop ends there: a Hindi report
  (Suriname, the change of planes in एम्स्टर्डम told after the arrival too) and the Roman Hindi vlog
  (Guam);
* a day trip told with the way back to the city of the stay and no verb of returning (``शाम को वापस
  Lima आ गए``, Roman Hindi ``shaam ko wapas Buenos Aires aa gaye``) is a move back there on its day:
  the place of the day out is no stop: a Hindi report (Peru, Ica) and a Roman Hindi report
  (Argentina, Rosario, whose zone is not Buenos Aires').

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

GRENADA, GUAM, NUUK, AZORES = "America/Grenada", "Pacific/Guam", "America/Nuuk", "Atlantic/Azores"
PARAMARIBO, MAPUTO, WINDHOEK = "America/Paramaribo", "Africa/Maputo", "Africa/Windhoek"
LIMA, BUENOS_AIRES, CORDOBA = "America/Lima", "America/Argentina/Buenos_Aires", "America/Argentina/Cordoba"

RULES14_ROUTE: dict[str, dict[str, Any]] = {
    # English wire story (2 February); St. George's, Grenada's capital, not in the generated city table
    "rules14_route_en_wire_ap_grenada": {
        "published": None,
        "language": "en",
        "head": "Horticulture Minister K. Atchannaidu",
        "year": 2027,
        "span": ("2027-02-22", "2027-02-26"),
        "engagements": {
            "Arrival in St. George's": _e("2027-02-22", "St. George's", GRENADA),
            "Meeting with Grenada Ministry of Agriculture": _e("2027-02-23", "St. George's", GRENADA),
            "Visit to Gouyave Nutmeg Station": _e("2027-02-24", "St. George's", GRENADA),
            "Meeting with Grenada Chamber of Industry and Commerce": _e(
                "2027-02-25", "St. George's", GRENADA
            ),
            "Return to India": _e("2027-02-26", None, KOLKATA),
        },
        "stops": [("St. George's", "2027-02-22", "2027-02-26")],
        "contacts": [],
    },
    # Roman Hindi vlog; Hagatna, Guam's capital, not in the generated city table
    "rules14_route_roman_vlog_hr_guam": {
        "published": None,
        "language": "hi",
        "head": "Krishi mantri Jai Prakash Dalal",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "engagements": {
            "Arrival in Hagatna": _e("2026-11-09", "Hagatna", GUAM),
            "Meeting with Guam Department of Agriculture": _e("2026-11-10", "Hagatna", GUAM),
            "Visit to Pacific Isle Farms": _e("2026-11-11", "Hagatna", GUAM),
            "Meeting with Guam Chamber of Commerce": _e("2026-11-12", "Hagatna", GUAM),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Hagatna", "2026-11-09", "2026-11-13")],
        "contacts": [],
    },
    # English release (18 August); planes changed in Copenhagen, a fund's head office there
    "rules14_route_en_release_ka_greenland": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister Mankal S. Vaidya",
        "year": 2027,
        "span": ("2027-09-07", "2027-09-10"),
        "engagements": {
            "Arrival in Nuuk": _e("2027-09-07", "Nuuk", NUUK),
            "Meeting with Greenland Ministry of Fisheries and Hunting": _e("2027-09-08", "Nuuk", NUUK),
            "Visit to Arctic Shrimp Processors": _e("2027-09-09", "Nuuk", NUUK),
            "Meeting with Greenland Business Association": _e("2027-09-09", "Nuuk", NUUK),
            "Meeting with Nordic Fisheries Fund": _e("2027-09-09", "Nuuk", NUUK),
            "Return to India": _e("2027-09-10", None, KOLKATA),
        },
        "stops": [("Nuuk", "2027-09-07", "2027-09-10")],
        "contacts": [],
    },
    # mixed-script report (4 May); "Lisbon में flight बदलकर", Ponta Delgada in the Azores' own zone
    "rules14_route_mixed_report_gj_azores": {
        "published": None,
        "language": "hi",
        "head": "कृषि मंत्री राघवजी पटेल",
        "year": 2027,
        "span": ("2027-05-17", "2027-05-21"),
        "engagements": {
            "Arrival in Ponta Delgada": _e("2027-05-17", "Ponta Delgada", AZORES),
            "Meeting with Azores Dairy Cooperative": _e("2027-05-18", "Ponta Delgada", AZORES),
            "Visit to Gorreana Tea Estate": _e("2027-05-19", "Ponta Delgada", AZORES),
            "Meeting with Azores Chamber of Commerce": _e("2027-05-20", "Ponta Delgada", AZORES),
            "Return to India": _e("2027-05-21", None, KOLKATA),
        },
        "stops": [("Ponta Delgada", "2027-05-17", "2027-05-21")],
        "contacts": [],
    },
    # Hindi report (20 October); planes changed in एम्स्टर्डम, told after the arrival; "भारत लौट गया"
    "rules14_route_hi_report_hp_suriname": {
        "published": None,
        "language": "hi",
        "head": "बागवानी मंत्री जगत सिंह नेगी",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-16"),
        "engagements": {
            "Arrival in Paramaribo": _e("2026-10-12", "Paramaribo", PARAMARIBO),
            "Meeting with Ministry of Agriculture": _e("2026-10-13", "Paramaribo", PARAMARIBO),
            "Visit to Commewijne Fruit Growers Cooperative": _e("2026-10-14", "Paramaribo", PARAMARIBO),
            "Meeting with Suriname Trade Chamber": _e("2026-10-15", "Paramaribo", PARAMARIBO),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [("Paramaribo", "2026-10-12", "2026-10-16")],
        "contacts": [],
    },
    # English report, no dateline date; "leaves Maputo for home on Friday" (16 April)
    "rules14_route_en_analysis_tn_mozambique": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T. R. B. Rajaa",
        "year": 2027,
        "span": ("2027-04-12", "2027-04-16"),
        "engagements": {
            "Arrival in Maputo": _e("2027-04-12", "Maputo", MAPUTO),
            "Meeting with Mozambique Investment and Export Promotion Agency": _e(
                "2027-04-13", "Maputo", MAPUTO
            ),
            "Visit to Matola Cashew Works": _e("2027-04-14", "Maputo", MAPUTO),
            "Meeting with Confederation of Business Associations of Mozambique": _e(
                "2027-04-15", "Maputo", MAPUTO
            ),
            "Return to India": _e("2027-04-16", None, KOLKATA),
        },
        "stops": [("Maputo", "2027-04-12", "2027-04-16")],
        "contacts": [],
    },
    # Hindi report (24 March); "22 मार्च को विंडहोक से रवाना हुए थे", home on the 24th
    "rules14_route_hi_report_up_namibia": {
        "published": None,
        "language": "hi",
        "head": "पशुधन मंत्री धर्मपाल सिंह",
        "year": 2027,
        "span": ("2027-03-18", "2027-03-22"),
        "engagements": {
            "Arrival in Windhoek": _e("2027-03-18", "Windhoek", WINDHOEK),
            "Meeting with Meat Board of Namibia": _e("2027-03-19", "Windhoek", WINDHOEK),
            "Visit to Namib Dairy Cooperative": _e("2027-03-20", "Windhoek", WINDHOEK),
            "Meeting with Namibia Agricultural Union": _e("2027-03-21", "Windhoek", WINDHOEK),
            "Return to India": _e("2027-03-22", None, KOLKATA),
        },
        "stops": [("Windhoek", "2027-03-18", "2027-03-22")],
        "contacts": [],
    },
    # Hindi report of 14 March 2027; a day out to Ica (300 km) and "शाम को सब वापस Lima आ गए"
    "rules14_route_hi_report_br_peru": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Nitish Mishra",
        "year": 2027,
        "span": ("2027-03-09", "2027-03-13"),
        "engagements": {
            "Arrival in Lima": _e("2027-03-09", "Lima", LIMA),
            "Meeting with PromPerú": _e("2027-03-10", "Lima", LIMA),
            "Visit to Viña Tacama": _e("2027-03-11", "Ica", LIMA),
            "Meeting with Sociedad Nacional de Industrias (SNI)": _e("2027-03-12", "Lima", LIMA),
            "Return to India": _e("2027-03-13", None, KOLKATA),
        },
        "stops": [("Lima", "2027-03-09", "2027-03-13")],
        "contacts": [],
    },
    # Roman Hindi report of 25 April 2027; a day out to Rosario and "shaam ko wapas Buenos Aires aa gaye"
    "rules14_route_roman_report_mh_argentina": {
        "published": None,
        "language": "hi",
        "head": "Textiles Minister Meena Jadhav",
        "year": 2027,
        "span": ("2027-04-20", "2027-04-24"),
        "engagements": {
            "Arrival in Buenos Aires": _e("2027-04-20", "Buenos Aires", BUENOS_AIRES),
            "Meeting with Argentine Chamber of Commerce": _e("2027-04-21", "Buenos Aires", BUENOS_AIRES),
            "Visit to Bunge": _e("2027-04-22", "Rosario", CORDOBA),
            "Meeting with Fundación ProTejer": _e("2027-04-23", "Buenos Aires", BUENOS_AIRES),
            "Return to India": _e("2027-04-24", None, KOLKATA),
        },
        "stops": [("Buenos Aires", "2027-04-20", "2027-04-24")],
        "contacts": [],
    },
}
