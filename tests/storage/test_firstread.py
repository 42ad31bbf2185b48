"""The first paint's reader: the visit stdlib ``sqlite3`` assembles equals the repository's, or none."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from planner.core import tz
from planner.core.assumptions import Assumption, AssumptionStatus, Concern
from planner.core.model import Member, Place, Stay, Visit
from planner.storage import open_repository
from planner.storage.firstread import read_first, sqlite_file
from planner.storage.revision import HEAD
from tests.factories import make_visit


def _rich_visit() -> Visit:
    """Every kind of child row, with times, JSON lists, booleans and non-ASCII text."""
    visit = make_visit()
    visit.members = [
        Member("विष्णु देव साय", role="Chief Minister", is_head=True, uid="m-cm"),
        Member("Rajat Kumar", role="Secretary, Industries", uid="m-ind"),
    ]
    visit.stays = [
        Stay(
            "Hotel Okura",
            "Tokyo",
            "Japan",
            "Asia/Tokyo",
            check_in=dt.date(2025, 8, 21),
            check_in_time=dt.time(15, 0),
            check_out=dt.date(2025, 8, 24),
            check_out_time=dt.time(11, 30),
            uid="s-okura",
        )
    ]
    first = visit.engagements[0]
    first.member_uids = ["m-ind", "m-cm"]
    first.from_place = Place("Tokyo", "Japan")
    first.to_place = Place("Osaka")
    visit.dismissed = {"weekend:e-1": "the host asked for it"}
    visit.assumptions = [
        Assumption("stop.assumed", "Osaka assumed for 24–26 Aug", Concern.DAYS,
                   first_day=dt.date(2025, 8, 24), last_day=dt.date(2025, 8, 26)),
        Assumption("city.seat", "city from the seat", Concern.ENGAGEMENT, engagement_uid=first.uid,
                   status=AssumptionStatus.CONFIRMED, decided_by="asha",
                   decided_at=dt.datetime(2025, 8, 20, 9, 15, tzinfo=tz.UTC)),
    ]  # fmt: skip
    return visit


def _stored(url: str, *visits: Visit) -> list[int]:
    repository = open_repository(url)
    try:
        return [repository.add_visit(v) for v in visits]
    finally:
        repository.close()


def test_the_visit_read_with_sqlite3_equals_the_repositorys(sqlite_url: str) -> None:
    first_id, second_id = _stored(sqlite_url, make_visit(), _rich_visit())
    found = read_first(sqlite_url, remembered=second_id)
    assert found is not None
    assert found.visit_ids == [first_id, second_id]
    repository = open_repository(sqlite_url)
    try:
        stored = repository.load_visit(second_id)
    finally:
        repository.close()
    assert found.visit == stored
    assert found.visit.stays[0].check_in_time == dt.time(15, 0)
    assert found.visit.members[0].is_head is True
    assert found.visit.engagements  # and the order is the repository's (compared above)


def test_the_choice_is_the_windows(sqlite_url: str) -> None:
    first_id, second_id = _stored(sqlite_url, make_visit(), make_visit())
    assert read_first(sqlite_url).visit.id == first_id  # type: ignore[union-attr]
    assert read_first(sqlite_url, remembered=second_id).visit.id == second_id  # type: ignore[union-attr]
    assert read_first(sqlite_url, remembered=999).visit.id == first_id  # type: ignore[union-attr]
    assert read_first(sqlite_url, wanted=first_id, remembered=second_id).visit.id == first_id  # type: ignore[union-attr]
    assert read_first(sqlite_url, wanted=999) is None  # the usual path says there is no visit 999


def test_no_first_read_for_what_the_usual_path_must_open(tmp_path: Path, sqlite_url: str) -> None:
    assert read_first(f"sqlite:///{tmp_path / 'absent.db'}") is None  # a first start: the seed
    _stored(sqlite_url)
    assert read_first(sqlite_url) is None  # empty: the seed
    _stored(sqlite_url, make_visit())
    assert read_first(sqlite_url) is not None
    path = sqlite_file(sqlite_url)
    assert path is not None
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.close()
    assert read_first(sqlite_url) is None  # an older schema: upgraded by the usual path
    assert read_first("postgresql+psycopg://user@host/db") is None
    assert read_first(sqlite_url + "?timeout=5") is None
    assert HEAD == "0006"


def test_a_row_the_model_refuses_is_left_to_the_usual_path(sqlite_url: str) -> None:
    (visit_id,) = _stored(sqlite_url, make_visit())
    path = sqlite_file(sqlite_url)
    assert path is not None
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE engagements SET kind = 'nonsense' WHERE visit_id = ?", (visit_id,))
    connection.close()
    assert read_first(sqlite_url) is None


def test_reading_imports_no_sqlalchemy_and_writes_nothing(sqlite_url: str) -> None:
    _stored(sqlite_url, make_visit())
    path = sqlite_file(sqlite_url)
    assert path is not None
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    script = (
        "import sys; from planner.storage.firstread import read_first; "
        f"found = read_first({sqlite_url!r}); "
        "print(found.visit.title if found else 'NONE'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    title, modules = done.stdout.splitlines()
    assert title == make_visit().title
    assert modules == "[]"
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    # SQLite's read-only WAL reader may leave an empty -wal and its index: owner-only, like the file
    for side in path.parent.glob(f"{path.name}-*"):
        assert side.stat().st_mode & 0o077 == 0, side


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:", "mysql://x/y"])
def test_only_plain_sqlite_files(url: str) -> None:
    assert sqlite_file(url) is None
