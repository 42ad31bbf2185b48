"""Round 9, people: counterparts named by their role where the body is told elsewhere (``its
chairman, X``, ``Chief executive X said`` after the sentence that tells the meeting), before a
relative clause (``X, who heads it``, ``श्री X, जो Y के निदेशक हैं``), after Devanagari professor
titles, a town's name as a given name, and a name closed before ``उपस्थित रहे``."""

from __future__ import annotations

import pytest

from planner.core.article import parse_article
from planner.core.article.reading.text import sentences
from planner.core.article.who.orgs import with_unknown
from tests.core.article.sentence_people import gazetteer, people


def contacts(text: str) -> dict[str, tuple[str, str, str]]:
    return {c.name: (c.role, c.org, c.side) for c in parse_article(text).contacts}


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        (
            "He met the Philippine Economic Zone Authority (PEZA); its director general, Teresita Aquino,"
            " offered a single window.",
            "Teresita Aquino",
            "Philippine Economic Zone Authority (PEZA)",
        ),
        (
            "He visited the Port of Copenhagen, where the port's chief executive, Søren Holm, showed him"
            " the terminals.",
            "Søren Holm",
            "Port of Copenhagen",
        ),
        (
            "An MoU was signed with the Technical University of Denmark; the rector, Anders Lykke, signed"
            " for the university.",
            "Anders Lykke",
            "Technical University of Denmark",
        ),
        (
            "In the afternoon the Minister and the rector of Kaunas University of Technology, Prof. Jonas"
            " Valiulis, witnessed the signing.",
            "Jonas Valiulis",
            "Kaunas University of Technology",
        ),
    ],
)
def test_a_determined_role_names_the_person_after_its_comma(text: str, name: str, org: str) -> None:
    found = people(text)
    assert [(p.name, p.org, p.side) for p in found] == [(name, org, "host")]


@pytest.mark.parametrize(
    "text",
    [
        # no determiner before the role: a list of titles, not an apposition
        "He met the Chairman, Managing Director and staff of the port.",
        # the word after the comma is no name
        "He met the Port of Copenhagen; its chief executive, who was travelling, sent a deputy.",
    ],
)
def test_no_name_after_the_comma_gives_no_one(text: str) -> None:
    assert people(text) == []


_NEXT_SENTENCE = """Karnataka minister in Manila

MANILA, 19 February 2026 (PTI) – Karnataka Industries Minister M.B. Patil arrived in Manila on \
Monday, 16 February, on a three-day visit to the Philippines.

On Tuesday, 17 February, he held talks with Aboitiz Power. Its chief executive Luis Reyes said the \
company was studying a solar venture in Karnataka.

On Wednesday, 18 February, he addressed the Indian community. Later, Manila's Mayor Maria Cruz \
spoke about grid reform.

He returned to India on 19 February.
"""


def test_a_role_with_no_body_is_the_person_of_the_engagement_just_before() -> None:
    found = contacts(_NEXT_SENTENCE)
    assert found["Luis Reyes"] == ("CEO", "Aboitiz Power", "host")
    # a public office (a mayor, a minister) is no body's person: not given to the engagement before
    assert "Maria Cruz" not in found


def test_an_engagement_two_paragraphs_back_is_not_the_roles() -> None:
    text = _NEXT_SENTENCE.replace(
        "Its chief executive Luis Reyes said",
        "The agency's work was praised.\n\nChief executive Luis Reyes said",
    )
    assert "Luis Reyes" not in contacts(text)


@pytest.mark.parametrize(
    ("text", "name", "role", "org"),
    [
        (
            "Linda Berg, who heads Business Sweden, welcomed the delegation.",
            "Linda Berg",
            "Head",
            "Business Sweden",
        ),
        ("Kadri Tamm, who heads it, promised a team by December.", "Kadri Tamm", "Head", ""),
        (
            "Jane Roe, who is the chief executive of Siemens, met the minister.",
            "Jane Roe",
            "CEO",
            "Siemens",
        ),
        (
            "बैठक में श्री मार्कस लिंड, जो बिज़नेस स्वीडन के निदेशक हैं, ने निवेश के अवसर बताए।",
            "Markas Lind",
            "Director",
            "Business Sweden",
        ),
    ],
)
def test_a_relative_clause_tells_the_role_of_the_name_before(
    text: str, name: str, role: str, org: str
) -> None:
    found = people(text)
    assert [(p.name, p.role, p.org) for p in found] == [(name, role, org)]


