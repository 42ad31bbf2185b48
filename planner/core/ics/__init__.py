"""Visit ⇄ iCalendar (RFC 5545): export that every calendar reads, import from any calendar, merge by UID.

Export writes every timed event with a ``TZID`` naming the IANA zone of the
place and one ``VTIMEZONE`` per zone (built by icalendar 7 and checked
afterwards).  Import accepts what other programs write: IANA and Windows zone
names, custom ``VTIMEZONE`` rules, Google's UTC times with ``X-WR-TIMEZONE``,
floating times and undeclared zones, always with a warning where it guesses.

Fields a calendar has no place for (exact status, city and country, the
visit's home zone) travel in ``X-DP-*`` properties that other programs ignore;
the standard properties carry the same facts for people and other clients.

The modules: ``conventions`` (our PRODID, uids, X-DP- names, description labels), ``text`` (TEXT
values), ``lines`` (writing content lines), ``people`` (finding contacts), ``export`` (visit →
calendar), ``vtimezone`` (zone rules every client reads alike), ``read`` (checking a file line by
line), ``zones`` (TZIDs → IANA zones), ``parse`` (calendar → visit), ``merge`` and
``publish_plan`` (what publishing to a CalDAV calendar will do).

For timing (``tests/bench.py``): ``export_bytes(visit)`` is the ICS export of a whole visit and
``import_draft(data)`` the import of a calendar file into an unsaved visit.
"""

from __future__ import annotations

from planner.core.ics.conventions import PRODID, UID_SUFFIX, X_PREFIX, event_uid
from planner.core.ics.export import (
    IcsExport,
    event_calendar,
    export_bytes,
    export_calendar,
    home_time_line,
    local_days,
    location_text,
    visit_calendar_uid,
)
from planner.core.ics.merge import MergePlan, PlannedChange, merge_calendar
from planner.core.ics.parse import CalendarImport, import_draft, parse_calendar, split_location
from planner.core.ics.people import find_attendee, match_contact
from planner.core.ics.read import check_structure
from planner.core.ics.text import unescape_text
from planner.core.ics.zones import iana_name, windows_zones

__all__ = [
    "PRODID",
    "UID_SUFFIX",
    "X_PREFIX",
    "CalendarImport",
    "IcsExport",
    "MergePlan",
    "PlannedChange",
    "check_structure",
    "event_calendar",
    "event_uid",
    "export_bytes",
    "export_calendar",
    "find_attendee",
    "home_time_line",
    "iana_name",
    "import_draft",
    "local_days",
    "location_text",
    "match_contact",
    "merge_calendar",
    "parse_calendar",
    "split_location",
    "unescape_text",
    "visit_calendar_uid",
    "windows_zones",
]
