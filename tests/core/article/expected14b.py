"""Fourteenth blind round, part B (``blind14_en_*``, ``blind14_roman_*``): written by hand before any parse.

Ten fictional visits to places no earlier article covers, six in English and four in Hindi written
in Latin script, in styles no earlier round used:

* a state information department's media advisory ``FOR PLANNING PURPOSES ONLY`` (``Issued: Tuesday,
  20 October 2026``) with local clock times on both sides of the end of British Summer Time on
  Sunday 25 October (UTC+1, then UTC+0), a day trip to Guernsey (another zone, Europe/Guernsey), a
  change of aircraft at Heathrow, a visit cancelled with its time, a chamber meeting postponed with
  no date in a named city, Jersey Finance's offices in London, Dubai and Mumbai and the media contact
  as decoys (Jersey);
* an embedded reporter's notebook (``Published March 18, 2027``) whose entries are mostly bare
  weekdays and one ``Day 5``, a 7:40 a.m. arrival at UTC-8 and a 5 p.m. address in Surrey at UTC-7
  after the start of daylight saving on Sunday 14 March, day trips to Abbotsford and Surrey, a night
  in Victoria, a port visit scrubbed, a council session pushed back with no date; the byline,
  Jalandhar, Seattle and Tokyo are decoys (British Columbia, Canada);
* a Google Calendar agenda copied as text under a forwarding note (``Monday, 26 October 2026``),
  ``Wed, Oct 28`` ... ``Wed, Nov 4`` in Tijuana time across the end of daylight saving on Sunday 1
  November (UTC-7, then UTC-8), a ``Guests:`` list, two nights in Mexicali, San Diego and San
  Francisco as changes of plane, a ``CANCELLED:`` entry keeping its time, an ``Unscheduled (no date)``
  postponed meeting, a parent company's head office in Phoenix; the desk officer is no contact
  (Baja California, Mexico);
* the foreign ministry spokesperson's weekly briefing transcript (``August 20, 2026``, a Thursday)
  whose third announcement tells an Assam delegation's stay with ``On Tuesday``, ``Yesterday``,
  ``Today``, ``Tomorrow``, ``Saturday``; Manaus an hour behind São Paulo (UTC-4), a time given in
  both local time and IST (the next day in India), a day trip to Itacoatiara, a Maués visit called
  off, a Brasília call deferred with no date (Brasília's own zone); the Ghana, Geneva and Colombo
  items, the spokesperson and the journalists are decoys (Amazonas, Brazil);
* a Sunday magazine's travelogue (``Sunday, September 27`` with no year; publication date given):
  the landing at 9:20 pm ``one hour ahead of Santiago`` (Punta Arenas keeps UTC-3 all year, Santiago
  moved to summer time on Sunday 6 September), Santiago a change of planes, a harbour tour killed by
  a gale, a navy call requested with no date in a named city, Vasco da Gama, Dubai, São Paulo,
  Ushuaia and the Indian Antarctic station as decoys (Magallanes, Chile);
* a government SMS alert log whose ``[dd-mm-yyyy hh:mm IST]`` stamps are sending times, not
  engagement times and often a day after the local date; Avarua at UTC-10, the date line crossed
  (leaving Auckland on Tuesday night and landing on Tuesday morning), Auckland and Singapore changes
  of plane, a cancelled visit keeping its time, a diaspora address in Avarua with no date, a meeting
  postponed with no date and no city in a place of one zone, the way home on the local Saturday although the
  delegation reaches Auckland on Sunday, an unrelated Guntur and Kurnool alert (Cook Islands);
* a Roman-script newspaper live chat with readers (``Shanivaar, 20 February``, no year; publication
  date given): ``Somvaar 8 February`` to ``Shanivaar 13 February``, ``agle din, yaani Mangalvaar``,
  ``Guruvaar shaam``, an MoU at 11 local time given also as 8:30 pm in India, a hospital visit
  cancelled, London a change of flight, Trinidad and Darbhanga as decoys; the moderator and readers
  are no contacts (Grenada);
* a Roman-script summary of the minister's Facebook Live from Roseau (``Guruvaar, 15 October 2026,
  raat 9:00 baje (IST)``, 11:30 in Roseau): past weekdays, ``Aaj subah 10 baje (local time)``,
  ``Kal, Shukravaar`` and ``Parson, Shanivaar`` ahead, a meeting cancelled by the host, a meeting
  put off with no date in a place of one zone, Barbados a change of flight, Haridwar, Rishikesh and
  Dehradun as decoys (Dominica);
* a Roman-script newspaper's week in pictures (``Ravivaar, 7 March``, no year; publication date
  given) whose numbered pictures mix the visit with home-state photos (a Jaipur rally, Udaipur,
  Jodhpur) whose officials are no contacts, Amsterdam a change of flight, a time in Aruba time and
  IST, a port visit called off, a ministry meeting proposed with no date (Aruba);
* a Roman-script page of a government achievements booklet (``JANUARY 2027`` masthead, the trip ``9
  se 13 November 2026``) with a box of numbers that are no dates, ``Din 1 (Somvaar, 9 November)``
  then bare ``Din 2`` ... ``Din 5``, local times said to be 9.5 hours behind IST, a diaspora event
  cancelled, a proposed meeting in a named city with no date, Barbados a change of flight, a warning
  that Kingstown is not Jamaica's Kingston, a head office in Antigua, Rohtak, Bhiwani and Sonipat as
  decoys (St Vincent and the Grenadines).

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names and zones GeoNames' zone
of the city.  Undated engagements carry the country's zone when the country has one zone, else none;
a postponed or proposed engagement with no new date keeps the city the text names and that city's
zone.  A visit's stops run from the day of arrival to the day of leaving; day trips, transits and
changes of plane are no stops.  A later move is titled ``Departure for X``; the way home is ``Return
to India`` with Asia/Kolkata and no start, on the day of leaving the country.  A cancelled engagement
keeps its planned date and its clock time.  ``Mr.``, ``Ms.`` and ``Shri`` are dropped; ``Dr.`` and
``Prof.`` are kept.  Roman-script Hindi articles have language ``hi``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

JERSEY, GUERNSEY, VANCOUVER, TIJUANA = (
    "Europe/Jersey",
    "Europe/Guernsey",
    "America/Vancouver",
    "America/Tijuana",
)
MANAUS, SAO_PAULO, PUNTA_ARENAS = "America/Manaus", "America/Sao_Paulo", "America/Punta_Arenas"
RAROTONGA, GRENADA, DOMINICA = "Pacific/Rarotonga", "America/Grenada", "America/Dominica"
ARUBA, ST_VINCENT = "America/Aruba", "America/St_Vincent"

BLIND14B: dict[str, dict[str, Any]] = {
    # advisory of Tuesday 20 October 2026: Friday 23 to Wednesday 28 October; UTC+1 until 02:00 on
    # Sunday 25 (the 23rd and 24th), UTC+0 after; Guernsey a day trip on Monday 26; the Digital
    # Jersey visit cancelled at 14:00 on Tuesday 27; the chamber meeting postponed with no date
    "blind14_en_mediaadvisory_gj_jersey": {
        "published": None,
        "language": "en",
        "head": "Finance Minister Hiren Solanki",
        "year": 2026,
        "span": ("2026-10-23", "2026-10-28"),
        "engagements": {
            "Arrival in Saint Helier": _e(
                "2026-10-23", "Saint Helier", JERSEY, start="2026-10-23T16:40:00+01:00"
            ),
            "Meeting with Jersey Finance": _e(
                "2026-10-24", "Saint Helier", JERSEY, start="2026-10-24T10:00:00+01:00"
            ),
            "Visit to Channel Fiduciary Services": _e(
                "2026-10-24", "Saint Helier", JERSEY, start="2026-10-24T15:30:00+01:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-10-25", "Saint Helier", JERSEY, start="2026-10-25T18:00:00+00:00"
            ),
            "Meeting with Guernsey Financial Services Commission": _e(
                "2026-10-26", "Saint Peter Port", GUERNSEY, start="2026-10-26T11:00:00+00:00"
            ),
            "Meeting with Government of Jersey": _e(
                "2026-10-27", "Saint Helier", JERSEY, start="2026-10-27T09:30:00+00:00"
            ),
            "Visit to Digital Jersey Hub": _e(
                "2026-10-27", "Saint Helier", JERSEY, "cancelled", start="2026-10-27T14:00:00+00:00"
            ),
            "Meeting with Jersey Chamber of Commerce": _e(None, "Saint Helier", JERSEY, "postponed"),
            "Return to India": _e("2026-10-28", None, KOLKATA),
        },
        "stops": [("Saint Helier", "2026-10-23", "2026-10-28")],
        "contacts": [
            ("Elaine Le Feuvre", "", "Chief Executive", "Jersey Finance", "host"),
            ("Tom Vibert", "", "Managing Director", "Channel Fiduciary Services", "host"),
            ("Martin Ogier", "", "Director General", "Guernsey Financial Services Commission", "host"),
            ("Philip Renouf", "", "Minister for External Relations", "Government of Jersey", "host"),
            ("Dr. Aarti Mehta", "", "Principal Secretary (Finance)", "", "delegation"),
            ("Rakesh Bhatt", "", "Managing Director", "GIFT City Company Ltd", "delegation"),
        ],
    },
    # notebook of 18 March 2027: Thursday 11 (7:40 at UTC-8), Friday 12, Saturday 13 (Abbotsford and
    # back), Sunday 14 (clocks forward; Surrey at 17:00 UTC-7), Monday 15 = Day 5 (9 a.m. ferry, a
    # night in Victoria), Tuesday 16 back to Vancouver, Wednesday 17 home; the port visit scrubbed on
    # the 12th; the Blueberry Council session in Abbotsford pushed back with no date
    "blind14_en_notebook_pb_vancouver": {
        "published": None,
        "language": "en",
        "head": "Agriculture Minister Baljinder Singh Toor",
        "year": 2027,
        "span": ("2027-03-11", "2027-03-17"),
        "engagements": {
            "Arrival in Vancouver": _e(
                "2027-03-11", "Vancouver", VANCOUVER, start="2027-03-11T07:40:00-08:00"
            ),
            "Visit to University of British Columbia": _e("2027-03-12", "Vancouver", VANCOUVER),
            "Visit to Port of Vancouver": _e("2027-03-12", "Vancouver", VANCOUVER, "cancelled"),
            "Visit to Fraser Valley Berry Growers Co-op": _e("2027-03-13", "Abbotsford", VANCOUVER),
            "Meeting with BC Blueberry Council": _e(None, "Abbotsford", VANCOUVER, "postponed"),
            "Address to the Indian diaspora": _e(
                "2027-03-14", "Surrey", VANCOUVER, start="2027-03-14T17:00:00-07:00"
            ),
            "Departure for Victoria": _e(
                "2027-03-15", "Victoria", VANCOUVER, start="2027-03-15T09:00:00-07:00"
            ),
            "Meeting with British Columbia Ministry of Agriculture and Food": _e(
                "2027-03-15", "Victoria", VANCOUVER, start="2027-03-15T14:00:00-07:00"
            ),
            "Departure for Vancouver": _e("2027-03-16", "Vancouver", VANCOUVER),
            "Investors' roundtable": _e("2027-03-16", "Vancouver", VANCOUVER),
            "Return to India": _e("2027-03-17", None, KOLKATA),
        },
        "stops": [
            ("Vancouver", "2027-03-11", "2027-03-15"),
            ("Victoria", "2027-03-15", "2027-03-16"),
            ("Vancouver", "2027-03-16", "2027-03-17"),
        ],
        "contacts": [
            (
                "Prof. Helen Tremblay",
                "",
                "Dean, Faculty of Land and Food Systems",
                "University of British Columbia",
                "host",
            ),
            ("Gurdeep Dhaliwal", "", "President", "Fraser Valley Berry Growers Co-op", "host"),
            (
                "Karen Whitmore",
                "",
                "Deputy Minister",
                "British Columbia Ministry of Agriculture and Food",
                "host",
            ),
            ("Dr. Navdeep Kaur Gill", "", "Principal Secretary (Agriculture)", "", "delegation"),
            (
                "Dr. Satbir Singh Randhawa",
                "",
                "Vice-Chancellor",
                "Punjab Agricultural University",
                "delegation",
            ),
        ],
    },
    # agenda exported 26 October 2026, all in Tijuana time: UTC-7 from Wed 28 Oct to Sat 31, UTC-8
    # from Sun 1 Nov; Mexicali from the 30th to 1 Nov; Ensenada cancelled on Mon 2 Nov at 8:00; home
    # on Wed 4 Nov by San Diego (road) and San Francisco; INDEX postponed with no date, in Tijuana
    "blind14_en_gcalendar_ka_tijuana": {
        "published": None,
        "language": "en",
        "head": "Electronics, IT and BT Minister Nandini Hegde",
        "year": 2026,
        "span": ("2026-10-28", "2026-11-04"),
        "engagements": {
            "Arrival in Tijuana": _e("2026-10-28", "Tijuana", TIJUANA, start="2026-10-28T16:30:00-07:00"),
            "Meeting with Tijuana Economic and Industrial Development (DEITAC)": _e(
                "2026-10-29", "Tijuana", TIJUANA, start="2026-10-29T09:00:00-07:00"
            ),
            "Visit to Baja Precision Medical": _e(
                "2026-10-29", "Tijuana", TIJUANA, start="2026-10-29T14:00:00-07:00"
            ),
            "Departure for Mexicali": _e(
                "2026-10-30", "Mexicali", TIJUANA, start="2026-10-30T08:00:00-07:00"
            ),
            "Meeting with Baja California Secretariat of Economy and Innovation": _e(
                "2026-10-30", "Mexicali", TIJUANA, start="2026-10-30T11:00:00-07:00"
            ),
            "Visit to Cucapah Aerospace Components": _e(
                "2026-10-31", "Mexicali", TIJUANA, start="2026-10-31T10:00:00-07:00"
            ),
            "Departure for Tijuana": _e("2026-11-01", "Tijuana", TIJUANA, start="2026-11-01T15:00:00-08:00"),
            "Visit to Port of Ensenada": _e(
                "2026-11-02", "Ensenada", TIJUANA, "cancelled", start="2026-11-02T08:00:00-08:00"
            ),
            "MoU signing with CETYS University": _e(
                "2026-11-03", "Tijuana", TIJUANA, start="2026-11-03T10:00:00-08:00"
            ),
            "Meeting with INDEX Tijuana": _e(None, "Tijuana", TIJUANA, "postponed"),
            "Return to India": _e("2026-11-04", None, KOLKATA),
        },
        "stops": [
            ("Tijuana", "2026-10-28", "2026-10-30"),
            ("Mexicali", "2026-10-30", "2026-11-01"),
            ("Tijuana", "2026-11-01", "2026-11-04"),
        ],
        "contacts": [
            (
                "Alejandro Rubio Salcido",
                "",
                "President",
                "Tijuana Economic and Industrial Development",
                "host",
            ),
            ("Verónica Ibarra", "", "Plant Manager", "Baja Precision Medical", "host"),
            (
                "Ricardo Lozano Tapia",
                "",
                "Secretary",
                "Baja California Secretariat of Economy and Innovation",
                "host",
            ),
            ("Héctor Valenzuela", "", "General Manager", "Cucapah Aerospace Components", "host"),
            ("Dr. Fernando León Garza", "", "Rector", "CETYS University", "host"),
            ("Manjunath Rao", "", "Secretary", "Department of Electronics, IT and BT", "delegation"),
            ("Dr. Farah Kazi", "", "CEO", "Bengaluru MedTech Cluster", "delegation"),
        ],
    },
    # briefing of Thursday 20 August 2026: Monday 17 (13:40 at UTC-4), On Tuesday = 18, Yesterday =
    # 19 (Itacoatiara and back), Today = 20 (15:00 UTC-4 = 00:30 IST on the 21st), Tomorrow = 21
    # (Maués called off), Saturday = 22 home; the Brasília call deferred: no date, Brasília's zone
    "blind14_en_spokesperson_as_manaus": {
        "published": None,
        "language": "en",
        "head": "Industries and Commerce Minister Pranjal Baruah",
        "year": 2026,
        "span": ("2026-08-17", "2026-08-22"),
        "engagements": {
            "Arrival in Manaus": _e("2026-08-17", "Manaus", MANAUS, start="2026-08-17T13:40:00-04:00"),
            "Meeting with Superintendency of the Manaus Free Trade Zone (SUFRAMA)": _e(
                "2026-08-18", "Manaus", MANAUS
            ),
            "Visit to Amazônia Eletrônicos": _e("2026-08-18", "Manaus", MANAUS),
            "Visit to Rio Amazonas Terminais": _e("2026-08-19", "Itacoatiara", MANAUS),
            "MoU signing with Federal University of Amazonas (UFAM)": _e(
                "2026-08-20", "Manaus", MANAUS, start="2026-08-20T15:00:00-04:00"
            ),
            "Meeting with Government of Amazonas": _e("2026-08-21", "Manaus", MANAUS),
            "Visit to Maués Guaraná Growers' Cooperative": _e("2026-08-21", "Maués", MANAUS, "cancelled"),
            "Meeting with Ministry of Development, Industry, Trade and Services": _e(
                None, "Brasília", SAO_PAULO, "postponed"
            ),
            "Return to India": _e("2026-08-22", None, KOLKATA),
        },
        "stops": [("Manaus", "2026-08-17", "2026-08-22")],
        "contacts": [
            (
                "Luiz Carlos Mendonça",
                "",
                "Superintendent",
                "Superintendency of the Manaus Free Trade Zone",
                "host",
            ),
            ("Tatiana Freire", "", "CEO", "Amazônia Eletrônicos", "host"),
            ("Prof. Sylvia Albuquerque", "", "Rector", "Federal University of Amazonas", "host"),
            (
                "Ana Paula Tavares",
                "",
                "Secretary of Economic Development, Science, Technology and Innovation",
                "Government of Amazonas",
                "host",
            ),
            ("Dr. Manisha Gogoi", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Rupak Saikia", "", "Chairman", "Assam Tea Planters' Association", "delegation"),
        ],
    },
    # magazine of Sunday 27 September (2026, publication date given), no year in the text: Friday 4
    # September 21:20 at UTC-3; Saturday 5 INACH; Sunday 6 free; Monday 7 at 11:00 UTC-3; Tuesday 8
    # the harbour tour killed by the gale; Wednesday 9 home; the navy call requested with no date
    "blind14_en_travelogue_ga_puntaarenas": {
        "published": dt.date(2026, 9, 27),
        "language": "en",
        "head": "Science and Technology Minister Vishal Prabhudessai",
        "year": None,
        "span": ("2026-09-04", "2026-09-09"),
        "engagements": {
            "Arrival in Punta Arenas": _e(
                "2026-09-04", "Punta Arenas", PUNTA_ARENAS, start="2026-09-04T21:20:00-03:00"
            ),
            "Meeting with Chilean Antarctic Institute (INACH)": _e(
                "2026-09-05", "Punta Arenas", PUNTA_ARENAS
            ),
            "MoU signing with University of Magallanes": _e(
                "2026-09-07", "Punta Arenas", PUNTA_ARENAS, start="2026-09-07T11:00:00-03:00"
            ),
            "Visit to Empresa Portuaria Austral": _e("2026-09-08", "Punta Arenas", PUNTA_ARENAS, "cancelled"),
            "Meeting with Regional Government of Magallanes": _e("2026-09-08", "Punta Arenas", PUNTA_ARENAS),
            "Meeting with Chilean Navy": _e(None, "Punta Arenas", PUNTA_ARENAS, "proposed"),
            "Return to India": _e("2026-09-09", None, KOLKATA),
        },
        "stops": [("Punta Arenas", "2026-09-04", "2026-09-09")],
        "contacts": [
            ("Dr. Verónica Valdebenito", "", "Director", "Chilean Antarctic Institute", "host"),
            ("Dr. Claudio Barría Oyarzo", "", "Rector", "University of Magallanes", "host"),
            ("Rodrigo Vera Bórquez", "", "Governor", "Regional Government of Magallanes", "host"),
            (
                "Dr. Ramesh Naik",
                "",
                "Senior Scientist",
                "National Centre for Polar and Ocean Research",
                "delegation",
            ),
            ("Sonia Fernandes", "", "Director (Science and Technology)", "", "delegation"),
        ],
    },
    # SMS stamps in IST are sending times (IST = Cook Islands time + 15:30): landed Tuesday 12 May 04:30
    # at UTC-10 after leaving Auckland on Tuesday night; Wednesday 13 at 10:00; Thursday 14; Friday 15
    # the 09:00 visit cancelled, the MoU at 14:00; left Rarotonga Saturday 16 (Auckland on Sunday 17);
    # the diaspora address in Avarua undated; the Pearl Authority meeting postponed: no date, one zone
    "blind14_en_smsalerts_ap_cookislands": {
        "published": None,
        "language": "en",
        "head": "Agriculture Minister P. Satyanarayana Murthy",
        "year": 2026,
        "span": ("2026-05-12", "2026-05-16"),
        "engagements": {
            "Arrival in Avarua": _e("2026-05-12", "Avarua", RAROTONGA, start="2026-05-12T04:30:00-10:00"),
            "Meeting with Cook Islands Ministry of Agriculture": _e(
                "2026-05-13", "Avarua", RAROTONGA, start="2026-05-13T10:00:00-10:00"
            ),
            "Visit to Te Vai Coconut Products": _e("2026-05-14", "Avarua", RAROTONGA),
            "Meeting with Cook Islands Chamber of Commerce": _e("2026-05-14", "Avarua", RAROTONGA),
            "Visit to Ministry of Marine Resources": _e(
                "2026-05-15", "Avarua", RAROTONGA, "cancelled", start="2026-05-15T09:00:00-10:00"
            ),
            "MoU signing with University of the South Pacific, Cook Islands Campus": _e(
                "2026-05-15", "Avarua", RAROTONGA, start="2026-05-15T14:00:00-10:00"
            ),
            "Address to the Indian diaspora": _e(None, "Avarua", RAROTONGA),
            "Meeting with Cook Islands Pearl Authority": _e(None, None, RAROTONGA, "postponed"),
            "Return to India": _e("2026-05-16", None, KOLKATA),
        },
        "stops": [("Avarua", "2026-05-12", "2026-05-16")],
        "contacts": [
            ("Tania Marsters", "", "Secretary", "Cook Islands Ministry of Agriculture", "host"),
            ("Rangi Tuara", "", "Owner", "Te Vai Coconut Products", "host"),
            ("Mere Pokino", "", "President", "Cook Islands Chamber of Commerce", "host"),
            (
                "Dr. Mataora Henry",
                "",
                "Campus Director",
                "University of the South Pacific, Cook Islands Campus",
                "host",
            ),
            ("G. Srinivasa Rao", "", "Special Chief Secretary (Agriculture)", "", "delegation"),
            ("K. Lavanya", "", "Managing Director", "AP Coconut Growers' Federation", "delegation"),
        ],
    },
    # chat of Saturday 20 February (2027, publication date given), no year in the text: Somvaar 8
    # February arrival, agle din Mangalvaar 9, Budhvaar 10 at 11:00 UTC-4 (20:30 IST), Guruvaar 11
    # evening, the hospital visit of Shukravaar 12 cancelled, left on Shanivaar 13; London a transit
    "blind14_roman_chatlog_br_grenada": {
        "published": dt.date(2027, 2, 20),
        "language": "hi",
        "head": "Health Minister Shailesh Kumar Mandal",
        "year": None,
        "span": ("2027-02-08", "2027-02-13"),
        "engagements": {
            "Arrival in Saint George's": _e("2027-02-08", "Saint George's", GRENADA),
            "Meeting with Ministry of Health": _e("2027-02-09", "Saint George's", GRENADA),
            "MoU signing with St. George's University": _e(
                "2027-02-10", "Saint George's", GRENADA, start="2027-02-10T11:00:00-04:00"
            ),
            "Address to the Indian diaspora": _e("2027-02-11", "Saint George's", GRENADA),
            "Visit to Grenada General Hospital": _e("2027-02-12", "Saint George's", GRENADA, "cancelled"),
            "Return to India": _e("2027-02-13", None, KOLKATA),
        },
        "stops": [("Saint George's", "2027-02-08", "2027-02-13")],
        "contacts": [
            ("Dr. Nadine Frederick", "", "Minister", "Ministry of Health", "host"),
            ("Prof. Andrew Mitchell", "", "Provost", "St. George's University", "host"),
            ("Dr. Alok Ranjan Choudhary", "", "Principal Secretary (Health)", "", "delegation"),
        ],
    },
    # live of Thursday 15 October 2026 at 21:00 IST (11:30 in Roseau, UTC-4): Somvaar 12 arrival,
    # Mangalvaar 13, Budhvaar 14 (DEXIA cancelled), aaj 15 at 10:00, kal Shukravaar 16 at 15:00,
    # parson Shanivaar 17, Ravivaar 18 home; the geothermal meeting put off: no date, the island's zone
    "blind14_roman_fblive_ut_dominica": {
        "published": None,
        "language": "hi",
        "head": "Ayush Minister Gajendra Singh Bisht",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-18"),
        "engagements": {
            "Arrival in Roseau": _e("2026-10-12", "Roseau", DOMINICA),
            "Meeting with Ministry of Health, Wellness and Social Services": _e(
                "2026-10-13", "Roseau", DOMINICA
            ),
            "Visit to Nature Isle Herbals": _e("2026-10-14", "Roseau", DOMINICA),
            "Meeting with Dominica Export Import Agency (DEXIA)": _e(
                "2026-10-14", "Roseau", DOMINICA, "cancelled"
            ),
            "MoU signing with Dominica State College": _e(
                "2026-10-15", "Roseau", DOMINICA, start="2026-10-15T10:00:00-04:00"
            ),
            "Meeting with Invest Dominica Authority": _e(
                "2026-10-16", "Roseau", DOMINICA, start="2026-10-16T15:00:00-04:00"
            ),
            "Address to the Indian diaspora": _e("2026-10-17", "Roseau", DOMINICA),
            "Meeting with Dominica Geothermal Development Company": _e(None, None, DOMINICA, "postponed"),
            "Return to India": _e("2026-10-18", None, KOLKATA),
        },
        "stops": [("Roseau", "2026-10-12", "2026-10-18")],
        "contacts": [
            (
                "Dr. Irving Baptiste",
                "",
                "Permanent Secretary",
                "Ministry of Health, Wellness and Social Services",
                "host",
            ),
            ("Celia Joseph", "", "Founder", "Nature Isle Herbals", "host"),
            ("Dr. Marva Lawrence", "", "President", "Dominica State College", "host"),
            ("Marcus Pierre", "", "CEO", "Invest Dominica Authority", "host"),
            ("Dr. Kavita Negi", "", "Secretary (Ayush)", "", "delegation"),
        ],
    },
    # pictures of Sunday 7 March (2027, publication date given), no year in the text: Somvaar 1
    # March arrival, Mangalvaar 2, Budhvaar 3, Guruvaar 4 at 11:00 UTC-4 (20:30 IST), the port visit
    # of Shukravaar 5 called off, home Shanivaar 6 March; the tourism ministry meeting proposed
    "blind14_roman_weekpictures_rj_aruba": {
        "published": dt.date(2027, 3, 7),
        "language": "hi",
        "head": "Tourism Minister Kuldeep Singh Shekhawat",
        "year": None,
        "span": ("2027-03-01", "2027-03-06"),
        "engagements": {
            "Arrival in Oranjestad": _e("2027-03-01", "Oranjestad", ARUBA),
            "Meeting with Aruba Tourism Authority": _e("2027-03-02", "Oranjestad", ARUBA),
            "Meeting with Aruba Hotel and Tourism Association (AHATA)": _e("2027-03-03", "Oranjestad", ARUBA),
            "MoU signing with University of Aruba": _e(
                "2027-03-04", "Oranjestad", ARUBA, start="2027-03-04T11:00:00-04:00"
            ),
            "Visit to Aruba Ports Authority": _e("2027-03-05", "Oranjestad", ARUBA, "cancelled"),
            "Meeting with Ministry of Tourism": _e(None, None, ARUBA, "proposed"),
            "Return to India": _e("2027-03-06", None, KOLKATA),
        },
        "stops": [("Oranjestad", "2027-03-01", "2027-03-06")],
        "contacts": [
            ("Yolanda Tromp", "", "CEO", "Aruba Tourism Authority", "host"),
            ("Jan-Willem Kock", "", "President", "Aruba Hotel and Tourism Association", "host"),
            ("Dr. Ingrid Maduro", "", "Rector", "University of Aruba", "host"),
            ("Neelam Choudhary", "", "Principal Secretary (Tourism)", "", "delegation"),
            ("Bhanwar Lal Sharma", "", "President", "Rajasthan Hoteliers Federation", "delegation"),
        ],
    },
    # booklet page of January 2027: Din 1 = Monday 9 November 2026, Din 2 = 10 (10:00 UTC-4), Din 3 =
    # 11, Din 4 = 12 (MoU at 14:00; the diaspora evening cancelled), Din 5 = 13 home; the Cricket
    # West Indies meeting proposed in Kingstown with no date (its head office in Antigua a decoy)
    "blind14_roman_booklet_hr_stvincent": {
        "published": None,
        "language": "hi",
        "head": "Sports Minister Rajbir Singh Malik",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "engagements": {
            "Arrival in Kingstown": _e("2026-11-09", "Kingstown", ST_VINCENT),
            "Meeting with Ministry of Tourism, Sports and Culture": _e(
                "2026-11-10", "Kingstown", ST_VINCENT, start="2026-11-10T10:00:00-04:00"
            ),
            "Visit to Arnos Vale Playing Field": _e("2026-11-11", "Kingstown", ST_VINCENT),
            "MoU signing with National Sports Council": _e(
                "2026-11-12", "Kingstown", ST_VINCENT, start="2026-11-12T14:00:00-04:00"
            ),
            "Address to the Indian diaspora": _e("2026-11-12", "Kingstown", ST_VINCENT, "cancelled"),
            "Meeting with Cricket West Indies": _e(None, "Kingstown", ST_VINCENT, "proposed"),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Kingstown", "2026-11-09", "2026-11-13")],
        "contacts": [
            (
                "Delia Cumberbatch",
                "",
                "Permanent Secretary",
                "Ministry of Tourism, Sports and Culture",
                "host",
            ),
            (
                "Elroy Cato",
                "",
                "President",
                "St. Vincent and the Grenadines Cricket Association",
                "host",
            ),
            ("Neville Samuel", "", "Chairman", "National Sports Council", "host"),
            ("Ritu Sangwan", "", "Director (Sports)", "", "delegation"),
        ],
    },
}

__all__ = ["BLIND14B"]
