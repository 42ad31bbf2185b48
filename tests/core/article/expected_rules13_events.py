"""Round 13 training articles (``rules13_events_*``): written by hand before the rule they exercise.

Same shape as ``expected7.BLIND7`` (conventions as in ``expected7`` and ``expected9``: GeoNames'
English city names and zones, undated engagements in the country's zone).

* French and Spanish bodies whose words are linked by two small words (``de la``, ``et des``,
  ``y del``, ``de los``): the whole name is the body, not the words before the pair
  (``orgnames.ROMANCE_PAIR``), even when the words before the pair are shaped like a person's name
  (``Caisse Centrale``), which before English ``of the`` starts the body (``spelledout._DOUBLE_LINK``):

  * an English wire report of a fisheries visit to Senegal: ``Caisse Centrale de la Mutualité et des
    Pêcheurs (CCMP)`` spelt out before its acronym, ``Maison Centrale de la Pêche Artisanale`` with
    none;
  * a mixed-script (Hindi with English words) report of an agriculture visit to Peru: ``Junta
    Nacional de la Uva y del Pisco (JUNAUP)`` and ``Mesa Regional de los Exportadores``.

* A visit to a site named after its city (``visit to Mombasa Fishing Port``): a body with a word for
  one after the city's name is the place visited, no journey to the city (``plainwords.site_of``):

  * a department's programme for a fisheries visit to Kenya, a dated list whose items are ``visit
    to`` a port and a university named after Mombasa;
  * a government press note on a ports visit to Croatia, ``made a visit to Rijeka Container Port``
    and ``a visit to Rijeka Maritime Museum``.

* A programme's item told by the flight alone (``Wednesday, July 8: flight to Nadi``) is a move to
  that place (``verbs.DEPART``):

  * a tourism department's itinerary for a visit to Fiji, ``- Monday, July 6:`` items;
  * an industries department's circular for a visit to the Philippines, ``12 November
    (Thursday):`` items, issued with the year after the programme.

* In a Hindi sentence a common English word alone at the sentence's start (``Tour के दौरान``,
  ``Export के मुद्दे पर``, ``Training के लिए``) is written in English, no body met
  (``plainwords.sentence_word``):

  * a mixed-script newsletter on an industries visit to Portugal;
  * a mixed-script bulletin on an MSME visit to Morocco.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

DAKAR, LIMA, NAIROBI, ZAGREB = "Africa/Dakar", "America/Lima", "Africa/Nairobi", "Europe/Zagreb"
FIJI, MANILA = "Pacific/Fiji", "Asia/Manila"
LISBON, CASABLANCA = "Europe/Lisbon", "Africa/Casablanca"

RULES13_EVENTS: dict[str, dict[str, Any]] = {
    # wire report (14 February); French names linked by "de la", "et des"
    "rules13_events_en_wire_tn_senegal": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister R. Senthil Arasu",
        "year": 2027,
        "span": ("2027-02-08", "2027-02-12"),
        "engagements": {
            "Arrival in Dakar": _e("2027-02-08", "Dakar", DAKAR),
            "Meeting with Caisse Centrale de la Mutualité et des Pêcheurs (CCMP)": _e(
                "2027-02-09", "Dakar", DAKAR
            ),
            "MoU signing with Maison Centrale de la Pêche Artisanale": _e("2027-02-10", "Dakar", DAKAR),
            "Meeting with Union Nationale des Mareyeurs": _e("2027-02-11", "Dakar", DAKAR),
            "Return to India": _e("2027-02-12", None, KOLKATA),
        },
        "stops": [("Dakar", "2027-02-08", "2027-02-12")],
        "contacts": [],
    },
    # mixed-script report (20 April); Spanish names linked by "de la", "y del"
    "rules13_events_mixed_report_mh_peru": {
        "published": None,
        "language": "hi",
        "head": "कृषि मंत्री Sunil Rao Deshmukh",
        "year": 2027,
        "span": ("2027-04-12", "2027-04-16"),
        "engagements": {
            "Arrival in Lima": _e("2027-04-12", "Lima", LIMA),
            "Meeting with Junta Nacional de la Uva y del Pisco (JUNAUP)": _e("2027-04-13", "Lima", LIMA),
            "MoU signing with Mesa Regional de los Exportadores": _e("2027-04-14", "Lima", LIMA),
            "Visit to Mercado Mayorista de Frutas": _e("2027-04-15", "Lima", LIMA),
            "Return to India": _e("2027-04-16", None, KOLKATA),
        },
        "stops": [("Lima", "2027-04-12", "2027-04-16")],
        "contacts": [],
    },
    # a department's programme (3 September): "visit to Mombasa Fishing Port", a university
    "rules13_events_en_programme_ka_kenya": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister Manjunath Gowda",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Mombasa": _e("2026-09-14", "Mombasa", NAIROBI),
            "Visit to Mombasa Fishing Port": _e("2026-09-15", "Mombasa", NAIROBI),
            "Meeting with Kenya Fisheries Service": _e("2026-09-15", "Mombasa", NAIROBI),
            "Visit to Mombasa Technical University": _e("2026-09-16", "Mombasa", NAIROBI),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("Mombasa", "2026-09-14", "2026-09-18")],
        "contacts": [],
    },
    # a government press note (30 October): "made a visit to Rijeka Container Port"
    "rules13_events_en_pressnote_mh_croatia": {
        "published": None,
        "language": "en",
        "head": "Ports Development Minister Shalini Pawar",
        "year": 2026,
        "span": ("2026-10-26", "2026-10-30"),
        "engagements": {
            "Arrival in Rijeka": _e("2026-10-26", "Rijeka", ZAGREB),
            "Meeting with Croatian Chamber of Economy": _e("2026-10-27", "Rijeka", ZAGREB),
            "Visit to Rijeka Container Port": _e("2026-10-28", "Rijeka", ZAGREB),
            "Visit to Rijeka Maritime Museum": _e("2026-10-29", "Rijeka", ZAGREB),
            "Return to India": _e("2026-10-30", None, KOLKATA),
        },
        "stops": [("Rijeka", "2026-10-26", "2026-10-30")],
        "contacts": [],
    },
    # a department's itinerary (25 June): "Wednesday, July 8: flight to Nadi"
    "rules13_events_en_itinerary_od_fiji": {
        "published": None,
        "language": "en",
        "head": "Tourism Minister Pramila Nayak",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-10"),
        "engagements": {
            "Arrival in Suva": _e("2026-07-06", "Suva", FIJI),
            "Meeting with Tourism Fiji": _e("2026-07-07", "Suva", FIJI),
            "Departure for Nadi": _e("2026-07-08", "Nadi", FIJI),
            "Meeting with Fiji Hotel and Tourism Association": _e("2026-07-09", "Nadi", FIJI),
            "Return to India": _e("2026-07-10", None, KOLKATA),
        },
        "stops": [("Suva", "2026-07-06", "2026-07-08"), ("Nadi", "2026-07-08", "2026-07-10")],
        "contacts": [],
    },
    # a department's circular (issued 2 November): "12 November (Thursday): flight to Davao"
    "rules13_events_en_circular_jh_philippines": {
        "published": None,
        "language": "en",
        "head": "Minister of Industries Anil Murmu",
        "year": 2026,
        "span": ("2026-11-10", "2026-11-14"),
        "engagements": {
            "Arrival in Manila": _e("2026-11-10", "Manila", MANILA),
            "Meeting with Philippine Nickel Industry Association": _e("2026-11-11", "Manila", MANILA),
            "Departure for Davao": _e("2026-11-12", "Davao", MANILA),
            "Meeting with Davao Mining Council": _e("2026-11-13", "Davao", MANILA),
            "Return to India": _e("2026-11-14", None, KOLKATA),
        },
        "stops": [("Manila", "2026-11-10", "2026-11-12"), ("Davao", "2026-11-12", "2026-11-14")],
        "contacts": [],
    },
    # a mixed-script newsletter (12 June): "Tour के दौरान", "Ceramics और", "Export के मुद्दे पर"
    "rules13_events_mixed_newsletter_ka_portugal": {
        "published": None,
        "language": "hi",
        "head": "उद्योग मंत्री Prakash Hegde",
        "year": 2026,
        "span": ("2026-06-01", "2026-06-05"),
        "engagements": {
            "Arrival in Lisbon": _e("2026-06-01", "Lisbon", LISBON),
            "Meeting with AICEP Portugal Global": _e("2026-06-02", "Lisbon", LISBON),
            "MoU signing with Lisbon Ceramics Cluster": _e("2026-06-03", "Lisbon", LISBON),
            "Meeting with Portuguese Cork Association": _e("2026-06-04", "Lisbon", LISBON),
            "Return to India": _e("2026-06-05", None, KOLKATA),
        },
        "stops": [("Lisbon", "2026-06-01", "2026-06-05")],
        "contacts": [],
    },
    # a mixed-script bulletin (22 March): "Design और", "Training के लिए", "Evening में"
    "rules13_events_mixed_bulletin_up_morocco": {
        "published": None,
        "language": "hi",
        "head": "MSME मंत्री Rajendra Prasad Tiwari",
        "year": 2027,
        "span": ("2027-03-15", "2027-03-19"),
        "engagements": {
            "Arrival in Casablanca": _e("2027-03-15", "Casablanca", CASABLANCA),
            "Meeting with Moroccan Leather Federation": _e("2027-03-16", "Casablanca", CASABLANCA),
            "MoU signing with Casablanca Footwear Academy": _e("2027-03-17", "Casablanca", CASABLANCA),
            "Address to the Indian diaspora": _e("2027-03-18", "Casablanca", CASABLANCA),
            "Return to India": _e("2027-03-19", None, KOLKATA),
        },
        "stops": [("Casablanca", "2027-03-15", "2027-03-19")],
        "contacts": [],
    },
}
