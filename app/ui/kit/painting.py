"""Painters that stay balanced whatever happens while painting.

A ``QPainter`` left active after an error ("endPaint() called with active painter"), or a
``save()`` with no ``restore()``, spoils every later frame. So painting code in ``app/ui`` never
calls ``QPainter(widget)`` or ``painter.save()`` itself (``tests/test_overrides.py`` checks it):

    @qt_override
    def paintEvent(self, event):
        with widget_painter(self) as painter:
            ...

    with saved(painter):
        painter.setPen(...)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QPaintDevice, QPainter


@contextmanager
def widget_painter(device: QPaintDevice, *, antialias: bool = False) -> Iterator[QPainter]:
    """A painter on ``device`` that is ended when the block is left, by error or not."""
    painter = QPainter(device)
    if antialias:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        yield painter
    finally:
        if painter.isActive():
            painter.end()


@contextmanager
def saved(painter: QPainter) -> Iterator[QPainter]:
    """``painter.save()`` now, ``painter.restore()`` when the block is left, by error or not."""
    painter.save()
    try:
        yield painter
    finally:
        painter.restore()
