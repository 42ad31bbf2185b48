"""Opening the window in two steps: paint the first visit as read by ``sqlite3``, then the rest.

Step 1 (:func:`first_window`): the window's shell shows the visit :mod:`planner.storage.firstread`
read, on a read-only :class:`FirstPaintStore` (edits are refused with a line in the status bar).
Step 2 (:func:`second_step`, queued by :func:`after_first_paint`): the real repository opened on
the worker thread (SQLAlchemy is imported there); once it is open the session works on it, the
panels and docks are built, edits are allowed and the live refresh and the checks start.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from planner.core import schedule
from planner.core.errors import NotFoundError, PlannerError
from planner.ui.state.derived import derive
from planner.ui.state.session import STILL_OPENING

if TYPE_CHECKING:
    from planner.core.model import Visit
    from planner.storage.firstread import FirstRead
    from planner.ui.main_window import MainWindow
    from planner.ui.settings import Preferences

#: Set to 1 (read once, at start) to quit right after the itinerary's first paint: the benchmark's
#: "start-up to the painted itinerary" and the test of what is imported before it.
EXIT_AFTER_FIRST_PAINT = "PLANNER_EXIT_AFTER_FIRST_PAINT"


def report_first_paint_and_exit() -> None:
    """For the benchmark (PLANNER_EXIT_AFTER_FIRST_PAINT=1): when the first paint was done, on the
    system-wide monotonic clock, then leave the event loop (not quit(): nothing is closed or saved)."""
    import sys
    import time

    from PySide6.QtCore import QCoreApplication

    sys.stdout.write(f"first paint at {time.monotonic():.6f}\n")
    sys.stdout.flush()
    QCoreApplication.exit(0)


class FirstPaintStore:
    """The store of step 1: the visit read for the first paint, and nothing can be written."""

    def __init__(self, first: FirstRead) -> None:
        self.first = first

    def list_visits(self) -> list[Any]:
        return []  # the list of visits is built once the repository is open

    def is_empty(self) -> bool:
        return not self.first.visit_ids

    def load_visit(self, visit_id: int) -> Visit:
        if visit_id != self.first.visit.id:
            raise PlannerError(STILL_OPENING)
        return self.first.visit

    def change_token(self) -> int:
        return 0

    def changes_by_others(self, token: int) -> list[Any]:
        return []

    def __getattr__(self, name: str) -> Any:  # add_visit, save_engagement, …: every write
        if name.startswith(("add_", "save_", "delete_")):

            def refuse(*_: object, **__: object) -> Any:
                raise PlannerError(STILL_OPENING)

            return refuse
        raise AttributeError(name)


class _AfterPaint(QObject):
    """Calls ``then`` once, from the event loop, right after ``widget``'s first paint event."""

    def __init__(self, widget: QObject, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint event has been handled
        return False


def after_first_paint(widget: QObject, then: Callable[[], None]) -> None:
    _AfterPaint(widget, then)


def first_window(first: FirstRead, prefs: Preferences, *, checks_on_open: bool = True) -> MainWindow:
    """Step 1: the window's shell showing the first visit; nothing can be edited yet."""
    from planner.ui.main_window import MainWindow

    window = MainWindow(FirstPaintStore(first), prefs, complete=False)
    session = window.session
    session.editable = False
    session.checks_on_open = False  # the checks (and the gazetteer they load) wait for step 2
    session.show_visit(first.visit)
    session.checks_on_open = checks_on_open
    return window


def open_window(
    url: str,
    first: FirstRead,
    prefs: Preferences,
    *,
    checks_on_open: bool = True,
    also: Callable[[], None] | None = None,
    warning: Callable[[], str] | None = None,
    exit_after_paint: bool = False,
) -> tuple[MainWindow, Opening]:
    """Both steps: the window of step 1, with step 2 queued for right after its itinerary's first
    paint (``also`` then runs on the worker thread, ``warning`` gives a status-bar line, e.g. missing
    fonts).  With ``exit_after_paint`` the event loop is left instead of step 2."""
    window = first_window(first, prefs, checks_on_open=checks_on_open)
    opening = Opening(window)
    opening.finished.connect(lambda _: gc.unfreeze())  # start-up's garbage is collected from then on

    def then() -> None:
        # the collector, paused by planner.ui.app.run while the window started, runs again; what
        # start-up made is left out of its walks (gc.freeze) until step 2 is done, so the paint is
        # not followed by one long walk over everything start-up made (~30 ms)
        gc.freeze()
        gc.enable()
        if exit_after_paint:
            report_first_paint_and_exit()
            return
        second_step(window, url, opening, also=also)
        text = warning() if warning is not None else ""
        if text:
            window.statusBar().showMessage(text)

    after_first_paint(window.itinerary.viewport(), then)
    return window, opening


class Opening(QObject):
    """Step 2 under way: ``finished`` carries None once the repository is in use, else the error."""

    finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.done = False
        self.error: BaseException | None = None
        self.finished.connect(self._record)

    def _record(self, error: object) -> None:
        self.done = True
        self.error = error if isinstance(error, BaseException) else None


def second_step(
    window: MainWindow, url: str, opening: Opening, *, also: Callable[[], None] | None = None
) -> None:
    """Open the repository on the worker thread (then run ``also`` there, e.g. the daily backup); once
    it is open, move the session onto it and build the panels and docks, so nothing in them can be
    edited before an edit can be saved (``opening.finished`` says when, or what went wrong)."""
    from planner.ui import assembly

    visit_id = window.session.visit_id

    def work(_progress: object) -> tuple[Any, int, Visit | None, list[schedule.Day], list[schedule.Clash]]:
        from planner.storage import open_repository

        repository = open_repository(url)
        token = int(repository.change_token())  # before the visit is read: nothing in between is missed
        try:
            visit: Visit | None = repository.load_visit(visit_id) if visit_id is not None else None
        except NotFoundError:  # deleted by someone else since the first paint
            visit = None
        if also is not None:
            also()
        return (repository, token, visit, *derive(visit))

    def done(result: tuple[Any, int, Visit | None, list[schedule.Day], list[schedule.Clash]]) -> None:
        repository, token, visit, days, clashes = result
        session = window.session
        session.use_store(repository)
        if visit != session.visit:  # someone changed it between the two reads
            session.show_refreshed(visit, days, clashes)
        assembly.complete(window, live=False)  # its refresh fills the list of visits and the actions
        window.live.token = token
        window.live.start()
        window.show_database()
        session.schedule_checks()
        opening.finished.emit(None)

    def failed(exc: BaseException) -> None:
        assembly.complete(window, live=False)  # to read the visit in every view; edits stay refused
        text = str(exc) if isinstance(exc, PlannerError) else f"cannot open the database: {exc}"
        window.show_message(text)
        opening.finished.emit(exc)

    window.worker.submit(work, done, on_error=failed)
