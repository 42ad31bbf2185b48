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
Rule 2, a name of three words after a title and its portfolio, its given names common words
(``Minister of Industry and Trade Rosa Maria Chissano``, ``Secretary for Tourism Marie Claire
Payet``): the portfolio ends where a run of two or three capitalised words, none a portfolio word,
the last no common word, opens; before, only a name of two words was told from the portfolio, so
``Rosa`` was read as the portfolio's and the name lost a word (``who/officials.py``, ``_given_name``):

* ``rules16_people_en_chambernewsletter_tn_mozambique``: a chamber of commerce's members'
  newsletter in English; "Minister of Industry and Trade Rosa Maria Chissano outlined", "Director of
  Investment Grace Lurdes Macamo presented";
* ``rules16_people_hi_newsletter_gj_seychelles``: a state department's monthly newsletter in
  Devanagari with Latin names; "Minister for Fisheries Jean Paul Hoareau ने", "Secretary for Tourism
  Marie Claire Payet भी शामिल हुईं".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

SANTIAGO, MONTEVIDEO = "America/Santiago", "America/Montevideo"
MAPUTO, MAHE = "Africa/Maputo", "Indian/Mahe"

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
    "rules16_people_en_chambernewsletter_tn_mozambique": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T. R. B. Rajaa",
        "year": 2027,
        "span": ("2027-02-08", "2027-02-13"),
        "engagements": {
            "Arrival in Maputo": _e("2027-02-08", "Maputo", MAPUTO),
            "Meeting with Ministry of Industry and Trade": _e("2027-02-09", "Maputo", MAPUTO),
            "Visit to Maputo Cotton Ginnery": _e("2027-02-10", "Maputo", MAPUTO),
            "Meeting with Investment and Export Promotion Agency": _e("2027-02-11", "Maputo", MAPUTO),
            "Return to India": _e("2027-02-13", None, KOLKATA),
        },
        "stops": [("Maputo", "2027-02-08", "2027-02-13")],
        "contacts": [
            ("Rosa Maria Chissano", "", "Minister", "Ministry of Industry and Trade", "host"),
            ("Frank Tembe", "", "Plant Manager", "Maputo Cotton Ginnery", "host"),
            ("Grace Lurdes Macamo", "", "Director", "Investment and Export Promotion Agency", "host"),
        ],
    },
    "rules16_people_hi_newsletter_gj_seychelles": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2027,
        "span": ("2027-03-15", "2027-03-20"),
        "engagements": {
            "Arrival in Victoria": _e("2027-03-15", "Victoria", MAHE),
            "Meeting with Ministry of Fisheries": _e("2027-03-16", "Victoria", MAHE),
            "Visit to Seychelles Fishing Authority": _e("2027-03-17", "Victoria", MAHE),
            "Meeting with Seychelles Tourism Board": _e("2027-03-18", "Victoria", MAHE),
            "Return to India": _e("2027-03-20", None, KOLKATA),
        },
        "stops": [("Victoria", "2027-03-15", "2027-03-20")],
        "contacts": [
            ("Jean Paul Hoareau", "", "Minister", "Ministry of Fisheries", "host"),
            ("Joy Marie Laporte", "", "CEO", "Seychelles Fishing Authority", "host"),
            ("Marie Claire Payet", "", "Secretary", "Seychelles Tourism Board", "host"),
        ],
    },
}