def test_a_relative_clause_about_no_role_names_no_one() -> None:
    assert people("Linda Berg, who studied in Pune, welcomed the delegation.") == []


@pytest.mark.parametrize(
    ("text", "native"),
    [
        ("विश्वविद्यालय की ओर से कुलपति प्रो. सोमचाई रत्तनाकुल ने हस्ताक्षर किए।", "सोमचाई रत्तनाकुल"),
        ("विश्वविद्यालय की ओर से कुलपति प्रोफेसर स्टीफन किबेट ने हस्ताक्षर किए।", "स्टीफन किबेट"),
    ],
)
def test_devanagari_professor_is_a_title_not_a_name(text: str, native: str) -> None:
    assert len(sentences(text)) == 1  # "प्रो." ends no sentence
    assert [p.name_native for p in people(text)] == [native]


@pytest.mark.parametrize(
    ("text", "native"),
    [
        ("कंपनी की ओर से CEO श्री रिकार्डो मोरेस उपस्थित रहे।", "रिकार्डो मोरेस"),
        ("चैंबर की ओर से महासचिव श्री अहमद अल-कुवारी उपस्थित रहे।", "अहमद अल-कुवारी"),
        ("बैठक में निदेशक श्री राव नरबीर सिंह शामिल हुए।", "राव नरबीर सिंह"),
    ],
)
def test_the_word_said_of_a_person_before_rahe_is_no_part_of_the_name(text: str, native: str) -> None:
    assert [p.name_native for p in people(text)] == [native]


def test_prabandh_sanchalak_is_a_managing_director_of_the_delegation() -> None:
    text = "प्रतिनिधिमंडल में सीएसआईडीसी के प्रबंध संचालक श्री प्रभात मलिक भी शामिल रहे।"
    assert [(p.name_native, p.role, p.side) for p in people(text)] == [
        ("प्रभात मलिक", "Managing Director", "delegation")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On 24 June he met TechUK; its chief executive Preston Ward said firms would come.", "Preston Ward"),
        ("He met Aboitiz Power in Manila. Its chief executive Ramon Villanueva spoke.", "Ramon Villanueva"),
    ],
)
def test_a_towns_name_after_a_title_is_a_given_name(text: str, name: str) -> None:
    assert name in [p.name for p in people(text)]


def test_a_town_after_a_title_and_before_no_name_stays_a_place() -> None:
    assert people("The chief executive Preston office opened on Monday.") == []


@pytest.mark.parametrize(
    ("text", "native", "role"),
    [
        ("वे चैंबर ऑफ माइनर्स की मुख्य कार्यकारी क्लेयर डॉसन से मिलेंगे।", "क्लेयर डॉसन", "CEO"),
        ("काउंसिल की मुख्य कार्यकारी शिवॉन ओ'नील बैठक में शामिल हुईं।", "शिवॉन ओ'नील", "CEO"),
        ("एजेंसी की मुख्य कार्यकारी क्लाउडिया डी'एंजेलो ने प्रस्ताव रखा।", "क्लाउडिया डी'एंजेलो", "CEO"),
    ],
)
def test_mukhya_karyakari_and_a_devanagari_apostrophe(text: str, native: str, role: str) -> None:
    assert [(p.name_native, p.role) for p in people(text)] == [(native, role)]


@pytest.mark.parametrize(
    "text",
    [
        "काउंसिल की मुख्य कार्यकारी शिवॉन ओ'नील और उसके सदस्य उद्योगों के प्रतिनिधि बैठक में शामिल हुए।",
        "कंपनी के अध्यक्ष लुका टोनीनी और उनकी टीम ने नई तकनीकों की जानकारी दी।",
    ],
)
def test_a_possessive_pronoun_after_and_is_no_name(text: str) -> None:
    assert len(people(text)) == 1


