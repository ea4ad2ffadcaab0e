"""The Settings page, built from the declarations in app.domain.settings plus two panels."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from app.domain import settings as decl
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.kit.i18n import translated
from app.ui.kit.widgets import wrapped_label
from app.ui.pages.base import Page
from app.ui.settings.editors import editor_for, sync_editor
from app.ui.settings.panels import DataPanel, KeychainPanel


class SettingsPage(Page):
    def __init__(self, ctx: AppContext, title_text: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, title_text, parent)
        self.editors: dict[str, QWidget] = {}
        self._labels: list[tuple[QLabel, decl.SettingSpec]] = []
        self._hints: list[tuple[QLabel, decl.SettingSpec]] = []
        self._boxes: list[tuple[QGroupBox, decl.Section]] = []

    def build(self) -> None:
        ctx = self.ctx
        for section in sorted(decl.SECTIONS.values(), key=lambda s: s.order):
            self._add_section(section)
        self.data_panel = DataPanel(ctx, self)
        self.keychain_panel = KeychainPanel(ctx, self)
        self.data_panel.factsShown.connect(self.mark_content_ready)
        self.body.addWidget(self.data_panel)
        self.body.addWidget(self.keychain_panel)
        self.body.addStretch(1)
        ctx.hub.settingChanged.connect(self._on_setting_changed)
        ctx.hub.databaseFailed.connect(self._on_database_failed)
        if ctx.database_error is not None:
            self._on_database_failed(ctx.database_error)
        ctx.with_reader(self.data_panel.load)

    def _add_section(self, section: decl.Section) -> None:
        specs = sorted(
            (s for s in decl.SETTINGS.values() if s.section == section.key), key=lambda s: s.order
        )
        if not specs:
            return
        box = QGroupBox(self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for spec in specs:
            label = QLabel(box)
            editor = editor_for(spec, self.ctx.settings, box)
            label.setBuddy(editor)
            form.addRow(label, editor)
            self.editors[spec.key] = editor
            self._labels.append((label, spec))
            if spec.kind is decl.SettingKind.TEXT:
                # Free text needs room, and its explanation in view rather than in a tooltip.
                editor.setMinimumWidth(420)
                if spec.help:
                    hint = wrapped_label(box)
                    hint.setMinimumWidth(420)
                    hint.setStyleSheet("QLabel { color: palette(placeholder-text); }")
                    form.addRow("", hint)
                    self._hints.append((hint, spec))
        self._boxes.append((box, section))
        self.body.addWidget(box)

    def retranslate(self) -> None:
        super().retranslate()
        for box, section in self._boxes:
            box.setTitle(translated("Settings", section.title))
        for label, spec in self._labels:
            label.setText(translated("Settings", spec.label) + ":")
            editor = self.editors[spec.key]
            editor.setToolTip(translated("Settings", spec.help) if spec.help else "")
        for hint, spec in self._hints:
            hint.setText(translated("Settings", spec.help))

    def _on_setting_changed(self, key: str, value: object) -> None:
        editor = self.editors.get(key)
        if editor is not None:
            sync_editor(editor, value)

    def _on_database_failed(self, error: StorageError) -> None:
        self.data_panel.show_error(error)
        self.mark_content_ready()
