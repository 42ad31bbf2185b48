"""``planner publish`` against a real Radicale server: one copy of each event, updates, removals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import urllib.request
from base64 import b64encode
from pathlib import Path

import pytest

from planner import publish
from planner.cli import main
from planner.core.ics.publish_plan import plan_publish, remote_event
from planner.core.model import Engagement
from tests.factories import make_visit
from tests.publish.conftest import CalendarServer

_names = itertools.count()


def _url(server: CalendarServer) -> str:
    return server.calendar_url(f"visit{next(_names)}")


def _events(server: CalendarServer, url: str) -> list[tuple[str, str, bytes]]:
    return publish.Connection(url, server.user, server.password).events()


def _event_uid(data: bytes) -> str:
    match = re.search(rb"BEGIN:VEVENT.*?\nUID:([^\r\n]+)", data, re.S)
    assert match is not None
    return match.group(1).decode()


def _uids(server: CalendarServer, url: str) -> list[str]:
    return sorted(_event_uid(data) for _, _, data in _events(server, url))  # type: ignore[union-attr]


def _publish(server: CalendarServer, visit: object, url: str, **kw: object) -> publish.Outcome:
    return publish.publish(visit, url, user=server.user, password=server.password, **kw)  # type: ignore[arg-type]


def test_publish_twice_leaves_one_copy_of_each_scheduled_engagement(radicale: CalendarServer) -> None:
    visit = make_visit()
    url = _url(radicale)
    first = _publish(radicale, visit, url)
    scheduled = sorted(f"{e.uid}" for e in visit.engagements if not e.is_unscheduled)
    assert first.created_collection and first.plan.counts()["added"] == len(scheduled)
    second = _publish(radicale, visit, url)
    assert second.plan.counts() == {"added": 0, "changed": 0, "removed": 0, "unchanged": len(scheduled),
                                    "conflicts": 0}  # fmt: skip
    assert _uids(radicale, url) == scheduled  # the factory's uids are not hex: kept as they are


def test_a_change_is_an_update_with_a_higher_sequence_and_a_deletion_is_removed(
    radicale: CalendarServer,
) -> None:
    visit = make_visit()
    url = _url(radicale)
    _publish(radicale, visit, url)
    moved = next(e for e in visit.engagements if e.is_timed)
    assert moved.start is not None and moved.end is not None
    moved.start, moved.end = moved.start + dt.timedelta(hours=1), moved.end + dt.timedelta(hours=1)
    gone = next(e for e in visit.engagements if e.is_all_day)
    visit.engagements.remove(gone)
    unscheduled = next(e for e in visit.engagements if e.is_timed and e is not moved)
    visit.engagements[visit.engagements.index(unscheduled)] = dataclasses.replace(
        unscheduled, start=None, end=None, tz=None, end_tz=None, unscheduled_reason="dropped"
    )
    outcome = _publish(radicale, visit, url)
    counts = outcome.plan.counts()
    assert (counts["added"], counts["changed"], counts["removed"]) == (0, 1, 2)
    on_server = {_event_uid(d): d for _, _, d in _events(radicale, url)}  # type: ignore[union-attr]
    assert gone.uid not in on_server and unscheduled.uid not in on_server
    assert int(re.search(rb"\r?\nSEQUENCE:(\d+)", on_server[moved.uid]).group(1)) > moved.sequence  # type: ignore[union-attr]
    assert _publish(radicale, visit, url).plan.counts()["unchanged"] == len(on_server)


def test_a_change_made_on_the_server_is_reported_not_overwritten(radicale: CalendarServer) -> None:
    visit = make_visit()
    url = _url(radicale)
    _publish(radicale, visit, url)
    target = next(e for e in visit.engagements if e.is_timed)
    href, _etag, data = next(
        item for item in _events(radicale, url) if f"UID:{target.uid}".encode() in item[2]
    )
    edited = re.sub(rb"SUMMARY:[^\r\n]*", b"SUMMARY:Moved by the host office", data)
    auth = b64encode(f"{radicale.user}:{radicale.password}".encode()).decode()
    request = urllib.request.Request(href, data=edited, method="PUT", headers={
        "Authorization": f"Basic {auth}", "Content-Type": "text/calendar; charset=utf-8"})  # fmt: skip
    with urllib.request.urlopen(request) as answer:
        assert answer.status in (201, 204)
    target.title = "Our own new title"
    outcome = _publish(radicale, visit, url)
    assert [c.uid for c in outcome.plan.conflicts] == [target.uid]
    assert any("changed on the calendar server" in p for p in outcome.problems)
    now = next(d for _, _, d in _events(radicale, url) if f"UID:{target.uid}".encode() in d)
    assert b"SUMMARY:Moved by the host office" in now


def test_the_plan_alone_says_what_would_happen(radicale: CalendarServer) -> None:
    visit = make_visit()
    url = _url(radicale)
    _publish(radicale, visit, url)
    visit.engagements.append(Engagement(title="New dinner", date=dt.date(2025, 8, 29)))
    connection = publish.Connection(url, radicale.user, radicale.password)
    plan, created = publish.fetch_plan(connection, visit)
    assert not created and [e.title for e in plan.added] == ["New dinner"]
    assert len(_events(radicale, url)) == len(plan.unchanged)  # nothing done yet
    remote = [r for r in (remote_event(*item) for item in _events(radicale, url)) if r is not None]
    assert plan_publish([], remote).removed  # an empty visit would remove ours


def test_attendee_publishes_one_members_programme(radicale: CalendarServer) -> None:
    visit = make_visit()
    url = _url(radicale)
    person = visit.contacts[2]
    _publish(radicale, visit, url, attendee=person.name)
    assert _uids(radicale, url) == sorted(e.uid for e in visit.engagements_of(person) if not e.is_unscheduled)


# -- the command line ----------------------------------------------------------------------------


def _stored_visit(tmp_path: Path) -> tuple[str, int]:
    from planner.storage import open_repository

    db = f"sqlite:///{tmp_path / 'p.db'}"
    repo = open_repository(db)
    visit_id = repo.add_visit(make_visit())
    repo.close()
    return db, visit_id


def test_cli_publish_twice(radicale: CalendarServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    db, visit_id = _stored_visit(tmp_path)
    url = _url(radicale)
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", radicale.password)
    args = ["--db", db, "publish", str(visit_id), "--caldav", url, "--user", radicale.user]
    assert main(args) == 0
    assert "6 added" in capsys.readouterr().out
    assert main([*args, "--json"]) == 0
    out = capsys.readouterr().out
    assert '"unchanged": 6' in out and '"added": 0' in out and radicale.password not in out
    assert len(_events(radicale, url)) == 6


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        ("password", r"refused the user name or password"),
        ("port", r"cannot reach the calendar server .*: connection refused"),
        ("not-a-calendar", r"is not a calendar collection"),
        ("scheme", r"is not an http:// or https:// address"),
    ],
)
def test_cli_errors_are_one_line_and_publish_nothing(
    radicale: CalendarServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], change: str, pattern: str,
) -> None:  # fmt: skip
    db, visit_id = _stored_visit(tmp_path)
    url = _url(radicale)
    password = radicale.password
    if change == "password":
        password = "wrong"
    elif change == "port":
        url = "http://127.0.0.1:9/cal/"
    elif change == "not-a-calendar":
        url = f"{radicale.base}{radicale.user}/"  # the user's own folder: a plain collection
    elif change == "scheme":
        url = "ftp://127.0.0.1/cal/"
    monkeypatch.setenv("PLANNER_CALDAV_PASSWORD", password)
    code = main(["--db", db, "publish", str(visit_id), "--caldav", url, "--user", radicale.user])
    err = capsys.readouterr().err
    assert code != 0 and re.search(pattern, err), err
    assert err.count("\n") == 1 and "Traceback" not in err and password not in err
