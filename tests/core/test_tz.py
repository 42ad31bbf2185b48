"""Time zones: localize, convert, DST gaps and overlaps, labels; independent of the machine's zone."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.core import tz
from planner.core.errors import AmbiguousLocalTime, NonExistentLocalTime, UnknownZoneError

UTC = dt.UTC


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.usefixtures("machine_tz")
@pytest.mark.parametrize(
    ("zone", "local", "expected_utc"),
    [
        ("Asia/Tokyo", dt.datetime(2025, 8, 24, 10, 0), utc(2025, 8, 24, 1, 0)),
        ("Asia/Seoul", dt.datetime(2025, 8, 28, 15, 30), utc(2025, 8, 28, 6, 30)),
        ("Asia/Kolkata", dt.datetime(2025, 8, 24, 6, 30), utc(2025, 8, 24, 1, 0)),
        ("Europe/Berlin", dt.datetime(2025, 7, 1, 9, 0), utc(2025, 7, 1, 7, 0)),
        ("Europe/Berlin", dt.datetime(2025, 1, 15, 9, 0), utc(2025, 1, 15, 8, 0)),
        ("America/New_York", dt.datetime(2025, 3, 10, 9, 0), utc(2025, 3, 10, 13, 0)),
        ("America/New_York", dt.datetime(2025, 3, 7, 9, 0), utc(2025, 3, 7, 14, 0)),
        ("Australia/Sydney", dt.datetime(2025, 4, 5, 12, 0), utc(2025, 4, 5, 1, 0)),
        ("Australia/Sydney", dt.datetime(2025, 4, 7, 12, 0), utc(2025, 4, 7, 2, 0)),
    ],
)
def test_local_to_utc_uses_the_offset_in_force(
    zone: str, local: dt.datetime, expected_utc: dt.datetime
) -> None:
    assert tz.local_to_utc(local, zone) == expected_utc
    assert tz.local_naive(expected_utc, zone) == local


def test_localize_never_gives_local_mean_time() -> None:
    tokyo = tz.localize(dt.datetime(2025, 8, 24, 10, 0), "Asia/Tokyo")
    assert tokyo.utcoffset() == dt.timedelta(hours=9)


@pytest.mark.parametrize(
    ("zone", "gap"),
    [
        ("Europe/Berlin", dt.datetime(2025, 3, 30, 2, 30)),
        ("America/New_York", dt.datetime(2025, 3, 9, 2, 15)),
        ("Australia/Sydney", dt.datetime(2025, 10, 5, 2, 0)),
    ],
)
def test_a_skipped_local_time_is_refused_with_a_reason(zone: str, gap: dt.datetime) -> None:
    with pytest.raises(NonExistentLocalTime, match="does not exist"):
        tz.localize(gap, zone)


def test_an_ambiguous_local_time_needs_a_choice() -> None:
    twice = dt.datetime(2025, 10, 26, 2, 30)
    with pytest.raises(AmbiguousLocalTime, match="happens twice"):
        tz.localize(twice, "Europe/Berlin")
    earlier = tz.local_to_utc(twice, "Europe/Berlin", ambiguous="earlier")
    later = tz.local_to_utc(twice, "Europe/Berlin", ambiguous="later")
    assert later - earlier == dt.timedelta(hours=1)
    assert earlier == utc(2025, 10, 26, 0, 30)


def test_unknown_zone_is_named() -> None:
    with pytest.raises(UnknownZoneError, match="Asia/Tokio"):
        tz.zone("Asia/Tokio")
    assert not tz.is_zone("JST")


def test_day_bounds_follow_dst_length() -> None:
    start, end = tz.day_bounds(dt.date(2025, 3, 30), "Europe/Berlin")
    assert end - start == dt.timedelta(hours=23)
    start, end = tz.day_bounds(dt.date(2025, 10, 26), "Europe/Berlin")
    assert end - start == dt.timedelta(hours=25)
    start, end = tz.day_bounds(dt.date(2025, 8, 24), "Asia/Tokyo")
    assert start == utc(2025, 8, 23, 15, 0)


def test_wall_clock_shift_across_dst_keeps_the_wall_time() -> None:
    before = tz.local_to_utc(dt.datetime(2025, 3, 29, 10, 0), "Europe/Berlin")
    moved = tz.shift_wall_clock(before, "Europe/Berlin", dt.timedelta(days=1))
    assert tz.local_naive(moved, "Europe/Berlin") == dt.datetime(2025, 3, 30, 10, 0)
    assert moved - before == dt.timedelta(hours=23)
    with pytest.raises(NonExistentLocalTime):
        tz.shift_wall_clock(
            tz.local_to_utc(dt.datetime(2025, 3, 29, 2, 30), "Europe/Berlin"),
            "Europe/Berlin",
            dt.timedelta(days=1),
        )


def test_elapsed_arithmetic_is_normalised() -> None:
    local = tz.localize(dt.datetime(2025, 3, 30, 1, 30), "Europe/Berlin")
    later = tz.add_elapsed(local, dt.timedelta(hours=1))
    assert later.replace(tzinfo=None) == dt.datetime(2025, 3, 30, 3, 30)
    assert later.utcoffset() == dt.timedelta(hours=2)


@pytest.mark.usefixtures("machine_tz")
def test_labels() -> None:
    at = utc(2025, 8, 24, 3, 0)
    assert tz.zone_label("Asia/Tokyo", at) == "JST (UTC+9)"
    assert tz.zone_label("Asia/Seoul", at) == "KST (UTC+9)"
    assert tz.zone_label("Asia/Kolkata", at) == "IST (UTC+5:30)"
    assert tz.format_offset(tz.utc_offset("Asia/Kolkata", at)) == "UTC+05:30"
    assert tz.format_offset(dt.timedelta(hours=-3, minutes=-30)) == "UTC-03:30"
    assert tz.abbreviation("Asia/Dubai", at) in ("GST", "UTC+4")
    assert tz.abbreviation("Europe/Berlin", at) == "CEST"
    assert tz.abbreviation("Europe/Berlin", utc(2025, 1, 1)) == "CET"


def test_to_local_needs_an_aware_instant() -> None:
    with pytest.raises(ValueError, match="aware"):
        tz.to_local(dt.datetime(2025, 1, 1), "Asia/Tokyo")
    assert tz.as_utc(dt.datetime(2025, 1, 1)) == utc(2025, 1, 1)


def test_a_zone_spelled_exactly_is_pytzs_own_object_and_others_still_resolve() -> None:
    import pytz

    for name in ("Asia/Tokyo", "America/Argentina/Buenos_Aires", "Etc/GMT+5", "US/Eastern"):
        assert tz.zone(name) is pytz.timezone(name)
    assert tz.zone("asia/kolkata") is pytz.timezone("Asia/Kolkata")  # pytz's own lookup, any case
    assert tz.zone("UTC") is pytz.utc
    for bad in ("Asia/Nowhere", "Asia/../../etc/passwd", "Asia/", "/Asia/Tokyo", "Asia/Tokyo "):
        with pytest.raises(UnknownZoneError):
            tz.zone(bad)
