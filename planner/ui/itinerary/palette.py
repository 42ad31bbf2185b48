"""The itinerary's colours: grid, text, header, selection, clashes, and each kind's tints."""

from __future__ import annotations

import functools

from PySide6.QtGui import QColor

from planner.core.model import Kind
from planner.ui.presentation import kind_colour, tint

GRID = QColor("#e6e8ec")
GRID_HALF = QColor("#f1f2f5")
TEXT = QColor("#1f2937")
MUTED = QColor("#6b7280")
HEADER_BG = QColor("#f8f9fb")
STRIP_BG = QColor("#f3f4f7")
SELECTION = QColor("#111827")
CLASH = QColor("#dc2626")
PLACE_CLASH = QColor("#d97706")
AXIS_NOTE = QColor("#b45309")


@functools.cache
def colour_of(kind: Kind, amount: float = 1.0) -> QColor:
    return tint(kind_colour(kind), amount)
