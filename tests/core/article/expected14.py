"""Expected visits for the fourteenth blind round, part A (``blind14_hi_*``, ``blind14_mixed_*``): written
by hand before any parse.

Ten fictional visits to places no earlier blind round covers, five in Devanagari Hindi with Latin
names inside and five in mixed script (Devanagari Hindi with many English words and Latin names), in
styles no earlier round used:

* a state information department's media advisory ``केवल योजना हेतु`` (``जयपुर, 3 फ़रवरी 2027``)
  for a visit still ahead: a local arrival time with IST, a day trip to Misrata (GeoNames'
  Misratah), a Benghazi meeting postponed with no new date, a ministry meeting still to be fixed
  (proposed, no date), Istanbul as a change of flight, the Jaipur press call after the return and
  the advisory's contact officer as decoys (Libya);
* a reporter's notebook (``भोपाल, रविवार, 17 जनवरी``, no year; publication date given) told in
  weekdays after one dated day (``सोमवार, 11 जनवरी``), ``अगली सुबह``, a day trip across the Nile to
  Omdurman, a night in Wad Medani and back, a Kassala visit cancelled, a clock time in local time,
  an undated meeting, Doha as a change of flight and Port Sudan, Indore and Bhopal as decoys
  (Sudan);
* a Sunday magazine's travelogue (``रविवारी | 20 सितंबर 2026``) by a journalist in the delegation,
  across two zones of one country: Novosibirsk (UTC+7) then Irkutsk (UTC+8), a 10 am local time in
  Irkutsk, a Bratsk trip cancelled by smoke, a meeting with no date in a country of several zones,
  Moscow as a change of flight both ways, Dehradun, Mussoorie and Lake Baikal as decoys (Siberia,
  Russia);
* the foreign ministry spokesperson's weekly briefing transcript (``नई दिल्ली, शुक्रवार, 4 दिसंबर
  2026``) where one answer tells the delegation's programme mid-visit: ``सोमवार (30 नवंबर)``,
  ``मंगलवार``, ``कल``, ``आज`` with a local time and IST, a move to Timika and back, a meeting in
  Timika cancelled, a Merauke visit postponed with no date, Jakarta as a change of flight, other
  questions (Bishkek students, Riyadh, Dhaka) and the spokesperson as decoys (Papua, Indonesia);
* a newspaper's week-in-pictures captions (``पटना, रविवार, 31 मई``, no year; publication date
  given) mixing the visit with home-state photos (Gaya, Patna, Darbhanga) whose officials are no
  contacts: a landing at Dzaoudzi's airport that is no stop, a day trip to Koungou, a marine park
  visit in Dzaoudzi cancelled by the sea, an MoU at 2 pm local with IST, an undated meeting,
  Saint-Denis (Réunion) as a change of flight (Mayotte);
* a bilingual notice in parallel Hindi and English blocks (``गांधीनगर / Gandhinagar, 22.04.2027``)
  that gives every fact twice: ``26.04.2027`` to ``01.05.2027`` across a month's end, a local arrival
  time, a night in Berbérati, a Carnot visit cancelled, an MoU at 11:00 local, an undated meeting,
  Paris as a change of flight, Antwerp buyers, Surat and the notice's signatory as decoys
  (Central African Republic);
* a charter flight's passenger manifest (``PASSENGER MANIFEST — CHARTER KRL-MAJ-01``) with crew,
  seat numbers, a fuel stop in Guam and legs in IST and local time across the sixteen and a half
  hour gap to UTC+12, then the ground programme with local times, a chamber meeting postponed with
  no new date; the crew and the travel-desk officer are no contacts (Marshall Islands);
* a live reader Q&A chat log (``Live Chat | Monday, 5 October 2026, 2:00 PM IST``) with a minister
  in Adelaide, the day after South Australia's clocks went forward on Sunday 4 October (UTC+9:30,
  then UTC+10:30), a day trip to Broken Hill (another state, its own zone in GeoNames), a visit
  cancelled on Friday, a meeting with no date in a country of several zones, readers from Mysuru,
  Hubballi and Mangaluru and a Singapore change of flight as decoys (South Australia, Australia);
* an SMS alert series (``[02/03 00:52 IST]`` stamps, no year; publication date given) whose IST stamps
  are sending times, not engagement times, one a calendar day after the local arrival it reports: a
  day trip to Kourou, a Saint-Laurent-du-Maroni visit cancelled, a move from French Guiana (UTC-3)
  to Martinique (UTC-4), a day trip to Le Lamentin, a tourism meeting postponed with no new date,
  Paris as a change of flight (French Guiana and Martinique);
* a Google Calendar agenda copied as text whose calendar time zone is IST (``(GMT+05:30) India
  Standard Time``), so every local time is two and a half hours earlier: a move to Mukalla and back,
  a Taiz visit cancelled with its time kept, an unscheduled ministry call (proposed, no date), a task
  and a home video call that are no engagements, Dubai as a change of flight (Yemen).

Same shape as ``expected.BLIND2``.  Conventions as in ``expected7``, ``expected11`` and ``expected12``:
city names are GeoNames' English names and zones GeoNames' zone of the city.  Undated engagements
carry the country's zone when the country has one zone, else none.  A visit's stops run from the day
of arrival to the day of leaving; day trips are no stops, and neither are transit halts, fuel stops
or changes of flight.  Mixed-script articles are ``"hi"``.  A later move is titled ``Departure for
X``; the way home is ``Return to India`` with Asia/Kolkata and no start, on the day of leaving the
country.  A cancelled engagement keeps its planned date and clock time; a postponed or proposed one
with no new date has none, and a postponed one keeps the city the text names with that city's zone.
``Mr.``, ``Ms.``, ``Mme`` and ``Capt.`` before a name are dropped; ``Dr.`` and ``Prof.`` are kept.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

TRIPOLI, KHARTOUM, NOVOSIBIRSK, IRKUTSK = (
    "Africa/Tripoli",
    "Africa/Khartoum",
    "Asia/Novosibirsk",
    "Asia/Irkutsk",
)
JAYAPURA, MAYOTTE, BANGUI, MAJURO = "Asia/Jayapura", "Indian/Mayotte", "Africa/Bangui", "Pacific/Majuro"
ADELAIDE, BROKEN_HILL, CAYENNE, MARTINIQUE = (
    "Australia/Adelaide",
    "Australia/Broken_Hill",
    "America/Cayenne",
    "America/Martinique",
)
ADEN = "Asia/Aden"

BLIND14: dict[str, dict[str, Any]] = {
    # advisory of 3 February 2027: Monday 8 to Saturday 13 February; arrival at 18:30 UTC+2 (22:00
    # IST); NOC at 10:00 and the chamber at 16:00 on Tuesday 9; Misrata a day trip on Wednesday 10;
    # the MoU at 11:00 on Thursday 11; Benghazi (Friday 12) postponed with no new date; the oil
    # ministry meeting still to be fixed; Istanbul a change of flight; Jaipur's press call is no item
    "blind14_hi_advisory_rj_libya": {
        "published": None,
        "language": "hi",
        "head": "Mines and Petroleum Minister Surendra Singh Rathore",
        "year": 2027,
        "span": ("2027-02-08", "2027-02-13"),
        "engagements": {
            "Arrival in Tripoli": _e("2027-02-08", "Tripoli", TRIPOLI, start="2027-02-08T18:30:00+02:00"),
            "Meeting with National Oil Corporation (NOC)": _e(
                "2027-02-09", "Tripoli", TRIPOLI, start="2027-02-09T10:00:00+02:00"
            ),
            "Meeting with Tripoli Chamber of Commerce, Industry and Agriculture": _e(
                "2027-02-09", "Tripoli", TRIPOLI, start="2027-02-09T16:00:00+02:00"
            ),
            "Visit to Misurata Free Zone": _e("2027-02-10", "Misratah", TRIPOLI),
            "MoU signing with Industrial Research Centre (IRC)": _e(
                "2027-02-11", "Tripoli", TRIPOLI, start="2027-02-11T11:00:00+02:00"
            ),
            "Address to the Indian diaspora": _e("2027-02-11", "Tripoli", TRIPOLI),
            "Meeting with Benghazi Chamber of Commerce": _e(None, "Benghazi", TRIPOLI, "postponed"),
            "Meeting with Ministry of Oil and Gas": _e(None, None, TRIPOLI, "proposed"),
            "Return to India": _e("2027-02-13", None, KOLKATA),
        },
        "stops": [("Tripoli", "2027-02-08", "2027-02-13")],
        "contacts": [
            ("Dr. Faraj Al-Mahdawi", "", "Chairman", "National Oil Corporation", "host"),
            (
                "Abdulhakim Benrajab",
                "",
                "President",
                "Tripoli Chamber of Commerce, Industry and Agriculture",
                "host",
            ),
            ("Salem Ben Ghazi", "", "Director General", "Misurata Free Zone", "host"),
            ("Anjali Bhatnagar", "अंजलि भटनागर", "Principal Secretary (Mines)", "", "delegation"),
            (
                "Vikram Meena",
                "विक्रम मीणा",
                "Managing Director",
                "Rajasthan State Mines and Minerals Limited",
                "delegation",
            ),
        ],
    },
    # notebook of Sunday 17 January (2027, publication date given): सोमवार 11 January arrival;
    # मंगलवार 12 (ministry; Omdurman a day trip); बुधवार 13 to Wad Medani; गुरुवार 14 the MoU and back
    # to Khartoum; शुक्रवार 15 Kassala cancelled, the federation at 17:00 UTC+2; शनिवार 16 home via Doha
    "blind14_hi_notebook_mp_sudan": {
        "published": dt.date(2027, 1, 17),
        "language": "hi",
        "head": "Agriculture Minister Govind Singh Parmar",
        "year": None,
        "span": ("2027-01-11", "2027-01-16"),
        "engagements": {
            "Arrival in Khartoum": _e("2027-01-11", "Khartoum", KHARTOUM),
            "Meeting with Ministry of Agriculture and Forests": _e("2027-01-12", "Khartoum", KHARTOUM),
            "Visit to Omdurman Gum Arabic Market": _e("2027-01-12", "Omdurman", KHARTOUM),
            "Departure for Wad Medani": _e("2027-01-13", "Wad Medani", KHARTOUM),
            "Visit to Gezira Scheme": _e("2027-01-13", "Wad Medani", KHARTOUM),
            "MoU signing with Agricultural Research Corporation (ARC)": _e(
                "2027-01-14", "Wad Medani", KHARTOUM
            ),
            "Departure for Khartoum": _e("2027-01-14", "Khartoum", KHARTOUM),
            "Visit to Kassala Fruit Market": _e("2027-01-15", "Kassala", KHARTOUM, "cancelled"),
            "Meeting with Sudanese Businessmen and Employers Federation": _e(
                "2027-01-15", "Khartoum", KHARTOUM, start="2027-01-15T17:00:00+02:00"
            ),
            "Meeting with Gum Arabic Council": _e(None, None, KHARTOUM),
            "Return to India": _e("2027-01-16", None, KOLKATA),
        },
        "stops": [
            ("Khartoum", "2027-01-11", "2027-01-13"),
            ("Wad Medani", "2027-01-13", "2027-01-14"),
            ("Khartoum", "2027-01-14", "2027-01-16"),
        ],
        "contacts": [
            ("Abu Bakr Al-Bushra", "", "Minister", "Ministry of Agriculture and Forests", "host"),
            ("Omer Fadl Elmula", "", "Managing Director", "Gezira Scheme", "host"),
            ("Dr. Hind Abdelrahman", "", "Director General", "Agricultural Research Corporation", "host"),
            ("Hashim Mattar", "", "President", "Sudanese Businessmen and Employers Federation", "host"),
            ("Sudha Choudhary", "सुधा चौधरी", "Agricultural Production Commissioner", "", "delegation"),
            ("Dilip Jain", "दिलीप जैन", "President", "Soybean Processors Association of India", "delegation"),
        ],
    },
    # travelogue of 20 September 2026: Monday 14 at 06:40 UTC+7 in Novosibirsk; Tuesday 15 Akadempark;
    # Wednesday 16 to Irkutsk (UTC+8); Thursday 17 the aviation plant at 10:00 UTC+8; Friday 18 the
    # MoU and Bratsk cancelled; Saturday 19 home via Moscow; the Export Center has no date (no zone)
    "blind14_hi_travelogue_uk_siberia": {
        "published": None,
        "language": "hi",
        "head": "Higher Education Minister Prakash Bisht",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-19"),
        "engagements": {
            "Arrival in Novosibirsk": _e(
                "2026-09-14", "Novosibirsk", NOVOSIBIRSK, start="2026-09-14T06:40:00+07:00"
            ),
            "Meeting with Siberian Branch of the Russian Academy of Sciences (SB RAS)": _e(
                "2026-09-14", "Novosibirsk", NOVOSIBIRSK
            ),
            "Visit to Akadempark": _e("2026-09-15", "Novosibirsk", NOVOSIBIRSK),
            "Meeting with Novosibirsk State University (NSU)": _e("2026-09-15", "Novosibirsk", NOVOSIBIRSK),
            "Departure for Irkutsk": _e("2026-09-16", "Irkutsk", IRKUTSK),
            "Visit to Irkutsk Aviation Plant": _e(
                "2026-09-17", "Irkutsk", IRKUTSK, start="2026-09-17T10:00:00+08:00"
            ),
            "MoU signing with Irkutsk National Research Technical University (INRTU)": _e(
                "2026-09-18", "Irkutsk", IRKUTSK
            ),
            "Visit to Bratsk Aluminium Smelter": _e("2026-09-18", "Bratsk", IRKUTSK, "cancelled"),
            "Meeting with Russian Export Center": _e(None, None, None),
            "Return to India": _e("2026-09-19", None, KOLKATA),
        },
        "stops": [("Novosibirsk", "2026-09-14", "2026-09-16"), ("Irkutsk", "2026-09-16", "2026-09-19")],
        "contacts": [
            (
                "Prof. Andrei Sokolov",
                "",
                "Chairman",
                "Siberian Branch of the Russian Academy of Sciences",
                "host",
            ),
            ("Dmitry Vershinin", "", "CEO", "Akadempark", "host"),
            ("Prof. Yelena Markova", "", "Rector", "Novosibirsk State University", "host"),
            ("Sergei Malakhov", "", "Director", "Irkutsk Aviation Plant", "host"),
            ("Prof. Olga Belykh", "", "Rector", "Irkutsk National Research Technical University", "host"),
            ("Ravinder Rawat", "रविंदर रावत", "Higher Education Secretary", "", "delegation"),
            ("Prof. Kavita Negi", "प्रो. कविता नेगी", "Vice-Chancellor", "Kumaun University", "delegation"),
        ],
    },
    # briefing of Friday 4 December 2026: सोमवार 30 November arrival via Jakarta (a change of flight);
    # मंगलवार 1 December the MoU; बुधवार 2 to Timika; कल = Thursday 3 the regency meeting cancelled;
    # आज = Friday 4 back to Jayapura, KADIN at 15:00 UTC+9 (11:30 IST); शनिवार 5 home; Merauke postponed
    "blind14_hi_spokesperson_jh_papua": {
        "published": None,
        "language": "hi",
        "head": "Mines and Geology Minister Suresh Munda",
        "year": 2026,
        "span": ("2026-11-30", "2026-12-05"),
        "engagements": {
            "Arrival in Jayapura": _e("2026-11-30", "Jayapura", JAYAPURA),
            "MoU signing with Cenderawasih University": _e("2026-12-01", "Jayapura", JAYAPURA),
            "Departure for Timika": _e("2026-12-02", "Timika", JAYAPURA),
            "Visit to PT Freeport Indonesia": _e("2026-12-02", "Timika", JAYAPURA),
            "Meeting with Mimika Regency Government": _e("2026-12-03", "Timika", JAYAPURA, "cancelled"),
            "Departure for Jayapura": _e("2026-12-04", "Jayapura", JAYAPURA),
            "Meeting with Papua Chamber of Commerce and Industry (KADIN Papua)": _e(
                "2026-12-04", "Jayapura", JAYAPURA, start="2026-12-04T15:00:00+09:00"
            ),
            "Visit to Merauke Food Estate": _e(None, "Merauke", JAYAPURA, "postponed"),
            "Return to India": _e("2026-12-05", None, KOLKATA),
        },
        "stops": [
            ("Jayapura", "2026-11-30", "2026-12-02"),
            ("Timika", "2026-12-02", "2026-12-04"),
            ("Jayapura", "2026-12-04", "2026-12-05"),
        ],
        "contacts": [
            ("Dr. Oscar Wutoy", "", "Rector", "Cenderawasih University", "host"),
            ("Daniel Sitorus", "", "President Director", "PT Freeport Indonesia", "host"),
            ("Yulius Rumbiak", "", "President", "Papua Chamber of Commerce and Industry", "host"),
            ("Neha Arora", "नेहा अरोड़ा", "Mines Secretary", "", "delegation"),
        ],
    },
    # pictures of the week to Sunday 31 May (2026, publication date given): सोमवार 25 May landing at
    # Dzaoudzi, the stay in Mamoudzou; मंगलवार 26 the chamber; बुधवार 27 Koungou a day trip; गुरुवार 28
    # the marine park in Dzaoudzi cancelled and the MoU at 14:00 UTC+3 (16:30 IST); शुक्रवार 29 home
    "blind14_hi_weekpics_br_mayotte": {
        "published": dt.date(2026, 5, 31),
        "language": "hi",
        "head": "Animal and Fisheries Resources Minister Pramod Nishad",
        "year": None,
        "span": ("2026-05-25", "2026-05-29"),
        "engagements": {
            "Arrival in Mamoudzou": _e("2026-05-25", "Mamoudzou", MAYOTTE),
            "Meeting with Chamber of Commerce and Industry of Mayotte (CCI Mayotte)": _e(
                "2026-05-26", "Mamoudzou", MAYOTTE
            ),
            "Visit to Aquamay": _e("2026-05-27", "Koungou", MAYOTTE),
            "Visit to Mayotte Marine Natural Park": _e("2026-05-28", "Dzaoudzi", MAYOTTE, "cancelled"),
            "MoU signing with Departmental Council of Mayotte": _e(
                "2026-05-28", "Mamoudzou", MAYOTTE, start="2026-05-28T14:00:00+03:00"
            ),
            "Meeting with Mayotte Fishermen's Cooperative": _e(None, None, MAYOTTE),
            "Return to India": _e("2026-05-29", None, KOLKATA),
        },
        "stops": [("Mamoudzou", "2026-05-25", "2026-05-29")],
        "contacts": [
            ("Ousseni Madi", "", "President", "Chamber of Commerce and Industry of Mayotte", "host"),
            ("Fatima Soilihi", "", "Manager", "Aquamay", "host"),
            ("Mariam Attoumani", "", "President", "Departmental Council of Mayotte", "host"),
            ("Dr. Ajay Kumar Sinha", "डॉ. अजय कुमार सिन्हा", "Director (Fisheries)", "", "delegation"),
        ],
    },
    # notice of 22.04.2027: Monday 26 April arrival at 17:45 UTC+1 via Paris; Tuesday 27 the ministry
    # at 09:30 and BECDOR; Wednesday 28 to Berbérati; Thursday 29 Carnot cancelled, back to Bangui;
    # Friday 30 the MoU at 11:00 UTC+1; Saturday 1 May home; the Kimberley secretariat has no date
    "blind14_mixed_bilingual_gj_car": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Hemant Parmar",
        "year": 2027,
        "span": ("2027-04-26", "2027-05-01"),
        "engagements": {
            "Arrival in Bangui": _e("2027-04-26", "Bangui", BANGUI, start="2027-04-26T17:45:00+01:00"),
            "Meeting with Ministry of Mines and Geology": _e(
                "2027-04-27", "Bangui", BANGUI, start="2027-04-27T09:30:00+01:00"
            ),
            "Meeting with Bureau for the Evaluation and Control of Diamonds and Gold (BECDOR)": _e(
                "2027-04-27", "Bangui", BANGUI
            ),
            "Departure for Berbérati": _e("2027-04-28", "Berbérati", BANGUI),
            "Visit to Mambéré-Kadéï Diamond Cooperative": _e("2027-04-28", "Berbérati", BANGUI),
            "Visit to Carnot Diamond Buying Office": _e("2027-04-29", "Carnot", BANGUI, "cancelled"),
            "Departure for Bangui": _e("2027-04-29", "Bangui", BANGUI),
            "MoU signing with Chamber of Commerce, Industry, Mines and Crafts (CCIMA)": _e(
                "2027-04-30", "Bangui", BANGUI, start="2027-04-30T11:00:00+01:00"
            ),
            "Meeting with Permanent Secretariat of the Kimberley Process": _e(None, None, BANGUI),
            "Return to India": _e("2027-05-01", None, KOLKATA),
        },
        "stops": [
            ("Bangui", "2027-04-26", "2027-04-28"),
            ("Berbérati", "2027-04-28", "2027-04-29"),
            ("Bangui", "2027-04-29", "2027-05-01"),
        ],
        "contacts": [
            ("Hugues Ngoupandé", "", "Minister", "Ministry of Mines and Geology", "host"),
            (
                "Régis Zanga",
                "",
                "Director General",
                "Bureau for the Evaluation and Control of Diamonds and Gold",
                "host",
            ),
            ("Alphonse Yakité", "", "President", "Mambéré-Kadéï Diamond Cooperative", "host"),
            ("Gilles Abenaye", "", "President", "Chamber of Commerce, Industry, Mines and Crafts", "host"),
            ("Rupal Mehta", "", "Industries Commissioner", "", "delegation"),
            ("Kanubhai Mavani", "", "President", "Surat Diamond Association", "delegation"),
        ],
    },
    # manifest of 2 November 2026: the charter leaves Kochi at 00:30 IST on Sunday 8 November, a fuel
    # stop in Guam, lands in Majuro at 21:00 UTC+12 the same day; 9 MIMRA at 10:00; 10 the MoU at
    # 11:00; 11 the port; 12 the diaspora; the chamber postponed; Friday 13 back to Kochi
    "blind14_mixed_manifest_kl_marshallislands": {
        "published": None,
        "language": "hi",
        "head": "Fisheries Minister T. K. Asokan",
        "year": 2026,
        "span": ("2026-11-08", "2026-11-13"),
        "engagements": {
            "Arrival in Majuro": _e("2026-11-08", "Majuro", MAJURO, start="2026-11-08T21:00:00+12:00"),
            "Meeting with Marshall Islands Marine Resources Authority (MIMRA)": _e(
                "2026-11-09", "Majuro", MAJURO, start="2026-11-09T10:00:00+12:00"
            ),
            "Visit to Pan Pacific Foods": _e("2026-11-09", "Majuro", MAJURO),
            "MoU signing with College of the Marshall Islands (CMI)": _e(
                "2026-11-10", "Majuro", MAJURO, start="2026-11-10T11:00:00+12:00"
            ),
            "Visit to Port of Majuro": _e("2026-11-11", "Majuro", MAJURO),
            "Address to the Indian diaspora": _e(
                "2026-11-12", "Majuro", MAJURO, start="2026-11-12T18:30:00+12:00"
            ),
            "Meeting with Marshall Islands Chamber of Commerce": _e(None, "Majuro", MAJURO, "postponed"),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Majuro", "2026-11-08", "2026-11-13")],
        "contacts": [
            ("Kaiko Lometo", "", "Director", "Marshall Islands Marine Resources Authority", "host"),
            ("Wang Jianhua", "", "General Manager", "Pan Pacific Foods", "host"),
            ("Dr. Lani Kabua", "", "President", "College of the Marshall Islands", "host"),
            ("Dr. Meera Pillai", "", "Fisheries Secretary", "", "delegation"),
            ("Alex Ninan", "", "President", "Seafood Exporters Association of India", "delegation"),
        ],
    },
    # chat of Monday 5 October 2026 (2 PM IST = 18:30 ACDT): Thursday 1 arrival; Friday 2 the agency at
    # 10:00 UTC+9:30 and Tonsley cancelled; Saturday 3 Broken Hill a day trip; Sunday 4 clocks forward;
    # आज Monday 5 the MoU at 09:30 UTC+10:30, SmartSat, the community at 20:00; कल Tuesday 6 home
    "blind14_mixed_readerchat_ka_southaustralia": {
        "published": None,
        "language": "hi",
        "head": "IT and BT Minister N. S. Raghavendra",
        "year": 2026,
        "span": ("2026-10-01", "2026-10-06"),
        "engagements": {
            "Arrival in Adelaide": _e("2026-10-01", "Adelaide", ADELAIDE),
            "Meeting with Australian Space Agency": _e(
                "2026-10-02", "Adelaide", ADELAIDE, start="2026-10-02T10:00:00+09:30"
            ),
            "Visit to Tonsley Innovation District": _e("2026-10-02", "Adelaide", ADELAIDE, "cancelled"),
            "Visit to Broken Hill Solar Plant": _e("2026-10-03", "Broken Hill", BROKEN_HILL),
            "MoU signing with Flinders University": _e(
                "2026-10-05", "Adelaide", ADELAIDE, start="2026-10-05T09:30:00+10:30"
            ),
            "Meeting with SmartSat Cooperative Research Centre": _e("2026-10-05", "Adelaide", ADELAIDE),
            "Address to the Indian diaspora": _e(
                "2026-10-05", "Adelaide", ADELAIDE, start="2026-10-05T20:00:00+10:30"
            ),
            "Meeting with Department for Trade and Investment": _e(None, None, None),
            "Return to India": _e("2026-10-06", None, KOLKATA),
        },
        "stops": [("Adelaide", "2026-10-01", "2026-10-06")],
        "contacts": [
            ("Karen Whitfield", "", "Deputy Head", "Australian Space Agency", "host"),
            ("Prof. Rachel Hume", "", "Vice-Chancellor", "Flinders University", "host"),
            ("Prof. Helen Grant", "", "CEO", "SmartSat Cooperative Research Centre", "host"),
            ("Dr. Ekta Rao", "", "Secretary (IT and BT)", "", "delegation"),
            ("Vivek Hegde", "", "CEO", "Karnataka Digital Economy Mission", "delegation"),
        ],
    },
    # alerts compiled on 07/03 (2027, publication date given), stamps in IST are sending times:
    # Monday 1 March arrival at 16:10 UTC-3 (stamped 02/03 00:52 IST); 2 Kourou a day trip; 3 the
    # chamber at 10:00 UTC-3 and Saint-Laurent cancelled; 4 to Fort-de-France (UTC-4); 5 the MoU at
    # 11:00 UTC-4, Le Lamentin a day trip; 6 home via Paris; the tourism meeting postponed
    "blind14_mixed_smsalerts_ap_frenchguiana": {
        "published": dt.date(2027, 3, 7),
        "language": "hi",
        "head": "Industries Minister P. Srinivasa Rao",
        "year": None,
        "span": ("2027-03-01", "2027-03-06"),
        "engagements": {
            "Arrival in Cayenne": _e("2027-03-01", "Cayenne", CAYENNE, start="2027-03-01T16:10:00-03:00"),
            "Visit to Guiana Space Centre (CSG)": _e("2027-03-02", "Kourou", CAYENNE),
            "Meeting with Chamber of Commerce and Industry of French Guiana (CCIG)": _e(
                "2027-03-03", "Cayenne", CAYENNE, start="2027-03-03T10:00:00-03:00"
            ),
            "Visit to Maroni Timber Cooperative": _e(
                "2027-03-03", "Saint-Laurent-du-Maroni", CAYENNE, "cancelled"
            ),
            "Departure for Fort-de-France": _e("2027-03-04", "Fort-de-France", MARTINIQUE),
            "MoU signing with Martinique Economic Development Agency (AD Martinique)": _e(
                "2027-03-05", "Fort-de-France", MARTINIQUE, start="2027-03-05T11:00:00-04:00"
            ),
            "Visit to Banamart": _e("2027-03-05", "Le Lamentin", MARTINIQUE),
            "Meeting with Martinique Tourism Committee": _e(None, "Fort-de-France", MARTINIQUE, "postponed"),
            "Return to India": _e("2027-03-06", None, KOLKATA),
        },
        "stops": [("Cayenne", "2027-03-01", "2027-03-04"), ("Fort-de-France", "2027-03-04", "2027-03-06")],
        "contacts": [
            ("Laurent Fabre", "", "Director", "Guiana Space Centre", "host"),
            (
                "Ghislaine Thérèse",
                "",
                "President",
                "Chamber of Commerce and Industry of French Guiana",
                "host",
            ),
            ("Sandrine Marie-Rose", "", "Director General", "Martinique Economic Development Agency", "host"),
            ("Éric Lordinot", "", "President", "Banamart", "host"),
            ("Dr. Kavitha Reddy", "", "Special Chief Secretary (Industries)", "", "delegation"),
        ],
    },
    # agenda in IST (local = IST - 2:30): Monday 11 May 2026 landing 17:05 IST = 14:35 UTC+3; 12 SBDMA
    # 12:30 IST = 10:00, the chamber 17:30 IST = 15:00; 13 to Mukalla; 14 the MoU 13:30 IST = 11:00 and
    # back to Aden; 13 the cannery 16:30 IST = 14:00; 15 Taiz cancelled 15:30 IST = 13:00; 16 home
    "blind14_mixed_gcal_ts_yemen": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister M. Venkatesh Goud",
        "year": 2026,
        "span": ("2026-05-11", "2026-05-16"),
        "engagements": {
            "Arrival in Aden": _e("2026-05-11", "Aden", ADEN, start="2026-05-11T14:35:00+03:00"),
            "Meeting with Supreme Board for Drugs and Medical Appliances (SBDMA)": _e(
                "2026-05-12", "Aden", ADEN, start="2026-05-12T10:00:00+03:00"
            ),
            "Meeting with Aden Chamber of Commerce and Industry": _e(
                "2026-05-12", "Aden", ADEN, start="2026-05-12T15:00:00+03:00"
            ),
            "Departure for Mukalla": _e("2026-05-13", "Mukalla", ADEN),
            "Visit to Mukalla Fish Canning Factory": _e(
                "2026-05-13", "Mukalla", ADEN, start="2026-05-13T14:00:00+03:00"
            ),
            "MoU signing with Hadhramout University": _e(
                "2026-05-14", "Mukalla", ADEN, start="2026-05-14T11:00:00+03:00"
            ),
            "Departure for Aden": _e("2026-05-14", "Aden", ADEN),
            "Visit to Taiz Pharma Industries": _e(
                "2026-05-15", "Taiz", ADEN, "cancelled", start="2026-05-15T13:00:00+03:00"
            ),
            "Meeting with Ministry of Industry and Trade": _e(None, None, ADEN, "proposed"),
            "Return to India": _e("2026-05-16", None, KOLKATA),
        },
        "stops": [
            ("Aden", "2026-05-11", "2026-05-13"),
            ("Mukalla", "2026-05-13", "2026-05-14"),
            ("Aden", "2026-05-14", "2026-05-16"),
        ],
        "contacts": [
            (
                "Dr. Abdulqader Al-Bakri",
                "",
                "Chairman",
                "Supreme Board for Drugs and Medical Appliances",
                "host",
            ),
            ("Abu Bakr Bamatraf", "", "Chairman", "Aden Chamber of Commerce and Industry", "host"),
            ("Prof. Saleh Bin Dohry", "", "President", "Hadhramout University", "host"),
            ("Ramesh Kondapalli", "", "Chairman", "Pharmaceuticals Export Promotion Council", "delegation"),
            ("Shailaja Rani", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
}
