"""One suggestion of the writing assistant: its text, the voice check's flags on it, and the
one button that puts it into the draft (nothing goes in without that click)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.domain.checks.flags import Flag
from app.ui.drafts.texts import flag_message, flag_title
from app.ui.kit.colors import css, muted
from app.ui.kit.widgets import wrapped_label


class SuggestionCard(QFrame):
    """Signals:
    used(str, bool): the suggestion's text; True when it replaces the draft's text.
    """

    used = Signal(str, bool)

    def __init__(self, text: str, replaces: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assistantSuggestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = text
        self.replaces = replaces
        self.flags: tuple[Flag, ...] | None = None  # None: the check has not answered yet
        layout = QVBoxLayout(self)
        self.body = wrapped_label(self, selectable=True)
        self.body.setObjectName("suggestionText")
        self.body.setText(text)
        layout.addWidget(self.body)
        self.check = wrapped_label(self)
        self.check.setObjectName("suggestionFlags")
        self.check.setStyleSheet(f"QLabel {{ color: {css(muted(self.palette()))}; }}")
        layout.addWidget(self.check)
        row = QHBoxLayout()
        row.addStretch(1)
        self.use_button = QPushButton(self)
        self.use_button.setObjectName("useSuggestion")
        self.use_button.clicked.connect(self._on_use_clicked)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        self.retranslate()

    def show_flags(self, flags: tuple[Flag, ...]) -> None:
        self.flags = flags
        self.retranslate()

    def flag_lines(self) -> list[str]:
        return [f"{flag_title(f.kind)}: {flag_message(f)}" for f in self.flags or ()]

    def retranslate(self) -> None:
        self.use_button.setText(self.tr("Use this") if self.replaces else self.tr("Insert"))
        self.use_button.setToolTip(
            self.tr("Replace the draft's text with this suggestion")
            if self.replaces
            else self.tr("Insert this at the cursor in your draft")
        )
        if self.flags is None:
            self.check.setText(self.tr("Checking against your voice…"))
        elif not self.flags:
            self.check.setText(self.tr("The voice check has nothing to flag."))
        else:
            self.check.setText(
                self.tr("Voice check:")
                + "\n"
                + "\n".join("• " + line for line in self.flag_lines())
            )

    def _on_use_clicked(self) -> None:
        self.used.emit(self.text, self.replaces)