def test_members_of_the_delegation_in_a_caption_are_of_the_delegation() -> None:
    text = "चित्र 4: प्रतिनिधिमंडल के सदस्य - सीएसआईडीसी के प्रबंध संचालक श्री विश्वेश कुमार।"
    assert [(p.name_native, p.side) for p in people(text)] == [("विश्वेश कुमार", "delegation")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("On Tuesday the minister met the Invest Bulgaria team in Sofia.", "Invest Bulgaria"),
        ("On 10 February he had a long meeting with Invest Cyprus in Limassol.", "Invest Cyprus"),
    ],
)
def test_invest_and_a_place_is_a_body(text: str, body: str) -> None:
    gaz = gazetteer()
    found = with_unknown(text, gaz.find(text), gaz, text)
    assert body in [m.entity.name for m in found if m.entity.kind == "org"]


_TOLD_AGAIN = """मुख्यमंत्री माझी की ब्रिटेन यात्रा

भुवनेश्वर, 8 सितंबर 2026। मुख्यमंत्री मोहन चरण माझी 4 सितंबर को लंदन पहुंचे।

5 सितंबर को लंदन में यूके-इंडिया बिज़नेस काउंसिल के साथ बैठक हुई। काउंसिल की मुख्य कार्यकारी शिवॉन \
ओ'नील भी बैठक में शामिल हुईं।

मुख्यमंत्री 7 सितंबर को भुवनेश्वर लौटे।
"""


def test_a_meeting_titled_by_a_bodys_person_is_the_bodys_meeting_told_again() -> None:
    draft = parse_article(_TOLD_AGAIN)
    meetings = [e.title for e in draft.engagements if e.title.startswith("Meeting")]
    assert meetings == ["Meeting with UK India Business Council"]
    assert [(c.name_native, c.org) for c in draft.contacts] == [("शिवॉन ओ'नील", "UK India Business Council")]


def test_a_meeting_with_a_public_office_holder_stays_its_own() -> None:
    text = _TOLD_AGAIN.replace(
        "काउंसिल की मुख्य कार्यकारी शिवॉन ओ'नील भी बैठक में शामिल हुईं", "लंदन के मेयर सादिक खान से भी बैठक हुई"
    )
    meetings = [e.title for e in parse_article(text).engagements if e.title.startswith("Meeting")]
    assert len(meetings) == 2


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        (
            "On Tuesday he met Mme Sophie Laurent of Business France at its Paris office.",
            "Sophie Laurent",
            "Business France",
        ),
        (
            "On 9 June the Minister met Sr. Javier Ortega of ICEX at the agency's headquarters.",
            "Javier Ortega",
            "ICEX",
        ),
        ("He met Ms Ingrid Larsen of Equinor in Oslo.", "Ingrid Larsen", "Equinor"),
    ],
)
def test_one_titled_person_of_a_body_after_met(text: str, name: str, org: str) -> None:
    assert [(p.name, p.org, p.side) for p in people(text)] == [(name, org, "host")]


@pytest.mark.parametrize(
    "text",
    [
        # no title: a body of two words, not a person ("Tata Sons of Mumbai")
        "He met Tata Sons of Mumbai on Tuesday.",
        # a title but one word only: no full name
        "He met Mr Larsen of Equinor in Oslo.",
    ],
)
def test_no_titled_full_name_after_met_gives_no_one(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Herr Stefan Vogel, president of the chamber, hosted a lunch.", "Stefan Vogel"),
        ("Mme Claire Dubois, director of Business France, welcomed the minister.", "Claire Dubois"),
        ("Khun Somchai Wongsa, chairman of the Thai Chamber of Commerce, spoke.", "Somchai Wongsa"),
    ],
)
def test_foreign_honorifics_are_no_part_of_the_name(text: str, name: str) -> None:
    assert [p.name for p in people(text)] == [name]


