"""Kinds of writing the importer reads (issue 8, rules4): Hindi in Roman script, live blogs, lists,
travel by road and rail, Urdu- and Marathi-influenced Hindi."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core.article import parse_article
from planner.core.article.gazetteer import load
from planner.core.article.reading.roman import is_roman_hindi, key
from planner.core.article.reading.text import sentences
from planner.core.article.when.published import find_dateline
from tests.conftest import DATA

ARTICLES = sorted(p for p in (DATA / "articles").glob("*.txt") if not p.name.startswith("blind4"))


def _titles(text: str, published: dt.date | None = None) -> dict[str, tuple[str | None, str | None]]:
    draft = parse_article(text, published=published)
    return {e.title: (str(e.day) if e.day else None, e.city) for e in draft.engagements}


# -- Hindi in Roman script -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("mulakat", "mulaqaat"),
        ("rawana", "ravana"),
        ("mein", "men"),
        ("Bharatiya", "bharatiy"),
        ("pehle", "pahle"),
    ],
)
def test_the_usual_latin_spellings_of_one_hindi_word_share_a_key(a: str, b: str) -> None:
    assert key(a) == key(b) or key(a[:-1]) == key(b)


def test_function_words_differ_by_their_vowel() -> None:
    assert len({key(w) for w in ("ka", "ke", "ki", "ko")}) == 4


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_only_roman_hindi_reports_are_read_as_hindi(path: object) -> None:
    """No English report (nor any Devanagari one) is taken for Roman Hindi; every Roman one is."""
    from pathlib import Path

    assert isinstance(path, Path)
    assert is_roman_hindi(path.read_text(encoding="utf-8")) == ("_roman_" in path.stem)


def test_english_with_indian_words_is_not_roman_hindi() -> None:
    text = (
        "The Chief Minister met Ko Ka-fai in Hong Kong. Men and women of the Telugu Samajam came to "
        "the reception; the par value of the bonds is Rs 10. He said the Ke Rui deal is to be signed."
    )
    assert not is_roman_hindi(text)


def test_roman_hindi_words_become_devanagari_and_names_stay_as_written() -> None:
    text = (
        "11 November ko CM ne Tokyo mein Toyota ke adhikariyon aur SoftBank ke chairman Masayoshi Son "
        "se mulakat ki."
    )
    gaz = load()
    (s,) = sentences(text, lambda t: [(m.start, m.end) for m in gaz.find(t)])
    assert "मुलाकात की" in s.text and "अधिकारियों" in s.text
    assert "Tokyo" in s.text and "Masayoshi Son" in s.text and "CM" in s.text
    (bare,) = sentences(text)  # without the gazetteer: Toyota is still no तोता (parrot)
    assert "Toyota" in bare.text and "Masayoshi Son" in bare.text
    at = s.text.index("मुलाकात")
    assert s.written(at, at + len("मुलाकात")) == "mulakat"  # the source still points at the article


def test_a_roman_hindi_report_is_read_like_a_devanagari_one() -> None:
    text = (
        "Patna, 2 February 2026: Bihar ke Mukhyamantri Nitish Kumar 5 se 7 February tak Singapore ke "
        "daure par rahenge.\n"
        "Mukhyamantri 5 February ko Singapore pahunchenge.\n"
        "Daure ke doosre din ve Temasek ke adhikariyon se mulaqat karenge.\n"
        "7 February ko CM Patna wapas lautenge."
    )
    assert parse_article(text).language == "hi"
    got = _titles(text)
    assert got["Arrival in Singapore"] == ("2026-02-05", "Singapore")
    assert got["Meeting with Temasek"] == ("2026-02-06", "Singapore")
    assert got["Return to India"] == ("2026-02-07", None)


def test_a_dateline_may_be_a_sentence_of_its_own() -> None:
    found = find_dateline("Jaipur, 18 नवंबर 2025.")
    assert found is not None and (found.day, found.month, found.year) == (18, 11, 2025)
    assert find_dateline("Tokyo, Osaka and Kyoto.") is None


# -- live blogs ---------------------------------------------------------------------------------------


LIVE = """Karnataka CM in Seoul LIVE

