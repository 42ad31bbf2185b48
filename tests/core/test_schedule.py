"""Days, zones, placement, clashes and moves of a visit, including DST days and a travel day."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from planner.core import schedule, tz
from planner.core.errors import NonExistentLocalTime
from planner.core.model import Engagement, Kind, Status, Stop, Visit

UTC = dt.UTC
D = dt.date


def at(zone: str, *args: int) -> dt.datetime:
    return tz.local_to_utc(dt.datetime(*args), zone)


def timed(title: str, zone: str, start: tuple[int, ...], end: tuple[int, ...], **kw: object) -> Engagement:
    return Engagement(title=title, tz=zone, start=at(zone, *start), end=at(zone, *end), **kw)  # type: ignore[arg-type]


def japan_korea() -> Visit:
    return Visit(
        title="Japan and Korea",
        start_date=D(2025, 8, 21),
        end_date=D(2025, 8, 29),
        stops=[
            Stop("Tokyo", "Japan", "Asia/Tokyo", D(2025, 8, 21), D(2025, 8, 23)),
            Stop("Osaka", "Japan", "Asia/Tokyo", D(2025, 8, 24), D(2025, 8, 28)),
            Stop("Seoul", "South Korea", "Asia/Seoul", D(2025, 8, 28), D(2025, 8, 29)),
        ],
    )


@pytest.mark.usefixtures("machine_tz")
def test_days_cover_the_visit_with_both_places_on_the_travel_day() -> None:
    days = schedule.visit_days(japan_korea())
    assert [d.date for d in days] == [D(2025, 8, 21) + dt.timedelta(days=i) for i in range(9)]
    travel = schedule.day_of(days, D(2025, 8, 28))
    assert travel is not None
    assert travel.cities == ("Osaka", "Seoul")
    assert travel.zones == ("Asia/Tokyo", "Asia/Seoul")
    assert travel.is_travel_day
    assert days[0].cities == ("Tokyo",) and days[0].zone == "Asia/Tokyo"
    assert not days[0].is_travel_day


def test_days_widen_to_engagements_outside_the_stated_dates() -> None:
    visit = japan_korea()
    visit.engagements.append(Engagement(title="Debrief", date=D(2025, 8, 31)))
    days = schedule.visit_days(visit)
    assert days[-1].date == D(2025, 8, 31)
    # after the last stop the delegation is taken to be where it last was
    assert days[-1].zone == "Asia/Seoul"


def test_day_without_stops_uses_engagement_zone_then_home() -> None:
    visit = Visit(title="x", home_tz="Asia/Kolkata")
    visit.engagements.append(timed("Talk", "Europe/Berlin", (2025, 3, 30, 10), (2025, 3, 30, 11)))
    days = schedule.visit_days(visit)
    assert days[0].zone == "Europe/Berlin"
    assert len(days) == schedule.EMPTY_VISIT_DAYS
    assert days[1].zone == "Asia/Kolkata"
    assert schedule.visit_days(Visit(title="empty")) == []


@pytest.mark.usefixtures("machine_tz")
def test_placement_uses_each_days_local_bounds() -> None:
    visit = japan_korea()
    late = timed("Dinner", "Asia/Tokyo", (2025, 8, 22, 23, 0), (2025, 8, 23, 0, 30))
    early = timed("Breakfast", "Asia/Tokyo", (2025, 8, 23, 0, 30), (2025, 8, 23, 1, 0))
    visit.engagements += [late, early]
    days = schedule.visit_days(visit)
    d22, d23 = days[1], days[2]
    assert [e.title for e in schedule.engagements_on(visit, d22)] == ["Dinner"]
    # the dinner runs past midnight, so it touches the 23rd as well; the breakfast starts then
    assert [e.title for e in schedule.engagements_on(visit, d23)] == ["Dinner", "Breakfast"]
    assert schedule.column_of(days, late) == d22
    assert schedule.column_of(days, early) == d23


def test_placement_on_a_23_hour_dst_day() -> None:
    visit = Visit(
        title="Berlin", stops=[Stop("Berlin", "Germany", "Europe/Berlin", D(2025, 3, 29), D(2025, 3, 31))]
    )
    late = timed("Late", "Europe/Berlin", (2025, 3, 30, 23, 30), (2025, 3, 30, 23, 45))
    visit.engagements.append(late)
    days = schedule.visit_days(visit)
    lo, hi = days[1].bounds()
    assert hi - lo == dt.timedelta(hours=23)
    assert schedule.column_of(days, late) == days[1]
    assert schedule.engagements_on(visit, days[2]) == []


def test_all_day_spanning_days_and_unscheduled() -> None:
    visit = japan_korea()
    expo = Engagement(title="Expo", date=D(2025, 8, 24), end_date=D(2025, 8, 25))
    nodate = Engagement(title="NTT", unscheduled_reason="no date in the article")
    visit.engagements += [expo, nodate]
    days = schedule.visit_days(visit)
    on = {d.date: [e.title for e in schedule.engagements_on(visit, d)] for d in days}
    assert on[D(2025, 8, 24)] == ["Expo"] and on[D(2025, 8, 25)] == ["Expo"]
    assert on[D(2025, 8, 26)] == []
    assert schedule.unscheduled(visit) == [nodate]


def test_overlap_clash_ignores_cancelled_and_touching() -> None:
    visit = japan_korea()
    a = timed("A", "Asia/Tokyo", (2025, 8, 22, 10), (2025, 8, 22, 11), city="Tokyo")
    b = timed("B", "Asia/Tokyo", (2025, 8, 22, 10, 30), (2025, 8, 22, 12), city="Tokyo")
    c = timed("C", "Asia/Tokyo", (2025, 8, 22, 12), (2025, 8, 22, 13), city="Tokyo")
    d = timed(
        "D", "Asia/Tokyo", (2025, 8, 22, 12, 30), (2025, 8, 22, 13), city="Tokyo", status=Status.CANCELLED
    )
    visit.engagements += [a, b, c, d]
    clashes = schedule.find_clashes(visit)
    assert [(x.kind, x.uids) for x in clashes] == [("overlap", (a.uid, b.uid))]
    assert clashes[0].day == D(2025, 8, 22)
    assert set(schedule.clashes_by_uid(clashes)) == {a.uid, b.uid}


def test_overlap_across_zones_is_by_instant() -> None:
    visit = Visit(title="two zones")
    berlin = timed("Call", "Europe/Berlin", (2025, 7, 1, 9), (2025, 7, 1, 10))  # 07:00–08:00 UTC
    london = timed("Meet", "Europe/London", (2025, 7, 1, 8, 30), (2025, 7, 1, 9))  # 07:30–08:00 UTC
    visit.engagements += [berlin, london]
    assert [c.kind for c in schedule.find_clashes(visit)] == ["overlap"]


def test_place_clash_when_delegation_is_elsewhere() -> None:
    visit = japan_korea()
    wrong = Engagement(title="Hyundai", city="Seoul", date=D(2025, 8, 24))
    right = Engagement(title="KITA", city="Seoul", date=D(2025, 8, 28))
    flight = timed(
        "Flight", "Asia/Tokyo", (2025, 8, 24, 9), (2025, 8, 24, 11), city="Seoul", kind=Kind.TRAVEL
    )
    visit.engagements += [wrong, right, flight]
    clashes = schedule.find_clashes(visit)
    assert [(c.kind, c.uids, c.day) for c in clashes] == [("place", (wrong.uid,), D(2025, 8, 24))]
    assert "Osaka" in clashes[0].message


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(0, 0), (7, 0), (8, 15), (22, 15), (23, 30), (-7, 0), (-8, -15), (61, 60), (-53, -60)],
)
def test_snap(minutes: int, expected: int) -> None:
    assert schedule.snap(dt.timedelta(minutes=minutes)) == dt.timedelta(minutes=expected)


def test_snap_time_clamps_to_the_day() -> None:
    assert schedule.snap_time(10 * 60 + 8) == dt.time(10, 15)
    assert schedule.snap_time(-30) == dt.time(0, 0)
    assert schedule.snap_time(24 * 60 + 10) == dt.time(23, 45)


@pytest.mark.usefixtures("machine_tz")
def test_move_by_wall_clock_keeps_duration_and_identity() -> None:
    e = timed("A", "Asia/Tokyo", (2025, 8, 22, 10), (2025, 8, 22, 11, 30))
    moved = schedule.move_by(e, dt.timedelta(hours=2, minutes=15), "Asia/Tokyo")
    assert moved.start == at("Asia/Tokyo", 2025, 8, 22, 12, 15)
    assert moved.end - moved.start == dt.timedelta(minutes=90)  # type: ignore[operator]
    assert moved.uid == e.uid and moved.tz == "Asia/Tokyo"
    assert e.start == at("Asia/Tokyo", 2025, 8, 22, 10)  # the original is untouched


def test_move_over_a_dst_change_is_by_wall_clock() -> None:
    e = timed("A", "Europe/Berlin", (2025, 3, 30, 1, 0), (2025, 3, 30, 1, 30))
    moved = schedule.move_by(e, dt.timedelta(hours=3), "Europe/Berlin")
    assert tz.local_naive(moved.start, "Europe/Berlin") == dt.datetime(2025, 3, 30, 4, 0)  # type: ignore[arg-type]
    # only two hours of real time passed: the clocks went forward
    assert moved.start - e.start == dt.timedelta(hours=2)  # type: ignore[operator]


def test_move_into_a_dst_gap_is_refused_with_the_core_message() -> None:
    e = timed("A", "Europe/Berlin", (2025, 3, 30, 1, 0), (2025, 3, 30, 1, 30))
    with pytest.raises(NonExistentLocalTime, match="does not exist in Europe/Berlin"):
        schedule.move_by(e, dt.timedelta(hours=1, minutes=30), "Europe/Berlin")


def test_move_in_new_york_and_sydney_dst() -> None:
    ny = timed("NY", "America/New_York", (2025, 11, 1, 9), (2025, 11, 1, 10))
    moved = schedule.move_by(ny, dt.timedelta(days=1), "America/New_York")
    assert tz.local_naive(moved.start, "America/New_York") == dt.datetime(2025, 11, 2, 9)  # type: ignore[arg-type]
    assert moved.start - ny.start == dt.timedelta(hours=25)  # type: ignore[operator]
    syd = timed("SYD", "Australia/Sydney", (2025, 10, 4, 2, 30), (2025, 10, 4, 3))
    with pytest.raises(NonExistentLocalTime):
        schedule.move_by(syd, dt.timedelta(days=1), "Australia/Sydney")


def test_resize_changes_end_only_and_keeps_a_minimum() -> None:
    e = timed("A", "Asia/Seoul", (2025, 8, 28, 10), (2025, 8, 28, 11))
    longer = schedule.resize_by(e, dt.timedelta(minutes=45), "Asia/Seoul")
    assert longer.start == e.start and longer.end == at("Asia/Seoul", 2025, 8, 28, 11, 45)
    with pytest.raises(schedule.ScheduleError, match="at least 15 minutes"):
        schedule.resize_by(e, dt.timedelta(minutes=-60), "Asia/Seoul")


def test_move_to_another_day_and_schedule_unscheduled() -> None:
    e = timed("A", "Asia/Tokyo", (2025, 8, 22, 10), (2025, 8, 22, 11, 30))
    moved = schedule.move_to(e, D(2025, 8, 25), dt.time(14, 0), "Asia/Tokyo")
    assert moved.start == at("Asia/Tokyo", 2025, 8, 25, 14)
    assert moved.end == at("Asia/Tokyo", 2025, 8, 25, 15, 30)
    loose = Engagement(title="NTT", unscheduled_reason="no date")
    placed = schedule.schedule_at(loose, D(2025, 8, 22), dt.time(9, 30), "Asia/Tokyo")
    assert placed.start == at("Asia/Tokyo", 2025, 8, 22, 9, 30)
    assert placed.end - placed.start == schedule.DEFAULT_DURATION  # type: ignore[operator]
    assert placed.tz == "Asia/Tokyo" and placed.unscheduled_reason == "" and not placed.is_unscheduled
    with pytest.raises(NonExistentLocalTime):
        schedule.schedule_at(loose, D(2025, 3, 30), dt.time(2, 30), "Europe/Berlin")
    all_day = schedule.schedule_on(loose, D(2025, 8, 23))
    assert all_day.is_all_day and all_day.date == D(2025, 8, 23)


def test_local_span_validation() -> None:
    start, end = schedule.local_span(D(2025, 8, 24), dt.time(10), dt.time(11), "Asia/Tokyo")
    assert (start, end) == (at("Asia/Tokyo", 2025, 8, 24, 10), at("Asia/Tokyo", 2025, 8, 24, 11))
    with pytest.raises(NonExistentLocalTime, match="2025-03-30 02:30 does not exist"):
        schedule.local_span(D(2025, 3, 30), dt.time(2, 30), dt.time(4), "Europe/Berlin")
    with pytest.raises(schedule.ScheduleError, match="end must be after the start"):
        schedule.local_span(D(2025, 8, 24), dt.time(11), dt.time(10), "Asia/Tokyo")
    # a journey: 10:00 in Tokyo to 12:30 in Seoul is 2.5 h
    s, e = schedule.local_span(
        D(2025, 8, 28), dt.time(10), dt.time(12, 30), "Asia/Tokyo", end_zone="Asia/Seoul"
    )
    assert e - s == dt.timedelta(hours=2, minutes=30)


@pytest.mark.usefixtures("machine_tz")
def test_home_equivalent_and_wall_minutes() -> None:
    home = schedule.home_equivalent(D(2025, 8, 24), dt.time(10), "Asia/Tokyo", "Asia/Kolkata")
    assert home.replace(tzinfo=None) == dt.datetime(2025, 8, 24, 6, 30)
    start = at("Asia/Tokyo", 2025, 8, 24, 10, 15)
    assert schedule.wall_minutes(start, "Asia/Tokyo", D(2025, 8, 24)) == 615
    assert schedule.wall_minutes(start, "Asia/Tokyo", D(2025, 8, 25)) == 615 - 1440


def _utc(zone: str, *args: int) -> dt.datetime:
    return tz.local_to_utc(dt.datetime(*args), zone)


@pytest.mark.parametrize(
    ("first", "second", "axis_hours"),
    [
        ("Europe/Berlin", "America/New_York", 30),  # west: the travel day runs to NY midnight
        ("Asia/Kolkata", "Asia/Tokyo", 20.5),  # east: it ends at Tokyo midnight, 20:30 IST
        ("Asia/Tokyo", "Asia/Seoul", 24),  # same offset: an ordinary day
    ],
)
def test_days_tile_time_across_a_journey_between_offsets(first: str, second: str, axis_hours: float) -> None:
    visit = Visit(
        title="Two places",
        stops=[
            Stop("A", "X", first, dt.date(2025, 6, 1), dt.date(2025, 6, 3)),
            Stop("B", "Y", second, dt.date(2025, 6, 3), dt.date(2025, 6, 5)),
        ],
    )
    days = schedule.visit_days(visit)
    for here, after in itertools.pairwise(days):
        assert here.bounds()[1] == after.bounds()[0]  # no gap, no overlap
    travel = days[2]
    assert travel.zone == first and travel.axis_minutes == axis_hours * 60
    assert travel.mixed_offsets is (axis_hours != 24)
    # an evening engagement at the arrival is on exactly one day
    dinner = Engagement(
        "Dinner", tz=second, start=_utc(second, 2025, 6, 3, 19), end=_utc(second, 2025, 6, 3, 21)
    )
    assert [d.date for d in days if schedule.overlaps_day(dinner, d)] in (
        [dt.date(2025, 6, 3)],
        [dt.date(2025, 6, 4)],
    )


def test_visit_problems_name_the_field() -> None:
    visit = Visit(
        title=" ",
        home_tz="Mars/Olympus",
        start_date=dt.date(2025, 6, 5),
        end_date=dt.date(2025, 6, 1),
        stops=[Stop("", "", "Asia/Tokyo", dt.date(2025, 6, 3), dt.date(2025, 6, 2))],
    )
    fields = [(p.field, p.index) for p in schedule.visit_problems(visit)]
    assert ("title", None) in fields and ("home_tz", None) in fields and ("dates", None) in fields
    assert fields.count(("stops", 0)) >= 2
    ok = Visit(title="Fine", start_date=dt.date(2025, 6, 1), end_date=dt.date(2025, 6, 5))
    assert schedule.visit_problems(ok) == []
