"""The reference article gives exactly the visit a protocol officer would write down by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.article import parse_article
from planner.core.model import Kind, Status
from tests.conftest import SEED

JETRO_PEOPLE = ["Nakajo Kazuya", "Endo Yuji", "Hara Harunobu"]

#: title -> (kind, org, date, city, country, tz, status, contacts)
EXPECTED = {
    "Meeting with JETRO": (
        "meeting",
        "JETRO",
        None,
        "Tokyo",
        "Japan",
        "Asia/Tokyo",
        "confirmed",
        JETRO_PEOPLE,
    ),
    "Meeting with NTT": ("meeting", "NTT", None, "Tokyo", "Japan", "Asia/Tokyo", "confirmed", []),
    "Visit to Osaka Expo 2025 site": (
        "site_visit",
        "Osaka Expo 2025",
        "2025-08-24",
        "Osaka",
        "Japan",
        "Asia/Tokyo",
        "confirmed",
        [],
    ),
    "Meeting with the Indian diaspora": (
        "community_event",
        None,
        "2025-08-23",
        None,
        "Japan",
        "Asia/Tokyo",
        "confirmed",
        [],
    ),
    "Arrival in South Korea": (
        "travel",
        None,
        "2025-08-28",
        None,
        "South Korea",
        "Asia/Seoul",
        "confirmed",
        [],
    ),
    "Meeting with KITA": (
        "meeting",
        "KITA",
        "2025-08-28",
        "Seoul",
        "South Korea",
        "Asia/Seoul",
        "proposed",
        [],
    ),
    "Visit to Hyundai Motor Studio": (
        "site_visit",
        "Hyundai Motor Studio",
        None,
        "Seoul",
        "South Korea",
        "Asia/Seoul",
        "confirmed",
        [],
    ),
}


@pytest.fixture(scope="module")
def seed() -> dict:  # type: ignore[type-arg]
    return parse_article(SEED.read_text(encoding="utf-8")).to_json()


def test_visit(seed: dict) -> None:  # type: ignore[type-arg]
    visit = seed["visit"]
    assert visit["head"] == "Chief Minister Vishnudev Sai"
    assert visit["year"] == 2025
    assert visit["language"] == "hi"
    assert visit["home_tz"] == "Asia/Kolkata"
    assert (visit["start_date"], visit["end_date"]) == ("2025-08-23", "2025-08-28")
    assert visit["duration_days"] == 9
    assert "Japan" in visit["title"] and "South Korea" in visit["title"]


def test_every_engagement(seed: dict) -> None:  # type: ignore[type-arg]
    got = {
        e["title"]: (
            e["kind"],
            e["org"],
            e["date"],
            e["city"],
            e["country"],
            e["tz"],
            e["status"],
            e["contacts"],
        )
        for e in seed["engagements"]
    }
    assert got == EXPECTED
    assert all(e["start"] is None and e["end"] is None for e in seed["engagements"])


def test_sources_are_the_sentences_as_written(seed: dict) -> None:  # type: ignore[type-arg]
    text = SEED.read_text(encoding="utf-8")
    for e in seed["engagements"]:
        assert e["source"] in text
    kita = next(e for e in seed["engagements"] if e["org"] == "KITA")
    assert kita["source"].startswith("इसके बाद 28 अगस्त को")
    jetro = next(e for e in seed["engagements"] if e["org"] == "JETRO")
    assert "नाकाजो काज़ुया" in jetro["source"]


def test_contacts(seed: dict) -> None:  # type: ignore[type-arg]
    assert seed["contacts"] == [
        {
            "name": "Nakajo Kazuya",
            "name_native": "नाकाजो काज़ुया",
            "org": "JETRO",
            "role": "senior official",
            "side": "host",
        },
        {
            "name": "Endo Yuji",
            "name_native": "एंडो युजी",
            "org": "JETRO",
            "role": "senior official",
            "side": "host",
        },
        {
            "name": "Hara Harunobu",
            "name_native": "हारा हारुनोबू",
            "org": "JETRO",
            "role": "senior official",
            "side": "host",
        },
    ]


def test_stops(seed: dict) -> None:  # type: ignore[type-arg]
    """Contiguous: Tokyo from the first day, Osaka until Seoul's arrival day, which both share."""
    assert seed["stops"] == [
        {"city": "Tokyo", "country": "Japan", "tz": "Asia/Tokyo", "from": "2025-08-23", "to": "2025-08-23"},
        {"city": "Osaka", "country": "Japan", "tz": "Asia/Tokyo", "from": "2025-08-24", "to": "2025-08-28"},
        {
            "city": "Seoul",
            "country": "South Korea",
            "tz": "Asia/Seoul",
            "from": "2025-08-28",
            "to": "2025-08-28",
        },
    ]
    warnings = seed["warnings"]
    assert "assumed in Tokyo 23 Aug: the article names no other place before Osaka on 24 Aug" in warnings
    assert "assumed in Osaka 25–27 Aug: the article names no other place before Seoul on 28 Aug" in warnings


def test_sectors(seed: dict) -> None:  # type: ignore[type-arg]
    jetro = next(e for e in seed["engagements"] if e["org"] == "JETRO")
    assert {"IT", "textiles", "aerospace", "automobile", "electronics", "clean energy"} <= set(
        jetro["sectors"]
    )
    ntt = next(e for e in seed["engagements"] if e["org"] == "NTT")
    assert {"telecom", "data centres"} <= set(ntt["sectors"])
    kita = next(e for e in seed["engagements"] if e["org"] == "KITA")
    assert set(kita["sectors"]) == {"textiles", "electronics", "machinery"}


def test_warnings_explain_every_gap(seed: dict) -> None:  # type: ignore[type-arg]
    warnings = "\n".join(seed["warnings"])
    for title in ("Meeting with JETRO", "Meeting with NTT", "Visit to Hyundai Motor Studio"):
        assert f"“{title}”: no date in the article" in warnings
    assert "Seoul is taken from the gazetteer as the seat of KITA" in warnings
    assert "Tokyo is taken from the gazetteer as the seat of NTT" in warnings
    assert "“Meeting with the Indian diaspora”: the article names no city" in warnings
    assert "एक्सपो-2025" in warnings
    assert "9-day visit" in warnings


def test_to_visit() -> None:
    draft = parse_article(SEED.read_text(encoding="utf-8"))
    visit = draft.to_visit()
    assert visit.head == "Chief Minister Vishnudev Sai"
    assert visit.source_article == SEED.read_text(encoding="utf-8")
    assert [c.name for c in visit.contacts] == JETRO_PEOPLE
    assert all(c.name != "Vishnudev Sai" for c in visit.contacts)
    jetro = next(e for e in visit.engagements if e.organisation == "JETRO")
    assert jetro.is_unscheduled and jetro.unscheduled_reason
    assert [c.name for c in visit.attendees(jetro)] == JETRO_PEOPLE
    kita = next(e for e in visit.engagements if e.organisation == "KITA")
    assert kita.is_all_day and kita.date == dt.date(2025, 8, 28)
    assert kita.status == Status.PROPOSED and kita.kind == Kind.MEETING
    assert [s.city for s in visit.stops] == ["Tokyo", "Osaka", "Seoul"]
    assert visit.start_date == dt.date(2025, 8, 23)


def test_summary_names_the_programme() -> None:
    summary = parse_article(SEED.read_text(encoding="utf-8")).summary()
    assert "Meeting with KITA [proposed]" in summary
    assert "Nakajo Kazuya (नाकाजो काज़ुया)" in summary
    assert "Warnings" in summary
