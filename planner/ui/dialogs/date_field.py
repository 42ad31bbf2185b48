"""A date field with a calendar pop-up whose weekday names are never cut (``M…`` for Monday)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

#: room around a weekday name in its column (the cell's margins and the grid line)
_CELL_MARGIN = 14


def date_edit(accessible_name: str, parent: QWidget | None = None) -> QDateEdit:
    """A ``QDateEdit`` showing ``Sat 23 Aug 2025`` with a calendar pop-up sized to its weekday names."""
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setAccessibleName(accessible_name)
    calendar = QCalendarWidget(edit)
    fit_calendar(calendar)
    edit.setCalendarWidget(calendar)
    return edit


def fit_calendar(calendar: QCalendarWidget) -> None:
    """Short weekday names, no week numbers, and a minimum width at which every name fits its column."""
    calendar.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
    calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
    calendar.setGridVisible(False)
    locale = calendar.locale()
    metrics = calendar.fontMetrics()
    widest = max(
        metrics.horizontalAdvance(locale.dayName(day, QLocale.FormatType.ShortFormat)) for day in range(1, 8)
    )
    widest = max(widest, metrics.horizontalAdvance("30"))
    calendar.setMinimumWidth(7 * (widest + _CELL_MARGIN) + 8)
