"""The checks a senior protocol officer does by eye, as findings with stable codes.

``run_checks(visit, today=...)`` returns every finding, in a stable order, each marked with the
reason if the user dismissed it (``visit.dismissed``).  One module per family of rules:

* ``overlaps``: ``clash.member``, ``clash.travel`` (one member booked twice, or on a leg and at a meeting);
* ``whereabouts``: ``place.not-there`` (an engagement where the delegation or that member is not);
* ``transfers``: ``travel.too-tight`` (not enough time to get from one engagement to the next);
* ``calendar``: ``holiday``, ``weekend``, ``hour.unusual`` (the host country is not at work);
* ``nights``: ``stay.missing-night``, ``leg.late-arrival-no-stay`` (a bed for every night);
* ``legs``: ``leg.zone-mismatch``; ``coverage``: ``day.no-stop``, ``unscheduled.soon``.

Every rule sorts and sweeps (O(n log n) in the engagements, times the members); none compares all
pairs.  The clock is never read here: ``today`` is passed in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from planner.core.checks.finding import CheckSettings, Coordinates, Finding, Severity

if TYPE_CHECKING:
    from planner.core.checks.places import gazetteer_coordinates
    from planner.core.checks.run import run_checks

#: Every code a finding can have, in the order of the module docstring.
CODES = (
    "clash.member",
    "clash.travel",
    "place.not-there",
    "travel.too-tight",
    "holiday",
    "weekend",
    "hour.unusual",
    "stay.missing-night",
    "leg.late-arrival-no-stay",
    "leg.zone-mismatch",
    "day.no-stop",
    "unscheduled.soon",
)


def has_errors(findings: list[Finding]) -> bool:
    """Whether any finding is an error the user has not dismissed (``planner check`` then exits 1)."""
    return any(f.blocks for f in findings)


def findings_by_engagement(findings: list[Finding]) -> dict[str, list[Finding]]:
    """The findings about each engagement uid (for a badge on its block)."""
    by_uid: dict[str, list[Finding]] = {}
    for finding in findings:
        for uid in finding.engagements:
            by_uid.setdefault(uid, []).append(finding)
    return by_uid


#: Where the names that need every rule's module live: they are imported on first use, so a
#: finding can be read (the window's first paint) without loading the rules and the gazetteer.
_LAZY = {"run_checks": "planner.core.checks.run", "gazetteer_coordinates": "planner.core.checks.places"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CODES",
    "CheckSettings",
    "Coordinates",
    "Finding",
    "Severity",
    "findings_by_engagement",
    "gazetteer_coordinates",
    "has_errors",
    "run_checks",
]
