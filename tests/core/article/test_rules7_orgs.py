"""Round 7, organisations: the body named before a person's role, English words written in Devanagari."""

from __future__ import annotations

import pytest

from planner.core.article.gazetteer import load
from planner.core.article.parse import parse_article
from planner.core.article.reading.anglicise import devanagari_sound, english_sound, english_word, key
from planner.core.article.reading.text import normalise
from planner.core.article.who.orgs import with_unknown


def found(sentence: str) -> list[str]:
    """Names of the organisations found in ``sentence`` that the gazetteer does not know."""
    gaz = load()
    text = normalise(sentence)[0]
    known = gaz.find(text)
    return [
        m.entity.name
        for m in with_unknown(text, known, gaz, text)
        if m not in known and m.entity.kind == "org"
    ]


@pytest.mark.parametrize(
    ("devanagari", "english"),
    [
        ("इनोवेशन", "Innovation"),
        ("इन्वेस्टमेंट", "Investment"),
        ("एंटरप्राइज", "Enterprise"),  # z sound written ज, spelled s
        ("डिजिटल", "Digital"),  # g before i sounds j
        ("टेक्नोलॉजी", "Technology"),  # the candra o
        ("यूनिवर्सिटी", "University"),  # "yu" for u
        ("ट्रेड", "Trade"),  # a short word, the same sound: trade, not tread
        ("सिटी", "City"),  # two words sound alike (citi): the commoner wins
        ("एंड", "and"),  # a link word, not "end"
        ("बिजनेस", "Business"),  # a long word may differ a little more ("bijnes", "busines")
    ],
)
def test_english_words_written_in_devanagari_are_given_back(devanagari: str, english: str) -> None:
    assert english_word(devanagari) == english


@pytest.mark.parametrize("word", ["हनवा", "उन्होंने", "मुलाकात", "राजधानी", "Agency"])
def test_a_word_that_sounds_like_no_english_word_has_no_english_form(word: str) -> None:
    assert english_word(word) is None


def test_both_spellings_meet_on_one_key() -> None:
    assert key(devanagari_sound("इनोवेशन")) == key(english_sound("innovation")) == "anvshn"
    assert key(devanagari_sound("कॉमर्स")) == key(english_sound("commerce"))


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("He met Agoria chief executive Pieter Claes on Tuesday.", "Agoria"),
        ("He held talks with Invest Argentina Executive Director Lucía Fernández.", "Invest Argentina"),
        ("In Prague Majhi held talks with CzechInvest Director General Tomáš Novotný.", "CzechInvest"),
        ("उन्होंने इन्वेस्ट एस्टोनिया की प्रबंध निदेशक कैरोलिन तम्म से मुलाकात की।", "Invest Estonia"),
        ("मंत्री ने स्मार्ट सिटी स्वीडन के अध्यक्ष Erik Sandberg से भेंट की।", "Smart City Sweden"),
    ],
)
def test_the_body_named_before_a_role_and_a_name(sentence: str, body: str) -> None:
    assert body in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He will call on Japan Trade Minister Ken Saito.",  # a place's office, not a body's
        "He met Senior Managing Director Lee Dong-hyun.",  # a common word before the role
        "HIPA's Deputy CEO Zsolt Horváth presented the incentives.",  # a possessive: the role's owner
        "इसी दिन पोलिश कंपनियों के पदाधिकारियों से भेंट हुई।",  # officials, no one named after the role
    ],
)
def test_no_body_without_one_before_a_body_s_role_and_a_name(sentence: str) -> None:
    assert found(sentence) == []


def test_the_meeting_is_with_the_body_and_the_person_its_contact() -> None:
    text = (
        "BRUSSELS, June 9, 2026: Kerala Industries Minister P. Rajeeve met Flanders Investment & Trade "
        "chief executive Pieter Claes in Brussels on Tuesday, June 9."
    )
    draft = parse_article(text).to_json()
    titles = [e["title"] for e in draft["engagements"]]
    assert "Meeting with Flanders Investment & Trade" in titles
    assert not any("Pieter Claes" in t for t in titles)
    assert {"name": "Pieter Claes", "org": "Flanders Investment & Trade"}.items() <= next(
        c for c in draft["contacts"] if c["name"] == "Pieter Claes"
    ).items()