Last Updated: March 4, 2026, 21:00 IST

March 4

8:15 PM IST: Siddaramaiah meets Samsung executives in Seoul.

1:40 PM IST: The CM lands in Seoul on a three-day visit.

March 3

10:00 PM IST: The delegation leaves Bengaluru tonight.
"""


def test_a_live_entry_takes_the_day_of_its_heading_not_the_time_it_was_posted() -> None:
    draft = parse_article(LIVE)
    by_title = {e.title: e for e in draft.engagements}
    meeting = by_title["Meeting with Samsung"]
    assert meeting.day == dt.date(2026, 3, 4) and meeting.start is None  # 8:15 PM IST is the posting
    assert by_title["Arrival in Seoul"].day == dt.date(2026, 3, 4)
    assert any("when it was posted" in w for w in draft.warnings)


def test_an_entry_happening_as_it_is_posted_starts_at_its_stamp() -> None:
    text = LIVE.replace("March 4\n\n", "March 4\n\n11:00 AM IST: Talks with LG are under way in Seoul.\n\n")
    draft = parse_article(text)
    lg = next(e for e in draft.engagements if e.title == "Meeting with LG")
    assert lg.start is not None and lg.start.isoformat() == "2026-03-04T14:30:00+09:00"  # 11:00 IST
    samsung = next(e for e in draft.engagements if e.title == "Meeting with Samsung")
    assert samsung.start is None


def test_a_live_entry_without_a_heading_takes_the_page_date() -> None:
    text = LIVE.replace("March 4\n\n", "").replace("March 3\n\n", "")
    assert _titles(text)["Meeting with Samsung"] == ("2026-03-04", "Seoul")


def test_a_stamp_with_its_own_date() -> None:
    text = (
        "UP CM in Japan, live\n\n"
        "Updated: Oct 9, 2026 19:00 IST\n\n"
        "Oct 9, 18:30 IST: Adityanath holds talks with Toyota in Tokyo.\n\n"
        "Oct 8, 09:10 IST: Adityanath arrives in Tokyo.\n"
    )
    got = _titles(text)
    assert got["Meeting with Toyota"] == ("2026-10-09", "Tokyo")
    assert got["Arrival in Tokyo"] == ("2026-10-08", "Tokyo")


# -- lists and travel ---------------------------------------------------------------------------------


def test_each_item_of_a_dated_list_is_one_engagement_of_its_lead() -> None:
    text = (
        "Odisha signs MoUs in Seoul\n\n"
        "Chief Minister Mohan Charan Majhi is on a visit to South Korea.\n\n"
        "MoUs were signed in Seoul on May 19, 2026 with:\n"
        "- POSCO (steel, Paradip)\n"
        "- LG (electronics)\n"
    )
    got = _titles(text)
    assert got["MoU signing with POSCO"] == ("2026-05-19", "Seoul")
    assert got["MoU signing with LG"] == ("2026-05-19", "Seoul")
    assert "MoU signing" not in got


def test_one_mou_per_organisation_of_a_list_but_never_our_own_side() -> None:
    text = (
        "Chief Minister Siddaramaiah arrived in Seoul on May 18, 2026. "
        "On May 19 he signed MoUs with Samsung, LG and POSCO. "
        "On May 20 Invest India and Hyundai Motor signed an MoU in his presence."
    )
    got = _titles(text)
    assert {t for t in got if t.startswith("MoU")} == {
        "MoU signing with Samsung",
        "MoU signing with LG",
        "MoU signing with POSCO",
        "MoU signing with Hyundai Motor",
    }


@pytest.mark.parametrize(
    "journey",
    [
        "drives to Osaka by road",
        "takes the bullet train to Osaka",
        "took the Shinkansen to Osaka",
        "flies on to Osaka",
    ],
)
def test_travel_by_road_and_rail(journey: str) -> None:
    text = f"Chief Minister Bhupendra Patel arrived in Tokyo on June 3, 2026. On June 5 he {journey}."
    assert _titles(text)["Departure for Osaka"] == ("2026-06-05", "Osaka")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("3 मार्च को वे दोहा में प्रवासी भारतीयों के जलसे को ख़िताब करेंगे।", "Address to the Indian diaspora"),
        ("3 मार्च को वे दोहा में प्रवासी मराठी बांधवों से संवाद साधेंगे।", "Address to the Indian diaspora"),
        ("3 मार्च को मुख्यमंत्री दोहा में क़तर चैंबर से मुलाक़ात करेंगे।", "Meeting with Qatar Chamber"),
    ],
)
def test_urdu_and_marathi_hindi(sentence: str, title: str) -> None:
    text = f"मुख्यमंत्री उमर अब्दुल्ला 2026 में क़तर के दौरे पर रहेंगे। {sentence}"
    assert title in _titles(text)


def test_a_marathi_visit_and_a_journey_ending_the_sentence() -> None:
    text = (
        "मुख्यमंत्री देवेंद्र फडणवीस 5 से 7 मई 2026 तक जर्मनी के दौरे पर रहेंगे। "
        "5 मई को मुख्यमंत्री म्यूनिख में बीएमडब्ल्यू (BMW) को भेट देंगे और फिर सड़क के रास्ते स्टटगार्ट जाएंगे।"
    )
    got = _titles(text)
    assert got["Visit to BMW"] == ("2026-05-05", "Munich")
    assert got["Departure for Stuttgart"] == ("2026-05-05", "Stuttgart")


def test_a_passive_or_the_trip_itself_is_no_journey() -> None:
    text = "झारखंड के मंत्री 2026 में ऑस्ट्रेलिया के दौरे पर जाएंगे। 10 मार्च को सिडनी में BHP के साथ बैठक आयोजित की जाएगी।"
    assert not [t for t in _titles(text) if t.startswith("Departure")]


def test_the_whole_trip_told_as_a_journey_is_no_engagement_of_its_own() -> None:
    text = (
        "Chief Minister Pema Khandu will travel to Japan from May 4 to May 8, 2026. "
        "He will arrive in Tokyo on May 4 and meet Toyota on May 5."
    )
    got = _titles(text)
    assert "Departure for Japan" not in got
    assert got["Arrival in Tokyo"] == ("2026-05-04", "Tokyo")


def test_the_roman_hindi_table_matches_the_code_that_reads_it() -> None:
    """Each line's key is ``roman.key`` of its Latin spelling, and the Latin spelling is the parser's
    own romanisation of the Devanagari word (else ``tools/build_roman_hindi.py`` must be run again)."""
    from planner.core.article.who.people import romanise
    from planner.paths import resource_path

    lines = [
        line.split("\t")
        for line in resource_path("roman_hindi.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(lines) > 10_000
    assert all(key(roman) == spelled for roman, spelled, _, _ in lines)
    for roman, _, native, _ in lines[:: len(lines) // 400]:
        assert romanise(native).lower() == roman


def test_english_words_in_roman_hindi_stay_english() -> None:
    """ "meeting", "press conference", "plant" are read by the English rules, not as मीटिंग, प्रेस."""
    text = (
        "Patna, 2 February 2026: Bihar ke Mukhyamantri Nitish Kumar 5 se 7 February tak Singapore ke "
        "daure par rahenge.\n"
        "6 February ko Temasek ke saath meeting hogi aur phir CM Singapore mein GIC ke adhikariyon se "
        "milenge.\n"
        "7 February ko Singapore mein press conference hoga."
    )
    got = _titles(text)
    assert got["Meeting with Temasek"] == ("2026-02-06", "Singapore")
    assert got["Meeting with GIC"] == ("2026-02-06", "Singapore")
    assert got["Press conference"] == ("2026-02-07", "Singapore")
