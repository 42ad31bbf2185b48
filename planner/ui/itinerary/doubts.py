"""Marks on the itinerary where the importer guessed: an amber "?" on a day header whose stop was
assumed and on a block with an open assumption (painted in small calls from ``painting``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from planner.core.model import Visit
from planner.ui.itinerary import layout as L

#: The colour of a guess: amber, apart from the clash red and the place-clash orange.
DOUBT = QColor("#f59e0b")
MARK = 16.0  # the mark's diameter


@dataclass(frozen=True)
class Doubts:
    """The open assumptions of the visit on screen, by day and by engagement uid (their texts)."""

    days: dict[dt.date, list[str]] = field(default_factory=dict)
    engagements: dict[str, list[str]] = field(default_factory=dict)


def doubts_of(visit: Visit | None) -> Doubts:
    if visit is None:
        return Doubts()
    days: dict[dt.date, list[str]] = {}
    engagements: dict[str, list[str]] = {}
    for a in visit.assumptions:
        if not a.is_open:
            continue
        if a.engagement_uid is not None:
            engagements.setdefault(a.engagement_uid, []).append(a.text)
        elif a.first_day is not None and a.last_day is not None:
            day = a.first_day
            while day <= a.last_day:
                days.setdefault(day, []).append(a.text)
                day += dt.timedelta(days=1)
    return Doubts(days, engagements)


def header_mark(column_x: float, column_width: float) -> QRectF:
    """Where a day's mark sits in the header (header coordinates): its top-right corner."""
    return QRectF(column_x + column_width - MARK - 6, 6, MARK, MARK)


def block_mark(rect: QRectF, *, beside_badge: bool) -> QRectF:
    """Where a block's mark sits: top-right, left of a clash badge if there is one."""
    size = max(6.0, min(MARK, rect.height() - 6, rect.width() / 3))
    right = rect.right() - 3 - (MARK + 3 if beside_badge else 0)
    return QRectF(right - size, rect.top() + 3, size, size)


def chip_mark(rect: QRectF, *, beside_badge: bool) -> QRectF:
    """Where an all-day chip's mark sits: at its right end, left of a clash dot if there is one."""
    right = rect.right() - 2 - (14 if beside_badge else 0)
    size = min(MARK, rect.height() - 2)
    return QRectF(right - size, rect.center().y() - size / 2, size, size)


def paint_mark(p: QPainter, where: QRectF, font: QFont) -> None:
    """An amber disc with a "?" in it."""
    p.save()
    p.setPen(QPen(QColor("white"), 1.2))
    p.setBrush(DOUBT)
    p.drawEllipse(where)
    p.setPen(QColor("#1f2937"))
    p.setFont(font)
    p.drawText(where, Qt.AlignmentFlag.AlignCenter, "?")
    p.restore()


def tip(texts: list[str]) -> str:
    """A tooltip naming the guesses (confirm or fix them in View → Review)."""
    lines = [f"Assumed: {t}" for t in texts]
    return "\n".join([*lines, "Confirm or fix in the Review panel (View → Review assumptions)."])


def tip_at(
    lay: L.ItineraryLayout, doubts: Doubts, pos: QPointF, scroll_x: float, uid: str | None
) -> str | None:
    """The tooltip of a guess under ``pos`` (viewport coordinates): a marked day header, or the
    block ``uid`` under it; ``None`` when there is no guess there."""
    if pos.y() < lay.header_height and pos.x() >= lay.gutter_width:
        index = lay.column_at(pos.x() - lay.gutter_width + scroll_x)
        texts = doubts.days.get(lay.columns[index].day.date) if index is not None else None
        return tip(texts) if texts else None
    if uid is not None and uid in doubts.engagements:
        return tip(doubts.engagements[uid])
    return None
