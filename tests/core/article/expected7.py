"""Expected visits for the seventh blind round (``blind7_*``): written by hand before any parse.

Twelve fictional visits to countries no earlier article covers (Australia and Canada aside, asked for
by their zones), in styles that differ from each other and from the earlier rounds:

* a protocol department's itinerary circular, ``Day-1 (Thu) 26.03.2026``, 24-hour ``0640 hrs`` in
  local-time and IST columns, the EU change to summer time in the middle of the visit, an undated
  call (Romania);
* a Hindi mid-visit report under a dated masthead with ``आज``, ``बीते दिन``, ``आज शाम``, ``कल`` and
  ``परसों`` (future), weekdays, an undated meeting in a country of several zones (Argentina);
* an English opinion piece that criticises the trip, its dates in the narrative without a year
  (publication date given), a roundtable called off, two days in Dubrovnik with no engagement
  (Croatia);
* a Hindi agency copy with a dateline and no year (``सिडनी, 6 अक्टूबर (भाषा)``), weekdays, Sydney
  just after the start of daylight saving and Perth without it, clock times with IST, an undated
  meeting in Brisbane (Australia);
* a delegation member's first-person diary across the new year (``29 December (Tue)`` to
  ``2 January (Sat)``, posted on 3 January 2027), an undated port visit (Sri Lanka);
* Hindi in Roman script as a YouTube description whose ``mm:ss`` timestamps are video offsets, not
  clock times, across the end of daylight saving in Canada, an undated meeting (Canada);
* mixed script with an ``Updated:`` line: two teams at once, the Chief Minister in Peru and a
  minister in Colombia;
* a Hindi report of a meeting moved to another date and another city (Muscat on the 10th to Sohar
  on the 11th), an undated port visit (Oman);
* a Hindi report of a visit cancelled entirely: every engagement of the announced programme
  cancelled, no stops (Slovenia);
* an English report whose days after the first are only ``the following day``, ``the next
  morning`` and ``on the final day``, an undated meeting (Tanzania);
* a mixed-script press conference after the return, questions and answers, weekdays in the past, a
  day trip to a mine that is no stop, a visit put off to a later trip (Mongolia);
* the host agency's English press release (``Vilnius, 28 October 2026 –``), weekdays with dates,
  clock times on both sides of the end of summer time, an Industries Minister as head (Lithuania).

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names and zones GeoNames' zone
of the city.  Undated engagements carry the country's zone when the country has one zone, else none.
A visit's stops run from the day of arrival to the day of leaving; day trips are no stops.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

BUCHAREST, BUENOS_AIRES, MENDOZA = (
    "Europe/Bucharest",
    "America/Argentina/Buenos_Aires",
    "America/Argentina/Mendoza",
)
ZAGREB, SYDNEY, PERTH, BRISBANE = "Europe/Zagreb", "Australia/Sydney", "Australia/Perth", "Australia/Brisbane"
COLOMBO, TORONTO, VANCOUVER, LIMA = "Asia/Colombo", "America/Toronto", "America/Vancouver", "America/Lima"
BOGOTA, MUSCAT, LJUBLJANA = "America/Bogota", "Asia/Muscat", "Europe/Ljubljana"
DAR, ULAANBAATAR, VILNIUS = "Africa/Dar_es_Salaam", "Asia/Ulaanbaatar", "Europe/Vilnius"

BLIND7: dict[str, dict[str, Any]] = {
    # circular dated 19.03.2026: local times at UTC+2 until Romania's summer time begins on Sunday
    # 29.03 (UTC+3 after); the departure on Day-5 is the way home; the ministry call has no date
    "blind7_en_protocol_as_romania": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Himanta Biswa Sarma",
        "year": 2026,
        "span": ("2026-03-26", "2026-03-30"),
        "engagements": {
            "Arrival in Bucharest": _e(
                "2026-03-26", "Bucharest", BUCHAREST, start="2026-03-26T06:40:00+02:00"
            ),
            "Meeting with Romanian Agency for Investment and Foreign Trade (ARICE)": _e(
                "2026-03-26", "Bucharest", BUCHAREST, start="2026-03-26T15:00:00+02:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-03-26", "Bucharest", BUCHAREST, start="2026-03-26T19:30:00+02:00"
            ),
            "Meeting with Chamber of Commerce and Industry of Romania (CCIR)": _e(
                "2026-03-27", "Bucharest", BUCHAREST, start="2026-03-27T10:00:00+02:00"
            ),
            "Meeting with OMV Petrom": _e(
                "2026-03-27", "Bucharest", BUCHAREST, start="2026-03-27T16:00:00+02:00"
            ),
            "Departure for Cluj-Napoca": _e(
                "2026-03-28", "Cluj-Napoca", BUCHAREST, start="2026-03-28T08:15:00+02:00"
            ),
            "MoU signing with Babeș-Bolyai University": _e(
                "2026-03-28", "Cluj-Napoca", BUCHAREST, start="2026-03-28T12:30:00+02:00"
            ),
            "Investors' roundtable": _e(
                "2026-03-29", "Cluj-Napoca", BUCHAREST, start="2026-03-29T11:00:00+03:00"
            ),
            "Departure for Bucharest": _e(
                "2026-03-29", "Bucharest", BUCHAREST, start="2026-03-29T17:00:00+03:00"
            ),
            "Meeting with Ministry of Economy, Entrepreneurship and Tourism": _e(None, None, BUCHAREST),
            "Return to India": _e("2026-03-30", None, KOLKATA),
        },
        "stops": [
            ("Bucharest", "2026-03-26", "2026-03-28"),
            ("Cluj-Napoca", "2026-03-28", "2026-03-29"),
            ("Bucharest", "2026-03-29", "2026-03-30"),
        ],
        "contacts": [
            (
                "Mihai Popescu",
                "",
                "Director General",
                "Romanian Agency for Investment and Foreign Trade",
                "host",
            ),
            ("Ioana Dumitrescu", "", "President", "Chamber of Commerce and Industry of Romania", "host"),
            ("Andrei Ionescu", "", "CEO", "OMV Petrom", "host"),
            ("Daniel Mureșan", "", "Rector", "Babeș-Bolyai University", "host"),
            ("Radu Stanciu", "", "President", "Cluj IT Cluster", "host"),
            ("Bimal Borah", "", "Minister of Industries, Commerce and Public Enterprises", "", "delegation"),
            ("Rahul Chandra Das", "", "Principal Secretary (Industries and Commerce)", "", "delegation"),
        ],
    },
    # masthead Wednesday 14 October, the fourth day: रविवार = 11, सोमवार = 12, बीते दिन = 13,
    # आज / आज शाम = 14, कल = 15, परसों = 16; YMAD has no date and no city (several zones)
    "blind7_hi_midvisit_rj_argentina": {
        "published": None,
        "language": "hi",
        "head": "Deputy Chief Minister Diya Kumari",
        "year": 2026,
        "span": ("2026-10-11", "2026-10-16"),
        "engagements": {
            "Arrival in Buenos Aires": _e("2026-10-11", "Buenos Aires", BUENOS_AIRES),
            "Meeting with Argentine Investment and International Trade Promotion Agency (AAICI)": _e(
                "2026-10-12", "Buenos Aires", BUENOS_AIRES
            ),
            "Address to the Indian diaspora": _e("2026-10-12", "Buenos Aires", BUENOS_AIRES),
            "Meeting with YPF": _e("2026-10-13", "Buenos Aires", BUENOS_AIRES),
            "Departure for Mendoza": _e("2026-10-13", "Mendoza", MENDOZA),
            "Visit to IMPSA": _e("2026-10-14", "Mendoza", MENDOZA),
            "Investors' meet": _e("2026-10-14", "Mendoza", MENDOZA),
            "Departure for Buenos Aires": _e("2026-10-15", "Buenos Aires", BUENOS_AIRES),
            "Meeting with Argentine Industrial Union (UIA)": _e("2026-10-15", "Buenos Aires", BUENOS_AIRES),
            "Meeting with YMAD": _e(None, None, None),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [
            ("Buenos Aires", "2026-10-11", "2026-10-13"),
            ("Mendoza", "2026-10-13", "2026-10-15"),
            ("Buenos Aires", "2026-10-15", "2026-10-16"),
        ],
        "contacts": [
            ("Gustavo Ferreyra", "", "Chairman", "IMPSA", "host"),
            (
                "Federico Álvarez",
                "",
                "President",
                "Argentine Investment and International Trade Promotion Agency",
                "host",
            ),
            ("Martín Echeverría", "", "Chief Executive Officer", "YPF", "host"),
            ("Carolina Paz", "", "President", "Argentine Industrial Union", "host"),
            ("Alok Gupta", "आलोक गुप्ता", "Principal Secretary (Industries)", "", "delegation"),
            ("Vineet Sharma", "विनीत शर्मा", "Managing Director", "RIICO", "delegation"),
        ],
    },
    # an opinion piece published 22 June 2026 with no year in its text; the Split roundtable called
    # off; Dubrovnik is a stop with no engagement
    "blind7_en_opinion_kl_croatia": {
        "published": dt.date(2026, 6, 22),
        "language": "en",
        "head": "Chief Minister Pinarayi Vijayan",
        "year": None,
        "span": ("2026-06-09", "2026-06-16"),
        "engagements": {
            "Arrival in Zagreb": _e("2026-06-09", "Zagreb", ZAGREB),
            "Meeting with Croatian Chamber of Economy (HGK)": _e("2026-06-10", "Zagreb", ZAGREB),
            "Address to the Indian diaspora": _e("2026-06-10", "Zagreb", ZAGREB),
            "Departure for Rijeka": _e("2026-06-11", "Rijeka", ZAGREB),
            "Visit to Port of Rijeka": _e("2026-06-11", "Rijeka", ZAGREB),
            "Departure for Split": _e("2026-06-12", "Split", ZAGREB),
            "Meeting with Croatian National Tourist Board": _e("2026-06-12", "Split", ZAGREB),
            "Investors' roundtable": _e("2026-06-13", "Split", ZAGREB, "cancelled"),
            "Departure for Dubrovnik": _e("2026-06-14", "Dubrovnik", ZAGREB),
            "Return to India": _e("2026-06-16", None, KOLKATA),
        },
        "stops": [
            ("Zagreb", "2026-06-09", "2026-06-11"),
            ("Rijeka", "2026-06-11", "2026-06-12"),
            ("Split", "2026-06-12", "2026-06-14"),
            ("Dubrovnik", "2026-06-14", "2026-06-16"),
        ],
        "contacts": [
            ("Luka Babić", "", "President", "Croatian Chamber of Economy", "host"),
            ("Denis Vuković", "", "Director", "Port of Rijeka Authority", "host"),
            ("Kristina Perić", "", "Director", "Croatian National Tourist Board", "host"),
            ("P. Rajeeve", "", "Industries Minister", "", "delegation"),
            ("Anil Xavier", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # wire dated Tuesday 6 October without a year: रविवार = 4, सोमवार = 5, बुधवार = 7, बृहस्पतिवार = 8,
    # शुक्रवार = 9, शनिवार = 10; Sydney at UTC+11 from 4 October, Perth at UTC+8; Parramatta is no stop;
    # the Brisbane meeting has no date
    "blind7_hi_wire_tg_australia": {
        "published": dt.date(2026, 10, 6),
        "language": "hi",
        "head": "Chief Minister A. Revanth Reddy",
        "year": None,
        "span": ("2026-10-04", "2026-10-10"),
        "engagements": {
            "Arrival in Sydney": _e("2026-10-04", "Sydney", SYDNEY),
            "Meeting with Investment NSW": _e("2026-10-05", "Sydney", SYDNEY),
            "Address to the Indian diaspora": _e(
                "2026-10-05", "Parramatta", SYDNEY, start="2026-10-05T19:00:00+11:00"
            ),
            "MoU signing with University of New South Wales (UNSW)": _e("2026-10-06", "Sydney", SYDNEY),
            "Departure for Perth": _e("2026-10-07", "Perth", PERTH),
            "Meeting with BHP": _e("2026-10-08", "Perth", PERTH, start="2026-10-08T10:00:00+08:00"),
            "Meeting with Chamber of Minerals and Energy of Western Australia": _e(
                "2026-10-09", "Perth", PERTH
            ),
            "Meeting with Queensland Government": _e(None, "Brisbane", BRISBANE),
            "Return to India": _e("2026-10-10", None, KOLKATA),
        },
        "stops": [("Sydney", "2026-10-04", "2026-10-07"), ("Perth", "2026-10-07", "2026-10-10")],
        "contacts": [
            ("Michael Hartley", "माइकल हार्टली", "Vice-Chancellor", "University of New South Wales", "host"),
            ("Kylie Bryant", "काइली ब्रायंट", "Chief Executive Officer", "Investment NSW", "host"),
            ("Simon O'Brien", "साइमन ओ'ब्रायन", "Senior Vice President", "BHP", "host"),
            (
                "Claire Dawson",
                "क्लेयर डॉसन",
                "Chief Executive",
                "Chamber of Minerals and Energy of Western Australia",
                "host",
            ),
            ("D. Sridhar Babu", "डी. श्रीधर बाबू", "Industries Minister", "", "delegation"),
            ("Sanjay Kumar", "संजय कुमार", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # a diary posted on 3 January 2027: 29-31 December are 2026, 1-2 January 2027; Hambantota has no
    # date; back to Colombo on New Year's Day
    "blind7_en_diary_br_srilanka": {
        "published": None,
        "language": "en",
        "head": "Deputy Chief Minister Samrat Choudhary",
        "year": None,
        "span": ("2026-12-29", "2027-01-02"),
        "engagements": {
            "Arrival in Colombo": _e("2026-12-29", "Colombo", COLOMBO),
            "Meeting with Board of Investment of Sri Lanka (BOI)": _e("2026-12-30", "Colombo", COLOMBO),
            "Meeting with Ceylon Chamber of Commerce": _e("2026-12-30", "Colombo", COLOMBO),
            "Departure for Kandy": _e("2026-12-31", "Kandy", COLOMBO),
            "MoU signing with University of Peradeniya": _e("2026-12-31", "Kandy", COLOMBO),
            "Visit to Temple of the Tooth": _e("2026-12-31", "Kandy", COLOMBO),
            "Departure for Colombo": _e("2027-01-01", "Colombo", COLOMBO),
            "Meeting with SriLankan Airlines": _e("2027-01-02", "Colombo", COLOMBO),
            "Visit to Port of Hambantota": _e(None, "Hambantota", COLOMBO),
            "Return to India": _e("2027-01-02", None, KOLKATA),
        },
        "stops": [
            ("Colombo", "2026-12-29", "2026-12-31"),
            ("Kandy", "2026-12-31", "2027-01-01"),
            ("Colombo", "2027-01-01", "2027-01-02"),
        ],
        "contacts": [
            ("Ruwan Jayasekara", "", "Chairman", "Board of Investment of Sri Lanka", "host"),
            ("Dilani Wickramasinghe", "", "Secretary General", "Ceylon Chamber of Commerce", "host"),
            ("Nimal Senanayake", "", "Vice-Chancellor", "University of Peradeniya", "host"),
            ("Ashan Perera", "", "CEO", "SriLankan Airlines", "host"),
            ("Ritesh Anand", "", "Secretary (Industries)", "", "delegation"),
        ],
    },
    # Roman-script YouTube description, "Premiered Nov 5, 2026"; the mm:ss timestamps are no clock
    # times; Vancouver at UTC-8 after 1 November; Brampton is no stop; EDC has no date (several zones)
    "blind7_roman_youtube_pb_canada": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-10-29", "2026-11-04"),
        "engagements": {
            "Arrival in Toronto": _e("2026-10-29", "Toronto", TORONTO),
            "Meeting with Invest Ontario": _e("2026-10-30", "Toronto", TORONTO),
            "Meeting with CPP Investments": _e("2026-10-30", "Toronto", TORONTO),
            "Address to the Indian diaspora": _e("2026-10-31", "Brampton", TORONTO),
            "Departure for Vancouver": _e("2026-11-01", "Vancouver", VANCOUVER),
            "Investors' roundtable": _e(
                "2026-11-02", "Vancouver", VANCOUVER, start="2026-11-02T10:00:00-08:00"
            ),
            "Visit to Port of Vancouver": _e("2026-11-03", "Vancouver", VANCOUVER),
            "Meeting with Export Development Canada": _e(None, None, None),
            "Return to India": _e("2026-11-04", None, KOLKATA),
        },
        "stops": [("Toronto", "2026-10-29", "2026-11-01"), ("Vancouver", "2026-11-01", "2026-11-04")],
        "contacts": [
            ("Karen Mitchell", "", "CEO", "Invest Ontario", "host"),
            ("Daniel Brooks", "", "Senior Managing Director", "CPP Investments", "host"),
            ("Harjit Sandhu", "", "Vice President", "Vancouver Fraser Port Authority", "host"),
            ("Sanjeev Arora", "", "Industries Minister", "", "delegation"),
            ("Kamal Kishore Yadav", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # preview "Updated: 10 Jul 2026": the Chief Minister in Peru and the MSME Minister in Colombia at
    # the same time, both home on 17 July
    "blind7_mixed_twoteams_mp_peru_colombia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-07-13", "2026-07-17"),
        "engagements": {
            "Arrival in Lima": _e("2026-07-13", "Lima", LIMA),
            "Meeting with ProInversión": _e("2026-07-14", "Lima", LIMA),
            "Address to the Indian diaspora": _e("2026-07-14", "Lima", LIMA),
            "Departure for Arequipa": _e("2026-07-15", "Arequipa", LIMA),
            "Visit to Cerro Verde": _e("2026-07-15", "Arequipa", LIMA),
            "Investors' roundtable": _e("2026-07-16", "Arequipa", LIMA),
            "Arrival in Bogotá": _e("2026-07-13", "Bogotá", BOGOTA),
            "Meeting with ProColombia": _e("2026-07-14", "Bogotá", BOGOTA),
            "Departure for Medellín": _e("2026-07-15", "Medellín", BOGOTA),
            "Visit to Ruta N": _e("2026-07-15", "Medellín", BOGOTA),
            "MoU signing with EPM": _e("2026-07-16", "Medellín", BOGOTA),
            "Return to India": _e("2026-07-17", None, KOLKATA),
        },
        "stops": [
            ("Lima", "2026-07-13", "2026-07-15"),
            ("Bogotá", "2026-07-13", "2026-07-15"),
            ("Arequipa", "2026-07-15", "2026-07-17"),
            ("Medellín", "2026-07-15", "2026-07-17"),
        ],
        "contacts": [
            ("Lucía Vargas", "", "Executive Director", "ProInversión", "host"),
            ("Manuel Rospigliosi", "", "President", "Cerro Verde", "host"),
            ("Andrés Restrepo", "", "President", "ProColombia", "host"),
            ("Camila Ospina", "", "Director", "Ruta N", "host"),
            ("Santiago Uribe", "", "General Manager", "EPM", "host"),
            ("Chaitanya Kashyap", "", "MSME Minister", "", "delegation"),
            ("Naveen Saxena", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # dated Monday 9 November: the chamber meeting moved from Muscat on the 10th to Sohar on the 11th
    # (the new date and city count); home from Sohar; the Salalah port visit has no date
    "blind7_hi_rescheduled_hr_oman": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-11-08", "2026-11-12"),
        "engagements": {
            "Arrival in Muscat": _e("2026-11-08", "Muscat", MUSCAT),
            "Meeting with Invest Oman": _e("2026-11-09", "Muscat", MUSCAT),
            "Address to the Indian diaspora": _e("2026-11-09", "Muscat", MUSCAT),
            "Meeting with Oman Investment Authority": _e("2026-11-10", "Muscat", MUSCAT),
            "Departure for Sohar": _e("2026-11-11", "Sohar", MUSCAT),
            "Visit to Sohar Port and Freezone": _e("2026-11-11", "Sohar", MUSCAT),
            "Meeting with Oman Chamber of Commerce and Industry": _e("2026-11-11", "Sohar", MUSCAT),
            "Visit to Port of Salalah": _e(None, "Salalah", MUSCAT),
            "Return to India": _e("2026-11-12", None, KOLKATA),
        },
        "stops": [("Muscat", "2026-11-08", "2026-11-11"), ("Sohar", "2026-11-11", "2026-11-12")],
        "contacts": [
            ("Hamad Al Saadi", "हमद अल सादी", "Chairman", "Oman Chamber of Commerce and Industry", "host"),
            ("Salim Al Harthy", "सलीम अल हार्थी", "Chief Executive Officer", "Invest Oman", "host"),
            ("Khalid Al Balushi", "खालिद अल बलूशी", "Deputy President", "Oman Investment Authority", "host"),
            ("Peter de Vries", "पीटर डी व्रीस", "CEO", "Sohar Port and Freezone", "host"),
            ("Rao Narbir Singh", "राव नरबीर सिंह", "Industries Minister", "", "delegation"),
            ("Manoj Kaushik", "मनोज कौशिक", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # the whole programme (6-10 September) cancelled on 2 September: every engagement cancelled, no
    # stops; the people who were to be met are still named
    "blind7_hi_cancelled_uk_slovenia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Pushkar Singh Dhami",
        "year": 2026,
        "span": ("2026-09-06", "2026-09-10"),
        "engagements": {
            "Arrival in Ljubljana": _e("2026-09-06", "Ljubljana", LJUBLJANA, "cancelled"),
            "Meeting with SPIRIT Slovenia": _e("2026-09-07", "Ljubljana", LJUBLJANA, "cancelled"),
            "Meeting with Chamber of Commerce and Industry of Slovenia (GZS)": _e(
                "2026-09-07", "Ljubljana", LJUBLJANA, "cancelled"
            ),
            "Departure for Koper": _e("2026-09-08", "Koper", LJUBLJANA, "cancelled"),
            "Visit to Luka Koper": _e("2026-09-08", "Koper", LJUBLJANA, "cancelled"),
            "Departure for Ljubljana": _e("2026-09-09", "Ljubljana", LJUBLJANA, "cancelled"),
            "Address to the Indian diaspora": _e("2026-09-09", "Ljubljana", LJUBLJANA, "cancelled"),
            "Return to India": _e("2026-09-10", None, KOLKATA, "cancelled"),
        },
        "stops": [],
        "contacts": [
            ("Tomaž Kranjc", "तोमाज़ क्रांज़", "Director", "SPIRIT Slovenia", "host"),
            (
                "Mateja Župan",
                "मतेया ज़ुपान",
                "President",
                "Chamber of Commerce and Industry of Slovenia",
                "host",
            ),
            ("Boštjan Kos", "बोश्त्यान कोस", "CEO", "Luka Koper", "host"),
            ("Rakesh Negi", "राकेश नेगी", "Secretary (Industries)", "", "delegation"),
        ],
    },
    # dateline 22 August, landed Monday 17 August; then "the following day" = 18, "the next morning"
    # = 19, "the following day" = 20, "on the final day" = 21; the ports authority talks have no date
    "blind7_en_nextday_gj_tanzania": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-08-17", "2026-08-21"),
        "engagements": {
            "Arrival in Dar es Salaam": _e("2026-08-17", "Dar es Salaam", DAR),
            "Address to the Indian diaspora": _e("2026-08-17", "Dar es Salaam", DAR),
            "Meeting with Tanzania Investment Centre (TIC)": _e("2026-08-18", "Dar es Salaam", DAR),
            "Meeting with Tanzania Private Sector Foundation": _e("2026-08-18", "Dar es Salaam", DAR),
            "Departure for Zanzibar": _e("2026-08-19", "Zanzibar", DAR),
            "Meeting with Zanzibar Investment Promotion Authority (ZIPA)": _e("2026-08-19", "Zanzibar", DAR),
            "MoU signing with Zanzibar Ports Corporation": _e("2026-08-20", "Zanzibar", DAR),
            "Meeting with Tanzania Ports Authority": _e(None, None, DAR),
            "Return to India": _e("2026-08-21", None, KOLKATA),
        },
        "stops": [("Dar es Salaam", "2026-08-17", "2026-08-19"), ("Zanzibar", "2026-08-19", "2026-08-21")],
        "contacts": [
            ("Neema Mwakalinga", "", "Executive Director", "Tanzania Investment Centre", "host"),
            ("Joseph Massawe", "", "Chairman", "Tanzania Private Sector Foundation", "host"),
            ("Salum Khamis", "", "Executive Director", "Zanzibar Investment Promotion Authority", "host"),
            ("Amina Juma", "", "Managing Director", "Zanzibar Ports Corporation", "host"),
            ("Rakesh Parikh", "", "Additional Chief Secretary (Industries and Mines)", "", "delegation"),
            ("Vipul Desai", "", "Vice-Chairman", "Gujarat Maritime Board", "delegation"),
        ],
    },
    # press conference on Saturday 19 September: रविवार = 13, सोमवार = 14, मंगलवार = 15 (a day trip to
    # the mine near Khanbogd, no stop), बुधवार = 16, गुरुवार = 17, शुक्रवार = 18; Tavan Tolgoi put
    # off to a later trip, no date and no city (Mongolia has two zones)
    "blind7_mixed_pressconf_jh_mongolia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Hemant Soren",
        "year": 2026,
        "span": ("2026-09-13", "2026-09-18"),
        "engagements": {
            "Arrival in Ulaanbaatar": _e("2026-09-13", "Ulaanbaatar", ULAANBAATAR),
            "Meeting with Invest Mongolia Agency": _e("2026-09-14", "Ulaanbaatar", ULAANBAATAR),
            "Meeting with Mongolian National Chamber of Commerce and Industry (MNCCI)": _e(
                "2026-09-14", "Ulaanbaatar", ULAANBAATAR
            ),
            "Visit to Oyu Tolgoi": _e("2026-09-15", "Khanbogd", ULAANBAATAR),
            "MoU signing with Erdenes Mongol": _e("2026-09-16", "Ulaanbaatar", ULAANBAATAR),
            "Meeting with the Indian diaspora": _e("2026-09-17", "Ulaanbaatar", ULAANBAATAR),
            "Visit to Tavan Tolgoi": _e(None, None, None, "postponed"),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("Ulaanbaatar", "2026-09-13", "2026-09-18")],
        "contacts": [
            ("Bolormaa Tserendorj", "", "Director", "Invest Mongolia Agency", "host"),
            (
                "Ganbaatar Erdene",
                "",
                "President",
                "Mongolian National Chamber of Commerce and Industry",
                "host",
            ),
            ("Andrew Fletcher", "", "Chief Operating Officer", "Oyu Tolgoi", "host"),
            ("Batbayar Dorj", "", "CEO", "Erdenes Mongol", "host"),
            ("Praveen Toppo", "", "Industries Secretary", "", "delegation"),
            ("Sushant Kujur", "", "Managing Director", "JIIDCO", "delegation"),
        ],
    },
    # the host's press release: Friday 23 October 14:00 at UTC+3, Monday 26 October 10:00 at UTC+2
    # (summer time ends on the 25th); the head is a minister
    "blind7_en_hostrelease_up_lithuania": {
        "published": None,
        "language": "en",
        "head": "Industrial Development Minister Nand Gopal Gupta 'Nandi'",
        "year": 2026,
        "span": ("2026-10-22", "2026-10-27"),
        "engagements": {
            "Arrival in Vilnius": _e("2026-10-22", "Vilnius", VILNIUS),
            "Meeting with Invest Lithuania": _e(
                "2026-10-23", "Vilnius", VILNIUS, start="2026-10-23T14:00:00+03:00"
            ),
            "Meeting with Ministry of Economy and Innovation": _e("2026-10-23", "Vilnius", VILNIUS),
            "Visit to Vilnius Tech Park": _e("2026-10-24", "Vilnius", VILNIUS),
            "Departure for Kaunas": _e("2026-10-25", "Kaunas", VILNIUS),
            "Visit to Kaunas Free Economic Zone (FEZ)": _e(
                "2026-10-26", "Kaunas", VILNIUS, start="2026-10-26T10:00:00+02:00"
            ),
            "MoU signing with Kaunas University of Technology": _e("2026-10-26", "Kaunas", VILNIUS),
            "Return to India": _e("2026-10-27", None, KOLKATA),
        },
        "stops": [("Vilnius", "2026-10-22", "2026-10-25"), ("Kaunas", "2026-10-25", "2026-10-27")],
        "contacts": [
            ("Eglė Kazlauskienė", "", "Managing Director", "Invest Lithuania", "host"),
            ("Tomas Petrauskas", "", "Vice-Minister", "Ministry of Economy and Innovation", "host"),
            ("Rūta Jankauskaitė", "", "Chief Executive", "Vilnius Tech Park", "host"),
            ("Mindaugas Vaitkus", "", "Chief Executive", "Kaunas Free Economic Zone", "host"),
            ("Jonas Valiulis", "", "Rector", "Kaunas University of Technology", "host"),
            ("Ravi Prakash Mishra", "", "Principal Secretary (Industrial Development)", "", "delegation"),
        ],
    },
}

__all__ = ["BLIND7"]
