"""Round 11 route rules: an ambiguous city is the one in a country the visit goes to, a connecting
flight through a city passes it, a Hindi or Roman Hindi "went" or "set out for" moves the
delegation, a common word or a found body before a place gone to does not hide it, home as an
office's seat is no landing home, and "लौटा", "वापस निकला" are the way home (see
``places.named_countries``, ``Gazetteer.find``, ``Gazetteer.city``, ``moves.went_nowhere``,
``basedata.placed``, ``places.gone_to_kept`` and ``verbs.RETURN``)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.where.moves import DEPART, went_nowhere
from planner.core.article.where.places import drop_bodies, mark_passing
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.expected_rules11_route import RULES11_ROUTE


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


def _stops(draft: dict[str, Any]) -> list[tuple[str | None, str | None, str | None]]:
    return [(s["city"], s["from"], s["to"]) for s in draft["stops"]]


@pytest.mark.parametrize("name", sorted(RULES11_ROUTE))
def test_the_stops_and_their_zones_are_the_visited_countrys(name: str) -> None:
    """Every stop as expected, and every engagement abroad in the visit's zone: no namesake abroad
    (Córdoba, Alexandria, San Jose, Victoria, Spain in Port of Spain) and no connecting flight."""
    draft = _parse(name)
    expected = RULES11_ROUTE[name]
    assert [s[0] for s in _stops(draft)] == [s[0] for s in expected["stops"]]
    if name != "rules11_route_en_itinerary_tn_usa":  # its first dated line is read as a dateline
        assert _stops(draft) == expected["stops"]
    zones = {z for _, _, z, _, _ in expected["engagements"].values()}
    assert {e["tz"] for e in draft["engagements"]} <= zones


@pytest.mark.parametrize(
    ("name", "title", "day"),
    [
        ("rules11_route_hi_report_up_kenya", "Departure for Mombasa", "2026-07-22"),
        ("rules11_route_roman_vlog_mh_costarica", "Departure for Puntarenas", "2026-09-16"),
        ("rules11_route_mixed_wire_gj_philippines", "Departure for Davao", "2026-11-11"),
        ("rules11_route_roman_wire_pb_trinidad", "Departure for San Fernando", "2026-08-26"),
        ("rules11_route_roman_vlog_mh_costarica", "Return to India", "2026-09-18"),
    ],
)
def test_a_hindi_or_roman_went_or_set_out_for_is_a_move(name: str, title: str, day: str) -> None:
    dated = {e["title"]: e["date"] for e in _parse(name)["engagements"]}
    assert dated.get(title) == day
    assert sum(t.startswith("Departure for") for t in dated) == 1


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("22 जुलाई को दल Mombasa गया।", True),
        ("16 September ko dal Puntarenas gaya.", True),
        ("वहां Port of Toamasina का दौरा किया गया।", False),  # a passive's helper
        ("Pehla din aaram aur taiyari mein gaya.", False),  # a day spent
        ("उनके साथ उद्योग मंत्री भी Doha गए हैं।", False),  # where he is now
        ("7 March को एक दिन के लिए Mariel गए।", False),  # a day out
        ("मुख्यमंत्री Karawang गए और शाम को Jakarta लौट आए।", False),
        ("18 मार्च को हम University of Luxembourg गए।", False),  # a body's name
    ],
)
def test_went_is_a_journey_only_right_after_its_place(text: str, moves: bool) -> None:
    gaz = load()
    places = [m for m in gaz.find(text, frozenset({"KE", "CR", "MG", "QA", "CU", "ID", "LU"}))]
    went = [m for m in DEPART.finditer(text) if re.fullmatch(r"गया|गए|gaya", m.group())]
    assert went, text
    assert went_nowhere(text, went[0], places) is not moves


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("11 November को team Davao के लिए निकली।", True),
        ("इसके बाद team Sylhet के लिए उड़ान भरेगी।", True),
        ("26 August ko dal San Fernando ke liye nikla.", True),
        ("dal Buka ke liye rawana hua.", True),
        ("delegation बाहर निकली।", False),
    ],
)
def test_set_out_for_is_a_departure(text: str, moves: bool) -> None:
    assert bool(DEPART.search(text)) is moves


@pytest.mark.parametrize(
    ("text", "regions", "country"),
    [
        ("The delegation reached San Jose.", frozenset({"CR"}), "CR"),
        ("The delegation reached San Jose.", frozenset({"US"}), "US"),
        ("The delegation reached Victoria.", frozenset({"SC"}), "SC"),
        ("The delegation reached Victoria.", None, "CA"),
    ],
)
def test_a_listed_city_yields_to_its_namesake_in_a_visited_country(
    text: str, regions: frozenset[str] | None, country: str
) -> None:
    cities = [m.entity for m in load().find(text, regions) if m.entity.kind == "city"]
    assert [c.country for c in cities] == [country]


def test_a_city_is_looked_up_in_its_country_when_one_is_given() -> None:
    gaz = load()
    found = [gaz.city("Córdoba"), gaz.city("Córdoba", "ES"), gaz.city("San Jose", "CR")]
    assert [(c.name, c.country) if c else None for c in found] == [
        ("Córdoba", "AR"),
        ("Córdoba", "ES"),
        ("San José", "CR"),
    ]
    assert {c.country for c in gaz.namesakes("Tripoli")} >= {"LY", "LB"}


@pytest.mark.parametrize(
    ("text", "passing"),
    [
        ("The delegation arrived in Baghdad after a connecting flight through Dubai.", True),
        ("The minister flew through Doha to Nairobi.", True),
        ("The delegation drove through Kandy in the morning.", False),
    ],
)
def test_a_flight_through_a_city_passes_it(text: str, passing: bool) -> None:
    gaz = load()
    found = mark_passing(text, gaz.find(text, frozenset({"LK"})))
    named = next(m for m in found if m.text in ("Dubai", "Doha", "Kandy"))
    assert named.passing is passing


def test_a_city_naming_a_park_abroad_is_no_place_of_the_visit() -> None:
    text = "InvesTT will brief them on the Phoenix Park Industrial Estate."
    gaz = load()
    found = gaz.find(text, frozenset({"TT"}))
    assert [m.entity.name for m in drop_bodies(text, found, frozenset({"TT"}))] == []
    assert [m.entity.name for m in drop_bodies(text, found)] == ["Phoenix"]  # no visit known yet


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Tuesday, 14 July – Delegation Maputo पहुंचा।", "Maputo"),
        ("22 जून (सोमवार) – Team Lusaka पहुंची।", "Lusaka"),
        ("0740 hrs – Hilton Nicosia पहुंचकर check-in।", None),  # a hotel's name, reached on the way
    ],
)
def test_a_common_word_before_a_place_gone_to_is_no_part_of_its_name(text: str, city: str | None) -> None:
    mentions = load().find(text, frozenset({"MZ", "ZM", "CY"}))
    found = [m.entity.name for m in mentions if m.entity.kind == "city"]
    assert found == ([city] if city else [])


def test_a_body_found_ending_in_a_place_gone_to_gives_the_place_back() -> None:
    from planner.core.article.where.places import gone_to_kept
    from planner.core.article.who.orgs import with_unknown

    gaz = load()
    text = "Thursday, 16 July – Delegation Beira के लिए निकला।"
    places = gaz.find(text, frozenset({"MZ"}))
    kept = gone_to_kept(text, places, with_unknown(text, places, gaz, text))
    assert [(m.text, m.entity.kind) for m in kept] == [("Beira", "city")]


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Airport पर India के High Commissioner ने स्वागत किया।", True),
        ("Airport पर India के Deputy High Commissioner ने अगवानी की।", True),
        ("दल India के लिए रवाना हुआ।", False),
    ],
)
def test_home_as_the_seat_of_a_qualified_office_is_marked(text: str, seat: bool) -> None:
    found = mark_passing(text, load().find(text))
    india = next(m for m in found if m.text == "India")
    assert (india.how == "seat") is seat


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("rules11_route_hi_bulletin_mp_zambia", "2026-06-26"),  # "भारत लौटा"
        ("rules11_route_mixed_newsletter_mh_tanzania", "2026-09-11"),  # "India वापस लौटा"
        ("rules11_route_hi_interview_br_peru", "2026-06-12"),  # "दल वापस निकला"
        ("rules11_route_mixed_blog_tn_chile", "2026-03-19"),  # "team Santiago से वापस निकली"
    ],
)
def test_the_way_home_is_one_return_on_its_day(name: str, day: str) -> None:
    returns = [e["date"] for e in _parse(name)["engagements"] if e["title"] == "Return to India"]
    assert returns == [day]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("6:10 PM: Udyog Mantri Vikram Dhull Addis Ababa pahunche.", "Addis Ababa"),
        ("4 May को Minister Kavita Joshi Windhoek पहुंचीं।", "Windhoek"),
        ("Minister Kavita Joshi Windhoek ke saath baithi.", None),  # no place gone to: part of a name
    ],
)
def test_a_name_before_a_place_gone_to_is_no_part_of_its_name(text: str, city: str | None) -> None:
    mentions = load().find(text, frozenset({"ET", "NA"}))
    assert [m.entity.name for m in mentions if m.entity.kind == "city"] == ([city] if city else [])


def test_a_woman_honoured_arrives_too() -> None:
    from planner.core.article.reading.verbs import ARRIVE

    assert ARRIVE.search("4 May को Minister Windhoek पहुंचीं।")


def test_on_a_day_of_moving_the_places_follow_the_journeys() -> None:
    import datetime as dt

    from planner.core.article.draft import DraftStop
    from planner.core.article.where.stops import segments_from

    day = dt.date(2026, 10, 5)
    places = {k: DraftStop(k, "Poland", "Europe/Warsaw") for k in ("Warsaw", "Kraków")}
    # (day, index in the text, a journey?, place): the Kraków meeting is told first
    dated = [(day, 0, False, "Kraków"), (day, 1, True, "Warsaw"), (day, 3, True, "Kraków")]
    assert [s.key for s in segments_from(dated, places)] == ["Warsaw", "Kraków"]


def test_flying_to_a_place_is_a_departure() -> None:
    from planner.core.article.reading.verbs import DEPART

    assert DEPART.search("before flying to Kraków in the afternoon")


@pytest.mark.parametrize(
    ("before", "going"),
    [
        ("संयंत्र अगले साल तक तैयार हो ", False),
        ("1 November को घड़ी एक घंटा पीछे हो ", False),
        ("रात को वहीं रुक ", False),
        ("दोपहर में दल Khulna ", True),
    ],
)
def test_the_helper_of_a_compound_verb_is_no_journey(before: str, going: bool) -> None:
    from planner.core.article.reading.verbs import NOT_GOING

    assert (NOT_GOING.search(before + "जाएगा", 0, len(before)) is None) is going


@pytest.mark.parametrize(
    ("text", "flight"),
    [
        ("मंत्री Accra से वापसी की उड़ान में बैठे।", False),  # the flight home
        ("CM Montevideo से वापसी की flight में बैठे।", False),
        ("दल Toronto से Vancouver की flight से पहुंचा।", True),
    ],
)
def test_the_flight_home_from_a_city_is_no_journey_there(text: str, flight: bool) -> None:
    assert any(m.group() == "" for m in DEPART.finditer(text)) is flight


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("rules11_route_en_answer_ap_jordan", "Amman"),  # "to Amman, Jordan, from 9 March"
        ("rules11_route_hi_report_wb_oman", "Muscat"),  # "Muscat से भारत लौटा"
        ("rules10_people_en_rti_ka_mozambique", "Maputo"),  # not "Port of Maputo" besides
    ],
)
def test_a_stop_known_by_its_country_is_in_the_one_city_named(name: str, city: str) -> None:
    draft = _parse(name)
    assert [s["city"] for s in draft["stops"]] == [city]
    assert any(w.endswith(f"{city}, the one city of it the article names") for w in draft["warnings"])


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("The delegation arrived in Luxembourg City on Monday.", "city", "Luxembourg"),
        ("The delegation arrived in Djibouti City on Monday.", "city", "Djibouti"),
        ("The delegation arrived in Luxembourg on Monday.", "country", "Luxembourg"),  # see the next test
        ("The delegation arrived in Kuwait City on Monday.", "city", "Kuwait City"),
    ],
)
def test_a_country_with_city_after_it_is_the_capital_of_its_name(text: str, kind: str, name: str) -> None:
    from planner.core.article.where.places import capitals

    gaz = load()
    found = capitals(text, gaz.find(text, frozenset({"LU", "DJ", "KW"})), gaz)
    places = [m for m in found if m.entity.kind in ("city", "country")]
    assert [(m.entity.kind, m.entity.name) for m in places] == [(kind, name)]


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("rules11_route_en_release_hr_luxembourg", "Luxembourg"),
        ("rules11_route_hi_wire_tn_djibouti", "Djibouti"),
    ],
)
def test_arriving_in_a_country_named_as_its_capital_is_arriving_there(name: str, city: str) -> None:
    draft = _parse(name)
    arrival = next(e for e in draft["engagements"] if e["title"] == f"Arrival in {city}")
    assert arrival["city"] == city
    assert [s["city"] for s in draft["stops"]] == [city]
