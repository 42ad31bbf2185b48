"""Round 16 training articles (``rules16_people_*``): filled by the round's people work.

Written before any rule, each rule in at least two articles.

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.

Rule 1, a Roman Hindi role whose final ``a`` is dropped: the table spells a word that ends in a
conjunct with its inherent vowel (``adhyaksha`` अध्यक्ष, ``upadhyaksha`` उपाध्यक्ष, ``sanyukta``
संयुक्त), but reports often write it without (``Chamber ke adhyaksh X``, ``Bandargah ke upadhyaksh
X``); such a word is read as the Hindi word, so the role and its person are found
(``reading/roman.py``, ``_lookup``):

* ``rules16_people_roman_radiobulletin_wb_chile``: a regional radio news bulletin in Roman Hindi;
  "Chamber ke adhyaksh Ricardo Fuentes ne", "Bandargah ke upadhyaksh Camila Rojas ne";
* ``rules16_people_roman_podcastnotes_kl_uruguay``: a podcast's time-stamped show notes in Roman
  Hindi; "Agency ki adhyaksh Lucía Pereira ne", "Cooperative ke adhyaksh Martín Suárez ne".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

SANTIAGO, MONTEVIDEO = "America/Santiago", "America/Montevideo"

RULES16_PEOPLE: dict[str, dict[str, Any]] = {
    "rules16_people_roman_radiobulletin_wb_chile": {
        "published": dt.date(2027, 4, 9),
        "language": "hi",
        "head": "Industries Minister Shashi Panja",
        "year": 2027,
        "span": ("2027-04-05", "2027-04-10"),
        "engagements": {
            "Arrival in Santiago": _e("2027-04-05", "Santiago", SANTIAGO),
            "Meeting with Santiago Chamber of Commerce": _e("2027-04-06", "Santiago", SANTIAGO),
            "Visit to Port of Valparaíso": _e("2027-04-07", "Valparaíso", SANTIAGO),
            "Return to India": _e("2027-04-10", None, KOLKATA),
        },
        "stops": [("Santiago", "2027-04-05", "2027-04-10")],
        "contacts": [
            ("Ricardo Fuentes", "", "Chairman", "Santiago Chamber of Commerce", "host"),
            ("Camila Rojas", "", "Vice Chairman", "Port of Valparaíso", "host"),
        ],
    },
    "rules16_people_roman_podcastnotes_kl_uruguay": {
        "published": None,
        "language": "hi",
        "head": "Fisheries Minister Saji Cherian",
        "year": 2027,
        "span": ("2027-10-14", "2027-10-17"),
        "engagements": {
            "Arrival in Montevideo": _e("2027-10-14", "Montevideo", MONTEVIDEO),
            "Meeting with Uruguay XXI": _e("2027-10-15", "Montevideo", MONTEVIDEO),
            "Visit to Cooperativa Pesquera del Este": _e("2027-10-16", "Punta del Este", MONTEVIDEO),
            "Return to India": _e("2027-10-17", None, KOLKATA),
        },
        "stops": [("Montevideo", "2027-10-14", "2027-10-17")],
        "contacts": [
            ("Lucía Pereira", "", "Chairman", "Uruguay XXI", "host"),
            ("Martín Suárez", "", "Chairman", "Cooperativa Pesquera del Este", "host"),
        ],
    },
}
