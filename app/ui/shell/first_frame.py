"""Knowing when the window's first frame is on screen: what waits for it starts then."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.ui.guard import qt_override


class FirstFrame(QObject):
    """Emits ``painted`` once, after the watched window's first frame.

    A top-level widget paints its whole tree and flushes it to the screen while handling an
    UpdateRequest; the signal is emitted from the event loop right after that.

    Signals:
        painted(): the widget's first frame has been painted.
    """

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._done = False
        self.painted_at = 0.0  # time.monotonic() when the frame was done, for the benchmark
        widget.installEventFilter(self)

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.UpdateRequest:
            self._done = True
            QTimer.singleShot(0, self._on_painted)
        return False

    def _on_painted(self) -> None:
        self.painted_at = time.monotonic()
        self.painted.emit()
