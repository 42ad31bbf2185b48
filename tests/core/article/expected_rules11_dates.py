"""Round 11 training articles (``rules11_dates_*``): days an itinerary tells in short, read as meant.

Written before any rule, each kind in at least two articles:

* a day's heading that counts the visit's day and gives only its weekday after the first (``पहला दिन
  (सोमवार, 12 अक्टूबर)`` then ``दूसरा दिन (मंगलवार)``; ``First day (Monday, 9 November)`` then
  ``Second day (Tuesday)``) heads that day's lines, as a dated heading does: an explainer in Hindi
  (Chile) and one in English (Kenya); an engagement proposed with no day stays undated;
* a travel desk's day written as a weekday and a day/month in figures (``Tue 15/09:``, ``Monday
  01/06:``) is that date in the year the note gives: a mixed-script circular (Portugal) and an
  English one (Norway); the note's own date (``dated 07.09.2026``) is the publication's, and when no year
  stands near the days, the weekday picks it of the years around that date (``Mon 14/09`` is 2026, as
  14 September 2025 was a Sunday): the Portugal circular and an English protocol note (Mauritius);
* a post dated by a line of its own right under its title (``14 May 2026``, ``9 September 2026``),
  with no dateline: that is the day its ``आज``/``कल``, ``yesterday``/``tomorrow`` and weekdays are told
  from: a mixed-script Facebook post (Hungary) and an English LinkedIn post (Croatia);
* a sentence opening on the visit's n-th day before a Latin word (Roman Hindi ``Teesre din dal Kumasi
  gaya``, mixed ``तीसरे दिन delegation Arequipa गया``) is that day, as before a Devanagari one: a Roman
  Hindi podcast summary (Ghana) and a mixed-script diary (Peru);
* an engagement put off whose date stands before the words that put it off (``18 अप्रैल को … बैठक …
  स्थगित कर दी गई``, ``The March 10 meeting … was postponed``) and no new date after them has no date:
  that was the old plan (a Hindi report, Vietnam; an English wire report, the Philippines);
* a weekday named again within the week already told is that day again, not the next week's
  (``On Tuesday evening …`` after Wednesday; ``मंगलवार शाम को …`` after गुरुवार): an English interview
  (Tanzania) and a Hindi preview (Uzbekistan);
* an email's header date (``Date: Thu, 14 May 2026 at 18:05``, ``Sent: Tuesday, 8 December 2026 16:20``)
  is the day the message tells its today, yesterday and tomorrow from: an English forward (Morocco)
  and a mixed-script release (Bangladesh);
* a day of the month told alone (``On the 16th``, ``4 तारीख को``) is in the month of the date before it
  (the next such day on or after it): an English interview (Slovakia) and a Hindi report (Singapore).

Same shape as ``expected7.BLIND7``; the conventions are ``expected7``'s and ``expected9``'s.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

SANTIAGO, NAIROBI, LISBON, OSLO = "America/Santiago", "Africa/Nairobi", "Europe/Lisbon", "Europe/Oslo"
MAURITIUS, BUDAPEST, ZAGREB = "Indian/Mauritius", "Europe/Budapest", "Europe/Zagreb"
ACCRA, LIMA, HANOI, MANILA = "Africa/Accra", "America/Lima", "Asia/Ho_Chi_Minh", "Asia/Manila"
DAR, TASHKENT, SAMARKAND = "Africa/Dar_es_Salaam", "Asia/Tashkent", "Asia/Samarkand"
CASABLANCA, DHAKA = "Africa/Casablanca", "Asia/Dhaka"
BRATISLAVA, SINGAPORE = "Europe/Bratislava", "Asia/Singapore"

RULES11_DATES: dict[str, dict[str, Any]] = {
    # Hindi explainer: a dated first day's heading, then headings with a weekday only; a meeting
    # proposed with no day (Chile has several zones: no zone for it)
    "rules11_dates_hi_explainer_mp_chile": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Mohan Yadav",
        "year": 2026,
        "span": ("2026-10-12", "2026-10-15"),
        "engagements": {
            "Arrival in Santiago": _e("2026-10-12", "Santiago", SANTIAGO),
            "Address to the Indian diaspora": _e("2026-10-12", "Santiago", SANTIAGO),
            "Meeting with InvestChile": _e(
                "2026-10-13", "Santiago", SANTIAGO, start="2026-10-13T10:00:00-03:00"
            ),
            "MoU signing with Universidad de Chile": _e("2026-10-13", "Santiago", SANTIAGO),
            "Meeting with CORFO": _e("2026-10-14", "Santiago", SANTIAGO),
            "Investors' roundtable": _e("2026-10-14", "Santiago", SANTIAGO),
            "Return to India": _e("2026-10-15", None, KOLKATA),
            "Meeting with Andes Fruta Exportadora": _e(None, None, None, "proposed"),
        },
        "stops": [("Santiago", "2026-10-12", "2026-10-15")],
        "contacts": [],
    },
    # English explainer: "First day (Monday, 9 November)", then "Second day (Tuesday)" …; a move to
    # Mombasa on the third day; a meeting proposed with no date
    "rules11_dates_en_explainer_ka_kenya": {
        "published": None,
        "language": "en",
        "head": "Large and Medium Industries Minister M.B. Patil",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-12"),
        "engagements": {
            "Arrival in Nairobi": _e("2026-11-09", "Nairobi", NAIROBI),
            "Address to the Indian diaspora": _e("2026-11-09", "Nairobi", NAIROBI),
            "Meeting with Kenya Investment Authority": _e(
                "2026-11-10", "Nairobi", NAIROBI, start="2026-11-10T10:00:00+03:00"
            ),
            "Meeting with Kenya Association of Manufacturers": _e("2026-11-10", "Nairobi", NAIROBI),
            "Departure for Mombasa": _e("2026-11-11", "Mombasa", NAIROBI),
            "Visit to Port of Mombasa": _e("2026-11-11", "Mombasa", NAIROBI),
            "Meeting with Kenya Tea Development Agency": _e("2026-11-11", "Mombasa", NAIROBI),
            "Return to India": _e("2026-11-12", None, KOLKATA),
            "Meeting with Savanna Toolworks": _e(None, None, NAIROBI, "proposed"),
        },
        "stops": [("Nairobi", "2026-11-09", "2026-11-11"), ("Mombasa", "2026-11-11", "2026-11-12")],
        "contacts": [],
    },
    # mixed-script travel desk circular: "Mon 14/09:" … "Fri 18/09:", 24-hour times, a move to Porto;
    # a meeting requested with no date (Portugal has several zones: no zone for it)
    "rules11_dates_mixed_traveldesk_gj_portugal": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Balvantsinh Rajput",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-18"),
        "engagements": {
            "Arrival in Lisbon": _e("2026-09-14", "Lisbon", LISBON),
            "Address to the Indian diaspora": _e("2026-09-14", "Lisbon", LISBON),
            "Meeting with AICEP Portugal Global": _e(
                "2026-09-15", "Lisbon", LISBON, start="2026-09-15T10:00:00+01:00"
            ),
            "Visit to Tagus Renewables": _e(
                "2026-09-15", "Lisbon", LISBON, start="2026-09-15T15:00:00+01:00"
            ),
            "Departure for Porto": _e("2026-09-16", "Porto", LISBON),
            "Meeting with Associação Empresarial de Portugal": _e("2026-09-16", "Porto", LISBON),
            "MoU signing with University of Porto": _e("2026-09-17", "Porto", LISBON),
            "Return to India": _e("2026-09-18", None, KOLKATA),
            "Meeting with Lusomar Textiles": _e(None, None, None, "proposed"),
        },
        "stops": [("Lisbon", "2026-09-14", "2026-09-16"), ("Porto", "2026-09-16", "2026-09-18")],
        "contacts": [],
    },
    # English department circular: "Monday 01/06:" … "Friday 05/06:", a move to Bergen; a meeting
    # proposed with no date
    "rules11_dates_en_circular_tn_norway": {
        "published": None,
        "language": "en",
        "head": "Industries Minister T.R.B. Rajaa",
        "year": 2026,
        "span": ("2026-06-01", "2026-06-05"),
        "engagements": {
            "Arrival in Oslo": _e("2026-06-01", "Oslo", OSLO),
            "Meeting with Innovation Norway": _e(
                "2026-06-02", "Oslo", OSLO, start="2026-06-02T10:00:00+02:00"
            ),
            "Visit to Fjordline Batteries": _e("2026-06-02", "Oslo", OSLO, start="2026-06-02T14:30:00+02:00"),
            "Departure for Bergen": _e("2026-06-03", "Bergen", OSLO),
            "Meeting with Norwegian Seafood Council": _e("2026-06-03", "Bergen", OSLO),
            "Address to the Indian diaspora": _e("2026-06-04", "Bergen", OSLO),
            "Return to India": _e("2026-06-05", None, KOLKATA),
            "Meeting with Nordkapp Maritime": _e(None, None, OSLO, "proposed"),
        },
        "stops": [("Oslo", "2026-06-01", "2026-06-03"), ("Bergen", "2026-06-03", "2026-06-05")],
        "contacts": [],
    },
    # English protocol note under a masthead dated 26.10.2026: "Tue 3/11:" … "Fri 6/11:", no year near
    # them; the weekday says 2026 (3 November 2025 was a Monday); a meeting proposed with no date
    "rules11_dates_en_protocolnote_mh_mauritius": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": None,
        "span": ("2026-11-03", "2026-11-06"),
        "engagements": {
            "Arrival in Port Louis": _e("2026-11-03", "Port Louis", MAURITIUS),
            "Meeting with Economic Development Board": _e(
                "2026-11-04", "Port Louis", MAURITIUS, start="2026-11-04T10:00:00+04:00"
            ),
            "Visit to Coralis Pharma": _e(
                "2026-11-04", "Port Louis", MAURITIUS, start="2026-11-04T16:00:00+04:00"
            ),
            "MoU signing with University of Mauritius": _e(
                "2026-11-05", "Port Louis", MAURITIUS, start="2026-11-05T11:00:00+04:00"
            ),
            "Address to the Indian diaspora": _e("2026-11-05", "Port Louis", MAURITIUS),
            "Return to India": _e("2026-11-06", None, KOLKATA),
            "Meeting with Lagoon Garments": _e(None, None, MAURITIUS, "proposed"),
        },
        "stops": [("Port Louis", "2026-11-03", "2026-11-06")],
        "contacts": [],
    },
    # a mixed-script Facebook post dated by a line of its own under its title ("14 May 2026"): its कल
    # and आज are told from that day; weekdays after it; a move to Debrecen
    "rules11_dates_mixed_post_pb_hungary": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Tarunpreet Singh Sond",
        "year": 2026,
        "span": ("2026-05-13", "2026-05-17"),
        "engagements": {
            "Arrival in Budapest": _e("2026-05-13", "Budapest", BUDAPEST),
            "Meeting with Hungarian Investment Promotion Agency": _e(
                "2026-05-14", "Budapest", BUDAPEST, start="2026-05-14T10:00:00+02:00"
            ),
            "Address to the Indian diaspora": _e(
                "2026-05-14", "Budapest", BUDAPEST, start="2026-05-14T19:00:00+02:00"
            ),
            "Departure for Debrecen": _e("2026-05-15", "Debrecen", BUDAPEST),
            "MoU signing with University of Debrecen": _e("2026-05-15", "Debrecen", BUDAPEST),
            "Return to India": _e("2026-05-17", None, KOLKATA),
        },
        "stops": [("Budapest", "2026-05-13", "2026-05-15"), ("Debrecen", "2026-05-15", "2026-05-17")],
        "contacts": [],
    },
    # an English LinkedIn post dated by a line of its own under its title ("9 September 2026"):
    # yesterday, this morning, tomorrow, Friday and Saturday are told from that day; a move to Rijeka
    "rules11_dates_en_post_od_croatia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Sampad Chandra Swain",
        "year": 2026,
        "span": ("2026-09-08", "2026-09-12"),
        "engagements": {
            "Arrival in Zagreb": _e("2026-09-08", "Zagreb", ZAGREB),
            "Meeting with Croatian Chamber of Economy": _e("2026-09-09", "Zagreb", ZAGREB),
            "Visit to Adriatic Robotics": _e("2026-09-09", "Zagreb", ZAGREB),
            "Departure for Rijeka": _e("2026-09-10", "Rijeka", ZAGREB),
            "Visit to Port of Rijeka": _e("2026-09-10", "Rijeka", ZAGREB),
            "Address to the Indian diaspora": _e("2026-09-11", "Rijeka", ZAGREB),
            "Return to India": _e("2026-09-12", None, KOLKATA),
        },
        "stops": [("Zagreb", "2026-09-08", "2026-09-10"), ("Rijeka", "2026-09-10", "2026-09-12")],
        "contacts": [],
    },
    # a Roman Hindi podcast summary: a dated arrival, then "Doosre din dal ne …", "Teesre din dal Kumasi
    # gaya", "Chauthe din dal … nikla": sentences opening on the visit's n-th day before a Latin word
    "rules11_dates_roman_podcast_wb_ghana": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Shashi Panja",
        "year": 2027,
        "span": ("2027-03-02", "2027-03-05"),
        "engagements": {
            "Arrival in Accra": _e("2027-03-02", "Accra", ACCRA),
            "Address to the Indian diaspora": _e("2027-03-02", "Accra", ACCRA),
            "Meeting with Ghana Investment Promotion Centre": _e("2027-03-03", "Accra", ACCRA),
            "Departure for Kumasi": _e("2027-03-04", "Kumasi", ACCRA),
            "Meeting with Ashanti Cocoa Growers Union": _e("2027-03-04", "Kumasi", ACCRA),
            "Return to India": _e("2027-03-05", None, KOLKATA),
        },
        "stops": [("Accra", "2027-03-02", "2027-03-04"), ("Kumasi", "2027-03-04", "2027-03-05")],
        "contacts": [],
    },
    # a mixed-script diary under a dateline: "दूसरे दिन team ने …", "तीसरे दिन delegation Arequipa गया",
    # "चौथे दिन team … लौटी": the n-th day before an English word
    "rules11_dates_mixed_diary_up_peru": {
        "published": None,
        "language": "hi",
        "head": "MSME Minister Rakesh Sachan",
        "year": 2026,
        "span": ("2026-06-15", "2026-06-18"),
        "engagements": {
            "Arrival in Lima": _e("2026-06-15", "Lima", LIMA),
            "Address to the Indian diaspora": _e("2026-06-15", "Lima", LIMA),
            "Meeting with PROMPERU": _e("2026-06-16", "Lima", LIMA),
            "Departure for Arequipa": _e("2026-06-17", "Arequipa", LIMA),
            "Visit to Arequipa Alpaca Textiles": _e("2026-06-17", "Arequipa", LIMA),
            "Return to India": _e("2026-06-18", None, KOLKATA),
        },
        "stops": [("Lima", "2026-06-15", "2026-06-17"), ("Arequipa", "2026-06-17", "2026-06-18")],
        "contacts": [],
    },
    # a Hindi report under a dateline: a meeting "18 अप्रैल को … प्रस्तावित बैठक … स्थगित कर दी गई", its new
    # date to be fixed later: the date before the words that put it off is the old plan (no date)
    "rules11_dates_hi_report_br_vietnam": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Nitish Mishra",
        "year": 2026,
        "span": ("2026-04-16", "2026-04-20"),
        "engagements": {
            "Arrival in Hanoi": _e("2026-04-16", "Hanoi", HANOI),
            "Address to the Indian diaspora": _e("2026-04-16", "Hanoi", HANOI),
            "Meeting with Vietnam Chamber of Commerce and Industry": _e("2026-04-17", "Hanoi", HANOI),
            "Meeting with Red River Agro Foods": _e(None, "Hanoi", HANOI, "postponed"),
            "MoU signing with Vietnam National University": _e("2026-04-19", "Hanoi", HANOI),
            "Return to India": _e("2026-04-20", None, KOLKATA),
        },
        "stops": [("Hanoi", "2026-04-16", "2026-04-20")],
        "contacts": [],
    },
    # an English wire report: "The March 10 meeting with … was postponed …, and no new date has been
    # fixed": no date for it; the same day's address to the diaspora keeps its own
    "rules11_dates_en_wire_ts_philippines": {
        "published": None,
        "language": "en",
        "head": "IT and Industries Minister D. Sridhar Babu",
        "year": 2027,
        "span": ("2027-03-08", "2027-03-11"),
        "engagements": {
            "Arrival in Manila": _e("2027-03-08", "Manila", MANILA),
            "Meeting with Board of Investments": _e("2027-03-09", "Manila", MANILA),
            "Meeting with Luzon Data Systems": _e(None, "Manila", MANILA, "postponed"),
            "Address to the Indian diaspora": _e("2027-03-10", "Manila", MANILA),
            "Return to India": _e("2027-03-11", None, KOLKATA),
        },
        "stops": [("Manila", "2027-03-08", "2027-03-11")],
        "contacts": [],
    },
    # an English interview dated Saturday 7 November: Monday 9 … Thursday 12; "On Tuesday evening" after
    # Wednesday was told is that Tuesday again, not the next one
    "rules11_dates_en_interview_kl_tanzania": {
        "published": None,
        "language": "en",
        "head": "Industries Minister P. Rajeeve",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-12"),
        "engagements": {
            "Arrival in Dar es Salaam": _e("2026-11-09", "Dar es Salaam", DAR),
            "Meeting with Tanzania Investment Centre": _e(
                "2026-11-10", "Dar es Salaam", DAR, start="2026-11-10T10:00:00+03:00"
            ),
            "Visit to Port of Dar es Salaam": _e("2026-11-11", "Dar es Salaam", DAR),
            "Address to the Indian diaspora": _e("2026-11-10", "Dar es Salaam", DAR),
            "Return to India": _e("2026-11-12", None, KOLKATA),
        },
        "stops": [("Dar es Salaam", "2026-11-09", "2026-11-12")],
        "contacts": [],
    },
    # a Hindi preview dated Saturday 5 September: सोमवार 7 … गुरुवार 10; "मंगलवार शाम को" told after
    # बुधवार and गुरुवार is that Tuesday again
    "rules11_dates_hi_preview_cg_uzbekistan": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Vishnudev Sai",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-10"),
        "engagements": {
            "Arrival in Tashkent": _e("2026-09-07", "Tashkent", TASHKENT),
            "Meeting with Uzbekistan Chamber of Commerce and Industry": _e(
                "2026-09-08", "Tashkent", TASHKENT
            ),
            "Departure for Samarkand": _e("2026-09-09", "Samarkand", SAMARKAND),
            "Visit to Samarkand Textile Park": _e("2026-09-09", "Samarkand", SAMARKAND),
            "Return to India": _e("2026-09-10", None, KOLKATA),
            "Address to the Indian diaspora": _e("2026-09-08", "Tashkent", TASHKENT),
        },
        "stops": [("Tashkent", "2026-09-07", "2026-09-09"), ("Samarkand", "2026-09-09", "2026-09-10")],
        "contacts": [],
    },
    # an embassy's press release forwarded by email: the header's "Date: Thu, 14 May 2026 at 18:05" is
    # the day its yesterday, today and tomorrow are told from; a move to Casablanca
    "rules11_dates_en_email_mh_morocco": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Uday Samant",
        "year": 2026,
        "span": ("2026-05-13", "2026-05-16"),
        "engagements": {
            "Arrival in Rabat": _e("2026-05-13", "Rabat", CASABLANCA),
            "Meeting with Moroccan Investment and Export Development Agency": _e(
                "2026-05-14", "Rabat", CASABLANCA
            ),
            "Address to the Indian diaspora": _e("2026-05-14", "Rabat", CASABLANCA),
            "Departure for Casablanca": _e("2026-05-15", "Casablanca", CASABLANCA),
            "Visit to Casablanca Finance City": _e("2026-05-15", "Casablanca", CASABLANCA),
            "Return to India": _e("2026-05-16", None, KOLKATA),
        },
        "stops": [("Rabat", "2026-05-13", "2026-05-15"), ("Casablanca", "2026-05-15", "2026-05-16")],
        "contacts": [],
    },
    # a mixed-script release sent by email: the header's "Sent: Tuesday, 8 December 2026 16:20" dates its
    # कल (past: the 7th; ahead: the 9th) and आज; the way home by road to Agartala
    "rules11_dates_mixed_email_tr_bangladesh": {
        "published": None,
        "language": "hi",
        "head": "Industries and Commerce Minister Santana Chakma",
        "year": 2026,
        "span": ("2026-12-07", "2026-12-10"),
        "engagements": {
            "Arrival in Dhaka": _e("2026-12-07", "Dhaka", DHAKA),
            "Meeting with Bangladesh Investment Development Authority": _e("2026-12-08", "Dhaka", DHAKA),
            "Address to the Indian diaspora": _e("2026-12-08", "Dhaka", DHAKA),
            "Departure for Chattogram": _e("2026-12-09", "Chattogram", DHAKA),
            "Meeting with Chittagong Port Authority": _e("2026-12-09", "Chattogram", DHAKA),
            "Return to India": _e("2026-12-10", None, KOLKATA),
        },
        "stops": [("Dhaka", "2026-12-07", "2026-12-09"), ("Chattogram", "2026-12-09", "2026-12-10")],
        "contacts": [],
    },
    # an English interview: "We landed in Bratislava on June 15. On the 16th …, On the 17th …": a day of
    # the month alone is in the month of the date told before it
    "rules11_dates_en_interview_rj_slovakia": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Rajyavardhan Rathore",
        "year": 2026,
        "span": ("2026-06-15", "2026-06-19"),
        "engagements": {
            "Arrival in Bratislava": _e("2026-06-15", "Bratislava", BRATISLAVA),
            "Meeting with SARIO": _e("2026-06-16", "Bratislava", BRATISLAVA),
            "Visit to Bratislava Innovation Park": _e("2026-06-17", "Bratislava", BRATISLAVA),
            "Address to the Indian diaspora": _e("2026-06-17", "Bratislava", BRATISLAVA),
            "Meeting with Danube Precision Castings": _e("2026-06-18", "Bratislava", BRATISLAVA),
            "Return to India": _e("2026-06-19", None, KOLKATA),
        },
        "stops": [("Bratislava", "2026-06-15", "2026-06-19")],
        "contacts": [],
    },
    # a Hindi report: "3 अगस्त को … पहुंचा", then "4 तारीख को …", "5 तारीख को …", "6 तारीख को …": the
    # day of the month of the date told before
    "rules11_dates_hi_report_mp_singapore": {
        "published": None,
        "language": "hi",
        "head": "Industries Minister Rajesh Verma",
        "year": 2026,
        "span": ("2026-08-03", "2026-08-06"),
        "engagements": {
            "Arrival in Singapore": _e("2026-08-03", "Singapore", SINGAPORE),
            "Meeting with Enterprise Singapore": _e("2026-08-04", "Singapore", SINGAPORE),
            "Visit to Jurong Port": _e("2026-08-05", "Singapore", SINGAPORE),
            "Address to the Indian diaspora": _e("2026-08-05", "Singapore", SINGAPORE),
            "Return to India": _e("2026-08-06", None, KOLKATA),
        },
        "stops": [("Singapore", "2026-08-03", "2026-08-06")],
        "contacts": [],
    },
}
