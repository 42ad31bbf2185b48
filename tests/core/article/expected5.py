"""Expected visits for the fifth blind round (``blind5_*``): written by hand before any parse.

Twelve fictional visits to countries no earlier article covers, in styles that differ from each other:

* a Hindi round-up after the return, ``4,200 करोड़ रुपये के एमओयू``, an undated meeting (Poland);
* a Hindi preview before departure, ``पहला दिन, 12 अक्टूबर:`` day by day, an undated meeting (Egypt);
* a Hindi district edition (``गोरखपुर संस्करण | बुधवार, 20 मई 2026``), ``आज दूसरा दिन``, ``कल`` past
  and future, weekdays, a day trip to Espoo that is no stop (Finland);
* a Hindi report of a postponement: Stavanger moved a day later, a university visit ``स्थगित``
  without a new date (Norway);
* a PTI wire with a dateline and no year (``AUCKLAND, Feb 17 (PTI) -``, publication date given),
  weekdays, an undated meeting (New Zealand);
* an English mid-visit report with ``today``/``yesterday``/``tomorrow``/``this evening`` and a dated
  dateline, a visit cancelled for tomorrow (Ireland);
* an English report that moves between three countries, written from the last one (Greece, Hungary,
  Czech Republic);
* an English preview with clock times in local time and IST (the IST day is sometimes the next one),
  a return to a city already visited, an undated meeting (Chile);
* a minister's numbered X thread turned into mixed-script copy, a meeting put off to a later visit
  (Kazakhstan);
* an online Hindi portal in mixed script with an ``Updated:`` line, ``दौरे के तीसरे दिन आज``, two
  zones in one country, an undated meeting (Uzbekistan);
* mixed script with a cancelled island trip replaced by another meeting the same day (Mauritius);
* Hindi in Roman script with ``Somvar, 2 February`` weekdays, an undated port visit in a city the
  delegation is never sent to (Morocco).

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names.  Undated engagements
carry the country's zone when the country has one zone, else none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

WARSAW, CAIRO, HELSINKI, OSLO = "Europe/Warsaw", "Africa/Cairo", "Europe/Helsinki", "Europe/Oslo"
AUCKLAND, DUBLIN, ATHENS, BUDAPEST = "Pacific/Auckland", "Europe/Dublin", "Europe/Athens", "Europe/Budapest"
PRAGUE, SANTIAGO, ALMATY, TASHKENT = "Europe/Prague", "America/Santiago", "Asia/Almaty", "Asia/Tashkent"
SAMARKAND, MAURITIUS, CASABLANCA = "Asia/Samarkand", "Indian/Mauritius", "Africa/Casablanca"

BLIND5: dict[str, dict[str, Any]] = {
    # round-up after the return; the Ministry of Development talks have no date
    "blind5_hi_roundup_mp_poland": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-11"),
        "engagements": {
            "Arrival in Warsaw": _e("2026-09-07", "Warsaw", WARSAW),
            "Address to the Indian diaspora": _e("2026-09-07", "Warsaw", WARSAW),
            "Meeting with Polish Investment and Trade Agency (PAIH)": _e("2026-09-08", "Warsaw", WARSAW),
            "Meeting with Polish Chamber of Commerce": _e("2026-09-08", "Warsaw", WARSAW),
            "Departure for Wrocław": _e("2026-09-09", "Wrocław", WARSAW),
            "Visit to Wrocław Technology Park": _e("2026-09-09", "Wrocław", WARSAW),
            "Investors' roundtable": _e("2026-09-10", "Wrocław", WARSAW),
            "Meeting with Ministry of Development": _e(None, None, WARSAW),
            "Return to India": _e("2026-09-11", None, KOLKATA),
        },
        "stops": [("Warsaw", "2026-09-07", "2026-09-09"), ("Wrocław", "2026-09-09", "2026-09-11")],
        "contacts": [
            ("Marek Nowak", "मारेक नोवाक", "President", "Polish Investment and Trade Agency", "host"),
            (
                "Raghvendra Kumar Singh",
                "राघवेंद्र कुमार सिंह",
                "Principal Secretary (Industries)",
                "",
                "delegation",
            ),
        ],
    },
    # preview dated the day before departure: "पहला दिन, 12 अक्टूबर:" ... "पांचवां दिन, 16 अक्टूबर:"
    "blind5_hi_preview_rj_egypt": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhajanlal Sharma",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-16"),
        "engagements": {
            "Arrival in Cairo": _e("2026-10-12", "Cairo", CAIRO),
            "Meeting with the Indian diaspora": _e("2026-10-12", "Cairo", CAIRO),
            "Meeting with General Authority for Investment and Free Zones (GAFI)": _e(
                "2026-10-13", "Cairo", CAIRO
            ),
            "Investors' meet": _e("2026-10-13", "Cairo", CAIRO),
            "Visit to Suez Canal Economic Zone": _e("2026-10-14", None, CAIRO),
            "Departure for Alexandria": _e("2026-10-14", "Alexandria", CAIRO),
            "Visit to Port of Alexandria": _e("2026-10-15", "Alexandria", CAIRO),
            "MoU signing with Alexandria University": _e("2026-10-15", "Alexandria", CAIRO),
            "Meeting with Ministry of Trade and Industry": _e(None, None, CAIRO),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [("Cairo", "2026-10-12", "2026-10-14"), ("Alexandria", "2026-10-14", "2026-10-16")],
        "contacts": [
            (
                "Hassan Abdel Rahman",
                "हसन अब्देल रहमान",
                "Chairman",
                "General Authority for Investment and Free Zones",
                "host",
            ),
            ("K.K. Bishnoi", "के.के. बिश्नोई", "Industries Minister", "", "delegation"),
            ("Ajitabh Sharma", "अजिताभ शर्मा", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # masthead Wednesday 20 May: आज = 20, कल (past) = 19, कल (future) = 21, शुक्रवार = 22, शनिवार = 23;
    # Espoo is a day trip from Helsinki, no stop
    "blind5_hi_district_up_finland": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-05-19", "2026-05-23"),
        "engagements": {
            "Arrival in Helsinki": _e("2026-05-19", "Helsinki", HELSINKI),
            "Visit to Nokia": _e("2026-05-19", "Espoo", HELSINKI),
            "Address to the Indian diaspora": _e("2026-05-19", "Helsinki", HELSINKI),
            "MoU signing with University of Helsinki": _e("2026-05-20", "Helsinki", HELSINKI),
            "Meeting with Business Finland": _e("2026-05-20", "Helsinki", HELSINKI),
            "Departure for Oulu": _e("2026-05-21", "Oulu", HELSINKI),
            "Visit to University of Oulu": _e("2026-05-21", "Oulu", HELSINKI),
            "Investors' roundtable": _e("2026-05-22", "Oulu", HELSINKI),
            "Return to India": _e("2026-05-23", None, KOLKATA),
        },
        "stops": [("Helsinki", "2026-05-19", "2026-05-21"), ("Oulu", "2026-05-21", "2026-05-23")],
        "contacts": [
            ("Jukka Laitinen", "जुक्का लैटिनेन", "Chairman", "Nokia", "host"),
            ("Anna Virtanen", "आन्ना विर्तानेन", "Director General", "Business Finland", "host"),
            (
                "Alok Kumar",
                "आलोक कुमार",
                "Additional Chief Secretary (Industrial Development)",
                "",
                "delegation",
            ),
        ],
    },
    # Stavanger moved from 24 to 25 June (the new date counts); the University of Oslo visit postponed
    "blind5_hi_postponed_cg_norway": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnudev Sai",
        "year": 2026,
        "span": ("2026-06-22", "2026-06-27"),
        "engagements": {
            "Arrival in Oslo": _e("2026-06-22", "Oslo", OSLO),
            "Meeting with Innovation Norway": _e("2026-06-23", "Oslo", OSLO),
            "Meeting with Norwegian Chamber of Commerce": _e("2026-06-23", "Oslo", OSLO),
            "Meeting with the Indian diaspora": _e("2026-06-24", "Oslo", OSLO),
            "Departure for Stavanger": _e("2026-06-25", "Stavanger", OSLO),
            "Meeting with Equinor": _e("2026-06-25", "Stavanger", OSLO),
            "Investors' meet": _e("2026-06-26", "Stavanger", OSLO),
            "Visit to University of Oslo": _e(None, "Oslo", OSLO, "postponed"),
            "Return to India": _e("2026-06-27", None, KOLKATA),
        },
        "stops": [("Oslo", "2026-06-22", "2026-06-25"), ("Stavanger", "2026-06-25", "2026-06-27")],
        "contacts": [
            ("Håkon Brun", "हाकोन ब्रुन", "Chief Executive Officer", "Innovation Norway", "host"),
            ("Amitabh Jain", "अमिताभ जैन", "Chief Secretary", "", "delegation"),
            ("Rajat Kumar", "रजत कुमार", "Industries Secretary", "", "delegation"),
        ],
    },
    # wire without a year, publication date given: Tuesday = Feb 17, Monday = 16, Wednesday..Friday = 18..20
    "blind5_en_wire_tn_newzealand": {
        "published": dt.date(2026, 2, 17),
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": None,
        "span": ("2026-02-16", "2026-02-20"),
        "engagements": {
            "Arrival in Auckland": _e("2026-02-16", "Auckland", AUCKLAND),
            "Meeting with New Zealand Trade and Enterprise (NZTE)": _e("2026-02-17", "Auckland", AUCKLAND),
            "Visit to Fonterra": _e("2026-02-17", "Auckland", AUCKLAND),
            "Departure for Wellington": _e("2026-02-18", "Wellington", AUCKLAND),
            "Meeting with Wellington Chamber of Commerce": _e("2026-02-18", "Wellington", AUCKLAND),
            "Investors' roundtable": _e("2026-02-19", "Wellington", AUCKLAND),
            "Meeting with Auckland University of Technology": _e(None, "Auckland", AUCKLAND),
            "Return to India": _e("2026-02-20", None, KOLKATA),
        },
        "stops": [("Auckland", "2026-02-16", "2026-02-18"), ("Wellington", "2026-02-18", "2026-02-20")],
        "contacts": [
            ("Fiona Mackenzie", "", "Chief Executive", "New Zealand Trade and Enterprise", "host"),
            ("Hamish Taylor", "", "Chief Executive", "Wellington Chamber of Commerce", "host"),
            ("V. Arun Roy", "", "Industries Secretary", "", "delegation"),
        ],
    },
    # dateline Wednesday 7 October: today = 7, yesterday = 6, Monday = 5, tomorrow = 8, Friday, Saturday
    "blind5_en_midvisit_ka_ireland": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-10"),
        "engagements": {
            "Arrival in Dublin": _e("2026-10-05", "Dublin", DUBLIN),
            "Meeting with IDA Ireland": _e("2026-10-06", "Dublin", DUBLIN),
            "Visit to Trinity College Dublin": _e("2026-10-06", "Dublin", DUBLIN),
            "Meeting with Enterprise Ireland": _e("2026-10-07", "Dublin", DUBLIN),
            "Address to the Indian diaspora": _e("2026-10-07", "Dublin", DUBLIN),
            "Departure for Cork": _e("2026-10-08", "Cork", DUBLIN),
            "Visit to University College Cork": _e("2026-10-08", "Cork", DUBLIN),
            "Visit to Intel": _e("2026-10-08", "Leixlip", DUBLIN, "cancelled"),
            "Investors' roundtable": _e("2026-10-09", "Cork", DUBLIN),
            "Return to India": _e("2026-10-10", None, KOLKATA),
        },
        "stops": [("Dublin", "2026-10-05", "2026-10-08"), ("Cork", "2026-10-08", "2026-10-10")],
        "contacts": [
            ("Declan Murphy", "", "Chief Executive", "Enterprise Ireland", "host"),
            ("Siobhán Byrne", "", "Head of Asia-Pacific", "IDA Ireland", "host"),
            ("Ramesh Gowda", "", "Commissioner for Industrial Development", "", "delegation"),
        ],
    },
    # three countries, told from the last; Piraeus and Mladá Boleslav are day trips, no stops
    "blind5_en_threecountries_od_greece_hungary_czechia": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-06-14", "2026-06-20"),
        "engagements": {
            "Arrival in Athens": _e("2026-06-14", "Athens", ATHENS),
            "Meeting with Enterprise Greece": _e("2026-06-15", "Athens", ATHENS),
            "Visit to Port of Piraeus": _e("2026-06-15", "Piraeus", ATHENS),
            "Departure for Budapest": _e("2026-06-16", "Budapest", BUDAPEST),
            "Meeting with Hungarian Investment Promotion Agency (HIPA)": _e(
                "2026-06-16", "Budapest", BUDAPEST
            ),
            "Address to the Indian diaspora": _e("2026-06-17", "Budapest", BUDAPEST),
            "Departure for Prague": _e("2026-06-18", "Prague", PRAGUE),
            "Meeting with CzechInvest": _e("2026-06-18", "Prague", PRAGUE),
            "Visit to Škoda Auto": _e("2026-06-19", "Mladá Boleslav", PRAGUE),
            "Return to India": _e("2026-06-20", None, KOLKATA),
        },
        "stops": [
            ("Athens", "2026-06-14", "2026-06-16"),
            ("Budapest", "2026-06-16", "2026-06-18"),
            ("Prague", "2026-06-18", "2026-06-20"),
        ],
        "contacts": [
            ("Ioannis Papadakis", "", "Chief Executive Officer", "Enterprise Greece", "host"),
            ("Zsolt Horváth", "", "Deputy CEO", "Hungarian Investment Promotion Agency", "host"),
            ("Tomáš Novotný", "", "Director General", "CzechInvest", "host"),
            ("Sampad Chandra Swain", "", "Industries Minister", "", "delegation"),
            ("Hemant Sharma", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # local clock times (Chile at UTC-4 in May) with IST in brackets, the IST day sometimes the next;
    # back to Santiago after Valparaíso; CORFO has no date
    "blind5_en_clocktimes_gj_chile": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-05-18", "2026-05-22"),
        "engagements": {
            "Arrival in Santiago": _e("2026-05-18", "Santiago", SANTIAGO, start="2026-05-18T06:40:00-04:00"),
            "Meeting with InvestChile": _e(
                "2026-05-18", "Santiago", SANTIAGO, start="2026-05-18T15:00:00-04:00"
            ),
            "Meeting with Codelco": _e("2026-05-19", "Santiago", SANTIAGO, start="2026-05-19T10:00:00-04:00"),
            "Departure for Valparaíso": _e("2026-05-20", "Valparaíso", SANTIAGO),
            "Visit to Port of Valparaíso": _e("2026-05-20", "Valparaíso", SANTIAGO),
            "Departure for Santiago": _e("2026-05-21", "Santiago", SANTIAGO),
            "Address to the Indian diaspora": _e(
                "2026-05-21", "Santiago", SANTIAGO, start="2026-05-21T19:00:00-04:00"
            ),
            "Meeting with Chilean Economic Development Agency (CORFO)": _e(None, None, SANTIAGO),
            "Return to India": _e("2026-05-22", None, KOLKATA),
        },
        "stops": [
            ("Santiago", "2026-05-18", "2026-05-20"),
            ("Valparaíso", "2026-05-20", "2026-05-21"),
            ("Santiago", "2026-05-21", "2026-05-22"),
        ],
        "contacts": [
            ("Camila Rojas", "", "Director", "InvestChile", "host"),
            ("Andrés Muñoz", "", "Executive President", "Codelco", "host"),
            ("Mamta Verma", "", "Additional Chief Secretary (Industries and Mines)", "", "delegation"),
        ],
    },
    # an X thread "1/5 ... 5/5" in mixed script; the ministry meeting is put off to a later visit
    "blind5_mixed_thread_hr_kazakhstan": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Rao Narbir Singh",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-11"),
        "engagements": {
            "Arrival in Almaty": _e("2026-09-07", "Almaty", ALMATY),
            "Meeting with Kazakh Invest": _e("2026-09-08", "Almaty", ALMATY),
            "Visit to Almaty Tech Garden": _e("2026-09-08", "Almaty", ALMATY),
            "Departure for Astana": _e("2026-09-09", "Astana", ALMATY),
            "Meeting with Astana International Financial Centre (AIFC)": _e("2026-09-09", "Astana", ALMATY),
            "Address to the Indian diaspora": _e("2026-09-10", "Astana", ALMATY),
            "Meeting with Ministry of Trade and Integration": _e(None, None, ALMATY, "postponed"),
            "Return to India": _e("2026-09-11", None, KOLKATA),
        },
        "stops": [("Almaty", "2026-09-07", "2026-09-09"), ("Astana", "2026-09-09", "2026-09-11")],
        "contacts": [
            ("Nurlan Abenov", "", "Chairman", "Kazakh Invest", "host"),
            ("Aigerim Sadykova", "", "CEO", "Astana International Financial Centre", "host"),
            ("Amit Agrawal", "", "Additional Chief Secretary (Industries)", "", "delegation"),
        ],
    },
    # portal with "Updated: 03 Nov 2026": आज (third day) = 3, रविवार = 1, सोमवार = 2, कल = 4, गुरुवार = 5;
    # Samarkand keeps its own zone; Navoi Mining has no date and no city (two zones in the country)
    "blind5_mixed_portal_mh_uzbekistan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-11-01", "2026-11-05"),
        "engagements": {
            "Arrival in Tashkent": _e("2026-11-01", "Tashkent", TASHKENT),
            "Meeting with Chamber of Commerce and Industry of Uzbekistan": _e(
                "2026-11-02", "Tashkent", TASHKENT
            ),
            "Meeting with Ministry of Investment, Industry and Trade": _e("2026-11-02", "Tashkent", TASHKENT),
            "Departure for Samarkand": _e("2026-11-03", "Samarkand", SAMARKAND),
            "Visit to Silk Road Samarkand": _e("2026-11-03", "Samarkand", SAMARKAND),
            "Investors' meet": _e("2026-11-04", "Samarkand", SAMARKAND),
            "Meeting with Navoi Mining": _e(None, None, None),
            "Return to India": _e("2026-11-05", None, KOLKATA),
        },
        "stops": [("Tashkent", "2026-11-01", "2026-11-03"), ("Samarkand", "2026-11-03", "2026-11-05")],
        "contacts": [
            ("Bakhtiyor Karimov", "", "Chairman", "Chamber of Commerce and Industry of Uzbekistan", "host"),
            ("Dilnoza Yusupova", "", "Deputy Minister", "Ministry of Investment, Industry and Trade", "host"),
            ("Uday Samant", "", "Industries Minister", "", "delegation"),
            ("P. Velrasu", "", "CEO", "MIDC", "delegation"),
        ],
    },
    # the Rodrigues trip cancelled, Business Mauritius met the same day instead
    "blind5_mixed_cancelled_pb_mauritius": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-08-10", "2026-08-13"),
        "engagements": {
            "Arrival in Port Louis": _e("2026-08-10", "Port Louis", MAURITIUS),
            "Meeting with Economic Development Board (EDB) Mauritius": _e(
                "2026-08-11", "Port Louis", MAURITIUS
            ),
            "Address to the Indian diaspora": _e("2026-08-11", "Port Louis", MAURITIUS),
            "Visit to Rodrigues": _e("2026-08-12", None, MAURITIUS, "cancelled"),
            "Meeting with Business Mauritius": _e("2026-08-12", "Port Louis", MAURITIUS),
            "Return to India": _e("2026-08-13", None, KOLKATA),
        },
        "stops": [("Port Louis", "2026-08-10", "2026-08-13")],
        "contacts": [
            ("Vikash Ramlall", "", "Chairman", "Economic Development Board Mauritius", "host"),
            ("Anjali Doorgakant", "", "CEO", "Business Mauritius", "host"),
            ("Tarunpreet Singh Sond", "", "Industries Minister", "", "delegation"),
            ("Amit Dhaka", "", "CEO", "Invest Punjab", "delegation"),
        ],
    },
    # Roman-script Hindi: "Somvar, 2 February 2026", "Budhvar, 4 February"; Tanger Med has no date
    # and Tangier is never a stop
    "blind5_roman_daybyday_hp_morocco": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Sukhvinder Singh Sukhu",
        "year": 2026,
        "span": ("2026-02-02", "2026-02-06"),
        "engagements": {
            "Arrival in Casablanca": _e("2026-02-02", "Casablanca", CASABLANCA),
            "Meeting with OCP Group": _e("2026-02-03", "Casablanca", CASABLANCA),
            "Meeting with Moroccan Investment and Export Development Agency (AMDIE)": _e(
                "2026-02-03", "Casablanca", CASABLANCA
            ),
            "Departure for Rabat": _e("2026-02-04", "Rabat", CASABLANCA),
            "Meeting with Ministry of Agriculture": _e("2026-02-04", "Rabat", CASABLANCA),
            "Address to the Indian diaspora": _e("2026-02-05", "Rabat", CASABLANCA),
            "Visit to Tanger Med": _e(None, None, CASABLANCA),
            "Return to India": _e("2026-02-06", None, KOLKATA),
        },
        "stops": [("Casablanca", "2026-02-02", "2026-02-04"), ("Rabat", "2026-02-04", "2026-02-06")],
        "contacts": [
            ("Youssef El Amrani", "", "Executive Vice President", "OCP Group", "host"),
            (
                "Leila Benjelloun",
                "",
                "Director General",
                "Moroccan Investment and Export Development Agency",
                "host",
            ),
            ("Harshwardhan Chauhan", "", "Industries Minister", "", "delegation"),
            ("R.D. Nazeem", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
}

__all__ = ["BLIND5"]
