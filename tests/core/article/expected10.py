"""Expected visits for the tenth blind round, part A (``blind10_hi_*``, ``blind10_mixed_*``): written by
hand before any parse.

Ten fictional visits to countries no earlier blind round covers, five in Devanagari Hindi with Latin
names inside and five in mixed script (Devanagari Hindi with many English words and Latin names),
in styles no earlier round used:

* a state government order (``शासनादेश``, ``दिनांक 02 जून 2026``) sanctioning a minister's tour with an
  annexure itinerary ``14.06.2026 (रविवार) | …``, local clock times, a transit in Dubai that is no
  stop, a visit cancelled at the host's request; the order's signatory and the copy list (Prayagraj)
  are no contacts (Seychelles);
* a minister's op-ed looking back on last month's trip (``नवंबर 2026``), ``अगले दिन``, an undated
  meeting, an oil-field visit put off to a later trip, a partner firm's head office in Paris and the
  home cities as decoys, home through Algiers and Doha with no stop (Algeria);
* a correspondent's first-person dispatch ``कीव, 28 मार्च`` with no year (publication date given):
  ``परसों, गुरुवार``, ``कल`` past and future, ``आज``, local times on both sides of the start of summer
  time on Sunday 29 March (UTC+2, then UTC+3), a meeting postponed with no new date, a transit in
  Warsaw and a road to Rzeszów that are no stops; the correspondent and ``Shevchenko पार्क`` are no
  people (Ukraine);
* an opposition leader's press conference listing the past engagements to criticise them, a day trip
  to Seria, an MoU cancelled at the last moment, Shell's London head office as a decoy place; the
  opposition leader and the ruling party's spokesman are no contacts (Brunei);
* a foreign newspaper's report translated into Hindi with a translator's note (``आज`` is the
  original's 21 October), a time also told in IST, a move to Cobán and back, a meeting put off with
  no new date, the Spices Board's home office in Kochi as a decoy (Guatemala);
* a state information department's release (``Posted On: 12 SEP 2026 7:05 PM IST``) with a table of
  MoUs, HKT and IST times, a day trip across the border to Shenzhen (another zone), a proposed
  meeting with no date (Hong Kong);
* a newspaper preview dated ``रविवार, 11 October`` with no year (publication date given) and a
  ``दौरा एक नज़र में`` sidebar ``Day 1 | Mon 12``, a meeting the host chamber cancelled, an undated
  meeting (the Maldives);
* a regional TV channel's web story with bullet ``Highlights``, an ``Updated:`` line in IST, ``Day 3``
  as ``आज``, a time told in IST and local, a day trip to Tadjourah, a free-zone visit cancelled, DP
  World's Dubai head office and the Bab-el-Mandeb as decoys (Djibouti);
* a company's own press release about the Chief Minister's visit to its plant in Darwin (ACST,
  UTC+9:30 without summer time), a day trip to Katherine, a meeting postponed with no date, the
  company's offices in Solan and Singapore as decoy places, ``Charles Darwin University`` as a body
  and the media contact as no person (Australia's Northern Territory);
* a diaspora association's e-mail notice in NDT/NST and IST across the end of daylight saving in
  Newfoundland on Sunday 1 November (UTC-2:30, then UTC-3:30), a transit in Toronto, a visit
  cancelled by a wind warning, an undated meeting in a country of several zones (no zone); the
  signatory is no contact (Canada).

Same shape as ``expected.BLIND2``.  Conventions as in ``expected7``: city names are GeoNames' English
names and zones GeoNames' zone of the city.  Undated engagements carry the country's zone when the
country has one zone, else none.  A visit's stops run from the day of arrival to the day of leaving;
day trips are no stops.  Mixed-script articles are ``"hi"`` as in earlier rounds.  A later move is
titled ``Departure for X``; the way home is ``Return to India`` with Asia/Kolkata and no start.  A
cancelled engagement keeps its planned date; a postponed one with no new date has none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

MAHE, ALGIERS, KYIV, BRUNEI = "Indian/Mahe", "Africa/Algiers", "Europe/Kyiv", "Asia/Brunei"
GUATEMALA, HONG_KONG, SHANGHAI = "America/Guatemala", "Asia/Hong_Kong", "Asia/Shanghai"
MALDIVES, DJIBOUTI, DARWIN, ST_JOHNS = (
    "Indian/Maldives",
    "Africa/Djibouti",
    "Australia/Darwin",
    "America/St_Johns",
)

BLIND10: dict[str, dict[str, Any]] = {
    # order of 2 June 2026: 14 (Sunday) to 18 (Thursday) June 2026 in Victoria, times at UTC+4; the
    # Seychelles Fishing Authority visit of the 16th cancelled; Dubai a transit both ways
    "blind10_hi_go_up_seychelles": {
        "published": None,
        "language": "hi",
        "head": "MSME Minister Rakesh Sachan",
        "year": 2026,
        "span": ("2026-06-14", "2026-06-18"),
        "engagements": {
            "Arrival in Victoria": _e("2026-06-14", "Victoria", MAHE),
            "Meeting with Seychelles Investment Board": _e(
                "2026-06-15", "Victoria", MAHE, start="2026-06-15T10:00:00+04:00"
            ),
            "Meeting with Seychelles Chamber of Commerce and Industry": _e(
                "2026-06-15", "Victoria", MAHE, start="2026-06-15T15:30:00+04:00"
            ),
            "Visit to Seychelles Fishing Authority": _e("2026-06-16", "Victoria", MAHE, "cancelled"),
            "MoU signing with Enterprise Seychelles Agency": _e(
                "2026-06-16", "Victoria", MAHE, start="2026-06-16T14:00:00+04:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-06-17", "Victoria", MAHE, start="2026-06-17T18:00:00+04:00"
            ),
            "Return to India": _e("2026-06-18", None, KOLKATA),
        },
        "stops": [("Victoria", "2026-06-14", "2026-06-18")],
        "contacts": [
            ("Marie-Claire Hoareau", "", "CEO", "Seychelles Investment Board", "host"),
            ("Jean-Paul Esparon", "", "President", "Seychelles Chamber of Commerce and Industry", "host"),
            ("Nadia Bristol", "", "CEO", "Enterprise Seychelles Agency", "host"),
            ("Vivek Ranjan Mishra", "विवेक रंजन मिश्र", "Principal Secretary (MSME)", "", "delegation"),
            ("Shalini Bajpai", "शालिनी बाजपेयी", "Director", "Udyog Bandhu", "delegation"),
        ],
    },
    # op-ed of 4 December 2026 about 9 to 13 November 2026: Algiers, then Oran from the 11th; the CAP
    # meeting has no date; Hassi Messaoud put off to a later trip; home via Algiers and Doha
    "blind10_hi_oped_rj_algeria": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Rajyavardhan Singh Rathore",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "engagements": {
            "Arrival in Algiers": _e("2026-11-09", "Algiers", ALGIERS),
            "Meeting with Algerian Investment Promotion Agency (AAPI)": _e("2026-11-09", "Algiers", ALGIERS),
            "Meeting with Sonatrach": _e("2026-11-10", "Algiers", ALGIERS),
            "Address to the Indian diaspora": _e("2026-11-10", "Algiers", ALGIERS),
            "Departure for Oran": _e("2026-11-11", "Oran", ALGIERS),
            "Meeting with Oran Chamber of Commerce and Industry": _e("2026-11-11", "Oran", ALGIERS),
            "MoU signing with Manadjim El Djazair (MANAL)": _e("2026-11-12", "Oran", ALGIERS),
            "Meeting with Algerian Confederation of Employers (CAP)": _e(None, None, ALGIERS),
            "Visit to Hassi Messaoud oil field": _e(None, "Hassi Messaoud", ALGIERS, "postponed"),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Algiers", "2026-11-09", "2026-11-11"), ("Oran", "2026-11-11", "2026-11-13")],
        "contacts": [
            ("Mourad Belkacem", "", "Director General", "Algerian Investment Promotion Agency", "host"),
            ("Karim Benali", "", "Vice President", "Sonatrach", "host"),
            ("Samira Hadj-Ali", "", "CEO", "Manadjim El Djazair", "host"),
            (
                "Saurabh Mathur",
                "सौरभ माथुर",
                "Managing Director",
                "Rajasthan State Mines and Minerals Limited",
                "delegation",
            ),
            ("Nidhi Bhargava", "निधि भार्गव", "Principal Secretary", "Industries Department", "delegation"),
        ],
    },
    # dispatch of Saturday 28 March (no year; publication date given): परसों = Thursday 26, कल = 27
    # (UkraineInvest at 11:00 UTC+2), आज = 28, कल = Sunday 29 (summer time from that night, UTC+3),
    # Lviv Polytechnic at 10:00 on Monday 30; the grain association postponed with no new date
    "blind10_hi_dispatch_pb_ukraine": {
        "published": dt.date(2026, 3, 28),
        "language": "hi",
        "head": "Chief Minister Bhagwant Mann",
        "year": None,
        "span": ("2026-03-26", "2026-03-31"),
        "engagements": {
            "Arrival in Kyiv": _e("2026-03-26", "Kyiv", KYIV),
            "Meeting with UkraineInvest": _e("2026-03-27", "Kyiv", KYIV, start="2026-03-27T11:00:00+02:00"),
            "Meeting with Ministry of Agrarian Policy and Food of Ukraine": _e("2026-03-27", "Kyiv", KYIV),
            "Visit to National University of Life and Environmental Sciences of Ukraine": _e(
                "2026-03-28", "Kyiv", KYIV
            ),
            "Address to the Indian diaspora": _e("2026-03-28", "Kyiv", KYIV),
            "Meeting with Ukrainian Grain Association": _e(None, "Kyiv", KYIV, "postponed"),
            "Departure for Lviv": _e("2026-03-29", "Lviv", KYIV),
            "MoU signing with Lviv Polytechnic National University": _e(
                "2026-03-30", "Lviv", KYIV, start="2026-03-30T10:00:00+03:00"
            ),
            "Meeting with Lviv IT Cluster": _e("2026-03-30", "Lviv", KYIV),
            "Return to India": _e("2026-03-31", None, KOLKATA),
        },
        "stops": [("Kyiv", "2026-03-26", "2026-03-29"), ("Lviv", "2026-03-29", "2026-03-31")],
        "contacts": [
            ("Oksana Melnyk", "", "Executive Director", "UkraineInvest", "host"),
            (
                "Taras Kovalenko",
                "",
                "Deputy Minister",
                "Ministry of Agrarian Policy and Food of Ukraine",
                "host",
            ),
            ("Ihor Savchuk", "", "Rector", "Lviv Polytechnic National University", "host"),
            ("Gurmeet Singh Khudian", "गुरमीत सिंह खुड्डियां", "Agriculture Minister", "", "delegation"),
            (
                "Jaspreet Kaur Sidhu",
                "जसप्रीत कौर सिद्धू",
                "Managing Director",
                "Punjab Agro Industries Corporation",
                "delegation",
            ),
        ],
    },
    # press conference of Wednesday 5 August 2026 about 28 July to 1 August 2026; Seria a day trip;
    # the DARe MoU of 31 July cancelled; Singapore a transit; Umang Singhar and the spokesman no contacts
    "blind10_hi_opposition_mp_brunei": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-07-28", "2026-08-01"),
        "engagements": {
            "Arrival in Bandar Seri Begawan": _e("2026-07-28", "Bandar Seri Begawan", BRUNEI),
            "Meeting with Brunei Economic Development Board": _e("2026-07-29", "Bandar Seri Begawan", BRUNEI),
            "Meeting with Ministry of Finance and Economy": _e("2026-07-29", "Bandar Seri Begawan", BRUNEI),
            "Visit to Brunei Shell Petroleum": _e("2026-07-30", "Seria", BRUNEI),
            "Visit to Kampong Ayer": _e("2026-07-31", "Bandar Seri Begawan", BRUNEI),
            "Address to the Indian diaspora": _e("2026-07-31", "Bandar Seri Begawan", BRUNEI),
            "MoU signing with Darussalam Enterprise (DARe)": _e(
                "2026-07-31", "Bandar Seri Begawan", BRUNEI, "cancelled"
            ),
            "Return to India": _e("2026-08-01", None, KOLKATA),
        },
        "stops": [("Bandar Seri Begawan", "2026-07-28", "2026-08-01")],
        "contacts": [
            ("Roslan Yusof", "", "Chief Executive", "Brunei Economic Development Board", "host"),
            ("Harun Latif", "", "Managing Director", "Brunei Shell Petroleum", "host"),
            ("Amit Rathore", "अमित राठौर", "Additional Chief Secretary (Industries)", "", "delegation"),
            (
                "Praveen Khare",
                "प्रवीण खरे",
                "Managing Director",
                "Madhya Pradesh Industrial Development Corporation",
                "delegation",
            ),
        ],
    },
    # translation of La Hora of Wednesday 21 October 2026: Sunday 18 to Friday 23; AGEXPORT at 10:00
    # UTC-6 (21:30 IST); Cobán from Tuesday 20, back to the capital on Thursday 22 (कल); Anacafé put
    # off with no new date; Kochi is the Spices Board's home office
    "blind10_hi_translated_kl_guatemala": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister P. Prasad",
        "year": 2026,
        "span": ("2026-10-18", "2026-10-23"),
        "engagements": {
            "Arrival in Guatemala City": _e("2026-10-18", "Guatemala City", GUATEMALA),
            "Meeting with AGEXPORT": _e(
                "2026-10-19", "Guatemala City", GUATEMALA, start="2026-10-19T10:00:00-06:00"
            ),
            "Meeting with Ministry of Agriculture, Livestock and Food (MAGA)": _e(
                "2026-10-19", "Guatemala City", GUATEMALA
            ),
            "Departure for Cobán": _e("2026-10-20", "Cobán", GUATEMALA),
            "Visit to Cooperativa Cardamomera Verapaz": _e("2026-10-20", "Cobán", GUATEMALA),
            "Meeting with Cardegua": _e("2026-10-21", "Cobán", GUATEMALA),
            "Departure for Guatemala City": _e("2026-10-22", "Guatemala City", GUATEMALA),
            "MoU signing with Universidad de San Carlos de Guatemala": _e(
                "2026-10-22", "Guatemala City", GUATEMALA
            ),
            "Meeting with Anacafé": _e(None, None, GUATEMALA, "postponed"),
            "Return to India": _e("2026-10-23", None, KOLKATA),
        },
        "stops": [
            ("Guatemala City", "2026-10-18", "2026-10-20"),
            ("Cobán", "2026-10-20", "2026-10-22"),
            ("Guatemala City", "2026-10-22", "2026-10-23"),
        ],
        "contacts": [
            ("Ana Lucía Morales", "", "President", "AGEXPORT", "host"),
            ("Carlos Ixcoy", "", "Vice Minister", "Ministry of Agriculture, Livestock and Food", "host"),
            ("Edwin Caal", "", "President", "Cardegua", "host"),
            ("Rosa María Cojulún", "", "Rector", "Universidad de San Carlos de Guatemala", "host"),
            ("Thomas Kurian", "", "Member Secretary", "Spices Board", "delegation"),
            ("Sreekumar Nair", "", "Vice-Chancellor", "Kerala Agricultural University", "delegation"),
        ],
    },
    # release of 12 September 2026: Wednesday 9 to 13 September; InvestHK at 10:30 HKT, HKSTP at
    # 16:00 HKT (13:30 IST); Shenzhen a day trip on the 11th (Asia/Shanghai); HKMA proposed, no date
    "blind10_mixed_pib_gj_hongkong": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-09-09", "2026-09-13"),
        "engagements": {
            "Arrival in Hong Kong": _e("2026-09-09", "Hong Kong", HONG_KONG),
            "Meeting with InvestHK": _e(
                "2026-09-10", "Hong Kong", HONG_KONG, start="2026-09-10T10:30:00+08:00"
            ),
            "MoU signing with Hong Kong Science and Technology Parks Corporation (HKSTP)": _e(
                "2026-09-10", "Hong Kong", HONG_KONG, start="2026-09-10T16:00:00+08:00"
            ),
            "Visit to Shenzhen Lumina Electronics Co.": _e("2026-09-11", "Shenzhen", SHANGHAI),
            "MoU signing with Shenzhen Lumina Electronics Co.": _e("2026-09-11", "Shenzhen", SHANGHAI),
            "MoU signing with Hong Kong Trade Development Council (HKTDC)": _e(
                "2026-09-12", "Hong Kong", HONG_KONG
            ),
            "Address to the Indian diaspora": _e("2026-09-12", "Hong Kong", HONG_KONG),
            "Meeting with Hong Kong Monetary Authority": _e(None, None, HONG_KONG, "proposed"),
            "Return to India": _e("2026-09-13", None, KOLKATA),
        },
        "stops": [("Hong Kong", "2026-09-09", "2026-09-13")],
        "contacts": [
            ("Jason Cheung", "", "Associate Director-General", "InvestHK", "host"),
            ("Winnie Tam", "", "CEO", "Hong Kong Science and Technology Parks Corporation", "host"),
            ("Zhang Wei", "", "Chairman", "Shenzhen Lumina Electronics Co.", "host"),
            ("Vivian Leung", "", "Executive Director", "Hong Kong Trade Development Council", "host"),
            ("Balvantsinh Rajput", "", "Industries Minister", "", "delegation"),
            ("Hiral Joshi", "", "Additional Chief Secretary (Industries and Mines)", "", "delegation"),
            ("Keyur Parikh", "", "Managing Director", "iNDEXTb", "delegation"),
        ],
    },
    # preview of Sunday 11 October (no year; publication date given): कल = Mon 12 to Thu 15; arrival
    # at 11:40 UTC+5, MMPRC at 12:00, the community at 19:30; MNCCI cancelled by the chamber on the
    # 13th; the Maldives Tourism Development Corporation has no date and no place (MTDC in the text is
    # Maharashtra's)
    "blind10_mixed_sidebar_mh_maldives": {
        "published": dt.date(2026, 10, 11),
        "language": "hi",
        "head": "Tourism Minister Shambhuraj Desai",
        "year": None,
        "span": ("2026-10-12", "2026-10-15"),
        "engagements": {
            "Arrival in Malé": _e("2026-10-12", "Malé", MALDIVES, start="2026-10-12T11:40:00+05:00"),
            "Meeting with Ministry of Tourism": _e("2026-10-12", "Malé", MALDIVES),
            "Meeting with Maldives Association of Travel Agents and Tour Operators (MATATO)": _e(
                "2026-10-13", "Malé", MALDIVES
            ),
            "Meeting with Maldives National Chamber of Commerce and Industry (MNCCI)": _e(
                "2026-10-13", "Malé", MALDIVES, "cancelled"
            ),
            "MoU signing with Maldives Marketing and Public Relations Corporation (MMPRC)": _e(
                "2026-10-14", "Malé", MALDIVES, start="2026-10-14T12:00:00+05:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-10-14", "Malé", MALDIVES, start="2026-10-14T19:30:00+05:00"
            ),
            "Meeting with Maldives Tourism Development Corporation": _e(None, None, MALDIVES),
            "Return to India": _e("2026-10-15", None, KOLKATA),
        },
        "stops": [("Malé", "2026-10-12", "2026-10-15")],
        "contacts": [
            ("Mohamed Ashraf", "", "State Minister for Tourism", "Ministry of Tourism", "host"),
            (
                "Hussain Nizam",
                "",
                "Secretary General",
                "Maldives Association of Travel Agents and Tour Operators",
                "host",
            ),
            (
                "Fathimath Raufa",
                "",
                "Managing Director",
                "Maldives Marketing and Public Relations Corporation",
                "host",
            ),
            (
                "Manisha Kulkarni",
                "",
                "Managing Director",
                "Maharashtra Tourism Development Corporation",
                "delegation",
            ),
            ("Rajesh Deshmukh", "", "Principal Secretary", "Tourism Department", "delegation"),
        ],
    },
    # web story updated 8 July 2026, Day 3 = आज = Wednesday 8 (Day 1 = Monday 6); DPFZA at 10:00
    # UTC+3; the free zone cancelled on the 7th; Tadjourah a day trip; the community at 21:00 IST =
    # 18:30 local; कल = Day 4 = 9; home on Friday 10 via Addis Ababa
    "blind10_mixed_tvweb_od_djibouti": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-10"),
        "engagements": {
            "Arrival in Djibouti": _e("2026-07-06", "Djibouti", DJIBOUTI),
            "Meeting with Djibouti Ports and Free Zones Authority (DPFZA)": _e(
                "2026-07-07", "Djibouti", DJIBOUTI, start="2026-07-07T10:00:00+03:00"
            ),
            "Visit to Doraleh Multipurpose Port": _e("2026-07-07", "Djibouti", DJIBOUTI),
            "Visit to Djibouti International Free Trade Zone (DIFTZ)": _e(
                "2026-07-07", "Djibouti", DJIBOUTI, "cancelled"
            ),
            "Visit to Port of Tadjourah": _e("2026-07-08", "Tadjourah", DJIBOUTI),
            "Address to the Indian diaspora": _e(
                "2026-07-08", "Djibouti", DJIBOUTI, start="2026-07-08T18:30:00+03:00"
            ),
            "MoU signing with Djibouti Chamber of Commerce": _e("2026-07-09", "Djibouti", DJIBOUTI),
            "Return to India": _e("2026-07-10", None, KOLKATA),
        },
        "stops": [("Djibouti", "2026-07-06", "2026-07-10")],
        "contacts": [
            ("Hassan Daoud Farah", "", "Chairman", "Djibouti Ports and Free Zones Authority", "host"),
            ("Abdourahman Moussa", "", "Director", "Port of Tadjourah", "host"),
            ("Fatouma Ismaïl Robleh", "", "President", "Djibouti Chamber of Commerce", "host"),
            ("Bibhuti Bhushan Jena", "", "Commerce and Transport Minister", "", "delegation"),
            (
                "Smita Mohapatra",
                "",
                "Principal Secretary",
                "Commerce and Transport Department",
                "delegation",
            ),
        ],
    },
    # release of Tuesday 19 May 2026: Sunday 17 to Friday 22; the plant at 10:00 ACST (UTC+9:30);
    # Katherine a day trip on the 20th; Territory Generation postponed with no date; the company's
    # chairman travels with the delegation; the media contact is no contact
    "blind10_mixed_company_hp_australia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Sukhvinder Singh Sukhu",
        "year": 2026,
        "span": ("2026-05-17", "2026-05-22"),
        "engagements": {
            "Arrival in Darwin": _e("2026-05-17", "Darwin", DARWIN),
            "Meeting with Investment Territory": _e("2026-05-18", "Darwin", DARWIN),
            "Visit to Shivalik Fresh Foods": _e(
                "2026-05-19", "Darwin", DARWIN, start="2026-05-19T10:00:00+09:30"
            ),
            "MoU signing with Charles Darwin University": _e("2026-05-19", "Darwin", DARWIN),
            "Meeting with Northern Territory Mango Industry Association": _e(
                "2026-05-20", "Katherine", DARWIN
            ),
            "Address to the Indian diaspora": _e("2026-05-21", "Darwin", DARWIN),
            "Meeting with Territory Generation": _e(None, "Darwin", DARWIN, "postponed"),
            "Return to India": _e("2026-05-22", None, KOLKATA),
        },
        "stops": [("Darwin", "2026-05-17", "2026-05-22")],
        "contacts": [
            ("Liam O'Connor", "", "General Manager", "Shivalik Fresh Foods", "host"),
            ("Sarah McKenzie", "", "Executive Director", "Investment Territory", "host"),
            ("Mark Ellison", "", "Vice-Chancellor", "Charles Darwin University", "host"),
            ("Brett Hollis", "", "President", "Northern Territory Mango Industry Association", "host"),
            ("Rajeev Negi", "", "Chairman", "Shivalik Fresh Foods", "delegation"),
            ("Jagat Singh Negi", "", "Horticulture Minister", "", "delegation"),
            ("Devesh Chauhan", "", "Secretary", "Horticulture Department", "delegation"),
        ],
    },
    # notice of Monday 26 October 2026: Thursday 29 October to Tuesday 3 November; NDT (UTC-2:30) until
    # the clocks go back on Sunday 1 November, NST (UTC-3:30) on Monday; Signal Hill cancelled; ACOA
    # has no date and no place, so no zone (Canada has several); Toronto a transit both ways
    "blind10_mixed_community_goa_canada": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Pramod Sawant",
        "year": 2026,
        "span": ("2026-10-29", "2026-11-03"),
        "engagements": {
            "Arrival in St. John's": _e(
                "2026-10-29", "St. John's", ST_JOHNS, start="2026-10-29T23:10:00-02:30"
            ),
            "Meeting with Fisheries and Marine Institute of Memorial University": _e(
                "2026-10-30", "St. John's", ST_JOHNS, start="2026-10-30T10:00:00-02:30"
            ),
            "Meeting with Department of Fisheries, Forestry and Agriculture": _e(
                "2026-10-30", "St. John's", ST_JOHNS
            ),
            "Address to the Indian diaspora": _e(
                "2026-10-31", "St. John's", ST_JOHNS, start="2026-10-31T18:30:00-02:30"
            ),
            "Visit to Signal Hill": _e("2026-11-01", "St. John's", ST_JOHNS, "cancelled"),
            "MoU signing with Memorial University of Newfoundland": _e(
                "2026-11-02", "St. John's", ST_JOHNS, start="2026-11-02T09:30:00-03:30"
            ),
            "Meeting with Canada's Ocean Supercluster": _e("2026-11-02", "St. John's", ST_JOHNS),
            "Meeting with Atlantic Canada Opportunities Agency (ACOA)": _e(None, None, None),
            "Return to India": _e("2026-11-03", None, KOLKATA),
        },
        "stops": [("St. John's", "2026-10-29", "2026-11-03")],
        "contacts": [
            (
                "Colleen Whelan",
                "",
                "Vice-President",
                "Fisheries and Marine Institute of Memorial University",
                "host",
            ),
            (
                "Gerald Power",
                "",
                "Deputy Minister",
                "Department of Fisheries, Forestry and Agriculture",
                "host",
            ),
            ("Heather Doyle", "", "President", "Memorial University of Newfoundland", "host"),
            ("Paul Kearley", "", "CEO", "Canada's Ocean Supercluster", "host"),
            ("Nilkanth Halarnkar", "", "Fisheries Minister", "", "delegation"),
            ("Meena Kamat", "", "Vice-Chancellor", "Goa University", "delegation"),
            ("Sandeep Naik", "", "Principal Secretary (Fisheries)", "", "delegation"),
        ],
    },
}
