"""Round 11, people: Commonwealth honorifics (``the Honourable``, ``Senator the Honourable``), the
civil service or ``ji`` between a name and its role's comma, a title with its portfolio before it
taking no second one, the words that qualify a title, and the head told after ``led by`` or after
the office, a comma and an Indian honorific or with two portfolios (``MSME और IT Minister``), the
ministers a cabinet's decisions keep at home, a minister's company told ahead (``मंत्री के साथ … भी
जाएंगी``), a body's own representative on the mission, a possessive after a name, the headline's
shorter name of the head and नेगी as a surname (see ``names``, ``relative``, ``officials`` and
``head``)."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core.article import parse_article
from planner.core.article.who.names import HONORIFIC
from planner.core.article.who.officials import accompanying, after_portfolio, portfolio_end, stays_home
from planner.core.article.who.relative import name_before
from tests.article_score import _pair, person_key
from tests.conftest import DATA
from tests.core.article.expected import all_cases
from tests.core.article.sentence_people import gazetteer, people


def _parse(name: str) -> dict[str, Any]:
    text = (DATA / "articles" / f"{name}.txt").read_text(encoding="utf-8")
    return parse_article(text, published=all_cases()[name]["published"]).to_json()


#: the training articles whose contacts the round's rules find in full, with none extra
_EXACT = [
    "rules11_people_en_release_ka_stlucia",
    "rules11_people_hi_report_jh_zambia",
    "rules11_people_en_circular_tn_namibia",
    "rules11_people_en_wire_tg_barbados",
    "rules11_people_en_report_kl_mauritius",
    "rules11_people_mixed_news_ap_kenya",
    "rules11_people_mixed_blog_tg_ethiopia",
    "rules11_people_hi_cabinet_rj_uzbekistan",
    "rules11_people_en_cabinet_ka_czechia",
    "rules11_people_hi_preview_hp_georgia",
    "rules11_people_mixed_preview_od_srilanka",
    "rules11_people_en_newsletter_hr_kazakhstan",
    "rules11_people_mixed_newsletter_mh_ivorycoast",
    "rules11_people_en_live_ts_poland",
    "rules11_people_en_blog_gj_finland",
    "rules11_people_hi_report_tg_morocco",
]


@pytest.mark.parametrize("name", _EXACT)
def test_the_training_articles_contacts_are_found_in_full(name: str) -> None:
    want, got = all_cases()[name]["contacts"], _parse(name)["contacts"]
    same = lambda e, p: person_key(e[0]) == person_key(p["name"]) or bool(e[1] and e[1] == p["name_native"])  # noqa: E731
    assert len(_pair(want, got, same)) == len(want) == len(got), [c["name"] for c in got]


@pytest.mark.parametrize(
    ("name", "found", "missed"),
    [
        # "- X ji, Managing Director (WBIDC)": a body's role in a list under a heading, still missed
        ("rules11_people_roman_vlog_wb_philippines", 2, {"moumita das"}),
    ],
)
def test_the_other_training_articles_contacts(name: str, found: int, missed: set[str]) -> None:
    want = {person_key(c[0]) for c in all_cases()[name]["contacts"]}
    got = {person_key(c["name"]) for c in _parse(name)["contacts"]}
    assert len(want & got) == found
    assert want - got == missed


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("rules11_people_en_release_ka_stlucia", "Minister Raghav Hegde"),
        ("rules11_people_en_circular_tn_namibia", "Industries Minister K. Selvaraj"),
        ("rules11_people_en_wire_tg_barbados", "Industries Minister Ramesh Goud"),
        ("rules11_people_en_report_kl_mauritius", "Industries Minister Anitha Menon"),
        ("rules11_people_mixed_news_ap_kenya", "Industries Minister Kolli Venkatesh"),
        ("rules11_people_mixed_blog_tg_ethiopia", "IT Minister Ravi Shankar Goud"),
        ("rules11_people_en_live_ts_poland", "Industries Minister Kotha Prabhakar Rao"),
        ("rules11_people_hi_report_tg_morocco", "Industries Minister Ponnam Shrinivas Reddi"),
    ],
)
def test_the_head_after_led_by_after_an_indian_honorific_or_with_two_portfolios(name: str, head: str) -> None:
    assert _parse(name)["visit"]["head"] == head


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        (
            "On 3 May the delegation called on the Minister of Energy, Senator the Honourable Rhea"
            " Lambert, in Castries.",
            "Rhea Lambert",
            "Minister",
            "host",
        ),
        (
            "On 3 May the delegation called on the Minister of Trade and Industry, the Honourable Ian"
            " Clarke, at the Ministry of Trade and Industry.",
            "Ian Clarke",
            "Minister",
            "host",
        ),
        (
            "He was accompanied by Ramesh Iyer IAS, Principal Secretary (Industries).",
            "Ramesh Iyer",
            None,
            None,
        ),
        (
            "He was accompanied by Ramesh Iyer, IAS, Principal Secretary (Industries).",
            "Ramesh Iyer",
            None,
            None,
        ),
        (
            "- Sumit Bose ji, Principal Secretary (Industries)",
            "Sumit Bose",
            "Principal Secretary",
            "delegation",
        ),
        ("दल में उद्योग सचिव विकास मोहन झा भी थे।", "Vikas Mohan Jha", "Secretary", "delegation"),
        (
            "He was joined by IT Secretary Meena Kumari and APIIC's Vice Chairperson Rekha Varma.",
            "Rekha Varma",
            None,
            None,
        ),
    ],
)
def test_a_sentence_names_the_person(text: str, name: str, role: str | None, side: str | None) -> None:
    found = {p.name: p for p in people(text)}
    assert name in found, [p.name for p in found.values()]
    assert not any(n.startswith(("Vice ", "Honourable ", "Senator ")) for n in found)
    if role is not None:
        assert found[name].role == role and found[name].side == side


@pytest.mark.parametrize(
    "text",
    ["the Honourable ", "Senator the Honourable ", "Hon'ble ", "the Rt Hon. ", "Honorable ", "Hon. "],
)
def test_commonwealth_honorifics(text: str) -> None:
    m = HONORIFIC.match(text + "Jane Doe")
    assert m is not None and m.end() == len(text)


def test_name_before_skips_the_service_and_ji() -> None:
    for text in (
        "Asha Nair IAS, Managing Director",
        "Asha Nair ji, Managing Director",
        "Asha Nair, IPS, DGP",
    ):
        found = name_before(text, text.rindex(", ") + 2, set())  # the role starts after the last comma
        assert found is not None and found[0] == "Asha Nair", text


def test_after_portfolio_takes_no_second_portfolio() -> None:
    portfolio = gazetteer().portfolio
    text = "उद्योग सचिव विकास चंद्र ओझा आए।"
    role_start = text.index("सचिव")
    role_end = role_start + len("सचिव")
    assert after_portfolio(text, role_end, [], portfolio) != []  # विकास read as Development
    assert after_portfolio(text, role_end, [], portfolio, role_start) == []  # उद्योग is the portfolio


def test_portfolio_end_passes_a_portfolio_word_read_as_a_body() -> None:
    portfolio = gazetteer().portfolio
    text = "the Minister of Trade and Industry, the Honourable X"
    pos = text.index("Minister") + len("Minister")
    taken = set(range(text.index("Trade"), text.index("Trade") + 5))
    assert portfolio_end(text, pos, taken) is None
    assert portfolio_end(text, pos, taken, portfolio) == text.index(",")


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Revenue Minister X will hold charge of the Industries department during the Minister's absence.",
            True,
        ),
        ("Minister X, who briefed reporters after the Cabinet meeting, said the visit would help.", True),
        ("मंत्रिपरिषद ने यात्रा के दौरान उद्योग विभाग का कार्य मंत्री X को सौंपने का निर्णय लिया।", True),
        ("बैठक के बाद मंत्री X ने पत्रकारों को बताया कि यात्रा से निवेश आएगा।", True),
        # who travels with the head is listed: not at home
        (
            "Minister X, who is accompanying the Chief Minister, told reporters in Tokyo that it went well.",
            False,
        ),
        ("The Minister will be accompanied by Industries Minister X.", False),
    ],
)
def test_a_minister_who_stays_at_home(text: str, home: bool) -> None:
    assert stays_home(text) is home


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("मंत्री के साथ पर्यटन विभाग के प्रधान सचिव X और निगम की प्रबंध निदेशक Y भी जाएंगी।", True),
        ("Minister के साथ Industries Department के Principal Secretary X भी जाएंगे।", True),
        ("मुख्यमंत्री के साथ उद्योग मंत्री X भी थे।", True),
        ("मंत्री ने जापान के साथ समझौते पर बात की।", False),  # no भी and a verb of going along
        ("Your Chamber was represented by our vice chairman X and six member companies.", True),
        ("Chamber की ओर से उपाध्यक्ष X ने सदस्यों का प्रतिनिधित्व किया।", True),
        ("Japan was represented by Vice Minister X at the forum.", False),  # not the body's own officer
    ],
)
def test_a_ministers_company_ahead_and_a_bodys_own_representative(text: str, listed: bool) -> None:
    assert accompanying(text) is listed


def test_negi_is_a_surname_dege_a_verb() -> None:
    found = people("दल में प्रधान सचिव देवेश चंद्र नेगी और निदेशक अंजलि कंवर भी थे।")
    assert "देवेश चंद्र नेगी" in {p.name_native for p in found}
    assert not any(p.name_native.endswith("देगी") for p in people("प्रधान सचिव अंजलि देगी।"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It was Industries Minister Kotha Prabhakar Rao's first visit.", "Kotha Prabhakar Rao"),
        ("PAIH president Marek Zielinski's team presented the sites.", "Marek Zielinski"),
    ],
)
def test_a_possessive_ends_the_name(text: str, name: str) -> None:
    assert name in {p.name for p in people(text)}