def test_a_verb_between_a_title_and_an_honorific_ends_the_title() -> None:
    # "Minister met Sr. X": X is not the minister (the words before an honorific qualify a title only
    # when they are a portfolio: "Principal Secretary Industries Shri X")
    found = people("On 9 June the Minister met Sr. Javier Ortega of ICEX.")
    assert [(p.name, p.role) for p in found] == [("Javier Ortega", "")]
    found = people("Principal Secretary Industries Shri Sanjay Shukla accompanied him.")
    assert [(p.name, p.role) for p in found] == [("Sanjay Shukla", "Principal Secretary")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("कंपनी के Management Board member Petra Golob ने निवेश में रुचि दिखाई।", ""),
        ("He visited Station F, where Bpifrance's Management Board member Julien Moreau spoke.", "Bpifrance"),
    ],
)
def test_a_board_member_is_a_role(text: str, org: str) -> None:
    assert [(p.role, p.org) for p in people(text)] == [("Board Member", org)]


_ANOTHER_BODY = """Kerala minister in Valencia

Thiruvananthapuram, 12 June 2026: Industries Minister P. Rajeeve reached Madrid on 8 June on a visit \
to Spain.

On 10 June the Minister visited the Port of Valencia, where Iberdrola's Board member Marta Gil \
presented a green hydrogen project.

He returned to India on 12 June.
"""


def test_a_bodys_person_met_at_another_bodys_engagement_is_a_contact() -> None:
    assert "Marta Gil" in contacts(_ANOTHER_BODY)


def test_a_bodys_person_in_a_sentence_of_no_engagement_is_not() -> None:
    text = _ANOTHER_BODY.replace(
        "where Iberdrola's Board member Marta Gil",
        "a port Iberdrola powers. Iberdrola's Board member Marta Gil later",
    )
    assert "Marta Gil" not in contacts(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He met Nguyen Thi Thu Ha, Vice Chairwoman of the Ho Chi Minh City People's Committee.",
            "Nguyen Thi Thu Ha",
            "Vice President",
        ),
        ("Kim Ji-won, executive vice-president of Hyundai Motor, attended.", "Kim Ji-won", "Vice President"),
        (
            "She met Sofía Hernández, Mexico's undersecretary for foreign trade.",
            "Sofía Hernández",
            "Undersecretary",
        ),
        ("कंपनी की Chairwoman María Torres ने घोषणा की।", "María Torres", "Chairman"),
    ],
)
def test_womens_titles_and_titles_of_two_words(text: str, name: str, role: str) -> None:
    assert [(p.name, p.role) for p in people(text)] == [(name, role)]


def test_an_owners_possessive_in_a_list_of_names_opens_the_next_name() -> None:
    text = "He was accompanied by GIDC managing director Rahul Gupta and Invest Gujarat's Keyur Shah."
    assert [p.name for p in people(text)] == ["Rahul Gupta", "Keyur Shah"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Also on the delegation are Industries Commissioner Deepak Singh and Invest Punjab CEO Amit"
            " Dhaka.",
            ["Deepak Singh", "Amit Dhaka"],
        ),
        (
            "The delegation comprises Principal Secretary Alok Kumar and Udyog Bandhu CEO Pratham Singh.",
            ["Alok Kumar", "Pratham Singh"],
        ),
    ],
)
def test_a_bodys_name_before_a_title_in_a_list_is_no_person(text: str, names: list[str]) -> None:
    found = people(text)
    assert [p.name for p in found] == names
    assert {p.side for p in found} == {"delegation"}


@pytest.mark.parametrize(
    ("text", "delegation"),
    [
        ("CM के साथ उद्योग मंत्री Uday Samant और MIDC के CEO P. Velrasu भी हैं।", True),
        # the head's office met, not travelled with: no list of the delegation
        ("Hyundai के CEO Jaehoon Chang ने मुख्यमंत्री के साथ बैठक की।", False),
    ],
)
def test_cm_ke_saath_bhi_hain_lists_the_delegation(text: str, delegation: bool) -> None:
    sides = {p.side for p in people(text) if p.role == "CEO"}
    assert sides == {"delegation" if delegation else "host"}


