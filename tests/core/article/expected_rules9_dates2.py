"""Round 9 date follow-up (``rules9_dates2*``): a second article for each of round 9's date rules
that had only one, written by hand before any parse or code change:

* an English date after an apposition: ``met Enterprise Georgia, the economy ministry's investment
  and export promotion agency, the same evening`` and ``held talks with the Georgian Chamber of
  Commerce and Industry (GCCI), the country's largest business association, on Tuesday`` (an agency
  wire, Georgia; the first article is rules9 Denmark/Bulgaria);
* one journey found twice in a sentence is one journey: ``and then return home, flying back to India
  on Friday`` is one return, on Friday (a state government's press release, Cambodia);
* a mixed sentence built with Hindi grammar words and Latin-script names is read in Hindi order:
  ``CM Yadav 8 June को Belgrade पहुंचे और 9 June को Development Agency of Serbia (RAS) की Director …
  से मिले``, ``11 June की शाम को वे Novi Sad में Indian community को address करेंगे और 12 June को India
  लौटेंगे`` (a Hinglish news portal, Serbia).

Then a live blog of one day of the visit whose page gives no date of its own (``live coverage of Day 3``,
``दौरे के तीसरे दिन का लाइव``) beside the visit's first day (``landed … on Monday, March 1, 2027``,
``रविवार, 9 मई 2027 को निकोसिया पहुंचे थे``): its stamped entries are on day three, ``tomorrow``/``कल``
the day after (Singapore, Cyprus); and a state release under its letterhead whose dateline names the
country in brackets (``लुसाका (जाम्बिया), 17 फरवरी 2027``), like the Georgia wire (Zambia).

Each also names a meeting put off to the next visit (``will take place on the next visit``,
``अगली यात्रा में होगी``): postponed, undated.  Same shape as ``expected5.BLIND5``; conventions as in
``expected7``.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

TBILISI, PHNOM_PENH, BELGRADE = "Asia/Tbilisi", "Asia/Phnom_Penh", "Europe/Belgrade"
SINGAPORE, NICOSIA, LUSAKA = "Asia/Singapore", "Asia/Nicosia", "Africa/Lusaka"

RULES9_DATES2: dict[str, dict[str, Any]] = {
    # agency wire "BATUMI (Georgia), Nov 19, 2026 (IANS)", a Thursday: Monday = 16 (arrival, and the
    # same evening Enterprise Georgia), Tuesday = 17, Wednesday = 18, Friday = 20, Saturday = 21
    "rules9_dates2_en_wire_tg_georgia": {
        "published": None,
        "language": "en",
        "head": "IT and Industries Minister D. Sridhar Babu",
        "year": 2026,
        "span": ("2026-11-16", "2026-11-21"),
        "engagements": {
            "Visit to Batumi Sea Port": _e("2026-11-19", "Batumi", TBILISI),
            "Arrival in Tbilisi": _e("2026-11-16", "Tbilisi", TBILISI),
            "Meeting with Enterprise Georgia": _e("2026-11-16", "Tbilisi", TBILISI),
            "Meeting with Georgian Chamber of Commerce and Industry (GCCI)": _e(
                "2026-11-17", "Tbilisi", TBILISI
            ),
            "Departure for Batumi": _e("2026-11-18", "Batumi", TBILISI),
            "Meeting with Georgian Railway": _e(None, None, TBILISI, "postponed"),
            "Address to the Indian diaspora": _e("2026-11-20", "Batumi", TBILISI),
            "Return to India": _e("2026-11-21", None, KOLKATA),
        },
        "stops": [("Tbilisi", "2026-11-16", "2026-11-18"), ("Batumi", "2026-11-18", "2026-11-21")],
        "contacts": [
            ("Giorgi Tsiklauri", "", "General Director", "Batumi Sea Port", "host"),
            ("Nino Kapanadze", "", "Director", "Enterprise Georgia", "host"),
            ("Levan Gelashvili", "", "President", "Georgian Chamber of Commerce and Industry", "host"),
            ("Jayesh Ranjan", "", "Special Chief Secretary (Industries and Commerce)", "", "delegation"),
        ],
    },
    # state press release "Dispur, December 7, 2026", a Monday: today = 7, arrival Sunday 6, Tuesday = 8,
    # Wednesday = 9 (to Siem Reap), Thursday = 10, and the return, said twice, on Friday = 11
    "rules9_dates2_en_release_as_cambodia": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Dr. Himanta Biswa Sarma",
        "year": 2026,
        "span": ("2026-12-06", "2026-12-11"),
        "engagements": {
            "Meeting with Council for the Development of Cambodia (CDC)": _e(
                "2026-12-07", "Phnom Penh", PHNOM_PENH
            ),
            "MoU signing with Cambodia Chamber of Commerce (CCC)": _e("2026-12-07", "Phnom Penh", PHNOM_PENH),
            "Arrival in Phnom Penh": _e("2026-12-06", "Phnom Penh", PHNOM_PENH),
            "Visit to Phnom Penh Special Economic Zone": _e("2026-12-08", "Phnom Penh", PHNOM_PENH),
            "Departure for Siem Reap": _e("2026-12-09", "Siem Reap", PHNOM_PENH),
            "Address to the Indian diaspora": _e("2026-12-10", "Siem Reap", PHNOM_PENH),
            "Return to India": _e("2026-12-11", None, KOLKATA),
        },
        "stops": [("Phnom Penh", "2026-12-06", "2026-12-09"), ("Siem Reap", "2026-12-09", "2026-12-11")],
        "contacts": [
            ("Chea Vuthy", "", "Secretary General", "Council for the Development of Cambodia", "host"),
            ("Sok Rotha", "", "President", "Cambodia Chamber of Commerce", "host"),
            ("Rajib Bora", "", "Principal Secretary (Industries and Commerce)", "", "delegation"),
        ],
    },
    # Hinglish portal "Updated: 10 Jun 2026", a Wednesday: आज = 10 (PKS, then the road to Novi Sad),
    # कल = 11; the arrival and RAS on 8 and 9 June and the address and return on 11 and 12 June are
    # each told in one sentence in Hindi order; Air Serbia waits for the next visit
    "rules9_dates2_mixed_portal_mp_serbia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Dr. Mohan Yadav",
        "year": 2026,
        "span": ("2026-06-08", "2026-06-12"),
        "engagements": {
            "Arrival in Belgrade": _e("2026-06-08", "Belgrade", BELGRADE),
            "Meeting with Development Agency of Serbia (RAS)": _e("2026-06-09", "Belgrade", BELGRADE),
            "Meeting with Chamber of Commerce and Industry of Serbia (PKS)": _e(
                "2026-06-10", "Belgrade", BELGRADE
            ),
            "Departure for Novi Sad": _e("2026-06-10", "Novi Sad", BELGRADE),
            "Meeting with Air Serbia": _e(None, None, BELGRADE, "postponed"),
            "Visit to Science Technology Park": _e("2026-06-11", "Novi Sad", BELGRADE),
            "Address to the Indian diaspora": _e("2026-06-11", "Novi Sad", BELGRADE),
            "Return to India": _e("2026-06-12", None, KOLKATA),
        },
        "stops": [("Belgrade", "2026-06-08", "2026-06-10"), ("Novi Sad", "2026-06-10", "2026-06-12")],
        "contacts": [
            ("Dragana Ilić", "", "Director", "Development Agency of Serbia", "host"),
            ("Nebojša Stanković", "", "President", "Chamber of Commerce and Industry of Serbia", "host"),
            ("Raghavendra Kumar Singh", "", "Principal Secretary (Industries)", "", "delegation"),
        ],
    },
    # English live blog, no date on the page: Day 3 of a visit that began Monday 1 March 2027 = Wednesday
    # 3 March; tomorrow = 4, Friday = 5, Tuesday = 2 (past); Singapore Airlines waits for the next visit
    "rules9_dates2_en_liveblog_pb_singapore": {
        "published": None,
        "language": "en",
        "head": "Chief Minister Bhagwant Mann",
        "year": 2027,
        "span": ("2027-03-01", "2027-03-05"),
        "engagements": {
            "Address to the Indian diaspora": _e("2027-03-04", "Singapore", SINGAPORE),
            "Return to India": _e("2027-03-05", None, KOLKATA),
            "Meeting with Enterprise Singapore": _e("2027-03-03", "Singapore", SINGAPORE),
            "MoU signing with PSA Singapore": _e("2027-03-03", "Singapore", SINGAPORE),
            "Visit to JTC Corporation": _e("2027-03-03", "Singapore", SINGAPORE),
            "Arrival in Singapore": _e("2027-03-01", "Singapore", SINGAPORE),
            "Meeting with Singapore Business Federation (SBF)": _e("2027-03-02", "Singapore", SINGAPORE),
            "Meeting with Singapore Airlines": _e(None, None, SINGAPORE, "postponed"),
        },
        "stops": [("Singapore", "2027-03-01", "2027-03-05")],
        "contacts": [
            ("Tan Wei Ming", "", "Assistant Chief Executive", "Enterprise Singapore", "host"),
            ("Lim Kok Hwa", "", "Regional Chief Executive", "PSA Singapore", "host"),
            ("Goh Chee Kiong", "", "Chief Executive", "JTC Corporation", "host"),
            ("Teo Siong Seng", "", "Chairman", "Singapore Business Federation", "host"),
            ("Tarunpreet Singh Sond", "", "Industries Minister", "", "delegation"),
            ("Kumar Amit", "", "Principal Secretary (Investment Promotion)", "", "delegation"),
        ],
    },
    # Hindi live blog, no date on the page: day three of a visit that began Sunday 9 May 2027 = Tuesday
    # 11 May (the road to Limassol, the MoU, the chamber); कल = 12, गुरुवार = 13, सोमवार = 10 (past)
    "rules9_dates2_hi_liveblog_hp_cyprus": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Sukhvinder Singh Sukhu",
        "year": 2027,
        "span": ("2027-05-09", "2027-05-13"),
        "engagements": {
            "Address to the Indian diaspora": _e("2027-05-12", "Limassol", NICOSIA),
            "Return to India": _e("2027-05-13", None, KOLKATA),
            "Meeting with Limassol Chamber of Commerce and Industry": _e("2027-05-11", "Limassol", NICOSIA),
            "MoU signing with Cyprus University of Technology": _e("2027-05-11", "Limassol", NICOSIA),
            "Departure for Limassol": _e("2027-05-11", "Limassol", NICOSIA),
            "Arrival in Nicosia": _e("2027-05-09", "Nicosia", NICOSIA),
            "Meeting with Invest Cyprus": _e("2027-05-10", "Nicosia", NICOSIA),
            "Meeting with Bank of Cyprus": _e(None, None, NICOSIA, "postponed"),
        },
        "stops": [("Nicosia", "2027-05-09", "2027-05-11"), ("Limassol", "2027-05-11", "2027-05-13")],
        "contacts": [
            ("Andreas Georgiou", "", "President", "Limassol Chamber of Commerce and Industry", "host"),
            ("Maria Christodoulou", "", "Rector", "Cyprus University of Technology", "host"),
            ("Marios Charalambous", "", "CEO", "Invest Cyprus", "host"),
        ],
    },
    # state release under its letterhead, "लुसाका (जाम्बिया), 17 फरवरी 2027", a Wednesday: आज = 17,
    # सोमवार 15 February (arrival), मंगलवार = 16, कल = 18 (Kitwe and the mine), back on 20 February
    "rules9_dates2_hi_release_jh_zambia": {
        "published": None,
        "language": "hi",
        "head": "Chief Minister Hemant Soren",
        "year": 2027,
        "span": ("2027-02-15", "2027-02-20"),
        "engagements": {
            "Meeting with Zambia Development Agency (ZDA)": _e("2027-02-17", "Lusaka", LUSAKA),
            "MoU signing with ZCCM Investments Holdings": _e("2027-02-17", "Lusaka", LUSAKA),
            "Arrival in Lusaka": _e("2027-02-15", "Lusaka", LUSAKA),
            "Meeting with Zambia Chamber of Commerce and Industry": _e("2027-02-16", "Lusaka", LUSAKA),
            "Departure for Kitwe": _e("2027-02-18", "Kitwe", LUSAKA),
            "Visit to Mopani Copper Mines": _e("2027-02-18", "Kitwe", LUSAKA),
            "Meeting with Zambia Railways": _e(None, None, LUSAKA, "postponed"),
            "Return to India": _e("2027-02-20", None, KOLKATA),
        },
        "stops": [("Lusaka", "2027-02-15", "2027-02-18"), ("Kitwe", "2027-02-18", "2027-02-20")],
        "contacts": [
            ("Joseph Mwansa", "", "Director General", "Zambia Development Agency", "host"),
            ("Mabvuto Chipata", "", "Chief Executive Officer", "ZCCM Investments Holdings", "host"),
            ("Grace Mulenga", "", "President", "Zambia Chamber of Commerce and Industry", "host"),
            ("Arava Rajkamal", "अरवा राजकमल", "Secretary", "Industries Department", "delegation"),
        ],
    },
}
