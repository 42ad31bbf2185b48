"""Drawing the itinerary: only the columns and blocks that meet the exposed rectangle are painted.

The painter is handed an ``ItineraryLayout`` and the scroll position; it
converts nothing and formats nothing (the layout did that), and counts the
blocks it draws so tests can prove a paint is bounded by what is visible.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen

from planner.core.model import Kind, Status
from planner.ui.itinerary import layout as L
from planner.ui.itinerary.doubts import Doubts, block_mark, chip_mark, header_mark, paint_mark
from planner.ui.itinerary.looks import OPACITY_FADED, TEXT_PEN, WHITE_PEN, look_of
from planner.ui.itinerary.palette import (
    AXIS_NOTE,
    CLASH,
    GRID,
    GRID_HALF,
    HEADER_BG,
    MUTED,
    PLACE_CLASH,
    SELECTION,
    STRIP_BG,
    TEXT,
    colour_of,
)
from planner.ui.itinerary.sprites import MARGIN, Sprites
from planner.ui.presentation import kind_colour, tint

FINDING_COLOURS = {"error": QColor("#dc2626"), "warning": QColor("#d97706"), "note": QColor("#2563eb")}
FINDING_BADGE = 8.0  # side of the small square that marks a block the checks have a finding about


def finding_badge_rect(rect: QRectF, clash_badge_at: str = "title") -> QRectF:
    """Where a block's finding badge goes: its bottom-right corner, left of a low clash badge."""
    right = rect.right() - 3 - (L.BADGE + 3 if clash_badge_at == "low" else 0)
    return QRectF(right - FINDING_BADGE, rect.bottom() - FINDING_BADGE - 3, FINDING_BADGE, FINDING_BADGE)


class Worst(Protocol):
    """Each engagement's worst open finding (``view.WorstFindings`` or a plain dict)."""

    def get(self, uid: str, /) -> str | None: ...


@dataclass
class Scene:
    """What one paint needs besides the layout: scroll position, viewport, selection, drag ghosts."""

    lay: L.ItineraryLayout
    viewport: QRectF
    scroll_x: float
    scroll_y: float
    selected: str | None
    reference: L.Column | None  # the day whose zone names the local gutter
    ghosts: tuple[QRectF | None, ...] = ()
    ghost_text: str = ""
    findings: Worst | dict[str, str] = field(default_factory=dict)  # uid → its worst open finding
    hotels: dict[object, str] = field(default_factory=dict)  # date → the hotel line of its header
    doubts: Doubts = field(default_factory=Doubts)  # open assumptions, marked with an amber "?"

    @property
    def origin(self) -> QPointF:
        """Viewport position of body point (0, 0)."""
        return QPointF(self.lay.gutter_width - self.scroll_x, self.lay.top_height - self.scroll_y)


