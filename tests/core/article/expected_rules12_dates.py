"""Round 12 training articles (``rules12_dates_*``): the days the dates work of round 12 reads.

Written before any rule, each kind in at least two articles:

* a visit goes home once: a return told on a day before the visit's last (``रात को प्रतिनिधिमंडल
  राजधानी लौट आया`` after a day out, ``The team returned to the capital late that night``) is a way
  back to a base abroad, and the return told last is the one home: a Hindi report (Uruguay, a day
  out to Colonia del Sacramento) and an English dispatch (Ecuador, a day out to Guayaquil by air);
  the engagements after the day out stay in the visit;
* a day told by its weekday and the day of the month alone (``Day 1 | Tue 8:``, ``Sun 7:``), as a
  sidebar or a box "at a glance" lists a programme, is that day in the month around the report's
  date where it falls on that weekday: a mixed-script preview with a sidebar (Cambodia) and an
  English preview with a programme box (Greece);
* an engagement whose date stands before words saying its new date is not fixed yet (``इसकी नई तिथि
  अभी घोषित नहीं हुई है``, ``will now be held on a new date that is yet to be fixed``), with no date
  after them, was put off and has no date, though no word of the usual ones puts it off: a Hindi
  report (Denmark) and an English wire report (Estonia);
* a post of a thread or a diary's entry opened by its day and month in figures and a dash (``1/5
  "3/6 - Bishkek pahunch gaye``, ``8/9 - Landed in Baku``), and a day and month in figures before
  ``ko`` (``Kal 6/6 ko``), are those dates: a Roman Hindi thread quoted by a paper (Kyrgyzstan) and
  an English diary (Azerbaijan); the figures' month is no hour of a clock time after the dash
  (``4/6 - Subah 10 baje``, ``9/9 - 10 am:`` are at 10, not from 6 or 9 to 10);
* a weekday whose clause goes home by way of a city (``होते हुए``, ``hote hue``: passing through, no past)
  and says so in the future with ``जाएगा`` (``nikal jayega``, ``लौट जाएगा``) is the first such day after
  the report's date, not the last before it: a Roman Hindi update (Panama) and a Hindi report
  (Zimbabwe).

Same shape as ``expected7.BLIND7``; the conventions are ``expected7``'s and ``expected9``'s.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

MONTEVIDEO, GUAYAQUIL = "America/Montevideo", "America/Guayaquil"
PHNOM_PENH, ATHENS = "Asia/Phnom_Penh", "Europe/Athens"
COPENHAGEN, TALLINN = "Europe/Copenhagen", "Europe/Tallinn"
BISHKEK, BAKU = "Asia/Bishkek", "Asia/Baku"
PANAMA, HARARE = "America/Panama", "Africa/Harare"

RULES12_DATES: dict[str, dict[str, Any]] = {
    # Hindi report: a day out to Colonia del Sacramento, "रात को प्रतिनिधिमंडल राजधानी लौट आया", a
    # meeting in Montevideo the next day, home on the 18th
    "rules12_dates_hi_report_rj_uruguay": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Harinarayan Solanki",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Montevideo": _e("2026-09-14", "Montevideo", MONTEVIDEO),
            "Meeting with Uruguay XXI": _e("2026-09-15", "Montevideo", MONTEVIDEO),
            "Address to the Indian diaspora": _e("2026-09-15", "Montevideo", MONTEVIDEO),
            "Visit to Lácteos del Plata": _e("2026-09-16", "Colonia del Sacramento", MONTEVIDEO),
            "Meeting with Asociación Uruguaya de Energía Eólica": _e("2026-09-17", "Montevideo", MONTEVIDEO),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("Montevideo", "2026-09-14", "2026-09-18")],
        "contacts": [],
    },
    # English dispatch: a day out to Guayaquil by air, "returned to the capital late that night", an
    # MoU in Quito the next day, home on February 12
    "rules12_dates_en_dispatch_ka_ecuador": {
        "published": None,
        "language": "en",
        "head": "Horticulture Minister S. Raghavendra Gowda",
        "year": 2027,
        "span": ("2027-02-08", "2027-02-12"),
        "engagements": {
            "Arrival in Quito": _e("2027-02-08", "Quito", GUAYAQUIL),
            "Meeting with ProEcuador": _e("2027-02-09", "Quito", GUAYAQUIL),
            "Address to the Indian diaspora": _e("2027-02-09", "Quito", GUAYAQUIL),
            "Visit to Pacífico Acuícola": _e("2027-02-10", "Guayaquil", GUAYAQUIL),
            "MoU signing with Universidad Andina Verde": _e("2027-02-11", "Quito", GUAYAQUIL),
            "Return to India": _e("2027-02-12", None, KOLKATA),
        },
        "stops": [("Quito", "2027-02-08", "2027-02-12")],
        "contacts": [
            ("Rosa Villacís", "", "Managing Director", "Pacífico Acuícola", "host"),
        ],
    },
    # mixed-script preview dated 5 December 2026: the days only in a sidebar, "Day 1 | Tue 8:"
    "rules12_dates_mixed_sidebar_pb_cambodia": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Gurpreet Singh Dhillon",
        "year": 2026,
        "span": ("2026-12-08", "2026-12-11"),
        "engagements": {
            "Arrival in Phnom Penh": _e("2026-12-08", "Phnom Penh", PHNOM_PENH),
            "Meeting with Council for the Development of Cambodia": _e(
                "2026-12-08", "Phnom Penh", PHNOM_PENH
            ),
            "Meeting with Cambodia Rice Federation": _e("2026-12-09", "Phnom Penh", PHNOM_PENH),
            "Address to the Indian diaspora": _e("2026-12-09", "Phnom Penh", PHNOM_PENH),
            "MoU signing with Royal University of Agriculture": _e("2026-12-10", "Phnom Penh", PHNOM_PENH),
            "Return to India": _e("2026-12-11", None, KOLKATA),
        },
        "stops": [("Phnom Penh", "2026-12-08", "2026-12-11")],
        "contacts": [
            (
                "Harjinder Kaur Sandhu",
                "",
                "Managing Director",
                "Punjab Agro Industries Corporation",
                "delegation",
            ),
        ],
    },
    # English preview dated March 2, 2027: the days only in a box, "Sun 7: arrival in Athens; …"
    "rules12_dates_en_glance_tg_greece": {
        "published": None,
        "language": "en",
        "head": "IT Minister K. Venkat Ramana Rao",
        "year": 2027,
        "span": ("2027-03-07", "2027-03-10"),
        "engagements": {
            "Arrival in Athens": _e("2027-03-07", "Athens", ATHENS),
            "Meeting with Enterprise Greece": _e("2027-03-07", "Athens", ATHENS),
            "Meeting with Hellenic Federation of Enterprises (SEV)": _e("2027-03-08", "Athens", ATHENS),
            "Address to the Indian diaspora": _e("2027-03-08", "Athens", ATHENS),
            "MoU signing with National Technical University of Athens": _e("2027-03-09", "Athens", ATHENS),
            "Return to India": _e("2027-03-10", None, KOLKATA),
        },
        "stops": [("Athens", "2027-03-07", "2027-03-10")],
        "contacts": [],
    },
    # Hindi report: the meeting of 17 June put off at the host's request, "इसकी नई तिथि अभी घोषित नहीं
    # हुई है"; the MoU the same day stands
    "rules12_dates_hi_report_gj_denmark": {
        "published": None,
        "language": "hi",
        "head": "Energy Minister Bharatsingh Parmar",
        "year": 2026,
        "span": ("2026-06-15", "2026-06-18"),
        "engagements": {
            "Arrival in Copenhagen": _e("2026-06-15", "Copenhagen", COPENHAGEN),
            "Meeting with Danish Energy Agency": _e("2026-06-16", "Copenhagen", COPENHAGEN),
            "Address to the Indian diaspora": _e("2026-06-16", "Copenhagen", COPENHAGEN),
            "Meeting with Nordvind Kabel": _e(None, "Copenhagen", COPENHAGEN, "postponed"),
            "MoU signing with Technical University of Denmark": _e("2026-06-17", "Copenhagen", COPENHAGEN),
            "Return to India": _e("2026-06-18", None, KOLKATA),
        },
        "stops": [("Copenhagen", "2026-06-15", "2026-06-18")],
        "contacts": [],
    },
    # English wire report of Thursday May 21: the round table "planned for Wednesday, will now be held
    # on a new date that is yet to be fixed"; the address that Wednesday stands
    "rules12_dates_en_wire_kl_estonia": {
        "published": None,
        "language": "en",
        "head": "IT Minister P. Suresh Kumar",
        "year": 2026,
        "span": ("2026-05-18", "2026-05-21"),
        "engagements": {
            "Arrival in Tallinn": _e("2026-05-18", "Tallinn", TALLINN),
            "Meeting with Enterprise Estonia": _e("2026-05-18", "Tallinn", TALLINN),
            "MoU signing with e-Governance Academy": _e("2026-05-19", "Tallinn", TALLINN),
            "Meeting with Estonian Association of Information Technology and Telecommunications": _e(
                None, "Tallinn", TALLINN, "postponed"
            ),
            "Address to the Indian diaspora": _e("2026-05-20", "Tallinn", TALLINN),
            "Return to India": _e("2026-05-21", None, KOLKATA),
        },
        "stops": [("Tallinn", "2026-05-18", "2026-05-21")],
        "contacts": [],
    },
    # Roman Hindi: a paper quotes a minister's thread, posts "n/5" opening on "3/6 - ", the last day
    # "Kal 6/6 ko … wapsi"
    "rules12_dates_roman_thread_br_kyrgyzstan": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Ashok Choudhary",
        "year": 2026,
        "span": ("2026-06-03", "2026-06-06"),
        "engagements": {
            "Arrival in Bishkek": _e("2026-06-03", "Bishkek", BISHKEK),
            "Meeting with Ministry of Economy and Commerce": _e(
                "2026-06-04", "Bishkek", BISHKEK, start="2026-06-04T10:00:00+06:00"
            ),
            "Meeting with Kyrgyz Agro Export Union": _e("2026-06-05", "Bishkek", BISHKEK),
            "Address to the Indian diaspora": _e("2026-06-05", "Bishkek", BISHKEK),
            "Return to India": _e("2026-06-06", None, KOLKATA),
        },
        "stops": [("Bishkek", "2026-06-03", "2026-06-06")],
        "contacts": [("Sandeep Poundrik", "", "Industries Secretary", "", "delegation")],
    },
    # English diary: entries "8/9 - Landed in Baku …" to "11/9 - Flew back to Guwahati"; Dubai only a
    # change of planes
    "rules12_dates_en_diary_as_azerbaijan": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Bimal Bora",
        "year": 2026,
        "span": ("2026-09-08", "2026-09-11"),
        "engagements": {
            "Arrival in Baku": _e("2026-09-08", "Baku", BAKU, start="2026-09-08T16:00:00+04:00"),
            "Meeting with Azerbaijan Export and Investment Promotion Agency (AZPROMO)": _e(
                "2026-09-09", "Baku", BAKU, start="2026-09-09T10:00:00+04:00"
            ),
            "MoU signing with Caspian Tea House": _e("2026-09-10", "Baku", BAKU),
            "Address to the Indian diaspora": _e("2026-09-10", "Baku", BAKU),
            "Return to India": _e("2026-09-11", None, KOLKATA),
        },
        "stops": [("Baku", "2026-09-08", "2026-09-11")],
        "contacts": [],
    },
    # Roman Hindi update of Sunday 9 August: the days by weekday, "Somvaar ko dal Panama City se Bogota
    # hote hue Dilli ke liye nikal jayega"
    "rules12_dates_roman_update_hr_panama": {
        "published": None,
        "language": "hi",
        "head": "Agriculture Minister Shyam Singh Rana",
        "year": 2026,
        "span": ("2026-08-04", "2026-08-10"),
        "engagements": {
            "Arrival in Panama City": _e("2026-08-04", "Panama City", PANAMA),
            "Meeting with Ministry of Agricultural Development": _e("2026-08-05", "Panama City", PANAMA),
            "Address to the Indian diaspora": _e("2026-08-05", "Panama City", PANAMA),
            "Meeting with Panama Canal Authority": _e("2026-08-06", "Panama City", PANAMA),
            "Return to India": _e("2026-08-10", None, KOLKATA),
        },
        "stops": [("Panama City", "2026-08-04", "2026-08-10")],
        "contacts": [],
    },
    # Hindi report of Sunday 22 November: "प्रतिनिधिमंडल मंगलवार को Johannesburg होते हुए रांची लौट जाएगा"
    "rules12_dates_hi_report_jh_zimbabwe": {
        "published": None,
        "language": "hi",
        "head": "Minister Sudivya Kumar",
        "year": 2026,
        "span": ("2026-11-18", "2026-11-24"),
        "engagements": {
            "Arrival in Harare": _e("2026-11-18", "Harare", HARARE),
            "Meeting with Zimbabwe Investment and Development Agency": _e("2026-11-19", "Harare", HARARE),
            "Meeting with Chamber of Mines of Zimbabwe": _e("2026-11-20", "Harare", HARARE),
            "Address to the Indian diaspora": _e("2026-11-21", "Harare", HARARE),
            "Return to India": _e("2026-11-24", None, KOLKATA),
        },
        "stops": [("Harare", "2026-11-18", "2026-11-24")],
        "contacts": [],
    },
}
