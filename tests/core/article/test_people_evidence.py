"""A contact is a person only with evidence; common words, letters and honorifics alone never are."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.article import parse_article
from planner.core.article.who.people import is_name

PUBLISHED = dt.date(2025, 8, 20)


def contacts(text: str) -> dict[str, tuple[str, str]]:
    got = parse_article(text, published=PUBLISHED).to_json()
    return {c["name"]: (c["role"], c["org"]) for c in got["contacts"]}


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        (
            "On August 25, the Chief Minister will meet Sarah Mitchell, CEO of Applied Materials, in Tokyo.",
            "Sarah Mitchell",
            "Applied Materials",
        ),
        (
            "On August 25 in Tokyo he will meet Suzuki Motor Corporation's President Toshihiro Suzuki.",
            "Toshihiro Suzuki",
            "Suzuki",
        ),
        (
            "25 अगस्त को टोक्यो में मुख्यमंत्री Petronas के अध्यक्ष Tan Sri Zakaria Ahmad से भेंट करेंगे।",
            "Zakaria Ahmad",
            "Petronas",
        ),
        (
            "25 अगस्त को दुबई में Mubadala की ओर से Khaldoon Al Mubarak के साथ उनकी बैठक होगी।",
            "Khaldoon Al Mubarak",
            "Mubadala",
        ),
        (
            "25 अगस्त को दुबई में वे DP World के चेयरमैन Sultan Ahmed bin Sulayem से मिलेंगे।",
            "Sultan Ahmed bin Sulayem",
            "DP World",
        ),
    ],
)
def test_a_role_an_honorific_or_a_body_is_evidence(text: str, name: str, org: str) -> None:
    found = contacts(text)
    assert name in found and found[name][1] == org
    got = parse_article(text, published=PUBLISHED).to_json()
    assert not any(name in e["title"] for e in got["engagements"])  # a person is no organisation


def test_names_listed_with_their_body() -> None:
    text = (
        "On August 25 in San Jose, he will meet Priya Raman, Arjun Mehta and Wei Chen of the "
        "Silicon Valley Indian Professionals Association."
    )
    found = contacts(text)
    assert set(found) == {"Priya Raman", "Arjun Mehta", "Wei Chen"}
    got = parse_article(text, published=PUBLISHED).to_json()
    assert [e["title"] for e in got["engagements"]] == [
        "Meeting with Silicon Valley Indian Professionals Association"
    ]


def test_devanagari_initials_stay_in_the_name() -> None:
    text = (
        "मुख्यमंत्री ए. रेवंत रेड्डी 25 अगस्त को दुबई में DP World के अधिकारियों से मिलेंगे। "
        "उनके साथ आईटी मंत्री डी. श्रीधर बाबू भी रहेंगे।"
    )
    got = parse_article(text, published=PUBLISHED).to_json()
    natives = {c["name_native"] for c in got["contacts"]}
    assert "डी. श्रीधर बाबू" in natives
    assert got["visit"]["head"] == "Chief Minister E Revant Reddi"  # the initial kept, romanised


@pytest.mark.parametrize(
    "word",
    ["स्थानीय", "उच्च", "Roundtable", "California", "Shri", "Dato'", "Tan Sri", "A", "K.", "श्री"],
)
def test_common_words_letters_and_honorifics_are_no_names(word: str) -> None:
    assert not is_name(word)


@pytest.mark.parametrize("name", ["Toshihiro", "Garamendi", "Kenji Watanabe", "N. Chandrasekaran"])
def test_rare_words_and_full_names_can_be(name: str) -> None:
    assert is_name(name)


@pytest.mark.parametrize(
    "text",
    [
        "25 अगस्त को टोक्यो में मुख्यमंत्री के अध्यक्ष स्थानीय से मिलेंगे।",
        "On August 25 in Tokyo, he will meet the Chairman, California, of JETRO.",
        "On August 25 in Tokyo, he will meet Shri, the Chairman of JETRO.",
    ],
)
def test_decoys_make_no_contact(text: str) -> None:
    assert contacts(text) == {}
