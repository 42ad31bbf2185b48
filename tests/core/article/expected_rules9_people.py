"""Round 9 training articles (``rules9_people*``): counterparts named by their role where the body is
told elsewhere.

Written before the code, for the kinds blind5 to blind7 showed failing in contacts:

* a role after ``its``/``their``/``whose``/``the``/``the body's`` and a comma, then the name
  (``its director general, Teresita Aquino,``, ``the port's chief executive, Søren Holm,``,
  ``the rector, Anders Lykke,``): the person of the body told before in the sentence;
* a role with no body of its own in the sentence after the one that tells the engagement
  (``Its chief executive X said``, ``Chamber president X said``, ``बोर्ड की महासचिव X ने``,
  ``एजेंसी की CEO X ने``, ``वहां Chairman X ने``, ``उनके CEO X``): the person of that engagement's
  body;
* a professor's title in Devanagari before the name (``कुलपति प्रो. X ने``, ``कुलपति प्रोफेसर X
  ने``): a title, not a word of the name;
* a name before a relative clause that tells the role (``Sultan Al-Harbi, who heads it,``, ``Maria
  Lowe, who is the vice-chancellor of the university,``, ``श्री X, जो Apex-Brasil के Director हैं,``);
* a town's name as a given name right after a title (``its chief executive Preston Ward``,
  ``chief executive Ramon Villanueva``), a body called by the first word of its name (``Sadara CEO
  X`` for Sadara Chemical Company), a name closed by a predicate word before ``रहे``/``हुए`` (``श्री
  अहमद अल-कुवारी उपस्थित रहे``), ``Vice-Minister``;
* ``मुख्य कार्यकारी`` (a chief executive), a Devanagari name with an apostrophe (``शिवॉन ओ'नील``,
  ``क्लाउडिया डी'एंजेलो``), ``प्रतिनिधिमंडल के सदस्य`` before the delegation's members, a possessive
  pronoun after a name (``… और उसके सदस्य``, ``… और उनकी टीम``) that is no name;
* a body called ``Invest`` and a place (``the Invest Bulgaria team``, ``a long meeting with Invest
  Cyprus``), with its person in the sentence after;
* a foreign honorific before a name (``Mme Sophie Laurent``, ``Sr. Javier Ortega``, ``Herr Stefan
  Vogel``), one titled person ``of`` a body after ``met``; a board member's role; a body's person
  whose body has no engagement, met in the sentence of another's (``visited the Port of Valencia,
  where Iberdrola's Board member X joined the tour``);
* women's titles and titles of two words (``Vice Chairwoman``, ``Chairwoman``, ``executive
  vice-president``, ``Undersecretary``), a name in the Vietnamese order of four words, an owner's
  possessive before a name in a list (``… and Invest Gujarat's Keyur Shah``);
* the delegation listed ``on the delegation``, after ``CM के साथ … भी हैं`` (Roman Hindi too), a
  body's name right before a title in such a list (``… and Invest Punjab CEO X``: a body, not a
  person), and a name right before ``शामिल हैं`` (``… के प्रबंध संचालक चंद्रमौलि शुक्ला शामिल हैं``);
* a title of a place or with its portfolio, then a comma and the name (``the Mayor of Rotterdam,
  Pieter van Dam,``, ``Osaka's Governor, Kenji Morita,``, ``the Dutch Minister of Infrastructure,
  Sanne de Groot,``, ``the Chairman of the Kansai Economic Federation, Hiroshi Tanabe,``): a host;
* a town's name as a Devanagari surname (``निदेशक मार्क प्रेस्टन और …``, ``उपकुलपति सारा ब्रिस्टल
  ने``): a word of the name, and no place of the visit;
* a body's person who receives the delegation where no meeting is told (``where X, head of research
  at Sasol, briefed the delegation``, ``was received at … by its chief executive X``, ``… की मुख्य
  कार्यकारी अधिकारी X ने मुख्यमंत्री का स्वागत किया``);
* ``प्रबंध संचालक`` (a managing director, as Madhya Pradesh and Chhattisgarh call one) before a name
  in the list of the delegation.

Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

MANILA, COPENHAGEN, BANGKOK = "Asia/Manila", "Europe/Copenhagen", "Asia/Bangkok"
BRUSSELS, NAIROBI = "Europe/Brussels", "Africa/Nairobi"
RIYADH, DOHA, LONDON, SAO_PAULO = "Asia/Riyadh", "Asia/Qatar", "Europe/London", "America/Sao_Paulo"
ROME, SOFIA, NICOSIA = "Europe/Rome", "Europe/Sofia", "Asia/Nicosia"
PARIS, MADRID = "Europe/Paris", "Europe/Madrid"
SAIGON, MEXICO = "Asia/Ho_Chi_Minh", "America/Mexico_City"
TOKYO, SEOUL, SINGAPORE = "Asia/Tokyo", "Asia/Seoul", "Asia/Singapore"
AMSTERDAM, JOHANNESBURG, KIGALI = "Europe/Amsterdam", "Africa/Johannesburg", "Africa/Kigali"

RULES9_PEOPLE: dict[str, dict[str, Any]] = {
    # PTI wire: "its director general, X,", "Its chief executive X said" (the sentence after),
    # "whose president, Dr. X,", "where the chamber's president, X,"
    "rules9_people_en_wire_ka_philippines": {
        "published": None,
        "language": "en",
        "head": "Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-02-16", "2026-02-19"),
        "engagements": {
            "Arrival in Manila": _e("2026-02-16", "Manila", MANILA),
            "Meeting with Philippine Economic Zone Authority (PEZA)": _e("2026-02-17", "Manila", MANILA),
            "Meeting with Aboitiz Power": _e("2026-02-17", "Manila", MANILA),
            "MoU signing with University of the Philippines": _e("2026-02-18", "Manila", MANILA),
            "Meeting with Philippine Chamber of Commerce and Industry": _e("2026-02-18", "Manila", MANILA),
            "Return to India": _e("2026-02-19", None, KOLKATA),
        },
        "stops": [("Manila", "2026-02-16", "2026-02-19")],
        "contacts": [
            ("Teresita Aquino", "", "Director General", "Philippine Economic Zone Authority (PEZA)", "host"),
            ("Ramon Villanueva", "", "Chief Executive", "Aboitiz Power", "host"),
            ("Jose Santiago", "", "President", "University of the Philippines", "host"),
            ("Lourdes Mercado", "", "President", "Philippine Chamber of Commerce and Industry", "host"),
        ],
    },
    # state release: "Director X presented" and "Chamber president X said" (the sentence after the
    # meeting), "where the port's chief executive, X,", "; the rector, X, signed"
    "rules9_people_en_release_tn_denmark": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-09-09", "2026-09-13"),
        "engagements": {
            "Arrival in Copenhagen": _e("2026-09-09", "Copenhagen", COPENHAGEN),
            "Meeting with Invest in Denmark": _e("2026-09-10", "Copenhagen", COPENHAGEN),
            "Visit to Port of Copenhagen": _e("2026-09-11", "Copenhagen", COPENHAGEN),
            "MoU signing with Technical University of Denmark": _e("2026-09-11", "Copenhagen", COPENHAGEN),
            "Meeting with Danish Chamber of Commerce": _e("2026-09-12", "Copenhagen", COPENHAGEN),
            "Return to India": _e("2026-09-13", None, KOLKATA),
        },
        "stops": [("Copenhagen", "2026-09-09", "2026-09-13")],
        "contacts": [
            ("Mette Kjærgaard", "", "Director", "Invest in Denmark", "host"),
            ("Søren Holm", "", "Chief Executive", "Port of Copenhagen", "host"),
            ("Anders Lykke", "", "Rector", "Technical University of Denmark", "host"),
            ("Birgitte Lund", "", "President", "Danish Chamber of Commerce", "host"),
        ],
    },
    # Hindi wire: "विश्वविद्यालय की ओर से कुलपति प्रो. X ने", "बोर्ड की महासचिव सुश्री X ने" (the
    # sentence after the meeting), "प्रतिनिधिमंडल में … यूपीसीडा के प्रबंध संचालक श्री X"
    "rules9_people_hi_wire_up_thailand": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-11-22", "2026-11-25"),
        "engagements": {
            "Arrival in Bangkok": _e("2026-11-22", "Bangkok", BANGKOK),
            "MoU signing with Chulalongkorn University": _e("2026-11-23", "Bangkok", BANGKOK),
            "Meeting with Board of Investment of Thailand": _e("2026-11-24", "Bangkok", BANGKOK),
            "Return to India": _e("2026-11-25", None, KOLKATA),
        },
        "stops": [("Bangkok", "2026-11-22", "2026-11-25")],
        "contacts": [
            ("Somchai Rattanakul", "सोमचाई रत्तनाकुल", "Vice-Chancellor", "Chulalongkorn University", "host"),
            (
                "Nareerat Sriwong",
                "नरीरत श्रीवोंग",
                "Secretary General",
                "Board of Investment of Thailand",
                "host",
            ),
            (
                "Alok Kumar",
                "आलोक कुमार",
                "Additional Chief Secretary (Industrial Development)",
                "",
                "delegation",
            ),
            ("Mayur Maheshwari", "मयूर माहेश्वरी", "Managing Director", "UPSIDA", "delegation"),
        ],
    },
    # Hindi press note: "कुलपति प्रोफेसर X ने", "प्राधिकरण के प्रबंध निदेशक X ने" (the sentence after
    # the meeting), "सीएसआईडीसी के प्रबंध संचालक श्री X" in the delegation
    "rules9_people_hi_pressnote_cg_kenya": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnu Deo Sai",
        "year": 2026,
        "span": ("2026-08-16", "2026-08-19"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-08-16", "Nairobi", NAIROBI),
            "MoU signing with University of Nairobi": _e("2026-08-17", "Nairobi", NAIROBI),
            "Meeting with Kenya Investment Authority": _e("2026-08-18", "Nairobi", NAIROBI),
            "Return to India": _e("2026-08-19", None, KOLKATA),
        },
        "stops": [("Nairobi", "2026-08-16", "2026-08-19")],
        "contacts": [
            ("Stephen Kibet", "स्टीफन किबेट", "Vice-Chancellor", "University of Nairobi", "host"),
            ("James Otieno", "जेम्स ओटिएनो", "Managing Director", "Kenya Investment Authority", "host"),
            ("Rajat Bansal", "रजत बंसल", "Industries Secretary", "", "delegation"),
            ("Prabhat Malik", "प्रभात मलिक", "Managing Director", "CSIDC", "delegation"),
        ],
    },
    # mixed script: "एजेंसी की CEO X ने" (the sentence after the meeting), "वहां Chairman X ने" (after
    # the visit), "उनके CEO X खुद मौजूद थे" (after the MoU), "GIDC के प्रबंध संचालक X" in the delegation
    "rules9_people_mixed_report_gj_belgium": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-05-04", "2026-05-08"),
        "engagements": {
            "Arrival in Brussels": _e("2026-05-04", "Brussels", BRUSSELS),
            "Meeting with Flanders Investment & Trade": _e("2026-05-05", "Brussels", BRUSSELS),
            "Visit to Antwerp World Diamond Centre": _e("2026-05-06", "Antwerp", BRUSSELS),
            "MoU signing with Port of Antwerp-Bruges": _e("2026-05-07", "Antwerp", BRUSSELS),
            "Return to India": _e("2026-05-08", None, KOLKATA),
        },
        "stops": [("Brussels", "2026-05-04", "2026-05-06"), ("Antwerp", "2026-05-06", "2026-05-08")],
        "contacts": [
            ("Sofie Vermeulen", "", "CEO", "Flanders Investment & Trade", "host"),
            ("Joris Peeters", "", "Chairman", "Antwerp World Diamond Centre", "host"),
            ("Luc Dubois", "", "CEO", "Port of Antwerp-Bruges", "host"),
            ("Rahul Gupta", "राहुल गुप्ता", "Managing Director", "GIDC", "delegation"),
        ],
    },
    # live page: "Sultan Al-Harbi, who heads it," (the fund met in the sentence before), "Vice-Minister
    # X", "Sadara CEO X" (Sadara Chemical Company), "chief operating officer X"
    "rules9_people_en_live_hr_saudi": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-03-15", "2026-03-19"),
        "engagements": {
            "Arrival in Riyadh": _e("2026-03-15", "Riyadh", RIYADH),
            "Meeting with Saudi Industrial Development Fund": _e("2026-03-16", "Riyadh", RIYADH),
            "Meeting with Ministry of Industry and Mineral Resources": _e("2026-03-16", "Riyadh", RIYADH),
            "MoU signing with Sadara Chemical Company": _e("2026-03-17", "Riyadh", RIYADH),
            "Visit to King Abdullah Economic City": _e("2026-03-18", None, RIYADH),
            "Return to India": _e("2026-03-19", None, KOLKATA),
        },
        "stops": [("Riyadh", "2026-03-15", "2026-03-19")],
        "contacts": [
            ("Sultan Al-Harbi", "", "Head", "Saudi Industrial Development Fund", "host"),
            ("Osama Al-Rashed", "", "Vice-Minister", "Ministry of Industry and Mineral Resources", "host"),
            ("Faisal Al-Otaibi", "", "CEO", "Sadara Chemical Company", "host"),
            ("Florence Whitaker", "", "Chief Operating Officer", "King Abdullah Economic City", "host"),
        ],
    },
    # mixed thread: "श्री X, जो Invest Qatar के Director हैं, ने", "Ooredoo के CEO X" (Ooredoo Group),
    # "चैंबर की ओर से महासचिव श्री X उपस्थित रहे", "उनके साथ उद्योग मंत्री X भी … गए हैं"
    "rules9_people_mixed_thread_pb_qatar": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-10-09", "2026-10-12"),
        "engagements": {
            "Arrival in Doha": _e("2026-10-09", "Doha", DOHA),
            "Meeting with Invest Qatar": _e("2026-10-10", "Doha", DOHA),
            "MoU signing with Ooredoo Group": _e("2026-10-11", "Doha", DOHA),
            "Meeting with Qatar Chamber": _e("2026-10-11", "Doha", DOHA),
            "Return to India": _e("2026-10-12", None, KOLKATA),
        },
        "stops": [("Doha", "2026-10-09", "2026-10-12")],
        "contacts": [
            ("Saleh Al-Marri", "सालेह अल-मरी", "Director", "Invest Qatar", "host"),
            ("Yousef Al-Kubaisi", "", "CEO", "Ooredoo Group", "host"),
            ("Ahmed Al-Kuwari", "अहमद अल-कुवारी", "Secretary General", "Qatar Chamber", "host"),
            ("Tarunpreet Singh Sond", "तरुणप्रीत सिंह सोंद", "Industries Minister", "", "delegation"),
        ],
    },
    # state release: "its chief executive Preston Ward" (Preston, a town), "Maria Lowe, who is the
    # vice-chancellor of the university,", "whose president, Dr. X,"
    "rules9_people_en_release_ap_uk": {
        "published": None,
        "language": "en",
        "head": "IT Minister Nara Lokesh",
        "year": 2026,
        "span": ("2026-06-23", "2026-06-26"),
        "engagements": {
            "Arrival in London": _e("2026-06-23", "London", LONDON),
            "Meeting with TechUK": _e("2026-06-24", "London", LONDON),
            "Departure for Manchester": _e("2026-06-25", "Manchester", LONDON),
            "Visit to University of Manchester": _e("2026-06-25", "Manchester", LONDON),
            "Meeting with Greater Manchester Chamber of Commerce": _e("2026-06-25", "Manchester", LONDON),
            "Return to India": _e("2026-06-26", None, KOLKATA),
        },
        "stops": [("London", "2026-06-23", "2026-06-25"), ("Manchester", "2026-06-25", "2026-06-26")],
        "contacts": [
            ("Preston Ward", "", "Chief Executive", "TechUK", "host"),
            ("Maria Lowe", "", "Vice-Chancellor", "University of Manchester", "host"),
            ("Helen Carter", "", "President", "Greater Manchester Chamber of Commerce", "host"),
        ],
    },
    # mixed report: "श्री X, जो Apex-Brasil के Director हैं, ने", "वहां Chief Operating Officer X ने"
    # (Vitória, a town), "कंपनी की ओर से CEO श्री X उपस्थित रहे"
    "rules9_people_mixed_report_mh_brazil": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-11-17", "2026-11-21"),
        "engagements": {
            "Arrival in São Paulo": _e("2026-11-17", "São Paulo", SAO_PAULO),
            "Meeting with Apex-Brasil": _e("2026-11-18", "São Paulo", SAO_PAULO),
            "Visit to Embraer": _e("2026-11-19", None, SAO_PAULO),
            "MoU signing with Raízen": _e("2026-11-20", "São Paulo", SAO_PAULO),
            "Return to India": _e("2026-11-21", None, KOLKATA),
        },
        "stops": [("São Paulo", "2026-11-17", "2026-11-21")],
        "contacts": [
            ("Marcelo Costa", "मार्सेलो कोस्टा", "Director", "Apex-Brasil", "host"),
            ("Vitória Almeida", "", "Chief Operating Officer", "Embraer", "host"),
            ("Ricardo Moraes", "रिकार्डो मोरेस", "CEO", "Raízen", "host"),
        ],
    },
    # Hindi captions: "काउंसिल की मुख्य कार्यकारी शिवॉन ओ'नील और उसके सदस्य उद्योगों के प्रतिनिधि", the
    # delegation as "प्रतिनिधिमंडल के सदस्य - …" in a caption
    "rules9_people_hi_captions_od_uk": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-09-04", "2026-09-07"),
        "engagements": {
            "Arrival in London": _e("2026-09-04", "London", LONDON),
            "Meeting with UK India Business Council": _e("2026-09-05", "London", LONDON),
            "Visit to Jaguar Land Rover": _e("2026-09-06", "Birmingham", LONDON),
            "Return to India": _e("2026-09-07", None, KOLKATA),
        },
        "stops": [("London", "2026-09-04", "2026-09-06"), ("Birmingham", "2026-09-06", "2026-09-07")],
        "contacts": [
            ("Siobhan O'Neill", "शिवॉन ओ'नील", "CEO", "UK India Business Council", "host"),
            ("Hemant Sharma", "हेमंत शर्मा", "Principal Secretary (Industries)", "", "delegation"),
            ("Bhupendra Singh Poonia", "भूपेंद्र सिंह पूनिया", "Managing Director", "IDCO", "delegation"),
        ],
    },
    # Hindi wire with a dateline and no year: "एजेंसी की मुख्य कार्यकारी क्लाउडिया डी'एंजेलो ने" (the
    # sentence after the meeting), "कंपनी के अध्यक्ष X और उनकी टीम ने", "प्रतिनिधिमंडल के सदस्य …"
    "rules9_people_hi_wire_rj_italy": {
        "published": dt.date(2026, 5, 16),
        "language": "hi",
        "head": "Chief Minister Bhajanlal Sharma",
        "year": 2026,
        "span": ("2026-05-14", "2026-05-17"),
        "engagements": {
            "Arrival in Milan": _e("2026-05-14", "Milan", ROME),
            "Visit to Breton": _e("2026-05-15", "Milan", ROME),
            "Meeting with ICE": _e("2026-05-16", "Milan", ROME),
            "Return to India": _e("2026-05-17", None, KOLKATA),
        },
        "stops": [("Milan", "2026-05-14", "2026-05-17")],
        "contacts": [
            ("Claudia D'Angelo", "क्लाउडिया डी'एंजेलो", "CEO", "ICE", "host"),
            ("Luca Tonini", "लुका टोनीनी", "Chairman", "Breton", "host"),
            ("K.K. Bishnoi", "के.के. बिश्नोई", "Industries Minister", "", "delegation"),
            ("Shivprasad Nakate", "शिवप्रसाद नकाते", "Managing Director", "RIICO", "delegation"),
        ],
    },
    # PTI wire: "met the Invest Bulgaria team", "Executive director X said" (the sentence after)
    "rules9_people_en_wire_wb_bulgaria": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Shashi Panja",
        "year": 2026,
        "span": ("2026-04-20", "2026-04-22"),
        "engagements": {
            "Arrival in Sofia": _e("2026-04-20", "Sofia", SOFIA),
            "Meeting with Invest Bulgaria": _e("2026-04-21", "Sofia", SOFIA),
            "Return to India": _e("2026-04-22", None, KOLKATA),
        },
        "stops": [("Sofia", "2026-04-20", "2026-04-22")],
        "contacts": [("Kalina Ivanova", "", "Executive Director", "Invest Bulgaria", "host")],
    },
    # state release: "a long meeting with Invest Cyprus", "X, who heads it,", "met the Cyprus Shipping
    # Chamber team; its director general, X,"
    "rules9_people_en_release_ap_cyprus": {
        "published": None,
        "language": "en",
        "head": "Ports Minister B.C. Janardhan Reddy",
        "year": 2026,
        "span": ("2026-02-09", "2026-02-12"),
        "engagements": {
            "Arrival in Limassol": _e("2026-02-09", "Limassol", NICOSIA),
            "Meeting with Invest Cyprus": _e("2026-02-10", "Limassol", NICOSIA),
            "Meeting with Cyprus Shipping Chamber": _e("2026-02-11", "Limassol", NICOSIA),
            "Return to India": _e("2026-02-12", None, KOLKATA),
        },
        "stops": [("Limassol", "2026-02-09", "2026-02-12")],
        "contacts": [
            ("Elena Christodoulou", "", "Head", "Invest Cyprus", "host"),
            ("Andreas Hadjipetrou", "", "Director General", "Cyprus Shipping Chamber", "host"),
        ],
    },
    # PTI wire: "met Mme X of Business France", "Bpifrance's Management Board member X" at Station F
    "rules9_people_en_wire_mh_france": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-03-02", "2026-03-06"),
        "engagements": {
            "Arrival in Paris": _e("2026-03-02", "Paris", PARIS),
            "Meeting with Business France": _e("2026-03-03", "Paris", PARIS),
            "Visit to Station F": _e("2026-03-04", "Paris", PARIS),
            "Return to India": _e("2026-03-06", None, KOLKATA),
        },
        "stops": [("Paris", "2026-03-02", "2026-03-06")],
        "contacts": [
            ("Sophie Laurent", "", "", "Business France", "host"),
            ("Julien Moreau", "", "Management Board member", "Bpifrance", "host"),
        ],
    },
    # state release: "the Minister met Sr. X of ICEX", "the Port of Valencia, where Iberdrola's Board
    # member X joined the tour", "Herr X of the German-Spanish Chamber of Commerce hosted a lunch"
    "rules9_people_en_release_kl_spain": {
        "published": None,
        "language": "en",
        "head": "Industries Minister P. Rajeeve",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Madrid": _e("2026-06-08", "Madrid", MADRID),
            "Meeting with ICEX": _e("2026-06-09", "Madrid", MADRID),
            "Departure for Valencia": _e("2026-06-10", "Valencia", MADRID),
            "Visit to Port of Valencia": _e("2026-06-10", "Valencia", MADRID),
            "Meeting with German-Spanish Chamber of Commerce": _e("2026-06-10", "Valencia", MADRID),
            "Departure for Madrid": _e("2026-06-11", "Madrid", MADRID),
            "Meeting with the Indian diaspora": _e("2026-06-11", "Madrid", MADRID),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [
            ("Madrid", "2026-06-08", "2026-06-10"),
            ("Valencia", "2026-06-10", "2026-06-11"),
            ("Madrid", "2026-06-11", "2026-06-12"),
        ],
        "contacts": [
            ("Javier Ortega", "", "", "ICEX", "host"),
            ("Marta Gil", "", "Board member", "Iberdrola", "host"),
            ("Stefan Vogel", "", "", "German-Spanish Chamber of Commerce", "host"),
        ],
    },
    # PTI wire: "accompanied by …, GIDC managing director X and Invest Gujarat's Y", "met X, Vice
    # Chairwoman of …", "VinFast, whose executive vice-president, X,"
    "rules9_people_en_wire_gj_vietnam": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-01-14", "2026-01-16"),
        "engagements": {
            "Arrival in Ho Chi Minh City": _e("2026-01-14", "Ho Chi Minh City", SAIGON),
            "Meeting with Ho Chi Minh City People's Committee": _e("2026-01-15", "Ho Chi Minh City", SAIGON),
            "Meeting with VinFast": _e("2026-01-15", "Ho Chi Minh City", SAIGON),
            "Return to India": _e("2026-01-16", None, KOLKATA),
        },
        "stops": [("Ho Chi Minh City", "2026-01-14", "2026-01-16")],
        "contacts": [
            ("Nguyen Thi Thu Ha", "", "Vice Chairwoman", "Ho Chi Minh City People's Committee", "host"),
            ("Tran Minh Duc", "", "Executive Vice-President", "VinFast", "host"),
            ("Mamta Verma", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Rahul Gupta", "", "Managing Director", "GIDC", "delegation"),
            ("Keyur Shah", "", "", "Invest Gujarat", "delegation"),
        ],
    },
    # mixed report: "Undersecretary for Foreign Trade X से मुलाकात", "कंपनी की Chairwoman X ने" (the
    # sentence after the MoU), "उनके साथ … और Guidance Tamil Nadu's CEO X भी हैं"
    "rules9_people_mixed_report_tn_mexico": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister M.K. Stalin",
        "year": 2026,
        "span": ("2026-04-20", "2026-04-23"),
        "engagements": {
            "Arrival in Mexico City": _e("2026-04-20", "Mexico City", MEXICO),
            "Meeting with Ministry of Economy": _e("2026-04-21", "Mexico City", MEXICO),
            "MoU signing with Grupo Bimbo": _e("2026-04-22", "Mexico City", MEXICO),
            "Return to India": _e("2026-04-23", None, KOLKATA),
        },
        "stops": [("Mexico City", "2026-04-20", "2026-04-23")],
        "contacts": [
            ("Sofía Hernández", "", "Undersecretary for Foreign Trade", "Ministry of Economy", "host"),
            ("María Torres", "", "Chairwoman", "Grupo Bimbo", "host"),
            ("Arun Roy", "", "Industries Secretary", "", "delegation"),
            ("Darez Ahamed", "", "CEO", "Guidance Tamil Nadu", "delegation"),
        ],
    },
    # state release: "Also on the delegation are Industries Commissioner X and Invest Punjab CEO Y"
    "rules9_people_en_release_pb_japan": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-10-15", "2026-10-19"),
        "engagements": {
            "Departure for Japan": _e("2026-10-15", None, TOKYO),
            "Meeting with JETRO": _e("2026-10-16", "Tokyo", TOKYO),
            "Visit to Nissan": _e("2026-10-17", "Yokohama", TOKYO),
            "Return to India": _e("2026-10-19", None, KOLKATA),
        },
        "contacts": [
            ("Deepak Singh", "", "Industries Commissioner", "", "delegation"),
            ("Amit Dhaka", "", "CEO", "Invest Punjab", "delegation"),
        ],
    },
    # PTI wire: "The delegation comprises Principal Secretary X and Udyog Bandhu CEO Y"
    "rules9_people_en_wire_up_korea": {
        "published": None,
        "language": "en",
        "head": "Industrial Development Minister Nand Gopal Gupta",
        "year": 2026,
        "span": ("2026-05-10", "2026-05-12"),
        "engagements": {
            "Arrival in Seoul": _e("2026-05-10", "Seoul", SEOUL),
            "Meeting with KOTRA": _e("2026-05-11", "Seoul", SEOUL),
            "Return to India": _e("2026-05-12", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-05-10", "2026-05-12")],
        "contacts": [
            ("Alok Kumar", "", "Principal Secretary", "", "delegation"),
            ("Pratham Singh", "", "CEO", "Udyog Bandhu", "delegation"),
        ],
    },
    # Roman Hindi on WhatsApp: "CM ke saath udyog mantri X aur MIDC ke CEO Y bhi hain"
    "rules9_people_roman_wa_mh_korea": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-10"),
        "engagements": {
            "Arrival in Seoul": _e("2026-09-07", "Seoul", SEOUL),
            "Meeting with Hyundai Motor": _e("2026-09-08", "Seoul", SEOUL),
            "MoU signing with Samsung": _e("2026-09-09", "Seoul", SEOUL),
            "Return to India": _e("2026-09-10", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-09-07", "2026-09-10")],
        "contacts": [
            ("Uday Samant", "", "Industries Minister", "", "delegation"),
            ("P. Velrasu", "", "CEO", "MIDC", "delegation"),
        ],
    },
    # Hindi report: "प्रतिनिधिमंडल में …, … और एमपीआईडीसी के प्रबंध संचालक X शामिल हैं"
    "rules9_people_hi_report_mp_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": 2026,
        "span": ("2026-11-04", "2026-11-07"),
        "engagements": {
            "Departure for Japan": _e("2026-11-04", None, TOKYO),
            "Meeting with JETRO": _e("2026-11-05", "Tokyo", TOKYO),
            "Visit to Panasonic": _e("2026-11-06", "Osaka", TOKYO),
            "Return to India": _e("2026-11-07", None, KOLKATA),
        },
        "contacts": [
            ("Anurag Jain", "अनुराग जैन", "Chief Secretary", "", "delegation"),
            ("Raghvendra Singh", "राघवेंद्र सिंह", "Principal Secretary (Industries)", "", "delegation"),
            ("Chandramouli Shukla", "चंद्रमौलि शुक्ला", "Managing Director", "MPIDC", "delegation"),
        ],
    },
    # Hindi release: "उनके दल में उद्योग मंत्री X और टीजीआईआईसी के प्रबंध निदेशक Y शामिल हैं"
    "rules9_people_hi_release_ts_singapore": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister A. Revanth Reddy",
        "year": 2026,
        "span": ("2026-01-17", "2026-01-19"),
        "engagements": {
            "Arrival in Singapore": _e("2026-01-17", "Singapore", SINGAPORE),
            "Meeting with Singapore Economic Development Board": _e("2026-01-18", "Singapore", SINGAPORE),
            "Return to India": _e("2026-01-19", None, KOLKATA),
        },
        "stops": [("Singapore", "2026-01-17", "2026-01-19")],
        "contacts": [
            ("D. Sridhar Babu", "डी. श्रीधर बाबू", "Industries Minister", "", "delegation"),
            ("Vishnu Vardhan Reddy", "विष्णु वर्धन रेड्डी", "Managing Director", "TGIIC", "delegation"),
        ],
    },
    # PTI wire: "called on the Mayor of Rotterdam, X,", "with the Dutch Minister of Infrastructure, X,"
    "rules9_people_en_wire_gj_netherlands": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-10"),
        "engagements": {
            "Arrival in Amsterdam": _e("2026-07-06", "Amsterdam", AMSTERDAM),
            "Departure for Rotterdam": _e("2026-07-08", "Rotterdam", AMSTERDAM),
            "Meeting with Pieter van Dam": _e("2026-07-08", "Rotterdam", AMSTERDAM),
            "Visit to Port of Rotterdam": _e("2026-07-09", "Rotterdam", AMSTERDAM),
            "Return to India": _e("2026-07-10", None, KOLKATA),
        },
        "stops": [("Amsterdam", "2026-07-06", "2026-07-08"), ("Rotterdam", "2026-07-08", "2026-07-10")],
        "contacts": [
            ("Pieter van Dam", "", "Mayor", "", "host"),
            ("Sanne de Groot", "", "Minister of Infrastructure", "", "host"),
        ],
    },
    # state release: "met Osaka's Governor, X,", "met the Chairman of the Kansai Economic Federation, X,"
    "rules9_people_en_release_up_japan": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-04-25", "2026-04-28"),
        "engagements": {
            "Arrival in Osaka": _e("2026-04-25", "Osaka", TOKYO),
            "Meeting with Kenji Morita": _e("2026-04-26", "Osaka", TOKYO),
            "Meeting with Kansai Economic Federation": _e("2026-04-27", "Osaka", TOKYO),
            "Visit to Daikin": _e("2026-04-27", "Sakai", TOKYO),
            "Return to India": _e("2026-04-28", None, KOLKATA),
        },
        "stops": [("Osaka", "2026-04-25", "2026-04-28")],
        "contacts": [
            ("Kenji Morita", "", "Governor", "", "host"),
            ("Hiroshi Tanabe", "", "Chairman", "Kansai Economic Federation", "host"),
        ],
    },
    # Hindi wire: "एसोसिएशन के निदेशक मार्क प्रेस्टन और …" (Preston, a town in England)
    "rules9_people_hi_wire_as_uk": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Himanta Biswa Sarma",
        "year": 2026,
        "span": ("2026-06-14", "2026-06-17"),
        "engagements": {
            "Arrival in London": _e("2026-06-14", "London", LONDON),
            "Meeting with UK Tea & Infusions Association": _e("2026-06-15", "London", LONDON),
            "Meeting with British Chamber of Commerce": _e("2026-06-15", "London", LONDON),
            "Return to India": _e("2026-06-17", None, KOLKATA),
        },
        "stops": [("London", "2026-06-14", "2026-06-17")],
        "contacts": [
            ("Mark Preston", "मार्क प्रेस्टन", "Director", "UK Tea & Infusions Association", "host"),
            ("Helen Ward", "हेलेन वार्ड", "Chairman", "British Chamber of Commerce", "host"),
        ],
    },
    # mixed report: "विश्वविद्यालय की उपकुलपति सारा ब्रिस्टल ने हस्ताक्षर किए" (Bristol, a town)
    "rules9_people_mixed_report_ka_uk": {
        "published": None,
        "language": "hi",
        "head": "IT Minister Priyank Kharge",
        "year": 2026,
        "span": ("2026-09-19", "2026-09-22"),
        "engagements": {
            "Arrival in Manchester": _e("2026-09-19", "Manchester", LONDON),
            "MoU signing with University of Manchester": _e("2026-09-20", "Manchester", LONDON),
            "Meeting with TechUK": _e("2026-09-21", "London", LONDON),
            "Return to India": _e("2026-09-22", None, KOLKATA),
        },
        "stops": [("Manchester", "2026-09-19", "2026-09-21"), ("London", "2026-09-21", "2026-09-22")],
        "contacts": [
            ("Sarah Bristol", "सारा ब्रिस्टल", "Vice-Chancellor", "University of Manchester", "host"),
        ],
    },
    # PTI wire: "spent the morning at the Sasol research centre …, where X, head of research at Sasol,
    # briefed the delegation", "the delegation was received at the Johannesburg Stock Exchange by its
    # chief executive X"
    "rules9_people_en_wire_od_southafrica": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Sampad Chandra Swain",
        "year": 2026,
        "span": ("2026-08-11", "2026-08-14"),
        "engagements": {
            "Arrival in Johannesburg": _e("2026-08-11", "Johannesburg", JOHANNESBURG),
            "Visit to Sasol": _e("2026-08-12", "Sasolburg", JOHANNESBURG),
            "Meeting with Johannesburg Stock Exchange": _e("2026-08-13", "Johannesburg", JOHANNESBURG),
            "Return to India": _e("2026-08-14", None, KOLKATA),
        },
        "stops": [("Johannesburg", "2026-08-11", "2026-08-14")],
        "contacts": [
            ("Thandi Nkosi", "", "Head of Research", "Sasol", "host"),
            ("Pieter Botha", "", "Chief Executive", "Johannesburg Stock Exchange", "host"),
        ],
    },
    # Hindi wire: "बोर्ड की मुख्य कार्यकारी अधिकारी X ने मुख्यमंत्री का स्वागत किया और … जानकारी दी"
    "rules9_people_hi_wire_jh_rwanda": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Hemant Soren",
        "year": 2026,
        "span": ("2026-03-18", "2026-03-21"),
        "engagements": {
            "Arrival in Kigali": _e("2026-03-18", "Kigali", KIGALI),
            "Meeting with Rwanda Development Board": _e("2026-03-19", "Kigali", KIGALI),
            "Visit to Kigali Special Economic Zone": _e("2026-03-20", "Kigali", KIGALI),
            "Return to India": _e("2026-03-21", None, KOLKATA),
        },
        "stops": [("Kigali", "2026-03-18", "2026-03-21")],
        "contacts": [("Claire Uwase", "क्लेयर उवासे", "CEO", "Rwanda Development Board", "host")],
    },
}
