"""Round 12, people: a Hindi name ends before जैसे/समेत/आदि and forms of address (महोदय, मा.) name no
one; a family name with an elided particle (O'Sullivan, D'Souza) is a name's word; a conjunction
right after a title opens the next person; an honoured Devanagari name before the comma of its role
(``श्री X, प्रमुख सचिव``); a person in brackets after a body (``Meeting with X (Ms. Y, Deputy
General Director)``); the writer of an opinion piece is the head, from the note on the writer; a
word right after an honorific stays a name in Roman Hindi; Portuguese ``dos``/``das`` join a name; a
portfolio ends before a given name; a body found by its shape that holds a title's holder's name is
no body (see ``names``, ``relative``, ``people``, ``head``, ``roman``, ``text``, ``officials`` and
``swallowed``); a host who showed the writer round is one met (``merge``); a plant manager is a
body's role (``offices.json``); a long bracketed portfolio after a title is skipped."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.merge import _RECEIVES
from planner.core.article.reading.roman import to_devanagari
from planner.core.article.who.head import _writer
from planner.core.article.who.names import is_latin_name_token, names_after
from planner.core.article.who.officials import portfolio_end
from planner.core.article.who.orgs import with_unknown
from planner.core.article.who.relative import bracketed, titled_before
from planner.core.article.who.swallowed import swallowed
from tests.article_score import _pair, person_key
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.sentence_people import people


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


def _same(e: Any, p: dict[str, Any]) -> bool:
    return person_key(e[0]) == person_key(p["name"]) or bool(e[1] and e[1] == p["name_native"])


#: the training articles whose contacts the round's rules find in full, with none extra
_EXACT = [
    "rules12_people_en_release_ka_ireland",
    "rules12_people_mixed_itinerary_wb_poland",
    "rules12_people_roman_vlog_kl_oman",
    "rules12_people_roman_thread_ka_mozambique",
    "rules12_people_en_wire_goa_angola",
    "rules12_people_en_report_tg_croatia",
    "rules12_people_mixed_report_ap_morocco",
    "rules12_people_hi_oped_hr_argentina",
    "rules12_people_en_diary_pb_uruguay",
    "rules12_people_en_note_mp_tanzania",
    "rules12_people_mixed_news_gj_ghana",
    "rules12_people_mixed_blog_mh_vietnam",
    "rules12_people_mixed_report_gj_australia",
]


@pytest.mark.parametrize("name", _EXACT)
def test_the_training_articles_contacts_are_found_in_full(name: str) -> None:
    want, got = all_cases()[name]["contacts"], _parse(name)["contacts"]
    assert len(_pair(want, got, _same)) == len(want) == len(got), [c["name"] for c in got]


@pytest.mark.parametrize(
    ("name", "extra", "missed"),
    [
        # "उप महाप्रबंधक X जैसे अनुभवी अधिकारी … यात्रा पर नहीं जाएंगी": a name, but of one who stays
        ("rules12_people_hi_report_mp_peru", {"सीमा राठी"}, set()),
        ("rules12_people_mixed_news_up_chile", {"आलोक निगम"}, set()),
        # the head, his office after his name in the title line ("Thiru X, Minister for …"), is no head
        ("rules12_people_en_programme_tn_vietnam", {"S Meenakshisundaram"}, set()),
        # "Our Principal Secretary (Industries), X, took notes": "our" before a role is not yet read
        ("rules12_people_en_oped_kl_mexico", set(), {"anand kurian"}),
    ],
)
def test_the_other_training_articles_contacts(name: str, extra: set[str], missed: set[str]) -> None:
    want, got = all_cases()[name]["contacts"], _parse(name)["contacts"]
    pairs = _pair(want, got, _same)
    assert {person_key(e[0]) for e in want} - {person_key(e[0]) for e, _ in pairs} == missed
    assert {p["name_native"] or p["name"] for p in got if not any(p is q for _, q in pairs)} == extra


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # जैसे (such as) closes the name; महोदय and मा. (माननीय) are forms of address
        ("प्रतिनिधिमंडल में प्रबंध निदेशक कमल सिंह जैसे अफसर थे।", ["कमल सिंह"]),
        ("यात्रा को राज्यपाल महोदय मा. मंत्री के प्रस्ताव पर स्वीकृति मिली।", []),
        ("He was accompanied by Principal Secretary Anil D'Souza.", ["Anil D'Souza"]),
        ("The Chamber's chief executive, Aoife O’Sullivan, welcomed them.", ["Aoife O’Sullivan"]),
        # the conjunction after the first title's portfolio opens the second person, no portfolio word
        (
            "प्रतिनिधिमंडल में श्री विनय कुमार, प्रमुख सचिव (उद्योग) तथा श्रीमती आशा राव, निदेशक, उद्योग बंधु होंगे।",
            ["विनय कुमार", "आशा राव"],
        ),
        (
            "09:30 | Meeting with Lakeside Textile Holding (Ms. Maria Hoang, Deputy General Director)",
            ["Maria Hoang"],
        ),
    ],
)
def test_the_people_of_a_sentence(text: str, names: list[str]) -> None:
    assert [p.name_native or p.name for p in people(text)] == names


def test_the_roles_of_an_honoured_list_are_each_names() -> None:
    found = people("प्रतिनिधिमंडल में श्री विनय कुमार, प्रमुख सचिव (उद्योग) तथा श्रीमती आशा राव, निदेशक, उद्योग बंधु होंगे।")
    assert [(p.name_native, p.role) for p in found] == [
        ("विनय कुमार", "Principal Secretary"),
        ("आशा राव", "Director"),
    ]


@pytest.mark.parametrize(
    ("tok", "ok"),
    [("O'Sullivan", True), ("D’Souza", True), ("N'Diaye", True), ("O'", False), ("L'industrie", False)],
)
def test_an_elided_particle_opens_a_family_name(tok: str, ok: bool) -> None:
    assert is_latin_name_token(tok, set(), 0) is ok


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # dos and das join a Portuguese name; Sra. ends no sentence
        (
            "On May 2 they met Secretary of State Sra. Maria das Neves Cardoso in Luanda.",
            "Maria das Neves Cardoso",
        ),
        ("The agency's chairman, Mr. João dos Reis Bastos, received them.", "João dos Reis Bastos"),
    ],
)
def test_portuguese_particles_inside_a_name(text: str, name: str) -> None:
    assert [p.name for p in people(text)] == [name]


def test_a_name_stops_before_a_closing_word() -> None:
    assert names_after("निदेशक राम प्रसाद समेत अधिकारी", 6, []) == [("राम प्रसाद", 7, 17)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("श्री विनय कुमार, प्रमुख सचिव", "विनय कुमार"),
        ("डॉ. आशा राव, निदेशक", "आशा राव"),
        # no honorific: the words may end a body's name
        ("उद्योग बंधु, निदेशक", None),
    ],
)
def test_an_honoured_devanagari_name_before_its_role(text: str, found: str | None) -> None:
    got = titled_before(text, text.rindex(",") + 2, set(), [])
    assert (got[0] if got else None) == found


def test_a_person_in_brackets_after_a_body() -> None:
    text = "Visit to Hanoi University of Industry (Dr. Tran Van Minh, Vice-Rector)"
    ((name, role, body),) = bracketed(text, [], [])
    assert (name[0], role, body) == ("Tran Van Minh", "Vice-Rector", None)
    assert bracketed("Meeting with the Chamber (CEO, Finance)", [], []) == []


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("rules12_people_hi_oped_hr_argentina", "Minister Surendra Malik"),
        ("rules12_people_en_oped_kl_mexico", "Industries Minister Thomas Varghese"),
    ],
)
def test_the_writer_of_an_opinion_piece_is_the_head(name: str, head: str) -> None:
    assert _parse(name)["visit"]["head"] == head


def test_the_officer_named_with_an_office_in_an_opinion_piece_is_a_member() -> None:
    contacts = _parse("rules12_people_hi_oped_hr_argentina")["contacts"]
    assert ("विनीता कौशिक", "delegation") in [(c["name_native"], c["side"]) for c in contacts]


@pytest.mark.parametrize(
    ("text", "start", "byline", "found"),
    [
        ("(लेखक हरियाणा सरकार में उद्योग मंत्री हैं)", 24, "सुरेंद्र मलिक", "सुरेंद्र मलिक"),
        ("(The writer is Industries Minister of Kerala)", 15, "Thomas Varghese", "Thomas Varghese"),
        # the byline must be a name and nothing else
        ("(लेखक हरियाणा सरकार में उद्योग मंत्री हैं)", 24, "विचार | खेती की बात", None),
        ("Thomas Varghese is Kerala's Minister for Industries.", 28, "", "Thomas Varghese"),
        ("R. Elangovan is Tamil Nadu's Minister for Handlooms.", 29, "", "R. Elangovan"),
        # the office must follow "is" at once: not "is meeting the Minister"
        ("Thomas Varghese is meeting the Minister for Industries.", 31, "", None),
    ],
)
def test_the_writer_named_by_the_note(text: str, start: int, byline: str, found: str | None) -> None:
    got = _writer(text, start, [], byline)
    assert (got[0][0] if got else None) == found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Wahan Under Secretary Dr. Khalid bin Saif Al Rawahi ne export ke baare mein bataya.", "Khalid"),
        ("Port ke CEO Mr. Samir bin Nasser ne cold storage dikhaya.", "Samir"),
        ("Agency ki President Ms. Joana da Costa ne sabko bulaya.", "Joana"),
    ],
)
def test_a_word_after_an_honorific_stays_a_name_in_roman_hindi(text: str, kept: str) -> None:
    out = to_devanagari(text, list(range(len(text))), list(range(1, len(text) + 1)), [])[0]
    assert kept in out.split()
    assert "ने" in out.split()  # the Hindi words around it are still read as Hindi


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He met the Commissioner of Industries Arvind Menon.", "Arvind Menon"),
        ("He met the State Minister for Tourism Mohamed Ashraf on Monday.", "Mohamed Ashraf"),
        # a portfolio word the data does not know, then a known one: the portfolio goes on
        ("He met the Minister of Food and Civil Supplies Ramesh Gowda.", "Ramesh Gowda"),
    ],
)
def test_a_portfolio_ends_before_a_given_name(text: str, name: str) -> None:
    gaz = load()
    title_end = text.index(" of ") if " of " in text else text.index(" for ")
    end = portfolio_end(text, title_end, set(), gaz.portfolio)
    assert end is not None
    assert names_after(text, end, [])[0][0] == name


@pytest.mark.parametrize(
    ("text", "gone", "names"),
    [
        (
            "The team had Principal Secretary (Industries) K. Ramya and TSIIC Managing Director Ajay Rao.",
            ["K. Ramya and TSIIC"],
            ["K. Ramya", "Ajay Rao"],
        ),
        (
            "Director of Factories Meera Pillai travelled with him.",
            ["Factories Meera Pillai"],
            ["Meera Pillai"],
        ),
        # a body whose last word is a common word stays a body
        ("They met the President of Rockhill Battery Systems on Monday.", [], []),
    ],
)
def test_a_body_made_of_a_titles_holder_is_none(text: str, gone: list[str], names: list[str]) -> None:
    gaz = load()
    mentions = with_unknown(text, gaz.find(text, None), gaz, text)
    assert [m.text for m in swallowed(text, mentions)] == gone
    assert [p.name for p in people(text)] == names


@pytest.mark.parametrize(
    ("text", "met"),
    [
        ("Its plant manager, Martín Sosa, showed us the milking parlours.", True),
        ("Quality head Valeria Cabrera walked our team through its export testing.", True),
        ("Pampa Tractores के कारखाने में उसके अध्यक्ष मार्कोस पेरेयरा ने हमें पूरा कारखाना दिखाया।", True),
        ("जहां plant manager Nguyen Van Hung ने shelling और grading की machines दिखाईं।", True),
        ("उन्होंने कहा कि कंपनी ने बिहार में इकाई लगाने में रुचि दिखाई।", False),
        # said, not shown: no sign the writer met them
        ("The company's chief executive Ana Ruiz said exports would double.", False),
    ],
)
def test_a_host_who_showed_the_writer_round(text: str, met: bool) -> None:
    assert (_RECEIVES.search(text) is not None) is met


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Its plant manager, Martín Sosa, showed us the parlours.", "Martín Sosa"),
        ("Plant Manager Luis Ortega of Rockford Foods spoke.", "Luis Ortega"),
    ],
)
def test_a_plant_manager_is_a_bodys_role(text: str, name: str) -> None:
    assert [(p.name, p.role) for p in people(text)] == [(name, "Plant Manager")]


def test_a_long_bracketed_portfolio_before_the_name() -> None:
    text = "Secretary (Farmer Welfare, Agriculture Development and Food Processing) Rajesh Verma."
    assert names_after(text, text.index(" ("), [])[0][0] == "Rajesh Verma"
