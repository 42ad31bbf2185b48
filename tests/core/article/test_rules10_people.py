"""Round 10, people: a body's person named with its role where no engagement with the body is found,
the entries of a list of officials met, the delegation told by ``travelled with``, ``Delegation में``
and ``मेरे साथ … भी शामिल रहीं``, the honorifics ``Sri`` and ``Capt.``, and the Hindi ``की प्रमुख`` (the
head) before an honorific."""

from __future__ import annotations

import pytest

from planner.core.article import parse_article
from planner.core.article.merge import _entry
from planner.core.article.reading.text import sentences
from planner.core.article.who.names import HONORIFIC
from planner.core.article.who.officials import accompanying
from planner.core.article.who.people import Person
from planner.core.article.who.relative import head_titles
from tests.conftest import DATA

ARTICLES = DATA / "articles"


def contacts(text: str) -> dict[str, tuple[str, str]]:
    return {c.name: (c.role, c.side) for c in parse_article(text).contacts}


def article(name: str) -> dict[str, tuple[str, str]]:
    return contacts((ARTICLES / f"rules10_people_{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("en_assembly_ts_hungary", "Ferenc Kovács"),  # "The Agency's Chief Executive Officer, Mr. X,"
        ("en_assembly_ts_hungary", "Zsófia Horváth"),  # "The University's Rector, Dr. X, and the Minister"
        ("en_takeaways_wb_senegal", "Aminata Diop"),  # "APIX's director general, Mme X, set out"
        ("en_takeaways_wb_senegal", "Mamadou Ndiaye"),
        ("hi_speech_jh_austria", "Johann Bauer"),  # "यूनिवर्सिटी के रेक्टर श्री X ने हमें … दिखाईं"
        ("hi_speech_jh_austria", "Elisabeth Gruber"),  # "एजेंसी की प्रमुख सुश्री X ने बताया"
        ("mixed_embassymail_pb_sweden", "Lars Lindqvist"),  # "… के Chairman Mr. X के साथ business lunch"
        ("mixed_embassymail_pb_sweden", "Maria Nyström"),  # "institute के director Dr. X ने उन्हें … दिखाए"
        ("hi_diary_cg_luxembourg", "Anne Weber"),  # "एजेंसी की प्रमुख सुश्री X ने बताया"
        ("hi_diary_cg_luxembourg", "Carlo Thelen"),  # "चैंबर के प्रमुख श्री X ने … की बात कही"
    ],
)
def test_a_bodys_person_is_a_counterpart_without_the_engagement(name: str, person: str) -> None:
    got = article(name)
    assert person in got and got[person][1] == "host"


def test_the_entries_of_a_list_of_officials_met_are_counterparts() -> None:
    got = article("en_assembly_ts_hungary")
    assert got["Gábor Szabó"] == ("President", "host")  # "(i) Mr. X, President, Hungarian Chamber …"
    assert got["Katalin Varga"][1] == "host"  # "(ii) Ms. X, Chief Executive Officer, Budapest Airport"
    got = article("en_rti_ka_mozambique")
    assert got["Armando Cossa"] == ("Minister", "host")  # "(i) H.E. Mr. X, Deputy Minister of …": a place's
    assert got["Lurdes Macuácua"][1] == "host"
    assert got["Tomás Nhantumbo"] == ("Chief Port Officer", "host")  # "(iii) Capt. X, Harbour Master, …"


@pytest.mark.parametrize(
    ("line", "name", "entry"),
    [
        ("(ii) Mr. Yusif Abdullayev, Executive Director, AZPROMO", "Yusif Abdullayev", True),
        ("• Ms. Jane Roe, CEO, Port of X", "Jane Roe", True),
        ("3. Jane Roe, Rector", "Jane Roe", True),
        ("Talks with Director Jane Roe, then lunch", "Jane Roe", False),  # the name does not open it
        ("(ii) Mr. Yusif Abdullayev of AZPROMO", "Yusif Abdullayev", False),  # no comma after the name
    ],
)
def test_a_list_entry_opens_with_the_name_and_a_comma(line: str, name: str, entry: bool) -> None:
    start = line.index(name)
    person = Person(name, "", "Director", "", start, end=start + len(name))
    assert _entry(line, person) is entry


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("en_assembly_ts_hungary", "Jayesh Ranjan"),  # "accompanied by Sri X, Special Chief Secretary"
        ("en_assembly_ts_hungary", "Srinivas Murthy"),  # "Capt. X, Director of Ports, also travelled with"
        ("en_takeaways_wb_senegal", "Rajesh Pandey"),  # "WBIDC Managing Director X travelled with them"
        ("hi_speech_jh_austria", "Sunita Kumari"),  # "इस यात्रा में मेरे साथ … भी शामिल रहीं"
        ("mixed_embassymail_pb_sweden", "Neha Sidhu"),  # "Delegation में … PSIEC की Managing Director Ms. X"
        ("mixed_embassymail_pb_sweden", "Amit Dhaka"),  # "… और Invest Punjab के CEO Mr. X शामिल थे"
        ("en_rti_ka_mozambique", "Selvakumar S"),  # "Sri X, Principal Secretary (…), … accompanied"
        ("hi_diary_cg_luxembourg", "Rajat Kumar"),  # "इस यात्रा में मेरे साथ उद्योग सचिव X भी शामिल रहे"
        ("roman_ticker_pb_uganda", "Rahul Gupta"),  # "Delegation mein … PSIEC ke MD X shamil hain"
        ("roman_ticker_pb_uganda", "Amit Dhaka"),  # "Saath mein: … Invest Punjab ke CEO X ji"
    ],
)
def test_the_delegation_told_by_new_cues(name: str, person: str) -> None:
    got = article(name)
    assert person in got and got[person][1] == "delegation"


