"""Expected visits for the fourth blind round (``blind4_*``): written by hand before any parse.

Styles none of the earlier articles cover:

* a Hindi e-paper page: masthead line with the date, ``लखनऊ (ब्यूरो)।``, weekdays against it,
  an engagement with no date (Philippines);
* a Hindi report of a visit cut short: the rest cancelled, ``भोपाल के लिए प्रस्थान`` the return (Italy);
* a Hindi report on the third day: ``आज तीसरा दिन``, ``कल`` with a past and with a future verb,
  weekdays (Taiwan);
* a Hindi announcement with a transit halt (``दोहा में ... रुकने के बाद``) that is no stop (Netherlands);
* a Hindi government press release with a pipe table of ``दिनांक | शहर | कार्यक्रम``, ``श्री``/
  ``श्रीमती`` counterparts, an undated visit (Israel);
* an IANS wire without a year (``MOSCOW, Sep 9 (IANS) -``, publication date given), weekdays,
  ``Mr.`` counterparts, an undated meeting (Russia);
* an English press release with ``Day 1 - Monday, June 8:`` highlights and clock times (Denmark);
* an English report with ``at 4 pm local time (12:30 am IST on Thursday)`` (Brazil);
* an English report on the third day with ``today``/``yesterday``/``tomorrow`` (South Africa);
* a delegation split across two cities on the same day (China);
* mixed script with English designations (``Executive Vice President``, ``President & CEO``) and a
  designation without a name as a decoy (Korea);
* mixed script with ``Herr Dr.``, ``Madame`` (Austria, Switzerland);
* mixed script with a clock-time flight via Istanbul, ``Sr.``, a transit on the way home (Portugal);
* Hindi in Roman script as a forwarded message: ``Somvar, 9 March:`` lines, ``Khun`` (Thailand).

A talk with the diaspora told as ``संवाद`` (``प्रवासी भारतीयों से संवाद किया``, ``... के साथ संवाद
कार्यक्रम``, ``samaj ke saath samvad``) is a "Meeting with the Indian diaspora" (Italy, Netherlands,
Thailand), as ``expected3`` has it for the same word (``blind3_hi_prdept_mp_japan``); they first read
"Address to".

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names, except ``Aarhus``
(GeoNames still spells it ``Århus``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

MANILA, ROME, TAIPEI, AMS = "Asia/Manila", "Europe/Rome", "Asia/Taipei", "Europe/Amsterdam"
JERUSALEM, MOSCOW, CPH, SAO = "Asia/Jerusalem", "Europe/Moscow", "Europe/Copenhagen", "America/Sao_Paulo"
JOBURG, SHANGHAI, SEOUL, VIENNA = "Africa/Johannesburg", "Asia/Shanghai", "Asia/Seoul", "Europe/Vienna"
ZURICH, LISBON, BANGKOK = "Europe/Zurich", "Europe/Lisbon", "Asia/Bangkok"

BLIND4: dict[str, dict[str, Any]] = {
    # e-paper page: the date only in the masthead line; मंगलवार (past) and बुधवार (future) against it
    "blind4_hi_epaper_bureau_up_philippines": {
        "published": None,
        "language": "hi",
        "head": "Industrial Development Minister Nand Gopal Gupta 'Nandi'",
        "year": None,
        "span": ("2026-10-13", "2026-10-17"),
        "engagements": {
            "Arrival in Manila": _e("2026-10-13", "Manila", MANILA),
            "Address to the Indian diaspora": _e("2026-10-13", "Manila", MANILA),
            "Meeting with Philippine Chamber of Commerce and Industry (PCCI)": _e(
                "2026-10-14", "Manila", MANILA
            ),
            "Meeting with Ayala Corporation": _e("2026-10-14", "Manila", MANILA),
            "Departure for Cebu City": _e("2026-10-15", "Cebu City", MANILA),
            "Visit to Cebu IT Park": _e("2026-10-15", "Cebu City", MANILA),
            "Investors' roundtable": _e("2026-10-16", "Cebu City", MANILA),
            "Meeting with Department of Trade and Industry": _e(None, None, MANILA),
            "Return to India": _e("2026-10-17", None, KOLKATA),
        },
        "stops": [("Manila", "2026-10-13", "2026-10-15"), ("Cebu City", "2026-10-15", "2026-10-17")],
        "contacts": [
            (
                "Ramon dela Cruz",
                "रेमन डेला क्रूज़",
                "President",
                "Philippine Chamber of Commerce and Industry",
                "host",
            ),
            ("Alok Kumar Verma", "आलोक कुमार वर्मा", "Additional Chief Secretary", "", "delegation"),
        ],
    },
    # cut short: Milan done, the Rome days cancelled; "भोपाल के लिए प्रस्थान" today is the return
    "blind4_hi_cutshort_mp_italy": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Milan": _e("2026-09-14", "Milan", ROME),
            "Meeting with the Indian diaspora": _e("2026-09-14", "Milan", ROME),
            "Meeting with Pirelli": _e("2026-09-15", "Milan", ROME),
            "Meeting with Italian Trade Agency (ICE)": _e("2026-09-15", "Milan", ROME),
            "Meeting with Assolombarda": _e("2026-09-16", "Milan", ROME),
            "Return to India": _e("2026-09-16", None, KOLKATA),
            "Investors' meet": _e("2026-09-17", "Rome", ROME, "cancelled"),
            "Meeting with Enel": _e("2026-09-18", "Rome", ROME, "cancelled"),
        },
        "stops": [("Milan", "2026-09-14", "2026-09-16")],
        "contacts": [
            ("Giulia Romano", "जूलिया रोमानो", "Chief Operating Officer", "Pirelli", "host"),
            ("Anurag Srivastava", "अनुराग श्रीवास्तव", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # the third day: कल (past) = 18, कल (future) = 20, मंगलवार = 17, शनिवार = 21
    "blind4_hi_thirdday_cg_taiwan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnudev Sai",
        "year": 2026,
        "span": ("2026-03-17", "2026-03-22"),
        "engagements": {
            "Arrival in Taipei": _e("2026-03-17", "Taipei", TAIPEI),
            "Meeting with Taiwan External Trade Development Council (TAITRA)": _e(
                "2026-03-18", "Taipei", TAIPEI
            ),
            "Departure for Hsinchu": _e("2026-03-19", "Hsinchu", TAIPEI),
            "Visit to Hsinchu Science Park": _e("2026-03-19", "Hsinchu", TAIPEI),
            "Meeting with Industrial Technology Research Institute (ITRI)": _e(
                "2026-03-20", "Hsinchu", TAIPEI
            ),
            "Address to the Indian diaspora": _e("2026-03-21", "Taipei", TAIPEI),
            "Return to India": _e("2026-03-22", None, KOLKATA),
        },
        "stops": [
            ("Taipei", "2026-03-17", "2026-03-19"),
            ("Hsinchu", "2026-03-19", "2026-03-20"),
            ("Taipei", "2026-03-21", "2026-03-22"),
        ],
        "contacts": [("Chen Wei-ming", "चेन वेई-मिंग", "Chairman", "TAITRA", "host")],
    },
    # a three-hour halt in Doha on the way is no stop
    "blind4_hi_transit_br_netherlands": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Nitish Mishra",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Amsterdam": _e("2026-06-08", "Amsterdam", AMS),
            "Meeting with Netherlands Foreign Investment Agency (NFIA)": _e("2026-06-09", "Amsterdam", AMS),
            "Departure for Rotterdam": _e("2026-06-10", "Rotterdam", AMS),
            "Visit to Port of Rotterdam": _e("2026-06-10", "Rotterdam", AMS),
            "Meeting with the Indian diaspora": _e("2026-06-11", "Rotterdam", AMS),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Amsterdam", "2026-06-08", "2026-06-10"), ("Rotterdam", "2026-06-10", "2026-06-12")],
        "contacts": [
            ("Jan de Vries", "यान डे फ्रीस", "Commissioner", "Netherlands Foreign Investment Agency", "host"),
            ("Kundan Kumar", "कुंदन कुमार", "Secretary (Industries)", "", "delegation"),
        ],
    },
    # a pipe table "| 24 नवंबर (मंगलवार) | तेल अवीव | ... |"; the Haifa visit has no date
    "blind4_hi_table_hr_israel": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-11-23", "2026-11-27"),
        "engagements": {
            "Arrival in Tel Aviv": _e("2026-11-23", "Tel Aviv", JERUSALEM),
            "Meeting with Netafim": _e("2026-11-24", "Tel Aviv", JERUSALEM),
            "Meeting with Israel Export Institute": _e("2026-11-24", "Tel Aviv", JERUSALEM),
            "Visit to Mekorot": _e("2026-11-25", "Tel Aviv", JERUSALEM),
            "Meeting with Israel Innovation Authority": _e("2026-11-26", "Jerusalem", JERUSALEM),
            "Visit to Technion": _e(None, "Haifa", JERUSALEM),
            "Return to India": _e("2026-11-27", None, KOLKATA),
        },
        "stops": [("Tel Aviv", "2026-11-23", "2026-11-25"), ("Jerusalem", "2026-11-26", "2026-11-27")],
        "contacts": [
            ("David Levi", "डेविड लेवी", "Chief Executive Officer", "Netafim", "host"),
            ("Ronit Cohen", "रोनित कोहेन", "Chairperson", "Israel Export Institute", "host"),
            ("Shyam Singh Rana", "श्याम सिंह राणा", "Agriculture Minister", "", "delegation"),
        ],
    },
    # agency wire without a year: the publication date is given (as a user would in the dialog)
    "blind4_en_ians_wire_kl_russia": {
        "published": dt.date(2026, 9, 9),
        "language": "en",
        "head": "Industries Minister P. Rajeeve",
        "year": None,
        "span": ("2026-09-08", "2026-09-13"),
        "engagements": {
            "Arrival in Moscow": _e("2026-09-08", "Moscow", MOSCOW),
            "Meeting with Russian Direct Investment Fund (RDIF)": _e("2026-09-09", "Moscow", MOSCOW),
            "Meeting with Moscow Chamber of Commerce and Industry": _e("2026-09-09", "Moscow", MOSCOW),
            "Departure for Saint Petersburg": _e("2026-09-10", "Saint Petersburg", MOSCOW),
            "Investors' meet": _e("2026-09-10", "Saint Petersburg", MOSCOW),
            "Visit to State Hermitage Museum": _e("2026-09-11", "Saint Petersburg", MOSCOW),
            "Meeting with Russian Railways": _e(None, None, None),
            "Return to India": _e("2026-09-13", None, KOLKATA),
        },
        "stops": [("Moscow", "2026-09-08", "2026-09-10"), ("Saint Petersburg", "2026-09-10", "2026-09-13")],
        "contacts": [
            ("Anton Belov", "", "Managing Director", "RDIF", "host"),
            ("Sergei Volkov", "", "Vice-President", "Moscow Chamber of Commerce and Industry", "host"),
            ("Meera Nair", "", "Managing Director", "KSIDC", "delegation"),
        ],
    },
    # "Day 1 - Monday, June 8: ..." highlights with clock times, "Return to Bengaluru"
    "blind4_en_daywise_ka_denmark": {
        "published": None,
        "language": "en",
        "head": "Energy Minister K.J. George",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Copenhagen": _e("2026-06-08", "Copenhagen", CPH, start="2026-06-08T07:50:00+02:00"),
            "Meeting with Confederation of Danish Industry (DI)": _e(
                "2026-06-08", "Copenhagen", CPH, start="2026-06-08T15:00:00+02:00"
            ),
            "Visit to Orsted": _e("2026-06-09", "Copenhagen", CPH),
            "Meeting with State of Green": _e("2026-06-09", "Copenhagen", CPH),
            "Departure for Aarhus": _e("2026-06-10", "Aarhus", CPH),
            "Visit to Vestas": _e("2026-06-10", "Aarhus", CPH),
            "Investors' roundtable": _e("2026-06-10", "Aarhus", CPH),
            "Meeting with Aarhus University": _e("2026-06-11", "Aarhus", CPH),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Copenhagen", "2026-06-08", "2026-06-10"), ("Aarhus", "2026-06-10", "2026-06-12")],
        "contacts": [
            (
                "Mette Kjaer Andersen",
                "",
                "Deputy Director General",
                "Confederation of Danish Industry",
                "host",
            ),
            ("Ramesh Kumar", "", "Additional Chief Secretary (Energy)", "", "delegation"),
        ],
    },
    # local times with IST in brackets (the IST day can be the next one); an unscheduled visit
    "blind4_en_localtime_ist_mh_brazil": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-08-19", "2026-08-23"),
        "engagements": {
            "Arrival in São Paulo": _e("2026-08-19", "São Paulo", SAO, start="2026-08-19T06:10:00-03:00"),
            "Meeting with Federation of Industries of the State of São Paulo (FIESP)": _e(
                "2026-08-19", "São Paulo", SAO, start="2026-08-19T16:00:00-03:00"
            ),
            "Departure for São José dos Campos": _e("2026-08-20", "São José dos Campos", SAO),
            "Visit to Embraer": _e("2026-08-20", "São José dos Campos", SAO),
            "Departure for Brasília": _e("2026-08-21", "Brasília", SAO),
            "Meeting with Brazilian Trade and Investment Promotion Agency (ApexBrasil)": _e(
                "2026-08-21", "Brasília", SAO, start="2026-08-21T11:00:00-03:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-08-22", "Brasília", SAO, start="2026-08-22T19:00:00-03:00"
            ),
            "Visit to Petrobras": _e(None, "Rio de Janeiro", SAO),
            "Return to India": _e("2026-08-23", None, KOLKATA),
        },
        "stops": [
            ("São Paulo", "2026-08-19", "2026-08-20"),
            ("São José dos Campos", "2026-08-20", "2026-08-21"),
            ("Brasília", "2026-08-21", "2026-08-23"),
        ],
        "contacts": [
            ("Ricardo Almeida", "", "First Vice-President", "FIESP", "host"),
            ("Ana Paula Ferreira", "", "Chief Commercial Officer", "Embraer", "host"),
        ],
    },
    # the third day in English: today = 22, yesterday = 21, tomorrow = 23, Monday, Friday, Saturday
    "blind4_en_day3_today_tg_southafrica": {
        "published": None,
        "language": "en",
        "head": "IT and Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-04-20", "2026-04-25"),
        "engagements": {
            "Arrival in Johannesburg": _e("2026-04-20", "Johannesburg", JOBURG),
            "Meeting with Johannesburg Stock Exchange": _e("2026-04-21", "Johannesburg", JOBURG),
            "Address to the Indian diaspora": _e("2026-04-21", "Johannesburg", JOBURG),
            "Meeting with Gauteng Growth and Development Agency": _e("2026-04-22", "Johannesburg", JOBURG),
            "MoU signing with Sasol": _e("2026-04-22", "Johannesburg", JOBURG),
            "Departure for Cape Town": _e("2026-04-23", "Cape Town", JOBURG),
            "Meeting with Wesgro": _e("2026-04-23", "Cape Town", JOBURG),
            "Visit to University of Cape Town": _e("2026-04-24", "Cape Town", JOBURG),
            "Return to India": _e("2026-04-25", None, KOLKATA),
        },
        "stops": [("Johannesburg", "2026-04-20", "2026-04-23"), ("Cape Town", "2026-04-23", "2026-04-25")],
        "contacts": [
            ("Thabo Nkosi", "", "Chief Executive", "Gauteng Growth and Development Agency", "host"),
            ("Naledi Mokoena", "", "Deputy Vice-Chancellor", "University of Cape Town", "host"),
            ("Venkat Narsimha Rao", "", "Principal Secretary (IT)", "", "delegation"),
        ],
    },
    # two teams on the same day in one country: Shanghai (the head) and Shenzhen (a minister)
    "blind4_en_split_cities_ap_china": {
        "published": None,
        "language": "en",
        "head": "Chief Minister N. Chandrababu Naidu",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "engagements": {
            "Arrival in Shanghai": _e("2026-11-09", "Shanghai", SHANGHAI),
            "Meeting with SAIC Motor": _e("2026-11-10", "Shanghai", SHANGHAI),
            "Meeting with Shanghai Municipal Commission of Commerce": _e("2026-11-10", "Shanghai", SHANGHAI),
            "Departure for Shenzhen": _e("2026-11-10", "Shenzhen", SHANGHAI),
            "Visit to BYD": _e("2026-11-10", "Shenzhen", SHANGHAI),
            "Meeting with Huawei": _e("2026-11-10", "Shenzhen", SHANGHAI),
            "Investors' roundtable": _e("2026-11-11", "Shanghai", SHANGHAI),
            "Address to the Indian diaspora": _e("2026-11-12", "Shanghai", SHANGHAI),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Shanghai", "2026-11-09", "2026-11-13"), ("Shenzhen", "2026-11-10", "2026-11-11")],
        "contacts": [
            ("Zhang Wei", "", "Vice President", "SAIC Motor", "host"),
            ("Li Na", "", "Deputy Director", "Shanghai Municipal Commission of Commerce", "host"),
            ("Nara Lokesh", "", "IT and Electronics Minister", "", "delegation"),
        ],
    },
    # English designations inside Hindi; "Head of Global Sourcing" alone is nobody
    "blind4_mixed_designations_jh_korea": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Hemant Soren",
        "year": 2026,
        "span": ("2026-05-11", "2026-05-14"),
        "engagements": {
            "Arrival in Seoul": _e("2026-05-11", "Seoul", SEOUL),
            "Meeting with Korea Trade-Investment Promotion Agency (KOTRA)": _e("2026-05-11", "Seoul", SEOUL),
            "Meeting with Hyundai Engineering & Construction": _e("2026-05-12", "Seoul", SEOUL),
            "Address to the Indian diaspora": _e("2026-05-12", "Seoul", SEOUL),
            "Departure for Geoje": _e("2026-05-13", "Geoje", SEOUL),
            "Visit to Samsung Heavy Industries": _e("2026-05-13", "Geoje", SEOUL),
            "Return to India": _e("2026-05-14", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-05-11", "2026-05-13"), ("Geoje", "2026-05-13", "2026-05-14")],
        "contacts": [
            ("Kim Hye-jin", "", "Executive Vice President", "KOTRA", "host"),
            ("Lee Dong-hyun", "", "Senior Managing Director", "Hyundai Engineering & Construction", "host"),
            ("Park Jung-ho", "", "President & CEO", "Samsung Heavy Industries", "host"),
            ("Praveen Toppo", "", "Industries Secretary", "", "delegation"),
        ],
    },
    # "Herr Dr. Klaus Weber", "Madame Claire Dubois"; Doppelmayr met in Vienna (its seat is no stop)
    "blind4_mixed_honorifics_uk_austria_switzerland": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Pushkar Singh Dhami",
        "year": 2026,
        "span": ("2026-06-22", "2026-06-26"),
        "engagements": {
            "Arrival in Vienna": _e("2026-06-22", "Vienna", VIENNA),
            "Meeting with Austrian Federal Economic Chamber (WKO)": _e("2026-06-23", "Vienna", VIENNA),
            "Meeting with Doppelmayr": _e("2026-06-23", "Vienna", VIENNA),
            "Departure for Geneva": _e("2026-06-24", "Geneva", ZURICH),
            "Meeting with Geneva Chamber of Commerce, Industry and Services (CCIG)": _e(
                "2026-06-24", "Geneva", ZURICH
            ),
            "Visit to CERN": _e("2026-06-25", "Geneva", ZURICH),
            "Address to the Indian diaspora": _e("2026-06-25", "Geneva", ZURICH),
            "Return to India": _e("2026-06-26", None, KOLKATA),
        },
        "stops": [("Vienna", "2026-06-22", "2026-06-24"), ("Geneva", "2026-06-24", "2026-06-26")],
        "contacts": [
            ("Klaus Weber", "", "Vice President", "Austrian Federal Economic Chamber", "host"),
            (
                "Claire Dubois",
                "",
                "Director General",
                "Geneva Chamber of Commerce, Industry and Services",
                "host",
            ),
        ],
    },
    # a flight with clock times at both ends via Istanbul (one flight, no stop); "Sr."; home via Frankfurt
    "blind4_mixed_transit_flight_goa_portugal": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Pramod Sawant",
        "year": 2026,
        "span": ("2026-10-06", "2026-10-10"),
        "engagements": {
            "Flight from Mumbai to Lisbon": _e(
                "2026-10-06", "Mumbai", KOLKATA, start="2026-10-06T02:10:00+05:30"
            ),
            "Meeting with AICEP Portugal Global": _e(
                "2026-10-06", "Lisbon", LISBON, start="2026-10-06T17:00:00+01:00"
            ),
            "Meeting with Câmara de Comércio e Indústria Luso-Indiana (CCILI)": _e(
                "2026-10-07", "Lisbon", LISBON
            ),
            "Address to the Indian diaspora": _e("2026-10-07", "Lisbon", LISBON),
            "Departure for Porto": _e("2026-10-08", "Porto", LISBON),
            "MoU signing with University of Porto": _e("2026-10-08", "Porto", LISBON),
            "Meeting with Sonae": _e("2026-10-09", "Porto", LISBON),
            "Return to India": _e("2026-10-10", None, KOLKATA),
        },
        "stops": [("Lisbon", "2026-10-06", "2026-10-08"), ("Porto", "2026-10-08", "2026-10-10")],
        "contacts": [
            ("João Pereira", "", "President", "Câmara de Comércio e Indústria Luso-Indiana", "host"),
            ("Rohan Khaunte", "रोहन खंवटे", "Tourism Minister", "", "delegation"),
        ],
    },
    # Hindi in Roman script, a forwarded programme: "Somvar, 9 March: Subah 6:45 baje ...", "Khun"
    "blind4_roman_whatsapp_rj_thailand": {
        "published": None,
        "language": "hi",
        "head": "Deputy Chief Minister Diya Kumari",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-12"),
        "engagements": {
            "Arrival in Bangkok": _e("2026-03-09", "Bangkok", BANGKOK, start="2026-03-09T06:45:00+07:00"),
            "Meeting with Tourism Authority of Thailand (TAT)": _e(
                "2026-03-09", "Bangkok", BANGKOK, start="2026-03-09T15:00:00+07:00"
            ),
            "Investors' meet": _e("2026-03-10", "Bangkok", BANGKOK),
            "Meeting with the Indian diaspora": _e("2026-03-10", "Bangkok", BANGKOK),
            "Departure for Chiang Mai": _e("2026-03-11", "Chiang Mai", BANGKOK),
            "Visit to Chiang Mai University": _e("2026-03-11", "Chiang Mai", BANGKOK),
            "Return to India": _e("2026-03-12", None, KOLKATA),
        },
        "stops": [("Bangkok", "2026-03-09", "2026-03-11"), ("Chiang Mai", "2026-03-11", "2026-03-12")],
        "contacts": [
            ("Somchai Wongsa", "", "Governor", "Tourism Authority of Thailand", "host"),
            ("Ravi Jain", "", "Tourism Secretary", "", "delegation"),
        ],
    },
}

__all__ = ["BLIND4"]
