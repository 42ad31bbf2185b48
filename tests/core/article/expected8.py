"""Expected visits for the eighth blind round, part A (``blind8_hi_*``, ``blind8_mixed_*``): written by
hand before any parse.

Twelve fictional visits to countries no earlier blind round covers, six in Devanagari Hindi with Latin
names inside and six in mixed script, in styles no earlier round used:

* a Vidhan Sabha starred question and its answer about a past visit, ``दिनांक 09.02.2026`` dates, a
  meeting called off by the host, an undated meeting whose date the minister "does not have", a
  decoy Patna event of December 2024 (Cambodia);
* a public relations department's daily bulletins numbered by day: only ``यात्रा दिवस-1`` carries a
  date, then ``दिवस-2`` to ``दिवस-5`` and ``दौरे के तीसरे दिन``, local clock times, a proposed
  meeting with no date (Namibia);
* an All India Radio regional bulletin dated ``गुरुवार, 21 मई`` without a year: मंगलवार, कल (past),
  आज, आज शाम, कल (future), शनिवार, a Nepal-time clock time (UTC+5:45), other regional news with a
  district officer who is no contact, an undated meeting (Nepal);
* a live ticker of short Hindi lines in reverse order whose ``hh:mm`` stamps are IST posting times,
  not engagement times; ``बीते दिन देर रात``, ``कल``, ``शुक्रवार``; one local time given in a line;
  a meeting called off, a proposed one with no date; a counterpart named only in a photo line
  (Kuwait);
* a translated speech of the head at the diaspora event recalling the days (``परसों रात``, ``कल``,
  ``आज सुबह``) and announcing the next (``कल``, ``परसों``, ``शुक्रवार``), the speech dated
  ``15 सितंबर`` without a year (publication date given), a visit put off to a later trip (Georgia);
* a report of a visit shortened by a cyclone: a leg and two visits cancelled, a meeting moved to a
  video call held from the capital the same day, another moved to a video call with no date, the way
  home brought forward; ``दौरे के तीसरे दिन``, ``बीते दिन``; a counterpart named only in a photo
  caption (Fiji);
* an embassy press note forwarded by e-mail (the forwarder's and the embassy's headers and
  signatures, whose people are no contacts), a list of people after ``से मुलाकात`` (Rwanda);
* a magazine feature that opens at the departure lounge on the last day and flashes back, dates
  without a year (publication date given), weekdays, clock times on both sides of the end of summer
  time on 25 October (Serbia);
* a "7 key takeaways" listicle out of chronological order, weekdays only (publication date given), a
  day trip, a cancelled meeting, an undated diaspora meeting, a visit by the host's team in October
  that is no engagement (Uruguay);
* a fact-check of claims about the visit: a meeting with the Prime Minister and a Lake Sevan outing
  that did not happen are no engagements; a day trip; an undated meeting (Armenia);
* a minute-to-minute tour programme with hotels and motorcade timings in 24-hour ``hrs``, across the
  start of summer time on 29 March (UTC+2, then UTC+3); a pending meeting with no date; the
  signatory is no contact (Cyprus);
* a report of this year's visit that mentions last year's official visit in passing (12 March 2025:
  no engagement); two zones (Kinshasa UTC+1, Lubumbashi UTC+2), a day trip to Kolwezi, an undated
  meeting with no city and so no zone (DR Congo).

Same shape as ``expected.BLIND2``.  Conventions as in ``expected7``: city names are GeoNames' English
names and zones GeoNames' zone of the city.  Undated engagements carry the country's zone when the
country has one zone, else none.  A visit's stops run from the day of arrival to the day of leaving;
day trips are no stops.  A later move is titled ``Departure for X``; the way home is ``Return to
India`` with Asia/Kolkata and no start.  A cancelled engagement keeps its planned date; a postponed
one with no new date has none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

PHNOM_PENH, WINDHOEK, KATHMANDU, KUWAIT = (
    "Asia/Phnom_Penh",
    "Africa/Windhoek",
    "Asia/Kathmandu",
    "Asia/Kuwait",
)
TBILISI, FIJI, KIGALI, BELGRADE = "Asia/Tbilisi", "Pacific/Fiji", "Africa/Kigali", "Europe/Belgrade"
MONTEVIDEO, YEREVAN, NICOSIA = "America/Montevideo", "Asia/Yerevan", "Asia/Nicosia"
KINSHASA, LUBUMBASHI = "Africa/Kinshasa", "Africa/Lubumbashi"

BLIND8: dict[str, dict[str, Any]] = {
    # answer in the House on Wednesday 04.03.2026 about 09.02.2026 to 14.02.2026; the Ministry of
    # Commerce meeting of 11.02 called off; the rice federation meeting has no date; the Bihar
    # Business Connect of December 2024 and the MLA asking are no engagement and no contact
    "blind8_hi_vidhansabha_br_cambodia": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Arvind Kumar Sinha",
        "year": 2026,
        "span": ("2026-02-09", "2026-02-14"),
        "engagements": {
            "Arrival in Phnom Penh": _e("2026-02-09", "Phnom Penh", PHNOM_PENH),
            "Meeting with Council for the Development of Cambodia (CDC)": _e(
                "2026-02-10", "Phnom Penh", PHNOM_PENH
            ),
            "Meeting with Cambodia Chamber of Commerce": _e("2026-02-10", "Phnom Penh", PHNOM_PENH),
            "Address to the Indian diaspora": _e("2026-02-10", "Phnom Penh", PHNOM_PENH),
            "Meeting with Ministry of Commerce": _e("2026-02-11", "Phnom Penh", PHNOM_PENH, "cancelled"),
            "Departure for Siem Reap": _e("2026-02-11", "Siem Reap", PHNOM_PENH),
            "Visit to Angkor Wat": _e("2026-02-12", "Siem Reap", PHNOM_PENH),
            "Meeting with APSARA National Authority": _e("2026-02-12", "Siem Reap", PHNOM_PENH),
            "MoU signing with Siem Reap Provincial Administration": _e("2026-02-13", "Siem Reap", PHNOM_PENH),
            "Meeting with Cambodia Rice Federation (CRF)": _e(None, None, PHNOM_PENH),
            "Return to India": _e("2026-02-14", None, KOLKATA),
        },
        "stops": [("Phnom Penh", "2026-02-09", "2026-02-11"), ("Siem Reap", "2026-02-11", "2026-02-14")],
        "contacts": [
            ("Chhun Vannak", "", "Secretary General", "Council for the Development of Cambodia", "host"),
            ("Kith Sovann", "", "President", "Cambodia Chamber of Commerce", "host"),
            ("Ouk Sarin", "", "Director General", "APSARA National Authority", "host"),
            ("Pich Sokhom", "", "Governor", "Siem Reap Provincial Administration", "host"),
            ("Manish Kumar Verma", "मनीष कुमार वर्मा", "Principal Secretary (Industries)", "", "delegation"),
            ("Vibha Rani Jha", "विभा रानी झा", "Secretary (Tourism)", "", "delegation"),
            (
                "Amrendra Narayan",
                "अमरेंद्र नारायण",
                "Managing Director",
                "Bihar Industrial Area Development Authority",
                "delegation",
            ),
        ],
    },
    # bulletins: दिवस-1 = Sunday 16 August 2026, दिवस-2..5 = 17..20 (दौरे के तीसरे दिन = 18);
    # Windhoek at UTC+2; the Namdeb meeting proposed without a date; home on the evening of दिवस-5
    "blind8_hi_bulletin_mp_namibia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-08-16", "2026-08-20"),
        "engagements": {
            "Arrival in Windhoek": _e("2026-08-16", "Windhoek", WINDHOEK),
            "Address to the Indian diaspora": _e(
                "2026-08-16", "Windhoek", WINDHOEK, start="2026-08-16T19:00:00+02:00"
            ),
            "Meeting with Namibia Investment Promotion and Development Board (NIPDB)": _e(
                "2026-08-17", "Windhoek", WINDHOEK, start="2026-08-17T10:00:00+02:00"
            ),
            "Meeting with Ministry of Environment, Forestry and Tourism": _e(
                "2026-08-17", "Windhoek", WINDHOEK
            ),
            "Meeting with Namdeb": _e(None, None, WINDHOEK, "proposed"),
            "Departure for Otjiwarongo": _e("2026-08-18", "Otjiwarongo", WINDHOEK),
            "Visit to Cheetah Conservation Fund (CCF)": _e("2026-08-18", "Otjiwarongo", WINDHOEK),
            "MoU signing with Cheetah Conservation Fund (CCF)": _e("2026-08-19", "Otjiwarongo", WINDHOEK),
            "Departure for Windhoek": _e("2026-08-19", "Windhoek", WINDHOEK),
            "Meeting with Namibia Chamber of Commerce and Industry (NCCI)": _e(
                "2026-08-20", "Windhoek", WINDHOEK, start="2026-08-20T09:30:00+02:00"
            ),
            "Return to India": _e("2026-08-20", None, KOLKATA),
        },
        "stops": [
            ("Windhoek", "2026-08-16", "2026-08-18"),
            ("Otjiwarongo", "2026-08-18", "2026-08-19"),
            ("Windhoek", "2026-08-19", "2026-08-20"),
        ],
        "contacts": [
            (
                "Johannes Amutenya",
                "",
                "Executive Director",
                "Ministry of Environment, Forestry and Tourism",
                "host",
            ),
            ("Ndapewa Shikongo", "", "CEO", "Namibia Investment Promotion and Development Board", "host"),
            ("Anneke Brandt", "", "Director of Research", "Cheetah Conservation Fund", "host"),
            ("Tobias Hamutenya", "", "President", "Namibia Chamber of Commerce and Industry", "host"),
            (
                "Rajesh Kumar Mishra",
                "राजेश कुमार मिश्रा",
                "Additional Chief Secretary (Forest)",
                "",
                "delegation",
            ),
            (
                "Anuradha Shukla",
                "अनुराधा शुक्ला",
                "Managing Director",
                "Madhya Pradesh Tourism Board",
                "delegation",
            ),
        ],
    },
    # bulletin of Thursday 21 May without a year (published 21 May 2026): मंगलवार = 19, कल = 20 (past),
    # आज = 21 (FNCCI at 10:00 Nepal time, UTC+5:45), कल = 22 (future), शनिवार = 23; the Nepal Tourism
    # Board meeting has no date; the Chamoli district officer is no contact
    "blind8_hi_radio_uk_nepal": {
        "published": dt.date(2026, 5, 21),
        "language": "hi",
        "head": "Chief Minister Pushkar Singh Dhami",
        "year": None,
        "span": ("2026-05-19", "2026-05-23"),
        "engagements": {
            "Arrival in Kathmandu": _e("2026-05-19", "Kathmandu", KATHMANDU),
            "Meeting with Investment Board Nepal": _e("2026-05-20", "Kathmandu", KATHMANDU),
            "Visit to Pashupatinath Temple": _e("2026-05-20", "Kathmandu", KATHMANDU),
            "Meeting with Federation of Nepalese Chambers of Commerce and Industry (FNCCI)": _e(
                "2026-05-21", "Kathmandu", KATHMANDU, start="2026-05-21T10:00:00+05:45"
            ),
            "Address to the Indian diaspora": _e("2026-05-21", "Kathmandu", KATHMANDU),
            "Departure for Pokhara": _e("2026-05-22", "Pokhara", KATHMANDU),
            "Meeting with Government of Gandaki Province": _e("2026-05-22", "Pokhara", KATHMANDU),
            "Meeting with Nepal Tourism Board": _e(None, None, KATHMANDU),
            "Return to India": _e("2026-05-23", None, KOLKATA),
        },
        "stops": [("Kathmandu", "2026-05-19", "2026-05-22"), ("Pokhara", "2026-05-22", "2026-05-23")],
        "contacts": [
            (
                "Hari Prasad Adhikari",
                "हरि प्रसाद अधिकारी",
                "President",
                "Federation of Nepalese Chambers of Commerce and Industry",
                "host",
            ),
            (
                "Deepak Raj Gautam",
                "दीपक राज गौतम",
                "Chief Executive Officer",
                "Investment Board Nepal",
                "host",
            ),
            (
                "Krishna Bahadur Thapa",
                "कृष्ण बहादुर थापा",
                "Chief Minister",
                "Government of Gandaki Province",
                "host",
            ),
            ("Hemant Joshi", "हेमंत जोशी", "Secretary (Tourism)", "", "delegation"),
            ("Vinay Pandey", "विनय पांडे", "Secretary (Industries)", "", "delegation"),
        ],
    },
    # ticker of Wednesday 11 November 2026, stamps in IST (posting times, no engagement times):
    # बीते दिन देर रात = 10, आज = 11 (the diaspora event at 18:00 local, UTC+3), कल = 12, शुक्रवार = 13;
    # the ministry meeting of the 11th called off; KIA proposed without a date; the KCCI chairman is
    # named only in the photo line
    "blind8_hi_ticker_rj_kuwait": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhajan Lal Sharma",
        "year": 2026,
        "span": ("2026-11-10", "2026-11-13"),
        "engagements": {
            "Arrival in Kuwait City": _e("2026-11-10", "Kuwait City", KUWAIT),
            "Meeting with Kuwait Direct Investment Promotion Authority (KDIPA)": _e(
                "2026-11-11", "Kuwait City", KUWAIT
            ),
            "Meeting with Kuwait Chamber of Commerce and Industry (KCCI)": _e(
                "2026-11-11", "Kuwait City", KUWAIT
            ),
            "Meeting with Ministry of Commerce and Industry": _e(
                "2026-11-11", "Kuwait City", KUWAIT, "cancelled"
            ),
            "Address to the Indian diaspora": _e(
                "2026-11-11", "Kuwait City", KUWAIT, start="2026-11-11T18:00:00+03:00"
            ),
            "Meeting with Kuwait Oil Company (KOC)": _e("2026-11-12", "Kuwait City", KUWAIT),
            "MoU signing with Kuwait Institute for Scientific Research (KISR)": _e(
                "2026-11-12", "Kuwait City", KUWAIT
            ),
            "Meeting with Kuwait Investment Authority (KIA)": _e(None, None, KUWAIT, "proposed"),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Kuwait City", "2026-11-10", "2026-11-13")],
        "contacts": [
            ("Bader Al-Enezi", "", "Managing Director", "Kuwait Oil Company", "host"),
            ("Faisal Al-Mutawa", "", "Chairman", "Kuwait Chamber of Commerce and Industry", "host"),
            (
                "Nawaf Al-Rashidi",
                "",
                "Director General",
                "Kuwait Direct Investment Promotion Authority",
                "host",
            ),
            ("Neeraj Shekhawat", "नीरज शेखावत", "Principal Secretary (Industries)", "", "delegation"),
            ("Shalini Meena", "शालिनी मीणा", "Managing Director", "RIICO", "delegation"),
        ],
    },
    # speech of Tuesday 15 September without a year (published 16 September 2026): परसों रात = 13,
    # कल = 14, आज = 15 (the event at 19:00, UTC+4), कल = 16, परसों = 17, शुक्रवार = 18; the farmers'
    # meeting has no date; Kutaisi put off to a later trip
    "blind8_hi_speech_hp_georgia": {
        "published": dt.date(2026, 9, 16),
        "language": "hi",
        "head": "Chief Minister Sukhvinder Singh Sukhu",
        "year": None,
        "span": ("2026-09-13", "2026-09-18"),
        "engagements": {
            "Arrival in Tbilisi": _e("2026-09-13", "Tbilisi", TBILISI),
            "Meeting with Ministry of Economy and Sustainable Development": _e(
                "2026-09-14", "Tbilisi", TBILISI
            ),
            "Meeting with Enterprise Georgia": _e("2026-09-14", "Tbilisi", TBILISI),
            "Meeting with Georgian Energy Development Fund": _e("2026-09-15", "Tbilisi", TBILISI),
            "Address to the Indian diaspora": _e(
                "2026-09-15", "Tbilisi", TBILISI, start="2026-09-15T19:00:00+04:00"
            ),
            "Meeting with Georgian Farmers' Association": _e(None, None, TBILISI),
            "Departure for Batumi": _e("2026-09-16", "Batumi", TBILISI),
            "Visit to Port of Batumi": _e("2026-09-16", "Batumi", TBILISI),
            "MoU signing with Batumi Shota Rustaveli State University": _e("2026-09-17", "Batumi", TBILISI),
            "Visit to Kutaisi Free Industrial Zone": _e(None, "Kutaisi", TBILISI, "postponed"),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("Tbilisi", "2026-09-13", "2026-09-16"), ("Batumi", "2026-09-16", "2026-09-18")],
        "contacts": [
            (
                "Levan Kapanadze",
                "",
                "Deputy Minister",
                "Ministry of Economy and Sustainable Development",
                "host",
            ),
            ("Nino Beridze", "", "Head", "Enterprise Georgia", "host"),
            ("Giorgi Tsereteli", "", "CEO", "Georgian Energy Development Fund", "host"),
            ("Tamar Kvaratskhelia", "", "Rector", "Batumi Shota Rustaveli State University", "host"),
            ("Anupam Thakur", "अनुपम ठाकुर", "Secretary (Horticulture)", "", "delegation"),
            ("Deepak Verma", "दीपक वर्मा", "Principal Secretary (Energy)", "", "delegation"),
        ],
    },
    # dateline Thursday 5 February 2026: सोमवार 2 फरवरी, मंगलवार = 3, दौरे के तीसरे दिन = 4, आज = 5,
    # कल = 6 (the way home, brought forward from 8 February); the Lautoka leg (5th) and the Girmit
    # Centre (6th) cancelled; FSC met by video call from Suva at 15:00 (UTC+12); the growers' council
    # call postponed with no date; the FNU vice-chancellor named only in the photo caption
    "blind8_hi_storm_up_fiji": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-02-02", "2026-02-06"),
        "engagements": {
            "Arrival in Suva": _e("2026-02-02", "Suva", FIJI),
            "Meeting with Investment Fiji": _e("2026-02-03", "Suva", FIJI),
            "MoU signing with Fiji National University (FNU)": _e("2026-02-03", "Suva", FIJI),
            "Address to the Indian diaspora": _e("2026-02-04", "Suva", FIJI),
            "Departure for Lautoka": _e("2026-02-05", "Lautoka", FIJI, "cancelled"),
            "Visit to Lautoka Sugar Mill": _e("2026-02-05", "Lautoka", FIJI, "cancelled"),
            "Meeting with Fiji Sugar Corporation (FSC)": _e(
                "2026-02-05", "Suva", FIJI, start="2026-02-05T15:00:00+12:00"
            ),
            "Visit to Girmit Centre": _e("2026-02-06", "Lautoka", FIJI, "cancelled"),
            "Meeting with Sugar Cane Growers Council": _e(None, None, FIJI, "postponed"),
            "Return to India": _e("2026-02-06", None, KOLKATA),
        },
        "stops": [("Suva", "2026-02-02", "2026-02-06")],
        "contacts": [
            ("Litia Vakaloloma", "", "CEO", "Investment Fiji", "host"),
            ("Semi Tuilau", "", "Vice-Chancellor", "Fiji National University", "host"),
            ("Rajesh Chand", "", "Chief Executive", "Fiji Sugar Corporation", "host"),
            ("Reena Singh", "रीना सिंह", "Principal Secretary (Sugarcane Development)", "", "delegation"),
            (
                "Sudhir Kumar Tripathi",
                "सुधीर कुमार त्रिपाठी",
                "Additional Chief Secretary (Tourism)",
                "",
                "delegation",
            ),
        ],
    },
    # an embassy press note of 19 June 2026 forwarded on 20 June: 15 to 19 June, the community
    # reception at 18:30 (UTC+2); three meetings of the 18th from one list after "से मुलाकात"; the
    # cooperative agency meeting has no date; the forwarder and the embassy's signatory are no contacts
    "blind8_mixed_embassymail_gj_rwanda": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-06-15", "2026-06-19"),
        "engagements": {
            "Arrival in Kigali": _e("2026-06-15", "Kigali", KIGALI),
            "Meeting with Rwanda Development Board (RDB)": _e("2026-06-16", "Kigali", KIGALI),
            "Meeting with Private Sector Federation (PSF)": _e("2026-06-16", "Kigali", KIGALI),
            "Visit to Kigali Special Economic Zone": _e("2026-06-17", "Kigali", KIGALI),
            "MoU signing with Rwanda Agriculture and Animal Resources Development Board (RAB)": _e(
                "2026-06-17", "Kigali", KIGALI
            ),
            "Address to the Indian diaspora": _e(
                "2026-06-17", "Kigali", KIGALI, start="2026-06-17T18:30:00+02:00"
            ),
            "Visit to Kigali Genocide Memorial": _e("2026-06-18", "Kigali", KIGALI),
            "Meeting with National Agricultural Export Development Board (NAEB)": _e(
                "2026-06-18", "Kigali", KIGALI
            ),
            "Meeting with Inyange Industries": _e("2026-06-18", "Kigali", KIGALI),
            "Meeting with Bank of Kigali": _e("2026-06-18", "Kigali", KIGALI),
            "Meeting with Rwanda Cooperative Agency": _e(None, None, KIGALI),
            "Return to India": _e("2026-06-19", None, KOLKATA),
        },
        "stops": [("Kigali", "2026-06-15", "2026-06-19")],
        "contacts": [
            ("Aline Mukamana", "", "Chief Executive Officer", "Rwanda Development Board", "host"),
            ("Jean-Paul Habimana", "", "Chairman", "Private Sector Federation", "host"),
            (
                "Eric Niyonsaba",
                "",
                "Director General",
                "Rwanda Agriculture and Animal Resources Development Board",
                "host",
            ),
            ("Claude Bizimana", "", "CEO", "National Agricultural Export Development Board", "host"),
            ("Patrick Mugisha", "", "Managing Director", "Inyange Industries", "host"),
            ("Olivier Nsengiyumva", "", "Chief Executive", "Bank of Kigali", "host"),
            (
                "Mukesh Parmar",
                "",
                "Principal Secretary (Agriculture, Farmers Welfare and Co-operation)",
                "",
                "delegation",
            ),
            ("Anjali Mehta", "", "Managing Director", "GIDC", "delegation"),
            ("Sandeep Vora", "", "Industries Commissioner", "", "delegation"),
        ],
    },
    # a feature published on 2 November 2026 with no year in its text: गुरुवार 22 अक्टूबर, अगले दिन
    # शुक्रवार = 23, शनिवार = 24 (11:00 at UTC+2), रविवार = 25 (summer time ends), सोमवार = 26 (15:00 at
    # UTC+1), मंगलवार 27 अक्टूबर = the lounge of the opening; the ministry meeting has no date
    "blind8_mixed_flashback_mh_serbia": {
        "published": dt.date(2026, 11, 2),
        "language": "hi",
        "head": "Industries Minister Uday Samant",
        "year": None,
        "span": ("2026-10-22", "2026-10-27"),
        "engagements": {
            "Arrival in Belgrade": _e("2026-10-22", "Belgrade", BELGRADE),
            "Meeting with Development Agency of Serbia (RAS)": _e("2026-10-23", "Belgrade", BELGRADE),
            "Meeting with Chamber of Commerce and Industry of Serbia (PKS)": _e(
                "2026-10-23", "Belgrade", BELGRADE
            ),
            "Departure for Novi Sad": _e("2026-10-24", "Novi Sad", BELGRADE),
            "Visit to BioSense Institute": _e(
                "2026-10-24", "Novi Sad", BELGRADE, start="2026-10-24T11:00:00+02:00"
            ),
            "Departure for Belgrade": _e("2026-10-25", "Belgrade", BELGRADE),
            "MoU signing with University of Belgrade": _e(
                "2026-10-26", "Belgrade", BELGRADE, start="2026-10-26T15:00:00+01:00"
            ),
            "Investors' roundtable": _e("2026-10-26", "Belgrade", BELGRADE),
            "Meeting with Ministry of Economy": _e(None, None, BELGRADE),
            "Return to India": _e("2026-10-27", None, KOLKATA),
        },
        "stops": [
            ("Belgrade", "2026-10-22", "2026-10-24"),
            ("Novi Sad", "2026-10-24", "2026-10-25"),
            ("Belgrade", "2026-10-25", "2026-10-27"),
        ],
        "contacts": [
            ("Marko Jovanović", "", "Director", "Development Agency of Serbia", "host"),
            ("Dragan Milić", "", "President", "Chamber of Commerce and Industry of Serbia", "host"),
            ("Jelena Radović", "", "Director", "BioSense Institute", "host"),
            ("Vesna Ilić", "", "Rector", "University of Belgrade", "host"),
            ("Nilesh Gawande", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Pallavi Deshmukh", "", "CEO", "MIDC", "delegation"),
        ],
    },
    # a listicle published Friday 17 July 2026 with weekdays only: सोमवार = 13, मंगलवार = 14, बुधवार = 15
    # (a day trip to Colonia del Sacramento, no stop), गुरुवार = 16 (the ministry meeting cancelled),
    # कल रात = 16 (home); the diaspora meeting has no date; the October visit of the Uruguayan team
    # is no engagement
    "blind8_mixed_takeaways_pb_uruguay": {
        "published": dt.date(2026, 7, 17),
        "language": "hi",
        "head": "Chief Minister Bhagwant Mann",
        "year": None,
        "span": ("2026-07-13", "2026-07-16"),
        "engagements": {
            "Arrival in Montevideo": _e("2026-07-13", "Montevideo", MONTEVIDEO),
            "Meeting with Conaprole": _e("2026-07-13", "Montevideo", MONTEVIDEO),
            "Meeting with Uruguay XXI": _e("2026-07-14", "Montevideo", MONTEVIDEO),
            "Meeting with National Meat Institute (INAC)": _e("2026-07-14", "Montevideo", MONTEVIDEO),
            "MoU signing with National Institute of Agricultural Research (INIA)": _e(
                "2026-07-15", "Colonia del Sacramento", MONTEVIDEO
            ),
            "Meeting with Ministry of Livestock, Agriculture and Fisheries (MGAP)": _e(
                "2026-07-16", "Montevideo", MONTEVIDEO, "cancelled"
            ),
            "Meeting with the Indian diaspora": _e(None, "Montevideo", MONTEVIDEO),
            "Return to India": _e("2026-07-16", None, KOLKATA),
        },
        "stops": [("Montevideo", "2026-07-13", "2026-07-16")],
        "contacts": [
            ("Joaquín Lema", "", "President", "National Institute of Agricultural Research", "host"),
            ("Mariana Ferreira", "", "Executive Director", "Uruguay XXI", "host"),
            ("Álvaro Suárez", "", "President", "National Meat Institute", "host"),
            ("Martín Sosa", "", "General Manager", "Conaprole", "host"),
            ("Jasvir Kaur Brar", "", "Principal Secretary (Animal Husbandry)", "", "delegation"),
            ("Amanpreet Singh Sandhu", "", "Managing Director", "Milkfed", "delegation"),
        ],
    },
    # fact-check dated 14 October 2026: 5 to 9 October; the Gyumri trip of the 7th is a day trip; the
    # Prime Minister meeting and the Lake Sevan outing did not happen (no engagements); Enterprise
    # Armenia has no date
    "blind8_mixed_factcheck_cg_armenia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnu Deo Sai",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-09"),
        "engagements": {
            "Arrival in Yerevan": _e("2026-10-05", "Yerevan", YEREVAN),
            "Meeting with Ministry of Economy": _e("2026-10-06", "Yerevan", YEREVAN),
            "Address to the Indian diaspora": _e("2026-10-06", "Yerevan", YEREVAN),
            "Visit to Gyumri Technology Center": _e("2026-10-07", "Gyumri", YEREVAN),
            "MoU signing with Yerevan State Medical University (YSMU)": _e("2026-10-08", "Yerevan", YEREVAN),
            "Meeting with Enterprise Armenia": _e(None, None, YEREVAN),
            "Return to India": _e("2026-10-09", None, KOLKATA),
        },
        "stops": [("Yerevan", "2026-10-05", "2026-10-09")],
        "contacts": [
            ("Narine Petrosyan", "", "Deputy Minister", "Ministry of Economy", "host"),
            ("Davit Sargsyan", "", "Director", "Gyumri Technology Center", "host"),
            ("Armen Hakobyan", "", "Rector", "Yerevan State Medical University", "host"),
            ("Ravi Shankar Tiwari", "", "Health Secretary", "", "delegation"),
            ("Kiran Netam", "", "Director (Medical Education)", "", "delegation"),
        ],
    },
    # programme signed 20 March 2026 for 27 to 31 March: UTC+2 until summer time begins at 03:00 on
    # Sunday 29 March, UTC+3 after; landing at Larnaca airport, the first stop is Nicosia; the CMMI
    # meeting in Larnaca pending with no date; the signing Under Secretary is no contact
    "blind8_mixed_programme_goa_cyprus": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Pramod Sawant",
        "year": 2026,
        "span": ("2026-03-27", "2026-03-31"),
        "engagements": {
            "Arrival in Nicosia": _e("2026-03-27", "Nicosia", NICOSIA),
            "Meeting with Invest Cyprus": _e(
                "2026-03-27", "Nicosia", NICOSIA, start="2026-03-27T11:00:00+02:00"
            ),
            "Meeting with Cyprus Chamber of Commerce and Industry (CCCI)": _e(
                "2026-03-27", "Nicosia", NICOSIA, start="2026-03-27T13:00:00+02:00"
            ),
            "Meeting with Deputy Ministry of Tourism": _e(
                "2026-03-28", "Nicosia", NICOSIA, start="2026-03-28T10:00:00+02:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-03-28", "Nicosia", NICOSIA, start="2026-03-28T18:30:00+02:00"
            ),
            "Departure for Limassol": _e(
                "2026-03-29", "Limassol", NICOSIA, start="2026-03-29T09:15:00+03:00"
            ),
            "Visit to Limassol Port": _e(
                "2026-03-29", "Limassol", NICOSIA, start="2026-03-29T11:30:00+03:00"
            ),
            "Meeting with Cyprus Shipping Chamber": _e(
                "2026-03-30", "Limassol", NICOSIA, start="2026-03-30T10:00:00+03:00"
            ),
            "MoU signing with Cyprus University of Technology (CUT)": _e(
                "2026-03-30", "Limassol", NICOSIA, start="2026-03-30T15:00:00+03:00"
            ),
            "Meeting with Cyprus Marine and Maritime Institute (CMMI)": _e(
                None, "Larnaca", NICOSIA, "proposed"
            ),
            "Return to India": _e("2026-03-31", None, KOLKATA),
        },
        "stops": [("Nicosia", "2026-03-27", "2026-03-29"), ("Limassol", "2026-03-29", "2026-03-31")],
        "contacts": [
            ("Eleni Christodoulou", "", "CEO", "Invest Cyprus", "host"),
            ("Andreas Georgiou", "", "President", "Cyprus Chamber of Commerce and Industry", "host"),
            ("Maria Kyriakou", "", "Permanent Secretary", "Deputy Ministry of Tourism", "host"),
            ("Christos Neophytou", "", "Chairman", "Cyprus Ports Authority", "host"),
            ("Nikos Stavrou", "", "Director General", "Cyprus Shipping Chamber", "host"),
            ("Andreas Loizou", "", "Rector", "Cyprus University of Technology", "host"),
            ("Sunita Naik", "", "Secretary (Tourism)", "", "delegation"),
            ("Vinayak Kamat", "", "Captain of Ports", "", "delegation"),
            (
                "Pravin Gaonkar",
                "",
                "Managing Director",
                "Goa Industrial Development Corporation",
                "delegation",
            ),
        ],
    },
    # dateline Sunday 22 November 2026: 16 to 21 November (शनिवार); last year's visit (12 March 2025)
    # is no engagement; Gécamines at 10:00 in Lubumbashi (UTC+2); three meetings of the 19th from one
    # list after "से मुलाकात"; Kolwezi a day trip; FEC has no date and no city (two zones, no zone);
    # the transit in Addis Ababa is no stop
    "blind8_mixed_twovisits_od_drcongo": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-21"),
        "engagements": {
            "Arrival in Kinshasa": _e("2026-11-16", "Kinshasa", KINSHASA),
            "Meeting with National Agency for Investment Promotion (ANAPI)": _e(
                "2026-11-17", "Kinshasa", KINSHASA
            ),
            "Meeting with Ministry of Mines": _e("2026-11-17", "Kinshasa", KINSHASA),
            "Departure for Lubumbashi": _e("2026-11-18", "Lubumbashi", LUBUMBASHI),
            "Meeting with Gécamines": _e(
                "2026-11-19", "Lubumbashi", LUBUMBASHI, start="2026-11-19T10:00:00+02:00"
            ),
            "Meeting with Katanga Chamber of Mines": _e("2026-11-19", "Lubumbashi", LUBUMBASHI),
            "Meeting with University of Lubumbashi": _e("2026-11-19", "Lubumbashi", LUBUMBASHI),
            "Visit to Kamoto Copper Company (KCC)": _e("2026-11-20", "Kolwezi", LUBUMBASHI),
            "Address to the Indian diaspora": _e("2026-11-20", "Lubumbashi", LUBUMBASHI),
            "Meeting with Fédération des Entreprises du Congo (FEC)": _e(None, None, None),
            "Return to India": _e("2026-11-21", None, KOLKATA),
        },
        "stops": [("Kinshasa", "2026-11-16", "2026-11-18"), ("Lubumbashi", "2026-11-18", "2026-11-21")],
        "contacts": [
            ("Solange Mbuyi", "", "Director General", "National Agency for Investment Promotion", "host"),
            ("Jean-Pierre Kabongo", "", "Secretary General", "Ministry of Mines", "host"),
            ("Patrick Ilunga", "", "CEO", "Gécamines", "host"),
            ("Esther Kalenga", "", "President", "Katanga Chamber of Mines", "host"),
            ("Didier Kasongo", "", "Rector", "University of Lubumbashi", "host"),
            ("David Mwamba", "", "General Manager", "Kamoto Copper Company", "host"),
            ("Smita Panda", "", "Principal Secretary (Steel & Mines)", "", "delegation"),
            ("Debasish Mohanty", "", "Managing Director", "Odisha Mining Corporation", "delegation"),
        ],
    },
}

__all__ = ["BLIND8"]
