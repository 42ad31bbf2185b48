"""The Checks panel: the findings about the open visit, click to select, dismiss with a reason; its
dock shows itself when the checks find something and steps aside when they find nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.core.checks import Finding, Severity
from planner.ui.state.session import Changes, Session

KEY_ROLE = Qt.ItemDataRole.UserRole + 1

_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.NOTE: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def summary(findings: list[Finding]) -> str:
    """``3 findings: 2 errors · 1 warning`` for the status bar (dismissed ones not counted)."""
    open_ = [f for f in findings if f.dismissed is None]
    parts = []
    for severity in Severity:
        n = sum(1 for f in open_ if f.severity is severity)
        if n:
            parts.append(f"{n} {severity.value}{'s' if n != 1 else ''}")
    n = len(open_)
    return f"{n} finding{'s' if n != 1 else ''}: {' · '.join(parts)}" if parts else "No findings"


def status_text(session: Session) -> str:
    """The status bar's word on the checks: their summary, or that they have not reported yet (a
    visit just opened, or a screenshot, which does not run them): never "No findings" unchecked."""
    if session.visit is None:
        return ""
    return summary(session.findings) if session.checked_once else "Checks not run yet"


class ChecksPanel(QWidget):
    """Lists the session's findings; ``activated`` gives the engagement uids of the one clicked."""

    activated = Signal(object)  # tuple of engagement uids

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("checksPanel")
        self.list = QListWidget()
        self.list.setAccessibleName("Findings of the checks")
        self.list.setWordWrap(True)
        size = self.fontMetrics().height()
        self.list.setIconSize(QSize(size, size))  # a line of text per finding, not a 32 px icon's height
        self.list.itemClicked.connect(self._on_clicked)
        self.list.itemActivated.connect(self._on_clicked)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.show_dismissed = QCheckBox("Show &dismissed")
        self.show_dismissed.toggled.connect(lambda _on: self.refresh())
        self.dismiss_button = QPushButton("D&ismiss…")
        self.dismiss_button.clicked.connect(self.ask_dismiss)
        self.restore_button = QPushButton("&Restore")
        self.restore_button.clicked.connect(self.restore_current)
        row = QHBoxLayout()
        row.addWidget(self.show_dismissed)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _changes: Changes) -> None:
        self.refresh()

    def shown(self) -> list[Finding]:
        findings = self.session.findings
        return findings if self.show_dismissed.isChecked() else [f for f in findings if f.dismissed is None]

    def refresh(self) -> None:
        current = self.current()
        keep = current.key if current is not None else None
        self.list.clear()
        style = self.style()
        for finding in self.shown():
            text = finding.message
            if finding.dismissed is not None:
                text += f"\n(dismissed: {finding.dismissed})"
            item = QListWidgetItem(QIcon(style.standardIcon(_ICONS[finding.severity])), text)
            item.setData(KEY_ROLE, finding.key)
            item.setToolTip(f"{finding.severity.value} · {finding.code}")
            if finding.dismissed is not None:
                item.setForeground(self.palette().placeholderText())
            self.list.addItem(item)
            if finding.key == keep:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def finding(self, item: QListWidgetItem | None) -> Finding | None:
        if item is None:
            return None
        key = item.data(KEY_ROLE)
        return next((f for f in self.session.findings if f.key == key), None)

    def current(self) -> Finding | None:
        return self.finding(self.list.currentItem()) if hasattr(self, "list") else None

    def _update_buttons(self) -> None:
        finding = self.current()
        self.dismiss_button.setEnabled(finding is not None and finding.dismissed is None)
        self.restore_button.setEnabled(finding is not None and finding.dismissed is not None)

    def _on_clicked(self, item: QListWidgetItem) -> None:
        finding = self.finding(item)
        if finding is not None and finding.engagements:
            self.session.select(finding.engagements[0])
            self.activated.emit(finding.engagements)

    def dismiss(self, key: str, reason: str) -> bool:
        """Dismiss the finding under ``key`` with ``reason`` (stored with the visit, undoable)."""
        return self.session.dismiss_finding(key, reason)

    def ask_dismiss(self) -> None:
        finding = self.current()
        if finding is None:
            return
        reason, ok = QInputDialog.getText(self, "Dismiss finding", f"{finding.message}\n\nWhy is this fine?")
        if ok and reason.strip():
            self.dismiss(finding.key, reason)

    def restore_current(self) -> None:
        finding = self.current()
        if finding is not None:
            self.session.restore_finding(finding.key)


class DockFollowsFindings(QObject):
    """Shows the Checks dock while there is something to show, hides it while there is not; the
    user's own choice (View → Checks, or the dock's close button) wins and is remembered.

    The dock appears without taking the focus: the user keeps typing where they were.
    """

    def __init__(self, dock: QDockWidget, panel: ChecksPanel, toggle: Any, prefs: Any) -> None:
        super().__init__(dock)
        self.dock, self.panel, self.prefs = dock, panel, prefs
        dock.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # also when floating
        toggle.triggered.connect(self._chosen)  # only the user's own clicks and keys trigger it
        dock.installEventFilter(self)  # its close button
        panel.session.changed.connect(lambda _changes: self.apply())
        panel.session.checked.connect(lambda _findings: self.apply())
        panel.show_dismissed.toggled.connect(lambda _on: self.apply())
        self.apply()

    def wanted(self) -> bool:
        choice = self.prefs.checks_dock()
        if choice != "auto":
            return bool(choice == "shown")
        session = self.panel.session
        showing_dismissed = self.panel.show_dismissed.isChecked() and bool(session.findings)
        return bool(session.open_findings()) or showing_dismissed

    def apply(self) -> None:
        wanted = self.wanted()
        if self.dock.isHidden() == wanted:
            self.dock.setVisible(wanted)

    def _chosen(self, on: bool) -> None:
        self.prefs.set_checks_dock("shown" if on else "hidden")

    def open_from_count(self) -> None:
        """The status bar's count was clicked: show the findings (again, if the dock was closed), and
        let the dock follow them from now on."""
        self.prefs.set_checks_dock("auto")
        self.dock.show()
        self.dock.raise_()
        self.panel.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dock and event.type() == QEvent.Type.Close:
            self.prefs.set_checks_dock("hidden")
        elif watched is not self.dock and event.type() == QEvent.Type.Show:
            self.apply()  # over whatever the window's restored layout said
        return False


def follow_findings(window: Any) -> DockFollowsFindings:
    """Let ``window``'s Checks dock come and go with the findings (and the window's restored layout
    not bring back an empty one)."""
    policy = DockFollowsFindings(window.checks_dock, window.checks, window.checks_action, window.prefs)
    window.installEventFilter(policy)
    window.findings_label.clicked.connect(policy.open_from_count)
    window.checks_dock_policy = policy
    return policy
