"""The base of every page: a heading, a body built after the first frame, live translation."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.kit.i18n import translated
from app.ui.kit.widgets import heading_font


class Page(QWidget):
    """One page of the main window.

    The heading exists at once; the body is made by ``build()``, which runs after the window's
    first frame (the window shell paints first, see docs/ARCHITECTURE.md). Subclasses set every
    text in ``retranslate()`` (run after ``build()`` and again on each language change) and call
    ``mark_content_ready()`` when the page shows its real content rather than its frame.

    Signals:
        contentReady(): the page now shows its real content.
    """

    contentReady = Signal()

    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title_text = title_text  # from the registry, marked with QT_TRANSLATE_NOOP("Pages")
        self.content_ready = False
        self.built = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = self.scroll_area = QScrollArea(self)
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
        self.heading.setText(self.title())  # read as its text: a label's name is its words
        self.body.addWidget(self.heading)

    def title(self) -> str:
        return translated("Pages", self.title_text)

    def ensure_built(self) -> None:
        if not self.built:
            from PySide6.QtCore import Qt  # not before the first frame (the stand-in page)

            # The scroll area is a frame, not a control: Tab goes to what is inside it.
            self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.built = True
            self.build()
            self.retranslate()
            from app.services.bulk import freeze_survivors

            freeze_survivors()  # the page stays: no full collection walks it again

    def build(self) -> None:
        """Make the page's widgets (below ``self.heading``, in ``self.body``)."""

    def retranslate(self) -> None:
        """Set every user-visible text; overrides call ``super().retranslate()`` first."""
        self.heading.setText(self.title())

    def shown(self) -> None:
        """Called each time the page becomes the current one."""

    def mark_content_ready(self) -> None:
        if not self.content_ready:
            self.content_ready = True
            self.contentReady.emit()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self.built:
                self.retranslate()
            else:
                self.heading.setText(self.title())
        super().changeEvent(event)
