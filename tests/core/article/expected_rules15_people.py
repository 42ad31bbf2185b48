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
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

MAKASSAR, JAKARTA = "Asia/Makassar", "Asia/Jakarta"

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
}
