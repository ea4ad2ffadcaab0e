"""Said once, in plain words, when a draft is in a language whose spelling is not installed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.ui.kit.widgets import wrapped_label

_C = "SpellingNotice"


def language_name(language: str) -> str:
    names = {
        "fi": QCoreApplication.translate("SpellingNotice", "Finnish"),
        "sv": QCoreApplication.translate("SpellingNotice", "Swedish"),
        "en": QCoreApplication.translate("SpellingNotice", "English"),
    }
    return names.get(language, language)


class SpellingNotice(QWidget):
    """Hidden until a check finds a language without spelling; then says so, once per language
    and session, until the person closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("spellingNotice")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        self.label = wrapped_label(self)
        row.addWidget(self.label, 1)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self._on_close)
        row.addWidget(self.close_button)
        self._told: set[str] = set()
        self._language: str | None = None
        self._open = False
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.close_button.setText(self.tr("OK"))
        self.close_button.setAccessibleName(self.tr("Close the note about spelling"))
        self._show_text()

    def show_missing(self, languages: Sequence[str]) -> None:
        """The draft's languages whose spelling is not installed: tell about the first one
        not told yet (a note already showing stays until closed)."""
        if self._open:
            return
        new = [language for language in languages if language not in self._told]
        if not new:
            return
        self._language = new[0]
        self._told.add(new[0])
        self._show_text()
        self._open = True
        self.setVisible(True)

    def _show_text(self) -> None:
        if self._language is None:
            self.label.setText("")
            return
        from app.services.language_tools import PACKAGES

        self.label.setText(
            self.tr(
                "Spelling for %1 is not installed on this computer, so misspelt words are not "
                "underlined. To add it on Debian or Ubuntu: sudo apt-get install %2, then "
                "start OwnVoice again."
            )
            .replace("%1", language_name(self._language))
            .replace("%2", PACKAGES[self._language])
        )

    @property
    def open(self) -> bool:
        return self._open

    def _on_close(self) -> None:
        self._open = False
        self.setVisible(False)