@pytest.mark.slow
def test_shipped_sound_table_matches_the_build_tool() -> None:
    """``python -m tools.build_english_sounds --check``: the table is what the script makes of wordfreq."""
    pytest.importorskip("wordfreq")
    from tools import build_english_sounds

    assert build_english_sounds.main(["--check"]) == 0


def found_in(article: str, sentence: str) -> list[str]:
    """Names found in ``sentence`` of an article that names the countries visited first (the
    gazetteer finds their smaller cities only then)."""
    draft_text = f"{article} {sentence}"
    gaz = load()
    text = normalise(draft_text)[0]
    known = gaz.find(text, frozenset({"AT", "DE", "TR", "DK", "FI"}))
    return [
        m.entity.name
        for m in with_unknown(text, known, gaz, text)
        if m not in known and m.entity.kind == "org"
    ]


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("21 अप्रैल को उन्होंने वियना टेक्नोलॉजी पार्क का भ्रमण किया।", "Vienna Technology Park"),
        ("उन्होंने ग्राज़ विश्वविद्यालय का दौरा किया।", "University of Graz"),  # a place's university
        ("मुख्यमंत्री ने डेनिश टेक्नोलॉजिकल इंस्टीट्यूट के परिसर का दौरा किया।", "Danish Technological Institute"),
        ("मुख्यमंत्री ने कल एस्पो में नोकिया के मुख्यालय का दौरा किया।", "Nokia"),  # one word, a body's site
    ],
)
def test_a_site_named_in_devanagari_before_a_visit(sentence: str, site: str) -> None:
    assert site in found_in("ऑस्ट्रिया, डेनमार्क, फिनलैंड।", sentence)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("मुख्यमंत्री ने हेलसिंकी का दौरा किया।", "Helsinki"),  # a city alone: no site
        ("वे ग्वांगन स्टील कंपनी का दौरा करेंगे।", "Steel Company"),  # a word with no English form first
        ("उसी दिन वे Embraer के इंजीनियरिंग केंद्र का दौरा करेंगे।", "Engineering"),  # the owner's site
        ("मुख्यमंत्री ने स्टार्टअप का दौरा किया।", "Startup"),  # one word before का दौरा: too little
    ],
)
def test_no_site_named_in_devanagari(sentence: str, wrong: str) -> None:
    assert not any(n.startswith(wrong) for n in found_in("फिनलैंड।", sentence))


@pytest.mark.parametrize(
    ("sentence", "body", "not_body"),
    [
        ("On Tuesday he will visit Carl Zeiss Meditec at Jena.", "Carl Zeiss Meditec", "Jena"),
        ("He toured Ford Otosan at Gölcük on Tuesday.", "Ford Otosan", "Gölcük"),
        ("He visited Arçelik's Çayırova campus.", "Arçelik", "Çayırova"),  # the owner of a site
        ("A visit to Intel's Leixlip campus has been cancelled.", "Intel", "Leixlip"),
    ],
)
def test_a_body_visited_at_a_place_or_its_site_in_one(sentence: str, body: str, not_body: str) -> None:
    names = found_in("Germany, Turkey.", sentence)
    assert body in names
    assert not_body not in names


def test_a_place_visited_is_no_body() -> None:
    assert found_in("Germany.", "He will visit Jena in Germany on Tuesday.") == []


