"""Time zones after 2037, where pytz's tables end: offsets, gaps and repeats follow tzdata (zoneinfo)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from planner.core import tz
from planner.core.errors import AmbiguousLocalTime, NonExistentLocalTime

UTC = dt.UTC
ZONES = ["Europe/Berlin", "America/New_York", "Australia/Sydney"]


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def hours_of(year: int) -> list[dt.datetime]:
    start = dt.datetime(year, 1, 1, tzinfo=UTC)
    count = (dt.datetime(year + 1, 1, 1, tzinfo=UTC) - start) // dt.timedelta(hours=1)
    return [start + dt.timedelta(hours=h) for h in range(count)]


@pytest.mark.parametrize("zone", ZONES)
def test_every_hour_of_2040_has_tzdatas_offset(zone: str) -> None:
    rules = zoneinfo.ZoneInfo(zone)
    offsets = set()
    for instant in hours_of(2040):
        expected = instant.astimezone(rules)
        local = tz.to_local(instant, zone)
        assert local.utcoffset() == expected.utcoffset(), instant
        assert tz.local_naive(instant, zone) == expected.replace(tzinfo=None)
        assert tz.abbreviation(zone, instant) == expected.tzname()
        offsets.add(local.utcoffset())
    assert len(offsets) == 2  # summer and winter time both happen in 2040


@pytest.mark.parametrize("zone", ZONES)
def test_every_existing_wall_clock_hour_of_2040_round_trips(zone: str) -> None:
    rules = zoneinfo.ZoneInfo(zone)
    for instant in hours_of(2040):
        naive = instant.astimezone(rules).replace(tzinfo=None)
        try:
            back = tz.local_to_utc(naive, zone)
        except AmbiguousLocalTime:
            earlier = tz.local_to_utc(naive, zone, ambiguous="earlier")
            later = tz.local_to_utc(naive, zone, ambiguous="later")
            assert later - earlier == dt.timedelta(hours=1)
            assert instant in (earlier, later)
            continue
        assert back == instant


@pytest.mark.parametrize(
    ("zone", "summer_noon_utc", "winter_noon_utc"),
    [
        ("Europe/Berlin", utc(2040, 7, 1, 10), utc(2040, 1, 15, 11)),
        ("America/New_York", utc(2040, 7, 1, 16), utc(2040, 1, 15, 17)),
    ],
)
def test_noon_in_summer_and_winter_2040(
    zone: str, summer_noon_utc: dt.datetime, winter_noon_utc: dt.datetime
) -> None:
    assert tz.local_to_utc(dt.datetime(2040, 7, 1, 12), zone) == summer_noon_utc
    assert tz.local_to_utc(dt.datetime(2040, 1, 15, 12), zone) == winter_noon_utc
    assert tz.noon_utc(dt.date(2040, 7, 1), zone) == summer_noon_utc


@pytest.mark.parametrize(
    ("zone", "skipped", "repeated"),
    [
        ("Europe/Berlin", dt.datetime(2040, 3, 25, 2, 30), dt.datetime(2040, 10, 28, 2, 30)),
        ("America/New_York", dt.datetime(2040, 3, 11, 2, 30), dt.datetime(2040, 11, 4, 1, 30)),
    ],
)
def test_gap_and_repeat_in_2040_are_handled_on_purpose(
    zone: str, skipped: dt.datetime, repeated: dt.datetime
) -> None:
    with pytest.raises(NonExistentLocalTime, match="does not exist"):
        tz.localize(skipped, zone)
    with pytest.raises(AmbiguousLocalTime, match="happens twice"):
        tz.localize(repeated, zone)
    rules = zoneinfo.ZoneInfo(zone)
    earlier = tz.local_to_utc(repeated, zone, ambiguous="earlier")
    later = tz.local_to_utc(repeated, zone, ambiguous="later")
    assert earlier == repeated.replace(tzinfo=rules, fold=0).astimezone(UTC)
    assert later == repeated.replace(tzinfo=rules, fold=1).astimezone(UTC)
    assert later - earlier == dt.timedelta(hours=1)


def test_day_bounds_on_the_dst_days_of_2040() -> None:
    spring = tz.day_bounds(dt.date(2040, 3, 25), "Europe/Berlin")
    autumn = tz.day_bounds(dt.date(2040, 10, 28), "Europe/Berlin")
    assert spring[1] - spring[0] == dt.timedelta(hours=23)
    assert autumn[1] - autumn[0] == dt.timedelta(hours=25)
    assert spring[0] == dt.datetime(2040, 3, 24, 23, tzinfo=UTC)


def test_elapsed_time_across_a_change_in_2040() -> None:
    before = tz.to_local(dt.datetime(2040, 3, 25, 0, 30, tzinfo=UTC), "Europe/Berlin")  # 01:30 CET
    after = tz.add_elapsed(before, dt.timedelta(hours=1))
    assert after.replace(tzinfo=None) == dt.datetime(2040, 3, 25, 3, 30)  # 03:30 CEST
    assert after.utcoffset() == dt.timedelta(hours=2)
    # a shift that starts in pytz's range and ends past it takes the offset in force at the end
    late_2037 = tz.to_local(dt.datetime(2037, 12, 1, 12, tzinfo=UTC), "Europe/Berlin")
    summer_2040 = tz.add_elapsed(late_2037, dt.datetime(2040, 7, 1, 12, tzinfo=UTC) - late_2037)
    assert summer_2040.utcoffset() == dt.timedelta(hours=2)


def test_a_visit_across_new_year_2038_keeps_its_offsets() -> None:
    """Both sides of the switch from pytz to tzdata agree on the offset in force."""
    for zone in ZONES:
        rules = zoneinfo.ZoneInfo(zone)
        for instant in hours_of(2037)[-48:] + hours_of(2038)[:48]:
            assert tz.utc_offset(zone, instant) == instant.astimezone(rules).utcoffset()
            naive = tz.local_naive(instant, zone)
            assert tz.local_to_utc(naive, zone) == instant
