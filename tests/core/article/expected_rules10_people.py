"""Round 10 training articles (``rules10_people*``): people blind8 showed missed, by how the text
names them.

Written before the code, for the kinds of contacts blind8 missed:

* a foreign body's person told with the body's role where no engagement with that body is found
  (``The Agency's Chief Executive Officer, Mr. X, explained``, ``The University's Rector, Dr. X, and
  the Minister were present``, a list of the officials met ``(i) Mr. X, President, Y``, ``एजेंसी की
  प्रमुख सुश्री X ने बताया``, ``institute के director Dr. X ने उन्हें … दिखाए``): a counterpart met;
* the state's officials listed with cues the earlier rounds did not know: ``travelled with the Chief
  Minister``, ``Delegation में … शामिल थे``, ``यात्रा में मेरे साथ … भी शामिल रहीं``, and the
  honorifics ``Sri``, ``Capt.`` before a name followed by its role after a comma (``Sri X, Special
  Chief Secretary``, ``Capt. X, Director of Ports``);
* a name before its role told after the body, between commas or in brackets, in Hindi and in Roman
  Hindi (``श्री X, मलेशियाई निवेश विकास प्राधिकरण (MIDA) के अध्यक्ष, के साथ``, ``X ji, Rediex ke
  director, ne``, ``X ji (Itaipu Binacional ke general manager) ne``);
* a title, its portfolio between commas, then the name (``Principal Secretary, Ports, X``), and a
  list of the delegation whose ``Capt.`` is no sentence's end;
* ``सम्मिलित थे`` (were included) after the last name of the delegation: a verb, no word of the name;
* the head named after the office and its state (``Chief Minister of Gujarat Shri X``), so that the
  minister named next (``accompanied by Industries Minister Shri Y``) is no head but of the delegation;
* the speaker of an assembly's answer in brackets, after the office and a comma (``उत्तर (औद्योगिक
  विकास मंत्री, श्री X):``, ``Answer (Minister for Industries, Thiru X):``): the head.

Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

BUDAPEST, DAKAR, VIENNA, STOCKHOLM = "Europe/Budapest", "Africa/Dakar", "Europe/Vienna", "Europe/Stockholm"
ASUNCION, KUALA_LUMPUR, ATHENS = "America/Asuncion", "Asia/Kuala_Lumpur", "Europe/Athens"
MAPUTO, LUXEMBOURG, KAMPALA = "Africa/Maputo", "Europe/Luxembourg", "Africa/Kampala"
LA_PAZ, VIENTIANE = "America/La_Paz", "Asia/Vientiane"
REYKJAVIK, AMSTERDAM = "Atlantic/Reykjavik", "Europe/Amsterdam"

RULES10_PEOPLE: dict[str, dict[str, Any]] = {
    # assembly answer: "The Agency's Chief Executive Officer, Mr. X, explained", "The University's
    # Rector, Dr. X, and the Minister were present", a list of the officials met, the officers who
    # accompanied him after "Sri"/"Smt."/"Capt." with the role after a comma
    "rules10_people_en_assembly_ts_hungary": {
        "published": None,
        "language": "en",
        "head": "Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-19"),
        "engagements": {
            "Meeting with Hungarian Investment Promotion Agency (HIPA)": _e(
                "2026-11-17", "Budapest", BUDAPEST
            ),
            "MoU signing with Budapest University of Technology and Economics": _e(
                "2026-11-18", "Budapest", BUDAPEST
            ),
            "Return to India": _e("2026-11-19", None, KOLKATA),
        },
        "stops": [("Budapest", "2026-11-16", "2026-11-19")],
        "contacts": [
            (
                "Ferenc Kovács",
                "",
                "Chief Executive Officer",
                "Hungarian Investment Promotion Agency (HIPA)",
                "host",
            ),
            ("Zsófia Horváth", "", "Rector", "Budapest University of Technology and Economics", "host"),
            ("Gábor Szabó", "", "President", "Hungarian Chamber of Commerce and Industry", "host"),
            ("Katalin Varga", "", "Chief Executive Officer", "Budapest Airport", "host"),
            ("Jayesh Ranjan", "", "Special Chief Secretary (Industries and Commerce)", "", "delegation"),
            ("Kavya Reddy", "", "Managing Director", "TGIIC", "delegation"),
            ("Srinivas Murthy", "", "Director of Ports", "", "delegation"),
        ],
    },
    # takeaways piece: "APIX's director general, Mme X, set out", "The University's rector, Prof. X,
    # and the Chief Minister were both on stage", "… and Principal Secretary, Industries, X travelled
    # with the Chief Minister", "WBIDC Managing Director X travelled with them too"
    "rules10_people_en_takeaways_wb_senegal": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Mamata Banerjee",
        "year": 2026,
        "span": ("2026-09-08", "2026-09-12"),
        "engagements": {
            "Meeting with Agency for the Promotion of Investments and Major Works (APIX)": _e(
                "2026-09-09", "Dakar", DAKAR
            ),
            "Visit to Port of Dakar": _e("2026-09-10", "Dakar", DAKAR),
            "MoU signing with Cheikh Anta Diop University": _e("2026-09-11", "Dakar", DAKAR),
            "Meeting with Senegalese chamber of commerce": _e(None, None, DAKAR, "postponed"),
            "Return to India": _e("2026-09-12", None, KOLKATA),
        },
        "stops": [("Dakar", "2026-09-08", "2026-09-12")],
        "contacts": [
            (
                "Aminata Diop",
                "",
                "Director General",
                "Agency for the Promotion of Investments and Major Works (APIX)",
                "host",
            ),
            ("Ousmane Sarr", "", "Managing Director", "Port of Dakar", "host"),
            ("Mamadou Ndiaye", "", "Rector", "Cheikh Anta Diop University", "host"),
            ("Shashi Panja", "", "Industries Minister", "", "delegation"),
            ("Vandana Yadav", "", "Principal Secretary, Industries", "", "delegation"),
            ("Rajesh Pandey", "", "Managing Director", "WBIDC", "delegation"),
        ],
    },
    # a Chief Minister's speech: "एजेंसी की प्रमुख सुश्री X ने बताया", "यूनिवर्सिटी के रेक्टर श्री X ने
    # हमें … दिखाईं", "इस यात्रा में मेरे साथ … भी शामिल रहीं"
    "rules10_people_hi_speech_jh_austria": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Hemant Soren",
        "year": 2026,
        "span": ("2026-04-23", "2026-04-27"),
        "engagements": {
            "Arrival in Vienna": _e("2026-04-23", "Vienna", VIENNA),
            "Address to the Indian diaspora": _e("2026-04-25", "Vienna", VIENNA),
            "Meeting with Austrian Business Agency": _e("2026-04-24", "Vienna", VIENNA),
            "Visit to Vienna University of Technology": _e("2026-04-25", "Vienna", VIENNA),
            "MoU signing with Vienna University of Technology": _e("2026-04-26", "Vienna", VIENNA),
            "Return to India": _e("2026-04-27", None, KOLKATA),
        },
        "stops": [("Vienna", "2026-04-23", "2026-04-27")],
        "contacts": [
            ("Elisabeth Gruber", "", "Head", "Austrian Business Agency", "host"),
            ("Johann Bauer", "", "Rector", "Vienna University of Technology", "host"),
            ("Arva Rajkamal", "अरवा राजकमल", "Industries Secretary", "", "delegation"),
            (
                "Sunita Kumari",
                "सुनीता कुमारी",
                "Managing Director",
                "Jharkhand Industrial Area Development Authority",
                "delegation",
            ),
        ],
    },
    # an embassy's summary mail in mixed script: "X के Chairman Mr. Y के साथ business lunch",
    # "institute के director Dr. X ने उन्हें … दिखाए", "Delegation में … शामिल थे"
    "rules10_people_mixed_embassymail_pb_sweden": {
        "published": None,
        "language": "mixed",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-05-18", "2026-05-21"),
        "engagements": {
            "Arrival in Stockholm": _e("2026-05-18", "Stockholm", STOCKHOLM),
            "Meeting with Business Sweden": _e("2026-05-19", "Stockholm", STOCKHOLM),
            "Meeting with Swedish Chamber of Commerce": _e("2026-05-19", "Stockholm", STOCKHOLM),
            "Visit to KTH Royal Institute of Technology": _e("2026-05-20", "Stockholm", STOCKHOLM),
            "Return to India": _e("2026-05-21", None, KOLKATA),
        },
        "stops": [("Stockholm", "2026-05-18", "2026-05-21")],
        "contacts": [
            ("Lars Lindqvist", "", "Chairman", "Swedish Chamber of Commerce", "host"),
            ("Maria Nyström", "", "Director", "KTH Royal Institute of Technology", "host"),
            ("Kamal Kishore Yadav", "", "Principal Secretary (Investment Promotion)", "", "delegation"),
            ("Neha Sidhu", "", "Managing Director", "PSIEC", "delegation"),
            ("Amit Dhaka", "", "CEO", "Invest Punjab", "delegation"),
        ],
    },
    # Roman Hindi vlog description: "X ji, Rediex ke director, ne", "X ji (Itaipu Binacional ke
    # general manager) ne", "Saath mein: … ji aur HSIIDC ke MD X ji"
    "rules10_people_roman_vlog_hr_paraguay": {
        "published": None,
        "language": "roman",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-12"),
        "engagements": {
            "Arrival in Asunción": _e("2026-03-09", "Asunción", ASUNCION),
            "Meeting with Rediex": _e("2026-03-10", "Asunción", ASUNCION),
            "Visit to Itaipu Dam": _e("2026-03-11", None, ASUNCION),
            "Return to India": _e("2026-03-12", None, KOLKATA),
        },
        "stops": [("Asunción", "2026-03-09", "2026-03-12")],
        "contacts": [
            ("Carlos Benítez", "", "Director", "Rediex", "host"),
            ("Jorge Martínez", "", "General Manager", "Itaipu Binacional", "host"),
            ("Rao Narbir Singh", "", "Industries Minister", "", "delegation"),
            ("Yash Garg", "", "Managing Director", "HSIIDC", "delegation"),
        ],
    },
    # Hindi assembly answer: "श्री X, … (MIDA) के अध्यक्ष, के साथ बैठक हुई", "सुश्री X, … बोर्ड की
    # महानिदेशक, के साथ", "… प्रबंध संचालक श्री X सम्मिलित थे"
    "rules10_people_hi_vidhansabha_mp_malaysia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": 2026,
        "span": ("2026-07-14", "2026-07-17"),
        "engagements": {
            "Arrival in Kuala Lumpur": _e("2026-07-14", "Kuala Lumpur", KUALA_LUMPUR),
            "Meeting with Malaysian Investment Development Authority (MIDA)": _e(
                "2026-07-15", "Kuala Lumpur", KUALA_LUMPUR
            ),
            "Meeting with Malaysian Palm Oil Board": _e("2026-07-16", "Kuala Lumpur", KUALA_LUMPUR),
            "Return to India": _e("2026-07-17", None, KOLKATA),
        },
        "stops": [("Kuala Lumpur", "2026-07-14", "2026-07-17")],
        "contacts": [
            (
                "Ahmad Zaki Ismail",
                "",
                "Chairman",
                "Malaysian Investment Development Authority (MIDA)",
                "host",
            ),
            ("Nurul Huda", "", "Director General", "Malaysian Palm Oil Board", "host"),
            ("Raghvendra Kumar Singh", "राघवेंद्र कुमार सिंह", "Principal Secretary", "", "delegation"),
            ("Chandramauli Shukla", "चंद्रमौलि शुक्ला", "Managing Director", "MPIDC", "delegation"),
        ],
    },
    # protocol circular: "Capt. X, Chief Port Officer, …;" (no sentence ends at Capt.), "Principal
    # Secretary, Ports, X;", "Principal Secretary, Industries, X."
    "rules10_people_en_circular_mh_greece": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-15"),
        "engagements": {
            "Arrival in Athens": _e("2026-10-12", "Athens", ATHENS),
            "Meeting with Enterprise Greece": _e(
                "2026-10-13", "Athens", ATHENS, start="2026-10-13T11:00:00+03:00"
            ),
            "Visit to Port of Piraeus": _e(
                "2026-10-13", "Piraeus", ATHENS, start="2026-10-13T16:00:00+03:00"
            ),
            "MoU signing with National Technical University of Athens": _e(
                "2026-10-14", "Athens", ATHENS, start="2026-10-14T10:30:00+03:00"
            ),
            "Return to India": _e("2026-10-15", None, KOLKATA),
        },
        "stops": [("Athens", "2026-10-12", "2026-10-15")],
        "contacts": [
            ("Pradeep Sawant", "", "Chief Port Officer", "Maharashtra Maritime Board", "delegation"),
            ("Sanjay Sethi", "", "Principal Secretary, Ports", "", "delegation"),
            ("Harshdeep Kamble", "", "Principal Secretary, Industries", "", "delegation"),
        ],
    },
    # RTI reply: the speaker in brackets after the office, entries of the officials met (a Deputy
    # Minister, "Capt. X, Harbour Master, Port of Maputo"), "Sri X, Principal Secretary (…)"
    "rules10_people_en_rti_ka_mozambique": {
        "published": None,
        "language": "en",
        "head": "Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-11-02", "2026-11-05"),
        "engagements": {
            "Meeting with Investment and Export Promotion Agency (APIEX)": _e("2026-11-03", "Maputo", MAPUTO),
            "Visit to Port of Maputo": _e("2026-11-04", "Maputo", MAPUTO),
            "Return to India": _e("2026-11-05", None, KOLKATA),
        },
        "stops": [("Maputo", "2026-11-02", "2026-11-05")],
        "contacts": [
            ("Armando Cossa", "", "Deputy Minister", "", "host"),
            (
                "Lurdes Macuácua",
                "",
                "Director General",
                "Investment and Export Promotion Agency (APIEX)",
                "host",
            ),
            ("Tomás Nhantumbo", "", "Harbour Master", "Port of Maputo", "host"),
            ("Selvakumar S.", "", "Principal Secretary (Commerce and Industries)", "", "delegation"),
            ("Gunjan Krishna", "", "Commissioner for Industrial Development", "", "delegation"),
        ],
    },
    # a minister's Hindi diary: "एजेंसी की प्रमुख सुश्री X ने", "चैंबर के प्रमुख श्री X ने", "मेरे साथ …
    # भी शामिल रहे", "प्रतिनिधिमंडल में … श्री X सम्मिलित थे"
    "rules10_people_hi_diary_cg_luxembourg": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Lakhan Lal Dewangan",
        "year": 2026,
        "span": ("2026-03-16", "2026-03-20"),
        "engagements": {
            "Arrival in Luxembourg": _e("2026-03-16", "Luxembourg", LUXEMBOURG),
            "Meeting with Luxinnovation": _e("2026-03-17", "Luxembourg", LUXEMBOURG),
            "Visit to University of Luxembourg": _e("2026-03-18", "Luxembourg", LUXEMBOURG),
            "Meeting with Luxembourg Chamber of Commerce": _e("2026-03-18", "Luxembourg", LUXEMBOURG),
            "Return to India": _e("2026-03-20", None, KOLKATA),
        },
        "stops": [("Luxembourg", "2026-03-16", "2026-03-20")],
        "contacts": [
            ("Anne Weber", "", "Head", "Luxinnovation", "host"),
            ("Jens Kreisel", "", "Rector", "University of Luxembourg", "host"),
            ("Carlo Thelen", "", "Head", "Luxembourg Chamber of Commerce", "host"),
            ("Rajat Kumar", "रजत कुमार", "Industries Secretary", "", "delegation"),
            ("Vishwesh Kumar", "विश्वेश कुमार", "Managing Director", "CSIDC", "delegation"),
        ],
    },
    # Roman Hindi ticker: "Delegation mein … shamil hain", "Wahan X ji, Y ke director general, ne",
    # "Phir …", "Association ki chairperson X ji ne", "Saath mein: …"
    "rules10_people_roman_ticker_pb_uganda": {
        "published": None,
        "language": "roman",
        "head": "Industries Minister Tarunpreet Singh Sond",
        "year": 2026,
        "span": ("2026-08-08", "2026-08-10"),
        "engagements": {
            "Arrival in Kampala": _e("2026-08-08", "Kampala", KAMPALA, start="2026-08-08T18:10:00+03:00"),
            "Meeting with Uganda Investment Authority": _e(
                "2026-08-09", "Kampala", KAMPALA, start="2026-08-09T11:30:00+03:00"
            ),
            "Visit to Uganda Manufacturers Association": _e(
                "2026-08-09", "Kampala", KAMPALA, start="2026-08-09T15:45:00+03:00"
            ),
            "Return to India": _e("2026-08-10", None, KOLKATA),
        },
        "stops": [("Kampala", "2026-08-08", "2026-08-10")],
        "contacts": [
            ("Robert Mukiza", "", "Director General", "Uganda Investment Authority", "host"),
            ("Deborah Kasule", "", "Chairman", "Uganda Manufacturers Association", "host"),
            ("Kamal Kishore Yadav", "", "Industries Secretary", "", "delegation"),
            ("Rahul Gupta", "", "Managing Director", "PSIEC", "delegation"),
            ("Amit Dhaka", "", "CEO", "Invest Punjab", "delegation"),
        ],
    },
    # PTI wire: "Chief Minister of Gujarat Shri X arrived", "accompanied by Industries Minister Shri Y"
    "rules10_people_en_wire_gj_bolivia": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-04-13", "2026-04-16"),
        "engagements": {
            "Arrival in La Paz": _e("2026-04-13", "La Paz", LA_PAZ),
            "Meeting with Yacimientos de Litio Bolivianos (YLB)": _e("2026-04-14", "La Paz", LA_PAZ),
            "Return to India": _e("2026-04-16", None, KOLKATA),
        },
        "stops": [("La Paz", "2026-04-13", "2026-04-16")],
        "contacts": [
            ("Balvantsinh Rajput", "", "Industries Minister", "", "delegation"),
            ("Mamta Verma", "", "Additional Chief Secretary (Industries and Mines)", "", "delegation"),
            ("Omar Alarcón", "", "President", "Yacimientos de Litio Bolivianos (YLB)", "host"),
        ],
    },
    # mixed report: "Chief Minister of Odisha X 8 December को … पहुंचे", "उनके साथ Industries Minister Y"
    "rules10_people_mixed_report_od_laos": {
        "published": None,
        "language": "mixed",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-12-08", "2026-12-11"),
        "engagements": {
            "Arrival in Vientiane": _e("2026-12-08", "Vientiane", VIENTIANE),
            "Meeting with Lao National Chamber of Commerce and Industry": _e(
                "2026-12-09", "Vientiane", VIENTIANE
            ),
            "Return to India": _e("2026-12-11", None, KOLKATA),
        },
        "stops": [("Vientiane", "2026-12-08", "2026-12-11")],
        "contacts": [
            ("Sampad Chandra Swain", "", "Industries Minister", "", "delegation"),
            ("Hemant Sharma", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Oudet Souvannavong", "", "President", "Lao National Chamber of Commerce and Industry", "host"),
        ],
    },
    # Hindi assembly answer: "उत्तर (… मंत्री, श्री X):", "संस्था की प्रमुख सुश्री X ने", "… श्री X सम्मिलित थे"
    "rules10_people_hi_vidhansabha_up_iceland": {
        "published": None,
        "language": "hi",
        "head": "Industrial Development Minister Nand Gopal Gupta",
        "year": 2026,
        "span": ("2026-06-06", "2026-06-09"),
        "engagements": {
            "Arrival in Reykjavík": _e("2026-06-06", "Reykjavík", REYKJAVIK),
            "Meeting with Business Iceland": _e("2026-06-07", "Reykjavík", REYKJAVIK),
            "Return to India": _e("2026-06-09", None, KOLKATA),
        },
        "stops": [("Reykjavík", "2026-06-06", "2026-06-09")],
        "contacts": [
            ("Helga Jónsdóttir", "", "Head", "Business Iceland", "host"),
            ("Alok Kumar", "आलोक कुमार", "Principal Secretary (Industrial Development)", "", "delegation"),
        ],
    },
    # English assembly answer: "Answer (Minister for Industries, Thiru X):", "whose Commissioner, Ms.
    # X, explained", "Thiru X, Secretary (Industries), who accompanied the Minister"
    "rules10_people_en_assemblyqa_tn_netherlands": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-05-11", "2026-05-14"),
        "engagements": {
            "Arrival in Amsterdam": _e("2026-05-11", "Amsterdam", AMSTERDAM),
            "Meeting with Netherlands Foreign Investment Agency (NFIA)": _e(
                "2026-05-12", "Amsterdam", AMSTERDAM
            ),
            "Return to India": _e("2026-05-14", None, KOLKATA),
        },
        "stops": [("Amsterdam", "2026-05-11", "2026-05-14")],
        "contacts": [
            ("Anke de Vries", "", "Commissioner", "Netherlands Foreign Investment Agency (NFIA)", "host"),
            ("V. Arun Roy", "", "Secretary (Industries)", "", "delegation"),
        ],
    },
}
