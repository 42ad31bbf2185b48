"""Places the old hand-typed list did not know: GeoNames cities, Devanagari variants, seats, flights.

Each report here was written for these tests in the style of published ones (wire copy with a
dateline, Hindi portals, Hindi with Latin-script names); the expected visit was written down
before the parser was changed.  Each rule is exercised by at least two reports:

* cities outside the old list: Kumamoto, Kitakyushu, Narita, Pohang, Changwon, Herzogenaurach,
  Gütersloh, Sheffield, Indianapolis, Columbus, Hamamatsu, Gumi;
* Devanagari spellings not in the data (``पोहांग``, ``चांगवोन``, ``इंडियानापोलीस``), matched with a
  warning; Latin-script places inside Hindi sentences;
* an organisation whose seat is in a third country (TSMC, Tesla, Siemens) makes no stop there;
* a report that names the next city before the earlier one gives the stops in date order, also
  when the earlier city is known only as where a journey started (``arrived in Osaka from Tokyo``);
* a generated city's name used for a company (``officials of Kawasaki``, ``Santander के अधिकारियों``)
  is no place;
* a sentence with clock times in two places is a flight from one zone to the other; a transit
  (``via Dubai``, a change of planes in Frankfurt) is no stop.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from planner.core.article import parse_article
from tests.conftest import DATA

ARTICLES = DATA / "articles"

CASES: dict[str, dict[str, Any]] = {
    # English wire copy: a flight Delhi → Narita, a Japanese prefecture city, a Taiwanese company
    # met in Japan, a final stop named only as such
    "places_en_jp_kumamoto": {
        "published": None,
        "language": "en",
        "year": 2026,
        "span": ("2026-06-11", "2026-06-15"),
        "countries": ["Japan"],
        "engagements": {
            "Flight from Delhi to Narita": (
                "2026-06-11",
                "Delhi",
                "Asia/Kolkata",
                "confirmed",
                "2026-06-11T23:15:00+05:30",
            ),
            "Meeting with JETRO": ("2026-06-12", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Departure for Kumamoto": ("2026-06-13", "Kumamoto", "Asia/Tokyo", "confirmed", None),
            "Meeting with TSMC": ("2026-06-13", "Kumamoto", "Asia/Tokyo", "confirmed", None),
            "Meeting with Yaskawa Electric": ("2026-06-14", "Kitakyushu", "Asia/Tokyo", "confirmed", None),
            "Return to India": ("2026-06-15", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [
            ("Tokyo", "2026-06-12", "2026-06-13"),
            ("Kumamoto", "2026-06-13", "2026-06-13"),
            ("Kitakyushu", "2026-06-14", "2026-06-15"),
        ],
    },
    # Hindi (Devanagari only): the next city first, then the earlier ones; उलसान from GeoNames,
    # चांगवोन a variant of GeoNames' चांग्वॉन, पोहांग in no data (transliterated)
    "places_hi_kr_pohang": {
        "published": None,
        "language": "hi",
        "year": 2026,
        "span": ("2026-09-14", "2026-09-19"),
        "countries": ["South Korea"],
        "engagements": {
            "Departure for Pohang": ("2026-09-18", "Pohang", "Asia/Seoul", "confirmed", None),
            "Visit to POSCO": ("2026-09-18", "Pohang", "Asia/Seoul", "confirmed", None),
            "Meeting with Hyundai Motor": ("2026-09-16", "Ulsan", "Asia/Seoul", "confirmed", None),
            "Arrival in Changwon": ("2026-09-17", "Changwon", "Asia/Seoul", "confirmed", None),
            "Meeting with LG": ("2026-09-17", "Changwon", "Asia/Seoul", "confirmed", None),
            "Meeting with KOTRA": ("2026-09-15", "Seoul", "Asia/Seoul", "confirmed", None),
            "Return to India": ("2026-09-19", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [
            ("Seoul", "2026-09-14", "2026-09-15"),
            ("Ulsan", "2026-09-16", "2026-09-17"),
            ("Changwon", "2026-09-17", "2026-09-18"),
            ("Pohang", "2026-09-18", "2026-09-19"),
        ],
    },
    # Hindi with Latin-script towns and companies (Mittelstand towns of 24,000 and 96,000 people);
    # an American company met on a day the text gives no place for
    "places_mixed_de_mittelstand": {
        "published": None,
        "language": "hi",
        "year": 2026,
        "span": ("2026-11-09", "2026-11-13"),
        "countries": ["Germany"],
        "engagements": {
            "Arrival in Frankfurt": ("2026-11-09", "Frankfurt", "Europe/Berlin", "confirmed", None),
            "Meeting with Indo-German Chamber of Commerce": (
                "2026-11-09",
                "Frankfurt",
                "Europe/Berlin",
                "confirmed",
                None,
            ),
            "Departure for Herzogenaurach": (
                "2026-11-10",
                "Herzogenaurach",
                "Europe/Berlin",
                "confirmed",
                None,
            ),
            "Visit to Schaeffler": ("2026-11-10", "Herzogenaurach", "Europe/Berlin", "confirmed", None),
            "Meeting with Miele": ("2026-11-11", "Gütersloh", "Europe/Berlin", "confirmed", None),
            "Meeting with Tesla": ("2026-11-12", None, "Europe/Berlin", "confirmed", None),
            "Return to India": ("2026-11-13", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [
            ("Frankfurt", "2026-11-09", "2026-11-10"),
            ("Herzogenaurach", "2026-11-10", "2026-11-10"),
            ("Gütersloh", "2026-11-11", "2026-11-13"),
        ],
    },
    # English, written mid-visit: the next city first, then the earlier days; a German company met
    # in Britain; a city named only as visited; the way home via Dubai
    "places_en_uk_reverse": {
        "published": dt.date(2026, 6, 24),
        "language": "en",
        "year": None,
        "span": ("2026-06-22", "2026-06-27"),
        "countries": ["United Kingdom"],
        "engagements": {
            "Departure for Manchester": ("2026-06-25", "Manchester", "Europe/London", "confirmed", None),
            "Meeting with Northern Powerhouse Partnership": (
                "2026-06-25",
                "Manchester",
                "Europe/London",
                "confirmed",
                None,
            ),
            "Meeting with UK India Business Council": (
                "2026-06-22",
                "London",
                "Europe/London",
                "confirmed",
                None,
            ),
            "Meeting with Siemens": ("2026-06-23", None, "Europe/London", "confirmed", None),
            "Visit to Advanced Manufacturing Research Centre": (
                "2026-06-26",
                "Sheffield",
                "Europe/London",
                "confirmed",
                None,
            ),
            "Return to India": ("2026-06-27", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [
            ("London", "2026-06-22", "2026-06-25"),
            ("Manchester", "2026-06-25", "2026-06-25"),
            ("Sheffield", "2026-06-26", "2026-06-27"),
        ],
    },
    # Hindi with Latin names: two flights (a change of planes in Frankfurt), a US city in Latin
    # and in a Devanagari variant, कोलम्बस from GeoNames
    "places_hi_us_flight": {
        "published": None,
        "language": "hi",
        "year": 2026,
        "span": ("2026-09-07", "2026-09-11"),
        "countries": ["United States"],
        "engagements": {
            "Flight from Mumbai to Frankfurt": (
                "2026-09-07",
                "Mumbai",
                "Asia/Kolkata",
                "confirmed",
                "2026-09-07T01:30:00+05:30",
            ),
            "Flight from Frankfurt to Chicago": (
                "2026-09-07",
                "Frankfurt",
                "Europe/Berlin",
                "confirmed",
                "2026-09-07T12:40:00+02:00",
            ),
            "Meeting with Eli Lilly": (
                "2026-09-08",
                "Indianapolis",
                "America/Indiana/Indianapolis",
                "confirmed",
                None,
            ),
            "Departure for Columbus": ("2026-09-09", "Columbus", "America/New_York", "confirmed", None),
            "Visit to Honda": ("2026-09-09", "Columbus", "America/New_York", "confirmed", None),
            "Investors' roundtable": (
                "2026-09-10",
                "Indianapolis",
                "America/Indiana/Indianapolis",
                "confirmed",
                None,
            ),
            "Return to India": ("2026-09-11", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [
            ("Indianapolis", "2026-09-07", "2026-09-09"),
            ("Columbus", "2026-09-09", "2026-09-09"),
            ("Indianapolis", "2026-09-10", "2026-09-11"),
        ],
    },
    # English wire copy: a flight via Singapore, a flight Tokyo → Seoul, Hamamatsu and Gumi
    "places_en_jp_kr_transit": {
        "published": None,
        "language": "en",
        "year": 2026,
        "span": ("2026-10-04", "2026-10-10"),
        "countries": ["Japan", "South Korea"],
        "engagements": {
            "Flight from Hyderabad to Tokyo": (
                "2026-10-04",
                "Hyderabad",
                "Asia/Kolkata",
                "confirmed",
                "2026-10-04T22:20:00+05:30",
            ),
            "Meeting with Keidanren": ("2026-10-05", "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Departure for Hamamatsu": ("2026-10-06", "Hamamatsu", "Asia/Tokyo", "confirmed", None),
            "Visit to Suzuki": ("2026-10-06", "Hamamatsu", "Asia/Tokyo", "confirmed", None),
            "Flight from Tokyo to Seoul": (
                "2026-10-07",
                "Tokyo",
                "Asia/Tokyo",
                "confirmed",
                "2026-10-07T11:00:00+09:00",
            ),
            "Meeting with Samsung": ("2026-10-08", "Seoul", "Asia/Seoul", "confirmed", None),
            "Meeting with LG": ("2026-10-09", "Gumi", "Asia/Seoul", "confirmed", None),
            "Return to India": ("2026-10-10", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [
            ("Tokyo", "2026-10-05", "2026-10-06"),
            ("Hamamatsu", "2026-10-06", "2026-10-07"),
            ("Seoul", "2026-10-07", "2026-10-08"),
            ("Gumi", "2026-10-09", "2026-10-10"),
        ],
    },
    # English wire copy written mid-visit: the city reached first, the one it came from after;
    # Kawasaki is a company here, not the city
    "places_en_jp_osaka_from_tokyo": {
        "published": dt.date(2026, 8, 26),
        "language": "en",
        "year": None,
        "span": ("2026-08-23", "2026-08-28"),
        "countries": ["Japan"],
        "engagements": {
            "Arrival in Osaka": ("2026-08-26", "Osaka", "Asia/Tokyo", "confirmed", None),
            "Business summit": ("2026-08-27", "Osaka", "Asia/Tokyo", "confirmed", None),
            "Meeting with Kawasaki": (None, "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Meeting with Suzuki": (None, "Tokyo", "Asia/Tokyo", "confirmed", None),
            "Return to India": ("2026-08-28", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [("Tokyo", "2026-08-23", "2026-08-26"), ("Osaka", "2026-08-26", "2026-08-28")],
    },
    # Hindi with Latin-script companies: मैड्रिड से बार्सिलोना, Madrid recalled after; Santander is
    # the bank; वैलेंसिया spelt unlike GeoNames' वालेन्सिया; an American company met in Spain
    "places_hi_es_barcelona": {
        "published": None,
        "language": "hi",
        "year": 2026,
        "span": ("2026-07-13", "2026-07-18"),
        "countries": ["Spain"],
        "engagements": {
            "Arrival in Barcelona": ("2026-07-15", "Barcelona", "Europe/Madrid", "confirmed", None),
            "Investors' meet": ("2026-07-15", "Barcelona", "Europe/Madrid", "confirmed", None),
            "Meeting with Iberdrola": (None, "Madrid", "Europe/Madrid", "confirmed", None),
            "Meeting with Santander": (None, "Madrid", "Europe/Madrid", "confirmed", None),
            "Departure for Valencia": ("2026-07-16", "Valencia", "Europe/Madrid", "confirmed", None),
            "Visit to Ford": ("2026-07-16", "Valencia", "Europe/Madrid", "confirmed", None),
            "Return to India": ("2026-07-18", None, "Asia/Kolkata", "confirmed", None),
        },
        "stops": [
            ("Madrid", "2026-07-13", "2026-07-15"),
            ("Barcelona", "2026-07-15", "2026-07-16"),
            ("Valencia", "2026-07-16", "2026-07-18"),
        ],
    },
}

#: flight title -> (end as local time in the arrival zone, end_tz)
FLIGHTS = {
    "places_en_jp_kumamoto": {
        "Flight from Delhi to Narita": ("2026-06-12T07:25:00+09:00", "Asia/Tokyo"),
    },
    "places_hi_us_flight": {
        "Flight from Mumbai to Frankfurt": ("2026-09-07T07:10:00+02:00", "Europe/Berlin"),
        "Flight from Frankfurt to Chicago": ("2026-09-07T15:05:00-05:00", "America/Chicago"),
    },
    "places_en_jp_kr_transit": {
        "Flight from Hyderabad to Tokyo": ("2026-10-05T09:50:00+09:00", "Asia/Tokyo"),
        "Flight from Tokyo to Seoul": ("2026-10-07T13:25:00+09:00", "Asia/Seoul"),
    },
}


def parse(name: str) -> dict[str, Any]:
    case = CASES[name]
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=case["published"]).to_json()


@pytest.mark.parametrize("name", sorted(CASES))
def test_report_gives_the_expected_places(name: str) -> None:
    case = CASES[name]
    got = parse(name)
    visit = got["visit"]
    assert visit["language"] == case["language"]
    if case["year"] is not None:
        assert visit["year"] == case["year"]
    assert (visit["start_date"], visit["end_date"]) == case["span"]
    engagements = {
        e["title"]: (e["date"], e["city"], e["tz"], e["status"], e["start"]) for e in got["engagements"]
    }
    assert engagements == case["engagements"]
    assert [(x["city"], x["from"], x["to"]) for x in got["stops"]] == case["stops"]


@pytest.mark.parametrize("name", sorted(CASES))
def test_title_names_only_the_countries_the_delegation_is_sent_to(name: str) -> None:
    got = parse(name)
    where = got["visit"]["title"].split(": visit to ", 1)[1]
    assert where == " and ".join(CASES[name]["countries"])
    assert {s["country"] for s in got["stops"]} == set(CASES[name]["countries"])


@pytest.mark.parametrize("name", sorted(FLIGHTS))
def test_flight_ends_in_the_arrival_zone(name: str) -> None:
    got = {e["title"]: e for e in parse(name)["engagements"]}
    for title, (end, end_tz) in FLIGHTS[name].items():
        flight = got[title]
        assert flight["kind"] == "travel"
        assert (flight["end"], flight["end_tz"]) == (end, end_tz)
        start = dt.datetime.fromisoformat(flight["start"])
        assert dt.timedelta(hours=1) < dt.datetime.fromisoformat(end) - start < dt.timedelta(hours=20)


CHANGE_OF_PLANES = (
    "Maharashtra Chief Minister Devendra Fadnavis will visit the United States and Germany from "
    "September 7 to 14, 2026.\n"
    "On September 7 he will leave Mumbai at 1:30 am and land in Frankfurt at 7:10 am.\n"
    "Later he will leave Frankfurt at 12:40 pm and land in Chicago at 3:05 pm.\n"
    "On September 8 he will meet officials of Boeing in Chicago.\n"
    "On September 12 he will arrive in Munich, where he will meet officials of Siemens.\n"
    "On September 14 he will leave Munich at 1:10 pm and land in Mumbai at 12:45 am.\n"
)


def test_a_change_of_planes_is_no_arrival_and_flights_home_bound_the_visit() -> None:
    """Landing in Frankfurt to fly on to Chicago is not the start of the German stop a week later;
    the flight out and the flight home are the visit's first and last days."""
    got = parse_article(CHANGE_OF_PLANES).to_json()
    assert [(s["city"], s["from"], s["to"]) for s in got["stops"]] == [
        ("Chicago", "2026-09-07", "2026-09-12"),
        ("Munich", "2026-09-12", "2026-09-14"),
    ]
    flights = {
        e["title"]: (e["start"], e["end"], e["end_tz"]) for e in got["engagements"] if e["kind"] == "travel"
    }
    assert flights["Flight from Munich to Mumbai"] == (
        "2026-09-14T13:10:00+02:00",
        "2026-09-15T00:45:00+05:30",
        "Asia/Kolkata",
    )
    assert (got["visit"]["start_date"], got["visit"]["end_date"]) == ("2026-09-07", "2026-09-14")
    assert got["visit"]["title"].endswith("visit to United States and Germany")
