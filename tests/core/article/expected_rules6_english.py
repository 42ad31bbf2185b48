"""Expected visits for the sixth rules round, task "article6-english" (``rules6_en_*``).

Kinds of English writing the blind4 set showed failing: a weekday and its date set off by commas
(``on Monday, November 9, for a visit that ends on Friday, November 13``: two dates in one sentence,
each read in its own clause); a sentence dated only by the one before it (``the same morning``,
``That morning``); a body's role with the name after a comma or before it (``SAIC Motor's Vice
President, Mr. Zhang Wei``, ``Mr. X, Brookfield Asset Management's Managing Director``), C-suite titles
(``Chief Commercial Officer``); a host named in a sentence of their own (``Embraer's Chief Commercial
Officer, Mrs. X, will receive the delegation``) is the host of the engagement with that body; a
sentence that sums the visit up (``after three days of meetings with investors``) is no engagement;
the date of another verb (``… before the delegation leaves for Osaka on Friday``); ``the Japanese
capital`` (the country's capital); ``a day after the delegation landed`` (the day before); an
itinerary's noun phrases (``Visit to Mowi's aquaculture innovation centre``, ``a visit to LS Electric
headquarters``); a city written without its letters ł, ø (``Wroclaw``, ``Tromso``); ``the leadership of
X``; common nouns joined into one name (``Baden-Wuerttemberg Trade and Investment Agency``); a body
described after a comma (``Bayern Innovativ, the Free State of Bavaria's innovation agency``); a
qualified title after a name (``Dr. X, Acting Director``); a city's name inside a place's (``Manly
Beach``).
Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

BERLIN, SYDNEY = "Europe/Berlin", "Australia/Sydney"
PARIS, BANGKOK = "Europe/Paris", "Asia/Bangkok"
SF, MEXICO, MONTERREY = "America/Los_Angeles", "America/Mexico_City", "America/Monterrey"
TOKYO, WARSAW, OSLO, SEOUL = "Asia/Tokyo", "Europe/Warsaw", "Europe/Oslo", "Asia/Seoul"
HANOI, TORONTO, VANCOUVER, DUBAI = "Asia/Ho_Chi_Minh", "America/Toronto", "America/Vancouver", "Asia/Dubai"
CIBC = "Canada-India Business Council (C-IBC)"
CPP = "Canada Pension Plan Investment Board (CPP Investments)"

RULES6_ENGLISH: dict[str, dict[str, Any]] = {
    # "arrive in Hanoi on Monday, March 9, for a four-day visit that concludes on Thursday, March 12";
    # "On Tuesday, March 10, … meet VinFast's Chief Financial Officer, Ms. …"; "The same morning"
    "rules6_en_weekday_comma_tn_vietnam": {
        "published": None,
        "language": "en",
        "head": "Chief Minister M.K. Stalin",
        "year": 2026,
        "span": ("2026-03-09", "2026-03-12"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-03-09", "Hanoi", HANOI),
            "Meeting with VinFast": _e("2026-03-10", "Hanoi", HANOI),
            "Visit to VCCI": _e("2026-03-10", "Hanoi", HANOI),
            "Departure for Ho Chi Minh City": _e("2026-03-11", "Ho Chi Minh City", HANOI),
            "Address to the Indian diaspora": _e("2026-03-11", "Ho Chi Minh City", HANOI),
            "Return to India": _e("2026-03-12", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-03-09", "2026-03-11"), ("Ho Chi Minh City", "2026-03-11", "2026-03-12")],
        "contacts": [("Nguyen Thi Lan", "", "Chief Financial Officer", "VinFast", "host")],
    },
    # a report after the visit: "reached Toronto on Monday, September 14, and left for Vancouver on
    # Thursday, September 17, after …"; "Mr. David Lawson, Brookfield Asset Management's Managing
    # Director"; "CPP Investments' Chief Investment Officer, Ms. …, presented …" (a sentence of its own)
    "rules6_en_report_past_gj_canada": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-19"),
        "engagements": {
            "Arrival in Toronto": _e("2026-09-14", "Toronto", TORONTO),
            "Meeting with Brookfield Asset Management": _e("2026-09-15", "Toronto", TORONTO),
            f"Meeting with {CIBC}": _e("2026-09-15", "Toronto", TORONTO),
            f"Meeting with {CPP}": _e("2026-09-16", "Toronto", TORONTO),
            "Departure for Vancouver": _e("2026-09-17", "Vancouver", VANCOUVER),
            "Visit to Port of Vancouver": _e("2026-09-18", "Vancouver", VANCOUVER),
            "Return to India": _e("2026-09-19", None, KOLKATA),
        },
        "stops": [("Toronto", "2026-09-14", "2026-09-17"), ("Vancouver", "2026-09-17", "2026-09-19")],
        "contacts": [
            ("David Lawson", "", "Managing Director", "Brookfield Asset Management", "host"),
            ("Sarah Whitfield", "", "Chief Investment Officer", "CPP Investments", "host"),
        ],
    },
    # "from Sunday, October 4, to Wednesday, October 7"; "DP World's Chief Commercial Officer, Mr. …";
    # "That morning"; "Lulu Group's Managing Director, Mr. …, will receive the Minister" (its own sentence)
    "rules6_en_that_morning_kl_uae": {
        "published": None,
        "language": "en",
        "head": "Industries Minister P. Rajeeve",
        "year": 2026,
        "span": ("2026-10-04", "2026-10-07"),
        "engagements": {
            "Arrival in Dubai": _e("2026-10-04", "Dubai", DUBAI),
            "Meeting with DP World": _e("2026-10-05", "Dubai", DUBAI),
            "Visit to Jebel Ali Free Zone (JAFZA)": _e("2026-10-05", "Dubai", DUBAI),
            "Departure for Abu Dhabi": _e("2026-10-06", "Abu Dhabi", DUBAI),
            "Meeting with Lulu Group": _e("2026-10-06", "Abu Dhabi", DUBAI),
            "Address to the Indian diaspora": _e("2026-10-06", "Abu Dhabi", DUBAI),
            "Return to India": _e("2026-10-07", None, KOLKATA),
        },
        "stops": [("Dubai", "2026-10-04", "2026-10-06"), ("Abu Dhabi", "2026-10-06", "2026-10-07")],
        "contacts": [
            ("Omar Al Hashimi", "", "Chief Commercial Officer", "DP World", "host"),
            ("Ashraf Ali", "", "Managing Director", "Lulu Group", "host"),
        ],
    },
    # a wire story (no year; the publication date given): "on Wednesday held talks …, a day after the
    # state delegation landed in the Japanese capital"; "address the Tamil diaspora in Tokyo before the
    # delegation leaves for Osaka on Friday"; "Murata Manufacturing's Senior Vice President, Mr. …"
    "rules6_en_wire_capital_tn_japan": {
        "published": dt.date(2026, 5, 13),
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-05-12", "2026-05-17"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-05-12", "Tokyo", TOKYO),
            "Meeting with JETRO": _e("2026-05-13", "Tokyo", TOKYO),
            "Meeting with Murata Manufacturing": _e("2026-05-13", "Tokyo", TOKYO),
            "Address to the Indian diaspora": _e("2026-05-14", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-05-15", "Osaka", TOKYO),
            "Meeting with Kansai Economic Federation": _e("2026-05-16", "Osaka", TOKYO),
            "Return to India": _e("2026-05-17", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-05-12", "2026-05-15"), ("Osaka", "2026-05-15", "2026-05-17")],
        "contacts": [("Kenji Sato", "", "Senior Vice President", "Murata Manufacturing", "host")],
    },
    # "met the … (PAIH) in Warsaw on Tuesday, June 23, the day after his delegation reached the Polish
    # capital"; "meet the Lower Silesian Chamber of Commerce before the delegation flies home on Saturday"
    "rules6_en_day_after_od_poland": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-06-22", "2026-06-27"),
        "engagements": {
            "Arrival in Warsaw": _e("2026-06-22", "Warsaw", WARSAW),
            "Meeting with Polish Investment and Trade Agency (PAIH)": _e("2026-06-23", "Warsaw", WARSAW),
            "Departure for Wrocław": _e("2026-06-25", "Wrocław", WARSAW),
            "Visit to KGHM": _e("2026-06-25", "Wrocław", WARSAW),
            "Address to the Indian diaspora": _e("2026-06-25", "Wrocław", WARSAW),
            "Meeting with Lower Silesian Chamber of Commerce": _e("2026-06-26", "Wrocław", WARSAW),
            "Return to India": _e("2026-06-27", None, KOLKATA),
        },
        "stops": [("Warsaw", "2026-06-22", "2026-06-25"), ("Wrocław", "2026-06-25", "2026-06-27")],
        "contacts": [],
    },
    # a press note's highlights: "Visit to Mowi's aquaculture innovation centre", "Visit to Yara
    # International headquarters, followed by a meeting with Innovation Norway", "Travel to Tromso"
    "rules6_en_highlights_ts_norway": {
        "published": None,
        "language": "en",
        "head": "IT and Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-08-31", "2026-09-03"),
        "engagements": {
            "Arrival in Oslo": _e("2026-08-31", "Oslo", OSLO),
            "Visit to Mowi": _e("2026-08-31", "Oslo", OSLO),
            "Visit to Yara International": _e("2026-09-01", "Oslo", OSLO),
            "Meeting with Innovation Norway": _e("2026-09-01", "Oslo", OSLO),
            "Departure for Tromsø": _e("2026-09-02", "Tromsø", OSLO),
            "Visit to Norwegian College of Fishery Science": _e("2026-09-02", "Tromsø", OSLO),
            "Return to India": _e("2026-09-03", None, KOLKATA),
        },
        "stops": [("Oslo", "2026-08-31", "2026-09-02"), ("Tromsø", "2026-09-02", "2026-09-03")],
        "contacts": [],
    },
    # "includes a visit to LS Electric headquarters and a meeting with the … (KITA)"; "travel to Busan for
    # a visit to Hanwha Ocean's shipyard, followed by an investors' roundtable"
    "rules6_en_schedule_gj_korea": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhupendra Patel",
        "year": 2026,
        "span": ("2026-10-19", "2026-10-22"),
        "engagements": {
            "Arrival in Seoul": _e("2026-10-19", "Seoul", SEOUL),
            "Visit to LS Electric": _e("2026-10-20", "Seoul", SEOUL),
            "Meeting with KITA": _e("2026-10-20", "Seoul", SEOUL),
            "Departure for Busan": _e("2026-10-21", "Busan", SEOUL),
            "Visit to Hanwha Ocean": _e("2026-10-21", "Busan", SEOUL),
            "Investors' roundtable": _e("2026-10-21", "Busan", SEOUL),
            "Return to India": _e("2026-10-22", None, KOLKATA),
        },
        "stops": [("Seoul", "2026-10-19", "2026-10-21"), ("Busan", "2026-10-21", "2026-10-22")],
        "contacts": [],
    },
    # "held talks with the leadership of the Bavarian Chamber …"; "met Bayern Innovativ, the Free State of
    # Bavaria's innovation agency"; "Dr. Markus Brandt, Acting Director, presented"; "the leadership of the
    # Baden-Wuerttemberg Trade and Investment Agency"
    "rules6_en_leadership_mh_germany": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-06-29", "2026-07-03"),
        "engagements": {
            "Arrival in Munich": _e("2026-06-29", "Munich", BERLIN),
            "Meeting with Bavarian Chamber of Industry and Commerce": _e("2026-06-30", "Munich", BERLIN),
            "Meeting with Bayern Innovativ": _e("2026-06-30", "Munich", BERLIN),
            "Departure for Stuttgart": _e("2026-07-01", "Stuttgart", BERLIN),
            "Visit to Fraunhofer Institute for Manufacturing Engineering and Automation (IPA)": _e(
                "2026-07-01", "Stuttgart", BERLIN
            ),
            "Meeting with Baden-Wuerttemberg Trade and Investment Agency": _e(
                "2026-07-02", "Stuttgart", BERLIN
            ),
            "Return to India": _e("2026-07-03", None, KOLKATA),
        },
        "stops": [("Munich", "2026-06-29", "2026-07-01"), ("Stuttgart", "2026-07-01", "2026-07-03")],
        "contacts": [
            (
                "Markus Brandt",
                "",
                "Acting Director",
                "Fraunhofer Institute for Manufacturing Engineering and Automation (IPA)",
                "host",
            )
        ],
    },
    # "talks with the leadership of the University of Sydney"; "a reception near Manly Beach" (Manly is
    # no stop); "Prof. Helen Park, Deputy Vice-Chancellor"; "Investment NSW, the New South Wales
    # Government's … agency"; "representatives of the Australian Research and Innovation Council"
    "rules6_en_leadership_ka_australia": {
        "published": None,
        "language": "en",
        "head": "Higher Education Minister M.C. Sudhakar",
        "year": 2026,
        "span": ("2026-02-16", "2026-02-19"),
        "engagements": {
            "Arrival in Sydney": _e("2026-02-16", "Sydney", SYDNEY),
            "Meeting with University of Sydney": _e("2026-02-17", "Sydney", SYDNEY),
            "Address to the Indian diaspora": _e("2026-02-17", "Sydney", SYDNEY),
            "Meeting with University of New South Wales (UNSW)": _e("2026-02-18", "Sydney", SYDNEY),
            "Meeting with Investment NSW": _e("2026-02-18", "Sydney", SYDNEY),
            "Meeting with Australian Research and Innovation Council": _e("2026-02-18", "Sydney", SYDNEY),
            "Return to India": _e("2026-02-19", None, KOLKATA),
        },
        "stops": [("Sydney", "2026-02-16", "2026-02-19")],
        "contacts": [
            ("Helen Park", "", "Deputy Vice-Chancellor", "University of New South Wales (UNSW)", "host")
        ],
    },
    # "at 5 pm local time (5:30 am IST on Wednesday)": the meeting is on Tuesday; "San Francisco Chamber of
    # Commerce, Industry and Innovation (SFCCII)"; "the leadership of the Silicon Valley Leadership Group"
    "rules6_en_ist_bracket_gj_us": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-10"),
        "engagements": {
            "Arrival in San Francisco": _e("2026-09-07", "San Francisco", SF),
            "Meeting with Silicon Valley Leadership Group": _e("2026-09-08", "San Francisco", SF),
            "Meeting with San Francisco Chamber of Commerce, Industry and Innovation (SFCCII)": _e(
                "2026-09-09", "San Francisco", SF
            ),
            "Address to the Indian diaspora": _e("2026-09-09", "San Francisco", SF),
            "Return to India": _e("2026-09-10", None, KOLKATA),
        },
        "stops": [("San Francisco", "2026-09-07", "2026-09-10")],
        "contacts": [],
    },
    # "call on the Mexican Chamber of Commerce, Industry and Tourism (CANACO) at 6 pm local time (5:30 am
    # IST on Wednesday)"; "later meet the leadership of the … (AMIA)"; "visit Nemak's … plant"
    "rules6_en_ist_bracket_tn_mexico": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-11-23", "2026-11-26"),
        "engagements": {
            "Arrival in Mexico City": _e("2026-11-23", "Mexico City", MEXICO),
            "Meeting with Mexican Chamber of Commerce, Industry and Tourism (CANACO)": _e(
                "2026-11-24", "Mexico City", MEXICO
            ),
            "Meeting with Mexican Automotive Industry Association (AMIA)": _e(
                "2026-11-24", "Mexico City", MEXICO
            ),
            "Departure for Monterrey": _e("2026-11-25", "Monterrey", MONTERREY),
            "Visit to Nemak": _e("2026-11-25", "Monterrey", MONTERREY),
            "Return to India": _e("2026-11-26", None, KOLKATA),
        },
        "stops": [("Mexico City", "2026-11-23", "2026-11-25"), ("Monterrey", "2026-11-25", "2026-11-26")],
        "contacts": [],
    },
    # "concluded its programme in Paris on Thursday" first, in a report of Friday 27 March: the 26th
    "rules6_en_untensed_weekday_hp_france": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Sukhvinder Singh Sukhu",
        "year": 2026,
        "span": ("2026-03-23", "2026-03-28"),
        "engagements": {
            "Arrival in Paris": _e("2026-03-23", "Paris", PARIS),
            "Meeting with EDF": _e("2026-03-24", "Paris", PARIS),
            "Meeting with Business France": _e("2026-03-26", "Paris", PARIS),
            "Return to India": _e("2026-03-28", None, KOLKATA),
        },
        "stops": [("Paris", "2026-03-23", "2026-03-28")],
        "contacts": [("Jean Morel", "", "Senior Vice President", "EDF", "host")],
    },
    # "the delegation began its programme in Bangkok on Tuesday" in a report of Tuesday 13 January: that day
    "rules6_en_untensed_weekday_uk_thailand": {
        "published": None,
        "language": "en",
        "head": "Tourism Minister Satpal Maharaj",
        "year": 2026,
        "span": ("2026-01-12", "2026-01-15"),
        "engagements": {
            "Arrival in Bangkok": _e("2026-01-12", "Bangkok", BANGKOK),
            "Meeting with Thai Travel Agents Association (TTAA)": _e("2026-01-13", "Bangkok", BANGKOK),
            "Address to the Indian diaspora": _e("2026-01-14", "Bangkok", BANGKOK),
            "Return to India": _e("2026-01-15", None, KOLKATA),
        },
        "stops": [("Bangkok", "2026-01-12", "2026-01-15")],
        "contacts": [],
    },
}
