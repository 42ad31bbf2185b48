"""Every export read at the same instants by icalendar, ical, vobject, khal and Mozilla's ical.js,
across years and DST changes; and a round-trip property test over random visits."""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core import ics
from planner.core.model import Contact, Engagement, Side, Visit
from tests.core.test_ics import build_visit, timed
from tests.factories import make_visit

NOW = dt.datetime(2026, 1, 5, 12, 0, tzinfo=dt.UTC)
Instants = dict[str, tuple[object, object]]


def years_visit() -> Visit:
    """Berlin, London, New York and Sydney over three years, across New Year and every DST change,
    with a repeated hour, a skipped one, a zero-length event and a journey between zones."""
    visit = Visit(title="Three years, four zones", home_tz="Asia/Kolkata")
    for year in (2025, 2026, 2027):
        visit.engagements += [
            timed(f"Berlin winter {year}", "Europe/Berlin", (year, 1, 15, 9), (year, 1, 15, 10)),
            timed(f"Berlin summer {year}", "Europe/Berlin", (year, 7, 15, 9), (year, 7, 15, 10)),
            timed(f"London summer {year}", "Europe/London", (year, 6, 1, 18), (year, 6, 1, 19, 30)),
            timed(f"New York autumn {year}", "America/New_York", (year, 10, 20, 8), (year, 10, 20, 9)),
            timed(f"Sydney January {year}", "Australia/Sydney", (year, 1, 20, 14), (year, 1, 20, 15)),
            timed(f"Sydney June {year}", "Australia/Sydney", (year, 6, 20, 14), (year, 6, 20, 15)),
        ]
    visit.engagements += [
        timed("New Year's Eve in London", "Europe/London", (2025, 12, 31, 22), (2026, 1, 1, 1)),
        Engagement(title="Berlin repeated hour", tz="Europe/Berlin",
                   start=dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC),  # 02:30 CEST
                   end=dt.datetime(2026, 10, 25, 1, 30, tzinfo=dt.UTC)),  # 02:30 CET
        timed("New York spring gap", "America/New_York", (2026, 3, 8, 1, 30), (2026, 3, 8, 3, 30)),
        timed("Sydney photo call", "Australia/Sydney", (2026, 4, 5, 12), (2026, 4, 5, 12)),
        timed("Flight London → New York", "Europe/London", (2026, 11, 1, 10), (2026, 11, 1, 13),
              end_tz="America/New_York"),
        Engagement(title="All-day across New Year", date=dt.date(2026, 12, 31), end_date=dt.date(2027, 1, 1)),
    ]  # fmt: skip
    return visit


VISITS: dict[str, Callable[[], Visit]] = {
    "build_visit": build_visit,
    "factories": make_visit,
    "years": years_visit,
}


def expected(visit: Visit) -> Instants:
    out: Instants = {}
    for e in visit.engagements:
        if e.start is not None:
            out[e.title] = (e.start, e.end)
        elif e.date is not None:
            out[e.title] = (e.date, (e.end_date or e.date) + dt.timedelta(days=1))
    return out


def _norm(start: object, end: object) -> tuple[object, object]:
    def one(value: object) -> object:
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.UTC)
        return value

    start, end = one(start), one(end)
    return start, (start if end is None else end)


def read_icalendar(data: bytes) -> Instants:
    from icalendar import Calendar

    cal = Calendar.from_ical(data)
    return {
        str(e["SUMMARY"]): _norm(e["DTSTART"].dt, e["DTEND"].dt if "DTEND" in e else None) for e in cal.events
    }


def read_ical(data: bytes) -> Instants:
    from ical.calendar_stream import IcsCalendarStream

    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return {e.summary or "": _norm(e.dtstart, e.dtend) for e in cal.events}


def read_vobject(data: bytes) -> Instants:
    import vobject

    # vobject keeps every VTIMEZONE it has read in one table by TZID and reuses it for later files:
    # our rules are open-ended RRULEs, so one visit's zone is right for the next visit's years too
    cal = vobject.readOne(data.decode("utf-8"))
    return {
        e.summary.value: _norm(e.dtstart.value, e.dtend.value if hasattr(e, "dtend") else None)
        for e in cal.vevent_list
    }


