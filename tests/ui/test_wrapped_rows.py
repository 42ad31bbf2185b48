"""Long rows of the Review panel wrap whole under the app's style sheet: each row is as tall as its
text needs at the width it is drawn at, with no gap below it (Qt's own delegate cut them with "…")."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from planner.core.article import parse_article
from planner.paths import resource_path
from planner.ui.panels.review import ReviewPanel
from planner.ui.panels.wrapped import FLAGS, PAD
from tests.conftest import SEED


def test_review_rows_are_as_tall_as_their_wrapped_text(qtbot: Any, repo: Any, tmp_path: Path) -> None:
    from planner.ui.state.session import Session

    session = Session(repo)
    session.open_visit(repo.add_visit(parse_article(SEED.read_text(encoding="utf-8")).to_visit()))
    panel = ReviewPanel(session)
    qtbot.addWidget(panel)
    panel.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))  # as the app draws it
    panel.resize(300, 600)  # as the dock is at 1400×900: narrow (rows of three lines or more), scrolled
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    view = panel.list
    fm = QFontMetrics(view.font())
    rects = [view.visualItemRect(view.item(i)) for i in range(view.count())]
    assert len(rects) >= 6
    for i, rect in enumerate(rects):
        text = view.item(i).text()
        needed = fm.boundingRect(QRect(0, 0, rect.width() - 2 * PAD, 1_000_000), FLAGS, text).height()
        assert rect.height() >= needed + 2 * PAD, text  # whole, not cut with "…"
        assert needed >= 3 * fm.lineSpacing() - 2, text  # the panel is narrow enough to wrap each
    for above, below in itertools.pairwise(rects):
        assert 0 <= below.top() - above.bottom() <= 2 * view.spacing() + 1  # no gaping row
    # Devanagari in a row (the article's own words) is measured like the rest
    assert any("दिवसीय" in view.item(i).text() for i in range(view.count()))


def needs(view: Any, row: int, width: int) -> int:
    """The height row ``row``'s text needs drawn ``width`` wide."""
    text = view.item(row).text()
    return (
        QFontMetrics(view.font()).boundingRect(QRect(0, 0, width - 2 * PAD, 1_000_000), FLAGS, text).height()
    )


def test_the_visit_stays_whole_in_the_list_after_a_view_switch_at_1024(window: Any, qtbot: Any) -> None:
    window.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    window.resize(1024, 700)
    for view in ("itinerary", "contacts", "agenda", "contacts"):  # the left pane's width changes
        window.show_view(view)
        QApplication.processEvents()
        visits = window.visits.list
        rect = visits.visualItemRect(visits.item(0))
        shown = visits.viewport().width()
        assert rect.right() < shown, view  # not wider than what is seen of it (its end cut with "…")
        assert rect.height() >= needs(visits, 0, min(rect.width(), shown)) + 2 * PAD, view
