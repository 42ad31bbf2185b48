"""Fitting text into a block: eliding, word wrap, and home time put beside local time when short of room."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF


@dataclass
class Fonts:
    """The fonts the view draws with; their metrics drive eliding and row heights."""

    body: QFont
    bold: QFont
    small: QFont

    @classmethod
    def from_base(cls, base: QFont) -> Fonts:
        body = QFont(base)
        bold = QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        size = base.pointSizeF()
        if size > 0:
            small.setPointSizeF(max(size - 1, 7))
        return cls(body=body, bold=bold, small=small)


def elide(fm: QFontMetricsF, text: str, width: float) -> str:
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, max(width, 8))


def wrap(fm: QFontMetricsF, text: str, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap to ``width``; a word longer than the line is elided, the last line too."""
    if max_lines <= 1:
        return [elide(fm, text, width)]
    lines: list[str] = []
    current = ""
    words = text.split()
    for n, word in enumerate(words):
        candidate = f"{current} {word}" if current else word
        if fm.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[n:])
            break
    if current:
        lines.append(current)
    return [elide(fm, line, width) for line in lines[:max_lines]]


def title_lines(fm: QFontMetricsF, title: str, width: float, badge: float, rows: int) -> list[str]:
    """The title on one line if it fits beside the badge, else wrapped over up to ``rows`` lines."""
    if fm.horizontalAdvance(title) <= width - badge:
        return [title]
    return wrap(fm, title, width - badge, rows)


def with_home_inline(
    lines: list[tuple[str, str]], room: float, width: float, fonts: Fonts
) -> list[tuple[str, str]]:
    """When the home-time line would not fit under the local one, put home time on the same line.

    ``10:00–11:00 JST`` + ``06:30–07:30 IST`` → ``10:00–11:00 JST · 06:30 IST`` (or only the
    starts if that is too wide), so an hour-long block still shows both clocks.
    """
    small, bold = QFontMetricsF(fonts.small), QFontMetricsF(fonts.bold)
    homes = [t for t, r in lines if r == "home"]
    time = next((t for t, r in lines if r == "time"), None)
    if not homes or time is None or room >= bold.height() + small.height() * (1 + len(homes)):
        return lines
    home = homes[0]
    home_start = home.split("–")[0].split(" → ")[0]
    home_start = home_start if " " in home_start else f"{home_start} {home.rsplit(' ', 1)[-1]}"
    local_start = time.split("–")[0].split(" → ")[0]
    local_start = local_start if " " in local_start else f"{local_start} {time.rsplit(' ', 1)[-1]}"
    joined = f"{time} · {home_start}"
    if small.horizontalAdvance(joined) > width:
        joined = f"{local_start} · {home_start}"
    out = [(t, r) for t, r in lines if r != "home"]
    return [(joined, r) if r == "time" else (t, r) for t, r in out]
