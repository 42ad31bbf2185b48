"""What our files say beyond RFC 5545: PRODID, uids, ``X-DP-`` names, status words, description labels."""

from __future__ import annotations

import hashlib
import re

from planner import __version__
from planner.core.model import Status

UID_SUFFIX = "@delegation-planner"
PRODID = f"-//Delegation Planner//Delegation Planner {__version__}//EN"
X_PREFIX = "X-DP-"

# Status.UNKNOWN (an event that came without STATUS) is written without STATUS again.
ICS_STATUS = {
    Status.PROPOSED: "TENTATIVE",
    Status.TENTATIVE: "TENTATIVE",
    Status.POSTPONED: "TENTATIVE",
    Status.CONFIRMED: "CONFIRMED",
    Status.CANCELLED: "CANCELLED",
}
FROM_ICS_STATUS = {
    "TENTATIVE": Status.TENTATIVE,
    "CONFIRMED": Status.CONFIRMED,
    "CANCELLED": Status.CANCELLED,
}
POSTPONED_CATEGORY = "Postponed"

# Our own properties (other programs ignore them); X-DP-CONTACT carries one attendee as JSON.
X_CONTACT = X_PREFIX + "CONTACT"
X_TZ = X_PREFIX + "TZ"  # the place's zone when DTSTART is written in UTC (or the event is all-day)
X_END_TZ = X_PREFIX + "END-TZ"  # the arrival zone when DTEND is in UTC or left out
X_VENUE = X_PREFIX + "VENUE"

# Lines of our DESCRIPTION header; the notes follow the first blank line.
ORG_LINE = "Organisation: "
WITH_LINE = "With: "
HOME_LINE = "Home time"
STATUS_LINE = "Status: "


def event_uid(uid: str) -> str:
    """Our own uids get ``@delegation-planner``; a uid that came from another calendar is kept as it was,
    so the event stays the same event there."""
    return f"{uid}{UID_SUFFIX}" if re.fullmatch(r"[0-9a-f]{32}", uid) else uid


def own_uid(raw: str) -> str:
    """The engagement uid an event's UID stands for: ours without ``@delegation-planner``, others as read."""
    return raw[: -len(UID_SUFFIX)] if raw.endswith(UID_SUFFIX) else raw


def calendar_uid(visit_id: int | None, *facts: str) -> str:
    """The calendar's UID: the visit id plus a digest of facts that set this visit apart.

    The database has no id of its own to put in it, so the digest is taken over what a visit
    is created with and rarely changes (its source article or title, head, home zone): two
    visits numbered alike in different databases get different UIDs, while one visit keeps
    its UID across exports.
    """
    digest = hashlib.sha256("\x1f".join(facts).encode("utf-8")).hexdigest()[:16]
    return f"visit-{visit_id if visit_id is not None else 'new'}-{digest}{UID_SUFFIX}"
