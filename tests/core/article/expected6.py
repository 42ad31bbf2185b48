"""Expected visits for the sixth blind round (``blind6_*``): written by hand before any parse.

Twelve fictional visits to countries no earlier article covers (the United States excepted), in
styles that differ from each other and from BLIND2-BLIND5:

* a Hindi DIPR press release (``प्रेस विज्ञप्ति संख्या 418/2026``, ``दिनांक 14 अक्टूबर 2026``) with
  numbered points, ``आज`` and future dates, an undated meeting and a press officer's contact line at
  the foot who is no contact (Oman);
* an English TV live-updates page, newest entry first, each entry stamped in IST while Istanbul is
  two and a half hours behind, a recap of the first two days by weekday, an undated visit (Turkey);
* an English Q&A interview with the minister after the return, dates as ``Monday, September 7``,
  ``the 8th``, ``Wednesday, the 9th``, an undated informal meeting (Estonia);
* an English business-daily piece about MoUs in crore and dollars with the days only as weekdays,
  publication date given, an undated meeting (Peru);
* a Hinglish WhatsApp forward of the official schedule in Roman script (``Somvar, 20 April``, emoji,
  clock times), an undated campus visit (Croatia);
* a Hindi ``मुख्य बातें`` highlights box followed by the body, Latin-script names, an undated port
  visit in a city the delegation is never sent to (Romania);
* mixed script: a visit cut short by floods at home, the return three days early and the two
  remaining engagements cancelled (Slovenia);
* an English preview of a US trip in two zones across the US DST start (March 8, 2026): EST before,
  EDT after, then PDT, clock times with IST; an undated meeting with no zone (several zones);
* a Hindi series of photo captions (``चित्र परिचय``) as the whole article, one caption undated (Jordan);
* mixed script with a transit halt in Doha on the way out and back that is no stop (Tanzania);
* a Hindi agency report from a visit crossing New Year (29 December 2026 to 2 January 2027), the
  dateline in 2027 and the earlier dates in December without a year (Sri Lanka);
* an English report whose dates are all ``the 3rd of March`` / ``March the 4th`` (Malta).

Same shape as ``expected.BLIND2``.  City names are GeoNames' English names, except ``New York`` (as
``expected3`` has it).  Undated engagements carry the country's zone when the country has one zone,
else none.  A talk with the diaspora told as ``संवाद``/``samvad`` is a "Meeting with the Indian
diaspora", as in ``expected4``; an address is an "Address to the Indian diaspora".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

MUSCAT, ISTANBUL, TALLINN, LIMA = "Asia/Muscat", "Europe/Istanbul", "Europe/Tallinn", "America/Lima"
ZAGREB, BUCHAREST, LJUBLJANA = "Europe/Zagreb", "Europe/Bucharest", "Europe/Ljubljana"
NY, LA, AMMAN, DAR = "America/New_York", "America/Los_Angeles", "Asia/Amman", "Africa/Dar_es_Salaam"
COLOMBO, MALTA = "Asia/Colombo", "Europe/Malta"

BLIND6: dict[str, dict[str, Any]] = {
    # DIPR release dated 14 October (आज); 15 and 16 October ahead; OQ has no date; the deputy
    # director of information at the foot is the press contact, not a delegation member
    "blind6_hi_pressrelease_uk_oman": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Pushkar Singh Dhami",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-16"),
        "engagements": {
            "Arrival in Muscat": _e("2026-10-12", "Muscat", MUSCAT),
            "Address to the Indian diaspora": _e("2026-10-12", "Muscat", MUSCAT),
            "Meeting with Oman Investment Authority": _e("2026-10-13", "Muscat", MUSCAT),
            "Meeting with Oman Chamber of Commerce and Industry": _e("2026-10-13", "Muscat", MUSCAT),
            "MoU signing with Omran Group": _e("2026-10-14", "Muscat", MUSCAT),
            "Departure for Sohar": _e("2026-10-15", "Sohar", MUSCAT),
            "Visit to Sohar Port and Freezone": _e("2026-10-15", "Sohar", MUSCAT),
            "Investors' roundtable": _e("2026-10-15", "Sohar", MUSCAT),
            "Meeting with OQ Group": _e(None, None, MUSCAT),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [("Muscat", "2026-10-12", "2026-10-15"), ("Sohar", "2026-10-15", "2026-10-16")],
        "contacts": [
            ("Hamad Al Busaidi", "हमद अल बुसैदी", "Vice President", "Oman Investment Authority", "host"),
            (
                "Salim Al Hinai",
                "सालिम अल हिनाई",
                "Chairman",
                "Oman Chamber of Commerce and Industry",
                "host",
            ),
            ("Amal Al Rawahi", "अमल अल रवाही", "Chief Executive Officer", "Omran Group", "host"),
            ("Rakesh Chandra Bisht", "राकेश चन्द्र बिष्ट", "Chief Secretary", "", "delegation"),
            ("Nitin Bhatt", "नितिन भट्ट", "Secretary (Industries)", "", "delegation"),
        ],
    },
    # live page "Last updated: June 10, 2026, 11:55 PM IST", entries stamped in IST (Istanbul is
    # UTC+3): the 10:45 PM IST diaspora event is at 8:15 PM local the same day; Monday = 8,
    # Tuesday = 9, tomorrow = 11, Friday = 12; the Baykar visit has no date
    "blind6_en_liveupdates_tg_turkey": {
        "published": None,
        "language": "en",
        "head": "Deputy Chief Minister Mallu Bhatti Vikramarka",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Istanbul": _e("2026-06-08", "Istanbul", ISTANBUL),
            "Meeting with Investment Office of the Presidency of Türkiye": _e(
                "2026-06-09", "Istanbul", ISTANBUL
            ),
            "Visit to Teknopark Istanbul": _e("2026-06-10", "Istanbul", ISTANBUL),
            "Meeting with Istanbul Chamber of Industry": _e("2026-06-10", "Istanbul", ISTANBUL),
            "MoU signing with Kalyon Enerji": _e("2026-06-10", "Istanbul", ISTANBUL),
            "Address to the Indian diaspora": _e("2026-06-10", "Istanbul", ISTANBUL),
            "Departure for Ankara": _e("2026-06-11", "Ankara", ISTANBUL),
            "Meeting with Ministry of Energy and Natural Resources": _e("2026-06-11", "Ankara", ISTANBUL),
            "Visit to Baykar": _e(None, None, ISTANBUL),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Istanbul", "2026-06-08", "2026-06-11"), ("Ankara", "2026-06-11", "2026-06-12")],
        "contacts": [
            ("Murat Demir", "", "CEO", "Kalyon Enerji", "host"),
            ("Selim Aydın", "", "Chairman", "Istanbul Chamber of Industry", "host"),
            ("Zeynep Koç", "", "General Manager", "Teknopark Istanbul", "host"),
            ("Elif Şahin", "", "Vice President", "Investment Office of the Presidency of Türkiye", "host"),
            ("K. Srinivasa Raju", "", "Special Chief Secretary (Energy)", "", "delegation"),
        ],
    },
    # interview published 14 September after the return: "Monday, September 7", "The next morning"
    # = 8, "On the 8th", "Wednesday, the 9th", "Thursday" = 10, "Friday, the 11th"; the Telugu
    # families met on the first evening; Bolt met informally on a date the minister won't give
    "blind6_en_interview_ap_estonia": {
        "published": None,
        "language": "en",
        "head": "IT and Electronics Minister Nara Lokesh",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-11"),
        "engagements": {
            "Arrival in Tallinn": _e("2026-09-07", "Tallinn", TALLINN),
            "Meeting with the Indian diaspora": _e("2026-09-07", "Tallinn", TALLINN),
            "Visit to e-Estonia Briefing Centre": _e("2026-09-08", "Tallinn", TALLINN),
            "Meeting with Invest Estonia": _e("2026-09-08", "Tallinn", TALLINN),
            "MoU signing with Cybernetica": _e("2026-09-09", "Tallinn", TALLINN),
            "Departure for Tartu": _e("2026-09-10", "Tartu", TALLINN),
            "MoU signing with University of Tartu": _e("2026-09-10", "Tartu", TALLINN),
            "Meeting with Bolt": _e(None, None, TALLINN),
            "Return to India": _e("2026-09-11", None, KOLKATA),
        },
        "stops": [("Tallinn", "2026-09-07", "2026-09-10"), ("Tartu", "2026-09-10", "2026-09-11")],
        "contacts": [
            ("Kadri Tamm", "", "Head", "Invest Estonia", "host"),
            ("Priit Saar", "", "Chief Executive", "Cybernetica", "host"),
            ("Liina Kull", "", "Rector", "University of Tartu", "host"),
            (
                "P. Suresh Kumar",
                "",
                "Secretary (IT, Electronics and Communications)",
                "",
                "delegation",
            ),
            ("Ravi Teja Chowdary", "", "", "AP Economic Development Board", "delegation"),
        ],
    },
    # business daily without a date, published Friday 20 November: Monday = 16, Tuesday = 17,
    # Wednesday = 18, Thursday = 19, Saturday = 21 (ahead); Petroperú has no date
    "blind6_en_bizdaily_od_peru": {
        "published": dt.date(2026, 11, 20),
        "language": "en",
        "head": "Industries Minister Sampad Chandra Swain",
        "year": None,
        "span": ("2026-11-16", "2026-11-21"),
        "engagements": {
            "Arrival in Lima": _e("2026-11-16", "Lima", LIMA),
            "Meeting with ProInversión": _e("2026-11-16", "Lima", LIMA),
            "MoU signing with Minera Andes del Sur": _e("2026-11-17", "Lima", LIMA),
            "Meeting with National Society of Mining, Petroleum and Energy (SNMPE)": _e(
                "2026-11-17", "Lima", LIMA
            ),
            "Departure for Arequipa": _e("2026-11-18", "Arequipa", LIMA),
            "Visit to Cerro Verde": _e("2026-11-18", "Arequipa", LIMA),
            "MoU signing with Solaris Perú Energía": _e("2026-11-19", "Arequipa", LIMA),
            "Investors' roundtable": _e("2026-11-19", "Arequipa", LIMA),
            "Meeting with Petroperú": _e(None, None, LIMA),
            "Return to India": _e("2026-11-21", None, KOLKATA),
        },
        "stops": [("Lima", "2026-11-16", "2026-11-18"), ("Arequipa", "2026-11-18", "2026-11-21")],
        "contacts": [
            ("Luis Alberto Chávez", "", "Executive Director", "ProInversión", "host"),
            ("Carlos Mendoza", "", "Chief Executive", "Minera Andes del Sur", "host"),
            (
                "Rosa Elena Quispe",
                "",
                "President",
                "National Society of Mining, Petroleum and Energy",
                "host",
            ),
            ("Sudhanshu Mohapatra", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Ananya Das", "", "Managing Director", "IPICOL", "delegation"),
        ],
    },
    # WhatsApp forward: "Ravivar, 19 April 2026" ... "Guruvar, 23 April", local clock times (CEST,
    # UTC+2); samvad = meeting; the Rimac campus visit has no date
    "blind6_roman_whatsapp_hr_croatia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-04-19", "2026-04-23"),
        "engagements": {
            "Arrival in Zagreb": _e("2026-04-19", "Zagreb", ZAGREB, start="2026-04-19T20:30:00+02:00"),
            "Meeting with Croatian Chamber of Economy": _e(
                "2026-04-20", "Zagreb", ZAGREB, start="2026-04-20T10:00:00+02:00"
            ),
            "Meeting with Ministry of Economy": _e(
                "2026-04-20", "Zagreb", ZAGREB, start="2026-04-20T15:00:00+02:00"
            ),
            "Meeting with the Indian diaspora": _e(
                "2026-04-20", "Zagreb", ZAGREB, start="2026-04-20T19:00:00+02:00"
            ),
            "Departure for Rijeka": _e("2026-04-21", "Rijeka", ZAGREB),
            "Visit to Port of Rijeka": _e("2026-04-21", "Rijeka", ZAGREB),
            "Investors' meet": _e("2026-04-22", "Rijeka", ZAGREB),
            "MoU signing with University of Rijeka": _e("2026-04-22", "Rijeka", ZAGREB),
            "Visit to Rimac Technology": _e(None, None, ZAGREB),
            "Return to India": _e("2026-04-23", None, KOLKATA),
        },
        "stops": [("Zagreb", "2026-04-19", "2026-04-21"), ("Rijeka", "2026-04-21", "2026-04-23")],
        "contacts": [
            ("Luka Horvat", "", "President", "Croatian Chamber of Economy", "host"),
            ("Ivana Kovačić", "", "Minister", "Ministry of Economy", "host"),
            ("Tomislav Babić", "", "Director", "Port of Rijeka Authority", "host"),
            ("Rajiv Malhotra", "", "Additional Chief Secretary (Industries)", "", "delegation"),
            ("Anil Dahiya", "", "Managing Director", "HSIIDC", "delegation"),
        ],
    },
    # highlights box, then the body dated Thursday 23 July (the fourth day, "आज"); शुक्रवार = 24;
    # Constanța is never a stop and its port visit has no date
    "blind6_hi_highlights_mh_romania": {
        "published": None,
        "language": "hi",
        "head": "Deputy Chief Minister Eknath Shinde",
        "year": 2026,
        "span": ("2026-07-20", "2026-07-24"),
        "engagements": {
            "Arrival in Bucharest": _e("2026-07-20", "Bucharest", BUCHAREST),
            "Address to the Indian diaspora": _e("2026-07-20", "Bucharest", BUCHAREST),
            "Meeting with InvestRomania": _e("2026-07-21", "Bucharest", BUCHAREST),
            "Meeting with Ministry of Economy": _e("2026-07-21", "Bucharest", BUCHAREST),
            "Departure for Cluj-Napoca": _e("2026-07-22", "Cluj-Napoca", BUCHAREST),
            "Visit to Cluj Innovation Park": _e("2026-07-22", "Cluj-Napoca", BUCHAREST),
            "MoU signing with Babeș-Bolyai University": _e("2026-07-23", "Cluj-Napoca", BUCHAREST),
            "Investors' meet": _e("2026-07-23", "Cluj-Napoca", BUCHAREST),
            "Visit to Port of Constanța": _e(None, None, BUCHAREST),
            "Return to India": _e("2026-07-24", None, KOLKATA),
        },
        "stops": [("Bucharest", "2026-07-20", "2026-07-22"), ("Cluj-Napoca", "2026-07-22", "2026-07-24")],
        "contacts": [
            ("Daniel Moldovan", "", "Rector", "Babeș-Bolyai University", "host"),
            ("Andrei Popescu", "", "President", "InvestRomania", "host"),
            ("Mihai Ionescu", "", "Secretary of State", "Ministry of Economy", "host"),
            ("Ioana Mureșan", "", "Director", "Cluj Innovation Park", "host"),
            ("Pradeep Jadhav", "", "Additional Chief Secretary (Industries)", "", "delegation"),
            ("Sanjay Patil", "", "CEO", "MIDC", "delegation"),
        ],
    },
    # cut short: back in India on the night of 19 August instead of the 22nd; the Maribor
    # engagements of the 20th and 21st cancelled; Novo Mesto is a day trip, no stop
    "blind6_mixed_cutshort_hp_slovenia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Sukhvinder Singh Sukhu",
        "year": 2026,
        "span": ("2026-08-17", "2026-08-21"),
        "engagements": {
            "Arrival in Ljubljana": _e("2026-08-17", "Ljubljana", LJUBLJANA),
            "Meeting with SPIRIT Slovenia": _e("2026-08-17", "Ljubljana", LJUBLJANA),
            "Meeting with Chamber of Commerce and Industry of Slovenia (GZS)": _e(
                "2026-08-18", "Ljubljana", LJUBLJANA
            ),
            "Visit to Krka": _e("2026-08-18", "Novo Mesto", LJUBLJANA),
            "Meeting with Holding Slovenske elektrarne (HSE)": _e("2026-08-19", "Ljubljana", LJUBLJANA),
            "Return to India": _e("2026-08-19", None, KOLKATA),
            "Visit to University of Maribor": _e("2026-08-20", "Maribor", LJUBLJANA, "cancelled"),
            "Investors' roundtable": _e("2026-08-21", "Maribor", LJUBLJANA, "cancelled"),
        },
        "stops": [("Ljubljana", "2026-08-17", "2026-08-19")],
        "contacts": [
            ("Tina Zupan", "", "Director", "SPIRIT Slovenia", "host"),
            ("Marko Kranjc", "", "President", "Chamber of Commerce and Industry of Slovenia", "host"),
            ("Petra Golob", "", "Management Board member", "Krka", "host"),
            ("Andrej Novak", "", "CEO", "Holding Slovenske elektrarne", "host"),
            ("Harshwardhan Chauhan", "", "Industries Minister", "", "delegation"),
            ("Pradeep Thakur", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # preview of 3 March: New York at EST (UTC-5) until the DST start on Sunday 8 March, EDT (UTC-4)
    # after it, San Francisco at PDT (UTC-7); the IST day is twice the next one; Santa Clara is a
    # day trip; Boeing has no date and the US no single zone
    "blind6_en_dst_kl_us": {
        "published": None,
        "language": "en",
        "head": "Industries Minister P. Rajeeve",
        "year": 2026,
        "span": ("2026-03-05", "2026-03-13"),
        "engagements": {
            "Arrival in New York": _e("2026-03-05", "New York", NY),
            "Meeting with US-India Business Council (USIBC)": _e(
                "2026-03-06", "New York", NY, start="2026-03-06T10:00:00-05:00"
            ),
            "Address to the Indian diaspora": _e("2026-03-07", "New York", NY),
            "Investors' roundtable": _e("2026-03-09", "New York", NY, start="2026-03-09T16:00:00-04:00"),
            "Departure for San Francisco": _e("2026-03-10", "San Francisco", LA),
            "Visit to Nvidia": _e("2026-03-11", "Santa Clara", LA),
            "Meeting with Bay Area Council": _e(
                "2026-03-11", "San Francisco", LA, start="2026-03-11T15:00:00-07:00"
            ),
            "Meeting with Boeing": _e(None, None, None),
            "Return to India": _e("2026-03-13", None, KOLKATA),
        },
        "stops": [("New York", "2026-03-05", "2026-03-10"), ("San Francisco", "2026-03-10", "2026-03-13")],
        "contacts": [
            ("Daniel Brooks", "", "Senior Director", "US-India Business Council", "host"),
            ("Arun Kurian", "", "President", "Indo-American Chamber of Commerce", "host"),
            ("Grace Huang", "", "Vice-President", "Nvidia", "host"),
            ("Jennifer Liu", "", "Senior Vice-President", "Bay Area Council", "host"),
            ("K. Anand Menon", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Leena Thomas", "", "Managing Director", "KSIDC", "delegation"),
        ],
    },
    # photo captions only, dated 14 November by the release line; caption 5 (the diaspora संवाद in
    # Amman) has no date; the delegation is named in the last caption
    "blind6_hi_captions_cg_jordan": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Lakhan Lal Dewangan",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "engagements": {
            "Arrival in Amman": _e("2026-11-09", "Amman", AMMAN),
            "Meeting with Ministry of Investment": _e("2026-11-10", "Amman", AMMAN),
            "Meeting with Jordan Chamber of Industry": _e("2026-11-10", "Amman", AMMAN),
            "MoU signing with Jordan Phosphate Mines Company": _e("2026-11-11", "Amman", AMMAN),
            "Meeting with the Indian diaspora": _e(None, "Amman", AMMAN),
            "Departure for Aqaba": _e("2026-11-12", "Aqaba", AMMAN),
            "Visit to Aqaba Special Economic Zone": _e("2026-11-12", "Aqaba", AMMAN),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Amman", "2026-11-09", "2026-11-12"), ("Aqaba", "2026-11-12", "2026-11-13")],
        "contacts": [
            ("Zaid Al-Masri", "ज़ैद अल-मसरी", "Secretary General", "Ministry of Investment", "host"),
            ("Faris Al-Hamoud", "फ़ारिस अल-हमूद", "President", "Jordan Chamber of Industry", "host"),
            (
                "Omar Al-Khatib",
                "उमर अल-ख़तीब",
                "Chief Executive Officer",
                "Jordan Phosphate Mines Company",
                "host",
            ),
            (
                "Laila Haddad",
                "लैला हद्दाद",
                "Commissioner",
                "Aqaba Special Economic Zone Authority",
                "host",
            ),
            (
                "Ankit Srivastava",
                "अंकित श्रीवास्तव",
                "Secretary (Commerce and Industry)",
                "",
                "delegation",
            ),
            ("Vishwesh Kumar", "विश्वेश कुमार", "Managing Director", "CSIDC", "delegation"),
        ],
    },
    # out and back through Doha (a three-hour halt both ways, no stop); 14 May is आज; samvad =
    # meeting; ZIPA has no date
    "blind6_mixed_transit_rj_tanzania": {
        "published": None,
        "language": "hi",
        "head": "Deputy Chief Minister Diya Kumari",
        "year": 2026,
        "span": ("2026-05-11", "2026-05-15"),
        "engagements": {
            "Arrival in Dar es Salaam": _e("2026-05-11", "Dar es Salaam", DAR),
            "Meeting with Tanzania Investment Centre (TIC)": _e("2026-05-12", "Dar es Salaam", DAR),
            "Meeting with Tanzania Private Sector Foundation": _e("2026-05-12", "Dar es Salaam", DAR),
            "Meeting with the Indian diaspora": _e("2026-05-12", "Dar es Salaam", DAR),
            "Departure for Arusha": _e("2026-05-13", "Arusha", DAR),
            "Visit to Arusha Gemstone Exchange": _e("2026-05-13", "Arusha", DAR),
            "MoU signing with Tanzania Mineral Dealers Association (TAMIDA)": _e("2026-05-14", "Arusha", DAR),
            "Meeting with Zanzibar Investment Promotion Authority (ZIPA)": _e(None, None, DAR),
            "Return to India": _e("2026-05-15", None, KOLKATA),
        },
        "stops": [("Dar es Salaam", "2026-05-11", "2026-05-13"), ("Arusha", "2026-05-13", "2026-05-15")],
        "contacts": [
            ("Neema Mushi", "", "Executive Director", "Tanzania Investment Centre", "host"),
            ("Baraka Mwinyi", "", "Chairman", "Tanzania Private Sector Foundation", "host"),
            ("Sammy Mollel", "", "Chairman", "Tanzania Mineral Dealers Association", "host"),
            ("Pramod Sharma", "", "Principal Secretary (Mines)", "", "delegation"),
            ("Kunal Bhatnagar", "", "Managing Director", "RIICO", "delegation"),
        ],
    },
    # dateline 1 January 2027 (शुक्रवार, नववर्ष का पहला दिन); 29-31 December are 2026; 2 January
    # ahead; the Sri Lanka Tourism Development Authority meeting has no date
    "blind6_hi_newyear_mp_srilanka": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2027,
        "span": ("2026-12-29", "2027-01-02"),
        "engagements": {
            "Arrival in Colombo": _e("2026-12-29", "Colombo", COLOMBO),
            "Meeting with Board of Investment of Sri Lanka (BOI)": _e("2026-12-30", "Colombo", COLOMBO),
            "Meeting with Ceylon Chamber of Commerce": _e("2026-12-30", "Colombo", COLOMBO),
            "Departure for Kandy": _e("2026-12-31", "Kandy", COLOMBO),
            "Address to the Indian diaspora": _e("2026-12-31", "Kandy", COLOMBO),
            "MoU signing with University of Peradeniya": _e("2027-01-01", "Kandy", COLOMBO),
            "Meeting with Sri Lanka Tourism Development Authority": _e(None, None, COLOMBO),
            "Return to India": _e("2027-01-02", None, KOLKATA),
        },
        "stops": [("Colombo", "2026-12-29", "2026-12-31"), ("Kandy", "2026-12-31", "2027-01-02")],
        "contacts": [
            (
                "Chaminda Wijesinghe",
                "चामिंडा विजेसिंघे",
                "Vice-Chancellor",
                "University of Peradeniya",
                "host",
            ),
            ("Arjun Herath", "अर्जुन हेराथ", "Chairman", "Board of Investment of Sri Lanka", "host"),
            ("Dilani Perera", "दिलानी परेरा", "Secretary General", "Ceylon Chamber of Commerce", "host"),
            ("Aniruddha Mukherjee", "अनिरुद्ध मुखर्जी", "Principal Secretary (Tourism)", "", "delegation"),
            ("Sandeep Gaur", "संदीप गौर", "Managing Director", "MPIDC", "delegation"),
        ],
    },
    # "Updated: 9 March 2026"; dates only as "the 3rd of March", "March the 4th"; Sliema is no
    # stop; the Malta Gaming Authority meeting is still to be scheduled
    "blind6_en_ordinals_goa_malta": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Pramod Sawant",
        "year": 2026,
        "span": ("2026-03-03", "2026-03-07"),
        "engagements": {
            "Arrival in Valletta": _e("2026-03-03", "Valletta", MALTA),
            "Meeting with Malta Enterprise": _e("2026-03-04", "Valletta", MALTA),
            "Meeting with Malta Chamber of Commerce": _e("2026-03-04", "Valletta", MALTA),
            "MoU signing with Transport Malta": _e("2026-03-05", "Valletta", MALTA),
            "Address to the Indian diaspora": _e("2026-03-06", "Sliema", MALTA),
            "Meeting with Malta Gaming Authority": _e(None, None, MALTA),
            "Return to India": _e("2026-03-07", None, KOLKATA),
        },
        "stops": [("Valletta", "2026-03-03", "2026-03-07")],
        "contacts": [
            ("Joseph Borg", "", "Chief Executive", "Malta Enterprise", "host"),
            ("Marisa Xuereb", "", "President", "Malta Chamber of Commerce", "host"),
            ("Anthony Zammit", "", "Chairman", "Transport Malta", "host"),
            ("Sanjay Naik", "", "Secretary (Industries)", "", "delegation"),
            ("Pravin Desai", "", "Managing Director", "Goa IDC", "delegation"),
        ],
    },
}

__all__ = ["BLIND6"]