@pytest.mark.parametrize(
    ("text", "lists"),
    [
        ("Principal Secretary X and CMDC Managing Director Y travelled with the Chief Minister.", True),
        ("Delegation में Principal Secretary Mr. X और GIDC की Managing Director Ms. Y शामिल थे।", True),
        ("इस यात्रा में मेरे साथ उद्योग सचिव X भी शामिल रहीं।", True),
        ("The Minister travelled to Dakar on 8 September.", False),
        ("यूनिवर्सिटी के रेक्टर श्री X ने हमें प्रयोगशालाएं दिखाईं।", False),
    ],
)
def test_accompanying_cues(text: str, lists: bool) -> None:
    assert accompanying(text) is lists


def test_sri_and_capt_are_honorifics_but_sri_lanka_is_a_country() -> None:
    assert HONORIFIC.match("Sri Jayesh Ranjan") is not None
    assert HONORIFIC.match("Capt. Vinayak Kamat") is not None
    assert HONORIFIC.match("Sri Lanka Ports Authority") is None
    got = contacts(
        "Hyderabad, 2 June 2026: Chief Minister A. Revanth Reddy left for Sri Lanka on 2 June 2026. He is"
        " accompanied by Sri K. Ramesh, Principal Secretary (Industries)."
    )
    assert got["K Ramesh"] == ("Principal Secretary", "delegation")
    assert not any("Sri" in n.split() for n in got)


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("एजेंसी की प्रमुख सुश्री Elisabeth Gruber ने बताया", 1),
        ("बोर्ड के प्रमुख श्री अहमद ने स्वागत किया", 1),
        ("उद्योग विभाग के प्रमुख सचिव श्री X", 0),  # Principal Secretary: an office, not a head
        ("जापान की प्रमुख कंपनियों के साथ बैठक", 0),  # major companies: an adjective
    ],
)
def test_pramukh_before_an_honorific_is_a_head(text: str, heads: int) -> None:
    assert len(head_titles(text)) == heads


def test_the_head_named_in_brackets_after_the_office() -> None:
    """An assembly's answer prints the speaker as ``मुख्यमंत्री (डॉ. मोहन यादव):``: the head, and no
    sentence ends at ``डॉ.`` inside the bracket."""
    text = (ARTICLES / "rules10_people_hi_vidhansabha_mp_malaysia.txt").read_text(encoding="utf-8")
    assert parse_article(text).head == "Chief Minister Mohan Yadav"
    english = (
        "Minister for Industries (Shri Uday Samant): Sir, the Minister visited Tokyo from 4 May 2026 to"
        " 7 May 2026 and met the Japan External Trade Organization (JETRO) on 5 May 2026."
    )
    assert parse_article(english).head == "Industries Minister Uday Samant"
    text = (ARTICLES / "rules10_people_en_rti_ka_mozambique.txt").read_text(encoding="utf-8")
    assert parse_article(text).head.endswith("M.B. Patil")  # "… Industries (Sri M.B. Patil):"


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        ("Accompanying delegation: Capt. Pradeep Sawant, Chief Port Officer; Mr. X, Director.", 1),
        ("मुख्यमंत्री (डॉ. मोहन यादव): जी हां।", 1),
        ("Industries Minister Sh. Devender Singh Rao undertook a tour. He returned on 25 September.", 2),
    ],
)
def test_no_sentence_ends_at_a_title(text: str, pieces: int) -> None:
    assert len(sentences(text)) == pieces


