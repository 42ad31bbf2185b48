"""Where the keyboard selection goes next, and where the delegation is at a slot of a day.

Plain functions over an ``ItineraryLayout``: they lay out only the days they look into.
"""

from __future__ import annotations

import datetime as dt

from planner.core import tz
from planner.core.errors import NonExistentLocalTime
from planner.core.model import Engagement, Kind, Stop
from planner.ui.itinerary import layout as L


def ordered(lay: L.ItineraryLayout, column: int) -> list[L.Block]:
    """A day's blocks in reading order: all-day ones, then by time and lane."""
    starts = [b for b in lay.day_blocks(column) if not b.continues_before]
    return sorted(starts, key=lambda b: (b.all_day is False, b.rect.top(), b.rect.left()))


def _next_day_with_blocks(lay: L.ItineraryLayout, column: int, step: int) -> int | None:
    column += step
    while 0 <= column < len(lay.columns):
        if lay.index.on(column) and ordered(lay, column):
            return column
        column += step
    return None


def next_selection(
    lay: L.ItineraryLayout, selected: str | None, step: tuple[int, int], first_visible: int
) -> L.Block | None:
    """The block an arrow key selects: ``step`` is (days, places in time), one of them ±1.

    Nothing selected: the first block from the first day in view.  Up/down walk the
    blocks in time, on into the next or previous day; left/right take the block nearest
    in time on the nearest day that has any.
    """
    if not len(lay.columns):
        return None
    block = lay.block(selected) if selected else None
    if block is None:
        first = min(max(first_visible, 0), len(lay.columns) - 1)
        col = first if ordered(lay, first) else _next_day_with_blocks(lay, first, 1)
        return ordered(lay, col)[0] if col is not None else None
    days, places = step
    if places:
        order = ordered(lay, block.column)
        at = next(i for i, b in enumerate(order) if b.uid == block.uid) + places
        if 0 <= at < len(order):
            return order[at]
        col = _next_day_with_blocks(lay, block.column, places)
        return ordered(lay, col)[0 if places > 0 else -1] if col is not None else None
    col = _next_day_with_blocks(lay, block.column, days)
    if col is None:
        return None
    return min(ordered(lay, col), key=lambda b: abs(b.rect.top() - block.rect.top()))


def stop_at(lay: L.ItineraryLayout, day: dt.date, at: dt.time | None) -> Stop | None:
    """Where the delegation is at ``at`` (the column's axis time) on ``day``: on a day shared by
    two cities, the city it has travelled to once a journey to it has ended, before that the one
    it starts in; with no journey that day, the last (where it stays the night)."""
    i = lay.index.day_index(day)
    if i is None:
        return None
    stops = lay.columns[i].day.stops
    if len(stops) < 2 or at is None:
        return stops[-1] if stops else None
    try:
        instant = tz.local_to_utc(dt.datetime.combine(day, at), lay.columns[i].day.zone, ambiguous="earlier")
    except NonExistentLocalTime:
        return stops[-1]
    journeys = [e for e in lay.index.timed_on(i) if _is_journey(e)]
    if not journeys:
        return stops[-1]
    here = stops[0]
    for e in journeys:
        assert e.end is not None
        if e.end <= instant:
            here = _arrival_stop(e, stops) or here
    return here


def _is_journey(e: Engagement) -> bool:
    return (e.arrival_tz or e.tz) != e.tz or e.kind is Kind.TRAVEL


def _arrival_stop(e: Engagement, stops: tuple[Stop, ...]) -> Stop | None:
    """The stop a journey arrives at: by its city, else by its arrival zone."""
    by_city = [s for s in stops if e.city and s.city.casefold() == e.city.casefold()]
    by_zone = [s for s in stops if s.tz == e.arrival_tz]
    found = by_city or by_zone
    return found[-1] if found else None
