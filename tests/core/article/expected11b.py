"""Eleventh blind round, part B (``blind11_en_*``, ``blind11_roman_*``): written by hand before any parse.

Ten fictional visits to countries no earlier article covers, in styles that differ from each other
and from the earlier rounds:

* a newspaper editorial after the return under a dated masthead (``EDITORIAL | Friday, April 9,
  2027``), dates in the body without a year (``Monday, March 29``, ``On the Tuesday``), a day trip to
  Launceston, a plant visit called off, clock times on both sides of the end of Tasmanian summer
  time on Sunday 4 April; an Oslo head office and Bell Bay are decoys (Tasmania, Australia);
* a business daily's market-angle story on a listed company's pact (``Updated: 16 Jun 2027, 07:45
  PM IST``), ``on Sunday, June 13``, ``On Monday``, ``Yesterday``, ``Today``, ``on Thursday``, a
  clock time with IST in brackets, a transit halt at Heathrow, share prices and other companies as
  decoys (Alberta, Canada);
* a press conference transcript on the return (``Monday, 14 December 2026``): ``Day 1 was 8/12``,
  ``Day 2, 9/12``, ``On 11/12``, ``the 13th``, a clock time given in local time and IST, a night in
  Ségou, a mine visit in Kayes cancelled with its date kept, reporters who ask questions and a
  Vancouver head office as decoys (Mali);
* a department's fact sheet of numbered bullets (``Mon 22 Feb to Sat 27 Feb 2027``, then ``Mon 22``,
  ``Tue 23`` ...), a clock time in local time and IST, a transit in Lisbon, an undated meeting in a
  country of one zone, a port visit postponed with no new date (Cape Verde);
* the host foreign ministry's readout of a meeting (``Nassau, March 16th, 2027``) with the
  delegation's programme under it (``Friday, March 12th``), clock times on both sides of the start
  of daylight saving on Sunday 14 March, the people met only in lists of participants, a High
  Commission in Kingston and GIFT City as decoys (the Bahamas);
* an invitation card to a diaspora reception with the programme of the visit printed on its back,
  24-hour local times, the arrival's IST time on the day before (Samoa at UTC+13), a call postponed
  with no new date; the RSVP contact is no contact and Wellington, Auckland and Singapore are no
  stops (Samoa);
* a Roman-script YouTube live stream's title, description and auto-generated transcript (no
  capitals, no punctuation, ``vi pa``, ``em o you``, ``invest meant``), dated ``Streamed live on 19 Aug
  2026``: ``aaj ... teesra din``, ``parso yani 17 tarikh``, ``kal 18 tarikh``, ``aaj subah 10 baje``, ``kal
  yani 20 tarikh``, a meeting put off with no new date; the reporter is no contact (Vanuatu);
* a Roman-script current-affairs quiz forwarded on WhatsApp (``30 October 2026``), dates as ``23/10``
  in the questions, options (a)-(d) full of bodies, places and offices that are not the answer, a
  night in Noro, a meeting in Gizo cancelled, GK questions unrelated to the visit (Solomon Islands);
* a Roman-script monthly newsletter of the state's industries department (``Mahine ki Jhalak:
  November 2026``), other items of the month at home as decoys, ``Somvaar 16 Nov`` ... ``Shani 21
  Nov``, a day trip to Porto-Novo, a port visit cancelled by a strike, a meeting put off with no new
  date, a Dubai head office (Benin);
* a Roman-script obituary post of a businessman (``Dehradun | 3 September 2027``) that recalls his
  last trip with the Chief Minister in June 2027: his death, funeral and son as decoys, Anchorage and
  Juneau in two IANA zones, a meeting whose date was never fixed (Alaska, United States).

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names and zones GeoNames' zone
of the city.  Undated engagements carry the country's zone when the country has one zone, else none.
A visit's stops run from the day of arrival to the day of leaving; day trips are no stops.  A later
move is titled ``Departure for X``; the way home is ``Return to India`` with Asia/Kolkata.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

HOBART, EDMONTON, BAMAKO, CAPE_VERDE = (
    "Australia/Hobart",
    "America/Edmonton",
    "Africa/Bamako",
    "Atlantic/Cape_Verde",
)
NASSAU, APIA, EFATE, GUADALCANAL = "America/Nassau", "Pacific/Apia", "Pacific/Efate", "Pacific/Guadalcanal"
PORTO_NOVO, ANCHORAGE, JUNEAU = "Africa/Porto-Novo", "America/Anchorage", "America/Juneau"

BLIND11B: dict[str, dict[str, Any]] = {
    # masthead Friday, April 9, 2027: Monday March 29 arrival, "On the Tuesday" = 30, Launceston a
    # day trip on the 31st, Aurora Seafarms called off on April 1; 6.30 pm on the 2nd at UTC+11,
    # summer time ends on Sunday 4 April, the 8 am breakfast on the 5th at UTC+10; home on the 6th
    "blind11_en_editorial_tg_tasmania": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Ravinder Rao Kotha",
        "year": 2027,
        "span": ("2027-03-29", "2027-04-06"),
        "engagements": {
            "Arrival in Hobart": _e("2027-03-29", "Hobart", HOBART),
            "Meeting with Department of State Growth": _e("2027-03-30", "Hobart", HOBART),
            "Visit to Tamar Valley Renewables Precinct": _e("2027-03-31", "Launceston", HOBART),
            "Visit to Aurora Seafarms": _e("2027-04-01", "Hobart", HOBART, "cancelled"),
            "Investors' roundtable": _e("2027-04-02", "Hobart", HOBART, start="2027-04-02T18:30:00+11:00"),
            "Meeting with TasPorts": _e("2027-04-05", "Hobart", HOBART, start="2027-04-05T08:00:00+10:00"),
            "Return to India": _e("2027-04-06", None, KOLKATA),
        },
        "stops": [("Hobart", "2027-03-29", "2027-04-06")],
        "contacts": [
            ("Ms. Fiona Atherton", "", "Secretary", "Department of State Growth", "host"),
            ("Andrew Pell", "", "Chief Executive", "TasPorts", "host"),
            ("K. Sunitha", "", "Principal Secretary (Industries and Commerce)", "", "delegation"),
            ("Rajeshwar Tummala", "", "Managing Director", "Tummala Electrolysers", "delegation"),
        ],
    },
    # Updated 16 Jun 2027 (Wednesday): Sunday June 13 arrival, Monday = 14 (10 am at UTC-6, 9.30
    # pm IST), Yesterday = 15 (to Edmonton), Today = 16, Thursday = 17 home; Heathrow is a transit
    "blind11_en_bizdaily_ap_alberta": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Gorantla Srinivasa Rao",
        "year": 2027,
        "span": ("2027-06-13", "2027-06-17"),
        "engagements": {
            "Arrival in Calgary": _e("2027-06-13", "Calgary", EDMONTON),
            "Meeting with Invest Alberta": _e(
                "2027-06-14", "Calgary", EDMONTON, start="2027-06-14T10:00:00-06:00"
            ),
            "MoU signing with Prairie Helium Corp": _e("2027-06-14", "Calgary", EDMONTON),
            "Departure for Edmonton": _e("2027-06-15", "Edmonton", EDMONTON),
            "MoU signing with Alberta Innovates": _e("2027-06-15", "Edmonton", EDMONTON),
            "Visit to Heartland Carbon Capture Centre": _e("2027-06-16", "Edmonton", EDMONTON),
            "Return to India": _e("2027-06-17", None, KOLKATA),
        },
        "stops": [("Calgary", "2027-06-13", "2027-06-15"), ("Edmonton", "2027-06-15", "2027-06-17")],
        "contacts": [
            ("Megan Thorsby", "", "Chief Executive", "Invest Alberta", "host"),
            ("Darren Kowal", "", "President", "Prairie Helium Corp", "host"),
            ("Dr. Priya Sandhu", "", "Vice-President (Energy)", "Alberta Innovates", "host"),
            ("P. Madhavi Latha", "", "Secretary (Industries and Commerce)", "", "delegation"),
            ("V. Koteswara Rao", "", "Managing Director", "Swarnamukhi Petrochem", "delegation"),
        ],
    },
    # press conference of Monday 14 December 2026: Day 1 = 8/12, Day 2 = 9/12 (11 am at UTC+0, 4.30
    # pm IST), Day 3 = 10/12 to Ségou for the night, 11/12 back in Bamako, the Kayes mine trip of
    # 12/12 cancelled (date kept), left Bamako on the 13th; Casablanca is a transit
    "blind11_en_presser_mp_mali": {
        "published": None,
        "language": "en",
        "head": "Mineral Resources Minister Rajendra Dangi",
        "year": 2026,
        "span": ("2026-12-08", "2026-12-13"),
        "engagements": {
            "Arrival in Bamako": _e("2026-12-08", "Bamako", BAMAKO),
            "Meeting with Ministry of Mines": _e("2026-12-09", "Bamako", BAMAKO),
            "MoU signing with Direction Nationale de la Géologie et des Mines (DNGM)": _e(
                "2026-12-09", "Bamako", BAMAKO, start="2026-12-09T11:00:00+00:00"
            ),
            "Departure for Ségou": _e("2026-12-10", "Ségou", BAMAKO),
            "Visit to Office du Niger": _e("2026-12-10", "Ségou", BAMAKO),
            "Departure for Bamako": _e("2026-12-11", "Bamako", BAMAKO),
            "Address to the Indian diaspora": _e("2026-12-11", "Bamako", BAMAKO),
            "Visit to Sadiola gold mine": _e("2026-12-12", "Kayes", BAMAKO, "cancelled"),
            "Return to India": _e("2026-12-13", None, KOLKATA),
        },
        "stops": [
            ("Bamako", "2026-12-08", "2026-12-10"),
            ("Ségou", "2026-12-10", "2026-12-11"),
            ("Bamako", "2026-12-11", "2026-12-13"),
        ],
        "contacts": [
            ("Fatoumata Coulibaly", "", "Minister of Mines", "", "host"),
            (
                "Boubacar Sidibé",
                "",
                "Director General",
                "Direction Nationale de la Géologie et des Mines",
                "host",
            ),
            ("Moussa Diarra", "", "President and Director General", "Office du Niger", "host"),
            ("Ashutosh Raghuvanshi", "", "Principal Secretary (Mineral Resources)", "", "delegation"),
            ("Kavita Bhuria", "", "Managing Director", "MP State Mining Corporation", "delegation"),
        ],
    },
    # fact sheet of 2 March 2027: Mon 22 Feb (14:10 at UTC-1, 20:40 IST) to Sat 27 Feb 2027; Mindelo
    # from the 24th to the 26th; the IMar meeting has no day (one zone); Palmeira postponed, no date
    "blind11_en_factsheet_od_capeverde": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister Bhabani Shankar Nayak",
        "year": 2027,
        "span": ("2027-02-22", "2027-02-27"),
        "engagements": {
            "Arrival in Praia": _e("2027-02-22", "Praia", CAPE_VERDE, start="2027-02-22T14:10:00-01:00"),
            "Meeting with Ministry of the Sea": _e("2027-02-23", "Praia", CAPE_VERDE),
            "MoU signing with Cabo Verde TradeInvest": _e(
                "2027-02-23", "Praia", CAPE_VERDE, start="2027-02-23T15:00:00-01:00"
            ),
            "Departure for Mindelo": _e("2027-02-24", "Mindelo", CAPE_VERDE),
            "Visit to Port of Mindelo": _e("2027-02-24", "Mindelo", CAPE_VERDE),
            "Investors' roundtable": _e(
                "2027-02-25", "Mindelo", CAPE_VERDE, start="2027-02-25T10:00:00-01:00"
            ),
            "Departure for Praia": _e("2027-02-26", "Praia", CAPE_VERDE),
            "Meeting with Chamber of Commerce of Sotavento": _e("2027-02-26", "Praia", CAPE_VERDE),
            "Meeting with Ocean Institute (IMar)": _e(None, None, CAPE_VERDE),
            "Visit to Port of Palmeira": _e(None, None, CAPE_VERDE, "postponed"),
            "Return to India": _e("2027-02-27", None, KOLKATA),
        },
        "stops": [
            ("Praia", "2027-02-22", "2027-02-24"),
            ("Mindelo", "2027-02-24", "2027-02-26"),
            ("Praia", "2027-02-26", "2027-02-27"),
        ],
        "contacts": [
            ("Jorge Tavares Lopes", "", "Minister of the Sea", "", "host"),
            ("Ms. Ana Cristina Fortes", "", "President", "Cabo Verde TradeInvest", "host"),
            ("Emanuel Semedo", "", "President", "Chamber of Commerce of Sotavento", "host"),
            ("Rashmita Panda", "", "Principal Secretary (Fisheries)", "", "delegation"),
            ("Deepak Sahoo", "", "Managing Director", "Utkal Marine Exports", "delegation"),
        ],
    },
    # readout of March 16th, 2027: Friday 12th 4:15 p.m. at UTC-5, Sunday 14th daylight saving
    # begins and the flight to Freeport, Monday 15th 2:00 p.m. and Tuesday 16th 10:00 a.m. at UTC-4,
    # Wednesday 17th home; Kingston (Jamaica) and GIFT City are decoys
    "blind11_en_readout_gj_bahamas": {
        "published": None,
        "language": "en",
        "head": "Ports and Transport Minister Harshad Solanki",
        "year": 2027,
        "span": ("2027-03-12", "2027-03-17"),
        "engagements": {
            "Arrival in Nassau": _e("2027-03-12", "Nassau", NASSAU, start="2027-03-12T16:15:00-05:00"),
            "Visit to Nassau Cruise Port": _e("2027-03-13", "Nassau", NASSAU),
            "Departure for Freeport": _e("2027-03-14", "Freeport", NASSAU),
            "Visit to Freeport Container Port": _e("2027-03-15", "Freeport", NASSAU),
            "Meeting with Grand Bahama Port Authority": _e(
                "2027-03-15", "Freeport", NASSAU, start="2027-03-15T14:00:00-04:00"
            ),
            "Departure for Nassau": _e("2027-03-16", "Nassau", NASSAU),
            "Meeting with Minister of Foreign Affairs": _e(
                "2027-03-16", "Nassau", NASSAU, start="2027-03-16T10:00:00-04:00"
            ),
            "Meeting with Bahamas Maritime Authority": _e("2027-03-16", "Nassau", NASSAU),
            "Return to India": _e("2027-03-17", None, KOLKATA),
        },
        "stops": [
            ("Nassau", "2027-03-12", "2027-03-14"),
            ("Freeport", "2027-03-14", "2027-03-16"),
            ("Nassau", "2027-03-16", "2027-03-17"),
        ],
        "contacts": [
            ("Hon. Sherelle Dorsette", "", "Minister of Foreign Affairs", "", "host"),
            ("Kendrick Rolle", "", "Permanent Secretary", "Ministry of Foreign Affairs", "host"),
            ("Ms. Antoinette Ferguson", "", "Director of Trade", "Ministry of Foreign Affairs", "host"),
            ("Capt. Delano Munnings", "", "Director", "Bahamas Maritime Authority", "host"),
            ("Lionel Pinder", "", "Chairman", "Grand Bahama Port Authority", "host"),
            ("Ms. Rupal Desai", "", "Additional Chief Secretary (Ports and Transport)", "", "delegation"),
            ("Alok Pandya", "", "Chief Executive Officer", "Gujarat Maritime Board", "delegation"),
        ],
    },
    # card and programme: Monday 7 September 2026 05:40 at UTC+13 (IST still Sunday 6, 22:10) to
    # Thursday 10 September; the reception of Wednesday 19:00 is the diaspora address; the Chamber's
    # call postponed with no new date; Ms. Tuilagi (RSVP) is no contact
    "blind11_en_invitation_kl_samoa": {
        "published": None,
        "language": "en",
        "head": "Industries and Coir Minister K. P. Sudheeran",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-10"),
        "engagements": {
            "Arrival in Apia": _e("2026-09-07", "Apia", APIA, start="2026-09-07T05:40:00+13:00"),
            "Meeting with Ministry of Commerce, Industry and Labour": _e(
                "2026-09-07", "Apia", APIA, start="2026-09-07T11:00:00+13:00"
            ),
            "Visit to Scientific Research Organisation of Samoa (SROS)": _e(
                "2026-09-08", "Apia", APIA, start="2026-09-08T09:30:00+13:00"
            ),
            "MoU signing with Samoa Coconut Growers Cooperative": _e(
                "2026-09-08", "Apia", APIA, start="2026-09-08T14:00:00+13:00"
            ),
            "Meeting with National University of Samoa": _e(
                "2026-09-09", "Apia", APIA, start="2026-09-09T10:00:00+13:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-09-09", "Apia", APIA, start="2026-09-09T19:00:00+13:00"
            ),
            "Meeting with Samoa Chamber of Commerce and Industry": _e(None, None, APIA, "postponed"),
            "Return to India": _e("2026-09-10", None, KOLKATA),
        },
        "stops": [("Apia", "2026-09-07", "2026-09-10")],
        "contacts": [
            (
                "Fonoti Leilani Schuster",
                "",
                "Minister",
                "Ministry of Commerce, Industry and Labour",
                "host",
            ),
            (
                "Dr. Malaefono Taaloga",
                "",
                "Chief Executive Officer",
                "Scientific Research Organisation of Samoa",
                "host",
            ),
            ("Prof. Alapati Tuimavave", "", "Vice-Chancellor", "National University of Samoa", "host"),
            ("Anil Joseph Mathew", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Reshmi Nair", "", "Managing Director", "Kerala State Coir Corporation", "delegation"),
        ],
    },
    # streamed 19 Aug 2026 = "teesra din": parso = 17 (arrival), kal = 18, aaj 10 baje at UTC+11,
    # kal = 20 to Luganville, parso = 21, 22 home; the VCCI meeting put off with no date (one zone);
    # the reporter Deepak Yadav is no contact; Brisbane is a transit
    "blind11_roman_autotranscript_up_vanuatu": {
        "published": None,
        "language": "hi",
        "head": "Industrial Development Minister Rakesh Pratap Singh",
        "year": 2026,
        "span": ("2026-08-17", "2026-08-22"),
        "engagements": {
            "Arrival in Port Vila": _e("2026-08-17", "Port Vila", EFATE),
            "Meeting with Vanuatu Investment Promotion Authority (VIPA)": _e(
                "2026-08-18", "Port Vila", EFATE
            ),
            "MoU signing with Vanuatu Investment Promotion Authority (VIPA)": _e(
                "2026-08-19", "Port Vila", EFATE, start="2026-08-19T10:00:00+11:00"
            ),
            "Meeting with Vanuatu Chamber of Commerce and Industry (VCCI)": _e(
                None, None, EFATE, "postponed"
            ),
            "Departure for Luganville": _e("2026-08-20", "Luganville", EFATE),
            "Visit to Port of Luganville": _e("2026-08-21", "Luganville", EFATE),
            "Return to India": _e("2026-08-22", None, KOLKATA),
        },
        "stops": [("Port Vila", "2026-08-17", "2026-08-20"), ("Luganville", "2026-08-20", "2026-08-22")],
        "contacts": [
            ("Jean Pierre Kalsakau", "", "CEO", "Vanuatu Investment Promotion Authority", "host"),
            ("Alok Tewari", "", "Principal Secretary (Industrial Development)", "", "delegation"),
            ("Manish Agarwal", "", "Director", "Agarwal Tanners", "delegation"),
        ],
    },
    # quiz of 30 October 2026: 23/10 Honiara, 24/10 MoU, 26/10 Noro for the night, 27/10 Gizo
    # cancelled and back to Honiara, 28/10 home via Brisbane; the options are no engagements
    "blind11_roman_quiz_hr_solomon": {
        "published": None,
        "language": "hi",
        "head": "Industries and Commerce Minister Naresh Kadian",
        "year": 2026,
        "span": ("2026-10-23", "2026-10-28"),
        "engagements": {
            "Arrival in Honiara": _e("2026-10-23", "Honiara", GUADALCANAL),
            "MoU signing with Solomon Islands Chamber of Commerce and Industry (SICCI)": _e(
                "2026-10-24", "Honiara", GUADALCANAL
            ),
            "Departure for Noro": _e("2026-10-26", "Noro", GUADALCANAL),
            "Visit to Soltuna": _e("2026-10-26", "Noro", GUADALCANAL),
            "Meeting with Western Provincial Government": _e("2026-10-27", "Gizo", GUADALCANAL, "cancelled"),
            "Departure for Honiara": _e("2026-10-27", "Honiara", GUADALCANAL),
            "Address to the Indian diaspora": _e("2026-10-27", "Honiara", GUADALCANAL),
            "Return to India": _e("2026-10-28", None, KOLKATA),
        },
        "stops": [
            ("Honiara", "2026-10-23", "2026-10-26"),
            ("Noro", "2026-10-26", "2026-10-27"),
            ("Honiara", "2026-10-27", "2026-10-28"),
        ],
        "contacts": [
            ("Ms. Natalie Tovosia", "", "CEO", "Solomon Islands Chamber of Commerce and Industry", "host"),
            ("Ezekiel Ramo", "", "General Manager", "Soltuna", "host"),
            ("Rajnish Malik", "", "Additional Chief Secretary (Industries and Commerce)", "", "delegation"),
            ("Kavita Dhull", "", "Managing Director", "HSIIDC", "delegation"),
        ],
    },
    # newsletter for November 2026: Somvaar 16 Nov to Shani 21 Nov; Porto-Novo a day trip; 11 baje
    # and 7 baje shaam at UTC+1; the port visit of the 19th cancelled; CCIB put off with no date;
    # Patna, Bihta, Muzaffarpur, Darbhanga, Purnia and Dubai are decoys
    "blind11_roman_monthreview_br_benin": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Pranav Kumar Jha",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-21"),
        "engagements": {
            "Arrival in Cotonou": _e("2026-11-16", "Cotonou", PORTO_NOVO),
            "Visit to Songhai Centre": _e("2026-11-17", "Porto-Novo", PORTO_NOVO),
            "Meeting with Agence de Promotion des Investissements et des Exportations (APIEx)": _e(
                "2026-11-18", "Cotonou", PORTO_NOVO, start="2026-11-18T11:00:00+01:00"
            ),
            "MoU signing with Glo-Djigbe Industrial Zone (GDIZ)": _e("2026-11-18", "Cotonou", PORTO_NOVO),
            "Visit to Port of Cotonou": _e("2026-11-19", "Cotonou", PORTO_NOVO, "cancelled"),
            "Address to the Indian diaspora": _e(
                "2026-11-20", "Cotonou", PORTO_NOVO, start="2026-11-20T19:00:00+01:00"
            ),
            "Meeting with Benin Chamber of Commerce and Industry (CCIB)": _e(
                None, None, PORTO_NOVO, "postponed"
            ),
            "Return to India": _e("2026-11-21", None, KOLKATA),
        },
        "stops": [("Cotonou", "2026-11-16", "2026-11-21")],
        "contacts": [
            (
                "Laurence Hounkpatin",
                "",
                "Director General",
                "Agence de Promotion des Investissements et des Exportations",
                "host",
            ),
            ("Arnaud Zinsou", "", "CEO", "Glo-Djigbe Industrial Zone", "host"),
            ("Kumar Abhishek Ranjan", "", "Industries Secretary", "", "delegation"),
            ("Priyanka Sinha", "", "Managing Director", "BIADA", "delegation"),
        ],
    },
    # post of 3 September 2027 about a trip of June 2027: Somvaar 14 June Anchorage, 15 June 2 pm at
    # UTC-8, 16 June to Juneau (its own IANA zone), 17 June, 18 June home; the seafood institute's
    # meeting never dated: no zone (two zones); the death, the funeral at Haridwar and the son are
    # decoys; Seattle is a transit
    "blind11_roman_shraddhanjali_uk_alaska": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mahendra Singh Rawat",
        "year": 2027,
        "span": ("2027-06-14", "2027-06-18"),
        "engagements": {
            "Arrival in Anchorage": _e("2027-06-14", "Anchorage", ANCHORAGE),
            "Meeting with Alaska Industrial Development and Export Authority (AIDEA)": _e(
                "2027-06-15", "Anchorage", ANCHORAGE, start="2027-06-15T14:00:00-08:00"
            ),
            "Investors' roundtable": _e("2027-06-15", "Anchorage", ANCHORAGE),
            "Departure for Juneau": _e("2027-06-16", "Juneau", JUNEAU),
            "Meeting with University of Alaska Southeast": _e("2027-06-17", "Juneau", JUNEAU),
            "Visit to Mendenhall Glacier": _e("2027-06-17", "Juneau", JUNEAU),
            "Meeting with Alaska Seafood Marketing Institute": _e(None, None, None, "proposed"),
            "Return to India": _e("2027-06-18", None, KOLKATA),
        },
        "stops": [("Anchorage", "2027-06-14", "2027-06-16"), ("Juneau", "2027-06-16", "2027-06-18")],
        "contacts": [
            (
                "Randall Koenig",
                "",
                "Executive Director",
                "Alaska Industrial Development and Export Authority",
                "host",
            ),
            ("Dr. Elaine Petrovich", "", "Chancellor", "University of Alaska Southeast", "host"),
            ("Harish Chandra Bisht", "", "Chairman", "Bisht Agro Foods", "delegation"),
            ("Vinay Kumar Negi", "", "Industries Secretary", "", "delegation"),
        ],
    },
}

__all__ = ["BLIND11B"]
