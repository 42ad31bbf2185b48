"""Round 15 route rules: a territory or small country that is its own place in the data is its
capital when the delegation travels there (``territories``); a country's name inside a street's
or a campus's name ("Cuba Street", "Jamaica Avenue", "St Lucia campus") names no place of the
visit (``namedfeatures``); places named together where planes are only changed ("in Doha and
Nairobi", "लंदन और ओस्लो में केवल विमान बदला गया") are all passed through (``connections``);
leaving for the homeland ("स्वदेश रवाना हुआ", "watan rawana hui") is the journey home, no move to
the place left (``verbs.HOMELAND``); a programme's arrow ("Almaty → Bishkek") is a move to the
chain's last place, "Arrival Almaty" names the place reached, and the flight out from home with
its landing the next day is one journey (``verbs.is_destination``, ``moves``, ``journeys``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.reading.verbs import HOMELAND, RETURN, is_destination
from planner.core.article.where.connections import coordinated
from planner.core.article.where.moves import went_nowhere
from planner.core.article.where.namedfeatures import names_a_feature
from planner.core.article.where.places import mark_passing
from planner.core.article.where.territories import capital_of, retitled
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules15_route import RULES15_ROUTE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


@pytest.mark.parametrize("name", sorted(RULES15_ROUTE))
def test_the_stops_are_where_the_delegation_stays(name: str) -> None:
    draft = _parse(name)
    assert [(s["city"], s["from"], s["to"]) for s in draft["stops"]] == RULES15_ROUTE[name]["stops"]


@pytest.mark.parametrize("name", sorted(RULES15_ROUTE))
def test_every_engagement_is_in_a_zone_of_the_visit(name: str) -> None:
    """No street's or campus's name lends a country's zone."""
    zones = {z for _, _, z, _, _ in RULES15_ROUTE[name]["engagements"].values()}
    assert {e["tz"] for e in _parse(name)["engagements"]} <= zones


@pytest.mark.parametrize(
    ("name", "arrival"),
    [
        ("rules15_route_en_newsletter_ap_britishvirginislands", "Arrival in Road Town"),
        ("rules15_route_hi_radiobulletin_gj_falklands", "Arrival in Stanley"),
    ],
)
def test_the_journey_to_a_territory_is_to_its_capital(name: str, arrival: str) -> None:
    assert arrival in {e["title"] for e in _parse(name)["engagements"]}


@pytest.mark.parametrize(
    ("code", "capital"),
    [
        ("KY", ("George Town", "America/Cayman")),
        ("IM", ("Douglas", "Europe/Isle_of_Man")),
        ("BM", ("Hamilton", "Atlantic/Bermuda")),
        ("VG", ("Road Town", "America/Tortola")),
        ("FO", ("Torshavn", "Atlantic/Faroe")),  # missing from the city table: the capital as named
        ("AU", None),  # many towns: the article has to say which
        ("US", None),  # several zones
        ("IN", None),  # home
    ],
)
def test_a_small_place_stands_for_its_capital(code: str, capital: tuple[str, str] | None) -> None:
    gaz = load()
    place = gaz.country(code)
    assert place is not None
    city = capital_of(gaz, place)
    assert ((city.name, city.tz) if city else None) == capital


def test_a_move_is_retitled_to_the_capital() -> None:
    gaz = load()
    place = gaz.country("KY")
    assert place is not None
    city = capital_of(gaz, place)
    assert city is not None
    assert retitled("Departure for Cayman Islands", place, city) == "Departure for George Town"
    assert retitled("Return to India", place, city) == "Return to India"


@pytest.mark.parametrize(
    ("text", "country", "feature"),
    [
        ("visited the Creative HQ startup hub on Cuba Street.", "Cuba", True),
        ("Jamaica Avenue ke gurdwara mein community se mile.", "Jamaica", True),
        ("Visit to the University of Queensland, St Lucia campus.", "St Lucia", True),
        ("मंत्री क्यूबा स्ट्रीट पर एक कैफ़े में गए।", "क्यूबा", True),
        ("The minister will then fly to Cuba.", "Cuba", False),
        ("Jamaica's capital hosted the delegation.", "Jamaica", False),
        ("He reached Cuba, where talks began.", "Cuba", False),
    ],
)
def test_a_country_in_a_street_name_is_no_place(text: str, country: str, feature: bool) -> None:
    gaz = load()
    found = {m.text: names_a_feature(text, m) for m in gaz.find(text) if m.entity.kind == "country"}
    assert found.get(country) == feature


