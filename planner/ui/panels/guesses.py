"""The guesses behind what the Details pane shows: the assumptions about the selected engagement, its
day and the visit, each with Confirm and Fix… (open ones, amber) or who decided it and when (muted)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.core import tz
from planner.core.assumptions import Assumption, AssumptionStatus, Concern
from planner.core.model import Engagement, Visit
from planner.ui.itinerary.doubts import DOUBT
from planner.ui.state.session import Session

MARK_SIZE = 18


def local_day(e: Engagement) -> dt.date | None:
    """The engagement's date on its own clock (``None`` while unscheduled)."""
    if e.start is not None and e.tz:
        return tz.to_local(e.start, e.tz).date()
    return e.date


def related(visit: Visit, e: Engagement | None) -> list[Assumption]:
    """The assumptions, open or decided, about ``e``, about its day, then about the whole visit (only
    those about the visit when nothing is selected); open ones first within each group."""
    day = local_day(e) if e is not None else None
    groups: list[list[Assumption]] = [[], [], []]
    for a in visit.assumptions:
        if e is not None and a.engagement_uid == e.uid:
            groups[0].append(a)
        elif day is not None and a.covers(day):
            groups[1].append(a)
        elif a.concerns is Concern.VISIT:
            groups[2].append(a)
    return [a for group in groups for a in sorted(group, key=lambda a: not a.is_open)]


def decided_text(a: Assumption, home_tz: str) -> str:
    """``Confirmed by anna@desk · Mon 1 Dec 2026, 22:40 IST`` (the time on the home clock)."""
    by = f" by {a.decided_by}" if a.decided_by else ""
    if a.decided_at is None:
        return f"{a.status.label}{by}"
    at = tz.to_local(a.decided_at, home_tz)
    return f"{a.status.label}{by} · {at:%a} {at.day} {at:%b %Y, %H:%M} {tz.zone_label(home_tz, a.decided_at)}"


def mark(is_open: bool) -> QLabel:
    """The amber "?" of an open guess (the colour of the itinerary's marks), a muted tick once decided."""
    label = QLabel("?" if is_open else "✓")
    label.setObjectName("doubtMark" if is_open else "decidedMark")
    label.setFixedSize(MARK_SIZE, MARK_SIZE)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if is_open:
        label.setStyleSheet(
            f"QLabel {{ background: {DOUBT.name()}; color: white; border-radius: {MARK_SIZE // 2}px;"
            " font-weight: bold; }"
        )
    else:
        label.setStyleSheet("QLabel { color: #6b7280; }")
    return label


class GuessList(QWidget):
    """One row per assumption; Confirm writes through the session (one undo step), Fix… asks the
    window (``fix_requested``), which runs the same dialog as the Review panel."""

    fix_requested = Signal(object)  # Assumption

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("detailsGuesses")
        self.setAccessibleName("What was assumed, not read")
        self.heading = QLabel("Assumed, not read")
        self.heading.setObjectName("fieldName")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(8)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        outer.addWidget(self.heading)
        outer.addLayout(self.rows)
        self.shown: list[Assumption] = []
        self.confirm_buttons: dict[str, QPushButton] = {}
        self.fix_buttons: dict[str, QPushButton] = {}
        self.setVisible(False)

    def show_for(self, visit: Visit | None, e: Engagement | None) -> None:
        """List what was assumed about ``e`` (or, with ``None``, about the visit); hidden when nothing."""
        found = related(visit, e) if visit is not None else []
        if found == self.shown and self.rows.count() == len(found):
            return  # the same rows: rebuilding them would take the keyboard focus from a button
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self._clear()
        self.shown = found
        for a in found:
            assert visit is not None
            self.rows.addWidget(self._row(a, visit.home_tz))
        self.setVisible(bool(found))
        if had_focus and self.confirm_buttons:  # the next guess to decide, for keyboard users
            next(iter(self.confirm_buttons.values())).setFocus()

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.confirm_buttons, self.fix_buttons = {}, {}

    def _row(self, a: Assumption, home_tz: str) -> QWidget:
        row = QWidget()
        row.setObjectName("openGuess" if a.is_open else "decidedGuess")
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.addWidget(mark(a.is_open), 0, 0, Qt.AlignmentFlag.AlignTop)
        text = QLabel(a.text)
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(text, 0, 1)
        grid.setColumnStretch(1, 1)
        if a.is_open:
            buttons = QHBoxLayout()
            confirm = QPushButton("Confirm")
            confirm.setToolTip("The guess is right: keep it and mark it confirmed")
            confirm.setAccessibleName(f"Confirm: {a.text}")
            confirm.clicked.connect(lambda _=False, uid=a.uid: self.confirm(uid))
            fix = QPushButton("Fix…")
            fix.setToolTip("Edit what the guess is about; it is then marked fixed")
            fix.setAccessibleName(f"Fix: {a.text}")
            fix.clicked.connect(lambda _=False, uid=a.uid: self._fix(uid))
            for button in (confirm, fix):
                button.setObjectName("guessButton")  # compact: the pane is narrow and the rows many
                buttons.addWidget(button)
            buttons.addStretch(1)
            grid.addLayout(buttons, 1, 1)
            self.confirm_buttons[a.uid], self.fix_buttons[a.uid] = confirm, fix
        else:
            muted = row.palette().color(QPalette.ColorRole.PlaceholderText)
            when = QLabel(decided_text(a, home_tz))
            when.setObjectName("hint")
            when.setWordWrap(True)
            for label in (text, when):
                palette = label.palette()
                palette.setColor(QPalette.ColorRole.WindowText, muted)
                label.setPalette(palette)
            grid.addWidget(when, 1, 1)
        return row

    def confirm(self, uid: str) -> bool:
        return self.session.decide_assumption(uid, AssumptionStatus.CONFIRMED)

    def _fix(self, uid: str) -> None:
        a = self.session.assumption(uid)
        if a is not None:
            self.fix_requested.emit(a)
