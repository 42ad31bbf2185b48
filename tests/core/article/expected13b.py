"""Thirteenth blind round, part B (``blind13_en_*``, ``blind13_roman_*``): written by hand before any parse.

Ten fictional visits to places no earlier article covers, six in English and four in Hindi written
in Latin script, in styles that differ from each other and from the earlier rounds:

* a protocol desk's hotel and logistics sheet (``Issued: 5 October 2026``) with check-in/check-out,
  motorcade, baggage-down and flight times that are no engagements (only the landing, the flight to
  Townsville and the programme items count), AEST (UTC+10) with a note that New South Wales is on
  summer time while Queensland is not, a day trip to the Gold Coast, a robotics visit cancelled with
  its time kept, Singapore a transit, hotel and car-company staff who are no contacts (Queensland);
* a host-country newspaper's report written from the host side (``Tuesday 30 March 2027``): the
  visitors "arrived on Thursday", a meeting at 10am GMT on Friday 26, the clocks going forward on
  Sunday 28 March so the MoU of Monday is at UTC+1, a regulator's meeting postponed with no date in a
  place of one zone, Liverpool and Manchester as airports only, the reporter no contact (Isle of Man);
* minutes of a preparatory meeting in Gandhinagar (``1 March 2027``) that approve the programme
  ``Thu 11.03.2027`` ... ``Tue 16.03.2027`` in Bermuda local time across the start of daylight saving on
  Sunday 14 March (UTC-4, then UTC-3), a stock-exchange visit deleted from the programme (cancelled,
  date and time kept), a meeting with the Ministry of Finance still to be sought (proposed, no date),
  action-point deadlines and officers present who do not travel as decoys, New York a transit
  (Bermuda);
* a LinkedIn post by a start-up CEO in the delegation, no year and no dates but weekdays and
  ``Thursday the 22nd`` (publication date given), across the end of summer time on Sunday 25 October
  (UTC+2, then UTC+1) with local times and IST, a gaming association meeting pushed to a date to be
  fixed, London a transit, a partner's office in Málaga and Pune as decoys; the author is a
  delegation contact (Gibraltar);
* a host weekly's "what's on this week" listing (``Week of 16–22 November 2026``) in which the
  delegation's items sit among unrelated ones (Pirates Week, a gallery show, a cricket match against
  Bermuda), a day trip to West Bay, a tourism association breakfast cancelled with its time kept, a
  chamber meeting "date to be announced" in a place of one zone, Miami a transit (Cayman Islands);
* a consulate's welcome note to an arriving delegation (``Sydney, 2 September 2026``) with the
  programme, New Caledonia 5½ hours ahead of IST, the landing at La Tontouta near Païta, a day trip
  to Mont-Dore, a training institute visit in Dumbéa cancelled by a strike, Sydney a transit; the
  Consul General who signs the note is no contact (New Caledonia);
* a Roman-script TV news script (``ANCHOR``/``VO``/``BYTE``/``SUPER``) of ``Budhvaar, 9 June 2027``:
  ``Ravivaar ko`` arrival, ``aaj`` the move from the Azores (UTC+0 in summer) to Madeira (UTC+1),
  ``kal`` and ``Shanivaar`` ahead, a local time with IST, a wine company visit in Funchal postponed with
  no date (Portugal has several zones, the city is given), Lisbon a transit, the anchor, reporter and
  Panaji studio as decoys (Azores and Madeira, Portugal);
* a Roman-script Telegram channel's updates whose post stamps are in IST (15½ hours ahead of
  Tahiti, so a post of the 17th can be about the evening of the 16th): explicit Tahiti-time dates,
  a day trip to Punaauia, a port visit cancelled by a strike, a chamber meeting postponed with no
  date in Papeete, Auckland a transit, the Faa'a airport (a city of its own) only the landing place,
  arrival home two days later across the date line (French Polynesia);
* a Roman-script competitive-exam current-affairs digest (``24 November 2026``) with one item on a
  two-country sports tour (Antigua and Barbuda, then St Kitts and Nevis, two zones at the same
  offset), a local time with IST, a ministry meeting cancelled in Basseterre, ``Yaad rakhein`` facts
  and a quiz whose wrong options are decoy countries, other unrelated items with dates (Antigua and
  Barbuda; Saint Kitts and Nevis);
* a Roman-script Instagram caption series by a minister (``Day 1`` ... ``Day 7``, ``2 November`` with no
  year; publication date given): Vancouver a change of planes the day after British Columbia's clocks
  went back (Yukon stays at UTC-7 all year), local clock times, a Chamber of Mines breakfast
  cancelled, a federal meeting postponed with no date in a country of several zones, Shimla the home
  city (Yukon, Canada).

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names and zones GeoNames' zone
of the city.  Undated engagements carry the country's zone when the country has one zone, else none
(unless the article names the city).  A visit's stops run from the day of arrival to the day of
leaving; day trips and transits are no stops.  A later move is titled ``Departure for X`` (with the
departure time when one is given); the way home is ``Return to India`` with Asia/Kolkata and no
start, on the day of leaving.  A cancelled engagement keeps its planned date (and time); a postponed
or proposed one with no new date has none.  ``Mr.``/``Ms.``/``Hon.`` are dropped, ``Dr.`` and ``Prof.``
kept.  Roman-script Hindi articles have language ``hi``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

BRISBANE, ISLE_OF_MAN, BERMUDA, GIBRALTAR = (
    "Australia/Brisbane",
    "Europe/Isle_of_Man",
    "Atlantic/Bermuda",
    "Europe/Gibraltar",
)
CAYMAN, NOUMEA, AZORES, MADEIRA = "America/Cayman", "Pacific/Noumea", "Atlantic/Azores", "Atlantic/Madeira"
TAHITI, ANTIGUA, ST_KITTS, WHITEHORSE = (
    "Pacific/Tahiti",
    "America/Antigua",
    "America/St_Kitts",
    "America/Whitehorse",
)

BLIND13B: dict[str, dict[str, Any]] = {
    # sheet of 5 October 2026: Sunday 11 October landing 07:15 AEST (UTC+10, no summer time in
    # Queensland), Monday 12, Tuesday 13 Gold Coast and back, Wednesday 14 the 08:40 flight to
    # Townsville, Thursday 15 (the 09:00 robotics visit cancelled), Friday 16 home; motorcade,
    # baggage and check-in times are no engagements
    "blind13_en_logistics_ka_queensland": {
        "published": None,
        "language": "en",
        "head": "IT and BT Minister Sharath Chandra Gowda",
        "year": 2026,
        "span": ("2026-10-11", "2026-10-16"),
        "engagements": {
            "Arrival in Brisbane": _e("2026-10-11", "Brisbane", BRISBANE, start="2026-10-11T07:15:00+10:00"),
            "Meeting with Trade and Investment Queensland": _e(
                "2026-10-12", "Brisbane", BRISBANE, start="2026-10-12T10:00:00+10:00"
            ),
            "Visit to University of Queensland": _e(
                "2026-10-12", "Brisbane", BRISBANE, start="2026-10-12T14:30:00+10:00"
            ),
            "Visit to Bond University": _e(
                "2026-10-13", "Gold Coast", BRISBANE, start="2026-10-13T11:00:00+10:00"
            ),
            "Departure for Townsville": _e(
                "2026-10-14", "Townsville", BRISBANE, start="2026-10-14T08:40:00+10:00"
            ),
            "Investors' roundtable": _e(
                "2026-10-14", "Townsville", BRISBANE, start="2026-10-14T18:00:00+10:00"
            ),
            "Visit to Coral Reach Robotics": _e(
                "2026-10-15", "Townsville", BRISBANE, "cancelled", start="2026-10-15T09:00:00+10:00"
            ),
            "Visit to James Cook University": _e(
                "2026-10-15", "Townsville", BRISBANE, start="2026-10-15T11:30:00+10:00"
            ),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [("Brisbane", "2026-10-11", "2026-10-14"), ("Townsville", "2026-10-14", "2026-10-16")],
        "contacts": [
            ("Rebecca Lindqvist", "", "Chief Executive", "Trade and Investment Queensland", "host"),
            (
                "Prof. Alan Whitmore",
                "",
                "Deputy Vice-Chancellor (Global Engagement)",
                "University of Queensland",
                "host",
            ),
            ("Dr. Hannah Creswell", "", "Executive Dean", "Bond University", "host"),
            ("Patricia Mulholland", "", "Chief Executive", "Townsville Enterprise", "host"),
            ("Prof. Grant Kettle", "", "Provost", "James Cook University", "host"),
            ("Dr. Manjula Rao", "", "Principal Secretary (IT, BT and S&T)", "", "delegation"),
            ("Kiran Shetty", "", "CEO", "Karnataka Digital Economy Mission", "delegation"),
        ],
    },
    # paper of Tuesday 30 March 2027: "on Thursday" = 25 March arrival, Friday 26 at 10am GMT (UTC+0),
    # Saturday 27 diaspora evening, clocks forward on Sunday 28, Monday 29 MoU at 11am (UTC+1),
    # leaving "this afternoon" (30th); the FSA meeting postponed with no date keeps the one zone
    "blind13_en_hostpaper_hr_isleofman": {
        "published": None,
        "language": "en",
        "head": "Industries and Commerce Minister Vikram Singh Yadav",
        "year": 2027,
        "span": ("2027-03-25", "2027-03-30"),
        "engagements": {
            "Arrival in Douglas": _e("2027-03-25", "Douglas", ISLE_OF_MAN),
            "Meeting with Department for Enterprise": _e(
                "2027-03-26", "Douglas", ISLE_OF_MAN, start="2027-03-26T10:00:00+00:00"
            ),
            "Address to the Indian diaspora": _e("2027-03-27", "Douglas", ISLE_OF_MAN),
            "MoU signing with Digital Isle of Man": _e(
                "2027-03-29", "Douglas", ISLE_OF_MAN, start="2027-03-29T11:00:00+01:00"
            ),
            "Meeting with Isle of Man Financial Services Authority": _e(None, None, ISLE_OF_MAN, "postponed"),
            "Return to India": _e("2027-03-30", None, KOLKATA),
        },
        "stops": [("Douglas", "2027-03-25", "2027-03-30")],
        "contacts": [
            ("Tim Kerruish", "", "Minister for Enterprise", "Department for Enterprise", "host"),
            ("Lyndsey Corlett", "", "Chief Executive", "Digital Isle of Man", "host"),
            ("Amit Jindal", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Naveen Goyal", "", "Managing Director", "Paytrail Solutions", "delegation"),
        ],
    },
    # minutes of 1 March 2027: Thu 11 March arrival, Fri 12 at 10:00 and 15:00 UTC-4 (the 17:00 BSX
    # slot deleted), Sat 13 at 18:30 UTC-4, clocks forward on Sunday 14, Mon 15 at 09:30 UTC-3, Tue 16
    # home; the Ministry of Finance call still to be sought: no date, the island's one zone
    "blind13_en_minutes_gj_bermuda": {
        "published": None,
        "language": "en",
        "head": "Finance Minister Bharat Kothari",
        "year": 2027,
        "span": ("2027-03-11", "2027-03-16"),
        "engagements": {
            "Arrival in Hamilton": _e("2027-03-11", "Hamilton", BERMUDA),
            "Meeting with Bermuda Business Development Agency (BDA)": _e(
                "2027-03-12", "Hamilton", BERMUDA, start="2027-03-12T10:00:00-04:00"
            ),
            "Visit to Bermuda Monetary Authority (BMA)": _e(
                "2027-03-12", "Hamilton", BERMUDA, start="2027-03-12T15:00:00-04:00"
            ),
            "Visit to Bermuda Stock Exchange (BSX)": _e(
                "2027-03-12", "Hamilton", BERMUDA, "cancelled", start="2027-03-12T17:00:00-04:00"
            ),
            "Address to the Indian diaspora": _e(
                "2027-03-13", "Hamilton", BERMUDA, start="2027-03-13T18:30:00-04:00"
            ),
            "Meeting with Association of Bermuda Insurers and Reinsurers (ABIR)": _e(
                "2027-03-15", "Hamilton", BERMUDA, start="2027-03-15T09:30:00-03:00"
            ),
            "Meeting with Ministry of Finance": _e(None, None, BERMUDA, "proposed"),
            "Return to India": _e("2027-03-16", None, KOLKATA),
        },
        "stops": [("Hamilton", "2027-03-11", "2027-03-16")],
        "contacts": [
            ("Andrea Simons", "", "CEO", "Bermuda Business Development Agency", "host"),
            ("Kevin Outerbridge", "", "Director, Innovation", "Bermuda Monetary Authority", "host"),
            (
                "Nicole Darrell-Smith",
                "",
                "President",
                "Association of Bermuda Insurers and Reinsurers",
                "host",
            ),
            ("Dr. Hemal Parikh", "", "Principal Secretary (Finance)", "", "delegation"),
            ("Tapan Raval", "", "Managing Director", "GIFT City Company Ltd", "delegation"),
        ],
    },
    # post of Friday 30 October 2026 (no year or month in the text): Thursday the 22nd arrival, Friday
    # 23 at 10am UTC+2 (1.30pm IST), Saturday 24 diaspora evening, clocks back on Sunday 25, Monday 26
    # at 11am UTC+1 (3.30pm IST), Tuesday 27 home via London; the GBGA meeting has no date
    "blind13_en_linkedin_mh_gibraltar": {
        "published": dt.date(2026, 10, 30),
        "language": "en",
        "head": "Information Technology Minister Sunil Bhosale",
        "year": None,
        "span": ("2026-10-22", "2026-10-27"),
        "engagements": {
            "Arrival in Gibraltar": _e("2026-10-22", "Gibraltar", GIBRALTAR),
            "Meeting with Gibraltar Financial Services Commission (GFSC)": _e(
                "2026-10-23", "Gibraltar", GIBRALTAR, start="2026-10-23T10:00:00+02:00"
            ),
            "Address to the Indian diaspora": _e("2026-10-24", "Gibraltar", GIBRALTAR),
            "MoU signing with University of Gibraltar": _e(
                "2026-10-26", "Gibraltar", GIBRALTAR, start="2026-10-26T11:00:00+01:00"
            ),
            "Meeting with Gibraltar Betting and Gaming Association": _e(None, None, GIBRALTAR, "postponed"),
            "Return to India": _e("2026-10-27", None, KOLKATA),
        },
        "stops": [("Gibraltar", "2026-10-22", "2026-10-27")],
        "contacts": [
            ("Marianne Bossano", "", "CEO", "Gibraltar Financial Services Commission", "host"),
            ("Prof. Catherine Galliano", "", "Vice-Chancellor", "University of Gibraltar", "host"),
            ("Rohit Kulkarni", "", "Founder & CEO", "LedgerLoop Technologies", "delegation"),
            ("Dr. Shweta Apte", "", "Secretary (IT)", "", "delegation"),
        ],
    },
    # listing for the week of Monday 16 to Sunday 22 November 2026 (UTC-5, no summer time): Monday 16
    # arrival and 7pm diaspora evening, Tuesday 17 10am MoU, Wednesday 18 West Bay and back, Thursday
    # 19 8am breakfast cancelled, Friday 20 departure; the Chamber meeting has no date, one zone
    "blind13_en_eventsweek_kl_cayman": {
        "published": None,
        "language": "en",
        "head": "Tourism Minister K. Sudheeran Nair",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-20"),
        "engagements": {
            "Arrival in George Town": _e("2026-11-16", "George Town", CAYMAN),
            "Address to the Indian diaspora": _e(
                "2026-11-16", "George Town", CAYMAN, start="2026-11-16T19:00:00-05:00"
            ),
            "MoU signing with Cayman Islands Department of Tourism": _e(
                "2026-11-17", "George Town", CAYMAN, start="2026-11-17T10:00:00-05:00"
            ),
            "Visit to Cayman Turtle Centre": _e(
                "2026-11-18", "West Bay", CAYMAN, start="2026-11-18T11:00:00-05:00"
            ),
            "Meeting with Cayman Islands Tourism Association (CITA)": _e(
                "2026-11-19", "George Town", CAYMAN, "cancelled", start="2026-11-19T08:00:00-05:00"
            ),
            "Meeting with Cayman Islands Chamber of Commerce": _e(None, None, CAYMAN, "proposed"),
            "Return to India": _e("2026-11-20", None, KOLKATA),
        },
        "stops": [("George Town", "2026-11-16", "2026-11-20")],
        "contacts": [
            ("Rosa Ebanks-McLean", "", "Director of Tourism", "Cayman Islands Department of Tourism", "host"),
            ("Jerris Bodden", "", "Managing Director", "Cayman Turtle Centre", "host"),
            ("Aswathy Menon", "", "Tourism Director", "", "delegation"),
            ("Jacob Varghese", "", "President", "Kerala Travel Mart Society", "delegation"),
        ],
    },
    # note of 2 September 2026 for Monday 14 to Saturday 19 September (UTC+11): landing 06:50 at La
    # Tontouta (Païta, no city of the visit), Tuesday 15 at 09:00 and 15:00, Wednesday 16 Mont-Dore and
    # back, Thursday 17 at 11:00 and 18:30, Friday 18 the Dumbéa visit cancelled, Saturday 19 home
    "blind13_en_welcomenote_od_newcaledonia": {
        "published": None,
        "language": "en",
        "head": "Steel and Mines Minister Bibhuti Prasad Mallick",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-19"),
        "engagements": {
            "Arrival in Nouméa": _e("2026-09-14", "Nouméa", NOUMEA, start="2026-09-14T06:50:00+11:00"),
            "Meeting with Government of New Caledonia": _e(
                "2026-09-15", "Nouméa", NOUMEA, start="2026-09-15T09:00:00+11:00"
            ),
            "Meeting with New Caledonia Chamber of Commerce and Industry": _e(
                "2026-09-15", "Nouméa", NOUMEA, start="2026-09-15T15:00:00+11:00"
            ),
            "Visit to Pacific Nickel Refinery": _e("2026-09-16", "Mont-Dore", NOUMEA),
            "MoU signing with University of New Caledonia": _e(
                "2026-09-17", "Nouméa", NOUMEA, start="2026-09-17T11:00:00+11:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-09-17", "Nouméa", NOUMEA, start="2026-09-17T18:30:00+11:00"
            ),
            "Visit to Nickel Training Institute": _e("2026-09-18", "Dumbéa", NOUMEA, "cancelled"),
            "Return to India": _e("2026-09-19", None, KOLKATA),
        },
        "stops": [("Nouméa", "2026-09-14", "2026-09-19")],
        "contacts": [
            (
                "Sylvain Wamytan",
                "",
                "Member of the Government responsible for Mines and Energy",
                "Government of New Caledonia",
                "host",
            ),
            ("Xavier Lacombe", "", "President", "New Caledonia Chamber of Commerce and Industry", "host"),
            ("Étienne Gorodey", "", "Managing Director", "Pacific Nickel Refinery", "host"),
            ("Prof. Hélène Boyer", "", "President", "University of New Caledonia", "host"),
            ("Dr. Saswat Mishra", "", "Principal Secretary (Steel and Mines)", "", "delegation"),
            ("Rajat Panda", "", "Managing Director", "Odisha Mining Corporation", "delegation"),
        ],
    },
    # script of Wednesday 9 June 2027: Ravivaar 6 June Ponta Delgada (UTC+0 in summer), Somvaar 7 at
    # 10:00 (15:30 IST), Mangalvaar 8, aaj (9th) to Funchal (UTC+1) and the evening address at 19:00,
    # kal (10th) at 11:00, Shanivaar 12 home via Lisbon; the Funchal wine visit postponed, no date
    "blind13_roman_tvscript_ga_azores": {
        "published": None,
        "language": "hi",
        "head": "Tourism Minister Vishwas Naik",
        "year": 2027,
        "span": ("2027-06-06", "2027-06-12"),
        "engagements": {
            "Arrival in Ponta Delgada": _e("2027-06-06", "Ponta Delgada", AZORES),
            "Meeting with Ponta Delgada Chamber of Commerce and Industry": _e(
                "2027-06-07", "Ponta Delgada", AZORES, start="2027-06-07T10:00:00+00:00"
            ),
            "MoU signing with University of the Azores": _e("2027-06-08", "Ponta Delgada", AZORES),
            "Departure for Funchal": _e("2027-06-09", "Funchal", MADEIRA),
            "Address to the Indian diaspora": _e(
                "2027-06-09", "Funchal", MADEIRA, start="2027-06-09T19:00:00+01:00"
            ),
            "Meeting with Regional Government of Madeira": _e(
                "2027-06-10", "Funchal", MADEIRA, start="2027-06-10T11:00:00+01:00"
            ),
            "Visit to Madeira Wine Company": _e(None, "Funchal", MADEIRA, "postponed"),
            "Return to India": _e("2027-06-12", None, KOLKATA),
        },
        "stops": [("Ponta Delgada", "2027-06-06", "2027-06-09"), ("Funchal", "2027-06-09", "2027-06-12")],
        "contacts": [
            ("Rui Medeiros", "", "President", "Ponta Delgada Chamber of Commerce and Industry", "host"),
            ("Prof. Tiago Pacheco", "", "Rector", "University of the Azores", "host"),
            (
                "Ana Sofia Freitas",
                "",
                "Regional Secretary for Tourism",
                "Regional Government of Madeira",
                "host",
            ),
            ("Savio Fernandes", "", "Chairman", "Goa Tourism Development Corporation", "delegation"),
        ],
    },
    # channel posts stamped in IST; Tahiti dates in the text: Ravivaar 16 August 2026 landing 18:20
    # (UTC-10), Somvaar 17 at 09:00, Mangalvaar 18 Punaauia and back, Budhvaar 19 MoU at 10:00 and
    # the port visit cancelled, Shukravaar 21 home via Auckland; the CCISM meeting postponed, no date
    "blind13_roman_telegram_ap_frenchpolynesia": {
        "published": None,
        "language": "hi",
        "head": "Fisheries Minister Ch. Venkata Ramana",
        "year": 2026,
        "span": ("2026-08-16", "2026-08-21"),
        "engagements": {
            "Arrival in Papeete": _e("2026-08-16", "Papeete", TAHITI, start="2026-08-16T18:20:00-10:00"),
            "Meeting with Government of French Polynesia": _e(
                "2026-08-17", "Papeete", TAHITI, start="2026-08-17T09:00:00-10:00"
            ),
            "Visit to Polynesian Aquaculture Centre": _e("2026-08-18", "Punaauia", TAHITI),
            "MoU signing with University of French Polynesia": _e(
                "2026-08-19", "Papeete", TAHITI, start="2026-08-19T10:00:00-10:00"
            ),
            "Visit to Port of Papeete": _e("2026-08-19", "Papeete", TAHITI, "cancelled"),
            "Meeting with Chamber of Commerce, Industry, Services and Trades (CCISM)": _e(
                None, "Papeete", TAHITI, "postponed"
            ),
            "Return to India": _e("2026-08-21", None, KOLKATA),
        },
        "stops": [("Papeete", "2026-08-16", "2026-08-21")],
        "contacts": [
            (
                "Tehei Maraetefau",
                "",
                "Minister of Marine Resources",
                "Government of French Polynesia",
                "host",
            ),
            ("Dr. Moana Tetuanui", "", "Director", "Polynesian Aquaculture Centre", "host"),
            ("Prof. Jean-Luc Marchal", "", "President", "University of French Polynesia", "host"),
            ("B. Lakshmi Prasanna", "", "Fisheries Commissioner", "", "delegation"),
            ("Konda Srinivas", "", "President", "Bhimavaram Aqua Farmers' Association", "delegation"),
        ],
    },
    # digest of 24 November 2026: 16 November St. John's, 17th, 18th MoU at 11:00 UTC-4 (20:30 IST),
    # 19th to Basseterre (another zone at the same offset), 20th the ministry meeting cancelled and
    # the diaspora evening, 21 November home
    "blind13_roman_currentaffairs_jh_antigua": {
        "published": None,
        "language": "hi",
        "head": "Sports Minister Ramesh Toppo",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-21"),
        "engagements": {
            "Arrival in Saint John’s": _e("2026-11-16", "Saint John’s", ANTIGUA),
            "Meeting with Cricket West Indies": _e("2026-11-17", "Saint John’s", ANTIGUA),
            "Visit to Antigua Recreation Ground": _e("2026-11-17", "Saint John’s", ANTIGUA),
            "MoU signing with Antigua and Barbuda Ministry of Sports": _e(
                "2026-11-18", "Saint John’s", ANTIGUA, start="2026-11-18T11:00:00-04:00"
            ),
            "Departure for Basseterre": _e("2026-11-19", "Basseterre", ST_KITTS),
            "Visit to Warner Park": _e("2026-11-19", "Basseterre", ST_KITTS),
            "Meeting with St Kitts and Nevis Ministry of Sports": _e(
                "2026-11-20", "Basseterre", ST_KITTS, "cancelled"
            ),
            "Address to the Indian diaspora": _e("2026-11-20", "Basseterre", ST_KITTS),
            "Return to India": _e("2026-11-21", None, KOLKATA),
        },
        "stops": [("Saint John’s", "2026-11-16", "2026-11-19"), ("Basseterre", "2026-11-19", "2026-11-21")],
        "contacts": [
            ("Marlon Grant", "", "CEO", "Cricket West Indies", "host"),
            ("Kelvin Joseph", "", "Minister of Sports", "Antigua and Barbuda Ministry of Sports", "host"),
            ("Anil Kachhap", "", "Secretary", "Jharkhand State Cricket Association", "delegation"),
            ("Manish Tiwary", "", "Sports Secretary", "", "delegation"),
        ],
    },
    # captions published up to Sunday 8 November 2026 (no year in the text): Day 1 Somvaar 2 November
    # Whitehorse (UTC-7 all year; Vancouver fell back on Sunday 1 November), Day 2 at 10:00, Day 3 at
    # 14:00, Day 4 the 07:30 Chamber of Mines breakfast cancelled, Day 5 Shukravaar 6 home via
    # Vancouver; the Natural Resources Canada meeting postponed, no date, no zone (several zones)
    "blind13_roman_instagram_hp_yukon": {
        "published": dt.date(2026, 11, 8),
        "language": "hi",
        "head": "Forest Minister Jagat Ram Negi",
        "year": None,
        "span": ("2026-11-02", "2026-11-06"),
        "engagements": {
            "Arrival in Whitehorse": _e("2026-11-02", "Whitehorse", WHITEHORSE),
            "Meeting with Yukon Department of Energy, Mines and Resources": _e(
                "2026-11-03", "Whitehorse", WHITEHORSE, start="2026-11-03T10:00:00-07:00"
            ),
            "MoU signing with Yukon University": _e(
                "2026-11-04", "Whitehorse", WHITEHORSE, start="2026-11-04T14:00:00-07:00"
            ),
            "Meeting with Yukon Chamber of Mines": _e(
                "2026-11-05", "Whitehorse", WHITEHORSE, "cancelled", start="2026-11-05T07:30:00-07:00"
            ),
            "Visit to Kwanlin Dün Cultural Centre": _e("2026-11-05", "Whitehorse", WHITEHORSE),
            "Meeting with Natural Resources Canada": _e(None, None, None, "postponed"),
            "Return to India": _e("2026-11-06", None, KOLKATA),
        },
        "stops": [("Whitehorse", "2026-11-02", "2026-11-06")],
        "contacts": [
            (
                "Paul Grenier",
                "",
                "Deputy Minister",
                "Yukon Department of Energy, Mines and Resources",
                "host",
            ),
            ("Dr. Maureen Tlen", "", "President", "Yukon University", "host"),
            ("Dr. Kamla Sharma", "", "Forest Secretary", "", "delegation"),
        ],
    },
}

__all__ = ["BLIND13B"]
