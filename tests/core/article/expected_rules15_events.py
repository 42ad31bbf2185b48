"""Round 15 training articles (``rules15_events_*``): filled by the round's events work.

Written before any rule, each rule in at least two articles.

Same shape as ``expected7.BLIND7``.  Conventions as in ``expected7`` (GeoNames' English city names
and zones, undated engagements in the country's zone).

* A programme row that leads with a body (after its day, time and dash): the body is named up to
  its comma or colon when its person follows (``— Ministry of Fisheries and Forestry, Minister X``),
  and up to the lower-case word for the engagement after it (``Walu Bay Boatyard visit``, ``Tau
  Organic Farms courtesy call``); a row that names a body and its person and no verb is a meeting
  with the body (``who/rowlead.py``):

  * an English movement order of a fisheries visit to Fiji;
  * a mixed-script programme card of a horticulture visit to Kazakhstan.

* No body in a placeholder (``date TBC``, ``TBD``), a short weekday opening a row (``Sat, 13 Mar``),
  or a one-word place no dataset lists, told as where a body is met (``Talgar में Zailiysky … के साथ
  meeting``, ``Rakvere mein Virumaa Software Cluster ke saath``) (``who/rowlead.py``):

  A row whose date or slot is a placeholder (``date TBC``, ``date/time TBD``) is only proposed
  (``status.py``).

  * the English movement order on Fiji (TBC);
  * the programme card on Kazakhstan (TBD, ``Sat,``, ``Talgar में``);
  * a Roman Hindi group's updates on an IT visit to Estonia (``Rakvere mein``).

* A word of visiting or meeting inside a body's own name (``Visit Estonia``, ``Visit Flanders``) is
  no visit: what is done with the body is told by the sentence's other verb (``reading/verbs.py``):

  * the Roman Hindi updates on Estonia;
  * an English chamber newsletter on an industries visit to Belgium.

* A signing told with both sides as its subject, ours named by its state (``Digital Chile and the
  Kerala Electronics Development Board signed an MoU``, ``the Mauritius Tourism Promotion Authority
  and Maharashtra Tourism Development Corporation signed a memorandum``): the other side is the
  partner, a body though no word before it says so (``who/signers.py``):

  * an English wire copy on a tourism visit to Mauritius;
  * English podcast episode notes on an IT visit to Chile.
"""

from __future__ import annotations

from typing import Any

from tests.core.article.expected import KOLKATA, _e

FIJI, ALMATY, TALLINN, BRUSSELS = "Pacific/Fiji", "Asia/Almaty", "Europe/Tallinn", "Europe/Brussels"
MAURITIUS, SANTIAGO = "Indian/Mauritius", "America/Santiago"

