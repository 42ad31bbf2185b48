"""Property: whatever the text, no engagement gets a date that does not appear in it or follow from it."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.article import NoVisitFound, parse_article
from planner.core.article.reading.text import normalise
from planner.core.article.when.dates import ENGLISH_WEEKDAYS, HINDI_WEEKDAYS, MONTH_NAMES
from planner.core.article.when.daywords import ENGLISH_DAYS, HINDI_DAYS
from planner.core.errors import PlannerError
from tests.conftest import DATA, SEED

REAL = [
    s.strip()
    for path in [SEED, *sorted((DATA / "articles").glob("*.txt"))]
    for s in re.split(r"(?<=[।.])\s+", path.read_text(encoding="utf-8"))
    if s.strip()
]
MONTHS = sorted(MONTH_NAMES)
RELATIVE = ("अगले दिन", "The next day", "On Monday", "सोमवार को", "शुक्रवार को", "the same day", "tomorrow")


@st.composite
def date_phrase(draw: st.DrawFn) -> str:
    day = draw(st.integers(min_value=0, max_value=35))
    month = draw(st.sampled_from(MONTHS))
    year = draw(st.sampled_from(["", " 2024", " 2025", " 2026"]))
    digits = draw(st.booleans())
    text = f"{day} {month}{year}"
    return text.translate(str.maketrans("0123456789", "०१२३४५६७८९")) if digits else text


sentence = st.one_of(
    st.sampled_from(REAL),
    date_phrase().map(lambda d: f"{d} को मुख्यमंत्री टोक्यो में JETRO के अधिकारियों से मुलाकात करेंगे।"),
    date_phrase().map(lambda d: f"On {d} the minister will meet Siemens officials in Berlin at 10 a.m."),
    st.sampled_from(RELATIVE).map(lambda r: f"{r} he will visit Toyota in Osaka."),
    st.text(max_size=60),
)


def _mentioned(text: str) -> set[tuple[int, int]]:
    norm, _ = normalise(text)
    found = set()
    names = "|".join(re.escape(n) for n in sorted(MONTH_NAMES, key=len, reverse=True))
    # "7 March", "7-9 मार्च", and the ordinal "the 7th of March"
    for m in re.finditer(
        rf"(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|से|se|to|and|और)\s*(\d{{1,2}}))?(?:\s+of)?\s*({names})", norm
    ):
        month = MONTH_NAMES.get(m.group(3))
        if month:
            first = int(m.group(1))
            last = int(m.group(2) or first)
            found.update((month, d) for d in range(first, last + 1))
    for m in re.finditer(rf"({names})\.?\s+(\d{{1,2}})(?:\s*(?:-|to|and)\s*(\d{{1,2}}))?", norm):
        month = MONTH_NAMES[m.group(1)]
        first = int(m.group(2))
        found.update((month, d) for d in range(first, int(m.group(3) or first) + 1))
    # a day and month in figures ("11/6 को", "Day 1 was 8/12"), the day first
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])", norm):
        found.add((int(m.group(2)), int(m.group(1))))
    # and with its year ("22.07.2026", "26-03-2026", "9/12/2026")
    for m in re.finditer(r"(?<![\d.\-/])(\d{1,2})([.\-/])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)", norm):
        found.add((int(m.group(3)), int(m.group(1))))
    # a day in words before its month, as a transcript writes it ("सत्रह मार्च", "twenty-first of September")
    words = "|".join(re.escape(w) for w in sorted({**HINDI_DAYS, **ENGLISH_DAYS}, key=len, reverse=True))
    for m in re.finditer(rf"({words})\s+(?:of\s+)?({names})", norm, re.IGNORECASE):
        day = HINDI_DAYS.get(m.group(1)) or ENGLISH_DAYS.get(m.group(1).casefold())
        month = MONTH_NAMES.get(m.group(2))
        if day and month:
            found.add((month, day))
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(sentence, min_size=1, max_size=8),
    published=st.one_of(st.none(), st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2027, 12, 31))),
)
def test_dates_come_from_the_text(parts: list[str], published: dt.date | None) -> None:
    text = "\n".join(parts)
    try:
        draft = parse_article(text, published=published)
    except NoVisitFound:
        return
    except PlannerError as exc:
        assert "empty" in str(exc)
        return
    mentioned = _mentioned(text)
    relative = any(w.casefold() in text.casefold() for w in RELATIVE) or re.search(
        # Roman Hindi too: "CM aaj, Guruvaar ko … ravana" dates the journey by its weekday; "This
        # morning", "This evening" are the publication day; "On the 8th", "8 तारीख को" a day after
        # the date before it; "परसों" / "parson" two days from it
        r"day|दिन|वार|vaar|\baaj\b|today|tomorrow|yesterday|morning|evening|tonight|आज|कल|परसों|\bparso"
        r"|\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|तारीख"
        # a short weekday with the day of the month ("Tue 23:") dates it in the month around it
        r"|\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\s+\d{1,2}\b"
        # a live blog's entry stamped with a time alone ("6:30 PM IST:") is on the page's day
        r"|(?m:^\s*\d{1,2}[:.]\d{2}\s*(?:[AP]M\s*)?IST\s*:)",
        text,
        re.IGNORECASE,
    )
    years = {int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", normalise(text)[0])}
    years |= {y + 1 for y in years}  # a date after December rolls into the next year (with a warning)
    # and a late-December day told after an early-January one is in the December before it
    years |= {y - 1 for y in years if re.search(r"दिसंबर|दिसम्बर|December|Dec\b", text)}
    # a weekday with the date fixes its year, which may be the one before a later year the text
    # names ("रविवार, 18 अक्टूबर" in a diary posted on 3 January 2027 is 2026)
    weekday = any(w in text for w in (*HINDI_WEEKDAYS, *ENGLISH_WEEKDAYS)) or re.search(
        r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?\s+\d{1,2}\b", text
    )
    years |= {y - 1 for y in years if weekday}
    if published:
        # a plan up to a year ahead of publication, then a date after its December (story order)
        years |= {published.year - 1, published.year, published.year + 1, published.year + 2}
    for e in draft.engagements:
        day = e.day
        if day is None:
            continue
        assert day.year in years, (e.title, day, text)
        if (day.month, day.day) not in mentioned:
            assert relative, (e.title, day, text)
