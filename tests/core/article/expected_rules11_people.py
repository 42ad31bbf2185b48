"""Round 11 training articles (``rules11_people_*``): people the held-out rounds showed missed or cut
short, by how the text names them.

Seventeen fictional visits, each written before the code of the rule it exercises unless said
otherwise:

* a host ministry's English release (Saint Lucia): the head and two counterparts after ``the
  Honourable`` and ``Senator the Honourable`` (a Commonwealth parliament's style, after the role and
  a comma), and the state's officers listed by name with their service after it (``Mr. X IAS,
  Principal Secretary (…)``): the ``IAS`` is no word of the name and the role still follows it;
* a mixed-script news report (Kenya): a host's name after ``Honourable`` with no comma, the
  delegation listed after ``Delegation में`` with a Devanagari name after a title that has its
  portfolio before it (``उद्योग सचिव विकास रंजन मिश्रा``: ``विकास`` is the given name, not a
  second portfolio, Development), and a body's title of two words (``APIIC की Vice Chairperson X``)
  whose first word is no name;
* a Hindi report (Zambia): the same portfolio-first title before a name that starts with a
  portfolio's word, twice, in a list of the delegation and again alone;
* a Tamil Nadu tour note (Namibia): ``Thiru X IAS, Principal Secretary (…)``, ``Tmt. X IAS, Managing
  Director, TIDCO`` and a body's two-word title after its genitive (``SIPCOT's Executive Director
  X``) in the list of those accompanying;
* an English wire (Barbados) and an English report (Mauritius), written after the first code of the
  round: the head between ``led by`` and the comma before the office (``led by Shri X, Minister for
  Industries and Commerce of Telangana,``), a host minister whose portfolio names a ministry the
  report also names (``the Minister of Industry and Commerce, the Honourable X,``), so the
  portfolio's words are read as a body, a ``Special Chief Secretary`` after ``IAS`` and a comma, and
  a body's two-word title after its genitive;
* a state cabinet's decisions in Hindi (Uzbekistan) and in English (Czech Republic): the ministers
  the cabinet names for its other business, one given the head's department while he is away
  (``… का कार्य … मंत्री X को सौंपने का निर्णय``, ``Minister X will hold charge of … during the
  Minister's absence``) and one who briefs the press after the meeting (``मंत्री X ने पत्रकारों को
  बताया``, ``Minister X, who briefed reporters after the Cabinet meeting``), stay at home: no
  contacts; the officials listed with the delegation are;
* a mixed-script blog (Ethiopia) whose head holds two portfolios, the first an acronym (``MSME और IT
  Minister X``): the acronym is the office's other portfolio, not a body that owns it, so X is the
  head (as in the Kenya report's ``IT और Industries Minister``);
* a Hindi preview (Georgia) and a mixed-script one (Sri Lanka) that list the officials going along
  after ``मंत्री के साथ`` / ``Minister के साथ`` and close with ``भी जाएंगे``/``भी जाएंगी``: a minister's
  company, told in the future, as the chief minister's already was in the past;
* a chamber's newsletter in English (Kazakhstan) and in mixed script (Ivory Coast): the chamber's
  own officer who went along is told as having represented it (``Your Chamber was represented by
  our vice chairman X``, ``Chamber की ओर से उपाध्यक्ष X ने सदस्यों का प्रतिनिधित्व किया``): a member
  of the delegation;
* a live blog (Poland) and a blog post (Finland) that name people with a possessive (``Minister
  X's four-day visit``, ``PAIH president X's team``, ``chief executive X's engineers``): the ``'s``
  is no part of the name, and the name ends with it;
* the Poland live blog and a Hindi report (Morocco, written after that code) whose headline names
  the head shorter than the text (``Minister Prabhakar Rao`` for ``Kotha Prabhakar Rao``, ``उद्योग
  मंत्री श्रीनिवास रेड्डी`` for ``पोन्नम श्रीनिवास रेड्डी``): one name's words all in the other's are
  the same person, though their first words differ, so the full name is the head, no contact;
* a Roman Hindi vlog (Philippines): the delegation listed one per line, each name with ``ji``
  before the comma and the role (``- X ji, Principal Secretary (Industries)``), and a host named
  the same way before the body's genitive and the role.

Same shape as ``expected7.BLIND7``; conventions as in ``expected9``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

CASTRIES, NAIROBI, LUSAKA = "America/St_Lucia", "Africa/Nairobi", "Africa/Lusaka"
WINDHOEK, MANILA = "Africa/Windhoek", "Asia/Manila"
BRIDGETOWN, PORT_LOUIS = "America/Barbados", "Indian/Mauritius"
TASHKENT, SAMARKAND, PRAGUE = "Asia/Tashkent", "Asia/Samarkand", "Europe/Prague"
ADDIS_ABABA, TBILISI, COLOMBO = "Africa/Addis_Ababa", "Asia/Tbilisi", "Asia/Colombo"
ALMATY, ABIDJAN = "Asia/Almaty", "Africa/Abidjan"
WARSAW, HELSINKI, CASABLANCA = "Europe/Warsaw", "Europe/Helsinki", "Africa/Casablanca"

RULES11_PEOPLE: dict[str, dict[str, Any]] = {
    # host release: "led by the Honourable X, Minister of …", "the Minister of Commerce, Senator the
    # Honourable X,", "the Authority's Chairman, the Honourable X,", "Mr. X IAS, Principal Secretary"
    "rules11_people_en_release_ka_stlucia": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister Raghav Hegde",
        "year": 2026,
        "span": ("2026-09-21", "2026-09-24"),
        "engagements": {
            "Arrival in Castries": _e("2026-09-21", "Castries", CASTRIES),
            "Meeting with Minister of Commerce": _e("2026-09-22", "Castries", CASTRIES, start="10:00"),
            "Meeting with Invest Saint Lucia": _e("2026-09-22", "Castries", CASTRIES, start="15:00"),
            "Meeting with Saint Lucia Air and Sea Ports Authority (SLASPA)": _e(
                "2026-09-23", "Castries", CASTRIES
            ),
            "Return to India": _e("2026-09-24", None, KOLKATA),
        },
        "stops": [("Castries", "2026-09-21", "2026-09-24")],
        "contacts": [
            ("Rohan Kulkarni", "", "Principal Secretary (Commerce and Industries)", "", "delegation"),
            ("Shalini Gowda", "", "Managing Director", "Karnataka Udyog Mitra", "delegation"),
            ("Celestine Joseph", "", "Minister of Commerce", "", "host"),
            (
                "Marcus Alcindor",
                "",
                "Chairman",
                "Saint Lucia Air and Sea Ports Authority (SLASPA)",
                "host",
            ),
        ],
    },
    # mixed script: "Cabinet Secretary Honourable X से मुलाकात", "उद्योग सचिव विकास रंजन मिश्रा", "APIIC की
    # Vice Chairperson X"; a night in Mombasa
    "rules11_people_mixed_news_ap_kenya": {
        "published": None,
        "language": "hi",
        "head": "IT and Industries Minister Kolli Venkatesh",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-11-09", "Nairobi", NAIROBI),
            "Meeting with Ministry of Investments, Trade and Industry": _e("2026-11-10", "Nairobi", NAIROBI),
            "Meeting with Kenya Investment Authority": _e("2026-11-10", "Nairobi", NAIROBI),
            "Departure for Mombasa": _e("2026-11-11", "Mombasa", NAIROBI),
            "Visit to Mombasa Port": _e("2026-11-11", "Mombasa", NAIROBI),
            "Departure for Nairobi": _e("2026-11-12", "Nairobi", NAIROBI),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [
            ("Nairobi", "2026-11-09", "2026-11-11"),
            ("Mombasa", "2026-11-11", "2026-11-12"),
            ("Nairobi", "2026-11-12", "2026-11-13"),
        ],
        "contacts": [
            ("Vikas Ranjan Mishra", "विकास रंजन मिश्रा", "Industries Secretary", "", "delegation"),
            ("Sowmya Reddy", "", "Vice Chairperson", "APIIC", "delegation"),
            ("Naveen Chandra", "", "Director", "", "delegation"),
            (
                "Peter Mwangi Kamau",
                "",
                "Cabinet Secretary",
                "Ministry of Investments, Trade and Industry",
                "host",
            ),
            ("Grace Achieng Otieno", "", "Managing Director", "Kenya Investment Authority", "host"),
            ("Ali Hassan Juma", "", "Chairman", "Kenya Ports Authority", "host"),
        ],
    },
    # Hindi: "प्रतिनिधिमंडल में उद्योग सचिव विकास चंद्र ओझा, खान सचिव …", the same name again alone; a
    # night in Kitwe
    "rules11_people_hi_report_jh_zambia": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sanjay Tirkey",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Lusaka": _e("2026-06-08", "Lusaka", LUSAKA),
            "Meeting with Zambia Development Agency": _e("2026-06-09", "Lusaka", LUSAKA),
            "Departure for Kitwe": _e("2026-06-10", "Kitwe", LUSAKA),
            "Visit to Nkana Copper Company": _e("2026-06-10", "Kitwe", LUSAKA),
            "Departure for Lusaka": _e("2026-06-11", "Lusaka", LUSAKA),
            "MoU signing with University of Zambia": _e("2026-06-11", "Lusaka", LUSAKA),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [
            ("Lusaka", "2026-06-08", "2026-06-10"),
            ("Kitwe", "2026-06-10", "2026-06-11"),
            ("Lusaka", "2026-06-11", "2026-06-12"),
        ],
        "contacts": [
            ("Vikas Chandra Ojha", "विकास चंद्र ओझा", "Industries Secretary", "", "delegation"),
            ("Anil Kumar Mahto", "अनिल कुमार महतो", "Mines Secretary", "", "delegation"),
            (
                "Sudhir Prasad",
                "सुधीर प्रसाद",
                "Managing Director",
                "Jharkhand Industrial Area Development Authority",
                "delegation",
            ),
        ],
    },
    # tour note: "Thiru X IAS, Principal Secretary (Industries), Tmt. Y IAS, Managing Director, TIDCO,
    # and SIPCOT's Executive Director Z"; a night in Walvis Bay
    "rules11_people_en_circular_tn_namibia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister K. Selvaraj",
        "year": 2026,
        "span": ("2026-03-16", "2026-03-20"),
        "engagements": {
            "Arrival in Windhoek": _e("2026-03-16", "Windhoek", WINDHOEK),
            "Meeting with Namibia Investment Promotion and Development Board (NIPDB)": _e(
                "2026-03-17", "Windhoek", WINDHOEK
            ),
            "Departure for Walvis Bay": _e("2026-03-18", "Walvis Bay", WINDHOEK),
            "Visit to Port of Walvis Bay": _e("2026-03-18", "Walvis Bay", WINDHOEK),
            "Departure for Windhoek": _e("2026-03-19", "Windhoek", WINDHOEK),
            "Meeting with Namibia Chamber of Commerce and Industry": _e("2026-03-19", "Windhoek", WINDHOEK),
            "Return to India": _e("2026-03-20", None, KOLKATA),
        },
        "stops": [
            ("Windhoek", "2026-03-16", "2026-03-18"),
            ("Walvis Bay", "2026-03-18", "2026-03-19"),
            ("Windhoek", "2026-03-19", "2026-03-20"),
        ],
        "contacts": [
            ("M. Ganesan", "", "Principal Secretary (Industries)", "", "delegation"),
            ("R. Kavitha", "", "Managing Director", "TIDCO", "delegation"),
            ("Arul Murugan", "", "Executive Director", "SIPCOT", "delegation"),
            (
                "Helena Shikongo",
                "",
                "Chief Executive Officer",
                "Namibia Investment Promotion and Development Board (NIPDB)",
                "host",
            ),
        ],
    },
    # Roman Hindi vlog: "- X ji, Principal Secretary (Industries)" per line; "X ji, BOI ki Executive
    # Director, ne …"
    "rules11_people_roman_vlog_wb_philippines": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Subrata Sen",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-09"),
        "engagements": {
            "Arrival in Manila": _e("2026-10-05", "Manila", MANILA),
            "Meeting with Board of Investments (BOI)": _e("2026-10-06", "Manila", MANILA, start="10:00"),
            "Meeting with Department of Trade and Industry (DTI)": _e("2026-10-07", "Manila", MANILA),
            "Meeting with Philippine Chamber of Commerce and Industry": _e("2026-10-08", "Manila", MANILA),
            "Return to India": _e("2026-10-09", None, KOLKATA),
        },
        "stops": [("Manila", "2026-10-05", "2026-10-09")],
        "contacts": [
            ("Arindam Ghosh", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Moumita Das", "", "Managing Director", "WBIDC", "delegation"),
            ("Carmela Reyes Santos", "", "Executive Director", "Board of Investments (BOI)", "host"),
        ],
    },
    # wire: "led by Shri X, Minister for Industries and Commerce of Telangana,", "the Minister of
    # International Business and Industry, the Honourable X,", "Smt. X IAS, Special Chief Secretary"
    "rules11_people_en_wire_tg_barbados": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Ramesh Goud",
        "year": 2027,
        "span": ("2027-02-15", "2027-02-18"),
        "engagements": {
            "Arrival in Bridgetown": _e("2027-02-15", "Bridgetown", BRIDGETOWN),
            "Meeting with Ministry of International Business and Industry": _e(
                "2027-02-16", "Bridgetown", BRIDGETOWN
            ),
            "Meeting with Invest Barbados": _e("2027-02-16", "Bridgetown", BRIDGETOWN),
            "Meeting with Barbados Chamber of Commerce and Industry": _e(
                "2027-02-17", "Bridgetown", BRIDGETOWN
            ),
            "Return to India": _e("2027-02-18", None, KOLKATA),
        },
        "stops": [("Bridgetown", "2027-02-15", "2027-02-18")],
        "contacts": [
            ("Harika Reddy", "", "Special Chief Secretary (Industries)", "", "delegation"),
            ("Suresh Naik", "", "Managing Director", "TGIIC", "delegation"),
            ("Keisha Griffith", "", "Minister of International Business and Industry", "", "host"),
            ("Trevor Carrington", "", "President", "Barbados Chamber of Commerce and Industry", "host"),
        ],
    },
    # report after the visit: "led by Smt. X, Minister for Industries of Kerala,", "the Minister of
    # Industry and Commerce, the Honourable X," after "at the Ministry of Industry and Commerce"
    "rules11_people_en_report_kl_mauritius": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Anitha Menon",
        "year": 2026,
        "span": ("2026-09-08", "2026-09-10"),
        "engagements": {
            "Arrival in Port Louis": _e("2026-09-08", "Port Louis", PORT_LOUIS),
            "Meeting with Economic Development Board (EDB)": _e("2026-09-09", "Port Louis", PORT_LOUIS),
            "Meeting with Ministry of Industry and Commerce": _e("2026-09-09", "Port Louis", PORT_LOUIS),
            "MoU signing with Mauritius Chamber of Commerce and Industry": _e(
                "2026-09-10", "Port Louis", PORT_LOUIS
            ),
            "Return to India": _e("2026-09-10", None, KOLKATA),
        },
        "stops": [("Port Louis", "2026-09-08", "2026-09-10")],
        "contacts": [
            ("Biju Thomas", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Leena Varghese", "", "Executive Director", "KSIDC", "delegation"),
            ("Vikram Doolub", "", "Minister of Industry and Commerce", "", "host"),
        ],
    },
    # Hindi cabinet decision: the officials of the delegation are contacts; the minister given the
    # head's work while away and the one briefing the press are not; a night in Samarkand
    "rules11_people_hi_cabinet_rj_uzbekistan": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Mahendra Pal Chaudhary",
        "year": 2026,
        "span": ("2026-07-20", "2026-07-24"),
        "engagements": {
            "Arrival in Tashkent": _e("2026-07-20", "Tashkent", TASHKENT),
            "Meeting with Uzbekistan Investment Agency": _e("2026-07-21", "Tashkent", TASHKENT),
            "Departure for Samarkand": _e("2026-07-22", "Samarkand", SAMARKAND),
            "Visit to Samarkand Textile Park": _e("2026-07-22", "Samarkand", SAMARKAND),
            "Departure for Tashkent": _e("2026-07-23", "Tashkent", TASHKENT),
            "Meeting with Chamber of Commerce and Industry of Uzbekistan": _e(
                "2026-07-23", "Tashkent", TASHKENT
            ),
            "Return to India": _e("2026-07-24", None, KOLKATA),
        },
        "stops": [
            ("Tashkent", "2026-07-20", "2026-07-22"),
            ("Samarkand", "2026-07-22", "2026-07-23"),
            ("Tashkent", "2026-07-23", "2026-07-24"),
        ],
        "contacts": [
            ("Rashmi Shekhawat", "रश्मि शेखावत", "Industries Commissioner", "", "delegation"),
            ("Ajay Gurjar", "अजय गुर्जर", "Managing Director", "RIICO", "delegation"),
        ],
    },
    # English cabinet briefing: "Minister X, who briefed reporters after the Cabinet meeting", "Minister
    # Y will hold charge of the Industries department during the Minister's absence": no contacts
    "rules11_people_en_cabinet_ka_czechia": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister Naveen Shetty",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-16"),
        "engagements": {
            "Arrival in Prague": _e("2026-10-12", "Prague", PRAGUE),
            "Meeting with CzechInvest": _e("2026-10-13", "Prague", PRAGUE),
            "Visit to Brno Exhibition Centre": _e("2026-10-14", "Brno", PRAGUE),
            "Meeting with Czech Chamber of Commerce": _e("2026-10-15", "Prague", PRAGUE),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [("Prague", "2026-10-12", "2026-10-16")],
        "contacts": [
            ("Lakshmi Narayan", "", "Commissioner for Industrial Development", "", "delegation"),
            ("Sandeep Rao", "", "Managing Director", "Karnataka Udyog Mitra", "delegation"),
        ],
    },
    # mixed: "MSME और IT Minister X" is the head; "उनके साथ IT Secretary Y और TSIIC के Managing
    # Director Z भी हैं"; a night in Hawassa
    "rules11_people_mixed_blog_tg_ethiopia": {
        "published": None,
        "language": "hi",
        "head": "MSME and IT Minister Ravi Shankar Goud",
        "year": 2027,
        "span": ("2027-02-02", "2027-02-06"),
        "engagements": {
            "Arrival in Addis Ababa": _e("2027-02-02", "Addis Ababa", ADDIS_ABABA),
            "Meeting with Ethiopian Investment Commission": _e("2027-02-03", "Addis Ababa", ADDIS_ABABA),
            "Departure for Hawassa": _e("2027-02-04", "Hawassa", ADDIS_ABABA),
            "Visit to Hawassa Industrial Park": _e("2027-02-04", "Hawassa", ADDIS_ABABA),
            "Departure for Addis Ababa": _e("2027-02-05", "Addis Ababa", ADDIS_ABABA),
            "Meeting with Addis Ababa Chamber of Commerce": _e("2027-02-05", "Addis Ababa", ADDIS_ABABA),
            "Return to India": _e("2027-02-06", None, KOLKATA),
        },
        "stops": [
            ("Addis Ababa", "2027-02-02", "2027-02-04"),
            ("Hawassa", "2027-02-04", "2027-02-05"),
            ("Addis Ababa", "2027-02-05", "2027-02-06"),
        ],
        "contacts": [
            ("Pranav Rao", "", "IT Secretary", "", "delegation"),
            ("Swathi Lakra", "", "Managing Director", "TSIIC", "delegation"),
            ("Dawit Bekele", "", "Commissioner", "Ethiopian Investment Commission", "host"),
        ],
    },
    # Hindi preview: "मंत्री के साथ प्रधान सचिव X और … की प्रबंध निदेशक Y भी जाएंगी"; a night in Batumi
    "rules11_people_hi_preview_hp_georgia": {
        "published": None,
        "language": "hi",
        "head": "Tourism Minister Rakesh Kumar Thakur",
        "year": 2026,
        "span": ("2026-05-04", "2026-05-08"),
        "engagements": {
            "Arrival in Tbilisi": _e("2026-05-04", "Tbilisi", TBILISI),
            "Meeting with Georgian National Tourism Administration": _e("2026-05-05", "Tbilisi", TBILISI),
            "Departure for Batumi": _e("2026-05-06", "Batumi", TBILISI),
            "Visit to Batumi Boulevard": _e("2026-05-06", "Batumi", TBILISI),
            "Departure for Tbilisi": _e("2026-05-07", "Tbilisi", TBILISI),
            "Meeting with Georgian Chamber of Commerce and Industry": _e("2026-05-07", "Tbilisi", TBILISI),
            "Return to India": _e("2026-05-08", None, KOLKATA),
        },
        "stops": [
            ("Tbilisi", "2026-05-04", "2026-05-06"),
            ("Batumi", "2026-05-06", "2026-05-07"),
            ("Tbilisi", "2026-05-07", "2026-05-08"),
        ],
        "contacts": [
            ("Devesh Chandra Negi", "देवेश चंद्र नेगी", "Principal Secretary", "", "delegation"),
            (
                "Anjali Kanwar",
                "अंजलि कंवर",
                "Managing Director",
                "Himachal Pradesh Tourism Development Corporation",
                "delegation",
            ),
        ],
    },
    # mixed preview: "Minister के साथ … के Principal Secretary X और IDCO की Managing Director Y भी
    # जाएंगी"; a day trip to Kandy
    "rules11_people_mixed_preview_od_srilanka": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sambit Kumar Panda",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Colombo": _e("2026-09-14", "Colombo", COLOMBO),
            "Meeting with Board of Investment of Sri Lanka": _e("2026-09-15", "Colombo", COLOMBO),
            "Visit to Kandy Tea Research Centre": _e("2026-09-16", "Kandy", COLOMBO),
            "Meeting with Ceylon Chamber of Commerce": _e("2026-09-17", "Colombo", COLOMBO),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("Colombo", "2026-09-14", "2026-09-18")],
        "contacts": [
            ("Hemant Kumar Das", "", "Principal Secretary", "Industries Department", "delegation"),
            ("Ritika Sahu", "", "Managing Director", "IDCO", "delegation"),
        ],
    },
    # chamber newsletter: "Your Chamber was represented by our vice chairman X and six member companies"
    "rules11_people_en_newsletter_hr_kazakhstan": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Rao Vikram Singh",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-11"),
        "engagements": {
            "Arrival in Almaty": _e("2026-06-08", "Almaty", ALMATY),
            "Meeting with Kazakh Invest": _e("2026-06-09", "Almaty", ALMATY),
            "Meeting with Atameken National Chamber of Entrepreneurs": _e("2026-06-10", "Almaty", ALMATY),
            "Return to India": _e("2026-06-11", None, KOLKATA),
        },
        "stops": [("Almaty", "2026-06-08", "2026-06-11")],
        "contacts": [
            ("Anurag Mehta", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Gurdeep Singh Bajwa", "", "Vice Chairman", "Haryana Chamber of Commerce", "delegation"),
        ],
    },
    # mixed newsletter: "Chamber की ओर से उपाध्यक्ष X ने सदस्यों का प्रतिनिधित्व किया"
    "rules11_people_mixed_newsletter_mh_ivorycoast": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Vinayak Deshmukh",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-09"),
        "engagements": {
            "Arrival in Abidjan": _e("2026-07-06", "Abidjan", ABIDJAN),
            "Meeting with CEPICI": _e("2026-07-07", "Abidjan", ABIDJAN),
            "Visit to Port of Abidjan": _e("2026-07-08", "Abidjan", ABIDJAN),
            "Return to India": _e("2026-07-09", None, KOLKATA),
        },
        "stops": [("Abidjan", "2026-07-06", "2026-07-09")],
        "contacts": [
            ("Sunil Bhosale", "", "Principal Secretary", "", "delegation"),
            ("Meera Kulkarni", "", "Vice President", "Maharashtra Chamber of Commerce", "delegation"),
        ],
    },
    # live blog: "Minister X's four-day visit" (the head), "PAIH president X's team"; a day trip to Wroclaw
    "rules11_people_en_live_ts_poland": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Kotha Prabhakar Rao",
        "year": 2026,
        "span": ("2026-05-11", "2026-05-14"),
        "engagements": {
            "Arrival in Warsaw": _e("2026-05-11", "Warsaw", WARSAW),
            "Meeting with Polish Investment and Trade Agency (PAIH)": _e("2026-05-12", "Warsaw", WARSAW),
            "MoU signing with Polish Chamber of Electromobility": _e("2026-05-12", "Warsaw", WARSAW),
            "Visit to LG Energy Solution": _e("2026-05-13", "Wroclaw", WARSAW),
            "Return to India": _e("2026-05-14", None, KOLKATA),
        },
        "stops": [("Warsaw", "2026-05-11", "2026-05-14")],
        "contacts": [
            ("Marek Zielinski", "", "President", "Polish Investment and Trade Agency (PAIH)", "host"),
        ],
    },
    # blog: "Minister X's three-day visit", "chief executive X's engineers showed"
    "rules11_people_en_blog_gj_finland": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Balwant Parmar",
        "year": 2026,
        "span": ("2026-10-21", "2026-10-23"),
        "engagements": {
            "Arrival in Helsinki": _e("2026-10-21", "Helsinki", HELSINKI),
            "Meeting with Business Finland": _e("2026-10-22", "Helsinki", HELSINKI),
            "Visit to Nordic Grid Systems": _e("2026-10-22", "Helsinki", HELSINKI),
            "Meeting with Finland-India Business Council": _e("2026-10-23", "Helsinki", HELSINKI),
            "Return to India": _e("2026-10-23", None, KOLKATA),
        },
        "stops": [("Helsinki", "2026-10-21", "2026-10-23")],
        "contacts": [
            ("Hitesh Modi", "", "Industries Commissioner", "", "delegation"),
            ("Kaisa Lehtonen", "", "Director General", "Business Finland", "host"),
            ("Antti Virtanen", "", "Chief Executive", "Nordic Grid Systems", "host"),
        ],
    },
    # Hindi report: the headline's "श्रीनिवास रेड्डी" is the text's "पोन्नम श्रीनिवास रेड्डी"; a night in Casablanca
    "rules11_people_hi_report_tg_morocco": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Ponnam Srinivas Reddy",
        "year": 2026,
        "span": ("2026-11-30", "2026-12-03"),
        "engagements": {
            "Arrival in Rabat": _e("2026-11-30", "Rabat", CASABLANCA),
            "Meeting with Moroccan Investment and Export Development Agency (AMDIE)": _e(
                "2026-12-01", "Rabat", CASABLANCA
            ),
            "Departure for Casablanca": _e("2026-12-02", "Casablanca", CASABLANCA),
            "Visit to OCP Group": _e("2026-12-02", "Casablanca", CASABLANCA),
            "Return to India": _e("2026-12-03", None, KOLKATA),
        },
        "stops": [("Rabat", "2026-11-30", "2026-12-02"), ("Casablanca", "2026-12-02", "2026-12-03")],
        "contacts": [
            ("Jayesh Kumar", "जयेश कुमार", "Principal Secretary", "", "delegation"),
        ],
    },
}
