"""The first thing a person sees in an empty data folder: what OwnVoice is, in three sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain import settings as decl
from app.domain.i18n import LANGUAGES
from app.ui.context import AppContext
from app.ui.kit.i18n import current_language
from app.ui.kit.widgets import wrapped_label
from app.ui.pages.base import Page


class WelcomePage(Page):
    """Signals:
    started(): the person pressed "Get started".
    coachChosen(): "I coach others": straight to coach mode, without an onboarding of one's own.
    """

    started = Signal()
    coachChosen = Signal()

    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.body.setContentsMargins(64, 56, 64, 40)

    def build(self) -> None:
        self.intro = wrapped_label(self)
        self.intro.setMaximumWidth(720)
        intro_font = self.intro.font()
        intro_font.setPointSizeF(intro_font.pointSizeF() * 1.2)
        self.intro.setFont(intro_font)
        self.body.addWidget(self.intro)

        self.language_label = QLabel(self)
        self.body.addWidget(self.language_label)
        # A row of exclusive buttons that works like radio buttons: one Tab stop (the chosen
        # language), arrow keys choose another. The chosen one says so with a check mark and
        # bold words, not by its shade alone.
        row = QHBoxLayout()
        self.language_buttons: list[QPushButton] = []
        current = current_language()
        for code in LANGUAGES:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setMinimumWidth(110)
            button.setChecked(code == current)
            button.setProperty("language", code)
            button.toggled.connect(lambda on, c=code: self._on_language_toggled(c, on))
            self.language_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        self._show_languages()

        self.privacy = wrapped_label(self, selectable=True)
        self.privacy.setMaximumWidth(720)
        self.body.addWidget(self.privacy)

        self.start_button = QPushButton(self)
        self.start_button.setMinimumWidth(160)
        self.start_button.setMinimumHeight(36)
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.started)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        self.body.addSpacing(8)
        self.body.addLayout(start_row)
        # A coach who never drafts a post of their own starts where their work is.
        self.coach_note = wrapped_label(self)
        self.coach_note.setMaximumWidth(720)
        self.coach_button = QPushButton(self)
        self.coach_button.setAutoDefault(True)
        self.coach_button.clicked.connect(self.coachChosen)
        coach_row = QHBoxLayout()
        coach_row.addWidget(self.coach_button)
        coach_row.addStretch(1)
        self.body.addSpacing(16)
        self.body.addWidget(self.coach_note)
        self.body.addLayout(coach_row)
        self.body.addStretch(1)
        # Not a focus proxy: a proxy joins the Tab chain at the page's own place (Qt 6), so
        # Tab from the last button would jump back to "Get started", never to the languages.
        self.start_button.setFocus()
        self.mark_content_ready()

    def shown(self) -> None:
        if self.built:
            self.start_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "OwnVoice helps you find what social media can give you, and grow your own "
                "expert voice there one small habit at a time. It helps you write posts that "
                "sound like you, never like corporate copy, and it never posts anything by "
                "itself. Everything stays on this computer, and you decide what your coach "
                "gets to see."
            )
        )
        self.language_label.setText(self.tr("Choose your language:"))
        self.privacy.setText(
            self.tr("Your data is kept in {folder}").format(folder=self.ctx.paths.data_dir)
        )
        self.start_button.setText(self.tr("Get started"))
        self.coach_note.setText(
            self.tr(
                "Coaching others? Open the progress files they share with you. You can start "
                "your own journey later from the same window."
            )
        )
        self.coach_button.setText(self.tr("I coach others"))

    def _show_languages(self) -> None:
        """Each language by its own name; the chosen one marked "✓" and bold."""
        for button in self.language_buttons:
            chosen = button.isChecked()
            name = LANGUAGES[str(button.property("language"))]
            button.setText(f"✓ {name}" if chosen else name)
            button.setAccessibleName(name)  # its checked state is said apart from its name
            font = button.font()
            font.setBold(chosen)
            button.setFont(font)

    def _on_language_toggled(self, code: str, on: bool) -> None:
        self._show_languages()
        if on:
            self.ctx.settings.set(decl.LANGUAGE, code)