@pytest.mark.parametrize(
    ("text", "place", "passing"),
    [
        ("We landed in Kigali on 6 September, after changing planes in Doha and Nairobi.", "Nairobi", True),
        ("We landed in Kigali on 6 September, after changing planes in Doha and Nairobi.", "Kigali", False),
        ("लंदन और ओस्लो में केवल विमान बदला गया, वहां कोई कार्यक्रम नहीं था।", "लंदन", True),
        ("Copenhagen और Kangerlussuaq में केवल विमान बदला गया।", "Copenhagen", True),
        ("The minister flew via Dubai and Addis Ababa to Lusaka.", "Addis Ababa", True),
        ("The minister flew via Dubai and Addis Ababa to Lusaka.", "Lusaka", False),
        ("He will visit Nairobi and Mombasa after a halt in Doha.", "Nairobi", False),
        ("He will visit Nairobi and Mombasa after a halt in Doha.", "Mombasa", False),
    ],
)
def test_places_named_together_are_passed_through_together(text: str, place: str, passing: bool) -> None:
    gaz = load()
    regions = frozenset({"GB", "NO", "IS", "RW", "QA", "KE", "DK", "GL", "AE", "ET", "ZM"})
    marked = {m.text: m.passing for m in mark_passing(text, gaz.find(text, regions))}
    assert marked.get(place) == passing


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        ("in Doha and Nairobi.", "Nairobi", "Doha and Nairobi"),
        ("in Doha and Nairobi.", "Doha", "Doha and Nairobi"),
        ("Copenhagen, Reykjavik and Oslo, where", "Reykjavik", "Copenhagen, Reykjavik and Oslo"),
        ("लंदन और ओस्लो में", "ओस्लो", "लंदन और ओस्लो"),
        ("Dubai aur Addis Ababa ke raaste", "Dubai", "Dubai aur Addis Ababa"),
        ("landed in Kigali on Sunday", "Kigali", "Kigali"),
    ],
)
def test_a_list_of_names_is_read_whole(text: str, name: str, span: str) -> None:
    at = text.index(name)
    a, b = coordinated(text, at, at + len(name))
    assert text[a:b] == span


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("दल आज सुबह ताशकंद से दिल्ली होते हुए स्वदेश रवाना हुआ।", True),
        ("मंत्री स्वदेश के लिए रवाना हो गए।", True),
        ("प्रतिनिधिमंडल वतन रवाना हुआ।", True),
        ("Team Lusaka se Addis Ababa hote hue watan rawana hui.", True),
        ("Minister ji swadesh ke liye ravana hue.", True),
        ("दल ताशकंद से समरकंद के लिए रवाना हुआ।", False),
        ("Team Lusaka se Livingstone ke liye rawana hui.", False),
    ],
)
def test_leaving_for_the_homeland_is_the_journey_home(text: str, home: bool) -> None:
    assert bool(HOMELAND.search(text)) == home
    assert bool(RETURN.search(text)) == home or not home


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("दल आज सुबह ताशकंद से दिल्ली होते हुए स्वदेश रवाना हुआ।", "रवाना"),
        ("Team Lusaka se Addis Ababa hote hue watan rawana hui.", "rawana"),
    ],
)
def test_leaving_for_the_homeland_is_no_move_to_the_place_left(text: str, verb: str) -> None:
    import re

    m = re.search(verb, text)
    assert m is not None
    assert went_nowhere(text, m, [])


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("rules15_route_hi_pressrelease_mp_uzbekistan", "2026-08-14"),
        ("rules15_route_roman_whatsappforward_wb_zambia", "2026-07-24"),
    ],
)
def test_the_return_home_is_on_the_day_of_leaving(name: str, day: str) -> None:
    titles = {e["title"]: e["date"] for e in _parse(name)["engagements"]}
    assert titles.get("Return to India") == day
    assert not any(t.startswith("Departure for ") for t in titles)


@pytest.mark.parametrize(
    ("text", "place", "destination"),
    [
        ("Thu 10 Sep: Almaty → Bishkek by road.", "Bishkek", True),
        ("Thu 10 Sep: Almaty → Bishkek by road.", "Almaty", False),
        ("Sat 12 Sep: Bishkek → Delhi → Bengaluru.", "Delhi", False),
        ("Sat 12 Sep: Bishkek → Delhi → Bengaluru.", "Bengaluru", True),
        ("गुरुवार: Lima → La Paz (सीधी उड़ान)।", "La Paz", True),
        ("Tickets: Hyderabad -> Cairo (transit) -> Asmara.", "Cairo", False),
        ("Tickets: Hyderabad -> Cairo (transit) -> Asmara.", "Asmara", True),
    ],
)
def test_the_last_place_of_an_arrow_is_where_the_journey_goes(
    text: str, place: str, destination: bool
) -> None:
    gaz = load()
    regions = frozenset({"KZ", "KG", "PE", "BO", "EG", "ER"})
    found = {m.text: m for m in gaz.find(text, regions)}
    assert is_destination(text, found[place]) == destination


@pytest.mark.parametrize(
    ("name", "moves"),
    [
        (
            "rules15_route_en_traveldesk_ka_kazakhstan",
            {
                "Arrival in Almaty": "2026-09-07",
                "Departure for Bishkek": "2026-09-10",
                "Return to India": "2026-09-12",
            },
        ),
        (
            "rules15_route_mixed_itinerarytable_rj_peru",
            {
                "Arrival in Lima": "2026-10-19",
                "Departure for La Paz": "2026-10-22",
                "Return to India": "2026-10-25",
            },
        ),
    ],
)
def test_a_programme_s_arrows_are_its_moves(name: str, moves: dict[str, str]) -> None:
    travel = {
        e["title"]: e["date"]
        for e in _parse(name)["engagements"]
        if e["title"].startswith(("Arrival in ", "Departure for ", "Return to "))
    }
    assert travel == moves