def test_shamil_after_a_name_is_no_part_of_it() -> None:
    text = "प्रतिनिधिमंडल में एमपीआईडीसी के प्रबंध संचालक चंद्रमौलि शुक्ला शामिल हैं।"
    assert [p.name_native for p in people(text)] == ["चंद्रमौलि शुक्ला"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("He called on the Mayor of Rotterdam, Pieter van Dam, at the city hall.", "Pieter van Dam", "Mayor"),
        (
            "He called on the Governor of Victoria, Margaret Gardner, at Government House.",
            "Margaret Gardner",
            "Governor",
        ),
        (
            "The Chief Minister met Osaka's Governor, Kenji Morita, at the prefectural office.",
            "Kenji Morita",
            "Governor",
        ),
        (
            "He visited the port with the Dutch Minister of Infrastructure, Sanne de Groot, on Thursday.",
            "Sanne de Groot",
            "Minister for Infrastructure",
        ),
    ],
)
def test_a_foreign_places_title_then_a_comma_names_a_host(text: str, name: str, role: str) -> None:
    assert [(p.name, p.role, p.side) for p in people(text)] == [(name, role, "host")]


def test_a_home_title_of_the_state_stays_the_delegations() -> None:
    # no foreign place after "of": the state's own secretary
    found = people("He was accompanied by the Secretary of Industries, Ravi Kumar, on the visit.")
    assert [(p.name, p.side) for p in found] == [("Ravi Kumar", "delegation")]


@pytest.mark.parametrize(
    ("text", "native", "regions"),
    [
        (
            "उन्होंने यूके टी एसोसिएशन के निदेशक मार्क प्रेस्टन और ब्रिटिश चैंबर ऑफ कॉमर्स की अध्यक्ष हेलेन वार्ड से मुलाकात की।",
            "मार्क प्रेस्टन",
            frozenset({"GB"}),
        ),
        ("विश्वविद्यालय की उपकुलपति सारा ब्रिस्टल ने हस्ताक्षर किए।", "सारा ब्रिस्टल", frozenset({"GB"})),
        (
            "7 सितंबर को स्पिरिट स्लोवेनिया के निदेशक तोमाज क्रांज और उनकी टीम से बैठक होनी थी।",
            "तोमाज क्रांज",
            frozenset({"SI"}),
        ),
    ],
)
def test_a_towns_name_as_a_devanagari_surname(text: str, native: str, regions: frozenset[str]) -> None:
    assert native in [p.name_native for p in people(text, regions=regions)]


def test_a_town_after_a_name_and_before_a_postposition_of_place_stays_a_place() -> None:
    # "… ब्रिस्टल में": the town where the person is, not a word of the name
    found = people("विश्वविद्यालय की उपकुलपति सारा ब्रिस्टल में थीं।", regions=frozenset({"GB"}))
    assert "सारा ब्रिस्टल" not in [p.name_native for p in found]


_TOWN_IN_NAME = """असम के मुख्यमंत्री लंदन में

लंदन, 15 जून 2026 (भाषा)। असम के मुख्यमंत्री हिमंत बिस्व सरमा 14 जून को लंदन पहुंचे। 15 जून को उन्होंने \
यूके टी एसोसिएशन के निदेशक मार्क प्रेस्टन और ब्रिटिश चैंबर ऑफ कॉमर्स की अध्यक्ष हेलेन वार्ड से मुलाकात की।

मुख्यमंत्री 17 जून को गुवाहाटी लौटेंगे।
"""


def test_a_town_inside_a_name_is_no_stop() -> None:
    assert [s.city for s in parse_article(_TOWN_IN_NAME).stops] == ["London"]


_RECEIVED = """Odisha minister in Johannesburg

JOHANNESBURG, 14 August 2026 (PTI) – Odisha Industries Minister Sampad Chandra Swain arrived in \
Johannesburg on Tuesday, 11 August, on a visit to South Africa.

On Thursday, 13 August, the delegation was received at the Johannesburg Stock Exchange by its chief \
executive Pieter Botha.

The minister returns to Bhubaneswar on Friday, 14 August.
"""


def test_a_bodys_person_who_receives_the_delegation_is_a_contact() -> None:
    assert "Pieter Botha" in contacts(_RECEIVED)


def test_a_bodys_person_who_only_speaks_is_not() -> None:
    text = _RECEIVED.replace(
        "the delegation was received at the Johannesburg Stock Exchange by its chief executive Pieter Botha",
        "the Johannesburg Stock Exchange's chief executive Pieter Botha said markets were calm",
    )
    assert "Pieter Botha" not in contacts(text)
