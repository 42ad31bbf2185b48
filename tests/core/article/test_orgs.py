"""Organisations the gazetteer does not know, recognised from how the text names them."""

from __future__ import annotations

import pytest

from planner.core.article.gazetteer import load
from planner.core.article.reading.text import normalise
from planner.core.article.who.orgs import with_unknown


def found(sentence: str, article: str = "") -> dict[str, str]:
    """Names found in ``sentence`` that the gazetteer does not know: name → kind."""
    gaz = load()
    text = normalise(sentence)[0]
    known = gaz.find(text)
    return {
        m.entity.name: m.entity.kind
        for m in with_unknown(text, known, gaz, article or text)
        if m not in known
    }


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "He will visit the Port of Singapore Authority (PSA) terminals.",
            ["Port of Singapore Authority (PSA)"],
        ),
        (
            "He will meet representatives of Hanwha, Doosan and Lotte Group.",
            ["Hanwha", "Doosan", "Lotte Group"],
        ),
        ("She will hold talks with officials of Knorr-Bremse Group.", ["Knorr-Bremse Group"]),
        ("A meeting with Mitsui Fudosan has been called off.", ["Mitsui Fudosan"]),
        ("at an event organised by the Frankfurt Bengali Association.", ["Frankfurt Bengali Association"]),
        ("वे हनवा ग्रुप के अधिकारियों के साथ बैठक करेंगे।", ["Hanwa Group"]),
        ("वे ग्वांगन स्टील कंपनी का दौरा करेंगे।", ["Gwangan Steel Company"]),
        ("उसी शाम वे Solvay और Umicore के अधिकारियों से मिलेंगे।", ["Solvay", "Umicore"]),
    ],
)
def test_unknown_organisations_are_found(sentence: str, names: list[str]) -> None:
    got = found(sentence)
    assert [n for n in got if got[n] == "org"] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "He will meet Gan Kim Yong and hold talks.",  # a person, not a body
        "He will leave for Singapore with officials.",  # a place
        "The Chief Minister will meet Naidu on Monday.",  # a surname printed in a full name elsewhere
        "He will meet representatives of Toyota and Suzuki.",  # the gazetteer's own
        "Public Investment Fund (PIF) के साथ बैठक प्रस्तावित है।",  # known, with its acronym
    ],
)
def test_people_places_and_known_names_are_not_new_organisations(sentence: str) -> None:
    article = f"{sentence} Chief Minister N Chandrababu Naidu will travel."
    assert [n for n, kind in found(sentence, article).items() if kind == "org"] == []


def test_foreign_minister_gives_role_and_ministry() -> None:
    got = found("the Chief Minister will meet Singapore's Minister for Trade and Industry Gan Kim Yong")
    assert got == {"Minister for Trade and Industry": "role", "Ministry of Trade and Industry": "org"}
    hindi = found("मुख्यमंत्री दक्षिण कोरिया के उद्योग और ऊर्जा मंत्री किम जंग-क्वान से मिलेंगे।")
    assert hindi == {"Minister for Industry and Energy": "role", "Ministry of Industry and Energy": "org"}


def test_home_minister_is_not_a_foreign_ministry() -> None:
    """``Karnataka's Minister for Large and Medium Industries`` is our own office, not a host."""
    got = found("Karnataka's Minister for Large and Medium Industries M B Patil will lead it.")
    assert "org" not in got.values()
