"""import_calendar against a small in-memory repository with the storage API."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest

from planner.core import ics
from planner.core.errors import IcsError, NotFoundError
from planner.core.model import Engagement, Visit
from planner.services import import_calendar

DATA = Path(__file__).resolve().parent / "data" / "ics"


class FakeRepository:
    """add_visit / load_visit / save_visit, keeping deep copies like a database would."""

    def __init__(self) -> None:
        self.visits: dict[int, Visit] = {}

    def add_visit(self, visit: Visit) -> int:
        new_id = len(self.visits) + 1
        stored = copy.deepcopy(visit)
        stored.id = new_id
        self.visits[new_id] = stored
        return new_id

    def load_visit(self, visit_id: int) -> Visit:
        if visit_id not in self.visits:
            raise NotFoundError(f"no visit {visit_id}")
        return copy.deepcopy(self.visits[visit_id])

    def save_visit(self, visit: Visit) -> Visit:
        assert visit.id is not None
        self.visits[visit.id] = copy.deepcopy(visit)
        return copy.deepcopy(visit)


def test_import_creates_a_visit() -> None:
    repo = FakeRepository()
    result = import_calendar(repo, (DATA / "google.ics").read_bytes(), name="google.ics", into=None)
    assert result["created"] is True and result["added"] == 2
    saved = repo.visits[result["visit_id"]]
    assert saved.title == "Japan visit (host side)" and len(saved.engagements) == 2


def test_import_into_merges_by_uid() -> None:
    repo = FakeRepository()
    data = (DATA / "google.ics").read_bytes()
    first = import_calendar(repo, data, name="google.ics", into=None)
    again = import_calendar(repo, data, name="google.ics", into=first["visit_id"])
    assert (again["created"], again["added"], again["changed"], again["unchanged"]) == (False, 0, 0, 2)
    assert len(repo.visits[first["visit_id"]].engagements) == 2

    visit = repo.load_visit(first["visit_id"])
    visit.engagements.append(Engagement(title="Local only", date=dt.date(2025, 8, 30)))
    repo.save_visit(visit)
    newer = data.replace(b"SEQUENCE:3", b"SEQUENCE:4").replace(b"Meeting with Tokyo", b"Talks with Tokyo")
    result = import_calendar(repo, newer, name="google.ics", into=first["visit_id"])
    assert (result["added"], result["changed"], result["unchanged"]) == (0, 1, 1)
    titles = sorted(e.title for e in repo.visits[first["visit_id"]].engagements)
    assert titles == ["Local only", "Osaka Expo 2025 (two days)", "Talks with Tokyo Electron"]


def test_malformed_file_changes_nothing() -> None:
    repo = FakeRepository()
    first = import_calendar(repo, (DATA / "google.ics").read_bytes(), name="g.ics", into=None)
    before = copy.deepcopy(repo.visits)
    broken = (DATA / "google.ics").read_bytes().replace(b"DTSTART:20250822T010000Z", b"DTSTART:2025-08-22")
    with pytest.raises(IcsError, match="line 9"):
        import_calendar(repo, broken, name="g.ics", into=first["visit_id"])
    with pytest.raises(IcsError):
        import_calendar(repo, broken, name="g.ics", into=None)
    assert repo.visits == before


def test_export_of_imported_visit_keeps_uids() -> None:
    repo = FakeRepository()
    first = import_calendar(repo, (DATA / "apple.ics").read_bytes(), name="apple.ics", into=None)
    data = ics.export_calendar(repo.load_visit(first["visit_id"])).data
    # a uid from another calendar is written back unchanged, so that calendar sees the same event
    assert b"UID:6D1C5E0B-8A39-4C8E-9D0B-3E2F6A7B8C9D\r\n" in data
