"""Engagements from sentences: what happens (kind), with whom (organisation), when, where, how firm."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from planner.core.article.gazetteer import Entity, Gazetteer, Mention
from planner.core.article.reading import verbs
from planner.core.article.reading.lists import listed_with
from planner.core.article.reading.seen import owner as works_owner
from planner.core.article.reading.text import Sentence, clauses
from planner.core.article.status import old_day, status_of, tense
from planner.core.article.when.dates import DateMention, describe
from planner.core.article.when.dayof import after_apposition, closest, hindi_order, own_dates, settle
from planner.core.article.when.times import TimeMention
from planner.core.article.where import airports, leaving, moves
from planner.core.article.where.daytrips import FOR_THE_DAY
from planner.core.article.who.boards import named_in
from planner.core.article.who.people import Person
from planner.core.article.who.rolebody import PUBLIC_ROLE
from planner.core.article.who.rowlead import leads_row
from planner.core.model import Kind, Status

_SITEABLE = frozenset({"site", "event", "company", "agency", "chamber", "found"})
_HOSTED_BY = re.compile(
    r"(?i:\b(?:organi[sz]ed|hosted|arranged|convened)\s+by\s+(?:the\s+)?)|द्वारा\s+आयोजित|की\s+मेजबानी"
)


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


def _clause_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    return next((c for c in spans if c[0] <= pos < c[1]), spans[-1])


def _in(span: tuple[int, int], pos: int) -> bool:
    return span[0] <= pos < span[1]


def _nearest(mentions: list[Mention], pos: int) -> Mention | None:
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
            if m.entity.kind in ("city", "country") and not _is_home(gaz, m.entity) and not m.passing
        ]


def _is_home(gaz: Gazetteer, place: Entity) -> bool:
    country = gaz.country(place.country)
    return bool(country and country.home)


def _outside(text: str, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of ``pattern`` that are not part of a back-reference (``इस बैठक``, ``this meeting``)."""
    refs = verbs.back_references(text)
    return [m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in refs)]


def is_back_reference(text: str) -> bool:
    return bool(verbs.back_references(text))


