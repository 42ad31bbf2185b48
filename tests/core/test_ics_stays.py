"""The delegation in ICS: stays as all-day events read back as stays; members' every field survives."""

from __future__ import annotations

import dataclasses
import datetime as dt

import icalendar

from planner.core import ics
from planner.core.model import Member, Stay, Visit
from tests.core.checks_itinerary import make_itinerary

STAMP = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def delegation_visit() -> Visit:
    visit = make_itinerary(dt.date(2025, 10, 6))
    head = visit.members[0]
    head.name_native, head.department = "विष्णु देव साय", "Chief Minister's Office"
    head.phone = "+91 771 2221000"
    head.email = "cm@cg.example.in"
    visit.members[1].department = 'Commerce; Industry, "Trade"\\Exports'
    visit.members.append(
        Member(
            "Rajat Kumar", "रजत कुमार", "Secretary", "Commerce and Industry", "+91 98 7654 3210", uid="m-rk"
        )
    )
    visit.stays = [
        Stay("The Okura Tokyo", "Tokyo", "Japan", "Asia/Tokyo", "2-10-4 Toranomon, Minato-ku",
             dt.date(2025, 10, 6), dt.time(14), dt.date(2025, 10, 7), dt.time(11), "OKR-55120",
             uid="s-tokyo"),
        Stay("Imperial Hotel; Osaka", "Osaka", "Japan", "Asia/Tokyo", "", dt.date(2025, 10, 7), None,
             dt.date(2025, 10, 8), None, "", uid="s-osaka"),
        Stay("Lotte Hotel Seoul", "Seoul", "South Korea", "Asia/Seoul", "30 Eulji-ro, Jung-gu",
             dt.date(2025, 10, 8), dt.time(14, 30), dt.date(2025, 10, 10), dt.time(12), "LHS-7781",
             uid="s-seoul"),
    ]  # fmt: skip
    return visit


def round_trip(visit: Visit) -> Visit:
    data = ics.export_calendar(visit, now=STAMP).data
    return ics.parse_calendar(data, name="trip.ics").visit


def test_each_stay_is_an_all_day_event_other_calendars_show() -> None:
    visit = delegation_visit()
    cal = icalendar.Calendar.from_ical(ics.export_calendar(visit, now=STAMP).data)
    stays = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT") if "X-DP-STAY" in e}
    assert sorted(stays) == [
        "Stay: Imperial Hotel; Osaka", "Stay: Lotte Hotel Seoul", "Stay: The Okura Tokyo"
    ]  # fmt: skip
    seoul = stays["Stay: Lotte Hotel Seoul"]
    assert seoul["DTSTART"].dt == dt.date(2025, 10, 8)
    assert seoul["DTEND"].dt == dt.date(2025, 10, 11)  # shown up to and including the check-out day
    assert not isinstance(seoul["DTSTART"].dt, dt.datetime)
    assert str(seoul["TRANSP"]) == "TRANSPARENT"
    assert "30 Eulji-ro" in str(seoul["LOCATION"])
    assert "LHS-7781" in str(seoul["DESCRIPTION"])
    assert "2025-10-08 14:30" in str(seoul["DESCRIPTION"])


def test_stays_come_back_as_stays_not_engagements() -> None:
    visit = delegation_visit()
    back = round_trip(visit)
    assert back.stays == visit.stays
    assert {e.uid for e in back.engagements} == {e.uid for e in visit.engagements}


def test_members_keep_native_name_department_phone() -> None:
    visit = delegation_visit()
    back = round_trip(visit)
    assert back.members == visit.members
    assert back.member("m-rk") is not None  # attends nothing by name, still a member
    again = ics.export_calendar(back, now=STAMP).data
    assert again == ics.export_calendar(visit, now=STAMP).data


def test_a_date_range_keeps_only_the_stays_it_touches() -> None:
    visit = delegation_visit()
    data = ics.export_calendar(visit, start=dt.date(2025, 10, 9), end=dt.date(2025, 10, 9), now=STAMP).data
    back = ics.parse_calendar(data, name="part.ics").visit
    assert [s.uid for s in back.stays] == ["s-seoul"]


def test_a_stay_without_check_in_is_left_out_and_the_rest_still_import() -> None:
    visit = delegation_visit()
    visit.stays.append(Stay("Somewhere", "Seoul", uid="s-undated"))
    back = round_trip(visit)
    assert [s.uid for s in back.stays] == ["s-tokyo", "s-osaka", "s-seoul"]


def test_merging_the_export_back_changes_nothing() -> None:
    visit = delegation_visit()
    incoming = round_trip(dataclasses.replace(visit))
    plan = ics.merge_calendar(visit, incoming)
    assert plan.added == [] and plan.changed == []
