"""Round 10 training articles (``rules10_route*``): the route's own words, read as they are meant.

Written before any rule, each kind in at least two articles:

* a night halt is a stop, not a stop-over on the way: "made a night halt at Francistown",
  "Overnight halt at Ciudad del Este", "कुमासी में रात्रि ठहराव" (Botswana, Paraguay, Ghana); a halt
  of hours ("a three-hour halt in Istanbul") stays a stop-over;
* a return "from" one city "to" another abroad is a move back within the visit, not the way home:
  "returned from Francistown to Gaborone", "Return from Ciudad del Este to Asunción by air", "कुमासी
  से अक्रा लौटे" (Botswana, Paraguay, Ghana): the earlier city is a stop again;
* Roman Hindi words that call off or put off an engagement ("radd ho gaya", "radd kar diya gaya",
  "tal gayi", "tal gaya") make it cancelled or postponed, so it takes no day from its paragraph or
  its live-blog entry: what the text gives no date for stays undated (Laos, Senegal);
* a lowercase Roman Hindi word is no city ("milan samaroh" is a gathering, not Milan) (Laos,
  Senegal).

Same shape as ``expected7.BLIND7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

GABORONE, ASUNCION, ACCRA = "Africa/Gaborone", "America/Asuncion", "Africa/Accra"
VIENTIANE, DAKAR = "Asia/Vientiane", "Africa/Dakar"
SARAJEVO, REYKJAVIK, KAMPALA = "Europe/Sarajevo", "Atlantic/Reykjavik", "Africa/Kampala"
KINGSTON, MAPUTO, LUSAKA, LA_PAZ = "America/Jamaica", "Africa/Maputo", "Africa/Lusaka", "America/La_Paz"
ABIDJAN, BLANTYRE = "Africa/Abidjan", "Africa/Blantyre"
SANTO_DOMINGO, COSTA_RICA = "America/Santo_Domingo", "America/Costa_Rica"
LISBON, VIENNA, NAIROBI, TOKYO = "Europe/Lisbon", "Europe/Vienna", "Africa/Nairobi", "Asia/Tokyo"
BANGKOK, HANOI, HA_LONG = "Asia/Bangkok", "Asia/Ho_Chi_Minh", "Asia/Bangkok"  # GeoNames: Hạ Long's

RULES10_ROUTE: dict[str, dict[str, Any]] = {
    # release under a dateline (Thursday 14 May); a night halt at Francistown, back to Gaborone
    "rules10_route_en_release_mp_botswana": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Chaitanya Kashyap",
        "year": 2026,
        "span": ("2026-05-11", "2026-05-15"),
        "engagements": {
            "Arrival in Gaborone": _e("2026-05-11", "Gaborone", GABORONE),
            "Meeting with Botswana Investment and Trade Centre (BITC)": _e(
                "2026-05-12", "Gaborone", GABORONE
            ),
            "Departure for Francistown": _e("2026-05-13", "Francistown", GABORONE),
            "Departure for Gaborone": _e("2026-05-14", "Gaborone", GABORONE),
            "MoU signing with University of Botswana": _e("2026-05-14", "Gaborone", GABORONE),
            "Return to India": _e("2026-05-15", None, KOLKATA),
        },
        "stops": [
            ("Gaborone", "2026-05-11", "2026-05-13"),
            ("Francistown", "2026-05-13", "2026-05-14"),
            ("Gaborone", "2026-05-14", "2026-05-15"),
        ],
        "contacts": [],
    },
    # department circular with a dated programme; overnight halt at Ciudad del Este; São Paulo a
    # stop-over on the way home
    "rules10_route_en_circular_ka_paraguay": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-11-23", "2026-11-27"),
        "engagements": {
            "Arrival in Asunción": _e("2026-11-23", "Asunción", ASUNCION),
            "Meeting with Investment and Export Network (REDIEX)": _e("2026-11-24", "Asunción", ASUNCION),
            "Departure for Ciudad del Este": _e("2026-11-25", "Ciudad del Este", ASUNCION),
            "Visit to Itaipu Dam": _e("2026-11-25", "Ciudad del Este", ASUNCION),
            "Departure for Asunción": _e("2026-11-26", "Asunción", ASUNCION),
            "Meeting with Industrial Union of Paraguay (UIP)": _e("2026-11-26", "Asunción", ASUNCION),
            "Return to India": _e("2026-11-27", None, KOLKATA),
        },
        "stops": [
            ("Asunción", "2026-11-23", "2026-11-25"),
            ("Ciudad del Este", "2026-11-25", "2026-11-26"),
            ("Asunción", "2026-11-26", "2026-11-27"),
        ],
        "contacts": [
            ("S. Selvakumar", "", "Principal Secretary (Commerce and Industries)", "", "delegation"),
        ],
    },
    # Hindi wire (Thursday 20 August); a night's halt at Kumasi (रात्रि ठहराव), back to Accra
    "rules10_route_hi_report_gj_ghana": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Harsh Sanghavi",
        "year": 2026,
        "span": ("2026-08-17", "2026-08-21"),
        "engagements": {
            "Arrival in Accra": _e("2026-08-17", "Accra", ACCRA),
            "Meeting with Ghana Investment Promotion Centre (GIPC)": _e("2026-08-18", "Accra", ACCRA),
            "Departure for Kumasi": _e("2026-08-19", "Kumasi", ACCRA),
            "Visit to Manhyia Palace": _e("2026-08-19", "Kumasi", ACCRA),
            "Departure for Accra": _e("2026-08-20", "Accra", ACCRA),
            "MoU signing with University of Ghana": _e("2026-08-20", "Accra", ACCRA),
            "Return to India": _e("2026-08-21", None, KOLKATA),
        },
        "stops": [
            ("Accra", "2026-08-17", "2026-08-19"),
            ("Kumasi", "2026-08-19", "2026-08-20"),
            ("Accra", "2026-08-20", "2026-08-21"),
        ],
        "contacts": [],
    },
    # Roman Hindi WhatsApp update (Thursday 12 March): Luang Prabang called off (radd), the
    # ministry's meeting put off (tal gayi) with no new date; "milan samaroh" is a gathering
    "rules10_route_roman_whatsapp_hr_laos": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-12"),
        "engagements": {
            "Arrival in Vientiane": _e("2026-03-09", "Vientiane", VIENTIANE),
            "Meeting with Lao National Chamber of Commerce and Industry (LNCCI)": _e(
                "2026-03-10", "Vientiane", VIENTIANE
            ),
            "Address to the Indian diaspora": _e("2026-03-10", "Vientiane", VIENTIANE),
            "Departure for Luang Prabang": _e("2026-03-11", "Luang Prabang", VIENTIANE, "cancelled"),
            "Visit to Luang Prabang Handicraft Centre": _e(None, "Luang Prabang", VIENTIANE, "cancelled"),
            "Meeting with Lao Ministry of Planning and Investment": _e(None, None, VIENTIANE, "postponed"),
            "Return to India": _e("2026-03-12", None, KOLKATA),
        },
        "stops": [("Vientiane", "2026-03-09", "2026-03-12")],
        "contacts": [],
    },
    # Roman Hindi live ticker of Tuesday 17 Nov, the second day: the port visit put off (tal gaya)
    # and the chamber's meeting called off (radd ho gayi), neither dated; "milan samaroh" no city
    "rules10_route_roman_ticker_gj_senegal": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-18"),
        "engagements": {
            "Arrival in Dakar": _e("2026-11-16", "Dakar", DAKAR),
            "Meeting with Agence de Promotion des Investissements et Grands Travaux (APIX)": _e(
                "2026-11-17", "Dakar", DAKAR
            ),
            "Visit to Port Autonome de Dakar": _e(None, "Dakar", DAKAR, "postponed"),
            "Meeting with Senegal Chamber of Commerce": _e(None, "Dakar", DAKAR, "cancelled"),
            "Address to the Indian diaspora": _e("2026-11-17", "Dakar", DAKAR),
            "Return to India": _e("2026-11-18", None, KOLKATA),
        },
        "stops": [("Dakar", "2026-11-16", "2026-11-18")],
        "contacts": [
            (
                "Abdoulaye Diop",
                "",
                "Director General",
                "Agence de Promotion des Investissements et Grands Travaux",
                "host",
            ),
        ],
    },
    # protocol programme in capitals: Sarajevo from the first day (QR 247 from Doha, no stop), Mostar
    # on the third; "Return to hotel" no return home, the airport the way out on the fourth
    "rules10_route_en_programme_tn_bosnia": {
        "published": None,
        "language": "en",
        "head": "Minister for Industries T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-11"),
        "engagements": {
            "Arrival in Sarajevo": _e("2026-06-08", "Sarajevo", SARAJEVO, start="2026-06-08T15:10:00+02:00"),
            "Meeting with Foreign Investment Promotion Agency (FIPA)": _e(
                "2026-06-08", "Sarajevo", SARAJEVO, start="2026-06-08T18:30:00+02:00"
            ),
            "Meeting with Foreign Trade Chamber of Bosnia and Herzegovina": _e(
                "2026-06-09", "Sarajevo", SARAJEVO, start="2026-06-09T10:00:00+02:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-06-09", "Sarajevo", SARAJEVO, start="2026-06-09T17:00:00+02:00"
            ),
            "Departure for Mostar": _e("2026-06-10", "Mostar", SARAJEVO, start="2026-06-10T09:00:00+02:00"),
            "Visit to Aluminij Mostar": _e(
                "2026-06-10", "Mostar", SARAJEVO, start="2026-06-10T12:00:00+02:00"
            ),
            "Return to India": _e("2026-06-11", None, KOLKATA),
        },
        "stops": [("Sarajevo", "2026-06-08", "2026-06-10"), ("Mostar", "2026-06-10", "2026-06-11")],
        "contacts": [],
    },
    # Hindi programme under English day headings in capitals; Keflavik's airport for Reykjavik (the
    # night halts), a flight from London no stop, "होटल लौटेंगे" no return home, Akureyri on the third
    "rules10_route_mixed_programme_ap_iceland": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister T.G. Bharath",
        "year": 2026,
        "span": ("2026-09-15", "2026-09-18"),
        "engagements": {
            "Arrival in Reykjavík": _e("2026-09-15", "Reykjavík", REYKJAVIK),
            "Meeting with Business Iceland": _e("2026-09-15", "Reykjavík", REYKJAVIK),
            "Meeting with Iceland Chamber of Commerce": _e("2026-09-16", "Reykjavík", REYKJAVIK),
            "Visit to Hellisheidi Power Station": _e("2026-09-16", "Reykjavík", REYKJAVIK),
            "Departure for Akureyri": _e("2026-09-17", "Akureyri", REYKJAVIK),
            "MoU signing with University of Akureyri": _e("2026-09-17", "Akureyri", REYKJAVIK),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("Reykjavík", "2026-09-15", "2026-09-17"), ("Akureyri", "2026-09-17", "2026-09-18")],
        "contacts": [],
    },
    # wire under a dateline (Wednesday 22 July): landed at Entebbe, in Kampala the same morning
    "rules10_route_en_wire_mh_uganda": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-07-20", "2026-07-23"),
        "engagements": {
            "Arrival in Kampala": _e("2026-07-20", "Kampala", KAMPALA),
            "Meeting with Uganda Investment Authority (UIA)": _e("2026-07-20", "Kampala", KAMPALA),
            "Visit to Uganda Coffee Development Authority": _e("2026-07-21", "Kampala", KAMPALA),
            "Address to the Indian diaspora": _e("2026-07-22", "Kampala", KAMPALA),
            "Return to India": _e("2026-07-23", None, KOLKATA),
        },
        "stops": [("Kampala", "2026-07-20", "2026-07-23")],
        "contacts": [],
    },
    # release on the first day; five days from the arrival, the way home undated
    "rules10_route_en_release_rj_jamaica": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhajan Lal Sharma",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-13"),
        "engagements": {
            "Arrival in Kingston": _e("2026-03-09", "Kingston", KINGSTON),
            "Meeting with JAMPRO": _e("2026-03-10", "Kingston", KINGSTON),
            "Address to the Indian diaspora": _e("2026-03-11", "Kingston", KINGSTON),
            "Return to India": _e(None, None, KOLKATA),
        },
        "stops": [("Kingston", "2026-03-09", "2026-03-13")],
        "contacts": [],
    },
    # Hindi release; पांच दिवसीय from the arrival on 14 September, the return undated
    "rules10_route_hi_release_cg_mozambique": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnu Deo Sai",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Maputo": _e("2026-09-14", "Maputo", MAPUTO),
            "Meeting with Mozambique Investment and Export Promotion Agency (APIEX)": _e(
                "2026-09-15", "Maputo", MAPUTO
            ),
            "Address to the Indian diaspora": _e("2026-09-16", "Maputo", MAPUTO),
            "Return to India": _e(None, None, KOLKATA),
        },
        "stops": [("Maputo", "2026-09-14", "2026-09-18")],
        "contacts": [],
    },
    # wire under a dateline (Friday 16 October): a drive told by its length to Livingstone
    "rules10_route_en_wire_od_zambia": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-17"),
        "engagements": {
            "Arrival in Lusaka": _e("2026-10-12", "Lusaka", LUSAKA),
            "Meeting with Zambia Development Agency (ZDA)": _e("2026-10-13", "Lusaka", LUSAKA),
            "Departure for Livingstone": _e("2026-10-14", "Livingstone", LUSAKA),
            "Meeting with Livingstone Tourism Association": _e("2026-10-15", "Livingstone", LUSAKA),
            "Return to India": _e("2026-10-17", None, KOLKATA),
        },
        "stops": [("Lusaka", "2026-10-12", "2026-10-14"), ("Livingstone", "2026-10-14", "2026-10-17")],
        "contacts": [],
    },
    # feature with dates: a flight told by its length to Santa Cruz de la Sierra
    "rules10_route_en_feature_ka_bolivia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-11-02", "2026-11-06"),
        "engagements": {
            "Arrival in La Paz": _e("2026-11-02", "La Paz", LA_PAZ),
            "Meeting with Yacimientos de Litio Bolivianos (YLB)": _e("2026-11-03", "La Paz", LA_PAZ),
            "Departure for Santa Cruz de la Sierra": _e("2026-11-04", "Santa Cruz de la Sierra", LA_PAZ),
            "Address to the Chamber of Industry, Commerce, Services and Tourism of Santa Cruz (CAINCO)": _e(
                "2026-11-05", "Santa Cruz de la Sierra", LA_PAZ
            ),
            "Return to India": _e("2026-11-06", None, KOLKATA),
        },
        "stops": [
            ("La Paz", "2026-11-02", "2026-11-04"),
            ("Santa Cruz de la Sierra", "2026-11-04", "2026-11-06"),
        ],
        "contacts": [],
    },
    # report under a dateline (Friday 13 February): Pattaya a day trip from Bangkok, told as one
    "rules10_route_en_report_wb_thailand": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Shashi Panja",
        "year": 2026,
        "span": ("2026-02-09", "2026-02-13"),
        "engagements": {
            "Arrival in Bangkok": _e("2026-02-09", "Bangkok", BANGKOK),
            "Meeting with Thailand Board of Investment (BOI)": _e("2026-02-10", "Bangkok", BANGKOK),
            "Visit to Eastern Economic Corridor Office": _e("2026-02-11", "Pattaya", BANGKOK),
            "Address to the Indian diaspora": _e("2026-02-12", "Bangkok", BANGKOK),
            "Return to India": _e("2026-02-13", None, KOLKATA),
        },
        "stops": [("Bangkok", "2026-02-09", "2026-02-13")],
        "contacts": [],
    },
    # Hindi report (14 August): Ha Long an एक दिवसीय trip from Hanoi, back the same evening
    "rules10_route_hi_report_up_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Industrial Development Minister Nand Gopal Gupta Nandi",
        "year": 2026,
        "span": ("2026-08-10", "2026-08-13"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-08-10", "Hanoi", HANOI),
            "Meeting with Vietnam Chamber of Commerce and Industry (VCCI)": _e("2026-08-11", "Hanoi", HANOI),
            "Meeting with Quang Ninh Department of Planning and Investment": _e(
                "2026-08-12", "Hạ Long", HA_LONG
            ),
            "Return to India": _e("2026-08-13", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-08-10", "2026-08-13")],
        "contacts": [],
    },
    # travel feature in a monthly's October 2026 issue: no year by the dates
    "rules10_route_en_magazine_pb_portugal": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Lisbon": _e("2026-09-14", "Lisbon", LISBON),
            "Meeting with AICEP": _e("2026-09-15", "Lisbon", LISBON),
            "Departure for Porto": _e("2026-09-16", "Porto", LISBON),
            "MoU signing with University of Porto": _e("2026-09-17", "Porto", LISBON),
            "Address to the Indian diaspora": _e("2026-09-17", "Porto", LISBON),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [("Lisbon", "2026-09-14", "2026-09-16"), ("Porto", "2026-09-16", "2026-09-18")],
        "contacts": [],
    },
    # Hindi monthly's नवंबर 2026 अंक: the dates in October take its year
    "rules10_route_hi_magazine_mp_austria": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-16"),
        "engagements": {
            "Arrival in Vienna": _e("2026-10-12", "Vienna", VIENNA),
            "Meeting with Austrian Business Agency (ABA)": _e("2026-10-13", "Vienna", VIENNA),
            "Departure for Graz": _e("2026-10-14", "Graz", VIENNA),
            "Meeting with AVL List": _e("2026-10-15", "Graz", VIENNA),
            "Return to India": _e("2026-10-16", None, KOLKATA),
        },
        "stops": [("Vienna", "2026-10-12", "2026-10-14"), ("Graz", "2026-10-14", "2026-10-16")],
        "contacts": [],
    },
    # Hindi wire (Wednesday 18 March): the day's trip to Malindi called off, the rest stands
    "rules10_route_hi_report_ka_kenya": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-03-16", "2026-03-20"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-03-16", "Nairobi", NAIROBI),
            "Meeting with Kenya Investment Authority (KenInvest)": _e("2026-03-17", "Nairobi", NAIROBI),
            "Departure for Malindi": _e("2026-03-18", "Malindi", NAIROBI, "cancelled"),
            "Meeting with Kenya Association of Manufacturers": _e("2026-03-19", "Nairobi", NAIROBI),
            "Return to India": _e("2026-03-20", None, KOLKATA),
        },
        "stops": [("Nairobi", "2026-03-16", "2026-03-20")],
        "contacts": [],
    },
    # Hindi wire (Wednesday 10 June): the day's trip to Hamamatsu put off, the rest stands
    "rules10_route_hi_wire_gj_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-06-08", "Tokyo", TOKYO),
            "Meeting with JETRO": _e("2026-06-09", "Tokyo", TOKYO),
            "Departure for Hamamatsu": _e("2026-06-10", "Hamamatsu", TOKYO, "postponed"),
            "Address to the Indian diaspora": _e("2026-06-10", "Tokyo", TOKYO),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-06-08", "2026-06-12")],
        "contacts": [],
    },
    # wire under a dateline (Friday 20 February): home by way of Paris
    "rules10_route_en_wire_ka_ivorycoast": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-02-16", "2026-02-20"),
        "engagements": {
            "Arrival in Abidjan": _e("2026-02-16", "Abidjan", ABIDJAN),
            "Meeting with Investment Promotion Centre of Côte d'Ivoire (CEPICI)": _e(
                "2026-02-17", "Abidjan", ABIDJAN
            ),
            "Visit to Cotton and Cashew Council": _e("2026-02-18", "Abidjan", ABIDJAN),
            "Address to the Indian diaspora": _e("2026-02-19", "Abidjan", ABIDJAN),
            "Return to India": _e("2026-02-20", None, KOLKATA),
        },
        "stops": [("Abidjan", "2026-02-16", "2026-02-20")],
        "contacts": [],
    },
    # Hindi wire (Thursday 26 November): home by way of Nairobi (जहां से connecting flight)
    "rules10_route_hi_report_tg_malawi": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-11-23", "2026-11-26"),
        "engagements": {
            "Arrival in Lilongwe": _e("2026-11-23", "Lilongwe", BLANTYRE),
            "Meeting with Malawi Investment and Trade Centre (MITC)": _e("2026-11-24", "Lilongwe", BLANTYRE),
            "Address to the Indian diaspora": _e("2026-11-25", "Lilongwe", BLANTYRE),
            "Return to India": _e("2026-11-26", None, KOLKATA),
        },
        "stops": [("Lilongwe", "2026-11-23", "2026-11-26")],
        "contacts": [],
    },
    # Roman Hindi ticker of Tuesday 13 Oct: La Romana and back on Wednesday (a day trip)
    "rules10_route_roman_ticker_mh_dominicanrepublic": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-15"),
        "engagements": {
            "Arrival in Santo Domingo": _e("2026-10-12", "Santo Domingo", SANTO_DOMINGO),
            "Meeting with ProDominicana": _e("2026-10-13", "Santo Domingo", SANTO_DOMINGO),
            "Visit to Free Zone": _e("2026-10-14", "La Romana", SANTO_DOMINGO),
            "Return to India": _e("2026-10-15", None, KOLKATA),
        },
        "stops": [("Santo Domingo", "2026-10-12", "2026-10-15")],
        "contacts": [("Biviana Riveiro", "", "Executive Director", "ProDominicana", "host")],
    },
    # English live blog of Tuesday 20 Oct: Limón and back on Wednesday (a day trip)
    "rules10_route_en_liveblog_up_costarica": {
        "published": None,
        "language": "en",
        "head": "Chief Minister",
        "year": 2026,
        "span": ("2026-10-19", "2026-10-22"),
        "engagements": {
            "Arrival in San José": _e("2026-10-19", "San José", COSTA_RICA),
            "Meeting with CINDE": _e("2026-10-20", "San José", COSTA_RICA),
            "Visit to Port of Moín": _e("2026-10-21", "Limón", COSTA_RICA),
            "Return to India": _e("2026-10-22", None, KOLKATA),
        },
        "stops": [("San José", "2026-10-19", "2026-10-22")],
        "contacts": [],
    },
}
