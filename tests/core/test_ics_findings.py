"""The findings of issue 11, one test each: round trips that change nothing, repeated hours, strict input."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from planner.core import ics, tz
from planner.core.errors import IcsError
from planner.core.model import Contact, Engagement, Side, Status, Visit
from tests.core.test_ics import NOW, build_visit, export, parse, timed, utc


def _event_blocks(data: bytes) -> list[bytes]:
    return sorted(re.findall(rb"BEGIN:VEVENT.*?END:VEVENT", data, re.S))


def _calendar(*event_lines: str) -> bytes:
    body = "\r\n".join(event_lines)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other//Other//EN\r\n{body}\r\nEND:VCALENDAR\r\n"
    ).encode()


def _event(*lines: str, uid: str = "u1") -> str:
    return "\r\n".join(
        ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T000000Z", "SUMMARY:s", *lines, "END:VEVENT"]
    )


# -- 1: our own export back into the visit it came from changes nothing --------------------------


def test_venue_with_commas_is_not_split_into_city_and_country() -> None:
    visit = Visit(title="v")
    visit.engagements.append(
        timed(
            "Governor",
            "Asia/Tokyo",
            (2025, 8, 22, 10),
            (2025, 8, 22, 11),
            venue="Marunouchi, Chiyoda-ku, Tokyo",
        )
    )
    back = parse(export(visit)).visit
    got = back.engagements[0]
    assert (got.venue, got.city, got.country) == ("Marunouchi, Chiyoda-ku, Tokyo", None, None)
    assert back.stops == []


def test_merging_our_export_into_its_visit_reports_nothing_added_or_changed() -> None:
    visit = build_visit()
    visit.engagements[0].venue = "Marunouchi, Chiyoda-ku, Tokyo"
    visit.engagements[0].city = visit.engagements[0].country = None
    plan = ics.merge_calendar(visit, parse(export(visit)).visit)
    assert (plan.added, plan.changed, plan.skipped_older, plan.contacts_added) == ([], [], [], [])
    assert len(plan.unchanged) == 7


# -- 2: a time in the repeated hour is written in UTC ---------------------------------------------


def test_repeated_hour_is_written_in_utc_and_read_back_at_the_same_instant() -> None:
    google = _calendar(
        "X-WR-TIMEZONE:Europe/Berlin",
        _event("DTSTART:20251026T013000Z", "DTEND:20251026T023000Z", "STATUS:CONFIRMED"),
    )
    visit = parse(google).visit
    e = visit.engagements[0]
    assert (e.start, e.end, e.tz) == (utc(2025, 10, 26, 1, 30), utc(2025, 10, 26, 2, 30), "Europe/Berlin")
    data = export(visit)
    assert b"DTSTART:20251026T013000Z" in data  # 02:30 happens twice in Berlin that night
    assert b"DTEND;TZID=Europe/Berlin:20251026T033000" in data  # 03:30 CET happens once
    again = parse(data).visit.engagements[0]
    assert (again.start, again.end, again.tz) == (e.start, e.end, "Europe/Berlin")


# -- 3: VTIMEZONE rules hold in every year ---------------------------------------------------------


def test_vtimezone_rules_are_yearly_rrules_without_rdate() -> None:
    visit = Visit(title="two years in Berlin")
    visit.engagements += [
        timed("first", "Europe/Berlin", (2025, 7, 1, 10), (2025, 7, 1, 11)),
        timed("second", "Europe/Berlin", (2026, 7, 1, 10), (2026, 7, 1, 11)),
    ]
    text = export(visit).decode()
    assert "RDATE" not in text
    zone = text[text.index("BEGIN:VTIMEZONE") : text.index("END:VTIMEZONE")]
    # spring forward is at 02:00 CET, the local time before it; the rule is still in force: no UNTIL
    assert "BEGIN:DAYLIGHT\r\nDTSTART:20240331T020000\r\n" in zone
    assert re.findall(r"RRULE:[^\r]*", zone) == [
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    ]


def test_a_rule_that_changed_ends_with_until() -> None:
    visit = Visit(title="Sydney across the 2008 change")
    visit.engagements += [
        timed("before", "Australia/Sydney", (2007, 1, 10, 10), (2007, 1, 10, 11)),
        timed("after", "Australia/Sydney", (2009, 1, 10, 10), (2009, 1, 10, 11)),
    ]
    text = export(visit).decode()
    assert "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=" in text  # last Sunday of October until 2007
    assert "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU\r\n" in text  # first Sunday of October since 2008
    back = {e.title: e.start for e in parse(text.encode()).visit.engagements}
    assert back == {e.title: e.start for e in visit.engagements}


def test_vobject_reads_the_second_year_right() -> None:
    import vobject

    visit = Visit(title="two years in London")
    visit.engagements += [
        timed("winter", "Europe/London", (2026, 1, 15, 9), (2026, 1, 15, 10)),
        timed("summer", "Europe/London", (2026, 7, 15, 9), (2026, 7, 15, 10)),
        timed("first", "Europe/London", (2025, 7, 15, 9), (2025, 7, 15, 10)),
    ]
    cal = vobject.readOne(export(visit).decode())
    got = {e.summary.value: e.dtstart.value.astimezone(dt.UTC) for e in cal.vevent_list}
    assert got == {"winter": utc(2026, 1, 15, 9), "summer": utc(2026, 7, 15, 8), "first": utc(2025, 7, 15, 8)}


# -- 4: zero-length events ------------------------------------------------------------------------


def test_zero_length_event_has_no_dtend_and_comes_back_zero_length() -> None:
    visit = Visit(title="v")
    visit.engagements.append(timed("Photo call", "Asia/Seoul", (2025, 8, 27, 10), (2025, 8, 27, 10)))
    data = export(visit)
    assert b"DTEND" not in data and b"DTSTART;TZID=Asia/Seoul:20250827T100000\r\nDURATION:PT0S\r\n" in data
    back = parse(data).visit.engagements[0]
    assert (back.start, back.end, back.tz) == (
        visit.engagements[0].start,
        visit.engagements[0].start,
        "Asia/Seoul",
    )


# -- 5: attendees keep their identity and roles ---------------------------------------------------

AWKWARD = ['Sai; "Vishnu" Deo', "Kumar, Rajesh \\ OSD", 'O"Brien; Jr.', 'सिंह, राम; "जी"']


def test_awkward_names_do_not_multiply_over_round_trips() -> None:
    visit = Visit(title="v")
    people = [Contact(name=n, role=f"Chief Minister; head {i}", email=f"p{i}@x.in" if i % 2 else "")
              for i, n in enumerate(AWKWARD)]  # fmt: skip
    people[0].side = Side.DELEGATION
    visit.contacts += people
    visit.engagements.append(
        timed(
            "Talks", "Asia/Tokyo", (2025, 8, 22, 10), (2025, 8, 22, 11), contact_uids=[c.uid for c in people]
        )
    )
    current = visit
    for _ in range(3):
        current = parse(export(current)).visit
        assert [(c.uid, c.name, c.role, c.email, c.side) for c in current.contacts] == [
            (c.uid, c.name, c.role, c.email, c.side) for c in people
        ]
    plan = ics.merge_calendar(visit, current)
    assert plan.contacts_added == [] and plan.changed == [] and len(plan.visit.contacts) == 4


# -- 6: dates no export could write again ---------------------------------------------------------


@pytest.mark.parametrize("value", ["00010101T100000", "99991231T100000", "18991231T100000", "22010101"])
def test_out_of_range_years_are_refused_with_one_line(value: str) -> None:
    data = _calendar(_event(f"DTSTART:{value}"))
    with pytest.raises(IcsError, match=r"line 8: DTSTART .* outside 1900–2200") as info:
        parse(data, "far.ics")
    assert "\n" not in str(info.value)


def test_outlook_vtimezone_from_1601_is_still_read() -> None:
    data = _calendar(
        "BEGIN:VTIMEZONE", "TZID:Tokyo Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE",
        _event("DTSTART;TZID=Tokyo Standard Time:20250822T100000"),
    )  # fmt: skip
    assert parse(data).visit.engagements[0].start == utc(2025, 8, 22, 1)


# -- 7: the smaller ones ----------------------------------------------------------------------------


@pytest.mark.parametrize("tzid", ['"UTC+09:00"', "UTC+09:00", "GMT+9"])
def test_offset_tzid_is_read_as_that_fixed_offset_with_a_warning(tzid: str) -> None:
    result = parse(
        _calendar(_event(f"DTSTART;TZID={tzid}:20250822T100000", f"DTEND;TZID={tzid}:20250822T110000"))
    )
    e = result.visit.engagements[0]
    assert (e.start, e.end, e.tz) == (utc(2025, 8, 22, 1), utc(2025, 8, 22, 2), "Etc/GMT-9")
    assert any("fixed offset" in w and "+09:00" in w for w in result.warnings)


def test_date_with_tzid_is_all_day() -> None:
    data = _calendar(_event("DTSTART;TZID=Europe/Berlin:20250822", "DTEND;TZID=Europe/Berlin:20250824"))
    e = parse(data).visit.engagements[0]
    assert (e.start, e.date, e.end_date, e.tz) == (
        None,
        dt.date(2025, 8, 22),
        dt.date(2025, 8, 23),
        "Europe/Berlin",
    )


def test_nested_vevent_is_refused_with_one_line() -> None:
    data = _calendar(_event("DTSTART:20250822T100000Z", _event("DTSTART:20250822T110000Z", uid="inner")))
    with pytest.raises(IcsError, match=r"line 9: BEGIN:VEVENT inside BEGIN:VEVENT of line 4"):
        parse(data, "nested.ics")


def test_an_event_without_status_is_not_exported_as_confirmed() -> None:
    visit = parse(_calendar(_event("DTSTART:20250822T100000Z", "DTEND:20250822T110000Z"))).visit
    assert visit.engagements[0].status is Status.UNKNOWN
    data = export(visit)
    assert b"\r\nSTATUS:" not in data
    assert parse(data).visit.engagements[0].status is Status.UNKNOWN


def test_calendar_uid_differs_between_visits_numbered_alike() -> None:
    first, second = build_visit(), build_visit()
    first.id = second.id = 1
    second.title = "Another delegation"
    uid = re.compile(rb"\r\nUID:(visit-[^\r]*)")
    one, two = uid.findall(export(first)), uid.findall(export(second))
    assert one and two and one != two
    assert one == uid.findall(ics.export_calendar(first, now=NOW + dt.timedelta(days=9)).data)


def test_events_are_in_time_order_whatever_the_zone() -> None:
    visit = Visit(title="v")
    visit.engagements += [
        Engagement(title="late", tz="Asia/Tokyo",
                   start=tz.local_to_utc(dt.datetime(2025, 8, 22, 20), "Asia/Tokyo"),
                   end=tz.local_to_utc(dt.datetime(2025, 8, 22, 21), "Asia/Tokyo")),
        timed("early", "America/New_York", (2025, 8, 21, 9), (2025, 8, 21, 10)),
    ]  # fmt: skip
    assert re.findall(rb"SUMMARY:(\w+)", export(visit)) == [b"early", b"late"]
