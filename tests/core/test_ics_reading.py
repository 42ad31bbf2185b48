"""Reading a calendar in one pass: the outline, the X-DP- values kept out of icalendar's text, TEXT
unescaping; each compared with the slower way it replaced."""

from __future__ import annotations

import dataclasses
import re

from hypothesis import given
from hypothesis import strategies as st

from planner.core import ics
from planner.core.ics.read import check_structure
from tests.core.test_ics import build_visit

_ESCAPES = {"\\\\": "\\", "\\;": ";", "\\,": ",", "\\n": "\n", "\\N": "\n"}


def _unescape_by_pattern(raw: str) -> str:
    """The former implementation: one left-to-right regular-expression pass."""
    return re.sub(r"\\[\\;,nN]", lambda m: _ESCAPES[m.group(0)], raw)


@given(st.text(alphabet="\\;,nNa :\n", max_size=40))
def test_unescape_text_reads_escapes_left_to_right(raw: str) -> None:
    assert ics.unescape_text(raw) == _unescape_by_pattern(raw)


def test_unescape_text_examples() -> None:
    assert ics.unescape_text(r"a\\nb") == "a\\nb"  # an escaped backslash, then a plain n
    assert ics.unescape_text(r"a\\\nb") == "a\\\nb"
    assert ics.unescape_text(r"x\,y\;z\Nw\q") == "x,y;z\nw\\q"


def _text(data: bytes) -> str:
    return data.decode("utf-8")


def _comparable(visit: object) -> dict[str, object]:
    fields = dataclasses.asdict(visit)  # type: ignore[call-overload]
    fields.pop("uid", None)
    return fields


def test_outline_names_events_and_their_all_day_times() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250901\r\nDTEND:20250903T100000Z\r\n"
        "END:VEVENT\r\nBEGIN:VEVENT\r\nDTSTART:20250904\r\nDTEND:20250905\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    outline = check_structure(text, name="t.ics")
    assert outline.event_lines == [2, 6]
    assert outline.date_only == [{"DTSTART"}, {"DTSTART", "DTEND"}]


def test_x_dp_values_are_kept_out_of_icalendars_text_and_read_the_same() -> None:
    data = ics.export_calendar(build_visit()).data
    plain = check_structure(_text(data), name="a.ics")
    assert "X-DP-CITY:" not in plain.text and "\r\nSUMMARY:" in plain.text
    assert any("X-DP-CITY" in extra for extra in plain.extras)
    # an empty line makes the file one icalendar might split differently: it then reads everything
    blank = data.replace(b"BEGIN:VCALENDAR\r\n", b"BEGIN:VCALENDAR\r\n\r\n", 1)
    whole = check_structure(_text(blank), name="b.ics")
    assert whole.text == _text(blank) and not any(whole.extras)
    fast, slow = ics.parse_calendar(data, name="a.ics"), ics.parse_calendar(blank, name="a.ics")
    assert fast.warnings == slow.warnings
    assert _comparable(fast.visit) == _comparable(slow.visit)


def test_x_dp_value_in_an_alarm_or_with_parameters_stays_with_icalendar() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nX-DP-CITY;VALUE=TEXT:Kyoto\r\nX-DP-COUNTRY:Japan\r\n"
        "BEGIN:VALARM\r\nX-DP-KIND:meeting\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    outline = check_structure(text, name="t.ics")
    assert outline.extras == [{"X-DP-COUNTRY": ["Japan"]}]
    assert "X-DP-CITY;VALUE=TEXT:Kyoto" in outline.text and "X-DP-KIND:meeting" in outline.text
    assert "X-DP-COUNTRY" not in outline.text
