"""Expected visits for the eleventh blind round, part A (``blind11_hi_*``, ``blind11_mixed_*``): written
by hand before any parse.

Ten fictional visits to countries no earlier blind round covers, five in Devanagari Hindi with Latin
names inside and five in mixed script (Devanagari Hindi with many English words and Latin names), in
styles no earlier round used:

* a newspaper editorial dated ``बुधवार, 21 अक्टूबर 2026`` that retells the trip between its
  opinions: a move to Kamsar and back, a mine visit in Boké cancelled by rain, an investors'
  roundtable told as ``निवेशकों के साथ गोलमेज बैठक``, an undated meeting; decoy places (a partner's
  head office in Pittsburgh, Damanjodi, Koraput, Paradip, Bhubaneswar) (Guinea);
* a competitive-exam current-affairs quiz digest (``20 जून 2026``) with options a-d whose wrong
  options are decoy countries, cities and ministries, dates as ``8/6``, a local clock time (UTC+0),
  a cancelled visit to Koudougou, an undated chamber meeting, the way home via Ouagadougou as a
  change of flight that is no stop, a last question about a home-district festival whose collector
  is no contact (Burkina Faso);
* an obituary of a businessman who was in the delegation (a delegation contact), dated ``रायपुर, 9
  मार्च`` without the year (publication date given) and with a decoy birth year 1952: ``पिछले
  महीने`` 16 to 21 February, a day trip to Buchanan, a clock time in local time and IST, a chamber
  meeting postponed with no date; the son and an association's president are no contacts; a decoy
  head office in Luxembourg (Liberia);
* a state department's tender notice for the trip's hotels, cars and interpreter: an itinerary in
  ``21.07.2026`` form with 24-hour local clock times (UTC+2), a day trip to Simunye, a meeting
  proposed with no date, the tender's own dates (pre-bid meeting in Patna, deadlines) that are no
  engagements, and its signatory who is no contact (Eswatini);
* a news video's auto-generated Devanagari transcript with no punctuation and split names (``करा
  कस``, ``मारा काई बो``) under a description with the Latin names, ``[m:ss]`` stamps that are video
  offsets, published ``10 नवंबर`` with no year (publication date given), a local time with IST, a
  cancelled visit to the Orinoco belt replaced the same day by a ministry meeting, the way home via
  Panama; the anchor is no contact (Venezuela);
* a state government's monthly newsletter ``March 2026: Month in Review`` in mixed script, the visit
  one item among home-state items whose officials are no contacts: arrival through Nice (no stop),
  clock times on both sides of the start of summer time on 29 March (UTC+1, then UTC+2), a meeting
  the host cancelled, an undated meeting (Monaco);
* a department's fact sheet in ten numbered points, each opening with a number that is no date or
  time (``5 दिन``, ``1 transit``, ``₹1,200 crore``), dates ``Mon 14/9`` without a year (publication
  date given), a local time with IST, a layover in Casablanca that is no stop, counterparts only in
  a list after ``मुलाकात:``, a cancelled meeting, an undated one (Mauritania);
* a letter to the editor (``Thursday, 5 November``, no year; publication date given) retelling
  reports of the trip: a day trip to Bo, a chamber meeting postponed to next year with no date, a
  diaspora address with no date; the letter writer, Ludhiana, Sangrur, Bathinda and a past Nairobi
  plan are decoys (Sierra Leone);
* a business daily's market-angle story dated ``Wednesday, 8 July 2026`` in mixed script: ``सोमवार,
  6 July``, ``कल, यानी मंगलवार``, ``आज``, ``कल (Thursday)``, ``Friday``; a local time with IST; a
  meeting postponed with no date; share prices, an analyst (no contact) and a decoy auction city
  Mombasa in a country not visited (Burundi);
* a diaspora association's invitation card with the delegation's programme on the back (``Thu 19
  Nov`` ...), the business meet in Serekunda an evening away from Banjul (no stop), a cancelled
  visit to Farafenni, the airport at Yundum and the embassy in Dakar as decoy places, the RSVP
  secretary who is no contact (The Gambia).

Same shape as ``expected.BLIND2``.  Conventions as in ``expected7``: city names are GeoNames' English
names and zones GeoNames' zone of the city.  Undated engagements carry the country's zone when the
country has one zone, else none.  A visit's stops run from the day of arrival to the day of leaving;
day trips are no stops, and neither are transit halts.  Mixed-script articles are ``"hi"`` as in
earlier rounds.  A later move is titled ``Departure for X``; the way home is ``Return to India``
with Asia/Kolkata and no start.  A cancelled engagement keeps its planned date; a postponed one with
no new date has none.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

CONAKRY, OUAGADOUGOU, MONROVIA, MBABANE = (
    "Africa/Conakry",
    "Africa/Ouagadougou",
    "Africa/Monrovia",
    "Africa/Mbabane",
)
CARACAS, MONACO, NOUAKCHOTT, FREETOWN = (
    "America/Caracas",
    "Europe/Monaco",
    "Africa/Nouakchott",
    "Africa/Freetown",
)
BUJUMBURA, BANJUL = "Africa/Bujumbura", "Africa/Banjul"

BLIND11: dict[str, dict[str, Any]] = {
    # editorial of Wednesday 21 October 2026: Monday 12 to Saturday 17 October; Kamsar from the 14th
    # to the 16th; the SMB mines at Boké cancelled on the 15th; the roundtable back in Conakry on the
    # 16th; the Chamber of Mines has no date; Pittsburgh, Damanjodi, Koraput, Paradip are decoys
    "blind11_hi_editorial_od_guinea": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Prafulla Kumar Sethi",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-17"),
        "engagements": {
            "Arrival in Conakry": _e("2026-10-12", "Conakry", CONAKRY),
            "Meeting with Ministry of Mines and Geology": _e("2026-10-13", "Conakry", CONAKRY),
            "Meeting with Agency for the Promotion of Private Investments (APIP)": _e(
                "2026-10-13", "Conakry", CONAKRY
            ),
            "Departure for Kamsar": _e("2026-10-14", "Kamsar", CONAKRY),
            "Visit to Compagnie des Bauxites de Guinée (CBG)": _e("2026-10-14", "Kamsar", CONAKRY),
            "Visit to Société Minière de Boké (SMB)": _e("2026-10-15", "Boké", CONAKRY, "cancelled"),
            "Departure for Conakry": _e("2026-10-16", "Conakry", CONAKRY),
            "Investors' roundtable": _e("2026-10-16", "Conakry", CONAKRY),
            "Meeting with Guinean Chamber of Mines": _e(None, None, CONAKRY),
            "Return to India": _e("2026-10-17", None, KOLKATA),
        },
        "stops": [
            ("Conakry", "2026-10-12", "2026-10-14"),
            ("Kamsar", "2026-10-14", "2026-10-16"),
            ("Conakry", "2026-10-16", "2026-10-17"),
        ],
        "contacts": [
            ("Ousmane Condé", "", "Minister of Mines", "Ministry of Mines and Geology", "host"),
            (
                "Fatoumata Bah",
                "",
                "Director General",
                "Agency for the Promotion of Private Investments",
                "host",
            ),
            ("Alpha Soumah", "", "General Manager", "Compagnie des Bauxites de Guinée", "host"),
            ("Hemant Kumar Padhi", "हेमंत कुमार पाढ़ी", "Industries Secretary", "", "delegation"),
            ("Sasmita Das", "सस्मिता दास", "Managing Director", "IPICOL", "delegation"),
        ],
    },
    # quiz of 20 June 2026: 8/6 to 12/6; the ministry at 10:00 UTC+0 on the 9th; Bobo-Dioulasso from
    # the 10th; Faso Fani at Koudougou cancelled on the 11th; the chamber has no date; home via
    # Ouagadougou (a change of flight, no stop); the wrong options and the collector are decoys
    "blind11_hi_quiz_mp_burkina": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Raghuveer Singh Patel",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Ouagadougou": _e("2026-06-08", "Ouagadougou", OUAGADOUGOU),
            "Meeting with Ministry of Agriculture, Animal Resources and Fisheries": _e(
                "2026-06-09", "Ouagadougou", OUAGADOUGOU, start="2026-06-09T10:00:00+00:00"
            ),
            "Departure for Bobo-Dioulasso": _e("2026-06-10", "Bobo-Dioulasso", OUAGADOUGOU),
            "Visit to Société Burkinabè des Fibres Textiles (SOFITEX)": _e(
                "2026-06-10", "Bobo-Dioulasso", OUAGADOUGOU
            ),
            "MoU signing with Institute of Environment and Agricultural Research (INERA)": _e(
                "2026-06-11", "Bobo-Dioulasso", OUAGADOUGOU
            ),
            "Visit to Faso Fani": _e("2026-06-11", "Koudougou", OUAGADOUGOU, "cancelled"),
            "Meeting with Chamber of Commerce and Industry of Burkina Faso": _e(None, None, OUAGADOUGOU),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [
            ("Ouagadougou", "2026-06-08", "2026-06-10"),
            ("Bobo-Dioulasso", "2026-06-10", "2026-06-12"),
        ],
        "contacts": [
            (
                "Issouf Ouédraogo",
                "",
                "Minister of Agriculture",
                "Ministry of Agriculture, Animal Resources and Fisheries",
                "host",
            ),
            (
                "Mariam Traoré",
                "",
                "Secretary General",
                "Ministry of Agriculture, Animal Resources and Fisheries",
                "host",
            ),
            (
                "Boukary Zongo",
                "",
                "Director, Cotton Unit",
                "Ministry of Agriculture, Animal Resources and Fisheries",
                "host",
            ),
            ("Adama Sawadogo", "", "Director General", "Société Burkinabè des Fibres Textiles", "host"),
            ("Salif Kaboré", "", "Director", "Institute of Environment and Agricultural Research", "host"),
            ("Anuradha Mishra", "अनुराधा मिश्रा", "Agriculture Production Commissioner", "", "delegation"),
            (
                "Vikram Solanki",
                "विक्रम सोलंकी",
                "President",
                "Khargone Cotton Ginners Association",
                "delegation",
            ),
        ],
    },
    # obituary dated 9 March with no year (published Monday 9 March 2026; 1952 is a birth year):
    # पिछले महीने = February, 16 to 21; Buchanan a day trip on the 18th; the ministry at 11:00 UTC+0
    # (16:30 IST) on the 19th; the chamber postponed with no date; the deceased is a delegation
    # contact, his son and the association's president are not; Luxembourg is a decoy
    "blind11_hi_obituary_cg_liberia": {
        "published": dt.date(2026, 3, 9),
        "language": "hi",
        "head": "Commerce and Industry Minister Ramesh Kumar Sahu",
        "year": None,
        "span": ("2026-02-16", "2026-02-21"),
        "engagements": {
            "Arrival in Monrovia": _e("2026-02-16", "Monrovia", MONROVIA),
            "Meeting with National Investment Commission": _e("2026-02-17", "Monrovia", MONROVIA),
            "Address to the Indian diaspora": _e("2026-02-17", "Monrovia", MONROVIA),
            "Visit to ArcelorMittal Liberia": _e("2026-02-18", "Buchanan", MONROVIA),
            "Meeting with Ministry of Mines and Energy": _e(
                "2026-02-19", "Monrovia", MONROVIA, start="2026-02-19T11:00:00+00:00"
            ),
            "Meeting with Liberia Chamber of Commerce": _e(None, "Monrovia", MONROVIA, "postponed"),
            "Return to India": _e("2026-02-21", None, KOLKATA),
        },
        "stops": [("Monrovia", "2026-02-16", "2026-02-21")],
        "contacts": [
            ("Joseph K. Tarpeh", "", "Chairman", "National Investment Commission", "host"),
            ("Gbenimah Kollie", "", "Minister of Mines and Energy", "Ministry of Mines and Energy", "host"),
            (
                "Surendra Nath Agrawal",
                "सुरेंद्र नाथ अग्रवाल",
                "Chairman",
                "Agrawal Ispat Private Limited",
                "delegation",
            ),
            ("Rohit Tiwari", "रोहित तिवारी", "Industries Secretary", "", "delegation"),
        ],
    },
    # tender notice of 02.07.2026: 21.07.2026 (Tuesday) to 26.07.2026 (Sunday); times at UTC+2;
    # Simunye a day trip from Manzini; the Sugar Association proposed with no date and place; the
    # pre-bid meeting and deadlines in Patna are no engagements; the signatory is no contact
    "blind11_hi_tender_br_eswatini": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Shyam Kishore Sinha",
        "year": 2026,
        "span": ("2026-07-21", "2026-07-26"),
        "engagements": {
            "Arrival in Mbabane": _e("2026-07-21", "Mbabane", MBABANE),
            "Meeting with Eswatini Investment Promotion Authority (EIPA)": _e(
                "2026-07-22", "Mbabane", MBABANE, start="2026-07-22T10:00:00+02:00"
            ),
            "Meeting with Ministry of Commerce, Industry and Trade": _e(
                "2026-07-22", "Mbabane", MBABANE, start="2026-07-22T15:00:00+02:00"
            ),
            "Departure for Manzini": _e("2026-07-23", "Manzini", MBABANE),
            "Meeting with Business Eswatini": _e(
                "2026-07-23", "Manzini", MBABANE, start="2026-07-23T11:30:00+02:00"
            ),
            "Visit to Royal Eswatini Sugar Corporation": _e("2026-07-24", "Simunye", MBABANE),
            "Investors' meet": _e("2026-07-25", "Manzini", MBABANE, start="2026-07-25T10:00:00+02:00"),
            "Meeting with Eswatini Sugar Association": _e(None, None, MBABANE, "proposed"),
            "Return to India": _e("2026-07-26", None, KOLKATA),
        },
        "stops": [("Mbabane", "2026-07-21", "2026-07-23"), ("Manzini", "2026-07-23", "2026-07-26")],
        "contacts": [
            (
                "Nomvula Dlamini",
                "",
                "Chief Executive Officer",
                "Eswatini Investment Promotion Authority",
                "host",
            ),
            ("Mamta Rani", "ममता रानी", "Principal Secretary", "Industries Department", "delegation"),
            (
                "Neeraj Kumar Jha",
                "नीरज कुमार झा",
                "Cane Commissioner",
                "Sugarcane Industries Department",
                "delegation",
            ),
            ("Ashutosh Prakash", "आशुतोष प्रकाश", "Managing Director", "BIADA", "delegation"),
        ],
    },
    # video published 10 November (no year in the text; publication date given): Tuesday 3 to 7
    # November; PDVSA at 10:00 UTC-4 (19:30 IST) on the 4th; the Orinoco belt cancelled on the 5th
    # (no city) and the petroleum ministry met instead; Maracaibo from the 6th; home the night of
    # the 7th via Panama (no stop); the [m:ss] stamps are video offsets; the anchor is no contact
    "blind11_hi_autotranscript_rj_venezuela": {
        "published": dt.date(2026, 11, 10),
        "language": "hi",
        "head": "Mines and Petroleum Minister Devendra Singh Rathore",
        "year": None,
        "span": ("2026-11-03", "2026-11-07"),
        "engagements": {
            "Arrival in Caracas": _e("2026-11-03", "Caracas", CARACAS),
            "Meeting with Petróleos de Venezuela (PDVSA)": _e(
                "2026-11-04", "Caracas", CARACAS, start="2026-11-04T10:00:00-04:00"
            ),
            "Visit to Orinoco Oil Belt": _e("2026-11-05", None, CARACAS, "cancelled"),
            "Meeting with Ministry of Petroleum": _e("2026-11-05", "Caracas", CARACAS),
            "Departure for Maracaibo": _e("2026-11-06", "Maracaibo", CARACAS),
            "Meeting with Maracaibo Chamber of Commerce": _e("2026-11-06", "Maracaibo", CARACAS),
            "MoU signing with University of Zulia": _e("2026-11-07", "Maracaibo", CARACAS),
            "Return to India": _e("2026-11-07", None, KOLKATA),
        },
        "stops": [("Caracas", "2026-11-03", "2026-11-06"), ("Maracaibo", "2026-11-06", "2026-11-07")],
        "contacts": [
            ("Luis Alberto Mendoza", "लुइस अल्बर्टो मेंडोसा", "Vice President", "PDVSA", "host"),
            ("Carmen Urdaneta", "कारमेन उर्दानेता", "Rector", "University of Zulia", "host"),
            (
                "Alok Bhardwaj",
                "आलोक भारद्वाज",
                "Principal Secretary, Mines and Petroleum",
                "",
                "delegation",
            ),
            ("Sunita Chaudhary", "सुनीता चौधरी", "Managing Director", "RSMML", "delegation"),
        ],
    },
    # newsletter for March 2026: Wednesday 25 to 30 March; in through Nice (no stop); the foundation
    # at 10:00 UTC+1 on the 26th; SBM cancelled on the 27th; the yacht club MoU at 11:00 UTC+2 on
    # Sunday the 29th (summer time from that night); the tourism department has no date; the Goa
    # items (Shigmo, Porvorim, Mopa, Muscat) and their officials are decoys
    "blind11_mixed_monthreview_goa_monaco": {
        "published": None,
        "language": "hi",
        "head": "Tourism Minister Deepak Naik",
        "year": 2026,
        "span": ("2026-03-25", "2026-03-30"),
        "engagements": {
            "Arrival in Monaco": _e("2026-03-25", "Monaco", MONACO),
            "Meeting with Prince Albert II of Monaco Foundation": _e(
                "2026-03-26", "Monaco", MONACO, start="2026-03-26T10:00:00+01:00"
            ),
            "Visit to Oceanographic Museum of Monaco": _e("2026-03-27", "Monaco", MONACO),
            "Meeting with Société des Bains de Mer (SBM)": _e("2026-03-27", "Monaco", MONACO, "cancelled"),
            "Investors' roundtable": _e("2026-03-28", "Monaco", MONACO),
            "MoU signing with Yacht Club de Monaco": _e(
                "2026-03-29", "Monaco", MONACO, start="2026-03-29T11:00:00+02:00"
            ),
            "Meeting with Department of Tourism and Congresses": _e(None, None, MONACO),
            "Return to India": _e("2026-03-30", None, KOLKATA),
        },
        "stops": [("Monaco", "2026-03-25", "2026-03-30")],
        "contacts": [
            ("Laurent Giraud", "", "Executive Director", "Prince Albert II of Monaco Foundation", "host"),
            ("Isabelle Rocca", "", "President", "Monaco Economic Board", "host"),
            ("Marc Bertrand", "", "Secretary General", "Yacht Club de Monaco", "host"),
            ("Sanjay Kamat", "", "Tourism Secretary", "", "delegation"),
            (
                "Fatima D'Souza",
                "",
                "Managing Director",
                "Goa Tourism Development Corporation",
                "delegation",
            ),
        ],
    },
    # fact sheet released Sun 20/9 (no year in the text; publication date given): Mon 14/9 to Fri
    # 18/9; IMROP at 11:00 UTC+0 (16:30 IST) and the ministry at 16:00 on the 15th; Nouadhibou from
    # Wed 16/9; the free zone cancelled on the 17th; FNP has no date; the Casablanca layover is no
    # stop; the leading numbers of the points are no dates
    "blind11_mixed_factsheet_ap_mauritania": {
        "published": dt.date(2026, 9, 20),
        "language": "hi",
        "head": "Fisheries Minister Kollu Venkata Ramana",
        "year": None,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Nouakchott": _e("2026-09-14", "Nouakchott", NOUAKCHOTT),
            "MoU signing with Institut Mauritanien de Recherches Océanographiques et des Pêches (IMROP)": _e(
                "2026-09-15", "Nouakchott", NOUAKCHOTT, start="2026-09-15T11:00:00+00:00"
            ),
            "Meeting with Ministry of Fisheries and Maritime Economy": _e(
                "2026-09-15", "Nouakchott", NOUAKCHOTT, start="2026-09-15T16:00:00+00:00"
            ),
            "Departure for Nouadhibou": _e("2026-09-16", "Nouadhibou", NOUAKCHOTT),
            "Visit to Nouadhibou Autonomous Port": _e("2026-09-17", "Nouadhibou", NOUAKCHOTT),
            "Meeting with Nouadhibou Free Zone Authority": _e(
                "2026-09-17", "Nouadhibou", NOUAKCHOTT, "cancelled"
            ),
            "Meeting with Fédération Nationale des Pêches (FNP)": _e(None, None, NOUAKCHOTT),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [
            ("Nouakchott", "2026-09-14", "2026-09-16"),
            ("Nouadhibou", "2026-09-16", "2026-09-18"),
        ],
        "contacts": [
            (
                "Sidi Mohamed Ould Cheikh",
                "",
                "Director",
                "Institut Mauritanien de Recherches Océanographiques et des Pêches",
                "host",
            ),
            ("Ahmed Ould Sidi", "", "Minister", "Ministry of Fisheries and Maritime Economy", "host"),
            (
                "Mariem Mint Ely",
                "",
                "Secretary General",
                "Ministry of Fisheries and Maritime Economy",
                "host",
            ),
            (
                "Cheikh Ould Baba",
                "",
                "Director of Fishing Industries",
                "Ministry of Fisheries and Maritime Economy",
                "host",
            ),
            ("Mohamed Lemine Ould Dah", "", "Director General", "Nouadhibou Autonomous Port", "host"),
            ("P. Sravani", "", "Commissioner of Fisheries", "", "delegation"),
            ("Ravi Teja Reddy", "", "CEO", "AP Maritime Board", "delegation"),
            ("G. Srinivasa Rao", "", "Managing Director", "Sri Venkateswara Aqua Exports", "delegation"),
        ],
    },
    # letter of Thursday 5 November (no year in the text; publication date given): Monday 26 to 30
    # October; Bo a day trip on the 28th; the chamber in Freetown postponed to next year with no
    # date; the diaspora address has no date; the writer and the Nairobi office are decoys
    "blind11_mixed_letter_pb_sierraleone": {
        "published": dt.date(2026, 11, 5),
        "language": "hi",
        "head": "Agriculture Minister Jasvir Singh Dhillon",
        "year": None,
        "span": ("2026-10-26", "2026-10-30"),
        "engagements": {
            "Arrival in Freetown": _e("2026-10-26", "Freetown", FREETOWN),
            "Meeting with Ministry of Agriculture and Food Security": _e("2026-10-27", "Freetown", FREETOWN),
            "MoU signing with Njala University": _e("2026-10-28", "Bo", FREETOWN),
            "Meeting with Sierra Leone Chamber of Commerce, Industry and Agriculture": _e(
                None, "Freetown", FREETOWN, "postponed"
            ),
            "Address to the Indian diaspora": _e(None, "Freetown", FREETOWN),
            "Return to India": _e("2026-10-30", None, KOLKATA),
        },
        "stops": [("Freetown", "2026-10-26", "2026-10-30")],
        "contacts": [
            (
                "Alusine Koroma",
                "",
                "Agriculture Minister",
                "Ministry of Agriculture and Food Security",
                "host",
            ),
            ("Fatmata Bangura", "", "Vice-Chancellor", "Njala University", "host"),
            ("Harjeet Kaur", "", "Managing Director", "Punjab Agri Export Corporation", "delegation"),
            ("Balwinder Singh Sidhu", "", "Director Agriculture", "", "delegation"),
        ],
    },
    # market story of Wednesday 8 July 2026: सोमवार 6 = arrival, कल (मंगलवार) = 7, आज = 8 (the MoU at
    # 11:00 UTC+2, 14:30 IST), कल (Thursday) = 9 Gitega, Friday = 10 home; the chamber postponed with
    # no date; share prices, the analyst and Mombasa, Kolkata, Guwahati are decoys
    "blind11_mixed_market_as_burundi": {
        "published": None,
        "language": "hi",
        "head": "Industries and Commerce Minister Bikash Gogoi",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-10"),
        "engagements": {
            "Arrival in Bujumbura": _e("2026-07-06", "Bujumbura", BUJUMBURA),
            "Meeting with Office du Thé du Burundi (OTB)": _e("2026-07-07", "Bujumbura", BUJUMBURA),
            "MoU signing with Burundi Development Agency (ADB)": _e(
                "2026-07-08", "Bujumbura", BUJUMBURA, start="2026-07-08T11:00:00+02:00"
            ),
            "Meeting with Burundi Federation of Chambers of Commerce and Industry": _e(
                None, "Bujumbura", BUJUMBURA, "postponed"
            ),
            "Departure for Gitega": _e("2026-07-09", "Gitega", BUJUMBURA),
            "Meeting with Ministry of Commerce, Transport, Industry and Tourism": _e(
                "2026-07-09", "Gitega", BUJUMBURA
            ),
            "Return to India": _e("2026-07-10", None, KOLKATA),
        },
        "stops": [("Bujumbura", "2026-07-06", "2026-07-09"), ("Gitega", "2026-07-09", "2026-07-10")],
        "contacts": [
            ("Emmanuel Niyonzima", "", "Director General", "Office du Thé du Burundi", "host"),
            ("Aline Ndayishimiye", "", "Director General", "Burundi Development Agency", "host"),
            ("Rituraj Baruah", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Ranjit Saikia", "", "Chairman", "Assam Tea Planters' Association", "delegation"),
        ],
    },
    # invitation card for Saturday 21 November 2026, programme Thu 19 to Mon 23 Nov; local times at
    # UTC+0; the business meet in Serekunda is an evening away from Banjul (no stop); Farafenni
    # cancelled on the 22nd; Yundum and Dakar are decoy places; the RSVP secretary is no contact
    "blind11_mixed_invitation_kl_gambia": {
        "published": None,
        "language": "hi",
        "head": "Cashew and Fisheries Minister Anil Varghese",
        "year": 2026,
        "span": ("2026-11-19", "2026-11-23"),
        "engagements": {
            "Arrival in Banjul": _e("2026-11-19", "Banjul", BANJUL),
            "Meeting with Gambia Investment and Export Promotion Agency (GIEPA)": _e(
                "2026-11-20", "Banjul", BANJUL, start="2026-11-20T10:00:00+00:00"
            ),
            "Visit to Gambia Ports Authority": _e(
                "2026-11-20", "Banjul", BANJUL, start="2026-11-20T15:00:00+00:00"
            ),
            "MoU signing with Gambia Investment and Export Promotion Agency (GIEPA)": _e(
                "2026-11-21", "Banjul", BANJUL, start="2026-11-21T11:00:00+00:00"
            ),
            "Investors' meet": _e("2026-11-21", "Serekunda", BANJUL, start="2026-11-21T18:30:00+00:00"),
            "Visit to Farafenni cashew collection centre": _e("2026-11-22", "Farafenni", BANJUL, "cancelled"),
            "Return to India": _e("2026-11-23", None, KOLKATA),
        },
        "stops": [("Banjul", "2026-11-19", "2026-11-23")],
        "contacts": [
            (
                "Ebrima Sanneh",
                "",
                "Minister of Trade, Industry, Regional Integration and Employment",
                "Ministry of Trade, Industry, Regional Integration and Employment",
                "host",
            ),
            ("Fatou Ceesay", "", "CEO", "Gambia Investment and Export Promotion Agency", "host"),
            ("Meera Pillai", "", "Principal Secretary (Industries)", "", "delegation"),
            (
                "S. Jayakumar",
                "",
                "Chairman",
                "Kerala State Cashew Development Corporation",
                "delegation",
            ),
            ("Thomas Mathew", "", "President", "Kollam Cashew Exporters' Forum", "delegation"),
        ],
    },
}
