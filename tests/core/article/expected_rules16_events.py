"""Round 16 training articles (``rules16_events_*``): filled by the round's events work.

Written before any rule, each rule in at least two articles.

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7`` (GeoNames' English city names
and zones, undated engagements in the country's zone).

* A site named before the words of a planned visit (``Lake Basin Tea Estate जाने का कार्यक्रम था``,
  ``Cat Lai Container Terminal visit plan tha``, ``Mekong Delta Rice Institute jaane ka karyakram
  tha``) is a body, and the plan a visit to it (its status told by the rest of the sentence)
  (``who/plannedsites.py``, ``reading/verbs.PLANNED_VISIT``):

  * a Hindi weekly bulletin of a tea delegation to Kenya;
  * a Roman Hindi group message of an agri export delegation to Vietnam.

* ``Government of`` a place abroad (``the Government of the Faroe Islands``, ``Government of
  Gibraltar के साथ बैठक``; also ``Regional``/``Provincial Government of …`` and a place's region
  word after it, ``Government of Kaliningrad Region``) is a body, the place's government
  (``who/governments.py``):

  * an English chamber circular on a fisheries delegation to the Faroe Islands;
  * a mixed-script staff note on a ports delegation to Gibraltar.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

NAIROBI, SAIGON = "Africa/Nairobi", "Asia/Ho_Chi_Minh"
FAROE, GIBRALTAR = "Atlantic/Faroe", "Europe/Gibraltar"

RULES16_EVENTS: dict[str, dict[str, Any]] = {
    # Hindi weekly bulletin: "Kisumu के पास Lake Basin Tea Estate जाने का कार्यक्रम था, लेकिन … रद्द"
    "rules16_events_hi_districtbulletin_jh_kenya": {
        "published": None,
        "language": "hi",
        "head": "कृषि मंत्री शिल्पी नेहा तिर्की",
        "year": 2027,
        "span": ("2027-03-08", "2027-03-12"),
        "engagements": {
            "Arrival in Nairobi": _e("2027-03-08", "Nairobi", NAIROBI),
            "Meeting with Kenya Tea Development Agency": _e("2027-03-09", "Nairobi", NAIROBI),
            "Visit to Lake Basin Tea Estate": _e("2027-03-10", "Kisumu", NAIROBI, "cancelled"),
            "Meeting with Kenya Horticultural Exporters Association": _e("2027-03-11", "Nairobi", NAIROBI),
            "Return to India": _e("2027-03-12", None, KOLKATA),
        },
        "stops": [("Nairobi", "2027-03-08", "2027-03-12")],
        "contacts": [],
    },
    # Roman Hindi group message, a dated line a day: "X visit plan tha, par … cancel", "X jaane ka
    # karyakram tha, lekin … radd"
    "rules16_events_roman_groupmsg_pb_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Krishi Mantri Gurmeet Singh Khudian",
        "year": 2027,
        "span": ("2027-05-14", "2027-05-18"),
        "engagements": {
            "Arrival in Ho Chi Minh City": _e("2027-05-14", "Ho Chi Minh City", SAIGON),
            "Meeting with Vietnam Rice Exporters Council": _e("2027-05-15", "Ho Chi Minh City", SAIGON),
            "Visit to Cat Lai Container Terminal": _e("2027-05-16", "Ho Chi Minh City", SAIGON, "cancelled"),
            "Meeting with Saigon Agro Traders Club": _e("2027-05-16", "Ho Chi Minh City", SAIGON),
            "Visit to Mekong Delta Rice Institute": _e("2027-05-17", "Ho Chi Minh City", SAIGON, "cancelled"),
            "Return to India": _e("2027-05-18", None, KOLKATA),
        },
        "stops": [("Ho Chi Minh City", "2027-05-14", "2027-05-18")],
        "contacts": [],
    },
    # chamber circular: "held talks with the Government of the Faroe Islands"
    "rules16_events_en_chambercircular_kl_faroeislands": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister Saji Cherian",
        "year": 2027,
        "span": ("2027-06-07", "2027-06-11"),
        "engagements": {
            "Arrival in Tórshavn": _e("2027-06-07", "Tórshavn", FAROE),
            "Meeting with Government of the Faroe Islands": _e("2027-06-08", "Tórshavn", FAROE),
            "Visit to Faroe Fish Processing Cooperative": _e("2027-06-09", "Runavík", FAROE),
            "Meeting with Faroese Fishing Vessel Owners Association": _e("2027-06-10", "Tórshavn", FAROE),
            "Return to India": _e("2027-06-11", None, KOLKATA),
        },
        "stops": [("Tórshavn", "2027-06-07", "2027-06-11")],
        "contacts": [],
    },
    # staff note, mixed script, a dated line a day: "Government of Gibraltar के साथ बैठक हुई"
    "rules16_events_mixed_staffnote_gj_gibraltar": {
        "published": None,
        "language": "hi",
        "head": "Ports Minister Jagdish Vishwakarma",
        "year": 2027,
        "span": ("2027-10-03", "2027-10-06"),
        "engagements": {
            "Arrival in Gibraltar": _e("2027-10-03", "Gibraltar", GIBRALTAR),
            "Meeting with Government of Gibraltar": _e("2027-10-04", "Gibraltar", GIBRALTAR),
            "Visit to Gibraltar Port Authority": _e("2027-10-04", "Gibraltar", GIBRALTAR),
            "Meeting with Gibraltar Shipping Agents Federation": _e("2027-10-05", "Gibraltar", GIBRALTAR),
            "Return to India": _e("2027-10-06", None, KOLKATA),
        },
        "stops": [("Gibraltar", "2027-10-03", "2027-10-06")],
        "contacts": [],
    },
}
