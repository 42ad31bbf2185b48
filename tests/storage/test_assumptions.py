"""Assumptions are stored with the visit, join its change counter and the change log, and can be decided."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from planner.core.article import parse_article
from planner.core.assumptions import AssumptionStatus
from planner.core.errors import NotFoundError
from planner.storage.repository import Repository
from tests.conftest import SEED

WHEN = dt.datetime(2025, 8, 20, 4, 5, tzinfo=dt.UTC)


def test_a_visits_assumptions_round_trip(repo: Repository) -> None:
    visit = parse_article(SEED.read_text(encoding="utf-8")).to_visit()
    assert len(visit.assumptions) >= 5
    loaded = repo.load_visit(repo.add_visit(visit))
    assert loaded.assumptions == visit.assumptions


def test_deciding_one_moves_the_visit_on_and_is_logged(repo: Repository) -> None:
    visit = parse_article(SEED.read_text(encoding="utf-8")).to_visit()
    visit_id = repo.add_visit(visit)
    before = repo.visit_version(visit_id)
    token = repo.change_token()
    chosen = visit.assumptions[2].decided(AssumptionStatus.CONFIRMED, "officer@desk", WHEN)
    stored = repo.save_assumption(visit_id, chosen)
    assert stored == chosen
    assert repo.visit_version(visit_id) == before + 1
    assert repo.changes_since(token).visits == {visit_id}
    loaded = repo.load_visit(visit_id)
    assert loaded.assumptions[2] == chosen
    assert [a.status for a in loaded.assumptions].count(AssumptionStatus.CONFIRMED) == 1
    # reopened again (an undo)
    repo.save_assumption(visit_id, chosen.reopened())
    assert repo.load_visit(visit_id).assumptions == visit.assumptions


def test_a_whole_visit_save_keeps_and_drops_them_by_uid(repo: Repository) -> None:
    visit = parse_article(SEED.read_text(encoding="utf-8")).to_visit()
    loaded = repo.load_visit(repo.add_visit(visit))
    loaded.assumptions = [dataclasses.replace(loaded.assumptions[1], text="edited"), loaded.assumptions[0]]
    saved = repo.save_visit(loaded)
    assert [a.text for a in saved.assumptions] == ["edited", visit.assumptions[0].text]


def test_an_unknown_assumption_is_refused(repo: Repository) -> None:
    visit = parse_article(SEED.read_text(encoding="utf-8")).to_visit()
    visit_id = repo.add_visit(visit)
    stranger = dataclasses.replace(visit.assumptions[0], uid="nope")
    with pytest.raises(NotFoundError, match="no assumption"):
        repo.save_assumption(visit_id, stranger)


def test_an_imported_article_keeps_its_guesses(sqlite_url: str) -> None:
    from planner import services
    from planner.storage import open_repository

    with open_repository(sqlite_url) as repo:
        result = services.import_article(repo, SEED.read_bytes(), name=SEED.name, published=None)
        visit = repo.load_visit(result["visit_id"])
    assert result["assumptions"] == len(visit.assumptions) >= 6
    osaka = next(a for a in visit.assumptions if a.text.startswith("assumed in Osaka"))
    assert (osaka.first_day, osaka.last_day) == (dt.date(2025, 8, 25), dt.date(2025, 8, 27))
