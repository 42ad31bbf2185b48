"""The open visit, its derived calendar facts and the one undo stack: every edit goes through here.

Anki-style: each operation writes to the database at once, returns a
``Changes`` saying what it touched, and the session broadcasts that on one
signal; each view decides what to refresh.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.core import schedule, tz
from planner.core.assumptions import Assumption, AssumptionStatus, replaced
from planner.core.errors import PlannerError
from planner.core.model import Contact, Engagement, Visit
from planner.ui.state.commands import (
    AssumptionCommand,
    ContactCommand,
    EngagementCommand,
    VisitDetailsCommand,
    WriteCommand,
)
from planner.ui.state.store import VisitStore
from planner.ui.state.worker import Cancelled, Job, Progress, Worker

#: The header fields the visit-details dialog edits (with ``stops``).
DETAIL_FIELDS = ("title", "head", "home_tz", "start_date", "end_date")


def details_of(visit: Visit) -> Visit:
    """A copy of ``visit``'s header and stops only (what a details edit changes and undoes)."""
    return Visit(
        **{name: getattr(visit, name) for name in DETAIL_FIELDS},
        stops=[dataclasses.replace(s) for s in visit.stops],
        id=visit.id,
        version=visit.version,
    )


def derive(visit: Visit | None) -> tuple[list[schedule.Day], list[schedule.Clash]]:
    """The calendar facts the views show: pure computation, safe on the worker thread."""
    if visit is None:
        return [], []
    days = schedule.visit_days(visit)
    return days, schedule.find_clashes(visit, days)


def store_new_visit(store: VisitStore, visit: Visit, progress: Progress) -> int:
    """Store ``visit`` on the worker thread; if Cancel was pressed meanwhile, nothing stays stored."""
    progress.check()
    visit_id = store.add_visit(visit)
    if progress.cancelled:  # pressed while the rows were written: take them out again
        store.delete_visit(visit_id)
        raise Cancelled
    return visit_id


@dataclass(frozen=True)
class Changes:
    """What one operation changed (views refresh what they show of it)."""

    visit_id: int | None
    engagements: frozenset[str] = field(default_factory=frozenset)
    contacts: frozenset[str] = field(default_factory=frozenset)
    visit: bool = False  # a different visit, or its details
    visits: bool = False  # the list of visits
    assumptions: frozenset[str] = field(default_factory=frozenset)  # uids confirmed, fixed or reopened


