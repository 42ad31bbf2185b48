"""The delegation joins the whole-visit versions: a stale whole-visit save never undoes someone
else's change to the members, stays, attendance or dismissed findings (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from planner.core.errors import ConflictError
from planner.core.model import Member, Stay, Visit
from planner.storage import open_repository
from planner.storage.repository import Repository
from tests.factories import make_visit


@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Repository, Repository]]:
    alice, bob = open_repository(db_url), open_repository(db_url)
    alice.user, bob.user = "alice@desk1", "bob@desk2"
    yield alice, bob
    alice.close()
    bob.close()


def with_delegation() -> Visit:
    visit = make_visit()
    visit.members = [Member("Vishnu Deo Sai", is_head=True, uid="m-head"), Member("Rajat Kumar", uid="m-ind")]
    visit.stays = [Stay("Imperial Hotel", "Tokyo", "Japan", "Asia/Tokyo", uid="s-tokyo")]
    visit.dismissed = {"nights:2025-08-23": "staying with friends"}
    return visit


def stored_and_stale(two: tuple[Repository, Repository]) -> tuple[int, Visit, Visit]:
    alice, bob = two
    visit_id = alice.add_visit(with_delegation())
    return visit_id, bob.load_visit(visit_id), alice.load_visit(visit_id)


def refused(alice: Repository, stale: Visit, pattern: str) -> None:
    stale.notes = "alice's whole-visit save"
    with pytest.raises(ConflictError, match=pattern):
        alice.save_visit(stale)
    assert alice.load_visit(stale.id or 0).notes != stale.notes


def test_a_member_added_by_someone_else_survives_a_stale_save(two: tuple[Repository, Repository]) -> None:
    alice, bob = two
    visit_id, fresh, stale = stored_and_stale(two)
    fresh.members.append(Member("Anita Sharma", role="Protocol", uid="m-new"))
    bob.save_visit(fresh)
    refused(alice, stale, r"member 'Anita Sharma' was added by bob@desk2 at .* UTC")
    assert "m-new" in {m.uid for m in alice.load_visit(visit_id).members}


def test_a_member_edit_and_a_deleted_stay_are_not_undone(two: tuple[Repository, Repository]) -> None:
    alice, bob = two
    visit_id, fresh, stale = stored_and_stale(two)
    fresh.members[1] = dataclasses.replace(fresh.members[1], phone="+81 3 1234 5678")
    bob.save_visit(fresh)
    refused(alice, stale, r"member 'Rajat Kumar' was edited by bob@desk2")
    fresh, stale = bob.load_visit(visit_id), alice.load_visit(visit_id)  # alice has the edit now
    fresh.stays = []
    bob.save_visit(fresh)
    refused(alice, stale, r"stay 's-tokyo' was deleted by bob@desk2")
    assert alice.load_visit(visit_id).stays == []


def test_dismissed_findings_and_attendance_join_the_rule(two: tuple[Repository, Repository]) -> None:
    alice, bob = two
    visit_id, fresh, stale = stored_and_stale(two)
    fresh.dismissed = {}
    bob.save_visit(fresh)
    refused(alice, stale, r"dismissed finding 'nights:2025-08-23' was deleted by bob@desk2")
    fresh = bob.load_visit(visit_id)
    stale = alice.load_visit(visit_id)
    fresh.engagements[0].member_uids = ["m-ind"]
    bob.save_visit(fresh)
    refused(alice, stale, rf"engagement {fresh.engagements[0].title!r} was edited")
    assert alice.load_visit(visit_id).engagements[0].member_uids == ["m-ind"]


def test_a_save_that_holds_every_change_passes_and_logs_each(two: tuple[Repository, Repository]) -> None:
    alice, bob = two
    visit_id, fresh, _ = stored_and_stale(two)
    token = alice.change_token()
    fresh.members.append(Member("Anita Sharma", uid="m-new"))
    fresh.stays[0].confirmation = "ABC123"
    bob.save_visit(fresh)
    again = alice.load_visit(visit_id)  # read after bob's change: nothing missed
    again.members.reverse()
    saved = alice.save_visit(again)
    assert [m.uid for m in saved.members] == ["m-new", "m-ind", "m-head"]
    assert saved.stays[0].confirmation == "ABC123"
    assert alice.changes_since(token).visits == {visit_id}
    assert saved.content_version == alice.visit_version(visit_id) > again.content_version
