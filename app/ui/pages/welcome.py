"""The first thing a person sees in an empty data folder: what OwnVoice is, in three sentences."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from app.domain import settings as decl
from app.domain.i18n import LANGUAGES
from app.ui.context import AppContext
from app.ui.kit.i18n import current_language
from app.ui.kit.widgets import wrapped_label
from app.ui.pages.base import Page


class WelcomePage(Page):
    """Signals:
    started(): the person pressed "Get started".
    """

    started = Signal()

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
        row = QHBoxLayout()
        self.language_buttons = QButtonGroup(self)
        current = current_language()
        for code, name in LANGUAGES.items():
            button = QPushButton(name, self)
            button.setCheckable(True)
            button.setMinimumWidth(110)
            button.setChecked(code == current)
            button.setProperty("language", code)
            button.clicked.connect(lambda _=False, c=code: self._on_language_clicked(c))
            self.language_buttons.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)

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
        self.body.addStretch(1)
        self.setFocusProxy(self.start_button)
        self.start_button.setFocus()
        self.mark_content_ready()

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

    def _on_language_clicked(self, code: str) -> None:
        self.ctx.settings.set(decl.LANGUAGE, code)
