"""The importer's guesses as assumptions kept with the visit: each warning that is an inference,
attached to the engagement or days it is about (or to the visit when it names neither).

The parser's warnings are sentences for people; the patterns below read them back. A warning
that reports something left undone (a date not placed, a clock time not used) is not a guess:
it stays a warning of the import and the item stays visibly unscheduled.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from planner.core.assumptions import Assumption, Concern
from planner.core.model import Engagement, Visit

_TITLED = r"^“(?P<title>[^”]+)”: "

#: (pattern, code): the first that matches a warning decides its code; ``title`` names an
#: engagement, ``quote`` a piece of the article's text, ``span`` the days of a stop.
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), code)
    for pattern, code in (
        (_TITLED + r"the article names no city; .* as the seat of ", "city.from-seat"),
        (_TITLED + r"the article names no city; .* assumed, where the delegation is", "city.from-stop"),
        (_TITLED + r"the article names no city; time zone \S+ from the country", "zone.inferred"),
        (_TITLED + r"no end time given; one hour assumed", "time.length"),
        (_TITLED + r"“[^”]*” is Indian time; shown as", "time.converted"),
        (_TITLED + r"the article says “[^”]*” .* check with the host", "time.converted"),
        (_TITLED + r"lands on .* counted from the departure", "time.converted"),
        (r"^“(?P<quote>[^”]+)” does not say morning or evening", "time.period"),
        (r"^“(?P<quote>[^”]+)” taken as ", "date.relative"),
        (r"^“(?P<quote>[^”]+)”: the last day counted from the first date", "date.relative"),
        (r"^“(?P<quote>[^”]+)” read as .*: a spelling the gazetteer does not list", "place.fuzzy"),
        (r"^year \d+ taken from the event name", "year.inferred"),
        (r"^the article names “[^”]*” but the dates are placed by the publication date", "year.inferred"),
        (r"^publication date \S+ taken from ", "published.assumed"),
        (r"^the article speaks of a \d+-day visit .* not stated", "span.unfilled"),
        (r"^(?:end|start) date \S+ counted ", "span.counted"),
        (r"^the article says the visit is \w+ ", "status.inferred"),
        (r"^assumed in (?P<place>.+?) (?P<span>\d[^:]*): ", "stop.assumed"),
    )
)


def assumptions_of(warnings: list[str], visit: Visit) -> list[Assumption]:
    """The assumptions among ``warnings``, attached to ``visit``'s engagements and days."""
    found = []
    for warning in warnings:
        for pattern, code in _RULES:
            match = pattern.match(warning)
            if match is not None:
                found.append(_attach(code, warning, match, visit))
                break
    return found


def _attach(code: str, text: str, match: re.Match[str], visit: Visit) -> Assumption:
    groups = match.groupdict()
    engagement: Engagement | None = None
    if groups.get("title"):
        engagement = next((e for e in visit.engagements if e.title == groups["title"]), None)
    elif groups.get("quote"):
        engagement = _quoting(visit, groups["quote"])
    if engagement is not None:
        return Assumption(code, text, Concern.ENGAGEMENT, engagement_uid=engagement.uid)
    if groups.get("span"):
        days = _span(visit, groups["span"].strip())
        if days is not None:
            return Assumption(code, text, Concern.DAYS, first_day=days[0], last_day=days[1])
    return Assumption(code, text)


def _quoting(visit: Visit, quote: str) -> Engagement | None:
    """The engagement whose sentence holds ``quote`` (the first, when several do)."""
    return next((e for e in visit.engagements if quote and quote in e.source), None)


def _days(visit: Visit) -> Iterator[dt.date]:
    known = [d for s in visit.stops for d in (s.arrive, s.depart) if d is not None]
    known += [d for d in (visit.start_date, visit.end_date) if d is not None]
    if not known:
        return
    day, last = min(known), max(known)
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def span_text(a: dt.date, b: dt.date) -> str:
    """Days as the stops module writes them (``23 Aug``, ``25–27 Aug``, ``30 Aug–2 Sep``); it
    imports the draft, which imports this module, so the format is repeated here (a test holds
    the two together)."""
    if a == b:
        return f"{a.day} {a:%b}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {a:%b}"
    return f"{a.day} {a:%b}–{b.day} {b:%b}"


def _span(visit: Visit, text: str) -> tuple[dt.date, dt.date] | None:
    """The days ``25–27 Aug`` names within the visit (written as the stops module writes them)."""
    days = list(_days(visit))
    for i, first in enumerate(days):
        for last in days[i:]:
            if span_text(first, last) == text:
                return first, last
    return None
