"""Candidates told twice (a heading and the body) made one; the organisations and contacts they name."""

from __future__ import annotations

import dataclasses
import re

from planner.core.article.candidate import Candidate, SentenceFacts
from planner.core.article.draft import DraftContact
from planner.core.article.gazetteer import Gazetteer
from planner.core.article.reading import verbs
from planner.core.article.reading.text import Sentence
from planner.core.article.reading.words import is_common_word
from planner.core.article.signings import one_signing
from planner.core.article.status import called_off_before
from planner.core.article.who.members import member_sentences
from planner.core.article.who.people import HONORIFIC, Person
from planner.core.article.who.relative import body_after
from planner.core.article.who.rolebody import PUBLIC_ROLE
from planner.core.article.who.speakers import speaker
from planner.core.article.who.writer import post_writer
from planner.core.model import Kind, Status


def _loose_day(a: Candidate, b: Candidate) -> bool:
    """A headline's day told by a word alone ("पहुंचे मंत्री, कल … रोड शो": कल read with the past verb
    beside it) is looser than the body's for the same engagement: the body's date stands."""
    head = a if a.sentence.heading else b
    return a.sentence.heading != b.sentence.heading and not any(ch.isdigit() for ch in head.date_text)


def _told_again(a: Candidate, b: Candidate) -> bool:
    """ "… was signed on Thursday with Solaris. It was signed at a roundtable in Arequipa": a signing
    with no partner in the sentence right after one with a partner (or in its paragraph) is that
    signing told again."""
    return (
        a.title.startswith("MoU signing with")
        and b.title == "MoU signing"
        and (b.sentence.index == a.sentence.index + 1 or b.sentence.line == a.sentence.line)
        and not b.sentence.heading
        and (b.date is None or b.date == a.date)
    )


def _landed(c: Candidate) -> bool:
    return verbs.ARRIVE.match(c.sentence.text, c.anchor) is not None


def _left(c: Candidate) -> bool:
    """The return is told by the leaving ("leaves Maputo for home", "विंडहोक से रवाना हुए")."""
    return verbs.DEPART.match(c.sentence.text, c.anchor) is not None


def _home_overnight(a: Candidate, b: Candidate) -> bool:
    """ "19 अगस्त को … लौट आए", "आज (20 अगस्त) शिमला पहुंचते ही …": leaving on one day and landing
    home on the next are one return, on the day of leaving; so are leaving a city abroad for home and
    landing there up to two days later."""
    if a.title != "Return to India" or b.title != a.title or a.date is None or b.date is None:
        return False
    leave, land = (a, b) if a.date < b.date else (b, a)
    days = abs((a.date - b.date).days)
    if days in (1, 2) and _left(leave) and not _left(land):
        return True  # "22 मार्च को विंडहोक से रवाना हुए थे … आज (24 मार्च) लखनऊ लौटे": a long way home
    return days == 1 and _landed(land) and not _landed(leave)


def _community_twice(a: Candidate, b: Candidate) -> bool:
    """ "Indian community के साथ संवाद", then "प्रवासी भारतीयों को संबोधित कर …": the diaspora met and
    addressed on one day (or the second undated) is one engagement."""
    return (
        a.kind == b.kind == Kind.COMMUNITY
        and a.org is not None
        and b.org is not None
        and a.org.name == b.org.name
        and (a.date is None or b.date is None or a.date == b.date)
        and (a.city is None or b.city is None or a.city.name == b.city.name)
    )


def _same(a: Candidate, b: Candidate) -> bool:
    if _community_twice(a, b):
        return True
    if a.kind == b.kind == Kind.TRAVEL and a.sentence is b.sentence and a.place and a.place == b.place:
        return True  # "drove back to Colombo … and reached the hotel by dark": one move told twice
    if a.kind != b.kind or a.title != b.title:
        return False
    if _home_overnight(a, b):
        return True
    if a.date and b.date and a.date != b.date and not _loose_day(a, b):
        return False
    if a.sentence.heading != b.sentence.heading:
        return True  # a headline sums up ("जापान-सिंगापुर दौरा, सोनी से चर्चा"): its place is loose
    return not (a.city and b.city and a.city.name != b.city.name)


