"""Round 15 people rules: a Balinese name, its gender word first and its birth-order and caste
words not counted among its words (``who.balinese``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.who.balinese import opens_name, uncounted
from planner.core.article.who.names import names_after
from planner.core.article.who.relative import name_before
from tests.article_score import person_key
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules15_people import RULES15_PEOPLE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES15_PEOPLE))
def test_every_contact_is_found_and_none_made_up(name: str) -> None:
    draft = _parse(name)
    expected = RULES15_PEOPLE[name]["contacts"]
    found = {person_key(p["name"]) for p in draft["contacts"]} | {p["name_native"] for p in draft["contacts"]}
    assert [c[0] for c in expected if person_key(c[0]) not in found and c[1] not in found] == []
    wanted = {person_key(c[0]) for c in expected} | {c[1] for c in expected if c[1]}
    made_up = [p["name"] for p in draft["contacts"] if not {person_key(p["name"]), p["name_native"]} & wanted]
    assert made_up == []


def _names(text: str, after: str) -> list[str]:
    return [n for n, _, _ in names_after(text, text.index(after) + len(after), [])]


def test_a_balinese_name_opens_with_its_gender_word() -> None:
    assert _names("met Head I Made Sudarsana at the office", "Head") == ["I Made Sudarsana"]
    assert _names("Chairperson Ni Luh Putu Ariani ने sign किया", "Chairperson") == ["Ni Luh Putu Ariani"]
    assert _names("President I Gusti Ngurah Agung Wirawan spoke", "President") == [
        "I Gusti Ngurah Agung Wirawan"
    ]


def test_birth_order_words_leave_room_for_the_given_names() -> None:
    assert _names("owner Ketut Arya Wibisana Putra ने", "owner") == ["Ketut Arya Wibisana Putra"]
    assert uncounted(["Ni", "Luh", "Putu", "Ariani"]) == 3
    assert uncounted(["Ketut", "Suryani"]) == 1
    assert uncounted(["Made"]) == 0  # never the whole name


def test_other_names_keep_their_length() -> None:
    # three words at most, as before: the fourth is not part of the name
    assert _names("Chairman John Paul Smith Jones said", "Chairman") == ["John Paul Smith"]
    assert uncounted(["John", "Made", "Smith"]) == 0


def test_the_pronoun_is_no_gender_word() -> None:
    assert not opens_name("I", "Met")
    assert not opens_name("I", "Suryani")
    assert opens_name("Ni", "Luh") and opens_name("I", "Wayan")
    assert _names("the Director, I Think, said", "Director,") == []


def test_the_gender_word_before_a_name_told_before_its_role() -> None:
    text = "met I Gusti Ngurah Wirawan, Head of the office"
    found = name_before(text, text.index(", Head") + 2, set())
    assert found is not None and found[0] == "I Gusti Ngurah Wirawan"
    text = "met Anak Wirawan, Head of the office"
    found = name_before(text, text.index(", Head") + 2, set())
    assert found is not None and found[0] == "Anak Wirawan"
