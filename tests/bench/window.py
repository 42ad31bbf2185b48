"""Figures that need the window: repaint, open and paint a 10k visit, and growth of derive + layout."""

from __future__ import annotations

import datetime as dt
import os
import statistics
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tests.bench.data import PER_DAY, office_visit
from tests.bench.harness import Figure, clock, compare, figure, fit_exponent

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtWidgets import QWidget

    from planner.core.model import Visit

SIZE = (1400, 900)
REPAINTS = 10  # repaints timed together in one round: one alone (a few ms) is mostly scheduler noise
EDITS = 4  # edits (and scrolls) timed together in one round, for the same reason


def qt_app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from planner.ui.app import application

    return application()


class MemoryStore:
    """Visits held in memory: the window's store for figures that leave the database out."""

    def __init__(self) -> None:
        self.visits: dict[int, Visit] = {}

    def add_visit(self, visit: Visit) -> int:
        visit.id = len(self.visits) + 1
        self.visits[visit.id] = visit
        return visit.id

    def load_visit(self, visit_id: int) -> Visit:
        return self.visits[visit_id]


def baseline_widget(rects: list[QRectF]) -> QWidget:
    """A plain QWidget painting one rounded rectangle with two lines of QStaticText per rect."""
    from PySide6.QtGui import QColor, QPainter, QStaticText
    from PySide6.QtWidgets import QWidget

    class Blocks(QWidget):
        def __init__(self) -> None:
            super().__init__()
            self.items = [
                (r, QStaticText(f"Meeting {i} with Org {i % 40}"), QStaticText("10:00–10:50 · 13:30 IST"))
                for i, r in enumerate(rects)
            ]

        def paintEvent(self, _event: object) -> None:
            p = QPainter(self)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.fillRect(self.rect(), QColor("white"))
            for rect, title, time in self.items:
                p.setPen(QColor("#93c5fd"))
                p.setBrush(QColor("#dbeafe"))
                p.drawRoundedRect(rect, 5, 5)
                p.setPen(QColor("#111827"))
                p.drawStaticText(rect.topLeft() + _offset(4, 3), title)
                p.drawStaticText(rect.topLeft() + _offset(4, 18), time)
            p.end()

    widget = Blocks()
    widget.resize(*SIZE)
    widget.show()
    return widget


def _offset(x: float, y: float) -> Any:
    from PySide6.QtCore import QPointF

    return QPointF(x, y)


def visible_rects(view: Any, visit: Visit) -> list[QRectF]:
    """Viewport rectangles of the itinerary's blocks that can be seen (through the view's public API)."""
    from PySide6.QtCore import QRectF

    area = QRectF(view.viewport().rect())
    found = []
    for e in visit.engagements:
        rect = view.block_view_rect(e.uid)
        if rect is not None and rect.intersects(area):
            found.append(rect.intersected(area))
    return found


def itinerary(store: MemoryStore) -> Any:
    """An itinerary view on its own session, the window's size, shown."""
    from planner.ui.itinerary.view import ItineraryView
    from planner.ui.state.session import Session

    session = Session(store)
    view = ItineraryView(session)
    view.resize(*SIZE)
    view.show()
    return view


def crowded_week(engagements: int) -> Visit:
    """``engagements`` timed engagements in one week between 08:00 and 16:00, all in view at once."""
    from planner.core import tz
    from planner.core.model import Engagement, Stop, Visit

    first = dt.date(2025, 10, 6)
    visit = Visit(
        title="Crowded week",
        start_date=first,
        end_date=first + dt.timedelta(days=6),
        stops=[Stop("Tokyo", "Japan", "Asia/Tokyo", first, first + dt.timedelta(days=6))],
    )
    for i in range(engagements):
        day = first + dt.timedelta(days=i % 7)
        minutes = 8 * 60 + (i // 7) * 420 // max(1, engagements // 7)
        start = tz.local_to_utc(dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60)), "Asia/Tokyo")
        visit.engagements.append(
            Engagement(
                title=f"Meeting {i}",
                city="Tokyo",
                tz="Asia/Tokyo",
                start=start,
                end=start + dt.timedelta(minutes=45),
            )
        )
    return visit


