"""Round 12 training articles (``rules12_people_*``): people the held-out round ``blind10`` showed
missed or made up, by how the text names them.

Four fictional visits, each written with its expected results before the code of the rules it
exercises:

* a Hindi news report (Peru) and a mixed-script one (Chile) that list the delegation as honorific,
  name, comma and role, two people joined by a conjunction (``श्री X, प्रमुख सचिव (उद्योग) तथा
  श्रीमती Y, प्रबंध निदेशक, Z``): each name is the role's after it, and the conjunction right after
  the first role's portfolio opens the next person, it joins no portfolio; a name followed by
  ``जैसे`` (such as) ends before it, and ``राज्यपाल महोदय मा. मंत्री`` (the Governor, sir, the
  honourable minister) names no one: महोदय/महोदया and मा./माननीय are forms of address;
* an English release (Ireland) and a mixed-script report (Australia) whose people have a family
  name with an apostrophe (``D'Souza``, ``O'Sullivan``, ``O'Donnell``, ``D'Mello``): one word of a
  name, after a title or between a comma and a role;
* a state department's programme table in English (Vietnam) and a mixed-script itinerary (Poland)
  that name the person met in brackets after the body, honorific first and the role after a comma
  (``Meeting with X (Ms. Y, Deputy General Director)``, ``X (Mr. Y, Vice President) के साथ
  meeting``): the body's person, with the role as printed;
* two opinion pieces by the head, in Hindi (Argentina) and English (Mexico), who names himself only
  in the byline and in the note on the writer, in brackets under it (``(लेखक हरियाणा सरकार में उद्योग
  एवं वाणिज्य मंत्री हैं)``) or at the end (``X is Kerala's Minister for Industries and Coir.``): the
  writer is the head, and the officer named with an office in the text is a member, not the head;
* a Roman Hindi tweet thread (Mozambique) and a Roman Hindi vlog description (Oman) whose hosts'
  given names are Hindi words too (``Dr. Elena dos Santos Machava``: एलेन, ``Dr. Khalid bin Saif Al
  Rawahi``: खालिद, ``Mr. Samir bin Nasser Al Farsi``: समीर, ``Mr. Tariq Ismail Momade``): a word right
  after an honorific is a name's, kept as written, not read as Hindi;
* the Mozambique thread and an English wire (Angola) with Portuguese names joined by ``dos`` and
  ``das`` (``Sra. Maria das Neves Cardoso``, ``Mr. João dos Reis Bastos``): particles inside a name;
* an English report (Croatia) and a mixed-script one (Morocco) whose officers' names follow a title
  with an initial and ``and`` an acronym (``Special Chief Secretary (Industries) R. Srilatha and TSIIC
  Managing Director X``) or a portfolio (``Director of Factories Meera Pillai``), which a finder of
  bodies reads as one body's name, and a given name that is a common word after a portfolio
  (``Commissioner of Industries Arvind Menon``, ``Minister of Industry and Trade Karim Haddad``):
  the name opens where the portfolio's known words end;
* a delegate's English diary (Uruguay) and the Hindi opinion piece (Argentina) whose hosts are told
  by what they showed the writer (``Its plant manager, X, showed us …``, ``quality head X walked our
  team through …``, ``उसके अध्यक्ष X ने हमें पूरा कारखाना दिखाया``): a body's person met, though the
  visit to the body may not be found;
* the Uruguay diary and a mixed-script blog (Vietnam) that name a plant's manager by the title
  ``plant manager`` / ``Plant Manager`` (``plant manager Nguyen Van Hung ने … दिखाईं``): a role of a
  body's person, as ``General Manager`` is;
* an English note (Tanzania) and a mixed-script report (Ghana) whose officers' titles carry a long
  portfolio in brackets (``Additional Chief Secretary (Farmer Welfare, Agriculture Development and
  Food Processing) Rajesh Verma``): the name after the bracket, however many words it holds.

Same shape as ``expected7.BLIND7``; conventions as in ``expected9``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

LIMA, SANTIAGO = "America/Lima", "America/Santiago"
DUBLIN, MELBOURNE = "Europe/Dublin", "Australia/Melbourne"
HANOI, SAIGON, WARSAW = "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Europe/Warsaw"
BUENOS_AIRES, ROSARIO = "America/Argentina/Buenos_Aires", "America/Argentina/Cordoba"
MEXICO_CITY, MAPUTO, MUSCAT = "America/Mexico_City", "Africa/Maputo", "Asia/Muscat"
LUANDA, ZAGREB, CASABLANCA = "Africa/Luanda", "Europe/Zagreb", "Africa/Casablanca"
MONTEVIDEO, DAR, ACCRA = "America/Montevideo", "Africa/Dar_es_Salaam", "Africa/Accra"

RULES12_PEOPLE: dict[str, dict[str, Any]] = {
    # Hindi: "श्री X, प्रमुख सचिव (उद्योग) तथा श्रीमती Y, प्रबंध निदेशक, Z", "उप महाप्रबंधक X जैसे"
    # (stays home: no contact), "राज्यपाल महोदय मा. मंत्री" (no one)
    "rules12_people_hi_report_mp_peru": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Ramakant Tiwari",
        "year": 2026,
        "span": ("2026-08-10", "2026-08-14"),
        "engagements": {
            "Arrival in Lima": _e("2026-08-10", "Lima", LIMA),
            "Meeting with Ministry of Foreign Trade and Tourism": _e("2026-08-11", "Lima", LIMA),
            "Meeting with Lima Chamber of Commerce": _e("2026-08-12", "Lima", LIMA),
            "Departure for Arequipa": _e("2026-08-13", "Arequipa", LIMA),
            "Return to India": _e("2026-08-14", None, KOLKATA),
        },
        "stops": [("Lima", "2026-08-10", "2026-08-13"), ("Arequipa", "2026-08-13", "2026-08-14")],
        "contacts": [
            ("Anurag Saxena", "अनुराग सक्सेना", "Principal Secretary (Industries)", "", "delegation"),
            (
                "Rachna Dubey",
                "रचना दुबे",
                "Managing Director",
                "Madhya Pradesh Industrial Development Corporation",
                "delegation",
            ),
            ("Carlos Mendoza", "कार्लोस मेंडोज़ा", "President", "Lima Chamber of Commerce", "host"),
        ],
    },
    # mixed script: "श्री X, Principal Secretary (MSME) एवं डॉ. Y, Director, Z", "Joint Director X
    # जैसे experienced अफसर" (stays in Lucknow: no contact), "राज्यपाल महोदय मा. मंत्री जी"
    "rules12_people_mixed_news_up_chile": {
        "published": None,
        "language": "hi",
        "head": "MSME Minister Dinesh Chandra Verma",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-11"),
        "engagements": {
            "Arrival in Santiago": _e("2026-09-07", "Santiago", SANTIAGO),
            "Meeting with ProChile": _e("2026-09-08", "Santiago", SANTIAGO),
            "Meeting with SOFOFA": _e("2026-09-09", "Santiago", SANTIAGO),
            "Departure for Valparaíso": _e("2026-09-10", "Valparaíso", SANTIAGO),
            "Visit to Port of Valparaíso": _e("2026-09-10", "Valparaíso", SANTIAGO),
            "Return to India": _e("2026-09-11", None, KOLKATA),
        },
        "stops": [("Santiago", "2026-09-07", "2026-09-10"), ("Valparaíso", "2026-09-10", "2026-09-11")],
        "contacts": [
            ("Prashant Maurya", "प्रशांत मौर्य", "Principal Secretary (MSME)", "", "delegation"),
            ("Neha Srivastava", "नेहा श्रीवास्तव", "Director", "Export Promotion Bureau", "delegation"),
            ("Andrés Fuentes", "", "Director General", "ProChile", "host"),
        ],
    },
    # English: "Principal Secretary (Industries) Melwyn D'Souza", "whose chief executive, Aoife
    # O'Sullivan,", "General Manager Declan O'Rourke"
    "rules12_people_en_release_ka_ireland": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Naveen Shetty",
        "year": 2026,
        "span": ("2026-05-18", "2026-05-21"),
        "engagements": {
            "Arrival in Dublin": _e("2026-05-18", "Dublin", DUBLIN),
            "Meeting with Dublin Chamber of Commerce": _e("2026-05-19", "Dublin", DUBLIN),
            "Departure for Galway": _e("2026-05-20", "Galway", DUBLIN),
            "Visit to Corrib Medical Devices": _e("2026-05-20", "Galway", DUBLIN),
            "Return to India": _e("2026-05-21", None, KOLKATA),
        },
        "stops": [("Dublin", "2026-05-18", "2026-05-20"), ("Galway", "2026-05-20", "2026-05-21")],
        "contacts": [
            ("Melwyn D'Souza", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Rohit Gowda", "", "Managing Director", "Karnataka Udyog Mitra", "delegation"),
            ("Aoife O'Sullivan", "", "Chief Executive", "Dublin Chamber of Commerce", "host"),
            ("Declan O'Rourke", "", "General Manager", "Corrib Medical Devices", "host"),
        ],
    },
    # mixed script: "Industries Commissioner Joel D'Mello", "Chief Executive Bridget O'Halloran ने",
    # "General Manager Sean O'Donnell ने"
    "rules12_people_mixed_report_gj_australia": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Harshad Patel",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-15"),
        "engagements": {
            "Arrival in Melbourne": _e("2026-10-12", "Melbourne", MELBOURNE),
            "Meeting with Victorian Dairy Council": _e("2026-10-13", "Melbourne", MELBOURNE),
            "Departure for Bendigo": _e("2026-10-14", "Bendigo", MELBOURNE),
            "Visit to Murray Valley Foods": _e("2026-10-14", "Bendigo", MELBOURNE),
            "Return to India": _e("2026-10-15", None, KOLKATA),
        },
        "stops": [("Melbourne", "2026-10-12", "2026-10-14"), ("Bendigo", "2026-10-14", "2026-10-15")],
        "contacts": [
            ("Joel D'Mello", "", "Industries Commissioner", "", "delegation"),
            ("Ketan Shah", "केतन शाह", "Vice Chairman", "GIDC", "delegation"),
            ("Bridget O'Halloran", "", "Chief Executive", "Victorian Dairy Council", "host"),
            ("Sean O'Donnell", "", "General Manager", "Murray Valley Foods", "host"),
        ],
    },
    # programme table: "Meeting with X (Ms. Y, Deputy General Director)", "Visit to X (Dr. Y, Vice-Rector)",
    # "Thiru X IAS, Principal Secretary (…)"
    "rules12_people_en_programme_tn_vietnam": {
        "published": None,
        "language": "en",
        "head": "Handlooms and Textiles Minister S. Meenakshisundaram",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-13"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-03-09", "Hanoi", HANOI, start="18:40"),
            "Meeting with Vietnam National Textile Holding": _e("2026-03-10", "Hanoi", HANOI, start="09:30"),
            "Visit to Hanoi University of Industry": _e("2026-03-11", "Hanoi", HANOI, start="14:00"),
            "Departure for Ho Chi Minh City": _e("2026-03-12", "Ho Chi Minh City", SAIGON, start="08:15"),
            "Visit to Saigon Garment Park": _e("2026-03-12", "Ho Chi Minh City", SAIGON),
            "Return to India": _e("2026-03-13", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-03-09", "2026-03-12"), ("Ho Chi Minh City", "2026-03-12", "2026-03-13")],
        "contacts": [
            ("A. Karthikeyan", "", "Principal Secretary (Handlooms and Textiles)", "", "delegation"),
            (
                "Nguyen Thi Lan",
                "",
                "Deputy General Director",
                "Vietnam National Textile Holding",
                "host",
            ),
            ("Tran Van Minh", "", "Vice-Rector", "Hanoi University of Industry", "host"),
        ],
    },
    # mixed itinerary: "X (Mr. Y, Vice President) के साथ meeting", "X (Ms. Y, Chief Operating Officer) के
    # plant का दौरा"; the secretary who goes along
    "rules12_people_mixed_itinerary_wb_poland": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sudeshna Mitra",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-11"),
        "engagements": {
            "Arrival in Warsaw": _e("2026-06-08", "Warsaw", WARSAW),
            "Meeting with Baltic Agro Machinery Consortium": _e(
                "2026-06-09", "Warsaw", WARSAW, start="10:00"
            ),
            "Departure for Kraków": _e("2026-06-10", "Kraków", WARSAW),
            "Visit to Vistula Leather Works": _e("2026-06-10", "Kraków", WARSAW, start="15:00"),
            "Return to India": _e("2026-06-11", None, KOLKATA),
        },
        "stops": [("Warsaw", "2026-06-08", "2026-06-10"), ("Kraków", "2026-06-10", "2026-06-11")],
        "contacts": [
            ("Moumita Basu", "मौमिता बसु", "Industries Secretary", "", "delegation"),
            ("Tomasz Nowak", "", "Vice President", "Baltic Agro Machinery Consortium", "host"),
            ("Agnieszka Zielińska", "", "Chief Operating Officer", "Vistula Leather Works", "host"),
        ],
    },
    # Hindi op-ed: byline, "(लेखक … में उद्योग एवं वाणिज्य मंत्री हैं)", the officer "अतिरिक्त मुख्य सचिव X भी थीं"
    "rules12_people_hi_oped_hr_argentina": {
        "published": None,
        "language": "hi",
        "head": "Industries and Commerce Minister Surendra Malik",
        "year": 2026,
        "span": ("2026-04-20", "2026-04-24"),
        "engagements": {
            "Arrival in Buenos Aires": _e("2026-04-20", "Buenos Aires", BUENOS_AIRES),
            "Meeting with Ministry of Agriculture": _e("2026-04-21", "Buenos Aires", BUENOS_AIRES),
            "Departure for Rosario": _e("2026-04-22", "Rosario", ROSARIO),
            "Visit to Pampa Tractores": _e("2026-04-22", "Rosario", ROSARIO),
            "Return to India": _e("2026-04-24", None, KOLKATA),
        },
        "stops": [("Buenos Aires", "2026-04-20", "2026-04-22"), ("Rosario", "2026-04-22", "2026-04-24")],
        "contacts": [
            ("Marcos Pereyra", "मार्कोस पेरेयरा", "President", "Pampa Tractores", "host"),
            (
                "Vinita Kaushik",
                "विनीता कौशिक",
                "Additional Chief Secretary",
                "Industries Department",
                "delegation",
            ),
        ],
    },
    # English op-ed: byline, dates without a year, "X is Kerala's Minister for Industries and Coir." last
    "rules12_people_en_oped_kl_mexico": {
        "published": dt.date(2026, 4, 6),
        "language": "en",
        "head": "Industries and Coir Minister Thomas Varghese",
        "year": 2026,
        "span": ("2026-03-08", "2026-03-13"),
        "engagements": {
            "Arrival in Mexico City": _e("2026-03-08", "Mexico City", MEXICO_CITY),
            "Meeting with Ministry of Economy": _e("2026-03-09", "Mexico City", MEXICO_CITY),
            "Departure for Guadalajara": _e("2026-03-10", "Guadalajara", MEXICO_CITY),
            "Visit to Fibras de Jalisco": _e("2026-03-11", "Guadalajara", MEXICO_CITY),
            "Meeting with Jalisco Chamber of Commerce": _e("2026-03-12", "Guadalajara", MEXICO_CITY),
            "Return to India": _e("2026-03-13", None, KOLKATA),
        },
        "stops": [("Mexico City", "2026-03-08", "2026-03-10"), ("Guadalajara", "2026-03-10", "2026-03-13")],
        "contacts": [
            ("Lucía Ramírez", "", "Director", "Fibras de Jalisco", "host"),
            ("Anand Kurian", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # Roman thread: "Executive Director Dr. Elena dos Santos Machava ne", "Chairman Mr. Tariq … ne"
    "rules12_people_roman_thread_ka_mozambique": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Mahadev Patil",
        "year": 2026,
        "span": ("2026-07-14", "2026-07-17"),
        "engagements": {
            "Arrival in Maputo": _e("2026-07-14", "Maputo", MAPUTO),
            "Meeting with Mozambique Investment and Export Promotion Agency": _e(
                "2026-07-15", "Maputo", MAPUTO
            ),
            "Meeting with Ministry of Industry and Trade": _e("2026-07-15", "Maputo", MAPUTO),
            "Departure for Nampula": _e("2026-07-16", "Nampula", MAPUTO),
            "Meeting with Nampula Cashew Processors Union": _e("2026-07-16", "Nampula", MAPUTO),
            "Return to India": _e("2026-07-17", None, KOLKATA),
        },
        "stops": [("Maputo", "2026-07-14", "2026-07-16"), ("Nampula", "2026-07-16", "2026-07-17")],
        "contacts": [
            ("Ravi Kulkarni", "", "Industries Commissioner", "", "delegation"),
            ("Sudhir Shenoy", "", "President", "Karnataka Cashew Manufacturers Association", "delegation"),
            (
                "Elena dos Santos Machava",
                "",
                "Executive Director",
                "Mozambique Investment and Export Promotion Agency",
                "host",
            ),
            ("Tariq Ismail Momade", "", "Chairman", "Nampula Cashew Processors Union", "host"),
        ],
    },
    # Roman vlog: "Under Secretary Dr. Khalid bin Saif Al Rawahi ne", "CEO Mr. Samir bin Nasser Al Farsi ne"
    "rules12_people_roman_vlog_kl_oman": {
        "published": None,
        "language": "hi",
        "head": "Fisheries Minister Joseph Mathew",
        "year": 2026,
        "span": ("2026-11-03", "2026-11-06"),
        "engagements": {
            "Arrival in Muscat": _e("2026-11-03", "Muscat", MUSCAT),
            "Meeting with Ministry of Agriculture, Fisheries and Water Resources": _e(
                "2026-11-04", "Muscat", MUSCAT
            ),
            "Departure for Sohar": _e("2026-11-05", "Sohar", MUSCAT),
            "Visit to Sohar Port": _e("2026-11-05", "Sohar", MUSCAT),
            "Return to India": _e("2026-11-06", None, KOLKATA),
        },
        "stops": [("Muscat", "2026-11-03", "2026-11-05"), ("Sohar", "2026-11-05", "2026-11-06")],
        "contacts": [
            ("Anitha Nair", "", "Fisheries Secretary", "", "delegation"),
            (
                "Khalid bin Saif Al Rawahi",
                "",
                "Under Secretary",
                "Ministry of Agriculture, Fisheries and Water Resources",
                "host",
            ),
            ("Samir bin Nasser Al Farsi", "", "CEO", "Sohar Port", "host"),
        ],
    },
    # English wire: "Secretary of State Sra. Maria das Neves Cardoso", "whose chairman, Mr. João dos …,"
    "rules12_people_en_wire_goa_angola": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Francisco Pereira",
        "year": 2026,
        "span": ("2026-02-09", "2026-02-12"),
        "engagements": {
            "Arrival in Luanda": _e("2026-02-09", "Luanda", LUANDA),
            "Meeting with Ministry of Fisheries and Marine Resources": _e("2026-02-10", "Luanda", LUANDA),
            "Meeting with Angolan Private Investment and Export Promotion Agency": _e(
                "2026-02-10", "Luanda", LUANDA
            ),
            "Departure for Lobito": _e("2026-02-11", "Lobito", LUANDA),
            "Visit to Port of Lobito": _e("2026-02-11", "Lobito", LUANDA),
            "Return to India": _e("2026-02-12", None, KOLKATA),
        },
        "stops": [("Luanda", "2026-02-09", "2026-02-11"), ("Lobito", "2026-02-11", "2026-02-12")],
        "contacts": [
            (
                "Maria das Neves Cardoso",
                "",
                "Secretary of State",
                "Ministry of Fisheries and Marine Resources",
                "host",
            ),
            (
                "João dos Reis Bastos",
                "",
                "Chairman",
                "Angolan Private Investment and Export Promotion Agency",
                "host",
            ),
            ("Kevin Noronha", "", "Industries Secretary", "", "delegation"),
            ("Anil Naik", "", "Director", "Goa Shipyard", "delegation"),
        ],
    },
    # English report: "Special Chief Secretary (Industries) R. Srilatha and TSIIC Managing Director X",
    # "Commissioner of Industries Arvind Menon", "Director of Factories Meera Pillai"
    "rules12_people_en_report_tg_croatia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Ravinder Kommu",
        "year": 2026,
        "span": ("2026-09-28", "2026-10-01"),
        "engagements": {
            "Arrival in Zagreb": _e("2026-09-28", "Zagreb", ZAGREB),
            "Meeting with Croatian Chamber of Economy": _e("2026-09-29", "Zagreb", ZAGREB),
            "Departure for Rijeka": _e("2026-09-30", "Rijeka", ZAGREB),
            "Visit to Adriatic Marine Works": _e("2026-09-30", "Rijeka", ZAGREB),
            "Return to India": _e("2026-10-01", None, KOLKATA),
        },
        "stops": [("Zagreb", "2026-09-28", "2026-09-30"), ("Rijeka", "2026-09-30", "2026-10-01")],
        "contacts": [
            ("R. Srilatha", "", "Special Chief Secretary (Industries)", "", "delegation"),
            ("Kiran Rao", "", "Managing Director", "TSIIC", "delegation"),
            ("Arvind Menon", "", "Commissioner of Industries", "", "delegation"),
            ("Meera Pillai", "", "Director of Factories", "", "delegation"),
            ("Ivana Horvat", "", "Vice President for Industry", "Croatian Chamber of Economy", "host"),
        ],
    },
    # mixed script: "Principal Secretary (Industries) S. Lalitha और APIIC Vice Chairman X", "Director of Mines
    # Venkata Ramana", "Minister of Industry and Trade Karim Haddad के साथ"
    "rules12_people_mixed_report_ap_morocco": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Satyanarayana Varma",
        "year": 2026,
        "span": ("2026-03-16", "2026-03-19"),
        "engagements": {
            "Arrival in Rabat": _e("2026-03-16", "Rabat", CASABLANCA),
            "Meeting with Ministry of Industry and Trade": _e("2026-03-17", "Rabat", CASABLANCA),
            "Departure for Casablanca": _e("2026-03-18", "Casablanca", CASABLANCA),
            "Meeting with Moroccan Phosphate Group": _e("2026-03-18", "Casablanca", CASABLANCA),
            "Return to India": _e("2026-03-19", None, KOLKATA),
        },
        "stops": [("Rabat", "2026-03-16", "2026-03-18"), ("Casablanca", "2026-03-18", "2026-03-19")],
        "contacts": [
            ("S. Lalitha", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Farooq Basha", "", "Vice Chairman", "APIIC", "delegation"),
            ("Venkata Ramana", "", "Director of Mines", "", "delegation"),
            ("Karim Haddad", "", "Minister of Industry and Trade", "", "host"),
        ],
    },
    # English diary: "Its plant manager, X, showed us", "quality head X walked our team through"; a day trip
    "rules12_people_en_diary_pb_uruguay": {
        "published": None,
        "language": "en",
        "head": "Animal Husbandry Minister Gurpreet Brar",
        "year": 2026,
        "span": ("2026-06-14", "2026-06-18"),
        "engagements": {
            "Arrival in Montevideo": _e("2026-06-14", "Montevideo", MONTEVIDEO),
            "Meeting with Ministry of Livestock, Agriculture and Fisheries": _e(
                "2026-06-15", "Montevideo", MONTEVIDEO
            ),
            "Visit to Prado Lácteos": _e("2026-06-16", "Florida", MONTEVIDEO),
            "Visit to Lechera del Sur": _e("2026-06-17", "Montevideo", MONTEVIDEO),
            "Return to India": _e("2026-06-18", None, KOLKATA),
        },
        "stops": [("Montevideo", "2026-06-14", "2026-06-18")],
        "contacts": [
            ("Martín Sosa", "", "Plant Manager", "Prado Lácteos", "host"),
            ("Valeria Cabrera", "", "Head of Quality", "Lechera del Sur", "host"),
        ],
    },
    # mixed blog: "plant manager X ने … machines दिखाईं", "Y के Plant Manager Z ने delegation को … दिखाई"
    "rules12_people_mixed_blog_mh_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Sanjay Bhosale",
        "year": 2026,
        "span": ("2026-11-10", "2026-11-13"),
        "engagements": {
            "Arrival in Ho Chi Minh City": _e("2026-11-10", "Ho Chi Minh City", SAIGON),
            "Meeting with Vietnam Cashew Association": _e("2026-11-11", "Ho Chi Minh City", SAIGON),
            "Visit to Saigon Nut Processing": _e("2026-11-12", None, SAIGON),
            "Visit to Mekong Agro Foods": _e("2026-11-12", None, SAIGON),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [("Ho Chi Minh City", "2026-11-10", "2026-11-13")],
        "contacts": [
            ("Amol Deshmukh", "अमोल देशमुख", "Managing Director", "Cashew Board", "delegation"),
            ("Nguyen Van Hung", "", "Plant Manager", "Saigon Nut Processing", "host"),
            ("Le Thi Mai", "", "Plant Manager", "Mekong Agro Foods", "host"),
        ],
    },
    # English note: "Additional Chief Secretary (Farmer Welfare, Agriculture Development and Food …) X"
    "rules12_people_en_note_mp_tanzania": {
        "published": None,
        "language": "en",
        "head": "Farmer Welfare Minister Dilip Raghuvanshi",
        "year": 2026,
        "span": ("2026-07-13", "2026-07-16"),
        "engagements": {
            "Arrival in Dar es Salaam": _e("2026-07-13", "Dar es Salaam", DAR),
            "Meeting with Tanzania Investment Centre": _e("2026-07-14", "Dar es Salaam", DAR),
            "Departure for Arusha": _e("2026-07-15", "Arusha", DAR),
            "Meeting with Arusha Pulses Growers Cooperative": _e("2026-07-15", "Arusha", DAR),
            "Return to India": _e("2026-07-16", None, KOLKATA),
        },
        "stops": [("Dar es Salaam", "2026-07-13", "2026-07-15"), ("Arusha", "2026-07-15", "2026-07-16")],
        "contacts": [
            ("Rajesh Verma", "", "Additional Chief Secretary", "", "delegation"),
            (
                "Kavita Joshi",
                "",
                "Managing Director",
                "MP State Agro Industries Development Corporation",
                "delegation",
            ),
            ("Baraka Mwakyusa", "", "Executive Director", "Tanzania Investment Centre", "host"),
        ],
    },
    # mixed script: "Additional Chief Secretary (Science, Technology and Information Technology) सुनील मेहता"
    "rules12_people_mixed_news_gj_ghana": {
        "published": None,
        "language": "hi",
        "head": "Textiles Minister Mahesh Vasava",
        "year": 2026,
        "span": ("2026-02-14", "2026-02-17"),
        "engagements": {
            "Arrival in Accra": _e("2026-02-14", "Accra", ACCRA),
            "Meeting with Ghana Investment Promotion Centre": _e("2026-02-15", "Accra", ACCRA),
            "Departure for Tamale": _e("2026-02-16", "Tamale", ACCRA),
            "Meeting with Northern Cotton Farmers Association": _e("2026-02-16", "Tamale", ACCRA),
            "Return to India": _e("2026-02-17", None, KOLKATA),
        },
        "stops": [("Accra", "2026-02-14", "2026-02-16"), ("Tamale", "2026-02-16", "2026-02-17")],
        "contacts": [
            ("Sunil Mehta", "सुनील मेहता", "Additional Chief Secretary", "", "delegation"),
            ("Prakash Thakar", "प्रकाश ठाकर", "Joint Managing Director", "GIDC", "delegation"),
            ("Kwame Owusu", "", "CEO", "Ghana Investment Promotion Centre", "host"),
        ],
    },
}
