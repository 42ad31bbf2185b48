"""The checks run on the worker thread: the UI thread hands over a snapshot of the visit and gets the
findings back as a signal; a result for a visit that has changed since is dropped, never shown.

Requests made while a run is under way are folded into one: when it ends, only the newest request
runs (a drag that edits ten times runs the checks twice, not ten times).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt

from PySide6.QtCore import QObject, Signal

from planner.core.checks import Finding
from planner.core.model import Visit
from planner.ui.state.worker import Progress, Worker


def run_checks(visit: Visit, *, today: dt.date | None) -> list[Finding]:
    """:func:`planner.core.checks.run_checks`, its rules and gazetteer loaded by the first run (on the
    worker thread, after the window's first paint)."""
    from planner.core import checks

    return checks.run_checks(visit, today=today)


def snapshot(visit: Visit) -> Visit:
    """A copy the worker may read while the UI thread edits: the session replaces the visit's lists
    and rows rather than changing them in place, so a shallow copy is enough (and O(1))."""
    return copy.copy(visit)


def with_dismissals(findings: list[Finding], dismissed: dict[str, str]) -> list[Finding]:
    """``findings`` marked as ``dismissed`` now says (a dismissal or restore shows at once, before
    the checks have run again)."""
    return [
        f if f.dismissed == dismissed.get(f.key) else dataclasses.replace(f, dismissed=dismissed.get(f.key))
        for f in findings
    ]


class Checker(QObject):
    """``request`` a run for a visit; ``done`` carries the findings of the newest request only."""

    done = Signal(object)  # list[Finding]
    failed = Signal(str)

    def __init__(self, worker: Worker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker  # None: run at once on the calling thread (a session without a window)
        self.generation = 0  # counts requests (and cancellations); a result carries the one it ran for
        self._waiting: tuple[int, Visit, dt.date | None] | None = None
        self._running = False
        self.runs = 0  # how many runs were started (folded requests do not count)

    @property
    def pending(self) -> bool:
        """Whether a result is still to come."""
        return self._running or self._waiting is not None

    def request(self, visit: Visit, today: dt.date | None) -> None:
        """Check ``visit`` as it is now; any result for an earlier request will be dropped."""
        self.generation += 1
        if self.worker is None:
            self._waiting = None
            self.runs += 1
            self.done.emit(run_checks(visit, today=today))
            return
        self._waiting = (self.generation, snapshot(visit), today)
        if not self._running:
            self._start()

    def cancel(self) -> None:
        """Drop whatever result is on its way (another visit is shown, or none)."""
        self.generation += 1
        self._waiting = None

    def _start(self) -> None:
        assert self.worker is not None and self._waiting is not None
        generation, visit, today = self._waiting
        self._waiting = None
        self._running = True
        self.runs += 1

        def work(progress: Progress) -> tuple[int, list[Finding]]:
            progress.check()
            return generation, run_checks(visit, today=today)

        self.worker.submit(work, self._finished, on_error=self._failed, on_cancel=self._next)

    def _finished(self, result: tuple[int, list[Finding]]) -> None:
        generation, findings = result
        self._running = False
        if self._waiting is not None:
            self._start()  # the visit changed while this ran: this result is stale
        elif generation == self.generation:
            self.done.emit(findings)

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self.failed.emit(f"the checks could not run: {exc}")
        self._next()

    def _next(self) -> None:
        self._running = False
        if self._waiting is not None:
            self._start()
