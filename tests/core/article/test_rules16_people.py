"""Round 16 people rules: a Roman Hindi role whose final ``a`` is dropped (``adhyaksh`` for
अध्यक्ष, ``reading.roman``); a name of three words after a title's portfolio, its given names
common words (``Minister of Industry and Trade Rosa Maria Chissano``, ``who.officials``,
``who.swallowed``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.reading.roman import _lookup, _table
from planner.core.article.who.officials import portfolio_end
from tests.article_score import person_key
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules16_people import RULES16_PEOPLE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES16_PEOPLE))
def test_every_contact_is_found_and_none_made_up(name: str) -> None:
    draft = _parse(name)
    expected = RULES16_PEOPLE[name]["contacts"]
    found = {person_key(p["name"]) for p in draft["contacts"]} | {p["name_native"] for p in draft["contacts"]}
    assert [c[0] for c in expected if person_key(c[0]) not in found and c[1] not in found] == []
    wanted = {person_key(c[0]) for c in expected} | {c[1] for c in expected if c[1]}
    made_up = [p["name"] for p in draft["contacts"] if not {person_key(p["name"]), p["name_native"]} & wanted]
    assert made_up == []


def _hindi(word: str) -> str | None:
    hit = _lookup(_table(), word)
    return None if hit is None else hit[0]


def test_a_conjunct_at_the_end_reads_without_its_final_a() -> None:
    assert _hindi("adhyaksh") == "अध्यक्ष"
    assert _hindi("Adhyaksh") == "अध्यक्ष"
    assert _hindi("upadhyaksh") == "उपाध्यक्ष"
    assert _hindi("sanyukt") == "संयुक्त"


def test_the_written_forms_still_read_as_before() -> None:
    assert _hindi("adhyaksha") == "अध्यक्ष"
    assert _hindi("sachiv") == "सचिव"
    assert _hindi("nideshak") == "निदेशक"


def test_a_word_ending_in_a_vowel_or_one_consonant_gets_no_a() -> None:
    # only two consonants at the end make a conjunct; a name with an accent is never Hindi
    assert _hindi("Martín") is None
    assert _hindi("Rojas") is None


def test_a_role_with_its_final_a_dropped_names_its_person() -> None:
    text = (
        "Maharashtra ka pratinidhimandal 12 March ko Lisbon pahuncha. 13 March ko dal ne Lisbon "
        "Chamber of Commerce ke saath baithak ki. Chamber ke adhyaksh Rui Medeiros ne swagat kiya."
    )
    draft = parse_article(text, published=dt.date(2026, 3, 14)).to_json()
    assert [(c["name"], c["role"]) for c in draft["contacts"]] == [("Rui Medeiros", "Chairman")]


def _portfolio(word: str) -> str | None:
    return word if word in ("Industry", "Trade", "Tourism", "Fisheries", "Home", "Affairs") else None


def _after_portfolio(text: str, title: str) -> str:
    end = portfolio_end(text, text.index(title) + len(title), set(), _portfolio)
    assert end is not None
    return text[end:].strip()


def test_a_three_word_name_ends_the_portfolio() -> None:
    text = "where Minister of Industry and Trade Rosa Maria Chissano outlined incentives"
    assert _after_portfolio(text, "Minister").startswith("Rosa Maria Chissano")
    text = "where Secretary for Tourism Marie Claire Payet joined"
    assert _after_portfolio(text, "Secretary").startswith("Marie Claire Payet")


def test_two_word_names_and_long_portfolios_read_as_before() -> None:
    text = "where Minister of Tourism Mohamed Ashraf spoke"
    assert _after_portfolio(text, "Minister").startswith("Mohamed Ashraf")
    text = "where Minister of Home Affairs Grace Mary Tlali spoke"
    assert _after_portfolio(text, "Minister").startswith("Grace Mary Tlali")


def _contacts(text: str) -> list[tuple[str, str]]:
    draft = parse_article(text, published=dt.date(2027, 3, 1)).to_json()
    return [(c["name"], c["role"]) for c in draft["contacts"]]


def test_a_body_made_of_the_portfolio_and_the_name_is_the_name() -> None:
    text = (
        "The Tamil Nadu delegation reached Maputo on 8 February. On 9 February, the delegation met "
        "the Ministry of Industry, where Minister of Industry Rosa Maria Chissano outlined incentives."
    )
    assert _contacts(text) == [("Rosa Maria Chissano", "Minister")]
