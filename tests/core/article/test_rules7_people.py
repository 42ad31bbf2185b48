"""Round 7, people: the state's officials by their civil-service titles, foreign counterparts with
``Head of … at``, and what is no person (a verb phrase, the words after the head's own office)."""

from __future__ import annotations

import pytest

from planner.core.article.reading.roman import to_devanagari
from planner.core.article.reading.romanise import romanise
from planner.core.article.reading.text import sentences
from planner.core.article.who.head import _same_person
from planner.core.article.who.names import names_after
from planner.core.article.who.orgs import with_unknown
from planner.core.article.who.people import Person
from tests.core.article.sentence_people import gazetteer, people


def by_name(text: str, head: str = "") -> dict[str, Person]:
    return {p.name_native or p.name: p for p in people(text, head)}


def roman(text: str) -> str:
    spans = list(range(len(text)))
    return to_devanagari(text, spans, spans, [])[0]


# -- initials in Devanagari ----------------------------------------------------------------------


def test_devanagari_initials_joined_by_dots_end_no_sentence() -> None:
    text = "दौरे में उद्योग मंत्री के.के. बिश्नोई भी साथ रहेंगे। अगले दिन बैठक होगी।"
    assert sentences(text)[0].text.endswith("साथ रहेंगे।")
    # a short word before a full stop still ends one
    assert len(sentences("यह बैठक उद्योग भवन के. बाद में सब लौटे।")) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("उद्योग मंत्री के.के. बिश्नोई और सचिव", "के.के. बिश्नोई"),
        ("अपर मुख्य सचिव (उद्योग) एस.जे. हैदर भी", "एस.जे. हैदर"),
    ],
)
def test_devanagari_initials_open_a_name(text: str, name: str) -> None:
    start = text.index(" ", text.index("मंत्री" if "मंत्री" in text else ")"))
    assert names_after(text, start, [])[0][0] == name


def test_devanagari_initials_are_read_as_the_letters_they_name() -> None:
    assert romanise("के.के. बिश्नोई") == "K.K. Bishnoi"
    assert romanise("एस. पी. गोयल") == "S. P. Goyal"
    assert romanise("के बिश्नोई") != "K Bishnoi"  # without its full stop, के is a word


def test_a_delegation_member_with_initials_is_found_as_written() -> None:
    found = by_name("दौरे में उद्योग मंत्री के.के. बिश्नोई और आयुक्त (निवेश) एस.के. मीणा भी साथ रहेंगे।")
    assert set(found) == {"के.के. बिश्नोई", "एस.के. मीणा"}
    assert all(p.side == "delegation" for p in found.values())


# -- titles ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("उनके साथ प्रमुख शासन सचिव (उद्योग) अजिताभ शर्मा भी हैं।", "अजिताभ शर्मा", "Principal Secretary"),
        ("प्रतिनिधिमंडल में उद्योग आयुक्त संदीप कुमार भी शामिल थे।", "संदीप कुमार", "Commissioner"),
        (
            "Commissioner for Industrial Development Ramesh Gowda is accompanying the minister.",
            "Ramesh Gowda",
            "Commissioner",
        ),
        (
            "He is accompanied by Commissioner of Industries and Commerce S. Nirmala.",
            "S. Nirmala",
            "Commissioner",
        ),
    ],
)
def test_civil_service_titles_and_their_portfolios(text: str, name: str, role: str) -> None:
    found = by_name(text)
    assert list(found) == [name]
    assert found[name].role == role and found[name].side == "delegation"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("प्रतिनिधिमंडल में प्रमुख सचिव उद्योग नीरज मंडलोई और आयुक्त निवेश संजय यादव हैं।", {"नीरज मंडलोई", "संजय यादव"}),
        ("The delegation includes Principal Secretary Industries Hemant Sharma.", {"Hemant Sharma"}),
        # a portfolio's word that is also a given name, before one word: the name
        ("उनके साथ आयुक्त विकास कुमार भी हैं।", {"विकास कुमार"}),
    ],
)
def test_a_portfolio_right_after_a_title_is_no_part_of_the_name(text: str, names: set[str]) -> None:
    assert set(by_name(text)) == names


def test_a_body_after_of_is_no_portfolio() -> None:
    """``CEO of Siemens Roland Busch``: Siemens is the body, not a portfolio skipped to the name."""
    found = by_name("On Monday he met the CEO of Siemens Roland Busch in Munich.")
    assert "Siemens" not in " ".join(found)


def test_head_of_a_unit_at_a_body_belongs_to_the_body() -> None:
    found = by_name(
        "Kwame Asante-Mensah, Head of Investor Relations at GIPC, said Ghana would offer land near Tema."
    )
    assert found["Kwame Asante-Mensah"].org == "GIPC"
    found = by_name("Siobhán Byrne, Head of Asia-Pacific at IDA Ireland, briefed the delegation.")
    assert found["Siobhán Byrne"].org == "IDA Ireland" and found["Siobhán Byrne"].side == "host"


