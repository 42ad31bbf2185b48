"""What a timed block looks like, prepared once: its background as plain values and its lines as QStaticText.

A block is made again whenever what it shows can change (an edit that touches
its day, a new zoom, width, zone or font: the layout is rebuilt), so its look
is kept on the block (``Block.look``) and a repaint only draws: no eliding, no
font metrics, no text layout.  What depends on the scene rather than the block
(the selection, findings, open assumptions) is decided by the painter.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QLineF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QStaticText, QTransform

from planner.core.model import Status
from planner.ui.itinerary import blocks as B
from planner.ui.itinerary.fitting import Fonts
from planner.ui.itinerary.palette import CLASH, MUTED, PLACE_CLASH, SELECTION, TEXT, colour_of

RADIUS = 5.0
OPACITY_FADED = 0.45
TEXT_PEN = QPen(TEXT)
MUTED_PEN = QPen(MUTED)
WHITE_PEN = QPen(QColor("white"))
DOT_PEN = QPen(QColor("white"), 1.5)


def static_text(text: str, font: QFont) -> QStaticText:
    """``text`` laid out once in ``font`` (plain text: a title with ``<`` is not markup)."""
    shaped = QStaticText(text)
    shaped.setTextFormat(Qt.TextFormat.PlainText)
    shaped.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
    shaped.prepare(QTransform(), font)
    return shaped


@dataclass(frozen=True)
class Line:
    """One line of a block's text: where it starts (top left), its shaped text, font and pen."""

    at: QPointF
    text: QStaticText
    font: QFont
    pen: QPen
    plain: str  # the text itself (tests and accessibility read it)