def _aside(c: Candidate) -> bool:
    """ "hopes to sign three agreements during the visit", "No memorandum was signed", "यात्रा के
    दौरान कुल 900 करोड़ के समझौते हुए": signings with no partner told as the trip's outcome, a hope or
    a denial, not as one day's act, even when none is told in full (a date of the sentence is
    another engagement's)."""
    text = c.sentence.text
    return c.title == "MoU signing" and bool(
        verbs.SIGNING_ASIDE.search(text) or (c.date is None and verbs.SUM.search(text))
    )


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One engagement per thing described, even when a heading and the body both tell it; signings
    told aside (:func:`_aside`) are none."""
    merged: list[Candidate] = []
    for c in candidates:
        if _aside(c):
            continue
        twin = next((m for m in merged if _told_again(m, c)), None) or next(
            (m for m in merged if _same(m, c)), None
        )
        if twin is None:
            merged.append(c)
            continue
        if _home_overnight(twin, c) and c.date is not None and twin.date is not None and c.date < twin.date:
            twin.date, twin.end_date, twin.date_text = c.date, c.end_date, c.date_text
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
        if _community_twice(twin, c) and c.title.startswith("Address"):
            twin.title = c.title  # addressed, not only met
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
    return one_signing(merged)


def _same_body(c: Candidate, name: str) -> bool:
    """The body of ``c`` is called ``name``: ``Embraer``; ``FIESP`` for ``Federation of … (FIESP)``;
    ``CPP Investments`` where its sentence writes ``Canada Pension Plan … (CPP Investments)``."""
    assert c.org is not None
    a = c.org.name
    return (
        a == name
        or a.endswith(f"({name})")
        or name.endswith(f"({a})")
        or f"{a} ({name})" in c.sentence.text
        # "Kalyon CEO X" for Kalyon Enerji: the body by the first word of its name
        or (a.startswith(f"{name} ") and " " not in name and name[:1].isupper() and not is_common_word(name))
    )


def contacts(
    merged: list[Candidate], facts: list[SentenceFacts], text: str = "", head: str = ""
) -> list[DraftContact]:
    """Counterparts met, then the state's own officials the article lists with the delegation, and
    the writer of a post who went with it (``who.writer``)."""
    people: dict[str, Person] = {}
    for c in merged:
        for p in c.people:
            people.setdefault(p.name, p)
    members = member_sentences([f.sentence for f in facts])  # "Members: …", under "Delegation list"
    for f in facts:
        spoken = speaker(f.text)  # "BYTE (X, President, Y Chamber):": who speaks the quote
        if spoken is not None and spoken.name not in people:
            home = any(
                m.entity.kind == "state" and spoken.body_start <= m.start < spoken.body_end
                for m in f.mentions
            )
            side = "delegation" if home else "host"
            people[spoken.name] = Person(spoken.name, "", spoken.role, spoken.body, spoken.start, side)
        for p in f.people:
            if spoken is not None and p.name == spoken.name:
                continue
            told_here = not f.sentence.heading or _entry(f.text, p)
            if f.sentence.index in members:
                p = dataclasses.replace(p, side="delegation")
            if p.side == "delegation":
                people.setdefault(p.name, p)
            elif p.org and p.name not in people:
                # "Embraer's Chief Commercial Officer, Mrs. X, will receive the delegation": a sentence
                # of its own names the host of an engagement with that body
                met = next((c for c in merged if c.org is not None and _same_body(c, p.org)), None)
                told = told_before(merged, f.sentence, p.start) if p.role and not _public(p.role) else None
                if met is None and told is not None and told.sentence.index == f.sentence.index:
                    # "visited Vilnius Tech Park, Europe's largest …, where chief executive X …": a body's
                    # person whose body has no engagement, in the sentence of another's, was met there
                    met = told
                if met is not None:
                    met.people.append(p)
                    people[p.name] = p
                elif p.role and told_here and (_RECEIVES.search(f.text) or _introduced(f.text, p)):
                    # "IDA Ireland, where Siobhán Byrne, Head of …, briefed the delegation", "received …
                    # by Vice-Minister X": a body's person who received the delegation, though the
                    # engagement is not told as a meeting; a body's own role (``The Agency's Chief
                    # Executive Officer, Mr. X, explained``, ``KCCI के Chairman X के साथ``) names a
                    # person met though the engagement with the body is not found
                    people[p.name] = p
            elif not p.org and (p.role or p.styled) and not _public(p.role) and p.name not in people:
                # "… met Aboitiz Power. Its chief executive X said …", "वहां Chairman X ने …": a body's
                # role with no body of its own is the person of the engagement told just before
                told = told_before(merged, f.sentence, p.start)
                if told is not None:
                    p = dataclasses.replace(p, org=told.org.name if told.org is not None else "")
                    told.people.append(p)
                    people[p.name] = p
                elif told_here and (_RECEIVES.search(f.text) or _introduced(f.text, p)):
                    # "… by its chief executive X": received the delegation; "(ii) Mr. X, Executive
                    # Director, AZPROMO" in the list of officials met: a body's role, its body unknown
                    people[p.name] = p
    found = [DraftContact(p.name, p.name_native, p.org, p.role, side=p.side) for p in people.values()]
    writer = post_writer(text, head)
    if writer is not None and writer[0] not in people:
        found.append(DraftContact(writer[0], "", writer[2], writer[1], side="delegation"))
    return found


#: a person receiving the delegation: "briefed the delegation", "showed the Minister", "was received
#: … by", "ने मुख्यमंत्री का स्वागत किया", "उन्हें … की जानकारी दी"; told by one of the delegation (a
#: diary, an opinion piece): "showed us", "walked our team through", "ने हमें … दिखाया", "delegation को";
#: or who showed something, though the text does not say to whom ("X ने packaging line दिखाई"; not
#: interest, "ने … में रुचि दिखाई", nor the flag of a start, "हरी झंडी दिखाई")
_RECEIVES = re.compile(
    r"(?i:\b(?:briefed|received|welcomed|hosted|greeted|showed|guided|walked|took)\s+(?:the\s+|our\s+)?"
    r"(?:delegation|minister|chief\s+minister|deputy\s+chief\s+minister|cm|visitors|guests|him|her|them"
    r"|us|team)\b"
    r"|\b(?:received|welcomed|hosted|greeted)\b[^.;]{0,80}\bby\b)"
    r"|(?:प्रतिनिधिमंडल|मुख्यमंत्री|मंत्री)\s+का\s+स्वागत"
    r"|(?:उन्हें|हमें|प्रतिनिधिमंडल\s+को|(?i:delegation|team)\s+को)\s[^।]{0,80}(?:जानकारी\s+दी|दिखा(?:या|ईं|ई|ए))"
    r"|\sने\s(?![^।]{0,60}(?:रुचि|रूचि|दिलचस्पी|उत्साह|झंडी))[^।]{0,60}दिखा(?:या|ईं|ई|ए)(?![\u0900-\u0963\u0966-\u097F])"
)


#: a line of a list that opens with a person's name, then a comma and the role: "(ii) Mr. X,
#: Executive Director, AZPROMO", "• Ms. X, CEO, Y", "3. Prof. X, Rector"
_ENTRY_OPEN = re.compile(rf"\s*(?:\(?(?:[ivx]+|\d+|[a-h])[.)]|[•*–-])?\s*(?:{HONORIFIC.pattern})?")


def _entry(text: str, p: Person) -> bool:
    """Whether a heading (a line without a full stop) is a list's entry for ``p``: the name opens
    it and the role follows a comma."""
    opened = _ENTRY_OPEN.match(text)
    return opened is not None and opened.end() == p.start and text[p.end : p.end + 1] == ","


#: how a report introduces a counterpart by a body's role: an honorific before the name ("CEO, Mr.
#: X,", "की प्रमुख सुश्री X"), the body's genitive before the role ("RAS के director X", "Association
#: ke president X"), the name between commas after the role ("The Authority's Director General, X,")
_HONORED = re.compile(rf"(?:{HONORIFIC.pattern})$")
_GENITIVE_ROLE = re.compile(r"(?<!\S)(?:के|की|का|ke|ki|ka)\s+[^\s,;:()]+(?:\s+[^\s,;:()]+)?\s+$")
_APPOSED = re.compile(r",\s+$")


def _introduced(text: str, p: Person) -> bool:
    """Whether a body's person (not a place's minister) is introduced as one met, though no engagement
    with the body is found: not ``the Exchange's chief executive X said``."""
    if _entry(text, p):
        return True  # "(i) H.E. Mr. X, Deputy Minister of …": an entry of the list of those met
    if _public(p.role):
        return False
    before = text[max(0, p.start - 60) : p.start]
    return (
        _HONORED.search(before) is not None
        or _GENITIVE_ROLE.search(before) is not None
        or (_APPOSED.search(before) is not None and text[p.end : p.end + 1] == ",")
        or body_after(text, p.end)
    )


