"""Round 14 training articles (``rules14_people_*``): written by hand before the round's people rules.

Written before any rule, each rule in at least two articles.

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.

Rule 1, a name introduced by an academic or foreign style (``Dr.``, ``Prof.``, ``Datuk``, ``Dato'
Seri``, ``Hon.``) with no title the data knows, in the clause of a body the delegation met, is that
body's person (``who/honoured.py``):

* ``rules14_people_en_feature_wb_newzealand``: an English feature; "where Prof. Hemi Walker walked the
  visitors through the milking sheds", "the minister called on the Ministry for Primary Industries,
  and Dr. Aroha Tane briefed him": no title at all, the style and the body met tell the person;
* ``rules14_people_roman_vlog_ka_malaysia``: a vlog script in Roman Hindi; "jahan Datuk Ahmad
  Parveez, Director-General, ne humein naye beej dikhaye", "Wahan Prof. Dr. Nor Aini Rahman ne …
  bataya", "Council ki taraf se Dato' Sri Ramesh Kodammal ne sabka swagat kiya".

Rule 2, an office-holder the writer names as their own company (``मेरे साथ प्रमुख सचिव (उद्योग) X``,
``हमारी प्रमुख सचिव … भी साथ थीं``, ``With me were our Principal Secretary (Industries) X``) travels
with the head and is never the head, though the writer's own office is not found (``who/head.py``):

* ``rules14_people_hi_blog_od_georgia``: a minister's Devanagari blog, the byline a name alone and the
  office told as "ओडिशा के उद्योग मंत्री के नाते मैं"; "मेरे साथ प्रमुख सचिव (उद्योग) हेमंत कुमार
  शर्मा और IDCO के प्रबंध निदेशक भूपेंद्र सिंह पूनिया थे";
* ``rules14_people_en_diary_tn_chile``: a minister's English op-ed with a "By X" line; "With me were
  our Principal Secretary (Industries) V. Arun Roy and Guidance Tamil Nadu's chief executive Darez
  Ahamed".

Rule 3, a title's holder named by saying the name (``whose director general is X, not Y``, ``its
general manager's name is X``, Roman Hindi ``Unki CEO ka naam X hai``, ``की अध्यक्ष का नाम X है, Y
नहीं``): the name after ``is``/``name is``/``का नाम`` is the title's, and a name it corrects is no one
(``who/naming.py``):

* ``rules14_people_en_correction_ap_zambia``: a newspaper's correction note in English;
* ``rules14_people_roman_vlog_jh_kazakhstan``: a minister's vlog in Roman Hindi.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

AUCKLAND, KL = "Pacific/Auckland", "Asia/Kuala_Lumpur"
TBILISI, SANTIAGO = "Asia/Tbilisi", "America/Santiago"
LUSAKA, ALMATY = "Africa/Lusaka", "Asia/Almaty"

RULES14_PEOPLE: dict[str, dict[str, Any]] = {
    "rules14_people_en_feature_wb_newzealand": {
        "published": None,
        "language": "en",
        "head": "Agriculture Minister Sobhandeb Chattopadhyay",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-10"),
        "engagements": {
            "Arrival in Wellington": _e("2026-09-07", "Wellington", AUCKLAND),
            "Visit to Massey University": _e("2026-09-08", "Palmerston North", AUCKLAND),
            "Meeting with Ministry for Primary Industries": _e("2026-09-08", "Wellington", AUCKLAND),
            "Meeting with Federated Farmers of New Zealand": _e("2026-09-09", "Wellington", AUCKLAND),
            "Return to India": _e("2026-09-10", None, KOLKATA),
        },
        "stops": [("Wellington", "2026-09-07", "2026-09-10")],
        "contacts": [
            ("Prof. Hemi Walker", "", "", "Massey University", "host"),
            ("Dr. Aroha Tane", "", "", "Ministry for Primary Industries", "host"),
            ("Omkar Singh Meena", "", "Agriculture Secretary", "", "delegation"),
        ],
    },
    "rules14_people_roman_vlog_ka_malaysia": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister N. Chaluvarayaswamy",
        "year": 2026,
        "span": ("2026-10-14", "2026-10-18"),
        "engagements": {
            "Arrival in Kuala Lumpur": _e("2026-10-14", "Kuala Lumpur", KL),
            "Meeting with Malaysian Palm Oil Board": _e("2026-10-15", "Kuala Lumpur", KL),
            "Visit to Universiti Sains Malaysia": _e("2026-10-16", "Penang", KL),
            "Meeting with Malaysia-India Business Council": _e("2026-10-17", "Kuala Lumpur", KL),
            "Return to India": _e("2026-10-18", None, KOLKATA),
        },
        "stops": [("Kuala Lumpur", "2026-10-14", "2026-10-18")],
        "contacts": [
            ("Datuk Ahmad Parveez", "", "Director-General", "Malaysian Palm Oil Board", "host"),
            ("Prof. Dr. Nor Aini Rahman", "", "", "Universiti Sains Malaysia", "host"),
            ("Dato' Sri Ramesh Kodammal", "", "", "Malaysia-India Business Council", "host"),
            ("V. Anbukumar", "", "Agriculture Secretary", "", "delegation"),
        ],
    },
    "rules14_people_hi_blog_od_georgia": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sampad Chandra Swain",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-09"),
        "engagements": {
            "Arrival in Tbilisi": _e("2026-07-06", "Tbilisi", TBILISI),
            "Meeting with Georgian National Investment Agency": _e("2026-07-07", "Tbilisi", TBILISI),
            "Departure for Batumi": _e("2026-07-08", "Batumi", TBILISI),
            "Visit to Batumi Sea Port": _e("2026-07-08", "Batumi", TBILISI),
            "Return to India": _e("2026-07-09", None, KOLKATA),
        },
        "stops": [("Tbilisi", "2026-07-06", "2026-07-08"), ("Batumi", "2026-07-08", "2026-07-09")],
        "contacts": [
            ("Hemant Kumar Sharma", "हेमंत कुमार शर्मा", "Principal Secretary (Industries)", "", "delegation"),
            ("Bhupendra Singh Poonia", "भूपेंद्र सिंह पूनिया", "Managing Director", "IDCO", "delegation"),
            ("Giorgi Beridze", "", "Chairman", "Georgian National Investment Agency", "host"),
            ("Levan Kvaratskhelia", "", "CEO", "Batumi Sea Port", "host"),
        ],
    },
    "rules14_people_en_diary_tn_chile": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-05-10", "2026-05-13"),
        "engagements": {
            "Arrival in Santiago": _e("2026-05-10", "Santiago", SANTIAGO),
            "Meeting with InvestChile": _e("2026-05-11", "Santiago", SANTIAGO),
            "Departure for Antofagasta": _e("2026-05-12", "Antofagasta", SANTIAGO),
            "Visit to Port of Antofagasta": _e("2026-05-12", "Antofagasta", SANTIAGO),
            "Return to India": _e("2026-05-13", None, KOLKATA),
        },
        "stops": [("Santiago", "2026-05-10", "2026-05-12"), ("Antofagasta", "2026-05-12", "2026-05-13")],
        "contacts": [
            ("V. Arun Roy", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Darez Ahamed", "", "Chief Executive", "Guidance Tamil Nadu", "delegation"),
            ("Karla Flores", "", "Director", "InvestChile", "host"),
            ("Rodrigo Sáez", "", "General Manager", "Port of Antofagasta", "host"),
        ],
    },
    "rules14_people_en_correction_ap_zambia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.G. Bharath",
        "year": 2026,
        "span": ("2026-08-31", "2026-09-03"),
        "engagements": {
            "Arrival in Lusaka": _e("2026-08-31", "Lusaka", LUSAKA),
            "Meeting with Zambia Development Agency": _e("2026-09-01", "Lusaka", LUSAKA),
            "Visit to Eastern Cotton Growers Cooperative": _e("2026-09-02", "Chipata", LUSAKA),
            "Return to India": _e("2026-09-03", None, KOLKATA),
        },
        "stops": [("Lusaka", "2026-08-31", "2026-09-03")],
        "contacts": [
            ("Mwila Banda", "", "Director General", "Zambia Development Agency", "host"),
            ("Chanda Phiri", "", "General Manager", "Eastern Cotton Growers Cooperative", "host"),
        ],
    },
    "rules14_people_roman_vlog_jh_kazakhstan": {
        "published": None,
        "language": "hi",
        "head": "Mines Minister Yogendra Prasad",
        "year": 2026,
        "span": ("2026-04-19", "2026-04-22"),
        "engagements": {
            "Arrival in Almaty": _e("2026-04-19", "Almaty", ALMATY),
            "Meeting with Kazakh Invest": _e("2026-04-20", "Almaty", ALMATY),
            "Visit to Kazakhmys": _e("2026-04-21", "Almaty", ALMATY),
            "Return to India": _e("2026-04-22", None, KOLKATA),
        },
        "stops": [("Almaty", "2026-04-19", "2026-04-22")],
        "contacts": [
            ("Aigerim Bekova", "", "CEO", "Kazakh Invest", "host"),
            ("Serik Nurlanov", "", "Plant Director", "Kazakhmys", "host"),
            ("Abu Imran", "", "Mines Secretary", "", "delegation"),
        ],
    },
}
