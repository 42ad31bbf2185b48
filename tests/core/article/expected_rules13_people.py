"""Round 13 training articles (``rules13_people_*``): written by hand before the round's people rules.

Same shape as ``expected7.BLIND7``; conventions as in ``expected9``.

* ``rules13_people_en_release_tn_mali``: a state press release in English; a Hassaniya name with
  ``Ould`` (son of) and one with ``Mint`` (daughter of) after a role and a comma ("Mr. Moulaye Baba
  Ould Mahmoud", "Aminata Mint Hamady"): the particle is no word of the name's count;
* ``rules13_people_mixed_report_ka_algeria``: mixed script; "Director General Mohamed Salem Ould
  Brahim ने" and "president Khadija Mint Abdallahi ने": a name four words long with its particle;
* ``rules13_people_en_wire_kl_ghana``: an English wire story; a middle initial between given and
  family name after a role and a comma ("deputy chief executive, Kwabena F. Asante");
* ``rules13_people_hi_report_up_kenya``: Devanagari Hindi with Latin names inside; "प्रबंध निदेशक
  Wanjiru M. Kamau ने", "अध्यक्ष Otieno J. Odhiambo ने": a middle initial inside a name;
* ``rules13_people_hi_report_mh_peru``: Devanagari Hindi; a title, then its portfolio of two words
  joined by एवं, then the name with no honorific ("प्रधान सचिव उद्योग एवं ऊर्जा विनीता शर्मा"): the
  second portfolio word is no given name;
* ``rules13_people_hi_bulletin_ka_chile``: a radio bulletin read out with no punctuation; the same
  portfolio ("सचिव वाणिज्य एवं उद्योग हरीश गौड़ा") and डॉक्टर / डाक्टर, Doctor spelt out, before a
  foreign name written only in Devanagari ("डॉक्टर फेलिपे मुनोज़"): a title, no word of the name;
* ``rules13_people_hi_order_jh_uganda``: a state department's office order listing the delegation as
  "श्री X, रेशम निदेशक, उद्योग विभाग;": one word the data does not know qualifies the title after the
  comma, and the honorific before the name is the evidence;
* ``rules13_people_hi_news_od_vietnam``: a Devanagari news report naming the members in the running
  text the same way ("श्री प्रशांत कुमार बेहेरा, काजू निदेशक, कृषि विभाग, और सुश्री …, झींगा आयुक्त");
* ``rules13_people_en_release_ka_fiji``: a press release; the head is a Minister named with a portfolio
  the data does not know (so "Minister Shivanand Patil"), and the host is "the Minister, Salote
  Naivalu,": a determined title, a comma and a name are another Minister's, not the head's office;
* ``rules13_people_en_wire_gj_tonga``: a wire story, the head "state Minister Raghavji Patel", the
  host "by the Minister, Tevita Fifita, who …";
* ``rules13_people_en_interview_wb_senegal``: a Q&A interview; the host named before his office,
  "Mr. Abdoulaye Ndiaye, the Minister of Trade, received us", while the head is a Minister too;
* ``rules13_people_en_diary_pb_ecuador``: a delegate's diary; "Carlos Andrés Mora, the Minister of
  Agriculture, welcomed the minister".
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

BAMAKO, ALGIERS, ACCRA, NAIROBI = "Africa/Bamako", "Africa/Algiers", "Africa/Accra", "Africa/Nairobi"
LIMA, SANTIAGO, KAMPALA, SAIGON = "America/Lima", "America/Santiago", "Africa/Kampala", "Asia/Ho_Chi_Minh"
FIJI, TONGA = "Pacific/Fiji", "Pacific/Tongatapu"
DAKAR, GUAYAQUIL = "Africa/Dakar", "America/Guayaquil"

RULES13_PEOPLE: dict[str, dict[str, Any]] = {
    "rules13_people_en_release_tn_mali": {
        "published": None,
        "language": "en",
        "head": "Handlooms and Textiles Minister R. Gandhiraj",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-17"),
        "engagements": {
            "Arrival in Bamako": _e("2026-09-14", "Bamako", BAMAKO),
            "Meeting with Ministry of Industry and Trade": _e("2026-09-15", "Bamako", BAMAKO),
            "Visit to Compagnie Malienne pour le Développement des Textiles": _e(
                "2026-09-16", "Bamako", BAMAKO
            ),
            "Return to India": _e("2026-09-17", None, KOLKATA),
        },
        "stops": [("Bamako", "2026-09-14", "2026-09-17")],
        "contacts": [
            (
                "Mr. Moulaye Baba Ould Mahmoud",
                "",
                "Secretary General",
                "Ministry of Industry and Trade",
                "host",
            ),
            (
                "Aminata Mint Hamady",
                "",
                "Commercial Director",
                "Compagnie Malienne pour le Développement des Textiles",
                "host",
            ),
            ("V. Kalaiselvi", "", "Principal Secretary (Handlooms)", "", "delegation"),
            ("Senthil Kumaran", "", "Managing Director", "Tamil Nadu Textile Corporation", "delegation"),
        ],
    },
    "rules13_people_mixed_report_ka_algeria": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Chaluvaraya Gowda",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-12"),
        "engagements": {
            "Arrival in Algiers": _e("2026-11-09", "Algiers", ALGIERS),
            "Meeting with Ministry of Agriculture": _e("2026-11-10", "Algiers", ALGIERS),
            "Visit to Algiers Chamber of Commerce": _e("2026-11-11", "Algiers", ALGIERS),
            "Return to India": _e("2026-11-12", None, KOLKATA),
        },
        "stops": [("Algiers", "2026-11-09", "2026-11-12")],
        "contacts": [
            ("Manjunath Prasad", "", "Agriculture Secretary", "", "delegation"),
            ("Prakash Hegde", "", "Managing Director", "Karnataka State Fertilisers", "delegation"),
            ("Mohamed Salem Ould Brahim", "", "Director General", "Ministry of Agriculture", "host"),
            ("Khadija Mint Abdallahi", "", "President", "Algiers Chamber of Commerce", "host"),
        ],
    },
    "rules13_people_en_wire_kl_ghana": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Jose Varkey",
        "year": 2026,
        "span": ("2026-06-22", "2026-06-25"),
        "engagements": {
            "Arrival in Accra": _e("2026-06-22", "Accra", ACCRA),
            "Meeting with Ghana Cocoa Board": _e("2026-06-23", "Accra", ACCRA),
            "Visit to Ashanti Cocoa Processing": _e("2026-06-24", "Kumasi", ACCRA),
            "Return to India": _e("2026-06-25", None, KOLKATA),
        },
        "stops": [("Accra", "2026-06-22", "2026-06-25")],
        "contacts": [
            ("Kwabena F. Asante", "", "Deputy Chief Executive", "Ghana Cocoa Board", "host"),
            ("Efua N. Boateng", "", "Managing Director", "Ashanti Cocoa Processing", "host"),
            ("Suman Billa", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Anu Thomas", "", "Managing Director", "KSIDC", "delegation"),
        ],
    },
    "rules13_people_hi_report_up_kenya": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Surya Pratap Shahi",
        "year": 2026,
        "span": ("2026-08-10", "2026-08-13"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-08-10", "Nairobi", NAIROBI),
            "Meeting with Kenya Tea Development Agency": _e("2026-08-11", "Nairobi", NAIROBI),
            "Visit to Rift Valley Avocado Growers": _e("2026-08-12", "Nakuru", NAIROBI),
            "Return to India": _e("2026-08-13", None, KOLKATA),
        },
        "stops": [("Nairobi", "2026-08-10", "2026-08-13")],
        "contacts": [
            ("Manoj Singh", "मनोज सिंह", "Agriculture Production Commissioner", "", "delegation"),
            ("Ajay Tripathi", "अजय त्रिपाठी", "Managing Director", "UP Agro", "delegation"),
            ("Wanjiru M. Kamau", "", "Managing Director", "Kenya Tea Development Agency", "host"),
            ("Otieno J. Odhiambo", "", "President", "Rift Valley Avocado Growers", "host"),
        ],
    },
    "rules13_people_hi_report_mh_peru": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-09-20", "2026-09-23"),
        "engagements": {
            "Arrival in Lima": _e("2026-09-20", "Lima", LIMA),
            "Meeting with ProInversión": _e("2026-09-21", "Lima", LIMA),
            "Visit to National Fisheries Society": _e("2026-09-22", "Lima", LIMA),
            "Return to India": _e("2026-09-23", None, KOLKATA),
        },
        "stops": [("Lima", "2026-09-20", "2026-09-23")],
        "contacts": [
            ("Vinita Sharma", "विनीता शर्मा", "Principal Secretary, Industries and Energy", "", "delegation"),
            (
                "Sandeep Kulkarni",
                "संदीप कुलकर्णी",
                "Chief Executive Officer",
                "Maharashtra Industrial Development Corporation",
                "delegation",
            ),
            ("Rodrigo Salazar", "", "Executive Director", "ProInversión", "host"),
            ("Lucía Paredes", "", "President", "National Fisheries Society", "host"),
        ],
    },
    "rules13_people_hi_bulletin_ka_chile": {
        "published": None,
        "language": "hi",
        "head": "Mines and Geology Minister S. S. Mallikarjun",
        "year": 2026,
        "span": ("2026-10-14", "2026-10-17"),
        "engagements": {
            "Arrival in Santiago": _e("2026-10-14", "Santiago", SANTIAGO),
            "Meeting with Codelco": _e("2026-10-15", "Santiago", SANTIAGO),
            "Visit to University of Chile": _e("2026-10-16", "Santiago", SANTIAGO),
            "Return to India": _e("2026-10-17", None, KOLKATA),
        },
        "stops": [("Santiago", "2026-10-14", "2026-10-17")],
        "contacts": [
            ("Harish Gowda", "हरीश गौड़ा", "Secretary, Commerce and Industries", "", "delegation"),
            ("Felipe Muñoz", "फेलिपे मुनोज़", "Director", "Codelco", "host"),
            ("Isabel Rojas", "इसाबेल रोखास", "Dean, Faculty of Mining", "University of Chile", "host"),
        ],
    },
    "rules13_people_hi_order_jh_uganda": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sanjay Prasad Yadav",
        "year": 2026,
        "span": ("2026-07-07", "2026-07-10"),
        "engagements": {
            "Arrival in Kampala": _e("2026-07-07", "Kampala", KAMPALA),
            "Meeting with Uganda Investment Authority": _e("2026-07-08", "Kampala", KAMPALA),
            "Visit to Uganda Silk Farmers Cooperative": _e("2026-07-09", "Kampala", KAMPALA),
            "Return to India": _e("2026-07-10", None, KOLKATA),
        },
        "stops": [("Kampala", "2026-07-07", "2026-07-10")],
        "contacts": [
            (
                "Arvind Kumar Minj",
                "अरविंद कुमार मिंज",
                "Sericulture Director",
                "Industries Department",
                "delegation",
            ),
            ("Poonam Toppo", "पूनम टोप्पो", "Handicrafts Commissioner", "Industries Department", "delegation"),
        ],
    },
    "rules13_people_hi_news_od_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Fisheries Minister Gokulananda Mallik",
        "year": 2026,
        "span": ("2026-03-23", "2026-03-27"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-03-23", "Hanoi", SAIGON),
            "Meeting with Vietnam Association of Seafood Exporters and Producers": _e(
                "2026-03-24", "Hanoi", SAIGON
            ),
            "Departure for Ho Chi Minh City": _e("2026-03-25", "Ho Chi Minh City", SAIGON),
            "Visit to Minh Phu Seafood": _e("2026-03-26", "Ho Chi Minh City", SAIGON),
            "Return to India": _e("2026-03-27", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-03-23", "2026-03-25"), ("Ho Chi Minh City", "2026-03-25", "2026-03-27")],
        "contacts": [
            (
                "Prashant Kumar Behera",
                "प्रशांत कुमार बेहेरा",
                "Cashew Director",
                "Agriculture Department",
                "delegation",
            ),
            (
                "Rashmi Ranjan Das",
                "रश्मि रंजन दास",
                "Shrimp Commissioner",
                "Fisheries Department",
                "delegation",
            ),
            ("Tran Van Hieu", "", "Vice President", "Minh Phu Seafood", "host"),
        ],
    },
    "rules13_people_en_release_ka_fiji": {
        "published": None,
        "language": "en",
        "head": "Sugar Minister Shivanand Patil",
        "year": 2026,
        "span": ("2026-05-04", "2026-05-07"),
        "engagements": {
            "Arrival in Suva": _e("2026-05-04", "Suva", FIJI),
            "Meeting with Ministry of Sugar Industry": _e("2026-05-05", "Suva", FIJI),
            "Meeting with Fiji Sugar Corporation": _e("2026-05-05", "Suva", FIJI),
            "Visit to Lautoka sugar mill": _e("2026-05-06", "Lautoka", FIJI),
            "Return to India": _e("2026-05-07", None, KOLKATA),
        },
        "stops": [("Suva", "2026-05-04", "2026-05-07")],
        "contacts": [
            ("Salote Naivalu", "", "Minister", "Ministry of Sugar Industry", "host"),
            ("Mr. Viliame Tuilau", "", "Chief Executive", "Fiji Sugar Corporation", "host"),
            ("Girish Hosur", "", "Sugar Commissioner", "", "delegation"),
        ],
    },
    "rules13_people_en_wire_gj_tonga": {
        "published": None,
        "language": "en",
        "head": "Minister Raghavji Patel",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-16"),
        "engagements": {
            "Arrival in Nuku‘alofa": _e("2026-09-14", "Nuku‘alofa", TONGA),
            "Meeting with Ministry of Agriculture, Food and Forests": _e("2026-09-15", "Nuku‘alofa", TONGA),
            "Visit to Tonga Vanilla Growers Association": _e("2026-09-15", "Nuku‘alofa", TONGA),
            "Meeting with Tonga Chamber of Commerce and Industry": _e("2026-09-16", "Nuku‘alofa", TONGA),
            "Return to India": _e("2026-09-16", None, KOLKATA),
        },
        "stops": [("Nuku‘alofa", "2026-09-14", "2026-09-16")],
        "contacts": [
            ("Tevita Fifita", "", "Minister", "Ministry of Agriculture, Food and Forests", "host"),
            ("Mele Tuipulotu", "", "Chairperson", "Tonga Vanilla Growers Association", "host"),
            ("Anju Sharma", "", "Additional Chief Secretary (Agriculture)", "", "delegation"),
        ],
    },
    "rules13_people_en_interview_wb_senegal": {
        "published": None,
        "language": "en",
        "head": "Textiles Minister Shashi Panja",
        "year": 2027,
        "span": ("2027-01-27", "2027-01-31"),
        "engagements": {
            "Arrival in Dakar": _e("2027-01-27", "Dakar", DAKAR),
            "Meeting with Ministry of Trade": _e("2027-01-28", "Dakar", DAKAR),
            "Visit to Port of Dakar": _e("2027-01-29", "Dakar", DAKAR),
            "Meeting with Senegal Chamber of Commerce": _e("2027-01-30", "Dakar", DAKAR),
            "Return to India": _e("2027-01-31", None, KOLKATA),
        },
        "stops": [("Dakar", "2027-01-27", "2027-01-31")],
        "contacts": [
            ("Mr. Abdoulaye Ndiaye", "", "Minister of Trade", "Ministry of Trade", "host"),
            ("Aissatou Faye", "", "Commercial Director", "Port of Dakar", "host"),
            ("Debashis Roy", "", "Textiles Secretary", "", "delegation"),
            ("Paromita Sen", "", "", "West Bengal Jute Corporation", "delegation"),
        ],
    },
    "rules13_people_en_diary_pb_ecuador": {
        "published": None,
        "language": "en",
        "head": "Horticulture Minister Mohinder Bhagat",
        "year": 2026,
        "span": ("2026-10-11", "2026-10-14"),
        "engagements": {
            "Arrival in Guayaquil": _e("2026-10-11", "Guayaquil", GUAYAQUIL),
            "Meeting with Ministry of Agriculture and Livestock": _e("2026-10-12", "Guayaquil", GUAYAQUIL),
            "Visit to Banana Exporters Association": _e("2026-10-12", "Guayaquil", GUAYAQUIL),
            "Visit to Costa Verde Frutas": _e("2026-10-13", "Machala", GUAYAQUIL),
            "Return to India": _e("2026-10-14", None, KOLKATA),
        },
        "stops": [("Guayaquil", "2026-10-11", "2026-10-14")],
        "contacts": [
            (
                "Carlos Andrés Mora",
                "",
                "Minister of Agriculture",
                "Ministry of Agriculture and Livestock",
                "host",
            ),
            ("Rosa Villacís", "", "President", "Banana Exporters Association", "host"),
            ("Shailender Kaur", "", "Horticulture Director", "", "delegation"),
        ],
    },
}
