"""``import_article`` and ``seed_visit_if_empty`` against a tiny repository that records what it is given."""

from __future__ import annotations

import pytest

from planner.core.article import NoVisitFound
from planner.core.errors import InputFileError
from planner.core.model import Visit
from planner.services import import_article, seed_visit_if_empty
from tests.conftest import DATA, SEED


class FakeRepository:
    def __init__(self, visits: int = 0) -> None:
        self.added: list[Visit] = []
        self.existing = visits

    def add_visit(self, visit: Visit) -> int:
        self.added.append(visit)
        return 40 + len(self.added)

    def is_empty(self) -> bool:
        return self.existing + len(self.added) == 0


def test_import_article_stores_the_visit() -> None:
    repo = FakeRepository()
    result = import_article(repo, SEED.read_bytes(), name=SEED.name, published=None)  # type: ignore[arg-type]
    assert result["visit_id"] == 41 and result["created"] is True
    assert result["engagements"] == 7 and result["unscheduled"] == 3
    assert any("KITA" in w for w in result["warnings"])
    (visit,) = repo.added
    assert visit.head == "Chief Minister Vishnudev Sai" and len(visit.contacts) == 3


def test_bad_input_stores_nothing() -> None:
    repo = FakeRepository()
    with pytest.raises(NoVisitFound):
        import_article(repo, (DATA / "articles" / "hi_unrelated.txt").read_bytes(), name="x", published=None)  # type: ignore[arg-type]
    with pytest.raises(InputFileError):
        import_article(repo, b"\xff\xfe\x00\xd8", name="x", published=None)  # type: ignore[arg-type]
    assert repo.added == []


def test_seed_only_into_an_empty_repository() -> None:
    empty = FakeRepository()
    assert seed_visit_if_empty(empty) == 41  # type: ignore[arg-type]
    assert seed_visit_if_empty(empty) is None  # type: ignore[arg-type]
    assert len(empty.added) == 1
    assert seed_visit_if_empty(FakeRepository(visits=2)) is None  # type: ignore[arg-type]
