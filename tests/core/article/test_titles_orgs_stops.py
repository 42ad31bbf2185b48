"""Kinds of writing of the fifth round (issue 8, rules5): an address to a community told from a
meeting with it, long and foreign names of bodies and their acronyms, possessives, moves inside a
country and halts that are no stop, bodies met with no verb of meeting."""

from __future__ import annotations

import pytest

from planner.core.article import parse_article


def _parse(text: str) -> tuple[dict[str, tuple[str | None, str | None]], list[tuple[str | None, str, str]]]:
    draft = parse_article(text)
    titles = {e.title: (str(e.day) if e.day else None, e.city) for e in draft.engagements}
    stops = [(s.city, str(s.arrive), str(s.depart)) for s in draft.stops]
    return titles, stops


LEAD = "Chief Minister Pinarayi Vijayan will arrive in Dubai on October 4, 2026. "


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("On October 5 he will address Malayali expatriates at a reception.", "Address to"),
        ("On October 5 he will attend a gathering of the Indian community.", "Address to"),
        ("On October 5 he will meet members of the Indian community.", "Meeting with"),
        ("On October 5 he will interact with NRIs from Kerala at an event.", "Meeting with"),
        (
            "On October 5 he will meet DP World, and later attend a reception of the Indian diaspora.",
            "Address to",
        ),
    ],
)
def test_the_verb_and_noun_of_its_clause_make_an_address_or_a_meeting(sentence: str, title: str) -> None:
    titles, _ = _parse(LEAD + sentence)
    assert f"{title} the Indian diaspora" in titles
    assert titles[f"{title} the Indian diaspora"] == ("2026-10-05", "Dubai")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("5 अक्टूबर को वे प्रवासी भारतीयों के सम्मेलन में शामिल होंगे।", "Address to"),
        ("5 अक्टूबर को वे प्रवासी भारतीयों से मिलेंगे।", "Meeting with"),
    ],
)
def test_in_hindi_too(sentence: str, title: str) -> None:
    titles, _ = _parse(f"मुख्यमंत्री पिनराई विजयन 4 अक्टूबर 2026 को दुबई पहुंचेंगे। {sentence}")
    assert f"{title} the Indian diaspora" in titles


def test_a_name_in_another_language_and_its_acronym_alone_are_one_body() -> None:
    titles, _ = _parse(
        "Chief Minister Mamata Banerjee will reach Madrid on May 3, 2026. On May 4 she will hold talks "
        "with the Cámara de Comercio y Industria de Madrid (CCIM). On May 5 MoUs will be signed with "
        "CCIM and Iberdrola."
    )
    body = "Cámara de Comercio y Industria de Madrid (CCIM)"
    assert titles[f"Meeting with {body}"] == ("2026-05-04", "Madrid")
    assert titles[f"MoU signing with {body}"] == ("2026-05-05", "Madrid")
    assert "MoU signing with CCIM" not in titles


def test_two_linking_words_and_a_person_before_them() -> None:
    titles, _ = _parse(
        "Chief Minister Mamata Banerjee will reach Berlin on May 3, 2026. On May 4 she will meet "
        "Anna Weber of the Association of the German Machine Tool Industry (VDW)."
    )
    assert "Meeting with Association of the German Machine Tool Industry (VDW)" in titles


@pytest.mark.parametrize(
    ("sentence", "titles_wanted"),
    [
        ("On May 4 he will visit Novonesis' enzyme plant.", {"Visit to Novonesis"}),
        (
            "On May 4 he will visit Carlsberg's brewery and Lego's campus.",
            {"Visit to Carlsberg", "Visit to Lego"},
        ),
        (
            "On May 4 he will meet Denmark's Rambøll and then visit Danfoss's plant.",
            {"Meeting with Rambøll", "Visit to Danfoss"},
        ),
    ],
)
def test_a_possessive_names_the_owner_or_the_body_owned(sentence: str, titles_wanted: set[str]) -> None:
    titles, _ = _parse(f"Chief Minister Mohan Majhi will arrive in Copenhagen on May 3, 2026. {sentence}")
    assert titles_wanted <= set(titles)


@pytest.mark.parametrize(
    "move",
    [
        "On May 5 he will travel to Aarhus by train.",
        "On May 5 he will leave for Aarhus.",
        "On May 5 he will take the train to Aarhus.",
    ],
)
def test_a_move_inside_the_country_makes_a_stop_from_that_day(move: str) -> None:
    _, stops = _parse(
        f"Chief Minister Mohan Majhi will arrive in Copenhagen on May 3, 2026. {move} "
        "He will fly back to Bhubaneswar on May 7."
    )
    assert stops == [("Copenhagen", "2026-05-03", "2026-05-05"), ("Aarhus", "2026-05-05", "2026-05-07")]


