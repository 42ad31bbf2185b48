"""Round 7 training articles (``rules7_route*``): stops, moves and dates.

Written before any rule, one kind of writing each rule must read, every kind in at least two:

* a later move told as an arrival ("reached Ankara on Thursday", "अरूशा पहुंचा", "Cusco pahunch gaye
  hain") or as a return to a city abroad ("will return to Buenos Aires", "wapas Lima lautenge",
  "returns to Bogotá") is ``Departure for`` that city on its day; only the first arrival of the
  visit is ``Arrival in`` (Turkey, Vietnam, Argentina, Tanzania, Peru, Colombia);
* the first stop told by where the tour began ("The visit began in Istanbul on Tuesday",
  "daure ki shuruaat … Lima se hui") or by a perfect ("दार एस सलाम पहुंच गया था") (Turkey, Peru,
  Tanzania);
* a masthead of two cells, an edition and a date (``गुरुवार, 15 अक्टूबर 2026 | भागलपुर संस्करण``,
  ``Mysuru Edition · Monday, 2 March 2026``), then weekdays against it (Vietnam, Argentina);
* clock times in local time with the IST time in brackets on the next day: the local day and time
  (Argentina, Colombia);
* an undated engagement carries the zone of the visit's stops in its country when they share one
  (Turkey, Vietnam, Tanzania, Peru, Colombia) and none when they are in two (Argentina);
* an arrival "here" in a report with a dateline: the dateline's city ("who arrived here on Sunday",
  "जो सोमवार को यहां पहुंचे थे", "who landed here on Monday night"), also in capitals (``ACCRA``,
  ``MUSCAT``) (Ghana, Indonesia, Oman);
* a day of the visit told with "today" ("today, the third day of his visit", "दौरे के तीसरे दिन आज",
  "Daure ke teesre din aaj"): the day of today (Ghana, Indonesia, Sri Lanka; read before this round
  already, kept as a check);
* "before flying back to Hyderabad on Saturday": a return with its own day (Turkey, Oman);
* a date fronting an English sentence ("On Friday, September 25, he will visit …") is the day of what
  it fronts, not the date a later act in the sentence gives itself ("… before flying back … on
  Saturday, September 26", "… before travelling to Chattogram on Wednesday") (Turkey, Bangladesh);
* a headline's "कल" beside a past verb ("जकार्ता पहुंचे मंत्री, कल सुराबाया में रोड शो", "Colombo pahunche
  Majhi, kal Kandy mein road show"): the body dates the same engagements (Indonesia, Sri Lanka).

Same shape as ``expected5.BLIND5``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.core.article.expected import KOLKATA, _e

ISTANBUL, HCM, DAR = "Europe/Istanbul", "Asia/Ho_Chi_Minh", "Africa/Dar_es_Salaam"
BUENOS_AIRES, CORDOBA = "America/Argentina/Buenos_Aires", "America/Argentina/Cordoba"
LIMA, BOGOTA = "America/Lima", "America/Bogota"
ACCRA, JAKARTA, COLOMBO, MUSCAT = "Africa/Accra", "Asia/Jakarta", "Asia/Colombo", "Asia/Muscat"
DHAKA = "Asia/Dhaka"

RULES7_ROUTE: dict[str, dict[str, Any]] = {
    # wire from the later city: dateline Thursday 24 Sept; began in Istanbul Tue 22, Wednesday = 23
    "rules7_route_en_wire_tg_turkey": {
        "published": None,
        "language": "en",
        "head": "IT and Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-09-22", "2026-09-26"),
        "engagements": {
            "Arrival in Istanbul": _e("2026-09-22", "Istanbul", ISTANBUL),
            "Address to the Indian diaspora": _e("2026-09-22", "Istanbul", ISTANBUL),
            "Meeting with Istanbul Chamber of Industry": _e("2026-09-23", "Istanbul", ISTANBUL),
            "Departure for Ankara": _e("2026-09-24", "Ankara", ISTANBUL),
            "Meeting with Ankara Chamber of Industry": _e("2026-09-24", "Ankara", ISTANBUL),
            "Visit to ASELSAN": _e("2026-09-25", "Ankara", ISTANBUL),
            "Meeting with Ministry of Industry and Technology": _e(None, None, ISTANBUL),
            "Return to India": _e("2026-09-26", None, KOLKATA),
        },
        "stops": [("Istanbul", "2026-09-22", "2026-09-24"), ("Ankara", "2026-09-24", "2026-09-26")],
        "contacts": [
            ("Mehmet Yilmaz", "", "President", "Ankara Chamber of Industry", "host"),
            ("Jayesh Ranjan", "", "Special Chief Secretary (Industries)", "", "delegation"),
        ],
    },
    # masthead date first, edition second: Thursday 15 Oct = आज (day 3); मंगलवार = 13, कल (past) = 14,
    # आज the move to Ho Chi Minh City, शुक्रवार = 16, शनिवार = 17
    "rules7_route_hi_epaper_br_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Nitish Mishra",
        "year": 2026,
        "span": ("2026-10-13", "2026-10-17"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-10-13", "Hanoi", HCM),
            "Meeting with Vietnam Chamber of Commerce and Industry": _e("2026-10-14", "Hanoi", HCM),
            "Departure for Ho Chi Minh City": _e("2026-10-15", "Ho Chi Minh City", HCM),
            "Address to the Indian diaspora": _e("2026-10-15", "Ho Chi Minh City", HCM),
            "Investors' roundtable": _e("2026-10-16", "Ho Chi Minh City", HCM),
            "Meeting with Ministry of Planning and Investment": _e(None, None, HCM, "proposed"),
            "Return to India": _e("2026-10-17", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-10-13", "2026-10-15"), ("Ho Chi Minh City", "2026-10-15", "2026-10-17")],
        "contacts": [
            ("Pham Tan Cong", "फाम तान कोंग", "President", "Vietnam Chamber of Commerce and Industry", "host"),
            ("Bandana Preyashi", "बंदना प्रेयषी", "Industries Secretary", "", "delegation"),
        ],
    },
    # masthead "Mysuru Edition · Monday, 2 March 2026"; clock times local with IST the next day;
    # Buenos Aires and Córdoba keep different IANA zones, so the undated meeting gets none
    "rules7_route_en_edition_ka_argentina": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-03-04", "2026-03-08"),
        "engagements": {
            "Arrival in Buenos Aires": _e("2026-03-04", "Buenos Aires", BUENOS_AIRES),
            "Meeting with Argentine Investment and International Trade Promotion Agency": _e(
                "2026-03-04", "Buenos Aires", BUENOS_AIRES, start="2026-03-04T16:00:00-03:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-03-05", "Buenos Aires", BUENOS_AIRES, start="2026-03-05T18:00:00-03:00"
            ),
            "Departure for Córdoba": _e("2026-03-06", "Córdoba", CORDOBA),
            "Visit to Renault": _e("2026-03-06", "Córdoba", CORDOBA),
            "Meeting with Córdoba Chamber of Commerce": _e("2026-03-06", "Córdoba", CORDOBA),
            "Departure for Buenos Aires": _e("2026-03-07", "Buenos Aires", BUENOS_AIRES),
            "Investors' roundtable": _e(
                "2026-03-07", "Buenos Aires", BUENOS_AIRES, start="2026-03-07T17:00:00-03:00"
            ),
            "Meeting with YPF Luz": _e(None, None, None, "proposed"),
            "Return to India": _e("2026-03-08", None, KOLKATA),
        },
        "stops": [
            ("Buenos Aires", "2026-03-04", "2026-03-06"),
            ("Córdoba", "2026-03-06", "2026-03-07"),
            ("Buenos Aires", "2026-03-07", "2026-03-08"),
        ],
        "contacts": [
            (
                "Lucía Fernández",
                "",
                "President",
                "Argentine Investment and International Trade Promotion Agency",
                "host",
            ),
            ("Selvakumar S.", "", "Principal Secretary (Commerce and Industries)", "", "delegation"),
        ],
    },
    # press note dated Tuesday 10 Nov: arrived Sunday 8 ("पहुंच गया था"), moved to Arusha on the 10th
    "rules7_route_hi_pressnote_gj_tanzania": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2026,
        "span": ("2026-11-08", "2026-11-12"),
        "engagements": {
            "Arrival in Dar es Salaam": _e("2026-11-08", "Dar es Salaam", DAR),
            "Meeting with Tanzania Investment Centre": _e("2026-11-09", "Dar es Salaam", DAR),
            "Departure for Arusha": _e("2026-11-10", "Arusha", DAR),
            "Meeting with Arusha Chamber of Commerce": _e("2026-11-10", "Arusha", DAR),
            "Investors' meet": _e("2026-11-11", "Arusha", DAR),
            "Meeting with Ministry of Industry and Trade": _e(None, None, DAR, "proposed"),
            "Return to India": _e("2026-11-12", None, KOLKATA),
        },
        "stops": [("Dar es Salaam", "2026-11-08", "2026-11-10"), ("Arusha", "2026-11-10", "2026-11-12")],
        "contacts": [
            ("Gilbert Ngowi", "गिल्बर्ट न्गोवी", "Executive Director", "Tanzania Investment Centre", "host"),
            ("S.J. Haider", "एस.जे. हैदर", "Additional Chief Secretary (Industries)", "", "delegation"),
        ],
    },
    # Roman Hindi dated Wednesday 19 Aug: began in Lima Mon 17, "aaj … Cusco pahunch gaye hain",
    # "wapas Lima lautenge" on the 20th (a move, not the way home)
    "rules7_route_roman_pb_peru": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2026,
        "span": ("2026-08-17", "2026-08-21"),
        "engagements": {
            "Arrival in Lima": _e("2026-08-17", "Lima", LIMA),
            "Meeting with ProInversion": _e("2026-08-18", "Lima", LIMA),
            "Departure for Cusco": _e("2026-08-19", "Cusco", LIMA),
            "Address to the Indian diaspora": _e("2026-08-19", "Cusco", LIMA),
            "Departure for Lima": _e("2026-08-20", "Lima", LIMA),
            "Meeting with Lima Chamber of Commerce": _e("2026-08-20", "Lima", LIMA),
            "Meeting with Ministry of Agriculture": _e(None, None, LIMA, "proposed"),
            "Return to India": _e("2026-08-21", None, KOLKATA),
        },
        "stops": [
            ("Lima", "2026-08-17", "2026-08-19"),
            ("Cusco", "2026-08-19", "2026-08-20"),
            ("Lima", "2026-08-20", "2026-08-21"),
        ],
        "contacts": [
            ("Carlos Mendoza", "", "Executive Director", "ProInversion", "host"),
            ("K.A.P. Sinha", "", "Chief Secretary", "", "delegation"),
        ],
    },
    # preview: clock times in Bogotá time with IST on the next day; "returns to Bogotá" is a move
    "rules7_route_en_preview_up_colombia": {
        "published": None,
        "language": "en",
        "head": "Industrial Development Minister Nand Gopal Gupta 'Nandi'",
        "year": 2026,
        "span": ("2026-07-13", "2026-07-17"),
        "engagements": {
            "Arrival in Bogotá": _e("2026-07-13", "Bogotá", BOGOTA),
            "Meeting with ProColombia": _e("2026-07-13", "Bogotá", BOGOTA, start="2026-07-13T17:30:00-05:00"),
            "Departure for Medellín": _e("2026-07-14", "Medellín", BOGOTA),
            "Visit to Ruta N": _e("2026-07-14", "Medellín", BOGOTA),
            "Meeting with Medellín Chamber of Commerce": _e(
                "2026-07-14", "Medellín", BOGOTA, start="2026-07-14T15:00:00-05:00"
            ),
            "Investors' roundtable": _e("2026-07-15", "Medellín", BOGOTA),
            "Departure for Bogotá": _e("2026-07-16", "Bogotá", BOGOTA),
            "Address to the Indian diaspora": _e(
                "2026-07-16", "Bogotá", BOGOTA, start="2026-07-16T19:00:00-05:00"
            ),
            "Meeting with Ecopetrol": _e(None, None, BOGOTA, "proposed"),
            "Return to India": _e("2026-07-17", None, KOLKATA),
        },
        "stops": [
            ("Bogotá", "2026-07-13", "2026-07-14"),
            ("Medellín", "2026-07-14", "2026-07-16"),
            ("Bogotá", "2026-07-16", "2026-07-17"),
        ],
        "contacts": [
            ("Carmen Caballero", "", "President", "ProColombia", "host"),
            (
                "Anil Sagar",
                "",
                "Additional Chief Secretary (Infrastructure and Industrial Development)",
                "",
                "delegation",
            ),
        ],
    },
    # PTI wire without a year, published Tuesday 10 March: "arrived here on Sunday" = Accra, 8 March;
    # "today, the third day" = 10; Monday = 9; Wednesday to Kumasi, back to Accra on Thursday
    "rules7_route_en_wire_mh_ghana": {
        "published": dt.date(2026, 3, 10),
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": None,
        "span": ("2026-03-08", "2026-03-13"),
        "engagements": {
            "Arrival in Accra": _e("2026-03-08", "Accra", ACCRA),
            "Meeting with Association of Ghana Industries": _e("2026-03-09", "Accra", ACCRA),
            "Meeting with Ghana Investment Promotion Centre": _e("2026-03-10", "Accra", ACCRA),
            "Departure for Kumasi": _e("2026-03-11", "Kumasi", ACCRA),
            "Visit to Cocoa Processing Company": _e("2026-03-11", "Kumasi", ACCRA),
            "Departure for Accra": _e("2026-03-12", "Accra", ACCRA),
            "Return to India": _e("2026-03-13", None, KOLKATA),
        },
        "stops": [
            ("Accra", "2026-03-08", "2026-03-11"),
            ("Kumasi", "2026-03-11", "2026-03-12"),
            ("Accra", "2026-03-12", "2026-03-13"),
        ],
        "contacts": [
            ("Simon Madjie", "", "Chief Executive Officer", "Ghana Investment Promotion Centre", "host"),
            ("P. Anbalagan", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # Hindi wire, published Wednesday 18 November: "यहां पहुंचे थे" on Monday = Jakarta, 16; "दौरे के तीसरे
    # दिन आज" = 18; मंगलवार = 17; the headline's "कल" is Thursday's roadshow in Surabaya, 19
    "rules7_route_hi_wire_mp_indonesia": {
        "published": dt.date(2026, 11, 18),
        "language": "hi",
        "head": "Industries Minister Chaitanya Kashyap",
        "year": None,
        "span": ("2026-11-16", "2026-11-20"),
        "engagements": {
            "Arrival in Jakarta": _e("2026-11-16", "Jakarta", JAKARTA),
            "Meeting with KADIN": _e("2026-11-17", "Jakarta", JAKARTA),
            "Meeting with Ministry of Investment (BKPM)": _e("2026-11-18", "Jakarta", JAKARTA),
            "Departure for Surabaya": _e("2026-11-19", "Surabaya", JAKARTA),
            "Investment roadshow": _e("2026-11-19", "Surabaya", JAKARTA),
            "Return to India": _e("2026-11-20", None, KOLKATA),
        },
        "stops": [("Jakarta", "2026-11-16", "2026-11-19"), ("Surabaya", "2026-11-19", "2026-11-20")],
        "contacts": [("Anindya Bakri", "अनिंद्य बकरी", "Chairman", "KADIN", "host")],
    },
    # Roman Hindi dated Wednesday 3 June: "Daure ke teesre din aaj" = 3; Mangalvar = 2; the headline's
    # "kal" is Thursday's roadshow in Kandy, 4
    "rules7_route_roman_od_srilanka": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Charan Majhi",
        "year": 2026,
        "span": ("2026-06-01", "2026-06-05"),
        "engagements": {
            "Arrival in Colombo": _e("2026-06-01", "Colombo", COLOMBO),
            "Address to the Indian diaspora": _e("2026-06-02", "Colombo", COLOMBO),
            "Meeting with Board of Investment of Sri Lanka": _e("2026-06-03", "Colombo", COLOMBO),
            "Departure for Kandy": _e("2026-06-04", "Kandy", COLOMBO),
            "Investment roadshow": _e("2026-06-04", "Kandy", COLOMBO),
            "Return to India": _e("2026-06-05", None, KOLKATA),
        },
        "stops": [("Colombo", "2026-06-01", "2026-06-04"), ("Kandy", "2026-06-04", "2026-06-05")],
        "contacts": [("Arjuna Herath", "", "Chairman", "Board of Investment of Sri Lanka", "host")],
    },
    # IANS wire without a year, published Wednesday 20 January 2027: "landed here on Monday night" =
    # Muscat, 18; Sohar Port on Tuesday is a day trip (no stop); "here on Thursday" = Muscat, 21
    "rules7_route_en_ians_ap_oman": {
        "published": dt.date(2027, 1, 20),
        "language": "en",
        "head": "IT and HRD Minister Nara Lokesh",
        "year": None,
        "span": ("2027-01-18", "2027-01-22"),
        "engagements": {
            "Arrival in Muscat": _e("2027-01-18", "Muscat", MUSCAT),
            "Visit to Sohar Port": _e("2027-01-19", "Sohar", MUSCAT),
            "Meeting with Oman Investment Authority": _e("2027-01-20", "Muscat", MUSCAT),
            "Investors' roundtable": _e("2027-01-21", "Muscat", MUSCAT),
            "Return to India": _e("2027-01-22", None, KOLKATA),
        },
        "stops": [("Muscat", "2027-01-18", "2027-01-22")],
        "contacts": [("Emile Hoogsteden", "", "Chief Executive", "Sohar Port", "host")],
    },
    # a department's release on Saturday 5 December: "On Tuesday, December 8, the minister will call on
    # FBCCI before travelling to Chattogram on Wednesday, December 9": the call on the 8th
    "rules7_route_en_release_wb_bangladesh": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Shashi Panja",
        "year": 2026,
        "span": ("2026-12-07", "2026-12-10"),
        "engagements": {
            "Arrival in Dhaka": _e("2026-12-07", "Dhaka", DHAKA),
            "Meeting with Bangladesh Investment Development Authority": _e("2026-12-07", "Dhaka", DHAKA),
            "Meeting with Federation of Bangladesh Chambers of Commerce and Industry": _e(
                "2026-12-08", "Dhaka", DHAKA
            ),
            "Departure for Chattogram": _e("2026-12-09", "Chattogram", DHAKA),
            # "In Chattogram the delegation will tour …": the 9th or the 10th, the text does not say
            "Visit to Chittagong Port Authority": _e(None, "Chattogram", DHAKA),
            "Return to India": _e("2026-12-10", None, KOLKATA),
        },
        "stops": [("Dhaka", "2026-12-07", "2026-12-09"), ("Chattogram", "2026-12-09", "2026-12-10")],
        "contacts": [],
    },
}
