"""News article → :class:`ArticleDraft`: runs the finders sentence by sentence and assembles the visit."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter

from planner.core.article.candidate import Candidate, SentenceFacts
from planner.core.article.draft import ArticleDraft
from planner.core.article.engagement import EngagementMaker
from planner.core.article.errors import NoVisitFound
from planner.core.article.extract import extract, extract_trip, is_back_reference
from planner.core.article.gazetteer import Entity, Gazetteer, Mention, load
from planner.core.article.merge import by_body, call_off, contacts, merge, organisations, told_elsewhere
from planner.core.article.reading.lists import BULLET, partner, under
from planner.core.article.reading.live import LiveBlog, is_live_blog, page_day
from planner.core.article.reading.roman import is_roman_hindi
from planner.core.article.reading.tables import expand_tables
from planner.core.article.reading.text import Sentence, clauses, script_of, sentences
from planner.core.article.status import old_dates, tense, tense_at, visit_called_off
from planner.core.article.when.corrected import uncorrected
from planner.core.article.when.datehints import event_years, find_duration
from planner.core.article.when.dates import DateMention, find_dates, make_date
from planner.core.article.when.dayheads import DaySections, ParagraphDays, is_day_heading
from planner.core.article.when.dayrows import DayRows
from planner.core.article.when.homeday import one_way_home
from planner.core.article.when.othervisit import about_other_visit, about_past_visit
from planner.core.article.when.paragraphday import THEN
from planner.core.article.when.prepmeeting import drop_preparatory
from planner.core.article.when.published import find_published, opening_dateline
from planner.core.article.when.resolve import DateResolver
from planner.core.article.when.times import find_times, in_home_time, local_times
from planner.core.article.where.flights import find_flight
from planner.core.article.where.here import names_here, with_here
from planner.core.article.where.itinerary import VISIT_WORDS, Itinerary
from planner.core.article.where.journeys import told_twice
from planner.core.article.where.moves import not_origins
from planner.core.article.where.places import (
    capitals,
    drop_bodies,
    gone_to_kept,
    is_abroad,
    locate,
    mark_passing,
    name_country_stops,
    named_countries,
    place_spans,
    spelling_warnings,
)
from planner.core.article.where.teams import assign
from planner.core.article.where.zones import zones_of_stops
from planner.core.article.who.governments import GOVERNMENT
from planner.core.article.who.head import find_head
from planner.core.article.who.orgs import with_unknown
from planner.core.article.who.people import find_people, in_name, one_person
from planner.core.errors import PlannerError
from planner.core.model import Kind, Status

#: the longest text taken as one news report (the longest features run to about 10,000 words);
#: parsing time grows in proportion to the text, about a second for every 20,000 characters
MAX_CHARS = 100_000
#: a headline labelled as comment, not news: "Editorial: …", "संपादकीय | …"
_OPINION = re.compile(
    r"\s*(?P<label>(?i:editorial|opinion|op-ed|comment|analysis|viewpoint|column)|संपादकीय|नजरिया|नज़रिया|विचार|टिप्पणी)"
    r"\s*[:|।—–-]"
)


def parse_article(text: str, published: dt.date | None = None) -> ArticleDraft:
    """The draft visit a news report describes; ``NoVisitFound`` if it describes none."""
    if not text or not text.strip():
        raise PlannerError("the article is empty: expected the text of a news report")
    if len(text) > MAX_CHARS:
        raise PlannerError(
            f"the article is {len(text):,} characters long; a news report has at most {MAX_CHARS:,} "
            "(about 15,000 words): import the report itself, not a whole page or a collection"
        )
    return _Parser(text, published, load()).run()


class _Parser:
    def __init__(self, text: str, published: dt.date | None, gaz: Gazetteer) -> None:
        self.text = text
        self.published = published
        self.gaz = gaz
        self.warnings: list[str] = []
        self.sentences = sentences(text, lambda t: place_spans(gaz, t))
        stated = find_published(text)
        if stated is not None:
            # the "Updated:" or URL line is about the page, not the visit: no date in it is the itinerary's
            self.sentences = [
                s for s in self.sentences if not (s.starts and stated.start <= s.starts[0] < stated.end)
            ]
        self.home = frozenset(code for code, c in gaz.countries.items() if c.home)
        # a table item naming a place of its own is read without the row's city; a visited or the
        # home country's name inside a body's ("इज़राइल इनोवेशन अथॉरिटी", "Australia India Institute")
        # is no place of its own
        visited = named_countries(gaz, self.sentences) | self.home
        self.sentences = expand_tables(
            self.sentences,
            lambda t: any(
                m.entity.kind in ("city", "state")
                or (m.entity.kind == "country" and m.entity.country not in visited)
                for m in gaz.find(t)
            ),
        )
        self._found: dict[str, list[Mention]] = {}
        self._old: dict[int, int] = {}  # sentence index -> where its dates stop being the old plan
        self._leads: dict[int, int] = {}  # a list's lead ("… on January 30 with:") -> its items so far
        self.regions = named_countries(gaz, self.sentences)
        self.dateline = self._dateline()
        if published is None and stated is not None and not self._dateline_has_year():
            self.published = stated.day
            self.warnings.append(f"publication date {stated.day} taken from {stated.source}")
        if self.published is None and self.dateline is None:
            self.published = page_day(self.sentences, self.warnings)

    def _dateline(self) -> tuple[int, DateMention] | None:
        """``New Delhi, Sept 3 (PTI):`` opening the first sentences: the report's own date."""
        found = opening_dateline(self.sentences)
        return None if found is None else (found[0].index, found[1])

    def _here(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "who arrived here on Sunday": under a dateline, the city it names (see ``here``)."""
        if self.dateline is None or not names_here(text):
            return mentions
        index, line = self.dateline
        head = next((s.text for s in self.sentences if s.index == index), "")
        # the place may be in capitals ("ACCRA, March 10 (PTI)"), as the data does not write it
        named = [*self._find(head), *self.gaz.find(head[: line.start].title(), self.regions)]
        city = next((m.entity for m in named if m.entity.kind == "city" and m.end <= line.start), None)
        return mentions if city is None else with_here(text, mentions, city)

    def _dateline_has_year(self) -> bool:
        """A dateline with its own year is the first word on the date; one without defers to the line."""
        return self.dateline is not None and self.dateline[1].year is not None

    def _find(self, text: str) -> list[Mention]:
        """The gazetteer's names in a sentence, looked up once per sentence."""
        found = self._found.get(text)
        if found is None:
            found = capitals(text, self.gaz.find(text, self.regions), self.gaz, self.regions)
            found = mark_passing(text, drop_bodies(text, found, self.regions))
            bodies = with_unknown(text, found, self.gaz, self.text)
            found = self._found[text] = gone_to_kept(text, found, bodies)
        return found

    def run(self) -> ArticleDraft:
        year = self._year()
        head, head_names = find_head(self.sentences, self._find, self.gaz, self.text)
        facts = self._facts(year, head, head_names)
        one_person([f.people for f in facts])
        self.warnings.extend(spelling_warnings(self.gaz, facts))
        candidates = self._candidates(facts)
        if not candidates or not self._abroad(facts):
            raise NoVisitFound(
                "no delegation visit found in this text: no travel to a known place, no meetings"
            )
        label = _OPINION.match(self.text)
        if label and not any(c.date_text for c in candidates):
            raise NoVisitFound(
                f"no delegation visit found in this text: it is an opinion piece (“{label.group('label')}”) "
                "that mentions visits but gives no itinerary (no day of any engagement)"
            )
        merged = [
            c
            for c in merge(candidates)
            if not (c.sentence.heading and c.date is None and (c.kind == Kind.TRAVEL or c.org is None))
        ]
        merged = [c for c in merged if not told_elsewhere(c, merged)]
        merged = one_way_home(by_body(told_twice(merged, self.gaz)), self.warnings)
        self._call_off(facts, merged)
        maker = EngagementMaker(self.gaz, self.published, self.warnings)
        engagements = [maker.finish(c) for c in merged]
        draft = ArticleDraft(
            title="",
            head=head,
            language="hi" if is_roman_hindi(self.text) else script_of(self.text),
            text=self.text,
            year=year,
            published=self.published,
            engagements=engagements,
            contacts=contacts(merged, facts, self.text, head),
        )
        draft.state = self._state(facts)
        draft.sectors = list(dict.fromkeys(m.entity.name for f in facts for m in f.of_kind("sector")))
        draft.organisations = organisations(self.gaz, merged)
        itinerary = Itinerary(self.gaz, self.home, self.warnings)
        members = [{p.name, p.name_native} - {""} for f in facts for p in f.people if p.side == "delegation"]
        itinerary.teams = assign([(s.index, s.text) for s in self.sentences], merged, [head_names, *members])
        itinerary.visit_dates(draft, facts, merged)
        draft.stops = itinerary.stops(merged, engagements, draft)
        self.warnings.extend(name_country_stops(draft.stops, facts, self.gaz))
        changed = {id(c) for c in zones_of_stops(merged, draft.stops)}
        for i, c in enumerate(merged):
            if itinerary.place_by_stop(c) or id(c) in changed:
                engagements[i] = maker.again(c)
        draft.title = itinerary.title(draft)
        draft.warnings = list(dict.fromkeys(self.warnings))
        return draft

    def _call_off(self, facts: list[SentenceFacts], merged: list[Candidate]) -> None:
        """ "ब्रिटेन दौरा रद्द", "his visit to Japan has been postponed": every engagement with it."""
        for f in facts:
            countries = [(m.start, m.end) for m in f.mentions if m.entity.kind == "country"]
            others = [(m.start, m.end) for m in f.mentions if m.entity.kind in ("org", "city")]
            found = visit_called_off(f.text, countries, others)
            if found is None:
                continue
            if self._old.get(f.sentence.index) == len(f.text):
                self.warnings.append(
                    f"the visit was moved to new dates (“{found[1]}”): the old dates are not used"
                )
                return
            status, words = found
            for c in merged:
                if c.status in (Status.CONFIRMED, Status.PROPOSED):
                    c.status = status
            self.warnings.append(
                f"the article says the visit is {status.value} (“{words}”): so is every engagement"
            )
            return

    # -- the year and the head ---------------------------------------------------------------

    def _year(self) -> int | None:
        explicit = [
            d.year
            for s in self.sentences
            for d in find_dates(s.text)
            if d.year and not about_other_visit(s.text, d.start)  # "since his trip in May 2025"
        ]
        if self.published is None and self.dateline is not None:
            self._published_from_dateline(explicit[0] if explicit else None)
        if explicit:
            return explicit[0]
        events: list[tuple[int, str]] = []
        for s in self.sentences:
            events.extend(event_years(s.text))
            events.extend((m.entity.year, m.text) for m in self._find(s.text) if m.entity.year)
        if events and self.published is not None:
            # "ahead of Vibrant Gujarat Summit 2026": an event named in passing is not the visit's
            # year; the publication date places the dates (see DateResolver._pick_year).
            year, name = events[0]
            if year != self.published.year:
                self.warnings.append(
                    f"the article names “{name}” but the dates are placed by the publication date "
                    f"{self.published}"
                )
            return None
        if events:
            year, name = events[0]
            self.warnings.append(f"year {year} taken from the event name “{name}” (the dates give none)")
            return year
        if self.published is not None:
            return None  # the resolver picks the year nearest the publication date
        self.warnings.append(
            "the article gives no year and no publication date was given: dates stay unscheduled "
            "(give --published YYYY-MM-DD)"
        )
        return None

    def _published_from_dateline(self, year: int | None) -> None:
        _, line = self.dateline or (0, None)
        assert line is not None and line.day is not None and line.month is not None
        year = line.year or year
        day = make_date(year, line.month, line.day) if year else None
        if day is None:
            self.warnings.append(
                f"the dateline gives “{line.text}” as the report's date but no year: dates stay "
                "unscheduled (give --published YYYY-MM-DD)"
            )
            return
        self.published = day
        self.warnings.append(f"publication date {day} taken from the dateline “{line.text}”")

    def _state(self, facts: list[SentenceFacts]) -> str:
        states = Counter(m.entity.name for f in facts for m in f.of_kind("state"))
        return states.most_common(1)[0][0] if states else ""

    # -- sentences ----------------------------------------------------------------------------

    def _facts(self, year: int | None, head: str, head_names: set[str]) -> list[SentenceFacts]:
        resolver = DateResolver(year, self.published)
        lengths = [find_duration(s.text) for s in self.sentences if VISIT_WORDS.search(s.text)]
        resolver.length = next((n for n, _ in filter(None, lengths)), None)
        if self.dateline is not None and self.published is None:
            line = self.dateline[1]
            assert line.day is not None and line.month is not None
            resolver.month_day = make_date(2024, line.month, line.day)
        result: list[SentenceFacts] = []
        texts = [s.text for s in self.sentences]
        self._old = old_dates(texts, [[d.start for d in find_dates(t)] for t in texts])
        rows = DayRows()
        live = LiveBlog(self.published, self.warnings) if is_live_blog(self.sentences) else None
        sections = DaySections.of(self.sentences)
        lead: Sentence | None = None
        for s in self.sentences:
            if (
                lead is not None
                and s.line == lead.line + 1 + self._leads[lead.index]
                and BULLET.match(s.text)
            ):
                self._leads[lead.index] += 1
                s = under(lead, s)  # "with:\n- Roca Sanitario (…)": the item read with its lead
                mentions = partner(s.text, len(lead.text) + 1, self._find(s.text))
            elif s.text.endswith(":") and find_dates(s.text):
                lead = s
                self._leads[s.index] = 0
            else:
                lead = None
            if lead is None or s.index == lead.index:
                mentions = self._find(s.text)
            mentions = self._here(s.text, mentions)
            sentence_tense = tense(s.text)
            times = local_times(s.text, find_times(s.text))
            found = [
                d
                for d in uncorrected(s.text, find_dates(s.text))
                if not in_home_time(s.text, d.start) and not about_other_visit(s.text, d.start)
            ]
            then = THEN.match(s.text)
            if not found and then and (times or (result and any(d[1] for d in result[-1].dates))):
                # "इसके बाद दोपहर 3 बजे …", "Later, at 5 pm …", "14 जुलाई को … बैठक करेंगे। इसके बाद वे
                # … से मिलेंगे": with no date of its own, the same day as the sentence before
                found = [DateMention(then.start(), then.end(), then.group(), after_previous=0)]
            if self.dateline is not None and s.index == self.dateline[0]:
                found = [d for d in found if d.start != self.dateline[1].start]
            cut = self._old.get(s.index)
            if cut is not None:  # the plan before it changed: its dates, and a city replaced by another
                found = [d for d in found if d.start >= cut]
                if any(m.entity.kind == "city" and m.start >= cut for m in mentions):
                    mentions = [m for m in mentions if m.entity.kind != "city" or m.start >= cut]
            s, found = rows.read(s, found, times)  # under a day's heading, on a line opened by its day
            if live is not None:
                heading = s.heading and bool(found) and is_day_heading(s.text, found)
                found, times = live.read(s, found, times, day_heading=heading)
            else:
                found = sections.read(s, found)  # a bulletin's "यात्रा दिवस-2" over the day's paragraphs
            dates = []
            for d in found:
                resolver.hint = ""
                own = (
                    tense_at(s.text, d.start) if d.weekday is not None or d.from_published else sentence_tense
                )
                first, last = resolver.resolve(d, own, self.warnings, s.text)
                if first is None and resolver.hint:
                    d = dataclasses.replace(d, hint=resolver.hint)
                dates.append((d, first, last))

            people = find_people(
                s.text,
                mentions,
                self.text,
                head_names,
                written=s.written,
                clauses=clauses(s.text),
                home=self.home,
                head=head,
                portfolio=self.gaz.portfolio,
            )
            mentions = [m for m in mentions if not (m.entity.kind == "city" and in_name(m, people))]
            result.append(SentenceFacts(s, mentions, dates, times, people))
        return result

    def _abroad(self, facts: list[SentenceFacts]) -> bool:
        return any(f.abroad(self.gaz) for f in facts) or any(
            m.entity.kind == "org"
            and m.entity.country
            and is_abroad(self.gaz, self.gaz.country(m.entity.country))
            for f in facts
            for m in f.mentions
        )

    def _candidates(self, facts: list[SentenceFacts]) -> list[Candidate]:
        found: list[Candidate] = []
        context: Entity | None = None
        paragraphs = ParagraphDays()
        for f in facts:
            paragraphs.enter(f)
            new = [] if about_past_visit(f.text) else find_flight(f, extract(f, self.gaz), self.gaz)
            new = drop_preparatory(new, f.text)  # "the preparatory meeting held on 1 March … to review"
            for cand in new:
                locate(cand, f, self.gaz, context, new, self.regions - self.home)
                kept = paragraphs.keep(cand, f)
                self.warnings.extend(filter(None, [kept]))
            paragraphs.leave(f)
            call_off([] if new else found, f.text)  # "… प्रस्तावित था। ये दोनों कार्यक्रम अब रद्द"
            if not new and found and is_back_reference(f.text):
                orgs = {m.entity.name for m in f.of_kind("org")}
                target = next((c for c in reversed(found) if c.org and c.org.name in orgs), found[-1])
                target.sectors.extend(m.entity.name for m in f.of_kind("sector"))
            found.extend(new)
            for m in not_origins(f.text, f.abroad(self.gaz)):  # not "… by TK 1083 from Istanbul"
                context = self.gaz.country(m.entity.country) if m.entity.kind == "city" else m.entity
            for m in [o for o in f.of_kind("org") if o.entity.type == GOVERNMENT][-1:]:
                context = (
                    self.gaz.country(m.entity.country) or context
                )  # "the Government of the Faroe Islands"
        if all(c.sentence.heading for c in found):
            for f in facts:
                for cand in extract_trip(f, self.gaz):
                    locate(cand, f, self.gaz, None, [cand])
                    found.append(cand)
        self._only_city(found)
        # the lead of a list ("The MoUs were signed … with:") told by its items, one engagement each
        listed = {c.kind for c in found if c.sentence.index in self._leads}
        return [
            c for c in found if not (self._leads.get(c.sentence.index) and c.org is None and c.kind in listed)
        ]

    def _only_city(self, found: list[Candidate]) -> None:
        """In a country of several zones, an engagement with no city is put in the one city of that
        country the article names, if it names only one (with a warning), so it gets a zone."""
        named: dict[str, set[str]] = {}
        for c in found:
            if c.city is not None and c.country is not None and not c.city_guessed:
                named.setdefault(c.country.name, set()).add(c.city.name)
        for c in found:
            if c.city is not None or c.country is None or not c.country.multi_zone or c.kind == Kind.TRAVEL:
                continue
            cities = named.get(c.country.name, set())
            if len(cities) == 1:
                city = self.gaz.city(next(iter(cities)), c.country.country)
                if city is not None:
                    c.city, c.city_guessed = city, True
                    c.notes.append(
                        f"“{c.title}”: the article names no city; {city.name} assumed, the only place in "
                        f"{c.country.name} it names"
                    )


__all__ = ["parse_article"]
