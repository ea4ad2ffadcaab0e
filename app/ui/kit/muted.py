"""Secondary words in the palette's muted colour, for every page."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.guard import qt_override
from app.ui.kit import colors


class MutedLabel(QLabel):
    """Secondary words (captions, details, hints), wrapped, in the palette's muted colour
    (app/ui/kit/colors.py): readable on the window and on cards, in light and dark."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._tinting = False
        self._tint()

    def _tint(self) -> None:
        # From the application's palette: a card's style sheet changes the palette it hands down.
        colour = colors.muted(QGuiApplication.palette())
        if self.palette().color(QPalette.ColorRole.WindowText) == colour:
            return
        self._tinting = True
        try:
            palette = QPalette(self.palette())
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
        finally:
            self._tinting = False

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in kinds and not self._tinting:
            self._tint()
