"""The agenda's work on a big visit is counted, not timed: one pass to group, cells only when shown."""

from __future__ import annotations

from typing import Any

import pytest

from planner.core import schedule
from planner.ui.panels import agenda
from planner.ui.state.session import Session
from tests.bench.data import office_visit
from tests.bench.window import MemoryStore


def test_rows_are_grouped_in_one_pass_and_formatted_when_shown(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"on": 0, "by_day": 0, "times": 0}
    real_by_day, real_times = schedule.engagements_by_day, agenda.engagement_times

    def per_day(*_args: object) -> list[object]:
        calls["on"] += 1
        raise AssertionError("engagements_on scans the visit once per day")

    def by_day(*args: Any) -> Any:
        calls["by_day"] += 1
        return real_by_day(*args)

    def times(*args: Any) -> Any:
        calls["times"] += 1
        return real_times(*args)

    monkeypatch.setattr(schedule, "engagements_on", per_day)
    monkeypatch.setattr(schedule, "engagements_by_day", by_day)
    monkeypatch.setattr(agenda, "engagement_times", times)
    store = MemoryStore()
    session = Session(store)
    model = agenda.AgendaModel(session)
    session.open_visit(store.add_visit(office_visit(2_000, contacts=20)))
    assert calls["by_day"] == 1 and calls["on"] == 0
    listed = {r.engagement.uid for r in model.rows if r.engagement is not None}
    assert listed == {e.uid for e in session.visit.engagements}  # type: ignore[union-attr]
    assert sum(1 for i in range(len(model.rows)) if model.is_heading(i)) == len(session.days)
    assert calls["times"] == 0
    first = next(i for i in range(len(model.rows)) if not model.is_heading(i))
    cells = [model.data(model.index(first, col)) for col in range(model.columnCount())]
    assert calls["times"] == 1 and cells[0] and cells[2].startswith("Meeting")
    model.data(model.index(first, 1))
    assert calls["times"] == 1  # formatted once


def test_only_headings_span_the_row_after_a_reload(qtbot: Any) -> None:
    store = MemoryStore()
    session = Session(store)
    view = agenda.AgendaView(session)
    qtbot.addWidget(view)
    session.open_visit(store.add_visit(office_visit(40, contacts=5)))
    session.open_visit(store.add_visit(office_visit(25, contacts=5)))  # rows move: old spans must go
    model = view.agenda
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        assert view.isFirstColumnSpanned(row, model.index(row, 0).parent()) == model.is_heading(row)