RULES15_EVENTS: dict[str, dict[str, Any]] = {
    # movement order (2 March 2027): rows "Tue 9 Mar, 10:00 — Body, Minister X."; a cancelled and an
    # undated row; a note of an event at home after the visit
    "rules15_events_en_movementorder_tn_fiji": {
        "published": None,
        "language": "en",
        "head": "Fisheries Minister Anitha R. Radhakrishnan",
        "year": 2027,
        "span": ("2027-03-08", "2027-03-12"),
        "engagements": {
            "Arrival in Suva": _e("2027-03-08", "Suva", FIJI),
            "Meeting with Ministry of Fisheries and Forestry": _e("2027-03-09", "Suva", FIJI),
            "Visit to Walu Bay Boatyard": _e("2027-03-09", "Suva", FIJI),
            "Meeting with Pacific Tuna Packers": _e("2027-03-10", "Suva", FIJI),
            "Visit to Suva Fish Market": _e("2027-03-11", "Suva", FIJI, "cancelled"),
            "Meeting with Fiji Commerce and Employers Federation": _e(None, None, FIJI, "proposed"),
            "Return to India": _e("2027-03-12", None, KOLKATA),
        },
        "stops": [("Suva", "2027-03-08", "2027-03-12")],
        "contacts": [
            ("Kalaveti Ravu", "", "Minister", "Ministry of Fisheries and Forestry", "host"),
            ("Sereana Tuilau", "", "Managing Director", "Pacific Tuna Packers", "host"),
            ("Dr. K. S. Palanisamy", "", "Commissioner of Fisheries", "", "delegation"),
        ],
    },
    # programme card (mixed script): "🔸 Tue, 9 Mar, 10:30 — Body, Vice Minister X."; a meeting in a
    # town no dataset lists ("Talgar में"); an undated courtesy call
    "rules15_events_mixed_programmecard_hp_kazakhstan": {
        "published": None,
        "language": "hi",
        "head": "बागवानी मंत्री Jagat Singh Negi",
        "year": 2027,
        "span": ("2027-03-08", "2027-03-13"),
        "engagements": {
            "Arrival in Almaty": _e("2027-03-08", "Almaty", ALMATY),
            "Meeting with Ministry of Agriculture of Kazakhstan": _e("2027-03-09", "Almaty", ALMATY),
            "Visit to Almaty Apple Research Station": _e("2027-03-09", "Almaty", ALMATY),
            "Meeting with Zailiysky Orchard Growers Union": _e("2027-03-10", "Talgar", ALMATY),
            "Visit to Steppe Fruit Logistics Centre": _e("2027-03-11", "Almaty", ALMATY),
            "Meeting with Tau Organic Farms": _e(None, None, ALMATY, "proposed"),
            "Return to India": _e("2027-03-13", None, KOLKATA),
        },
        "stops": [("Almaty", "2027-03-08", "2027-03-13")],
        "contacts": [
            ("Daniyar Ospanov", "", "Vice Minister", "Ministry of Agriculture of Kazakhstan", "host"),
            ("Gulnara Sadykova", "", "Director", "Almaty Apple Research Station", "host"),
        ],
    },
    # Roman Hindi group updates, one dated paragraph a day: "Visit Estonia ke saath baithak",
    # "Rakvere mein … ke saath meeting"
    "rules15_events_roman_groupupdates_up_estonia": {
        "published": None,
        "language": "hi",
        "head": "IT Mantri Sunil Kumar Sharma",
        "year": 2027,
        "span": ("2027-04-12", "2027-04-16"),
        "engagements": {
            "Arrival in Tallinn": _e("2027-04-12", "Tallinn", TALLINN),
            "Visit to Tallinn Digital Briefing Centre": _e("2027-04-13", "Tallinn", TALLINN),
            "Meeting with Estonian Investment Agency": _e("2027-04-13", "Tallinn", TALLINN),
            "Meeting with Visit Estonia": _e("2027-04-14", "Tallinn", TALLINN),
            "Meeting with Virumaa Software Cluster": _e("2027-04-15", "Rakvere", TALLINN),
            "Return to India": _e("2027-04-16", None, KOLKATA),
        },
        "stops": [("Tallinn", "2027-04-12", "2027-04-16")],
        "contacts": [],
    },
    # chamber newsletter (May 2027): talks with "Visit Flanders", met "Visit Brussels"
    "rules15_events_en_newsletter_wb_belgium": {
        "published": None,
        "language": "en",
        "head": "Industries Minister Shashi Panja",
        "year": 2027,
        "span": ("2027-05-10", "2027-05-14"),
        "engagements": {
            "Arrival in Brussels": _e("2027-05-10", "Brussels", BRUSSELS),
            "Meeting with Visit Flanders": _e("2027-05-11", "Brussels", BRUSSELS),
            "Visit to Brussels Design Hub": _e("2027-05-11", "Brussels", BRUSSELS),
            "Meeting with Visit Brussels": _e("2027-05-12", "Brussels", BRUSSELS),
            "MoU signing with Brussels Jewellery Traders Guild": _e("2027-05-13", "Brussels", BRUSSELS),
            "Return to India": _e("2027-05-14", None, KOLKATA),
        },
        "stops": [("Brussels", "2027-05-10", "2027-05-14")],
        "contacts": [],
    },
    # wire copy with a dateline (13 October 2027): the partner named first in the subject, our side second
    "rules15_events_en_wirecopy_mh_mauritius": {
        "published": None,
        "language": "en",
        "head": "Tourism Minister Girish Mahajan",
        "year": 2027,
        "span": ("2027-10-11", "2027-10-14"),
        "engagements": {
            "Arrival in Port Louis": _e("2027-10-11", "Port Louis", MAURITIUS),
            "Meeting with Ministry of Tourism": _e("2027-10-12", "Port Louis", MAURITIUS),
            "MoU signing with Mauritius Tourism Promotion Authority": _e(
                "2027-10-13", "Port Louis", MAURITIUS
            ),
            "Return to India": _e("2027-10-14", None, KOLKATA),
        },
        "stops": [("Port Louis", "2027-10-11", "2027-10-14")],
        "contacts": [
            ("Arvind Bundhun", "", "director", "Mauritius Tourism Promotion Authority", "host"),
        ],
    },
    # podcast episode notes (published 24 August 2027): two signings, each partner named before our side
    "rules15_events_en_podcastnotes_kl_chile": {
        "published": None,
        "language": "en",
        "head": "IT Minister P. Rajeev",
        "year": 2027,
        "span": ("2027-08-16", "2027-08-20"),
        "engagements": {
            "Arrival in Santiago": _e("2027-08-16", "Santiago", SANTIAGO),
            "MoU signing with Digital Chile": _e("2027-08-17", "Santiago", SANTIAGO),
            "Visit to Santiago Fintech Hub": _e("2027-08-18", "Santiago", SANTIAGO),
            "MoU signing with Copper Valley Ventures": _e("2027-08-19", "Santiago", SANTIAGO),
            "Return to India": _e("2027-08-20", None, KOLKATA),
        },
        "stops": [("Santiago", "2027-08-16", "2027-08-20")],
        "contacts": [],
    },
}
