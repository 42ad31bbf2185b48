"""The open visit, its derived calendar facts and the one undo stack: every edit goes through here.

Anki-style: each operation writes to the database at once, returns a
``Changes`` saying what it touched, and the session broadcasts that on one
signal; each view decides what to refresh.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from planner.core import schedule, tz
from planner.core.assumptions import Assumption, AssumptionStatus, replaced
from planner.core.checks import Finding, findings_by_engagement
from planner.core.derived import Derived
from planner.core.errors import ConflictError, PlannerError
from planner.core.model import Contact, Engagement, Visit
from planner.ui.state.checking import Checker, with_dismissals
from planner.ui.state.commands import (
    AssumptionCommand,
    ContactCommand,
    DelegationCommand,
    EngagementCommand,
    VisitDetailsCommand,
    WriteCommand,
)
from planner.ui.state.delegation import Delegation
from planner.ui.state.derived import DETAIL_FIELDS, derive, details_of, share_a_member, store_new_visit
from planner.ui.state.store import VisitStore
from planner.ui.state.worker import Job, Progress, Worker

#: How long after a visit is shown its checks run (its first paint does not wait for the gazetteer).
CHECK_DELAY_MS = 400

#: Said when an edit is tried while the window shows a visit read for its first paint (read-only).
STILL_OPENING = "The database is still opening: nothing was changed; try again in a moment"


@dataclass(frozen=True)
class Changes:
    """What one operation changed (views refresh what they show of it)."""

    visit_id: int | None
    engagements: frozenset[str] = field(default_factory=frozenset)
    contacts: frozenset[str] = field(default_factory=frozenset)
    visit: bool = False  # a different visit, or its details
    visits: bool = False  # the list of visits
    assumptions: frozenset[str] = field(default_factory=frozenset)  # uids confirmed, fixed or reopened
    delegation: bool = False  # its members, stays or dismissed findings


class Session(QObject):
    """Holds the repository, the visit on screen and the undo stack; emits ``changed`` after every edit."""

    changed = Signal(object)  # Changes
    selection_changed = Signal(object)  # engagement uid or None
    failed = Signal(str)  # a user-facing message when an edit could not be written
    loading = Signal(bool)  # a visit is being read on the worker thread (True), or is shown (False)
    checked = Signal(object)  # list[Finding]: the checks' findings for the visit as it is now

    def __init__(
        self, store: VisitStore, parent: QObject | None = None, worker: Worker | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.visit: Visit | None = None
        self.days: list[schedule.Day] = []
        self.clashes: list[schedule.Clash] = []
        self.clashes_by_uid: dict[str, list[schedule.Clash]] = {}
        self._derived: Derived | None = None  # the days and clashes indexed for engagement edits
        self.selected: str | None = None
        self.pending: int | None = None  # the visit being loaded in the background, if any
        #: The version this session wrote last of each row it wrote: (visit id, kind, uid) → version.
        self.written: dict[tuple[int, str, str], int] = {}
        self.findings: list[Finding] = []  # the checks' findings, dismissed ones included
        self.findings_by_uid: dict[str, list[Finding]] = {}  # the ones not dismissed, per engagement
        self.today: dt.date | None = None  # the date the checks take as today (None: the clock's)
        self.checked_once = False  # whether the checks have reported on the visit shown since it opened
        #: whether a visit just opened is checked (after CHECK_DELAY_MS); a screenshot turns it off,
        #: so what it imports and draws never depends on how fast the machine is
        self.checks_on_open = True
        #: False while ``store`` is the read-only copy of the window's first paint: every edit is
        #: refused, with :data:`STILL_OPENING`, until the real repository is swapped in
        self.editable = True
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        #: the checks run on ``worker`` (at once, here, without one); stale results are dropped
        self.checker = Checker(worker, self)
        self.checker.done.connect(self._checked)
        self.checker.failed.connect(self.failed)

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

    def show_visit(self, visit: Visit | None) -> None:
        """Show a visit read elsewhere (the first paint's): as if it had been loaded here."""
        self._show(visit, *derive(visit))

    def use_store(self, store: VisitStore) -> None:
        """Work on ``store`` from now on (the real repository, after the first paint); edits allowed."""
        self.store = store
        self.editable = True

    def schedule_checks(self) -> None:
        """Run the checks a moment from now (as after opening a visit), if ``checks_on_open``."""
        if self.checks_on_open and self.visit is not None:
            self._check_timer.start()

    def _show(self, visit: Visit | None, days: list[schedule.Day], clashes: list[schedule.Clash]) -> None:
        self.visit = visit
        self.days = days
        self.clashes = clashes
        self.clashes_by_uid = schedule.clashes_by_uid(clashes)
        self.findings, self.findings_by_uid = [], {}
        self.checked_once = visit is None
        self.checker.cancel()  # a result for the visit shown before is not about this one
        # the checks load the gazetteer: not before the first paint of a visit just opened
        if self.checks_on_open:
            self._check_timer.start()
        self.select(None)
        self.changed.emit(Changes(visit.id if visit else None, visit=True))

    def show_refreshed(
        self, visit: Visit | None, days: list[schedule.Day], clashes: list[schedule.Clash]
    ) -> None:
        """Show the open visit as someone else's change left it (live refresh): the selection and
        the scroll position stay where they are when they still can."""
        if visit is None or self.visit is None or visit.id != self.visit.id:
            self._show(visit, days, clashes)
            self.changed.emit(Changes(visit.id if visit else self.visit_id, visits=True))
            return
        self.visit, self.days, self.clashes = visit, days, clashes
        self.clashes_by_uid = schedule.clashes_by_uid(clashes)
        if self.checks_on_open:
            self._check()
        if self.selected is not None and visit.engagement(self.selected) is None:
            self.select(None)
        uids = frozenset(e.uid for e in visit.engagements)
        self.changed.emit(Changes(visit.id, uids, frozenset(c.uid for c in visit.contacts), visits=True))

    def engagement(self, uid: str | None) -> Engagement | None:
        """The open visit's engagement ``uid`` (by the edit index when it is in step: no scan)."""
        if self.visit is None or uid is None:
            return None
        held = self._derived
        if held is not None and held.visit is self.visit and held.clashes is self.clashes:
            return held.engagement(uid)
        return self.visit.engagement(uid)

    def select(self, uid: str | None) -> None:
        if uid != self.selected:
            self.selected = uid
            self.selection_changed.emit(uid)

    def _derive(self) -> None:
        self.days, self.clashes = derive(self.visit)
        self.clashes_by_uid = schedule.clashes_by_uid(self.clashes)
        self._check_timer.stop()
        self._check()

    def _check(self) -> None:
        """Ask for the checks on the visit as it is now (on the worker thread; ``checked`` follows).

        Meanwhile the findings shown keep what the user just dismissed or restored."""
        if self.visit is None:
            self.checker.cancel()
            self._set_findings([])
            return
        self._set_findings(with_dismissals(self.findings, self.visit.dismissed))
        today = self.today or dt.date.today()  # noqa: DTZ011 - "soon" is about the user's calendar day
        self.checker.request(self.visit, today)

    def _set_findings(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.findings_by_uid = findings_by_engagement([f for f in findings if f.dismissed is None])

    def _checked(self, findings: list[Finding]) -> None:
        """The checks' result for the visit as it is now (stale ones never arrive here): tell the views."""
        self._set_findings(findings)
        self.checked_once = True
        self.changed.emit(Changes(self.visit_id, delegation=True))
        self.checked.emit(findings)

    def check_now(self) -> None:
        """Run the checks on the open visit (after a visit is shown, or on demand); the views hear of
        the result through ``changed`` and ``checked``."""
        self._check_timer.stop()
        self._check()

    def open_findings(self) -> list[Finding]:
        """The findings the user has not dismissed."""
        return [f for f in self.findings if f.dismissed is None]

    # -- operations (each pushes one undoable command) ---------------------------------------------

    def save_engagement(self, after: Engagement, text: str) -> bool:
        """Add ``after`` or replace the engagement with its uid; one undo step."""

        if self.visit is None or self.visit.id is None:
            return False
        before = self.engagement(after.uid)
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

    def save_delegation(self, after: Delegation, text: str) -> bool:
        """Change the open visit's members, stays, dismissed findings or attendance; one undo step."""
        if self.visit is None or self.visit.id is None:
            return False
        before = Delegation.of(self.visit)
        return self._push(DelegationCommand(self, self.visit.id, before, after, text))

    def delegation(self) -> Delegation:
        """The open visit's delegation as it is now (to change and pass to ``save_delegation``)."""
        return Delegation.of(self.visit) if self.visit is not None else Delegation()

    def dismiss_finding(self, key: str, reason: str) -> bool:
        """Dismiss the finding stored under ``key`` with the user's reason (undoable)."""
        current = self.delegation()
        dismissed = {**current.dismissed, key: reason.strip() or "dismissed"}
        return self.save_delegation(dataclasses.replace(current, dismissed=dismissed), "Dismiss a finding")

    def restore_finding(self, key: str) -> bool:
        """Take back a dismissal: the finding is listed and counted again (undoable)."""
        current = self.delegation()
        if key not in current.dismissed:
            return False
        dismissed = {k: v for k, v in current.dismissed.items() if k != key}
        return self.save_delegation(dataclasses.replace(current, dismissed=dismissed), "Restore a finding")

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
        if not self.editable:
            self.failed.emit(STILL_OPENING)
            return False
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

    def _expected(self, key: tuple[int, str, str], shown: int, replay: bool) -> int:
        """The stored version a write may replace: on a replay (undo, redo) the one this session
        wrote last, so someone else's newer change is refused; else the one shown (0: absent)."""
        return self.written.get(key, shown) if replay else shown

    def write_engagement(
        self, visit_id: int, uid: str, target: Engagement | None, *, replay: bool = False
    ) -> None:
        """Make the stored engagement ``uid`` equal ``target`` (``None`` deletes it); ``ConflictError``
        if someone else changed it since (see :meth:`_expected`)."""
        current = self._stored_engagement(visit_id, uid)
        key = (visit_id, "engagement", uid)
        version = self._expected(key, current.version if current is not None else 0, replay)
        if target is None:
            if version:
                self.store.delete_engagement(visit_id, uid, version=version)
            stored = None
        else:
            stored = self.store.save_engagement(visit_id, dataclasses.replace(target, version=version))
        if self.visit is not None and self.visit.id == visit_id:
            derived = self._derived_now(self.visit)  # indexed as shown, before the edit
            items = list(self.visit.engagements)  # an edit keeps its place, a new one goes last
            at = next((i for i, e in enumerate(items) if e.uid == uid), None)
            if at is not None and stored is None:
                del items[at]
            elif at is not None and stored is not None:
                items[at] = stored
            elif stored is not None:
                items.append(stored)
            self.visit.engagements = items
            derived.changed(self.visit, uid, stored)  # this engagement's days and clashes only
            self.days, self.clashes, self.clashes_by_uid = derived.days, derived.clashes, derived.by_uid
            self._check_timer.stop()
            self._check()
        self.written[key] = stored.version if stored is not None else 0
        self.changed.emit(Changes(visit_id, engagements=frozenset({uid})))

    def _derived_now(self, visit: Visit) -> Derived:
        """The days and clashes on show, indexed for one engagement edit at a time (made again when
        anything else has derived them since)."""
        held = self._derived
        if (
            held is None
            or held.visit is not visit
            or held.days is not self.days
            or held.clashes is not self.clashes
        ):
            keep = functools.partial(share_a_member, visit)
            held = self._derived = Derived(visit, keep, self.days, self.clashes)
        return held

    def write_visit_details(self, visit_id: int, target: Visit, *, replay: bool = False) -> None:
        """Make the stored header and stops of visit ``visit_id`` equal those of ``target`` (a replay
        is refused if someone else changed them since: see :meth:`_expected`)."""
        open_here = self.visit is not None and self.visit.id == visit_id
        current = self.visit if open_here else self.store.load_visit(visit_id)
        assert current is not None
        wanted = dataclasses.replace(  # the fields the dialog does not edit (notes, source…) stay
            current,
            **{name: getattr(target, name) for name in DETAIL_FIELDS},
            stops=[dataclasses.replace(s) for s in target.stops],
        )
        key = (visit_id, "visit", "")
        wanted.version = self._expected(key, current.version, replay)
        stored = self.store.save_visit_details(wanted)
        self.written[key] = stored.version
        if open_here and self.visit is not None:
            for name in DETAIL_FIELDS:
                setattr(self.visit, name, getattr(stored, name))
            self.visit.stops = list(stored.stops)
            self.visit.version = stored.version
            self._derive()
        self.changed.emit(Changes(visit_id, visit=True, visits=True))

    def write_delegation(
        self, visit_id: int, target: Delegation, *, expected: Delegation | None = None
    ) -> Changes:
        """Make the stored delegation of visit ``visit_id`` equal ``target`` (a whole-visit save that
        refuses, changing nothing, if the visit changed elsewhere meanwhile).

        An undo or redo passes ``expected``, the delegation its command left: if the visit shown
        (refreshed from others' changes) holds another, someone changed it since, and nothing is written.
        """
        open_here = self.visit is not None and self.visit.id == visit_id
        current = self.visit if open_here and self.visit is not None else self.store.load_visit(visit_id)
        if expected is not None and Delegation.of(current) != expected:
            raise ConflictError("the delegation was changed by someone else since", what="the delegation")
        before = {e.uid: e.member_uids for e in current.engagements}
        stored = self.store.save_visit(target.applied_to(current), action="edited delegation")
        touched = frozenset(e.uid for e in stored.engagements if before.get(e.uid) != e.member_uids)
        if open_here:
            self.visit = stored
            self._derive()
        changes = Changes(visit_id, engagements=touched, delegation=True)
        self.changed.emit(changes)
        return changes

    def write_contact(self, visit_id: int, uid: str, target: Contact | None, *, replay: bool = False) -> None:
        """``write_engagement`` for a contact."""
        current = self._stored_contact(visit_id, uid)
        key = (visit_id, "contact", uid)
        version = self._expected(key, current.version if current is not None else 0, replay)
        if target is None:
            if version:
                self.store.delete_contact(visit_id, uid, version=version)
            stored = None
        else:
            stored = self.store.save_contact(visit_id, dataclasses.replace(target, version=version))
        if self.visit is not None and self.visit.id == visit_id:
            items = [c for c in self.visit.contacts if c.uid != uid]
            if stored is not None:
                old = [c.uid for c in self.visit.contacts]
                index = old.index(uid) if uid in old else len(items)
                items.insert(index, stored)
            self.visit.contacts = items
        self.written[key] = stored.version if stored is not None else 0
        self.changed.emit(Changes(visit_id, contacts=frozenset({uid})))

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
        if self.visit is not None and self.visit.id == visit_id:
            return self.engagement(uid)
        return self.store.load_visit(visit_id).engagement(uid)

    def _stored_contact(self, visit_id: int, uid: str) -> Contact | None:
        visit = self.visit if self.visit and self.visit.id == visit_id else self.store.load_visit(visit_id)
        return visit.contact(uid)
