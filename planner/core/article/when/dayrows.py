"""The rows under a day's heading, and the rest of a line opened by its day.

A programme's heading that is only a day (``Dec 1 (Monday)``, ``SUNDAY 11 OCTOBER``, ``Day-1 (Thu)
26.03.2026``) dates what stands under it: a headline-like item (``9.30 am: Arrival in Dubai``), a row
opened by its time (``0640 hrs | 1010 hrs | Arrival at …``, ``- 10:00 Meeting with …``) with the rest of
its line, and every row of a list under it, timed or not (``- SQ 255 Bengaluru-Singapore-Brisbane``,
``- 07:15 Land Brisbane International.``): a row without a time does not end the day's list.  A line
opened by its day (``• 27 जनवरी: … आगमन। दोपहर 3 बजे … भेंट।``, a diary's ``29 December (Tue). We
landed …``) dates the rest of that line.
"""

from __future__ import annotations

import dataclasses

from planner.core.article.reading.lists import BULLET
from planner.core.article.reading.text import Sentence
from planner.core.article.when.dates import DateMention
from planner.core.article.when.dayheads import is_day_heading, opens_day_line, opens_with_time
from planner.core.article.when.times import TimeMention

#: the same day as the date before it
_SAME_DAY = DateMention(0, 0, "", after_previous=0)


@dataclasses.dataclass
class DayRows:
    """Reads sentences in order, keeping whether they stand under a day's heading or on a dated line."""

    day_heading: bool = False
    item_line: int = -1  # the line whose day its first sentence gave

    def read(
        self, s: Sentence, found: list[DateMention], times: list[TimeMention]
    ) -> tuple[Sentence, list[DateMention]]:
        """``s`` (no longer a heading if it is an item under a day's) and its dates."""
        if s.heading and found and is_day_heading(s.text, found):
            self.day_heading = True  # "Dec 1 (Monday)" over an itinerary's lines
        elif s.heading and self.day_heading and not found and not times and s.text.isupper():
            self.day_heading = False  # "TO BE CONFIRMED" over the rows still undated: a new section's title
        elif s.heading and self.day_heading and not found:
            # "9.30 am: Arrival in Dubai" under it: an item of that day, not a headline
            s = dataclasses.replace(s, heading=False)
            found = [_SAME_DAY]
        elif self.day_heading and not found and _row(s, times):
            # "0640 hrs | 1010 hrs | Arrival at …. Received by …" under "Day-1 (Thu) 26.03.2026", "- SQ 255
            # …" under "SUNDAY 11 OCTOBER": an item of that day though it has a full stop; its line too
            found, self.item_line = [_SAME_DAY], s.line
        elif not s.heading and s.line != self.item_line and not (self.day_heading and BULLET.match(s.text)):
            self.day_heading = False
        if opens_day_line(s.text, found, s.heading):
            # "• 27 जनवरी: … आगमन। दोपहर 3 बजे … भेंट।", a diary's "29 December (Tue). We landed …"
            self.item_line = s.line
        elif not found and self.item_line == s.line and not s.heading:
            found = [_SAME_DAY]
        return s, found


def _row(s: Sentence, times: list[TimeMention]) -> bool:
    """A row of a day's programme: opened by its time, or a list's item."""
    return bool(times and opens_with_time(s.text, min(t.start for t in times))) or bool(BULLET.match(s.text))


__all__ = ["DayRows"]
