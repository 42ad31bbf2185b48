"""Long work (parsing an article, exporting, loading) on one worker thread; results come back as signals.

Like Anki's task manager: a single background thread, so jobs never race each
other, and the UI thread only ever touches widgets.  A job receives a
``Progress`` it may report to and poll for cancellation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class Progress:
    """Handed to a job: ``report(done, total)`` and ``check()`` (raises ``Cancelled``)."""

    def __init__(self, signals: _JobSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self.check()
        self._signals.progress.emit(done, total)

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _JobSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(int, int)
    cancelled = Signal()


class Job(QRunnable):
    """One unit of background work; its signals are delivered on the thread that owns them (the UI's)."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _JobSignals()
        self.progress = Progress(self.signals)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # delivered to the UI thread, which shows it
            self.signals.failed.emit(exc)
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)

    def cancel(self) -> None:
        self.progress.cancel()


class Worker(QObject):
    """Runs jobs one after another on a single background thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: set[Job] = set()

    def submit(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
    ) -> Job:
        job = Job(work)
        self._jobs.add(job)

        def forget(*_: object) -> None:
            self._jobs.discard(job)

        job.signals.finished.connect(on_done)
        if on_error is not None:
            job.signals.failed.connect(on_error)
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        if on_cancel is not None:
            job.signals.cancelled.connect(on_cancel)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(forget)
        self._pool.start(job)
        return job

    def wait(self, msecs: int = -1) -> bool:
        """Block until every job finished (tests, shutdown)."""
        return self._pool.waitForDone(msecs)
