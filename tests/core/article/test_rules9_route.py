"""Round 9 route rules: day trips are no stops, and a place named only by an undated engagement is
none either (see ``planner/core/article/where/daytrips.py`` and ``Itinerary.stops``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.where.daytrips import BACK_THE_SAME_DAY, FOR_THE_DAY
from planner.core.geo import distance_km
from tests.conftest import DATA


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text).to_json()


def _stops(draft: dict[str, Any]) -> list[tuple[str | None, str | None, str | None]]:
    return [(s["city"], s["from"], s["to"]) for s in draft["stops"]]


def _titles(draft: dict[str, Any]) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {e["title"]: (e["date"], e["city"], e["tz"]) for e in draft["engagements"]}


@pytest.mark.parametrize(
    ("name", "stops", "trip", "gone"),
    [
        (
            "rules9_route_en_wire_tn_belgium",
            [("Brussels", "2026-06-08", "2026-06-12")],
            ("Visit to Port of Antwerp-Bruges", ("2026-06-10", "Antwerp", "Europe/Brussels")),
            ("Departure for Antwerp", "Departure for Brussels"),
        ),
        (
            "rules9_route_mixed_report_up_indonesia",
            [("Jakarta", "2026-11-02", "2026-11-05"), ("Denpasar", "2026-11-05", "2026-11-07")],
            ("Visit to Karawang International Industrial City", ("2026-11-04", "Karawang", "Asia/Jakarta")),
            ("Departure for Karawang", "Departure for Jakarta"),
        ),
    ],
)
def test_out_and_back_the_same_day_is_no_stop_and_no_move(
    name: str,
    stops: list[tuple[str, str, str]],
    trip: tuple[str, tuple[str, str, str]],
    gone: tuple[str, ...],
) -> None:
    draft = _parse(name)
    assert _stops(draft) == stops
    titles = _titles(draft)
    assert titles[trip[0]] == trip[1]  # what is done there keeps its own city and zone
    assert not set(gone) & set(titles)
    assert any("a day trip from" in w for w in draft["warnings"])


def test_a_journey_told_as_one_for_the_day_is_no_stop_before_another_city() -> None:
    draft = _parse("rules9_route_en_release_ka_brazil")
    assert _stops(draft) == [
        ("São Paulo", "2026-10-12", "2026-10-15"),
        ("Manaus", "2026-10-15", "2026-10-18"),
    ]
    titles = _titles(draft)
    assert "Departure for São José dos Campos" not in titles
    assert titles["Visit to Embraer"] == ("2026-10-14", "São José dos Campos", "America/Sao_Paulo")
    # the stops keep two zones: the undated meeting with no city has none
    assert titles["Meeting with Brazilian Development Bank (BNDES)"] == (None, None, None)


def test_a_hindi_journey_for_the_day() -> None:
    text = (
        "मुख्यमंत्री 15 सितंबर 2026 को ओसाका पहुंचे। 16 सितंबर को उन्होंने ओसाका में पैनासोनिक से मुलाकात की। "
        "17 सितंबर को मुख्यमंत्री एक दिन के लिए क्योटो पहुंचे, जहां उन्होंने क्योसेरा से मुलाकात की। "
        "18 सितंबर को वे हिरोशिमा पहुंचे और 20 सितंबर को भारत लौटेंगे।"
    )
    draft = parse_article(text).to_json()
    assert [s["city"] for s in draft["stops"]] == ["Osaka", "Hiroshima"]
    assert _stops(draft)[0] == ("Osaka", "2026-09-15", "2026-09-18")


@pytest.mark.parametrize(
    "text",
    [
        "drove to Antwerp for the day",
        "a day trip to Kyoto",
        "एक दिन के लिए बासल गए",
        "ek din ke liye Basel gaye",
    ],
)
def test_words_of_a_journey_for_the_day(text: str) -> None:
    assert FOR_THE_DAY.search(text)


@pytest.mark.parametrize(
    "text", ["left for the day after the summit", "the day the trip began", "दिन के समय", "एक दिन पहले"]
)
def test_other_days_are_no_day_trip(text: str) -> None:
    assert not FOR_THE_DAY.search(text)


@pytest.mark.parametrize(
    ("name", "stops", "trip"),
    [
        (
            "rules9_route_en_preview_gj_germany",
            [("Munich", "2026-07-06", "2026-07-09")],
            ("Visit to Audi", ("2026-07-08", "Ingolstadt", "Europe/Berlin")),
        ),
        (
            "rules9_route_hi_wire_rj_japan",
            [("Tokyo", "2026-05-17", "2026-05-21")],
            ("Visit to Nissan", ("2026-05-19", "Yokohama", "Asia/Tokyo")),
        ),
    ],
)
def test_a_nearby_place_of_one_day_with_no_journey_told_is_a_day_trip(
    name: str, stops: list[tuple[str, str, str]], trip: tuple[str, tuple[str, str, str]]
) -> None:
    draft = _parse(name)
    assert _stops(draft) == stops
    assert _titles(draft)[trip[0]] == trip[1]


def test_a_city_of_its_own_on_the_last_day_stays_a_stop() -> None:
    """Kyoto after Osaka is 43 km away but no town beside it: the last night may be spent there."""
    text = (
        "Rajasthan CM in Japan. Chief Minister Bhajan Lal Sharma arrived in Osaka on 12 November 2026. "
        "On 13 November he met Panasonic in Osaka. On 14 November he will sign an MoU with Kyocera in "
        "Kyoto. He returns to India on 15 November."
    )
    draft = parse_article(text).to_json()
    assert [s["city"] for s in draft["stops"]] == ["Osaka", "Kyoto"]


def test_a_far_place_of_one_day_stays_a_stop() -> None:
    text = (
        "Chief Minister Bhajan Lal Sharma arrived in Tokyo on 12 November 2026. On 13 November he met "
        "JETRO in Tokyo. On 14 November he will meet Panasonic in Osaka. On 15 November he will meet "
        "Sony in Tokyo. He returns to India on 16 November."
    )
    draft = parse_article(text).to_json()
    assert [s["city"] for s in draft["stops"]] == ["Tokyo", "Osaka", "Tokyo"]


@pytest.mark.parametrize(
    ("name", "city"),
    [("rules9_route_en_preview_gj_germany", "Erlangen"), ("rules9_route_hi_wire_rj_japan", "Osaka")],
)
def test_a_place_named_only_by_an_undated_meeting_is_no_stop(name: str, city: str) -> None:
    draft = _parse(name)
    assert any(e["city"] == city and e["date"] is None for e in draft["engagements"])
    assert city not in {s["city"] for s in draft["stops"]}


def test_with_nothing_dated_the_places_named_are_still_the_stops() -> None:
    text = (
        "Chief Minister Bhajan Lal Sharma will visit Japan next month. He will meet JETRO in Tokyo. "
        "He will also meet Panasonic in Osaka."
    )
    draft = parse_article(text, published=dt.date(2026, 5, 1)).to_json()
    assert {s["city"] for s in draft["stops"]} == {"Tokyo", "Osaka"}


def test_distance() -> None:
    assert 40 < distance_km((34.6937, 135.5023), (35.0116, 135.7681)) < 46  # Osaka – Kyoto


@pytest.mark.parametrize(
    ("name", "city", "day"),
    [
        ("rules9_route_en_diary_ka_southafrica", "Cape Town", "2026-03-12"),
        ("rules9_route_hi_report_mh_switzerland", "Zurich", "2026-09-17"),
    ],
)
def test_the_way_back_the_same_day_to_where_the_delegation_stays_is_no_move(
    name: str, city: str, day: str
) -> None:
    draft = _parse(name)
    assert not any(e["title"] == f"Departure for {city}" for e in draft["engagements"])
    assert city in {s["city"] for s in draft["stops"]}
    assert any(w.startswith(f"back in {city} on ") for w in draft["warnings"])
    assert next(s for s in draft["stops"] if s["city"] == city)["from"] < day


@pytest.mark.parametrize(
    "text",
    ["returned to Cape Town the same evening", "शाम को ज्यूरिख लौट आए", "shaam ko Jakarta laut aaye"],
)
def test_words_of_the_way_back_the_same_day(text: str) -> None:
    assert BACK_THE_SAME_DAY.search(text)


def test_a_later_return_to_the_city_is_still_a_move() -> None:
    text = (
        "Chief Minister Bhajan Lal Sharma arrived in Tokyo on 12 November 2026. On 13 November he met "
        "JETRO in Tokyo. On 14 November he travelled to Osaka and met Panasonic there. He returned to "
        "Tokyo on 16 November and will fly home on 17 November."
    )
    draft = parse_article(text).to_json()
    assert [s["city"] for s in draft["stops"]] == ["Tokyo", "Osaka", "Tokyo"]
    assert any(
        e["title"] == "Departure for Tokyo" and e["date"] == "2026-11-16" for e in draft["engagements"]
    )


def test_a_city_written_by_hand_under_another_spelling_keeps_the_generated_coordinates() -> None:
    from planner.core.article.gazetteer import load

    gaz = load()
    for name in ("Zurich", "Ulaanbaatar"):
        city = gaz.city(name)
        assert city is not None and city.lat is not None and city.population > 100_000
    assert [m.entity.name for m in gaz.find("The delegation reached Ulan Bator on Sunday")] == ["Ulaanbaatar"]


@pytest.mark.parametrize(
    ("name", "title", "day", "stop"),
    [
        (
            "rules9_route_en_release_wb_qatar",
            "Arrival in Doha",
            "2026-11-08",
            ("Doha", "2026-11-08", "2026-11-10"),
        ),
        (
            "rules9_route_hi_wire_ka_kenya",
            "Arrival in Nairobi",
            "2026-11-16",
            ("Nairobi", "2026-11-16", "2026-11-18"),
        ),
        (
            "rules9_route_roman_vlog_pb_uk",
            "Arrival in London",
            "2026-06-14",
            ("London", "2026-06-14", "2026-06-16"),
        ),
    ],
)
def test_an_arrival_told_at_an_airport_is_in_the_city_it_serves(
    name: str, title: str, day: str, stop: tuple[str, str, str]
) -> None:
    draft = _parse(name)
    assert _titles(draft)[title][0] == day
    assert _stops(draft)[0] == stop
    assert not any("Airport" in (s["city"] or "") for s in draft["stops"])


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Arrival at Henri Coandă International Airport, Bucharest, by QR-219.", "Bucharest"),
        ("He landed at Hamad International Airport in Doha.", "Doha"),
        ("Toronto Pearson airport pe CM ka swagat", "Toronto"),
        ("मुख्यमंत्री टोक्यो के नरिता हवाई अड्डे पर पहुंचे", "Tokyo"),
        ("London ke Heathrow airport par swagat", "London"),
    ],
)
def test_the_city_an_airport_serves(text: str, city: str) -> None:
    from planner.core.article.gazetteer import load
    from planner.core.article.where import airports

    mentions = load().find(text, frozenset({"RO", "QA", "CA", "JP", "GB"}))  # the countries visited
    assert [m.entity.name for m in airports.served(text, mentions, 0, len(text))] == [city]


@pytest.mark.parametrize(
    "text",
    [
        "the traffic from the airport to Colombo was worse than Patna's",  # no welcome, no arrival
        "A meeting with Changi Airport Group in Singapore is also likely",
        "where the High Commissioner of India received him at the airport",
    ],
)
def test_an_airport_named_in_passing_is_no_arrival(text: str) -> None:
    from planner.core.article.where import airports

    assert not airports.WELCOME_AT.search(text)


def test_a_welcome_at_the_airport_in_a_sentence_telling_the_journey_adds_none() -> None:
    text = (
        "Chief Minister Bhupendra Patel arrived in Doha on 8 November 2026, where he was received at "
        "Hamad International Airport by the Ambassador. On 9 November he met Qatar Chamber."
    )
    titles = [e["title"] for e in parse_article(text).to_json()["engagements"]]
    assert titles.count("Arrival in Doha") == 1


@pytest.mark.parametrize(
    ("name", "last"),
    [
        ("rules9_route_en_report_mh_spain", ("Madrid", "2026-10-05", "2026-10-07")),
        ("rules9_route_hi_pressconf_bh_vietnam", ("Ho Chi Minh City", "2026-10-12", "2026-10-14")),
        ("rules9_route_en_report_od_korea", ("Busan", "2026-05-21", "2026-05-22")),
    ],
)
def test_the_last_stop_ends_on_the_day_of_leaving_for_home(name: str, last: tuple[str, str, str]) -> None:
    draft = _parse(name)
    assert _stops(draft)[-1] == last
    assert draft["stops"][-1]["to"] == _titles(draft)["Return to India"][0]


@pytest.mark.parametrize(
    ("name", "back"),
    [
        ("rules9_route_hi_pressconf_bh_vietnam", "2026-10-14"),
        ("rules9_route_en_report_od_korea", "2026-05-22"),
    ],
)
def test_what_is_dated_after_the_return_and_placed_nowhere_abroad_is_no_engagement(
    name: str, back: str
) -> None:
    draft = _parse(name)
    assert "Press conference" not in _titles(draft)
    assert all(e["date"] is None or e["date"] <= back for e in draft["engagements"])
    assert any("after the return home" in w for w in draft["warnings"])


def test_a_meeting_after_the_return_in_a_city_abroad_is_kept() -> None:
    """The text names where it is: not a home event; the date is the text's, whatever the return's."""
    text = (
        "Chief Minister Mohan Charan Majhi arrived in Seoul on 18 May 2026. On 19 May he met KOTRA in "
        "Seoul. He returns to India on 20 May. On 21 May he will meet POSCO in Seoul."
    )
    assert "Meeting with POSCO" in _titles(parse_article(text).to_json())


@pytest.mark.parametrize(
    ("name", "moves"),
    [
        (
            "rules9_route_en_feature_ap_italy",
            {"Florence": "2026-11-05", "Milan": "2026-11-06", "Turin": "2026-11-08"},
        ),
        ("rules9_route_hi_report_ts_saudiarabia", {"Jeddah": "2026-02-16", "Dammam": "2026-02-18"}),
    ],
)
def test_moves_told_with_a_direction_a_plain_move_or_a_participle(name: str, moves: dict[str, str]) -> None:
    draft = _parse(name)
    travel = [(e["city"], e["date"]) for e in draft["engagements"] if e["kind"] == "travel" and e["city"]]
    for city, day in moves.items():
        assert travel.count((city, day)) == 1  # one move, even when told twice ("… and reached")
        assert (city, day) in {(s["city"], s["from"]) for s in draft["stops"]}


@pytest.mark.parametrize(
    "text",
    [
        "the delegation moved to Rijeka",
        "On June 12 it was on to Split",
        "flew south to Arequipa",
        "drove down the coast to Dubrovnik",
        "We drove up to Kandy",
        "कोपर जाकर बंदरगाह देखा",
    ],
)
def test_words_of_a_move(text: str) -> None:
    from planner.core.article.where import moves

    assert moves.DEPART.search(text)


@pytest.mark.parametrize("text", ["Romania moves to summer time", "the talks moved to trade", "आगे जा कर"])
def test_other_moves_are_no_journey(text: str) -> None:
    from planner.core.article.where import moves

    assert not moves.DEPART.search(text)


@pytest.mark.parametrize(
    ("text", "region", "city"),
    [
        ("17 मई को वे अलेक्ज़ेंड्रिया गए", "US", "Alexandria"),
        ("शाम को अलेक्जेंड्रिया के लिए रवाना होंगे", "EG", "Alexandria"),
        ("वे अलेक्ज़ेंड्रूपोली पहुंचे", "GR", "Alexandroupoli"),
    ],
)
def test_a_latin_x_spelt_kz_in_hindi(text: str, region: str, city: str) -> None:
    from planner.core.article.gazetteer import load

    found = [m for m in load().find(text, frozenset({region})) if m.entity.kind == "city"]
    assert [(m.entity.name, m.entity.country, m.how) for m in found] == [(city, region, "transliteration")]


def test_the_day_trip_to_a_place_spelt_otherwise_keeps_its_city() -> None:
    draft = _parse("rules9_route_hi_report_mp_usa")
    assert _titles(draft)["Address to the Indian diaspora"] == (
        "2026-05-17",
        "Alexandria",
        "America/New_York",
    )
    assert [s["city"] for s in draft["stops"]] == ["Washington", "New York"]


@pytest.mark.parametrize(
    ("name", "city", "day"),
    [
        ("rules9_route_hi_wire_mh_philippines", "Cebu City", "2026-08-12"),
        ("rules9_route_hi_report_tn_korea", "Jeju City", "2026-09-26"),
        ("rules9_route_hi_report_ka_denmark", "Odense", "2026-06-08"),
    ],
)
def test_cities_spelt_otherwise_in_hindi_are_stops(name: str, city: str, day: str) -> None:
    draft = _parse(name)
    assert (city, day) in {(s["city"], s["from"]) for s in draft["stops"]}
    assert any(e["city"] == city and e["date"] == day and e["kind"] == "travel" for e in draft["engagements"])


@pytest.mark.parametrize(
    ("word", "iast_sound"),
    [("विलनियस", "vilnis"), ("हेलसिंकी", "helsinki"), ("पनामा", "panam"), ("चांगवोन", "Cangavon")],
)
def test_the_vowel_hindi_leaves_unsaid(word: str, iast_sound: str) -> None:
    """A short a between a vowel's consonant and another consonant and vowel is dropped; a long ā,
    or one after two consonants, is said."""
    from planner.core.article.reading.iast import iast
    from planner.core.article.where.spelling import _sounds

    assert _sounds(iast(word), iast=True) == iast_sound


def test_a_small_city_keeps_its_word_for_city() -> None:
    """ "मिशिगन" is the state, not Michigan City (31,000 people)."""
    from planner.core.article.gazetteer import load

    assert not [m for m in load().find("वे मिशिगन पहुंचे", frozenset({"US"})) if m.entity.kind == "city"]


@pytest.mark.parametrize(
    ("name", "city"),
    [("rules9_route_en_wire_hr_liechtenstein", "Vaduz"), ("rules9_route_hi_wire_ch_belize", "Belmopan")],
)
def test_a_small_capital_is_a_stop(name: str, city: str) -> None:
    draft = _parse(name)
    assert [s["city"] for s in draft["stops"]] == [city]
    assert f"Arrival in {city}" in _titles(draft)


def _move(title: str, day: str) -> Any:
    from planner.core.article.draft import DraftEngagement
    from planner.core.model import Kind, Status

    return DraftEngagement(
        title, Kind.TRAVEL, "", None, None, None, dt.date.fromisoformat(day), Status.CONFIRMED, ""
    )


@pytest.mark.parametrize(
    ("moves", "back", "leaving"),
    [
        # a return read on the day of the arrival, a move abroad after it: the later return
        (
            [
                ("Return to India", "2026-08-17"),
                ("Arrival in Dar es Salaam", "2026-08-17"),
                ("Departure for Zanzibar", "2026-08-19"),
                ("Return to India", "2026-08-21"),
            ],
            "2026-08-17",
            "2026-08-21",
        ),
        # the return after every move abroad stands
        (
            [
                ("Arrival in Seoul", "2026-05-18"),
                ("Departure for Busan", "2026-05-21"),
                ("Return to India", "2026-05-22"),
            ],
            "2026-05-22",
            "2026-05-22",
        ),
        # no return after the last move: none is trusted, nothing is left out for it
        (
            [("Return to India", "2026-03-01"), ("Arrival in Doha", "2026-03-02")],
            "2026-03-01",
            None,
        ),
    ],
)
def test_the_day_of_leaving_is_after_the_last_move_abroad(
    moves: list[tuple[str, str]], back: str, leaving: str | None
) -> None:
    from planner.core.article.draft import ArticleDraft
    from planner.core.article.where.itinerary import _leaving

    draft = ArticleDraft(title="", head="", language="en", text="")
    draft.engagements = [_move(t, d) for t, d in moves]
    got = _leaving(draft, dt.date.fromisoformat(back))
    assert got == (dt.date.fromisoformat(leaving) if leaving else None)


@pytest.mark.parametrize(
    ("name", "stops", "place"),
    [
        ("rules9_route_en_wire_mh_portugal", [("Lisbon", "2026-04-20", "2026-04-24")], "Amadora"),
        ("rules9_route_roman_vlog_pb_philippines", [("Manila", "2026-11-09", "2026-11-12")], "Quezon City"),
    ],
)
def test_a_place_of_the_same_town_on_the_last_day_is_no_stop(
    name: str, stops: list[tuple[str, str, str]], place: str
) -> None:
    draft = _parse(name)
    assert _stops(draft) == stops
    assert any(e["city"] == place for e in draft["engagements"])


@pytest.mark.parametrize(
    ("name", "city", "day"),
    [
        ("rules9_route_hi_highlights_up_japan", "Sapporo", "2027-01-15"),
        ("rules9_route_roman_vlog_hr_germany", "Munich", "2026-09-22"),
    ],
)
def test_a_flight_told_by_its_two_ends_is_the_move_to_the_second(name: str, city: str, day: str) -> None:
    draft = _parse(name)
    assert _titles(draft)[f"Departure for {city}"][0] == day
    assert not any(e["title"].startswith("Departure for") and e["city"] != city for e in draft["engagements"])


@pytest.mark.parametrize(
    "text",
    [
        "Chief Minister Eknath Shinde arrived in Sapporo on 10 May 2026. On 11 May he met the Hokkaido "
        "Government in Sapporo. On 12 May the delegation arrived in Rusutsu from Sapporo and toured the "
        "resort. He returns to India on 14 May.",
        "मुख्यमंत्री एकनाथ शिंदे 10 मई 2026 को ओसाका पहुंचे। 11 मई को उन्होंने ओसाका में पैनासोनिक से मुलाकात "
        "की। 12 मई को वे ओसाका से कोयासान पहुंचे। 14 मई को वे मुंबई लौटेंगे।",
    ],
)
def test_an_arrival_is_not_in_the_place_it_comes_from(text: str) -> None:
    """The place reached is one the gazetteer does not know: no arrival is made up in the other."""
    arrivals = [e for e in parse_article(text).to_json()["engagements"] if e["kind"] == "travel"]
    assert [e["date"] for e in arrivals if e["title"].startswith(("Arrival", "Departure"))] == ["2026-05-10"]


@pytest.mark.parametrize(
    ("text", "origins"),
    [
        ("arrived in Osaka from Tokyo", ["Tokyo"]),
        ("ताइपे से सिंचू पहुंचे", ["Taipei"]),
        ("Madrid se Barcelona pahunche", ["Madrid"]),
    ],
)
def test_the_place_an_arrival_comes_from(text: str, origins: list[str]) -> None:
    from planner.core.article.gazetteer import load
    from planner.core.article.where import moves

    found = [m for m in load().find(text, frozenset({"JP", "TW", "ES"})) if m.entity.kind == "city"]
    kept = {m.entity.name for m in moves.not_origins(text, found)}
    assert {m.entity.name for m in found} - kept == set(origins)


@pytest.mark.parametrize(
    ("name", "stops"),
    [
        (
            "rules9_route_en_preview_ap_vietnam_thailand",
            {"Hanoi": ("2026-10-05", "2026-10-07"), "Bangkok": ("2026-10-05", "2026-10-07")},
        ),
        (
            "rules9_route_hi_report_gj_uae_saudiarabia",
            {"Dubai": ("2026-03-03", "2026-03-05"), "Riyadh": ("2026-03-03", "2026-03-05")},
        ),
    ],
)
def test_two_teams_told_by_the_route_keep_their_own_stops(
    name: str, stops: dict[str, tuple[str, str]]
) -> None:
    got = _stops(_parse(name))
    assert len(got) == 4  # one stop per city: no city is cut into days by the other team's
    for city, (start, end) in stops.items():
        assert (city, start, end) in got


def test_one_delegation_through_two_countries_in_a_day_is_one_team() -> None:
    text = (
        "Chief Minister Revanth Reddy arrived in Singapore on 5 October 2026 and met EDB there. He left "
        "for Kuala Lumpur the same evening and arrived there on 5 October. On 6 October he met MIDA in "
        "Kuala Lumpur. He returns to India on 7 October."
    )
    assert _stops(parse_article(text).to_json()) == [
        ("Singapore", "2026-10-05", "2026-10-05"),
        ("Kuala Lumpur", "2026-10-05", "2026-10-07"),
    ]
