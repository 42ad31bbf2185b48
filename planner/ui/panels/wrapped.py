"""Rows of wrapped text in a list, measured and drawn with the same metrics.

Under a style sheet Qt's own delegate measures a wrapped row with other margins and line heights
(a Devanagari word in the line, the style sheet's item padding) than it draws it with, so a long
row ends in "…" above an empty gap. Here both the height and the drawing come from one
``QFontMetrics.boundingRect``/``drawText`` pair with the same rectangle and flags.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

PAD = 6  # around the text, inside the row
FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

Index = QModelIndex | QPersistentModelIndex


class WrappedRows(QStyledItemDelegate):
    """The delegate of a list whose rows are plain text that wraps to the view's width."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def text_width(self) -> int:
        """The width the text wraps at: the viewport's, less the row's padding and the view's spacing."""
        spacing = getattr(self.view, "spacing", lambda: 0)()
        return max(40, self.view.viewport().width() - 2 * (PAD + spacing))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = self.text_width()
        bounds = QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 1_000_000), FLAGS, text)
        return QSize(width + 2 * PAD, bounds.height() + 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # background
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        styled = bool(QApplication.instance() and QApplication.instance().styleSheet())  # type: ignore[union-attr]
        # the app's style sheet paints a selected row light, with dark text; plain Qt paints it dark
        role = QPalette.ColorRole.HighlightedText if selected and not styled else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        rect = QRect(
            opt.rect.left() + PAD, opt.rect.top() + PAD, self.text_width(), opt.rect.height() - 2 * PAD
        )
        painter.drawText(rect, FLAGS, text)
        painter.restore()
