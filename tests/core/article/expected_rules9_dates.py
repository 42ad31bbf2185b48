"""Round 9 training articles (``rules9_dates*``): which day each engagement is on.

Written before any rule, one kind of dating each rule must read, every kind in at least two:

* a paragraph keeps its day: a sentence with no date of its own (``There the minister toured …``,
  ``It was signed at …``, ``वहां उन्होंने …``, ``बैठक के बाद … रवाना हुआ``) is on the day the paragraph
  last named, unless it is about another visit (``will have to wait for his next visit``, ``अगली यात्रा
  में होगी``, ``left for a future visit``), which stays unscheduled (Denmark, Thailand, Bulgaria,
  Belgium);
* an English sentence whose date comes after an apposition (``met Invest in Denmark, the foreign
  ministry's agency, the same afternoon``): the date is the engagement's though a comma stands
  between (Denmark, Bulgaria);
* ``December the 27th``: the month, ``the`` and an ordinal day (Denmark, Bulgaria);
* a report that opens on the last day (1 January) and goes back to the start (``29 December``, had
  arrived): the earlier days are in the year before, not eleven months later; the dates of another
  visit (``from 12 to 15 May 2025``, ``10 मार्च 2025``) give neither the year nor a day of this one
  (Denmark, Thailand);
* an e-paper's two-cell line under the headline (``Lucknow | Wednesday, 14 October 2026``) is the
  publication date, ``Day 3 … today`` puts the visit's first day two days before it, ``बीते दिन`` is
  the day before it, ``पहुंची थीं`` and ``returned`` are told in the past (Bulgaria, Belgium, Thailand,
  Denmark);
* a live blog whose posting times stand on a line of their own (``10:40 PM IST``) over the entry:
  the entry is on the day of the page (``Last updated: September 16, 2026``, ``अपडेटेड: 22 अक्टूबर
  2026``) unless it names another; what is "under discussion" keeps none (Latvia, Brazil).

Same shape as ``expected5.BLIND5``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

COPENHAGEN, BANGKOK, SOFIA, BRUSSELS = "Europe/Copenhagen", "Asia/Bangkok", "Europe/Sofia", "Europe/Brussels"
RIGA, SAO_PAULO = "Europe/Riga", "America/Sao_Paulo"

RULES9_DATES: dict[str, dict[str, Any]] = {
    # business daily published Monday 4 January 2027: returned on Saturday = 2 January; the report
    # opens on 1 January and goes back to 27 December 2026; the May 2025 trip is another visit
    "rules9_dates_en_bizreport_kl_denmark": {
        "published": dt.date(2027, 1, 4),
        "language": "en",
        "head": "Industries Minister P. Rajeeve",
        "year": None,
        "span": ("2026-12-27", "2027-01-02"),
        "engagements": {
            "MoU signing with Arla Foods": _e("2027-01-01", "Aarhus", COPENHAGEN),
            "Arrival in Copenhagen": _e("2026-12-27", "Copenhagen", COPENHAGEN),
            "Meeting with Invest in Denmark": _e("2026-12-27", "Copenhagen", COPENHAGEN),
            "Meeting with Ørsted": _e("2026-12-28", "Copenhagen", COPENHAGEN),
            "Visit to Technical University of Denmark (DTU)": _e("2026-12-28", "Copenhagen", COPENHAGEN),
            "Meeting with Maersk": _e(None, None, COPENHAGEN, "postponed"),
            "Departure for Aarhus": _e("2026-12-30", "Aarhus", COPENHAGEN),
            "Visit to Port of Aarhus": _e("2026-12-30", "Aarhus", COPENHAGEN),
            "Return to India": _e("2027-01-02", None, KOLKATA),
        },
        "stops": [("Copenhagen", "2026-12-27", "2026-12-30"), ("Aarhus", "2026-12-30", "2027-01-02")],
        "contacts": [
            ("Henrik Sørensen", "", "Executive Vice-President", "Arla Foods", "host"),
            ("Camilla Holm", "", "Director", "Invest in Denmark", "host"),
            ("Mette Lund", "", "Senior Vice-President", "Ørsted", "host"),
            ("Anders Nygaard", "", "Chief Executive", "Port of Aarhus", "host"),
            ("A. P. M. Mohammed Hanish", "", "Principal Secretary (Industries)", "", "delegation"),
            ("S. Harikishore", "", "Managing Director", "KSIDC", "delegation"),
        ],
    },
    # agency copy dated 2 January 2027 (Saturday): the MoU on Friday 1 January, then back to the arrival
    # on 29 December 2026; बीते दिन = 1 January; the March 2025 trip is another visit; Thai Airways waits
    # for the next one
    "rules9_dates_hi_newyear_br_thailand": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Nitish Mishra",
        "year": 2027,
        "span": ("2026-12-29", "2027-01-03"),
        "engagements": {
            "MoU signing with Tourism Authority of Thailand (TAT)": _e("2027-01-01", "Bangkok", BANGKOK),
            "Arrival in Bangkok": _e("2026-12-29", "Bangkok", BANGKOK),
            "Meeting with Board of Investment of Thailand (BOI)": _e("2026-12-30", "Bangkok", BANGKOK),
            "Meeting with Thai Chamber of Commerce": _e("2026-12-30", "Bangkok", BANGKOK),
            "Address to the Indian diaspora": _e("2027-01-01", "Bangkok", BANGKOK),
            "Meeting with Thai Airways": _e(None, None, BANGKOK, "postponed"),
            "Return to India": _e("2027-01-03", None, KOLKATA),
        },
        "stops": [("Bangkok", "2026-12-29", "2027-01-03")],
        "contacts": [
            ("Thapanee Kiatphaibool", "थपनी कियतफाइबूल", "Governor", "Tourism Authority of Thailand", "host"),
            (
                "Narit Therdsteerasukdi",
                "नरित थेर्दस्टीरासुकदी",
                "Secretary General",
                "Board of Investment of Thailand",
                "host",
            ),
            ("Sanan Angubolkul", "सनान अंगुबोलकुल", "Chairman", "Thai Chamber of Commerce", "host"),
            ("Sandeep Poundrik", "संदीप पौंड्रिक", "Principal Secretary", "Industries Department", "delegation"),
        ],
    },
    # e-paper line "Lucknow | Wednesday, 14 October 2026": today = 14 (day three, so day one = 12),
    # Tuesday = 13 (past), tomorrow = 15, Friday = 16 (ahead); Sopharma is left for a future visit
    "rules9_dates_en_midvisit_up_bulgaria": {
        "published": None,
        "language": "en",
        "head": "Industrial Development Minister Nand Gopal Gupta Nandi",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-16"),
        "engagements": {
            "Visit to Trakia Economic Zone": _e("2026-10-14", "Plovdiv", SOFIA),
            "Meeting with Plovdiv Chamber of Commerce and Industry": _e("2026-10-14", "Plovdiv", SOFIA),
            "Meeting with Sopharma": _e(None, None, SOFIA, "postponed"),
            "Arrival in Sofia": _e("2026-10-12", "Sofia", SOFIA),
            "Meeting with InvestBulgaria Agency": _e("2026-10-12", "Sofia", SOFIA),
            "Meeting with Bulgarian Industrial Association (BIA)": _e("2026-10-13", "Sofia", SOFIA),
            "Departure for Plovdiv": _e("2026-10-13", "Plovdiv", SOFIA),
            "Address to the Indian diaspora": _e("2026-10-15", "Plovdiv", SOFIA),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [("Sofia", "2026-10-12", "2026-10-13"), ("Plovdiv", "2026-10-13", "2026-10-16")],
        "contacts": [
            ("Plamen Panchev", "", "Chief Executive", "Trakia Economic Zone", "host"),
            ("Ivan Dimitrov", "", "President", "Plovdiv Chamber of Commerce and Industry", "host"),
            ("Maria Petrova", "", "Executive Director", "InvestBulgaria Agency", "host"),
            ("Radosvet Radev", "", "Chairman", "Bulgarian Industrial Association", "host"),
            (
                "Alok Kumar",
                "",
                "Additional Chief Secretary (Infrastructure and Industrial Development)",
                "",
                "delegation",
            ),
        ],
    },
    # e-paper line "चंडीगढ़ | गुरुवार, 19 नवंबर 2026": आज = 19 (दौरे के तीसरे दिन, so day one = 17),
    # मंगलवार = 17 (पहुंची थीं), बीते दिन = 18 and the train to Antwerp after that meeting, कल = 20,
    # शनिवार = 21; Janssen waits for the next visit
    "rules9_dates_hi_midvisit_hr_belgium": {
        "published": None,
        "language": "hi",
        "head": "Industries and Commerce Minister Arti Singh Rao",
        "year": 2026,
        "span": ("2026-11-17", "2026-11-21"),
        "engagements": {
            "Visit to Port of Antwerp-Bruges": _e("2026-11-19", "Antwerp", BRUSSELS),
            "Meeting with Janssen Pharmaceutica": _e(None, None, BRUSSELS, "postponed"),
            "Arrival in Brussels": _e("2026-11-17", "Brussels", BRUSSELS),
            "Meeting with Flanders Investment & Trade (FIT)": _e("2026-11-18", "Brussels", BRUSSELS),
            "Departure for Antwerp": _e("2026-11-18", "Antwerp", BRUSSELS),
            "Address to the Indian diaspora": _e("2026-11-20", "Antwerp", BRUSSELS),
            "Return to India": _e("2026-11-21", None, KOLKATA),
        },
        "stops": [("Brussels", "2026-11-17", "2026-11-18"), ("Antwerp", "2026-11-18", "2026-11-21")],
        "contacts": [
            ("Jacques Vandermeiren", "", "Chief Executive Officer", "Port of Antwerp-Bruges", "host"),
            ("Claire Tillekaerts", "", "CEO", "Flanders Investment & Trade", "host"),
            (
                "Vikas Gupta",
                "विकास गुप्ता",
                "Additional Chief Secretary",
                "Industries Department",
                "delegation",
            ),
        ],
    },
    # live blog last updated Wednesday 16 September 2026: the stamped entries are that day, tomorrow =
    # 17, Saturday = 19, Monday = 14, Tuesday = 15 (past); airBaltic has no date
    "rules9_dates_en_liveblog_wb_latvia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Shashi Panja",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-19"),
        "engagements": {
            "Address to the Indian diaspora": _e("2026-09-17", "Riga", RIGA),
            "Return to India": _e("2026-09-19", None, KOLKATA),
            "Meeting with Latvian Chamber of Commerce and Industry (LTRK)": _e("2026-09-16", "Riga", RIGA),
            "MoU signing with Freeport of Riga Authority": _e("2026-09-16", "Riga", RIGA),
            "Visit to Riga Technical University": _e("2026-09-16", "Riga", RIGA),
            "Arrival in Riga": _e("2026-09-14", "Riga", RIGA),
            "Meeting with Investment and Development Agency of Latvia (LIAA)": _e("2026-09-15", "Riga", RIGA),
            "Meeting with airBaltic": _e(None, None, RIGA, "proposed"),
        },
        "stops": [("Riga", "2026-09-14", "2026-09-19")],
        "contacts": [
            ("Aigars Rostovskis", "", "President", "Latvian Chamber of Commerce and Industry", "host"),
            ("Ansis Zeltiņš", "", "Chief Executive", "Freeport of Riga Authority", "host"),
            ("Tālis Juhna", "", "Rector", "Riga Technical University", "host"),
            ("Kaspars Rožkalns", "", "Director", "Investment and Development Agency of Latvia", "host"),
        ],
    },
    # Hindi live blog updated 22 October 2026 (Thursday): the stamped entries are that day, कल = 23
    # (Brasília), शनिवार = 24, मंगलवार 20 October (arrival), बुधवार = 21 (past)
    "rules9_dates_mixed_liveblog_mh_brazil": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-10-20", "2026-10-24"),
        "engagements": {
            "Departure for Brasília": _e("2026-10-23", "Brasília", SAO_PAULO),
            "Meeting with ApexBrasil": _e("2026-10-23", "Brasília", SAO_PAULO),
            "Return to India": _e("2026-10-24", None, KOLKATA),
            "Meeting with Federation of Industries of the State of São Paulo (FIESP)": _e(
                "2026-10-22", "São Paulo", SAO_PAULO
            ),
            "MoU signing with Embraer": _e("2026-10-22", "São Paulo", SAO_PAULO),
            "Arrival in São Paulo": _e("2026-10-20", "São Paulo", SAO_PAULO),
            "Visit to Natura": _e("2026-10-21", "São Paulo", SAO_PAULO),
        },
        "stops": [("São Paulo", "2026-10-20", "2026-10-23"), ("Brasília", "2026-10-23", "2026-10-24")],
        "contacts": [
            ("Jorge Viana", "", "President", "ApexBrasil", "host"),
            ("Josué Gomes", "", "President", "Federation of Industries of the State of São Paulo", "host"),
            ("Francisco Gomes Neto", "", "CEO", "Embraer", "host"),
        ],
    },
}
