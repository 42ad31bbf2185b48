"""News article → :class:`ArticleDraft`: runs the finders sentence by sentence and assembles the visit."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator

from planner.core import tz
from planner.core.article.dates import (
    WEEKDAY_NAMES,
    DateMention,
    DateResolver,
    event_years,
    find_dateline,
    find_dates,
    find_duration,
    make_date,
)
from planner.core.article.draft import ArticleDraft, DraftContact, DraftEngagement, DraftStop
from planner.core.article.errors import NoVisitFound
from planner.core.article.extract import (
    Candidate,
    SentenceFacts,
    clauses,
    extract,
    extract_trip,
    is_back_reference,
)
from planner.core.article.flights import Flight, arrival_day, find_flight, home_flights, schedule, transit
from planner.core.article.gazetteer import Entity, Gazetteer, Mention, load
from planner.core.article.orgs import with_unknown
from planner.core.article.people import (
    Person,
    find_people,
    foreign_title,
    latin_form,
    names_after,
    one_person,
    romanise,
    skeleton,
)
from planner.core.article.places import (
    drop_bodies,
    is_abroad,
    locate,
    mark_passing,
    named_countries,
    spelling_warnings,
)
from planner.core.article.published import find_published
from planner.core.article.status import old_dates, tense, visit_called_off
from planner.core.article.stops import StopEvidence, add_origins, day_text, lay_out, segments_from, team_stops
from planner.core.article.teams import leaders, split, subjects
from planner.core.article.text import script_of, sentences
from planner.core.article.times import ZONE_ABBREVIATIONS, TimeMention, find_times
from planner.core.errors import LocalTimeError, PlannerError
from planner.core.model import Kind, Status

_VISIT_WORDS = re.compile(
    r"दौर[ाेों]|यात्रा|प्रवास|प्रतिनिधिमंडल"
    r"|(?i:\bvisit\b|\btour\b|\btrip\b|\bmission\b|\bdelegation\b|\bwill\s+be\s+in\b)"
)
DEFAULT_LENGTH = dt.timedelta(hours=1)
#: the longest text taken as one news report (the longest features run to about 10,000 words);
#: parsing time grows in proportion to the text, about a second for every 20,000 characters
MAX_CHARS = 100_000
_WEEKDAY_WORDS = re.compile("|".join(WEEKDAY_NAMES) + r"|\b(?:Day|DAY)\b|दिन")
#: a headline labelled as comment, not news: "Editorial: …", "संपादकीय | …"
_OPINION = re.compile(
    r"\s*(?P<label>(?i:editorial|opinion|op-ed|comment|analysis|viewpoint|column)|संपादकीय|नजरिया|नज़रिया|विचार|टिप्पणी)"
    r"\s*[:|।—–-]"
)
_THEN = re.compile(
    r"\s*(?:इसके\s+(?:बाद|उपरांत|पश्चात)|उसके\s+बाद|बाद\s+में|(?i:then|later|afterwards|after\s+that|subsequently)\b)"
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
        self.sentences = sentences(text)
        stated = find_published(text)
        if stated is not None:
            # the "Updated:" or URL line is about the page, not the visit: no date in it is the itinerary's
            self.sentences = [
                s for s in self.sentences if not (s.starts and stated.start <= s.starts[0] < stated.end)
            ]
        self.home = frozenset(code for code, c in gaz.countries.items() if c.home)
        self._finished: dict[int, list[str]] = {}
        self._found: dict[str, list[Mention]] = {}
        self._segments: list[StopEvidence] = []
        self._leaders: list[frozenset[str]] = []
        self._old: dict[int, int] = {}  # sentence index -> where its dates stop being the old plan
        self.regions = named_countries(gaz, self.sentences)
        self.dateline = self._dateline()
        if published is None and stated is not None and not self._dateline_has_year():
            self.published = stated.day
            self.warnings.append(f"publication date {stated.day} taken from {stated.source}")

    def _dateline(self) -> tuple[int, DateMention] | None:
        """``New Delhi, Sept 3 (PTI):`` opening the first sentences: the report's own date."""
        for s in self.sentences[:3]:
            found = find_dateline(s.text)
            if found is not None:
                return s.index, found
        return None

    def _dateline_has_year(self) -> bool:
        """A dateline with its own year is the first word on the date; one without defers to the line."""
        return self.dateline is not None and self.dateline[1].year is not None

    def _find(self, text: str) -> list[Mention]:
        """The gazetteer's names in a sentence, looked up once per sentence."""
        found = self._found.get(text)
        if found is None:
            found = mark_passing(text, drop_bodies(text, self.gaz.find(text, self.regions)))
            found = self._found[text] = with_unknown(text, found, self.gaz, self.text)
        return found

    def run(self) -> ArticleDraft:
        year = self._year()
        head, head_names = self._head()
        facts = self._facts(year, head_names)
        one_person([f.people for f in facts])
        members = [{p.name, p.name_native} - {""} for f in facts for p in f.people if p.side == "delegation"]
        self._leaders = leaders([head_names, *members])
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
            for c in _merge(candidates)
            if not (c.sentence.heading and c.date is None and (c.kind == Kind.TRAVEL or c.org is None))
        ]
        self._call_off(facts, merged)
        engagements = [self._finish(c) for c in merged]
        contacts = _contacts(merged, facts)
        draft = ArticleDraft(
            title="",
            head=head,
            language=script_of(self.text),
            text=self.text,
            year=year,
            published=self.published,
            engagements=engagements,
            contacts=contacts,
        )
        draft.state = self._state(facts)
        draft.sectors = list(dict.fromkeys(m.entity.name for f in facts for m in f.of_kind("sector")))
        draft.organisations = self._organisations(merged)
        self._visit_dates(draft, facts, merged)
        draft.stops = self._stops(merged, engagements, draft)
        for i, c in enumerate(merged):
            if self._place_by_stop(c):
                for note in self._finished.pop(id(c), []):
                    self.warnings.remove(note)
                engagements[i] = self._finish(c)
        draft.title = self._title(draft)
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
        explicit = [d.year for s in self.sentences for d in find_dates(s.text) if d.year]
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

    def _head(self) -> tuple[str, set[str]]:
        """The first office-holder named, with the most specific office the text gives them."""
        found: list[tuple[Entity, str, set[str]]] = []
        for office, name, names in self._heads():
            if found and skeleton(_surname(name)) != skeleton(_surname(found[0][1])):  # Reddi = Reddy
                continue
            found.append((office, name, names))
        if not found:
            return "", set()
        office, name, _ = min(found, key=lambda f: f[0].rank)
        names = set().union(*(f[2] for f in found))
        # the fullest form printed ("N Chandrababu Naidu" over the headline's "Naidu")
        fullest = max((f[1] for f in found), key=lambda n: (sum(ch.isalpha() for ch in n), "." in n))
        return f"{office.name} {fullest}", names

    def _heads(self) -> Iterator[tuple[Entity, str, set[str]]]:
        for s in self.sentences:
            mentions = self._find(s.text)
            spans = [(m.start, m.end) for m in mentions]
            for m in mentions:
                if m.entity.kind != "office":
                    continue
                before = [p for p in mentions if p.end <= m.start and m.start - p.end <= 6]
                if any(
                    is_abroad(self.gaz, p.entity) or p.entity.kind == "org" for p in before
                ) or foreign_title(s.text, m, mentions, self.home):
                    continue  # "Tokyo Governor", "जापान के मंत्री": a host, not our head
                found = names_after(s.text, m.end, spans)
                if not found:
                    continue
                native = found[0][0]
                if "\u0900" <= native[0] <= "\u097f":
                    roman = romanise(native)
                    name = latin_form(roman, self.text) or roman
                    yield m.entity, name, {name, native}
                else:
                    yield m.entity, native, {native}

    def _state(self, facts: list[SentenceFacts]) -> str:
        states = Counter(m.entity.name for f in facts for m in f.of_kind("state"))
        return states.most_common(1)[0][0] if states else ""

    # -- sentences ----------------------------------------------------------------------------

    def _facts(self, year: int | None, head_names: set[str]) -> list[SentenceFacts]:
        resolver = DateResolver(year, self.published)
        lengths = [find_duration(s.text) for s in self.sentences if _VISIT_WORDS.search(s.text)]
        resolver.length = next((n for n, _ in filter(None, lengths)), None)
        if self.dateline is not None and self.published is None:
            line = self.dateline[1]
            assert line.day is not None and line.month is not None
            resolver.month_day = make_date(2024, line.month, line.day)
        result: list[SentenceFacts] = []
        texts = [s.text for s in self.sentences]
        self._old = old_dates(texts, [[d.start for d in find_dates(t)] for t in texts])
        day_heading = False
        item_line = -1
        for s in self.sentences:
            mentions = self._find(s.text)
            sentence_tense = tense(s.text)
            times = find_times(s.text)
            found = find_dates(s.text)
            then = _THEN.match(s.text)
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
            if s.heading and found and _is_day_heading(s.text, found):
                day_heading = True  # "Dec 1 (Monday)" over an itinerary's lines
            elif s.heading and day_heading and not found:
                # "9.30 am: Arrival in Dubai" under it: an item of that day, not a headline
                s = dataclasses.replace(s, heading=False)
                found = [DateMention(0, 0, "", after_previous=0)]
            elif not s.heading:
                day_heading = False
            if (
                found
                and found[0].is_calendar
                and _ITEM_DAY.match(s.text, found[0].end)
                and (not s.text[: found[0].start].strip(" •*·-–"))
            ):
                item_line = s.line  # "• 27 जनवरी: … आगमन। दोपहर 3 बजे … भेंट।": the line is that day's
            elif not found and item_line == s.line and not s.heading:
                found = [DateMention(0, 0, "", after_previous=0)]
            dates = []
            for d in found:
                resolver.hint = ""
                first, last = resolver.resolve(d, sentence_tense, self.warnings)
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
            )
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
        last_day: tuple[int, dt.date] | None = None  # the paragraph (line) and day last dated
        for f in facts:
            new = find_flight(f, extract(f, self.gaz), self.gaz)
            for cand in new:
                locate(cand, f, self.gaz, context, new, self.regions - self.home)
                if cand.date is None and last_day is not None and last_day[0] == f.sentence.line:
                    cand.near_date = last_day[1]
            days = [d[1] for d in f.dates if d[1] is not None]
            if days:
                last_day = (f.sentence.line, days[-1])
            if not new and found and is_back_reference(f.text):
                orgs = {m.entity.name for m in f.of_kind("org")}
                target = next((c for c in reversed(found) if c.org and c.org.name in orgs), found[-1])
                target.sectors.extend(m.entity.name for m in f.of_kind("sector"))
            found.extend(new)
            for m in f.abroad(self.gaz):
                context = self.gaz.country(m.entity.country) if m.entity.kind == "city" else m.entity
        if all(c.sentence.heading for c in found):
            for f in facts:
                for cand in extract_trip(f, self.gaz):
                    locate(cand, f, self.gaz, None, [cand])
                    found.append(cand)
        self._only_city(found)
        return found

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
                city = self.gaz.city(next(iter(cities)))
                if city is not None:
                    c.city, c.city_guessed = city, True
                    c.notes.append(
                        f"“{c.title}”: the article names no city; {city.name} assumed, the only place in "
                        f"{c.country.name} it names"
                    )

    # -- engagements ----------------------------------------------------------------------------

    def _place_by_stop(self, c: Candidate) -> bool:
        """An engagement with no city (or only an organisation's seat) on a day the text puts the
        delegation in one city of that country (arrived there, not yet moved on) happens there."""
        if c.date is None or c.country is None or c.kind == Kind.TRAVEL or c.status == Status.CANCELLED:
            return False
        if c.city is not None and not c.city_guessed:
            return False
        day = c.date
        here = []
        for i, seg in enumerate(self._segments):
            nxt = self._segments[i + 1] if i + 1 < len(self._segments) else None
            stop = seg.stop
            if (
                stop.city is None
                or (stop.country != c.country.name and not c.country_guessed)
                or seg.firm is None
            ):
                continue
            if stop.depart is None or not seg.firm <= day <= stop.depart:
                continue
            if nxt is not None and nxt.firm == day:
                continue  # a day of moving on: either place
            here.append(seg)
        if len(here) != 1 or (c.city is not None and c.city.name == here[0].stop.city):
            return False
        seg = here[0]
        city = self.gaz.city(seg.stop.city or "")
        if city is None:
            return False
        seat = f", not {c.city.name} (the gazetteer's seat of {c.org.name})" if c.city and c.org else ""
        c.notes = [
            f"“{c.title}”: the article names no city; {city.name} assumed, where the delegation is "
            f"from its arrival on {day_text(seg.firm or day)} until {day_text(seg.stop.depart or day)}{seat}"
        ]
        c.city, c.city_guessed = city, True
        return True

    def _finish(self, c: Candidate) -> DraftEngagement:
        mark = len(self.warnings)
        e = self._engagement(c)
        self._finished[id(c)] = self.warnings[mark:]
        return e

    def _engagement(self, c: Candidate) -> DraftEngagement:
        zone = (c.city.tz if c.city else None) or (
            self.gaz.zone_of_country(c.country.country) if c.country else None
        )
        e = DraftEngagement(
            title=c.title,
            kind=c.kind,
            org=_org_name(c),
            city=c.city.name if c.city else None,
            country=c.country.name if c.country else None,
            tz=zone,
            date=c.date,
            end_date=c.end_date,
            status=c.status,
            source=c.sentence.source,
            contacts=list(dict.fromkeys(p.name for p in c.people)),
            sectors=list(dict.fromkeys(c.sectors)),
            date_text=c.date_text,
        )
        self.warnings.extend(c.notes)
        if c.city is None and c.kind != Kind.TRAVEL:
            where = f"; time zone {zone} from the country" if zone else ""
            if c.country is not None and zone is None:
                where = f"; {c.country.name} has several time zones, so none is set"
            self.warnings.append(f"“{c.title}”: the article names no city{where}")
        elif c.city is None and c.country is not None and c.country.multi_zone and not c.country.home:
            self.warnings.append(
                f"“{c.title}”: the article names no city; {c.country.name} has several time zones, "
                "so none is set"
            )
        if c.date is None:
            e.unscheduled_reason = (
                f"the article gives “{c.date_text}” ({c.date_hint}) but no year to place it in"
                if c.date_hint
                else f"the article gives “{c.date_text}” but no usable date"
                if c.date_text
                else "the article gives no date"
            )
            self.warnings.append(self._undated(c))
            if c.time is not None:
                self.warnings.append(
                    f"“{c.title}”: clock time “{c.time.text}” given without a date; not used"
                )
        elif isinstance(c, Flight):
            schedule(e, c, self.gaz, self.warnings)
        elif c.time is not None:
            self._clock(e, c.time)
        return e

    def _undated(self, c: Candidate) -> str:
        """Why an engagement is unscheduled, with what the text does say, and what to do about it."""
        if c.date_hint:
            why = (
                "no year in the article and no publication date was given"
                if self.published is None
                else "that day could not be placed"
            )
            return (
                f"“{c.title}”: no date set: the article says “{c.date_text}” ({c.date_hint}) but {why}; "
                "kept unscheduled: give the publication date (--published YYYY-MM-DD) or set the date"
            )
        if c.date_text:
            return (
                f"“{c.title}”: no date set: “{c.date_text}” counts from a date that could not be placed; "
                "kept unscheduled: give the publication date (--published YYYY-MM-DD) or set the date"
            )
        if c.near_date is not None and c.status not in (Status.CANCELLED, Status.POSTPONED):
            return (
                f"“{c.title}”: no date in the article; kept unscheduled (the paragraph it is in is about "
                f"{day_text(c.near_date)}: set that date if it belongs there)"
            )
        return f"“{c.title}”: no date in the article; kept unscheduled"

    def _clock(self, e: DraftEngagement, t: TimeMention) -> None:
        assert e.date is not None
        if e.tz is None:
            self.warnings.append(
                f"“{e.title}”: clock time “{t.text}” not used: the place's time zone is unknown"
            )
            return
        if t.guessed_period:
            self.warnings.append(f"“{t.text}” does not say morning or evening; taken as {t.begins:%H:%M}")
        try:
            if t.in_ist:
                instant = tz.local_to_utc(
                    dt.datetime.combine(e.date, t.begins), "Asia/Kolkata", ambiguous="earlier"
                )
                start = tz.to_local(instant, e.tz)
                self.warnings.append(
                    f"“{e.title}”: “{t.text}” is Indian time; shown as {start:%H:%M} local time"
                )
            else:
                start = tz.localize(dt.datetime.combine(e.date, t.begins), e.tz, ambiguous="earlier")
            if t.ends is not None and not t.in_ist:
                end = tz.localize(dt.datetime.combine(e.date, t.ends), e.tz, ambiguous="later")
            else:
                end = tz.to_local(tz.add_elapsed(start, DEFAULT_LENGTH), e.tz)
                if t.ends is None:
                    self.warnings.append(f"“{e.title}”: no end time given; one hour assumed")
        except LocalTimeError as exc:
            self.warnings.append(f"“{e.title}”: {exc}; the clock time was not used")
            return
        if end < start:
            end = tz.to_local(tz.add_elapsed(start, DEFAULT_LENGTH), e.tz)
        if t.zone_abbr and not t.in_ist:
            self._check_zone(e, t, start)
        e.start, e.end = start, end

    def _check_zone(self, e: DraftEngagement, t: TimeMention, start: dt.datetime) -> None:
        """ "9:30 am EST" in New York in September: the place keeps EDT then; say so, keep local time."""
        assert e.tz is not None
        stated = dt.timedelta(hours=ZONE_ABBREVIATIONS[t.zone_abbr])
        actual = tz.utc_offset(e.tz, start)
        if stated != actual:
            self.warnings.append(
                f"“{e.title}”: the article says “{t.text} {t.zone_abbr}” ({tz.format_offset(stated)}), "
                f"but {e.city or e.tz} keeps {tz.zone_label(e.tz, start)} on {start:%d %b %Y}; "
                f"taken as {start:%H:%M} local time: check with the host"
            )

    def _organisations(self, merged: list[Candidate]) -> list[tuple[str, str, str]]:
        seen: dict[str, tuple[str, str, str]] = {}
        for c in merged:
            for org in (c.org, c.host):
                if org is not None and org.type != "community":
                    country = self.gaz.country(org.country) or (c.country if org.type == "found" else None)
                    seen.setdefault(org.name, (org.name, "", country.name if country else ""))
        return list(seen.values())

    # -- stops and the visit's dates --------------------------------------------------------------

    def _stops(
        self, merged: list[Candidate], engagements: list[DraftEngagement], draft: ArticleDraft
    ) -> list[DraftStop]:
        """Stops in travel order, contiguous from the visit's first day to its last (see ``stops``).

        A stop is a run of days in one city (the same city may come back: Nairobi, Kericho,
        Nairobi).  Cancelled and postponed engagements place nobody; a city taken from an
        organisation's seat makes a stop only when the text names no other city in that country.
        """
        named = {c.country.name for c in merged if c.city and c.country and not c.city_guessed}
        guessed: dict[str, set[str]] = {}
        for c in merged:
            if c.city and c.country and c.city_guessed and c.country.name not in named:
                guessed.setdefault(c.country.name, set()).add(c.city.name)
        in_text = set(named)
        named |= {country for country, cities in guessed.items() if len(cities) == 1}
        places: dict[str, DraftStop] = {}
        dated: list[tuple[dt.date, int, bool, str]] = []
        undated: list[tuple[int, str]] = []
        country_travel: list[tuple[dt.date, str]] = []
        for i, (c, e) in enumerate(zip(merged, engagements, strict=True)):
            if isinstance(c, Flight):
                landed, land = arrival_day(e), self.gaz.country(c.place.country if c.place else None)
                if landed is not None and land is not None and not land.home and not transit(c, e, merged):
                    country_travel.append((landed, land.name))
                continue
            if c.country is None or c.country.home or c.status in (Status.CANCELLED, Status.POSTPONED):
                continue
            if c.city is None or (c.city_guessed and c.country.name in in_text):
                key = c.country.name
                if key in named:
                    if e.kind == Kind.TRAVEL and e.day is not None:
                        country_travel.append((e.day, key))
                    continue
                code = next((k for k, v in self.gaz.countries.items() if v.name == key), None)
                places.setdefault(key, DraftStop(None, key, self.gaz.zone_of_country(code)))
            else:
                key = c.city.name
                places.setdefault(key, DraftStop(c.city.name, c.country.name, c.city.tz))
            firm = e.kind == Kind.TRAVEL
            if e.day is None:
                undated.append((i, key))
            else:
                dated.append((e.day, i, firm, key))
        teams = self._teams_of(merged, places)
        if teams is not None:
            segments, notes = team_stops(dated, places, teams, draft.start_date, draft.end_date)
            self.warnings.extend(notes)
            self._segments = segments
            return [s.stop for s in segments]
        segments = segments_from(dated, places)
        for day, country in country_travel:
            here = [s for s in segments if s.stop.country == country and s.begins and s.begins >= day]
            if here and (here[0].firm is None or here[0].firm > day):
                here[0].firm = day
                here[0].see(day)
        add_origins(segments, self._origins(merged, engagements, places))
        seen = {s.key for s in segments}
        for i, key in undated:
            if key in seen:
                continue
            seen.add(key)
            later = next((n for n, s in enumerate(segments) if s.order > i), len(segments))
            segments.insert(later, StopEvidence(_copy(places[key]), key=key, order=i))
        self.warnings.extend(lay_out(segments, draft.start_date, draft.end_date))
        self._segments = segments
        return [s.stop for s in segments]

    def _teams_of(self, merged: list[Candidate], places: dict[str, DraftStop]) -> dict[int, int] | None:
        """Each engagement's leader when two ministers travel to different countries at once (see
        ``teams``), else ``None``: one delegation."""
        if len(self._leaders) < 2:
            return None
        of_sentence = subjects([s.text for s in self.sentences], self._leaders)
        by_index = {s.index: team for s, team in zip(self.sentences, of_sentence, strict=True)}
        teams = {i: by_index.get(c.sentence.index) for i, c in enumerate(merged)}
        countries = {
            i: {c.country.name}
            for i, c in enumerate(merged)
            if c.country is not None and not c.country.home and c.date is not None
        }
        if not split(teams, countries):
            return None
        return {i: team or 0 for i, team in teams.items()}

    def _origins(
        self, merged: list[Candidate], engagements: list[DraftEngagement], places: dict[str, DraftStop]
    ) -> list[tuple[DraftStop, dt.date, str]]:
        """Cities journeys start from (``arrived in Osaka from Tokyo``): see ``stops.add_origins``."""
        found = []
        for c, e in zip(merged, engagements, strict=True):
            if c.origin is None or e.day is None or c.city is None or isinstance(c, Flight):
                continue
            country = self.gaz.country(c.origin.country)
            name = country.name if country else None
            stop = places.get(c.origin.name) or DraftStop(c.origin.name, name, c.origin.tz)
            found.append((_copy(stop), e.day, c.city.name))
        return found

    def _visit_dates(self, draft: ArticleDraft, facts: list[SentenceFacts], merged: list[Candidate]) -> None:
        days = sorted({d for e in draft.engagements for d in (e.day, e.end_date) if d is not None})
        span: tuple[dt.date, dt.date] | None = None
        duration: tuple[int, str] | None = None
        for f in facts:
            if not _VISIT_WORDS.search(f.text):
                continue
            duration = duration or find_duration(f.text)
            for mention, first, last in f.dates:
                if mention.end_day is not None and first and last and span is None:
                    anchored = any(
                        c.sentence is f.sentence and c.date == first for c in merged if c.kind != Kind.TRAVEL
                    )
                    if not anchored:
                        span = (first, last)
        # a departure after the visit's first engagements is a move between stops, not the start
        departure = next(
            (
                e.day
                for e in draft.engagements
                if e.title.startswith("Departure") and e.day and (not days or e.day <= days[0])
            ),
            None,
        )
        back = next((e.day for e in draft.engagements if e.title.startswith("Return") and e.day), None)
        departure, back = home_flights(merged, draft.engagements, departure, back, self.home)
        start = span[0] if span else departure or (days[0] if days else None)
        end = span[1] if span else back or (days[-1] if days else None)
        if span is None and back is None and duration is None and days and days == [departure]:
            # "to visit Canada from Sept 5" and nothing after: the last day is not known
            end = None
            self.warnings.append("the article gives no end date for the visit; set it when it is known")
        if duration is not None:
            n, words = duration
            draft.duration_days = n
            if span is None and start is not None and end is not None:
                if departure and not back:
                    end = max(end, departure + dt.timedelta(days=n - 1))
                    self.warnings.append(
                        f"end date {end} counted from the departure and the stated length “{words}”"
                    )
                elif back and not departure:
                    start = min(start, back - dt.timedelta(days=n - 1))
                    self.warnings.append(
                        f"start date {start} counted back from the return and the stated length “{words}”"
                    )
                elif (end - start).days + 1 != n:
                    self.warnings.append(
                        f"the article speaks of a {n}-day visit (“{words}”) but dates only {start} – {end}: "
                        "the first and last days are not stated"
                    )
        if days and start is not None and end is not None:
            start, end = min(start, days[0]), max(end, days[-1])
        if start is None:
            self.warnings.append("the article gives no dates for the visit: every engagement is unscheduled")
        draft.start_date, draft.end_date = start, end

    def _title(self, draft: ArticleDraft) -> str:
        countries = list(dict.fromkeys(s.country for s in draft.stops if s.country))
        if not countries:
            countries = list(
                dict.fromkeys(e.country for e in draft.engagements if e.country and e.country != "India")
            )
        where = " and ".join([", ".join(countries[:-1]), countries[-1]] if len(countries) > 1 else countries)
        who = " ".join(p for p in (draft.state, draft.head or "delegation") if p)
        return f"{who}: visit to {where}" if where else f"{who}: visit abroad"


