"""Widgets in a row that wraps to the next line when the row is full.

For rows of buttons whose words are longer in Finnish or Swedish than in English: they wrap
instead of being cut or widening the page (as in Qt's "Flow Layout" example). Once it knows its
width, it sets its widget's minimum height to what its rows need, so a scroll area around the
page sizes the page by the rows actually used.

It is deliberately **not** a ``QLayout`` subclass. A layout written in Python keeps its
``QLayoutItem`` objects in a Python list and hands them to Qt from ``takeAt``; Qt then deletes
an item while its Python wrapper lives on, and a new widget made later at the same address is
handed to Python as that stale ``QWidgetItem`` (``'QWidgetItem' object has no attribute
'setLocale'`` on a language switch, or a segmentation fault). Placing the host's child widgets
from an event filter involves no layout items at all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import QSizePolicy, QWidget
from shiboken6 import isValid

from app.ui.guard import qt_override

_HOST_EVENTS = {
    QEvent.Type.Resize,
    QEvent.Type.LayoutRequest,
    QEvent.Type.Show,
    QEvent.Type.StyleChange,
    QEvent.Type.FontChange,
}
_CHILD_EVENTS = {QEvent.Type.ShowToParent, QEvent.Type.HideToParent}


class FlowLayout(QObject):
    """Places the widgets added with ``addWidget`` in wrapping rows inside ``host``."""

    def __init__(self, host: QWidget, spacing: int = 6) -> None:
        super().__init__(host)
        self.host = host
        self._widgets: list[QWidget] = []
        self._spacing = spacing
        self._pending = False
        host.installEventFilter(self)

    def addWidget(self, widget: QWidget) -> None:
        if widget.parentWidget() is not self.host:
            widget.setParent(self.host)
        self._widgets.append(widget)
        widget.installEventFilter(self)
        self._later()

    def widgets(self) -> list[QWidget]:
        """The widgets still alive, in the order added."""
        self._widgets = [w for w in self._widgets if isValid(w)]
        return list(self._widgets)

    @qt_override(default=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.host and kind in _HOST_EVENTS:
            self.arrange()
        elif watched is not self.host and kind in _CHILD_EVENTS:
            self._later()
        return False

    def _later(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self._arrange_now)

    def _arrange_now(self) -> None:
        self._pending = False
        self.arrange()

    def _visible(self) -> list[QWidget]:
        return [w for w in self.widgets() if not w.isHidden()]

    def arrange(self) -> None:
        if not isValid(self.host):
            return
        shown = self._visible()
        area = self.host.contentsRect()
        widest = max((w.sizeHint().width() for w in shown), default=0)
        x, y, line_height = area.x(), area.y(), 0
        for widget in shown:
            hint = widget.sizeHint()
            width = min(hint.width(), area.width()) if area.width() > 0 else hint.width()
            if x > area.x() and x + width > area.right() + 1:
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            widget.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line_height = max(line_height, hint.height())
        margins = self.host.contentsMargins()
        needed = y + line_height - area.y() + margins.top() + margins.bottom()
        if self.host.minimumHeight() != needed:
            self.host.setMinimumHeight(needed)  # the parent lays out again, with room for rows
        if self.host.minimumWidth() != widest:
            self.host.setMinimumWidth(widest)  # never narrower than one button

    def sizeHint(self) -> QSize:
        """All in one row."""
        shown = self._visible()
        width = sum(w.sizeHint().width() for w in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((w.sizeHint().height() for w in shown), default=0)
        return QSize(width, height)


def expanding_row() -> QSizePolicy:
    """A size policy for a widget that holds a flow: as wide as it is given, as tall as its
    rows (its minimum height)."""
    return QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