def _public(role: str) -> bool:
    """A role a place gives (``Minister``, ``Deputy Minister``, ``Trade Secretary``), not a body's
    (``Secretary General``)."""
    return re.fullmatch(rf"(?:[\w-]+[\s-])?(?:{PUBLIC_ROLE.pattern})", role) is not None


#: how many sentences back an engagement may be told for a role after it to be its body's
_TOLD_WITHIN = 2


def told_before(merged: list[Candidate], s: Sentence, pos: int) -> Candidate | None:
    """The engagement (a meeting, a signing, a visit, not a journey) told last before ``pos`` in
    sentence ``s``: earlier in that sentence, or in one of the two sentences before it in the same
    paragraph."""
    before = [
        c
        for c in merged
        if c.kind != Kind.TRAVEL
        and c.sentence.line == s.line
        and not c.sentence.heading
        and (
            (c.sentence.index == s.index and c.anchor < pos) or 0 < s.index - c.sentence.index <= _TOLD_WITHIN
        )
    ]
    return max(before, key=lambda c: (c.sentence.index, c.anchor), default=None)


def by_body(merged: list[Candidate]) -> list[Candidate]:
    """A meeting titled by the people met, whose roles are a body's (``Meeting with Siobhan
    O'Neill`` from ``काउंसिल की मुख्य कार्यकारी शिवॉन ओ'नील … बैठक में शामिल हुईं``), right after an
    engagement with a body on the same day: that engagement told again, its people that body's."""
    kept: list[Candidate] = []
    for c in merged:
        named = c.title.removeprefix("Meeting with ").split(" and ")
        people = {p.name: p for p in c.people if not p.org and p.role and not _public(p.role)}
        told = told_before(merged, c.sentence, c.anchor) if c.kind == Kind.MEETING and c.org is None else None
        if (
            told is None
            or told.org is None
            or not c.title.startswith("Meeting with ")
            or not all(n in people for n in named)
            or c.date not in (None, told.date)
        ):
            kept.append(c)
            continue
        for p in c.people:
            if p not in told.people:
                told.people.append(dataclasses.replace(p, org=p.org or told.org.name))
    return kept


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
    if c.sentence.heading and c.title in ("Meeting with investors", "Meeting with business leaders"):
        # "आज मैड्रिड में निवेशकों से मिलेंगे" over "… निवेशकों के साथ राउंड टेबल बैठक करेंगे": the
        # headline of the body's gathering of them on that day
        return any(o.kind == Kind.OTHER and not o.sentence.heading and o.date == c.date for o in merged)
    if c.title == "MoU signing" and c.sentence.heading:
        # "LIVE: Omron MoU signed": the headline of a signing the body tells with its partner
        return any(o.title.startswith("MoU signing with") and not o.sentence.heading for o in merged)
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


def call_off(found: list[Candidate], sentence: str) -> None:
    """ "11 मई को … का दौरा और 12 मई को … सम्मेलन प्रस्तावित था। ये दोनों कार्यक्रम अब रद्द कर दिए गए
    हैं", "Both events have been called off": a sentence telling no engagement of its own calls off
    those of the sentence before it (see ``status.called_off_before``)."""
    off = called_off_before(sentence)
    if off is None or not found:
        return
    for c in found:
        if c.sentence.index == found[-1].sentence.index and c.status in (Status.CONFIRMED, Status.PROPOSED):
            c.status = off


__all__ = [
    "by_body",
    "call_off",
    "contacts",
    "merge",
    "organisations",
    "told_before",
    "told_elsewhere",
]
