"""The Review panel: every open assumption of the visit, with a click-through to what it concerns,
Confirm (the guess is right) and Fix… (edit it); its count sits in the status bar."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.core.assumptions import CODES, Assumption, AssumptionStatus, Concern, open_ones
from planner.core.model import Visit
from planner.ui.panels.wrapped import WrappedRows
from planner.ui.state.session import Changes, Session

UID_ROLE = Qt.ItemDataRole.UserRole


def open_assumptions(visit: Visit | None) -> list[Assumption]:
    """The open assumptions still about something in the visit (an engagement deleted takes its own
    out of view; an undo of the delete brings them back)."""
    if visit is None:
        return []
    return open_ones(visit.assumptions, {e.uid for e in visit.engagements})


def count_text(n: int) -> str:
    return f"? {n} assumption{'s' if n != 1 else ''} to review" if n else "No open assumptions"


def subject(visit: Visit, a: Assumption) -> str:
    """What an assumption concerns, in a few words."""
    if a.concerns is Concern.ENGAGEMENT and a.engagement_uid:
        engagement = visit.engagement(a.engagement_uid)
        return engagement.title if engagement else "an engagement"
    if a.concerns is Concern.DAYS and a.first_day and a.last_day:
        first = f"{a.first_day:%a} {a.first_day.day} {a.first_day:%b}"
        if a.first_day == a.last_day:
            return first
        return f"{first} – {a.last_day:%a} {a.last_day.day} {a.last_day:%b}"
    return "The visit"


class ReviewPanel(QWidget):
    """The list of open assumptions; ``go_to`` and ``fix_requested`` carry an assumption."""

    go_to = Signal(object)  # Assumption: show what it is about
    fix_requested = Signal(object)  # Assumption: open the dialog that edits it
    count_changed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("reviewPanel")
        self.setAccessibleName("Review assumptions")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAccessibleName("Open assumptions")
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(WrappedRows(self.list))  # long guesses wrap whole, never end in "…"
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # measured again when the width changes
        self.confirm_button = QPushButton("&Confirm")
        self.confirm_button.setToolTip("The guess is right: keep it and mark it confirmed")
        self.fix_button = QPushButton("&Fix…")
        self.fix_button.setToolTip("Edit what the guess is about; it is then marked fixed")
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.fix_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.confirm_button.clicked.connect(self.confirm_current)
        self.fix_button.clicked.connect(self._fix_current)
        self.list.itemClicked.connect(self._clicked)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _changes: Changes) -> None:
        self.refresh()

    def refresh(self) -> None:
        visit = self.session.visit
        current = self.current()
        found = open_assumptions(visit)
        self.list.clear()
        for a in found:
            assert visit is not None
            item = QListWidgetItem(f"{subject(visit, a)}\n{a.text}")
            item.setData(UID_ROLE, a.uid)
            item.setToolTip(f"{a.code}: {CODES.get(a.code, '')}")
            self.list.addItem(item)
            if current is not None and a.uid == current.uid:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.heading.setText(count_text(len(found)) + (": confirm each guess or fix it." if found else "."))
        self._update_buttons()
        self.count_changed.emit(len(found))

    def current(self) -> Assumption | None:
        item = self.list.currentItem()
        return self.session.assumption(str(item.data(UID_ROLE))) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.confirm_button.setEnabled(chosen)
        self.fix_button.setEnabled(chosen)

    def _clicked(self, item: QListWidgetItem) -> None:
        a = self.session.assumption(str(item.data(UID_ROLE)))
        if a is not None:
            self.go_to.emit(a)

    def confirm_current(self) -> bool:
        a = self.current()
        return a is not None and self.session.decide_assumption(a.uid, AssumptionStatus.CONFIRMED)

    def _fix_current(self) -> None:
        a = self.current()
        if a is not None:
            self.fix_requested.emit(a)


def show_day(view: Any, day: dt.date) -> None:
    """Scroll the itinerary so ``day``'s column is in view."""
    lay = view.layout_
    if lay is None:
        return
    index = next((i for i, c in enumerate(lay.columns) if c.day.date == day), None)
    if index is not None:
        view.horizontalScrollBar().setValue(int(lay.columns[index].x))


def install(window: Any) -> ReviewPanel:
    """Add the panel to ``window`` as a dock (hidden at first), its switch to the View menu and its
    count to the status bar (a button that opens it)."""
    panel = ReviewPanel(window.session)
    dock = QDockWidget("Review assumptions", window)
    dock.setObjectName("reviewDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    toggle: QAction = dock.toggleViewAction()
    toggle.setText("&Review assumptions")
    toggle.setShortcut("Ctrl+Shift+R")
    view_menu = next((a.menu() for a in window.menuBar().actions() if a.text() == "&View"), None)
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(toggle)
    count = QToolButton()
    count.setObjectName("assumptionCount")
    count.setAutoRaise(True)
    count.setToolTip("Open the Review panel (Ctrl+Shift+R)")

    def open_panel() -> None:
        dock.show()
        dock.raise_()

    count.clicked.connect(open_panel)
    window.statusBar().insertPermanentWidget(0, count)

    def show_count(n: int) -> None:
        count.setText(count_text(n))
        count.setVisible(window.session.visit is not None)

    panel.count_changed.connect(show_count)
    show_count(len(open_assumptions(window.session.visit)))
    panel.go_to.connect(lambda a: go_to(window, a))
    panel.fix_requested.connect(lambda a: fix(window, a))
    window.details.fix_requested.connect(lambda a: fix(window, a))  # the same Fix… from the Details pane
    window.review_dock, window.assumption_count = dock, count
    return panel


def go_to(window: Any, a: Assumption) -> None:
    """Select and scroll to what ``a`` is about (the itinerary's day for days; the details for the visit)."""
    if a.engagement_uid is not None:
        window.show_engagement(a.engagement_uid)
    elif a.first_day is not None:
        window.show_view("itinerary")
        show_day(window.itinerary, a.first_day)


def fix(window: Any, a: Assumption) -> None:
    """Open the dialog that edits what ``a`` is about; when it saves, ``a`` is marked fixed in the same
    undo step (one Ctrl+Z brings back both the old value and the open guess)."""

    def mark_fixed() -> None:
        window.session.decide_assumption(a.uid, AssumptionStatus.FIXED)

    if a.engagement_uid is not None:
        window.edit_engagement(a.engagement_uid, verb="Fix", also=mark_fixed)
    else:
        window.edit_visit_details(also=mark_fixed)
