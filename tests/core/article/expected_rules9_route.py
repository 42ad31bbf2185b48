"""Round 9 training articles (``rules9_route*``): day trips, and places named without a date.

Written before any rule, each kind in at least two articles, English and Hindi or mixed:

* a day trip (out and back the same day, no night there) is no stop, and neither the journey out
  nor the one back is an engagement; what is done there keeps its own city: told as a drive or a
  flight "for the day" with the way back ("returned to Brussels the same evening", "drove back to
  São Paulo at night", "शाम को ज्यूरिख लौट आए", "शाम को Jakarta लौट आए") (Belgium, Brazil,
  Switzerland, Indonesia);
* a place near the stop of the days before, where one day's engagement is told with no journey
  there ("he will visit the Audi plant at Ingolstadt", "योकोहामा में निसान के संयंत्र का दौरा
  करेंगे"), is a day trip too (Germany, Japan);
* the way back the same day from a place the gazetteer does not name ("drove out to the Cape
  Winelands … and returned to Cape Town the same evening", "शाम को ज्यूरिख लौट आए" after a trip the
  text tells with a verb not read as a journey) is no move either (South Africa, Switzerland);
* a place named only by an undated engagement ("A meeting with Siemens Healthineers in Erlangen …
  its date has not been fixed", "ओसाका में पैनासोनिक के साथ एक बैठक भी प्रस्तावित है") is no stop:
  stops come from dates (Germany, Japan; Belgium and Switzerland name such places too);
* an arrival told at an airport is an arrival in the city it serves, named in the airport's name or
  right after it ("landed at Hamad International Airport in Doha", "नैरोबी के जोमो केन्याटा
  अंतरराष्ट्रीय हवाई अड्डे पर … स्वागत किया", "London ke Heathrow airport par … swagat"); a welcome
  at the airport is the arrival when the sentence tells no other journey (Qatar, Kenya, UK);
* the last stop ends on the day of leaving for home, however long the visit was meant to last
  ("cut short his visit and flew back … on Wednesday, October 7", the cancelled days after it)
  (Spain, Vietnam, Korea); what the text dates after that day and places in no city abroad (a press
  conference at home: "आज प्रेस कॉन्फ्रेंस में …", "told a press conference on Tuesday") is no
  engagement of the visit (Vietnam, Korea);
* a move told with a direction, a plain move or a Hindi participle ("moved to Florence", "it was
  on to Milan", "drove west to Turin", "जेद्दा जाकर", "दम्माम पहुंचकर") is ``Departure for`` that
  city on its day, and one told twice in a sentence ("drove west to Turin and reached the city by
  evening") is one move (Italy, Saudi Arabia);
* a Latin x spelt क्ज़ in Hindi ("अलेक्ज़ेंड्रिया" for Alexandria) is read by transliteration (USA; the
  test file adds Alexandroupoli);
* a large "… City" named in Hindi without its word for city ("सेबू" for Cebu City, "जेजू" for Jeju
  City) (Philippines, Korea), and a Hindi spelling that leaves a vowel unsaid between two
  consonants ("ओडनसे" for Odense, as "विलनियस" for Vilnius) (Denmark) are read as those cities;
* a capital of fewer than 15,000 people is a city of the gazetteer all the same (Vaduz, "बेल्मोपान")
  (Liechtenstein, Belize);
* a place within 15 km of the stop, on the visit's last day there, is part of the same town and no
  stop, however many people live there ("address the Indian community in Amadora", "Quezon City
  mein … sambodhan") (Portugal, Philippines);
* a flight told by its two ends ("टोक्यो से सापोरो की उड़ान", "Berlin se Munich ki flight") is the
  move to the second (Japan, Germany);
* two teams the text does not name by their leaders' names, told by the route itself: arrivals in
  two countries on the same day and engagements in both on a later one ("The Chief Minister will
  arrive in Hanoi on October 5 … A team of officials will land in Bangkok on October 5", "मुख्यमंत्री
  3 मार्च को दुबई पहुंचे … अधिकारियों का दल 3 मार्च को रियाद पहुंचा"): each keeps its own stops
  (Vietnam and Thailand, UAE and Saudi Arabia);
* an undated engagement in a country of several zones whose stops keep two zones has none (Brazil,
  Indonesia); a dated one with no city takes the zone of the stop of that day (Brazil, Indonesia).

Same shape as ``expected7.BLIND7``.  City names are GeoNames' English names (Ghent's is ``Gent``:
the article's spelling is kept here, the scorer does not compare cities).
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

BRUSSELS, SAO_PAULO, MANAUS = "Europe/Brussels", "America/Sao_Paulo", "America/Manaus"
ZURICH, JAKARTA, MAKASSAR = "Europe/Zurich", "Asia/Jakarta", "Asia/Makassar"
BERLIN, TOKYO, JOHANNESBURG = "Europe/Berlin", "Asia/Tokyo", "Africa/Johannesburg"
QATAR, NAIROBI, LONDON = "Asia/Qatar", "Africa/Nairobi", "Europe/London"
MADRID, HCM, SEOUL = "Europe/Madrid", "Asia/Ho_Chi_Minh", "Asia/Seoul"
ROME, RIYADH, NEW_YORK = "Europe/Rome", "Asia/Riyadh", "America/New_York"
MANILA, COPENHAGEN, VADUZ, BELIZE = "Asia/Manila", "Europe/Copenhagen", "Europe/Vaduz", "America/Belize"
LISBON, BANGKOK, DUBAI = "Europe/Lisbon", "Asia/Bangkok", "Asia/Dubai"

RULES9_ROUTE: dict[str, dict[str, Any]] = {
    # wire under a dateline (Friday 12 June); Antwerp is a day trip from Brussels, Ghent undated
    "rules9_route_en_wire_tn_belgium": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Brussels": _e("2026-06-08", "Brussels", BRUSSELS),
            "Meeting with Flanders Investment and Trade (FIT)": _e("2026-06-09", "Brussels", BRUSSELS),
            "Visit to Port of Antwerp-Bruges": _e("2026-06-10", "Antwerp", BRUSSELS),
            "Meeting with Antwerp World Diamond Centre": _e("2026-06-10", "Antwerp", BRUSSELS),
            "Address to the Indian diaspora": _e("2026-06-11", "Brussels", BRUSSELS),
            "Meeting with Ghent University": _e(None, "Ghent", BRUSSELS),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Brussels", "2026-06-08", "2026-06-12")],
        "contacts": [
            ("Claire Tack", "", "Chief Executive", "Flanders Investment and Trade (FIT)", "host"),
            ("Jacques Vandermeiren", "", "Chief Executive", "Port of Antwerp-Bruges", "host"),
            ("V. Arun Roy", "", "Industries Secretary", "", "delegation"),
        ],
    },
    # state release; São José dos Campos a day trip ("for the day … drove back at night"); Manaus in
    # another zone than São Paulo, so BNDES (undated, no city) has none
    "rules9_route_en_release_ka_brazil": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-18"),
        "engagements": {
            "Arrival in São Paulo": _e("2026-10-12", "São Paulo", SAO_PAULO),
            "Meeting with FIESP": _e("2026-10-13", "São Paulo", SAO_PAULO),
            "Visit to Embraer": _e("2026-10-14", "São José dos Campos", SAO_PAULO),
            "Departure for Manaus": _e("2026-10-15", "Manaus", MANAUS),
            "Meeting with Superintendence of the Manaus Free Trade Zone (SUFRAMA)": _e(
                "2026-10-16", "Manaus", MANAUS
            ),
            "Meeting with Amazonas Industry Federation (FIEAM)": _e("2026-10-17", "Manaus", MANAUS),
            "Return to India": _e("2026-10-18", None, KOLKATA),
            "Meeting with Brazilian Development Bank (BNDES)": _e(None, None, None),
        },
        "stops": [("São Paulo", "2026-10-12", "2026-10-15"), ("Manaus", "2026-10-15", "2026-10-18")],
        "contacts": [
            ("Rafael Cervone", "", "President", "FIESP", "host"),
            ("Marcos Oliveira", "", "Vice-President", "Embraer", "host"),
            ("Bruno Lima", "", "Superintendent", "Superintendence of the Manaus Free Trade Zone", "host"),
            ("Selvakumar S.", "", "Additional Chief Secretary (Industries)", "", "delegation"),
        ],
    },
    # Hindi report after the return (dated Monday 21 September); Basel a day trip from Zurich,
    # Lausanne undated (no stop); Geneva reached on the 19th is a later move
    "rules9_route_hi_report_mh_switzerland": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-09-15", "2026-09-20"),
        "engagements": {
            "Arrival in Zurich": _e("2026-09-15", "Zurich", ZURICH),
            "Meeting with Swiss-Indian Chamber of Commerce": _e("2026-09-16", "Zurich", ZURICH),
            "Visit to Novartis Campus": _e("2026-09-17", "Basel", ZURICH),
            "Address to the Indian diaspora": _e("2026-09-18", "Zurich", ZURICH),
            "Departure for Geneva": _e("2026-09-19", "Geneva", ZURICH),
            "Meeting with World Intellectual Property Organization (WIPO)": _e(
                "2026-09-19", "Geneva", ZURICH
            ),
            "Return to India": _e("2026-09-20", None, KOLKATA),
            "Meeting with IMD Business School": _e(None, "Lausanne", ZURICH),
        },
        "stops": [("Zurich", "2026-09-15", "2026-09-19"), ("Geneva", "2026-09-19", "2026-09-20")],
        "contacts": [
            ("Peter Muller", "पीटर मुलर", "President", "Swiss-Indian Chamber of Commerce", "host"),
            ("Uday Samant", "उदय सामंत", "Industries Minister", "", "delegation"),
        ],
    },
    # mixed script; Karawang a day trip from Jakarta ("और शाम को Jakarta लौट आए"); Bali is Denpasar
    # (UTC+8), so the undated ministry meeting has no zone
    "rules9_route_mixed_report_up_indonesia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-11-02", "2026-11-07"),
        "engagements": {
            "Arrival in Jakarta": _e("2026-11-02", "Jakarta", JAKARTA),
            "Meeting with KADIN": _e("2026-11-03", "Jakarta", JAKARTA),
            "Visit to Karawang International Industrial City": _e("2026-11-04", "Karawang", JAKARTA),
            "Departure for Denpasar": _e("2026-11-05", "Denpasar", MAKASSAR),
            "Meeting with Indonesia Tourism Board": _e("2026-11-06", "Denpasar", MAKASSAR),
            "Return to India": _e("2026-11-07", None, KOLKATA),
            "Meeting with Ministry of Investment": _e(None, None, None),
        },
        "stops": [("Jakarta", "2026-11-02", "2026-11-05"), ("Denpasar", "2026-11-05", "2026-11-07")],
        "contacts": [
            ("Arsjad Rasjid", "", "President", "KADIN", "host"),
            ("Nand Gopal Gupta Nandi", "", "Industrial Development Minister", "", "delegation"),
        ],
    },
    # preview from the home state (Sunday 28 June); Ingolstadt (70 km from Munich, a town beside it)
    # on the day before the return is a day trip; Erlangen is named only by an undated meeting
    "rules9_route_en_preview_gj_germany": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-09"),
        "engagements": {
            "Arrival in Munich": _e("2026-07-06", "Munich", BERLIN, "proposed"),
            "Meeting with Invest in Bavaria": _e("2026-07-07", "Munich", BERLIN, "proposed"),
            "Visit to Audi": _e("2026-07-08", "Ingolstadt", BERLIN, "proposed"),
            "Return to India": _e("2026-07-09", None, KOLKATA, "proposed"),
            "Meeting with Siemens Healthineers": _e(None, "Erlangen", BERLIN, "proposed"),
        },
        "stops": [("Munich", "2026-07-06", "2026-07-09")],
        "contacts": [
            ("Thomas Weber", "", "Managing Director", "Invest in Bavaria", "host"),
            ("Hans Richter", "", "Board Member", "Audi", "host"),
            ("Mamta Verma", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # Hindi agency copy from Tokyo (18 May); Yokohama between two Tokyo days is a day trip; Osaka is
    # named only by an undated meeting
    "rules9_route_hi_wire_rj_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhajan Lal Sharma",
        "year": 2026,
        "span": ("2026-05-17", "2026-05-21"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-05-17", "Tokyo", TOKYO),
            "Meeting with JETRO": _e("2026-05-18", "Tokyo", TOKYO),
            "Visit to Nissan": _e("2026-05-19", "Yokohama", TOKYO, "proposed"),
            "Address to the Indian diaspora": _e("2026-05-20", "Tokyo", TOKYO, "proposed"),
            "Return to India": _e("2026-05-21", None, KOLKATA, "proposed"),
            "Meeting with Panasonic": _e(None, "Osaka", TOKYO, "proposed"),
        },
        "stops": [("Tokyo", "2026-05-17", "2026-05-21")],
        "contacts": [
            ("Norihiko Ishiguro", "नोरिहिको इशिगुरो", "Chairman", "JETRO", "host"),
            ("K.K. Vishnoi", "के.के. विश्नोई", "Industries Minister", "", "delegation"),
        ],
    },
    # a correspondent's diary (published 16 March); the Cape Winelands are no city of the gazetteer,
    # and the way back from them the same evening is no move
    "rules9_route_en_diary_ka_southafrica": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-03-10", "2026-03-13"),
        "engagements": {
            "Arrival in Cape Town": _e("2026-03-10", "Cape Town", JOHANNESBURG),
            "Meeting with Cape Chamber of Commerce and Industry": _e("2026-03-10", "Cape Town", JOHANNESBURG),
            "Meeting with Wesgro": _e("2026-03-11", "Cape Town", JOHANNESBURG),
            "Visit to Distell": _e("2026-03-12", None, JOHANNESBURG),
            "Address to the Indian diaspora": _e("2026-03-13", "Cape Town", JOHANNESBURG),
            "Return to India": _e("2026-03-13", None, KOLKATA),
        },
        "stops": [("Cape Town", "2026-03-10", "2026-03-13")],
        "contacts": [
            ("Jacques Moolman", "", "President", "Cape Chamber of Commerce and Industry", "host"),
            ("Wrenelle Stander", "", "Chief Executive", "Wesgro", "host"),
        ],
    },
    # state release (12 November); the arrival told at the airport, with the city after it
    "rules9_route_en_release_wb_qatar": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Shashi Panja",
        "year": 2026,
        "span": ("2026-11-08", "2026-11-10"),
        "engagements": {
            "Arrival in Doha": _e("2026-11-08", "Doha", QATAR),
            "Meeting with Qatar Chamber": _e("2026-11-09", "Doha", QATAR),
            "Address to the Indian diaspora": _e("2026-11-09", "Doha", QATAR),
            "Meeting with QatarEnergy": _e("2026-11-10", "Doha", QATAR),
            "Return to India": _e("2026-11-10", None, KOLKATA),
        },
        "stops": [("Doha", "2026-11-08", "2026-11-10")],
        "contacts": [
            ("Mohammed bin Ahmed Al Obaidli", "", "First Vice-Chairman", "Qatar Chamber", "host"),
            ("Vandana Yadav", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # Hindi agency copy from Nairobi (Tuesday 17 November): the welcome at the airport on Monday is
    # the arrival; the rest is announced
    "rules9_route_hi_wire_ka_kenya": {
        "published": None,
        "language": "hi",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-19"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-11-16", "Nairobi", NAIROBI),
            "Meeting with Kenya Investment Authority": _e("2026-11-17", "Nairobi", NAIROBI),
            "Departure for Mombasa": _e("2026-11-18", "Mombasa", NAIROBI, "proposed"),
            "Visit to Port of Mombasa": _e("2026-11-18", "Mombasa", NAIROBI, "proposed"),
            "Return to India": _e("2026-11-19", None, KOLKATA, "proposed"),
        },
        "stops": [("Nairobi", "2026-11-16", "2026-11-18"), ("Mombasa", "2026-11-18", "2026-11-19")],
        "contacts": [
            ("S. Selvakumar", "एस. सेल्वाकुमार", "Industries Secretary", "", "delegation"),
        ],
    },
    # Roman Hindi video description (premiered 20 June): the welcome at Heathrow is the arrival in
    # London; the timestamps are video offsets
    "rules9_route_roman_vlog_pb_uk": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-06-14", "2026-06-18"),
        "engagements": {
            "Arrival in London": _e("2026-06-14", "London", LONDON),
            "Meeting with UK India Business Council": _e("2026-06-15", "London", LONDON),
            "Departure for Birmingham": _e("2026-06-16", "Birmingham", LONDON),
            "Address to the Indian diaspora": _e("2026-06-16", "Birmingham", LONDON),
            "Meeting with JCB": _e("2026-06-17", "Birmingham", LONDON),
            "Return to India": _e("2026-06-18", None, KOLKATA),
        },
        "stops": [("London", "2026-06-14", "2026-06-16"), ("Birmingham", "2026-06-16", "2026-06-18")],
        "contacts": [],
    },
    # report (8 October) of a visit cut short: the return on the 7th ends the stop; the days after it
    # are cancelled
    "rules9_route_en_report_mh_spain": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-07"),
        "engagements": {
            "Arrival in Madrid": _e("2026-10-05", "Madrid", MADRID),
            "Meeting with ICEX Spain Trade and Investment": _e("2026-10-06", "Madrid", MADRID),
            "Address to the Indian diaspora": _e("2026-10-06", "Madrid", MADRID),
            "Return to India": _e("2026-10-07", None, KOLKATA),
            "Visit to SEAT": _e("2026-10-08", "Martorell", MADRID, "cancelled"),
            "Investors' roundtable": _e("2026-10-09", "Barcelona", MADRID, "cancelled"),
        },
        "stops": [("Madrid", "2026-10-05", "2026-10-07")],
        "contacts": [
            ("María Peña", "", "Chief Executive", "ICEX Spain Trade and Investment", "host"),
            ("Uday Samant", "", "Industries Minister", "", "delegation"),
        ],
    },
    # Hindi report of a press conference at home (16 October) after the return on the 14th
    "rules9_route_hi_pressconf_bh_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Deputy Chief Minister Samrat Choudhary",
        "year": 2026,
        "span": ("2026-10-10", "2026-10-14"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-10-10", "Hanoi", HCM),
            "Meeting with VCCI": _e("2026-10-11", "Hanoi", HCM),
            "Departure for Ho Chi Minh City": _e("2026-10-12", "Ho Chi Minh City", HCM),
            "Address to the Indian diaspora": _e("2026-10-13", "Ho Chi Minh City", HCM),
            "Return to India": _e("2026-10-14", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-10-10", "2026-10-12"), ("Ho Chi Minh City", "2026-10-12", "2026-10-14")],
        "contacts": [
            (
                "Pham Tan Cong",
                "फाम टान कोंग",
                "President",
                "Vietnam Chamber of Commerce and Industry (VCCI)",
                "host",
            ),
        ],
    },
    # English report of a press conference at home (Tuesday 26 May); Ulsan, beside Busan, on the day
    # of the arrival there is a day trip
    "rules9_route_en_report_od_korea": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-05-18", "2026-05-22"),
        "engagements": {
            "Arrival in Seoul": _e("2026-05-18", "Seoul", SEOUL),
            "Meeting with KOTRA": _e("2026-05-19", "Seoul", SEOUL),
            "Meeting with POSCO": _e("2026-05-20", "Seoul", SEOUL),
            "Departure for Busan": _e("2026-05-21", "Busan", SEOUL),
            "Visit to HD Hyundai Heavy Industries": _e("2026-05-21", "Ulsan", SEOUL),
            "Return to India": _e("2026-05-22", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-05-18", "2026-05-21"), ("Busan", "2026-05-21", "2026-05-22")],
        "contacts": [
            ("Sampad Chandra Swain", "", "Industries Minister", "", "delegation"),
        ],
    },
    # a feature after the return (12 November): four cities, each reached with another verb
    "rules9_route_en_feature_ap_italy": {
        "published": None,
        "language": "en",
        "head": "Chief Minister N. Chandrababu Naidu",
        "year": 2026,
        "span": ("2026-11-03", "2026-11-10"),
        "engagements": {
            "Arrival in Rome": _e("2026-11-03", "Rome", ROME),
            "Meeting with Italian Trade Agency": _e("2026-11-04", "Rome", ROME),
            "Departure for Florence": _e("2026-11-05", "Florence", ROME),
            "Address to the Indian diaspora": _e("2026-11-05", "Florence", ROME),
            "Departure for Milan": _e("2026-11-06", "Milan", ROME),
            "Meeting with Pirelli": _e("2026-11-07", "Milan", ROME),
            "Departure for Turin": _e("2026-11-08", "Turin", ROME),
            "Meeting with Turin Chamber of Commerce": _e("2026-11-09", "Turin", ROME),
            "Return to India": _e("2026-11-10", None, KOLKATA),
        },
        "stops": [
            ("Rome", "2026-11-03", "2026-11-05"),
            ("Florence", "2026-11-05", "2026-11-06"),
            ("Milan", "2026-11-06", "2026-11-08"),
            ("Turin", "2026-11-08", "2026-11-10"),
        ],
        "contacts": [
            ("Matteo Zoppas", "", "President", "Italian Trade Agency", "host"),
            ("N. Yuvaraj", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # Hindi report after the return (20 February): Jeddah reached "जाकर", Dammam "पहुंचकर"
    "rules9_route_hi_report_ts_saudiarabia": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-02-14", "2026-02-18"),
        "engagements": {
            "Arrival in Riyadh": _e("2026-02-14", "Riyadh", RIYADH),
            "Meeting with Ministry of Investment": _e("2026-02-15", "Riyadh", RIYADH),
            "Departure for Jeddah": _e("2026-02-16", "Jeddah", RIYADH),
            "Meeting with Jeddah Chamber of Commerce": _e("2026-02-16", "Jeddah", RIYADH),
            "Address to the Indian diaspora": _e("2026-02-17", "Jeddah", RIYADH),
            "Departure for Dammam": _e("2026-02-18", "Dammam", RIYADH),
            "Meeting with Saudi Aramco": _e("2026-02-18", "Dammam", RIYADH),
            "Return to India": _e("2026-02-18", None, KOLKATA),
        },
        "stops": [
            ("Riyadh", "2026-02-14", "2026-02-16"),
            ("Jeddah", "2026-02-16", "2026-02-18"),
            ("Dammam", "2026-02-18", "2026-02-18"),
        ],
        "contacts": [
            ("Mohammed Al-Ahmadi", "मोहम्मद अल-अहमदी", "President", "Jeddah Chamber of Commerce", "host"),
            ("Sanjay Kumar", "संजय कुमार", "Industries Secretary", "", "delegation"),
        ],
    },
    # Hindi report after the return (22 May): Alexandria, spelt with क्ज़, a day trip from Washington
    "rules9_route_hi_report_mp_usa": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-05-15", "2026-05-20"),
        "engagements": {
            "Arrival in Washington": _e("2026-05-15", "Washington", NEW_YORK),
            "Meeting with US-India Business Council": _e("2026-05-16", "Washington", NEW_YORK),
            "Address to the Indian diaspora": _e("2026-05-17", "Alexandria", NEW_YORK),
            "Departure for New York": _e("2026-05-18", "New York", NEW_YORK),
            "Investors' roundtable": _e("2026-05-19", "New York", NEW_YORK),
            "Return to India": _e("2026-05-20", None, KOLKATA),
        },
        "stops": [("Washington", "2026-05-15", "2026-05-18"), ("New York", "2026-05-18", "2026-05-20")],
        "contacts": [
            ("Atul Keshap", "अतुल केशप", "President", "US-India Business Council", "host"),
        ],
    },
    # Hindi agency copy from Manila (11 August): Cebu City as "सेबू"
    "rules9_route_hi_wire_mh_philippines": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-08-10", "2026-08-14"),
        "engagements": {
            "Arrival in Manila": _e("2026-08-10", "Manila", MANILA),
            "Meeting with Philippine Board of Investments": _e("2026-08-11", "Manila", MANILA),
            "Departure for Cebu City": _e("2026-08-12", "Cebu City", MANILA, "proposed"),
            "Meeting with Cebu Chamber of Commerce": _e("2026-08-13", "Cebu City", MANILA, "proposed"),
            "Return to India": _e("2026-08-14", None, KOLKATA, "proposed"),
        },
        "stops": [("Manila", "2026-08-10", "2026-08-12"), ("Cebu City", "2026-08-12", "2026-08-14")],
        "contacts": [],
    },
    # Hindi report after the return (30 September): Jeju City as "जेजू"
    "rules9_route_hi_report_tn_korea": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-09-24", "2026-09-28"),
        "engagements": {
            "Arrival in Seoul": _e("2026-09-24", "Seoul", SEOUL),
            "Meeting with KOTRA": _e("2026-09-25", "Seoul", SEOUL),
            "Departure for Jeju City": _e("2026-09-26", "Jeju City", SEOUL),
            "Address to the Indian diaspora": _e("2026-09-27", "Jeju City", SEOUL),
            "Return to India": _e("2026-09-28", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-09-24", "2026-09-26"), ("Jeju City", "2026-09-26", "2026-09-28")],
        "contacts": [],
    },
    # Hindi report after the return (12 June): Odense as "ओडनसे"
    "rules9_route_hi_report_ka_denmark": {
        "published": None,
        "language": "hi",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-06-06", "2026-06-10"),
        "engagements": {
            "Arrival in Copenhagen": _e("2026-06-06", "Copenhagen", COPENHAGEN),
            "Meeting with Invest in Denmark": _e("2026-06-07", "Copenhagen", COPENHAGEN),
            "Departure for Odense": _e("2026-06-08", "Odense", COPENHAGEN),
            "Address to the Indian diaspora": _e("2026-06-09", "Odense", COPENHAGEN),
            "Return to India": _e("2026-06-10", None, KOLKATA),
        },
        "stops": [("Copenhagen", "2026-06-06", "2026-06-08"), ("Odense", "2026-06-08", "2026-06-10")],
        "contacts": [],
    },
    # wire from the capital (Tuesday 15 September): Vaduz has 5,000 people
    "rules9_route_en_wire_hr_liechtenstein": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Rao Narbir Singh",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-16"),
        "engagements": {
            "Arrival in Vaduz": _e("2026-09-14", "Vaduz", VADUZ),
            "Meeting with Liechtenstein Chamber of Commerce and Industry": _e("2026-09-15", "Vaduz", VADUZ),
            "Return to India": _e("2026-09-16", None, KOLKATA, "proposed"),
        },
        "stops": [("Vaduz", "2026-09-14", "2026-09-16")],
        "contacts": [
            ("Jürgen Nigg", "", "Director", "Liechtenstein Chamber of Commerce and Industry", "host"),
        ],
    },
    # Hindi agency copy from the capital (9 December): Belmopan has 13,000 people
    "rules9_route_hi_wire_ch_belize": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Lakhan Lal Dewangan",
        "year": 2026,
        "span": ("2026-12-08", "2026-12-10"),
        "engagements": {
            "Arrival in Belmopan": _e("2026-12-08", "Belmopan", BELIZE),
            "Meeting with Belize Trade and Investment Development Service (BELTRAIDE)": _e(
                "2026-12-09", "Belmopan", BELIZE
            ),
            "Return to India": _e("2026-12-10", None, KOLKATA, "proposed"),
        },
        "stops": [("Belmopan", "2026-12-08", "2026-12-10")],
        "contacts": [],
    },
    # wire from Lisbon (Wednesday 22 April); Amadora, 9 km away, on the last day is no stop
    "rules9_route_en_wire_mh_portugal": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-04-20", "2026-04-24"),
        "engagements": {
            "Arrival in Lisbon": _e("2026-04-20", "Lisbon", LISBON),
            "Meeting with Agency for Investment and Foreign Trade of Portugal (AICEP)": _e(
                "2026-04-21", "Lisbon", LISBON
            ),
            "Meeting with EDP Renováveis": _e("2026-04-22", "Lisbon", LISBON),
            "Address to the Indian diaspora": _e("2026-04-23", "Amadora", LISBON, "proposed"),
            "Return to India": _e("2026-04-24", None, KOLKATA, "proposed"),
        },
        "stops": [("Lisbon", "2026-04-20", "2026-04-24")],
        "contacts": [
            (
                "Madalena Oliveira e Silva",
                "",
                "Board Member",
                "Agency for Investment and Foreign Trade of Portugal (AICEP)",
                "host",
            ),
        ],
    },
    # Roman Hindi video description (premiered 14 November); Quezon City, 10 km from Manila, on the
    # last day is no stop
    "rules9_route_roman_vlog_pb_philippines": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-12"),
        "engagements": {
            "Arrival in Manila": _e("2026-11-09", "Manila", MANILA),
            "Meeting with Philippine Board of Investments": _e("2026-11-10", "Manila", MANILA),
            "Address to the Indian diaspora": _e("2026-11-11", "Quezon City", MANILA),
            "Return to India": _e("2026-11-12", None, KOLKATA),
        },
        "stops": [("Manila", "2026-11-09", "2026-11-12")],
        "contacts": [],
    },
    # Hindi highlights after the return (20 January 2027): the flight from Tokyo to Sapporo
    "rules9_route_hi_highlights_up_japan": {
        "published": None,
        "language": "hi",
        "head": "Deputy Chief Minister Keshav Prasad Maurya",
        "year": 2027,
        "span": ("2027-01-13", "2027-01-17"),
        "engagements": {
            "Arrival in Tokyo": _e("2027-01-13", "Tokyo", TOKYO),
            "Meeting with JETRO": _e("2027-01-14", "Tokyo", TOKYO),
            "Departure for Sapporo": _e("2027-01-15", "Sapporo", TOKYO),
            "Meeting with Hokkaido Government": _e("2027-01-16", "Sapporo", TOKYO),
            "Return to India": _e("2027-01-17", None, KOLKATA),
        },
        "stops": [("Tokyo", "2027-01-13", "2027-01-15"), ("Sapporo", "2027-01-15", "2027-01-17")],
        "contacts": [],
    },
    # Roman Hindi video description (premiered 26 September): the flight from Berlin to Munich
    "rules9_route_roman_vlog_hr_germany": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-09-20", "2026-09-24"),
        "engagements": {
            "Arrival in Berlin": _e("2026-09-20", "Berlin", BERLIN),
            "Meeting with Germany Trade and Invest (GTAI)": _e("2026-09-21", "Berlin", BERLIN),
            "Departure for Munich": _e("2026-09-22", "Munich", BERLIN),
            "Meeting with BMW": _e("2026-09-23", "Munich", BERLIN),
            "Return to India": _e("2026-09-24", None, KOLKATA),
        },
        "stops": [("Berlin", "2026-09-20", "2026-09-22"), ("Munich", "2026-09-22", "2026-09-24")],
        "contacts": [],
    },
    # preview (28 September): two teams at once, named only as the Chief Minister and officials
    "rules9_route_en_preview_ap_vietnam_thailand": {
        "published": None,
        "language": "en",
        "head": "Chief Minister",
        "year": 2026,
        "span": ("2026-10-05", "2026-10-09"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-10-05", "Hanoi", HCM, "proposed"),
            "Meeting with VCCI": _e("2026-10-06", "Hanoi", HCM, "proposed"),
            "Departure for Ho Chi Minh City": _e("2026-10-07", "Ho Chi Minh City", HCM, "proposed"),
            "Address to the Indian diaspora": _e("2026-10-08", "Ho Chi Minh City", HCM, "proposed"),
            "Arrival in Bangkok": _e("2026-10-05", "Bangkok", BANGKOK, "proposed"),
            "Meeting with Thailand Board of Investment": _e("2026-10-06", "Bangkok", BANGKOK, "proposed"),
            "Departure for Chiang Mai": _e("2026-10-07", "Chiang Mai", BANGKOK, "proposed"),
            "Visit to Chiang Mai University": _e("2026-10-08", "Chiang Mai", BANGKOK, "proposed"),
            "Return to India": _e("2026-10-09", None, KOLKATA, "proposed"),
        },
        "stops": [
            ("Hanoi", "2026-10-05", "2026-10-07"),
            ("Bangkok", "2026-10-05", "2026-10-07"),
            ("Ho Chi Minh City", "2026-10-07", "2026-10-09"),
            ("Chiang Mai", "2026-10-07", "2026-10-09"),
        ],
        "contacts": [],
    },
    # Hindi report after the return (10 March): the Chief Minister in the UAE, officials in Saudi Arabia
    "rules9_route_hi_report_gj_uae_saudiarabia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister",
        "year": 2026,
        "span": ("2026-03-03", "2026-03-07"),
        "engagements": {
            "Arrival in Dubai": _e("2026-03-03", "Dubai", DUBAI),
            "Meeting with DP World": _e("2026-03-04", "Dubai", DUBAI),
            "Departure for Abu Dhabi": _e("2026-03-05", "Abu Dhabi", DUBAI),
            "Meeting with Mubadala": _e("2026-03-06", "Abu Dhabi", DUBAI),
            "Arrival in Riyadh": _e("2026-03-03", "Riyadh", RIYADH),
            "Meeting with Ministry of Investment": _e("2026-03-04", "Riyadh", RIYADH),
            "Departure for Jeddah": _e("2026-03-05", "Jeddah", RIYADH),
            "Meeting with Jeddah Chamber of Commerce": _e("2026-03-06", "Jeddah", RIYADH),
            "Return to India": _e("2026-03-07", None, KOLKATA),
        },
        "stops": [
            ("Dubai", "2026-03-03", "2026-03-05"),
            ("Riyadh", "2026-03-03", "2026-03-05"),
            ("Abu Dhabi", "2026-03-05", "2026-03-07"),
            ("Jeddah", "2026-03-05", "2026-03-07"),
        ],
        "contacts": [],
    },
}
