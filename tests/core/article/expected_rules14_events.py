"""Round 14 training articles (``rules14_events_*``): filled by the round's events work.

Written before any rule, each rule in at least two articles.

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7`` (GeoNames' English city names
and zones, undated engagements in the country's zone).

* A body's name whose words go on after a comma before its acronym (``Chamber of Commerce,
  Industry and Tourism of Namibia (CCIT)``, ``Federation of Chambers of Commerce, Industry and
  Agriculture (FCCIA)``, ``Institute for Research in Fisheries, Aquaculture and Oceanography
  (IRFAO)``): one name from its first word, whatever links its head (``of``, ``for``, ``in``) and
  whatever follows the list (``of Namibia``) (``who/commanames.py``):

  * a Hindi report (Devanagari with Latin names) on an agriculture visit to Tanzania (FCCIA);
  * an English release on a fisheries visit to Namibia (CCIT, IRFAO).

* A body's unit or plant that the delegation saw (``Korosho Bora की काजू प्रसंस्करण इकाई देखी``,
  ``Pwani Dengu का छंटाई संयंत्र देखा गया``, ``Tejidos Chiquitanos का dyeing plant देखने गए``): a
  visit to the body, though its name has no word for a body (``reading/seen.py``):

  * the Hindi report on Tanzania;
  * a mixed-script blog on an industries visit to Bolivia.

  The body itself seen, named right before the verb (``Adinkra Cocoa Cooperative dekha``, ``Grand
  Harbour Maritime Museum देखा``, ``Mediterranean Gaming Hub को देखा``), is a visit too:

  * a Roman Hindi diary of an agriculture visit to Ghana;
  * a Hindi bulletin on an IT visit to Malta.

* A signing told without its partner (``MoU signing ceremony हुई``, ``The signing took place on
  Thursday, May 13``) in an article whose only named signing is undated (a headline's ``MoU with
  Bolivian Textile Council``, a closing ``The memorandum with the Namibian Fish Processors
  Association covers …``) is that signing, on that day (``signings.py``):

  * the mixed-script blog on Bolivia;
  * the English release on Namibia.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

DAR, LA_PAZ, WINDHOEK = "Africa/Dar_es_Salaam", "America/La_Paz", "Africa/Windhoek"
ACCRA, MALTA = "Africa/Accra", "Europe/Malta"

RULES14_EVENTS: dict[str, dict[str, Any]] = {
    # Hindi report (14 February): a long chamber name before its acronym; two sites "देखी", "देखा गया"
    "rules14_events_hi_report_mp_tanzania": {
        "published": None,
        "language": "hi",
        "head": "कृषि मंत्री Kamal Patel",
        "year": 2027,
        "span": ("2027-02-08", "2027-02-12"),
        "engagements": {
            "Arrival in Dar es Salaam": _e("2027-02-08", "Dar es Salaam", DAR),
            "Meeting with Federation of Chambers of Commerce, Industry and Agriculture (FCCIA)": _e(
                "2027-02-09", "Dar es Salaam", DAR
            ),
            "Visit to Korosho Bora": _e("2027-02-10", "Dar es Salaam", DAR),
            "Visit to Pwani Dengu": _e("2027-02-11", "Dar es Salaam", DAR),
            "Return to India": _e("2027-02-12", None, KOLKATA),
        },
        "stops": [("Dar es Salaam", "2027-02-08", "2027-02-12")],
        "contacts": [],
    },
    # mixed-script blog (20 September): the headline's MoU partner, the signing told on its day alone
    "rules14_events_mixed_blog_rj_bolivia": {
        "published": None,
        "language": "hi",
        "head": "उद्योग मंत्री Rajyavardhan Rathore",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Santa Cruz de la Sierra": _e("2026-09-14", "Santa Cruz de la Sierra", LA_PAZ),
            "Visit to Alpaca Andina": _e("2026-09-15", "Santa Cruz de la Sierra", LA_PAZ),
            "MoU signing with Bolivian Textile Council": _e("2026-09-16", "Santa Cruz de la Sierra", LA_PAZ),
            "Visit to Tejidos Chiquitanos": _e("2026-09-17", "Santa Cruz de la Sierra", LA_PAZ),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("Santa Cruz de la Sierra", "2026-09-14", "2026-09-18")],
        "contacts": [],
    },
    # English release (17 May): long names before acronyms; the signing's partner told at the end
    "rules14_events_en_release_kl_namibia": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister Saji Cherian",
        "year": 2027,
        "span": ("2027-05-10", "2027-05-14"),
        "engagements": {
            "Arrival in Windhoek": _e("2027-05-10", "Windhoek", WINDHOEK),
            "Meeting with Chamber of Commerce, Industry and Tourism of Namibia (CCIT)": _e(
                "2027-05-11", "Windhoek", WINDHOEK
            ),
            "Meeting with Institute for Research in Fisheries, Aquaculture and Oceanography (IRFAO)": _e(
                "2027-05-12", "Windhoek", WINDHOEK
            ),
            "MoU signing with Namibian Fish Processors Association": _e("2027-05-13", "Windhoek", WINDHOEK),
            "Return to India": _e("2027-05-14", None, KOLKATA),
        },
        "stops": [("Windhoek", "2027-05-10", "2027-05-14")],
        "contacts": [],
    },
    # Roman Hindi diary (8 March): bodies seen, "X dekha"
    "rules14_events_roman_diary_gj_ghana": {
        "published": None,
        "language": "hi",
        "head": "Krishi Mantri Raghavji Patel",
        "year": 2027,
        "span": ("2027-03-01", "2027-03-05"),
        "engagements": {
            "Arrival in Accra": _e("2027-03-01", "Accra", ACCRA),
            "Meeting with Ghana Grains Council": _e("2027-03-02", "Accra", ACCRA),
            "Visit to Adinkra Cocoa Cooperative": _e("2027-03-03", "Accra", ACCRA),
            "Visit to Kente Weavers Guild": _e("2027-03-04", "Accra", ACCRA),
            "Return to India": _e("2027-03-05", None, KOLKATA),
        },
        "stops": [("Accra", "2027-03-01", "2027-03-05")],
        "contacts": [],
    },
    # Hindi bulletin (20 April): "X देखा", "X को देखा"
    "rules14_events_hi_bulletin_ts_malta": {
        "published": None,
        "language": "hi",
        "head": "आईटी मंत्री D. Sridhar Babu",
        "year": 2027,
        "span": ("2027-04-12", "2027-04-16"),
        "engagements": {
            "Arrival in Valletta": _e("2027-04-12", "Valletta", MALTA),
            "Meeting with Malta Enterprise": _e("2027-04-13", "Valletta", MALTA),
            "Visit to Grand Harbour Maritime Museum": _e("2027-04-14", "Valletta", MALTA),
            "Visit to Mediterranean Gaming Hub": _e("2027-04-15", "Valletta", MALTA),
            "Return to India": _e("2027-04-16", None, KOLKATA),
        },
        "stops": [("Valletta", "2027-04-12", "2027-04-16")],
        "contacts": [],
    },
}