# -- who travels with the head --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "उनके साथ उद्योग मंत्री Rao Narbir Singh और HSIIDC के MD Yash Garg भी हैं।",
        "Patil is accompanied by Commissioner Meena Nagaraj and Karnataka Udyog Mitra managing director "
        "Dinesh Rao.",
        "Joining the minister are Commissioner of Investment Promotion Vikas Nair and Invest MP CEO "
        "Rohit Verma.",
        "The delegation includes Principal Secretary (Industries) Raghvendra Singh and MPIDC managing "
        "director Chandramauli Shukla.",
        "मुख्यमंत्री के साथ गए प्रमुख सचिव (उद्योग) अनुराग श्रीवास्तव और MPIDC के प्रबंध निदेशक चंद्रमौलि शुक्ला भी बैठक में थे।",
    ],
)
def test_people_listed_with_the_state_officials_travel_with_them(text: str) -> None:
    found = people(text)
    assert len(found) == 2 and all(p.side == "delegation" for p in found)


def test_a_director_who_went_with_the_head_is_of_the_delegation() -> None:
    found = by_name("उनके साथ गए उद्योग निदेशक आलोक रंजन बाकी अधिकारियों के साथ निवेशकों से मिलते रहे।")
    assert list(found) == ["आलोक रंजन"]  # बाकी opens the next phrase
    assert found["आलोक रंजन"].side == "delegation"


def test_a_foreign_body_keeps_its_people_hosts_in_a_list_with_officials() -> None:
    found = by_name("He was accompanied by Industries Minister Uday Samant and met Siemens CEO Roland Busch.")
    assert found["Uday Samant"].side == "delegation"
    assert found["Roland Busch"].side == "host"


def test_without_an_accompanying_word_a_body_head_stays_a_host() -> None:
    found = by_name("उद्योग मंत्री Rao Narbir Singh ने HSIIDC के MD Yash Garg से बात की।")
    assert found["Yash Garg"].side == "host"


# -- what is no person ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "बैठक में 25 कंपनियों के प्रतिनिधि शामिल हुए।",
        "सम्मेलन में लातविया की 50 कंपनियों के प्रतिनिधि शामिल होंगे।",
    ],
)
def test_a_verb_phrase_after_a_role_is_no_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "16 सितंबर को मुख्यमंत्री तार्तू विज्ञान पार्क गए।",
        "तीसरे दिन मुख्यमंत्री स्वेज नहर आर्थिक क्षेत्र का दौरा करेंगे।",
    ],
)
def test_the_heads_own_office_names_no_one_else(text: str) -> None:
    assert people(text, head="Chief Minister Bhajanlal Sharma") == []
    assert people(text) != []  # without knowing the head, the words read as a name


def test_another_states_office_still_names_its_holder() -> None:
    found = by_name("बैठक में पंजाब के मुख्यमंत्री भगवंत मान भी थे।", head="Chief Minister Bhajanlal Sharma")
    assert "भगवंत मान" in found


def test_a_shared_surname_is_not_the_same_person() -> None:
    assert not _same_person("Ajitabh Sharma", "Bhajanlal Sharma")
    assert _same_person("Sharma", "Bhajanlal Sharma")
    assert _same_person("K.K. Sharma", "Krishna Kumar Sharma")  # initials may stand for the names


# -- Roman Hindi ----------------------------------------------------------------------------------


def test_roman_titles_spelled_with_their_portfolio_are_hindi() -> None:
    got = roman("Unke saath Udyog Mantri Harshwardhan Chauhan aur Pradhan Sachiv R.D. Nazeem bhi hain.")
    assert "उद्योग मंत्री Harshwardhan Chauhan" in got
    assert "प्रधान सचिव R.D. Nazeem" in got
    got = roman("Unke saath Audyogik Vikas Mantri Nand Gopal Gupta bhi hain.")
    assert "मंत्री Nand Gopal Gupta" in got and "Audyogik" not in got


def test_roman_names_before_a_title_stay_as_written() -> None:
    got = roman("Kal Harshwardhan Chauhan Udyog Mantri ke roop mein pahunche.")
    assert "Harshwardhan Chauhan Udyog" in got


def test_roman_accented_names_and_honorifics_stay_latin() -> None:
    got = roman("CM ne AAICI ke President Martín Echeverría se mulaqat ki. Mukhyamantri Dr. Mohan Yadav")
    assert "Martín Echeverría" in got and "Dr. Mohan Yadav" in got


def test_a_name_after_a_bracketed_portfolio_is_no_body() -> None:
    """``प्रमुख सचिव (उद्योग) Raghvendra Singh और … Nigam के MD``: the title makes the name a person's,
    even with the body list after it."""
    text = (
        "प्रतिनिधिमंडल में प्रमुख सचिव (उद्योग) Raghvendra Singh और Audyogik Kendra Vikas Nigam के MD "
        "Chandramauli Shukla भी शामिल हैं।"
    )
    gaz = gazetteer()
    orgs = [m.text for m in with_unknown(text, gaz.find(text), gaz, text) if m.entity.kind == "org"]
    assert "Raghvendra Singh" not in orgs and "Audyogik Kendra Vikas Nigam" in orgs
    assert {p.name for p in people(text)} == {"Raghvendra Singh", "Chandramauli Shukla"}
