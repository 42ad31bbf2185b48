"""Expected visits for the ninth blind round, part A (``blind9_hi_*``, ``blind9_mixed_*``): written by
hand before any parse.

Ten fictional visits to countries no earlier blind round covers, five in Devanagari Hindi with Latin
names inside and five in mixed script (Devanagari Hindi with many English words and Latin names),
in styles no earlier round used:

* a district newspaper's local-angle story (a Kanpur leather exporter in the delegation), dates
  ``26 मार्च 2026 (गुरुवार)``, local clock times on both sides of the start of summer time on 29
  March (UTC+1, then UTC+2), a day trip to Mostar, a meeting postponed with no new date, an undated
  meeting; a local association's secretary is no contact (Bosnia and Herzegovina);
* a state cabinet's decisions approving the tour, a numbered programme ``12 मई (मंगलवार)``, clock
  times, a meeting proposed with no date, other cabinet decisions and ministers who are no contacts
  (Bhutan);
* a High Court public-interest petition about the cost of a past trip with the itinerary inside,
  dateline with year and dates without, a mine visit cancelled by the weather, an undated meeting;
  the petitioner is no contact (Madagascar);
* a photo gallery's captions dated by weekdays only (publication date given, no year), counterparts
  named only in captions, an undated meeting and an investors' meet put off to next year (Laos);
* an explainer "what the CM will do each day": ``पहला दिन (रविवार, 6 सितंबर)`` then ``दूसरा दिन
  (सोमवार)`` ...; a day trip to Arawa in Bougainville, an hour ahead of Port Moresby (a country of
  two zones), an undated meeting with no city and so no zone (Papua New Guinea);
* a chamber of commerce newsletter in mixed script, weekdays with dates, a roundtable cancelled by a
  strike, an undated meeting and a proposed one with no date (Mozambique);
* a Q&A interview with the principal secretary after the return, across the start of daylight saving
  in Cuba on 8 March (UTC-5, then UTC-4), a day trip to Mariel, a session postponed with no date, an
  undated meeting (Cuba);
* a travel desk's note of flights, hotel and daily movement ``Sat 24/10``, 24-hour times across the
  end of summer time on 25 October (UTC+2, then UTC+1), a day trip to Esch-sur-Alzette, a pending
  visit with no date (proposed), a meeting the company cancelled; the note's signatory is no contact
  (Luxembourg);
* a podcast episode's summary whose ``[mm:ss]`` stamps are offsets in the audio, not clock times,
  released ``20 August`` with no year (publication date given), a list of people after ``से मुलाकात
  की``, a visit cancelled, an undated meeting and one postponed with no date; the host is no contact
  (Botswana);
* a tourism minister's roadshow in three cities in two days announced with ``कल`` and ``परसों``, and
  an ``Update:`` line correcting a time first given in IST to the local time (Bangladesh).

Same shape as ``expected.BLIND2``.  Conventions as in ``expected7``: city names are GeoNames' English
names and zones GeoNames' zone of the city.  Undated engagements carry the country's zone when the
country has one zone, else none.  A visit's stops run from the day of arrival to the day of leaving;
day trips are no stops.  Mixed-script articles are ``"hi"`` as in
earlier rounds.  A later move is titled ``Departure for X``; the way home is ``Return to
India`` with Asia/Kolkata and no start.  A cancelled engagement keeps its planned date; a postponed
one with no new date has none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

SARAJEVO, THIMPHU, TANA, VIENTIANE = (
    "Europe/Sarajevo",
    "Asia/Thimphu",
    "Indian/Antananarivo",
    "Asia/Vientiane",
)
MORESBY, BOUGAINVILLE, MAPUTO, HAVANA = (
    "Pacific/Port_Moresby",
    "Pacific/Bougainville",
    "Africa/Maputo",
    "America/Havana",
)
LUXEMBOURG, GABORONE, DHAKA = "Europe/Luxembourg", "Africa/Gaborone", "Asia/Dhaka"

BLIND9: dict[str, dict[str, Any]] = {
    # dates with year and weekday; FIPA at 11:00 UTC+1 on the 27th, the chamber at 15:00 UTC+2 on
    # Sunday the 29th (summer time from that night's 02:00, "नए स्थानीय समय"); Mostar a day trip; the
    # footwear cluster postponed with no new date; the Foreign Trade Chamber meeting has no date
    "blind9_hi_district_up_bosnia": {
        "published": None,
        "language": "hi",
        "head": "Industrial Development Minister Nand Gopal Gupta 'Nandi'",
        "year": 2026,
        "span": ("2026-03-26", "2026-03-31"),
        "engagements": {
            "Arrival in Sarajevo": _e("2026-03-26", "Sarajevo", SARAJEVO),
            "Meeting with Foreign Investment Promotion Agency (FIPA)": _e(
                "2026-03-27", "Sarajevo", SARAJEVO, start="2026-03-27T11:00:00+01:00"
            ),
            "Address to the Indian diaspora": _e("2026-03-27", "Sarajevo", SARAJEVO),
            "Visit to Aluminij": _e("2026-03-28", "Mostar", SARAJEVO),
            "Departure for Banja Luka": _e("2026-03-29", "Banja Luka", SARAJEVO),
            "Meeting with Chamber of Commerce and Industry of Republika Srpska": _e(
                "2026-03-29", "Banja Luka", SARAJEVO, start="2026-03-29T15:00:00+02:00"
            ),
            "Meeting with Footwear Cluster Srpska": _e(None, "Banja Luka", SARAJEVO, "postponed"),
            "Meeting with Foreign Trade Chamber of Bosnia and Herzegovina": _e(None, None, SARAJEVO),
            "Return to India": _e("2026-03-31", None, KOLKATA),
        },
        "stops": [
            ("Sarajevo", "2026-03-26", "2026-03-29"),
            ("Banja Luka", "2026-03-29", "2026-03-31"),
        ],
        "contacts": [
            ("Adnan Hodžić", "", "Director", "Foreign Investment Promotion Agency", "host"),
            (
                "Milan Kovačević",
                "",
                "President",
                "Chamber of Commerce and Industry of Republika Srpska",
                "host",
            ),
            ("Rakesh Agarwal", "राकेश अग्रवाल", "Managing Director", "Agarwal Tanners", "delegation"),
            (
                "Alok Kumar Tripathi",
                "आलोक कुमार त्रिपाठी",
                "Additional Chief Secretary (Industrial Development)",
                "",
                "delegation",
            ),
            ("Neha Verma", "नेहा वर्मा", "CEO", "Invest UP", "delegation"),
        ],
    },
    # cabinet of Tuesday 28 April 2026 approving 12 (Tue) to 15 (Fri) May; times at UTC+6; the chamber
    # meeting proposed without a date; Jagdish Devda and Kailash Vijayvargiya are no contacts
    "blind9_hi_cabinet_mp_bhutan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-05-12", "2026-05-15"),
        "engagements": {
            "Arrival in Paro": _e("2026-05-12", "Paro", THIMPHU),
            "Departure for Thimphu": _e("2026-05-13", "Thimphu", THIMPHU),
            "Meeting with Druk Green Power Corporation": _e(
                "2026-05-13", "Thimphu", THIMPHU, start="2026-05-13T14:30:00+06:00"
            ),
            "Address to the Indian diaspora": _e("2026-05-13", "Thimphu", THIMPHU),
            "Meeting with Ministry of Energy and Natural Resources": _e(
                "2026-05-14", "Thimphu", THIMPHU, start="2026-05-14T10:00:00+06:00"
            ),
            "MoU signing with Royal University of Bhutan": _e("2026-05-14", "Thimphu", THIMPHU),
            "Meeting with Bhutan Chamber of Commerce and Industry": _e(None, None, THIMPHU, "proposed"),
            "Return to India": _e("2026-05-15", None, KOLKATA),
        },
        "stops": [("Paro", "2026-05-12", "2026-05-13"), ("Thimphu", "2026-05-13", "2026-05-15")],
        "contacts": [
            ("Sonam Wangdi", "", "Managing Director", "Druk Green Power Corporation", "host"),
            ("Karma Tshering", "", "Minister", "Ministry of Energy and Natural Resources", "host"),
            ("Dechen Choden", "", "Vice-Chancellor", "Royal University of Bhutan", "host"),
            ("Pradhuman Singh Tomar", "प्रद्युम्न सिंह तोमर", "Energy Minister", "", "delegation"),
            ("Vivek Shrivastava", "विवेक श्रीवास्तव", "Chief Secretary", "", "delegation"),
            ("Manish Saxena", "मनीष सक्सेना", "Additional Chief Secretary (Energy)", "", "delegation"),
        ],
    },
    # dateline 2 October 2026, the itinerary 8 to 13 September without a year; EDBM at 10:00 UTC+3;
    # the Ambatovy visit of the 12th cancelled (no city named); home via Antananarivo is no stop; the
    # chamber meeting has no date; the petitioner is no contact
    "blind9_hi_cost_jh_madagascar": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Hemant Soren",
        "year": 2026,
        "span": ("2026-09-08", "2026-09-13"),
        "engagements": {
            "Arrival in Antananarivo": _e("2026-09-08", "Antananarivo", TANA),
            "Meeting with Economic Development Board of Madagascar (EDBM)": _e(
                "2026-09-09", "Antananarivo", TANA, start="2026-09-09T10:00:00+03:00"
            ),
            "Meeting with Ministry of Mines": _e("2026-09-09", "Antananarivo", TANA),
            "Address to the Indian diaspora": _e("2026-09-09", "Antananarivo", TANA),
            "Departure for Toamasina": _e("2026-09-10", "Toamasina", TANA),
            "Visit to Port of Toamasina": _e("2026-09-11", "Toamasina", TANA),
            "Visit to Ambatovy": _e("2026-09-12", None, TANA, "cancelled"),
            "Meeting with Malagasy Chamber of Commerce": _e(None, None, TANA),
            "Return to India": _e("2026-09-13", None, KOLKATA),
        },
        "stops": [
            ("Antananarivo", "2026-09-08", "2026-09-10"),
            ("Toamasina", "2026-09-10", "2026-09-13"),
        ],
        "contacts": [
            (
                "Hanitra Rasoanaivo",
                "",
                "Director General",
                "Economic Development Board of Madagascar",
                "host",
            ),
            ("Jean-Claude Randrianarisoa", "", "Minister of Mines", "Ministry of Mines", "host"),
            ("Rivo Andrianjafy", "", "Director General", "SPAT", "host"),
            ("Vikas Kumar Singh", "विकास कुमार सिंह", "Industries Secretary", "", "delegation"),
            ("Ramesh Oraon", "रमेश उरांव", "Secretary, Mines and Geology", "", "delegation"),
            (
                "Sunil Tirkey",
                "सुनील तिर्की",
                "Managing Director",
                "Jharkhand Industrial Area Development Authority",
                "delegation",
            ),
        ],
    },
    # gallery published Saturday 7 November (no year in the text): सोमवार = 2, मंगलवार = 3, बुधवार = 4,
    # बृहस्पतिवार = 5, शुक्रवार = 6 (home); the vice minister named only in a caption; the rice millers
    # meeting has no date; the investors' meet put off to next year (no date)
    "blind9_hi_photos_od_laos": {
        "published": dt.date(2026, 11, 7),
        "language": "hi",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": None,
        "span": ("2026-11-02", "2026-11-06"),
        "engagements": {
            "Arrival in Vientiane": _e("2026-11-02", "Vientiane", VIENTIANE),
            "Meeting with Lao National Chamber of Commerce and Industry (LNCCI)": _e(
                "2026-11-03", "Vientiane", VIENTIANE
            ),
            "Address to the Indian diaspora": _e("2026-11-03", "Vientiane", VIENTIANE),
            "Meeting with Ministry of Information, Culture and Tourism": _e(
                "2026-11-04", "Vientiane", VIENTIANE
            ),
            "Visit to Lao-India Entrepreneurship Development Centre": _e(
                "2026-11-04", "Vientiane", VIENTIANE
            ),
            "Departure for Luang Prabang": _e("2026-11-05", "Luang Prabang", VIENTIANE),
            "Visit to Wat Xieng Thong": _e("2026-11-05", "Luang Prabang", VIENTIANE),
            "Visit to Ock Pop Tok": _e("2026-11-05", "Luang Prabang", VIENTIANE),
            "Meeting with Lao Rice Millers Association": _e(None, None, VIENTIANE),
            "Investors' roundtable": _e(None, "Vientiane", VIENTIANE, "postponed"),
            "Return to India": _e("2026-11-06", None, KOLKATA),
        },
        "stops": [
            ("Vientiane", "2026-11-02", "2026-11-05"),
            ("Luang Prabang", "2026-11-05", "2026-11-06"),
        ],
        "contacts": [
            ("Oudet Souvannavong", "", "President", "Lao National Chamber of Commerce and Industry", "host"),
            (
                "Souphanh Keomixay",
                "",
                "Vice Minister",
                "Ministry of Information, Culture and Tourism",
                "host",
            ),
            ("Khamphan Sitthidampha", "", "Deputy Governor", "Luang Prabang Province", "host"),
            ("Veomanee Douangdala", "", "Founder", "Ock Pop Tok", "host"),
            ("Pravati Parida", "प्रभाति परिडा", "Deputy Chief Minister", "", "delegation"),
            ("Sujata Mohanty", "सुजाता महांती", "Tourism Secretary", "", "delegation"),
            ("Pradeep Nayak", "प्रदीप नायक", "Industries Secretary", "", "delegation"),
        ],
    },
    # explainer of Saturday 5 September 2026: पहला दिन = Sunday 6, दूसरा दिन (सोमवार) = 7, तीसरा = 8,
    # चौथा (बुधवार) = 9, पांचवां (बृहस्पतिवार) = 10; Port Moresby UTC+10, Arawa (Bougainville) UTC+11 and
    # a day trip; Ok Tedi has no date and no city, so no zone (two zones)
    "blind9_hi_explainer_hr_png": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-09-06", "2026-09-10"),
        "engagements": {
            "Arrival in Port Moresby": _e("2026-09-06", "Port Moresby", MORESBY),
            "Meeting with Investment Promotion Authority": _e(
                "2026-09-07", "Port Moresby", MORESBY, start="2026-09-07T10:00:00+10:00"
            ),
            "MoU signing with National Agricultural Research Institute": _e(
                "2026-09-07", "Port Moresby", MORESBY
            ),
            "Address to the Indian diaspora": _e("2026-09-07", "Port Moresby", MORESBY),
            "Meeting with Autonomous Bougainville Government": _e(
                "2026-09-08", "Arawa", BOUGAINVILLE, start="2026-09-08T13:00:00+11:00"
            ),
            "Departure for Lae": _e("2026-09-09", "Lae", MORESBY),
            "Meeting with Lae Chamber of Commerce and Industry": _e("2026-09-09", "Lae", MORESBY),
            "Visit to PNG University of Technology": _e("2026-09-10", "Lae", MORESBY),
            "Meeting with Ok Tedi Mining": _e(None, None, None),
            "Return to India": _e("2026-09-10", None, KOLKATA),
        },
        "stops": [("Port Moresby", "2026-09-06", "2026-09-09"), ("Lae", "2026-09-09", "2026-09-10")],
        "contacts": [
            ("Clarence Hoot", "", "Managing Director", "Investment Promotion Authority", "host"),
            ("Mary Kila", "", "President", "Lae Chamber of Commerce and Industry", "host"),
            ("Shyam Singh Rana", "श्याम सिंह राणा", "Agriculture Minister", "", "delegation"),
            ("Rajiv Malik", "राजीव मलिक", "Principal Secretary to the Chief Minister", "", "delegation"),
            (
                "Aditi Sangwan",
                "अदिति सांगवान",
                "Managing Director",
                "Haryana State Industrial and Infrastructure Development Corporation",
                "delegation",
            ),
        ],
    },
    # newsletter: "14 se 18 July 2026", Tuesday 14 to Saturday 18; APIEX at 09:30 UTC+2; the Beira
    # roundtable of the 17th cancelled; Mozal has no date; agriculture ministry proposed, no date
    "blind9_mixed_chamber_gj_mozambique": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2026,
        "span": ("2026-07-14", "2026-07-18"),
        "engagements": {
            "Arrival in Maputo": _e("2026-07-14", "Maputo", MAPUTO),
            "Meeting with Agency for Investment and Export Promotion (APIEX)": _e(
                "2026-07-15", "Maputo", MAPUTO, start="2026-07-15T09:30:00+02:00"
            ),
            "Meeting with Confederation of Business Associations of Mozambique (CTA)": _e(
                "2026-07-15", "Maputo", MAPUTO
            ),
            "Address to the Indian diaspora": _e("2026-07-15", "Maputo", MAPUTO),
            "Departure for Beira": _e("2026-07-16", "Beira", MAPUTO),
            "Visit to Cornelder de Moçambique": _e("2026-07-16", "Beira", MAPUTO),
            "Investors' roundtable": _e("2026-07-17", "Beira", MAPUTO, "cancelled"),
            "Meeting with Mozal": _e(None, None, MAPUTO),
            "Meeting with Ministry of Agriculture": _e(None, "Maputo", MAPUTO, "proposed"),
            "Return to India": _e("2026-07-18", None, KOLKATA),
        },
        "stops": [("Maputo", "2026-07-14", "2026-07-16"), ("Beira", "2026-07-16", "2026-07-18")],
        "contacts": [
            ("Celso Mabunda", "", "Director General", "Agency for Investment and Export Promotion", "host"),
            (
                "Eduardo Nhantumbo",
                "",
                "President",
                "Confederation of Business Associations of Mozambique",
                "host",
            ),
            ("Ana Tembe", "", "CEO", "Cornelder de Moçambique", "host"),
            ("Rupal Shah", "", "Additional Chief Secretary", "Industries & Mines Department", "delegation"),
            ("Keval Desai", "", "Managing Director", "iNDEXTb", "delegation"),
            (
                "Sanjay Thakkar",
                "",
                "Vice President",
                "Gujarat Chamber of Commerce and Industry",
                "delegation",
            ),
        ],
    },
    # interview of 14 March 2026: 5 (Thursday) to 10 March; BioCubaFarma at 11:00 UTC-5 on the 6th,
    # the CIGB MoU at 10:00 UTC-4 on the 9th (daylight saving from 8 March); Mariel a day trip; the
    # chamber session postponed with no date; Finlay has no date
    "blind9_mixed_interview_ka_cuba": {
        "published": None,
        "language": "hi",
        "head": "Large and Medium Industries Minister M. B. Patil",
        "year": 2026,
        "span": ("2026-03-05", "2026-03-10"),
        "engagements": {
            "Arrival in Havana": _e("2026-03-05", "Havana", HAVANA),
            "Meeting with BioCubaFarma": _e(
                "2026-03-06", "Havana", HAVANA, start="2026-03-06T11:00:00-05:00"
            ),
            "Meeting with Ministry of Foreign Trade and Foreign Investment (MINCEX)": _e(
                "2026-03-06", "Havana", HAVANA
            ),
            "Visit to Mariel Special Development Zone (ZED Mariel)": _e("2026-03-07", "Mariel", HAVANA),
            "Address to the Indian diaspora": _e("2026-03-08", "Havana", HAVANA),
            "MoU signing with Center for Genetic Engineering and Biotechnology (CIGB)": _e(
                "2026-03-09", "Havana", HAVANA, start="2026-03-09T10:00:00-04:00"
            ),
            "Meeting with Havana Chamber of Commerce": _e(None, "Havana", HAVANA, "postponed"),
            "Meeting with Finlay Vaccine Institute": _e(None, None, HAVANA),
            "Return to India": _e("2026-03-10", None, KOLKATA),
        },
        "stops": [("Havana", "2026-03-05", "2026-03-10")],
        "contacts": [
            ("Yanet Rodríguez", "", "Director General", "Mariel Special Development Zone", "host"),
            ("Ernesto Valdés", "", "President", "BioCubaFarma", "host"),
            (
                "Carlos Fonseca",
                "",
                "Vice Minister",
                "Ministry of Foreign Trade and Foreign Investment",
                "host",
            ),
            (
                "Luis Herrera Pérez",
                "",
                "Director General",
                "Center for Genetic Engineering and Biotechnology",
                "host",
            ),
            (
                "Ramesh Kulkarni",
                "",
                "Principal Secretary",
                "Commerce and Industries Department",
                "delegation",
            ),
            ("Ashwin Gowda", "", "Managing Director", "Karnataka Udyog Mitra", "delegation"),
        ],
    },
    # note dated 19.10.2026: Fri 23/10 to Tue 27/10; 24-hour times at UTC+2 until summer time ends on
    # Sunday 25/10, UTC+1 on Monday; Esch-sur-Alzette a day trip; SES at Betzdorf requested with no
    # date (proposed); ArcelorMittal cancelled by the company; the signatory is no contact
    "blind9_mixed_traveldesk_kl_luxembourg": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister P. Rajeeve",
        "year": 2026,
        "span": ("2026-10-23", "2026-10-27"),
        "engagements": {
            "Arrival in Luxembourg": _e(
                "2026-10-23", "Luxembourg", LUXEMBOURG, start="2026-10-23T13:40:00+02:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-10-23", "Luxembourg", LUXEMBOURG, start="2026-10-23T19:00:00+02:00"
            ),
            "Meeting with Luxinnovation": _e(
                "2026-10-24", "Luxembourg", LUXEMBOURG, start="2026-10-24T10:30:00+02:00"
            ),
            "Visit to House of Startups": _e(
                "2026-10-24", "Luxembourg", LUXEMBOURG, start="2026-10-24T15:00:00+02:00"
            ),
            "Meeting with ArcelorMittal": _e("2026-10-24", "Luxembourg", LUXEMBOURG, "cancelled"),
            "MoU signing with University of Luxembourg": _e(
                "2026-10-26", "Esch-sur-Alzette", LUXEMBOURG, start="2026-10-26T09:30:00+01:00"
            ),
            "Meeting with Chamber of Commerce Luxembourg": _e(
                "2026-10-26", "Luxembourg", LUXEMBOURG, start="2026-10-26T16:00:00+01:00"
            ),
            "Visit to SES": _e(None, "Betzdorf", LUXEMBOURG, "proposed"),
            "Return to India": _e("2026-10-27", None, KOLKATA),
        },
        "stops": [("Luxembourg", "2026-10-23", "2026-10-27")],
        "contacts": [
            ("Claire Wagner", "", "CEO", "Luxinnovation", "host"),
            ("Marc Weber", "", "Rector", "University of Luxembourg", "host"),
            ("Paul Schmit", "", "Director General", "Chamber of Commerce Luxembourg", "host"),
            ("Meera Nair", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Thomas Varghese", "", "Managing Director", "KSIDC", "delegation"),
            ("Arjun Menon", "", "CEO", "Kerala Startup Mission", "delegation"),
        ],
    },
    # episode released 20 August (no year in the text; publication date given): Monday 10 August to
    # the 14th; the [mm:ss] stamps are audio offsets; BITC at 09:00 UTC+2; the Okavango visit of the
    # 13th cancelled; the chamber roundtable has no date; the ministry postponed with no date
    "blind9_mixed_podcast_ap_botswana": {
        "published": dt.date(2026, 8, 20),
        "language": "hi",
        "head": "HRD and IT Minister Nara Lokesh",
        "year": None,
        "span": ("2026-08-10", "2026-08-14"),
        "engagements": {
            "Arrival in Gaborone": _e("2026-08-10", "Gaborone", GABORONE),
            "Address to the Indian diaspora": _e("2026-08-10", "Gaborone", GABORONE),
            "Meeting with Botswana Investment and Trade Centre (BITC)": _e(
                "2026-08-11", "Gaborone", GABORONE, start="2026-08-11T09:00:00+02:00"
            ),
            "Meeting with Debswana": _e("2026-08-11", "Gaborone", GABORONE),
            "Meeting with Botswana Digital and Innovation Hub": _e("2026-08-11", "Gaborone", GABORONE),
            "MoU signing with University of Botswana": _e("2026-08-12", "Gaborone", GABORONE),
            "Departure for Francistown": _e("2026-08-13", "Francistown", GABORONE),
            "Visit to Okavango Diamond Company": _e("2026-08-13", "Francistown", GABORONE, "cancelled"),
            "Meeting with Botswana Chamber of Commerce and Industry": _e(None, None, GABORONE),
            "Meeting with Ministry of Minerals and Energy": _e(None, None, GABORONE, "postponed"),
            "Return to India": _e("2026-08-14", None, KOLKATA),
        },
        "stops": [("Gaborone", "2026-08-10", "2026-08-13"), ("Francistown", "2026-08-13", "2026-08-14")],
        "contacts": [
            ("Thabo Molefe", "", "CEO", "Botswana Investment and Trade Centre", "host"),
            ("Kagiso Sebina", "", "Managing Director", "Debswana", "host"),
            ("Neo Ramotswa", "", "Head", "Botswana Digital and Innovation Hub", "host"),
            ("Lesego Kgosi", "", "Vice-Chancellor", "University of Botswana", "host"),
            ("Kiran Babu Chowdary", "", "CEO", "Andhra Pradesh Economic Development Board", "delegation"),
            ("Lakshmi Prasanna", "", "IT Secretary", "", "delegation"),
            ("Divya Teja", "", "Vice Chairperson", "APIIC", "delegation"),
        ],
    },
    # dated 18 November 2026: कल = Thursday 19, परसों = 20, Saturday = 21 (home by road); TOAB at
    # 12:00 Dhaka time (UTC+6); the Update line puts the Sylhet roadshow at 18:30 local (18:00 was
    # IST); the ministry meeting proposed with no date
    "blind9_mixed_roadshow_wb_bangladesh": {
        "published": None,
        "language": "hi",
        "head": "Tourism Minister Indranil Sen",
        "year": 2026,
        "span": ("2026-11-19", "2026-11-21"),
        "engagements": {
            "Arrival in Dhaka": _e("2026-11-19", "Dhaka", DHAKA),
            "Meeting with Tour Operators Association of Bangladesh (TOAB)": _e(
                "2026-11-19", "Dhaka", DHAKA, start="2026-11-19T12:00:00+06:00"
            ),
            "Departure for Sylhet": _e("2026-11-19", "Sylhet", DHAKA),
            "Meeting with Sylhet Chamber of Commerce and Industry": _e(
                "2026-11-19", "Sylhet", DHAKA, start="2026-11-19T18:30:00+06:00"
            ),
            "Meeting with tea garden owners": _e("2026-11-20", "Sylhet", DHAKA),
            "Departure for Khulna": _e("2026-11-20", "Khulna", DHAKA),
            "Meeting with Khulna Chamber of Commerce and Industry": _e("2026-11-20", "Khulna", DHAKA),
            "Meeting with Ministry of Civil Aviation and Tourism": _e(None, "Dhaka", DHAKA, "proposed"),
            "Return to India": _e("2026-11-21", None, KOLKATA),
        },
        "stops": [
            ("Dhaka", "2026-11-19", "2026-11-19"),
            ("Sylhet", "2026-11-19", "2026-11-20"),
            ("Khulna", "2026-11-20", "2026-11-21"),
        ],
        "contacts": [
            ("Rafiqul Islam", "", "President", "Tour Operators Association of Bangladesh", "host"),
            ("Farzana Haque", "", "Chairman", "Bangladesh Parjatan Corporation", "host"),
            ("Mizanur Rahman", "", "President", "Khulna Chamber of Commerce and Industry", "host"),
            ("Nandini Chakraborty", "", "Principal Secretary", "Tourism Department", "delegation"),
            (
                "Sourav Ghosh",
                "",
                "Managing Director",
                "West Bengal Tourism Development Corporation",
                "delegation",
            ),
        ],
    },
}
