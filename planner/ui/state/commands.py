"""Undoable edits: each command writes to the database at once, in ``redo`` and again in ``undo``.

An undo or redo is a *replay*: the session then expects the stored row to be the version it wrote
last itself, so if someone else changed the row since, the store refuses, the newer data stays,
and the command leaves the undo stack (marked obsolete) with a message saying who changed it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtGui import QUndoCommand

from planner.core.assumptions import Assumption
from planner.core.errors import ConflictError, PlannerError
from planner.core.model import Contact, Engagement, Visit
from planner.ui.state.delegation import Delegation


class Target(Protocol):
    """What the commands write through (the session); they never import it."""

    def report_failure(self, message: str) -> None: ...

    def write_engagement(
        self, visit_id: int, uid: str, target: Engagement | None, *, replay: bool = False
    ) -> Any: ...

    def write_contact(
        self, visit_id: int, uid: str, target: Contact | None, *, replay: bool = False
    ) -> Any: ...

    def write_visit_details(self, visit_id: int, target: Visit, *, replay: bool = False) -> Any: ...

    def write_delegation(
        self, visit_id: int, target: Delegation, *, expected: Delegation | None = None
    ) -> Any: ...

    def write_assumption(self, visit_id: int, target: Assumption) -> Any: ...


Row = TypeVar("Row", Engagement, Contact)


class WriteCommand(QUndoCommand):
    """A command whose first ``redo`` already happened (in ``apply_first``, where errors can be shown)."""

    def __init__(self, session: Target, text: str) -> None:
        super().__init__(text)
        self.session = session
        self._applied = False

    def apply_first(self) -> None:
        self._forward()
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo; the write is already done
            self._applied = False
            return
        self._guarded(self._forward, "not redone")

    def undo(self) -> None:
        self._guarded(self._backward, "not undone")

    def _guarded(self, write: Callable[[], None], refused: str) -> None:
        try:
            write()
        except ConflictError as exc:  # someone else's newer change stays; this step goes
            self.setObsolete(True)
            what = exc.what or "it"
            by = f" by {exc.by}" if exc.by else " by someone else"
            self.session.report_failure(f"{self.text()}: {what} was changed{by} since; {refused}")
        except PlannerError as exc:
            self.session.report_failure(f"{self.text()}: {exc}")

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
        raise NotImplementedError


class RowCommand(WriteCommand, Generic[Row]):
    """Add, change or delete one engagement or contact (``before``/``after`` of ``None`` mean absent)."""

    def __init__(
        self, session: Target, visit_id: int, before: Row | None, after: Row | None, text: str
    ) -> None:
        super().__init__(session, text)
        self.visit_id = visit_id
        self.before: Row | None = before
        self.after: Row | None = after
        either = after or before
        self.uid = either.uid if either is not None else ""
        self._replay = False  # the first write is made from what the window shows; later ones replay

    def _forward(self) -> None:
        self._write(self.after, replay=self._replay)
        self._replay = True

    def _backward(self) -> None:
        self._write(self.before, replay=True)

    def _write(self, value: Row | None, *, replay: bool) -> None:
        raise NotImplementedError


class EngagementCommand(RowCommand[Engagement]):
    """Add, change or delete one engagement."""

    def _write(self, value: Engagement | None, *, replay: bool) -> None:
        self.session.write_engagement(self.visit_id, self.uid, value, replay=replay)


class ContactCommand(RowCommand[Contact]):
    """Add, change or delete one contact."""

    def _write(self, value: Contact | None, *, replay: bool) -> None:
        self.session.write_contact(self.visit_id, self.uid, value, replay=replay)


class VisitDetailsCommand(WriteCommand):
    """Change a visit's header (title, head, home zone, dates) and its stops."""

    def __init__(self, session: Target, visit_id: int, before: Visit, after: Visit, text: str) -> None:
        super().__init__(session, text)
        self.visit_id = visit_id
        self.before = before
        self.after = after
        self._replay = False

    def _forward(self) -> None:
        self.session.write_visit_details(self.visit_id, self.after, replay=self._replay)
        self._replay = True

    def _backward(self) -> None:
        self.session.write_visit_details(self.visit_id, self.before, replay=True)


class DelegationCommand(WriteCommand):
    """Change the delegation: its members, stays, dismissed findings and who attends what."""

    def __init__(
        self, session: Target, visit_id: int, before: Delegation, after: Delegation, text: str
    ) -> None:
        super().__init__(session, text)
        self.visit_id = visit_id
        self.before = before
        self.after = after
        self._written = False

    def _forward(self) -> None:
        # the first write is what the window shows; a redo expects the delegation as the undo left it
        expected = self.before if self._written else None
        self.session.write_delegation(self.visit_id, self.after, expected=expected)
        self._written = True

    def _backward(self) -> None:
        self.session.write_delegation(self.visit_id, self.before, expected=self.after)


class AssumptionCommand(WriteCommand):
    """Confirm or fix one assumption (undo opens it again as it was)."""

    def __init__(
        self, session: Target, visit_id: int, before: Assumption, after: Assumption, text: str
    ) -> None:
        super().__init__(session, text)
        self.visit_id = visit_id
        self.before = before
        self.after = after

    def _forward(self) -> None:
        self.session.write_assumption(self.visit_id, self.after)

    def _backward(self) -> None:
        self.session.write_assumption(self.visit_id, self.before)
