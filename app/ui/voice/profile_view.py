"""The voice profile of one language in plain words: a sentence per trait and an example."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.voice import VoiceProfile
from app.ui.kit.widgets import clear_layout, wrapped_label
from app.ui.voice.traits import traits

QUOTE_STYLE = "QLabel { color: palette(placeholder-text); font-style: italic; margin-left: 14px; }"


class ProfileView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profile: VoiceProfile | None = None
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(4)

    def set_profile(self, profile: VoiceProfile | None) -> None:
        self.profile = profile
        self.show_traits()

    def sentences(self) -> list[str]:
        """What the view shows, sentence and example, for tests and screen readers."""
        found = []
        for index in range(self.rows.count()):
            item = self.rows.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                found.append(widget.text())
        return found

    def show_traits(self) -> None:
        clear_layout(self.rows)
        if self.profile is None:
            return
        for trait in traits(self.profile):
            sentence = wrapped_label(self)
            sentence.setText(trait.sentence)
            self.rows.addWidget(sentence)
            if trait.example:
                example = wrapped_label(self, selectable=True)
                example.setStyleSheet(QUOTE_STYLE)
                example.setText(trait.example)
                self.rows.addWidget(example)
            self.rows.addSpacing(6)