class GridPainter:
    """Paints a ``Scene`` within an exposed rectangle; ``painted`` counts the blocks drawn."""

    def __init__(self, p: QPainter, scene: Scene, fonts: L.Fonts, sprites: Sprites | None = None) -> None:
        self.p, self.scene, self.fonts = p, scene, fonts
        self.sprites = sprites if sprites is not None else Sprites()
        self.inside = QRectF()  # the exposed body less a sprite's margin
        self.painted = 0

    def paint(self, exposed: QRectF) -> None:
        p, s, lay = self.p, self.scene, self.scene.lay
        body_clip = QRectF(lay.gutter_width, lay.top_height, s.viewport.width(), s.viewport.height())
        body_exposed = exposed.intersected(body_clip).translated(-s.origin)
        columns = lay.columns_between(body_exposed.left(), body_exposed.right())
        p.save()
        p.setClipRect(body_clip.intersected(exposed))
        p.translate(s.origin)
        self.inside = body_exposed.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        self.grid(columns, body_exposed)
        slivers: dict[Kind, list[QRectF]] = {}
        for i in columns:
            for block in lay.day_blocks(i):
                if block.all_day or not block.rect.intersects(body_exposed):
                    continue
                if block.lines:
                    self.block(block)
                else:  # too narrow for text (many lanes): drawn together below, one call per kind
                    slivers.setdefault(block.kind, []).append(block.rect.adjusted(0, 1, 0, -1))
        self.slivers(slivers)
        if lay.per_column:
            self.strips(columns, body_exposed)
        self.ghosts()
        p.restore()
        header_x = exposed.translated(-lay.gutter_width + s.scroll_x, 0)
        self.header(lay.columns_between(header_x.left(), header_x.right()), exposed)
        self.gutters()

    # -- body ------------------------------------------------------------------------------------

    def grid(self, columns: range, area: QRectF) -> None:
        p, lay = self.p, self.scene.lay
        if not columns:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # straight lines on whole pixels
        left, right = columns.start * lay.column_width, columns.stop * lay.column_width
        first = max(int(area.top() // lay.hour_height), 0)
        last = min(int(area.bottom() // lay.hour_height) + 1, lay.hours)
        for hour in range(first, last + 1):
            y = hour * lay.hour_height
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(left, y), QPointF(right, y))
            if hour < lay.hours and lay.hour_height >= 36:
                p.setPen(QPen(GRID_HALF, 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(left, y + lay.hour_height / 2), QPointF(right, y + lay.hour_height / 2))
        p.setPen(QPen(GRID, 1))
        for i in columns:
            column = lay.columns[i]
            p.drawLine(QPointF(column.x, 0), QPointF(column.x, lay.body_height))
            if column.day.date.weekday() >= 5:
                p.fillRect(
                    QRectF(column.x + 1, 0, column.width - 1, lay.body_height), QColor(248, 249, 251, 160)
                )
            end = column.minutes / 60 * lay.hour_height
            if end < lay.body_height:  # past this day's end: the next day has begun (another zone)
                rest = QRectF(column.x + 1, end, column.width - 1, lay.body_height - end)
                p.fillRect(rest, QBrush(QColor("#e5e7eb"), Qt.BrushStyle.BDiagPattern))
                p.setPen(QPen(QColor("#9ca3af"), 1, Qt.PenStyle.DashLine))
                p.drawLine(QPointF(column.x, end), QPointF(column.x + column.width, end))
                p.setPen(QPen(GRID, 1))
        if columns.stop == len(lay.columns):
            p.drawLine(QPointF(lay.content_width, 0), QPointF(lay.content_width, lay.body_height))
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def strips(self, columns: range, area: QRectF) -> None:
        """Each column's own home (and extra zone) time at every hour of its local axis."""
        p, lay, fonts = self.p, self.scene.lay, self.fonts
        fm = QFontMetricsF(fonts.small)
        zones = lay.zones_shown()
        first = max(int(area.top() // lay.hour_height), 0)
        last = min(int(area.bottom() // lay.hour_height) + 1, lay.hours)
        p.setFont(fonts.small)
        for i in columns:
            column = lay.columns[i]
            strip = QRectF(column.x + 1, area.top(), column.strip - 1, area.height())
            p.fillRect(strip, STRIP_BG)
            for hour in range(first, last):
                y = hour * lay.hour_height
                for row, zone in enumerate(zones):
                    if row and lay.hour_height < (row + 1) * fm.height() + 4:
                        break
                    labels = column.gutter_labels.get(zone, [])
                    text = labels[hour] if hour < len(labels) else ""
                    p.setPen(TEXT if row == 0 else MUTED)
                    p.drawText(
                        QRectF(column.x + 2, y + 2 + row * fm.height(), column.strip - 6, fm.height()),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                        text,
                    )
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(column.body_x, area.top()), QPointF(column.body_x, area.bottom()))

    def slivers(self, by_kind: dict[Kind, list[QRectF]]) -> None:
        """Blocks too narrow for text: a light bar with a dark top edge each, batched per kind."""
        p = self.p
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        for kind, rects in by_kind.items():
            self.painted += len(rects)
            p.setBrush(colour_of(kind, 0.45))
            p.drawRects(rects)
            p.setBrush(colour_of(kind))
            p.drawRects([QRectF(r.left(), r.top(), r.width(), 2) for r in rects])
        p.restore()

    def block(self, block: L.Block) -> None:
        """A timed block from its look (made once per block): a copied background, shaped lines."""
        p = self.p
        self.painted += 1
        look = look_of(block, self.fonts)
        face = look.face.selected() if block.uid == self.scene.selected else look.face
        if face.border[2] and not self.inside.contains(look.rect):
            face.draw(p, look.rect.topLeft(), self.fonts.bold)  # a clipped dashed border starts elsewhere
        else:
            self.sprites.draw(p, face, look.rect.topLeft(), self.fonts.bold)
        if face.faded:
            p.setOpacity(OPACITY_FADED)
        for line in look.lines:
            p.setFont(line.font)
            p.setPen(line.pen)
            p.drawStaticText(line.at, line.text)
        if look.strikes:
            p.setPen(TEXT_PEN)
            p.drawLines(look.strikes)
        severity = self.scene.findings.get(block.uid)
        if severity is not None:
            p.setPen(WHITE_PEN)
            p.setBrush(FINDING_COLOURS.get(severity, MUTED))
            p.drawRect(finding_badge_rect(look.rect, block.badge_at))
        if block.uid in self.scene.doubts.engagements:
            paint_mark(p, block_mark(look.rect, beside_badge=bool(block.clash)), self.fonts.bold)
        if face.faded:
            p.setOpacity(1.0)

    def ghosts(self) -> None:
        p = self.p
        for rect in self.scene.ghosts:
            if rect is None:
                continue
            p.setPen(QPen(SELECTION, 1.5, Qt.PenStyle.DashLine))
            p.setBrush(QColor(37, 99, 235, 40))
            p.drawRoundedRect(rect, 5, 5)
            if self.scene.ghost_text:
                p.setPen(TEXT)
                p.setFont(self.fonts.bold)
                p.drawText(
                    rect.adjusted(8, 4, -4, -2),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    self.scene.ghost_text,
                )

    # -- header, all-day strip and gutters ---------------------------------------------------------

    def header(self, columns: range, exposed: QRectF) -> None:
        p, s, lay, fonts = self.p, self.scene, self.scene.lay, self.fonts
        vp = s.viewport
        p.fillRect(QRectF(0, 0, vp.width(), lay.top_height).intersected(exposed), HEADER_BG)
        p.save()
        p.setClipRect(QRectF(lay.gutter_width, 0, vp.width() - lay.gutter_width, lay.top_height))
        p.translate(lay.gutter_width - s.scroll_x, 0)
        line_h = QFontMetricsF(fonts.body).height() + 2
        for i in columns:
            column = lay.columns[i]
            x, w, y = column.x + 10, column.width - 16, 8.0
            hotel = s.hotels.get(column.day.date)
            lines = [*column.lines[:2], " · ".join([*column.lines[2:3], hotel])] if hotel else column.lines
            roles = ("bold", "body", "small")
            for text, role, colour in zip(lines, roles, (TEXT, TEXT, MUTED), strict=False):
                p.setFont(getattr(fonts, role))
                p.setPen(colour)
                elided = lay.elided(text, role, w)
                p.drawText(
                    QRectF(x, y, w, line_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    elided,
                )
                y += line_h
            if column.day.date in s.doubts.days:
                paint_mark(p, header_mark(column.x, column.width), fonts.bold)
            if column.day.is_travel_day:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor("#0ea5e9"))
                p.drawRoundedRect(QRectF(column.x + 2, 3, column.width - 4, 3), 1.5, 1.5)
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(column.x, 0), QPointF(column.x, lay.top_height))
        p.drawLine(QPointF(lay.content_width, 0), QPointF(lay.content_width, lay.top_height))
        p.drawLine(QPointF(0, lay.header_height), QPointF(lay.content_width, lay.header_height))
        p.translate(0, lay.header_height)
        band = QRectF(lay.gutter_width, lay.header_height, vp.width(), lay.all_day_height)
        band = exposed.intersected(band).translated(s.scroll_x - lay.gutter_width, -lay.header_height)
        for i in columns:
            if lay.per_column:
                self.strip_title(lay.columns[i])
            for block in lay.day_blocks(i):
                if block.all_day and block.rect.intersects(band):
                    self.chip(block)
        p.restore()
        p.setPen(QPen(QColor("#d5d9e0"), 1))
        p.drawLine(QPointF(0, lay.top_height - 0.5), QPointF(vp.width(), lay.top_height - 0.5))

    def strip_title(self, column: L.Column) -> None:
        """Over a column's home-time strip: the zones it shows (``IST``), in the all-day row."""
        p, lay = self.p, self.scene.lay
        fm = QFontMetricsF(self.fonts.small)
        p.fillRect(QRectF(column.x + 1, 0, column.strip - 1, lay.all_day_height), STRIP_BG)
        for row, zone in enumerate(lay.zones_shown()):
            abbr = column.zone_abbrs.get(zone, "")
            p.setFont(self.fonts.bold if row == 0 else self.fonts.small)
            p.setPen(TEXT if row == 0 else MUTED)
            p.drawText(
                QRectF(column.x + 2, 4 + row * fm.height(), column.strip - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                abbr,
            )

    def chip(self, block: L.Block) -> None:
        p = self.p
        self.painted += 1
        colour = kind_colour(block.kind)
        rect = block.rect
        p.save()
        if block.status is Status.CANCELLED:
            p.setOpacity(0.45)
        firm = block.status not in (Status.PROPOSED, Status.TENTATIVE, Status.POSTPONED)
        p.setBrush(colour if firm else tint(colour, 0.18))
        pen = QPen(colour, 1.2, Qt.PenStyle.SolidLine if firm else Qt.PenStyle.DashLine)
        if block.uid == self.scene.selected:
            pen = QPen(SELECTION, 2)
        p.setPen(pen)
        p.drawRoundedRect(rect, 4, 4)
        if not firm:
            p.setBrush(QBrush(tint(colour, 0.45), Qt.BrushStyle.BDiagPattern))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(rect, 4, 4)
        p.setFont(self.fonts.small)
        p.setPen(QColor("white") if firm else TEXT)
        text = block.lines[0][0] if block.lines else block.title
        inner = rect.adjusted(L.BLOCK_PAD + 1, 0, -L.BLOCK_PAD, 0)
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if block.status is Status.CANCELLED:
            fm = QFontMetricsF(self.fonts.small)
            y = inner.center().y() + 1
            p.drawLine(
                QPointF(inner.left(), y),
                QPointF(inner.left() + min(fm.horizontalAdvance(text), inner.width()), y),
            )
        if block.clash:
            dot = QRectF(rect.right() - 14, rect.center().y() - 5, 10, 10)
            p.setBrush(CLASH if "overlaps" in block.clash else PLACE_CLASH)
            p.setPen(QPen(QColor("white"), 1.5))
            p.drawEllipse(dot)
        if block.uid in self.scene.doubts.engagements:
            paint_mark(p, chip_mark(rect, beside_badge=bool(block.clash)), self.fonts.small)
        p.restore()

    def gutters(self) -> None:
        p, s, lay, fonts = self.p, self.scene, self.scene.lay, self.fonts
        vp = s.viewport
        p.fillRect(QRectF(0, 0, lay.gutter_width, vp.height()), HEADER_BG)
        line_h = QFontMetricsF(fonts.small).height()
        # titles in the top-left corner: the local one names the zone of the axis in view
        for i, g in enumerate(lay.gutters):
            x = i * L.GUTTER_WIDTH
            title, subtitle = gutter_title(g, s.reference, lay.per_column)
            p.setFont(fonts.bold)
            p.setPen(TEXT)
            p.drawText(
                QRectF(x, lay.header_height - 2 * line_h - 8, L.GUTTER_WIDTH - 8, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
            p.setFont(fonts.small)
            p.setPen(AXIS_NOTE if subtitle == "axis" else MUTED)
            p.drawText(
                QRectF(x, lay.header_height - line_h - 8, L.GUTTER_WIDTH - 8, line_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                subtitle,
            )
        p.save()
        p.setClipRect(QRectF(0, lay.top_height, lay.gutter_width, vp.height() - lay.top_height))
        p.translate(0, lay.top_height - s.scroll_y)
        p.setFont(fonts.small)
        first = max(int(s.scroll_y // lay.hour_height), 0)
        last = min(int((s.scroll_y + vp.height()) // lay.hour_height) + 1, lay.hours)
        for i, g in enumerate(lay.gutters):
            x = i * L.GUTTER_WIDTH
            labels = s.reference.gutter_labels.get(g.key) if s.reference else None
            p.setPen(TEXT if i == 0 else MUTED)
            for hour in range(first, last):
                text = labels[hour] if labels is not None and hour < len(labels) else ""
                p.drawText(
                    QRectF(x, hour * lay.hour_height + 2, L.GUTTER_WIDTH - 8, line_h),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    text,
                )
            if i:
                p.setPen(QPen(GRID, 1))
                p.drawLine(QPointF(x, 0), QPointF(x, lay.body_height))
        p.restore()
        p.setPen(QPen(QColor("#d5d9e0"), 1))
        p.drawLine(QPointF(lay.gutter_width - 0.5, 0), QPointF(lay.gutter_width - 0.5, vp.height()))


def gutter_title(gutter: L.Gutter, reference: L.Column | None, per_column: bool = False) -> tuple[str, str]:
    """The two lines over a gutter; the local one says which zone the axis in view uses."""
    if gutter.key == "local" and per_column:
        return "Local", "each day"
    if gutter.key == "local" and reference is not None:
        return reference.axis_title, reference.axis_note
    return gutter.title, gutter.subtitle
