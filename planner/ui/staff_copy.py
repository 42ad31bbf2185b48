"""What only the staff copy of the printed programme shows: clashes and the open assumptions, where
they apply, and their count on the title page (the guest copy shows neither)."""

from __future__ import annotations

import datetime as dt
import html

from planner.core import schedule
from planner.core.assumptions import Assumption, open_about, open_on_day, open_ones
from planner.core.model import Engagement, Visit


def _e(text: str | None) -> str:
    return html.escape(text or "").replace("\n", "<br>")


class StaffFlags:
    """What only the staff copy prints: clashes and the open assumptions, where they apply."""

    def __init__(self, visit: Visit) -> None:
        self.visit = visit
        self.clashes = schedule.find_clashes(visit, schedule.visit_days(visit))
        self.by_uid = schedule.clashes_by_uid(self.clashes)
        self.open = open_ones(visit.assumptions, {e.uid for e in visit.engagements})

    def summary(self) -> str:
        """The title page's count of what is still to check, and the guesses about the whole visit."""
        n, c = len(self.open), len(self.clashes)
        lines = [
            f"<p class='note'><span class='assumed'><b>To confirm: {n} open assumption{'s' if n != 1 else ''}"
            "</b></span> (marked ? where they apply) · "
            f"<span class='clash'>{c} clash{'es' if c != 1 else ''}</span> (marked !)</p>"
        ]
        lines += [f"<p class='assumed'>? {_e(a.text)}</p>" for a in self.open if _about_visit(a)]
        return "".join(lines)

    def day(self, day: dt.date) -> list[str]:
        return [f"<p class='assumed'>? {_e(a.text)}</p>" for a in open_on_day(self.open, day)]

    def engagement(self, e: Engagement) -> list[str]:
        flags = [f"<span class='clash'>! {_e(c.message)}</span>" for c in self.by_uid.get(e.uid, [])]
        about = open_about(self.open, e.uid)
        flags += [f"<span class='assumed'>? Assumed: {_e(a.text)}</span>" for a in about]
        return flags


def _about_visit(a: Assumption) -> bool:
    return a.engagement_uid is None and a.first_day is None
