"""Twelfth blind round, part B (``blind12_en_*``, ``blind12_roman_*``): written by hand before any parse.

Ten fictional visits to places no earlier article covers, six in English and four in Hindi written
in Latin script, in styles that differ from each other and from the earlier rounds:

* a university's news page about an MoU (``March 19, 2027``), weekdays after a dated arrival, Arizona
  at UTC-7 while the rest of the US moved to summer time, a day trip to Tucson, Tempe and Chandler
  inside the Phoenix stay, a meeting being planned with no date in a country of several zones; the
  byline, the media contact and the Washington, D.C., centre are decoys (Arizona, United States);
* a report with a ``CORRECTIONS AND CLARIFICATIONS`` note that moves a visit from Friday to Saturday
  and a time from IST to local time, the end of daylight saving on Sunday 1 November (UTC-3, then
  UTC-4), a day trip to Lunenburg, a roundtable called off, a Thiruvananthapuram dateline and an
  Ottawa head office as decoys (Nova Scotia, Canada);
* a news agency's flash items in a row with no year (``LAS PALMAS, Mar 26 (PTI)``; publication date
  given), flashes that correct themselves (``CORRECTS:``), times in local and IST on both sides of the
  start of summer time on Sunday 28 March (UTC+0, then UTC+1), a move by ferry to Tenerife, a meeting
  put off with no date in a country of several zones, a Madrid decoy (Canary Islands, Spain);
* a trade magazine's Q&A interview with a businesswoman in the delegation (``September 2026 issue``),
  a transit in Kuala Lumpur, ``the 13th``, a move to Miri, a meeting postponed with no date in a
  country of two zones (Sarawak, Malaysia);
* a ``five things to know`` explainer before the trip (``June 8, 2027``), numbered points whose numbers
  are no dates, a transit in Copenhagen, a day trip to Klaksvík, a time with IST, a meeting cancelled
  with no date in a place of one zone (the Faroe Islands);
* an infographic's timeline text in 24-hour Kaliningrad time (``MON 21 SEP 2026``, ``TUE 22 SEP``), a
  transit in Moscow, a day trip to Sovetsk, a port visit cancelled with its date and time kept, a
  ``TO BE CONFIRMED`` meeting with no date in a country of several zones, a ``KEY NUMBERS`` box
  (Kaliningrad, Russia);
* a Roman-script minister's own blog post (``Posted on 12 February 2027``), ``Shukravaar``,
  ``Agle din, Ravivaar ko``, Hawaii time (UTC-10), a transit in Los Angeles, a day trip to Hilo, a
  diaspora address and a cancelled meeting with no date in a country of several zones (Hawaii, United
  States);
* a Roman-script chamber's member circular with RSVP and fee (``Dinank: 22 September 2026``), a planned
  programme ``Budhvaar, 28 Oct`` ... ``Mangalvaar, 3 Nov`` with local clock times, two nights in
  Brandon, a day trip to Portage la Prairie, a transit in Toronto, a meeting sought with no date;
  the signatory and the RSVP contact are no contacts (Manitoba, Canada);
* a Roman-script weekly column's diary (``Ravivaar, 13 December``, no year; publication date given):
  ``pichhle Somvaar (7 December)``, weekdays, a day trip to Ponce, a visit in Adjuntas cancelled by a
  landslide, a transit in Miami, home-state items (Tapovan, Rohru) as decoys (Puerto Rico);
* a Roman-script Hindi daily's city-page briefs (``Shanivaar, 23 January``, no year; publication date
  given): ``aaj subah laute``, ``Shukravaar (22 January) ko ravana``, weekdays, an undated meeting in a
  place of one zone, a Rotterdam head office, and other city briefs whose officers are no contacts
  (Curaçao).

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names and zones GeoNames' zone
of the city.  Undated engagements carry the country's zone when the country has one zone, else none.
A visit's stops run from the day of arrival to the day of leaving; day trips and transits are no
stops.  A later move is titled ``Departure for X``; the way home is ``Return to India`` with
Asia/Kolkata and no start.  A cancelled engagement keeps its planned date; a postponed one with no new
date has none.  Roman-script Hindi articles have language ``hi``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

PHOENIX, HALIFAX, CANARY, KUCHING = "America/Phoenix", "America/Halifax", "Atlantic/Canary", "Asia/Kuching"
FAROE, KALININGRAD, HONOLULU = "Atlantic/Faroe", "Europe/Kaliningrad", "Pacific/Honolulu"
WINNIPEG, PUERTO_RICO, CURACAO = "America/Winnipeg", "America/Puerto_Rico", "America/Curacao"

BLIND12B: dict[str, dict[str, Any]] = {
    # page of Friday 19 March 2027: Monday 15 arrival, Tuesday 16 at 10:00 UTC-7 (Arizona keeps MST
    # after the US change of Sunday 14 March), Wednesday 17 Tucson and back, Thursday 18 at 18:30;
    # the Commerce Authority meeting is only being planned: no date, no zone (several US zones)
    "blind12_en_university_gj_arizona": {
        "published": None,
        "language": "en",
        "head": "Higher Education Minister Rushikesh Vyas",
        "year": 2027,
        "span": ("2027-03-15", "2027-03-19"),
        "engagements": {
            "Arrival in Phoenix": _e("2027-03-15", "Phoenix", PHOENIX),
            "MoU signing with Arizona State University": _e(
                "2027-03-16", "Tempe", PHOENIX, start="2027-03-16T10:00:00-07:00"
            ),
            "Visit to Sonoran Microsystems": _e("2027-03-16", "Chandler", PHOENIX),
            "Visit to University of Arizona": _e("2027-03-17", "Tucson", PHOENIX),
            "Address to the Indian diaspora": _e(
                "2027-03-18", "Phoenix", PHOENIX, start="2027-03-18T18:30:00-07:00"
            ),
            "Meeting with Arizona Commerce Authority": _e(None, None, None, "proposed"),
            "Return to India": _e("2027-03-19", None, KOLKATA),
        },
        "stops": [("Phoenix", "2027-03-15", "2027-03-19")],
        "contacts": [
            (
                "Dr. Karen Whitfield",
                "",
                "Vice Provost for Global Partnerships",
                "Arizona State University",
                "host",
            ),
            ("Raymond Beltran", "", "Chief Operating Officer", "Sonoran Microsystems", "host"),
            ("Prof. Elena Marquez", "", "", "University of Arizona", "host"),
            ("Dr. Anjali Trivedi", "", "Commissioner of Higher Education", "", "delegation"),
            ("Nirav Shah", "", "Chairman", "Shah Precision Tools", "delegation"),
        ],
    },
    # published Wednesday 4 November 2026; the correction puts the Bedford visit on Saturday 31
    # October and the 10 a.m. meeting in Halifax time (UTC-3 before Sunday 1 November, UTC-4 after);
    # Dartmouth and Lunenburg are day trips; the roundtable of the 3rd called off
    "blind12_en_correction_kl_novascotia": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister Thomas Mathew Kuriakose",
        "year": 2026,
        "span": ("2026-10-29", "2026-11-04"),
        "engagements": {
            "Arrival in Halifax": _e("2026-10-29", "Halifax", HALIFAX),
            "Meeting with Nova Scotia Department of Fisheries and Aquaculture": _e(
                "2026-10-30", "Halifax", HALIFAX, start="2026-10-30T10:00:00-03:00"
            ),
            "Visit to Bedford Institute of Oceanography": _e("2026-10-31", "Dartmouth", HALIFAX),
            "Visit to Atlantic Reef Seafoods": _e(
                "2026-11-02", "Lunenburg", HALIFAX, start="2026-11-02T11:00:00-04:00"
            ),
            "Investors' roundtable": _e("2026-11-03", "Halifax", HALIFAX, "cancelled"),
            "Return to India": _e("2026-11-04", None, KOLKATA),
        },
        "stops": [("Halifax", "2026-10-29", "2026-11-04")],
        "contacts": [
            (
                "Colin MacIsaac",
                "",
                "Deputy Minister",
                "Nova Scotia Department of Fisheries and Aquaculture",
                "host",
            ),
            ("Dr. Fiona Gallant", "", "Research Scientist", "Bedford Institute of Oceanography", "host"),
            ("Gordon Rafuse", "", "President", "Atlantic Reef Seafoods", "host"),
            ("Dr. Leena Abraham", "", "Fisheries Secretary", "", "delegation"),
        ],
    },
    # flashes without a year (published 30 March 2027): 10:00 = 15:30 IST at UTC+0 on the 26th,
    # 09:30 = 14:00 IST at UTC+1 on Monday 29th (summer time from Sunday 28 March); the ZEC meeting
    # put off with no date: no zone, Spain has several
    "blind12_en_flash_mh_canary": {
        "published": dt.date(2027, 3, 30),
        "language": "en",
        "head": "Ports Development Minister Sanjay Kadam",
        "year": None,
        "span": ("2027-03-25", "2027-03-30"),
        "engagements": {
            "Arrival in Las Palmas de Gran Canaria": _e("2027-03-25", "Las Palmas de Gran Canaria", CANARY),
            "Meeting with Las Palmas Port Authority": _e(
                "2027-03-26", "Las Palmas de Gran Canaria", CANARY, start="2027-03-26T10:00:00+00:00"
            ),
            "MoU signing with Atlantica Shipyards": _e("2027-03-26", "Las Palmas de Gran Canaria", CANARY),
            "Departure for Santa Cruz de Tenerife": _e("2027-03-27", "Santa Cruz de Tenerife", CANARY),
            "Meeting with Government of the Canary Islands": _e(
                "2027-03-27", "Santa Cruz de Tenerife", CANARY
            ),
            "Visit to Port of Santa Cruz de Tenerife": _e(
                "2027-03-29", "Santa Cruz de Tenerife", CANARY, start="2027-03-29T09:30:00+01:00"
            ),
            "Meeting with Canary Islands Special Zone (ZEC)": _e(None, None, None, "postponed"),
            "Return to India": _e("2027-03-30", None, KOLKATA),
        },
        "stops": [
            ("Las Palmas de Gran Canaria", "2027-03-25", "2027-03-27"),
            ("Santa Cruz de Tenerife", "2027-03-27", "2027-03-30"),
        ],
        "contacts": [
            ("Alberto Santana Rivero", "", "President", "Las Palmas Port Authority", "host"),
            ("Lucia Perdomo", "", "Managing Director", "Atlantica Shipyards", "host"),
            ("Jonay Cabrera Delgado", "", "Economy Councillor", "Government of the Canary Islands", "host"),
            ("Vikas Deshpande", "", "Principal Secretary (Ports)", "", "delegation"),
        ],
    },
    # Sunday 9 August 2026 to Thursday 13th; Kuching and Miri at UTC+8; Kuala Lumpur only a change of
    # planes; the Petronas meeting postponed with no date: no zone (Malaysia has two)
    "blind12_en_tradeinterview_ka_sarawak": {
        "published": None,
        "language": "en",
        "head": "Industries Minister H. R. Siddalingappa",
        "year": 2026,
        "span": ("2026-08-09", "2026-08-13"),
        "engagements": {
            "Arrival in Kuching": _e("2026-08-09", "Kuching", KUCHING),
            "Meeting with Sarawak Economic Development Corporation": _e(
                "2026-08-10", "Kuching", KUCHING, start="2026-08-10T09:30:00+08:00"
            ),
            "Visit to Sarawak Biodiversity Centre": _e("2026-08-10", "Kuching", KUCHING),
            "Departure for Miri": _e("2026-08-11", "Miri", KUCHING),
            "Visit to Baram Palm Mill": _e("2026-08-11", "Miri", KUCHING),
            "Meeting with Sarawak Oil Palm Plantation Owners Association": _e("2026-08-12", "Miri", KUCHING),
            "Meeting with Petronas": _e(None, None, None, "postponed"),
            "Return to India": _e("2026-08-13", None, KOLKATA),
        },
        "stops": [("Kuching", "2026-08-09", "2026-08-11"), ("Miri", "2026-08-11", "2026-08-13")],
        "contacts": [
            ("Datuk Awang Jemat", "", "Chief Executive", "Sarawak Economic Development Corporation", "host"),
            ("Dr. Lim Siew Ling", "", "", "Sarawak Biodiversity Centre", "host"),
            ("Edwin Ngau", "", "General Manager", "Baram Palm Mill", "host"),
            ("Hii Tiong Kiat", "", "President", "Sarawak Oil Palm Plantation Owners Association", "host"),
            ("Kavitha Ramaswamy", "", "Managing Director", "Mysuru Palm Oils Pvt Ltd", "delegation"),
            ("Dr. Rekha Nagaraj", "", "Industries Secretary", "", "delegation"),
        ],
    },
    # explainer of 8 June 2027 about Monday 14 to Friday 18 June; 11:00 at UTC+1 = 15:30 IST;
    # Klaksvík is a day trip; Copenhagen a transit; the Seafood Council meeting cancelled with no
    # date keeps the single zone of the islands
    "blind12_en_fivethings_od_faroe": {
        "published": None,
        "language": "en",
        "head": "Fisheries and Animal Resources Development Minister Gokulananda Sethi",
        "year": 2027,
        "span": ("2027-06-14", "2027-06-18"),
        "engagements": {
            "Arrival in Tórshavn": _e("2027-06-14", "Tórshavn", FAROE),
            "Meeting with Faroese Ministry of Fisheries": _e(
                "2027-06-15", "Tórshavn", FAROE, start="2027-06-15T11:00:00+01:00"
            ),
            "Visit to Nordlysi Aquafarm": _e("2027-06-16", "Klaksvík", FAROE),
            "MoU signing with University of the Faroe Islands": _e("2027-06-17", "Tórshavn", FAROE),
            "Meeting with Faroe Seafood Council": _e(None, None, FAROE, "cancelled"),
            "Return to India": _e("2027-06-18", None, KOLKATA),
        },
        "stops": [("Tórshavn", "2027-06-14", "2027-06-18")],
        "contacts": [
            ("Heðin Joensen", "", "Permanent Secretary", "Faroese Ministry of Fisheries", "host"),
            ("Rúni Dam", "", "Founder", "Nordlysi Aquafarm", "host"),
            ("Prof. Sigrid Olsen", "", "Rector", "University of the Faroe Islands", "host"),
            ("Pramila Nayak", "", "Fisheries Director", "", "delegation"),
            ("Debashis Sahoo", "", "Commissioner-cum-Secretary", "", "delegation"),
        ],
    },
    # timeline 21 to 25 September 2026 in Kaliningrad time (UTC+2 all year); Moscow a transit;
    # Sovetsk a day trip; the Baltiysk port visit cancelled keeps its date and time; the Export Center
    # meeting to be confirmed has no date and no zone (Russia has several)
    "blind12_en_timeline_tn_kaliningrad": {
        "published": None,
        "language": "en",
        "head": "Industries Minister K. Senthilvel",
        "year": 2026,
        "span": ("2026-09-21", "2026-09-25"),
        "engagements": {
            "Arrival in Kaliningrad": _e(
                "2026-09-21", "Kaliningrad", KALININGRAD, start="2026-09-21T14:20:00+02:00"
            ),
            "Meeting with Government of Kaliningrad Region": _e(
                "2026-09-22", "Kaliningrad", KALININGRAD, start="2026-09-22T10:00:00+02:00"
            ),
            "Visit to Yantar Shipyard": _e(
                "2026-09-22", "Kaliningrad", KALININGRAD, start="2026-09-22T15:00:00+02:00"
            ),
            "Visit to Neman Paper Mill": _e(
                "2026-09-23", "Sovetsk", KALININGRAD, start="2026-09-23T12:30:00+02:00"
            ),
            "Visit to Port of Baltiysk": _e(
                "2026-09-24", "Baltiysk", KALININGRAD, "cancelled", start="2026-09-24T10:00:00+02:00"
            ),
            "Investors' roundtable": _e(
                "2026-09-24", "Kaliningrad", KALININGRAD, start="2026-09-24T17:00:00+02:00"
            ),
            "Meeting with Russian Export Center": _e(None, None, None, "proposed"),
            "Return to India": _e("2026-09-25", None, KOLKATA),
        },
        "stops": [("Kaliningrad", "2026-09-21", "2026-09-25")],
        "contacts": [
            ("Oleg Vasilyev", "", "Deputy Minister", "Government of Kaliningrad Region", "host"),
            (
                "Natalia Sorokina",
                "",
                "Economic Adviser to the Governor",
                "Government of Kaliningrad Region",
                "host",
            ),
            ("Pavel Kuznetsov", "", "Chief Engineer", "Yantar Shipyard", "host"),
            ("Igor Belov", "", "Director", "Neman Paper Mill", "host"),
            ("S. Kavitha", "", "Secretary (Industries)", "", "delegation"),
            ("R. Muthukumar", "", "Managing Director", "Guidance Tamil Nadu", "delegation"),
        ],
    },
    # post of 12 February 2027: Shukravaar 5 February to Budhvaar 10 February at UTC-10; Hilo a day
    # trip; Los Angeles a transit; the diaspora address and the cancelled HLTA meeting have no date
    # and no zone (several US zones)
    "blind12_roman_blog_up_hawaii": {
        "published": None,
        "language": "hi",
        "head": "Tourism Minister Pankaj Awasthi",
        "year": 2027,
        "span": ("2027-02-05", "2027-02-10"),
        "engagements": {
            "Arrival in Honolulu": _e("2027-02-05", "Honolulu", HONOLULU),
            "Meeting with Hawaii Tourism Authority": _e(
                "2027-02-06", "Honolulu", HONOLULU, start="2027-02-06T10:00:00-10:00"
            ),
            "Visit to East-West Center": _e("2027-02-07", "Honolulu", HONOLULU),
            "Visit to Imiloa Astronomy Center": _e("2027-02-08", "Hilo", HONOLULU),
            "MoU signing with University of Hawaii": _e("2027-02-09", "Honolulu", HONOLULU),
            "Address to the Indian diaspora": _e(None, None, None),
            "Meeting with Hawaii Lodging and Tourism Association": _e(None, None, None, "cancelled"),
            "Return to India": _e("2027-02-10", None, KOLKATA),
        },
        "stops": [("Honolulu", "2027-02-05", "2027-02-10")],
        "contacts": [
            ("Keoni Kalani", "", "President and CEO", "Hawaii Tourism Authority", "host"),
            ("Dr. Malia Kahananui", "", "", "East-West Center", "host"),
            (
                "Prof. Leilani Akana",
                "",
                "Dean, School of Travel Industry Management",
                "University of Hawaii",
                "host",
            ),
            ("Meena Srivastava", "", "Principal Secretary (Tourism)", "", "delegation"),
        ],
    },
    # circular of 22 September 2026: Budhvaar 28 October to Mangalvaar 3 November; Winnipeg at UTC-5
    # for the timed items (none after 1 November); Portage la Prairie a day trip; Brandon 31 October
    # to 2 November; Toronto a transit; the Cereals Canada meeting sought with no date and no zone
    "blind12_roman_circular_pb_manitoba": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Gurpreet Singh Aulakh",
        "year": 2026,
        "span": ("2026-10-28", "2026-11-03"),
        "engagements": {
            "Arrival in Winnipeg": _e("2026-10-28", "Winnipeg", WINNIPEG, start="2026-10-28T17:00:00-05:00"),
            "Meeting with Manitoba Agriculture": _e(
                "2026-10-29", "Winnipeg", WINNIPEG, start="2026-10-29T10:00:00-05:00"
            ),
            "Visit to Prairie Pulse Processors": _e("2026-10-30", "Portage la Prairie", WINNIPEG),
            "Departure for Brandon": _e("2026-10-31", "Brandon", WINNIPEG),
            "Meeting with Keystone Agricultural Producers": _e("2026-10-31", "Brandon", WINNIPEG),
            "Address to the Indian diaspora": _e("2026-11-01", "Brandon", WINNIPEG),
            "Departure for Winnipeg": _e("2026-11-02", "Winnipeg", WINNIPEG),
            "Investors' roundtable": _e("2026-11-02", "Winnipeg", WINNIPEG),
            "Meeting with Cereals Canada": _e(None, None, None, "proposed"),
            "Return to India": _e("2026-11-03", None, KOLKATA),
        },
        "stops": [
            ("Winnipeg", "2026-10-28", "2026-10-31"),
            ("Brandon", "2026-10-31", "2026-11-02"),
            ("Winnipeg", "2026-11-02", "2026-11-03"),
        ],
        "contacts": [
            ("Dave Kowalchuk", "", "Minister", "Manitoba Agriculture", "host"),
            ("Tyler Hnatiuk", "", "General Manager", "Prairie Pulse Processors", "host"),
            ("Brent Sigurdson", "", "President", "Keystone Agricultural Producers", "host"),
            ("Jaswinder Singh Grewal", "", "President", "Punjab Agro Processors' Chamber", "delegation"),
            ("Rupinder Kaur Brar", "", "Principal Secretary (Agriculture)", "", "delegation"),
        ],
    },
    # column of Sunday 13 December with no year (published 13 December 2026): pichhle Somvaar 7
    # December arrival, Mangalvaar 8 at 09:30 UTC-4, Budhvaar 9 Ponce and back (the Adjuntas visit
    # cancelled that day), Guruvaar 10, Shukravaar 11 December home; Miami a transit
    "blind12_roman_columndiary_hp_puertorico": {
        "published": dt.date(2026, 12, 13),
        "language": "hi",
        "head": "Horticulture Minister Devender Singh Rathore",
        "year": None,
        "span": ("2026-12-07", "2026-12-11"),
        "engagements": {
            "Arrival in San Juan": _e("2026-12-07", "San Juan", PUERTO_RICO),
            "Meeting with Puerto Rico Department of Agriculture": _e(
                "2026-12-08", "San Juan", PUERTO_RICO, start="2026-12-08T09:30:00-04:00"
            ),
            "Visit to Hacienda Buena Vista": _e("2026-12-09", "Ponce", PUERTO_RICO),
            "Visit to Adjuntas Agricultural Experiment Station": _e(
                "2026-12-09", "Adjuntas", PUERTO_RICO, "cancelled"
            ),
            "Meeting with Invest Puerto Rico": _e("2026-12-10", "San Juan", PUERTO_RICO),
            "Return to India": _e("2026-12-11", None, KOLKATA),
        },
        "stops": [("San Juan", "2026-12-07", "2026-12-11")],
        "contacts": [
            ("Ramón Figueroa Ortiz", "", "Secretary", "Puerto Rico Department of Agriculture", "host"),
            ("Luis Alberto Rivera", "", "Manager", "Hacienda Buena Vista", "host"),
            ("Gabriela Colón Vega", "", "CEO", "Invest Puerto Rico", "host"),
            ("Dr. Ajay Thakur", "", "Secretary (Horticulture)", "", "delegation"),
            ("Kuldeep Chauhan", "", "Chairman", "Kotkhai Fruit Growers Cooperative", "delegation"),
        ],
    },
    # city page of Saturday 23 January with no year (published 23 January 2027): Somvaar 18 arrival,
    # Mangalvaar 19 at 11:00 UTC-4, Budhvaar 20, Guruvaar 21, left on Shukravaar 22 January, home
    # "aaj subah"; the Curinde meeting undated in a place of one zone; the traffic and temple briefs
    # are no part of the visit
    "blind12_roman_citybrief_mp_curacao": {
        "published": dt.date(2027, 1, 23),
        "language": "hi",
        "head": "MSME Minister Rajendra Patidar",
        "year": None,
        "span": ("2027-01-18", "2027-01-22"),
        "engagements": {
            "Arrival in Willemstad": _e("2027-01-18", "Willemstad", CURACAO),
            "Meeting with Curaçao Chamber of Commerce and Industry": _e(
                "2027-01-19", "Willemstad", CURACAO, start="2027-01-19T11:00:00-04:00"
            ),
            "Visit to Curaçao Ports Authority": _e("2027-01-20", "Willemstad", CURACAO),
            "MoU signing with Caribbean Garment Hub": _e("2027-01-21", "Willemstad", CURACAO),
            "Meeting with Curinde": _e(None, None, CURACAO),
            "Return to India": _e("2027-01-22", None, KOLKATA),
        },
        "stops": [("Willemstad", "2027-01-18", "2027-01-22")],
        "contacts": [
            ("Gerald Martina", "", "President", "Curaçao Chamber of Commerce and Industry", "host"),
            ("Shirley Isenia", "", "Director", "Caribbean Garment Hub", "host"),
            ("Sunil Jain", "", "President", "Pithampur Industries Association", "delegation"),
        ],
    },
}

__all__ = ["BLIND12B"]
