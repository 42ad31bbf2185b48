"""A candidate → :class:`DraftEngagement`: its zone, its clock times, and why it stays unscheduled."""

from __future__ import annotations

import datetime as dt

from planner.core import tz
from planner.core.article.candidate import Candidate
from planner.core.article.draft import DraftEngagement
from planner.core.article.gazetteer import Gazetteer
from planner.core.article.when.times import ZONE_ABBREVIATIONS, TimeMention
from planner.core.article.where.flights import Flight, schedule
from planner.core.article.where.stops import day_text
from planner.core.errors import LocalTimeError
from planner.core.model import Kind, Status

DEFAULT_LENGTH = dt.timedelta(hours=1)


class EngagementMaker:
    """Finishes candidates into engagements, adding what it notices to the parse's ``warnings``."""

    def __init__(self, gaz: Gazetteer, published: dt.date | None, warnings: list[str]) -> None:
        self.gaz = gaz
        self.published = published
        self.warnings = warnings
        self.finished: dict[int, list[str]] = {}  # id(candidate) -> the warnings its engagement added

    def again(self, c: Candidate) -> DraftEngagement:
        """The engagement made afresh (its place changed): the first one's warnings are withdrawn."""
        for note in self.finished.pop(id(c), []):
            self.warnings.remove(note)
        return self.finish(c)

    def finish(self, c: Candidate) -> DraftEngagement:
        mark = len(self.warnings)
        e = self._engagement(c)
        self.finished[id(c)] = self.warnings[mark:]
        return e

    def _engagement(self, c: Candidate) -> DraftEngagement:
        zone = (c.city.tz if c.city else None) or (
            self.gaz.zone_of_country(c.country.country) if c.country else None
        )
        if c.city is None and c.zones is not None:
            zone = c.zones[0] if len(c.zones) == 1 else None
        e = DraftEngagement(
            title=c.title,
            kind=c.kind,
            org=org_name(c),
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
        if c.city is None and c.zones is not None and c.country is not None:
            self.warnings.append(
                f"“{c.title}”: the article names no city; time zone {zone}, where the visit's stops in "
                f"{c.country.name} are"
                if zone
                else f"“{c.title}”: the article names no city; {c.country.name} has several time zones and "
                f"the visit's stops there keep {len(c.zones)} ({', '.join(c.zones)}), so none is set"
            )
        elif c.city is None and c.kind != Kind.TRAVEL:
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


def org_name(c: Candidate) -> str:
    if c.org is not None and c.org.type == "community":
        return c.host.name if c.host else ""
    return c.org.name if c.org else ""


__all__ = ["DEFAULT_LENGTH", "EngagementMaker", "org_name"]
