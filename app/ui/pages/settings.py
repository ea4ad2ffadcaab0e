"""The Settings page: You (the profile from getting started), then the sections built from the
declarations in app.domain.settings, your data, and the keychain once a password is declared."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QWidget

from app.domain import settings as decl
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.kit.colors import css, muted
from app.ui.kit.i18n import translated
from app.ui.kit.widgets import wrapped_label
from app.ui.pages.base import Page
from app.ui.settings.assistant import AssistantSettings
from app.ui.settings.editors import editor_for, sync_editor
from app.ui.settings.panels import DataPanel, KeychainPanel
from app.ui.settings.you import YouPanel


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.editors: dict[str, QWidget] = {}
        self._labels: list[tuple[QLabel | QCheckBox, decl.SettingSpec]] = []
        self._hints: list[tuple[QLabel, decl.SettingSpec]] = []
        self._boxes: list[tuple[QGroupBox, decl.Section]] = []

    def build(self) -> None:
        ctx = self.ctx
        self.you = YouPanel(ctx, self)
        self.body.addWidget(self.you)
        self.assistant: AssistantSettings | None = None
        for section in sorted(decl.SECTIONS.values(), key=lambda s: s.order):
            if section.key == decl.SECTION_ASSISTANT.key:
                # More than values: the model comes from the server, the key goes to the keychain.
                self.assistant = AssistantSettings(ctx, self)
                self.editors.update(self.assistant.editors)
                self.body.addWidget(self.assistant)
                continue
            self._add_section(section)
        self.data_panel = DataPanel(ctx, self)
        self.data_panel.factsShown.connect(self.mark_content_ready)
        self.body.addWidget(self.data_panel)
        # Where passwords are kept matters once something asks for one; until then the section
        # would only raise a question (and asking the keychain costs a moment at start).
        self.keychain_panel: KeychainPanel | None = None
        if decl.PASSWORDS:
            self.keychain_panel = KeychainPanel(ctx, self)
            self.body.addWidget(self.keychain_panel)
        self.body.addStretch(1)
        ctx.hub.settingChanged.connect(self._on_setting_changed)
        ctx.hub.databaseFailed.connect(self._on_database_failed)
        if ctx.database_error is not None:
            self._on_database_failed(ctx.database_error)
        ctx.with_reader(self.data_panel.load)

    def _add_section(self, section: decl.Section) -> None:
        if section.own_panel:
            self._add_own_panel(section)
            return
        specs = sorted(
            (s for s in decl.SETTINGS.values() if s.section == section.key), key=lambda s: s.order
        )
        if not specs:
            return
        box = QGroupBox(self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for spec in specs:
            editor = editor_for(spec, self.ctx.settings, box)
            self.editors[spec.key] = editor
            if isinstance(editor, QCheckBox):
                form.addRow(editor)  # a check box carries its own words: click them to tick
                self._labels.append((editor, spec))
                continue
            label = QLabel(box)
            label.setBuddy(editor)
            form.addRow(label, editor)
            self._labels.append((label, spec))
            if spec.kind is decl.SettingKind.TEXT:
                # Free text needs room, and its explanation in view rather than in a tooltip.
                editor.setMinimumWidth(420)
                if spec.help:
                    hint = wrapped_label(box)
                    hint.setMinimumWidth(420)
                    hint.setObjectName("settingHint")
                    form.addRow("", hint)
                    self._hints.append((hint, spec))
        self._boxes.append((box, section))
        self.body.addWidget(box)

    def _add_own_panel(self, section: decl.Section) -> None:
        if section.key == decl.SECTION_SYNC.key:
            from app.ui.sync.panel import CoachSyncPanel

            self.sync_panel = CoachSyncPanel(self.ctx, self)
            self.body.addWidget(self.sync_panel)

    def retranslate(self) -> None:
        super().retranslate()
        for box, section in self._boxes:
            # A title's "&" would underline the next letter ("Habits _reminders"): say it.
            box.setTitle(_literal(translated("Settings", section.title)))
        for label, spec in self._labels:
            words = _literal(translated("Settings", spec.label))
            label.setText(words if isinstance(label, QCheckBox) else words + ":")
            editor = self.editors[spec.key]
            editor.setToolTip(translated("Settings", spec.help) if spec.help else "")
        for hint, spec in self._hints:
            hint.setText(translated("Settings", spec.help))
        self._style_hints()

    def _style_hints(self) -> None:
        """Hints in the muted colour of the page's palette (readable in light and dark)."""
        sheet = f"QLabel {{ color: {css(muted(self.palette()))}; }}"
        for hint, _spec in self._hints:
            hint.setStyleSheet(sheet)

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.built:
            self._style_hints()
        super().changeEvent(event)

    def _on_setting_changed(self, key: str, value: object) -> None:
        editor = self.editors.get(key)
        if editor is not None:
            sync_editor(editor, value)
        if self.assistant is not None and key.startswith(decl.SECTION_ASSISTANT.key + "/"):
            self.assistant.show_setting(key, value)

    def _on_database_failed(self, error: StorageError) -> None:
        self.data_panel.show_error(error)
        self.mark_content_ready()


def _literal(text: str) -> str:
    """Words from the declarations shown as they are: "&" is no keyboard shortcut here."""
    return text.replace("&", "&&")
