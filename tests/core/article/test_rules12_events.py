"""Round 12 events rules: the diaspora spoken to or gone among is addressed, and going among people
is no arrival (see ``verbs.ADDRESS``, ``verbs.community_verb`` and ``verbs.ARRIVE``); a body's first
word alone is the body the article names in full (``spelledout.in_full``); a Latin-script town
before ``में … के लिए`` is no body (``orgs._IN_AFTER``); a body at home is no signing's partner
(``extract``); a word for a kind of body alone is none (``orgs``); a ministry's portfolios go on
over ``and`` and over words of their own (``orgnames.more_portfolios``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.reading import verbs
from planner.core.article.reading.roman import to_devanagari
from planner.core.article.who.orgnames import more_portfolios
from planner.core.article.who.spelledout import in_full
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules12_events import RULES12_EVENTS


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize(
    "name", ["rules12_events_en_statement_ka_namibia", "rules12_events_hi_report_mp_oman"]
)
def test_the_diaspora_spoken_to_or_gone_among_is_addressed(name: str) -> None:
    draft = _parse(name)
    dated = {e["title"]: e["date"] for e in draft["engagements"]}
    expected = RULES12_EVENTS[name]["engagements"]
    assert dated.get("Address to the Indian diaspora") == expected["Address to the Indian diaspora"][0]
    assert "Meeting with the Indian diaspora" not in dated
    arrivals = [t for t in dated if t.startswith("Arrival in")]
    assert [dated[t] for t in arrivals] == [RULES12_EVENTS[name]["span"][0]]  # one, the landing


# the Panama voice note's "Hum log Shanivaar … ko yahan pahunche the" is no arrival yet (a route matter)
@pytest.mark.parametrize("name", sorted(set(RULES12_EVENTS) - {"rules12_events_roman_voicenote_mh_panama"}))
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


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules12_events_mixed_update_gj_poland", "Visit to Borowik Precision Tools", "2026-06-13"),
        ("rules12_events_en_release_tn_ecuador", "MoU signing with Corvalia Aquafeed Systems", "2026-05-12"),
        ("rules12_events_mixed_update_gj_poland", "MoU signing with Borowik Precision Tools", "2026-06-13"),
        (
            "rules12_events_mixed_report_od_korea",
            "MoU signing with Hanbit Special Steel Corporation",
            "2026-09-24",
        ),
        ("rules12_events_mixed_bulletin_kl_finland", "MoU signing with Nordlys Marine Systems", "2026-10-18"),
    ],
)
def test_the_body_is_named_in_full_and_the_partner_is_abroad(name: str, title: str, day: str) -> None:
    """A first word alone is the body named in full elsewhere; a home town before ``में … के लिए``
    and a body at home (``Guidance Tamil Nadu``, ``KSIDC``) are no partners."""
    dated = {e["title"]: e["date"] for e in _parse(name)["engagements"]}
    assert dated.get(title) == day
    assert sum(t.startswith("MoU signing") for t in dated) == 1


@pytest.mark.parametrize(
    "name", ["rules12_events_mixed_update_gj_poland", "rules12_events_mixed_report_od_korea"]
)
def test_a_home_town_a_plan_is_for_is_no_body(name: str) -> None:
    titles = {e["title"] for e in _parse(name)["engagements"]}
    assert titles == set(RULES12_EVENTS[name]["engagements"])


@pytest.mark.parametrize(
    ("name", "text", "full"),
    [
        (
            "Rockhill",
            "Rockhill Battery Systems opened. Rockhill's chief spoke. About Rockhill Battery Systems",
            "Rockhill Battery Systems",
        ),
        (
            "Borowik",
            "Borowik के plant का visit। Borowik Precision Tools के साथ MoU। Borowik Precision Tools के बारे में",
            "Borowik Precision Tools",
        ),
        ("Corvalia", "Corvalia Aquafeed Systems makes feed. Corvalia signed.", "Corvalia Aquafeed Systems"),
        ("Tata", "Tata Steel and Tata Motors Ltd signed; Tata said so.", None),  # two bodies: neither
        ("Lumen", "Lumen Park opened. Lumen spoke.", None),  # once, with no word for a body
        ("Doosan", "representatives of Hanwha, Doosan and Lotte Group.", None),  # a list: two bodies
        ("Lotte", "Lotte Group. Lotte said so.", "Lotte Group"),  # not the sentence's full stop
        ("Himachal", "Himachal Pradesh Ltd. Himachal Pradesh के CM", None),  # a place's name
    ],
)
def test_in_full(name: str, text: str, full: str | None) -> None:
    assert in_full(name, text, load()) == full


@pytest.mark.parametrize(
    ("name", "title", "first"),
    [
        (
            "rules12_events_en_release_tn_ecuador",
            "Meeting with Ministry of Production, Foreign Trade and Investment",
            "Meeting with Ministry of Production",
        ),
        (
            "rules12_events_roman_whatsapp_br_kyrgyzstan",
            "Meeting with Ministry of Economy and Foreign Trade Policy",
            "Meeting with Ministry of Economy",
        ),
    ],
)
def test_a_ministry_of_several_portfolios_is_one_body(name: str, title: str, first: str) -> None:
    titles = [e["title"] for e in _parse(name)["engagements"]]
    assert title in titles
    assert first not in titles and "Meeting with Foreign Trade" not in titles


@pytest.mark.parametrize(
    "name", ["rules12_events_mixed_release_hr_mexico", "rules12_events_roman_update_up_colombia"]
)
def test_a_word_for_a_kind_of_body_alone_is_no_body(name: str) -> None:
    titles = {e["title"] for e in _parse(name)["engagements"]}
    assert not titles & {"Meeting with Company", "Meeting with Chamber", "Visit to Company"}
    assert {t for t in titles if t.startswith("Meeting with")} == {
        t for t in RULES12_EVENTS[name]["engagements"] if t.startswith("Meeting with")
    }


@pytest.mark.parametrize(
    ("text", "first", "name"),
    [
        (
            "the Ministry of Trade and Foreign Economic Relations today",
            "Ministry of Trade",
            "and Foreign Economic Relations",
        ),
        (
            "the Ministry of Production, Foreign Trade and Investment",
            "Ministry of Production",
            ", Foreign Trade and Investment",
        ),
        (
            "the Ministry of Trade, Agribusiness and Industry today",
            "Ministry of Trade",
            ", Agribusiness and Industry",
        ),
    ],
)
def test_more_portfolios(text: str, first: str, name: str) -> None:
    start = text.index(first)
    end = more_portfolios(text, start, start + len(first))
    assert text[start:end] == first + (" " if name.startswith("and") else "") + name


@pytest.mark.parametrize(
    "name", ["rules12_events_roman_update_up_colombia", "rules12_events_roman_voicenote_mh_panama"]
)
def test_a_hindi_word_opening_a_sentence_is_no_body(name: str) -> None:
    titles = {e["title"] for e in _parse(name)["engagements"]}
    assert "Visit to Dopahar" not in titles


@pytest.mark.parametrize(
    ("text", "hindi"),
    [
        ("Dopahar mein Mantri ji ne factory dekhi.", "दोपहर"),
        ("Shaam ko dal Bogota lauta.", "शाम"),
    ],
)
def test_a_word_spelled_with_an_a_before_h_is_found(text: str, hindi: str) -> None:
    out, _, _ = to_devanagari(text, list(range(len(text))), list(range(1, len(text) + 1)), [])
    assert hindi in out
