"""Ninth blind round, part B (``blind9_en_*``, ``blind9_roman_*``): written by hand before any parse.

Ten fictional visits to countries no earlier article covers, in styles that differ from each other
and from the earlier rounds:

* a district newspaper's local angle (a Rajkot industrialist in the delegation), explicit dates with
  the year and weekdays, clock time ``10.30 am local time``, a meeting proposed with no date (Iran);
* a chamber of commerce newsletter (``Published 28 November 2026``), day headings ``9 November
  (Monday)`` without a year, a list of names after ``held talks with``, a roundtable called off, a
  ministry meeting postponed with no date (Iraq);
* a Q&A interview with the Principal Secretary dated ``Tuesday, 20 October 2026``: only weekdays
  (``on Thursday`` ... ``On Tuesday``), a day trip to Tripoli, the end of summer time on Sunday 25
  October, a diaspora address with no date, a central bank meeting dropped (Lebanon);
* an agency copy about a court petition on the trip's cost (``BENGALURU, Feb 3 (PTI)``, the year
  only in ``January 30, 2027``), the itinerary inside, a roundtable called off, a day trip to Nieuw
  Nickerie, a proposed meeting with no date (Suriname);
* a travel-desk note of flights and hotels, ``Sat 6 Mar 2027``, 24-hour clock times, a charter to
  Lethem and back, a rest day, a proposed meeting with no date (Guyana);
* the host government's media release (``Port of Spain, 2 December 2026 –``), ``Senator the
  Honourable``, a day trip to San Fernando, a night in Scarborough, a meeting being explored
  (Trinidad and Tobago);
* a Roman-script photo gallery's captions (``Photo 3/8``), a name given only in a caption, a meeting
  in Ocho Rios cancelled by rain (Jamaica);
* a Roman-script WhatsApp forward of a state cabinet decision approving the tour, ``Guruvaar 29
  October``, the end of Cuba's daylight saving on 1 November, a day trip to Mariel, a proposed
  meeting with no date, ``X ji, Y ke Vice Minister`` (Cuba);
* a Roman-script podcast episode summary: ``Daure ke doosre din``, ``Teesre din``, ``Agle din``,
  Bougainville one hour ahead of Port Moresby, a mine visit postponed and a meeting with no date in
  a country of two zones; ``mm:ss`` timestamps are no clock times (Papua New Guinea);
* a Roman-script live-updates post dated 26 March 2027 with ``kal (25 March)``, ``aaj``, ``kal
  (Shanivaar)``, and an ``Update`` correcting the IST equivalent after the start of summer time on
  28 March; a free-zone visit cancelled with no date, a day trip to Cricova (Moldova).

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names and zones GeoNames' zone
of the city.  Undated engagements carry the country's zone when the country has one zone, else none.
A visit's stops run from the day of arrival to the day of leaving; day trips are no stops.  A later
move is titled ``Departure for X``; the way home is ``Return to India`` with Asia/Kolkata.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

TEHRAN, BAGHDAD, BEIRUT, PARAMARIBO = "Asia/Tehran", "Asia/Baghdad", "Asia/Beirut", "America/Paramaribo"
GUYANA, PORT_OF_SPAIN, JAMAICA, HAVANA = (
    "America/Guyana",
    "America/Port_of_Spain",
    "America/Jamaica",
    "America/Havana",
)
MORESBY, BOUGAINVILLE, CHISINAU = "Pacific/Port_Moresby", "Pacific/Bougainville", "Europe/Chisinau"

BLIND9B: dict[str, dict[str, Any]] = {
    # explicit "16 November 2026" and weekdays; Tehran at UTC+3:30; the Chabahar meeting has no date
    "blind9_en_district_gj_iran": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Jagdish Vaghasiya",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-20"),
        "engagements": {
            "Arrival in Tehran": _e("2026-11-16", "Tehran", TEHRAN),
            "Meeting with Iran Chamber of Commerce, Industries, Mines and Agriculture (ICCIMA)": _e(
                "2026-11-17", "Tehran", TEHRAN, start="2026-11-17T10:30:00+03:30"
            ),
            "Investors' roundtable": _e("2026-11-17", "Tehran", TEHRAN),
            "Departure for Isfahan": _e("2026-11-18", "Isfahan", TEHRAN),
            "Visit to Mobarakeh Steel Company": _e("2026-11-18", "Isfahan", TEHRAN),
            "Meeting with Isfahan Science and Technology Town": _e("2026-11-19", "Isfahan", TEHRAN),
            "Meeting with Chabahar Free Zone Organization": _e(None, None, TEHRAN, "proposed"),
            "Return to India": _e("2026-11-20", None, KOLKATA),
        },
        "stops": [("Tehran", "2026-11-16", "2026-11-18"), ("Isfahan", "2026-11-18", "2026-11-20")],
        "contacts": [
            (
                "Reza Karimi",
                "",
                "Vice-President",
                "Iran Chamber of Commerce, Industries, Mines and Agriculture",
                "host",
            ),
            ("Hossein Tavakoli", "", "Managing Director", "Mobarakeh Steel Company", "host"),
            ("Dr. Leila Ahmadi", "", "President", "Isfahan Science and Technology Town", "host"),
            ("Rasikbhai Kotecha", "", "Chairman", "Kotecha Forgings", "delegation"),
            ("Mamta Desai", "", "Principal Secretary (Industries and Mines)", "", "delegation"),
        ],
    },
    # newsletter published 28 November 2026; headings "9 November (Monday)" take its year; the
    # roundtable of the 11th called off; the agriculture ministry meeting postponed with no date
    "blind9_en_chamber_pb_iraq": {
        "published": dt.date(2026, 11, 28),
        "language": "en",
        "head": "Industries Minister Gurmeet Singh Bhullar",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "engagements": {
            "Arrival in Baghdad": _e("2026-11-09", "Baghdad", BAGHDAD),
            "Meeting with Federation of Iraqi Chambers of Commerce": _e("2026-11-10", "Baghdad", BAGHDAD),
            "MoU signing with National Investment Commission": _e(
                "2026-11-10", "Baghdad", BAGHDAD, start="2026-11-10T16:00:00+03:00"
            ),
            "Investors' roundtable": _e("2026-11-11", "Baghdad", BAGHDAD, "cancelled"),
            "Departure for Erbil": _e("2026-11-11", "Erbil", BAGHDAD),
            "Meeting with Kurdistan Board of Investment": _e(
                "2026-11-12", "Erbil", BAGHDAD, start="2026-11-12T11:00:00+03:00"
            ),
            "Meeting with Iraqi Ministry of Agriculture": _e(None, None, BAGHDAD, "postponed"),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Baghdad", "2026-11-09", "2026-11-11"), ("Erbil", "2026-11-11", "2026-11-13")],
        "contacts": [
            ("Ahmed Al-Saadi", "", "", "Federation of Iraqi Chambers of Commerce", "host"),
            ("Haider Jasim", "", "", "Federation of Iraqi Chambers of Commerce", "host"),
            ("Noor Abdulrahman", "", "", "Federation of Iraqi Chambers of Commerce", "host"),
            ("Dr. Sarmad Hussain", "", "Chairman", "National Investment Commission", "host"),
            ("Dilshad Rasul", "", "Chairman", "Kurdistan Board of Investment", "host"),
            ("Amarjit Kaur Sidhu", "", "Secretary (Industries and Commerce)", "", "delegation"),
            ("Harpreet Singh Walia", "", "Chairman", "Punjab Chamber of Industry and Commerce", "delegation"),
        ],
    },
    # dated Tuesday 20 October 2026: Thursday = 22, Friday = 23, Saturday = 24, Sunday = 25 (summer
    # time ends: UTC+3 before, UTC+2 after), Monday = 26, Tuesday = 27; Tripoli is a day trip; the
    # diaspora address has no date; the Banque du Liban meeting was dropped, no date
    "blind9_en_interview_mh_lebanon": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Vikrant Deshmukh",
        "year": 2026,
        "span": ("2026-10-22", "2026-10-27"),
        "engagements": {
            "Arrival in Beirut": _e("2026-10-22", "Beirut", BEIRUT),
            "Meeting with Investment Development Authority of Lebanon (IDAL)": _e(
                "2026-10-23", "Beirut", BEIRUT, start="2026-10-23T11:00:00+03:00"
            ),
            "Visit to Port of Beirut": _e("2026-10-24", "Beirut", BEIRUT),
            "Visit to Tripoli Special Economic Zone": _e("2026-10-25", "Tripoli", BEIRUT),
            "Investors' roundtable": _e("2026-10-26", "Beirut", BEIRUT, start="2026-10-26T10:00:00+02:00"),
            "Address to the Indian diaspora": _e(None, None, BEIRUT),
            "Meeting with Banque du Liban": _e(None, None, BEIRUT, "cancelled"),
            "Return to India": _e("2026-10-27", None, KOLKATA),
        },
        "stops": [("Beirut", "2026-10-22", "2026-10-27")],
        "contacts": [
            ("Marwan Haddad", "", "Chairman", "Investment Development Authority of Lebanon", "host"),
            ("Ms. Rania Khoury", "", "Director General", "Tripoli Special Economic Zone", "host"),
            ("Pradeep Kulkarni", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Smita Joshi", "", "CEO", "MIDC", "delegation"),
        ],
    },
    # dateline "Feb 3 (PTI)" without a year; the year from "January 30, 2027"; February 15-19, 2027;
    # Nieuw Nickerie is a day trip; the roundtable of the 17th called off; the Business Forum
    # meeting proposed with no date
    "blind9_en_costrow_ka_suriname": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister K. Ramesh Gowda",
        "year": 2027,
        "span": ("2027-02-15", "2027-02-19"),
        "engagements": {
            "Arrival in Paramaribo": _e("2027-02-15", "Paramaribo", PARAMARIBO),
            "Meeting with Investment and Development Corporation Suriname (InvestSur)": _e(
                "2027-02-16", "Paramaribo", PARAMARIBO, start="2027-02-16T10:00:00-03:00"
            ),
            "Meeting with Staatsolie": _e("2027-02-16", "Paramaribo", PARAMARIBO),
            "Address to the Indian diaspora": _e(
                "2027-02-17", "Paramaribo", PARAMARIBO, start="2027-02-17T19:00:00-03:00"
            ),
            "Investors' roundtable": _e("2027-02-17", "Paramaribo", PARAMARIBO, "cancelled"),
            "Visit to Anne van Dijk Rice Research Centre": _e("2027-02-18", "Nieuw Nickerie", PARAMARIBO),
            "Meeting with Suriname Business Forum": _e(None, None, PARAMARIBO, "proposed"),
            "Return to India": _e("2027-02-19", None, KOLKATA),
        },
        "stops": [("Paramaribo", "2027-02-15", "2027-02-19")],
        "contacts": [
            (
                "Henk Wijngaarde",
                "",
                "Managing Director",
                "Investment and Development Corporation Suriname",
                "host",
            ),
            ("Anand Ramlakhan", "", "Chief Executive", "Staatsolie", "host"),
            ("Lakshmi Narayan", "", "Additional Chief Secretary (Commerce and Industries)", "", "delegation"),
        ],
    },
    # note issued 24 February 2027; "Sat 6 Mar 2027" ... "Thu 11 Mar 2027"; Guyana at UTC-4 all
    # year; Lethem one night; the return flight has no time; the PSC meeting proposed with no date
    "blind9_en_traveldesk_tn_guyana": {
        "published": None,
        "language": "en",
        "head": "Industries Minister S. Kalaiselvan",
        "year": 2027,
        "span": ("2027-03-06", "2027-03-11"),
        "engagements": {
            "Arrival in Georgetown": _e(
                "2027-03-06", "Georgetown", GUYANA, start="2027-03-06T14:25:00-04:00"
            ),
            "Meeting with Guyana Office for Investment (GO-Invest)": _e(
                "2027-03-08", "Georgetown", GUYANA, start="2027-03-08T10:00:00-04:00"
            ),
            "Address to the Indian diaspora": _e(
                "2027-03-08", "Georgetown", GUYANA, start="2027-03-08T18:30:00-04:00"
            ),
            "Departure for Lethem": _e("2027-03-09", "Lethem", GUYANA, start="2027-03-09T07:30:00-04:00"),
            "Visit to Lethem Industrial Estate": _e(
                "2027-03-09", "Lethem", GUYANA, start="2027-03-09T11:00:00-04:00"
            ),
            "Departure for Georgetown": _e(
                "2027-03-10", "Georgetown", GUYANA, start="2027-03-10T08:00:00-04:00"
            ),
            "Meeting with Guyana Energy Agency": _e(
                "2027-03-10", "Georgetown", GUYANA, start="2027-03-10T15:00:00-04:00"
            ),
            "Meeting with Private Sector Commission of Guyana": _e(None, None, GUYANA, "proposed"),
            "Return to India": _e("2027-03-11", None, KOLKATA),
        },
        "stops": [
            ("Georgetown", "2027-03-06", "2027-03-09"),
            ("Lethem", "2027-03-09", "2027-03-10"),
            ("Georgetown", "2027-03-10", "2027-03-11"),
        ],
        "contacts": [
            ("Dr. Natasha Persaud", "", "Chief Executive Officer", "Guyana Office for Investment", "host"),
            ("Clement Melville", "", "Regional Chairman", "Region Nine", "host"),
            ("Mahesh Doobay", "", "Head", "Guyana Energy Agency", "host"),
            ("V. Arunachalam", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Deepa Sundaram", "", "Managing Director", "Guidance Tamil Nadu", "delegation"),
        ],
    },
    # release dated 2 December 2026: Monday 7 to Friday 11 December; San Fernando is a day trip; one
    # night in Scarborough; the Energy Chamber meeting "being explored" has no date
    "blind9_en_hostrelease_ap_trinidad": {
        "published": None,
        "language": "en",
        "head": "Industries and Commerce Minister Kondapalli Venkata Rao",
        "year": 2026,
        "span": ("2026-12-07", "2026-12-11"),
        "engagements": {
            "Arrival in Port of Spain": _e("2026-12-07", "Port of Spain", PORT_OF_SPAIN),
            "Meeting with Ministry of Trade and Industry": _e(
                "2026-12-08", "Port of Spain", PORT_OF_SPAIN, start="2026-12-08T09:00:00-04:00"
            ),
            "Meeting with InvesTT": _e(
                "2026-12-08", "Port of Spain", PORT_OF_SPAIN, start="2026-12-08T14:00:00-04:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-12-09", "San Fernando", PORT_OF_SPAIN, start="2026-12-09T18:00:00-04:00"
            ),
            "Departure for Scarborough": _e("2026-12-10", "Scarborough", PORT_OF_SPAIN),
            "Meeting with Tobago House of Assembly": _e("2026-12-10", "Scarborough", PORT_OF_SPAIN),
            "Meeting with Energy Chamber of Trinidad and Tobago": _e(None, None, PORT_OF_SPAIN, "proposed"),
            "Return to India": _e("2026-12-11", None, KOLKATA),
        },
        "stops": [("Port of Spain", "2026-12-07", "2026-12-10"), ("Scarborough", "2026-12-10", "2026-12-11")],
        "contacts": [
            ("Marisa Baptiste", "", "Minister of Trade and Industry", "", "host"),
            ("Kevin Ramcharan", "", "President", "InvesTT", "host"),
            ("Darnell Joseph", "", "Chief Secretary", "Tobago House of Assembly", "host"),
            ("Sravani Reddy", "", "Special Chief Secretary (Industries)", "", "delegation"),
        ],
    },
    # "Posted: 15 Jan 2027"; captions "11 January (Somvaar)" ... "15 January"; Prof. Whyte only in a
    # caption; the Ocho Rios meeting of the 14th cancelled (rain)
    "blind9_roman_captions_up_jamaica": {
        "published": None,
        "language": "hi",
        "head": "Tourism Minister Rakesh Tripathi",
        "year": 2027,
        "span": ("2027-01-11", "2027-01-15"),
        "engagements": {
            "Arrival in Kingston": _e("2027-01-11", "Kingston", JAMAICA),
            "Meeting with JAMPRO": _e("2027-01-12", "Kingston", JAMAICA),
            "Address to the Indian diaspora": _e(
                "2027-01-12", "Kingston", JAMAICA, start="2027-01-12T19:00:00-05:00"
            ),
            "MoU signing with University of the West Indies": _e("2027-01-13", "Kingston", JAMAICA),
            "Departure for Montego Bay": _e("2027-01-13", "Montego Bay", JAMAICA),
            "Visit to Montego Bay Free Zone": _e("2027-01-14", "Montego Bay", JAMAICA),
            "Meeting with Jamaica Hotel and Tourist Association": _e(
                "2027-01-14", "Ocho Rios", JAMAICA, "cancelled"
            ),
            "Return to India": _e("2027-01-15", None, KOLKATA),
        },
        "stops": [("Kingston", "2027-01-11", "2027-01-13"), ("Montego Bay", "2027-01-13", "2027-01-15")],
        "contacts": [
            ("Ms. Camille Grant", "", "President", "JAMPRO", "host"),
            ("Prof. Andrew Whyte", "", "Principal", "University of the West Indies", "host"),
            ("Dwayne Bennett", "", "General Manager", "Montego Bay Free Zone", "host"),
            ("Nigel Campbell", "", "President", "Jamaica Hotel and Tourist Association", "host"),
            ("Anjali Srivastava", "", "Principal Secretary (Tourism)", "", "delegation"),
        ],
    },
    # cabinet meeting of 20 October 2026: Guruvaar 29 October to Mangalvaar 3 November; Havana at
    # UTC-4 until daylight saving ends on 1 November, UTC-5 after; Mariel is a day trip; the Chamber
    # meeting proposed with no date
    "blind9_roman_cabinet_wb_cuba": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Subrata Ghosh",
        "year": 2026,
        "span": ("2026-10-29", "2026-11-03"),
        "engagements": {
            "Arrival in Havana": _e("2026-10-29", "Havana", HAVANA, start="2026-10-29T18:00:00-04:00"),
            "Meeting with Ministry of Foreign Trade and Foreign Investment (MINCEX)": _e(
                "2026-10-30", "Havana", HAVANA, start="2026-10-30T10:00:00-04:00"
            ),
            "Visit to Center for Genetic Engineering and Biotechnology (CIGB)": _e(
                "2026-10-30", "Havana", HAVANA
            ),
            "Visit to Mariel Special Development Zone": _e("2026-10-31", "Mariel", HAVANA),
            "Meeting with BioCubaFarma": _e(
                "2026-11-02", "Havana", HAVANA, start="2026-11-02T11:00:00-05:00"
            ),
            "Meeting with Cuban Chamber of Commerce": _e(None, None, HAVANA, "proposed"),
            "Return to India": _e("2026-11-03", None, KOLKATA),
        },
        "stops": [("Havana", "2026-10-29", "2026-11-03")],
        "contacts": [
            (
                "Jorge Luis Pérez",
                "",
                "Vice Minister",
                "Ministry of Foreign Trade and Foreign Investment",
                "host",
            ),
            ("Dr. Ernesto Valdés", "", "President", "BioCubaFarma", "host"),
            ("Debasish Mitra", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Sunanda Basu", "", "Managing Director", "WBIDC", "delegation"),
        ],
    },
    # episode of 8 February 2027: 1 February arrival, "doosra din" = 2, "Teesre din" = 3, "Agle din"
    # = 4, 5 February to Buka (Pacific/Bougainville, UTC+11), 6 February home; Ok Tedi postponed and
    # Kumul Petroleum undated: no zone (two zones)
    "blind9_roman_podcast_od_png": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Pradeep Kumar Behera",
        "year": 2027,
        "span": ("2027-02-01", "2027-02-06"),
        "engagements": {
            "Arrival in Port Moresby": _e("2027-02-01", "Port Moresby", MORESBY),
            "Meeting with Investment Promotion Authority (IPA)": _e("2027-02-02", "Port Moresby", MORESBY),
            "Address to the Indian diaspora": _e("2027-02-02", "Port Moresby", MORESBY),
            "Departure for Lae": _e("2027-02-03", "Lae", MORESBY),
            "Visit to Port of Lae": _e("2027-02-03", "Lae", MORESBY),
            "Meeting with Lae Chamber of Commerce and Industry": _e("2027-02-04", "Lae", MORESBY),
            "Departure for Buka": _e("2027-02-05", "Buka", BOUGAINVILLE),
            "Meeting with Autonomous Bougainville Government": _e(
                "2027-02-05", "Buka", BOUGAINVILLE, start="2027-02-05T10:00:00+11:00"
            ),
            "Visit to Ok Tedi Mine": _e(None, None, None, "postponed"),
            "Meeting with Kumul Petroleum": _e(None, None, None),
            "Return to India": _e("2027-02-06", None, KOLKATA),
        },
        "stops": [
            ("Port Moresby", "2027-02-01", "2027-02-03"),
            ("Lae", "2027-02-03", "2027-02-05"),
            ("Buka", "2027-02-05", "2027-02-06"),
        ],
        "contacts": [
            ("Thomas Wari", "", "Managing Director", "Investment Promotion Authority", "host"),
            ("Ms. Grace Namaliu", "", "President", "Lae Chamber of Commerce and Industry", "host"),
            ("Hon. Martin Siro", "", "Commerce Minister", "Autonomous Bougainville Government", "host"),
            ("Sasmita Mohanty", "", "Commissioner-cum-Secretary (Industries)", "", "delegation"),
        ],
    },
    # post of 26 March 2027 (Friday): kal (25 March) = arrival, aaj = 26, kal (Shanivaar) = 27,
    # Somvaar 29 March at 10:00 UTC+3 (summer time from 28 March; the Update corrects only the IST
    # equivalent), Mangalvaar 30 March home; Cricova is a day trip; Ungheni cancelled with no date
    "blind9_roman_tzfix_hr_moldova": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sukhbir Dahiya",
        "year": 2027,
        "span": ("2027-03-25", "2027-03-30"),
        "engagements": {
            "Arrival in Chisinau": _e("2027-03-25", "Chisinau", CHISINAU),
            "Meeting with Moldova Investment Agency": _e(
                "2027-03-26", "Chisinau", CHISINAU, start="2027-03-26T11:00:00+02:00"
            ),
            "Address to the Indian diaspora": _e(
                "2027-03-26", "Chisinau", CHISINAU, start="2027-03-26T18:00:00+02:00"
            ),
            "Visit to Cricova winery": _e("2027-03-27", "Cricova", CHISINAU),
            "Visit to Ungheni Free Economic Zone": _e(None, None, CHISINAU, "cancelled"),
            "Meeting with Chamber of Commerce and Industry of the Republic of Moldova": _e(
                "2027-03-29", "Chisinau", CHISINAU, start="2027-03-29T10:00:00+03:00"
            ),
            "Return to India": _e("2027-03-30", None, KOLKATA),
        },
        "stops": [("Chisinau", "2027-03-25", "2027-03-30")],
        "contacts": [
            ("Ion Rusu", "", "Director General", "Moldova Investment Agency", "host"),
            (
                "Vasile Moraru",
                "",
                "President",
                "Chamber of Commerce and Industry of the Republic of Moldova",
                "host",
            ),
            ("Dorin Ciobanu", "", "General Director", "Cricova", "host"),
            ("Anurag Khattar", "", "ACS (Industries)", "", "delegation"),
        ],
    },
}

__all__ = ["BLIND9B"]
