"""Expected visits for the fourth round's people, stops and zones (``rules4_*``, task "article-people").

Written from the articles before the parser changes, each kind in at least two wordings: Arabic
names with bin/Al in Devanagari and Latin, "Victoria's Premier X" / "X, Country's Minister of Y",
Japanese and Korean names (Latin and Devanagari, "Mr X" after the full name), an office with its
portfolio before the honorific ("प्रमुख सचिव उद्योग श्री …"), a drive as a journey, a trip "in
Canada from … to …" moving on mid-way, and two ministers travelling to different countries at once.
Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

DUBAI, BAHRAIN, RIYADH = "Asia/Dubai", "Asia/Bahrain", "Asia/Riyadh"
TOKYO, SEOUL = "Asia/Tokyo", "Asia/Seoul"
LA, VANCOUVER = "America/Los_Angeles", "America/Vancouver"
BERLIN, PARIS, SYDNEY = "Europe/Berlin", "Europe/Paris", "Australia/Sydney"

RULES4_PEOPLE: dict[str, dict[str, Any]] = {
    # a Hindi list of Arabic names with बिन/अल, "X के चेयरमैन …", "Y की ओर से X", an office + portfolio + श्री
    "rules4_hi_gulf_names_mp_uae": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-11-05", "2026-11-08"),
        "engagements": {
            "Arrival in Dubai": _e("2026-11-05", "Dubai", DUBAI),
            "Meeting with Dubai Chamber of Commerce": _e("2026-11-06", "Dubai", DUBAI),
            "Meeting with DP World": _e("2026-11-06", "Dubai", DUBAI),
            "Departure for Abu Dhabi": _e("2026-11-07", "Abu Dhabi", DUBAI),
            "Meeting with Mubadala": _e("2026-11-07", "Abu Dhabi", DUBAI),
            "Return to India": _e("2026-11-08", None, KOLKATA),
        },
        "stops": [("Dubai", "2026-11-05", "2026-11-07"), ("Abu Dhabi", "2026-11-07", "2026-11-08")],
        "contacts": [
            (
                "Sheikh Ahmed bin Saeed Al Maktoum",
                "शेख़ अहमद बिन सईद अल मकतूम",
                "Chairman",
                "Dubai Chamber of Commerce",
                "host",
            ),
            ("Sultan Ahmed bin Sulayem", "सुल्तान अहमद बिन सुलायम", "Chairman", "DP World", "host"),
            ("Waleed Al Mokarrab", "वलीद अल मुकर्रब", "", "Mubadala", "host"),
            ("Sanjay Shukla", "संजय शुक्ला", "Principal Secretary", "", "delegation"),
        ],
    },
    # "Shaikh X bin Y Al Z, Bahrain's Minister of Finance", "Saudi Arabia's Minister of Investment X",
    # a drive across the causeway as the journey to the next stop, the diaspora in the day's stop
    "rules4_en_gulf_names_tg_bahrain": {
        "published": None,
        "language": "en",
        "head": "Chief Minister A. Revanth Reddy",
        "year": 2027,
        "span": ("2027-02-14", "2027-02-19"),
        "engagements": {
            "Arrival in Manama": _e("2027-02-14", "Manama", BAHRAIN),
            "Meeting with Ministry of Finance": _e("2027-02-15", "Manama", BAHRAIN),
            "Address to the Indian diaspora": _e("2027-02-15", "Manama", BAHRAIN),
            "Departure for Dammam": _e("2027-02-16", "Dammam", RIYADH),
            "Meeting with Saudi Aramco": _e("2027-02-16", "Dammam", RIYADH),
            "Departure for Riyadh": _e("2027-02-17", "Riyadh", RIYADH),
            "Meeting with Ministry of Investment": _e("2027-02-18", "Riyadh", RIYADH),
            "Return to India": _e("2027-02-19", None, KOLKATA),
        },
        "stops": [
            ("Manama", "2027-02-14", "2027-02-16"),
            ("Dammam", "2027-02-16", "2027-02-17"),
            ("Riyadh", "2027-02-17", "2027-02-19"),
        ],
        "contacts": [
            (
                "Shaikh Salman bin Khalifa Al Khalifa",
                "",
                "Minister of Finance",
                "Ministry of Finance",
                "host",
            ),
            ("Amin Nasser", "", "President", "Saudi Aramco", "host"),
            ("Khalid Al-Falih", "", "Minister of Investment", "Ministry of Investment", "host"),
        ],
    },
    # "Ontario's Premier X", "British Columbia Premier Y": a foreign head of government is a host;
    # "will be in Canada from … to …" is the visit's span though he leaves for Vancouver mid-way
    "rules4_en_premier_pb_canada": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-14"),
        "engagements": {
            "Arrival in Toronto": _e("2026-06-08", "Toronto", "America/Toronto"),
            "Meeting with Doug Ford": _e("2026-06-09", "Toronto", "America/Toronto"),
            "Address to the Indian diaspora": _e("2026-06-10", "Toronto", "America/Toronto"),
            "Departure for Vancouver": _e("2026-06-11", "Vancouver", "America/Vancouver"),
            "Meeting with David Eby": _e("2026-06-12", "Vancouver", "America/Vancouver"),
            "Visit to University of British Columbia": _e("2026-06-13", "Vancouver", "America/Vancouver"),
            "Return to India": _e("2026-06-14", None, KOLKATA),
        },
        "stops": [("Toronto", "2026-06-08", "2026-06-11"), ("Vancouver", "2026-06-11", "2026-06-14")],
        "contacts": [("Doug Ford", "", "Premier", "", "host"), ("David Eby", "", "Premier", "", "host")],
    },
    # "Western Australia's Premier X", "South Australian Premier Y" (two zones, no DST in Perth)
    "rules4_en_premier_wb_australia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Shashi Panja",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-17"),
        "engagements": {
            "Arrival in Perth": _e("2026-10-12", "Perth", "Australia/Perth"),
            "Meeting with Roger Cook": _e("2026-10-13", "Perth", "Australia/Perth"),
            "Departure for Adelaide": _e("2026-10-14", "Adelaide", "Australia/Adelaide"),
            "Meeting with Peter Malinauskas": _e("2026-10-15", "Adelaide", "Australia/Adelaide"),
            "Return to India": _e("2026-10-17", None, KOLKATA),
        },
        "stops": [("Perth", "2026-10-12", "2026-10-14"), ("Adelaide", "2026-10-14", "2026-10-17")],
        "contacts": [
            ("Roger Cook", "", "Premier", "", "host"),
            ("Peter Malinauskas", "", "Premier", "", "host"),
        ],
    },
    # Japanese and Korean names in Latin: "X, President of Y", "Y's Vice Chairman X", "Mr X" again later
    "rules4_en_jp_kr_names_up": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Yogi Adityanath",
        "year": 2026,
        "span": ("2026-08-24", "2026-08-29"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-08-24", "Tokyo", TOKYO),
            "Meeting with Daikin Industries": _e("2026-08-25", "Tokyo", TOKYO),
            "Meeting with JETRO": _e("2026-08-25", "Tokyo", TOKYO),
            "Departure for Seoul": _e("2026-08-27", "Seoul", SEOUL),
            "Meeting with Hyundai Motor": _e("2026-08-27", "Seoul", SEOUL),
            "Meeting with Samsung SDS": _e("2026-08-28", "Seoul", SEOUL),
            "Return to India": _e("2026-08-29", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-08-24", "2026-08-27"), ("Seoul", "2026-08-27", "2026-08-29")],
        "contacts": [
            ("Hiroshi Kanemura", "", "President", "Daikin Industries", "host"),
            ("Norihiko Ishiguro", "", "Chairman", "JETRO", "host"),
            ("Chang Jae-hoon", "", "Vice Chairman", "Hyundai Motor", "host"),
            ("Kim Min-seok", "", "CEO", "Samsung SDS", "host"),
        ],
    },
    # Japanese and Korean names in Devanagari, "श्री मिबे" after the full name, "X की ओर से उपाध्यक्ष Y",
    # an office with its portfolio before श्री
    "rules4_hi_jp_kr_names_hr": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-10-18", "2026-10-22"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-10-18", "Tokyo", TOKYO),
            "Meeting with Honda": _e("2026-10-19", "Tokyo", TOKYO),
            "Departure for Seoul": _e("2026-10-20", "Seoul", SEOUL),
            "Meeting with KOTRA": _e("2026-10-20", "Seoul", SEOUL),
            "Meeting with LG": _e("2026-10-21", "Seoul", SEOUL),
            "Return to India": _e("2026-10-22", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-10-18", "2026-10-20"), ("Seoul", "2026-10-20", "2026-10-22")],
        "contacts": [
            ("Toshihiro Mibe", "तोशिहिरो मिबे", "Chairman", "Honda", "host"),
            ("Park Ji-hoon", "पार्क जी-हून", "Vice President", "KOTRA", "host"),
            ("Cho Joo-wan", "चो जू-वान", "CEO", "LG", "host"),
            ("Amit Agrawal", "अमित अग्रवाल", "Additional Chief Secretary", "", "delegation"),
        ],
    },
    # two ministers in two countries at once: each one's stops follow his own engagements
    "rules4_en_two_teams_od": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Sampad Chandra Swain",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "engagements": {
            "Meeting with Toyota Tsusho": _e("2026-11-09", "Tokyo", TOKYO),
            "Meeting with Mitsubishi Electric": _e("2026-11-10", "Tokyo", TOKYO),
            "Meeting with Panasonic": _e("2026-11-11", "Osaka", TOKYO),
            "Meeting with Temasek": _e("2026-11-10", "Singapore", "Asia/Singapore"),
            "Visit to Malaysian Investment Development Authority": _e(
                "2026-11-12", "Kuala Lumpur", "Asia/Kuala_Lumpur"
            ),
            "Return to India": _e("2026-11-13", None, KOLKATA),
        },
        "stops": [
            ("Tokyo", "2026-11-09", "2026-11-10"),
            ("Singapore", "2026-11-10", "2026-11-11"),
            ("Osaka", "2026-11-11", "2026-11-13"),
            ("Kuala Lumpur", "2026-11-12", "2026-11-13"),
        ],
        "contacts": [("Mukesh Mahaling", "", "Finance Minister", "", "delegation")],
    },
    "rules4_en_two_teams_gj": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2027,
        "span": ("2027-03-29", "2027-04-02"),
        "engagements": {
            "Meeting with Micron Technology": _e("2027-03-29", "Boise", "America/Boise"),
            "Meeting with Tesla": _e("2027-03-31", "Austin", "America/Chicago"),
            "Visit to Embrapa": _e("2027-03-30", "Brasília", "America/Sao_Paulo"),
            "Meeting with JBS": _e("2027-04-01", "São Paulo", "America/Sao_Paulo"),
            "Return to India": _e("2027-04-02", None, KOLKATA),
        },
        "stops": [
            ("Boise", "2027-03-29", "2027-03-30"),
            ("Brasília", "2027-03-30", "2027-03-31"),
            ("Austin", "2027-03-31", "2027-04-02"),
            ("São Paulo", "2027-04-01", "2027-04-02"),
        ],
        "contacts": [("Raghavji Patel", "", "Agriculture Minister", "", "delegation")],
    },
    # the same in Hindi: "नंदी … को म्यूनिख में …", "वे" after him, "दोनों मंत्री … लौटेंगे"
    "rules4_hi_two_teams_up": {
        "published": None,
        "language": "hi",
        "head": "Industrial Development Minister Nand Gopal Nandi",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Meeting with Siemens": _e("2026-09-14", "Munich", BERLIN),
            "Meeting with Bosch": _e("2026-09-16", "Stuttgart", BERLIN),
            "Meeting with Airbus": _e("2026-09-15", "Paris", PARIS),
            "Visit to Airbus": _e("2026-09-17", "Toulouse", PARIS),
            "Return to India": _e("2026-09-18", None, KOLKATA),
        },
        "stops": [
            ("Munich", "2026-09-14", "2026-09-15"),
            ("Paris", "2026-09-15", "2026-09-16"),
            ("Stuttgart", "2026-09-16", "2026-09-18"),
            ("Toulouse", "2026-09-17", "2026-09-18"),
        ],
        "contacts": [("Suresh Khanna", "सुरेश खन्ना", "Finance Minister", "", "delegation")],
    },
    # a premier met beside a company's chief in one sentence: a meeting of their own, both in the
    # city that opens the sentence ("On April 6 in Sydney he will meet …, and …")
    "rules4_en_premier_list_pb_australia": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-04-05", "2026-04-09"),
        "engagements": {
            "Arrival in Sydney": _e("2026-04-05", "Sydney", SYDNEY),
            "Meeting with Chris Minns": _e("2026-04-06", "Sydney", SYDNEY),
            "Meeting with Qantas": _e("2026-04-06", "Sydney", SYDNEY),
            "Meeting with Richard Marles": _e("2026-04-07", "Canberra", SYDNEY),
            "Return to India": _e("2026-04-09", None, KOLKATA),
        },
        "stops": [("Sydney", "2026-04-05", "2026-04-06"), ("Canberra", "2026-04-07", "2026-04-09")],
        "contacts": [
            ("Chris Minns", "", "Premier", "", "host"),
            ("Vanessa Hudson", "", "CEO", "Qantas", "host"),
            ("Richard Marles", "", "Deputy Prime Minister", "", "host"),
        ],
    },
    "rules4_hi_premier_list_hr_australia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2027,
        "span": ("2027-03-01", "2027-03-04"),
        "engagements": {
            "Arrival in Perth": _e("2027-03-01", "Perth", "Australia/Perth"),
            "Meeting with Roger Cook": _e("2027-03-02", "Perth", "Australia/Perth"),
            "Meeting with BHP": _e("2027-03-02", "Perth", "Australia/Perth"),
            "Address to the Indian diaspora": _e("2027-03-03", "Perth", "Australia/Perth"),
            "Return to India": _e("2027-03-04", None, KOLKATA),
        },
        "stops": [("Perth", "2027-03-01", "2027-03-04")],
        "contacts": [
            ("Roger Cook", "रॉजर कुक", "Premier", "", "host"),
            ("Mike Henry", "माइक हेनरी", "CEO", "BHP", "host"),
        ],
    },
    # people of a list each with their own title and body; an unknown body right before a title is
    # that title's, not the previous person's ("पैनासोनिक के सीईओ X तथा निडेक के संस्थापक Y"); a foreign
    # minister named after "जापान के" and a portfolio of several words is a host
    "rules4_hi_jp_titles_mp": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-05-10", "2026-05-13"),
        "engagements": {
            "Meeting with Sony": _e("2026-05-11", "Tokyo", TOKYO),
            "Meeting with Panasonic": _e("2026-05-11", "Tokyo", TOKYO),
            "Meeting with Nidec": _e("2026-05-11", "Tokyo", TOKYO),
            "Meeting with Ministry of Economy, Trade and Industry": _e("2026-05-12", "Tokyo", TOKYO),
            "Meeting with Yuriko Koike": _e("2026-05-12", "Tokyo", TOKYO),
            "Return to India": _e("2026-05-13", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-05-10", "2026-05-13")],
        "contacts": [
            ("Kenichiro Yoshida", "केनिचिरो योशिदा", "Chairman", "Sony", "host"),
            ("Yuki Kusumi", "युकी कुसुमी", "CEO", "Panasonic", "host"),
            ("Shigenobu Nagamori", "शिगेनोबु नागामोरी", "Founder", "Nidec", "host"),
            ("Yoji Muto", "योजी मुतो", "Minister of Economy, Trade and Industry", "", "host"),
            ("Yuriko Koike", "युरिको कोइके", "Governor", "", "host"),
        ],
    },
    "rules4_hi_kr_titles_mh": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Devendra Fadnavis",
        "year": 2026,
        "span": ("2026-05-10", "2026-05-13"),
        "engagements": {
            "Arrival in Seoul": _e("2026-05-10", "Seoul", SEOUL),
            "Meeting with Ministry of Trade, Industry and Energy": _e("2026-05-11", "Seoul", SEOUL),
            "Meeting with Samsung": _e("2026-05-12", "Seoul", SEOUL),
            "Meeting with LG": _e("2026-05-12", "Seoul", SEOUL),
            "Meeting with POSCO": _e("2026-05-12", "Seoul", SEOUL),
            "Return to India": _e("2026-05-13", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-05-10", "2026-05-13")],
        "contacts": [
            ("Ahn Duk-geun", "अहन डुक-गुन", "Minister of Trade, Industry and Energy", "", "host"),
            ("Lee Jae-yong", "ली जे-योंग", "Chairman", "Samsung", "host"),
            ("Cho Joo-wan", "चो जू-वान", "CEO", "LG", "host"),
            ("Chang In-hwa", "चांग इन-ह्वा", "Chairman", "POSCO", "host"),
        ],
    },
    # "Hyundai Motor Group's Chung Eui-sun", "Toyota's Akio Toyoda": a body's person without a title
    "rules4_en_kr_owned_tn": {
        "published": None,
        "language": "en",
        "head": "Chief Minister M.K. Stalin",
        "year": 2026,
        "span": ("2026-05-10", "2026-05-13"),
        "engagements": {
            "Meeting with Ministry of Trade, Industry and Energy": _e("2026-05-11", "Seoul", SEOUL),
            "Meeting with Samsung Electronics": _e("2026-05-11", "Seoul", SEOUL),
            "Meeting with Hyundai Motor Group": _e("2026-05-12", "Seoul", SEOUL),
            "Meeting with Oh Se-hoon": _e("2026-05-12", "Seoul", SEOUL),
            "Return to India": _e("2026-05-13", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-05-10", "2026-05-13")],
        "contacts": [
            ("Ahn Duk-geun", "", "Minister of Trade, Industry and Energy", "", "host"),
            ("Lee Jae-yong", "", "Chairman", "Samsung Electronics", "host"),
            ("Chung Eui-sun", "", "", "Hyundai Motor Group", "host"),
            ("Oh Se-hoon", "", "Mayor", "", "host"),
        ],
    },
    "rules4_en_jp_owned_wb": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Mamata Banerjee",
        "year": 2026,
        "span": ("2026-05-10", "2026-05-13"),
        "engagements": {
            "Meeting with Sony": _e("2026-05-11", "Tokyo", TOKYO),
            "Meeting with Panasonic": _e("2026-05-11", "Tokyo", TOKYO),
            "Meeting with Nidec": _e("2026-05-11", "Tokyo", TOKYO),
            "Meeting with Toyota": _e("2026-05-12", "Tokyo", TOKYO),
            "Return to India": _e("2026-05-13", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-05-10", "2026-05-13")],
        "contacts": [
            ("Kenichiro Yoshida", "", "Chairman", "Sony", "host"),
            ("Yuki Kusumi", "", "CEO", "Panasonic", "host"),
            ("Shigenobu Nagamori", "", "Founder", "Nidec", "host"),
            ("Akio Toyoda", "", "", "Toyota", "host"),
        ],
    },
    # "पैनासोनिक के युकी कुसुमी से", "सुजुकी मोटर के केनिची आयुकावा के साथ": a body's person without a title
    "rules4_hi_owned_names_gj_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-06-24", "2026-06-27"),
        "engagements": {
            "Arrival in Osaka": _e("2026-06-24", "Osaka", TOKYO),
            "Meeting with Panasonic": _e("2026-06-25", "Osaka", TOKYO),
            "Meeting with Honda": _e("2026-06-25", "Osaka", TOKYO),
            "Meeting with Suzuki": _e("2026-06-26", "Tokyo", TOKYO),
            "Return to India": _e("2026-06-27", None, KOLKATA),
        },
        "stops": [("Osaka", "2026-06-24", "2026-06-25"), ("Tokyo", "2026-06-26", "2026-06-27")],
        "contacts": [
            ("Yuki Kusumi", "युकी कुसुमी", "", "Panasonic", "host"),
            ("Toshihiro Mibe", "तोशिहिरो मिबे", "", "Honda", "host"),
            ("Kenichi Ayukawa", "केनिची आयुकावा", "", "Suzuki", "host"),
        ],
    },
    "rules4_hi_owned_names_mh_germany": {
        "published": None,
        "language": "hi",
        "head": "Deputy Chief Minister Eknath Shinde",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-10"),
        "engagements": {
            "Arrival in Munich": _e("2026-09-07", "Munich", BERLIN),
            "Meeting with Siemens": _e("2026-09-08", "Munich", BERLIN),
            "Meeting with Volkswagen": _e("2026-09-09", "Berlin", BERLIN),
            "Return to India": _e("2026-09-10", None, KOLKATA),
        },
        "stops": [("Munich", "2026-09-07", "2026-09-08"), ("Berlin", "2026-09-09", "2026-09-10")],
        "contacts": [
            ("Roland Busch", "रोलैंड बुश", "", "Siemens", "host"),
            ("Oliver Blume", "ओलिवर ब्लूम", "", "Volkswagen", "host"),
        ],
    },
    # Japanese and Korean names with their own script in brackets: "Akio Toyoda (豊田章男)",
    # "Chey Tae-won (최태원), chairman of SK Group" (the name before the bracket and the comma)
    "rules4_en_cjk_names_ap_japan": {
        "published": None,
        "language": "en",
        "head": "Chief Minister N. Chandrababu Naidu",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-15"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-10-12", "Tokyo", TOKYO),
            "Meeting with Toyota": _e("2026-10-13", "Tokyo", TOKYO),
            "Meeting with Nissan": _e("2026-10-13", "Tokyo", TOKYO),
            "Meeting with JETRO": _e("2026-10-14", "Tokyo", TOKYO),
            "Return to India": _e("2026-10-15", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-10-12", "2026-10-15")],
        "contacts": [
            ("Akio Toyoda", "豊田章男", "Chairman", "Toyota", "host"),
            ("Ivan Espinosa", "イヴァン・エスピノーサ", "CEO", "Nissan", "host"),
            ("Makoto Uchida", "内田誠", "Chairman", "JETRO", "host"),
        ],
    },
    "rules4_en_cjk_names_tn_korea": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2027,
        "span": ("2027-03-09", "2027-03-12"),
        "engagements": {
            "Arrival in Seoul": _e("2027-03-09", "Seoul", SEOUL),
            "Meeting with LG": _e("2027-03-10", "Seoul", SEOUL),
            "Meeting with SK Group": _e("2027-03-10", "Seoul", SEOUL),
            "Visit to Hyundai Motor": _e("2027-03-11", "Ulsan", SEOUL),
            "Return to India": _e("2027-03-12", None, KOLKATA),
        },
        "stops": [("Seoul", "2027-03-09", "2027-03-10"), ("Ulsan", "2027-03-11", "2027-03-12")],
        "contacts": [
            ("Koo Kwang-mo", "구광모", "Chairman", "LG", "host"),
            ("Chey Tae-won", "최태원", "Chairman", "SK Group", "host"),
            ("Jose Munoz", "", "President", "Hyundai Motor", "host"),
        ],
    },
    # a US and Canada tour: the diaspora on a day in Seattle though Canada was the last country named,
    # "Washington's Governor" met in Seattle, "Mr Nadella" after "Satya Nadella", a premier in Vancouver
    "rules4_en_seattle_ka_us_canada": {
        "published": None,
        "language": "en",
        "head": "Industries Minister M.B. Patil",
        "year": 2027,
        "span": ("2027-05-10", "2027-05-16"),
        "engagements": {
            "Arrival in Seattle": _e("2027-05-10", "Seattle", LA),
            "Address to the Indian diaspora": _e("2027-05-11", "Seattle", LA),
            "Meeting with Bob Ferguson": _e("2027-05-11", "Seattle", LA),
            "Meeting with Microsoft": _e("2027-05-12", "Seattle", LA),
            "Meeting with Microsoft ": _e("2027-05-13", "Seattle", LA),
            "Departure for Vancouver": _e("2027-05-14", "Vancouver", VANCOUVER),
            "Meeting with David Eby": _e("2027-05-15", "Vancouver", VANCOUVER),
            "Return to India": _e("2027-05-16", None, KOLKATA),
        },
        "stops": [("Seattle", "2027-05-10", "2027-05-14"), ("Vancouver", "2027-05-14", "2027-05-16")],
        "contacts": [
            ("Bob Ferguson", "", "Governor", "", "host"),
            ("Satya Nadella", "", "Chairman", "Microsoft", "host"),
            ("David Eby", "", "Premier", "", "host"),
        ],
    },
    # the same kinds in Hindi: "वॉशिंगटन के गवर्नर", "श्री नडेला" after "सत्या नडेला", "ब्रिटिश कोलंबिया के
    # प्रीमियर" (not Colombia: the premier is met where the delegation is)
    "rules4_hi_seattle_mp_us_canada": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2027,
        "span": ("2027-05-10", "2027-05-16"),
        "engagements": {
            "Arrival in Seattle": _e("2027-05-10", "Seattle", LA),
            "Address to the Indian diaspora": _e("2027-05-11", "Seattle", LA),
            "Meeting with Bob Ferguson": _e("2027-05-11", "Seattle", LA),
            "Meeting with Microsoft": _e("2027-05-12", "Seattle", LA),
            "Meeting with Microsoft ": _e("2027-05-13", "Seattle", LA),
            "Departure for Vancouver": _e("2027-05-14", "Vancouver", VANCOUVER),
            "Meeting with David Eby": _e("2027-05-15", "Vancouver", VANCOUVER),
            "Return to India": _e("2027-05-16", None, KOLKATA),
        },
        "stops": [("Seattle", "2027-05-10", "2027-05-14"), ("Vancouver", "2027-05-14", "2027-05-16")],
        "contacts": [
            ("Bob Ferguson", "बॉब फर्ग्यूसन", "Governor", "", "host"),
            ("Satya Nadella", "सत्या नडेला", "Chairman", "Microsoft", "host"),
            ("David Eby", "डेविड एबी", "Premier", "", "host"),
        ],
    },
}

__all__ = ["RULES4_PEOPLE"]
