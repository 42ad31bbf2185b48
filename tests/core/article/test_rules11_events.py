"""Round 11, events: a chamber's comma-listed portfolios before its acronym are one name; a body's
name goes on over "of the" (Roman Hindi keeps that "the" English); a welcome by the home country's
envoy is no return home; a ceremony told with another engagement is that engagement's."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.core.article.extract import Kind, is_back_reference
from planner.core.article.gazetteer import load
from planner.core.article.parse import parse_article
from planner.core.article.reading.roman import to_devanagari
from planner.core.article.reading.verbs import in_capitals
from planner.core.article.status import old_day
from planner.core.article.when.dates import find_dates
from planner.core.article.where.moves import owns_office
from planner.core.article.who.orgnames import after_common_noun, of_the
from planner.core.article.who.orgs import find_unknown, with_unknown

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"
PHILIPPINES = "rules11_events_roman_whatsapp_pb_philippines"
GHANA = "rules11_events_en_release_ka_ghana"
CHILE = "rules11_events_mixed_newsletter_mp_chile"
KENYA = "rules11_events_roman_ticker_hr_kenya"


def titles(name: str) -> dict[str, str | None]:
    draft = parse_article((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    return {e.title: (e.date.isoformat() if e.date else None) for e in draft.engagements}


def orgs(text: str) -> list[str]:
    gaz = load()
    return [m.text for m in with_unknown(text, gaz.find(text), gaz, text) if m.entity.kind == "org"]


@pytest.mark.parametrize(
    ("name", "body", "day"),
    [
        (GHANA, "Ghana Chamber of Commerce, Industries, Mines and Energy (GCCIME)", "2026-06-23"),
        (CHILE, "Santiago Chamber of Commerce, Services, Mining and Tourism (SCCSMT)", "2026-11-17"),
        (KENYA, "Nairobi Chamber of Commerce, Industries, Farming and Tourism (NCCIFT)", "2026-08-02"),
    ],
)
def test_a_chambers_comma_listed_portfolios_before_its_acronym_are_one_name(
    name: str, body: str, day: str
) -> None:
    got = titles(name)
    assert got.get(f"Meeting with {body}") == day
    assert not [t for t in got if t.endswith(body.split(", ")[-1]) and t != f"Meeting with {body}"]


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        (
            PHILIPPINES,
            {
                "Meeting with Development Bank of the Philippines": "2026-03-10",
                "MoU signing with University of the Philippines": "2026-03-11",
            },
        ),
        (
            KENYA,
            {
                "Meeting with Chamber of Industry of the Republic of Kenya": "2026-08-03",
                "MoU signing with University of the Lakes": "2026-08-03",
            },
        ),
    ],
)
def test_a_bodys_name_goes_on_over_of_the(name: str, rows: dict[str, str]) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in rows} == rows
    assert "Meeting" not in got and "MoU signing" not in got


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("He met the Development Bank of the Philippines in Manila.", "Development Bank of the Philippines"),
        ("They signed an MoU with the University of the Lakes.", "University of the Lakes"),
    ],
)
def test_of_the_carries_a_name_on(text: str, found: str) -> None:
    assert found in orgs(text)


def test_of_the_stops_at_a_role_or_a_person() -> None:
    text = "He met the Chairman of the Kansai Economic Federation and Wei Chen of the Silicon Valley Forum."
    found = orgs(text)
    assert "Kansai Economic Federation" in found
    assert not any("Wei Chen of" in f or "Chairman of" in f for f in found)
    gaz = load()
    mentions = gaz.find(text)
    kansai = text.index("Kansai")
    end = kansai + len("Kansai Economic Federation")
    assert of_the(text, kansai, end, mentions, gaz) == (kansai, end)  # "and Wei Chen of the": not its


def test_roman_hindi_keeps_the_inside_a_name() -> None:
    text = "University of the West Indies ke saath MoU hua aur wahan the log."
    out, _, _ = to_devanagari(text, list(range(len(text))), list(range(1, len(text) + 1)), [])
    assert out.startswith("University of the West Indies के")


@pytest.mark.parametrize(("name", "day"), [(PHILIPPINES, "2026-03-12"), (CHILE, "2026-11-19")])
def test_a_welcome_by_the_home_countrys_envoy_is_no_return_home(name: str, day: str) -> None:
    got = titles(name)
    assert got["Return to India"] == day
    assert got["Address to the Indian diaspora"] is not None  # the visit goes on after the welcome


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Airport पर भारत के Ambassador ने मुख्यमंत्री का स्वागत किया।", "भारत"),
        ("It was received at the airport by India's High Commissioner.", "India"),
        ("He flew back to India on Friday.", None),
    ],
)
def test_owns_office(text: str, owner: str | None) -> None:
    mentions = load().find(text)
    places = [m for m in mentions if m.entity.kind == "country"]
    assert [m.text for m in places if owns_office(text, m, mentions)] == ([owner] if owner else [])


@pytest.mark.parametrize("name", [PHILIPPINES, GHANA, CHILE])
def test_a_ceremony_told_with_another_engagement_is_that_engagements(name: str) -> None:
    draft = parse_article((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    assert not [e.title for e in draft.engagements if e.kind == Kind.CEREMONY and e.title == "Ceremony"]
    assert "Address to the Indian diaspora" in [e.title for e in draft.engagements]


ZAMBIA = "rules11_events_en_wire_tn_zambia"
ANGOLA = "rules11_events_mixed_report_ap_angola"


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        (
            ZAMBIA,
            {
                "Meeting with Copperbelt Mining Chamber": "2026-05-11",
                "Meeting with Investment and Industrial Development Corporation": "2026-05-12",
            },
        ),
        (
            ANGOLA,
            {
                "Meeting with Luanda Oil Services Chamber": "2026-07-20",
                "Meeting with Investment and Export Promotion Corporation": "2026-07-21",
            },
        ),
    ],
)
def test_a_word_for_a_kind_of_body_alone_is_no_body(name: str, rows: dict[str, str]) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in rows} == rows
    assert not [t for t in got if t.endswith((" Chamber", " Investment")) and t not in rows]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "The meeting with the Copperbelt Mining Chamber was put off: it clashed with the Chamber's poll.",
            ["Copperbelt Mining Chamber"],
        ),
        ("He will pay a call on the Minister of Trade and Industry, Ms Ana Cruz.", ["Trade and Industry"]),
        (
            "The team met the Investment and Export Promotion Corporation.",
            ["Investment and Export Promotion Corporation"],
        ),
        ("The team met the University of Rwanda on Monday.", ["University of Rwanda"]),
    ],
)
def test_kind_words_alone(text: str, bodies: list[str]) -> None:
    assert [b for b in orgs(text) if b not in ("Ms Ana Cruz",)] == bodies


def test_a_ministers_portfolios_name_the_ministry() -> None:
    text = "He will pay a call on the Minister of Trade and Industry, Ms Ana Cruz."
    gaz = load()
    found = [m.entity.name for m in with_unknown(text, gaz.find(text), gaz, text) if m.entity.kind == "org"]
    assert found == ["Ministry of Trade and Industry"]


PERU = "rules11_events_en_note_up_peru"
VIETNAM = "rules11_events_mixed_update_rj_vietnam"
TUNISIA = "rules11_events_roman_bulletin_ka_tunisia"


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        (
            PERU,
            {
                "Arrival in Lima": "2026-03-09",
                "Visit to Callao Logistics Park": "2026-03-12",
                "Meeting with Lima Leather Exporters Guild": None,
                "Return to India": "2026-03-13",
            },
        ),
        (
            VIETNAM,
            {
                "Arrival in Hanoi": "2026-04-20",
                "Meeting with Ministry of Industry and Trade": "2026-04-21",
                "Meeting with Hanoi Stone Crafts Association": None,
                "Return to India": "2026-04-23",
            },
        ),
    ],
)
def test_the_cabinets_meeting_and_one_told_by_its_time_are_no_engagements(
    name: str, rows: dict[str, str | None]
) -> None:
    got = titles(name)
    assert {t: got.get(t, "missing") for t in rows} == rows
    assert "Meeting" not in got  # "cabinet बैठक", "our Thursday meeting", "10 बजे वाली meeting"
    assert [t for t in got if t.startswith("Meeting with Ministry of ")] in (
        ["Meeting with Ministry of Energy and Mines"],  # "call on the Minister of Energy and Mines"
        ["Meeting with Ministry of Industry and Trade"],  # "Minister of Industry and Trade से मिलेगा"
    )


@pytest.mark.parametrize(
    ("text", "back"),
    [
        ("The meeting with the Kuwait Fund was postponed.", False),
        ("The meeting was postponed.", True),
        ("Lebanon changes its clocks, so our Monday meeting is at 10 am.", True),
        ("इसलिए 10 बजे वाली meeting भारत में 12:30 बजे होगी।", True),
        ("Agoria के साथ होने वाली बैठक रद्द कर दी गई है।", False),
        ("आज की cabinet बैठक में दौरे को मंजूरी दी गई।", True),
    ],
)
def test_back_references(text: str, back: bool) -> None:
    assert is_back_reference(text) is back


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("The meeting with the guild, planned for 11 March, has been postponed; no new date is set.", True),
        ("30 मार्च को Footwear Cluster के साथ प्रस्तावित बैठक स्थगित कर दी गई है।", True),
        ("The meeting set for 11 March has been postponed to 14 March.", False),
    ],
)
def test_old_day(text: str, old: bool) -> None:
    days = [d.start for d in find_dates(text)]
    assert old_day(text, days[0], days) is old


@pytest.mark.parametrize(
    ("name", "body"), [(PERU, "Lima Leather Exporters Guild"), (TUNISIA, "Sfax Phosphate Company")]
)
def test_a_meeting_postponed_from_its_old_day_has_none(name: str, body: str) -> None:
    draft = parse_article((ARTICLES / f"{name}.txt").read_text(encoding="utf-8"))
    met = next(e for e in draft.engagements if e.title == f"Meeting with {body}")
    assert (met.date, met.status.value) == (None, "postponed")


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        (
            "rules11_events_hi_report_mh_bahrain",
            {"Meeting with Bahrain Economic Development Board": "2026-10-09"},
        ),
        (
            "rules11_events_hi_wire_up_saudi",
            {
                "Meeting with Saudi Engineering Industries Council": "2027-02-02",
                "Meeting with Riyadh Textile Export Council": "2027-02-03",
            },
        ),
    ],
)
def test_a_devanagari_body_before_ke_saath_a_few_words_before_the_meeting(
    name: str, rows: dict[str, str]
) -> None:
    # "… बोर्ड के साथ मनामा में बैठक", "… काउंसिल के साथ रियाद स्थित उसके दफ्तर में बैठक", "… के साथ भी एक लंबी बैठक"
    got = titles(name)
    assert {t: got.get(t) for t in rows} == rows
    assert "Meeting" not in got


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        (
            "rules11_events_mixed_diary_gj_malaysia",
            {
                "Meeting with Selangor Rubber Growers Council": "2026-05-14",
                "Meeting with Penang Semiconductor Suppliers Forum": "2026-05-15",
            },
        ),
        (
            "rules11_events_roman_whatsapp_wb_indonesia",
            {
                "Meeting with Java Coffee Exporters Union": "2026-09-21",
                "Meeting with Sumatra Jute Millers Federation": "2026-09-22",
            },
        ),
    ],
)
def test_a_hotel_is_the_venue_not_a_body_met(name: str, rows: dict[str, str]) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in rows} == rows
    assert not [t for t in got if t.startswith("Meeting with") and t not in rows]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("14 मई को होटल Petaling Grand में Selangor Rubber Growers Council के साथ बैठक हुई।", "Petaling Grand"),
        ("The talks with Selangor Rubber Growers Council were held at the Petaling Grand hotel.", None),
    ],
)
def test_is_venue(text: str, venue: str | None) -> None:
    gaz = load()
    found = [m for m in find_unknown(text, gaz.find(text), gaz, text) if m.entity.kind == "org"]
    assert "Selangor Rubber Growers Council" in [m.text for m in found]
    assert venue is None or venue not in [m.text for m in found]


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        (
            "rules11_events_mixed_newsletter_od_uzbekistan",
            {"Arrival in Tashkent": "2026-11-09", "Meeting with Uzbek Textile Producers Union": "2026-11-10"},
        ),
        (
            "rules11_events_mixed_bulletin_gj_belarus",
            {
                "Meeting with Minsk Tractor Dealers Association": "2026-09-25",
                "Meeting with Belarusian Potash Traders Guild": "2026-09-26",
            },
        ),
    ],
)
def test_an_english_common_noun_capitalised_in_a_hindi_sentence_is_no_body(
    name: str, rows: dict[str, str]
) -> None:
    got = titles(name)
    assert {t: got.get(t) for t in rows} == rows
    assert not [t for t in got if t.endswith(("Members", "Delegation", "Mission"))]


@pytest.mark.parametrize(
    ("run", "after", "elsewhere", "name"),
    [
        ("Delegation Tashkent", " पहुंचा।", "the delegation", "Tashkent"),
        ("Members", " ने meeting की।", "our members", ""),
        ("Port of Lae", " का दौरा हुआ।", "the port", "Port of Lae"),
        (
            "Kigali Special Economic Zone",
            " का दौरा हुआ।",
            "press.kigali@mea.example.in",
            "Kigali Special Economic Zone",
        ),
        ("Enterprise Georgia", " के साथ बैठक हुई।", "", "Enterprise Georgia"),
    ],
)
def test_after_common_noun(run: str, after: str, elsewhere: str, name: str) -> None:
    text = run + after
    start = after_common_noun(text, 0, len(run), f"{elsewhere}. {text}", load())
    assert text[start : len(run)] == name


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        (
            "rules11_events_en_release_tg_egypt",
            {
                "Meeting with Egyptian Textile Exporters Council": "2026-10-06",
                "Visit to Suez Canal Economic Zone": "2026-10-07",
            },
        ),
        (
            "rules11_events_hi_report_jh_vietnam",
            {
                "Meeting with Vietnam Textile Export Council": "2027-03-18",
                "Address to the Indian diaspora": "2027-03-18",
            },
        ),
    ],
)
def test_indias_own_mission_abroad_is_no_counterpart(name: str, rows: dict[str, str]) -> None:
    # "a briefing meeting with officials at the Indian Embassy", "भारतीय दूतावास में अधिकारियों के साथ बैठक"
    got = titles(name)
    assert {t: got.get(t) for t in rows} == rows
    assert not [t for t in got if "Embassy" in t or t == "Meeting"]
    assert load().org("Embassy of India").home  # the gazetteer's flag for the delegation's own side


@pytest.mark.parametrize(
    ("name", "visits"),
    [
        # the park named after its town is a site (round 13: a visit to a site named after its city)
        ("rules11_events_en_programme_tn_senegal", ["Visit to Diamniadio Textile Park"]),
        ("rules11_events_mixed_programme_kl_srilanka", ["Visit to Biyagama Rubber Park"]),
    ],
)
def test_a_heading_in_capitals_names_no_site(name: str, visits: list[str]) -> None:
    # "(OVERSEAS VISITS CELL)", "TOUR PROGRAMME OF THIRU …", "OFFICIAL VISIT OF THE HON'BLE MINISTER …"
    assert [t for t in titles(name) if t.startswith("Visit to")] == visits


@pytest.mark.parametrize(
    ("line", "capitals"),
    [
        ("TOUR PROGRAMME OF THIRU T.R.B. RAJAA, MINISTER FOR INDUSTRIES", True),
        ("1000 hrs  Visit to Diamniadio Textile Park", False),
        ("MONDAY, 9 NOVEMBER", False),  # two words: a day's heading, not a circular's
    ],
)
def test_in_capitals(line: str, capitals: bool) -> None:
    assert in_capitals(line) is capitals