def test_a_deputy_minister_is_not_the_heads_office() -> None:
    text = (
        "Industries Minister Sh. Devender Singh Rao visited Azerbaijan from 20 September 2026 to 25"
        " September 2026. On 21 September he met H.E. Mr. Elnur Mammadov, Deputy Minister of Economy of"
        " Azerbaijan, at the AZPROMO office."
    )
    assert "Elnur Mammadov" in contacts(text)


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("en_circular_mh_greece", "Sanjay Sethi"),  # "Principal Secretary, Ports, X;"
        ("en_circular_mh_greece", "Harshdeep Kamble"),  # "Principal Secretary, Industries, X."
        ("en_takeaways_wb_senegal", "Vandana Yadav"),  # "… and Principal Secretary, Industries, X travelled"
        ("en_circular_mh_greece", "Pradeep Sawant"),  # "Capt. X, Chief Port Officer, …;"
        ("roman_vlog_hr_paraguay", "Yash Garg"),  # "Saath mein: … aur HSIIDC ke MD X ji"
        ("hi_vidhansabha_mp_malaysia", "Chandramauli Shukla"),  # "… श्री X सम्मिलित थे"
        ("hi_diary_cg_luxembourg", "Vishwesh Kumar"),  # "प्रतिनिधिमंडल में … श्री X सम्मिलित थे"
    ],
)
def test_the_delegation_by_portfolio_commas_and_lists(name: str, person: str) -> None:
    got = article(name)
    assert person in got and got[person][1] == "delegation"
    assert not any(n.endswith("Sammilit") for n in got)


@pytest.mark.parametrize(
    ("name", "person", "role"),
    [
        ("hi_vidhansabha_mp_malaysia", "Ahmad Zaki Ismail", "Chairman"),  # "श्री X, … (MIDA) के अध्यक्ष,"
        ("hi_vidhansabha_mp_malaysia", "Nurul Huda", "Director"),  # "सुश्री X, … बोर्ड की महानिदेशक,"
        ("roman_vlog_hr_paraguay", "Carlos Benítez", "Director"),  # "Wahan X ji, Rediex ke director,"
        ("roman_vlog_hr_paraguay", "Jorge Martínez", "General Manager"),  # "X ji (… ke general manager)"
        ("roman_ticker_pb_uganda", "Robert Mukiza", "Director"),  # "Wahan X ji, … ke director general,"
    ],
)
def test_a_name_before_its_body_and_role(name: str, person: str, role: str) -> None:
    got = article(name)
    assert got.get(person) == (role, "host")
    assert not any(n.startswith("Wahan ") for n in got)  # a Roman Hindi adverb opens no name


@pytest.mark.parametrize(
    ("name", "head", "minister"),
    [
        ("en_wire_gj_bolivia", "Chief Minister Bhupendra Patel", "Balvantsinh Rajput"),
        ("mixed_report_od_laos", "Chief Minister Mohan Charan Majhi", "Sampad Chandra Swain"),
    ],
)
def test_the_head_named_after_the_office_and_its_state(name: str, head: str, minister: str) -> None:
    """``Chief Minister of Gujarat Shri X``: the head; the Industries Minister named next travels
    with the head, and is no head."""
    text = (ARTICLES / f"rules10_people_{name}.txt").read_text(encoding="utf-8")
    draft = parse_article(text)
    assert draft.head == head
    assert {c.name: c.side for c in draft.contacts}.get(minister) == "delegation"


def test_a_state_followed_by_no_name_gives_no_head() -> None:
    text = (
        "The Chief Minister of Gujarat on Monday left for Japan. Industries Minister Balvantsinh Rajput"
        " met JETRO in Tokyo on 14 April 2026."
    )
    assert parse_article(text).head == "Industries Minister Balvantsinh Rajput"


@pytest.mark.parametrize(
    ("name", "head", "member"),
    [
        ("hi_vidhansabha_up_iceland", "Minister Nand Gopal Gupta", "Alok Kumar"),  # "उत्तर (… मंत्री, श्री X):"
        ("en_assemblyqa_tn_netherlands", "Industries Minister T.R.B. Rajaa", "V Arun Roy"),  # "(…, Thiru X):"
    ],
)
def test_the_speaker_after_the_office_and_a_comma_in_brackets(name: str, head: str, member: str) -> None:
    text = (ARTICLES / f"rules10_people_{name}.txt").read_text(encoding="utf-8")
    draft = parse_article(text)
    assert draft.head == head
    names = {c.name for c in draft.contacts}
    assert member in names and not any(n.startswith(("Thiru", "Nand Gopal")) for n in names)
