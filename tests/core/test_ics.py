"""ICS export, import and merge: round trips, other programs' files, malformed input, injection, folding."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

import pytest

from planner.core import ics, tz
from planner.core.errors import IcsError, PlannerError
from planner.core.model import Contact, Engagement, Kind, Side, Status, Visit

DATA = Path(__file__).resolve().parent.parent / "data" / "ics"
NOW = dt.datetime(2025, 8, 1, 6, 0, tzinfo=dt.UTC)


def at(zone: str, *args: int) -> dt.datetime:
    return tz.local_to_utc(dt.datetime(*args), zone)  # type: ignore[arg-type]


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)  # type: ignore[misc]


def timed(title: str, zone: str, start: tuple[int, ...], end: tuple[int, ...], **kw: object) -> Engagement:
    end_zone = str(kw.pop("end_tz", zone))
    return Engagement(
        title=title,
        tz=zone,
        end_tz=end_zone if end_zone != zone else None,
        start=at(zone, *start),
        end=at(end_zone, *end),
        **kw,  # type: ignore[arg-type]
    )


def build_visit() -> Visit:
    """A visit with every shape: DST zones, a journey across zones, all-day, unscheduled, scripts."""
    visit = Visit(title="CM visit to Japan, Korea; Germany", head="विष्णु देव साय", home_tz="Asia/Kolkata")
    cm = Contact(name="Vishnu Deo Sai", name_native="विष्णु देव साय", role="Chief Minister",
                 email="cm@cg.example.in", side=Side.DELEGATION)  # fmt: skip
    taro = Contact(name="Taro Yamada", name_native="山田太郎", role="President, Tokyo Electron",
                   email="taro@tel.example.jp")  # fmt: skip
    kim = Contact(name="김철수", role="Director (Steel)", email="cs.kim@posco.example.kr")
    aide = Contact(name="Rohan Verma", role="OSD", side=Side.DELEGATION)  # no e-mail
    visit.contacts += [cm, taro, kim, aide]
    visit.engagements += [
        timed("Meeting with Tokyo Electron; semiconductors, AI", "Asia/Tokyo",
              (2025, 8, 22, 10), (2025, 8, 22, 11, 30),
              organisation="Tokyo Electron", venue="Akasaka Biz Tower, 5-3-1 Akasaka", city="Tokyo",
              country="Japan", sectors=["Semiconductors", "AI, robotics"], status=Status.CONFIRMED,
              notes="Gifts: Bastar dhokra art.\nसम्मान समारोह; 日本語のメモ, 한국어 메모\n\nSecond paragraph.",
              contact_uids=[cm.uid, taro.uid, aide.uid], sequence=3, updated_at=utc(2025, 7, 30, 10, 11, 12)),
        timed("Flight Tokyo → Seoul", "Asia/Tokyo", (2025, 8, 25, 9), (2025, 8, 25, 11, 30),
              end_tz="Asia/Seoul",
              kind=Kind.TRAVEL, status=Status.TENTATIVE, venue="Haneda T3", contact_uids=[cm.uid]),
        timed("포스코 회의", "Asia/Seoul", (2025, 8, 27, 10, 30), (2025, 8, 27, 12), city="Seoul",
              country="South Korea", status=Status.PROPOSED, contact_uids=[kim.uid], sectors=["Steel"]),
        timed("Berlin night session", "Europe/Berlin", (2025, 10, 25, 22), (2025, 10, 26, 4),
              city="Berlin", country="Germany", status=Status.POSTPONED, notes="Across the October change"),
        timed("New York call", "America/New_York", (2025, 11, 3, 9), (2025, 11, 3, 10),
              status=Status.CANCELLED, kind=Kind.PRESS),
        Engagement(title="Osaka Expo", date=dt.date(2025, 8, 23), end_date=dt.date(2025, 8, 24),
                   tz="Asia/Tokyo", kind=Kind.SITE_VISIT, city="Osaka", country="Japan"),
        Engagement(title="Single all-day", date=dt.date(2025, 8, 28), kind=Kind.COMMUNITY),
        Engagement(title="Courtesy call (date to be fixed)", unscheduled_reason="no date in the report"),
    ]  # fmt: skip
    return visit


def export(visit: Visit, **kw: object) -> bytes:
    return ics.export_calendar(visit, now=NOW, **kw).data  # type: ignore[arg-type]


def parse(data: bytes, name: str = "test.ics") -> ics.CalendarImport:
    return ics.parse_calendar(data, name=name)


def fixture(name: str) -> ics.CalendarImport:
    return parse((DATA / name).read_bytes(), name)


def by_title(visit: Visit, title: str) -> Engagement:
    return next(e for e in visit.engagements if e.title == title)


_FIELDS = ("title", "kind", "status", "organisation", "venue", "city", "country", "tz", "end_tz", "start",
           "end", "date", "end_date", "sectors", "notes", "uid", "sequence", "updated_at")  # fmt: skip


# -- export ----------------------------------------------------------------------------------


def test_export_counts_and_calendar_properties() -> None:
    visit = build_visit()
    result = ics.export_calendar(visit, now=NOW)
    assert (result.exported, result.skipped, result.filtered) == (7, 1, 0)
    text = result.data.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    for line in ("VERSION:2.0", "METHOD:PUBLISH", "X-WR-CALNAME:CM visit to Japan\\, Korea\\; Germany"):
        assert line in text.splitlines()
    assert re.search(r"^PRODID:.*Delegation Planner", text, re.M)
    assert "ORGANIZER" not in text
    assert text.count("BEGIN:VEVENT") == 7
    assert "Courtesy call" not in text


def test_one_vtimezone_per_zone_used_and_none_missing() -> None:
    from icalendar import Calendar

    cal = Calendar.from_ical(export(build_visit()))
    declared = sorted(t.tz_name for t in cal.timezones)
    assert declared == ["America/New_York", "Asia/Seoul", "Asia/Tokyo", "Europe/Berlin"]
    assert cal.get_missing_tzids() == set()


def test_event_properties() -> None:
    from icalendar import Calendar

    visit = build_visit()
    cal = Calendar.from_ical(export(visit))
    event = next(e for e in cal.events if str(e["SUMMARY"]).startswith("Meeting with Tokyo"))
    first = visit.engagements[0]
    assert str(event["UID"]) == f"{first.uid}@delegation-planner"
    assert int(event["SEQUENCE"]) == 3
    assert event["DTSTAMP"].dt == NOW
    assert event["LAST-MODIFIED"].dt == utc(2025, 7, 30, 10, 11, 12)
    assert event["DTSTART"].params["TZID"] == "Asia/Tokyo"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["LOCATION"]) == "Akasaka Biz Tower, 5-3-1 Akasaka, Tokyo, Japan"
    assert list(event["CATEGORIES"].cats) == ["Meeting", "Semiconductors", "AI, robotics"]
    description = str(event["DESCRIPTION"])
    assert "Organisation: Tokyo Electron" in description
    assert "Taro Yamada (President, Tokyo Electron)" in description
    assert "Rohan Verma (OSD)" in description
    assert "Home time (IST): 06:30–08:00" in description
    assert description.endswith(first.notes)
    attendees = {str(a): a.params["CN"] for a in event["ATTENDEE"]}
    assert attendees == {
        "mailto:cm@cg.example.in": "Vishnu Deo Sai",
        "mailto:taro@tel.example.jp": "Taro Yamada",
    }


def test_status_mapping() -> None:
    from icalendar import Calendar

    cal = Calendar.from_ical(export(build_visit()))
    status = {str(e["SUMMARY"]): str(e["STATUS"]) for e in cal.events}
    assert status["Flight Tokyo → Seoul"] == "TENTATIVE"
    assert status["포스코 회의"] == "TENTATIVE"  # proposed
    assert status["Berlin night session"] == "TENTATIVE"  # postponed
    assert status["New York call"] == "CANCELLED"
    berlin = next(e for e in cal.events if str(e["SUMMARY"]) == "Berlin night session")
    assert "Postponed" in list(berlin["CATEGORIES"].cats)
    assert "Status: Postponed" in str(berlin["DESCRIPTION"])


def test_journey_has_start_and_end_zone_and_all_day_exclusive_end() -> None:
    text = export(build_visit()).decode()
    assert "DTSTART;TZID=Asia/Tokyo:20250825T090000" in text
    assert "DTEND;TZID=Asia/Seoul:20250825T113000" in text
    assert "DTSTART;VALUE=DATE:20250823" in text and "DTEND;VALUE=DATE:20250825" in text
    assert "DTSTART;VALUE=DATE:20250828" in text and "DTEND;VALUE=DATE:20250829" in text
    assert "DTSTART;TZID=Europe/Berlin:20251025T220000" in text
    assert "DTEND;TZID=Europe/Berlin:20251026T040000" in text


def test_uid_stable_across_exports() -> None:
    visit = build_visit()
    first, second = export(visit), ics.export_calendar(visit, now=NOW + dt.timedelta(days=3)).data
    uids = re.compile(rb"^UID:(.*)$", re.M)
    assert uids.findall(first) == uids.findall(second)


def test_folding_every_line_at_most_75_octets_and_valid_utf8() -> None:
    visit = build_visit()
    visit.engagements[0].notes = "छत्तीसगढ़ के मुख्यमंत्री 東京エレクトロン 포스코 " * 20
    data = export(visit)
    assert b"\n" not in data.replace(b"\r\n", b"")
    for raw in data.split(b"\r\n"):
        assert len(raw) <= 75, raw
        raw.decode("utf-8")  # a split UTF-8 character would raise here
    assert by_title(parse(data).visit, visit.engagements[0].title).notes == visit.engagements[0].notes


@pytest.mark.parametrize("field", ["title", "notes", "venue", "organisation"])
def test_injection_exports_exactly_one_event(field: str) -> None:
    visit = build_visit()
    evil = "x\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil\nSUMMARY:injected\r\nEND:VEVENT"
    setattr(visit.engagements[0], field, evil)
    data = export(visit)
    assert data.split(b"\r\n").count(b"BEGIN:VEVENT") == 7
    assert b"\r\nUID:evil" not in data and b"\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil" not in data
    back = parse(data).visit
    assert len(back.engagements) == 7
    assert not any(e.uid == "evil" for e in back.engagements)


def test_injection_in_contact_name_stays_a_parameter() -> None:
    visit = build_visit()
    visit.contacts[1].name = 'Taro"\r\nEND:VEVENT\r\nBEGIN:VEVENT:x'
    data = export(visit)
    assert data.split(b"\r\n").count(b"BEGIN:VEVENT") == 7
    assert len(parse(data).visit.engagements) == 7


def test_filter_by_dates() -> None:
    visit = build_visit()
    result = ics.export_calendar(visit, start=dt.date(2025, 8, 24), end=dt.date(2025, 8, 27), now=NOW)
    titles = [ln[8:] for ln in result.data.decode().splitlines() if ln.startswith("SUMMARY:")]
    # the two-day Osaka Expo (23–24 Aug) overlaps the range; 22 Aug and 28 Aug do not
    assert sorted(titles) == sorted(["Flight Tokyo → Seoul", "포스코 회의", "Osaka Expo"])
    assert (result.exported, result.skipped, result.filtered) == (3, 1, 4)


def test_filter_by_local_date_not_utc_date() -> None:
    visit = Visit(title="t")
    # 08:00 in Tokyo on 22 Aug is 23:00 UTC on 21 Aug
    visit.engagements.append(timed("early", "Asia/Tokyo", (2025, 8, 22, 8), (2025, 8, 22, 9)))
    assert ics.export_calendar(visit, start=dt.date(2025, 8, 22), end=dt.date(2025, 8, 22)).exported == 1
    assert ics.export_calendar(visit, start=dt.date(2025, 8, 21), end=dt.date(2025, 8, 21)).exported == 0


@pytest.mark.parametrize("name", ["taro yamada", "山田太郎", "TARO YAMADA "])
def test_filter_by_attendee_latin_or_native(name: str) -> None:
    result = ics.export_calendar(build_visit(), attendee=name, now=NOW)
    assert result.exported == 1
    assert b"SUMMARY:Meeting with Tokyo Electron" in result.data


def test_attendee_without_email_still_filters() -> None:
    result = ics.export_calendar(build_visit(), attendee="rohan verma", now=NOW)
    assert result.exported == 1


def test_unknown_attendee_lists_close_names() -> None:
    with pytest.raises(PlannerError, match="Taro Yamada"):
        ics.export_calendar(build_visit(), attendee="Taro Yamad")


def test_export_date_range_backwards_is_an_error() -> None:
    with pytest.raises(PlannerError, match="before"):
        ics.export_calendar(build_visit(), start=dt.date(2025, 9, 1), end=dt.date(2025, 8, 1))


# -- round trip -------------------------------------------------------------------------------


def test_round_trip_reproduces_everything(machine_tz: str) -> None:
    visit = build_visit()
    result = parse(export(visit))
    back = result.visit
    assert result.warnings == []
    assert back.title == visit.title and back.home_tz == visit.home_tz and back.head == visit.head
    dated = [e for e in visit.engagements if not e.is_unscheduled]
    assert len(back.engagements) == len(dated)
    for original in dated:
        got = back.engagement(original.uid)
        assert got is not None, original.title
        for name in _FIELDS:
            assert getattr(got, name) == getattr(original, name), (original.title, name)
        # everyone comes back exactly (our X-DP-CONTACT), with or without an e-mail address
        want = [(c.uid, c.name, c.email, c.role, c.side) for c in visit.attendees(original)]
        have = [(c.uid, c.name, c.email, c.role, c.side) for c in back.attendees(got)]
        assert have == want, original.title
    assert back.start_date == dt.date(2025, 8, 22) and back.end_date == dt.date(2025, 11, 3)


def test_round_trip_twice_gives_identical_events() -> None:
    visit = build_visit()
    first = export(visit)
    second = export(parse(first).visit)
    events = re.compile(rb"BEGIN:VEVENT.*?END:VEVENT", re.S)
    assert sorted(events.findall(first)) == sorted(events.findall(second))


def test_round_trip_ambiguous_and_dst_instants() -> None:
    visit = Visit(title="DST")
    visit.engagements += [
        timed("ny spring", "America/New_York", (2025, 3, 9, 1, 30), (2025, 3, 9, 3, 30)),
        timed("sydney", "Australia/Sydney", (2025, 4, 6, 1), (2025, 4, 6, 4)),
        timed("berlin march", "Europe/Berlin", (2025, 3, 30, 1), (2025, 3, 30, 4)),
    ]
    back = parse(export(visit)).visit
    for e in visit.engagements:
        got = back.engagement(e.uid)
        assert got is not None and (got.start, got.end, got.tz) == (e.start, e.end, e.tz)
    assert back.engagements[0].end - back.engagements[0].start == dt.timedelta(hours=1)  # type: ignore[operator]


def _instants_by_summary(events: list[tuple[str, object, object]]) -> dict[str, tuple[object, object]]:
    def norm(value: object) -> object:
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC)
        return value

    return {summary: (norm(start), norm(end)) for summary, start, end in events}


def _ours(visit: Visit) -> dict[str, tuple[object, object]]:
    out: dict[str, tuple[object, object]] = {}
    for e in visit.engagements:
        if e.start is not None:
            out[e.title] = (e.start, e.end)
        elif e.date is not None:
            out[e.title] = (e.date, (e.end_date or e.date) + dt.timedelta(days=1))
    return out


def test_vobject_reads_the_same_instants(machine_tz: str) -> None:
    import vobject

    visit = build_visit()
    cal = vobject.readOne(export(visit).decode("utf-8"))
    got = _instants_by_summary([(e.summary.value, e.dtstart.value, e.dtend.value) for e in cal.vevent_list])
    assert got == _ours(visit)


def test_ical_reads_the_same_instants(machine_tz: str) -> None:
    from ical.calendar_stream import IcsCalendarStream

    visit = build_visit()
    cal = IcsCalendarStream.calendar_from_ics(export(visit).decode("utf-8"))
    got = _instants_by_summary([(e.summary, e.dtstart, e.dtend) for e in cal.events])
    assert got == _ours(visit)
    assert {e.summary: e.location for e in cal.events}["포스코 회의"] == "Seoul, South Korea"


# -- import of other programs' files ---------------------------------------------------------


def test_outlook_windows_zone_names(machine_tz: str) -> None:
    result = fixture("outlook.ics")
    v = result.visit
    courtesy = by_title(v, "Courtesy call: Governor of Tokyo")
    assert (courtesy.start, courtesy.end, courtesy.tz) == (
        utc(2025, 8, 22, 1),
        utc(2025, 8, 22, 2, 30),
        "Asia/Tokyo",
    )
    assert courtesy.sequence == 1
    assert courtesy.venue == "Tokyo Metropolitan Government Building, Shinjuku"
    assert courtesy.notes == "Courtesy call on the Governor of Tokyo.\nDress: bandhgala.\n"
    assert courtesy.uid.startswith("040000008200E00074C5B7101A82E008")
    seoul = by_title(v, "Investors' roundtable, Seoul")
    assert (seoul.start, seoul.tz) == (utc(2025, 8, 26, 5, 30), "Asia/Seoul")
    berlin = by_title(v, "Night train Berlin (over the October change)")
    assert (berlin.start, berlin.end, berlin.tz) == (
        utc(2025, 10, 25, 20),
        utc(2025, 10, 26, 3),
        "Europe/Berlin",
    )
    ny = by_title(v, "Call with New York office")
    assert (ny.start, ny.tz) == (utc(2025, 11, 3, 14), "America/New_York")
    raipur = by_title(v, "Departure briefing, Raipur")
    assert (raipur.start, raipur.tz) == (utc(2025, 8, 20, 2), "Asia/Kolkata")
    people = {(c.name, c.email) for c in v.attendees(courtesy)}
    assert people == {
        ("Keiko Sato", "k.sato@metro.tokyo.example.jp"),
        ("Rajesh Kumar", "rajesh.kumar@cg.example.in"),
    }
    assert any("Tokyo Standard Time" in w and "Asia/Tokyo" in w for w in result.warnings)


def test_google_utc_with_x_wr_timezone(machine_tz: str) -> None:
    result = fixture("google.ics")
    v = result.visit
    assert v.title == "Japan visit (host side)"
    meeting = by_title(v, "Meeting with Tokyo Electron")
    assert (meeting.start, meeting.end, meeting.tz) == (
        utc(2025, 8, 22, 1),
        utc(2025, 8, 22, 2, 30),
        "Asia/Tokyo",
    )
    assert meeting.venue == "Akasaka Biz Tower, 5-3-1 Akasaka, Minato City, Tokyo 107-6325, Japan"
    assert meeting.notes == "Agenda:\n1. Semiconductors\n2. Green steel"
    assert meeting.sequence == 3 and meeting.updated_at == utc(2025, 7, 30, 10, 10, 10)
    assert [(c.name, c.email) for c in v.attendees(meeting)] == [
        ("Hiroshi Tanaka", "h.tanaka@tel.example.com")
    ]
    expo = by_title(v, "Osaka Expo 2025 (two days)")
    assert (expo.date, expo.end_date, expo.start, expo.status) == (
        dt.date(2025, 8, 23), dt.date(2025, 8, 24), None, Status.TENTATIVE)  # fmt: skip
    assert result.warnings == []


def test_apple_iana_zones_categories_and_korean_attendee(machine_tz: str) -> None:
    v = fixture("apple.ics").visit
    posco = by_title(v, "포스코 회의 (POSCO meeting)")
    assert (posco.start, posco.end, posco.tz) == (utc(2025, 8, 27, 1, 30), utc(2025, 8, 27, 3), "Asia/Seoul")
    assert (posco.kind, posco.sectors, posco.sequence) == (Kind.MEETING, ["Steel"], 2)
    assert [(c.name, c.email) for c in v.attendees(posco)] == [("김철수", "cs.kim@posco.example.kr")]
    berlin = by_title(v, "Berlin: clocks go back during this")
    # 01:30 CEST → 04:30 CET is four real hours
    assert (berlin.start, berlin.end) == (utc(2025, 10, 25, 23, 30), utc(2025, 10, 26, 3, 30))


def test_floating_times_warn_and_use_home_zone(machine_tz: str) -> None:
    result = fixture("floating.ics")
    e = result.visit.engagements[0]
    assert (e.start, e.tz) == (utc(2025, 8, 22, 4, 30), "Asia/Kolkata")
    assert any("Floating breakfast" in w and "floating" in w and "Asia/Kolkata" in w for w in result.warnings)


def test_floating_times_use_x_wr_timezone(machine_tz: str) -> None:
    result = fixture("floating_wr.ics")
    e = result.visit.engagements[0]
    assert (e.start, e.end, e.tz) == (utc(2025, 8, 22, 1), utc(2025, 8, 22, 2), "Asia/Tokyo")
    assert any("Floating lunch in Tokyo" in w and "Asia/Tokyo" in w for w in result.warnings)


def test_tzid_without_vtimezone(machine_tz: str) -> None:
    result = fixture("no_vtimezone.ics")
    ny = by_title(result.visit, "New York night (clocks go back)")
    # 01:30 happens twice on 2 Nov 2025: RFC 5545 takes the first (EDT)
    assert (ny.start, ny.end, ny.tz) == (utc(2025, 11, 2, 5, 30), utc(2025, 11, 2, 8), "America/New_York")
    unknown = by_title(result.visit, "Somewhere unknown")
    assert (unknown.start, unknown.tz) == (utc(2025, 8, 22, 10), "UTC")
    assert any("Olympus Mons Time" in w and "UTC" in w for w in result.warnings)
    assert any("America/New_York" in w and "no VTIMEZONE" in w for w in result.warnings)


def test_custom_tzids_map_to_matching_iana_zone(machine_tz: str) -> None:
    result = fixture("custom_tzid.ics")
    v = result.visit
    dinner = by_title(v, "Dinner with the Indian community")
    assert (dinner.start, dinner.tz) == (utc(2025, 8, 24, 10), "Asia/Tokyo")
    leave = by_title(v, "Leave Raipur")
    assert (leave.start, leave.tz) == (utc(2025, 8, 20, 0, 30), "Asia/Kolkata")
    summer, winter = by_title(v, "Summer call"), by_title(v, "Winter call")
    assert (summer.start, summer.tz) == (utc(2025, 7, 15, 13), "America/New_York")
    assert (winter.start, winter.tz) == (utc(2025, 12, 15, 14), "America/New_York")
    assert any("/Custom/Tokyo" in w and "Asia/Tokyo" in w for w in result.warnings)


def test_mozilla_style_prefixed_tzid() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:m\r\nDTSTAMP:20250101T000000Z\r\n"
        b"DTSTART;TZID=/mozilla.org/20070129_1/Europe/Berlin:20250701T100000\r\n"
        b"DTEND;TZID=/mozilla.org/20070129_1/Europe/Berlin:20250701T110000\r\nSUMMARY:m\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    e = parse(data).visit.engagements[0]
    assert (e.start, e.tz) == (utc(2025, 7, 1, 8), "Europe/Berlin")


def test_description_from_another_program_is_kept_whole() -> None:
    text = re.sub(r"PRODID:[^\r]*", "PRODID:-//Other Corp//Other 1.0//EN", export(build_visit()).decode())
    e = parse(text.encode()).visit.engagements[0]
    assert e.notes.startswith("Organisation: Tokyo Electron\n")


# -- malformed files ---------------------------------------------------------------------------

GOOD = (DATA / "floating.ics").read_bytes()


@pytest.mark.parametrize(
    ("data", "pattern"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), r"binary"),
        (b"Dear Sir,\r\nPlease find the programme.\r\n", r"line 1: .*(NAME:VALUE|not a calendar)"),
        (b"BEGIN:VCARD\r\nFN:x\r\nEND:VCARD\r\n", r"line 1: not a calendar"),
        (b"", r"empty"),
        (GOOD[: GOOD.index(b"END:VEVENT")], r"line \d+: the file ends inside BEGIN:VEVENT of line 4"),
        (GOOD.replace(b"DTSTART:20250822T100000", b"DTSTART:20251345T100000"), r"line 7: DTSTART"),
        (GOOD.replace(b"DTSTART:20250822T100000", b"DTSTART:tomorrow"), r"line 7: DTSTART 'tomorrow'"),
        (GOOD.replace(b"SUMMARY:Floating breakfast", b"just some words"), r"line 9: expected NAME:VALUE"),
        (GOOD.replace(b"END:VEVENT", b"END:VTODO"), r"line 10: END:VTODO does not close BEGIN:VEVENT"),
        (GOOD.replace(b"DTEND:20250822T110000", b"DTEND:20250822T090000"), r"ends before it starts"),
    ],
)
def test_malformed_files_raise_one_error_naming_the_line(data: bytes, pattern: str) -> None:
    with pytest.raises(IcsError, match=pattern) as info:
        parse(data, "bad.ics")
    assert str(info.value).startswith("bad.ics")
    assert "\n" not in str(info.value)


def test_ics_error_is_a_planner_error() -> None:
    assert issubclass(IcsError, PlannerError)


# -- merge -----------------------------------------------------------------------------------


def test_merge_adds_updates_and_skips_older() -> None:
    existing = build_visit()
    incoming = parse(export(existing)).visit
    tokyo = next(e for e in incoming.engagements if e.title.startswith("Meeting with Tokyo"))
    tokyo.venue, tokyo.sequence = "Imperial Hotel", 4  # newer
    seoul = next(e for e in incoming.engagements if e.title == "포스코 회의")
    seoul.venue, seoul.sequence = "Somewhere else", 0  # same SEQUENCE: accepted
    existing.engagement(seoul.uid).sequence = 0  # type: ignore[union-attr]
    flight = next(e for e in incoming.engagements if e.kind is Kind.TRAVEL)
    existing.engagement(flight.uid).sequence = 5  # type: ignore[union-attr]
    flight.venue = "Narita"  # older sequence (0 < 5): ignored
    fresh = Engagement(title="New dinner", date=dt.date(2025, 8, 29), uid="brand-new")
    incoming.engagements.append(fresh)
    before = copy.deepcopy(existing)

    plan = ics.merge_calendar(existing, incoming)

    assert existing == before  # the saved visit is untouched until the plan is applied
    assert [c.title for c in plan.added] == ["New dinner"]
    assert sorted(c.title for c in plan.changed) == sorted([tokyo.title, "포스코 회의"])
    assert [c.title for c in plan.skipped_older] == ["Flight Tokyo → Seoul"]
    assert len(plan.unchanged) == 4
    merged = plan.visit
    assert len(merged.engagements) == len(existing.engagements) + 1
    assert len({e.uid for e in merged.engagements}) == len(merged.engagements)
    assert merged.engagement(tokyo.uid).venue == "Imperial Hotel"  # type: ignore[union-attr]
    assert merged.engagement(flight.uid).venue == "Haneda T3"  # type: ignore[union-attr]
    assert len(merged.contacts) == len(existing.contacts)  # matched by e-mail, then name
    tokyo_merged = merged.engagement(tokyo.uid)
    assert set(tokyo_merged.contact_uids) == set(existing.engagements[0].contact_uids)  # type: ignore[union-attr]
    change = next(c for c in plan.changed if c.uid == tokyo.uid)
    assert set(change.fields) == {"venue", "sequence"}


def test_merging_the_same_file_twice_changes_nothing() -> None:
    existing = build_visit()
    incoming = parse(export(existing)).visit
    once = ics.merge_calendar(existing, incoming).visit
    plan = ics.merge_calendar(once, parse(export(existing)).visit)
    assert plan.added == [] and plan.changed == [] and plan.skipped_older == []
    assert len(plan.visit.engagements) == len(once.engagements)


def test_merge_matches_contacts_by_email_then_name() -> None:
    existing = Visit(
        title="v", contacts=[Contact(name="Keiko Sato"), Contact(name="R. Kumar", email="rk@x.in")]
    )
    incoming = Visit(title="i", contacts=[
        Contact(name="KEIKO SATO", email="k@x.jp"),
        Contact(name="Rajesh Kumar", email="RK@x.in"),
        Contact(name="New"),
    ])  # fmt: skip
    plan = ics.merge_calendar(existing, incoming)
    assert [(c.name, c.email) for c in plan.visit.contacts] == [
        ("Keiko Sato", "k@x.jp"), ("R. Kumar", "rk@x.in"), ("New", "")]  # fmt: skip
    assert plan.contacts_added == ["New"]


def test_the_same_visit_always_exports_the_same_bytes() -> None:
    from tests.factories import make_visit

    now = dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC)
    visit = make_visit()
    first = ics.export_calendar(visit, now=now).data
    for _ in range(5):
        assert ics.export_calendar(make_visit_like(visit), now=now).data == first
    zones = [line for line in first.decode().splitlines() if line.startswith("TZID:")]
    assert zones == sorted(zones) and len(zones) >= 3


def make_visit_like(visit: Visit) -> Visit:
    """A fresh copy, so nothing cached on the first object can make the bytes equal."""
    return copy.deepcopy(visit)
