"""The delegation in the calendar and contact exports, and one member's own programme."""

from __future__ import annotations

from pathlib import Path

import icalendar
import pytest

from planner.cli import main
from planner.core import delegation, exports, ics
from planner.core.errors import PlannerError
from planner.core.model import Visit
from planner.storage import open_repository
from tests.core.checks_itinerary import make_itinerary


def members_visit() -> Visit:
    visit = make_itinerary()
    visit.engagements[0].member_uids = ["m-sec"]  # e1: the secretary alone
    visit.members[0].email = "cm@cg.example.in"
    return visit


def attendees(event: icalendar.Event) -> dict[str, str]:
    found = event.get("ATTENDEE", [])
    return {
        str(a.params["CN"]): str(a.params["ROLE"]) for a in (found if isinstance(found, list) else [found])
    }


def test_ics_attendees_carry_roles_and_legs_their_places() -> None:
    cal = icalendar.Calendar.from_ical(ics.export_calendar(members_visit()).data)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert attendees(events["e2"]) == {
        "Vishnu Deo Sai": "CHAIR",
        "Lakhan Lal Dewangan": "REQ-PARTICIPANT",
        "Rahul Bhagat": "REQ-PARTICIPANT",
    }
    assert attendees(events["e1"]) == {"Rahul Bhagat": "REQ-PARTICIPANT"}
    flight = events["flight"]
    assert str(flight["LOCATION"]) == "Osaka, Japan"
    assert (str(flight["X-DP-TO-CITY"]), str(flight["X-DP-CARRIER"]), str(flight["X-DP-NUMBER"])) == (
        "Seoul",
        "Korean Air",
        "KE 722",
    )


def test_ics_import_gives_back_members_attendance_and_legs() -> None:
    original = members_visit()
    back = ics.parse_calendar(ics.export_calendar(original).data, name="visit.ics").visit
    assert {(m.uid, m.name, m.role, m.is_head) for m in back.members} == {
        (m.uid, m.name, m.role, m.is_head) for m in original.members
    }
    assert back.contacts == []  # members are not counterparts
    by_uid = {e.uid: e for e in back.engagements}
    for e in original.engagements:
        got = by_uid[e.uid]
        assert (got.member_uids, got.from_place, got.to_place, got.carrier, got.number, got.venue) == (
            e.member_uids,
            e.from_place,
            e.to_place,
            e.carrier,
            e.number,
            e.venue,
        )


def test_vcard_lists_the_members_first() -> None:
    text = exports.contacts_vcard(members_visit(), version="4.0").replace("\r\n ", "")  # unfolded
    names = [line[3:] for line in text.split("\r\n") if line.startswith("FN:")]
    assert names[:3] == ["Vishnu Deo Sai", "Lakhan Lal Dewangan", "Rahul Bhagat"]
    assert "NOTE:Delegation member — Chhattisgarh delegation to Japan and Korea\\nHead of delegation" in text
    assert "EMAIL;TYPE=work:cm@cg.example.in" in text


def test_one_members_programme_has_only_what_they_attend() -> None:
    visit = members_visit()
    minister = delegation.find_member(visit, "lakhan lal dewangan")
    assert minister is not None
    programme = delegation.programme_of(visit, minister)
    assert [e.uid for e in programme.engagements] == [e.uid for e in visit.engagements if e.uid != "e1"]
    assert programme.members == [minister] and programme.stays == visit.stays
    secretary = delegation.programme_of(visit, visit.members[2])
    assert secretary.engagement("e1").member_uids == ["m-sec"]  # type: ignore[union-attr]
    assert visit.engagements[0].member_uids == ["m-sec"] and len(visit.members) == 3  # unchanged
    with pytest.raises(
        PlannerError, match=r"no member called 'Rahul' in visit .*; did you mean: Rahul Bhagat"
    ):
        delegation.find_member(visit, "Rahul")


def test_export_ics_for_one_member(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    with open_repository(url) as repo:
        visit_id = repo.add_visit(members_visit())
    out = tmp_path / "minister.ics"
    args = ["--db", url, "export", str(visit_id), "--format", "ics", "-o", str(out)]
    assert main([*args, "--member", "Lakhan Lal Dewangan"]) == 0
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert "e1" not in {str(e["UID"]) for e in cal.walk("VEVENT")}
    assert len([e for e in cal.walk("VEVENT") if "X-DP-STAY" not in e]) == 6  # and the stays
    assert main([*args, "--attendee", "Rahul Bhagat"]) == 0  # the old spelling of the option
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    uids = {str(e["UID"]) for e in events if "X-DP-STAY" not in e}
    assert "e1" in uids and len(uids) == 7
