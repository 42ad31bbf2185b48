"""What the session works out from a visit, off the UI thread where it can: the days and clashes the
views show, the part of a visit a details edit changes, and a new visit stored on the worker."""

from __future__ import annotations

import dataclasses

from planner.core import schedule
from planner.core.model import Engagement, Visit
from planner.ui.state.store import VisitStore
from planner.ui.state.worker import Cancelled, Progress

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
    days, clashes = schedule.derive(visit)  # O(n log n): a sweep for clashes, bisection for days
    return days, [c for c in clashes if shares_a_member(visit, c)]


def share_a_member(visit: Visit, a: Engagement, b: Engagement) -> bool:
    """Whether two engagements at once concern someone twice (always, for a visit with no members)."""
    if not visit.members:
        return True
    return bool({m.uid for m in visit.members_of(a)} & {m.uid for m in visit.members_of(b)})


def shares_a_member(visit: Visit, clash: schedule.Clash) -> bool:
    """Whether a clash concerns someone twice: members at different engagements at once are not one."""
    if clash.kind != "overlap" or not visit.members:
        return True
    found = [visit.engagement(uid) for uid in clash.uids]
    groups = [{m.uid for m in visit.members_of(e)} for e in found if e is not None]
    return any(a & b for i, a in enumerate(groups) for b in groups[i + 1 :])


def store_new_visit(store: VisitStore, visit: Visit, progress: Progress) -> int:
    """Store ``visit`` on the worker thread; if Cancel was pressed meanwhile, nothing stays stored."""
    progress.check()
    visit_id = store.add_visit(visit)
    if progress.cancelled:  # pressed while the rows were written: take them out again
        store.delete_visit(visit_id)
        raise Cancelled
    return visit_id