@pytest.mark.parametrize(
    ("sentence", "ministry"),
    [
        (
            "He held talks with the Ministry of Trade, Agribusiness and Industry on cashew.",
            "Ministry of Trade, Agribusiness and Industry",  # the gazetteer knows "Ministry of Trade"
        ),
        (
            "17 मार्च को उन्होंने Ministry of Commerce, Industry and Tourism के अधिकारियों के साथ बैठक की।",
            "Ministry of Commerce, Industry and Tourism",
        ),
    ],
)
def test_a_ministry_of_several_portfolios_is_one_body(sentence: str, ministry: str) -> None:
    names = found(sentence)
    assert ministry in names
    assert not {"Industry", "Agribusiness", "Industry and Tourism"} & set(names)


@pytest.mark.parametrize(
    "sentence",
    [
        "He met officials of the Ministry of Industry, Hanwha Group and Doosan Group.",
        "He met officials of the Ministry of Industry, Bosch and Siemens.",  # known bodies, common words
    ],
)
def test_bodies_listed_after_a_ministry_stay_apart(sentence: str) -> None:
    assert not any(n.startswith("Ministry of Industry,") for n in found(sentence))


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "मुख्यमंत्री 13 जुलाई 2026 को पेरू की राजधानी लीमा पहुंचे। 14 जुलाई को उन्होंने ऊर्जा एवं खान मंत्रालय "
            "(Ministry of Energy and Mines) के अधिकारियों से मुलाकात की।",
            "Ministry of Energy and Mines",
        ),
        (  # Roman Hindi keeps the capitalised Hindi name in Latin letters
            "Mantri Somvar, 19 October 2026 ko Nigeria ki rajdhani Abuja pahunche. Mangalvar, 20 October ko "
            "unhone Udyog Mantralaya (Federal Ministry of Industry, Trade and Investment) ke adhikariyon se "
            "mulaqat ki.",
            "Federal Ministry of Industry, Trade and Investment",
        ),
    ],
)
def test_a_body_named_in_hindi_with_its_english_name_in_brackets(sentence: str, body: str) -> None:
    draft = parse_article(sentence).to_json()
    assert f"Meeting with {body}" in [e["title"] for e in draft["engagements"]]


def test_an_english_name_with_a_gloss_is_not_read_as_hindi() -> None:
    names = found("उन्होंने Federal Ministry (Ministry of Economy) के अधिकारियों से मुलाकात की।")
    assert "Ministry of Economy" not in names


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("On Tuesday the minister will tour Łódź Special Economic Zone.", "Łódź Special Economic Zone"),
        ("Later he toured Şişecam in Gebze.", "Şişecam"),
        ("On Friday he will visit Škoda Auto at Mladá Boleslav.", "Škoda Auto"),
    ],
)
def test_a_name_opening_with_a_capital_of_latin_extended_a(sentence: str, body: str) -> None:
    gaz = load()
    text = normalise(f"Poland, Turkey, Czech Republic. {sentence}")[0]
    known = gaz.find(text, frozenset({"PL", "TR", "CZ"}))
    assert body in [m.entity.name for m in with_unknown(text, known, gaz, text) if m not in known]


@pytest.mark.parametrize(
    "sentence",
    [
        "He arrived in Accra on Monday on a tour of Ghana, the Minister's Office said.",
        "He will arrive in Warsaw for a three-day tour of Poland, the Minister's Office said on Tuesday.",
    ],
)
def test_who_reported_a_tour_is_not_a_body_toured(sentence: str) -> None:
    assert "Office" not in found(sentence)


def test_the_leadership_of_a_body_named_after_a_city_is_met() -> None:
    assert "Johannesburg Stock Exchange" in found(
        "Sridhar Babu held talks with the leadership of the Johannesburg Stock Exchange on listings."
    )