#: after the date that opens an itinerary line: "27 जनवरी:", "Dec 1 (Monday) -"
_ITEM_DAY = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?[:\-]\s")


def _is_day_heading(text: str, found: list[DateMention]) -> bool:
    """A line that is only a day: ``Dec 1 (Monday)``, ``Day 2 - 12 March``, ``बुधवार, 4 मार्च``."""
    rest = text
    for d in sorted(found, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start] + rest[d.end :]
    rest = _WEEKDAY_WORDS.sub("", rest)
    return any(d.is_calendar or d.visit_day for d in found) and not re.search(r"[^\W\d_]", rest)


def _org_name(c: Candidate) -> str:
    if c.org is not None and c.org.type == "community":
        return c.host.name if c.host else ""
    return c.org.name if c.org else ""


def _copy(stop: DraftStop) -> DraftStop:
    return DraftStop(stop.city, stop.country, stop.tz)


def _surname(name: str) -> str:
    return name.split()[-1].casefold() if name.split() else ""


def _same(a: Candidate, b: Candidate) -> bool:
    if a.kind != b.kind or a.title != b.title:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if a.sentence.heading != b.sentence.heading:
        return True  # a headline sums up ("जापान-सिंगापुर दौरा, सोनी से चर्चा"): its place is loose
    return not (a.city and b.city and a.city.name != b.city.name)


def _merge(candidates: list[Candidate]) -> list[Candidate]:
    """One engagement per thing described, even when a heading and the body both tell it."""
    merged: list[Candidate] = []
    for c in candidates:
        twin = next((m for m in merged if _same(m, c)), None)
        if twin is None:
            merged.append(c)
            continue
        if twin.sentence.heading and not c.sentence.heading:
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


def _contacts(merged: list[Candidate], facts: list[SentenceFacts]) -> list[DraftContact]:
    """Counterparts met, then the state's own officials the article lists with the delegation."""
    people: dict[str, Person] = {}
    for c in merged:
        for p in c.people:
            people.setdefault(p.name, p)
    for f in facts:
        for p in f.people:
            if p.side == "delegation":
                people.setdefault(p.name, p)
    return [DraftContact(p.name, p.name_native, p.org, p.role, side=p.side) for p in people.values()]


__all__ = ["parse_article"]
