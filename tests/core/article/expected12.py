"""Expected visits for the twelfth blind round, part A (``blind12_hi_*``, ``blind12_mixed_*``): written
by hand before any parse.

Ten fictional visits to countries no earlier blind round covers, five in Devanagari Hindi with Latin
names inside and five in mixed script (Devanagari Hindi with many English words and Latin names), in
styles no earlier round used:

* a minister's own blog post (``प्रकाशित: 14 नवंबर 2026``) told in the first person: a clock time in
  local time, a night in Maradi and back to Niamey, a leather cooperative in Agadez cancelled for
  security, a ministry meeting whose date the diary lacks, a change of flight in Casablanca and a
  partner's head office in Dakar as decoy places, Kanpur and Agra as home cities (Niger);
* a Hindi daily's city-page brief (``रायपुर, शुक्रवार, 4 दिसंबर`` with no year, publication date
  given) whose trip is told only in weekdays (शनिवार to बुधवार of the week before), a move to Moundou
  and back, a breeders' meeting in Abéché put off with no date, Bhilai and Korba and an unrelated
  city item as decoys (Chad);
* a news agency's flash items in a row whose ``hh:mm IST`` stamps are release times, not engagement
  times, one local arrival time, an unrelated Surat flash, a port visit called off ``आज``, a change
  of flight in Panama, an undated meeting (Nicaragua);
* a corrections-and-clarifications note (``भूल-सुधार``) listing the wrong facts of an earlier report
  next to the right ones: a day trip to Santa Ana on the 10th (not the 9th), an MoU on the 9th at
  5 pm local time (not the 11th), a port visit postponed (not cancelled) with no new date, a name
  corrected (Patricia Rosales, not Morales), a Pune businessman who was not in the delegation (El
  Salvador);
* a timeline infographic's text (``● 27 मार्च, शुक्रवार | 10:00``) across the start of summer time on
  Sunday 29 March (UTC+1, then UTC+2), a local time with IST, a day trip to Canillo, a ministry meeting
  cancelled at the host's request, a rest day, an undated meeting, a road from Barcelona that is no
  stop (Andorra);
* a chamber's member circular with RSVP (``Circular No. TEF/2027/041``) announcing the programme
  ``Thu 11 March`` ... ``Tue 16 March`` in local time across the start of daylight saving in Haiti on
  Sunday 14 March (UTC-5, then UTC-4), ``Mme``/``Mr.`` before names, a proposed meeting with no date,
  Miami as transit; the RSVP secretary and the forum office in Tiruppur are decoys (Haiti);
* a trade magazine's Q&A interview in mixed script under an ``अगस्त 2026 अंक`` masthead: ``20 July``,
  ``अगले दिन``, ``Day 3``, a roundtable at ``10 बजे local time``, a timber visit in Mongomo cancelled,
  an undated chamber meeting, ``Don`` before a name, a partner's head office in Houston and a change of
  flight in Addis Ababa as decoys (Equatorial Guinea);
* a ``5 बातें जो आपको जाननी चाहिए`` explainer with an ``Updated: 08 Sep 2026, 06:10 PM IST`` line,
  days as ``Sun 6`` ... ``Fri 11``, ``आज`` (Tuesday 8) with a local time and IST, the future moves to
  Mutsamudu and back, a Mohéli trip cancelled, a proposed meeting with no date, Nairobi as transit,
  Idukki and Wayanad as decoys (Comoros);
* an airport arrival press note (``Manohar International Airport, Mopa | जारी: 19.01.2027, 10:15
  बजे``) after the return: the note's own time and the arrival at Goa are no engagements, ``18
  January`` the day of leaving Bissau, a change of flight in Lisbon, a night in Bafatá, an MoU at
  11 am local time with IST (UTC+0), a landing-centre visit cancelled by the sea, an undated meeting,
  Rotterdam, Panaji and Vasco as decoys (Guinea-Bissau);
* a university's news page about an MoU (``Posted on: 28 October 2026``) with the visit as ``Thu 22
  Oct`` ... ``Tue 27 Oct`` across the end of summer time on Sunday 25 October (UTC+2, then UTC+1), a
  day trip to Rimini in Italy (another country's zone), Bologna as a landing place and a university's
  seat that is no stop, a meeting postponed with no new date; Nalanda, Vikramshila and Patna as
  decoys (San Marino).

Same shape as ``expected.BLIND2``.  Conventions as in ``expected7`` and ``expected11``: city names are
GeoNames' English names and zones GeoNames' zone of the city.  Undated engagements carry the
country's zone when the country has one zone (all ten countries have one).  A visit's stops run from
the day of arrival to the day of leaving; day trips are no stops, and neither are transit halts or
changes of flight.  Mixed-script articles are ``"hi"``.  A later move is titled ``Departure for X``;
the way home is ``Return to India`` with Asia/Kolkata and no start, on the day of leaving the
country.  A cancelled engagement keeps its planned date; a postponed or proposed one with no new date
has none.  ``Mr.``, ``Ms.``, ``Mme`` and ``Don`` before a name are dropped (as ``Herr``/``Madame`` in
``expected4``); ``Dr.`` and ``Prof.`` are kept.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

NIAMEY, NDJAMENA, MANAGUA, SAN_SALVADOR = (
    "Africa/Niamey",
    "Africa/Ndjamena",
    "America/Managua",
    "America/El_Salvador",
)
ANDORRA, PORT_AU_PRINCE, MALABO, COMORO = (
    "Europe/Andorra",
    "America/Port-au-Prince",
    "Africa/Malabo",
    "Indian/Comoro",
)
BISSAU, SAN_MARINO, ROME = "Africa/Bissau", "Europe/San_Marino", "Europe/Rome"

BLIND12: dict[str, dict[str, Any]] = {
    # blog of 14 November 2026: Sunday 8 to Friday 13 November; CCIN at 10:00 UTC+1 on the 9th; a
    # night in Maradi; the Agadez cooperative cancelled on the 12th; the ministry meeting has no date;
    # Casablanca a change of flight, Dakar a head office, Kanpur and Agra home cities
    "blind12_hi_blog_up_niger": {
        "published": None,
        "language": "hi",
        "head": "MSME Minister Rakesh Tripathi",
        "year": 2026,
        "span": ("2026-11-08", "2026-11-13"),
        "engagements": {
            "Arrival in Niamey": _e("2026-11-08", "Niamey", NIAMEY),
            "Meeting with Chamber of Commerce and Industry of Niger (CCIN)": _e(
                "2026-11-09", "Niamey", NIAMEY, start="2026-11-09T10:00:00+01:00"
            ),
            "Address to the Indian diaspora": _e("2026-11-09", "Niamey", NIAMEY),
            "Departure for Maradi": _e("2026-11-10", "Maradi", NIAMEY),
            "Visit to Sahel Arachide": _e("2026-11-10", "Maradi", NIAMEY),
            "Departure for Niamey": _e("2026-11-11", "Niamey", NIAMEY),
            "MoU signing with Abdou Moumouni University": _e("2026-11-11", "Niamey", NIAMEY),
            "Meeting with Ministry of Commerce and Private Sector Promotion": _e(None, None, NIAMEY),
            "Visit to Agadez Leather Artisans' Cooperative": _e("2026-11-12", "Agadez", NIAMEY, "cancelled"),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [
            ("Niamey", "2026-11-08", "2026-11-10"),
            ("Maradi", "2026-11-10", "2026-11-11"),
            ("Niamey", "2026-11-11", "2026-11-13"),
        ],
        "contacts": [
            ("Moussa Hamani", "", "President", "Chamber of Commerce and Industry of Niger", "host"),
            ("Ibrahim Garba", "", "Managing Director", "Sahel Arachide", "host"),
            ("Prof. Aïssata Hama", "", "Rector", "Abdou Moumouni University", "host"),
            ("Anil Kumar Sagar", "अनिल कुमार सागर", "Principal Secretary (MSME)", "", "delegation"),
            ("Irfan Qureshi", "इरफ़ान कुरैशी", "Director", "Qureshi Tanners", "delegation"),
        ],
    },
    # city page of Friday 4 December (2026, publication date given), no year in the text: शनिवार = 28
    # November, रविवार = 29, सोमवार = 30 (Moundou), मंगलवार = 1 December (back, ANIE), बुधवार = 2 (home);
    # the Abéché meeting put off with no date; Bhilai, Korba, Rajnandgaon and Telibandha are decoys
    "blind12_hi_citypage_cg_chad": {
        "published": dt.date(2026, 12, 4),
        "language": "hi",
        "head": "Industries Minister Dinesh Sahu",
        "year": None,
        "span": ("2026-11-28", "2026-12-02"),
        "engagements": {
            "Arrival in N'Djamena": _e("2026-11-28", "N'Djamena", NDJAMENA),
            "Meeting with Chamber of Commerce, Industry, Agriculture, Mines and Crafts (CCIAMA)": _e(
                "2026-11-29", "N'Djamena", NDJAMENA
            ),
            "Departure for Moundou": _e("2026-11-30", "Moundou", NDJAMENA),
            "Visit to CotonTchad": _e("2026-11-30", "Moundou", NDJAMENA),
            "Departure for N'Djamena": _e("2026-12-01", "N'Djamena", NDJAMENA),
            "MoU signing with National Agency for Investment and Exports (ANIE)": _e(
                "2026-12-01", "N'Djamena", NDJAMENA
            ),
            "Meeting with National Federation of Livestock Breeders": _e(
                None, "Abéché", NDJAMENA, "postponed"
            ),
            "Return to India": _e("2026-12-02", None, KOLKATA),
        },
        "stops": [
            ("N'Djamena", "2026-11-28", "2026-11-30"),
            ("Moundou", "2026-11-30", "2026-12-01"),
            ("N'Djamena", "2026-12-01", "2026-12-02"),
        ],
        "contacts": [
            (
                "Mahamat Saleh Abakar",
                "",
                "President",
                "Chamber of Commerce, Industry, Agriculture, Mines and Crafts",
                "host",
            ),
            ("Brahim Djibrine", "", "Director General", "CotonTchad", "host"),
            (
                "Achta Mahamat Nour",
                "",
                "Director General",
                "National Agency for Investment and Exports",
                "host",
            ),
            ("Neeraj Pandey", "नीरज पांडे", "Industries Secretary", "", "delegation"),
            ("Sudhir Verma", "सुधीर वर्मा", "Managing Director", "CSIDC", "delegation"),
        ],
    },
    # flashes of 22-26 February 2027 stamped in IST (release times, UTC-6 is 11:30 behind): the landing
    # at 9:45 local on the 22nd; MAG on the 23rd; CADIN the evening of the 23rd; León from the 24th;
    # Corinto called off "आज" (25th); home from León on the 26th via Panama (a change of flight); INTA
    # has no date; the Surat flash is a decoy
    "blind12_hi_flash_gj_nicaragua": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Hasmukh Vekariya",
        "year": 2027,
        "span": ("2027-02-22", "2027-02-26"),
        "engagements": {
            "Arrival in Managua": _e("2027-02-22", "Managua", MANAGUA, start="2027-02-22T09:45:00-06:00"),
            "Meeting with Ministry of Agriculture (MAG)": _e("2027-02-23", "Managua", MANAGUA),
            "Meeting with Chamber of Industries of Nicaragua (CADIN)": _e("2027-02-23", "Managua", MANAGUA),
            "Departure for León": _e("2027-02-24", "León", MANAGUA),
            "Visit to Cosecha Dorada": _e("2027-02-24", "León", MANAGUA),
            "Visit to Port of Corinto": _e("2027-02-25", "Corinto", MANAGUA, "cancelled"),
            "MoU signing with National Autonomous University of Nicaragua, León (UNAN-León)": _e(
                "2027-02-25", "León", MANAGUA
            ),
            "Meeting with Nicaraguan Institute of Agricultural Technology (INTA)": _e(None, None, MANAGUA),
            "Return to India": _e("2027-02-26", None, KOLKATA),
        },
        "stops": [("Managua", "2027-02-22", "2027-02-24"), ("León", "2027-02-24", "2027-02-26")],
        "contacts": [
            ("Isidro Rivas", "", "Minister", "Ministry of Agriculture", "host"),
            ("Mario Zelaya", "", "President", "Chamber of Industries of Nicaragua", "host"),
            ("Ernesto Lacayo", "", "Managing Director", "Cosecha Dorada", "host"),
            (
                "Dr. Gloria Montenegro",
                "",
                "Rector",
                "National Autonomous University of Nicaragua, León",
                "host",
            ),
            ("Bhavna Trivedi", "भावना त्रिवेदी", "Additional Chief Secretary (Agriculture)", "", "delegation"),
        ],
    },
    # correction of Wednesday 17 June 2026: the corrected facts count, the wrong ones (Santa Ana on the
    # 9th, PROESA on the 11th, Acajutla cancelled, "Patricia Morales", the Pune businessman) do not;
    # Santa Ana is a day trip; PROESA at 17:00 UTC-6 on the 9th; Acajutla postponed with no new date
    "blind12_hi_correction_mh_elsalvador": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sanjay Bhosale",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-13"),
        "engagements": {
            "Arrival in San Salvador": _e("2026-06-08", "San Salvador", SAN_SALVADOR),
            "MoU signing with Export and Investment Promotion Agency of El Salvador (PROESA)": _e(
                "2026-06-09", "San Salvador", SAN_SALVADOR, start="2026-06-09T17:00:00-06:00"
            ),
            "Visit to Los Izalcos Coffee Cooperative": _e("2026-06-10", "Santa Ana", SAN_SALVADOR),
            "Meeting with Chamber of Commerce and Industry of El Salvador (CAMARASAL)": _e(
                "2026-06-11", "San Salvador", SAN_SALVADOR
            ),
            "Investors' roundtable": _e("2026-06-12", "San Salvador", SAN_SALVADOR),
            "Visit to Port of Acajutla": _e(None, "Acajutla", SAN_SALVADOR, "postponed"),
            "Return to India": _e("2026-06-13", None, KOLKATA),
        },
        "stops": [("San Salvador", "2026-06-08", "2026-06-13")],
        "contacts": [
            ("Óscar Alfaro", "", "Manager", "Los Izalcos Coffee Cooperative", "host"),
            (
                "Ricardo Menjívar",
                "",
                "President",
                "Export and Investment Promotion Agency of El Salvador",
                "host",
            ),
            ("Patricia Rosales", "", "President", "Chamber of Commerce and Industry of El Salvador", "host"),
            ("Dr. Prakash Kale", "डॉ. प्रकाश काळे", "Industries Secretary", "", "delegation"),
        ],
    },
    # timeline 26-31 March 2026, local times: UTC+1 until the night of Sunday 29 March, UTC+2 after
    # (11:00 on the 30th is 14:30 IST); Canillo is a day trip; the ministry meeting in Andorra la Vella
    # cancelled on the 28th; Barcelona is a landing place, no stop; the commerce association has no date
    "blind12_hi_timeline_pb_andorra": {
        "published": None,
        "language": "hi",
        "head": "Tourism Minister Harjot Singh Dhillon",
        "year": 2026,
        "span": ("2026-03-26", "2026-03-31"),
        "engagements": {
            "Arrival in Andorra la Vella": _e(
                "2026-03-26", "Andorra la Vella", ANDORRA, start="2026-03-26T21:00:00+01:00"
            ),
            "Meeting with Andorra Business": _e(
                "2026-03-27", "Andorra la Vella", ANDORRA, start="2026-03-27T10:00:00+01:00"
            ),
            "Meeting with Andorra Turisme": _e(
                "2026-03-27", "Andorra la Vella", ANDORRA, start="2026-03-27T16:30:00+01:00"
            ),
            "Visit to Grandvalira": _e("2026-03-28", "Canillo", ANDORRA),
            "Meeting with Ministry of Tourism": _e("2026-03-28", "Andorra la Vella", ANDORRA, "cancelled"),
            "MoU signing with Chamber of Commerce, Industry and Services of Andorra (CCIS)": _e(
                "2026-03-30", "Andorra la Vella", ANDORRA, start="2026-03-30T11:00:00+02:00"
            ),
            "Meeting with Andorran Commerce Association": _e(None, None, ANDORRA),
            "Return to India": _e("2026-03-31", None, KOLKATA),
        },
        "stops": [("Andorra la Vella", "2026-03-26", "2026-03-31")],
        "contacts": [
            ("Marc Vilaró", "", "CEO", "Andorra Business", "host"),
            ("Núria Pujol", "", "Director", "Andorra Turisme", "host"),
            (
                "Jordi Casals",
                "",
                "President",
                "Chamber of Commerce, Industry and Services of Andorra",
                "host",
            ),
            ("Amritpal Kaur", "अमृतपाल कौर", "Director (Tourism)", "", "delegation"),
        ],
    },
    # circular of 2 March 2027, the programme in local time: UTC-5 until 2 am on Sunday 14 March, UTC-4
    # after; Cap-Haïtien from the 13th to the 15th; the ministry meeting proposed with no date; Miami a
    # change of flight; the RSVP secretary is no contact
    "blind12_mixed_circular_tn_haiti": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister K. Senthilvelan",
        "year": 2027,
        "span": ("2027-03-11", "2027-03-16"),
        "engagements": {
            "Arrival in Port-au-Prince": _e(
                "2027-03-11", "Port-au-Prince", PORT_AU_PRINCE, start="2027-03-11T14:20:00-05:00"
            ),
            "Meeting with Centre for Facilitation of Investments (CFI)": _e(
                "2027-03-12", "Port-au-Prince", PORT_AU_PRINCE, start="2027-03-12T10:00:00-05:00"
            ),
            "Visit to SONAPI Industrial Park": _e("2027-03-12", "Port-au-Prince", PORT_AU_PRINCE),
            "Departure for Cap-Haïtien": _e("2027-03-13", "Cap-Haïtien", PORT_AU_PRINCE),
            "Visit to Nord Apparel SA": _e("2027-03-13", "Cap-Haïtien", PORT_AU_PRINCE),
            "Meeting with North Chamber of Commerce and Industry": _e(
                "2027-03-14", "Cap-Haïtien", PORT_AU_PRINCE, start="2027-03-14T12:00:00-04:00"
            ),
            "Departure for Port-au-Prince": _e("2027-03-15", "Port-au-Prince", PORT_AU_PRINCE),
            "MoU signing with Association of Haitian Industries (ADIH)": _e(
                "2027-03-15", "Port-au-Prince", PORT_AU_PRINCE, start="2027-03-15T16:00:00-04:00"
            ),
            "Meeting with Ministry of Commerce and Industry": _e(None, None, PORT_AU_PRINCE, "proposed"),
            "Return to India": _e("2027-03-16", None, KOLKATA),
        },
        "stops": [
            ("Port-au-Prince", "2027-03-11", "2027-03-13"),
            ("Cap-Haïtien", "2027-03-13", "2027-03-15"),
            ("Port-au-Prince", "2027-03-15", "2027-03-16"),
        ],
        "contacts": [
            ("Guerline Étienne", "", "Director General", "Centre for Facilitation of Investments", "host"),
            ("Jean-Robert Pierre-Louis", "", "Managing Director", "Nord Apparel SA", "host"),
            ("Frantz Bazile", "", "President", "Association of Haitian Industries", "host"),
            ("S. Palanisamy", "", "President", "Tiruppur Exporters' Forum", "delegation"),
            ("Archana Subramanian", "", "Industries Secretary", "", "delegation"),
        ],
    },
    # interview in the August 2026 issue: 20 July (Monday) to 25 July; अगले दिन = 21; Day 3 = 22 (Bata);
    # the roundtable at 10:00 UTC+1 on the 23rd; Mongomo cancelled the same day; back to Malabo on the
    # 24th; the Bioko chamber has no date; Houston a head office, Addis Ababa a change of flight
    "blind12_mixed_interview_ka_eqguinea": {
        "published": None,
        "language": "hi",
        "head": "Large and Medium Industries Minister M. B. Shivakumar",
        "year": 2026,
        "span": ("2026-07-20", "2026-07-25"),
        "engagements": {
            "Arrival in Malabo": _e("2026-07-20", "Malabo", MALABO),
            "Meeting with Ministry of Mines and Hydrocarbons": _e("2026-07-21", "Malabo", MALABO),
            "Visit to EG LNG": _e("2026-07-21", "Malabo", MALABO),
            "Departure for Bata": _e("2026-07-22", "Bata", MALABO),
            "Investors' roundtable": _e("2026-07-23", "Bata", MALABO, start="2026-07-23T10:00:00+01:00"),
            "Visit to Guinea Forest Timber": _e("2026-07-23", "Mongomo", MALABO, "cancelled"),
            "Departure for Malabo": _e("2026-07-24", "Malabo", MALABO),
            "MoU signing with National University of Equatorial Guinea (UNGE)": _e(
                "2026-07-24", "Malabo", MALABO
            ),
            "Meeting with Chamber of Commerce of Bioko": _e(None, None, MALABO),
            "Return to India": _e("2026-07-25", None, KOLKATA),
        },
        "stops": [
            ("Malabo", "2026-07-20", "2026-07-22"),
            ("Bata", "2026-07-22", "2026-07-24"),
            ("Malabo", "2026-07-24", "2026-07-25"),
        ],
        "contacts": [
            ("Marcelino Ondo Esono", "", "Vice Minister", "Ministry of Mines and Hydrocarbons", "host"),
            ("Dr. Pilar Mba Nchama", "", "Rector", "National University of Equatorial Guinea", "host"),
            ("Ravi Gowda", "", "CEO", "KIADB", "delegation"),
            ("Shalini Rao", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # updated Tuesday 8 September 2026: Sun 6 to Fri 11; आज = 8 (INRAPE in the morning, the roundtable
    # at 16:00 UTC+3 = 6:30 PM IST); Mohéli (Fomboni) cancelled on the 9th; Mutsamudu from the 9th, back
    # to Moroni on the 10th; the port authority meeting proposed with no date; Nairobi a transit
    "blind12_mixed_fivethings_kl_comoros": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Joseph Mathew",
        "year": 2026,
        "span": ("2026-09-06", "2026-09-11"),
        "engagements": {
            "Arrival in Moroni": _e("2026-09-06", "Moroni", COMORO),
            "Meeting with Ministry of Agriculture, Fisheries and Environment": _e(
                "2026-09-07", "Moroni", COMORO
            ),
            "Meeting with Union of Chambers of Commerce, Industry and Agriculture (UCCIA)": _e(
                "2026-09-07", "Moroni", COMORO
            ),
            "MoU signing with National Institute for Research in Agriculture, Fisheries and Environment "
            "(INRAPE)": _e("2026-09-08", "Moroni", COMORO),
            "Investors' roundtable": _e("2026-09-08", "Moroni", COMORO, start="2026-09-08T16:00:00+03:00"),
            "Visit to Mohéli Marine Park": _e("2026-09-09", "Fomboni", COMORO, "cancelled"),
            "Departure for Mutsamudu": _e("2026-09-09", "Mutsamudu", COMORO),
            "Visit to Parfums d'Anjouan": _e("2026-09-10", "Mutsamudu", COMORO),
            "Departure for Moroni": _e("2026-09-10", "Moroni", COMORO),
            "Meeting with Comoros Port Authority": _e(None, None, COMORO, "proposed"),
            "Return to India": _e("2026-09-11", None, KOLKATA),
        },
        "stops": [
            ("Moroni", "2026-09-06", "2026-09-09"),
            ("Mutsamudu", "2026-09-09", "2026-09-10"),
            ("Moroni", "2026-09-10", "2026-09-11"),
        ],
        "contacts": [
            (
                "Said Ahmed Mohamed",
                "",
                "Minister",
                "Ministry of Agriculture, Fisheries and Environment",
                "host",
            ),
            (
                "Fatima Mdahoma",
                "",
                "President",
                "Union of Chambers of Commerce, Industry and Agriculture",
                "host",
            ),
            (
                "Dr. Ali Mmadi Boina",
                "",
                "Director",
                "National Institute for Research in Agriculture, Fisheries and Environment",
                "host",
            ),
            ("Anrifat Houmadi", "", "Owner", "Parfums d'Anjouan", "host"),
            ("Leena George", "", "Managing Director", "Kerala Agro Industries Corporation", "delegation"),
        ],
    },
    # press note of 19.01.2027 at Mopa (its 10:15 stamp and the landing in Goa are no engagements):
    # 13 to 18 January, home from Bissau on the 18th via Lisbon (a change of flight); a night in
    # Bafatá; the MoU at 11:00 UTC+0 (4:30 PM IST) on the 17th; Bubaque cancelled on the 18th; the
    # agriculture ministry has no date; Rotterdam, Panaji and Vasco are decoys
    "blind12_mixed_airport_ga_guineabissau": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Rohan Naik",
        "year": 2027,
        "span": ("2027-01-13", "2027-01-18"),
        "engagements": {
            "Arrival in Bissau": _e("2027-01-13", "Bissau", BISSAU),
            "Meeting with Ministry of Commerce and Industry": _e("2027-01-14", "Bissau", BISSAU),
            "Departure for Bafatá": _e("2027-01-15", "Bafatá", BISSAU),
            "Visit to Caju do Leste Lda": _e("2027-01-15", "Bafatá", BISSAU),
            "Departure for Bissau": _e("2027-01-16", "Bissau", BISSAU),
            "Meeting with National Cashew Agency (ANCA)": _e("2027-01-16", "Bissau", BISSAU),
            "MoU signing with Chamber of Commerce, Industry, Agriculture and Services (CCIAS)": _e(
                "2027-01-17", "Bissau", BISSAU, start="2027-01-17T11:00:00+00:00"
            ),
            "Visit to Bubaque Fish Landing Centre": _e("2027-01-18", "Bubaque", BISSAU, "cancelled"),
            "Meeting with Ministry of Agriculture and Rural Development": _e(None, None, BISSAU),
            "Return to India": _e("2027-01-18", None, KOLKATA),
        },
        "stops": [
            ("Bissau", "2027-01-13", "2027-01-15"),
            ("Bafatá", "2027-01-15", "2027-01-16"),
            ("Bissau", "2027-01-16", "2027-01-18"),
        ],
        "contacts": [
            ("Sana Djaló", "", "Minister", "Ministry of Commerce and Industry", "host"),
            ("Aliu Baldé", "", "Managing Director", "Caju do Leste Lda", "host"),
            ("Maria da Luz Gomes", "", "Director General", "National Cashew Agency", "host"),
            (
                "Iaia Sanhá",
                "",
                "President",
                "Chamber of Commerce, Industry, Agriculture and Services",
                "host",
            ),
            ("Sunita Verlekar", "", "Industries Secretary", "", "delegation"),
            ("Rajesh Kamat", "", "President", "Goa Cashew Manufacturers' Association", "delegation"),
        ],
    },
    # news page of 28 October 2026: Thu 22 to Tue 27 October; the MoU at 11:00 UTC+2 on the 23rd; Rimini
    # (Italy) a day trip on the 24th; the Innovation Institute at 10:00 UTC+1 on the 26th (14:30 IST);
    # ANIS postponed with no new date; Bologna a landing place and a seat, no stop
    "blind12_mixed_university_br_sanmarino": {
        "published": None,
        "language": "hi",
        "head": "Education Minister Arvind Prasad Mehta",
        "year": 2026,
        "span": ("2026-10-22", "2026-10-27"),
        "engagements": {
            "Arrival in San Marino": _e("2026-10-22", "San Marino", SAN_MARINO),
            "MoU signing with University of the Republic of San Marino": _e(
                "2026-10-23", "San Marino", SAN_MARINO, start="2026-10-23T11:00:00+02:00"
            ),
            "Meeting with Secretariat of State for Education and Culture": _e(
                "2026-10-23", "San Marino", SAN_MARINO
            ),
            "Visit to University of Bologna, Rimini Campus": _e("2026-10-24", "Rimini", ROME),
            "Meeting with San Marino Innovation Institute": _e(
                "2026-10-26", "San Marino", SAN_MARINO, start="2026-10-26T10:00:00+01:00"
            ),
            "Meeting with National Association of San Marino Industry (ANIS)": _e(
                None, "San Marino", SAN_MARINO, "postponed"
            ),
            "Return to India": _e("2026-10-27", None, KOLKATA),
        },
        "stops": [("San Marino", "2026-10-22", "2026-10-27")],
        "contacts": [
            ("Prof. Giulia Casadei", "", "Rector", "University of the Republic of San Marino", "host"),
            (
                "Luca Gasperoni",
                "",
                "Secretary of State",
                "Secretariat of State for Education and Culture",
                "host",
            ),
            (
                "Prof. Shailendra Nath Jha",
                "",
                "Vice-Chancellor",
                "Aryabhatta Knowledge University",
                "delegation",
            ),
            ("Dr. Meenakshi Sinha", "", "Registrar", "Aryabhatta Knowledge University", "delegation"),
        ],
    },
}