@pytest.mark.parametrize(
    ("sentence", "body", "person"),
    [
        (
            "On Tuesday, May 19, the delegation will hold talks with Codelco, where Executive President "
            "Andrés Muñoz is expected to join.",
            "Codelco",
            "Andrés Muñoz",
        ),
        (
            "On Tuesday, August 11, he held talks with Fortescue, whose chief executive Emma Walsh "
            "presented the company's plans.",
            "Fortescue",
            "Emma Walsh",
        ),
    ],
)
def test_a_body_met_then_its_person_after_where_or_whose(sentence: str, body: str, person: str) -> None:
    text = f"Chief Minister Bhupendra Patel arrived in Santiago, Chile on Monday, May 18, 2026. {sentence}"
    draft = parse_article(text).to_json()
    titles = [e["title"] for e in draft["engagements"]]
    assert f"Meeting with {body}" in titles
    assert f"Meeting with {person}" not in titles  # a body's role: the body's person, no meeting apart
    assert person in [c["name"] for c in draft["contacts"]]


def test_a_public_office_met_beside_a_body_has_its_own_meeting() -> None:
    text = (
        "Chief Minister Bhupendra Patel arrived in Sydney, Australia on Monday, May 18, 2026. On Tuesday, "
        "May 19, he will meet NSW Premier Chris Minns, and Vanessa Hudson, CEO of Qantas."
    )
    titles = [e["title"] for e in parse_article(text).to_json()["engagements"]]
    assert "Meeting with Chris Minns" in titles
    assert "Meeting with Qantas" in titles


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("4 मार्च को मुख्यमंत्री ने Oman LNG plant का दौरा किया।", "Oman LNG"),
        ("उन्होंने Krakatau Steel plant का दौरा किया और निवेश पर बात की।", "Krakatau Steel"),
    ],
)
def test_a_latin_name_before_an_english_site_noun_in_a_hindi_sentence(sentence: str, body: str) -> None:
    assert body in found(sentence)


@pytest.mark.parametrize("word", ["दिन", "कल"])
def test_an_everyday_hindi_word_is_never_read_as_english(word: str) -> None:
    assert english_word(word) is None  # दिन sounds like "Dean", कल like "call"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("12 मई को उन्होंने स्टार्टअप पुर्तगाल के साथ बैठक की।", "Startup Portugal"),
        ("उसी दिन नॉर्वेजियन चैंबर ऑफ कॉमर्स के साथ भी बैठक हुई।", "Norwegian Chamber of Commerce"),
        ("13 मई को मंत्री लिस्बन चैंबर ऑफ कॉमर्स के प्रतिनिधियों से भी मिले।", "Lisbon Chamber of Commerce"),
    ],
)
def test_a_body_named_in_devanagari_english_before_a_meeting(sentence: str, body: str) -> None:
    assert body in found_in("कनाडा, नॉर्वे, पुर्तगाल।", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "15 सितंबर को उन्होंने कैरोलिन तम्म से मुलाकात की।",  # a person: no place, no body's word
        "वे मसान ग्रुप के साथ बैठक करेंगे।",  # before an organisation word: the other finder's Masan
    ],
)
def test_no_body_of_english_words_before_a_meeting(sentence: str) -> None:
    names = found_in("एस्टोनिया।", sentence)
    assert not any(n in ("Carolyn Tam", "Mason Group") for n in names)


def test_a_gerund_after_before_has_its_own_date() -> None:
    text = (
        "Chief Minister Mohan Charan Majhi reached Prague, Czech Republic on Thursday, June 18, 2026. "
        "On Friday, June 19, he will visit Škoda Auto at Mladá Boleslav before returning to India on "
        "Saturday, June 20."
    )
    dates = {e["title"]: e["date"] for e in parse_article(text).to_json()["engagements"]}
    assert dates["Visit to Škoda Auto"] == "2026-06-19"
    assert dates["Return to India"] == "2026-06-20"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "He will meet the Argentine Investment and International Trade Promotion Agency, whose president "
            "Lucía Fernández will outline the rules.",
            "Argentine Investment and International Trade Promotion Agency",  # common words: one body
        ),
        (
            "The delegation includes Raghvendra Singh and MPIDC managing director Chandramauli Shukla.",
            "MPIDC",  # a person's name first: not the body's
        ),
    ],
)
def test_a_name_joined_by_and_before_a_role(sentence: str, body: str) -> None:
    assert body in found(sentence)
