"""Candidates told twice (a heading and the body) made one; the organisations and contacts they name."""

from __future__ import annotations

from planner.core.article import verbs
from planner.core.article.draft import DraftContact
from planner.core.article.extract import Candidate, SentenceFacts
from planner.core.article.gazetteer import Gazetteer
from planner.core.article.people import Person
from planner.core.model import Kind, Status


def _loose_day(a: Candidate, b: Candidate) -> bool:
    """A headline's day told by a word alone ("पहुंचे मंत्री, कल … रोड शो": कल read with the past verb
    beside it) is looser than the body's for the same engagement: the body's date stands."""
    head = a if a.sentence.heading else b
    return a.sentence.heading != b.sentence.heading and not any(ch.isdigit() for ch in head.date_text)


def _same(a: Candidate, b: Candidate) -> bool:
    if a.kind == b.kind == Kind.TRAVEL and a.sentence is b.sentence and a.place and a.place == b.place:
        return True  # "drove back to Colombo … and reached the hotel by dark": one move told twice
    if a.kind != b.kind or a.title != b.title:
        return False
    if a.date and b.date and a.date != b.date and not _loose_day(a, b):
        return False
    if a.sentence.heading != b.sentence.heading:
        return True  # a headline sums up ("जापान-सिंगापुर दौरा, सोनी से चर्चा"): its place is loose
    return not (a.city and b.city and a.city.name != b.city.name)


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One engagement per thing described, even when a heading and the body both tell it."""
    merged: list[Candidate] = []
    for c in candidates:
        twin = next((m for m in merged if _same(m, c)), None)
        if twin is None:
            merged.append(c)
            continue
        if twin.kind == Kind.TRAVEL and twin.sentence is c.sentence and c.anchor < twin.anchor:
            twin.title, twin.anchor = c.title, c.anchor  # the move as the sentence first tells it
        if twin.sentence.heading and not c.sentence.heading:
            if c.date is not None and twin.date != c.date:
                twin.date, twin.end_date, twin.date_text = c.date, c.end_date, c.date_text
            twin.sentence, twin.clause, twin.anchor = c.sentence, c.clause, c.anchor
            twin.notes = [*c.notes] if c.city and not twin.city else twin.notes
            if c.city is not None:
                twin.city, twin.city_guessed, twin.notes = c.city, c.city_guessed, [*c.notes]
                twin.country = c.country
        twin.date, twin.end_date = twin.date or c.date, twin.end_date or c.end_date
        twin.date_text = twin.date_text or c.date_text
        twin.time = twin.time or c.time
        twin.origin = twin.origin or c.origin
        if c.city is not None and (twin.city is None or (twin.city_guessed and not c.city_guessed)):
            twin.city, twin.city_guessed, twin.notes = c.city, c.city_guessed, [*c.notes]
        twin.country = twin.country or c.country
        if twin.status == Status.CONFIRMED:
            twin.status = c.status
        twin.sectors.extend(c.sectors)
        twin.people.extend(p for p in c.people if p not in twin.people)
    return merged


def _same_body(c: Candidate, name: str) -> bool:
    """The body of ``c`` is called ``name``: ``Embraer``; ``FIESP`` for ``Federation of … (FIESP)``;
    ``CPP Investments`` where its sentence writes ``Canada Pension Plan … (CPP Investments)``."""
    assert c.org is not None
    a = c.org.name
    return (
        a == name or a.endswith(f"({name})") or name.endswith(f"({a})") or f"{a} ({name})" in c.sentence.text
    )


def contacts(merged: list[Candidate], facts: list[SentenceFacts]) -> list[DraftContact]:
    """Counterparts met, then the state's own officials the article lists with the delegation."""
    people: dict[str, Person] = {}
    for c in merged:
        for p in c.people:
            people.setdefault(p.name, p)
    for f in facts:
        for p in f.people:
            if p.side == "delegation":
                people.setdefault(p.name, p)
            elif p.org and p.name not in people:
                # "Embraer's Chief Commercial Officer, Mrs. X, will receive the delegation": a sentence
                # of its own names the host of an engagement with that body
                met = next((c for c in merged if c.org is not None and _same_body(c, p.org)), None)
                if met is not None:
                    met.people.append(p)
                    people[p.name] = p
    return [DraftContact(p.name, p.name_native, p.org, p.role, side=p.side) for p in people.values()]


def organisations(gaz: Gazetteer, merged: list[Candidate]) -> list[tuple[str, str, str]]:
    seen: dict[str, tuple[str, str, str]] = {}
    for c in merged:
        for org in (c.org, c.host):
            if org is not None and org.type != "community":
                country = gaz.country(org.country) or (c.country if org.type == "found" else None)
                seen.setdefault(org.name, (org.name, "", country.name if country else ""))
    return list(seen.values())


def told_elsewhere(c: Candidate, merged: list[Candidate]) -> bool:
    """A summary of what other engagements tell in full: a headline's undated meeting with an
    organisation the body dates, a journey to a country another journey reaches ("वे पहले वियतनाम
    और फिर इंडोनेशिया जाएंगे"), MoUs signed in total."""
    if c.sentence.heading and c.date is None and c.org is not None:
        # "Munich में BMW और Siemens के साथ बैठक" over a body that dates the Siemens MoU
        return any(o is not c and o.org is c.org and o.date is not None for o in merged)
    if c.title == "MoU signing" and (c.date is None or verbs.SUM.search(c.sentence.text)):
        # "Karnataka has signed memoranda worth ₹5,200 crore": the sum of the signings dated below,
        # even when the sentence dates the visit's end ("… visit to Taiwan, which ended on Saturday")
        return any(o.date is not None and o.title.startswith("MoU signing with") for o in merged)
    if c.kind != Kind.TRAVEL or c.city is not None or c.country is None:
        return False
    # the whole trip told as a journey to the country, beside the journey to one of its cities that
    # starts it ("अब मुख्यमंत्री 20 से 23 अक्टूबर तक जर्मनी जाएंगे", "20 अक्टूबर को म्यूनिख पहुंचेंगे")
    return any(
        o is not c
        and o.kind == Kind.TRAVEL
        and o.date is not None
        and o.country == c.country
        and (c.date is None or (c.end_date not in (None, c.date) and o.city is not None and o.date == c.date))
        for o in merged
    )


__all__ = ["contacts", "merge", "organisations", "told_elsewhere"]
