"""Versions that cover the whole visit: stale whole-visit saves, merges and deletes are refused,
naming what changed and who changed it; the change token tells a window which visits moved."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from planner import services
from planner.core.errors import ConflictError
from planner.core.model import Contact, Engagement, Visit
from planner.storage import open_repository
from planner.storage.repository import Repository
from tests.factories import make_visit


@pytest.fixture
def two(db_url: str) -> tuple[Repository, Repository]:
    """Two users of one database (two repositories, as two computers would have)."""
    alice, bob = open_repository(db_url), open_repository(db_url)
    alice.user, bob.user = "alice@desk1", "bob@desk2"
    yield alice, bob
    alice.close()
    bob.close()


def uids(visit: Visit) -> set[str]:
    return {e.uid for e in visit.engagements}


def test_a_stale_whole_visit_save_keeps_an_engagement_someone_else_added(
    two: tuple[Repository, Repository],
) -> None:
    alice, bob = two
    visit_id = alice.add_visit(make_visit())
    stale = alice.load_visit(visit_id)
    bob.save_engagement(visit_id, Engagement("Tea with the mayor", uid="e-tea"))
    stale.engagements[0].notes = "alice's note"
    with pytest.raises(
        ConflictError, match=r"engagement 'Tea with the mayor' was added by bob@desk2 at .* UTC"
    ):
        alice.save_visit(stale)
    stored = alice.load_visit(visit_id)
    assert "e-tea" in uids(stored)
    assert stored.engagements[0].notes != "alice's note"


def test_a_stale_whole_visit_save_does_not_bring_back_a_deleted_engagement(
    two: tuple[Repository, Repository],
) -> None:
    alice, bob = two
    visit_id = alice.add_visit(make_visit())
    stale = alice.load_visit(visit_id)
    gone = stale.engagements[1]
    bob.delete_engagement(visit_id, gone.uid)
    with pytest.raises(ConflictError, match=rf"engagement {gone.title!r} was deleted by bob@desk2"):
        alice.save_visit(stale)
    assert gone.uid not in uids(alice.load_visit(visit_id))


def test_a_stale_merge_is_refused_and_a_fresh_one_keeps_everything(
    two: tuple[Repository, Repository], monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.core import ics

    alice, bob = two
    visit_id = alice.add_visit(make_visit())
    calendar = ics.export_calendar(alice.load_visit(visit_id)).data
    stale = alice.load_visit(visit_id)
    bob.save_contact(visit_id, Contact("New Liaison", uid="c-new"))
    plan = ics.merge_calendar(stale, ics.parse_calendar(calendar, name="x.ics").visit)
    with pytest.raises(ConflictError, match="contact 'New Liaison' was added by bob@desk2"):
        alice.save_visit(plan.visit)
    result = services.import_calendar(alice, calendar, name="x.ics", into=visit_id)  # loads afresh
    assert result["visit_id"] == visit_id
    assert alice.load_visit(visit_id).contact("c-new") is not None


def test_own_edits_do_not_make_ones_own_copy_stale(repo: Repository) -> None:
    """The window keeps its copy up to date with what it saved itself: a later whole save passes."""
    visit_id = repo.add_visit(make_visit())
    mine = repo.load_visit(visit_id)
    added = repo.save_engagement(visit_id, Engagement("Press meet", uid="e-press"))
    mine.engagements.append(added)
    edited = repo.save_engagement(visit_id, dataclasses.replace(mine.engagements[0], notes="x"))
    mine.engagements[0] = edited
    mine.notes = "merged"
    assert repo.save_visit(mine).notes == "merged"


@pytest.mark.parametrize("kind", ["engagement", "contact"])
def test_a_stale_delete_is_refused(two: tuple[Repository, Repository], kind: str) -> None:
    alice, bob = two
    visit_id = alice.add_visit(make_visit())
    stale = alice.load_visit(visit_id)
    if kind == "engagement":
        item: Engagement | Contact = stale.engagements[0]
        bob.save_engagement(visit_id, dataclasses.replace(stale.engagements[0], notes="bob was here"))
        delete = alice.delete_engagement
        label = stale.engagements[0].title
    else:
        item = stale.contacts[0]
        bob.save_contact(visit_id, dataclasses.replace(stale.contacts[0], notes="bob was here"))
        delete = alice.delete_contact
        label = stale.contacts[0].name
    with pytest.raises(ConflictError, match=rf"{kind} {label!r} was edited by bob@desk2"):
        delete(visit_id, item.uid, version=item.version)
    fresh = alice.load_visit(visit_id)
    assert fresh.engagement(item.uid) or fresh.contact(item.uid)
    delete(visit_id, item.uid, version=(fresh.engagement(item.uid) or fresh.contact(item.uid)).version)  # type: ignore[union-attr]


def test_a_stale_visit_delete_is_refused(two: tuple[Repository, Repository]) -> None:
    alice, bob = two
    visit_id = alice.add_visit(make_visit())
    stale = alice.load_visit(visit_id)
    bob.save_engagement(visit_id, dataclasses.replace(stale.engagements[0], notes="bob was here"))
    with pytest.raises(ConflictError, match=r"visit .* was changed by bob@desk2"):
        alice.delete_visit(visit_id, content_version=stale.content_version)
    alice.delete_visit(visit_id, content_version=alice.visit_version(visit_id))
    assert alice.list_visits() == []


def test_an_edit_of_an_engagement_someone_deleted_is_refused_not_recreated(
    two: tuple[Repository, Repository],
) -> None:
    alice, bob = two
    visit_id = alice.add_visit(make_visit())
    stale = alice.load_visit(visit_id).engagements[0]
    bob.delete_engagement(visit_id, stale.uid)
    with pytest.raises(ConflictError, match="was deleted by bob@desk2"):
        alice.save_engagement(visit_id, dataclasses.replace(stale, notes="x"))
    assert alice.load_visit(visit_id).engagement(stale.uid) is None


def test_every_change_moves_the_visit_counter_and_the_change_token(
    two: tuple[Repository, Repository],
) -> None:
    alice, bob = two
    first = alice.add_visit(make_visit())
    second = alice.add_visit(make_visit())
    token = bob.change_token()
    assert bob.changes_since(token).visits == frozenset()
    before = alice.visit_version(first)
    visit = alice.load_visit(first)
    alice.save_engagement(first, dataclasses.replace(visit.engagements[0], notes="moved"))
    assert alice.visit_version(first) == before + 1
    alice.delete_contact(first, visit.contacts[-1].uid)
    seen = bob.changes_since(token)
    assert seen.visits == {first}
    assert seen.token > token and not seen.everything
    alice.delete_visit(second)
    later = bob.changes_since(seen.token)
    assert later.visits == {second}
    assert bob.changes_since(later.token + 1000).everything


def test_a_copy_is_not_changed_by_saving(repo: Repository) -> None:
    visit_id = repo.add_visit(make_visit())
    mine = repo.load_visit(visit_id)
    kept = copy.deepcopy(mine)
    repo.save_visit(mine)
    assert mine == kept
