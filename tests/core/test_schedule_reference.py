"""The fast schedule rules give the same days, placements and clashes as the old quadratic ones, and
their work grows linearly with the visit (counted in zone conversions, not timed)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Sequence

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core import schedule, tz
from planner.core.model import Engagement, Kind, Status, Stop, Visit
from planner.core.schedule import Clash, Day

# -- the old implementation, kept as the reference --------------------------------------------------


def ref_overlaps_day(e: Engagement, day: Day) -> bool:
    if e.start is not None and e.end is not None:
        lo, _ = tz.day_bounds(day.date, day.zone)
        hi = day.until or tz.day_bounds(day.date, day.zone)[1]
        if e.start == e.end:
            return lo <= e.start < hi
        return e.start < hi and e.end > lo
    if e.date is not None:
        return e.date <= day.date <= (e.end_date or e.date)
    return False


def ref_starts_on(e: Engagement, day: Day) -> bool:
    if e.start is None:
        return False
    lo, _ = tz.day_bounds(day.date, day.zone)
    hi = day.until or tz.day_bounds(day.date, day.zone)[1]
    return lo <= e.start < hi


def ref_engagements_on(visit: Visit, day: Day) -> list[Engagement]:
    timed = [e for e in visit.engagements if e.is_timed and ref_overlaps_day(e, day)]
    timed.sort(key=lambda e: (e.start, e.end, e.title))
    all_day = [e for e in visit.engagements if e.is_all_day and ref_overlaps_day(e, day)]
    all_day.sort(key=lambda e: (e.date, e.title))
    return timed + all_day


def ref_column_of(days: Sequence[Day], e: Engagement) -> Day | None:
    for day in days:
        if (e.is_timed and ref_starts_on(e, day)) or (e.is_all_day and e.date == day.date):
            return day
    return None


def ref_stops_on(visit: Visit, day: dt.date) -> tuple[Stop, ...]:
    here = [s for s in visit.stops if s.covers(day)]
    here.sort(key=lambda s: (s.arrive or day, s.depart or day))
    return tuple(here)


def ref_fallback_stop(visit: Visit, day: dt.date) -> Stop | None:
    dated = [s for s in visit.stops if s.arrive is not None]
    before = [s for s in dated if s.arrive is not None and s.arrive <= day]
    if before:
        return max(before, key=lambda s: s.arrive or day)
    if dated:
        return min(dated, key=lambda s: s.arrive or day)
    return visit.stops[0] if visit.stops else None


def ref_visit_dates(visit: Visit) -> list[dt.date]:
    known: list[dt.date] = [d for d in (visit.start_date, visit.end_date) if d is not None]
    for stop in visit.stops:
        known.extend(d for d in (stop.arrive, stop.depart) if d is not None)
    for e in visit.engagements:
        first = tz.local_date(e.start, e.tz) if e.start is not None and e.tz is not None else e.date
        last = (
            tz.local_date(e.end, e.arrival_tz)
            if e.end is not None and e.arrival_tz is not None
            else e.end_date or e.date
        )
        known.extend(d for d in (first, last) if d is not None)
    if not known:
        return []
    first_day, last_day = min(known), max(known)
    if visit.start_date is None and visit.end_date is None and first_day == last_day and not visit.stops:
        last_day = first_day + dt.timedelta(days=schedule.EMPTY_VISIT_DAYS - 1)
    return [first_day + dt.timedelta(days=i) for i in range((last_day - first_day).days + 1)]


def ref_visit_days(visit: Visit) -> list[Day]:
    days: list[Day] = []
    for date in ref_visit_dates(visit):
        stops = ref_stops_on(visit, date)
        zones = list(dict.fromkeys(s.tz for s in stops))
        if not zones:
            fallback = ref_fallback_stop(visit, date)
            if fallback is not None:
                zones = [fallback.tz]
        if not zones:
            zone = next(
                (e.tz for e in visit.engagements if e.tz is not None and schedule._local_day(e) == date), None
            )
            zones = [zone or visit.home_tz]
        days.append(Day(date=date, stops=stops, zones=tuple(zones)))
    out = list(days)
    for i in range(len(out) - 1):
        here, after = out[i], out[i + 1]
        own_end = tz.day_bounds(here.date, here.zone)[1]
        next_start = tz.day_bounds(after.date, after.zone)[0]
        if next_start != own_end and next_start > tz.day_bounds(here.date, here.zone)[0]:
            out[i] = dataclasses.replace(here, until=next_start)
    return out


def ref_find_clashes(visit: Visit, days: Sequence[Day]) -> list[Clash]:
    clashes: list[Clash] = []
    live = [e for e in visit.engagements if e.status is not Status.CANCELLED]
    timed = [e for e in live if e.is_timed]
    for i, a in enumerate(timed):  # every pair, in the order the sweep reports them
        for b in timed[i + 1 :]:
            assert a.start and a.end and b.start and b.end
            if a.start < b.end and b.start < a.end:
                first, second = sorted((a, b), key=lambda e: (e.start, e.end, timed.index(e)))
                day = ref_column_of(days, second)
                clashes.append(
                    Clash(
                        "overlap",
                        day.date if day else (schedule._local_day(second) or dt.date.min),
                        (first.uid, second.uid),
                        f"“{first.title}” overlaps “{second.title}”",
                    )
                )
    for e in live:
        if e.kind is Kind.TRAVEL or not e.city:
            continue
        for day in days:
            if not day.stops or not ref_overlaps_day(e, day):
                continue
            if e.city.strip().casefold() not in {c.strip().casefold() for c in day.cities}:
                clashes.append(
                    Clash(
                        "place",
                        day.date,
                        (e.uid,),
                        f"“{e.title}” is in {e.city}, "
                        f"but on {day.date:%a %d %b} the delegation is in {' / '.join(day.cities)}",
                    )
                )
    return clashes


# -- random visits around DST changes, with two zones on travel days ------------------------------

ZONES = {
    "Berlin": "Europe/Berlin",
    "New York": "America/New_York",
    "Sydney": "Australia/Sydney",
    "Auckland": "Pacific/Auckland",
    "Delhi": "Asia/Kolkata",
    "Tokyo": "Asia/Tokyo",
    "Honolulu": "Pacific/Honolulu",
}
CITIES = sorted(ZONES)
#: Windows holding the European, Australian, New Zealand and American DST changes of 2025.
STARTS = (dt.date(2025, 3, 26), dt.date(2025, 4, 1), dt.date(2025, 10, 22), dt.date(2025, 10, 30))


@st.composite
def visits(draw: st.DrawFn) -> Visit:
    base = draw(st.sampled_from(STARTS))
    stops = []
    for _ in range(draw(st.integers(0, 3))):
        city = draw(st.sampled_from(CITIES))
        arrive: dt.date | None = base + dt.timedelta(days=draw(st.integers(0, 8)))
        depart: dt.date | None = arrive + dt.timedelta(days=draw(st.integers(-1, 3)))  # type: ignore[operator]
        missing = draw(st.integers(0, 6))  # now and then a stop without an arrival or departure
        arrive, depart = (None if missing == 0 else arrive), (None if missing == 1 else depart)
        stops.append(Stop(city, "", ZONES[city], arrive, depart))
    visit = Visit(title="Random", home_tz=draw(st.sampled_from(list(ZONES.values()))), stops=stops)
    for n in range(draw(st.integers(0, 14))):
        city = draw(st.sampled_from([*CITIES, None]))
        shape = draw(st.sampled_from(("timed", "timed", "timed", "all-day", "unscheduled")))
        kw: dict[str, object] = {
            "title": draw(st.sampled_from(("A", "B", f"E{n}"))),
            "city": city,
            "status": draw(st.sampled_from((Status.CONFIRMED, Status.CONFIRMED, Status.CANCELLED))),
            "kind": draw(st.sampled_from((Kind.MEETING, Kind.MEETING, Kind.TRAVEL))),
        }
        if shape == "timed":
            zone = ZONES[city] if city else draw(st.sampled_from(list(ZONES.values())))
            start = tz.local_to_utc(dt.datetime.combine(base, dt.time()), "UTC") + dt.timedelta(
                minutes=15 * draw(st.integers(-96, 12 * 96))
            )
            length = dt.timedelta(minutes=15 * draw(st.integers(0, 120)))
            arrival = draw(st.sampled_from((None, None, *ZONES.values())))  # a journey ends elsewhere
            kw.update(tz=zone, end_tz=arrival, start=start, end=start + length)
        elif shape == "all-day":
            date = base + dt.timedelta(days=draw(st.integers(-2, 12)))
            kw.update(date=date, end_date=draw(st.sampled_from((None, date + dt.timedelta(days=2)))))
        visit.engagements.append(Engagement(**kw))  # type: ignore[arg-type]
    return visit


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visits(), st.randoms(use_true_random=False))
def test_fast_rules_match_the_quadratic_reference(visit: Visit, rnd: random.Random) -> None:
    days = schedule.visit_days(visit)
    assert days == ref_visit_days(visit)
    expected_on = [ref_engagements_on(visit, d) for d in days]
    assert [schedule.engagements_on(visit, d) for d in days] == expected_on
    assert schedule.engagements_by_day(visit, days) == expected_on
    for e in visit.engagements:
        assert schedule.column_of(days, e) == ref_column_of(days, e)
    assert sorted(schedule.find_clashes(visit, days), key=repr) == sorted(
        ref_find_clashes(visit, days), key=repr
    )
    assert schedule.derive(visit) == (days, schedule.find_clashes(visit, days))
    # days in any other order (no bisecting possible) give the same answers by the plain scan
    shuffled = list(days)
    rnd.shuffle(shuffled)
    assert schedule.engagements_by_day(visit, shuffled) == [ref_engagements_on(visit, d) for d in shuffled]
    assert sorted(schedule.find_clashes(visit, shuffled), key=repr) == sorted(
        ref_find_clashes(visit, shuffled), key=repr
    )


def test_clashes_keep_the_sweep_order() -> None:
    visit = Visit(
        title="Order", stops=[Stop("Berlin", "", "Europe/Berlin", dt.date(2025, 3, 29), dt.date(2025, 3, 31))]
    )
    base = tz.local_to_utc(dt.datetime(2025, 3, 30, 9), "Europe/Berlin")
    for i, minutes in enumerate((60, 0, 30)):
        start = base + dt.timedelta(minutes=minutes)
        visit.engagements.append(
            Engagement(
                title=f"M{i}",
                tz="Europe/Berlin",
                city="Berlin",
                start=start,
                end=start + dt.timedelta(hours=1),
            )
        )
    clashes = schedule.find_clashes(visit)
    assert [c.message for c in clashes] == ["“M1” overlaps “M2”", "“M2” overlaps “M0”"]  # M1 only touches M0
    assert {c.day for c in clashes} == {dt.date(2025, 3, 30)}


# -- the work grows linearly ------------------------------------------------------------------------


def office_visit(engagements: int) -> Visit:
    """Ten engagements a day, in two cities with a DST change, a few overlapping and a few misplaced."""
    days = engagements // 10
    first = dt.date(2025, 3, 20)
    middle = first + dt.timedelta(days=days // 2)
    visit = Visit(
        title="Long",
        stops=[
            Stop("Berlin", "", "Europe/Berlin", first, middle),
            Stop("New York", "", "America/New_York", middle, first + dt.timedelta(days=days - 1)),
        ],
    )
    for i in range(engagements):
        day = first + dt.timedelta(days=i // 10)
        city, zone = ("Berlin", "Europe/Berlin") if day < middle else ("New York", "America/New_York")
        if i % 37 == 0:
            city = "Tokyo"
        start = tz.local_to_utc(dt.datetime.combine(day, dt.time(8 + i % 10, 30 if i % 7 == 0 else 0)), zone)
        visit.engagements.append(
            Engagement(title=f"E{i}", city=city, tz=zone, start=start, end=start + dt.timedelta(minutes=50))
        )
    return visit


def count_zone_work(visit: Visit, monkeypatch: object) -> int:
    """How many day bounds and local dates ``derive`` and a whole-visit placement ask the zone layer for."""
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    calls = 0
    real_bounds, real_date = tz.day_bounds, tz.local_date

    def bounds(day: dt.date, zone: str) -> tuple[dt.datetime, dt.datetime]:
        nonlocal calls
        calls += 1
        return real_bounds(day, zone)

    def local_date(instant: dt.datetime, zone: str) -> dt.date:
        nonlocal calls
        calls += 1
        return real_date(instant, zone)

    with monkeypatch.context() as m:
        m.setattr(tz, "day_bounds", bounds)
        m.setattr(tz, "local_date", local_date)
        days, clashes = schedule.derive(visit)
        placed = schedule.engagements_by_day(visit, days)
    assert clashes and sum(map(len, placed)) >= len(visit.engagements)
    return calls


def test_zone_work_grows_linearly_with_the_visit(monkeypatch: object) -> None:
    small = count_zone_work(office_visit(300), monkeypatch)
    large = count_zone_work(office_visit(3000), monkeypatch)
    # ten times the engagements (and days): about ten times the work; the old rules did about a hundred
    assert large <= 11 * small
