"""Tenth blind round, part B (``blind10_en_*``, ``blind10_roman_*``): written by hand before any parse.

Ten fictional visits to countries no earlier article covers, in styles that differ from each other
and from the earlier rounds:

* a state information department's press release after the return (``Hyderabad, 27 October
  2026``) with a pipe table of MoUs dated ``22/10``, ``23/10``, ``24/10`` and their times, the end of
  summer time on Sunday 25 October in the middle of the visit, a roundtable cancelled by a strike, a
  decoy head office in Vienna (North Macedonia);
* a correspondent's first-person dispatch on ``Day 3`` under a dateline without a year
  (``MANDALAY, February 10``, publication date given): ``on Monday``, ``Yesterday``, ``This
  morning``, ``Tomorrow``, ``The next day``, clock times in local time and IST at UTC+6:30, a transit
  halt in Bangkok, counterparts only named in a list, the reporter's own name, a meeting put off with
  no date (Myanmar);
* a company's own wire press release about the Chief Minister at its plant (``PUEBLO, Colo., March
  15, 2027 /PRNewswire/ --``), the programme in an ``About`` paragraph, MST before and MDT after the
  US start of daylight saving on Sunday 14 March, day trips to Pueblo and Golden, a decoy parent in
  Toronto and a media contact, a meeting requested with no date in a country of several zones (USA,
  Colorado);
* an opposition leader's attack on the trip listing the programme as ``Sun 15`` ... ``Fri 20`` under
  an ``Updated:`` line, a mine at Moanda seen from Franceville, a port visit cancelled, a meeting
  the handout leaves undated, home-state mining towns as decoys (Gabon);
* a state government order sanctioning the tour (``G.O.Rt.No. 214 Dated: 24-08-2026``) with an
  annexure itinerary ``03/09 (Thu)`` in 24-hour local time, a transit at Seoul-Incheon, a night halt
  in Nakhodka, a shipyard visit deleted by a note, a meeting being requested with no date in a
  country of several zones, the signing officer as a decoy (Russia, Vladivostok);
* a minister's op-ed looking back, dates as ``June 15th`` with no year (publication date given) and
  a decoy year (``the 2008 slump``), a day trip to Choloma and one to Puerto Cortés, a roundtable
  postponed with no new date, Copán not visited (Honduras);
* a Roman-script TV channel's web story with bullet ``HIGHLIGHTS``, ``Published: 14 Sep 2026, 8:45
  PM IST`` (a posting time), ``aaj``, ``Kal Ravivaar`` (past) and ``Kal Mangalvaar`` (future), a
  transit in Tashkent, a chamber meeting ``radd`` (Tajikistan);
* a Roman-script news item reproducing the Chief Minister's numbered X thread (``1/6`` ... ``6/6``)
  with dates as ``10/5``, a transit in Bali, a night in Baucau, an island trip postponed with no
  date, ``Vasco`` and ``Margao`` (home towns) and ``Lisbon`` as decoys (Timor-Leste);
* a Roman-script live blog, newest first, whose ``6:10 PM IST`` stamps are posting times, an
  engagement time given in IST (``Bharatiya samay anusaar dopahar 1 baje``, 12:30 local at UTC+5), a
  city named ``Mary``, a meeting ``radd`` (Turkmenistan);
* a Roman-script WhatsApp forward of a voice note (``[17/01, 9:12 pm]``, no year, publication date
  given) with ``Parson``, ``Kal Shanivaar`` (past), ``Kal Somvaar`` (future), a transit in Mexico
  City, day trips to Tulum and Playa del Carmen, the forwarding officer at home as a decoy, a
  meeting with no date in a country of several zones (Mexico, Quintana Roo).

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names and zones GeoNames' zone
of the city.  Undated engagements carry the country's zone when the country has one zone, else none.
A visit's stops run from the day of arrival to the day of leaving; day trips are no stops.  A later
move is titled ``Departure for X``; the way home is ``Return to India`` with Asia/Kolkata.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

SKOPJE, YANGON, DENVER, LIBREVILLE = "Europe/Skopje", "Asia/Yangon", "America/Denver", "Africa/Libreville"
VLADIVOSTOK, TEGUCIGALPA, DUSHANBE, DILI = (
    "Asia/Vladivostok",
    "America/Tegucigalpa",
    "Asia/Dushanbe",
    "Asia/Dili",
)
ASHGABAT, CANCUN = "Asia/Ashgabat", "America/Cancun"

BLIND10B: dict[str, dict[str, Any]] = {
    # release of 27 October 2026: Wednesday 21 (17:40 at UTC+2) to Monday 26; summer time ends early
    # on Sunday 25 (UTC+1 after); the table's times are the MoUs' (the third has none); the
    # roundtable of Friday 23 in Skopje cancelled; Alpen Agrar's Vienna is no stop
    "blind10_en_moutable_tg_northmacedonia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Pulla Ramesh Reddy",
        "year": 2026,
        "span": ("2026-10-21", "2026-10-26"),
        "engagements": {
            "Arrival in Skopje": _e("2026-10-21", "Skopje", SKOPJE, start="2026-10-21T17:40:00+02:00"),
            "Meeting with Ministry of Economy and Labour": _e(
                "2026-10-22", "Skopje", SKOPJE, start="2026-10-22T10:00:00+02:00"
            ),
            "MoU signing with Directorate for Technological Industrial Development Zones": _e(
                "2026-10-22", "Skopje", SKOPJE, start="2026-10-22T15:00:00+02:00"
            ),
            "MoU signing with Ss. Cyril and Methodius University in Skopje": _e(
                "2026-10-23", "Skopje", SKOPJE, start="2026-10-23T12:00:00+02:00"
            ),
            "Investors' roundtable": _e("2026-10-23", "Skopje", SKOPJE, "cancelled"),
            "Departure for Bitola": _e("2026-10-24", "Bitola", SKOPJE),
            "Visit to Pelagonia Foods": _e("2026-10-24", "Bitola", SKOPJE),
            "MoU signing with Pelagonia Foods": _e("2026-10-24", "Bitola", SKOPJE),
            "Departure for Ohrid": _e("2026-10-25", "Ohrid", SKOPJE),
            "Meeting with Municipality of Ohrid": _e(
                "2026-10-25", "Ohrid", SKOPJE, start="2026-10-25T11:00:00+01:00"
            ),
            "Return to India": _e("2026-10-26", None, KOLKATA),
        },
        "stops": [
            ("Skopje", "2026-10-21", "2026-10-24"),
            ("Bitola", "2026-10-24", "2026-10-25"),
            ("Ohrid", "2026-10-25", "2026-10-26"),
        ],
        "contacts": [
            ("Arben Ziberi", "", "Deputy Minister", "Ministry of Economy and Labour", "host"),
            (
                "Besnik Xhaferi",
                "",
                "Director",
                "Directorate for Technological Industrial Development Zones",
                "host",
            ),
            ("Prof. Elena Trajkovska", "", "Rector", "Ss. Cyril and Methodius University in Skopje", "host"),
            ("Goran Petrovski", "", "Chief Executive", "Pelagonia Foods", "host"),
            ("Marija Stojanovska", "", "Mayor", "Municipality of Ohrid", "host"),
            ("K. Haritha", "", "Principal Secretary (Industries and Commerce)", "", "delegation"),
            ("Vishnu Vardhan Rao", "", "Managing Director", "TGIIC", "delegation"),
        ],
    },
    # dispatch of Wednesday 10 February 2027 (no year in the text): Monday = 8 (14:15 at UTC+6:30,
    # after a halt in Bangkok), Yesterday = 9 (10 am local = 8.30 am IST), This morning = 10, 3 pm
    # local in Mandalay, Tomorrow = 11 back to Yangon, The next day = 12 home; the Myanmar
    # Investment Commission put off with no date; the reporter is no contact
    "blind10_en_dispatch_as_myanmar": {
        "published": dt.date(2027, 2, 10),
        "language": "en",
        "head": "Chief Minister Dhrubajyoti Hazarika",
        "year": None,
        "span": ("2027-02-08", "2027-02-12"),
        "engagements": {
            "Arrival in Yangon": _e("2027-02-08", "Yangon", YANGON, start="2027-02-08T14:15:00+06:30"),
            "Meeting with Union of Myanmar Federation of Chambers of Commerce and Industry": _e(
                "2027-02-09", "Yangon", YANGON, start="2027-02-09T10:00:00+06:30"
            ),
            "Address to the Indian diaspora": _e("2027-02-09", "Yangon", YANGON),
            "Departure for Mandalay": _e("2027-02-10", "Mandalay", YANGON),
            "Meeting with Mandalay Region Chamber of Commerce and Industry": _e(
                "2027-02-10", "Mandalay", YANGON, start="2027-02-10T15:00:00+06:30"
            ),
            "Meeting with Myanmar Investment Commission": _e(None, None, YANGON, "postponed"),
            "Departure for Yangon": _e("2027-02-11", "Yangon", YANGON),
            "Visit to Thilawa Special Economic Zone": _e("2027-02-11", "Yangon", YANGON),
            "Return to India": _e("2027-02-12", None, KOLKATA),
        },
        "stops": [
            ("Yangon", "2027-02-08", "2027-02-10"),
            ("Mandalay", "2027-02-10", "2027-02-11"),
            ("Yangon", "2027-02-11", "2027-02-12"),
        ],
        "contacts": [
            (
                "U Aung Kyaw Min",
                "",
                "President",
                "Union of Myanmar Federation of Chambers of Commerce and Industry",
                "host",
            ),
            ("U Zaw Lin Htet", "", "", "Shwe Taung Cement", "host"),
            ("Daw Nilar Aung", "", "", "Golden Delta Rice", "host"),
            ("U Kyaw Soe Moe", "", "", "Myanmar Timber Enterprise", "host"),
            ("Daw Thandar Myint", "", "Chairman", "Mandalay Region Chamber of Commerce and Industry", "host"),
            ("Pranjal Bora", "", "Industries Minister", "", "delegation"),
            ("Ritupallab Gogoi", "", "Commissioner and Secretary (Industries)", "", "delegation"),
        ],
    },
    # release of Monday 15 March 2027: Friday 12 (4 pm MST = UTC-7), Saturday 13 (6:30 pm MST),
    # daylight saving from Sunday 14, the plant at 10:30 a.m. MDT (UTC-6) on the 15th and NREL in
    # Golden on the 16th are day trips from Denver, home on the 17th; the Chamber meeting is
    # requested with no date (the US has several zones); Toronto and Fort Collins are no stops
    "blind10_en_companypr_mh_colorado": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Sunil Waghmare",
        "year": 2027,
        "span": ("2027-03-12", "2027-03-17"),
        "engagements": {
            "Arrival in Denver": _e("2027-03-12", "Denver", DENVER),
            "Meeting with Colorado Office of Economic Development and International Trade (OEDIT)": _e(
                "2027-03-12", "Denver", DENVER, start="2027-03-12T16:00:00-07:00"
            ),
            "Address to the Indian diaspora": _e(
                "2027-03-13", "Denver", DENVER, start="2027-03-13T18:30:00-07:00"
            ),
            "Visit to Rockhill Battery Systems": _e(
                "2027-03-15", "Pueblo", DENVER, start="2027-03-15T10:30:00-06:00"
            ),
            "MoU signing with Rockhill Battery Systems": _e("2027-03-15", "Pueblo", DENVER),
            "Visit to National Renewable Energy Laboratory (NREL)": _e("2027-03-16", "Golden", DENVER),
            "Meeting with Denver Metro Chamber of Commerce": _e(None, None, None, "proposed"),
            "Return to India": _e("2027-03-17", None, KOLKATA),
        },
        "stops": [("Denver", "2027-03-12", "2027-03-17")],
        "contacts": [
            ("Dana Whitfield", "", "Chief Executive Officer", "Rockhill Battery Systems", "host"),
            ("Luis Archuleta", "", "Plant Manager", "Rockhill Battery Systems", "host"),
            (
                "Mark Castellano",
                "",
                "Executive Director",
                "Colorado Office of Economic Development and International Trade",
                "host",
            ),
            ("Ravindra Patil", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # updated 21 November 2026: "Sun 15" ... "Fri 20" of November; Libreville reached on the 15th
    # via Addis Ababa (no stop), Moanda seen from Franceville on the 18th, Owendo cancelled on the
    # 19th, the chamber meeting undated (Gabon has one zone); the LoP is no contact
    "blind10_en_opposition_od_gabon": {
        "published": None,
        "language": "en",
        "head": "Steel and Mines Minister Bibhuti Bhushan Nayak",
        "year": 2026,
        "span": ("2026-11-15", "2026-11-20"),
        "engagements": {
            "Arrival in Libreville": _e("2026-11-15", "Libreville", LIBREVILLE),
            "Meeting with Ministry of Mines": _e("2026-11-17", "Libreville", LIBREVILLE),
            "Address to the Indian diaspora": _e("2026-11-17", "Libreville", LIBREVILLE),
            "Departure for Franceville": _e("2026-11-18", "Franceville", LIBREVILLE),
            "Visit to Haut-Ogooué Manganese": _e("2026-11-18", "Moanda", LIBREVILLE),
            "Departure for Libreville": _e("2026-11-19", "Libreville", LIBREVILLE),
            "Visit to Port of Owendo": _e("2026-11-19", "Owendo", LIBREVILLE, "cancelled"),
            "Meeting with Chamber of Commerce of Gabon": _e(None, None, LIBREVILLE),
            "Return to India": _e("2026-11-20", None, KOLKATA),
        },
        "stops": [
            ("Libreville", "2026-11-15", "2026-11-18"),
            ("Franceville", "2026-11-18", "2026-11-19"),
            ("Libreville", "2026-11-19", "2026-11-20"),
        ],
        "contacts": [
            ("Hervé Nzé Ondo", "", "Minister of Mines", "", "host"),
            ("Sylvie Moussavou", "", "General Manager", "Haut-Ogooué Manganese", "host"),
            ("Debabrata Rout", "", "Managing Director", "Odisha Mining Corporation", "delegation"),
            ("Suchitra Mohapatra", "", "Director of Mines", "", "delegation"),
        ],
    },
    # G.O. of 24-08-2026: annexure 03/09 (Thu) to 08/09 (Tue) at UTC+10 all year; Seoul-Incheon is a
    # transit; a night halt in Nakhodka on the 6th; Zvezda at Bolshoy Kamen deleted (keeps its
    # planned day and time); the way back on the 7th has no time; Russian Railways requested with no
    # date (Russia has several zones); the signing Principal Secretary is no contact
    "blind10_en_goannexure_ap_vladivostok": {
        "published": None,
        "language": "en",
        "head": "Ports Minister Gummadi Surya Prakash",
        "year": 2026,
        "span": ("2026-09-03", "2026-09-08"),
        "engagements": {
            "Arrival in Vladivostok": _e(
                "2026-09-03", "Vladivostok", VLADIVOSTOK, start="2026-09-03T16:40:00+10:00"
            ),
            "Meeting with Far East and Arctic Development Corporation": _e(
                "2026-09-04", "Vladivostok", VLADIVOSTOK, start="2026-09-04T10:00:00+10:00"
            ),
            "Visit to Port of Vladivostok": _e(
                "2026-09-04", "Vladivostok", VLADIVOSTOK, start="2026-09-04T15:00:00+10:00"
            ),
            "Visit to Far Eastern Federal University": _e(
                "2026-09-05", "Vladivostok", VLADIVOSTOK, start="2026-09-05T11:00:00+10:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-09-05", "Vladivostok", VLADIVOSTOK, start="2026-09-05T18:30:00+10:00"
            ),
            "Departure for Nakhodka": _e(
                "2026-09-06", "Nakhodka", VLADIVOSTOK, start="2026-09-06T09:00:00+10:00"
            ),
            "Visit to Port of Nakhodka": _e(
                "2026-09-06", "Nakhodka", VLADIVOSTOK, start="2026-09-06T14:00:00+10:00"
            ),
            "Visit to Zvezda Shipyard": _e(
                "2026-09-07", "Bolshoy Kamen", VLADIVOSTOK, "cancelled", start="2026-09-07T10:00:00+10:00"
            ),
            "Departure for Vladivostok": _e("2026-09-07", "Vladivostok", VLADIVOSTOK),
            "MoU signing with Primorye Investment Agency": _e(
                "2026-09-07", "Vladivostok", VLADIVOSTOK, start="2026-09-07T15:00:00+10:00"
            ),
            "Meeting with Russian Railways": _e(None, None, None, "proposed"),
            "Return to India": _e("2026-09-08", None, KOLKATA),
        },
        "stops": [
            ("Vladivostok", "2026-09-03", "2026-09-06"),
            ("Nakhodka", "2026-09-06", "2026-09-07"),
            ("Vladivostok", "2026-09-07", "2026-09-08"),
        ],
        "contacts": [
            (
                "Dmitry Volkov",
                "",
                "Deputy General Director",
                "Far East and Arctic Development Corporation",
                "host",
            ),
            ("Prof. Anna Kuznetsova", "", "Vice-Rector", "Far Eastern Federal University", "host"),
            ("K. Venkateswarlu", "", "Secretary to Government (Ports)", "", "delegation"),
            (
                "P. Lakshmi Prasanna",
                "",
                "Chief Executive Officer",
                "Andhra Pradesh Maritime Board",
                "delegation",
            ),
        ],
    },
    # op-ed with no year and no date (published 2 July 2026): June 15th to June 20th; 9 am on the
    # 16th at UTC-6; Choloma (18th) and Puerto Cortés (19th) are day trips from San Pedro Sula; the
    # roundtable postponed with no new date; "2008" is no year of the visit; Copán is not visited
    "blind10_en_oped_tn_honduras": {
        "published": dt.date(2026, 7, 2),
        "language": "en",
        "head": "Handlooms and Textiles Minister R. Elangovan",
        "year": None,
        "span": ("2026-06-15", "2026-06-20"),
        "engagements": {
            "Arrival in Tegucigalpa": _e("2026-06-15", "Tegucigalpa", TEGUCIGALPA),
            "Meeting with Secretariat of Economic Development": _e(
                "2026-06-16", "Tegucigalpa", TEGUCIGALPA, start="2026-06-16T09:00:00-06:00"
            ),
            "Departure for San Pedro Sula": _e("2026-06-17", "San Pedro Sula", TEGUCIGALPA),
            "Meeting with Honduran Maquila Association": _e("2026-06-17", "San Pedro Sula", TEGUCIGALPA),
            "Visit to Textiles Caribe": _e("2026-06-18", "Choloma", TEGUCIGALPA),
            "Investors' roundtable": _e(None, None, TEGUCIGALPA, "postponed"),
            "Visit to Port of Puerto Cortés": _e("2026-06-19", "Puerto Cortés", TEGUCIGALPA),
            "Return to India": _e("2026-06-20", None, KOLKATA),
        },
        "stops": [
            ("Tegucigalpa", "2026-06-15", "2026-06-17"),
            ("San Pedro Sula", "2026-06-17", "2026-06-20"),
        ],
        "contacts": [
            ("Karla Mejía", "", "Vice Minister", "Secretariat of Economic Development", "host"),
            ("Ricardo Bográn", "", "President", "Honduran Maquila Association", "host"),
            ("Ana Lucía Rivera", "", "General Manager", "Textiles Caribe", "host"),
            ("K. Shanmugavel", "", "", "Tiruppur Exporters' Association", "delegation"),
        ],
    },
    # story published Monday 14 September 2026 (8:45 PM IST is the posting time): Shanivaar = 12
    # (via Tashkent, no stop), Kal Ravivaar = 13 (past: 6 pm diaspora, chamber meeting cancelled),
    # aaj = 14 (10 am local at UTC+5), Kal Mangalvaar = 15, Budhvaar = 16 to Khujand, Guruvaar = 17
    "blind10_roman_tvweb_hp_tajikistan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Rajinder Thakur",
        "year": 2026,
        "span": ("2026-09-12", "2026-09-17"),
        "engagements": {
            "Arrival in Dushanbe": _e("2026-09-12", "Dushanbe", DUSHANBE),
            "Address to the Indian diaspora": _e(
                "2026-09-13", "Dushanbe", DUSHANBE, start="2026-09-13T18:00:00+05:00"
            ),
            "Meeting with Chamber of Commerce and Industry of Tajikistan": _e(
                "2026-09-13", "Dushanbe", DUSHANBE, "cancelled"
            ),
            "Meeting with Ministry of Energy and Water Resources": _e(
                "2026-09-14", "Dushanbe", DUSHANBE, start="2026-09-14T10:00:00+05:00"
            ),
            "MoU signing with Barki Tojik": _e("2026-09-14", "Dushanbe", DUSHANBE),
            "MoU signing with Tajik Agrarian University": _e("2026-09-15", "Dushanbe", DUSHANBE),
            "Departure for Khujand": _e("2026-09-16", "Khujand", DUSHANBE),
            "Visit to Sughd Free Economic Zone": _e("2026-09-16", "Khujand", DUSHANBE),
            "Return to India": _e("2026-09-17", None, KOLKATA),
        },
        "stops": [("Dushanbe", "2026-09-12", "2026-09-16"), ("Khujand", "2026-09-16", "2026-09-17")],
        "contacts": [
            ("Firdavs Rahimov", "", "Deputy Minister", "Ministry of Energy and Water Resources", "host"),
            ("Sherali Nazarov", "", "Chairman", "Barki Tojik", "host"),
            ("Prof. Zarina Saidova", "", "Rector", "Tajik Agrarian University", "host"),
            ("Ajay Katoch", "", "Principal Secretary (Power)", "", "delegation"),
            ("Neha Guleria", "", "Managing Director", "HPPCL", "delegation"),
        ],
    },
    # item of 13 May 2027: tweets dated 10/5 (14:30 at UTC+9, after a transit in Bali) to 14/5 home;
    # a night in Baucau on the 12th; the UNTL MoU at 3 pm on the 13th; Atauro postponed with no date
    "blind10_roman_tweetthread_ga_timorleste": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nilesh Naik",
        "year": 2027,
        "span": ("2027-05-10", "2027-05-14"),
        "engagements": {
            "Arrival in Dili": _e("2027-05-10", "Dili", DILI, start="2027-05-10T14:30:00+09:00"),
            "Meeting with TradeInvest Timor-Leste": _e(
                "2027-05-11", "Dili", DILI, start="2027-05-11T09:30:00+09:00"
            ),
            "Address to the Indian diaspora": _e("2027-05-11", "Dili", DILI),
            "Departure for Baucau": _e("2027-05-12", "Baucau", DILI),
            "Visit to Cooperativa Cafe Matebian": _e("2027-05-12", "Baucau", DILI),
            "Departure for Dili": _e("2027-05-13", "Dili", DILI),
            "MoU signing with Universidade Nacional Timor Lorosa'e (UNTL)": _e(
                "2027-05-13", "Dili", DILI, start="2027-05-13T15:00:00+09:00"
            ),
            "Visit to Atauro Island": _e(None, None, DILI, "postponed"),
            "Return to India": _e("2027-05-14", None, KOLKATA),
        },
        "stops": [
            ("Dili", "2027-05-10", "2027-05-12"),
            ("Baucau", "2027-05-12", "2027-05-13"),
            ("Dili", "2027-05-13", "2027-05-14"),
        ],
        "contacts": [
            ("Ms. Joana da Costa Ximenes", "", "President", "TradeInvest Timor-Leste", "host"),
            ("Mateus Soares", "", "Manager", "Cooperativa Cafe Matebian", "host"),
            ("Prof. Agostinho Belo", "", "Rector", "Universidade Nacional Timor Lorosa'e", "host"),
            ("Shweta Kamat", "", "Industries Secretary", "", "delegation"),
            ("Rohan Sardessai", "", "President", "Goa Chamber of Commerce and Industry", "delegation"),
        ],
    },
    # live blog of Wednesday 21 April 2027, stamps are IST posting times: Somvaar raat = 19, 20 at 11
    # local, 21 to Mary with the plant at 1 pm IST = 12:30 at UTC+5, Guruvaar 22 back (the chamber
    # meeting cancelled, the MoU at 4 pm), Shukravaar 23 home via Dubai (no stop)
    "blind10_roman_liveblog_gj_turkmenistan": {
        "published": None,
        "language": "hi",
        "head": "Energy Minister Dilipsinh Jadeja",
        "year": 2027,
        "span": ("2027-04-19", "2027-04-23"),
        "engagements": {
            "Arrival in Ashgabat": _e("2027-04-19", "Ashgabat", ASHGABAT),
            "Meeting with Ministry of Trade and Foreign Economic Relations": _e(
                "2027-04-20", "Ashgabat", ASHGABAT, start="2027-04-20T11:00:00+05:00"
            ),
            "Departure for Mary": _e("2027-04-21", "Mary", ASHGABAT),
            "Visit to Maryazot": _e("2027-04-21", "Mary", ASHGABAT, start="2027-04-21T12:30:00+05:00"),
            "Departure for Ashgabat": _e("2027-04-22", "Ashgabat", ASHGABAT),
            "Meeting with Union of Industrialists and Entrepreneurs of Turkmenistan": _e(
                "2027-04-22", "Ashgabat", ASHGABAT, "cancelled"
            ),
            "MoU signing with Turkmengaz": _e(
                "2027-04-22", "Ashgabat", ASHGABAT, start="2027-04-22T16:00:00+05:00"
            ),
            "Return to India": _e("2027-04-23", None, KOLKATA),
        },
        "stops": [
            ("Ashgabat", "2027-04-19", "2027-04-21"),
            ("Mary", "2027-04-21", "2027-04-22"),
            ("Ashgabat", "2027-04-22", "2027-04-23"),
        ],
        "contacts": [
            ("Begench Orazov", "", "Director", "Maryazot", "host"),
            (
                "Merdan Atayev",
                "",
                "Deputy Minister",
                "Ministry of Trade and Foreign Economic Relations",
                "host",
            ),
            ("Serdar Hojamuradov", "", "Chairman", "Turkmengaz", "host"),
            ("Kalpana Joshi", "", "Additional Chief Secretary (Energy)", "", "delegation"),
            ("Arvind Trivedi", "", "Managing Director", "GSPC", "delegation"),
        ],
    },
    # forward of Sunday 17 January 2027 with no year (publication date given): Guruvaar = 14 (via
    # Mexico City, no stop), Parson = Shukravaar 15 (10 am at UTC-5), Kal Shanivaar = 16 (Tulum, a day
    # trip), Kal Somvaar = 18 (Playa del Carmen at 5 pm, a day trip), Mangalvaar = 19 home; Fonatur
    # has no date (Mexico has several zones); the forwarding officer in Dehradun is no contact
    "blind10_roman_voicenote_uk_cancun": {
        "published": dt.date(2027, 1, 17),
        "language": "hi",
        "head": "Tourism Minister Gajendra Singh Rawat",
        "year": None,
        "span": ("2027-01-14", "2027-01-19"),
        "engagements": {
            "Arrival in Cancún": _e("2027-01-14", "Cancún", CANCUN),
            "Meeting with Quintana Roo Tourism Secretariat": _e(
                "2027-01-15", "Cancún", CANCUN, start="2027-01-15T10:00:00-05:00"
            ),
            "Visit to Tulum Archaeological Zone": _e("2027-01-16", "Tulum", CANCUN),
            "Meeting with Riviera Maya Hotels Association": _e(
                "2027-01-18", "Playa del Carmen", CANCUN, start="2027-01-18T17:00:00-05:00"
            ),
            "Meeting with Fonatur": _e(None, None, None),
            "Return to India": _e("2027-01-19", None, KOLKATA),
        },
        "stops": [("Cancún", "2027-01-14", "2027-01-19")],
        "contacts": [
            ("Mariana Villalobos", "", "Tourism Secretary", "Quintana Roo Tourism Secretariat", "host"),
            ("Jorge Canul", "", "President", "Riviera Maya Hotels Association", "host"),
            ("Deepika Negi", "", "Tourism Secretary", "", "delegation"),
            ("Ankit Bisht", "", "CEO", "UTDB", "delegation"),
        ],
    },
}

__all__ = ["BLIND10B"]
