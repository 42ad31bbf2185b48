"""The itinerary across zones and overlaps: each column on its own clock with its own home scale,
blocks side by side, a new engagement in the city (and zone) of where the delegation is, day ranges
and the keyboard after a view switch."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage

from planner.core import tz
from planner.core.model import Engagement, Stop, Visit
from tests.ui.conftest import at

JST, SGT = "Asia/Tokyo", "Asia/Singapore"


def tokyo_singapore() -> Visit:
    return Visit(
        title="Tokyo and Singapore",
        home_tz="Asia/Kolkata",
        start_date=dt.date(2025, 9, 1),
        end_date=dt.date(2025, 9, 4),
        stops=[
            Stop("Tokyo", "Japan", JST, dt.date(2025, 9, 1), dt.date(2025, 9, 2)),
            Stop("Singapore", "Singapore", SGT, dt.date(2025, 9, 3), dt.date(2025, 9, 4)),
        ],
        engagements=[
            Engagement(
                "Meeting with METI",
                city="Tokyo",
                tz=JST,
                start=at(JST, 2025, 9, 2, 10),
                end=at(JST, 2025, 9, 2, 11),
            ),
            Engagement(
                "Meeting with EDB",
                city="Singapore",
                tz=SGT,
                start=at(SGT, 2025, 9, 3, 10),
                end=at(SGT, 2025, 9, 3, 11),
            ),
        ],
    )


def open_window(
    qtbot: Any, repo: Any, tmp_path: Any, visit: Visit, size: tuple[int, int] = (1400, 900)
) -> Any:
    from planner.ui.app import build_window

    visit_id = repo.add_visit(visit)
    window = build_window(repo, settings_file=str(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.open_visit(visit_id)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def render(view: Any) -> QImage:
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    view.viewport().render(image)
    return image


def dark_pixels(image: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    return sum(1 for x in range(x0, x1) for y in range(y0, y1) if QColor(image.pixel(x, y)).lightness() < 140)


@pytest.mark.usefixtures("machine_tz")
def test_each_column_has_its_own_clock_and_its_own_home_scale(qtbot: Any, repo: Any, tmp_path: Any) -> None:
    window = open_window(qtbot, repo, tmp_path, tokyo_singapore())
    view = window.itinerary
    lay = view.layout_
    hh = lay.hour_height
    assert lay.per_column
    assert [(g.key, g.title, g.subtitle) for g in lay.gutters] == [("local", "Local", "each day")]
    tokyo, singapore = lay.columns[1], lay.columns[2]
    # both 10:00 meetings sit on the 10:00 row of their own column, and each says so
    meti, edb = (view.layout_.block(uid) for uid in (e.uid for e in window.session.visit.engagements))
    assert meti.rect.top() == pytest.approx(10 * hh) and edb.rect.top() == pytest.approx(10 * hh)
    assert meti.times == ["10:00–11:00 JST", "06:30–07:30 IST"]
    assert edb.times == ["10:00–11:00 UTC+8", "07:30–08:30 IST"]
    # the home scale of each column says what home time its 10:00 row is
    assert tokyo.gutter_labels["Asia/Kolkata"][10] == "06:30"
    assert singapore.gutter_labels["Asia/Kolkata"][10] == "07:30"
    assert tokyo.zone_abbrs["Asia/Kolkata"] == "IST"
    # blocks start right of the strip, so the labels stay readable
    assert meti.rect.left() >= tokyo.x + tokyo.strip and edb.rect.left() >= singapore.x + singapore.strip
    # and the labels are drawn: text in each strip at the 10:00 row, none in a strip-wide band of a
    # column body at a free hour
    view.verticalScrollBar().setValue(int(8 * hh))
    image = render(view)
    for column in (tokyo, singapore):
        top = view.view_point(QPointF(column.x, 10 * hh))
        x, y = int(top.x()), int(top.y())
        assert dark_pixels(image, x + 2, y + 2, x + int(column.strip) - 2, y + 14) > 10
        free = view.view_point(QPointF(column.body_x, 13 * hh))
        assert (
            dark_pixels(image, int(free.x()) + 4, int(free.y()) + 2, int(free.x()) + 40, int(free.y()) + 14)
            == 0
        )


def test_one_offset_from_home_keeps_the_shared_gutters(window: Any) -> None:
    lay = window.itinerary.layout_  # Tokyo, Osaka, Seoul: all UTC+9, one home scale is true for all
    assert not lay.per_column and lay.strip == 0
    assert [g.key for g in lay.gutters] == ["local", "Asia/Kolkata"]


def lanes_visit() -> Visit:
    def meeting(title: str, h: int, m: int, minutes: int) -> Engagement:
        start = at(JST, 2025, 8, 23, h, m)
        return Engagement(title, city="Tokyo", tz=JST, start=start, end=start + dt.timedelta(minutes=minutes))

    return Visit(
        title="Busy day",
        start_date=dt.date(2025, 8, 23),
        end_date=dt.date(2025, 8, 24),
        stops=[Stop("Tokyo", "Japan", JST, dt.date(2025, 8, 23), dt.date(2025, 8, 24))],
        engagements=[
            meeting("Long talks", 10, 0, 120),  # lane 0
            meeting("Coffee", 10, 0, 60),  # lane 1
            meeting("Call", 10, 0, 30),  # lane 2
            meeting("Signing", 11, 0, 60),  # lane 1 again; lane 2 is free then: it grows into it
            meeting("Lunch", 13, 0, 60),  # alone: the whole width
        ],
    )


def test_overlapping_engagements_are_side_by_side_in_lanes(qtbot: Any, repo: Any, tmp_path: Any) -> None:
    window = open_window(qtbot, repo, tmp_path, lanes_visit())
    lay = window.itinerary.layout_
    blocks = {b.title: b for b in lay.day_blocks(0)}
    long, coffee, call, signing, lunch = (
        blocks[t] for t in ("Long talks", "Coffee", "Call", "Signing", "Lunch")
    )
    column = lay.columns[0]
    assert [b.lane for b in (long, coffee, call, signing)] == [0, 1, 2, 1]
    assert {b.lanes for b in (long, coffee, call, signing)} == {3}
    lane = (column.width - 4) / 3
    assert long.rect.width() == pytest.approx(lane - 2, abs=0.5)
    assert coffee.rect.left() == pytest.approx(long.rect.right() + 2, abs=0.5)
    assert signing.span == 2 and signing.rect.right() == pytest.approx(column.x + column.width - 2, abs=0.5)
    assert lunch.lanes == 1 and lunch.rect.width() == pytest.approx(column.width - 4, abs=0.5)
    timed = [long, coffee, call, signing, lunch]
    for a in timed:  # nothing overlaps on screen
        for b in timed:
            if a is not b:
                assert not a.rect.adjusted(0.5, 0.5, -0.5, -0.5).intersects(
                    b.rect.adjusted(0.5, 0.5, -0.5, -0.5)
                )
    # every one can be hit where it is drawn
    for b in timed:
        assert lay.block_at(b.rect.center())[0] is b


def test_two_overlapping_meetings_keep_readable_titles_at_1280(qtbot: Any, repo: Any, tmp_path: Any) -> None:
    visit = lanes_visit()
    visit.engagements = [
        Engagement(
            "Meeting with JETRO", tz=JST, start=at(JST, 2025, 8, 23, 10), end=at(JST, 2025, 8, 23, 11)
        ),
        Engagement(
            "Meeting with NTT", tz=JST, start=at(JST, 2025, 8, 23, 10, 30), end=at(JST, 2025, 8, 23, 11, 30)
        ),
    ]
    window = open_window(qtbot, repo, tmp_path, visit, size=(1280, 800))
    lay = window.itinerary.layout_
    for block in lay.day_blocks(0):
        assert block.lanes == 2
        title = [text for text, role in block.lines if role == "title"]
        assert " ".join(title) == block.title, title  # wrapped, whole words, nothing elided
        assert all("…" not in line for line in title)


def test_a_new_engagement_in_the_seoul_part_of_a_shared_day_is_in_seoul(window: Any, qtbot: Any) -> None:
    from planner.core import ics
    from planner.ui.dialogs.engagement import EngagementDialog

    view = window.itinerary
    view.create_requested.disconnect(window.new_engagement)  # the test plays the dialog itself
    lay = view.layout_
    day = lay.columns[7]  # Thu 28 Aug, Osaka → Seoul; the flight lands 11:00 KST
    assert day.header == "Thu 28 Aug · Osaka → Seoul · JST → KST (UTC+9)"
    view.verticalScrollBar().setValue(int(7 * lay.hour_height))
    view.horizontalScrollBar().setValue(int(day.x))

    def double_click(hour: float) -> tuple[Any, ...]:
        pos = view.view_point(QPointF(day.x + day.width - 12, hour * lay.hour_height + 4)).toPoint()
        with qtbot.wait_signal(view.create_requested) as blocker:
            qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        return tuple(blocker.args)

    date, time, stop = double_click(14)
    assert (date, time, stop.city, stop.tz) == (dt.date(2025, 8, 28), dt.time(14, 0), "Seoul", "Asia/Seoul")
    before = double_click(8)[2]
    assert (before.city, before.tz) == ("Osaka", JST)
    # through the dialog the window opens for it, into the visit and out as ICS with the Seoul zone
    dialog = EngagementDialog(window.session.visit, None, day=date, at=time, zone=stop.tz, city=stop.city)
    qtbot.addWidget(dialog)
    assert (dialog.city.text(), dialog.zone.currentText()) == ("Seoul", "Asia/Seoul")
    dialog.title.setText("Dinner with KITA")
    dialog.accept()
    created = dialog.result_engagement
    assert created is not None and created.tz == "Asia/Seoul" and created.city == "Seoul"
    assert tz.local_naive(created.start, "Asia/Seoul") == dt.datetime(2025, 8, 28, 14, 0)
    window.session.save_engagement(created, "Add")
    text = ics.export_calendar(window.session.visit).data.decode()
    event = next(part for part in text.split("BEGIN:VEVENT") if "SUMMARY:Dinner with KITA" in part)
    assert "DTSTART;TZID=Asia/Seoul:20250828T140000" in event
    assert view.layout_.block(created.uid).column == 7


def test_fit_visit_and_days_shown(window: Any, qtbot: Any) -> None:
    view = window.itinerary
    body = view.viewport().width() - view.layout_.gutter_width
    assert view.layout_.content_width > body  # 9 days do not fit at the readable width
    window.fit_visit_action.trigger()
    assert view.layout_.content_width <= body + 1
    assert len(view.visible_columns()) == 9
    window.days_shown_actions[3].trigger()
    assert view.layout_.column_width == pytest.approx((body - 1) / 3, abs=1)
    assert len(view.visible_columns()) == 3
    assert window.days_shown_actions[3].isChecked()
    window.days_shown_actions[None].trigger()
    assert view.layout_.column_width >= 170


def test_after_a_view_switch_the_grid_takes_keys_and_shows_the_selection(window: Any, qtbot: Any) -> None:
    view = window.itinerary
    flight = next(e.uid for e in window.session.visit.engagements if e.title == "Flight Osaka → Seoul")
    window.session.select(flight)
    window.view_actions["agenda"].trigger()
    view.horizontalScrollBar().setValue(0)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    window.view_actions["itinerary"].trigger()
    assert window.focusWidget() is view
    rect = view.block_view_rect(flight)
    assert view.viewport().rect().contains(rect.center().toPoint())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Up)
    assert window.session.selected != flight and window.session.selected is not None


def test_zoom_buttons_are_named(window: Any) -> None:
    for action, name in ((window.zoom_in_action, "Zoom in"), (window.zoom_out_action, "Zoom out")):
        button = window.toolbar.widgetForAction(action)
        assert button.accessibleName() == name
        assert button.toolTip().startswith(name)
        assert action.iconText() in ("＋", "－")


def test_a_title_that_does_not_fit_is_cut_with_an_ellipsis(qtbot: Any) -> None:
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QWidget

    from planner.ui.itinerary.fitting import Fonts, wrap

    widget = QWidget()
    qtbot.addWidget(widget)
    fm = QFontMetricsF(Fonts.from_base(widget.font()).bold)
    width = fm.horizontalAdvance("Meeting with") + 2
    assert wrap(fm, "Meeting with METI", width, 2) == ["Meeting with", "METI"]
    one = wrap(fm, "Meeting with METI", width, 1)
    assert len(one) == 1 and one[0].endswith("…") and one[0].startswith("Meeting")
    assert wrap(fm, "Meeting with the Japan External Trade Organization", width, 2)[-1].endswith("…")
