"""File → Publish to calendar server…: where and as whom, what will change, then publish on the worker.

The address and user are remembered per visit (``Preferences``); the password is kept in the
system keyring through ``keyring`` where a real backend exists, else asked for each time.  Nothing
is sent until the user has seen the plan (added, changed, removed, left alone) and pressed Publish.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from planner.core.ics.publish_plan import PublishPlan
    from planner.core.model import Visit
    from planner.ui.settings import Preferences
    from planner.ui.state.worker import Worker

KEYRING_SERVICE = "delegation-planner-caldav"


def system_keyring() -> Any | None:
    """The ``keyring`` module if a real backend is there (not the fail or null one), else ``None``."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # no keyring package or a broken backend: ask each time
        return None
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return None
    return keyring


class PublishDialog(QDialog):
    """Shows the plan for publishing one visit to a CalDAV calendar, then carries it out."""

    def __init__(
        self, visit: Visit, worker: Worker, prefs: Preferences, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Publish to calendar server")
        self.visit, self.worker, self.prefs = visit, worker, prefs
        self.plan: PublishPlan | None = None
        self._connection: Any = None
        self._created = False
        self.result_text = ""
        url, user = prefs.publish_target(visit.id)
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://calendar.example.gov.in/dav/protocol/visit/")
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        ring = system_keyring()
        if ring is not None and url and user:
            self.password.setText(ring.get_password(KEYRING_SERVICE, f"{user}@{url}") or "")
        form = QFormLayout()
        form.addRow("Calendar address", self.url)
        form.addRow("User", self.user)
        form.addRow("Password", self.password)
        self.check_button = QPushButton("Show changes")
        self.check_button.clicked.connect(self.check)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.status = QLabel("Press Show changes to see what publishing will do.")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = self.buttons.addButton("Publish", QDialogButtonBox.ButtonRole.ApplyRole)
        self.publish_button.setEnabled(False)
        self.publish_button.clicked.connect(self.publish)
        self.buttons.rejected.connect(self.reject)
        for field in (self.url, self.user, self.password):
            field.textEdited.connect(self._forget_plan)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _forget_plan(self) -> None:
        self.plan = None
        self.publish_button.setEnabled(False)

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.check_button.setEnabled(False)
        self.publish_button.setEnabled(False)

    def check(self) -> None:
        """Read the calendar on the worker thread and show what publishing would do."""
        from planner import publish

        url, user, password = self.url.text().strip(), self.user.text().strip(), self.password.text()
        visit = self.visit

        def work(_: Any) -> tuple[Any, PublishPlan, bool]:
            connection = publish.Connection(url, user or None, password or None)
            plan, created = publish.fetch_plan(connection, visit)
            return connection, plan, created

        self._busy("Reading the calendar…")
        self.worker.submit(work, self._show_plan, self._failed)

    def _show_plan(self, result: tuple[Any, PublishPlan, bool]) -> None:
        self._connection, self.plan, self._created = result
        plan = self.plan
        lines = [f"To add: {e.title}" for e in plan.added]
        lines += [f"To change: {e.title}" for e, _ in plan.changed]
        lines += [f"To remove: {r.title}" for r in plan.removed]
        lines += [f"Changed on the server, left alone: {r.title}" for r in plan.conflicts]
        self.summary.setPlainText("\n".join(lines) or "Nothing to do: the calendar matches the visit.")
        counts = plan.counts()
        self.status.setText(
            f"{counts['added']} to add, {counts['changed']} to change, {counts['removed']} to remove, "
            f"{counts['unchanged']} unchanged" + (" (the calendar will be created)" if self._created else "")
        )
        self.check_button.setEnabled(True)
        self.publish_button.setEnabled(bool(plan.added or plan.changed or plan.removed))

    def publish(self) -> None:
        """Carry out the plan shown, on the worker thread."""
        from planner import publish

        if self.plan is None:
            return
        connection, plan, visit, created = self._connection, self.plan, self.visit, self._created

        def work(_: Any) -> Any:
            return publish.carry_out(connection, visit, plan, created=created)

        self._busy("Publishing…")
        self.worker.submit(work, self._published, self._failed)

    def _published(self, outcome: Any) -> None:
        url, user = self.url.text().strip(), self.user.text().strip()
        self.prefs.set_publish_target(self.visit.id, url, user)
        ring = system_keyring()
        if ring is not None and user and self.password.text():
            ring.set_password(KEYRING_SERVICE, f"{user}@{url}", self.password.text())
        counts = outcome.plan.counts()
        self.result_text = (
            f"Published: {counts['added']} added, {counts['changed']} changed, {counts['removed']} removed"
        )
        problems = "\n".join(outcome.problems)
        self.status.setText(self.result_text + (f"\n{problems}" if problems else ""))
        self.plan = None
        self.check_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(str(exc))
        self.check_button.setEnabled(True)
