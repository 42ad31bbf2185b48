"""Round 9, events: a signing's partner named after ``signed … with``; signings told as the trip's
sum, a hope or a denial are no engagements; a signing told again with no partner is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.article.parse import parse_article

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"


def titles(name: str) -> dict[str, str | None]:
    draft = parse_article((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    return {e.title: (e.date.isoformat() if e.date else None) for e in draft.engagements}


def parsed(text: str) -> dict[str, str | None]:
    draft = parse_article(text)
    return {e.title: (e.date.isoformat() if e.date else None) for e in draft.engagements}


@pytest.mark.parametrize(
    ("name", "signings"),
    [
        (
            "rules9_events_en_wire_ka_philippines",
            {
                "MoU signing with Luzon Agri Ventures": "2026-03-17",
                "MoU signing with Visayas Solar Dynamics": "2026-03-18",
            },
        ),
        ("rules9_events_en_report_gj_ecuador", {"MoU signing with Andes Cacao Exportadora": "2026-09-06"}),
    ],
)
def test_the_body_a_deal_is_signed_with_is_its_partner(name: str, signings: dict[str, str]) -> None:
    got = titles(name)
    assert {t: d for t, d in got.items() if t.startswith("MoU")} == signings


@pytest.mark.parametrize(
    "name",
    [
        "rules9_events_en_wire_ka_philippines",  # the sum, "hoping to sign … during the trip"
        "rules9_events_en_preview_hr_serbia",  # "during which the state hopes to sign", "No memorandum"
        "rules9_events_hi_report_od_ethiopia",  # "यात्रा के दौरान कुल 900 करोड़ … समझौता ज्ञापन हुए"
        "rules9_events_hi_wire_up_bulgaria",
    ],
)
def test_signings_told_aside_are_no_engagements(name: str) -> None:
    assert "MoU signing" not in titles(name)


def test_a_signing_with_no_partner_is_no_engagement_when_denied() -> None:
    got = parsed(
        "Mumbai, 4 May 2026: Minister Uday Samant, on a visit to Latvia, reached Riga on 4 May."
        " On 5 May he met the Latvian Chamber of Commerce and Industry."
        " No MoU was signed on the visit, officials said."
    )
    assert "MoU signing" not in got
    assert got["Meeting with Latvian Chamber of Commerce and Industry"] == "2026-05-05"


def test_a_dated_signing_without_a_partner_still_counts() -> None:
    got = parsed(
        "Mumbai, 4 May 2026: Minister Uday Samant, on a visit to Latvia, reached Riga on 4 May."
        " He signed an MoU there on 5 May."
    )
    assert got["MoU signing"] == "2026-05-05"


def test_a_signing_told_again_is_one() -> None:
    text = (ARTICLES / "rules9_events_en_report_gj_ecuador.txt").read_text(encoding="utf-8")
    draft = parse_article(text)
    signings = [e for e in draft.engagements if e.title.startswith("MoU")]
    assert [(e.title, e.city) for e in signings] == [
        ("MoU signing with Andes Cacao Exportadora", "Guayaquil")
    ]


@pytest.mark.parametrize(
    ("name", "meeting", "signing"),
    [
        (
            "rules9_events_hi_wire_up_bulgaria",
            "Meeting with Bulgaria Investment Agency (BIA)",
            "MoU signing with University of Sofia",
        ),
        (
            "rules9_events_mixed_report_mh_latvia",
            "Meeting with Baltic Trade and Investment Council (BTIC)",
            "MoU signing with University of Latvia",
        ),
    ],
)
def test_hindi_bodies_by_their_devanagari_acronym_and_before_ke_saath(
    name: str, meeting: str, signing: str
) -> None:
    got = titles(name)
    assert meeting in got and signing in got
    assert not any(("Petrov" in t or "Ozola" in t) for t in got)  # not the person who heads it


@pytest.mark.parametrize(
    ("words", "acronym", "english"),
    [
        (["Sri Lanka", "Investment", "Board"], "BOI", "Board of Investment of Sri Lanka"),
        (["Baltic", "Trade", "and", "Investment", "Council"], "BTIC", "Baltic Trade and Investment Council"),
        (["Polish", "Investment", "and", "Trade", "Agency"], "PAIH", "Polish Investment and Trade Agency"),
        (["Commerce", "and", "Industry", "Chamber"], "GZS", "Chamber of Commerce and Industry"),
    ],
)
def test_the_acronym_tells_the_english_order(words: list[str], acronym: str, english: str) -> None:
    from planner.core.article.who.acronyms import english_name

    places = [w == "Sri Lanka" for w in words]
    assert " ".join(english_name(words, places, None, acronym)) == english


def test_devanagari_letters_spell_an_acronym() -> None:
    from planner.core.article.reading.romanise import letters

    assert letters("यूएनएसडब्ल्यू") == "UNSW"
    assert letters("जीज़ेडएस") == "GZS"
    assert letters("सोफिया") is None and letters("के") is None


def test_a_name_missing_a_word_keeps_its_acronym_alone() -> None:
    got = parsed(
        "हैदराबाद, 6 अक्टूबर 2026। मुख्यमंत्री ऑस्ट्रेलिया दौरे पर 5 अक्टूबर को सिडनी पहुंचे। मंगलवार, 6 अक्टूबर को"
        " उन्होंने न्यू साउथ वेल्स विश्वविद्यालय (यूएनएसडब्ल्यू) के साथ समझौता ज्ञापन पर हस्ताक्षर किए।"
    )
    assert "MoU signing with UNSW" in got
    assert not any("Wells" in t for t in got)


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("rules9_events_hi_epaper_mp_cyprus", "2026-03-10"),
        ("rules9_events_en_release_tn_portugal", "2026-05-15"),
    ],
)
def test_investors_met_as_a_gathering_are_an_investors_meet(name: str, day: str) -> None:
    got = titles(name)
    assert got["Investors' meet"] == day
    assert "Meeting with investors" not in got


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("11 मार्च को निकोसिया में निवेशकों के साथ संवाद कार्यक्रम होगा।", "Investors' meet"),
        ("11 मार्च को निकोसिया में निवेशकों की बैठक होगी।", "Investors' meet"),
        ("11 मार्च को निकोसिया में पर्यटन निवेशकों के साथ बैठक होगी।", "Meeting with investors"),  # a meeting
    ],
)
def test_hindi_gatherings_of_investors(sentence: str, title: str) -> None:
    got = parsed(f"भोपाल, 5 मार्च 2026। मुख्यमंत्री 9 मार्च को साइप्रस की राजधानी निकोसिया पहुंचेंगे। {sentence}")
    assert got[title] == "2026-03-11"


@pytest.mark.parametrize(
    ("name", "moves"),
    [
        (
            "rules9_events_hi_cancelled_jh_slovakia",
            {
                "Arrival in Bratislava": "2026-04-06",  # "पहुंचते"
                "Departure for Košice": "2026-04-08",  # "Košice जाकर"
                "Departure for Bratislava": "2026-04-09",  # "Bratislava लौटकर"
                "Return to India": "2026-04-10",  # "स्वदेश लौटते"
            },
        ),
        (
            "rules9_events_hi_report_br_ghana",
            {
                "Arrival in Accra": "2026-07-14",  # "अक्रा पहुंचकर"
                "Departure for Kumasi": "2026-07-15",
                "Departure for Accra": "2026-07-16",
                "Return to India": "2026-07-17",
            },
        ),
    ],
)
def test_hindi_participles_and_conditionals_of_travel(name: str, moves: dict[str, str]) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in moves} == moves


def test_a_cancelled_plan_in_the_conditional_is_cancelled() -> None:
    draft = parse_article(
        (ARTICLES / "rules9_events_hi_cancelled_jh_slovakia.txt").read_text(encoding="utf-8")
    )
    assert {e.status.value for e in draft.engagements} == {"cancelled"}
    assert "Meeting with business leaders" in {e.title for e in draft.engagements}  # "उद्योगपतियों से मिलता"


@pytest.mark.parametrize(
    "text",
    [
        "पटना, 21 जुलाई 2026। मुख्यमंत्री नीतीश कुमार 16 जुलाई को घाना की राजधानी अक्रा पहुंचे। 19 जुलाई को वे अक्रा"
        " से स्वदेश लौटे। 20 जुलाई को पटना पहुंचते ही उन्होंने बाढ़ की समीक्षा की।",
        "Chennai, 21 May 2026: Minister T.R.B. Rajaa arrived in Lisbon, Portugal, on 16 May."
        " He flew back to India"
        " on 19 May and landed in Chennai on 20 May.",
    ],
)
def test_landing_home_the_next_day_is_the_same_return(text: str) -> None:
    draft = parse_article(text)
    returns = [e.date.isoformat() for e in draft.engagements if e.title == "Return to India" and e.date]
    assert len(returns) == 1 and returns[0].endswith("-19")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (  # an itinerary's item
            "Tour programme of Minister Shri M.B. Patil to Albania\n\nDay-1 (Mon) 08.06.2026\n"
            "0715 hrs | Arrival at Tirana International Airport.\n"
            "1500 hrs | Meeting with ALB Petrol Shpk on refining; CEO Mr. Arben Hoxha.\n",
            "Meeting with ALB Petrol Shpk",
        ),
        (
            "Chandigarh, 25 April 2026: Haryana Industries Minister Rao Narbir Singh reached Yerevan,"
            " Armenia, on 21 April. On 22 April he had a long meeting with Enterprise Armenia.",
            "Meeting with Enterprise Armenia",
        ),
        (
            "Lucknow, 25 October 2026: Minister Nand Gopal Gupta arrived in Vilnius, Lithuania, on 22"
            " October. On 23 October the Minister met the Invest Lithuania team at the agency's office.",
            "Meeting with Invest Lithuania",
        ),
    ],
)
def test_a_body_named_only_as_what_a_meeting_is_with(text: str, title: str) -> None:
    got = parsed(text)
    assert title in got
    assert "Meeting" not in got and not any(t.startswith("Meeting with Arben") for t in got)


@pytest.mark.parametrize(
    ("name", "community"),
    [
        ("rules9_events_en_wire_ka_philippines", "Kannadiga"),
        ("rules9_events_en_release_tn_portugal", "Tamil"),
    ],
)
def test_a_languages_families_abroad_are_the_diaspora(name: str, community: str) -> None:
    got = titles(name)
    assert "Meeting with the Indian diaspora" in got
    assert f"Meeting with {community}" not in got


@pytest.mark.parametrize(
    ("name", "town", "day"),
    [
        ("rules9_events_mixed_thread_gj_kyrgyzstan", "Morbi", "2026-05-16"),
        ("rules9_events_en_report_mp_uruguay", "Indore", "2026-03-09"),
    ],
)
def test_firms_named_by_a_town_and_the_diaspora_told_twice(name: str, town: str, day: str) -> None:
    got = titles(name)
    assert f"Meeting with {town}" not in got
    community = {t: d for t, d in got.items() if "diaspora" in t}
    assert community == {"Address to the Indian diaspora": day}


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("rules9_events_en_analysis_wb_georgia", "Georgian National Investment Agency (GNIA)"),
        ("rules9_events_en_wire_as_tunisia", "Tunisia Investment Authority (TIA)"),
    ],
)
def test_the_trip_named_by_a_determiner_is_no_site(name: str, body: str) -> None:
    """Each sentence on its own: the body after "the meeting of the tour/visit" is met, not visited."""
    from planner.core.article.extract import extract
    from planner.core.article.gazetteer import load
    from planner.core.article.parse import _Parser

    parser = _Parser((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"), None, load())
    facts = parser._facts(parser._year(), "", set())
    found = [c.title for f in facts if "meeting of the" in f.text for c in extract(f, parser.gaz)]
    assert found == [f"Meeting with {body}"]


def statuses(name: str) -> dict[str, tuple[str | None, str]]:
    draft = parse_article((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    return {e.title: (e.date.isoformat() if e.date else None, e.status.value) for e in draft.engagements}


@pytest.mark.parametrize(
    ("name", "off", "later"),
    [
        (
            "rules9_events_hi_cutshort_ka_montenegro",
            {"Visit to Elektroprivreda Crne Gore": "2026-05-11", "Investors' meet": "2026-05-12"},
            "Meeting with Montenegro Investment Agency",
        ),
        (
            "rules9_events_en_report_goa_iceland",
            {"Visit to Marel": "2026-08-19", "Investors' roundtable": "2026-08-20"},
            "Meeting with Landsvirkjun",
        ),
    ],
)
def test_what_the_next_sentence_calls_off_and_what_waits_for_the_next_trip(
    name: str, off: dict[str, str], later: str
) -> None:
    got = statuses(name)
    assert {t: got[t] for t in off} == {t: (d, "cancelled") for t, d in off.items()}
    assert got[later] == (None, "postponed")
    assert {s for t, (_, s) in got.items() if t not in off and t != later} == {"confirmed"}
    draft = parse_article((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    back = next(e.date for e in draft.engagements if e.title == "Return to India")
    assert draft.end_date == back  # the visit ends with the return, not on a cancelled day


def test_a_later_visit_as_a_verb_is_no_other_trip() -> None:
    draft = parse_article(
        "Bengaluru, 20 October 2026: Minister M.B. Patil will reach Milan, Italy, on 24 October. On 25"
        " October he will meet Pirelli's chief executive and later visit the company's research centre."
    )
    assert "Meeting with Pirelli" in {e.title for e in draft.engagements}
    assert {e.status.value for e in draft.engagements} == {"confirmed"}


@pytest.mark.parametrize(
    ("name", "day", "entries"),
    [
        (
            "rules9_events_en_live_tn_japan",
            "2026-10-21",
            [
                "Visit to Keihanna Research Complex",
                "MoU signing with Omron Healthcare",
                "Address to the Indian diaspora",
            ],
        ),
        (
            "rules9_events_mixed_live_up_singapore",
            "2026-03-04",
            ["Visit to Jurong Innovation District", "Meeting with Temasek", "Address to the Indian diaspora"],
        ),
    ],
)
def test_live_entries_under_stamps_on_their_own_lines_are_of_the_pages_day(
    name: str, day: str, entries: list[str]
) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in entries} == dict.fromkeys(entries, day)
    assert "MoU signing" not in got  # the headline's "Omron MoU signed" is the body's signing


def test_moving_on_to_a_city_is_a_journey_and_a_clock_moving_to_summer_time_is_not() -> None:
    assert titles("rules9_events_en_live_tn_japan")["Departure for Tokyo"] == "2026-10-22"
    assert "Departure for Romania" not in titles("blind7_en_protocol_as_romania")


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("rules9_events_hi_report_od_ethiopia", "EEP Group"),
        ("rules9_events_hi_epaper_mp_cyprus", "CYTA Holdings"),
    ],
)
def test_a_body_named_by_its_acronym_in_devanagari_letters(name: str, body: str) -> None:
    got = titles(name)
    assert f"Meeting with {body}" in got
    assert not any(("Din" in t or "Unhonne" in t) for t in got)  # "उसी दिन", "उन्होंने": no part of it


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        ("rules9_events_hi_preview_rj_qatar", {"Investors' meet": "2026-02-09"}),
        (
            "rules9_events_mixed_itinerary_mp_bahrain",
            {"Visit to Bahrain Bay": "2026-04-22", "Meeting with Bahrain Tamkeen Authority": "2026-04-22"},
        ),
    ],
)
def test_a_line_opened_by_an_ordinal_day_dates_all_its_sentences(name: str, rest: dict[str, str]) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in rest} == rest


@pytest.mark.parametrize(
    ("name", "ministry", "status"),
    [
        ("rules9_events_hi_wire_up_bulgaria", "Ministry of Innovation and Development", "confirmed"),
        ("rules9_events_hi_report_br_ghana", "Ministry of Trade and Industry", "proposed"),
    ],
)
def test_a_foreign_ministry_named_by_its_portfolios_in_hindi(name: str, ministry: str, status: str) -> None:
    got = statuses(name)
    assert got[f"Meeting with {ministry}"] == (None, status)
    assert "Meeting with Ministry of Industry" not in got  # the whole name, not its last portfolio


@pytest.mark.parametrize(
    ("name", "bodies"),
    [
        (
            "rules9_events_mixed_report_hp_portugal",
            ["Energias renováveis do Atlântico (ERA)", "Agência para a competitividade (APC)"],
        ),
        (
            "rules9_events_mixed_wire_uk_czechia",
            ["Česká agentura pro investice (CAI)", "Svaz průmyslu a dopravy (SPD)"],
        ),
    ],
)
def test_a_name_in_sentence_case_runs_back_as_far_as_its_acronym_spells(name: str, bodies: list[str]) -> None:
    got = titles(name)
    assert all(f"Meeting with {b}" in got for b in bodies)
    assert not any(t.startswith("Meeting with") and t.split()[-1] in ("Ferreira", "Dvořák") for t in got)


def test_an_acronym_spelled_with_or_without_its_links() -> None:
    from planner.core.article.who.acronyms import _fits

    assert _fits(["Agência", "para", "a", "competitividade"], "APC")
    assert _fits(["Svaz", "průmyslu", "a", "dopravy"], "SPD")
    assert not _fits(["Energias", "renováveis"], "ERA")


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("rules9_events_roman_whatsapp_ka_kenya", "Board of Export Promotion of Kenya"),
        ("rules9_events_roman_wire_mh_angola", "Board of Trade of Angola"),
    ],
)
def test_roman_hindi_keeps_an_english_name_opened_by_a_hindi_loanword(name: str, body: str) -> None:
    got = titles(name)
    assert f"Meeting with {body}" in got
    assert not any(t.startswith(("Meeting with Export", "Meeting with Trade")) for t in got)


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("rules9_events_hi_epaper_mp_cyprus", "2026-03-10"),
        ("rules9_events_en_release_tn_portugal", "2026-05-15"),
    ],
)
def test_a_headline_meeting_with_investors_is_the_bodys_gathering_that_day(name: str, day: str) -> None:
    got = titles(name)
    assert got["Investors' meet"] == day
    assert "Meeting with investors" not in got


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("rules9_events_en_wire_ka_netherlands", "Netherlands Enterprise Agency (RVO)"),
        ("rules9_events_en_release_kl_uae", "Emirates Investment Authority (EIA)"),
    ],
)
def test_a_body_opened_by_a_country_known_with_its_the(name: str, body: str) -> None:
    got = titles(name)
    assert f"Meeting with {body}" in got
    assert not any(t in ("Meeting", "Visit to Netherlands") for t in got)
