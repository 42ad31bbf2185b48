"""Round 12 events rules: the diaspora spoken to or gone among is addressed, and going among people
is no arrival (see ``verbs.ADDRESS``, ``verbs.community_verb`` and ``verbs.ARRIVE``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article, verbs
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules12_events import RULES12_EVENTS


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES12_EVENTS))
def test_the_diaspora_spoken_to_or_gone_among_is_addressed(name: str) -> None:
    draft = _parse(name)
    dated = {e["title"]: e["date"] for e in draft["engagements"]}
    expected = RULES12_EVENTS[name]["engagements"]
    assert dated.get("Address to the Indian diaspora") == expected["Address to the Indian diaspora"][0]
    assert "Meeting with the Indian diaspora" not in dated
    arrivals = [t for t in dated if t.startswith("Arrival in")]
    assert [dated[t] for t in arrivals] == [RULES12_EVENTS[name]["span"][0]]  # one, the landing


@pytest.mark.parametrize("name", sorted(RULES12_EVENTS))
def test_the_stops_are_as_expected(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES12_EVENTS[name]["stops"]


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("In the evening the minister spoke to the Indian community at a hall.", "Address to"),
        ("He will speak to the Telugu diaspora on Sunday.", "Address to"),
        ("शाम को वे प्रवासी भारतीयों के बीच पहुंचे।", "Address to"),
        ("शाम को भारतीय समुदाय के बीच जाना उत्सव जैसा था।", "Address to"),
        ("He met members of the Indian community at a dinner.", "Meeting with"),
        ("शाम को वे प्रवासी भारतीयों से मिलेंगे।", "Meeting with"),
    ],
)
def test_community_verb(text: str, verb: str) -> None:
    assert verbs.community_verb(text, (0, len(text))) == verb


@pytest.mark.parametrize(
    ("text", "arrives"),
    [
        ("9 नवंबर को प्रतिनिधिमंडल मस्कट पहुंचा।", True),
        ("शाम मुख्यमंत्री प्रवासी भारतीयों के बीच पहुंचे।", False),
    ],
)
def test_reaching_people_is_no_arrival(text: str, arrives: bool) -> None:
    assert bool(verbs.ARRIVE.search(text)) is arrives