def extract(facts: SentenceFacts, gaz: Gazetteer) -> list[Candidate]:
    """The engagements one sentence describes."""
    text = facts.text
    spans = clauses(text)
    found: list[Candidate] = []
    used: set[str] = set()
    ours = [m for m in facts.of_kind("org") if m.entity.home]  # India's missions abroad: no counterpart
    orgs = [m for m in facts.of_kind("org") if m.entity.type != "community" and m not in ours]
    community = [m for m in facts.of_kind("org") if m.entity.type == "community"]

    def add(
        title: str,
        kind: Kind,
        anchor: int,
        org: Entity | None = None,
        place: Entity | None = None,
        *,
        claim: bool = True,
    ) -> None:
        found.append(Candidate(title, kind, facts.sentence, anchor, _clause_of(spans, anchor), org, place))
        if org is not None and claim:
            used.add(org.name)

    dated_after = [d[0].start for d in facts.dates if d[1] is not None]
    for rx, mode in moves.TRAVEL_VERBS:
        for m in _outside(text, rx):
            if rx is verbs.RETURN_BEFORE and not any(p > m.end() for p in dated_after):
                continue
            if mode == "return" and verbs.to_lodging(text, m):
                continue  # "1430 hrs  Return to hotel; rest", "Hotel वापसी": within the day
            if m.group().startswith("जा") and verbs.NOT_GOING.search(text, 0, m.start()):
                continue
            clause = _clause_of(spans, m.start())
            here = [
                p
                for p in facts.mentions
                if p.entity.kind in ("city", "country")
                and _in(clause, p.start)
                and not moves.owns_office(text, p, facts.mentions)
            ]
            home = [p for p in here if _is_home(gaz, p.entity)]
            away = [p for p in here if not _is_home(gaz, p.entity) and not p.passing]
            away = moves.not_origins(text, away) if mode == "arrive" else away
            if mode == "depart" and moves.went_nowhere(text, m, away):
                continue
            away = away or (airports.served(text, facts.abroad(gaz), *clause) if mode == "arrive" else [])
            back_to = verbs.returns_to(text, away, m) if mode == "return" and not home else None
            if back_to is not None:
                # "will return to Buenos Aires", "wapas Lima lautenge": a move within the visit
                add(f"Departure for {back_to.entity.name}", Kind.TRAVEL, m.start(), place=back_to.entity)
                continue
            if mode == "return" and not home and FOR_THE_DAY.search(text):
                continue  # "… day trip पर गए और शाम को ही लौट आए": back from the day out, not home
            if mode == "return" or (away == [] and home and mode == "arrive"):
                if mode == "return" or home:
                    add("Return to India", Kind.TRAVEL, m.start())
                continue
            going = (
                [p for p in here if p.start >= m.end() and verbs.is_destination(text, p)]
                if mode == "depart"
                else []
            )
            if mode == "depart" and airports.bound_for_airport(text, *clause):
                continue  # "departs Novi Sad for Belgrade Nikola Tesla Airport": the way out by air
            homes = [p for p in facts.mentions if p.entity.kind == "state" or _is_home(gaz, p.entity)]
            onto = going[:1] or [p for p in here if verbs.is_destination(text, p) and p not in home][:1]
            onto = onto or moves.gone_before(text, m, away)  # "Zurich गया और वहां से दिल्ली की flight"
            if mode == "depart" and onto and moves.flies_on_home(text, onto[0], homes):
                add("Return to India", Kind.TRAVEL, m.start())  # by way of Dubai, on home from there
                continue
            if going and not _is_home(gaz, going[0].entity):
                # "leave Seoul by road for Pohang": the place it is for, not the one it leaves
                add(f"Departure for {going[0].entity.name}", Kind.TRAVEL, m.start(), place=going[0].entity)
                continue
            bound = [p for p in here if verbs.is_destination(text, p)]  # "मिलान से भोपाल के लिए प्रस्थान"
            left = mode == "depart" and leaving.leaves_for_home(text, m, away, home)  # "leaves X for home"
            if going or left or (mode == "depart" and bound and all(p in home for p in bound)):
                add("Return to India", Kind.TRAVEL, m.start())
                continue
            if mode == "arrive" and verbs.TRIP_BEGAN.fullmatch(m.group()):
                # "दौरे की शुरुआत सोमवार, 17 August को Lima से हुई": the date may split the clause
                after = [p for p in facts.abroad(gaz) if p.start >= m.end()]
                away = after[:1]
            target = _nearest(away, m.start())
            if target is None or (mode == "depart" and verbs.leaves_then_arrives(text, home, m)):
                continue
            title = (
                f"Arrival in {target.entity.name}"
                if mode == "arrive"
                else f"Departure for {target.entity.name}"
            )
            add(title, Kind.TRAVEL, m.start(), place=target.entity)
    diaspora = gaz.org("Indian diaspora")
    loose = verbs.COMMUNITY.search(text)
    gathering = verbs.MEETING.search(text) or verbs.ADDRESS.search(text) or verbs.GATHERING.search(text)
    if not community and diaspora and loose and gathering and not verbs.BUSINESS.search(loose.group()):
        community = [Mention(diaspora, loose.start(), loose.end(), loose.group())]
    if community:
        verb = verbs.community_verb(text, _clause_of(spans, community[0].start))
        add(f"{verb} the {community[0].entity.name}", Kind.COMMUNITY, community[0].start, community[0].entity)
        host = _host(text, orgs)
        if host is not None:
            found[-1].host = host.entity
            used.add(host.entity.name)
    for m in _outside(text, verbs.MOU) + _outside(text, verbs.INAUGURATE) + _outside(text, verbs.CEREMONY):
        clause = _clause_of(spans, m.start())
        # "X signed an MoU with Guidance Tamil Nadu": a body at home is our side, the partner is abroad
        theirs = [o for o in orgs if not _is_home(gaz, o.entity)] or orgs
        org = _nearest([o for o in theirs if _in(clause, o.start)], m.start()) or _nearest(theirs, m.start())
        if verbs.MOU.fullmatch(m.group()):
            title = f"MoU signing with {org.entity.name}" if org else "MoU signing"
        elif verbs.INAUGURATE.fullmatch(m.group()):
            title = f"Inauguration at {org.entity.name}" if org else "Inauguration"
        else:
            title = f"Ceremony at {org.entity.name}" if org else "Ceremony"
        add(title, Kind.CEREMONY, m.start(), org.entity if org else None)
        if org is not None and verbs.MOU.fullmatch(m.group()):
            for other in listed_with(text, orgs, org):  # "MoUs with Bosch and Volkswagen": one each
                if _is_home(gaz, other.entity) or _is_home(gaz, org.entity):
                    continue  # "Tamil Nadu Guidance and Embraer signed": our side and the counterpart
                add(f"MoU signing with {other.entity.name}", Kind.CEREMONY, other.start, other.entity)
        break
    for m in _outside(text, verbs.PRESS)[:1]:
        add("Press conference", Kind.PRESS, m.start())
    for rx, title in verbs.ROADSHOW:
        hit = rx.search(text)
        if hit:
            clause = _clause_of(spans, hit.start())
            host = _nearest(
                [
                    o
                    for o in orgs
                    if _in(clause, o.start) and o.entity.name not in used and not verbs.visited(text, o)
                ],
                hit.start(),
            )  # "X का दौरा और निवेशकों का सम्मेलन": X is visited, not the meet's host
            add(title, Kind.OTHER, hit.start(), host.entity if host else None)
            break
    meetings = named_in(_outside(text, verbs.MEETING), orgs)
    countries = [p for p in facts.mentions if p.entity.kind == "country"]
    for m in named_in(_outside(text, verbs.SITE), orgs):
        if verbs.trip_itself(text, m, countries) or verbs.in_capitals(text):
            continue  # "as part of his four-day visit to Japan", "जापान का दौरा": the trip, no site
        clause = _clause_of(spans, m.start())
        targets = [
            o
            for o in orgs
            if o.entity.type in _SITEABLE
            and (o.entity.name not in used or verbs.takes(text, m, o))
            and not verbs.PEOPLE_OF.match(text, o.end)  # "KCCI के पदाधिकारियों के साथ": met, not visited
            and (_in(clause, o.start) or len(orgs) == 1)
            and works_owner(text, m, o, facts.mentions)
            and not any(
                abs(t.start() - verbs.owned_from(text, o)) < abs(m.start() - verbs.owned_from(text, o))
                for t in meetings
            )
        ]
        for o in targets:
            site = " site" if o.entity.type == "event" and verbs.SITE_WORDS.search(text) else ""
            add(f"Visit to {o.entity.name}{site}", Kind.SITE_VISIT, o.start, o.entity)
        ref = verbs.ITS.match(text, m.end())
        earlier = [o for o in orgs if o.end <= m.start() and o.entity.type in _SITEABLE]
        if not targets and ref and earlier:
            entity = earlier[-1].entity
            add(f"Visit to {entity.name}", Kind.SITE_VISIT, m.start(), entity, claim=False)
    hosts = [p for p in facts.people if p.side == "host"]
    if meetings:
        pending = [o for o in orgs if o.entity.name not in used]
        seen: set[str] = set()
        for o in pending:
            if o.entity.name in seen or (o.entity.parent and o.entity.parent in used):
                continue
            seen.add(o.entity.name)
            trigger = min(meetings, key=lambda t: abs(t.start() - o.start))
            add(
                f"Meeting with {o.entity.name}",
                Kind.MEETING,
                o.start if abs(trigger.start() - o.start) < 200 else trigger.start(),
                o.entity,
            )
        alone = [p for p in hosts if not p.org and p.role and PUBLIC_ROLE.search(p.role)]
        if pending and alone and not any(c.kind == Kind.OTHER for c in found):
            # "meet NSW Premier Chris Minns, and Vanessa Hudson, CEO of Qantas": the premier is met
            # for no body; a meeting of their own beside the bodies' (a body's role, "Codelco, where
            # Executive President X …", is that body's person)
            trigger = min(meetings, key=lambda t: abs(t.start() - alone[0].start))
            add(f"Meeting with {' and '.join(p.name for p in alone[:3])}", Kind.MEETING, trigger.start())
        if not pending and not community:
            audience = next((label for rx, label in verbs.AUDIENCE if rx.search(text)), None)
            if audience and verbs.sums_up(text, dated=bool(facts.dates)):
                pass  # "after three days of meetings with investors": the visit summed up, no engagement
            elif audience and not any(c.kind == Kind.OTHER for c in found):
                many = audience == "investors" and verbs.ATTENDED.search(text)  # a gathering of them
                add(
                    "Investors' meet" if many else f"Meeting with {audience}",
                    Kind.OTHER if many else Kind.MEETING,
                    meetings[0].start(),
                )
            elif hosts and not any(c.kind in (Kind.MEETING, Kind.OTHER) for c in found):
                names = " and ".join(p.name for p in hosts[:3])
                add(f"Meeting with {names}", Kind.MEETING, meetings[0].start())
            elif not found and facts.dates and facts.abroad(gaz) and not is_back_reference(text) and not ours:
                # "A meeting with the trade minister in Paris on April 1 is likely": a dated meeting
                # abroad whose counterpart the gazetteer cannot name is still an engagement
                add("Meeting", Kind.MEETING, meetings[0].start())
        elif not pending and hosts and not any(c.kind in (Kind.MEETING, Kind.OTHER) for c in found):
            # "will meet Ontario's Premier Doug Ford, and on June 10 address the diaspora": a person
            # met in a clause of their own, beside the community event of another
            near = _clause_of(spans, community[0].start)
            apart = [p for p in hosts if not _in(near, p.start)]
            if apart:
                trigger = min(meetings, key=lambda t: abs(t.start() - apart[0].start))
                names = " and ".join(p.name for p in apart[:3])
                add(f"Meeting with {names}", Kind.MEETING, trigger.start())
    lead = next((o for o in orgs if not found and leads_row(text, o.start, o.end, facts.mentions)), None)
    if lead is not None:  # "Tue 9 Mar, 10:00 — Ministry of …, Minister X.": a row met with, no verb
        add(f"Meeting with {lead.entity.name}", Kind.MEETING, lead.start, lead.entity)
    found = [c for c in found if not _their_ceremony(c, found)]
    for cand in found:
        others = tuple(c.anchor for c in found if c is not cand)
        _fill(cand, facts, spans, alone=len(found) == 1, others=others)
    settle(found, facts.dates, facts.times)
    return found