class Session(QObject):
    """Holds the repository, the visit on screen and the undo stack; emits ``changed`` after every edit."""

    changed = Signal(object)  # Changes
    selection_changed = Signal(object)  # engagement uid or None
    failed = Signal(str)  # a user-facing message when an edit could not be written
    loading = Signal(bool)  # a visit is being read on the worker thread (True), or is shown (False)

    def __init__(self, store: VisitStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.visit: Visit | None = None
        self.days: list[schedule.Day] = []
        self.clashes: list[schedule.Clash] = []
        self.clashes_by_uid: dict[str, list[schedule.Clash]] = {}
        self.selected: str | None = None
        self.pending: int | None = None  # the visit being loaded in the background, if any

    # -- reading -----------------------------------------------------------------------------

    @property
    def visit_id(self) -> int | None:
        return self.visit.id if self.visit else None

    def open_visit(self, visit_id: int | None) -> None:
        """Read and show a visit here, on the calling thread (start-up of tests, after an import)."""
        visit = self.store.load_visit(visit_id) if visit_id is not None else None
        self._show(visit, *derive(visit))

    def load_visit(self, visit_id: int | None, worker: Worker) -> Job | None:
        """Read a visit and work out its days and clashes on the worker thread, then show it.

        ``loading`` is emitted around it; if another visit is asked for meanwhile, only
        the last one asked for is shown.
        """
        if visit_id is None:
            self.pending = None
            self.open_visit(None)
            return None
        self.pending = visit_id
        self.loading.emit(True)
        store = self.store

        def work(progress: Progress) -> tuple[int, Visit, list[schedule.Day], list[schedule.Clash]]:
            progress.check()
            visit = store.load_visit(visit_id)
            progress.check()
            return (visit_id, visit, *derive(visit))

        def done(result: tuple[int, Visit, list[schedule.Day], list[schedule.Clash]]) -> None:
            loaded_id, visit, days, clashes = result
            if loaded_id != self.pending:
                return  # the user has chosen another visit since
            self.pending = None
            self._show(visit, days, clashes)
            self.loading.emit(False)

        def failed(exc: BaseException) -> None:
            if visit_id != self.pending:
                return
            self.pending = None
            self.loading.emit(False)
            self.failed.emit(str(exc) if isinstance(exc, PlannerError) else f"cannot open the visit: {exc}")

        def cancelled() -> None:
            if visit_id == self.pending:
                self.pending = None
                self.loading.emit(False)

        return worker.submit(work, done, on_error=failed, on_cancel=cancelled)

    def _show(self, visit: Visit | None, days: list[schedule.Day], clashes: list[schedule.Clash]) -> None:
        self.visit = visit
        self.days = days
        self.clashes = clashes
        self.clashes_by_uid = schedule.clashes_by_uid(clashes)
        self.select(None)
        self.changed.emit(Changes(visit.id if visit else None, visit=True))

    def engagement(self, uid: str | None) -> Engagement | None:
        if self.visit is None or uid is None:
            return None
        return self.visit.engagement(uid)

    def select(self, uid: str | None) -> None:
        if uid != self.selected:
            self.selected = uid
            self.selection_changed.emit(uid)

    def _derive(self) -> None:
        self.days, self.clashes = derive(self.visit)
        self.clashes_by_uid = schedule.clashes_by_uid(self.clashes)

    # -- operations (each pushes one undoable command) ---------------------------------------------

    def save_engagement(self, after: Engagement, text: str) -> bool:
        """Add ``after`` or replace the engagement with its uid; one undo step."""

        if self.visit is None or self.visit.id is None:
            return False
        before = self.visit.engagement(after.uid)
        return self._push(EngagementCommand(self, self.visit.id, before, after, text))

    def delete_engagement(self, uid: str) -> bool:

        if self.visit is None or self.visit.id is None:
            return False
        before = self.visit.engagement(uid)
        if before is None:
            return False
        if self.selected == uid:
            self.select(None)
        return self._push(EngagementCommand(self, self.visit.id, before, None, f"Delete “{before.title}”"))

    def save_contact(self, after: Contact, text: str) -> bool:

        if self.visit is None or self.visit.id is None:
            return False
        before = self.visit.contact(after.uid)
        return self._push(ContactCommand(self, self.visit.id, before, after, text))

    def delete_contact(self, uid: str) -> bool:

        if self.visit is None or self.visit.id is None:
            return False
        before = self.visit.contact(uid)
        if before is None:
            return False
        return self._push(ContactCommand(self, self.visit.id, before, None, f"Delete contact {before.name}"))

    def save_visit_details(self, after: Visit, text: str = "Edit visit details") -> bool:
        """Change the open visit's header and stops (``after`` carries them); one undo step."""

        if self.visit is None or self.visit.id is None:
            return False
        before = details_of(self.visit)
        return self._push(VisitDetailsCommand(self, self.visit.id, before, details_of(after), text))

    def save_merged(self, merged: Visit) -> None:
        """Store a calendar merged into the open visit (a whole-visit write: not undoable, so the
        history is cleared) and show the result."""
        stored = self.store.save_visit(merged)
        self.undo_stack.clear()
        self._show(stored, *derive(stored))
        self.changed.emit(Changes(stored.id, visit=True, visits=True))

    def delete_visit(self, visit_id: int) -> None:
        """Remove a visit with everything in it (the window asks first); the undo history goes with it."""
        self.store.delete_visit(visit_id)
        self.undo_stack.clear()
        if self.visit_id == visit_id:
            self.visit = None
            self._derive()
            self.select(None)
        self.changed.emit(Changes(visit_id, visit=True, visits=True))

    def _push(self, command: WriteCommand) -> bool:
        try:
            command.apply_first()
        except PlannerError as exc:
            self.failed.emit(str(exc))
            return False
        self.undo_stack.push(command)
        return True

    def add_visit(self, visit: Visit) -> int:
        """Store a new visit (import, File → New visit) and show it; not undoable (delete it instead)."""
        visit_id = self.store.add_visit(visit)
        self.undo_stack.clear()
        self.open_visit(visit_id)
        self.changed.emit(Changes(visit_id, visit=True, visits=True))
        return visit_id

    def add_visit_in_background(
        self, visit: Visit, worker: Worker, on_done: Callable[[int], None] | None = None
    ) -> Job:
        """``add_visit`` with the rows written on the worker thread (a big import); Cancel (the job's
        ``cancel``) leaves nothing stored, and the visit is shown only once it is."""

        def work(progress: Progress) -> int:
            return store_new_visit(self.store, visit, progress)

        def done(visit_id: int) -> None:
            self.undo_stack.clear()
            self.open_visit(visit_id)
            self.changed.emit(Changes(visit_id, visit=True, visits=True))
            if on_done is not None:
                on_done(visit_id)

        def failed(exc: BaseException) -> None:
            self.failed.emit(str(exc) if isinstance(exc, PlannerError) else f"cannot store the visit: {exc}")

        return worker.submit(work, done, on_error=failed)

    # -- writes used by the commands ------------------------------------------------------------

    def report_failure(self, message: str) -> None:
        self.failed.emit(message)

    def write_engagement(self, visit_id: int, uid: str, target: Engagement | None) -> Changes:
        """Make the stored engagement ``uid`` equal ``target`` (``None`` deletes it)."""
        current = self._stored_engagement(visit_id, uid)
        if target is None:
            if current is not None:
                self.store.delete_engagement(visit_id, uid)
            stored = None
        else:
            version = current.version if current is not None else 0
            stored = self.store.save_engagement(visit_id, dataclasses.replace(target, version=version))
        if self.visit is not None and self.visit.id == visit_id:
            items = [e for e in self.visit.engagements if e.uid != uid]
            if stored is not None:
                old = [e.uid for e in self.visit.engagements]
                index = old.index(uid) if uid in old else len(items)
                items.insert(index, stored)
            self.visit.engagements = items
            self._derive()
        changes = Changes(visit_id, engagements=frozenset({uid}))
        self.changed.emit(changes)
        return changes

    def write_visit_details(self, visit_id: int, target: Visit) -> Changes:
        """Make the stored header and stops of visit ``visit_id`` equal those of ``target``."""
        open_here = self.visit is not None and self.visit.id == visit_id
        current = self.visit if open_here else self.store.load_visit(visit_id)
        assert current is not None
        wanted = dataclasses.replace(  # the fields the dialog does not edit (notes, source…) stay
            current,
            **{name: getattr(target, name) for name in DETAIL_FIELDS},
            stops=[dataclasses.replace(s) for s in target.stops],
        )
        stored = self.store.save_visit_details(wanted)
        if open_here and self.visit is not None:
            for name in DETAIL_FIELDS:
                setattr(self.visit, name, getattr(stored, name))
            self.visit.stops = list(stored.stops)
            self.visit.version = stored.version
            self._derive()
        changes = Changes(visit_id, visit=True, visits=True)
        self.changed.emit(changes)
        return changes

    def write_contact(self, visit_id: int, uid: str, target: Contact | None) -> Changes:
        current = self._stored_contact(visit_id, uid)
        if target is None:
            if current is not None:
                self.store.delete_contact(visit_id, uid)
            stored = None
        else:
            version = current.version if current is not None else 0
            stored = self.store.save_contact(visit_id, dataclasses.replace(target, version=version))
        if self.visit is not None and self.visit.id == visit_id:
            items = [c for c in self.visit.contacts if c.uid != uid]
            if stored is not None:
                old = [c.uid for c in self.visit.contacts]
                index = old.index(uid) if uid in old else len(items)
                items.insert(index, stored)
            self.visit.contacts = items
        changes = Changes(visit_id, contacts=frozenset({uid}))
        self.changed.emit(changes)
        return changes

    # -- assumptions (what the importer guessed) ---------------------------------------------------

    def assumption(self, uid: str) -> Assumption | None:
        if self.visit is None:
            return None
        return next((a for a in self.visit.assumptions if a.uid == uid), None)

    def decide_assumption(self, uid: str, status: AssumptionStatus) -> bool:
        """Mark one assumption confirmed or fixed (``OPEN``: open it again); one undo step."""
        before = self.assumption(uid)
        if self.visit is None or self.visit.id is None or before is None or before.status == status:
            return False
        after = (
            before.reopened()
            if status == AssumptionStatus.OPEN
            else before.decided(status, getattr(self.store, "user", ""), tz.now_utc())
        )
        verb = {"open": "Reopen", "confirmed": "Confirm", "fixed": "Mark fixed"}[status.value]
        text = f"{verb} “{before.text[:40]}…”"
        return self._push(AssumptionCommand(self, self.visit.id, before, after, text))

    def write_assumption(self, visit_id: int, target: Assumption) -> Changes:
        """Make the stored assumption of ``target``'s uid equal ``target``."""
        stored = self.store.save_assumption(visit_id, target)
        touched: frozenset[str] = frozenset()
        if self.visit is not None and self.visit.id == visit_id:
            self.visit.assumptions = replaced(self.visit.assumptions, stored)
            touched = frozenset({stored.engagement_uid}) if stored.engagement_uid else frozenset()
        changes = Changes(visit_id, engagements=touched, assumptions=frozenset({stored.uid}))
        self.changed.emit(changes)
        return changes

    def _stored_engagement(self, visit_id: int, uid: str) -> Engagement | None:
        visit = self.visit if self.visit and self.visit.id == visit_id else self.store.load_visit(visit_id)
        return visit.engagement(uid)

    def _stored_contact(self, visit_id: int, uid: str) -> Contact | None:
        visit = self.visit if self.visit and self.visit.id == visit_id else self.store.load_visit(visit_id)
        return visit.contact(uid)
