"""The base of every page: a heading, a body, translation on the fly, and a content signal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.widgets import heading_font


class Page(QWidget):
    """One page of the main window.

    Subclasses build their widgets in ``__init__``, set every text in ``retranslate()`` (called
    at once and again on each language change) and call ``mark_content_ready()`` when the page
    shows its real content (from the database) rather than its empty frame.

    Signals:
        contentReady(): the page now shows its real content.
    """

    contentReady = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.content_ready = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        inner = QWidget(scroll)
        scroll.setWidget(inner)
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(32, 24, 32, 24)
        self.body.setSpacing(16)
        self.heading = QLabel(inner)
        self.heading.setFont(heading_font(self.font()))
        self.heading.setAccessibleName("heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.heading)

    def retranslate(self) -> None:
        """Set every user-visible text; override and call super()."""

    def shown(self) -> None:
        """Called each time the page becomes the current one."""

    def mark_content_ready(self) -> None:
        if not self.content_ready:
            self.content_ready = True
            self.contentReady.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
