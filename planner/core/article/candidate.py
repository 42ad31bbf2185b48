"""A candidate engagement and the facts of its sentence, and how a candidate's date, time, status,
sectors and people are filled in from its clause or its sentence (:func:`fill`): shared by the
finders (:mod:`planner.core.article.extract`) and the route and date passes after them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from planner.core.article.gazetteer import Entity, Gazetteer, Mention
from planner.core.article.reading.text import Sentence
from planner.core.article.status import old_day, status_of, tense
from planner.core.article.when.dates import DateMention, describe
from planner.core.article.when.dayof import after_apposition, closest, hindi_order, own_dates
from planner.core.article.when.times import TimeMention
from planner.core.article.who.people import Person
from planner.core.article.who.rolebody import PUBLIC_ROLE
from planner.core.model import Kind, Status


@dataclass
class Candidate:
    """An engagement as found, before duplicates are merged and places resolved."""

    title: str
    kind: Kind
    sentence: Sentence
    anchor: int
    clause: tuple[int, int]
    org: Entity | None = None
    place: Entity | None = None
    date: dt.date | None = None
    end_date: dt.date | None = None
    date_text: str = ""
    time: TimeMention | None = None
    status: Status = Status.CONFIRMED
    tense: str = "unknown"
    sectors: list[str] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    city_guessed: bool = False  # the city is an organisation's seat from the gazetteer, not the text
    country_guessed: bool = False  # the country is the one the text was last about, not named here
    date_hint: str = ""  # "27 July" when the text gives a day and month that could not be placed
    near_date: dt.date | None = None  # an undated one's paragraph is about this day (a hint only)
    host: Entity | None = None  # who organises a community event ("organised by the Telugu Samajam")
    city: Entity | None = None
    country: Entity | None = None
    origin: Entity | None = None  # where a journey starts ("from Tokyo", "मैड्रिड से")
    leaves_for: str | None = None  # the city its sentence goes on to afterwards ("और फिर … दम्माम जाएंगे")
    zones: tuple[str, ...] | None = None  # an undated one's: the zones of the visit's stops in its country


def clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next((c for c in spans if c[0] <= pos < c[1]), spans[-1])


def within(span: tuple[int, int], pos: int) -> bool:
    return span[0] <= pos < span[1]


def nearest(mentions: list[Mention], pos: int) -> Mention | None:
    return min(mentions, key=lambda m: abs(m.start - pos), default=None)


@dataclass
class SentenceFacts:
    """What one sentence names, found once and shared by the extractors."""

    sentence: Sentence
    mentions: list[Mention]
    dates: list[tuple[DateMention, dt.date | None, dt.date | None]]
    times: list[TimeMention]
    people: list[Person]

    @property
    def text(self) -> str:
        return self.sentence.text

    def of_kind(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.entity.kind == kind]

    def abroad(self, gaz: Gazetteer) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if m.entity.kind in ("city", "country") and not is_home(gaz, m.entity) and not m.passing
        ]


def is_home(gaz: Gazetteer, place: Entity) -> bool:
    country = gaz.country(place.country)
    return bool(country and country.home)


#: a clause told a day or two apart from its sentence's date: "a day after the delegation arrived"
_DAY_APART = re.compile(r"[\s,;]*(?P<n>a|one|the|two)\s+days?\s+(?P<way>after|before)\b", re.IGNORECASE)


def fill(
    cand: Candidate,
    facts: SentenceFacts,
    spans: list[tuple[int, int]],
    *,
    alone: bool,
    others: tuple[int, ...] = (),
) -> None:
    """Date, time, status, sectors and people of a candidate from its clause or its sentence."""
    text = facts.text
    clause_text = text[cand.clause[0] : cand.clause[1]]
    cand.status = status_of(clause_text)
    if cand.status == Status.CONFIRMED and alone:
        cand.status = status_of(text)  # "A meeting with Vale, planned for Nov. 1, was cancelled"
    cand.tense = tense(clause_text) if tense(clause_text) != "unknown" else tense(text)
    if cand.tense == "past" and cand.status == Status.PROPOSED:
        cand.status = Status.CONFIRMED
    in_clause = [d for d in facts.dates if within(cand.clause, d[0].start)]
    hindi = hindi_order(text)
    dated = own_dates(cand.anchor, facts.dates, in_clause, others, hindi=hindi)
    if not dated and len(facts.dates) == 1:
        dated = facts.dates
    if not dated and facts.dates and facts.dates[0][0].start < spans[0][1]:
        # "The next day, she will meet X, Y and Z, and later in the evening …": a date fronting the
        # sentence governs the clauses after it, up to the next date
        dated = [
            max(
                (d for d in facts.dates if d[0].start < cand.anchor),
                key=lambda d: d[0].start,
                default=facts.dates[0],
            )
        ]
    if not dated and not hindi:
        dated = after_apposition(cand.anchor, facts.dates, others)
    if dated:
        mention, first, last = closest(dated, cand.anchor, hindi=hindi)
        if cand.status == Status.POSTPONED and old_day(
            text, mention.start, [d[0].start for d in facts.dates]
        ):
            first = last = None  # "planned for 11 March, has been postponed": no day now
        cand.date, cand.end_date, cand.date_text = first, last, mention.text
        shift = _DAY_APART.match(clause_text)
        if shift is not None and first is not None and not within(cand.clause, mention.start):
            # "held talks on Wednesday, a day after the delegation arrived": the day before the sentence's
            days = dt.timedelta(days=1 if shift.group("n") in ("a", "one", "the") else 2)
            cand.date = cand.end_date = first - days if shift.group("way") == "after" else first + days
        if first is None and mention.hint:
            cand.date_hint = mention.hint
        elif first is None and mention.day is not None and mention.month is not None:
            cand.date_hint = describe(mention.day, mention.month)
    timed = [t for t in facts.times if within(cand.clause, t.start)]
    if not timed and len(facts.times) == 1 and alone:
        timed = facts.times
    if timed:
        cand.time = min(timed, key=lambda t: abs(t.start - cand.anchor))
    cand.sectors = [m.entity.name for m in facts.of_kind("sector")]
    org_name = cand.org.name if cand.org else None
    cand.people = [
        p
        for p in facts.people
        if p.side == "host"
        and (
            (p.org == org_name)
            # a public office is met on its own ("Meeting with …"); a body's role, with the body met
            or (
                not p.org
                and cand.kind == Kind.MEETING
                and not (p.role and cand.org is not None and PUBLIC_ROLE.search(p.role))
            )
            # "X, Chairman of Y, will host a roundtable": the only engagement of the sentence
            or (alone and cand.org is None and cand.kind != Kind.TRAVEL)
        )
    ]
