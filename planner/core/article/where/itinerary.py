"""The visit from its engagements: stops in travel order, the first and last days, the title."""

from __future__ import annotations

import datetime as dt
import re

from planner.core.article.candidate import Candidate, SentenceFacts
from planner.core.article.draft import ArticleDraft, DraftEngagement, DraftStop
from planner.core.article.gazetteer import Entity, Gazetteer
from planner.core.article.when.datehints import find_duration
from planner.core.article.where.airporttown import into_city
from planner.core.article.where.dayheadings import headed_a_day_trip
from planner.core.article.where.daytrips import FOR_THE_DAY, day_trips
from planner.core.article.where.flights import Flight, arrival_day, home_flights, transit
from planner.core.article.where.stops import (
    StopEvidence,
    add_origins,
    apart,
    day_text,
    lay_out,
    on_the_way_home,
    segments_from,
    team_stops,
)
from planner.core.model import Kind, Status

VISIT_WORDS = re.compile(
    r"दौर[ाेों]|यात्रा|प्रवास|प्रतिनिधिमंडल"
    r"|(?i:\bvisit\b|\btour\b|\btrip\b|\bmission\b|\bdelegation\b|\bwill\s+be\s+in\b)"
)


class Itinerary:
    """Lays out the stops and the visit's days, adding what it assumed to the parse's ``warnings``."""

    def __init__(self, gaz: Gazetteer, home: frozenset[str], warnings: list[str]) -> None:
        self.gaz = gaz
        self.home = home
        self.warnings = warnings
        self.segments: list[StopEvidence] = []
        #: each engagement's leader when two ministers travel apart (``teams``), else ``None``
        self.teams: dict[int, int] | None = None
        #: the engagements (indices of ``merged``) that are journeys of a day trip, no move
        self.dropped: set[int] = set()
        #: the day the delegation leaves for home, if the text tells it (``visit_dates``)
        self.back: dt.date | None = None
        #: the day trips made by a journey told: their day, the sentence of the journey, the place
        self.trips: list[tuple[dt.date, int, StopEvidence]] = []

    def place_by_stop(self, c: Candidate) -> bool:
        """An engagement with no city (or only an organisation's seat) on a day the text puts the
        delegation in one city of that country (arrived there, not yet moved on) happens there."""
        if c.date is None or c.country is None or c.kind == Kind.TRAVEL or c.status == Status.CANCELLED:
            return False
        if c.city is not None and not c.city_guessed:
            return False
        day = c.date
        # after the journey out on a day trip, what names no city is done where the trip went
        here = [
            seg
            for d, at, seg in self.trips
            if d == day and c.sentence.index >= at and seg.stop.country == c.country.name
        ][:1]
        for i, seg in enumerate([] if here else self.segments):
            nxt = self.segments[i + 1] if i + 1 < len(self.segments) else None
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
            if c.leaves_for is not None and seg.firm == day and seg.stop.city == c.leaves_for:
                continue  # "… में मुलाकात करेंगे और फिर … दम्माम जाएंगे": before the journey there
            here.append(seg)
        if len(here) != 1 or (c.city is not None and c.city.name == here[0].stop.city):
            return False
        seg = here[0]
        city = self.gaz.city(seg.stop.city or "", self._code(seg.stop))
        if city is None:
            return False
        seat = f", not {c.city.name} (the gazetteer's seat of {c.org.name})" if c.city and c.org else ""
        c.notes = [
            f"“{c.title}”: the article names no city; {city.name} assumed, where the delegation is "
            f"from its arrival on {day_text(seg.firm or day)} until {day_text(seg.stop.depart or day)}{seat}"
        ]
        c.city, c.city_guessed = city, True
        return True

    def stops(
        self, merged: list[Candidate], engagements: list[DraftEngagement], draft: ArticleDraft
    ) -> list[DraftStop]:
        """The stops (see ``_stops``); what they show is no engagement of the visit (the journeys of a
        day trip, what is dated after the return and placed nowhere abroad) leaves ``merged`` and
        ``engagements`` (the draft's own list)."""
        moved, notes = into_city(merged, engagements)
        self.dropped |= moved
        self.warnings.extend(notes)
        stops = self._stops(merged, engagements, draft)
        for i in sorted(self.dropped, reverse=True):
            del merged[i], engagements[i]
        return stops

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
        undated: list[tuple[int, str, bool]] = []
        country_travel: list[tuple[dt.date, str]] = []
        for i, (c, e) in enumerate(zip(merged, engagements, strict=True)):
            if isinstance(c, Flight):
                landed, land = arrival_day(e), self.gaz.country(c.place.country if c.place else None)
                if landed is not None and land is not None and not land.home and not transit(c, e, merged):
                    country_travel.append((landed, land.name))
                continue
            if e.day is not None and self.back is not None and e.day > self.back:
                if e.kind != Kind.TRAVEL and (c.city is None or c.city_guessed) and c.status in _HELD:
                    # "आज प्रेस कॉन्फ्रेंस में … दौरे की उपलब्धियां" in a report after the return: at home
                    self.dropped.add(i)
                    self.warnings.append(
                        f"“{e.title}” on {day_text(e.day)}: after the return home on {day_text(self.back)} "
                        "and in no place abroad the article names, so not part of the visit"
                    )
                continue  # after leaving for home: no stop abroad
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
                undated.append((i, key, firm))
            else:
                dated.append((e.day, i, firm, key))
        teams = self.teams if self.teams is not None else apart(dated, places)
        if teams is not None:
            segments, notes = team_stops(dated, places, teams, draft.start_date, draft.end_date)
            self.warnings.extend(notes)
            self.segments = segments
            return [s.stop for s in segments]
        segments = segments_from(dated, places)
        for day, country in country_travel:
            here = [s for s in segments if s.stop.country == country and s.begins and s.begins >= day]
            if here and (here[0].firm is None or here[0].firm > day):
                here[0].firm = day
                here[0].see(day)
        before = list(segments)
        segments, trips, notes = day_trips(
            segments,
            self._where,
            lambda n: merged[n].sentence.text,
            lambda n: _paragraph(merged[n]),
            lambda n: _under_a_day_trip(merged[n]),
        )
        self.dropped |= trips
        self.trips = [
            (seg.first, min(merged[n].sentence.index for _, n in seg.moves), seg)
            for seg in before
            if seg not in segments and seg.moves and seg.first is not None and seg.stop.city
        ]
        self.warnings.extend(notes)
        segments, home_way, notes = on_the_way_home(segments, dated, self.back)
        self.dropped |= home_way
        self.warnings.extend(notes)
        add_origins(segments, self._origins(merged, engagements, places), draft.start_date)
        seen = {s.key for s in segments}
        any_dated = bool(segments)
        for i, key, journey in undated:
            if key in seen:
                continue
            later = next((n for n, s in enumerate(segments) if s.order > i), len(segments))
            if any_dated and later == len(segments) and not journey:
                # stops come from dates: a meeting told after the last dated place, with no date of
                # its own ("also planned; its date has not been fixed"), places nobody there
                continue
            seen.add(key)
            segments.insert(later, StopEvidence(_copy(places[key]), key=key, order=i))
        last = min(filter(None, (draft.end_date, self.back)), default=None)  # the last stop ends on leaving
        self.warnings.extend(lay_out(segments, draft.start_date, last))
        self.segments = segments
        return [s.stop for s in segments]

    def _code(self, stop: DraftStop) -> str | None:
        return next((k for k, v in self.gaz.countries.items() if v.name == stop.country), None)

    def _where(self, stop: DraftStop) -> Entity | None:
        """A stop's city in its country, as the gazetteer lists it, with its coordinates."""
        code = self._code(stop)
        known = self.gaz.city(stop.city or "")
        hits = [known] if known is not None and known.country == code else []
        hits += [h for h in self.gaz.base.lookup(stop.city or "") if h.kind == "city" and h.country == code]
        return next((h for h in hits if h.lat is not None and h.lon is not None), None)

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

    def visit_dates(self, draft: ArticleDraft, facts: list[SentenceFacts], merged: list[Candidate]) -> None:
        days = sorted(  # a cancelled engagement's day is no day of the visit
            {d for e in draft.engagements if e.status != Status.CANCELLED for d in (e.day, e.end_date) if d}
        )
        span: tuple[dt.date, dt.date] | None = None
        duration: tuple[int, str] | None = None
        for f in facts:
            if not VISIT_WORDS.search(f.text):
                continue
            if not FOR_THE_DAY.search(f.text):  # "एक दिवसीय यात्रा पर गए": a day out, not the visit's length
                duration = duration or find_duration(f.text)
            for mention, first, last in f.dates:
                if mention.end_day is not None and first and last and span is None:
                    anchored = any(
                        c.sentence is f.sentence and c.date == first for c in merged if c.kind != Kind.TRAVEL
                    )
                    if not anchored:
                        span = (first, last)
        departure = next(
            (
                e.day
                for e in draft.engagements
                if e.title.startswith("Departure") and e.day and (not days or e.day <= days[0])
            ),
            None,
        )  # the journey out, not a leg within the visit ("Departure for Abu Dhabi" on its third day)
        back = next((e.day for e in draft.engagements if e.title.startswith("Return") and e.day), None)
        departure, back = home_flights(merged, draft.engagements, departure, back, self.home)
        self.back = _leaving(draft, back)
        start = span[0] if span else departure or (days[0] if days else None)
        end = span[1] if span else back or (days[-1] if days else None)
        if span is None and back is None and duration is None and days and days == [departure]:
            # "to visit Canada from Sept 5" and nothing after: the last day is not known
            end = None
            self.warnings.append("the article gives no end date for the visit; set it when it is known")
        if duration is not None:
            n, words = duration
            draft.duration_days = n
            arrived = next(
                (e.day for e in draft.engagements if e.title.startswith("Arrival") and e.day), None
            )
            first = departure or (arrived if arrived is not None and arrived == start else None)
            if span is None and start is not None and end is not None:
                if first and not back:
                    # "concluded a four-day visit … arrived in Kigali on 3 November", the way home undated
                    end = max(end, first + dt.timedelta(days=n - 1))
                    how = "departure" if departure else "arrival"
                    self.warnings.append(
                        f"end date {end} counted from the {how} and the stated length “{words}”"
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

    def title(self, draft: ArticleDraft) -> str:
        countries = list(dict.fromkeys(s.country for s in draft.stops if s.country))
        if not countries:
            countries = list(
                dict.fromkeys(e.country for e in draft.engagements if e.country and e.country != "India")
            )
        where = " and ".join([", ".join(countries[:-1]), countries[-1]] if len(countries) > 1 else countries)
        who = " ".join(p for p in (draft.state, draft.head or "delegation") if p)
        return f"{who}: visit to {where}" if where else f"{who}: visit abroad"


#: what happened or will: a plan called off after an early return is still the visit's ("… 12 मई को
#: निवेशकों का सम्मेलन प्रस्तावित था। ये दोनों कार्यक्रम अब रद्द")
_HELD = (Status.CONFIRMED, Status.PROPOSED)


def _leaving(draft: ArticleDraft, back: dt.date | None) -> dt.date | None:
    """The day the delegation leaves for home: ``back`` unless a move abroad is dated after it (a
    lead's "returned from a five-day visit" read on the wrong day), then the first return told on
    or after the last such move."""
    moves = [e.day for e in draft.engagements if e.day and e.kind == Kind.TRAVEL and e.title[:6] != "Return"]
    if back is None or not moves or back >= max(moves):
        return back
    returns = [e.day for e in draft.engagements if e.title.startswith("Return") and e.day]
    return next((d for d in returns if d >= max(moves)), None)


def _paragraph(c: Candidate) -> str:
    """The paragraph (line) of the article a candidate's sentence is in, as written."""
    s = c.sentence
    if not s.original or not s.starts:
        return s.text
    at, text = s.starts[0], s.original
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : end if end >= 0 else len(text)]


def _under_a_day_trip(c: Candidate) -> bool:
    """A candidate's line stands under a day heading that calls the day a day trip."""
    s = c.sentence
    return bool(s.original and s.starts) and headed_a_day_trip(s.original, s.starts[0])


def _copy(stop: DraftStop) -> DraftStop:
    return DraftStop(stop.city, stop.country, stop.tz)


__all__ = ["VISIT_WORDS", "Itinerary"]
