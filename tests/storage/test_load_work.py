"""Opening a visit does a fixed amount of database work, whatever its size (counted, not timed)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import sqlalchemy as sa

from planner.core.errors import PlannerError
from planner.core.model import Member
from planner.storage import open_repository
from planner.storage.checks import check_read
from tests.bench.data import office_visit


def _statements(repo: object, visit_id: int) -> int:
    engine = repo.engine  # type: ignore[attr-defined]
    seen: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        repo.load_visit(visit_id)  # type: ignore[attr-defined]
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)
    return len(seen)


def test_statements_do_not_grow_with_the_engagements(tmp_path: Path) -> None:
    repo = open_repository(f"sqlite:///{tmp_path / 'planner.db'}")
    small = repo.add_visit(office_visit(10, contacts=5))
    large = repo.add_visit(office_visit(400, contacts=50))
    assert _statements(repo, small) == _statements(repo, large) <= 12
    repo.close()


def test_links_come_back_in_each_engagements_order(tmp_path: Path) -> None:
    repo = open_repository(f"sqlite:///{tmp_path / 'planner.db'}")
    visit = office_visit(30, contacts=6)
    visit.members = [Member(name="A", uid="m-a"), Member(name="B", uid="m-b")]
    for i, e in enumerate(visit.engagements):
        e.contact_uids = list(reversed(e.contact_uids)) if i % 2 else e.contact_uids
        e.member_uids = ["m-b", "m-a"] if i % 3 == 0 else (["m-a"] if i % 3 == 1 else [])
    loaded = repo.load_visit(repo.add_visit(visit))
    by_uid = {e.uid: e for e in visit.engagements}
    for e in loaded.engagements:
        assert e.contact_uids == by_uid[e.uid].contact_uids
        assert e.member_uids == by_uid[e.uid].member_uids
    assert [m.uid for m in loaded.members] == ["m-a", "m-b"]
    repo.close()


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [("notes", "a\x00b", "NUL"), ("sequence", 2**40, "beyond"), ("title", "\ud800", "surrogate")],
)
def test_check_read_still_names_a_bad_value(field: str, value: object, named: str) -> None:
    visit = office_visit(3, contacts=2)
    visit.engagements[1] = dataclasses.replace(visit.engagements[1], **{field: value})
    with pytest.raises(PlannerError, match=named):
        check_read(visit)


def test_check_read_passes_non_ascii_text() -> None:
    visit = office_visit(3, contacts=2)
    visit.engagements[0] = dataclasses.replace(visit.engagements[0], title="मुख्यमंत्री — Tōkyō")
    assert check_read(visit) is visit
