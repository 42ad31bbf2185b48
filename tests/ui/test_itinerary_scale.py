"""The itinerary at an office's size: work per paint, scroll and edit stays bounded by what is visible.

These tests count days laid out and blocks painted, never time.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtGui import QImage, QRegion

from planner.core import schedule
from planner.core.model import Engagement, Kind, Stop, Visit
from planner.ui.itinerary.days import DayIndex
from planner.ui.state.session import Changes, Session
from tests.ui.conftest import at

JST = "Asia/Tokyo"
UTC = dt.UTC


def jst(date: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """A Tokyo wall time as a UTC instant (Japan has no DST: a fixed +9, no zone lookup for 10k items)."""
    return dt.datetime(date.year, date.month, date.day, hour, minute, tzinfo=UTC) - dt.timedelta(hours=9)


def big_visit(days: int, per_day: int, *, first: dt.date = dt.date(2025, 1, 1)) -> Visit:
    """``days`` days in Tokyo, ``per_day`` engagements a day (one an hour from 07:00, some all-day)."""
    engagements = []
    for d in range(days):
        date = first + dt.timedelta(days=d)
        for n in range(per_day):
            if n % 10 == 9:
                engagements.append(Engagement(f"Day {d} note {n}", date=date, city="Tokyo"))
                continue
            start = jst(date, 7 + n % 16)
            engagements.append(
                Engagement(
                    f"Day {d} meeting {n}",
                    city="Tokyo",
                    tz=JST,
                    start=start,
                    end=start + dt.timedelta(minutes=50),
                )
            )
    last = first + dt.timedelta(days=days - 1)
    return Visit(
        title="Long stay",
        start_date=first,
        end_date=last,
        stops=[Stop("Tokyo", "Japan", JST, first, last)],
        engagements=engagements,
        id=1,
    )


def crowded_week(count: int) -> Visit:
    """``count`` engagements in one week, many overlapping (a conference)."""
    first = dt.date(2025, 3, 3)
    engagements = []
    for n in range(count):
        date = first + dt.timedelta(days=n % 7)
        minute = (n * 37) % (14 * 60)
        start = jst(date, 6) + dt.timedelta(minutes=minute)
        engagements.append(
            Engagement(f"Session {n}", tz=JST, start=start, end=start + dt.timedelta(minutes=45))
        )
    last = first + dt.timedelta(days=6)
    return Visit(
        title="Conference",
        start_date=first,
        end_date=last,
        stops=[Stop("Tokyo", "Japan", JST, first, last)],
        engagements=engagements,
        id=1,
    )


def show(qtbot: Any, visit: Visit, clashes: bool = False) -> Any:
    """An itinerary on ``visit`` (no database: these tests only look and scroll)."""
    from planner.ui.itinerary.view import ItineraryView

    session = Session(store=None)  # type: ignore[arg-type]
    view = ItineraryView(session)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    session.visit = visit
    session.days = schedule.visit_days(visit)
    session.clashes = schedule.find_clashes(visit, session.days) if clashes else []
    session.clashes_by_uid = schedule.clashes_by_uid(session.clashes)
    session.changed.emit(Changes(visit.id, visit=True))
    return view


def paint(view: Any, rect: QRect | None = None) -> int:
    """Render the viewport (or only ``rect`` of it) into an image; how many blocks were drawn."""
    vp = view.viewport()
    image = QImage(vp.size(), QImage.Format.Format_ARGB32)
    vp.render(image, QPoint(), QRegion(rect or vp.rect()))
    return int(view.painted)


def blocks_meeting(view: Any, area: QRectF) -> int:
    """How many blocks of the columns in view meet ``area`` (viewport coordinates) where they are drawn."""
    lay = view.layout_
    scroll_x = view.horizontalScrollBar().value()
    band = QRectF(lay.gutter_width, lay.header_height, 1e6, lay.all_day_height)
    body = QRectF(lay.gutter_width, lay.top_height, 1e6, 1e6)
    count = 0
    for i in view.visible_columns():
        for block in lay.day_blocks(i):
            if block.all_day:
                rect, clip = block.rect.translated(lay.gutter_width - scroll_x, lay.header_height), band
            else:
                rect, clip = block.rect.translated(view.view_point(QPointF(0, 0))), body
            count += rect.intersects(area.intersected(clip))
    return count


def test_day_index_agrees_with_the_core_on_every_day() -> None:
    visit = big_visit(12, 10)
    visit.engagements.append(  # a three-day journey and a multi-day all-day item
        Engagement(
            "Cruise",
            kind=Kind.TRAVEL,
            tz=JST,
            start=at(JST, 2025, 1, 3, 20, 0),
            end=at(JST, 2025, 1, 6, 8, 0),
        )
    )
    visit.engagements.append(Engagement("Expo", date=dt.date(2025, 1, 5), end_date=dt.date(2025, 1, 8)))
    days = schedule.visit_days(visit)
    index = DayIndex(visit, days)
    for i, day in enumerate(days):
        assert [e.uid for e in index.on(i)] == [e.uid for e in schedule.engagements_on(visit, day)]
    cruise = next(e for e in visit.engagements if e.title == "Cruise")
    assert list(index.days_of(cruise)) == [2, 3, 4, 5]
    assert index.most_all_day() == 2  # a day's note and the expo


def test_ten_thousand_engagements_lay_out_and_paint_only_the_days_in_view(qtbot: Any) -> None:
    view = show(qtbot, big_visit(1000, 10))
    lay = view.layout_
    assert len(lay.columns) == 1000
    painted = paint(view)
    visible = view.visible_columns()
    assert 0 < len(visible) <= 8
    assert lay.laid_out <= len(visible) + 1
    assert 0 < painted == blocks_meeting(view, QRectF(view.viewport().rect()))
    # scrolling to the middle lays out only the days that come into view
    before = lay.laid_out
    view.horizontalScrollBar().setValue(int(500 * lay.column_width))
    painted = paint(view)
    assert lay.laid_out - before <= len(view.visible_columns()) + 1
    assert painted == blocks_meeting(view, QRectF(view.viewport().rect()))
    assert lay.columns[view.visible_columns().start].day.date == dt.date(2025, 1, 1) + dt.timedelta(days=500)
    # a repaint of a small exposed rectangle draws only the blocks in it
    corner = QRect(int(lay.gutter_width), int(lay.top_height), 60, 60)
    assert paint(view, corner) < painted


def test_five_thousand_in_one_week_paint_what_meets_the_viewport(qtbot: Any) -> None:
    view = show(qtbot, crowded_week(5000))
    lay = view.layout_
    painted = paint(view)
    total = sum(len(lay.day_blocks(i)) for i in range(len(lay.columns)))
    assert total == 5000
    assert 0 < painted == blocks_meeting(view, QRectF(view.viewport().rect())) < total
    # lanes: no two blocks of a day overlap on screen
    day = sorted(lay.day_blocks(0), key=lambda b: (b.rect.top(), b.rect.left()))
    for a, b in itertools.pairwise(day):
        if a.rect.bottom() > b.rect.top() + 0.5:
            assert not a.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(
                b.rect.adjusted(0.5, 0.5, -0.5, -0.5)
            ) or (a.lane != b.lane)


def test_an_edit_lays_out_again_only_the_days_it_touched(window: Any, qtbot: Any) -> None:
    view = window.itinerary
    view.set_days_shown("all")
    paint(view)
    lay = view.layout_
    assert lay.laid_out == 9
    e = next(e for e in window.session.visit.engagements if e.title == "Flight Osaka → Seoul")
    texts_before = view.texts.made
    window.session.save_engagement(schedule.move_by(e, dt.timedelta(hours=1), JST), "Move")
    paint(view)
    assert view.layout_ is not lay
    assert view.layout_.laid_out == 1  # 28 Aug only: no clash changed elsewhere
    assert view.texts.made == texts_before + 1  # only the moved engagement's texts were made again
    flight = view.layout_.block(e.uid)
    assert flight is not None and flight.rect.top() == pytest.approx(10 * view.layout_.hour_height)
    # moving the press briefing away ends a clash: its day and the round table's (the same) again
    briefing = next(e for e in window.session.visit.engagements if e.title == "Press briefing")
    window.session.save_engagement(schedule.move_by(briefing, dt.timedelta(days=1, hours=3), JST), "Move")
    paint(view)
    assert view.layout_.laid_out == 2  # 22 Aug (where it was, and the round table) and 23 Aug
    assert (
        view.layout_.block(
            next(b.uid for b in view.layout_.blocks if b.title == "Investor round table")
        ).clash
        == ""
    )


def test_an_index_updated_for_an_edit_equals_one_built_afresh() -> None:
    visit = big_visit(5, 10)
    days = schedule.visit_days(visit)
    index = DayIndex(visit, days)
    moved, gone = visit.engagements[3], visit.engagements[12]
    note = next(e for e in visit.engagements if e.is_all_day)
    added = Engagement(
        "Breakfast", tz=JST, start=jst(dt.date(2025, 1, 3), 7, 30), end=jst(dt.date(2025, 1, 3), 8, 30)
    )
    visit.engagements = [
        schedule.move_by(moved, dt.timedelta(days=2, hours=1), JST) if e is moved else e
        for e in visit.engagements
        if e is not gone and e is not note
    ] + [added, Engagement("Note again", date=dt.date(2025, 1, 5), uid=note.uid)]
    updated = index.with_changes(visit, frozenset({moved.uid, gone.uid, note.uid, added.uid}))
    fresh = DayIndex(visit, days)
    for i in range(len(days)):
        assert [e.uid for e in updated.on(i)] == [e.uid for e in fresh.on(i)]
    assert [e.uid for e in index.on(0)] != [e.uid for e in updated.on(0)]  # the original is unchanged


class CancelWhileWriting:
    """A store that has Cancel pressed while it writes the rows (the user gave up mid-way)."""

    def __init__(self, store: Any, progress: Any) -> None:
        self.store, self.progress = store, progress

    def add_visit(self, visit: Visit) -> int:
        visit_id = int(self.store.add_visit(visit))
        self.progress.cancel()
        return visit_id

    def delete_visit(self, visit_id: int) -> None:
        self.store.delete_visit(visit_id)


def test_a_big_import_cancelled_while_it_is_written_stores_nothing(repo: Any, visit_id: int) -> None:
    from planner.ui.state.session import store_new_visit
    from planner.ui.state.worker import Cancelled, Progress, _JobSignals

    before = [v.id for v in repo.list_visits()]
    progress = Progress(_JobSignals())
    with pytest.raises(Cancelled):
        store_new_visit(CancelWhileWriting(repo, progress), big_visit(60, 10), progress)  # type: ignore[arg-type]
    assert [v.id for v in repo.list_visits()] == before


def test_a_big_import_is_stored_on_the_worker_and_cancel_stores_nothing(
    window: Any, qtbot: Any, repo: Any, visit_id: int
) -> None:
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from planner.ui.dialogs.progress import watch

    before = [v.id for v in repo.list_visits()]
    gate = threading.Event()
    window.worker.submit(lambda progress: gate.wait(10), lambda _: None)  # the worker is busy
    job = window.session.add_visit_in_background(big_visit(60, 10), window.worker)
    dialog = watch(job, window, "Storing 600 engagements…", after_ms=0)
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=30000)  # shown once the job has run ``after_ms``
    with qtbot.wait_signal(job.signals.cancelled, timeout=30000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel
        gate.set()
    assert [v.id for v in repo.list_visits()] == before
    assert window.session.visit_id == visit_id  # the open visit is still the one on screen
    # not cancelled: stored, then shown
    stored: list[int] = []
    job = window.session.add_visit_in_background(big_visit(60, 10), window.worker, stored.append)
    with qtbot.wait_signal(job.signals.finished, timeout=30000):
        pass
    assert stored and window.session.visit_id == stored[0] and len(window.session.visit.engagements) == 600
    assert len(repo.list_visits()) == len(before) + 1


def test_opening_a_visit_can_be_cancelled(window: Any, qtbot: Any, repo: Any, visit_id: int) -> None:
    import threading

    other = repo.add_visit(big_visit(3, 2))
    gate = threading.Event()
    window.worker.submit(lambda progress: gate.wait(10), lambda _: None)  # the worker is busy
    states: list[bool] = []
    window.session.loading.connect(states.append)
    job = window.session.load_visit(other, window.worker)
    job.cancel()
    with qtbot.wait_signal(job.signals.cancelled, timeout=30000):
        gate.set()
    assert states == [True, False] and window.session.pending is None
    assert window.session.visit_id == visit_id
