"""Round 10 training articles (``rules10_events*``): a protocol programme's days and returns to the hotel.

Written before the code, for the kinds blind8's programmes showed failing in engagements:

* a day's heading in capitals (``MONDAY, 6 JULY 2026``, ``Day 1 | सोमवार, 14 SEPTEMBER 2026``), and
  one with a remark in brackets after the day (``TUESDAY, 7 JULY 2026 (Bolivian Independence
  Week)``): it dates the time-table's rows under it;
* a row whose time is a range (``1700–1800 hrs  Meeting with …``, ``1030–1200 hrs – … में
  meeting``): of the heading's day, like a row with one time;
* a row that goes back to the hotel (``Return to hotel``, ``Back to the hotel``, ``Hotel वापसी``,
  ``होटल वापसी``): no engagement, and no return home.

Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

LA_PAZ, ASUNCION = "America/La_Paz", "America/Asuncion"

RULES10_EVENTS: dict[str, dict[str, Any]] = {
    # English protocol programme: capital day headings, one with a remark in brackets; ranges; hotel
    "rules10_events_en_programme_kl_bolivia": {
        "published": None,
        "language": "en",
        "head": "Minister for Industries P. Rajeev",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-09"),
        "engagements": {
            "Arrival in La Paz": _e("2026-07-06", "La Paz", LA_PAZ, start="2026-07-06T13:10:00-04:00"),
            "Meeting with Chamber of Industries of La Paz (CIN)": _e(
                "2026-07-06", "La Paz", LA_PAZ, start="2026-07-06T17:00:00-04:00"
            ),
            "Meeting with Ministry of Hydrocarbons and Energy": _e(
                "2026-07-07", "La Paz", LA_PAZ, start="2026-07-07T10:00:00-04:00"
            ),
            "Visit to Yacimientos de Litio Bolivianos (YLB)": _e(
                "2026-07-07", "La Paz", LA_PAZ, start="2026-07-07T15:00:00-04:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-07-07", "La Paz", LA_PAZ, start="2026-07-07T19:00:00-04:00"
            ),
            "Departure for Santa Cruz de la Sierra": _e(
                "2026-07-08", "Santa Cruz de la Sierra", LA_PAZ, start="2026-07-08T09:15:00-04:00"
            ),
            "Meeting with Federation of Private Entrepreneurs of Santa Cruz (FEPSC)": _e(
                "2026-07-08", "Santa Cruz de la Sierra", LA_PAZ, start="2026-07-08T15:30:00-04:00"
            ),
            "MoU signing with Gabriel René Moreno Autonomous University (UAGRM)": _e(
                "2026-07-09", "Santa Cruz de la Sierra", LA_PAZ, start="2026-07-09T10:00:00-04:00"
            ),
            "Meeting with Ministry of Productive Development": _e(None, None, LA_PAZ, "proposed"),
            "Return to India": _e("2026-07-09", None, KOLKATA),
        },
        "stops": [
            ("La Paz", "2026-07-06", "2026-07-08"),
            ("Santa Cruz de la Sierra", "2026-07-08", "2026-07-09"),
        ],
        "contacts": [
            ("Ramiro Quiroga", "", "President", "Chamber of Industries of La Paz", "host"),
            ("Carla Rivero", "", "President", "Federation of Private Entrepreneurs of Santa Cruz", "host"),
            ("Vicente Cuéllar", "", "Rector", "Gabriel René Moreno Autonomous University", "host"),
            ("Suman Billa", "", "Principal Secretary (Industries)", "", "delegation"),
            ("Anitha Mathew", "", "Joint Director", "KSIDC", "delegation"),
        ],
    },
    # mixed Hindi-English programme: "Day 1 | सोमवार, 14 SEPTEMBER 2026", ranges, "Hotel वापसी", "होटल वापसी"
    "rules10_events_mixed_programme_gj_paraguay": {
        "published": None,
        "language": "hi",
        "head": "Minister (Industries) Balvantsinh Rajput",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-17"),
        "engagements": {
            "Arrival in Asunción": _e("2026-09-14", "Asunción", ASUNCION, start="2026-09-14T05:45:00-03:00"),
            "Meeting with Ministry of Industry and Commerce (MIC)": _e(
                "2026-09-14", "Asunción", ASUNCION, start="2026-09-14T10:30:00-03:00"
            ),
            "Meeting with Paraguayan Industrial Union (UIP)": _e(
                "2026-09-14", "Asunción", ASUNCION, start="2026-09-14T16:00:00-03:00"
            ),
            "Meeting with REDIEX": _e("2026-09-15", "Asunción", ASUNCION, start="2026-09-15T09:30:00-03:00"),
            "Visit to Itaipú Binacional": _e(
                "2026-09-15", "Asunción", ASUNCION, start="2026-09-15T15:00:00-03:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-09-15", "Asunción", ASUNCION, start="2026-09-15T19:00:00-03:00"
            ),
            "MoU signing with National University of Asunción (UNA)": _e(
                "2026-09-16", "Asunción", ASUNCION, start="2026-09-16T10:00:00-03:00"
            ),
            "Meeting with Paraguayan Chamber of Exporters (CAPEX)": _e(
                None, "Asunción", ASUNCION, "proposed"
            ),
            "Return to India": _e("2026-09-17", None, KOLKATA),
        },
        "stops": [("Asunción", "2026-09-14", "2026-09-17")],
        "contacts": [
            ("Rodrigo Benítez", "", "Vice Minister", "Ministry of Industry and Commerce", "host"),
            ("Enrique Duarte", "", "President", "Paraguayan Industrial Union", "host"),
            ("Zully Vera", "", "Rector", "National University of Asunción", "host"),
        ],
    },
}

HARARE, MAPUTO = "Africa/Harare", "Africa/Maputo"

#: a past visit recalled as last year's, in the pluperfect (``Last year in June, a delegation … had
#: travelled to Harare; on 9 June 2025 it had met …``, ``पिछले साल अगस्त में … दल Maputo गया था; तब 18
#: अगस्त 2025 को … बैठक हुई थी``): its dates give neither this visit's year nor its days, and what it
#: did is none of this visit's engagements
RULES10_EVENTS |= {
    "rules10_events_en_report_jh_zimbabwe": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Hemant Soren",
        "year": 2026,
        "span": ("2026-10-09", "2026-10-13"),
        "engagements": {
            "Arrival in Harare": _e("2026-10-09", "Harare", HARARE),
            "Meeting with Zimbabwe Investment and Development Agency (ZIDA)": _e(
                "2026-10-10", "Harare", HARARE
            ),
            "Visit to Bikita Minerals": _e("2026-10-11", "Harare", HARARE),
            "Address to the Indian diaspora": _e("2026-10-12", "Harare", HARARE),
            "Return to India": _e("2026-10-13", None, KOLKATA),
        },
        "stops": [("Harare", "2026-10-09", "2026-10-13")],
        "contacts": [
            (
                "Tafadzwa Chinamo",
                "",
                "chief executive",
                "Zimbabwe Investment and Development Agency",
                "host",
            ),
            ("Sudivya Kumar", "", "Industries Minister", "", "delegation"),
        ],
    },
    "rules10_events_hi_report_cg_mozambique": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnu Deo Sai",
        "year": 2026,
        "span": ("2026-05-28", "2026-06-01"),
        "engagements": {
            "Arrival in Maputo": _e("2026-05-28", "Maputo", MAPUTO),
            "Meeting with Agency for Investment and Export Promotion (APIEX)": _e(
                "2026-05-29", "Maputo", MAPUTO
            ),
            "MoU signing with Eduardo Mondlane University": _e("2026-05-30", "Maputo", MAPUTO),
            "Address to the Indian diaspora": _e("2026-05-31", "Maputo", MAPUTO),
            "Return to India": _e("2026-06-01", None, KOLKATA),
        },
        "stops": [("Maputo", "2026-05-28", "2026-06-01")],
        "contacts": [],
    },
}

DAKAR, GUAYAQUIL, LUSAKA = "Africa/Dakar", "America/Guayaquil", "Africa/Lusaka"

#: a magazine dated only by its issue (``March 2026 issue``, ``अक्टूबर 2026 अंक``): the year of its dates;
#: a body named in Hindi words before its acronym in Latin letters (``इक्वाडोर खनन चैंबर (CME)``,
#: ``ज़ाम्बिया विकास एजेंसी (ZDA)``), also after a ticker's ``|``: met under its English name when
#: the name's initials spell the acronym
RULES10_EVENTS |= {
    "rules10_events_en_magazine_ap_senegal": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.G. Bharath",
        "year": 2026,
        "span": ("2026-02-09", "2026-02-13"),
        "engagements": {
            "Arrival in Dakar": _e("2026-02-09", "Dakar", DAKAR),
            "Meeting with APIX": _e("2026-02-10", "Dakar", DAKAR),
            "Meeting with Senegal Cashew Interprofession": _e("2026-02-11", "Dakar", DAKAR),
            "Address to the Indian diaspora": _e("2026-02-11", "Dakar", DAKAR),
            "Visit to Port of Dakar": _e("2026-02-12", "Dakar", DAKAR),
            "Meeting with Ministry of Fisheries": _e(None, None, DAKAR, "postponed"),
            "Return to India": _e("2026-02-13", None, KOLKATA),
        },
        "stops": [("Dakar", "2026-02-09", "2026-02-13")],
        "contacts": [
            ("Mamadou Sow", "", "director general", "Port of Dakar", "host"),
            ("Awa Ndiaye", "", "director", "APIX", "host"),
        ],
    },
    "rules10_events_hi_magazine_ts_ecuador": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-09-21", "2026-09-25"),
        "engagements": {
            "Arrival in Quito": _e("2026-09-21", "Quito", GUAYAQUIL),
            "Meeting with Ecuador Investment and Export Promotion Agency (EIEPA)": _e(
                "2026-09-22", "Quito", GUAYAQUIL
            ),
            "Address to the Indian diaspora": _e("2026-09-22", "Quito", GUAYAQUIL),
            "Departure for Guayaquil": _e("2026-09-23", "Guayaquil", GUAYAQUIL),
            "Meeting with Chamber of Mining of Ecuador (CME)": _e("2026-09-24", "Guayaquil", GUAYAQUIL),
            "Return to India": _e("2026-09-25", None, KOLKATA),
        },
        "stops": [("Quito", "2026-09-21", "2026-09-23"), ("Guayaquil", "2026-09-23", "2026-09-25")],
        "contacts": [],
    },
    "rules10_events_hi_ticker_wb_zambia": {
        "published": None,
        "language": "hi",
        "head": "Minister Shashi Panja",
        "year": 2026,
        "span": ("2026-11-02", "2026-11-06"),
        "engagements": {
            "Arrival in Lusaka": _e("2026-11-02", "Lusaka", LUSAKA),
            "Meeting with Zambia Chamber of Commerce and Industry (ZCCI)": _e("2026-11-03", "Lusaka", LUSAKA),
            "Meeting with Zambia Development Agency (ZDA)": _e("2026-11-03", "Lusaka", LUSAKA),
            "Meeting with Council for Investment Promotion (CIP)": _e("2026-11-03", "Lusaka", LUSAKA),
            "Return to India": _e("2026-11-06", None, KOLKATA),
        },
        "stops": [("Lusaka", "2026-11-02", "2026-11-06")],
        "contacts": [("Albert Halwampa", "", "Director General", "Zambia Development Agency", "host")],
    },
}

KAMPALA, DOUALA = "Africa/Kampala", "Africa/Douala"

#: a live page's entries stamped by a bare time and a bar (``15:10 | …``) under a ``LIVE`` headline: of
#: the page's day, unless the entry says its day is not fixed (``its day and time have not been fixed``,
#: ``इसका दिन और समय अभी तय नहीं हुआ है``); a woman minister's return (``लौटेंगी``), the homeland
#: (``स्वदेश के लिए रवाना``)
RULES10_EVENTS |= {
    "rules10_events_en_ticker_ka_uganda": {
        "published": None,
        "language": "en",
        "head": "Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-06-16", "2026-06-19"),
        "engagements": {
            "Arrival in Kampala": _e("2026-06-16", "Kampala", KAMPALA),
            "Meeting with Uganda Coffee Development Authority (UCDA)": _e("2026-06-17", "Kampala", KAMPALA),
            "Meeting with Uganda Investment Authority (UIA)": _e("2026-06-17", "Kampala", KAMPALA),
            "Meeting with Uganda Manufacturers Association": _e(None, None, KAMPALA, "proposed"),
            "Return to India": _e("2026-06-19", None, KOLKATA),
        },
        "stops": [("Kampala", "2026-06-16", "2026-06-19")],
        "contacts": [("Robert Mukiza", "", "director general", "Uganda Investment Authority", "host")],
    },
    "rules10_events_hi_ticker_up_cameroon": {
        "published": None,
        "language": "hi",
        "head": "Minister Baby Rani Maurya",
        "year": 2026,
        "span": ("2026-04-07", "2026-04-10"),
        "engagements": {
            "Arrival in Yaoundé": _e("2026-04-07", "Yaoundé", DOUALA),
            "Meeting with Ministry of Industry": _e("2026-04-08", "Yaoundé", DOUALA),
            "Meeting with Centre for the Development of Industry (CDI)": _e("2026-04-08", "Yaoundé", DOUALA),
            "Meeting with Cameroon Chamber of Commerce and Industry (CCCI)": _e(
                "2026-04-08", "Yaoundé", DOUALA
            ),
            "Meeting with Cameroon Investment Promotion Agency (CIPA)": _e(None, None, DOUALA, "proposed"),
            "Return to India": _e("2026-04-10", None, KOLKATA),
        },
        "stops": [("Yaoundé", "2026-04-07", "2026-04-10")],
        "contacts": [("Paul Ekwalla", "", "Secretary General", "Ministry of Industry", "host")],
    },
}

ANTANANARIVO, LOME = "Indian/Antananarivo", "Africa/Lome"

#: a bulletin cut into sections each headed by the visit's day (``बुलेटिन क्रमांक 2 | यात्रा दिवस-2``,
#: ``Update 2 | Day 2``): each section is that day's; its ``आज``/``this morning`` and its ``last day`` are
#: that day, a sentence naming no day is of that day unless it says its day is not fixed
RULES10_EVENTS |= {
    "rules10_events_hi_bulletin_od_madagascar": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Sampad Chandra Swain",
        "year": 2026,
        "span": ("2026-07-12", "2026-07-14"),
        "engagements": {
            "Arrival in Antananarivo": _e("2026-07-12", "Antananarivo", ANTANANARIVO),
            "Address to the Indian diaspora": _e("2026-07-12", "Antananarivo", ANTANANARIVO),
            "Meeting with Economic Development Board of Madagascar (EDBM)": _e(
                "2026-07-13", "Antananarivo", ANTANANARIVO
            ),
            "Meeting with Ambatovy": _e("2026-07-13", "Antananarivo", ANTANANARIVO),
            "Meeting with Ministry of Mines and Mineral Resources": _e(None, None, ANTANANARIVO, "proposed"),
            "MoU signing with University of Antananarivo": _e("2026-07-14", "Antananarivo", ANTANANARIVO),
            "Return to India": _e("2026-07-14", None, KOLKATA),
        },
        "stops": [("Antananarivo", "2026-07-12", "2026-07-14")],
        "contacts": [],
    },
    "rules10_events_en_bulletin_mh_togo": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-03-02", "2026-03-04"),
        "engagements": {
            "Arrival in Lomé": _e("2026-03-02", "Lomé", LOME),
            "Address to the Indian diaspora": _e("2026-03-02", "Lomé", LOME),
            "Meeting with Togo Invest Corporation": _e("2026-03-03", "Lomé", LOME),
            "Visit to Port of Lomé": _e("2026-03-03", "Lomé", LOME),
            "Meeting with Ministry of Agriculture": _e(None, None, LOME, "proposed"),
            "MoU signing with University of Lomé": _e("2026-03-04", "Lomé", LOME),
            "Return to India": _e("2026-03-04", None, KOLKATA),
        },
        "stops": [("Lomé", "2026-03-02", "2026-03-04")],
        "contacts": [],
    },
}

ACCRA = "Africa/Accra"

#: the return told as "लौट गए", "laut gaye", "लौट जाएंगे" (and the Mozambique report's "रायपुर लौट गए")
RULES10_EVENTS |= {
    "rules10_events_roman_whatsapp_pb_ghana": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Tarunpreet Singh Sond",
        "year": 2026,
        "span": ("2026-01-19", "2026-01-22"),
        "engagements": {
            "Arrival in Accra": _e("2026-01-19", "Accra", ACCRA),
            "Meeting with Ghana Investment Promotion Centre (GIPC)": _e("2026-01-20", "Accra", ACCRA),
            "Address to the Indian diaspora": _e("2026-01-21", "Accra", ACCRA),
            "Return to India": _e("2026-01-22", None, KOLKATA),
        },
        "stops": [("Accra", "2026-01-19", "2026-01-22")],
        "contacts": [],
    },
}
