"""Round 15 training articles (``rules15_people_*``): filled by the round's people work.

Written before any rule, each rule in at least two articles.

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.

Rule 1, a Balinese name (``I Made Sudarsana``, ``Ni Luh Putu Ariani``, ``Ketut Suryani``): the
gender word ``I``/``Ni`` opens it, and the birth-order and caste words (Wayan, Made, Nyoman, Ketut,
Luh, Gusti, Ngurah, …) do not count towards the words a name may have (``who/balinese.py``):

* ``rules15_people_en_release_tn_lombok``: a state government's English press release; "with its
  Head, I Gusti Ngurah Wirawan,", "Chairperson Ni Made Ayu Wahyuni showed", "whose President I Wayan
  Gede Sudiarta offered";
* ``rules15_people_mixed_report_gj_surabaya``: a Hindi news report with Latin names; "में प्रमुख Ni
  Luh Kadek Sriani के साथ बैठक", "General Manager I Ketut Adi Pranata ने", "के अध्यक्ष Komang Arya
  Wibisana से".

Rule 2, a list of the delegation's members: a line that opens with ``Members:``, ``Delegation:``,
``सदस्य:``, ``दल के सदस्य:``, or the lines right under a heading that names them (``Members of the
delegation``, ``D. Delegation list``, ``प्रतिनिधिमंडल के सदस्य``), up to a blank line: whoever it names is
of the delegation, though the body of their role was not met (``who/members.py``):

* ``rules15_people_en_officeorder_mh_morocco``: a state department's office order in English, a
  numbered list under "Members of the delegation" ("2. Ajay Kulkarni, President, Agri Inputs Exporters
  Forum", "3. Nashik Engineering Cluster — Chairperson Ms. Meera Joshi");
* ``rules15_people_hi_pressnote_rj_uzbekistan``: a Devanagari press note whose last line opens with
  "सदस्य:" ("… Jaipur Textile Exporters Forum की सचिव Neha Agarwal").

Rule 3, the writer of a post who was in the delegation: a post opens with its writer's name and a
separator (``Anand Menon · Follow``, ``Sravani Reddy • @sravani_builds``), the writer's headline on
that line or the next (``Managing Director, Malabar Spice Exports | Kochi``, ``Co-founder & CEO at
PayPatch``), and the writer says in the first person that they went with the delegation ("I was part
of the Kerala delegation", "main … IT delegation ka hissa thi", "मुझे … delegation के साथ"): the writer
is a member, with the role and body of the headline (``who/writer.py``):

* ``rules15_people_en_blogpost_kl_fiji``: an exporter's blog post in English;
* ``rules15_people_roman_xthread_tg_estonia``: a founder's numbered thread in Roman Hindi.

Rule 4, the speaker of a recorded quote in a broadcast script: a cue (``BYTE``, ``SOT``, ``SYNC``,
``ACTUALITY``, ``बाइट``) and the speaker in brackets or after a colon, with a role and a body
(``ACTUALITY (Hery Rakotomalala, Director General, Economic Development Board of Madagascar):``): the
speaker is a contact with that role and body, a member when the body is the home state's
(``who/speakers.py``):

* ``rules15_people_en_radioscript_ka_madagascar``: a radio bulletin's script in English;
* ``rules15_people_hi_videoscript_up_mozambique``: a news site's video script in Hindi.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

MAKASSAR, JAKARTA = "Asia/Makassar", "Asia/Jakarta"
CASABLANCA, TASHKENT = "Africa/Casablanca", "Asia/Tashkent"
FIJI, TALLINN = "Pacific/Fiji", "Europe/Tallinn"
TANA, MAPUTO = "Indian/Antananarivo", "Africa/Maputo"

RULES15_PEOPLE: dict[str, dict[str, Any]] = {
    "rules15_people_en_release_tn_lombok": {
        "published": None,
        "language": "en",
        "head": "Tourism Minister R. Rajendran",
        "year": 2027,
        "span": ("2027-05-12", "2027-05-15"),
        "engagements": {
            "Arrival in Mataram": _e("2027-05-12", "Mataram", MAKASSAR),
            "Meeting with West Nusa Tenggara Tourism Office": _e("2027-05-13", "Mataram", MAKASSAR),
            "Visit to Sukarara Weaving Cooperative": _e("2027-05-14", "Mataram", MAKASSAR),
            "Meeting with Lombok Hotel Association": _e("2027-05-14", "Mataram", MAKASSAR),
            "Return to India": _e("2027-05-15", None, KOLKATA),
        },
        "stops": [("Mataram", "2027-05-12", "2027-05-15")],
        "contacts": [
            ("I Gusti Ngurah Wirawan", "", "Head", "West Nusa Tenggara Tourism Office", "host"),
            ("Ni Made Ayu Wahyuni", "", "Chairperson", "Sukarara Weaving Cooperative", "host"),
            ("I Wayan Gede Sudiarta", "", "President", "Lombok Hotel Association", "host"),
            ("Dr. K. Manivasan", "", "Principal Secretary (Tourism)", "", "delegation"),
        ],
    },
    "rules15_people_mixed_report_gj_surabaya": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2027,
        "span": ("2027-07-19", "2027-07-21"),
        "engagements": {
            "Arrival in Surabaya": _e("2027-07-19", "Surabaya", JAKARTA),
            "Meeting with East Java Investment and One-Stop Service Office": _e(
                "2027-07-20", "Surabaya", JAKARTA
            ),
            "Visit to Tanjung Perak Port": _e("2027-07-20", "Surabaya", JAKARTA),
            "Meeting with Surabaya Chamber of Commerce": _e("2027-07-21", "Surabaya", JAKARTA),
            "Return to India": _e("2027-07-21", None, KOLKATA),
        },
        "stops": [("Surabaya", "2027-07-19", "2027-07-21")],
        "contacts": [
            ("Ni Luh Kadek Sriani", "", "Head", "East Java Investment and One-Stop Service Office", "host"),
            ("I Ketut Adi Pranata", "", "General Manager", "Tanjung Perak Port", "host"),
            ("Komang Arya Wibisana", "", "Chairman", "Surabaya Chamber of Commerce", "host"),
            ("Mamta Verma", "ममता वर्मा", "Additional Chief Secretary (Industries)", "", "delegation"),
        ],
    },
    "rules15_people_en_officeorder_mh_morocco": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": 2027,
        "span": ("2027-03-15", "2027-03-19"),
        "engagements": {
            "Arrival in Casablanca": _e("2027-03-15", "Casablanca", CASABLANCA),
            "Meeting with Moroccan Investment and Export Development Agency (AMDIE)": _e(
                "2027-03-16", "Rabat", CASABLANCA
            ),
            "Visit to Renault Tanger Med": _e("2027-03-17", "Tangier", CASABLANCA),
            "Meeting with Casablanca-Settat Chamber of Commerce, Industry and Services": _e(
                "2027-03-18", "Casablanca", CASABLANCA
            ),
            "Return to India": _e("2027-03-19", None, KOLKATA),
        },
        "stops": [("Casablanca", "2027-03-15", "2027-03-19")],
        "contacts": [
            (
                "Ali Seddiki",
                "",
                "Director General",
                "Moroccan Investment and Export Development Agency (AMDIE)",
                "host",
            ),
            ("Karim Benjelloun", "", "Managing Director", "Renault Tanger Med", "host"),
            ("Dr. Harshdeep Kamble", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Ajay Kulkarni", "", "President", "Agri Inputs Exporters Forum", "delegation"),
            ("Ms. Meera Joshi", "", "Chairperson", "Nashik Engineering Cluster", "delegation"),
        ],
    },
    "rules15_people_hi_pressnote_rj_uzbekistan": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Rajyavardhan Singh Rathore",
        "year": 2027,
        "span": ("2027-09-14", "2027-09-17"),
        "engagements": {
            "Arrival in Tashkent": _e("2027-09-14", "Tashkent", TASHKENT),
            "Meeting with Ministry of Investment, Industry and Trade": _e("2027-09-15", "Tashkent", TASHKENT),
            "Visit to Samarkand Free Economic Zone": _e("2027-09-16", "Samarkand", TASHKENT),
            "Return to India": _e("2027-09-17", None, KOLKATA),
        },
        "stops": [("Tashkent", "2027-09-14", "2027-09-17")],
        "contacts": [
            ("Laziz Kudratov", "", "Deputy Minister", "Ministry of Investment, Industry and Trade", "host"),
            ("Rohit Kumar", "रोहित कुमार", "Industries Commissioner", "", "delegation"),
            ("Sunil Bhandari", "", "President", "Marble and Granite Processors Association", "delegation"),
            ("Neha Agarwal", "", "Secretary", "Jaipur Textile Exporters Forum", "delegation"),
        ],
    },
    "rules15_people_en_blogpost_kl_fiji": {
        "published": None,
        "language": "en",
        "head": "Agriculture Minister P. Prasad",
        "year": 2027,
        "span": ("2027-08-09", "2027-08-13"),
        "engagements": {
            "Arrival in Suva": _e("2027-08-09", "Suva", FIJI),
            "Meeting with Investment Fiji": _e("2027-08-10", "Suva", FIJI),
            "Visit to Fiji Ginger Growers Cooperative": _e("2027-08-11", "Navua", FIJI),
            "MoU signing with Ministry of Agriculture and Waterways": _e("2027-08-12", "Suva", FIJI),
            "Return to India": _e("2027-08-13", None, KOLKATA),
        },
        "stops": [("Suva", "2027-08-09", "2027-08-13")],
        "contacts": [
            ("Kamal Chetty", "", "CEO", "Investment Fiji", "host"),
            ("Jone Ratu", "", "Chairman", "Fiji Ginger Growers Cooperative", "host"),
            ("Dr. B. Ashok", "", "Agriculture Secretary", "", "delegation"),
            ("Anand Menon", "", "Managing Director", "Malabar Spice Exports", "delegation"),
        ],
    },
    "rules15_people_roman_xthread_tg_estonia": {
        "published": None,
        "language": "hi",
        "head": "IT Minister D. Sridhar Babu",
        "year": 2027,
        "span": ("2027-09-14", "2027-09-17"),
        "engagements": {
            "Arrival in Tallinn": _e("2027-09-14", "Tallinn", TALLINN),
            "Meeting with Enterprise Estonia": _e("2027-09-15", "Tallinn", TALLINN),
            "MoU signing with University of Tartu": _e("2027-09-16", "Tartu", TALLINN),
            "Return to India": _e("2027-09-17", None, KOLKATA),
        },
        "stops": [("Tallinn", "2027-09-14", "2027-09-17")],
        "contacts": [
            ("Marten Kask", "", "CEO", "Enterprise Estonia", "host"),
            ("Jayesh Ranjan", "", "IT Secretary", "", "delegation"),
            ("Sravani Reddy", "", "Co-founder & CEO", "PayPatch", "delegation"),
        ],
    },
    "rules15_people_en_radioscript_ka_madagascar": {
        "published": None,
        "language": "en",
        "head": "Industries Minister M. B. Patil",
        "year": 2027,
        "span": ("2027-11-08", "2027-11-13"),
        "engagements": {
            "Arrival in Antananarivo": _e("2027-11-08", "Antananarivo", TANA),
            "Meeting with Economic Development Board of Madagascar": _e("2027-11-09", "Antananarivo", TANA),
            "Visit to Ambatovy": _e("2027-11-10", "Toamasina", TANA),
            "MoU signing with University of Antananarivo": _e("2027-11-11", "Antananarivo", TANA),
            "Return to India": _e("2027-11-13", None, KOLKATA),
        },
        "stops": [("Antananarivo", "2027-11-08", "2027-11-13")],
        "contacts": [
            (
                "Hery Rakotomalala",
                "",
                "Director General",
                "Economic Development Board of Madagascar",
                "host",
            ),
            ("Rekha Shenoy", "", "President", "Karnataka Exporters Association", "delegation"),
        ],
    },
    "rules15_people_hi_videoscript_up_mozambique": {
        "published": None,
        "language": "hi",
        "head": "Industrial Development Minister Nand Gopal Gupta Nandi",
        "year": 2027,
        "span": ("2027-11-29", "2027-12-04"),
        "engagements": {
            "Arrival in Maputo": _e("2027-11-29", "Maputo", MAPUTO),
            "Meeting with Agency for Investment and Export Promotion (APIEX)": _e(
                "2027-11-30", "Maputo", MAPUTO
            ),
            "Visit to Maputo Port": _e("2027-12-01", "Maputo", MAPUTO),
            "Meeting with Mozambique Chamber of Commerce": _e("2027-12-02", "Maputo", MAPUTO),
            "Return to India": _e("2027-12-04", None, KOLKATA),
        },
        "stops": [("Maputo", "2027-11-29", "2027-12-04")],
        "contacts": [
            ("Lourenço Sambo", "", "Director General", "APIEX", "host"),
            ("Arvind Mishra", "", "President", "Uttar Pradesh Dal Mill Association", "delegation"),
        ],
    },
}
