"""A block's drawn texts and background are prepared once and made again when the block changes.

What a paint draws for a timed block is its ``Look`` (the lines as shaped text, their places) and a
shared background picture (``Sprites``).  These tests check that an edit, a zoom and a resize
change what is drawn, that repainting prepares nothing new, and the hour labels' quick path.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QRegion

from planner.core import schedule
from planner.core.model import Engagement, Stop, Visit
from planner.ui.itinerary import columns
from planner.ui.itinerary.looks import Look
from planner.ui.state.session import Changes, Session
from tests.ui.test_itinerary_scale import crowded_week, jst

JST = "Asia/Tokyo"
DAY = dt.date(2025, 3, 3)


class Store:
    """Takes an engagement edit as the repository does (a new version); nothing else is needed."""

    def save_engagement(self, visit_id: int, engagement: Engagement) -> Engagement:
        return dataclasses.replace(engagement, version=engagement.version + 1)


def one_day(*engagements: Engagement) -> Visit:
    return Visit(
        title="Tokyo",
        start_date=DAY,
        end_date=DAY + dt.timedelta(days=2),
        stops=[Stop("Tokyo", "Japan", JST, DAY, DAY + dt.timedelta(days=2))],
        engagements=list(engagements),
        id=1,
    )


def meeting(title: str, hour: int, minutes: int = 60) -> Engagement:
    start = jst(DAY, hour)
    return Engagement(title, city="Tokyo", tz=JST, start=start, end=start + dt.timedelta(minutes=minutes))


def show(qtbot: Any, visit: Visit, width: int = 1400) -> Any:
    from planner.ui.itinerary.view import ItineraryView

    session = Session(store=Store())  # type: ignore[arg-type]
    view = ItineraryView(session)
    qtbot.addWidget(view)
    view.resize(width, 900)
    view.show()
    qtbot.waitExposed(view)
    session.visit = visit
    session.days, session.clashes = schedule.derive(visit)
    session.clashes_by_uid = schedule.clashes_by_uid(session.clashes)
    session.changed.emit(Changes(visit.id, visit=True))
    view.verticalScrollBar().setValue(int(8 * view.hour_height))
    return view


def drawn(view: Any, uid: str) -> tuple[Look, QImage]:
    """Paint the viewport; the look the block was drawn with, and the picture of where it is."""
    view.ensure_visible(uid)
    vp = view.viewport()
    image = QImage(vp.size(), QImage.Format.Format_ARGB32)
    vp.render(image, QPoint(), QRegion(vp.rect()))
    block = view.layout_.block(uid)
    assert isinstance(block.look, Look), "the block was not painted"
    return block.look, image.copy(view.block_view_rect(uid).toAlignedRect())


def test_an_edit_draws_the_new_title_and_time(qtbot: Any) -> None:
    e = meeting("Meeting with JETRO", 10)
    view = show(qtbot, one_day(e, meeting("Lunch", 13)))
    look, picture = drawn(view, e.uid)
    assert look.texts[0] == "Meeting with JETRO" and look.texts[1].startswith("10:00–11:00")
    assert e.start is not None and e.end is not None
    hour = dt.timedelta(hours=1)
    moved = dataclasses.replace(e, title="Meeting with NTT", start=e.start + hour, end=e.end + hour)
    assert view.session.save_engagement(moved, "Edit")
    again, picture_after = drawn(view, e.uid)
    assert again is not look
    assert again.texts[0] == "Meeting with NTT" and again.texts[1].startswith("11:00–12:00")
    assert again.rect.top() == pytest.approx(look.rect.top() + view.hour_height)
    assert picture_after != picture
    lunch = view.layout_.block(view.session.visit.engagements[1].uid)
    assert lunch.look is not None  # the day's other block was drawn again too, from its own look


def test_zoom_fits_the_lines_again(qtbot: Any) -> None:
    e = meeting("Courtesy call", 10, minutes=30)
    view = show(qtbot, one_day(e))
    view.set_hour_height(40)
    small, _ = drawn(view, e.uid)
    assert small.texts == ["10:00  Courtesy call"]  # too short for two lines: start and title on one
    view.set_hour_height(120)
    large, _ = drawn(view, e.uid)
    assert large.texts[:2] == ["Courtesy call", large.texts[1]] and large.texts[1].startswith("10:00–10:30")
    assert large.rect.height() == 120 / 2 - 2  # half an hour, less a pixel at each end
    assert small.rect.height() == 22 - 2  # the shortest a block is drawn
    assert large.lines[1].at.y() > large.lines[0].at.y()


def test_a_resize_elides_the_title_again(qtbot: Any) -> None:
    title = "Round table with the Japan External Trade Organization and prefecture investors"
    e = meeting(title, 10, minutes=30)
    view = show(qtbot, one_day(e), width=1400)
    view.set_days_shown(1)  # one day in the width: the title fits
    wide, _ = drawn(view, e.uid)
    view.resize(420, 900)
    narrow, _ = drawn(view, e.uid)
    assert narrow.rect.width() < wide.rect.width()
    assert narrow.texts[0].endswith("…") and len(narrow.texts[0]) < len(wide.texts[0])
    view.resize(1400, 900)
    wider, _ = drawn(view, e.uid)
    assert wider.texts == wide.texts


def test_a_repaint_prepares_nothing_and_equal_blocks_share_a_background(qtbot: Any) -> None:
    view = show(qtbot, crowded_week(100))
    first, _ = drawn(view, view.session.visit.engagements[0].uid)
    made, looks = view.sprites.made, view.painted
    assert 0 < made < looks  # equal faces (size, colour, border, badge) share one picture
    again, _ = drawn(view, view.session.visit.engagements[0].uid)
    assert again is first and view.sprites.made == made


@pytest.mark.parametrize(
    ("axis", "other", "date"),
    [
        *itertools.product(
            ["Europe/Berlin", "America/New_York", "Australia/Lord_Howe"],
            ["Asia/Kolkata", "Europe/London", "Australia/Sydney"],
            [
                dt.date(2025, 3, 9),
                dt.date(2025, 3, 30),
                dt.date(2025, 4, 6),
                dt.date(2025, 10, 5),
                dt.date(2025, 10, 26),
                dt.date(2025, 11, 2),
                dt.date(2025, 7, 1),
            ],
        )
    ],
)
def test_hour_labels_on_steady_and_changing_days(
    axis: str, other: str, date: dt.date, monkeypatch: Any
) -> None:
    """The quick path (one difference of offsets for the day) gives what an hour-by-hour conversion gives."""
    day = schedule.Day(date=date, stops=(), zones=(axis,))
    for hours in (24, 26):
        quick = columns._hour_labels(day, other, hours)
        with monkeypatch.context() as m:
            m.setattr(columns, "_steady_shift", lambda *_: None)
            assert columns._hour_labels(day, other, hours) == quick


def test_the_block_pictures_stay_within_their_budget(qtbot: Any) -> None:
    """Pictures are kept up to a count and a size; a face too large for one is drawn directly."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QFont, QPainter

    from planner.ui.itinerary.looks import Face
    from planner.ui.itinerary.sprites import LARGEST, Sprites

    def face(width: float, height: float) -> Face:
        blue = QColor("#2563eb").rgba()
        return Face(width, height, blue, None, blue, (blue, 1.0, False), False, None, "")

    sprites = Sprites(limit=8, budget=8 * 200 * 60 * 4)
    image = QImage(800, 600, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    p = QPainter(image)
    for n in range(20):
        sprites.draw(p, face(150 + n, 40), QPointF(10, 10), QFont())
    sprites.draw(p, face(700, LARGEST / 700), QPointF(10, 10), QFont())
    p.end()
    assert sprites.made == 20  # the large face made no picture
    assert len(sprites) <= 8 and sprites._bytes <= sprites.budget
    assert image.pixelColor(600, 200) != QColor("white")  # yet it was drawn (past the small ones)


def test_new_findings_lay_out_no_day_again(qtbot: Any) -> None:
    """The checks' result (a delegation change without engagements) keeps every laid-out day and
    its looks; the badge is a mark the paint draws."""
    e = meeting("Meeting with JETRO", 10)
    view = show(qtbot, one_day(e))
    look, _ = drawn(view, e.uid)
    blocks = view.layout_.day_blocks(0)
    view.session.changed.emit(Changes(1, delegation=True))
    assert view.layout_.day_blocks(0) is blocks
    again, _ = drawn(view, e.uid)
    assert again is look
