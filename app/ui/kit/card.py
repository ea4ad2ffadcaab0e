"""A card: a titled, rounded panel that follows the palette, light or dark."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.ui.guard import qt_override
from app.ui.kit.theme import is_dark
from app.ui.kit.widgets import heading_font

CARD_STYLE = (
    "QFrame#journeyCard {{ background: {background}; border: 1px solid {border};"
    " border-radius: 10px; }}"
)


class Card(QFrame):
    """A titled, rounded panel; put its content in ``content``."""

    def __init__(self, parent: QWidget | None = None, object_name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("journeyCard")
        self._style = ""
        self._restyle()
        if object_name:
            self.setAccessibleName(object_name)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 14, 18, 16)
        outer.setSpacing(10)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setFont(heading_font(self.font(), 1.15))
        outer.addWidget(self.title)
        self.content = QVBoxLayout()
        self.content.setSpacing(10)
        outer.addLayout(self.content)

    def set_title(self, text: str) -> None:
        self.title.setText(text)
        self.title.setAccessibleName(text)

    def _restyle(self) -> None:
        # On a dark palette the base colour is darker than the window, and fields drawn in it
        # would vanish into the card: there the card is a shade lighter than the window instead.
        palette = QGuiApplication.palette()  # not our own: the style sheet below changes that
        window = palette.color(QPalette.ColorRole.Window)
        dark = is_dark(palette)
        background = window.lighter(112) if dark else palette.color(QPalette.ColorRole.Base)
        border = window.lighter(135) if dark else window.darker(112)
        style = CARD_STYLE.format(background=background.name(), border=border.name())
        if style != self._style:
            # Noted before applying: applying a style sheet sends a palette change of its own.
            self._style = style
            self.setStyleSheet(style)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
