"""The one stable order engagements are listed in: by start (or day), then title; unscheduled last."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner.core import tz
from planner.core.model import Engagement

_NEVER = dt.datetime(1, 1, 1, tzinfo=dt.UTC)

SortKey = tuple[int, dt.datetime, str, str]


def engagement_key(engagement: Engagement, home_tz: str = "Asia/Kolkata") -> SortKey:
    """Timed ones by their start instant, all-day ones by the start of their day in their zone.

    An all-day engagement without a zone is placed in ``home_tz``; ties go by title, then uid,
    so the order never depends on how the engagements were read.
    """
    title = engagement.title.casefold()
    if engagement.start is not None:
        return (0, engagement.start, title, engagement.uid)
    if engagement.date is not None:
        zone = engagement.tz if engagement.tz and tz.is_zone(engagement.tz) else home_tz
        return (0, tz.day_bounds(engagement.date, zone)[0], title, engagement.uid)
    return (1, _NEVER, title, engagement.uid)


def sort_engagements(engagements: Iterable[Engagement], home_tz: str = "Asia/Kolkata") -> list[Engagement]:
    return sorted(engagements, key=lambda e: engagement_key(e, home_tz))
