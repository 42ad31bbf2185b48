"""The style sheet where a keyboard user looks: focus frames, combo highlight, arrows, calendar."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QDate, QRect, QStringListModel, Qt
from PySide6.QtGui import QColor, QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QTableView,
    QTimeEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.paths import resource_path
from planner.ui.dialogs.date_field import date_edit

FOCUS_BLUE = QColor("#2563eb")


@pytest.fixture(autouse=True)
def styled(qapp: QApplication) -> Iterator[None]:
    """The app's own style sheet for the duration of a test (as ``application()`` sets it)."""
    from PySide6.QtCore import QDir

    QDir.addSearchPath("icons", str(resource_path("icons")))
    before = qapp.styleSheet()
    qapp.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet(before)


def near(color: QColor, wanted: QColor, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], wanted.getRgb()[:3], strict=True))


def frame_pixels(image: QImage, color: QColor, depth: int = 3) -> int:
    """How many pixels within ``depth`` of the image's edge are close to ``color``."""
    w, h = image.width(), image.height()
    count = 0
    for x in range(w):
        for y in range(h):
            at_edge = x < depth or y < depth or x >= w - depth or y >= h - depth
            if at_edge and near(image.pixelColor(x, y), color):
                count += 1
    return count


def _model_view(cls: type[Any]) -> QWidget:
    view = cls()
    model = QStandardItemModel(view)
    for text in ("Tokyo", "Osaka", "Seoul"):
        model.appendRow([QStandardItem(text)])
    view.setModel(model)
    view.setFixedSize(160, 90)
    return view


def _combo() -> QWidget:
    combo = QComboBox()
    combo.addItems(["Meeting", "Travel", "Visit"])
    return combo


def _spin() -> QWidget:
    spin = QSpinBox()
    spin.setFixedWidth(90)
    return spin


WIDGETS: dict[str, Callable[[], QWidget]] = {
    "push button": lambda: QPushButton("Save"),
    "tool button": lambda: QToolButton(text="Fit"),
    "check box": lambda: QCheckBox("Head of delegation"),
    "radio button": lambda: QRadioButton("All day"),
    "line edit": lambda: QLineEdit("Tokyo"),
    "combo box": _combo,
    "spin box": _spin,
    "date edit": lambda: date_edit("Date"),
    "list view": lambda: _model_view(QListView),
    "tree view": lambda: _model_view(QTreeView),
    "table view": lambda: _model_view(QTableView),
}


@pytest.mark.parametrize("name", list(WIDGETS))
def test_every_tab_stop_shows_a_focus_frame(qtbot: Any, name: str) -> None:
    host = QWidget()
    layout = QVBoxLayout(host)
    anchor = QLineEdit("before")
    widget = WIDGETS[name]()
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    layout.addWidget(anchor)
    layout.addWidget(widget)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    anchor.setFocus()
    qtbot.waitUntil(anchor.hasFocus)
    plain = widget.grab().toImage()
    qtbot.keyClick(anchor, Qt.Key.Key_Tab)  # as a keyboard user reaches it
    qtbot.waitUntil(widget.hasFocus)
    focused = widget.grab().toImage()
    assert focused.size() == plain.size()  # focus does not move anything
    before, after = frame_pixels(plain, FOCUS_BLUE), frame_pixels(focused, FOCUS_BLUE)
    edge = focused.width() + focused.height()
    assert after >= edge, f"{name}: {after} blue pixels at its edge when focused"
    assert after > 2 * before + edge // 2, f"{name}: focused {after} vs not {before}"


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")  # offscreen popups
def test_the_highlighted_entry_of_a_combo_popup_is_readable(qtbot: Any) -> None:
    combo = QComboBox()
    combo.setModel(QStringListModel(["Meeting", "Travel", "Cultural visit", "Media"]))
    qtbot.addWidget(combo)
    combo.show()
    qtbot.waitExposed(combo)
    combo.showPopup()
    view = combo.view()
    qtbot.waitExposed(view)
    index = view.model().index(2, 0)
    view.setCurrentIndex(index)
    image = view.viewport().grab().toImage()
    row = view.visualRect(index)
    other = view.visualRect(view.model().index(1, 0))
    ratio = image.width() / view.viewport().width()
    highlighted = _colors(image, row, ratio)
    background, _ = highlighted.most_common(1)[0]
    plain, _ = _colors(image, other, ratio).most_common(1)[0]
    assert background != plain  # the highlight is visible
    text = sum(n for c, n in highlighted.items() if _distance(c, background) > 200)
    assert text > 30, "the highlighted entry's text does not stand out from its background"
    combo.hidePopup()


def _colors(image: QImage, rect: QRect, ratio: float) -> Counter[tuple[int, int, int]]:
    found: Counter[tuple[int, int, int]] = Counter()
    for x in range(max(0, int(rect.left() * ratio)), min(image.width(), int(rect.right() * ratio))):
        for y in range(max(0, int(rect.top() * ratio)), min(image.height(), int(rect.bottom() * ratio))):
            c = image.pixelColor(x, y)
            found[(c.red(), c.green(), c.blue())] += 1
    return found


def _distance(a: tuple[int, int, int], b: tuple[int, int, int]) -> int:
    return sum(abs(x - y) for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("make", [lambda: QSpinBox(), lambda: QTimeEdit()], ids=["spin box", "time edit"])
def test_step_arrows_are_drawn(qtbot: Any, make: Callable[[], QWidget]) -> None:
    spin = make()
    spin.setFixedSize(110, 32)
    qtbot.addWidget(spin)
    spin.show()
    qtbot.waitExposed(spin)
    image = spin.grab().toImage()
    option = QStyleOptionSpinBox()
    option.initFrom(spin)
    option.subControls = QStyle.SubControl.SC_SpinBoxUp | QStyle.SubControl.SC_SpinBoxDown
    for control in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, spin)
        assert rect.width() >= 10 and rect.height() >= 8
        ratio = image.width() / spin.width()
        dark = sum(n for c, n in _colors(image, rect, ratio).items() if sum(c) < 3 * 140)
        assert dark >= 4, f"no arrow drawn in {control}"


def test_calendar_popup_weekday_names_fit(qtbot: Any) -> None:
    edit = date_edit("Date")
    edit.setDate(QDate(2025, 8, 23))
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    calendar = edit.calendarWidget()
    calendar.resize(calendar.minimumWidth(), calendar.sizeHint().height())
    calendar.show()
    qtbot.waitExposed(calendar)
    table = calendar.findChild(QTableView)
    assert table is not None
    metrics = table.fontMetrics()
    model = table.model()
    names = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    assert len(names) == 7 and all(names)
    for column, name in enumerate(names):
        width = table.columnWidth(column)
        assert metrics.horizontalAdvance(name) + 4 <= width, (name, width)
    calendar.hide()
