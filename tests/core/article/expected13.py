"""Expected visits for the thirteenth blind round, part A (``blind13_hi_*``, ``blind13_mixed_*``): written
by hand before any parse.

Ten fictional visits to countries and regions no earlier blind round covers, five in Devanagari Hindi
with Latin names inside and five in mixed script (Devanagari Hindi with many English words and Latin
names), in styles no earlier round used:

* a TV news bulletin script (``एंकर``/``VO``/``बाइट``) broadcast ``बुधवार, 28 अक्टूबर 2026``: ``आज``
  the day of leaving, ``कल यानी मंगलवार``, a local time with IST before and after the end of summer
  time on Sunday 25 October (UTC+2, then UTC+1), a day trip to Prizren, a berry farm near Pejë
  cancelled by snow, a chamber meeting put off with no date, an undated agency meeting, a delegation
  member heard in a byte, Istanbul as a change of flight and Vienna, Shimla, Kotkhai and Jubbal as
  decoys (Kosovo);
* a state assembly's proceedings with a motion of thanks (``दिनांक: मंगलवार, 16 फरवरी 2027``) listing
  the trip in lettered clauses: a night in Kalgoorlie, an MoU at 3 pm local time with IST (UTC+8), a
  Pilbara port visit cancelled by a cyclone warning, an undated Austrade meeting in a country of several
  zones, the mover and the seconder as no contacts, Singapore a change of flight, Melbourne a head
  office, Dhanbad and Jamshedpur decoys (Western Australia, Australia);
* a state department's FAQ page (``अंतिम अपडेट: गुरुवार, 25 मार्च``, no year; publication date given)
  told mid-visit: ``आज``, ``कल, शुक्रवार``, ``शनिवार``, a local time at UTC-2 and another at UTC-1 after
  Nuuk's clocks go forward in the night of Saturday 27 March, a business association meeting cancelled,
  a tourism meeting proposed with no date in a territory of several zones, Copenhagen and Kangerlussuaq
  changes of flight, Gangotri, Joshimath and Auli as decoys (Greenland);
* a competitive-exam current-affairs digest (``12 जनवरी 2027``) whose first item is the visit in
  bullets (``कब: 4 से 9 जनवरी 2027``), followed by exam facts (``9 जुलाई 2011``, Malakal and Juba
  peacekeepers) and unrelated state items dated 10 and 11 January in Indore and Bhopal, a night in
  Wau, a Malakal port visit cancelled, an investment authority meeting in Juba put off with no date,
  Addis Ababa a change of flight, a multiple-choice question with decoy capitals (South Sudan);
* a news portal's RSS/headline feed (``शुक्रवार, 18 सितंबर``, no year; publication date given) in
  reverse order whose ``hh:mm IST`` stamps are posting times, not engagement times: ``आज`` in each item
  is that item's date, two nights' stay in Saint-Pierre with a day trip to Saint-Louis, an MoU at 3 pm
  local time (UTC+4) with IST, a port visit in Le Port cancelled by a strike, a chamber meeting with no
  date, Mauritius a change of flight, Karaikal and Paris items as decoys (Réunion, France);
* a company CEO's LinkedIn post in the delegation (``Nov 28, 2026``): ``Fri, 20 Nov`` ... ``Wed, 25 Nov``,
  a day trip to Ubud, an MoU at 10:30 local time (8 AM IST, UTC+8), a port visit cancelled by rain, a
  bank meeting in Denpasar postponed with no date, an undated meeting in a country of several zones, a
  move to Makassar, Singapore and Jakarta as changes of flight, Nuapatna, Bargarh and Cuttack as decoys
  (Bali and South Sulawesi, Indonesia);
* a protocol cell's logistics sheet (check-in/check-out, motorcade, baggage; ``Issued on: Wednesday, 02
  June 2027``) with 24-hour local times at UTC+0, a port visit cancelled with its time kept, a
  promotion agency meeting proposed with no date or venue, motorcade and baggage times that are no
  engagements, a Kochi liaison who is no delegation member, Lisbon and Dubai connections, a later
  briefing in Thiruvananthapuram and the embassy in Luanda as decoys (São Tomé and Príncipe);
* a tourism department's Telegram channel (``[11 May 2026, 09:10]``) whose stamps are posting times
  in IST: ``आज`` in each post, a local time with IST (UTC+8), a hotel association meeting cancelled, an
  IPIM meeting postponed with no date, Hong Kong as a transit by ferry, Lisbon, Old Goa, Panaji and
  Dabolim/Mopa as decoys (Macau, China);
* a protocol desk's internal checklist (``Last edited: Fri 12 Feb 2027, 18:20 IST``) with ``[x]``/``[ ]``
  items: a move from Asmara (UTC+3) to Port Sudan (UTC+2) in another country and zone, local times with
  IST on both sides, a day trip to Massawa, a Keren visit postponed with no date, a courtesy call sought
  with no date, a Sudanese meeting cancelled, CEOs whose visas are pending and the desk officer as no
  contacts, Cairo and Jeddah as changes of flight (Eritrea and Sudan);
* a social-media desk's compilation of a minister's Instagram captions (``शनिवार, 12 December``, no
  year; publication date given) told in ``Day 1 (Sun, 6 Dec)`` ... ``Day 6``, ``📍`` place tags (the
  last one an airport), a move to Berbera and back, a Hargeisa chamber meeting cancelled, a Kismayo
  meeting proposed with no date, an MoU at 4 pm local time with IST (UTC+3), Istanbul a change of
  flight, a Dubai head office and Mandvi, Mundra, Kandla, Porbandar and Veraval as decoys (Somalia).

Same shape as ``expected.BLIND2``.  Conventions as in ``expected7``, ``expected11`` and ``expected12``:
city names are GeoNames' English names (``Pejë``, ``Hargeysa``, ``São Tomé``) and zones GeoNames' zone of
the city.  Undated engagements carry the country's zone when the country has one zone, else none
(Australia, Greenland and Indonesia have several).  A visit's stops run from the day of arrival to the
day of leaving; day trips are no stops, and neither are transit halts or changes of flight.
Mixed-script articles are ``"hi"``.  A later move is titled ``Departure for X``; the way home is
``Return to India`` with Asia/Kolkata and no start, on the day of leaving the country.  A cancelled
engagement keeps its planned date (and its time); a postponed or proposed one with no new date has
none.  ``Mr.`` and ``Ms.`` before a name are dropped; ``Dr.`` and ``Prof.`` are kept.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

BELGRADE, PERTH, NUUK, JUBA = "Europe/Belgrade", "Australia/Perth", "America/Nuuk", "Africa/Juba"
REUNION, MAKASSAR, SAO_TOME, MACAU = "Indian/Reunion", "Asia/Makassar", "Africa/Sao_Tome", "Asia/Macau"
ASMARA, KHARTOUM, MOGADISHU = "Africa/Asmara", "Africa/Khartoum", "Africa/Mogadishu"

BLIND13: dict[str, dict[str, Any]] = {
    # script of Wednesday 28 October 2026: Friday 23 to आज (28); Saturday 24 at 11:00 UTC+2 (14:30
    # IST); clocks back early on Sunday 25; Prizren a day trip on Monday 26 at 10:00 UTC+1; कल यानी
    # मंगलवार = 27 (MoU, Pejë cancelled); the chamber put off and KIESA with no date
    "blind13_hi_tvscript_hp_kosovo": {
        "published": None,
        "language": "hi",
        "head": "Horticulture Minister Rajinder Thakur",
        "year": 2026,
        "span": ("2026-10-23", "2026-10-28"),
        "engagements": {
            "Arrival in Pristina": _e("2026-10-23", "Pristina", BELGRADE),
            "Meeting with Ministry of Agriculture, Forestry and Rural Development": _e(
                "2026-10-24", "Pristina", BELGRADE, start="2026-10-24T11:00:00+02:00"
            ),
            "Visit to Sharri Fruit": _e("2026-10-26", "Prizren", BELGRADE, start="2026-10-26T10:00:00+01:00"),
            "MoU signing with University of Pristina": _e("2026-10-27", "Pristina", BELGRADE),
            "Visit to Rugova Berry Farms": _e("2026-10-27", "Pejë", BELGRADE, "cancelled"),
            "Meeting with Kosovo Chamber of Commerce": _e(None, None, BELGRADE, "postponed"),
            "Meeting with Kosovo Investment and Enterprise Support Agency (KIESA)": _e(None, None, BELGRADE),
            "Return to India": _e("2026-10-28", None, KOLKATA),
        },
        "stops": [("Pristina", "2026-10-23", "2026-10-28")],
        "contacts": [
            (
                "Faton Berisha",
                "",
                "Minister",
                "Ministry of Agriculture, Forestry and Rural Development",
                "host",
            ),
            ("Besnik Gashi", "", "Managing Director", "Sharri Fruit", "host"),
            ("Prof. Drita Hoxha", "", "Rector", "University of Pristina", "host"),
            (
                "Dr. Suresh Thakur",
                "डॉ. सुरेश ठाकुर",
                "Vice-Chancellor",
                "Dr. Yashwant Singh Parmar University of Horticulture and Forestry",
                "delegation",
            ),
        ],
    },
    # proceedings of 16 February 2027: Monday 1 to Saturday 6 February; the MoU at 15:00 UTC+8 (12:30
    # IST) on the 2nd; Kalgoorlie from the 3rd to the 4th; Port Hedland cancelled on the 5th; Austrade
    # has no date (Australia has several zones); Singapore a change of flight, Melbourne a head office
    "blind13_hi_motionofthanks_jh_westernaustralia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dilip Mahato",
        "year": 2027,
        "span": ("2027-02-01", "2027-02-06"),
        "engagements": {
            "Arrival in Perth": _e("2027-02-01", "Perth", PERTH),
            "Meeting with Department of Mines, Petroleum and Exploration (DMPE)": _e(
                "2027-02-02", "Perth", PERTH
            ),
            "MoU signing with Curtin University": _e(
                "2027-02-02", "Perth", PERTH, start="2027-02-02T15:00:00+08:00"
            ),
            "Departure for Kalgoorlie": _e("2027-02-03", "Kalgoorlie", PERTH),
            "Visit to Kalgoorlie Consolidated Gold Mines (KCGM)": _e("2027-02-03", "Kalgoorlie", PERTH),
            "Departure for Perth": _e("2027-02-04", "Perth", PERTH),
            "Address to the Indian diaspora": _e("2027-02-04", "Perth", PERTH),
            "Investors' roundtable": _e("2027-02-05", "Perth", PERTH),
            "Visit to Pilbara Ports": _e("2027-02-05", "Port Hedland", PERTH, "cancelled"),
            "Meeting with Austrade": _e(None, None, None),
            "Return to India": _e("2027-02-06", None, KOLKATA),
        },
        "stops": [
            ("Perth", "2027-02-01", "2027-02-03"),
            ("Kalgoorlie", "2027-02-03", "2027-02-04"),
            ("Perth", "2027-02-04", "2027-02-06"),
        ],
        "contacts": [
            ("Sarah Collins", "", "Mines Minister", "Department of Mines, Petroleum and Exploration", "host"),
            ("Prof. Helen Marsh", "", "Vice-Chancellor", "Curtin University", "host"),
            ("Tom Riley", "", "General Manager", "Kalgoorlie Consolidated Gold Mines", "host"),
            ("Vandana Toppo", "वंदना टोप्पो", "Principal Secretary (Mines and Geology)", "", "delegation"),
        ],
    },
    # FAQ updated Thursday 25 March (2027, publication date given), no year in the text: arrival
    # Wednesday 24; आज = 25; कल, शुक्रवार = 26 at 14:00 UTC-2 (21:30 IST); the Saturday 27 meeting
    # cancelled; clocks forward that night; Monday 29 at 11:00 UTC-1 (17:30 IST); home Tuesday 30
    "blind13_hi_faq_ut_greenland": {
        "published": dt.date(2027, 3, 25),
        "language": "hi",
        "head": "Forest Minister Harish Bisht",
        "year": None,
        "span": ("2027-03-24", "2027-03-30"),
        "engagements": {
            "Arrival in Nuuk": _e("2027-03-24", "Nuuk", NUUK),
            "Visit to Greenland Institute of Natural Resources": _e("2027-03-25", "Nuuk", NUUK),
            "MoU signing with University of Greenland (Ilisimatusarfik)": _e(
                "2027-03-26", "Nuuk", NUUK, start="2027-03-26T14:00:00-02:00"
            ),
            "Meeting with Greenland Business Association": _e("2027-03-27", "Nuuk", NUUK, "cancelled"),
            "Meeting with Ministry of Nature and Environment": _e(
                "2027-03-29", "Nuuk", NUUK, start="2027-03-29T11:00:00-01:00"
            ),
            "Meeting with Visit Greenland": _e(None, None, None, "proposed"),
            "Return to India": _e("2027-03-30", None, KOLKATA),
        },
        "stops": [("Nuuk", "2027-03-24", "2027-03-30")],
        "contacts": [
            ("Dr. Malik Kleist", "", "Director", "Greenland Institute of Natural Resources", "host"),
            ("Prof. Aviaja Lyberth", "", "Rector", "University of Greenland", "host"),
            ("Naja Petersen", "", "Minister", "Ministry of Nature and Environment", "host"),
            (
                "Dr. Kamal Pant",
                "डॉ. कमल पंत",
                "Director",
                "Wadia Institute of Himalayan Geology",
                "delegation",
            ),
        ],
    },
    # digest of 12 January 2027: 4 to 9 January; Wau from the 6th to the 7th; Malakal cancelled on the
    # 8th; the investment authority in Juba put off with no date; 9 July 2011 and the Indore (10th) and
    # Bhopal (11th) items are decoys; Addis Ababa a change of flight
    "blind13_hi_currentaffairs_mp_southsudan": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Mohanlal Kushwaha",
        "year": 2027,
        "span": ("2027-01-04", "2027-01-09"),
        "engagements": {
            "Arrival in Juba": _e("2027-01-04", "Juba", JUBA),
            "Meeting with Ministry of Agriculture and Food Security": _e("2027-01-05", "Juba", JUBA),
            "MoU signing with University of Juba": _e("2027-01-05", "Juba", JUBA),
            "Departure for Wau": _e("2027-01-06", "Wau", JUBA),
            "Visit to Jur River Seed Farm": _e("2027-01-06", "Wau", JUBA),
            "Departure for Juba": _e("2027-01-07", "Juba", JUBA),
            "Meeting with South Sudan Chamber of Commerce, Industry and Agriculture": _e(
                "2027-01-07", "Juba", JUBA
            ),
            "Visit to Malakal River Port": _e("2027-01-08", "Malakal", JUBA, "cancelled"),
            "Meeting with South Sudan Investment Authority": _e(None, "Juba", JUBA, "postponed"),
            "Return to India": _e("2027-01-09", None, KOLKATA),
        },
        "stops": [
            ("Juba", "2027-01-04", "2027-01-06"),
            ("Wau", "2027-01-06", "2027-01-07"),
            ("Juba", "2027-01-07", "2027-01-09"),
        ],
        "contacts": [
            ("Mary Ayen Deng", "", "Minister", "Ministry of Agriculture and Food Security", "host"),
            ("Prof. Peter Lado", "", "Vice-Chancellor", "University of Juba", "host"),
            ("Santino Akol", "", "Manager", "Jur River Seed Farm", "host"),
            (
                "Simon Lual Garang",
                "",
                "President",
                "South Sudan Chamber of Commerce, Industry and Agriculture",
                "host",
            ),
            ("Anupam Shrivastava", "अनुपम श्रीवास्तव", "Principal Secretary (Agriculture)", "", "delegation"),
        ],
    },
    # feed of Friday 18 September (2026, publication date given), no year in the text; each item's आज
    # is its own date: Sunday 13 arrival; 14 Regional Council; 15 to Saint-Pierre; 16 Saint-Louis a day
    # trip; 17 back to Saint-Denis, the MoU at 15:00 UTC+4 (16:30 IST), Le Port cancelled; 18 home via
    # Mauritius (a change of flight); CCIR has no date; the Karaikal and Paris items are decoys
    "blind13_hi_rss_py_reunion": {
        "published": dt.date(2026, 9, 18),
        "language": "hi",
        "head": "Chief Minister A. Kalaivanan",
        "year": None,
        "span": ("2026-09-13", "2026-09-18"),
        "engagements": {
            "Arrival in Saint-Denis": _e("2026-09-13", "Saint-Denis", REUNION),
            "Meeting with Regional Council of Réunion": _e("2026-09-14", "Saint-Denis", REUNION),
            "Departure for Saint-Pierre": _e("2026-09-15", "Saint-Pierre", REUNION),
            "Address to the Indian diaspora": _e("2026-09-15", "Saint-Pierre", REUNION),
            "Visit to Le Gol Sugar Factory": _e("2026-09-16", "Saint-Louis", REUNION),
            "Departure for Saint-Denis": _e("2026-09-17", "Saint-Denis", REUNION),
            "MoU signing with University of Réunion": _e(
                "2026-09-17", "Saint-Denis", REUNION, start="2026-09-17T15:00:00+04:00"
            ),
            "Visit to Port Réunion": _e("2026-09-17", "Le Port", REUNION, "cancelled"),
            "Meeting with Chamber of Commerce and Industry of Réunion (CCIR)": _e(None, None, REUNION),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [
            ("Saint-Denis", "2026-09-13", "2026-09-15"),
            ("Saint-Pierre", "2026-09-15", "2026-09-17"),
            ("Saint-Denis", "2026-09-17", "2026-09-18"),
        ],
        "contacts": [
            ("Marie-Claude Payet", "", "President", "Regional Council of Réunion", "host"),
            ("Jean-Luc Técher", "", "Director", "Le Gol Sugar Factory", "host"),
            ("Prof. Frédéric Hoarau", "", "President", "University of Réunion", "host"),
            ("Priya Raghavan", "प्रिया राघवन", "Tourism Secretary", "", "delegation"),
        ],
    },
    # post of 28 November 2026: Fri 20 to Wed 25 November; Ubud a day trip on Sunday 22; the MoU at
    # 10:30 UTC+8 (08:00 IST) on Monday 23, Benoa cancelled the same day; Makassar from Tuesday 24;
    # Garuda has no date (Indonesia has several zones); Bank Indonesia in Denpasar postponed
    "blind13_mixed_linkedin_od_bali": {
        "published": None,
        "language": "hi",
        "head": "Textiles Minister Pradeep Kumar Nayak",
        "year": 2026,
        "span": ("2026-11-20", "2026-11-25"),
        "engagements": {
            "Arrival in Denpasar": _e("2026-11-20", "Denpasar", MAKASSAR),
            "Meeting with Bali Provincial Tourism Office": _e("2026-11-21", "Denpasar", MAKASSAR),
            "Visit to Threads of Ubud": _e("2026-11-22", "Ubud", MAKASSAR),
            "MoU signing with Dekranasda Bali": _e(
                "2026-11-23", "Denpasar", MAKASSAR, start="2026-11-23T10:30:00+08:00"
            ),
            "Visit to Benoa Port": _e("2026-11-23", "Denpasar", MAKASSAR, "cancelled"),
            "Departure for Makassar": _e("2026-11-24", "Makassar", MAKASSAR),
            "Meeting with South Sulawesi Chamber of Commerce and Industry (Kadin Sulsel)": _e(
                "2026-11-24", "Makassar", MAKASSAR
            ),
            "Meeting with Garuda Indonesia": _e(None, None, None),
            "Meeting with Bank Indonesia": _e(None, "Denpasar", MAKASSAR, "postponed"),
            "Return to India": _e("2026-11-25", None, KOLKATA),
        },
        "stops": [("Denpasar", "2026-11-20", "2026-11-24"), ("Makassar", "2026-11-24", "2026-11-25")],
        "contacts": [
            ("I Made Sudarsana", "", "Head", "Bali Provincial Tourism Office", "host"),
            ("Ketut Suryani", "", "Owner", "Threads of Ubud", "host"),
            ("Ni Luh Putu Ariani", "", "Chairperson", "Dekranasda Bali", "host"),
            ("Andi Rahman", "", "Chairman", "South Sulawesi Chamber of Commerce and Industry", "host"),
            ("Sanjukta Mohapatra", "", "CEO", "Kalinga Handlooms Pvt Ltd", "delegation"),
            ("Bijay Kumar Sahu", "बिजय कुमार साहू", "Director (Handlooms)", "", "delegation"),
        ],
    },
    # sheet issued 2 June 2027, local times at UTC+0: Mon 07 June landing at 16:40; Tue 08 at 09:30
    # and 15:00; Wed 09 at 11:00; Thu 10 the port at 10:00 cancelled, CCIAS at 16:00; APCI proposed with
    # no date; Sat 12 home via Lisbon; motorcade, baggage and the 20 June briefing are no engagements
    "blind13_mixed_logistics_kl_saotome": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister P. K. Sreedharan",
        "year": 2027,
        "span": ("2027-06-07", "2027-06-12"),
        "engagements": {
            "Arrival in São Tomé": _e("2027-06-07", "São Tomé", SAO_TOME, start="2027-06-07T16:40:00+00:00"),
            "Meeting with Ministry of Agriculture, Fisheries and Rural Development": _e(
                "2027-06-08", "São Tomé", SAO_TOME, start="2027-06-08T09:30:00+00:00"
            ),
            "Visit to CacauSTP": _e("2027-06-08", "São Tomé", SAO_TOME, start="2027-06-08T15:00:00+00:00"),
            "MoU signing with Agronomic and Technological Research Centre (CIAT)": _e(
                "2027-06-09", "São Tomé", SAO_TOME, start="2027-06-09T11:00:00+00:00"
            ),
            "Visit to Ana Chaves Port": _e(
                "2027-06-10", "São Tomé", SAO_TOME, "cancelled", start="2027-06-10T10:00:00+00:00"
            ),
            "Meeting with Chamber of Commerce, Industry, Agriculture and Services (CCIAS)": _e(
                "2027-06-10", "São Tomé", SAO_TOME, start="2027-06-10T16:00:00+00:00"
            ),
            "Meeting with National Investment and Trade Promotion Agency (APCI)": _e(
                None, None, SAO_TOME, "proposed"
            ),
            "Return to India": _e("2027-06-12", None, KOLKATA),
        },
        "stops": [("São Tomé", "2027-06-07", "2027-06-12")],
        "contacts": [
            (
                "Abel Bom Jesus",
                "",
                "Minister",
                "Ministry of Agriculture, Fisheries and Rural Development",
                "host",
            ),
            ("Lúcia Trovoada", "", "Managing Director", "CacauSTP", "host"),
            ("Dr. Hélder Costa", "", "Director", "Agronomic and Technological Research Centre", "host"),
            (
                "Mário Lima",
                "",
                "President",
                "Chamber of Commerce, Industry, Agriculture and Services",
                "host",
            ),
            ("Dr. Anitha Varghese", "", "Agriculture Production Commissioner", "", "delegation"),
            ("Joseph Kuruvilla", "", "President", "Kerala Cocoa Growers' Federation", "delegation"),
        ],
    },
    # posts of 10-14 May 2026 stamped in IST (posting times): arrival the 10th via Hong Kong (ferry,
    # no halt); MGTO at 10:00 UTC+8 (07:30 IST) on the 11th, the diaspora that evening; the MoU on the
    # 12th; the hotel association cancelled and the heritage walk on the 13th; IPIM postponed with no
    # date; home on the 14th
    "blind13_mixed_telegram_ga_macau": {
        "published": None,
        "language": "hi",
        "head": "Tourism Minister Savio Fernandes",
        "year": 2026,
        "span": ("2026-05-10", "2026-05-14"),
        "engagements": {
            "Arrival in Macau": _e("2026-05-10", "Macau", MACAU),
            "Meeting with Macao Government Tourism Office (MGTO)": _e(
                "2026-05-11", "Macau", MACAU, start="2026-05-11T10:00:00+08:00"
            ),
            "Address to the Indian diaspora": _e("2026-05-11", "Macau", MACAU),
            "MoU signing with Macao University of Tourism (UTM)": _e("2026-05-12", "Macau", MACAU),
            "Meeting with Macau Hotel Association": _e("2026-05-13", "Macau", MACAU, "cancelled"),
            "Visit to Historic Centre of Macao": _e("2026-05-13", "Macau", MACAU),
            "Meeting with Macao Trade and Investment Promotion Institute (IPIM)": _e(
                None, None, MACAU, "postponed"
            ),
            "Return to India": _e("2026-05-14", None, KOLKATA),
        },
        "stops": [("Macau", "2026-05-10", "2026-05-14")],
        "contacts": [
            ("Maria Helena Lopes", "", "Director", "Macao Government Tourism Office", "host"),
            ("Prof. Carlos Noronha", "", "President", "Macao University of Tourism", "host"),
            ("Nikhil Dessai", "", "Tourism Secretary", "", "delegation"),
            (
                "Francis Rodrigues",
                "",
                "Managing Director",
                "Goa Tourism Development Corporation",
                "delegation",
            ),
        ],
    },
    # checklist of 12 February 2027: Mon 15 landing at 14:20 UTC+3 (16:50 IST); Tue 16 at 10:00;
    # Massawa a day trip on Wed 17; Thu 18 at 11:00; Fri 19 to Port Sudan (UTC+2), the chamber at 18:00
    # (21:30 IST); Sat 20 cancelled; Sun 21 home via Jeddah; Keren postponed and the Eritrean chamber
    # sought, both with no date; the 8 February briefing book is no engagement
    "blind13_mixed_checklist_ts_eritrea": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister K. Venkat Reddy",
        "year": 2027,
        "span": ("2027-02-15", "2027-02-21"),
        "engagements": {
            "Arrival in Asmara": _e("2027-02-15", "Asmara", ASMARA, start="2027-02-15T14:20:00+03:00"),
            "Meeting with Ministry of Trade and Industry": _e(
                "2027-02-16", "Asmara", ASMARA, start="2027-02-16T10:00:00+03:00"
            ),
            "Visit to Massawa Port": _e("2027-02-17", "Massawa", ASMARA),
            "MoU signing with Pharmecor": _e(
                "2027-02-18", "Asmara", ASMARA, start="2027-02-18T11:00:00+03:00"
            ),
            "Visit to Keren Agro Processing": _e(None, "Keren", ASMARA, "postponed"),
            "Meeting with Eritrean National Chamber of Commerce": _e(None, None, ASMARA, "proposed"),
            "Departure for Port Sudan": _e("2027-02-19", "Port Sudan", KHARTOUM),
            "Meeting with Red Sea State Chamber of Commerce": _e(
                "2027-02-19", "Port Sudan", KHARTOUM, start="2027-02-19T18:00:00+02:00"
            ),
            "Meeting with Sudanese Businessmen and Employers Federation": _e(
                "2027-02-20", "Port Sudan", KHARTOUM, "cancelled"
            ),
            "Return to India": _e("2027-02-21", None, KOLKATA),
        },
        "stops": [("Asmara", "2027-02-15", "2027-02-19"), ("Port Sudan", "2027-02-19", "2027-02-21")],
        "contacts": [
            ("Tesfay Gebremeskel", "", "Minister", "Ministry of Trade and Industry", "host"),
            ("Dr. Senait Habte", "", "General Manager", "Pharmecor", "host"),
            ("Osman Idris", "", "President", "Red Sea State Chamber of Commerce", "host"),
            ("Aruna Kumari", "", "Industries Secretary", "", "delegation"),
            ("Dr. Ravi Prasad", "", "President", "Bulk Drug Manufacturers Association", "delegation"),
        ],
    },
    # captions compiled Saturday 12 December (2026, publication date given), no year in the text: Day 1
    # = Sunday 6 December; Day 3 = 8 (Berbera); Day 4 = 9 (Hargeisa cancelled); Day 5 = 10 (back, MoU at
    # 16:00 UTC+3 = 18:30 IST); Day 6 = 11 home; Kismayo proposed with no date; Istanbul a change of
    # flight, Dubai a head office
    "blind13_mixed_instagram_gj_somalia": {
        "published": dt.date(2026, 12, 12),
        "language": "hi",
        "head": "Ports Minister Jitendra Vaghela",
        "year": None,
        "span": ("2026-12-06", "2026-12-11"),
        "engagements": {
            "Arrival in Mogadishu": _e("2026-12-06", "Mogadishu", MOGADISHU),
            "Meeting with Ministry of Ports and Marine Transport": _e("2026-12-07", "Mogadishu", MOGADISHU),
            "Visit to Port of Mogadishu": _e("2026-12-07", "Mogadishu", MOGADISHU),
            "Departure for Berbera": _e("2026-12-08", "Berbera", MOGADISHU),
            "Visit to Berbera Port": _e("2026-12-08", "Berbera", MOGADISHU),
            "Meeting with Somaliland Chamber of Commerce": _e(
                "2026-12-09", "Hargeysa", MOGADISHU, "cancelled"
            ),
            "Departure for Mogadishu": _e("2026-12-10", "Mogadishu", MOGADISHU),
            "MoU signing with Somali Chamber of Commerce and Industry (SCCI)": _e(
                "2026-12-10", "Mogadishu", MOGADISHU, start="2026-12-10T16:00:00+03:00"
            ),
            "Meeting with Kismayo Port Authority": _e(None, None, MOGADISHU, "proposed"),
            "Return to India": _e("2026-12-11", None, KOLKATA),
        },
        "stops": [
            ("Mogadishu", "2026-12-06", "2026-12-08"),
            ("Berbera", "2026-12-08", "2026-12-10"),
            ("Mogadishu", "2026-12-10", "2026-12-11"),
        ],
        "contacts": [
            ("Ahmed Farah Warsame", "", "Minister", "Ministry of Ports and Marine Transport", "host"),
            ("Abdillahi Hassan", "", "General Manager", "Berbera Port", "host"),
            ("Mohamed Abdullahi Omar", "", "Chairman", "Somali Chamber of Commerce and Industry", "host"),
            ("Hemant Desai", "", "CEO", "Gujarat Maritime Board", "delegation"),
        ],
    },
}
