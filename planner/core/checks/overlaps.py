"""Rules ``clash.member`` and ``clash.travel``: one member booked for two things at once.

Each member's engagements are swept in start order keeping the one that ends last: a start before
that end is an overlap.  Members at different engagements at the same time are not a clash.
"""

from __future__ import annotations

from planner.core.checks.finding import Finding, Severity
from planner.core.checks.itinerary import Itinerary, clock, leg_label, local_day, sentence
from planner.core.model import Engagement, Kind


def overlap_findings(it: Itinerary) -> list[Finding]:
    pairs: dict[tuple[str, str], set[str]] = {}
    by_uid = {e.uid: e for e in it.live}
    for member in it.member_uids:
        latest: Engagement | None = None
        for e in it.timed[member]:
            assert e.start is not None and e.end is not None
            if latest is not None and latest.end is not None and e.start < latest.end:
                pairs.setdefault((latest.uid, e.uid), set()).add(member)
            if latest is None or (latest.end is not None and e.end > latest.end):
                latest = e
    return [_finding(it, by_uid[a], by_uid[b], members) for (a, b), members in pairs.items()]


def _finding(it: Itinerary, first: Engagement, second: Engagement, members: set[str]) -> Finding:
    assert second.start is not None and second.tz is not None
    who = it.who(members)
    at = clock(second.start, second.tz)
    if Kind.TRAVEL in (first.kind, second.kind):
        leg, other = (first, second) if first.kind is Kind.TRAVEL else (second, first)
        message = f"{who} would be on {leg_label(leg)} and at “{other.title}” at once ({at})"
        code, severity = "clash.travel", Severity.ERROR
    else:
        message = f"{who}: “{first.title}” and “{second.title}” overlap ({at})"
        code, severity = "clash.member", Severity.ERROR
    return Finding(
        code,
        severity,
        sentence(message),
        engagements=(first.uid, second.uid),
        members=it.concerned(members),
        day=local_day(second),
    )