@dataclass(frozen=True)
class Face:
    """A block's background (fill, hatch, accent bar, border, badge) as plain values, relative to the
    block's drawn rectangle: equal faces look the same wherever they are, so one picture serves them."""

    width: float
    height: float
    fill: int  # ARGB
    hatch: int | None  # ARGB of the diagonal hatch of a proposed or tentative block
    accent: int
    border: tuple[int, float, bool]  # ARGB, width, dashed
    faded: bool  # cancelled: drawn at lower opacity
    badge: tuple[int, str, str] | None  # ARGB, glyph, where ("title", "low" or "corner")
    glyph_font: str  # the badge glyph's font (``QFont.key``)

    def selected(self) -> Face:
        """The same face with the selection's border."""
        return replace(self, border=(SELECTION.rgba(), 2.0, False))

    def draw(self, p: QPainter, at: QPointF, glyph_font: QFont) -> None:
        """Paint the face with its drawn rectangle's top left at ``at`` (the painter's state changes)."""
        rect = QRectF(at, QSizeF(self.width, self.height))
        if self.faded:
            p.setOpacity(OPACITY_FADED)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor.fromRgba(self.fill))
        p.drawRoundedRect(rect, RADIUS, RADIUS)
        if self.hatch is not None:
            p.setBrush(QBrush(QColor.fromRgba(self.hatch), Qt.BrushStyle.BDiagPattern))
            p.drawRoundedRect(rect, RADIUS, RADIUS)
        p.setBrush(QColor.fromRgba(self.accent))  # accent bar at the left
        p.drawRoundedRect(QRectF(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        # border: dashed when not firm, red when clashing, dark when selected
        colour, width, dashed = self.border
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        p.setPen(QPen(QColor.fromRgba(colour), width, style))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, RADIUS, RADIUS)
        if self.badge is not None:
            colour, glyph, where = self.badge
            draw_badge(p, rect, QColor.fromRgba(colour), glyph, where, glyph_font)
        if self.faded:
            p.setOpacity(1.0)


def badge_disc(rect: QRectF, where: str) -> QRectF:
    """Where the clash or postponed badge is: beside the title, low at the right, or astride the corner."""
    if where == "corner":
        return QRectF(rect.right() - 6, rect.top() - 4, 10, 10)
    size = float(B.BADGE)
    top = rect.bottom() - size - 3 if where == "low" else rect.top() + 3
    return QRectF(rect.right() - size - 3, top, size, size)


def draw_badge(p: QPainter, rect: QRectF, colour: QColor, glyph: str, where: str, font: QFont) -> None:
    disc = badge_disc(rect, where)
    if where == "corner":  # a dot astride the top-right corner, clear of the text
        p.setPen(DOT_PEN)
        p.setBrush(colour)
        p.drawEllipse(disc)
        return
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawEllipse(disc)
    p.setPen(WHITE_PEN)
    p.setFont(font)
    p.drawText(disc, Qt.AlignmentFlag.AlignCenter, glyph)


@dataclass(frozen=True)
class Look:
    """Everything a paint of one timed block needs that does not change until the block does."""

    rect: QRectF  # the drawn rectangle (a pixel inside the block's own top and bottom)
    face: Face
    lines: tuple[Line, ...]
    strikes: tuple[QLineF, ...]  # a cancelled block's title lines are struck through

    @property
    def texts(self) -> list[str]:
        return [line.plain for line in self.lines]


def look_of(block: B.Block, fonts: Fonts) -> Look:
    """The block's look, made the first time it is drawn and kept on the block."""
    found = block.look
    if found is None:
        found = block.look = make_look(block, fonts)
    assert isinstance(found, Look)
    return found


def make_look(block: B.Block, fonts: Fonts) -> Look:
    rect = block.rect.adjusted(0, 1, 0, -1)
    lines, strikes = _lines(block, rect, fonts)  # fitting the lines decides where the badge goes
    return Look(rect, face_of(block, rect, fonts), tuple(lines), tuple(strikes))


def face_of(block: B.Block, rect: QRectF, fonts: Fonts) -> Face:
    colour = colour_of(block.kind)
    faded = block.status is Status.CANCELLED
    not_firm = block.status in (Status.PROPOSED, Status.TENTATIVE)
    border = (colour_of(block.kind, 0.55).rgba(), 1.0, False)
    if not_firm or block.status is Status.POSTPONED:
        border = (colour.rgba(), 1.2, True)
    clash_colour = CLASH if "overlaps" in block.clash else PLACE_CLASH
    if block.clash:
        border = (clash_colour.rgba(), 2.0, False)
    badge = None
    if block.clash:
        badge = (clash_colour.rgba(), "!", block.badge_at)
    elif block.status is Status.POSTPONED:
        badge = (MUTED.rgba(), "⏸", block.badge_at)
    return Face(
        width=rect.width(),
        height=rect.height(),
        fill=colour_of(block.kind, 0.16 if not faded else 0.08).rgba(),
        hatch=colour_of(block.kind, 0.35).rgba() if not_firm else None,
        accent=colour.rgba(),
        border=border,
        faded=faded,
        badge=badge,
        glyph_font=fonts.bold.key(),
    )


def _lines(block: B.Block, rect: QRectF, fonts: Fonts) -> tuple[list[Line], list[QLineF]]:
    """The block's fitted lines, each at the top left of its row (rows as tall as their font)."""
    x = rect.left() + block.text_left
    y = rect.top() + block.pad - 1
    right = rect.right() - block.pad
    found: list[Line] = []
    strikes = []
    for text, role in block.lines:
        font = fonts.bold if role == "title" else fonts.small
        fm = QFontMetricsF(font)
        found.append(Line(QPointF(x, y), static_text(text, font), font, _pen(role), text))
        if role == "title" and block.status is Status.CANCELLED:
            middle = y + fm.height() / 2 + 1
            width = min(fm.horizontalAdvance(text), right - x)
            strikes.append(QLineF(x, middle, x + width, middle))
        y += fm.height()
    return found, strikes


def _pen(role: str) -> QPen:
    return TEXT_PEN if role in ("title", "time") else MUTED_PEN
