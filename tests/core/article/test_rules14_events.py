"""Round 14 events rules: a body's name that goes on after a comma before its acronym is one name
(``who/commanames.comma_head``); a body's works seen (``… की इकाई देखी``), or the body itself
(``Songhai Centre dekha``), are a visit to the body (``reading/seen.py``); a signing told on its
day without its partner is the article's one undated named signing (``signings.one_signing``)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.reading.seen import SEEN
from planner.core.article.who.commanames import comma_head
from planner.core.article.who.spelledout import ACRONYM
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules14_events import RULES14_EVENTS


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


def _days(name: str) -> dict[str, str | None]:
    return {e["title"]: e["date"] for e in _parse(name)["engagements"]}


@pytest.mark.parametrize("name", sorted(RULES14_EVENTS))
def test_the_engagements_are_the_expected(name: str) -> None:
    want = {title: value[0] for title, value in RULES14_EVENTS[name]["engagements"].items()}
    assert _days(name) == want


@pytest.mark.parametrize("name", sorted(RULES14_EVENTS))
def test_the_stops_are_the_expected(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES14_EVENTS[name]["stops"]


def _named(text: str) -> str | None:
    m = ACRONYM.search(text)
    assert m is not None
    start = comma_head(text, m.start("name"), m.end("name"), load())
    return None if start is None else text[start : m.end()]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "met the Chamber of Commerce, Industry and Tourism of Namibia (CCIT) today",
            "Chamber of Commerce, Industry and Tourism of Namibia (CCIT)",
        ),
        (
            "उसी दिन Council of Growers, Traders and Exporters (CGTE) के साथ बैठक",
            "Council of Growers, Traders and Exporters (CGTE)",
        ),
        (
            "talks with the Centre for Studies in Mining, Energy and Water (CSMEW) on Friday",
            "Centre for Studies in Mining, Energy and Water (CSMEW)",
        ),
        ("met Tata Steel, Infosys and Bharat Forge (BF) in Pune", None),  # a list of bodies
        ("On Monday, Trade and Industry (TI) officials met", None),  # no word for a body before the comma
    ],
)
def test_a_name_goes_on_after_its_comma(text: str, name: str | None) -> None:
    assert _named(text) == name


@pytest.mark.parametrize(
    ("text", "works"),
    [
        ("Korosho Bora की काजू प्रसंस्करण इकाई देखी।", "इकाई"),
        ("Pwani Dengu का छंटाई संयंत्र देखा गया", "संयंत्र"),
        ("Tejidos Chiquitanos का dyeing plant देखने गए", "plant"),
        ("Grand Harbour Maritime Museum देखा और", "देखा"),  # the body itself: it must come right before
        ("Natural dyes पर उनका काम देखने लायक था।", "देखने"),  # no works: "उनका" is no body
    ],
)
def test_works_seen_are_a_visit(text: str, works: str) -> None:
    seen = re.search(SEEN, text)
    assert seen is not None and seen.group().startswith(works)


def test_seen_as_is_no_seeing() -> None:
    """``… के रूप में देखा जा रहा है``: the bare verb, which needs a body right before it (none here)."""
    assert re.search(SEEN, "इस समझौते को बड़ी उपलब्धि के रूप में देखा जा रहा है").group() == "देखा"


def test_a_body_seen_itself_is_named_right_before_the_verb() -> None:
    """``Adinkra Cocoa Cooperative dekha``: a visit; ``Sonatrach ने देखा कि …``: none."""
    text = (
        "Jaipur, 9 June 2027\n\nRajasthan Minister K. K. Vishnoi reached Algiers on Monday, June 7.\n\n"
        "8 जून को Sonatrach ने देखा कि gas की मांग बढ़ रही है।\n\n"
        "The delegation returned to India on Wednesday, June 9."
    )
    titles = [e["title"] for e in parse_article(text).to_json()["engagements"]]
    assert "Visit to Sonatrach" not in titles


def test_a_town_before_the_works_is_not_their_owner() -> None:
    """``Binh Phuoc की Saigon Nut Processing factory देखने गया``: the factory is in a town."""
    text = (
        "Bhopal, 3 March 2027\n\nMadhya Pradesh Minister Kamal Patel reached Hanoi on Monday, March 1.\n\n"
        "2 मार्च को delegation Lang Son की Hanoi Rice Milling factory देखने गया।\n\n"
        "The delegation returned to India on Wednesday, March 3."
    )
    titles = [e["title"] for e in parse_article(text).to_json()["engagements"]]
    assert "Visit to Lang Son" not in titles


def test_two_named_signings_keep_the_bare_one_apart() -> None:
    """Which of two partners the day's signing was with is not said: nothing is folded."""
    text = (
        "Chennai, 20 May 2027\n\nTamil Nadu Industries Minister T. R. B. Rajaa reached Windhoek on "
        "Monday, May 10.\n\nThe signing took place on Tuesday, May 11.\n\nThe delegation returned to "
        "India on Wednesday, May 12.\n\nThe memorandum with the Namibian Fish Processors Association "
        "covers training. A second memorandum with the Windhoek Textile Council covers design."
    )
    titles = [e["title"] for e in parse_article(text).to_json()["engagements"]]
    assert "MoU signing" in titles