def read_khal(data: bytes) -> Instants:
    """As khal reads a calendar: split into one file per event with its VTIMEZONEs, then sanitised."""
    from khal.icalendar import cal_from_ics, sanitize, split_ics

    out: Instants = {}
    for one in split_ics(data.decode("utf-8")):
        vevent = next(c for c in cal_from_ics(one).walk() if c.name == "VEVENT")
        vevent = sanitize(vevent, dt.UTC)
        start = vevent["DTSTART"].dt
        end = vevent["DTEND"].dt if "DTEND" in vevent else start + vevent["DURATION"].dt
        out[str(vevent["SUMMARY"])] = _norm(start, end)
    return out


def read_ours(data: bytes) -> Instants:
    return expected(ics.parse_calendar(data, name="ours.ics").visit)


@pytest.mark.parametrize("visit_name", sorted(VISITS))
@pytest.mark.parametrize(
    "reader", [read_icalendar, read_ical, read_vobject, read_ours], ids=lambda f: f.__name__
)
def test_python_parsers_read_the_same_instants(visit_name: str, reader: Callable[[bytes], Instants]) -> None:
    visit = VISITS[visit_name]()
    assert reader(ics.export_calendar(visit, now=NOW).data) == expected(visit)


# -- ical.js (Mozilla; the parser inside Thunderbird) ------------------------------------------------

_READER = r"""
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
const root = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
for (const vtz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
const when = (t) => (t.isDate ? t.toString() : t.toUnixTime());
console.log(JSON.stringify(root.getAllSubcomponents('vevent').map((c) => {
  const e = new ICAL.Event(c);
  return [e.summary, when(e.startDate), c.hasProperty('dtend') ? when(e.endDate) : null];
})));
"""


