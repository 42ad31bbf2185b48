"""Block backgrounds drawn once into pixmaps and copied on each paint (a few rounded shapes cost more).

A ``Face`` says everything a background shows, so equal faces share one
pixmap: an office visit has a few dozen kinds of block (size, colour, status,
badge), not one per engagement.  The pixmap is drawn with the same calls the
painter would make, at the same fraction of a device pixel, and copied at a
whole device pixel, so the picture is the one painted directly.  A hatched
face is not kept (its pattern is aligned to the widget, not to the block).
The cache holds at most ``limit`` pixmaps and ``budget`` bytes, the least recently used going
first; a face larger than ``LARGEST`` device pixels is always drawn directly.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QPainter, QPixmap, QTransform

from planner.ui.itinerary.looks import Face

MARGIN = 6  # logical px around the drawn rectangle: the border's outer half and the corner dot
STEPS = 64  # fractions of a device pixel told apart (the rasteriser works in 1/64 px)
LARGEST = 160_000  # device pixels: a larger face (a long block in a wide column) is drawn directly
BUDGET = 48 << 20  # bytes of pictures kept at most


class Sprites:
    """Pixmaps of faces by face, fraction of a pixel and pixel ratio; ``made`` counts the drawn ones."""

    def __init__(self, limit: int = 256, budget: int = BUDGET) -> None:
        self.limit, self.budget = limit, budget
        self._items: OrderedDict[tuple[Face, int, int, float], QPixmap] = OrderedDict()
        self._bytes = 0
        self._held: tuple[QTransform, tuple[float, float, float] | None] | None = None
        self.made = 0

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0

    def draw(self, p: QPainter, face: Face, at: QPointF, glyph_font: QFont) -> None:
        """Paint ``face`` with its top left at ``at`` (logical coordinates of ``p``)."""
        grid = self._grid(p)
        if face.hatch is not None or grid is None:  # rotated or sheared: never in the view
            face.draw(p, at, glyph_font)
            return
        ratio, dx, dy = grid
        if (face.width + 2 * MARGIN) * (face.height + 2 * MARGIN) * ratio * ratio > LARGEST:
            face.draw(p, at, glyph_font)
            return
        x, y = (at.x() - MARGIN) * ratio + dx, (at.y() - MARGIN) * ratio + dy  # on the device
        whole_x, whole_y = math.floor(x), math.floor(y)
        frac_x, frac_y = round((x - whole_x) * STEPS), round((y - whole_y) * STEPS)
        key = (face, frac_x, frac_y, ratio)
        pixmap = self._items.get(key)
        if pixmap is None:
            pixmap = self._make(face, frac_x / STEPS, frac_y / STEPS, ratio, glyph_font)
            self._items[key] = pixmap
            self._bytes += _size(pixmap)
            while len(self._items) > self.limit or (self._bytes > self.budget and len(self._items) > 1):
                self._bytes -= _size(self._items.popitem(last=False)[1])
        else:
            self._items.move_to_end(key)
        p.drawPixmap(QPointF((whole_x - dx) / ratio, (whole_y - dy) / ratio), pixmap)

    def _grid(self, p: QPainter) -> tuple[float, float, float] | None:
        """The painter's scale and device offset, when it only scales and moves (the blocks of a
        paint are drawn under one transform: worked out again only when it changes)."""
        to_device = p.deviceTransform()
        held = self._held
        if held is not None and held[0] == to_device:
            return held[1]
        grid = None
        m11 = to_device.m11()
        if to_device.isAffine() and not to_device.m12() and not to_device.m21() and m11 > 0:
            grid = (m11, to_device.dx(), to_device.dy()) if m11 == to_device.m22() else None
        self._held = (to_device, grid)
        return grid

    def _make(self, face: Face, frac_x: float, frac_y: float, ratio: float, glyph_font: QFont) -> QPixmap:
        self.made += 1
        width = math.ceil((face.width + 2 * MARGIN) * ratio + frac_x) + 1
        height = math.ceil((face.height + 2 * MARGIN) * ratio + frac_y) + 1
        pixmap = QPixmap(width, height)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        q = QPainter(pixmap)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        face.draw(q, QPointF((frac_x / ratio) + MARGIN, (frac_y / ratio) + MARGIN), glyph_font)
        q.end()
        return pixmap


def _size(pixmap: QPixmap) -> int:
    return pixmap.width() * pixmap.height() * 4
