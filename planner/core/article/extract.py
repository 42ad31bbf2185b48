"""Engagements from sentences: what happens (kind), with whom (organisation), when, where, how firm."""

from __future__ import annotations

import re

from planner.core.article.candidate import Candidate, SentenceFacts, clause_of, fill, is_home, nearest, within
from planner.core.article.gazetteer import Entity, Gazetteer, Mention
from planner.core.article.reading import verbs
from planner.core.article.reading.lists import listed_with
from planner.core.article.reading.seen import owner as works_owner
from planner.core.article.reading.text import clauses
from planner.core.article.when.dayof import settle
from planner.core.article.where import airports, leaving, moves
from planner.core.article.where.daytrips import FOR_THE_DAY
from planner.core.article.who.boards import named_in
from planner.core.article.who.rolebody import PUBLIC_ROLE
from planner.core.article.who.rowlead import leads_row
from planner.core.model import Kind

_SITEABLE = frozenset({"site", "event", "company", "agency", "chamber", "found"})
_HOSTED_BY = re.compile(
    r"(?i:\b(?:organi[sz]ed|hosted|arranged|convened)\s+by\s+(?:the\s+)?)|द्वारा\s+आयोजित|की\s+मेजबानी"
)


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
        found.append(Candidate(title, kind, facts.sentence, anchor, clause_of(spans, anchor), org, place))
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
            clause = clause_of(spans, m.start())
            here = [
                p
                for p in facts.mentions
                if p.entity.kind in ("city", "country")
                and within(clause, p.start)
                and not moves.owns_office(text, p, facts.mentions)
            ]
            home = [p for p in here if is_home(gaz, p.entity)]
            away = [p for p in here if not is_home(gaz, p.entity) and not p.passing]
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
            homes = [p for p in facts.mentions if p.entity.kind == "state" or is_home(gaz, p.entity)]
            onto = going[:1] or [p for p in here if verbs.is_destination(text, p) and p not in home][:1]
            onto = onto or moves.gone_before(text, m, away)  # "Zurich गया और वहां से दिल्ली की flight"
            if mode == "depart" and onto and moves.flies_on_home(text, onto[0], homes):
                add("Return to India", Kind.TRAVEL, m.start())  # by way of Dubai, on home from there
                continue
            if going and not is_home(gaz, going[0].entity):
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
            target = nearest(away, m.start())
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
        verb = verbs.community_verb(text, clause_of(spans, community[0].start))
        add(f"{verb} the {community[0].entity.name}", Kind.COMMUNITY, community[0].start, community[0].entity)
        host = _host(text, orgs)
        if host is not None:
            found[-1].host = host.entity
            used.add(host.entity.name)
    for m in _outside(text, verbs.MOU) + _outside(text, verbs.INAUGURATE) + _outside(text, verbs.CEREMONY):
        clause = clause_of(spans, m.start())
        # "X signed an MoU with Guidance Tamil Nadu": a body at home is our side, the partner is abroad
        theirs = [o for o in orgs if not is_home(gaz, o.entity)] or orgs
        org = nearest([o for o in theirs if within(clause, o.start)], m.start()) or nearest(theirs, m.start())
        if verbs.MOU.fullmatch(m.group()):
            title = f"MoU signing with {org.entity.name}" if org else "MoU signing"
        elif verbs.INAUGURATE.fullmatch(m.group()):
            title = f"Inauguration at {org.entity.name}" if org else "Inauguration"
        else:
            title = f"Ceremony at {org.entity.name}" if org else "Ceremony"
        add(title, Kind.CEREMONY, m.start(), org.entity if org else None)
        if org is not None and verbs.MOU.fullmatch(m.group()):
            for other in listed_with(text, orgs, org):  # "MoUs with Bosch and Volkswagen": one each
                if is_home(gaz, other.entity) or is_home(gaz, org.entity):
                    continue  # "Tamil Nadu Guidance and Embraer signed": our side and the counterpart
                add(f"MoU signing with {other.entity.name}", Kind.CEREMONY, other.start, other.entity)
        break
    for m in _outside(text, verbs.PRESS)[:1]:
        add("Press conference", Kind.PRESS, m.start())
    for rx, title in verbs.ROADSHOW:
        hit = rx.search(text)
        if hit:
            clause = clause_of(spans, hit.start())
            host = nearest(
                [
                    o
                    for o in orgs
                    if within(clause, o.start) and o.entity.name not in used and not verbs.visited(text, o)
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
        clause = clause_of(spans, m.start())
        targets = [
            o
            for o in orgs
            if o.entity.type in _SITEABLE
            and (o.entity.name not in used or verbs.takes(text, m, o))
            and not verbs.PEOPLE_OF.match(text, o.end)  # "KCCI के पदाधिकारियों के साथ": met, not visited
            and (within(clause, o.start) or len(orgs) == 1)
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
            near = clause_of(spans, community[0].start)
            apart = [p for p in hosts if not within(near, p.start)]
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
        fill(cand, facts, spans, alone=len(found) == 1, others=others)
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
                clause_of(spans, p.start),
                None,
                p.entity,
            )
            fill(cand, facts, spans, alone=True)
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
