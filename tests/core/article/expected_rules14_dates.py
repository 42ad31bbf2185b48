"""Round 14 training articles (``rules14_dates_*``): filled by the round's dates work.

Written before any rule, each rule in at least two articles:

* a bare weekday after the text has told the visit's first day and its day home (``landed … on
  Monday, September 14, 2026, and flew back home on Friday, the 18th``, ``… को पहुँचे और गुरुवार, 11
  जून को स्वदेश लौट आए``) is that weekday within the visit, not the one after the day home nor the one
  before a publication date weeks later (``when.visitweek``): a podcast's show notes in English
  with a publication date two weeks after the visit, a proposed meeting with no date (Zimbabwe); a
  Hindi magazine's question-and-answer interview under a ``जुलाई 2026 अंक`` masthead (Nepal);
* a correction's struck date gives way to the one it corrects: a date after ``not``/``rather
  than``/``न कि`` or before ``को नहीं``/``nahi`` is no day of the engagement, and a sentence telling
  what the earlier report said gives no day at all (``when.corrected``): an exporters' bulletin's
  corrigendum in English (``on the 17th, not the 18th``, ``not on 20 November but on 19 November``,
  ``Our earlier report said …``) (Cameroon); a mixed-script web correction (``22 अप्रैल को नहीं,
  बल्कि 21 अप्रैल को``, ``23 अप्रैल को हस्ताक्षर हुए, न कि 24 अप्रैल को``) (Bhutan);
* a weekday cut short with its day of the month in running text, where a date goes (``on Sun 12``,
  ``On Mon 13,``, ``Wed 9 को``, ``Sat 7 ko``, ``Tue 10 ki subah``) is that weekday the day named, in the
  month around the story (``dates._SHORT_DAY_SAID``): an English explainer with an ``Updated:`` line
  (Madagascar); a Roman-Hindi WhatsApp update dated ``Vientiane, 10 November 2026`` (Laos);
* a flash service's items, each under a stamp with a label, a day and month with no year and a time
  in Indian time (``FLASH | 12 Oct, 22:40 IST``, ``अपडेट | 3 मई, 23:20 IST``), are on the stamp's day in
  the year of the masthead's dates, the stamp's time being no engagement's; ``Today's``/``आज की`` in an
  item is the stamp's day (``reading.live``): an English wire's flash desk with a city item between
  (Panama); a Hindi agency's update desk (Jamaica).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

HARARE, KATHMANDU, DOUALA, THIMPHU = "Africa/Harare", "Asia/Kathmandu", "Africa/Douala", "Asia/Thimphu"
ANTANANARIVO, VIENTIANE = "Indian/Antananarivo", "Asia/Vientiane"
PANAMA, JAMAICA = "America/Panama", "America/Jamaica"

RULES14_DATES: dict[str, dict[str, Any]] = {
    # podcast show notes published 2 October: arrival and day home told first, then bare weekdays
    "rules14_dates_en_podcast_hr_zimbabwe": {
        "published": None,
        "language": "en",
        "head": "Agriculture Minister Kanwar Pal Dahiya",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Harare": _e("2026-09-14", "Harare", HARARE),
            "Meeting with Zimbabwe Farmers Union": _e("2026-09-15", "Harare", HARARE),
            "Visit to Kutsaga Research Station": _e("2026-09-16", "Harare", HARARE),
            "MoU signing with University of Zimbabwe": _e("2026-09-17", "Harare", HARARE),
            "Meeting with Tobacco Industry and Marketing Board": _e(None, None, HARARE, "proposed"),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("Harare", "2026-09-14", "2026-09-18")],
        "contacts": [
            ("Tendai Moyo", "", "President", "Zimbabwe Farmers Union", "host"),
            ("Prof. Rudo Chikwanha", "", "Dean of Agriculture", "University of Zimbabwe", "host"),
        ],
    },
    # Hindi magazine interview, "जुलाई 2026 अंक": arrival and day home in one answer, then weekdays
    "rules14_dates_hi_magazine_up_nepal": {
        "published": None,
        "language": "hi",
        "head": "उद्यान मंत्री रामेश्वर प्रसाद वर्मा",
        "year": 2026,
        "span": ("2026-06-07", "2026-06-11"),
        "engagements": {
            "Arrival in Kathmandu": _e("2026-06-07", "Kathmandu", KATHMANDU),
            "Meeting with Federation of Nepalese Chambers of Commerce and Industry": _e(
                "2026-06-08", "Kathmandu", KATHMANDU
            ),
            "Visit to Kirtipur Horticulture Farm": _e("2026-06-09", "Kathmandu", KATHMANDU),
            "MoU signing with Agriculture and Forestry University": _e("2026-06-10", "Kathmandu", KATHMANDU),
            "Return to India": _e("2026-06-11", None, KOLKATA),
        },
        "stops": [("Kathmandu", "2026-06-07", "2026-06-11")],
        "contacts": [
            (
                "Prakash Maharjan",
                "",
                "President",
                "Federation of Nepalese Chambers of Commerce and Industry",
                "host",
            ),
            ("Dr. Sarita Adhikari", "", "Vice-Chancellor", "Agriculture and Forestry University", "host"),
        ],
    },
    # corrigendum: "on the 17th, not the 18th", "not on 20 November but on 19 November", "Our earlier
    # report said … on 22 November. It flew home on 20 November."
    "rules14_dates_en_corrigendum_ka_cameroon": {
        "published": None,
        "language": "en",
        "head": "Commerce Minister B. S. Nagendra",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-20"),
        "engagements": {
            "Arrival in Douala": _e("2026-11-16", "Douala", DOUALA),
            "Meeting with Cameroon Coffee and Cocoa Interprofessional Council": _e(
                "2026-11-17", "Douala", DOUALA
            ),
            "Visit to Port of Douala": _e("2026-11-18", "Douala", DOUALA),
            "MoU signing with Douala Chamber of Agriculture": _e("2026-11-19", "Douala", DOUALA),
            "Return to India": _e("2026-11-20", None, KOLKATA),
        },
        "stops": [("Douala", "2026-11-16", "2026-11-20")],
        "contacts": [
            (
                "Emmanuel Nkemba",
                "",
                "President",
                "Cameroon Coffee and Cocoa Interprofessional Council",
                "host",
            ),
            ("Odile Mbarga", "", "Secretary General", "Douala Chamber of Agriculture", "host"),
        ],
    },
    # mixed-script correction: "22 अप्रैल को नहीं, बल्कि 21 अप्रैल को", "न कि 24 अप्रैल को"
    "rules14_dates_mixed_correction_rj_bhutan": {
        "published": None,
        "language": "hi",
        "head": "पर्यटन मंत्री दिव्या सिंह चौहान",
        "year": 2026,
        "span": ("2026-04-20", "2026-04-24"),
        "engagements": {
            "Arrival in Thimphu": _e("2026-04-20", "Thimphu", THIMPHU),
            "Meeting with Tourism Council of Bhutan": _e("2026-04-21", "Thimphu", THIMPHU),
            "Visit to Royal Textile Academy": _e("2026-04-22", "Thimphu", THIMPHU),
            "MoU signing with Druk Hospitality Institute": _e("2026-04-23", "Thimphu", THIMPHU),
            "Return to India": _e("2026-04-24", None, KOLKATA),
        },
        "stops": [("Thimphu", "2026-04-20", "2026-04-24")],
        "contacts": [
            ("Karma Wangchuk", "", "Director General", "Tourism Council of Bhutan", "host"),
        ],
    },
    # explainer updated 15 July: "on Sun 12", "On Mon 13,", "On Tue 14,", "On Thu 16", "on Fri 17."
    "rules14_dates_en_explainer_mp_madagascar": {
        "published": None,
        "language": "en",
        "head": "Forest Minister Rajendra Singh Parmar",
        "year": 2026,
        "span": ("2026-07-12", "2026-07-17"),
        "engagements": {
            "Arrival in Antananarivo": _e("2026-07-12", "Antananarivo", ANTANANARIVO),
            "Meeting with Madagascar Vanilla Exporters Group": _e("2026-07-13", "Antananarivo", ANTANANARIVO),
            "Visit to Ambohimanga Forest Research Centre": _e("2026-07-14", "Antananarivo", ANTANANARIVO),
            "MoU signing with University of Antananarivo": _e("2026-07-16", "Antananarivo", ANTANANARIVO),
            "Meeting with Ministry of Environment": _e(None, None, ANTANANARIVO, "proposed"),
            "Return to India": _e("2026-07-17", None, KOLKATA),
        },
        "stops": [("Antananarivo", "2026-07-12", "2026-07-17")],
        "contacts": [
            ("Haja Rakotondrabe", "", "Chairman", "Madagascar Vanilla Exporters Group", "host"),
            ("Dr. Voahangy Ranaivoson", "", "Rector", "University of Antananarivo", "host"),
        ],
    },
    # Roman-Hindi WhatsApp update dated "Vientiane, 10 November 2026": "Sat 7 ko", "Tue 10 ki subah"
    "rules14_dates_roman_whatsapp_wb_laos": {
        "published": None,
        "language": "hi",
        "head": "Shilpa Mantri Shubhankar Ghosh",
        "year": 2026,
        "span": ("2026-11-07", "2026-11-12"),
        "engagements": {
            "Arrival in Vientiane": _e("2026-11-07", "Vientiane", VIENTIANE),
            "Meeting with Lao National Chamber of Commerce and Industry": _e(
                "2026-11-09", "Vientiane", VIENTIANE
            ),
            "Visit to Lao Silk Weavers Cooperative": _e("2026-11-10", "Vientiane", VIENTIANE),
            "MoU signing with Lao Handicraft Association": _e("2026-11-11", "Vientiane", VIENTIANE),
            "Return to India": _e("2026-11-12", None, KOLKATA),
        },
        "stops": [("Vientiane", "2026-11-07", "2026-11-12")],
        "contacts": [
            ("Somphone Keomany", "", "President", "Lao National Chamber of Commerce and Industry", "host"),
        ],
    },
    # a flash service's items, "FLASH | 12 Oct, 22:40 IST" over each: the stamp's day, not its time; "Today's"
    # in an item is the day of its stamp
    "rules14_dates_en_flash_ka_panama": {
        "published": None,
        "language": "en",
        "head": "Ports Minister M. S. Hanumanthaiah",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-16"),
        "engagements": {
            "Arrival in Panama City": _e(
                "2026-10-12", "Panama City", PANAMA, start="2026-10-12T11:10:00-05:00"
            ),
            "Meeting with Panama Maritime Authority": _e("2026-10-13", "Panama City", PANAMA),
            "Visit to Panama Canal Miraflores Locks": _e("2026-10-14", "Panama City", PANAMA),
            "Visit to Port of Colón": _e("2026-10-15", "Colón", PANAMA, "cancelled"),
            "MoU signing with International Maritime University of Panama": _e(
                "2026-10-15", "Panama City", PANAMA
            ),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [("Panama City", "2026-10-12", "2026-10-16")],
        "contacts": [
            ("Eduardo Castillo", "", "Administrator", "Panama Maritime Authority", "host"),
            ("Rosa Delgado", "", "Deputy Administrator", "Panama Canal", "host"),
            ("Dr. Luis Arosemena", "", "Rector", "International Maritime University of Panama", "host"),
        ],
    },
    # Hindi update desk, "अपडेट | 3 मई, 23:20 IST" over each item; "आज की … यात्रा रद्द" on its stamp's day
    "rules14_dates_hi_flash_tn_jamaica": {
        "published": None,
        "language": "hi",
        "head": "मत्स्य मंत्री के. पलनिवेल",
        "year": 2027,
        "span": ("2027-05-03", "2027-05-07"),
        "engagements": {
            "Arrival in Kingston": _e("2027-05-03", "Kingston", JAMAICA),
            "Meeting with Jamaica Fisheries Authority": _e("2027-05-04", "Kingston", JAMAICA),
            "Visit to Port Royal Fish Landing Centre": _e("2027-05-05", "Kingston", JAMAICA),
            "Visit to Ocho Rios": _e("2027-05-06", "Ocho Rios", JAMAICA, "cancelled"),
            "MoU signing with University of the West Indies": _e("2027-05-06", "Kingston", JAMAICA),
            "Return to India": _e("2027-05-07", None, KOLKATA),
        },
        "stops": [("Kingston", "2027-05-03", "2027-05-07")],
        "contacts": [
            ("Marcus Whyte", "", "Director General", "Jamaica Fisheries Authority", "host"),
            ("Prof. Janice Morgan", "", "", "University of the West Indies", "host"),
        ],
    },
}
