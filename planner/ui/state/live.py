"""Live refresh: the store's change counter polled on the worker thread; other people's changes
to the open visit are loaded there and shown, with a line in the status bar saying who did what."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from planner.core import schedule
from planner.core.errors import NotFoundError, PlannerError
from planner.core.model import Visit
from planner.ui.state.derived import derive
from planner.ui.state.session import Changes, Session
from planner.ui.state.worker import Job, Progress, Worker

POLL_MS = 3000  # how often the change counter is read: one indexed max(), cheap on any backend


@dataclass(frozen=True)
class Refresh:
    """What one poll found: the new token, the changes others made, and the open visit read again
    (with its days and clashes) when they touched it."""

    token: int
    notes: list[Any] = field(default_factory=list)
    reloaded: bool = False
    visit: Visit | None = None
    days: list[schedule.Day] = field(default_factory=list)
    clashes: list[schedule.Clash] = field(default_factory=list)


def read_changes(store: Any, since: int | None, visit_id: int | None, progress: Progress) -> Refresh:
    """The worker thread's part of a poll: nothing but the counter unless it moved."""
    token = int(store.change_token())
    if since is None or token == since:
        return Refresh(token)
    notes = store.changes_by_others(since)
    if visit_id is None or not any(n.visit_id == visit_id for n in notes):
        return Refresh(token, notes)
    progress.check()
    try:
        visit: Visit | None = store.load_visit(visit_id)
    except NotFoundError:  # someone deleted it
        visit = None
    return Refresh(token, notes, True, visit, *derive(visit))


class LiveRefresh(QObject):
    """Polls every ``interval_ms`` while started; ``updated`` carries the status-bar line."""

    updated = Signal(str)

    def __init__(
        self, session: Session, worker: Worker, interval_ms: int = POLL_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.token: int | None = None  # the change counter when last looked at (None: not yet)
        self.edits = 0  # changes shown here by other means (an edit, another visit opened)
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        session.changed.connect(self._count)

    def start(self) -> None:
        """Start polling from the counter as it is now (read here, before the visit shown is read,
        so a change made in between is shown again rather than missed)."""
        if self.token is None:
            try:
                self.token = int(self.session.store.change_token())
            except PlannerError:  # the next poll starts from its own reading
                self.token = None
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _count(self, *_: object) -> None:
        self.edits += 1

    def poll(self) -> Job | None:
        """Read the change counter on the worker thread (one poll at a time); show what others changed."""
        if self.job is not None:
            return None
        store, since, visit_id, edits = self.session.store, self.token, self.session.visit_id, self.edits

        def work(progress: Progress) -> Refresh:
            return read_changes(store, since, visit_id, progress)

        def done(found: Refresh) -> None:
            self.job = None
            self._show(found, visit_id, edits)

        def failed(exc: BaseException) -> None:  # e.g. the server went away: say so, try again later
            self.job = None
            if isinstance(exc, PlannerError):
                self.updated.emit(f"Cannot check for other people's changes: {exc}")

        self.job = self.worker.submit(work, done, on_error=failed, on_cancel=lambda: failed(Exception()))
        return self.job

    def _show(self, found: Refresh, visit_id: int | None, edits: int) -> None:
        session = self.session
        if found.reloaded and (edits != self.edits or visit_id != session.visit_id or session.pending):
            return  # something changed here meanwhile: the copy read may be older; the next poll reads again
        self.token = found.token
        if not found.notes:
            return
        if found.reloaded:
            session.show_refreshed(found.visit, found.days, found.clashes)
        else:
            session.changed.emit(Changes(visit_id, visits=True))  # the list of visits
        last = found.notes[-1]
        more = f" (and {len(found.notes) - 1} more changes)" if len(found.notes) > 1 else ""
        self.updated.emit(f"Updated: {last.describe()}{more}")
