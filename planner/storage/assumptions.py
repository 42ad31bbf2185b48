"""A visit's assumptions in the database (revision 0006): rows ⇄ ``Assumption``, matched by uid.

The repository calls in here inside its own transaction: with a whole visit (load, add, save)
and for one assumption confirmed, fixed or reopened (:func:`save_one`).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from planner.core.assumptions import Assumption
from planner.core.errors import NotFoundError, PlannerError
from planner.core.model import Visit
from planner.storage import rows
from planner.storage.checks import check_values
from planner.storage.schema import AssumptionRow, VisitRow


def check_visit(visit: Visit) -> None:
    """Refuse assumptions the database could not hold, before anything is written."""
    uids = [a.uid for a in visit.assumptions]
    if len(set(uids)) != len(uids):
        raise PlannerError(f"visit {visit.title!r}: two assumptions share one uid")
    for assumption in visit.assumptions:
        check_values(assumption, f"assumption {assumption.code!r}")


def load_options() -> list[Any]:
    return [selectinload(VisitRow.assumptions)]


#: An assumption from its ORM row or a Core result row of the same table (shared with the first paint).
from_row = rows.assumption_from_row


def fill(row: AssumptionRow, assumption: Assumption, position: int | None = None) -> None:
    row.uid = assumption.uid
    if position is not None:
        row.position = position
    row.code = assumption.code
    row.text = assumption.text
    row.concerns = assumption.concerns.value
    row.engagement_uid = assumption.engagement_uid
    row.first_day = assumption.first_day
    row.last_day = assumption.last_day
    row.status = assumption.status.value
    row.decided_by = assumption.decided_by
    row.decided_at = assumption.decided_at


def load(row: VisitRow, visit: Visit) -> None:
    visit.assumptions = [from_row(a) for a in row.assumptions]


def save(row: VisitRow, visit: Visit) -> None:
    """Make the visit's stored assumptions those of ``visit`` (matched by uid)."""
    stored = {a.uid: a for a in row.assumptions}
    kept = []
    for position, assumption in enumerate(visit.assumptions):
        arow = stored.pop(assumption.uid, None) or AssumptionRow()
        fill(arow, assumption, position)
        kept.append(arow)
    row.assumptions = kept


def save_one(session: Session, visit_id: int, assumption: Assumption) -> Assumption:
    """Store one assumption's new state (``NotFoundError`` if the visit has none of that uid)."""
    check_values(assumption, f"assumption {assumption.code!r}")
    row = session.scalars(
        sa.select(AssumptionRow).where(
            AssumptionRow.visit_id == visit_id, AssumptionRow.uid == assumption.uid
        )
    ).first()
    if row is None:
        raise NotFoundError(f"visit {visit_id} has no assumption {assumption.uid!r}; reload the visit")
    fill(row, assumption)
    session.flush()
    return from_row(row)
