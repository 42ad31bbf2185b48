"""Round 10, people: a body's person named with its role where no engagement with the body is found,
the entries of a list of officials met, the delegation told by ``travelled with``, ``Delegation में``
and ``मेरे साथ … भी शामिल रहीं``, the honorifics ``Sri`` and ``Capt.``, and the Hindi ``की प्रमुख`` (the
head) before an honorific."""

from __future__ import annotations

import pytest

from planner.core.article import parse_article
from planner.core.article.merge import _entry
from planner.core.article.names import HONORIFIC
from planner.core.article.officials import accompanying
from planner.core.article.people import Person
from planner.core.article.relative import head_titles
from tests.conftest import DATA

ARTICLES = DATA / "articles"


def contacts(text: str) -> dict[str, tuple[str, str]]:
    return {c.name: (c.role, c.side) for c in parse_article(text).contacts}


def article(name: str) -> dict[str, tuple[str, str]]:
    return contacts((ARTICLES / f"rules10_people_{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("en_assembly_ts_hungary", "Ferenc Kovács"),  # "The Agency's Chief Executive Officer, Mr. X,"
        ("en_assembly_ts_hungary", "Zsófia Horváth"),  # "The University's Rector, Dr. X, and the Minister"
        ("en_takeaways_wb_senegal", "Aminata Diop"),  # "APIX's director general, Mme X, set out"
        ("en_takeaways_wb_senegal", "Mamadou Ndiaye"),
        ("hi_speech_jh_austria", "Johann Bauer"),  # "यूनिवर्सिटी के रेक्टर श्री X ने हमें … दिखाईं"
        ("hi_speech_jh_austria", "Elisabeth Gruber"),  # "एजेंसी की प्रमुख सुश्री X ने बताया"
        ("mixed_embassymail_pb_sweden", "Lars Lindqvist"),  # "… के Chairman Mr. X के साथ business lunch"
        ("mixed_embassymail_pb_sweden", "Maria Nyström"),  # "institute के director Dr. X ने उन्हें … दिखाए"
    ],
)
def test_a_bodys_person_is_a_counterpart_without_the_engagement(name: str, person: str) -> None:
    got = article(name)
    assert person in got and got[person][1] == "host"


def test_the_entries_of_a_list_of_officials_met_are_counterparts() -> None:
    got = article("en_assembly_ts_hungary")
    assert got["Gábor Szabó"] == ("President", "host")  # "(i) Mr. X, President, Hungarian Chamber …"
    assert got["Katalin Varga"][1] == "host"  # "(ii) Ms. X, Chief Executive Officer, Budapest Airport"


@pytest.mark.parametrize(
    ("line", "name", "entry"),
    [
        ("(ii) Mr. Yusif Abdullayev, Executive Director, AZPROMO", "Yusif Abdullayev", True),
        ("• Ms. Jane Roe, CEO, Port of X", "Jane Roe", True),
        ("3. Jane Roe, Rector", "Jane Roe", True),
        ("Talks with Director Jane Roe, then lunch", "Jane Roe", False),  # the name does not open it
        ("(ii) Mr. Yusif Abdullayev of AZPROMO", "Yusif Abdullayev", False),  # no comma after the name
    ],
)
def test_a_list_entry_opens_with_the_name_and_a_comma(line: str, name: str, entry: bool) -> None:
    start = line.index(name)
    person = Person(name, "", "Director", "", start, end=start + len(name))
    assert _entry(line, person) is entry


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("en_assembly_ts_hungary", "Jayesh Ranjan"),  # "accompanied by Sri X, Special Chief Secretary"
        ("en_assembly_ts_hungary", "Srinivas Murthy"),  # "Capt. X, Director of Ports, also travelled with"
        ("en_takeaways_wb_senegal", "Rajesh Pandey"),  # "WBIDC Managing Director X travelled with them"
        ("hi_speech_jh_austria", "Sunita Kumari"),  # "इस यात्रा में मेरे साथ … भी शामिल रहीं"
        ("mixed_embassymail_pb_sweden", "Neha Sidhu"),  # "Delegation में … PSIEC की Managing Director Ms. X"
        ("mixed_embassymail_pb_sweden", "Amit Dhaka"),  # "… और Invest Punjab के CEO Mr. X शामिल थे"
    ],
)
def test_the_delegation_told_by_new_cues(name: str, person: str) -> None:
    got = article(name)
    assert person in got and got[person][1] == "delegation"


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        ("Principal Secretary X and CMDC Managing Director Y travelled with the Chief Minister.", True),
        ("Delegation में Principal Secretary Mr. X और GIDC की Managing Director Ms. Y शामिल थे।", True),
        ("इस यात्रा में मेरे साथ उद्योग सचिव X भी शामिल रहीं।", True),
        ("The Minister travelled to Dakar on 8 September.", False),
        ("यूनिवर्सिटी के रेक्टर श्री X ने हमें प्रयोगशालाएं दिखाईं।", False),
    ],
)
def test_accompanying_cues(text: str, lists: bool) -> None:
    assert accompanying(text) is lists


def test_sri_and_capt_are_honorifics_but_sri_lanka_is_a_country() -> None:
    assert HONORIFIC.match("Sri Jayesh Ranjan") is not None
    assert HONORIFIC.match("Capt. Vinayak Kamat") is not None
    assert HONORIFIC.match("Sri Lanka Ports Authority") is None
    got = contacts(
        "Hyderabad, 2 June 2026: Chief Minister A. Revanth Reddy left for Sri Lanka on 2 June 2026. He is"
        " accompanied by Sri K. Ramesh, Principal Secretary (Industries)."
    )
    assert got["K Ramesh"] == ("Principal Secretary", "delegation")
    assert not any("Sri" in n.split() for n in got)


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("एजेंसी की प्रमुख सुश्री Elisabeth Gruber ने बताया", 1),
        ("बोर्ड के प्रमुख श्री अहमद ने स्वागत किया", 1),
        ("उद्योग विभाग के प्रमुख सचिव श्री X", 0),  # Principal Secretary: an office, not a head
        ("जापान की प्रमुख कंपनियों के साथ बैठक", 0),  # major companies: an adjective
    ],
)
def test_pramukh_before_an_honorific_is_a_head(text: str, heads: int) -> None:
    assert len(head_titles(text)) == heads
