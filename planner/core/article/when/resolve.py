"""Turning date mentions (found by :mod:`planner.core.article.when.dates`) into calendar days.

:class:`DateResolver` reads the mentions of an article sentence after sentence, remembering the
last date placed, the visit's first and last days and the publication date; it gives a
``datetime.date`` or ``None`` with a warning.  Nothing here guesses silently.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from planner.core.article.when.dates import DateMention, describe, make_date
from planner.core.article.when.daynames import named_day_date
from planner.core.article.when.visitweek import after_visit, home_start, inside_visit

#: how far back a date may lie in the year before the last one told (late December from early January)
_BACK_TO_DECEMBER = dt.timedelta(days=31)
_WEEK = dt.timedelta(days=7)


@dataclass
class DateResolver:
    """Turns mentions into dates, sentence after sentence, remembering the last date seen."""

    year: int | None
    published: dt.date | None
    last: dt.date | None = None
    first: dt.date | None = None
    length: int | None = None  # the visit's stated length in days ("पांच दिवसीय")
    visit_end: dt.date | None = None  # the last day of a range the text gives for the visit
    #: the day and month last meant when no year is known (in a leap year, only to name days)
    month_day: dt.date | None = None
    hint: str = ""  # the day and month of the last mention that could not be placed
    earliest: dt.date | None = None  # the earliest day placed so far: the visit's first day for "Day 2"
    #: the day each weekday named alone was last taken as ("Sunday is a day trip …" → 25 October)
    weekdays: dict[int, dt.date] = field(default_factory=dict)
    home: dt.date | None = None  # the day the text said the delegation went home ("flew home on the 13th")

    def _hint_after(self, days: int) -> None:
        if self.month_day is not None:
            self.month_day += dt.timedelta(days=days)
            self.hint = describe(self.month_day.day, self.month_day.month)

    def _final(self, m: DateMention, warnings: list[str]) -> tuple[dt.date | None, dt.date | None]:
        """``on the final day``: the last day of the range the text gave for the visit, if any."""
        if self.visit_end is None and self.first is not None and self.length:
            self.visit_end = self.first + dt.timedelta(days=self.length - 1)
            warnings.append(
                f"“{m.text}”: the last day counted from the first date {self.first} and the stated length "
                f"of {self.length} days"
            )
        if self.visit_end is None:
            warnings.append(f"“{m.text}”: the article gives no last day of the visit; left unscheduled")
            return None, None
        warnings.append(f"“{m.text}” taken as {self.visit_end.isoformat()}, the last day the article gives")
        self.last = self.visit_end
        return self.visit_end, self.visit_end

    def resolve(
        self, mention: DateMention, tense: str, warnings: list[str], text: str = ""
    ) -> tuple[dt.date | None, dt.date | None]:
        """The first and last day a mention stands for (the same day unless it is a range); ``text``,
        the sentence, tells whether it is the day the delegation went home."""
        first, last = self._resolve(mention, tense, warnings)
        if first is not None and text and home_start(text) == mention.start:
            self.home = first
        if first is not None and mention.counts_day:
            start = first - dt.timedelta(days=mention.counts_day - 1)
            warnings.append(
                f"“{mention.text}” is day {mention.counts_day} of the visit: its first day taken as "
                f"{start.isoformat()}"
            )
            self.first = start if self.first is None else min(self.first, start)
            self.earliest = start if self.earliest is None else min(self.earliest, start)
        if first is not None and (self.earliest is None or first < self.earliest):
            self.earliest = first
        return first, last

    def _resolve(
        self, mention: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        if mention.visit_day is not None:
            return self._visit_day(mention, warnings)
        if mention.named:
            return self._named(mention, tense, warnings)
        if mention.is_calendar:
            return self._calendar(mention, tense, warnings)
        if mention.final:
            return self._final(mention, warnings)
        if mention.day is not None and mention.month is None:
            return self._day_of_month(mention, warnings)
        if mention.after_previous is not None:
            if self.last is None:
                warnings.append(f"“{mention.text}”: no earlier date to count from; left unscheduled")
                self._hint_after(mention.after_previous)
                return None, None
            day = self.last + dt.timedelta(days=mention.after_previous)
            self.last = day
            return day, day
        if mention.from_published is not None:
            return self._from_published(mention, tense, warnings)
        if mention.weekday is not None:
            return self._weekday(mention, tense, warnings)
        return None, None

    def _pick_year(self, month: int, day: int, tense: str, weekday: int | None = None) -> int | None:
        """The year of a date written without one.

        After an earlier date the story runs forward: the same year, or the next one when the
        date would fall months before it and lies a few weeks after it in the next year
        (December → January); or back, to the year before, when it would fall months after it
        and lies at most a month before it then (a report opening on 1 January recalls "29 December");
        a visit does not run on for most of a year.  Otherwise the article's year;
        otherwise the publication date: the first such day after it for plans, the last before
        it for reports, the nearest when the verb does not tell; a weekday written beside the date
        (``Mon 14/09``) picks the year it fits within half a year of the publication date.
        """
        safe_day = max(1, min(day, 28))
        if self.last is not None:
            year = self.last.year
            base = self.year if self.year is not None else self.first.year if self.first else year
            rolled = dt.date(year + 1, month, safe_day)
            if (
                dt.date(year, month, safe_day) < self.last - dt.timedelta(days=60)
                and year <= base
                and rolled - self.last <= dt.timedelta(days=92)
            ):
                year += 1  # December → January: one step past the article's year, and only a short one
            elif (
                dt.date(year, month, safe_day) > self.last + dt.timedelta(days=92)
                and self.last - _BACK_TO_DECEMBER <= dt.date(year - 1, month, safe_day) < self.last
            ):
                # a report that opens on 1 January and goes back to "29 December": days before the
                # last one told, not eleven months after it (a month at most: "3 December" after
                # "1 February" is a plan ten months on, not a recollection)
                year -= 1
            return year
        if self.year is not None:
            return self.year
        if self.published is None:
            return None
        p = self.published
        options = [dt.date(y, month, safe_day) for y in (p.year - 1, p.year, p.year + 1)]
        fitting = [d for y in (p.year - 1, p.year, p.year + 1) if (d := make_date(y, month, day))]
        fitting = [d for d in fitting if d.weekday() == weekday and abs((d - p).days) <= 183]
        if fitting:
            return min(fitting, key=lambda d: abs((d - p).days)).year
        if tense == "future":
            return next(d.year for d in options if d >= p - dt.timedelta(days=7))
        if tense == "past":
            return [d.year for d in options if d <= p + dt.timedelta(days=1)][-1]
        return min(options, key=lambda d: abs((d - p).days)).year

    def _calendar(
        self, m: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        assert m.day is not None and m.month is not None
        year = m.year if m.year is not None else self._pick_year(m.month, m.day, tense, m.weekday)
        if m.year is None and year is not None and self.last is not None and year > self.last.year:
            warnings.append(f"“{m.text}” taken as {year}: it comes after {self.last:%d %B %Y} in the text")
        if year is None:
            warnings.append(
                f"“{m.text}”: the article gives no year and no publication date was given; left unscheduled"
            )
            self.month_day = make_date(2024, m.month, m.day)
            self.hint = describe(m.day, m.month)
            return None, None
        first = make_date(year, m.month, m.day)
        if first is None:
            warnings.append(f"“{m.text}”: {describe(m.day, m.month)} {year} does not exist; left unscheduled")
            return None, None
        last = first
        if m.end_day is not None:
            end_year = year + 1 if m.end_month is not None and m.end_month < m.month else year
            last = make_date(end_year, m.end_month or m.month, m.end_day) or first
            if last < first:
                last = first
            self.visit_end = self.visit_end or last
        if m.weekday is not None and first.weekday() != m.weekday:
            warnings.append(
                f"“{m.text}”: {first:%d %B %Y} is a {first:%A}, not a {calendar.day_name[m.weekday]}; "
                "the date was kept"
            )
        if (
            self.published is not None
            and m.year is None
            and tense == "future"
            and first < self.published - dt.timedelta(days=1)
        ):
            warnings.append(
                f"“{m.text}”: {first.isoformat()} is before the publication date {self.published} "
                "although the article speaks of it as ahead; check the year"
            )
        self.last = last if m.end_month is not None else first  # as when the two dates stood apart
        self.first = self.first or first
        return first, last

    def _day_of_month(self, m: DateMention, warnings: list[str]) -> tuple[dt.date | None, dt.date | None]:
        """``On the 16th``, ``4 तारीख को``: that day on or after the date before it, in its month or the
        next one."""
        assert m.day is not None
        if m.weekday is not None:
            return self._weekday_of_month(m, warnings)
        if self.last is None:
            warnings.append(f"“{m.text}”: a day of the month with no date before it; left unscheduled")
            return None, None
        year, month = self.last.year, self.last.month
        if m.day < self.last.day:
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        day = make_date(year, month, m.day)
        if day is None:
            warnings.append(f"“{m.text}”: no such day after {self.last.isoformat()}; left unscheduled")
            return None, None
        warnings.append(f"“{m.text}” taken as {day.isoformat()}, in the month of the date before it")
        self.last = day
        return day, day

    def _weekday_of_month(self, m: DateMention, warnings: list[str]) -> tuple[dt.date | None, dt.date | None]:
        """``Tue 8``: the 8th nearest the last date (else the publication date) that is a Tuesday, in
        its month or the one before or after."""
        assert m.day is not None and m.weekday is not None
        near = self.last or self.published
        if near is None:
            warnings.append(f"“{m.text}”: a day of the month with no date to place it by; left unscheduled")
            return None, None
        months = [(near.year + (near.month + k - 1) // 12, (near.month + k - 1) % 12 + 1) for k in (-1, 0, 1)]
        days = [make_date(year, month, m.day) for year, month in months]
        fitting = [d for d in days if d is not None and d.weekday() == m.weekday]
        if not fitting:
            warnings.append(
                f"“{m.text}”: no {calendar.day_name[m.weekday]} the {m.day} near {near}; left unscheduled"
            )
            return None, None
        day = min(fitting, key=lambda d: abs((d - near).days))
        warnings.append(
            f"“{m.text}” taken as {day.isoformat()}: of the days {m.day} around {near}, "
            f"the one that is a {calendar.day_name[m.weekday]}"
        )
        self.last = day
        return day, day

    def _visit_day(self, m: DateMention, warnings: list[str]) -> tuple[dt.date | None, dt.date | None]:
        """``Day 3``: the visit's first day (the earliest day placed so far) plus two."""
        assert m.visit_day is not None
        if self.earliest is None:
            warnings.append(
                f"“{m.text}”: day {m.visit_day} of a visit whose first day is not known; left unscheduled"
            )
            return None, None
        day = self.earliest + dt.timedelta(days=m.visit_day - 1)
        warnings.append(
            f"“{m.text}” taken as {day.isoformat()}: day {m.visit_day} counted from the visit's first day "
            f"{self.earliest.isoformat()}"
        )
        self.last = day
        return day, day

    def _named(
        self, m: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        """``the day after Republic Day``: the named day's date in the article's year, or the nearest
        one to the publication date in the direction the verb points."""
        if self.year is not None:
            years = [self.year]
        elif self.published is not None:
            years = [self.published.year - 1, self.published.year, self.published.year + 1]
        else:
            warnings.append(
                f"“{m.text}”: {m.named} of which year? The article gives none and no publication date was "
                "given; left unscheduled"
            )
            return None, None
        options = [
            (d, d + dt.timedelta(days=m.named_offset)) for y in years if (d := named_day_date(m.named, y))
        ]
        if not options:
            return None, None
        if len(options) == 1:
            named, day = options[0]
        else:
            p = self.published
            assert p is not None
            if tense == "future":
                named, day = next((o for o in options if o[1] >= p - dt.timedelta(days=1)), options[-1])
            elif tense == "past":
                named, day = [o for o in options if o[1] <= p + dt.timedelta(days=1)][-1]
            else:
                named, day = min(options, key=lambda o: abs((o[1] - p).days))
        warnings.append(f"“{m.text}” taken as {day.isoformat()}: {m.named} is {named.isoformat()}")
        self.last = day
        self.first = self.first or day
        return day, day

    def _from_published(
        self, m: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        word = m.from_published or ""
        if self.published is None:
            warnings.append(
                f"“{m.text}”: relative to the publication date, which was not given; left unscheduled"
            )
            return None, None
        offsets = {"today": 0, "आज": 0, "tomorrow": 1, "yesterday": -1, "tonight": 0}
        if word in offsets or word.startswith("this"):
            delta = offsets.get(word, 0)
        else:
            step = 2 if word == "परसों" else 1
            delta = -step if tense == "past" else step
        day = self.published + dt.timedelta(days=delta)
        warnings.append(
            f"“{m.text}” taken as {day.isoformat()}, counted from the publication date {self.published}"
        )
        self.last = day
        return day, day

    def _weekday(
        self, m: DateMention, tense: str, warnings: list[str]
    ) -> tuple[dt.date | None, dt.date | None]:
        """A weekday without its date, read by the tense of its clause: in the past, the latest such day on
        or before the publication date ("had arrived on Monday" in a report of Wednesday); ahead, the
        first on or after both the publication date and the date before it; when the verb does not
        tell, the first on or after the date before it (an itinerary runs forward).  Never a week
        late because a later day was told first."""
        assert m.weekday is not None
        name = calendar.day_name[m.weekday]
        p, last = self.published, self.last
        told = self.weekdays.get(m.weekday)
        if tense != "past" and told is not None and last is not None and last - _WEEK < told <= last:
            # "our Monday meeting", after Monday and Tuesday were told: that Monday again, not the next
            warnings.append(f"“{m.text}” taken as {told.isoformat()}, the {name} told before")
            self.last = told  # "मंगलवार शाम को": the evening of that Tuesday
            return told, told
        if tense == "past" and p is not None:
            anchor, direction, note = p, -1, f"the last {name} on or before the publication date"
        elif tense == "future" and (p is not None or last is not None):
            anchor = max(d for d in (p, last) if d is not None)
            direction = 1
            note = f"the first {name} on or after " + (
                "the publication date" if anchor == p else "the date before it"
            )
        elif last is not None:
            anchor, direction, note = last, 1, f"the first {name} on or after the date before it"
        elif p is not None:
            # "divided into two teams on Tuesday" (a verb the tense tables do not know), nothing dated
            # before it: the nearest such day to the publication date, as for a date without a year
            back = (p.weekday() - m.weekday) % 7
            ahead = (m.weekday - p.weekday()) % 7
            day = p - dt.timedelta(days=back) if back <= ahead else p + dt.timedelta(days=ahead)
            warnings.append(
                f"“{m.text}” taken as {day.isoformat()}, the nearest {name} to the publication date"
            )
            self.last = day
            return day, day
        else:
            warnings.append(f"“{m.text}”: a weekday with no date to count from; left unscheduled")
            return None, None
        day = anchor
        while day.weekday() != m.weekday:
            day += dt.timedelta(days=direction)
        within = inside_visit(day, m.weekday, self.earliest, self.home, last)
        if within is not None:
            day, note = within, f"the {name} of the visit, which ended on {self.home}"
        elif after_visit(day, self.earliest, self.home):
            warnings.append(f"“{m.text}” taken as {day.isoformat()}, after the visit: no day counted from it")
            return day, day
        warnings.append(f"“{m.text}” taken as {day.isoformat()}, {note}")
        self.last = self.weekdays[m.weekday] = day
        return day, day


__all__ = ["DateResolver"]
