"""Round 15 events rules: a programme row's lead body (``who/rowlead.row_bodies``) and the row met
with it (``who/rowlead.leads_row``); placeholders, row weekdays and places of meeting are no bodies
(``who/rowlead.not_bodies``); a board named with a call (``Visit Flanders``) is a body and its call no
visit (``who/boards``); the side of a signing that is not ours is a body (``who/signers``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import Mention, load
from planner.core.article.reading.verbs import MEETING, SITE
from planner.core.article.who.boards import is_board, named_in
from planner.core.article.who.orgnames import found_org
from planner.core.article.who.rowlead import leads_row, not_bodies, row_bodies
from planner.core.article.who.signers import signing_partners
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules15_events import RULES15_EVENTS


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES15_EVENTS))
def test_the_engagements_are_the_expected(name: str) -> None:
    want = {title: (value[0], value[3]) for title, value in RULES15_EVENTS[name]["engagements"].items()}
    got = {e["title"]: (e["date"], e["status"]) for e in _parse(name)["engagements"]}
    assert got == want


@pytest.mark.parametrize("name", sorted(RULES15_EVENTS))
def test_the_stops_are_the_expected(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES15_EVENTS[name]["stops"]


def _bodies(text: str) -> list[str]:
    mentions = load().find(text)
    found: list[Mention] = []
    row_bodies(text, mentions, found, lambda a, b: True, lambda a, b: True)
    return [f.text for f in found]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("Tue 9 Mar, 15:30 - Walu Bay Boatyard visit; the foreman will receive us.", ["Walu Bay Boatyard"]),
        ("[ ] Lakeside Dairy Cooperative courtesy call - date TBD.", ["Lakeside Dairy Cooperative"]),
        ("🔸 11:00 - Steppe Fruit Logistics Centre cold store visit.", ["Steppe Fruit Logistics Centre"]),
        ("Wed 10 Mar: Harbour day trip: Koror Marine Works visit, back by evening.", ["Koror Marine Works"]),
        ("Panja is now meeting the Latvian Chamber of Commerce.", []),  # a verb, and its object
        ("Delegation: Fisheries Minister A. Rao (leader).", []),  # a row's heading word
        ("09:00 - Meeting with the Board of Trade.", []),  # the row's own verb names the body after it
    ],
)
def test_a_row_leads_with_its_body(text: str, bodies: list[str]) -> None:
    assert _bodies(text) == bodies


@pytest.mark.parametrize(
    ("text", "name", "leads"),
    [
        (
            "Tue 9 Mar, 10:00 - Ministry of Fisheries and Forestry, Minister Kalaveti Ravu.",
            "Ministry of Fisheries and Forestry",
            True,
        ),
        (
            "🔸 Tue, 9 Mar, 10:30 - Pacific Tuna Packers, Managing Director Sereana Tuilau.",
            "Pacific Tuna Packers",
            True,
        ),
        ("- Hotel: Jess Tran, Duty Manager, Riverside Grand", "Jess Tran", False),  # a title and no name
        (
            "On Monday the Ministry of Fisheries, Minister X said, would decide.",
            "Ministry of Fisheries",
            False,
        ),
    ],
)
def test_a_row_with_a_body_and_its_person_is_met(text: str, name: str, leads: bool) -> None:
    start = text.index(name)
    assert leads_row(text, start, start + len(name), load().find(text)) is leads


def _kept(text: str, names: list[str]) -> list[str]:
    found = [Mention(found_org(n), text.index(n), text.index(n) + len(n), n) for n in names]
    return [f.text for f in not_bodies(text, found)]


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("Agency के साथ meeting proposed है - date TBC, venue TBC.", ["Agency", "TBC"], ["Agency"]),
        (
            "🔹 Sat, 21 Nov - Lagoon Tourism Office में meeting.",
            ["Sat", "Lagoon Tourism Office"],
            ["Lagoon Tourism Office"],
        ),
        (
            "Talgar में Zailiysky Orchard Growers Union के साथ meeting",
            ["Talgar", "Zailiysky Orchard Growers Union"],
            ["Zailiysky Orchard Growers Union"],
        ),
        (
            "Rakvere mein Virumaa Software Cluster ke saath meeting",
            ["Rakvere", "Virumaa Software Cluster"],
            ["Virumaa Software Cluster"],
        ),
        ("Sonatrach में बैठक हुई", ["Sonatrach"], ["Sonatrach"]),  # a body met at: no body after में
    ],
)
def test_no_body_in_placeholders_weekdays_and_places_of_meeting(
    text: str, names: list[str], kept: list[str]
) -> None:
    assert _kept(text, names) == kept


@pytest.mark.parametrize(
    ("text", "name", "board"),
    [
        ("held talks with Visit Flanders on tour operators", "Visit Flanders", True),
        ("met Visit Brussels, the capital region's office", "Visit Brussels", True),
        ("met Invest Lithuania officials", "Invest Lithuania", True),
        ("met Visit Brussels Design Studio", "Visit Brussels Design Studio", False),
        ("talks with Pacific Tuna", "Pacific Tuna", False),
    ],
)
def test_a_board_is_named_with_a_call_and_a_place(text: str, name: str, board: bool) -> None:
    start = text.index(name)
    assert is_board(text, start, start + len(name), load().find(text)) is board


def test_the_call_in_a_boards_name_is_no_visit() -> None:
    text = "Visit Estonia के साथ बैठक हुई"
    body = Mention(found_org("Visit Estonia"), 0, 13, "Visit Estonia")
    assert named_in(list(SITE.finditer(text)), [body]) == []
    assert [m.group() for m in named_in(list(MEETING.finditer(text)), [body])] == ["बैठक"]


def _partners(text: str) -> list[str]:
    found: list[Mention] = []
    signing_partners(text, load().find(text), found, lambda a, b: True, lambda a, b: True)
    return [f.text for f in found]


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "Digital Isle of Man and the Haryana Department of Industries and Commerce signed a memorandum",
            ["Digital Isle of Man"],
        ),
        (
            "On 19 August Copper Valley Ventures and the Kerala IT Parks Authority will sign an agreement",
            ["Copper Valley Ventures"],
        ),
        ("The Punjab Dairy Board and Lakeland Creameries signed an MoU on Friday", ["Lakeland Creameries"]),
        ("Lakeland Creameries and Nordic Milk Group signed an MoU", []),  # neither side is ours
        ("Lakeland Creameries and the Punjab Dairy Board signed the visitors' book", []),  # no agreement
    ],
)
def test_the_side_of_a_signing_not_ours_is_a_body(text: str, partners: list[str]) -> None:
    assert _partners(text) == partners
