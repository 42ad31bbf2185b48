"""The itinerary: the seed's days and zones, blocks, drag to move and resize, undo, keys, clashes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from planner.core import tz
from planner.core.model import Engagement, Kind, Stop, Visit
from tests.ui.conftest import at

JST = "Asia/Tokyo"


def uid_of(window: Any, title: str) -> str:
    return next(e.uid for e in window.session.visit.engagements if e.title == title)


def stored(repo: Any, visit_id: int, uid: str) -> Engagement:
    e = repo.load_visit(visit_id).engagement(uid)
    assert e is not None
    return e


def drag(qtbot: Any, view: Any, start: QPointF, end: QPointF) -> None:
    vp = view.viewport()
    a, b = start.toPoint(), end.toPoint()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    middle = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
    qtbot.mouseMove(vp, middle)
    qtbot.mouseMove(vp, b)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)


def test_seed_opens_with_its_days_zones_and_blocks(window: Any) -> None:
    lay = window.itinerary.layout_
    headers = [c.header for c in lay.columns]
    assert len(headers) == 9
    assert headers[0] == "Thu 21 Aug · Tokyo · JST (UTC+9)"
    assert headers[2] == "Sat 23 Aug · Tokyo · JST (UTC+9)"
    assert headers[7] == "Thu 28 Aug · Osaka → Seoul · JST → KST (UTC+9)"
    assert headers[8] == "Fri 29 Aug · Seoul · KST (UTC+9)"
    assert [(g.title, g.subtitle) for g in lay.gutters] == [("Local", "local"), ("IST", "home")]
    by_title = {b.title: b for b in lay.blocks}
    assert by_title["Meeting with the Indian diaspora"].all_day
    assert by_title["Meeting with the Indian diaspora"].column == 2
    assert by_title["Meeting with KITA"].column == 7
    round_table = by_title["Investor round table"]
    assert round_table.column == 1 and not round_table.all_day
    # local and home time inside the block, and the IST gutter beside the local one
    assert round_table.times == ["10:00–11:30 JST", "06:30–08:00 IST"]
    roles = [role for _, role in round_table.lines]  # beside the press briefing the title may wrap
    assert roles[0] == "title" and "time" in roles and roles.index("time") == roles.count("title")
    assert lay.columns[1].gutter_labels["Asia/Kolkata"][10] == "06:30"
    # the journey is drawn from its local departure to its local arrival, labelled with both zones
    flight = by_title["Flight Osaka → Seoul"]
    assert flight.is_journey and "09:00 JST → 11:00 KST" in flight.tooltip
    assert flight.rect.top() == pytest.approx(9 * lay.hour_height)
    assert flight.rect.bottom() == pytest.approx(11 * lay.hour_height)
    # three unscheduled ones are in the tray, not on the grid
    assert window.tray.model.rowCount() == 3
    assert "Meeting with NTT" not in by_title


@pytest.mark.usefixtures("machine_tz")
def test_times_shown_do_not_depend_on_the_computers_zone(window: Any) -> None:
    lay = window.itinerary.layout_
    block = next(b for b in lay.blocks if b.title == "Investor round table")
    assert block.tooltip.splitlines()[:3] == ["Investor round table", "10:00–11:30 JST", "06:30–08:00 IST"]
    assert block.rect.top() == pytest.approx(10 * lay.hour_height)
    window.session.select(block.uid)
    details = window.details.fields
    assert details["Local"].text() == "Fri 22 Aug · 10:00–11:30 JST"
    assert details["Home"].text() == "Fri 22 Aug 06:30–08:00 IST (UTC+5:30)"
    assert details["UTC"].text() == "Fri 22 Aug 01:00–02:30 UTC"


def test_drag_moves_by_the_dragged_amount_and_undo_restores(
    window: Any, qtbot: Any, repo: Any, visit_id: int
) -> None:
    view = window.itinerary
    uid = uid_of(window, "Investor round table")
    before = stored(repo, visit_id, uid)
    rect = view.block_view_rect(uid)
    start = QPointF(rect.center().x(), rect.top() + 8)
    drag(qtbot, view, start, start + QPointF(0, 2 * view.hour_height + 3))  # 2 h 04 min → snaps to 2 h
    after = stored(repo, visit_id, uid)
    assert after.start == before.start + dt.timedelta(hours=2)
    assert after.end == before.end + dt.timedelta(hours=2)
    assert tz.local_naive(after.start, JST) == dt.datetime(2025, 8, 22, 12, 0)
    window.session.undo_stack.undo()
    restored = stored(repo, visit_id, uid)
    assert (restored.start, restored.end, restored.tz, restored.title) == (
        before.start,
        before.end,
        before.tz,
        before.title,
    )
    window.session.undo_stack.redo()
    assert stored(repo, visit_id, uid).start == after.start


def test_drag_to_another_day_and_resize(window: Any, qtbot: Any, repo: Any, visit_id: int) -> None:
    view = window.itinerary
    lay = view.layout_
    uid = uid_of(window, "Press briefing")
    before = stored(repo, visit_id, uid)
    rect = view.block_view_rect(uid)
    start = QPointF(rect.center().x(), rect.top() + 8)
    drag(qtbot, view, start, start + QPointF(lay.column_width, -view.hour_height / 2))
    moved = stored(repo, visit_id, uid)
    assert tz.local_naive(moved.start, JST) == dt.datetime(2025, 8, 23, 10, 30)
    assert moved.end - moved.start == before.end - before.start
    rect = view.block_view_rect(uid)
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(qtbot, view, edge, edge + QPointF(0, view.hour_height))
    resized = stored(repo, visit_id, uid)
    assert resized.start == moved.start
    assert resized.end == moved.end + dt.timedelta(hours=1)
    # the move and the resize are two undo steps
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert stored(repo, visit_id, uid).start == before.start


def test_drag_over_a_dst_change_moves_on_the_wall_clock(qtbot: Any, repo: Any, tmp_path: Any) -> None:
    from planner.ui.app import build_window

    visit = Visit(
        title="Berlin",
        home_tz="Asia/Kolkata",
        start_date=dt.date(2025, 3, 29),
        end_date=dt.date(2025, 3, 31),
        stops=[Stop("Berlin", "Germany", "Europe/Berlin", dt.date(2025, 3, 29), dt.date(2025, 3, 31))],
        engagements=[
            Engagement(
                "Breakfast talk",
                city="Berlin",
                tz="Europe/Berlin",
                start=at("Europe/Berlin", 2025, 3, 30, 1, 0),
                end=at("Europe/Berlin", 2025, 3, 30, 1, 30),
            )
        ],
    )
    visit_id = repo.add_visit(visit)
    win = build_window(repo, settings_file=str(tmp_path / "s.ini"))
    qtbot.addWidget(win)
    win.open_visit(visit_id)
    win.resize(1400, 900)
    win.show()
    view = win.itinerary
    view.verticalScrollBar().setValue(0)
    uid = win.session.visit.engagements[0].uid
    before = stored(repo, visit_id, uid)
    rect = view.block_view_rect(uid)
    start = QPointF(rect.center().x(), rect.top() + 6)
    drag(qtbot, view, start, start + QPointF(0, 3 * view.hour_height))
    after = stored(repo, visit_id, uid)
    assert tz.local_naive(after.start, "Europe/Berlin") == dt.datetime(2025, 3, 30, 4, 0)
    assert after.start - before.start == dt.timedelta(hours=2)  # the clocks skipped an hour
    # dropping into the gap (02:30) is refused with the core's message, nothing is written
    rect = view.block_view_rect(uid)
    start = QPointF(rect.center().x(), rect.top() + 6)
    messages: list[str] = []
    win.session.failed.connect(messages.append)
    drag(qtbot, view, start, start + QPointF(0, -1.5 * view.hour_height))
    assert stored(repo, visit_id, uid).start == after.start
    assert messages and "does not exist in Europe/Berlin" in messages[-1]


def test_keyboard_delete_then_ctrl_z(window: Any, qtbot: Any, repo: Any, visit_id: int) -> None:
    view = window.itinerary
    uid = uid_of(window, "Investor round table")
    window.session.select(uid)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert repo.load_visit(visit_id).engagement(uid) is None
    assert all(b.uid != uid for b in view.layout_.blocks)
    window.activateWindow()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = repo.load_visit(visit_id).engagement(uid)
    assert back is not None and tz.local_naive(back.start, JST) == dt.datetime(2025, 8, 22, 10)
    assert any(b.uid == uid for b in view.layout_.blocks)


def test_arrow_keys_move_the_selection_and_alt_arrows_the_engagement(
    window: Any, qtbot: Any, repo: Any, visit_id: int
) -> None:
    view = window.itinerary
    view.setFocus()
    first = uid_of(window, "Investor round table")
    window.session.select(first)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.session.selected == uid_of(window, "Press briefing")
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.session.selected == first
    before = stored(repo, visit_id, first).start
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored(repo, visit_id, first).start == before + dt.timedelta(minutes=15)


def test_clash_is_shown_where_it_happens(window: Any) -> None:
    lay = window.itinerary.layout_
    blocks = {b.title: b for b in lay.blocks}
    assert "overlaps" in blocks["Investor round table"].clash
    assert "overlaps" in blocks["Press briefing"].clash
    assert blocks["Meeting with KITA"].clash == ""
    # cascaded: the later one is indented and drawn on top, the earlier one's text stays readable
    first, second = blocks["Investor round table"], blocks["Press briefing"]
    assert second.rect.left() > first.rect.left() + 20
    assert lay.blocks.index(second) > lay.blocks.index(first)
    assert lay.block_at(QPointF(second.rect.left() + 5, second.rect.top() + 5))[0] is second
    assert window.clash_label.text() == "⚠ 1 clash"
    # moving one away clears the clash
    e = window.session.engagement(blocks["Press briefing"].uid)
    from planner.core import schedule

    window.session.save_engagement(schedule.move_by(e, dt.timedelta(hours=3), JST), "Move")
    assert window.clash_label.text() == "No clashes"


def test_zoom_changes_hour_height_and_is_remembered(window: Any) -> None:
    view = window.itinerary
    old = view.hour_height
    window.zoom_in_action.trigger()
    assert view.hour_height > old
    assert view.layout_.hour_height == view.hour_height
    assert window.prefs.hour_height() == view.hour_height


def test_third_zone_adds_a_gutter(window: Any) -> None:
    window.set_extra_zone("America/New_York")
    lay = window.itinerary.layout_
    assert [g.key for g in lay.gutters] == ["local", "Asia/Kolkata", "America/New_York"]
    assert lay.columns[1].gutter_labels["America/New_York"][10] == "21:00⁻¹"
    assert window.prefs.extra_zone() == "America/New_York"


@pytest.mark.usefixtures("machine_tz")
def test_day_header_names_both_zones_when_offsets_differ() -> None:
    from planner.core import schedule
    from planner.ui.presentation import day_header

    visit = Visit(
        title="Gulf and Europe",
        stops=[
            Stop("Dubai", "UAE", "Asia/Dubai", dt.date(2025, 3, 28), dt.date(2025, 3, 30)),
            Stop("Berlin", "Germany", "Europe/Berlin", dt.date(2025, 3, 30), dt.date(2025, 4, 1)),
        ],
    )
    days = schedule.visit_days(visit)
    header, lines, labels = day_header(days[2])
    assert labels == ("UTC+4", "CEST (UTC+2)")
    assert header == "Sun 30 Mar · Dubai → Berlin · UTC+4 → CEST (UTC+2)"
    assert lines == ["Sun 30 Mar", "Dubai → Berlin", "UTC+4 → CEST (UTC+2)"]
    assert day_header(days[1])[0] == "Sat 29 Mar · Dubai · UTC+4"


def _berlin_to_new_york() -> Visit:
    def at(zone: str, *args: int) -> dt.datetime:
        return tz.local_to_utc(dt.datetime(*args), zone)

    return Visit(
        title="Berlin and New York",
        start_date=dt.date(2025, 6, 1),
        end_date=dt.date(2025, 6, 5),
        stops=[
            Stop("Berlin", "Germany", "Europe/Berlin", dt.date(2025, 6, 1), dt.date(2025, 6, 3)),
            Stop("New York", "United States", "America/New_York", dt.date(2025, 6, 3), dt.date(2025, 6, 5)),
        ],
        engagements=[
            Engagement(
                "Flight LH400",
                kind=Kind.TRAVEL,
                tz="Europe/Berlin",
                end_tz="America/New_York",
                start=at("Europe/Berlin", 2025, 6, 3, 10, 0),
                end=at("America/New_York", 2025, 6, 3, 12, 40),
            ),
            Engagement(
                "Dinner with the consul",
                tz="America/New_York",
                start=at("America/New_York", 2025, 6, 3, 19, 0),
                end=at("America/New_York", 2025, 6, 3, 21, 0),
            ),
            Engagement(
                "Breakfast with investors",
                tz="America/New_York",
                start=at("America/New_York", 2025, 6, 4, 8, 0),
                end=at("America/New_York", 2025, 6, 4, 9, 0),
            ),
        ],
    )


@pytest.mark.usefixtures("machine_tz")
def test_travel_day_between_offsets_has_an_honest_axis(qtbot: Any, repo: Any, tmp_path: Any) -> None:
    from planner.ui.app import build_window

    visit_id = repo.add_visit(_berlin_to_new_york())
    window = build_window(repo, settings_file=str(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.open_visit(visit_id)
    window.resize(1400, 900)
    window.show()
    lay = window.itinerary.layout_
    hh = lay.hour_height
    travel = lay.columns[2]
    assert travel.header == "Tue 3 Jun · Berlin → New York · CEST (UTC+2) → EDT (UTC-4)"
    # the axis is Berlin time, and runs on to New York's midnight (06:00 CEST) so no hour is lost
    assert (travel.axis_title, travel.axis_note) == ("CEST", "axis")
    assert "Europe/Berlin" in travel.axis_tip and "EDT" in travel.axis_tip
    assert travel.minutes == 30 * 60 and lay.hours == 30
    assert travel.gutter_labels["local"][25] == "01:00⁺¹"
    assert travel.gutter_labels["Asia/Kolkata"][25] == "04:30⁺¹"
    blocks = {b.title: b for b in lay.blocks}
    flight, dinner, breakfast = (
        blocks["Flight LH400"],
        blocks["Dinner with the consul"],
        blocks["Breakfast with investors"],
    )
    # placed by the instant on the Berlin axis: 10:00 CEST to 12:40 EDT = 18:40 CEST
    assert flight.column == 2 and flight.rect.top() == pytest.approx(10 * hh)
    assert flight.rect.bottom() == pytest.approx((18 + 40 / 60) * hh)
    assert flight.times[0] == "10:00 CEST → 12:40 EDT"
    # 19:00 EDT is 01:00 CEST: it stays on the travel day, labelled in its own zone
    assert dinner.column == 2 and dinner.rect.top() == pytest.approx(25 * hh)
    assert dinner.times[0] == "19:00–21:00 EDT"
    assert breakfast.column == 3 and breakfast.rect.top() == pytest.approx(8 * hh)
    # an ordinary day says "local" over its axis
    assert (lay.columns[3].axis_title, lay.columns[3].axis_note) == ("EDT", "local")
    assert window.itinerary.gutter_title(lay.gutters[0], travel) == ("CEST", "axis")


def test_dragging_on_a_travel_day_moves_by_the_dragged_amount(qtbot: Any, repo: Any, tmp_path: Any) -> None:
    from planner.ui.app import build_window

    visit_id = repo.add_visit(_berlin_to_new_york())
    window = build_window(repo, settings_file=str(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.open_visit(visit_id)
    window.resize(1400, 900)
    window.show()
    view = window.itinerary
    uid = next(e.uid for e in window.session.visit.engagements if e.title == "Dinner with the consul")
    before = repo.load_visit(visit_id).engagement(uid)
    view.verticalScrollBar().setValue(int(20 * view.layout_.hour_height))
    rect = view.block_view_rect(uid)
    start = rect.center().toPoint()
    end = start - QPoint(0, int(view.layout_.hour_height))  # one hour earlier on the axis
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), pos=start - QPoint(0, 10))
    qtbot.mouseMove(view.viewport(), pos=end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    after = repo.load_visit(visit_id).engagement(uid)
    assert after.start == before.start - dt.timedelta(hours=1)
    assert after.tz == "America/New_York"
