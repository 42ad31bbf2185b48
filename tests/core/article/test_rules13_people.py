"""Round 13 people rules: the Hassaniya particles ``Ould`` and ``Mint`` are no words of a name's
count (``names.PARTICLES``); a dotted middle initial between a given and a family name is inside the
name (``names.middle_initial``); Doctor spelt out in Devanagari (डॉक्टर, डाक्टर) is a title
(``names.HONORIFIC``); a title's portfolio of two words joined by and / एवं ends before the name
(``officials.after_portfolio``); a Devanagari name before a comma, one qualifying word and its title is
the title's (``relative.qualified_title``); "the Minister, X Y" names another Minister than the head
and so does "X Y, the Minister of Z," (``officials.heads_office``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.entities import Entity, Mention
from planner.core.article.who.names import HONORIFIC, counted, middle_initial, names_after
from planner.core.article.who.officials import heads_office
from planner.core.article.who.relative import qualified_title
from tests.article_score import person_key
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules13_people import RULES13_PEOPLE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES13_PEOPLE))
def test_every_contact_is_found_and_none_made_up(name: str) -> None:
    draft = _parse(name)
    expected = RULES13_PEOPLE[name]["contacts"]
    found = {person_key(p["name"]) for p in draft["contacts"]} | {p["name_native"] for p in draft["contacts"]}
    assert [c[0] for c in expected if person_key(c[0]) not in found and c[1] not in found] == []
    wanted = {person_key(c[0]) for c in expected} | {c[1] for c in expected if c[1]}
    made_up = [p["name"] for p in draft["contacts"] if not {person_key(p["name"]), p["name_native"]} & wanted]
    assert made_up == []


def _tokens(text: str) -> list[tuple[str, int]]:
    out, at = [], 0
    for word in text.split():
        at = text.index(word, at)
        out.append((word, at))
        at += len(word)
    return out


def test_a_hassaniya_particle_is_not_counted() -> None:
    assert counted(_tokens("Mohamed Salem Ould Brahim")) == 3
    assert counted(_tokens("Khadija Mint Abdallahi")) == 2


@pytest.mark.parametrize(
    ("text", "i", "inside"),
    [
        ("Joseph K. Tarpeh said", 1, True),
        ("Patil M. said", 1, False),  # a trailing initial
        ("Ravi Kumar K. Menon", 2, False),  # after two words: no middle initial
        ("Joseph KL. Tarpeh", 1, False),  # two letters are initials, not a middle one
    ],
)
def test_a_middle_initial_sits_between_two_words(text: str, i: int, inside: bool) -> None:
    tokens = _tokens(text)
    assert middle_initial(tokens, i, tokens[:i], set()) is inside


def test_a_name_keeps_its_middle_initial() -> None:
    text = "the deputy chief executive, Kwabena F. Asante, said"
    assert [n for n, _, _ in names_after(text, text.index(",") + 1, [])] == ["Kwabena F. Asante"]


@pytest.mark.parametrize("title", ["डॉक्टर", "डाक्टर"])
def test_doctor_spelt_out_is_a_title(title: str) -> None:
    match = HONORIFIC.match(f"{title} फेलिपे मुनोज़")
    assert match is not None and match.group().strip() == title


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("rules13_people_hi_report_mh_peru", "विनीता शर्मा"),
        ("rules13_people_hi_bulletin_ka_chile", "हरीश गौड़ा"),
    ],
)
def test_a_two_word_portfolio_is_no_part_of_the_name(name: str, person: str) -> None:
    assert person in {p["name_native"] for p in _parse(name)["contacts"]}


@pytest.mark.parametrize(
    ("text", "qualified"),
    [
        ("श्री अरविंद कुमार मिंज, रेशम निदेशक", True),
        ("श्री अरविंद कुमार मिंज, और निदेशक", False),  # a conjunction, no qualifier
        ("श्री अरविंद कुमार मिंज निदेशक", False),  # no comma
    ],
)
def test_one_word_may_qualify_a_title_after_the_comma(text: str, qualified: bool) -> None:
    assert (qualified_title(text, text.rindex(" ") + 1, set()) is not None) is qualified


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("It will call on the Minister, Salote Naivalu, at the Ministry.", False),
        (
            "It will call on the Minister, Shivanand Patil, at the Ministry.",
            False,
        ),  # the head: left out later
        ("The Minister will meet investors.", True),
        ("Later the Minister, who led the team, spoke.", True),
        ("There Mr. Abdoulaye Ndiaye, the Minister of Trade, received us.", False),
        ("There, the Minister of Trade received us.", True),
    ],
)
def test_a_named_minister_after_the_comma_is_not_the_heads_office(text: str, heads: bool) -> None:
    start = text.index("Minister")
    office = Mention(Entity(kind="office", name="Minister"), start, start + len("Minister"), "Minister")
    assert heads_office(text, office, "Minister Shivanand Patil", []) is heads