def _their_ceremony(cand: Candidate, found: list[Candidate]) -> bool:
    """A ceremony that names no body, told with another engagement (``भारतीय समुदाय के milan
    समारोह में … संबोधित``, ``… हवाई अड्डे पर … समारोह से स्वागत``, "held a welcome ceremony … which
    the minister addressed"): the ceremony is how that engagement went, not one of its own."""
    return cand.title == "Ceremony" and any(c is not cand for c in found)


def extract_trip(facts: SentenceFacts, gaz: Gazetteer) -> list[Candidate]:
    """For an article that names nothing but the trip (``Punjab CM to visit Canada from Sept 5``):
    the departure a sentence announces by its destination, dated if the sentence dates it."""
    text = facts.text
    spans = clauses(text)
    for p in facts.abroad(gaz):
        before = verbs.VISIT_EN.search(text, max(0, p.start - 30), p.start)
        if (before and before.end() == p.start) or verbs.VISIT_HI.match(text[p.end :]):
            cand = Candidate(
                f"Departure for {p.entity.name}",
                Kind.TRAVEL,
                facts.sentence,
                p.start,
                _clause_of(spans, p.start),
                None,
                p.entity,
            )
            _fill(cand, facts, spans, alone=True)
            return [cand]
    return []


def _host(text: str, orgs: list[Mention]) -> Mention | None:
    """The organisation named right after ``organised by`` (or before ``द्वारा आयोजित``)."""
    for m in _HOSTED_BY.finditer(text):
        if m.group().startswith(("द्वारा", "की")):
            before = [o for o in orgs if 0 <= m.start() - o.end <= 2]
            if before:
                return before[-1]
        else:
            after = [o for o in orgs if o.start == m.end()]
            if after:
                return after[0]
    return None


#: a clause told a day or two apart from its sentence's date: "a day after the delegation arrived"
_DAY_APART = re.compile(r"[\s,;]*(?P<n>a|one|the|two)\s+days?\s+(?P<way>after|before)\b", re.IGNORECASE)


def _fill(
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
    in_clause = [d for d in facts.dates if _in(cand.clause, d[0].start)]
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
        if shift is not None and first is not None and not _in(cand.clause, mention.start):
            # "held talks on Wednesday, a day after the delegation arrived": the day before the sentence's
            days = dt.timedelta(days=1 if shift.group("n") in ("a", "one", "the") else 2)
            cand.date = cand.end_date = first - days if shift.group("way") == "after" else first + days
        if first is None and mention.hint:
            cand.date_hint = mention.hint
        elif first is None and mention.day is not None and mention.month is not None:
            cand.date_hint = describe(mention.day, mention.month)
    timed = [t for t in facts.times if _in(cand.clause, t.start)]
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