@pytest.fixture(scope="session")
def icaljs(request: pytest.FixtureRequest) -> Path:
    """A folder with the npm package ``ical.js`` and a reader script; skipped without node (failed on CI)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but node and npm are not installed: ical.js cannot be tested")
        pytest.skip("node and npm are not installed: ical.js (Thunderbird's parser) not tested")
    cache = getattr(request.config, "cache", None)  # None under -p no:cacheprovider
    if cache is not None:
        folder = Path(cache.mkdir("icaljs"))
    else:
        folder = Path.home() / ".cache" / "delegation-planner-tests" / "icaljs"
        folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # pytest-xdist workers share the folder
        if not (folder / "node_modules" / "ical.js" / "package.json").exists():
            done = subprocess.run(
                [npm, "install", "--no-audit", "--no-fund", "--silent", "--prefix", str(folder), "ical.js@2"],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            if done.returncode != 0:
                pytest.fail(f"npm install ical.js failed: {done.stderr.strip()[-500:]}")
        reader = folder / "read.mjs"
        if not reader.exists() or reader.read_text(encoding="utf-8") != _READER:
            # replaced whole, never rewritten in place: another worker (or another checkout's run
            # sharing the folder) may be running it right now, and would read a truncated file
            fresh = folder / f"read.{os.getpid()}.mjs"
            fresh.write_text(_READER, encoding="utf-8")
            os.replace(fresh, reader)
    return folder


def read_icaljs(folder: Path, data: bytes, tmp_path: Path) -> Instants:
    path = tmp_path / "export.ics"
    path.write_bytes(data)
    done = subprocess.run(
        ["node", str(folder / "read.mjs"), str(path)], capture_output=True, text=True, timeout=60, check=True
    )

    def value(v: object) -> object:
        if isinstance(v, str):
            return dt.date.fromisoformat(v)
        if v is None:
            return None
        return dt.datetime.fromtimestamp(int(v), tz=dt.UTC)  # type: ignore[call-overload]

    return {summary: _norm(value(start), value(end)) for summary, start, end in json.loads(done.stdout)}


@pytest.mark.parametrize("visit_name", sorted(VISITS))
def test_icaljs_reads_the_same_instants(visit_name: str, icaljs: Path, tmp_path: Path) -> None:
    visit = VISITS[visit_name]()
    assert read_icaljs(icaljs, ics.export_calendar(visit, now=NOW).data, tmp_path) == expected(visit)


def test_icaljs_reads_the_other_programs_files_after_our_round_trip(icaljs: Path, tmp_path: Path) -> None:
    data_dir = Path(__file__).resolve().parent.parent / "data" / "ics"
    for name in ("outlook.ics", "google.ics", "apple.ics"):
        visit = ics.parse_calendar((data_dir / name).read_bytes(), name=name).visit
        assert read_icaljs(icaljs, ics.export_calendar(visit, now=NOW).data, tmp_path) == expected(visit), (
            name
        )


# -- round-trip property ---------------------------------------------------------------------------

ZONES = ["Europe/Berlin", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC"]
WORD = st.text(
    alphabet=st.sampled_from(list("aZq09;,\"\\:'()-") + list("सिंहरामक्ष日本é")),
    min_size=1,
    max_size=8,
)
TEXT = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
# pytz's tables end in 2037 (later years keep that year's offsets, not the rules): see the report
INSTANT = st.datetimes(min_value=dt.datetime(1950, 1, 1), max_value=dt.datetime(2037, 10, 31)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=dt.UTC)
)


@st.composite
def visits(draw: st.DrawFn) -> Visit:
    contacts = [
        Contact(name=draw(TEXT), role=draw(st.one_of(st.just(""), TEXT)), side=draw(st.sampled_from(Side)),
                email=draw(st.sampled_from(["", "a@x.in", "b@y.jp"])) if i else "", name_native=draw(TEXT))
        for i in range(draw(st.integers(0, 3)))
    ]  # fmt: skip
    # two contacts with the same e-mail would be one person to another program: keep them distinct
    seen: set[str] = set()
    for c in contacts:
        if c.email in seen:
            c.email = ""
        seen.add(c.email)
    visit = Visit(
        title=draw(TEXT), head=draw(TEXT), home_tz=draw(st.sampled_from(ZONES[:-1])), contacts=contacts
    )
    for _ in range(draw(st.integers(1, 4))):
        common = {
            "title": draw(TEXT),
            "venue": draw(st.one_of(st.just(""), TEXT)),
            "city": draw(st.one_of(st.none(), TEXT)),
            "country": draw(st.one_of(st.none(), TEXT)),
            "notes": draw(st.one_of(st.just(""), TEXT)),
            "organisation": draw(st.one_of(st.just(""), TEXT)),
            "contact_uids": [c.uid for c in contacts if draw(st.booleans())],
            "sequence": draw(st.integers(0, 5)),
        }
        if draw(st.integers(0, 4)) == 0:
            day = draw(INSTANT).date()
            end = day + dt.timedelta(days=draw(st.integers(0, 3)))
            visit.engagements.append(Engagement(date=day, end_date=end if end > day else None, **common))
            continue
        start = draw(INSTANT)
        zone, end_zone = draw(st.sampled_from(ZONES)), draw(st.sampled_from(ZONES))
        end = start + dt.timedelta(minutes=draw(st.integers(0, 36 * 60)))
        visit.engagements.append(
            Engagement(tz=zone, end_tz=end_zone if end_zone != zone else None, start=start, end=end, **common)
        )
    return visit


def _events(data: bytes) -> list[bytes]:
    return sorted(re.findall(rb"BEGIN:VEVENT.*?END:VEVENT", data, re.S))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(visits())
def test_round_trip_property(visit: Visit) -> None:
    first = ics.export_calendar(visit, now=NOW).data
    back = ics.parse_calendar(first, name="random.ics").visit
    assert _events(ics.export_calendar(back, now=NOW).data) == _events(first)
    plan = ics.merge_calendar(visit, back)
    assert (plan.added, plan.changed, plan.skipped_older, plan.contacts_added) == ([], [], [], [])
