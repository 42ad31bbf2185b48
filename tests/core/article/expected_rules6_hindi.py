"""Expected visits for the sixth rules round, task "article6-hindi" (``rules6_*``): written before the code.

Kinds of Hindi writing the lead saw failing in blind4:

* an e-paper page whose only date is its masthead line, cells split by ``|`` or ``•``
  (``दैनिक नवज्योति | जयपुर संस्करण | सोमवार, 9 फरवरी 2026 | पेज 5``): the weekdays of the report
  are read against it by tense (``रविवार को पहुंचा`` the day before, ``सोमवार को ... करेंगे`` the
  same day);
* the head named in the headline by office and surname alone after the country
  (``जापान में मुख्यमंत्री साय``, ``सिंगापुर में मंत्री राठौड़``): the head, no member of the delegation;
* Roman Hindi with a move inside the country to a lesser city whose name holds a word that spells
  Hindi (``Shah Alam ke liye ravana``: not ``आलम``; ``Khon Kaen ke liye prasthan``): a departure and a
  stop; ``4 May 2026`` is the month, not ``मै``; a name joined by ``of`` stays whole
  (``Thailand Board of Investment (BOI)``, ``Ministry of Health``).
* a departure from the city abroad for a city at home (``लंदन से देहरादून के लिए रवाना होंगे``,
  ``दुबई से जयपुर के लिए प्रस्थान करेंगे``): the return, not a departure for the city left; a sentence
  opening on the day of the visit (``पहले दिन उन्होंने …``, ``दूसरे दिन मुख्यमंत्री ने …``).
* a dateline closed by a bar (``चंडीगढ़, 8 जुलाई 2026 | हरियाणा के मुख्यमंत्री …``): the report's
  date, against which ``आज``, ``कल`` and the weekdays are read.
* a programme table whose item names a body opening with the visited (or the home) country's name
  (``Australia India Institute``, ``Canada Pension Plan Investment Board``, blind4's ``इज़राइल
  इनोवेशन अथॉरिटी``): the row's city still holds for it (rows one day each: a stop ends on its
  last row's day).
* a halt of hours on the way out (``सिंगापुर में करीब दो घंटे रुकने के बाद``, ``इस्तांबुल में तीन घंटे
  रुककर``): no stop and no departure for it; leaving home (``बेंगलुरु से रवाना होगा और … टोक्यो
  पहुंचेगा``) is told by the arrival, no departure of its own.
* a body's Devanagari name after the words opening its clause (``इसके बाद लिप्पो ग्रुप``, ``फिर मसान
  ग्रुप``, blind4's ``इसके बाद अयाला कॉर्पोरेशन``): those words are no part of the name; ``जिसमें डेटा
  सेंटर में निवेश`` names no body.

Same shape as ``expected.BLIND2``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

TOKYO, SINGAPORE, KL, BANGKOK = "Asia/Tokyo", "Asia/Singapore", "Asia/Kuala_Lumpur", "Asia/Bangkok"
LONDON, DUBAI, BERLIN = "Europe/London", "Asia/Dubai", "Europe/Berlin"
SYDNEY, MELBOURNE, TORONTO = "Australia/Sydney", "Australia/Melbourne", "America/Toronto"
MADRID, JAKARTA, HANOI = "Europe/Madrid", "Asia/Jakarta", "Asia/Ho_Chi_Minh"

RULES6_HINDI: dict[str, dict[str, Any]] = {
    # masthead Monday 9 February 2026: रविवार (past) = 8, सोमवार (future) = 9, मंगलवार = 10
    "rules6_hi_epaper_rj_singapore": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Rajyavardhan Singh Rathore",
        "year": None,  # the masthead's year, none in the report
        "span": ("2026-02-08", "2026-02-11"),
        "engagements": {
            "Arrival in Singapore": _e("2026-02-08", "Singapore", SINGAPORE),
            "Meeting with Temasek": _e("2026-02-09", "Singapore", SINGAPORE),
            "Address to the Indian diaspora": _e("2026-02-10", "Singapore", SINGAPORE),
            "Return to India": _e("2026-02-11", None, KOLKATA),
        },
        "stops": [("Singapore", "2026-02-08", "2026-02-11")],
        "contacts": [],
    },
    # masthead Thursday 23 July 2026 with "•": मंगलवार (past) = 21, बुधवार (past) = 22,
    # गुरुवार (future) = 23, शनिवार = 25
    "rules6_hi_epaper_cg_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnudev Sai",
        "year": None,  # the masthead's year, none in the report
        "span": ("2026-07-21", "2026-07-25"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-07-21", "Tokyo", TOKYO),
            "Meeting with Toyota": _e("2026-07-22", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-07-23", "Osaka", TOKYO),
            "Return to India": _e("2026-07-25", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-07-21", "2026-07-23"), ("Osaka", "2026-07-23", "2026-07-25")],
        "contacts": [],
    },
    # Roman Hindi, dated lines "4 May:"; Shah Alam (Selangor) a lesser city of Malaysia
    "rules6_roman_mp_malaysia": {
        "published": None,
        "language": "hi",
        "head": "Minister Kailash Vijayvargiya",
        "year": 2026,
        "span": ("2026-05-04", "2026-05-07"),
        "engagements": {
            "Arrival in Kuala Lumpur": _e("2026-05-04", "Kuala Lumpur", KL),
            "Address to the Indian diaspora": _e("2026-05-04", "Kuala Lumpur", KL),
            "Meeting with Petronas": _e("2026-05-05", "Kuala Lumpur", KL),
            "Meeting with Ministry of Health": _e("2026-05-05", "Kuala Lumpur", KL),
            "Departure for Shah Alam": _e("2026-05-06", "Shah Alam", KL),
            "Return to India": _e("2026-05-07", None, KOLKATA),
        },
        "stops": [("Kuala Lumpur", "2026-05-04", "2026-05-06"), ("Shah Alam", "2026-05-06", "2026-05-07")],
        "contacts": [],
    },
    # Roman Hindi, "14 October (Budhvar):" lines; Khon Kaen by road, back by way of Bangkok
    "rules6_roman_gj_thailand": {
        "published": None,
        "language": "hi",
        "head": None,
        "year": 2026,
        "span": ("2026-10-14", "2026-10-17"),
        "engagements": {
            "Arrival in Bangkok": _e("2026-10-14", "Bangkok", BANGKOK),
            "Meeting with Thailand Board of Investment (BOI)": _e("2026-10-14", "Bangkok", BANGKOK),
            "Address to the Indian diaspora": _e("2026-10-15", "Bangkok", BANGKOK),
            "Departure for Khon Kaen": _e("2026-10-16", "Khon Kaen", BANGKOK),
            "Return to India": _e("2026-10-17", None, KOLKATA),
        },
        "stops": [("Bangkok", "2026-10-14", "2026-10-16"), ("Khon Kaen", "2026-10-16", "2026-10-17")],
        "contacts": [],
    },
    # dateline 4 November; "दूसरे दिन" the visit's second day; "लंदन से देहरादून के लिए रवाना" the return
    "rules6_hi_homebound_uk_britain": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Pushkar Singh Dhami",
        "year": 2026,
        "span": ("2026-11-03", "2026-11-05"),
        "engagements": {
            "Arrival in London": _e("2026-11-03", "London", LONDON),
            "Meeting with UK India Business Council": _e("2026-11-04", "London", LONDON),
            "Address to the Indian diaspora": _e("2026-11-04", "London", LONDON),
            "Return to India": _e("2026-11-05", None, KOLKATA),
        },
        "stops": [("London", "2026-11-03", "2026-11-05")],
        "contacts": [],
    },
    # dateline Monday 16 February: सोमवार = 16, "पहले दिन" = 16, मंगलवार (future) = 17 the return
    "rules6_hi_homebound_rj_uae": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhajanlal Sharma",
        "year": 2026,
        "span": ("2026-02-16", "2026-02-17"),
        "engagements": {
            "Arrival in Dubai": _e("2026-02-16", "Dubai", DUBAI),
            "Meeting with DP World": _e("2026-02-16", "Dubai", DUBAI),
            "Return to India": _e("2026-02-17", None, KOLKATA),
        },
        "stops": [("Dubai", "2026-02-16", "2026-02-17")],
        "contacts": [],
    },
    # "चंडीगढ़, 8 जुलाई 2026 |": सोमवार (past) = 6, आज = 8, कल (future) = 9
    "rules6_hi_pipedateline_hr_japan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Nayab Singh Saini",
        "year": 2026,
        "span": ("2026-07-06", "2026-07-10"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-07-06", "Tokyo", TOKYO),
            "Meeting with Suzuki": _e("2026-07-08", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-07-09", "Osaka", TOKYO),
            "Visit to Panasonic": _e("2026-07-09", "Osaka", TOKYO),
            "Return to India": _e("2026-07-10", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-07-06", "2026-07-09"), ("Osaka", "2026-07-09", "2026-07-10")],
        "contacts": [],
    },
    # "भुवनेश्वर, 21 अक्टूबर 2026 |" (a Wednesday): रविवार (past) = 18, सोमवार (past) = 19, आज = 21
    "rules6_hi_pipedateline_od_germany": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-10-18", "2026-10-23"),
        "engagements": {
            "Arrival in Munich": _e("2026-10-18", "Munich", BERLIN),
            "Meeting with Siemens": _e("2026-10-19", "Munich", BERLIN),
            "Meeting with Bosch": _e("2026-10-21", "Munich", BERLIN),
            "Return to India": _e("2026-10-23", None, KOLKATA),
        },
        "stops": [("Munich", "2026-10-18", "2026-10-23")],
        "contacts": [],
    },
    # a Hindi table (तारीख | स्थान | कार्यक्रम) with a body named in English after its country
    "rules6_hi_table_pb_australia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-03-10", "2026-03-13"),
        "engagements": {
            "Arrival in Sydney": _e("2026-03-10", "Sydney", SYDNEY),
            "Address to the Indian diaspora": _e("2026-03-10", "Sydney", SYDNEY),
            "Meeting with Australia India Institute": _e("2026-03-11", "Melbourne", MELBOURNE),
            "Meeting with BHP": _e("2026-03-12", "Melbourne", MELBOURNE),
            "Return to India": _e("2026-03-13", None, KOLKATA),
        },
        "stops": [("Sydney", "2026-03-10", "2026-03-10"), ("Melbourne", "2026-03-11", "2026-03-13")],
        "contacts": [],
    },
    # an English table (Date | City | Programme): Ottawa's first row a body named after Canada
    "rules6_en_table_tn_canada": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-06-02", "2026-06-05"),
        "engagements": {
            "Arrival in Toronto": _e("2026-06-02", "Toronto", TORONTO),
            "Address to the Indian diaspora": _e("2026-06-02", "Toronto", TORONTO),
            "Meeting with Canada Pension Plan Investment Board": _e("2026-06-03", "Ottawa", TORONTO),
            "Meeting with Canada-India Business Council": _e("2026-06-04", "Ottawa", TORONTO),
            "Return to India": _e("2026-06-05", None, KOLKATA),
        },
        "stops": [("Toronto", "2026-06-02", "2026-06-02"), ("Ottawa", "2026-06-03", "2026-06-05")],
        "contacts": [],
    },
    # "सिंगापुर में करीब दो घंटे रुकने के बाद रात को टोक्यो पहुंचेगा": Singapore passed through
    "rules6_hi_transit_ka_japan": {
        "published": None,
        "language": "hi",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-03-03", "2026-03-06"),
        "engagements": {
            "Arrival in Tokyo": _e("2026-03-03", "Tokyo", TOKYO),
            "Meeting with JETRO": _e("2026-03-04", "Tokyo", TOKYO),
            "Departure for Osaka": _e("2026-03-05", "Osaka", TOKYO),
            "Meeting with Panasonic": _e("2026-03-05", "Osaka", TOKYO),
            "Return to India": _e("2026-03-06", None, KOLKATA),
        },
        "stops": [("Tokyo", "2026-03-03", "2026-03-05"), ("Osaka", "2026-03-05", "2026-03-06")],
        "contacts": [],
    },
    # "इस्तांबुल में तीन घंटे रुककर शाम को मैड्रिड पहुंचेगा": Istanbul passed through
    "rules6_hi_transit_gj_spain": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2026,
        "span": ("2026-06-09", "2026-06-12"),
        "engagements": {
            "Arrival in Madrid": _e("2026-06-09", "Madrid", MADRID),
            "Address to the Indian diaspora": _e("2026-06-10", "Madrid", MADRID),
            "Departure for Barcelona": _e("2026-06-11", "Barcelona", MADRID),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Madrid", "2026-06-09", "2026-06-11"), ("Barcelona", "2026-06-11", "2026-06-12")],
        "contacts": [],
    },
    # "इसके बाद लिप्पो ग्रुप के अधिकारियों के साथ बैठक हुई, जिसमें डेटा सेंटर में निवेश पर चर्चा"
    "rules6_hi_orgafter_mh_indonesia": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-08-04", "2026-08-06"),
        "engagements": {
            "Arrival in Jakarta": _e("2026-08-04", "Jakarta", JAKARTA),
            "Meeting with KADIN": _e("2026-08-05", "Jakarta", JAKARTA),
            "Meeting with Lippo Group": _e("2026-08-05", "Jakarta", JAKARTA),
            "Return to India": _e("2026-08-06", None, KOLKATA),
        },
        "stops": [("Jakarta", "2026-08-04", "2026-08-06")],
        "contacts": [],
    },
    # "…विनफास्ट के अधिकारियों के साथ बैठक की, फिर मसान ग्रुप के अधिकारियों से मुलाकात की"
    "rules6_hi_orgafter_tn_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-04-21", "2026-04-24"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-04-21", "Hanoi", HANOI),
            "Meeting with VinFast": _e("2026-04-22", "Hanoi", HANOI),
            "Meeting with Masan Group": _e("2026-04-22", "Hanoi", HANOI),
            "Return to India": _e("2026-04-24", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-04-21", "2026-04-24")],
        "contacts": [],
    },
}
