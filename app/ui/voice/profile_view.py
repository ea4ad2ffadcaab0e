"""The voice profile of one language in plain words: a sentence per trait and its examples."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.voice import VoiceProfile
from app.ui.guard import qt_override
from app.ui.kit.colors import css, muted
from app.ui.kit.widgets import clear_layout, layout_widgets, wrapped_label
from app.ui.voice.traits import traits

# Quotes of the person's own words: secondary text, readable (muted is 4.5:1 in light and dark).
QUOTE_STYLE = "QLabel {{ color: {color}; font-style: italic; margin-left: 14px; }}"


class ProfileView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: VoiceProfile | None = None
        self.quotes: list[QLabel] = []
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)

    def set_profile(self, profile: VoiceProfile | None) -> None:
        self.profile = profile
        self.show_traits()

    def sentences(self) -> list[str]:
        """What the view shows, sentences and examples in order, for tests."""
        return [w.text() for w in layout_widgets(self.rows) if isinstance(w, QLabel)]

    def show_traits(self) -> None:
        clear_layout(self.rows)
        self.quotes = []
        if self.profile is None:
            return
        for trait in traits(self.profile):
            sentence = wrapped_label(self)
            sentence.setText(trait.sentence)
            self.rows.addWidget(sentence)
            for text in trait.examples:
                example = wrapped_label(self, selectable=True)
                example.setText(text)
                self.rows.addWidget(example)
                self.quotes.append(example)
            self.rows.addSpacing(6)
        self._restyle()

    def _restyle(self) -> None:
        style = QUOTE_STYLE.format(color=css(muted(self.palette())))
        for label in self.quotes:
            label.setStyleSheet(style)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light to dark, or back
            self._restyle()
