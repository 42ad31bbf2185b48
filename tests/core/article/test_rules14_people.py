"""Round 14 people rules: a name introduced by an academic or foreign style alone (``Dr.``,
``Prof.``, ``Datuk``, ``Dato' Sri``), with no title the data knows, in the clause of a body met, is
that body's person (``who.honoured``); an office-holder named as the writer's or the head's company
(``मेरे साथ प्रमुख सचिव X``, ``With me were our Principal Secretary X``) is never the head
(``who.company``); a title's holder said by ``is``/``'s name is``/``का नाम`` (``whose director general is X,
not Y``) is the title's, the corrected name no one (``who.naming``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.entities import Entity, Mention
from planner.core.article.who.company import companion
from planner.core.article.who.honoured import honoured
from planner.core.article.who.naming import said_name
from tests.article_score import person_key
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules14_people import RULES14_PEOPLE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES14_PEOPLE))
def test_every_contact_is_found_and_none_made_up(name: str) -> None:
    draft = _parse(name)
    expected = RULES14_PEOPLE[name]["contacts"]
    found = {person_key(p["name"]) for p in draft["contacts"]} | {p["name_native"] for p in draft["contacts"]}
    assert [c[0] for c in expected if person_key(c[0]) not in found and c[1] not in found] == []
    wanted = {person_key(c[0]) for c in expected} | {c[1] for c in expected if c[1]}
    made_up = [p["name"] for p in draft["contacts"] if not {person_key(p["name"]), p["name_native"]} & wanted]
    assert made_up == []


def _mention(text: str, words: str, kind: str = "org") -> Mention:
    start = text.index(words)
    return Mention(Entity(kind, words), start, start + len(words), words)


def _honoured(text: str, orgs: list[Mention], titles: list[Mention] | None = None) -> list[tuple[str, str]]:
    titles = titles or []
    spans = [(m.start, m.end) for m in [*orgs, *titles]]
    return [
        (name, body.entity.name if body else "")
        for (name, _, _), body in honoured(text, orgs, spans, [(0, len(text))], titles)
    ]


def test_a_style_names_the_person_of_the_body_before() -> None:
    text = "The team visited Lincoln University, where Prof. Jane Roe showed the farm."
    assert _honoured(text, [_mention(text, "Lincoln University")]) == [("Jane Roe", "Lincoln University")]


def test_a_body_apposed_after_the_name() -> None:
    text = "Dr. Karen White, ASU's Vice Provost, signed it."
    assert _honoured(text, [_mention(text, "ASU")]) == [("Karen White", "ASU")]


def test_two_styles_in_a_row_name_one_person() -> None:
    text = "Wahan Prof. Dr. Nor Aini Rahman ne bataya."
    assert _honoured(text, []) == [("Nor Aini Rahman", "")]


def test_a_titles_holder_is_left_to_the_title() -> None:
    text = "Tour programme of Chief Minister, Assam, Dr. Arun Bora, to Romania."
    assert _honoured(text, [], [_mention(text, "Chief Minister", "office")]) == []
    text = "MoU signing with X University; Rector Prof. Daniel Muresan."
    assert _honoured(text, [], [_mention(text, "Rector", "role")]) == []


def test_mr_alone_and_one_word_give_no_one() -> None:
    assert _honoured("Mr. John Smith said so.", []) == []
    assert _honoured("Dr. Smith said so.", []) == []


def _companion(text: str, office: str) -> bool:
    start = text.index(office)
    return companion(text, start, start + len(office))


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("मेरे साथ प्रमुख सचिव (एमएसएमई) अनिल कुमार सागर थे।", "प्रमुख सचिव"),
        ("हमारी प्रमुख सचिव (पर्यटन) Meena Srivastava जी भी साथ थी.", "प्रमुख सचिव"),
        ("With me were our Principal Secretary (Industries) V. Arun Roy.", "Principal Secretary"),
        ("The minister was accompanied by Principal Secretary Ravi Nair.", "Principal Secretary"),
    ],
)
def test_the_company_of_the_writer_or_the_head(text: str, office: str) -> None:
    assert _companion(text, office)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Chief Minister Mohan Yadav will lead the delegation.", "Chief Minister"),
        ("Along with Chief Minister Mohan Yadav, officials will travel.", "Chief Minister"),
        ("मुख्यमंत्री के साथ बैठक हुई।", "मुख्यमंत्री"),
        ("Our Chief Minister Mohan Yadav led the delegation.", "Chief Minister"),
    ],
)
def test_no_company_cue(text: str, office: str) -> None:
    assert not _companion(text, office)


@pytest.mark.parametrize("name", ["rules14_people_hi_blog_od_georgia", "rules14_people_en_diary_tn_chile"])
def test_the_writers_company_is_not_the_head(name: str) -> None:
    assert "Principal Secretary" not in (_parse(name)["visit"]["head"] or "")


@pytest.mark.parametrize(
    ("text", "title", "name"),
    [
        (
            "whose director general is Mwila Banda, not Mwila Bwalya as reported.",
            "director general",
            "Mwila Banda",
        ),
        ("its general manager's name is Chanda Phiri.", "general manager", "Chanda Phiri"),
        ("उनकी CEO का नाम Aigerim Bekova है, और", "CEO", "Aigerim Bekova"),
        ("की अध्यक्ष का नाम Patricia Rosales है, Patricia Morales नहीं।", "अध्यक्ष", "Patricia Rosales"),
    ],
)
def test_a_name_said_after_its_title(text: str, title: str, name: str) -> None:
    found = said_name(text, text.index(title) + len(title), [])
    assert [n for n, _, _ in found] == [name]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("the director is Expected Growth Fund's adviser on", "director"),
        ("the chairman is keen on ties.", "chairman"),
        ("the director said so.", "director"),
    ],
)
def test_no_name_said(text: str, title: str) -> None:
    assert said_name(text, text.index(title) + len(title), []) == []


def test_the_corrected_name_is_no_one() -> None:
    draft = _parse("rules14_people_en_correction_ap_zambia")
    assert "Mwila Bwalya" not in {p["name"] for p in draft["contacts"]}
