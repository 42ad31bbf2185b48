"""A snapshot of a visit's delegation (members, stays, dismissed findings, attendance) one edit changes."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from planner.core.model import Member, Stay, Visit


@dataclass(frozen=True)
class Delegation:
    """What a delegation edit changes and its undo restores.

    ``attendance`` maps an engagement's uid to the member uids it lists (absent: the whole delegation).
    """

    members: tuple[Member, ...] = ()
    stays: tuple[Stay, ...] = ()
    dismissed: dict[str, str] = field(default_factory=dict)
    attendance: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, visit: Visit) -> Delegation:
        return cls(
            members=tuple(dataclasses.replace(m) for m in visit.members),
            stays=tuple(dataclasses.replace(s) for s in visit.stays),
            dismissed=dict(visit.dismissed),
            attendance={e.uid: tuple(e.member_uids) for e in visit.engagements if e.member_uids},
        )

    def with_members(self, members: list[Member]) -> Delegation:
        """These members; a removed member leaves every engagement that listed them (an engagement
        left with nobody listed is for the whole delegation again)."""
        known = {m.uid for m in members}
        attendance = {uid: tuple(u for u in uids if u in known) for uid, uids in self.attendance.items()}
        return dataclasses.replace(
            self, members=tuple(members), attendance={k: v for k, v in attendance.items() if v}
        )

    def applied_to(self, visit: Visit) -> Visit:
        """A copy of ``visit`` with this delegation (engagements not in ``attendance`` list nobody)."""
        return dataclasses.replace(
            visit,
            members=[dataclasses.replace(m) for m in self.members],
            stays=[dataclasses.replace(s) for s in self.stays],
            dismissed=dict(self.dismissed),
            engagements=[
                dataclasses.replace(e, member_uids=list(self.attendance.get(e.uid, ())))
                for e in visit.engagements
            ],
        )
