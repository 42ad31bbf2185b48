"""Counterparts of the fourth round: Arabic names, heads of government, a title's portfolio, one
person named twice, and the place that owns a title (``Victoria's Premier``) placing nobody."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.reading.romanise import romanise
from planner.core.article.where.places import mark_passing
from planner.core.article.who.people import Person, names_after, one_person

PUBLISHED = dt.date(2026, 11, 2)


def contacts(text: str) -> dict[str, tuple[str, str]]:
    got = parse_article(text, published=PUBLISHED).to_json()
    return {c["name_native"] or c["name"]: (c["role"], c["org"]) for c in got["contacts"]}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the family name after अल/Al ends an Arabic name: निवेश is not part of it
        ("वलीद अल मुकर्रब निवेश के अवसरों पर", ["वलीद अल मुकर्रब"]),
        ("शेख़ ख़लीफ़ा बिन जासिम अल थानी से", ["शेख़ ख़लीफ़ा बिन जासिम अल थानी"]),
        (
            "शेख अहमद बिन सईद अल मकतूम और सुल्तान अहमद बिन सुलायम से",
            ["शेख अहमद बिन सईद अल मकतूम", "सुल्तान अहमद बिन सुलायम"],
        ),
        (
            "Sheikh Mohammed bin Hamad bin Tahnoun Al Nahyan will",
            ["Sheikh Mohammed bin Hamad bin Tahnoun Al Nahyan"],
        ),
        # words between a title and श्री/Shri qualify the title: the name follows the honorific
        ("उद्योग श्री संजय शुक्ला भी जाएंगे", ["संजय शुक्ला"]),
        ("उद्योग एवं खनन श्री अमित अग्रवाल भी", ["अमित अग्रवाल"]),
        ("Industries Shri Sanjay Shukla will", ["Sanjay Shukla"]),
        # without an honorific nothing is skipped
        ("Priyank Kharge will go", ["Priyank Kharge"]),
    ],
)
def test_names_after_a_title(text: str, names: list[str]) -> None:
    assert [n for n, _, _ in names_after(text, 0, [])] == names


def test_arabic_names_are_spelt_the_newspapers_way() -> None:
    assert romanise("शेख़ अहमद बिन सईद अल मकतूम") == "Sheikh Ahmad bin Said Al Maktum"
    assert romanise("बॉब") == "Bob"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "On April 3 in Melbourne he will meet Victoria's Premier Jacinta Allan.",
            "Jacinta Allan",
            "Premier",
        ),
        ("On April 3 in Perth he will meet Western Australian Premier Roger Cook.", "Roger Cook", "Premier"),
        (
            "On April 3 in Singapore he met Deputy Prime Minister Gan Kim Yong.",
            "Gan Kim Yong",
            "Deputy Prime Minister",
        ),
        (
            "On April 3 in Manama he will call on Shaikh Salman bin Khalifa Al Khalifa, Bahrain's Minister "
            "of Finance.",
            "Shaikh Salman bin Khalifa Al Khalifa",
            "Minister for Finance",
        ),
    ],
)
def test_a_foreign_head_of_government_or_minister_is_a_host(text: str, name: str, role: str) -> None:
    got = parse_article(text, published=PUBLISHED).to_json()
    found = {c["name"]: c for c in got["contacts"]}
    assert found[name]["role"] == role
    assert found[name]["side"] == "host"
    assert [e["title"] for e in got["engagements"] if name in e["contacts"]]


def test_a_premier_met_in_another_clause_is_not_the_universitys() -> None:
    text = (
        "On June 12 in Vancouver he will meet British Columbia Premier David Eby, and on June 13 he "
        "will visit the University of British Columbia."
    )
    assert contacts(text)["David Eby"] == ("Premier", "")


def test_mr_surname_after_the_full_name_is_the_same_person() -> None:
    full = Person("Satya Nadella", "", "Chairman", "Microsoft", 0)
    again = Person("Nadella", "", "", "", 5)
    other = Person("Tanaka", "", "", "", 9)
    groups = [[full], [again, other]]
    one_person(groups)
    assert groups[1][0].name == "Satya Nadella" and groups[1][0].org == "Microsoft"
    assert groups[1][1].name == "Tanaka"  # nobody of that name before: a person of their own
    native = [[Person("Satya Nadela", "सत्या नडेला", "", "", 0)], [Person("Nadela", "नडेला", "", "", 3)]]
    one_person(native)
    assert native[1][0].name_native == "सत्या नडेला"


def test_two_people_sharing_a_family_name_are_not_guessed_between() -> None:
    groups = [[Person("Raghavji Patel", "", "", "", 0), Person("Bhupendra Patel", "", "", "", 9)]]
    groups.append([Person("Patel", "", "", "", 3)])
    one_person(groups)
    assert groups[1][0].name == "Patel"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("he will meet Victoria's Premier Jacinta Allan", "Victoria"),
        ("वे वॉशिंगटन के गवर्नर बॉब फर्ग्यूसन से मिलेंगे", "Washington"),
    ],
)
def test_a_place_owning_a_title_places_nobody(text: str, place: str) -> None:
    gaz = load()
    marked = mark_passing(text, gaz.find(text, frozenset({"AU", "US", "CA"})))
    assert [m.how for m in marked if m.entity.name == place] == ["seat"]


def test_a_place_not_owning_a_title_still_places_the_engagement() -> None:
    gaz = load()
    text = "he will meet the Premier in Victoria"
    marked = mark_passing(text, gaz.find(text, frozenset({"CA"})))
    assert [m.how for m in marked if m.entity.name == "Victoria"] == [""]


def test_a_ministers_title_names_the_ministry_they_are_met_for() -> None:
    text = "7 जुलाई को रियाद में वे सऊदी अरब के निवेश मंत्री खालिद अल-फालेह और अरामको के अध्यक्ष अमीन नासिर से मुलाकात करेंगे।"
    got = parse_article(text, published=PUBLISHED).to_json()
    people = {c["name_native"]: c["org"] for c in got["contacts"]}
    assert people == {"खालिद अल-फालेह": "Ministry of Investment", "अमीन नासिर": "Saudi Aramco"}
    met = {e["title"]: e["contacts"] for e in got["engagements"]}
    assert len(met["Meeting with Saudi Aramco"]) == 1  # the minister is not at Aramco's meeting


def test_a_premier_met_beside_a_company_chief_has_a_meeting_of_their_own() -> None:
    text = (
        "On April 6 in Sydney he will meet New South Wales Premier Chris Minns, and Vanessa Hudson, "
        "CEO of Qantas."
    )
    got = parse_article(text, published=PUBLISHED).to_json()
    met = {e["title"]: (e["contacts"], e["tz"]) for e in got["engagements"]}
    assert met["Meeting with Chris Minns"] == (["Chris Minns"], "Australia/Sydney")
    assert met["Meeting with Qantas"] == (["Vanessa Hudson"], "Australia/Sydney")  # the opening city


def test_a_body_right_before_another_title_is_not_the_first_persons() -> None:
    text = "2 मार्च को पर्थ में वे प्रीमियर रॉजर कुक और बीएचपी के सीईओ माइक हेनरी से मुलाकात करेंगे।"
    assert contacts(text) == {"रॉजर कुक": ("Premier", ""), "माइक हेनरी": ("CEO", "BHP")}


def test_a_body_before_a_later_title_in_a_list_is_that_titles() -> None:
    text = (
        "On May 11 in Tokyo she will meet Sony chairman Kenichiro Yoshida, Panasonic CEO Yuki Kusumi and "
        "Nidec founder Shigenobu Nagamori."
    )
    found = contacts(text)
    assert "Nidec" not in found  # the body of the next title, not a third name after "Yuki Kusumi"
    assert found["Shigenobu Nagamori"] == ("Founder", "")  # not Panasonic's founder


def test_a_bodys_person_without_a_title() -> None:
    text = "On May 12 in Seoul he will meet Hyundai Motor Group's Chung Eui-sun and Toyota's Woven City team."
    assert contacts(text) == {"Chung Eui-sun": ("", "Hyundai Motor")}


def test_a_foreign_minister_with_a_long_portfolio_is_a_host() -> None:
    text = "11 मई को सियोल में वे दक्षिण कोरिया के व्यापार, उद्योग एवं ऊर्जा मंत्री अहन डुक-गुन से मुलाकात करेंगे।"
    got = parse_article(text, published=PUBLISHED).to_json()
    assert [(c["name_native"], c["side"]) for c in got["contacts"]] == [("अहन डुक-गुन", "host")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("11 मई को टोक्यो में वे टोयोटा के अकिओ टोयोडा से मुलाकात करेंगे।", {"अकिओ टोयोडा": ("", "Toyota")}),
        ("8 सितंबर को म्यूनिख में वे सीमेंस के रोलैंड बुश से मिलेंगे।", {"रोलैंड बुश": ("", "Siemens")}),
        # common words after a body are no person, nor is a person not met ("… से", "… के साथ")
        ("11 मई को टोक्यो में वे टोयोटा के नए संयंत्र का दौरा करेंगे।", {}),
        ("11 मई को टोक्यो में वे टोयोटा के अकिओ टोयोडा संयंत्र का दौरा करेंगे।", {}),
    ],
)
def test_a_bodys_person_in_hindi(text: str, found: dict[str, tuple[str, str]]) -> None:
    assert contacts(text) == found


@pytest.mark.parametrize(
    ("text", "name", "native"),
    [
        (
            "On May 11 in Tokyo he will meet Toyota chairman Akio Toyoda (豊田章男).",
            "Akio Toyoda",
            "豊田章男",
        ),
        (
            "On May 11 in Seoul he will meet Koo Kwang-mo (구광모), chairman of LG, and "
            "Chey Tae-won (최태원), chairman of SK Group.",
            "Chey Tae-won",
            "최태원",
        ),
    ],
)
def test_a_name_in_its_own_script_in_brackets_is_its_native_form(text: str, name: str, native: str) -> None:
    got = parse_article(text, published=PUBLISHED).to_json()
    assert {c["name"]: c["name_native"] for c in got["contacts"]}[name] == native