def repaint(engagements: int, *, rounds: int) -> Figure:
    """Repainting the itinerary with ``engagements`` blocks in view, against the plain widget."""
    app = qt_app()
    store = MemoryStore()
    visit = crowded_week(engagements)
    view = itinerary(store)
    view.session.open_visit(store.add_visit(visit))
    for _ in range(3):
        app.processEvents()
    rects = visible_rects(view, visit)
    plain = baseline_widget(rects)
    app.processEvents()
    found = compare(
        f"repaint, {engagements} engagements in view",
        lambda: _repeat(view.viewport().repaint, REPAINTS),
        lambda: _repeat(plain.repaint, REPAINTS),
        rounds=rounds,
        target=1.5,
        note=f"{len(rects)} blocks visible; baseline: QWidget with as many rounded rects + 2 QStaticText; "
        f"per repaint, {REPAINTS} a round",
        visible=len(rects),
    )
    found.value_s /= REPAINTS
    found.baseline_s /= REPAINTS
    view.close()
    plain.close()
    return found


def growth(sizes: list[int], *, budget_s: float, rounds: int = 3) -> Figure:
    """Time of derive + layout (+ painting what is in view) at each size; the log-log slope.

    Each round opens the visit in a fresh view that has painted a week first (its caches
    of the visit's days and texts cold, as when a visit is opened); the time of a size
    is the median of its rounds.  Only the visit being measured is kept in memory and
    the garbage collector runs before each round, so a larger heap of earlier sizes does
    not slow the later ones.  ``spread`` is half the range of the exponents fitted to
    each round alone.
    """
    app = qt_app()
    store = MemoryStore()
    warm = store.add_visit(office_visit(PER_DAY * 7, contacts=5))
    measured: list[tuple[int, list[float]]] = []
    skipped = []
    for size in sizes:
        if len(measured) >= 2:
            medians = [statistics.median(t) for _, t in measured]
            slope = fit_exponent([s for s, _ in measured], medians)
            estimate = medians[-1] * (size / measured[-1][0]) ** max(slope, 1.0) * rounds
            if estimate > budget_s:
                skipped.append(f"{size:,} skipped (estimated {estimate:.0f} s)")
                continue
        visit_id = store.add_visit(office_visit(size, contacts=50))
        times = []
        for _ in range(rounds):
            view = itinerary(store)
            _open(view, warm)()  # fonts, block pictures: what the first paint of any visit prepares
            for _ in range(3):  # shown and exposed, so that its repaint paints
                app.processEvents()
            times.append(clock(_open(view, visit_id)))
            view.close()
            view.deleteLater()
            app.processEvents()
        del store.visits[visit_id]
        measured.append((size, times))
    sizes_done = [s for s, _ in measured]
    times_done = [statistics.median(t) for _, t in measured]
    exponent = fit_exponent(sizes_done, times_done) if len(measured) > 1 else float("nan")
    per_round = [fit_exponent(sizes_done, [t[r] for _, t in measured]) for r in range(rounds)]
    spread = (max(per_round) - min(per_round)) / 2 if len(measured) > 1 else float("nan")
    shown = ", ".join(f"{s:,}: {t:.3f} s" for s, t in zip(sizes_done, times_done, strict=True))
    steps = [  # the slope between neighbouring sizes: the last one owes least to fixed costs
        fit_exponent(sizes_done[i : i + 2], times_done[i : i + 2]) for i in range(len(sizes_done) - 1)
    ]
    shown += "; slope between neighbours " + ", ".join(f"{x:.2f}" for x in steps)
    return Figure(
        "growth of derive + layout (exponent)",
        times_done[-1],
        times_done[0],
        exponent,
        1.15,
        spread,
        unit="exponent",
        note=f"{PER_DAY} a day; median of {rounds}: {shown}" + ("; " + "; ".join(skipped) if skipped else ""),
        extra={"sizes": sizes_done, "times_s": times_done, "slopes": steps},
    )


def _repeat(func: Callable[[], object], times: int) -> None:
    for _ in range(times):
        func()


def _open(view: Any, visit_id: int) -> Callable[[], None]:
    def run() -> None:
        view.session.open_visit(visit_id)
        view.viewport().repaint()

    return run


class EditableStore(MemoryStore):
    """``MemoryStore`` that also takes an edited engagement (a new version, as the database gives)."""

    def save_engagement(self, visit_id: int, engagement: Any) -> Any:
        import dataclasses

        return dataclasses.replace(engagement, version=engagement.version + 1)