@pytest.mark.parametrize(
    "halt",
    [
        "after a three-hour halt in Doha",
        "via Doha",
        "after a stopover in Doha",
        "after a transit halt at Doha",
    ],
)
def test_a_halt_on_the_way_is_no_stop(halt: str) -> None:
    titles, stops = _parse(f"Chief Minister Mohan Majhi will reach Copenhagen on May 3, 2026 {halt}.")
    assert [s[0] for s in stops] == ["Copenhagen"]
    assert not [t for t in titles if "Doha" in t]


def test_a_halt_in_hindi_and_a_two_word_city_spelt_otherwise() -> None:
    titles, stops = _parse(
        "मुख्यमंत्री 3 मई 2026 को दोहा में दो घंटे के ठहराव के बाद बैंकॉक पहुंचेंगे। "
        "5 मई को मुख्यमंत्री चियांग माई के लिए रवाना होंगे।"
    )
    assert titles["Departure for Chiang Mai"] == ("2026-05-05", "Chiang Mai")
    assert [s[0] for s in stops] == ["Bangkok", "Chiang Mai"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On May 4 there will be a session with Netafim.",
        "On May 4 he will hold talks with Netafim.",
        "4 मई को Netafim के साथ बैठक होगी।",
    ],
)
def test_a_body_met_with_no_verb_of_meeting(sentence: str) -> None:
    titles, _ = _parse(f"Chief Minister Bhajanlal Sharma will arrive in Tel Aviv on May 3, 2026. {sentence}")
    assert titles["Meeting with Netafim"] == ("2026-05-04", "Tel Aviv")


def test_bodies_listed_in_one_sentence_each_get_their_engagement() -> None:
    titles, _ = _parse(
        "Chief Minister Bhajanlal Sharma will arrive in Tel Aviv on May 3, 2026. On May 4 talks are "
        "planned with the Israel Export Institute and Elbit Systems, and MoUs will be signed with the "
        "Israel Innovation Authority (IIA) and Mekorot."
    )
    assert {
        "Meeting with Israel Export Institute",
        "Meeting with Elbit Systems",
        "MoU signing with Israel Innovation Authority (IIA)",
        "MoU signing with Mekorot",
    } <= set(titles)


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "she will hold talks with the Chambre de commerce et d'industrie de Marseille",
            "Chambre de commerce et d'industrie de Marseille",
        ),
        (
            "she will meet the Confédération des petites et moyennes entreprises (CPME)",
            "Confédération des petites et moyennes entreprises (CPME)",
        ),
        ("she will meet the Verband der Chemischen Industrie", "Verband der Chemischen Industrie"),
    ],
)
def test_a_name_in_sentence_case_or_in_german_is_one_body(sentence: str, body: str) -> None:
    titles, _ = _parse(
        f"Chief Minister Mamata Banerjee will reach Paris on May 3, 2026. On May 4 {sentence}."
    )
    assert titles[f"Meeting with {body}"] == ("2026-05-04", "Paris")


def test_the_owner_of_a_place_visited_is_the_body() -> None:
    titles, _ = _parse(
        "Chief Minister Mamata Banerjee will reach Paris on May 3, 2026. "
        "On May 4 she will visit Saint-Gobain Glass's research campus."
    )
    assert titles["Visit to Saint-Gobain Glass"] == ("2026-05-04", "Paris")


def test_a_devanagari_name_with_a_latin_acronym_and_a_body_whose_people_are_met() -> None:
    titles, _ = _parse(
        "मुख्यमंत्री 4 जून 2026 को तेल अवीव पहुंचेंगे। 5 जून को वे इज़राइल इनोवेशन अथॉरिटी (IIA) के साथ "
        "बैठक करेंगे। 6 जून को IIA के अधिकारियों के साथ भोज के बाद Elbit Systems के संयंत्र का दौरा होगा।"
    )
    # round 10: the Hindi words spell the Latin acronym, so the body is met under its English name
    assert titles["Meeting with Israel Innovation Authority (IIA)"] == ("2026-06-05", "Tel Aviv")
    assert titles["Visit to Elbit Systems"] == ("2026-06-06", "Tel Aviv")
    assert not any(t.startswith("Visit to I") for t in titles)
