"""Round 12 training articles (``rules12_route_*``): which city a name means.

Written before any rule, each rule in at least two articles:

* a city's own name (or its name without accents) wins over another city's alternate name, and a
  big city named only by an alternate name that is another city's own gives its country no claim on
  the visit: "Zaragoza" is Spain's city, not Tijuana (listed under it as an old name), in an English
  release (Spain); "Thai Nguyen" is Vietnam's Thái Nguyên, not China's Taiyuan, in a mixed-script
  report (Vietnam);
* a name written with accents the data leaves out is the city the data lists without them:
  "Cádiz" is GeoNames' Cadiz in a Hindi report (Spain), "Malé" its Male in an English brief
  (Maldives);
* a journey told with its means between the verb and the place is a move: "travelled by train to
  Zaragoza" (Spain), "went by train to Meknes" (Morocco);
* a country's Hindi name spelt with another vowel length than the data's names the country, so
  its lesser cities are found: "नामिबिया" for "नामीबिया" (Namibia, Windhoek and Swakopmund),
  "बोलिविया" for "बोलीविया" (Bolivia, Cochabamba and Sucre); "मॉरिशस" for "मॉरीशस" (Mauritius,
  whose Port Louis is listed by hand and was found before);
* a connecting flight told with its length ("transit of nearly five hours at", "में करीब चार घंटे
  का ट्रांजिट") passes through the city, and so does the other half of a city-airport pair
  ("Tokyo-Narita", "Seoul-Incheon"): their country lends the visit no stop and no zone (Canada,
  Mongolia);
* a city reached on the day the delegation leaves for home, where it does nothing but take the
  flight home, is on the way home: no stop and no move ("drove to Bloemfontein … and flew home from
  there", "सड़क मार्ग से Zurich गया और वहां से दिल्ली की flight पकड़ी") (Lesotho, Liechtenstein).

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

MADRID, HANOI, BANGKOK, MALDIVES = (
    "Europe/Madrid",
    "Asia/Ho_Chi_Minh",
    "Asia/Bangkok",
    "Indian/Maldives",
)  # Bangkok: GeoNames' zone of Thái Nguyên
CASABLANCA, MAURITIUS, WINDHOEK = "Africa/Casablanca", "Indian/Mauritius", "Africa/Windhoek"
LA_PAZ, VANCOUVER, ULAANBAATAR = "America/La_Paz", "America/Vancouver", "Asia/Ulaanbaatar"
MASERU, VADUZ = "Africa/Maseru", "Europe/Vaduz"

RULES12_ROUTE: dict[str, dict[str, Any]] = {
    # release (9 October); "Zaragoza" (Tijuana's alternate name) told by train
    "rules12_route_en_release_or_spain": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Pradeep Kumar Sahoo",
        "year": 2026,
        "span": ("2026-10-04", "2026-10-08"),
        "engagements": {
            "Arrival in Madrid": _e("2026-10-04", "Madrid", MADRID),
            "Meeting with Spanish Food and Drink Industry Federation": _e("2026-10-05", "Madrid", MADRID),
            "Departure for Zaragoza": _e("2026-10-06", "Zaragoza", MADRID),
            "Meeting with Aragon Logistics Platform": _e("2026-10-06", "Zaragoza", MADRID),
            "Visit to Ebro Valley Fruits": _e("2026-10-07", "Zaragoza", MADRID),
            "Return to India": _e("2026-10-08", None, KOLKATA),
        },
        "stops": [("Madrid", "2026-10-04", "2026-10-06"), ("Zaragoza", "2026-10-06", "2026-10-08")],
        "contacts": [],
    },
    # mixed-script report (24 November); "Thai Nguyen" (Taiyuan's alternate name) in Latin letters
    "rules12_route_mixed_report_tn_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Textiles Minister R. Ilangovan",
        "year": 2026,
        "span": ("2026-11-19", "2026-11-23"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-11-19", "Hanoi", HANOI),
            "Meeting with Vietnam Textile and Apparel Association": _e("2026-11-20", "Hanoi", HANOI),
            "Departure for Thái Nguyên": _e("2026-11-21", "Thái Nguyên", BANGKOK),
            "Meeting with Northern Silk Weavers Cooperative": _e("2026-11-21", "Thái Nguyên", BANGKOK),
            "Visit to Song Cau Garments": _e("2026-11-22", "Thái Nguyên", BANGKOK),
            "Return to India": _e("2026-11-23", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-11-19", "2026-11-21"), ("Thái Nguyên", "2026-11-21", "2026-11-23")],
        "contacts": [],
    },
    # Hindi report (21 May); "Cádiz" with its accent (GeoNames: Cadiz)
    "rules12_route_hi_report_gj_spain": {
        "published": None,
        "language": "hi",
        "head": "मत्स्य मंत्री हसमुख पटेल",
        "year": 2026,
        "span": ("2026-05-15", "2026-05-19"),
        "engagements": {
            "Arrival in Madrid": _e("2026-05-15", "Madrid", MADRID),
            "Meeting with Spanish Fisheries Confederation": _e("2026-05-16", "Madrid", MADRID),
            "Departure for Cadiz": _e("2026-05-17", "Cadiz", MADRID),
            "Meeting with Atlantic Tuna Processors Association": _e("2026-05-17", "Cadiz", MADRID),
            "Visit to Bahía Marine Hatcheries": _e("2026-05-18", "Cadiz", MADRID),
            "Return to India": _e("2026-05-19", None, KOLKATA),
        },
        "stops": [("Madrid", "2026-05-15", "2026-05-17"), ("Cadiz", "2026-05-17", "2026-05-19")],
        "contacts": [],
    },
    # English brief (14 February 2027); "Malé" with its accent (GeoNames: Male)
    "rules12_route_en_brief_kl_maldives": {
        "published": None,
        "language": "en",
        "head": "Ports Minister V. N. Vasavan",
        "year": 2027,
        "span": ("2027-02-08", "2027-02-11"),
        "engagements": {
            "Arrival in Male": _e("2027-02-08", "Male", MALDIVES),
            "Meeting with Maldives Ports Authority": _e("2027-02-09", "Male", MALDIVES),
            "Meeting with Island Ferry Operators Forum": _e("2027-02-10", "Male", MALDIVES),
            "Visit to Coral Harbour Shipyard": _e("2027-02-11", "Male", MALDIVES),
            "Return to India": _e("2027-02-11", None, KOLKATA),
        },
        "stops": [("Male", "2027-02-08", "2027-02-11")],
        "contacts": [],
    },
    # English dispatch (30 January 2027); "went by train to Meknes"
    "rules12_route_en_dispatch_pb_morocco": {
        "published": None,
        "language": "en",
        "head": "Agriculture Minister Gurmeet Singh Khudian",
        "year": 2027,
        "span": ("2027-01-24", "2027-01-28"),
        "engagements": {
            "Arrival in Rabat": _e("2027-01-24", "Rabat", CASABLANCA),
            "Meeting with Moroccan Agricultural Development Agency": _e("2027-01-25", "Rabat", CASABLANCA),
            "Departure for Meknes": _e("2027-01-26", "Meknes", CASABLANCA),
            "Meeting with Saïss Olive Growers Union": _e("2027-01-26", "Meknes", CASABLANCA),
            "Visit to Atlas Citrus Nurseries": _e("2027-01-27", "Meknes", CASABLANCA),
            "Return to India": _e("2027-01-28", None, KOLKATA),
        },
        "stops": [("Rabat", "2027-01-24", "2027-01-26"), ("Meknes", "2027-01-26", "2027-01-28")],
        "contacts": [],
    },
    # Hindi wire (16 September); the country only as "मॉरिशस", Port Louis in Latin letters
    "rules12_route_hi_wire_mp_mauritius": {
        "published": None,
        "language": "hi",
        "head": "पर्यटन मंत्री धर्मेंद्र सिंह लोधी",
        "year": 2026,
        "span": ("2026-09-12", "2026-09-15"),
        "engagements": {
            "Arrival in Port Louis": _e("2026-09-12", "Port Louis", MAURITIUS),
            "Meeting with Indian Ocean Hotels Group": _e("2026-09-13", "Port Louis", MAURITIUS),
            "MoU signing with Creole Heritage Foundation": _e("2026-09-14", "Port Louis", MAURITIUS),
            "Visit to Aapravasi Ghat": _e("2026-09-14", "Port Louis", MAURITIUS),
            "Return to India": _e("2026-09-15", None, KOLKATA),
        },
        "stops": [("Port Louis", "2026-09-12", "2026-09-15")],
        "contacts": [],
    },
    # mixed-script report (10 March 2027); the country only as "नामिबिया" (and inside a body's name)
    "rules12_route_mixed_report_ka_namibia": {
        "published": None,
        "language": "hi",
        "head": "Mines and Geology Minister S. S. Mallikarjun",
        "year": 2027,
        "span": ("2027-03-04", "2027-03-08"),
        "engagements": {
            "Arrival in Windhoek": _e("2027-03-04", "Windhoek", WINDHOEK),
            "Meeting with Namibia Investment Promotion Board": _e("2027-03-05", "Windhoek", WINDHOEK),
            "Departure for Swakopmund": _e("2027-03-06", "Swakopmund", WINDHOEK),
            "Meeting with Erongo Uranium Producers Forum": _e("2027-03-06", "Swakopmund", WINDHOEK),
            "Visit to Desert Salt Works": _e("2027-03-07", "Swakopmund", WINDHOEK),
            "Return to India": _e("2027-03-08", None, KOLKATA),
        },
        "stops": [("Windhoek", "2027-03-04", "2027-03-06"), ("Swakopmund", "2027-03-06", "2027-03-08")],
        "contacts": [],
    },
    # Hindi bulletin (27 June 2027); the country only as "बोलिविया", its cities in Latin letters
    "rules12_route_hi_bulletin_jh_bolivia": {
        "published": None,
        "language": "hi",
        "head": "खान एवं भूतत्व मंत्री विनोद उरांव",
        "year": 2027,
        "span": ("2027-06-21", "2027-06-25"),
        "engagements": {
            "Arrival in Cochabamba": _e("2027-06-21", "Cochabamba", LA_PAZ),
            "Meeting with Andean Tin Cooperative Federation": _e("2027-06-22", "Cochabamba", LA_PAZ),
            "Departure for Sucre": _e("2027-06-23", "Sucre", LA_PAZ),
            "Meeting with Chuquisaca Mining Chamber": _e("2027-06-23", "Sucre", LA_PAZ),
            "Visit to Altiplano Minerals Institute": _e("2027-06-24", "Sucre", LA_PAZ),
            "Return to India": _e("2027-06-25", None, KOLKATA),
        },
        "stops": [("Cochabamba", "2027-06-21", "2027-06-23"), ("Sucre", "2027-06-23", "2027-06-25")],
        "contacts": [],
    },
    # government order's programme table; "transit of nearly five hours at Tokyo-Narita"
    "rules12_route_en_programme_kl_canada": {
        "published": None,
        "language": "en",
        "head": "Minister for Fisheries Saji Cherian",
        "year": 2027,
        "span": ("2027-05-10", "2027-05-14"),
        "engagements": {
            "Arrival in Vancouver": _e("2027-05-10", "Vancouver", VANCOUVER, start="09:15"),
            "Meeting with Pacific Salmon Processors Council": _e(
                "2027-05-11", "Vancouver", VANCOUVER, start="10:00"
            ),
            "Visit to Fraser River Fish Market": _e("2027-05-11", "Vancouver", VANCOUVER, start="15:00"),
            "Meeting with Coastal Aquaculture Research Institute": _e(
                "2027-05-12", "Vancouver", VANCOUVER, start="11:00"
            ),
            "MoU signing with Westcoast Seafood Exporters Association": _e(
                "2027-05-13", "Vancouver", VANCOUVER, start="10:30"
            ),
            "Return to India": _e("2027-05-14", None, KOLKATA),
        },
        "stops": [("Vancouver", "2027-05-10", "2027-05-14")],
        "contacts": [],
    },
    # mixed-script programme table (12 August 2027); "Seoul-Incheon में करीब चार घंटे का ट्रांजिट"
    "rules12_route_mixed_programme_ch_mongolia": {
        "published": None,
        "language": "hi",
        "head": "खनिज संसाधन मंत्री ओपी चौधरी",
        "year": 2027,
        "span": ("2027-08-16", "2027-08-20"),
        "engagements": {
            "Arrival in Ulaanbaatar": _e("2027-08-16", "Ulaanbaatar", ULAANBAATAR, start="08:30"),
            "Meeting with Mongolian Mining Association": _e(
                "2027-08-17", "Ulaanbaatar", ULAANBAATAR, start="10:00"
            ),
            "Visit to Steppe Coal Washery": _e("2027-08-18", "Ulaanbaatar", ULAANBAATAR, start="14:00"),
            "MoU signing with Gobi Geological Survey Institute": _e(
                "2027-08-19", "Ulaanbaatar", ULAANBAATAR, start="11:00"
            ),
            "Return to India": _e("2027-08-20", None, KOLKATA),
        },
        "stops": [("Ulaanbaatar", "2027-08-16", "2027-08-20")],
        "contacts": [],
    },
    # wire (12 December 2026); "drove to Bloemfontein in South Africa and flew home from there"
    "rules12_route_en_wire_ts_lesotho": {
        "published": None,
        "language": "en",
        "head": "Textiles Minister Tummala Nageswara Rao",
        "year": 2026,
        "span": ("2026-12-08", "2026-12-11"),
        "engagements": {
            "Arrival in Maseru": _e("2026-12-08", "Maseru", MASERU),
            "Meeting with Lesotho National Development Corporation": _e("2026-12-09", "Maseru", MASERU),
            "Visit to Mountain Kingdom Knitwear": _e("2026-12-10", "Maseru", MASERU),
            "Meeting with Basotho Garment Workers Forum": _e("2026-12-10", "Maseru", MASERU),
            "Return to India": _e("2026-12-11", None, KOLKATA),
        },
        "stops": [("Maseru", "2026-12-08", "2026-12-11")],
        "contacts": [],
    },
    # mixed-script diary (20 June 2027); "सड़क मार्ग से Zurich गया और वहां से दिल्ली की flight पकड़ी"
    "rules12_route_mixed_diary_ap_liechtenstein": {
        "published": None,
        "language": "hi",
        "head": "IT Minister Nara Lokesh",
        "year": 2027,
        "span": ("2027-06-15", "2027-06-18"),
        "engagements": {
            "Arrival in Vaduz": _e("2027-06-15", "Vaduz", VADUZ),
            "Meeting with Alpine Fintech Association": _e("2027-06-16", "Vaduz", VADUZ),
            "Meeting with Rhine Valley Digital Bank": _e("2027-06-17", "Vaduz", VADUZ),
            "Return to India": _e("2027-06-18", None, KOLKATA),
        },
        "stops": [("Vaduz", "2027-06-15", "2027-06-18")],
        "contacts": [],
    },
}