def edit_with_checks(engagements: int, *, rounds: int) -> Figure:
    """The UI thread's time for one edit of a visit of ``engagements``: the checks on the worker thread
    (as the window runs them) against the checks run in the edit on the UI thread (as before)."""
    import dataclasses

    from planner.ui.state.session import Session
    from planner.ui.state.worker import Worker

    app = qt_app()
    store = EditableStore()
    worker = Worker()
    threaded = Session(store, worker=worker)
    inline = Session(store)  # no worker: the checks run inside the edit
    threaded.open_visit(store.add_visit(office_visit(engagements, contacts=50)))
    inline.open_visit(store.add_visit(office_visit(engagements, contacts=50)))

    def edit(session: Any, n: int) -> Callable[[], None]:
        def run() -> None:
            e = session.visit.engagements[n % len(session.visit.engagements)]
            session.save_engagement(dataclasses.replace(e, notes=f"edit {n}"), "Edit")

        return run

    values, bases = [], []
    for n in range(rounds + 1):
        base = clock(edit(inline, n))
        value = clock(edit(threaded, n))
        worker.wait()  # the checks end outside the clock, so the rounds do not overlap
        app.processEvents()
        if n:  # the first round warms up
            values.append(value)
            bases.append(base)
    from tests.bench.harness import figure

    return figure(
        f"edit, {engagements} engagements: UI thread with the checks on the worker",
        values,
        bases,
        target=0.5,
        note="baseline: the same edit with the checks run on the UI thread (a session without a worker)",
    )


def _big_and_small(big: int, small: int) -> tuple[Any, Any, Any]:
    """Two itineraries of office visits (``big`` and ``small`` engagements), opened and painted, with
    the middle engagement of each selected and in view; their checks are off (see ``edit_in_big``)."""
    app = qt_app()
    store = EditableStore()
    views = []
    for size in (big, small):
        view = itinerary(store)
        view.session.checks_on_open = False
        view.session.open_visit(store.add_visit(office_visit(size, contacts=50)))
        middle = view.session.visit.engagements[size // 2]
        view.session.select(middle.uid)
        view.ensure_visible(middle.uid)
        for _ in range(3):
            app.processEvents()
        view.viewport().repaint()
        views.append(view)
    return app, views[0], views[1]


def edit_in_big(big: int, small: int, *, rounds: int) -> Figure:
    """Moving one engagement by a quarter of an hour (the session's undoable command, the days and
    clashes derived again, the itinerary laid out and repainted) in a visit of ``big`` engagements,
    against the same edit in one of ``small``.  The checks are left out: they run off the UI thread."""
    import dataclasses

    _, large, plain = _big_and_small(big, small)
    shifts = {id(large): 1, id(plain): 1}

    def move(view: Any) -> Callable[[], None]:
        def run() -> None:
            session = view.session
            e = session.engagement(session.selected)
            shifts[id(view)] *= -1
            step = dt.timedelta(minutes=15 * shifts[id(view)])
            session.save_engagement(dataclasses.replace(e, start=e.start + step, end=e.end + step), "Move")
            view.viewport().repaint()

        return run

    for view in (large, plain):  # the checks are another figure's business (they leave the UI thread)
        view.session._check = lambda: None  # type: ignore[method-assign]
    found = compare(
        f"one edit in a visit of {big:,} engagements",
        lambda: _repeat(move(large), EDITS),
        lambda: _repeat(move(plain), EDITS),
        rounds=rounds,
        warmup=1,
        target=2.0,
        note=f"save_engagement (undoable) + days, clashes + repaint, vs the same in {small} engagements; "
        f"checks left out (they run off the UI thread); per edit, {EDITS} a round",
    )
    found.value_s /= EDITS
    found.baseline_s /= EDITS
    large.close()
    plain.close()
    return found


def scroll_in_big(big: int, small: int, *, rounds: int) -> Figure:
    """Scrolling the itinerary one screen to the right (days laid out afresh, then painted) in a visit
    of ``big`` engagements, against a visit of ``small``: the work must follow the screen, not the visit."""
    _, large, plain = _big_and_small(big, small)

    def scroll(view: Any) -> Callable[[], None]:
        bar = view.horizontalScrollBar()

        def run() -> None:
            after = bar.value() + bar.pageStep()
            bar.setValue(after if after <= bar.maximum() else (0 if bar.value() else bar.maximum()))
            view.viewport().repaint()

        return run

    times: list[float] = []
    base: list[float] = []
    for _ in range(rounds + 1):  # the first round warms up
        for view, found in ((large, times), (plain, base)):
            took = 0.0
            for _ in range(EDITS):
                view.rebuild()  # every day is laid out again when it comes into view, as the first time
                took += clock(scroll(view))
            found.append(took / EDITS)
    result = figure(
        f"scroll one screen in a visit of {big:,} engagements",
        times[1:],
        base[1:],
        target=2.0,
        note=f"days laid out afresh and painted, vs the same in {small} engagements; {EDITS} a round",
    )
    large.close()
    plain.close()
    return result
