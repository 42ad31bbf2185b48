"""Expected visits for the eighth blind round, part B (``blind8_en_*`` and ``blind8_roman_*``): written
by hand before any parse.

Twelve fictional visits to countries no earlier article covers, eight in English and four in Hindi
written in Latin script, in styles that differ from each other and from the earlier rounds:

* a Vidhan Sabha starred question and its answer about a past visit, dates with the year, a
  ``7.30 pm local time`` start, a roundtable cancelled and a meeting postponed with no date, ``Sheikh``
  and ``Sri`` before names, members of the House who are no contacts (Kuwait);
* an RTI reply whose table lists the tour ``20.09.2026 (Sunday)`` to ``25.09.2026``, a night halt in
  Ganja, the people met listed with ``H.E.``, a meeting whose date the file does not record
  (Azerbaijan);
* an embassy press release forwarded by email (headers, signatures), days without a year under a
  ``Date: Fri, 6 Nov 2026`` header, ``today`` and ``tonight``, a site visit cancelled by rain, a
  meeting proposed for a later date (Rwanda);
* a radio bulletin transcript dated ``Thursday, 13 August`` with no year (publication date given),
  ``today``, ``yesterday``, ``on Monday``, ``on Tuesday``, ``tomorrow``, a day trip to Walvis Bay that
  is no stop, a meeting put off, a newsreader and other news items (Namibia);
* a magazine feature that opens on the last evening and flashes back, dates without a year under a
  ``June 2026 issue`` masthead, a counterpart named only in a photo caption, a session pencilled in
  with no date (Georgia);
* a ``key takeaways`` listicle dated ``Sunday, June 21`` with no year (publication date given),
  weekdays, ``the second day of the tour``, a list of names after ``held talks with``, a day trip to
  Kolwezi, a meeting with no date in a country of two zones (DR Congo);
* a fact-check of claims about the visit: a claimed meeting with the President that never took place,
  clock times on both sides of the start of summer time on 29 March, a meeting postponed (Cyprus);
* a minute-by-minute tour programme with hotels, room numbers and motorcade timings, the end of summer
  time on 25 October in the middle, a call ``to be confirmed`` (Serbia);
* a Roman-script live ticker whose ``11:52 PM IST`` stamps are publishing times, not engagement times,
  ``aaj``, ``kal`` (past and future), ``parson``, weekdays, ``9 baje (Panama time)`` (Panama);
* a Roman-script post about a visit cut short by a storm: the move to Punta del Este cancelled, the
  roundtable and the diaspora event held by video call from Montevideo a day early, the return brought
  forward, a meeting proposed with no date (Uruguay);
* a Roman-script transcript of the head's speech to the diaspora recalling the days (``Ravivaar``,
  ``Somvaar``, ``kal``, ``aaj``, ``kal`` ahead), a day trip to Lautoka, a year 1879 and a promised
  later visit to Labasa that are no engagements, ``X ji, Y ke chairman`` (Fiji);
* a Roman-script WhatsApp forward that recalls last year's visit by another team (12 May 2025, no
  engagement of this visit) before this year's day-by-day programme (Armenia).

Same shape as ``expected.BLIND2`` and the conventions of ``expected7``: city names are GeoNames'
English names and zones GeoNames' zone of the city.  Undated engagements carry the country's zone when
the country has one zone, else none.  A visit's stops run from the day of arrival to the day of
leaving; day trips are no stops.  A later move is titled ``Departure for X``; the way home is ``Return
to India`` on the day of leaving, in Asia/Kolkata.  Roman-script Hindi articles have language ``hi``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

KUWAIT, BAKU, KIGALI, WINDHOEK = "Asia/Kuwait", "Asia/Baku", "Africa/Kigali", "Africa/Windhoek"
TBILISI, KINSHASA, LUBUMBASHI = "Asia/Tbilisi", "Africa/Kinshasa", "Africa/Lubumbashi"
NICOSIA, BELGRADE, PANAMA = "Asia/Nicosia", "Europe/Belgrade", "America/Panama"
MONTEVIDEO, FIJI, YEREVAN = "America/Montevideo", "Pacific/Fiji", "Asia/Yerevan"

BLIND8B: dict[str, dict[str, Any]] = {
    # answer in the House on 19 March 2026 about 8-11 February 2026 (dates with the year); the
    # diaspora address at 19:30 at UTC+3; the roundtable of the 10th cancelled; the Kuwait Fund
    # meeting postponed with no date; the members who ask are no contacts
    "blind8_en_assemblyqa_ap_kuwait": {
        "published": None,
        "language": "en",
        "head": "Chief Minister P. Raghava Rao",
        "year": 2026,
        "span": ("2026-02-08", "2026-02-11"),
        "engagements": {
            "Arrival in Kuwait City": _e("2026-02-08", "Kuwait City", KUWAIT),
            "Address to the Indian diaspora": _e(
                "2026-02-08", "Kuwait City", KUWAIT, start="2026-02-08T19:30:00+03:00"
            ),
            "Meeting with Kuwait Direct Investment Promotion Authority (KDIPA)": _e(
                "2026-02-09", "Kuwait City", KUWAIT
            ),
            "Meeting with Kuwait Chamber of Commerce and Industry (KCCI)": _e(
                "2026-02-09", "Kuwait City", KUWAIT
            ),
            "Visit to Shuwaikh Port": _e("2026-02-10", "Kuwait City", KUWAIT),
            "MoU signing with Kuwait Institute for Scientific Research (KISR)": _e(
                "2026-02-10", "Kuwait City", KUWAIT
            ),
            "Investors' roundtable": _e("2026-02-10", "Kuwait City", KUWAIT, "cancelled"),
            "Meeting with Kuwait Fund for Arab Economic Development": _e(None, None, KUWAIT, "postponed"),
            "Return to India": _e("2026-02-11", None, KOLKATA),
        },
        "stops": [("Kuwait City", "2026-02-08", "2026-02-11")],
        "contacts": [
            (
                "Sheikh Nawaf Jaber Al-Sabah",
                "",
                "Director General",
                "Kuwait Direct Investment Promotion Authority",
                "host",
            ),
            ("Abdulwahab Al-Ghanim", "", "Chairman", "Kuwait Chamber of Commerce and Industry", "host"),
            ("Yousef Al-Enezi", "", "Director General", "Kuwait Ports Authority", "host"),
            ("Huda Al-Mutairi", "", "Director General", "Kuwait Institute for Scientific Research", "host"),
            ("Kolla Ravindra", "", "Minister for Industries and NRI Empowerment", "", "delegation"),
            ("M. Suresh Babu", "", "Special Chief Secretary (Industries and Commerce)", "", "delegation"),
            (
                "Lakshmi Prasanna Varma",
                "",
                "Chief Executive Officer",
                "AP Non-Resident Telugu Society",
                "delegation",
            ),
        ],
    },
    # RTI reply dated 24.11.2026: the table's dates 20.09.2026 (Sunday) to 25.09.2026 (Friday); night
    # halt at Ganja on the 23rd; the Alat meeting's date is not recorded
    "blind8_en_rti_hr_azerbaijan": {
        "published": None,
        "language": "en",
        "head": "Industries and Commerce Minister Devender Singh Rao",
        "year": 2026,
        "span": ("2026-09-20", "2026-09-25"),
        "engagements": {
            "Arrival in Baku": _e("2026-09-20", "Baku", BAKU),
            "Meeting with Azerbaijan Export and Investment Promotion Agency (AZPROMO)": _e(
                "2026-09-21", "Baku", BAKU
            ),
            "Meeting with SOCAR": _e("2026-09-21", "Baku", BAKU),
            "Visit to Baku International Sea Trade Port": _e("2026-09-22", "Baku", BAKU),
            "Address to the Indian diaspora": _e("2026-09-22", "Baku", BAKU),
            "Departure for Ganja": _e("2026-09-23", "Ganja", BAKU),
            "Visit to Ganja Industrial Park": _e("2026-09-23", "Ganja", BAKU),
            "Departure for Baku": _e("2026-09-24", "Baku", BAKU),
            "MoU signing with Azerbaijan State Oil and Industry University (ASOIU)": _e(
                "2026-09-24", "Baku", BAKU
            ),
            "Meeting with Alat Free Economic Zone Authority": _e(None, None, BAKU),
            "Return to India": _e("2026-09-25", None, KOLKATA),
        },
        "stops": [
            ("Baku", "2026-09-20", "2026-09-23"),
            ("Ganja", "2026-09-23", "2026-09-24"),
            ("Baku", "2026-09-24", "2026-09-25"),
        ],
        "contacts": [
            ("Elnur Mammadov", "", "Deputy Minister of Economy", "Ministry of Economy", "host"),
            (
                "Yusif Abdullayev",
                "",
                "Executive Director",
                "Azerbaijan Export and Investment Promotion Agency",
                "host",
            ),
            ("Rashad Huseynov", "", "Vice-President", "SOCAR", "host"),
            ("Gunel Aliyeva", "", "Chief Executive Officer", "Baku International Sea Trade Port", "host"),
            ("Farid Ismayilov", "", "Director", "Ganja Industrial Park", "host"),
            ("Kamran Hasanov", "", "Rector", "Azerbaijan State Oil and Industry University", "host"),
            ("Anurag Malik", "", "Additional Chief Secretary (Industries and Commerce)", "", "delegation"),
            ("Neelam Sangwan", "", "Managing Director", "HSIIDC", "delegation"),
        ],
    },
    # forwarded on Fri, 6 Nov 2026 (the header's year); the release says 3, 4 and 5 November,
    # ``today`` = 6 and ``tonight`` = 6; the Bugesera site visit cancelled; KIFC proposed, no date
    "blind8_en_embassyemail_gj_rwanda": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Kiritbhai Desai",
        "year": 2026,
        "span": ("2026-11-03", "2026-11-06"),
        "engagements": {
            "Arrival in Kigali": _e("2026-11-03", "Kigali", KIGALI),
            "Meeting with Rwanda Development Board (RDB)": _e("2026-11-04", "Kigali", KIGALI),
            "Meeting with Private Sector Federation (PSF)": _e("2026-11-04", "Kigali", KIGALI),
            "Visit to Kigali Special Economic Zone": _e("2026-11-04", "Kigali", KIGALI),
            "MoU signing with University of Rwanda": _e("2026-11-05", "Kigali", KIGALI),
            "Visit to Kigali Genocide Memorial": _e("2026-11-05", "Kigali", KIGALI),
            "Visit to Bugesera International Airport": _e("2026-11-05", None, KIGALI, "cancelled"),
            "Address to the Indian diaspora": _e("2026-11-05", "Kigali", KIGALI),
            "Meeting with Kigali International Financial Centre": _e(None, None, KIGALI, "proposed"),
            "Return to India": _e("2026-11-06", None, KOLKATA),
        },
        "stops": [("Kigali", "2026-11-03", "2026-11-06")],
        "contacts": [
            ("Clarisse Uwase", "", "Chief Executive Officer", "Rwanda Development Board", "host"),
            ("Emmanuel Habimana", "", "Chairperson", "Private Sector Federation", "host"),
            ("Didier Nkurunziza", "", "Vice-Chancellor", "University of Rwanda", "host"),
            ("Naresh Solanki", "", "Industries Minister", "", "delegation"),
            ("Rupal Mehta", "", "Additional Chief Secretary (Industries and Mines)", "", "delegation"),
        ],
    },
    # bulletin of Thursday 13 August with no year (publication date given), the fourth day: Monday =
    # 10, Tuesday = 11 (day trip to Walvis Bay, no stop), yesterday = 12, today = 13, tomorrow = 14;
    # the Namdeb meeting put off, no date; the newsreader is no contact
    "blind8_en_radio_od_namibia": {
        "published": dt.date(2026, 8, 13),
        "language": "en",
        "head": "Chief Minister Bikram Keshari Mohanty",
        "year": None,
        "span": ("2026-08-10", "2026-08-14"),
        "engagements": {
            "Arrival in Windhoek": _e("2026-08-10", "Windhoek", WINDHOEK),
            "Visit to Port of Walvis Bay": _e("2026-08-11", "Walvis Bay", WINDHOEK),
            "Address to the Indian diaspora": _e("2026-08-12", "Windhoek", WINDHOEK),
            "Meeting with Namibia Investment Promotion and Development Board": _e(
                "2026-08-13", "Windhoek", WINDHOEK
            ),
            "MoU signing with Namibia University of Science and Technology": _e(
                "2026-08-13", "Windhoek", WINDHOEK
            ),
            "Meeting with Namdeb": _e(None, None, WINDHOEK, "postponed"),
            "Return to India": _e("2026-08-14", None, KOLKATA),
        },
        "stops": [("Windhoek", "2026-08-10", "2026-08-14")],
        "contacts": [
            (
                "Nangula Shikongo",
                "",
                "Chief Executive",
                "Namibia Investment Promotion and Development Board",
                "host",
            ),
            (
                "Johanna Amutenya",
                "",
                "Vice-Chancellor",
                "Namibia University of Science and Technology",
                "host",
            ),
            ("Elias Haufiku", "", "Chief Executive", "Namibian Ports Authority", "host"),
            ("Pradeep Sahu", "", "Industries Minister", "", "delegation"),
            ("Hemant Mishra", "", "Principal Secretary, Industries", "", "delegation"),
        ],
    },
    # ``June 2026 issue``: May 17 (a Sunday) to May 22 without a year in the text; told from the last
    # evening (May 21) back; the roundtable host named only in the photo caption; the Rural
    # Development Agency session pencilled in, no date
    "blind8_en_magazine_hp_georgia": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Anil Guleria",
        "year": 2026,
        "span": ("2026-05-17", "2026-05-22"),
        "engagements": {
            "Arrival in Tbilisi": _e("2026-05-17", "Tbilisi", TBILISI),
            "Meeting with Enterprise Georgia": _e("2026-05-18", "Tbilisi", TBILISI),
            "Meeting with Georgian Chamber of Commerce and Industry": _e("2026-05-18", "Tbilisi", TBILISI),
            "Departure for Kutaisi": _e("2026-05-19", "Kutaisi", TBILISI),
            "MoU signing with Kutaisi International University": _e("2026-05-19", "Kutaisi", TBILISI),
            "Departure for Batumi": _e("2026-05-20", "Batumi", TBILISI),
            "Visit to Batumi Botanical Garden": _e("2026-05-20", "Batumi", TBILISI),
            "Investors' roundtable": _e("2026-05-21", "Batumi", TBILISI),
            "Meeting with Rural Development Agency": _e(None, None, TBILISI, "proposed"),
            "Return to India": _e("2026-05-22", None, KOLKATA),
        },
        "stops": [
            ("Tbilisi", "2026-05-17", "2026-05-19"),
            ("Kutaisi", "2026-05-19", "2026-05-20"),
            ("Batumi", "2026-05-20", "2026-05-22"),
        ],
        "contacts": [
            ("Giorgi Beridze", "", "Head", "Enterprise Georgia", "host"),
            ("Nino Kapanadze", "", "President", "Georgian Chamber of Commerce and Industry", "host"),
            ("Levan Tsiklauri", "", "Rector", "Kutaisi International University", "host"),
            ("Tamar Gogitidze", "", "Director", "Batumi Botanical Garden", "host"),
            ("Davit Lomidze", "", "Chairman", "Adjara Hotels Association", "host"),
            ("Kuldeep Rana", "", "Horticulture Minister", "", "delegation"),
            ("Meenakshi Sood", "", "Secretary (Tourism)", "", "delegation"),
        ],
    },
    # dated Sunday, June 21 with no year (publication date given): landed Monday = 15, the second
    # day = 16, Wednesday = 17, Thursday = 18 (day trip to Kolwezi, no stop), Friday = 19, returned
    # Saturday = 20; Lubumbashi is an hour ahead of Kinshasa; SNEL has no date and no zone (two zones)
    "blind8_en_takeaways_cg_congo": {
        "published": dt.date(2026, 6, 21),
        "language": "en",
        "head": "Chief Minister Devendra Kashyap",
        "year": None,
        "span": ("2026-06-15", "2026-06-20"),
        "engagements": {
            "Arrival in Kinshasa": _e("2026-06-15", "Kinshasa", KINSHASA),
            "Meeting with National Agency for Investment Promotion (ANAPI)": _e(
                "2026-06-16", "Kinshasa", KINSHASA
            ),
            "Meeting with Federation of Enterprises of Congo (FEC)": _e("2026-06-16", "Kinshasa", KINSHASA),
            "Departure for Lubumbashi": _e("2026-06-17", "Lubumbashi", LUBUMBASHI),
            "Meeting with Gécamines": _e("2026-06-18", "Lubumbashi", LUBUMBASHI),
            "Meeting with Kamoto Copper Company": _e("2026-06-18", "Lubumbashi", LUBUMBASHI),
            "Meeting with Katanga Chamber of Mines": _e("2026-06-18", "Lubumbashi", LUBUMBASHI),
            "Visit to Kamoto Mine": _e("2026-06-18", "Kolwezi", LUBUMBASHI),
            "MoU signing with University of Lubumbashi": _e("2026-06-19", "Lubumbashi", LUBUMBASHI),
            "Address to the Indian diaspora": _e("2026-06-19", "Lubumbashi", LUBUMBASHI),
            "Meeting with SNEL": _e(None, None, None),
            "Return to India": _e("2026-06-20", None, KOLKATA),
        },
        "stops": [("Kinshasa", "2026-06-15", "2026-06-17"), ("Lubumbashi", "2026-06-17", "2026-06-20")],
        "contacts": [
            (
                "Patrick Mwamba Kalala",
                "",
                "Director General",
                "National Agency for Investment Promotion",
                "host",
            ),
            ("Odette Tshibangu", "", "President", "Federation of Enterprises of Congo", "host"),
            ("Joseph Kabeya", "", "Chairman", "Gécamines", "host"),
            ("Marc Devos", "", "Chief Executive", "Kamoto Copper Company", "host"),
            ("Kisimba Ngoy", "", "President", "Katanga Chamber of Mines", "host"),
            ("Jean-Pierre Mukendi", "", "Rector", "University of Lubumbashi", "host"),
            ("Alok Shrivastava", "", "Secretary (Mineral Resources)", "", "delegation"),
            ("Rekha Dhruw", "", "Managing Director", "CMDC", "delegation"),
        ],
    },
    # fact-check of April 2, 2026: Thursday March 26 to Monday March 30; 10.30 am on the 27th at UTC+2,
    # 6 pm on the 29th and 10 am on the 30th at UTC+3 (summer time from the 29th); the claimed meeting
    # with the President never happened; the Shipping Chamber meeting postponed, no date
    "blind8_en_factcheck_mh_cyprus": {
        "published": None,
        "language": "en",
        "head": "Deputy Chief Minister Vinayak Jadhav",
        "year": 2026,
        "span": ("2026-03-26", "2026-03-30"),
        "engagements": {
            "Arrival in Nicosia": _e("2026-03-26", "Nicosia", NICOSIA),
            "Meeting with Invest Cyprus": _e(
                "2026-03-27", "Nicosia", NICOSIA, start="2026-03-27T10:30:00+02:00"
            ),
            "Meeting with Cyprus Chamber of Commerce and Industry (CCCI)": _e(
                "2026-03-27", "Nicosia", NICOSIA
            ),
            "Departure for Limassol": _e("2026-03-28", "Limassol", NICOSIA),
            "Visit to Port of Limassol": _e("2026-03-28", "Limassol", NICOSIA),
            "Address to the Indian diaspora": _e(
                "2026-03-29", "Limassol", NICOSIA, start="2026-03-29T18:00:00+03:00"
            ),
            "MoU signing with Cyprus University of Technology": _e(
                "2026-03-30", "Limassol", NICOSIA, start="2026-03-30T10:00:00+03:00"
            ),
            "Meeting with Cyprus Shipping Chamber": _e(None, None, NICOSIA, "postponed"),
            "Return to India": _e("2026-03-30", None, KOLKATA),
        },
        "stops": [("Nicosia", "2026-03-26", "2026-03-28"), ("Limassol", "2026-03-28", "2026-03-30")],
        "contacts": [
            ("Eleni Christodoulou", "", "Chief Executive", "Invest Cyprus", "host"),
            ("Andreas Georgiou", "", "Secretary General", "Cyprus Chamber of Commerce and Industry", "host"),
            ("Nikos Kyriakou", "", "", "Cyprus Ports Authority", "host"),
            ("Stavros Ioannou", "", "Rector", "Cyprus University of Technology", "host"),
            ("Seema Kulkarni", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # programme for 23-26 October 2026: times at UTC+2 until summer time ends at 03:00 on Sunday the
    # 25th, UTC+1 after; motorcade departures, check-ins and meals are no engagements; straight from
    # Novi Sad to the airport on the 26th; the ministry call ``to be confirmed`` has no date
    "blind8_en_programme_mp_serbia": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Harishankar Patidar",
        "year": 2026,
        "span": ("2026-10-23", "2026-10-26"),
        "engagements": {
            "Arrival in Belgrade": _e("2026-10-23", "Belgrade", BELGRADE, start="2026-10-23T14:35:00+02:00"),
            "Meeting with Development Agency of Serbia (RAS)": _e(
                "2026-10-23", "Belgrade", BELGRADE, start="2026-10-23T18:00:00+02:00"
            ),
            "Meeting with Chamber of Commerce and Industry of Serbia (PKS)": _e(
                "2026-10-24", "Belgrade", BELGRADE, start="2026-10-24T10:00:00+02:00"
            ),
            "Visit to Science Technology Park Belgrade": _e(
                "2026-10-24", "Belgrade", BELGRADE, start="2026-10-24T12:30:00+02:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-10-24", "Belgrade", BELGRADE, start="2026-10-24T18:30:00+02:00"
            ),
            "Departure for Novi Sad": _e(
                "2026-10-25", "Novi Sad", BELGRADE, start="2026-10-25T09:00:00+01:00"
            ),
            "Visit to Petrovaradin Fortress": _e(
                "2026-10-25", "Novi Sad", BELGRADE, start="2026-10-25T11:30:00+01:00"
            ),
            "Investors' roundtable": _e(
                "2026-10-25", "Novi Sad", BELGRADE, start="2026-10-25T16:00:00+01:00"
            ),
            "MoU signing with University of Novi Sad": _e(
                "2026-10-26", "Novi Sad", BELGRADE, start="2026-10-26T10:00:00+01:00"
            ),
            "Meeting with Ministry of Economy": _e(None, None, BELGRADE, "proposed"),
            "Return to India": _e("2026-10-26", None, KOLKATA),
        },
        "stops": [("Belgrade", "2026-10-23", "2026-10-25"), ("Novi Sad", "2026-10-25", "2026-10-26")],
        "contacts": [
            ("Dragan Milošević", "", "Director", "Development Agency of Serbia", "host"),
            ("Jelena Stojanović", "", "President", "Chamber of Commerce and Industry of Serbia", "host"),
            ("Nenad Petrović", "", "Director", "Science Technology Park Belgrade", "host"),
            ("Milica Jovanović", "", "Chairwoman", "Vojvodina ICT Cluster", "host"),
            ("Zoran Marković", "", "Rector", "University of Novi Sad", "host"),
            (
                "Om Prakash Dangi",
                "",
                "Minister (Industrial Policy and Investment Promotion)",
                "",
                "delegation",
            ),
            (
                "Vandana Sethi",
                "",
                "Additional Chief Secretary (Industrial Policy and Investment Promotion)",
                "",
                "delegation",
            ),
            ("Kunal Bhatnagar", "", "OSD to the Chief Minister", "", "delegation"),
        ],
    },
    # ticker of Wednesday 24 Feb 2027, the third day; the ``PM IST`` stamps are publishing times:
    # Somvaar = 22, kal / Mangalvaar = 23, aaj = 24 (7 pm Panama time at UTC-5), kal / Guruvaar = 25
    # (day trip to Colón at 9 am, no stop), parson / Shukravaar = 26; the maritime meeting put off
    "blind8_roman_ticker_up_panama": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Shailendra Tripathi",
        "year": 2027,
        "span": ("2027-02-22", "2027-02-26"),
        "engagements": {
            "Arrival in Panama City": _e("2027-02-22", "Panama City", PANAMA),
            "Meeting with PROPANAMA": _e("2027-02-23", "Panama City", PANAMA),
            "Meeting with Panama Chamber of Commerce, Industries and Agriculture": _e(
                "2027-02-23", "Panama City", PANAMA
            ),
            "Visit to Miraflores Locks": _e("2027-02-24", "Panama City", PANAMA),
            "Meeting with Panama Canal Authority (ACP)": _e("2027-02-24", "Panama City", PANAMA),
            "Address to the Indian diaspora": _e(
                "2027-02-24", "Panama City", PANAMA, start="2027-02-24T19:00:00-05:00"
            ),
            "Visit to Colón Free Zone": _e("2027-02-25", "Colón", PANAMA, start="2027-02-25T09:00:00-05:00"),
            "Meeting with Panama Maritime Authority": _e(None, None, PANAMA, "postponed"),
            "Return to India": _e("2027-02-26", None, KOLKATA),
        },
        "stops": [("Panama City", "2027-02-22", "2027-02-26")],
        "contacts": [
            ("Ricardo Vásquez", "", "Administrator", "Panama Canal Authority", "host"),
            ("Ana Lucía Herrera", "", "Director General", "PROPANAMA", "host"),
            (
                "Jorge Arosemena",
                "",
                "President",
                "Panama Chamber of Commerce, Industries and Agriculture",
                "host",
            ),
            ("Luis Carlos Pinzón", "", "General Manager", "Colón Free Zone", "host"),
            ("Nand Kishore Chaurasia", "", "Industrial Development Minister", "", "delegation"),
            ("Alok Srivastava", "", "Principal Secretary (Industrial Development)", "", "delegation"),
        ],
    },
    # post of 17 September 2026 (aaj = Guruvaar 17): Somvaar 14 September, Mangalvaar = 15, Budhvaar
    # = 16 (storm: the move to Punta del Este and the convention centre visit cancelled, the Thursday
    # roundtable held on Wednesday by video from Montevideo, the diaspora event online); the return
    # brought forward from the 19th to the 17th; LATU proposed, no date
    "blind8_roman_storm_uk_uruguay": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Harish Bisht",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-17"),
        "engagements": {
            "Arrival in Montevideo": _e("2026-09-14", "Montevideo", MONTEVIDEO),
            "Meeting with Uruguay XXI": _e("2026-09-15", "Montevideo", MONTEVIDEO),
            "Meeting with Chamber of Industries of Uruguay (CIU)": _e("2026-09-15", "Montevideo", MONTEVIDEO),
            "Departure for Punta del Este": _e("2026-09-16", "Punta del Este", MONTEVIDEO, "cancelled"),
            "Visit to Punta del Este Convention Center": _e(None, "Punta del Este", MONTEVIDEO, "cancelled"),
            "Investors' roundtable": _e("2026-09-16", "Montevideo", MONTEVIDEO),
            "Address to the Indian diaspora": _e("2026-09-16", "Montevideo", MONTEVIDEO),
            "Meeting with Laboratorio Tecnológico del Uruguay (LATU)": _e(None, None, MONTEVIDEO, "proposed"),
            "Return to India": _e("2026-09-17", None, KOLKATA),
        },
        "stops": [("Montevideo", "2026-09-14", "2026-09-17")],
        "contacts": [
            ("Sofía Pereira", "", "Executive Director", "Uruguay XXI", "host"),
            ("Martín Rodríguez", "", "President", "Chamber of Industries of Uruguay", "host"),
            ("Carlos Fernández", "", "President", "Punta del Este Hotel Association", "host"),
            ("Ganesh Negi", "", "Tourism Minister", "", "delegation"),
            ("Vinay Rawat", "", "Industries Secretary", "", "delegation"),
        ],
    },
    # speech at Suva on Wednesday 1 July 2026 at 6 pm (UTC+12): Ravivaar = 28 June, Somvaar = 29 (day
    # trip to Lautoka, no stop), kal = 30, aaj = 1 July, kal ahead = 2 July; the 1879 ship and the
    # later trip to Labasa are no engagements
    "blind8_roman_speech_br_fiji": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Ramashray Prasad",
        "year": 2026,
        "span": ("2026-06-28", "2026-07-02"),
        "engagements": {
            "Arrival in Nadi": _e("2026-06-28", "Nadi", FIJI),
            "Meeting with Fiji Sugar Corporation": _e("2026-06-29", "Lautoka", FIJI),
            "Departure for Suva": _e("2026-06-30", "Suva", FIJI),
            "Meeting with Fiji Commerce and Employers Federation": _e("2026-06-30", "Suva", FIJI),
            "Meeting with Investment Fiji": _e("2026-07-01", "Suva", FIJI),
            "MoU signing with University of the South Pacific (USP)": _e("2026-07-01", "Suva", FIJI),
            "Address to the Indian diaspora": _e(
                "2026-07-01", "Suva", FIJI, start="2026-07-01T18:00:00+12:00"
            ),
            "Return to India": _e("2026-07-02", None, KOLKATA),
        },
        "stops": [("Nadi", "2026-06-28", "2026-06-30"), ("Suva", "2026-06-30", "2026-07-02")],
        "contacts": [
            ("Rakesh Lal", "", "Chairman", "Fiji Sugar Corporation", "host"),
            ("Salote Naivalu", "", "President", "Fiji Commerce and Employers Federation", "host"),
            ("Litia Vuniwaqa", "", "CEO", "Investment Fiji", "host"),
            ("Anand Prasad", "", "Vice-Chancellor", "University of the South Pacific", "host"),
            ("Dinesh Yadav", "", "Sugarcane Industries Minister", "", "delegation"),
            ("Ritu Kumari", "", "Industries Secretary", "", "delegation"),
        ],
    },
    # forward dated 25 April 2026 (kal = 24): Somvaar 20 April to Shukravaar 24 April, night in Gyumri
    # on the 22nd; last year's visit (12 May 2025, Armenian Development Foundation, Gyumri textile
    # park, the then minister) gives no engagement and no contact; ZCMC has no date
    "blind8_roman_twovisits_rj_armenia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mahendra Singh Rathore",
        "year": 2026,
        "span": ("2026-04-20", "2026-04-24"),
        "engagements": {
            "Arrival in Yerevan": _e("2026-04-20", "Yerevan", YEREVAN),
            "Meeting with Enterprise Armenia": _e("2026-04-21", "Yerevan", YEREVAN),
            "Meeting with Union of Manufacturers and Businessmen of Armenia (UMBA)": _e(
                "2026-04-21", "Yerevan", YEREVAN
            ),
            "Departure for Gyumri": _e("2026-04-22", "Gyumri", YEREVAN),
            "Visit to Gyumri Technology Center": _e("2026-04-22", "Gyumri", YEREVAN),
            "Departure for Yerevan": _e("2026-04-23", "Yerevan", YEREVAN),
            "MoU signing with Yerevan State Medical University": _e("2026-04-23", "Yerevan", YEREVAN),
            "Address to the Indian diaspora": _e("2026-04-23", "Yerevan", YEREVAN),
            "Meeting with Zangezur Copper-Molybdenum Combine (ZCMC)": _e(None, None, YEREVAN),
            "Return to India": _e("2026-04-24", None, KOLKATA),
        },
        "stops": [
            ("Yerevan", "2026-04-20", "2026-04-22"),
            ("Gyumri", "2026-04-22", "2026-04-23"),
            ("Yerevan", "2026-04-23", "2026-04-24"),
        ],
        "contacts": [
            ("Arman Petrosyan", "", "CEO", "Enterprise Armenia", "host"),
            (
                "Karen Avetisyan",
                "",
                "Chairman",
                "Union of Manufacturers and Businessmen of Armenia",
                "host",
            ),
            ("Hayk Sargsyan", "", "Director", "Gyumri Technology Center", "host"),
            ("Anahit Grigoryan", "", "Rector", "Yerevan State Medical University", "host"),
            ("Kailash Chand Meena", "", "Industries Minister", "", "delegation"),
            ("Shikha Bhandari", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Deepak Choudhary", "", "Managing Director", "RIICO", "delegation"),
        ],
    },
}

__all__ = ["BLIND8B"]
