"""What our files say beyond RFC 5545: PRODID, uids, ``X-DP-`` names, status words, description labels."""

from __future__ import annotations

import re

from planner import __version__
from planner.core.model import Status

UID_SUFFIX = "@delegation-planner"
PRODID = f"-//Delegation Planner//Delegation Planner {__version__}//EN"
X_PREFIX = "X-DP-"

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
