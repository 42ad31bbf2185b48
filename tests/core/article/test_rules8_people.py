"""Round 8, people: counterparts listed by name after a meeting (``including``, ``among them``,
``among those present were``, ``जिनमें … शामिल थे``), each given the body named before the list."""

from __future__ import annotations

import pytest

from tests.core.article.sentence_people import gazetteer, people


@pytest.mark.parametrize(
    ("text", "org", "names"),
    [
        (
            "He met officials of Invest Lithuania, including Tomas Petrauskas, Rūta Jankauskaitė"
            " and Jonas Valiulis.",
            "Invest Lithuania",
            ["Tomas Petrauskas", "Rūta Jankauskaitė", "Jonas Valiulis"],
        ),
        (
            "He met representatives of Enterprise Estonia, among them Kadri Lepik and Toomas Rebane.",
            "Enterprise Estonia",
            ["Kadri Lepik", "Toomas Rebane"],
        ),
        (
            "The minister held a meeting with Siemens in Munich; among those present were"
            " Katrin Vogt and Stefan Kühn.",
            "Siemens",
            ["Katrin Vogt", "Stefan Kühn"],
        ),
    ],
)
def test_names_listed_after_the_meeting_are_the_bodys(text: str, org: str, names: list[str]) -> None:
    found = people(text)
    assert [p.name for p in found] == names
    assert {p.org for p in found} == {org}
    assert {p.side for p in found} == {"host"}


def test_hindi_list_closed_by_shamil_gives_full_names_only() -> None:
    text = "मुख्यमंत्री ने Codelco के प्रतिनिधियों से भेंट की, जिनमें कार्लोस मुनोज़ और वेलेंटीना रोजास शामिल थीं।"
    found = people(text)
    assert [p.name_native for p in found] == ["कार्लोस मुनोज़", "वेलेंटीना रोजास"]  # not "… रोजास शामिल"
    assert {p.org for p in found} == {"Codelco"}


@pytest.mark.parametrize(
    "text",
    [
        # companies, not people: no full name after "including"
        "He met officials of Invest Lithuania, including Teltonika and Ignitis.",
        # no meeting told: a list of sectors or firms, not of those met
        "Invest Lithuania runs programmes for many sectors, including Tomas Petrauskas Ltd.",
        # "जिनमें" with no "शामिल थे": no list of those present
        "मुख्यमंत्री ने Codelco के प्रतिनिधियों से भेंट की, जिनमें तांबे पर चर्चा हुई।",
    ],
)
def test_no_list_of_people_gives_no_one(text: str) -> None:
    assert [p for p in people(text) if p.org] == []


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        (
            "She arrived on a visit to Argentina. The Argentine Investment and International Trade"
            " Promotion Agency (AAICI) hosts her.",
            "AAICI",
            "Argentine Investment and International Trade Promotion Agency (AAICI)",
        ),
        (
            "He met Prof. Helen Park at the University of New South Wales (UNSW).",
            "UNSW",
            "University of New South Wales (UNSW)",
        ),
    ],
)
def test_a_body_spelled_out_starts_after_a_sentences_end(text: str, acronym: str, name: str) -> None:
    from planner.core.article.who.orgs import spelled_out

    assert spelled_out(text, gazetteer())[acronym] == name
