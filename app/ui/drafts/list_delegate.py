"""List items of the inbox that wrap to the list's width: a text, and a muted detail below it
(the tags of an idea, the state of a draft). Qt's own word wrap in a list keeps the heights it
measured at the first width and then elides; this measures at the width of the moment, and lays
the items out again whenever the list's viewport changes width (its scroll bar appearing, say):
Qt's own "adjust" mode kept the places of the first layout with the heights of the new one, and
the items overlapped."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.ui.guard import qt_override
from app.ui.kit.colors import muted
from app.ui.kit.painting import saved

DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD = 6
_FLAGS = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
Index = QModelIndex | QPersistentModelIndex


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view
        self._laid_out_for = -1  # the viewport width the items were last laid out for
        view.viewport().installEventFilter(self)

    def _width(self) -> int:
        return max(40, self._view.viewport().width() - 2 * _PAD - 2 * self._view.spacing())

    def _texts(self, index: Index) -> tuple[str, str]:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(DETAIL_ROLE) or "")
        return title, detail

    def _heights(self, option: QStyleOptionViewItem, index: Index, width: int) -> tuple[int, int]:
        title, detail = self._texts(index)
        metrics = QFontMetrics(option.font)
        bound = QRect(0, 0, width, 100_000)
        first = metrics.boundingRect(bound, _FLAGS, title).height()
        second = metrics.boundingRect(bound, _FLAGS, detail).height() if detail else 0
        return first, second

    @qt_override
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width()
        first, second = self._heights(option, index, width)
        return QSize(width + 2 * _PAD, first + second + 2 * _PAD)  # the viewport, no wider

    @qt_override
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        title, detail = self._texts(index)
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""  # the background, selection and focus as the style draws them
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, self._view)
        area = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        first, _second = self._heights(option, index, area.width())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        with saved(painter):
            painter.setFont(option.font)
            painter.setPen(palette.color(text_role))
            painter.drawText(QRect(area.left(), area.top(), area.width(), first), _FLAGS, title)
            if detail:
                painter.setPen(palette.color(text_role) if selected else muted(palette))
                below = QRect(area.left(), area.top() + first, area.width(), area.height() - first)
                painter.drawText(below, _FLAGS, detail)

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(event, QResizeEvent):
            width = event.size().width()
            if width != self._laid_out_for:
                self._laid_out_for = width
                # After this event, not in it; cancelled if the list (and so this) goes first.
                QTimer.singleShot(0, self, self._view.doItemsLayout)
        return False
