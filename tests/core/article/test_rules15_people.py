"""Round 15 people rules: a Balinese name, its gender word first and its birth-order and caste
words not counted among its words (``who.balinese``); a list of the delegation's members, on a line
opened by ``Members:`` or under a heading that names them (``who.members``); the writer of a post who
went with the delegation (``who.writer``); the speaker a broadcast script's cue names (``who.speakers``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.reading.text import Sentence
from planner.core.article.who.balinese import opens_name, uncounted
from planner.core.article.who.members import member_sentences
from planner.core.article.who.names import names_after
from planner.core.article.who.relative import name_before
from planner.core.article.who.speakers import speaker
from planner.core.article.who.writer import post_writer
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


@pytest.mark.parametrize(
    "name", ["rules15_people_en_officeorder_mh_morocco", "rules15_people_hi_pressnote_rj_uzbekistan"]
)
def test_the_listed_members_travel_with_the_head(name: str) -> None:
    sides = {person_key(p["name"]): p["side"] for p in _parse(name)["contacts"]}
    for c in RULES15_PEOPLE[name]["contacts"]:
        assert sides.get(person_key(c[0])) == c[4], c[0]


def _lines(*lines: str) -> list[Sentence]:
    return [
        Sentence(k, text, text, line, heading=not text.endswith("."))
        for k, (line, text) in enumerate((n, t) for n, t in enumerate(lines) if t)
    ]


def test_a_line_opened_by_members() -> None:
    sentences = _lines(
        "Members: Dr. A B, Principal Secretary; C D, CEO, E Forum",
        "सदस्य: उद्योग आयुक्त X; Y की सचिव Z",
        "Programme",
    )
    assert member_sentences(sentences) == {0, 1}
    assert member_sentences(_lines("Delegation: Minister X and the Secretary Y.")) == {0}


def test_the_lines_under_a_members_heading_up_to_a_blank_line() -> None:
    sentences = _lines(
        "D. Delegation list",
        "[x] Industries Secretary A B",
        "[x] C Association के President D E",
        "",
        "E. Misc",
        "[ ] Cash",
    )
    assert member_sentences(sentences) == {1, 2}
    assert member_sentences(_lines("प्रतिनिधिमंडल के सदस्य", "• X", "• Y")) == {1, 2}


def test_a_heading_of_the_delegation_alone_lists_no_one() -> None:
    assert member_sentences(_lines("Delegation", "Minister X of Y will receive the delegation.")) == set()
    assert member_sentences(_lines("प्रतिनिधिमंडल का कार्यक्रम", "• 5 मई: X से मुलाकात")) == set()
    assert member_sentences(_lines("The members of the chamber met the minister.")) == set()


@pytest.mark.parametrize(
    "name", ["rules15_people_en_blogpost_kl_fiji", "rules15_people_roman_xthread_tg_estonia"]
)
def test_the_writer_of_the_post_is_a_member(name: str) -> None:
    writer = RULES15_PEOPLE[name]["contacts"][-1]
    found = next(p for p in _parse(name)["contacts"] if person_key(p["name"]) == person_key(writer[0]))
    assert (found["role"], found["org"], found["side"]) == (writer[2], writer[3], "delegation")


def test_a_post_writer_with_the_headline_on_the_byline_or_the_next_line() -> None:
    went = "\n\nLast week I was part of the Goa delegation to Lisbon."
    assert post_writer("Jane Roe • Director at Acme Foods | Panaji" + went) == (
        "Jane Roe",
        "Director",
        "Acme Foods",
    )
    assert post_writer("Jane Roe · Follow\nFounder, Acme Foods | Goa" + went) == (
        "Jane Roe",
        "Founder",
        "Acme Foods",
    )
    assert post_writer("Jane Roe • 2nd" + went) == ("Jane Roe", "", "")
    hindi = "\n\nइस महीने मुझे Goa government के delegation के साथ Lisbon जाने का मौका मिला।"
    assert post_writer("Jane Roe • CEO at Acme" + hindi) == ("Jane Roe", "CEO", "Acme")


def test_no_writer_without_the_first_person_nor_in_a_masthead() -> None:
    assert post_writer("Jane Roe • CEO at Acme\n\nThe Goa delegation visited Lisbon.") is None
    assert post_writer("GOA TIMES · Panaji\n\nI was part of the Goa delegation.") is None
    assert post_writer("Mysuru Edition · Monday, 2 March 2026\n\nI was part of the delegation.") is None
    assert (
        post_writer("Jane Roe • Minister at Goa\n\nI was part of the delegation.", head="Minister Jane Roe")
        is None
    )


@pytest.mark.parametrize(
    "name", ["rules15_people_en_radioscript_ka_madagascar", "rules15_people_hi_videoscript_up_mozambique"]
)
def test_the_speakers_of_the_quotes_and_their_sides(name: str) -> None:
    sides = {person_key(p["name"]): p["side"] for p in _parse(name)["contacts"]}
    for c in RULES15_PEOPLE[name]["contacts"]:
        assert sides.get(person_key(c[0])) == c[4], c[0]


def test_a_cue_names_the_speaker_the_role_and_the_body() -> None:
    found = speaker("BYTE (Rui Medeiros, President, Ponta Delgada Chamber of Commerce and Industry):")
    assert found is not None
    assert (found.name, found.role, found.body) == (
        "Rui Medeiros",
        "President",
        "Ponta Delgada Chamber of Commerce and Industry",
    )
    found = speaker("SOT: Dr. Jane Roe, Chief Executive, Acme Foods")
    assert found is not None and (found.name, found.role, found.body) == (
        "Jane Roe",
        "Chief Executive",
        "Acme Foods",
    )
    found = speaker("बाइट (Lourenço Sambo, Director General, APIEX):")
    assert found is not None and found.name == "Lourenço Sambo"


def test_no_speaker_without_a_cue_or_a_role() -> None:
    assert speaker("Rui Medeiros, President, Ponta Delgada Chamber of Commerce and Industry") is None
    assert speaker("BYTE (Rui Medeiros):") is None
    assert speaker("VO: The minister met Rui Medeiros, President, Ponta Delgada Chamber.") is None
