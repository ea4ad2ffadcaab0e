"""Editors for declared settings: one widget per ``SettingSpec``, saving as the person edits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from app.domain.settings import SettingKind, SettingSpec
from app.services.settings import SettingsService
from app.ui.guard import qt_override
from app.ui.kit.i18n import translated
from app.ui.onboarding.common import TargetCheckBox


class _Retranslator(QObject):
    """Refills a combo box's labels when the language changes."""

    def __init__(self, combo: QComboBox, spec: SettingSpec) -> None:
        super().__init__(combo)
        self._combo = combo
        self._spec = spec
        combo.installEventFilter(self)

    @qt_override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            fill_choices(self._combo, self._spec)
        return False


def fill_choices(combo: QComboBox, spec: SettingSpec) -> None:
    for index, choice in enumerate(spec.choices):
        label = translated("Settings", choice.label) if choice.translate else choice.label
        if index < combo.count():
            combo.setItemText(index, label)
        else:
            combo.addItem(label, choice.value)


def editor_for(spec: SettingSpec, settings: SettingsService, parent: QWidget) -> QWidget:
    value = settings.get(spec.key)
    if spec.kind is SettingKind.CHOICE:
        combo = QComboBox(parent)
        fill_choices(combo, spec)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(
            lambda index: settings.set(spec.key, combo.itemData(index))
        )
        _Retranslator(combo, spec)
        return combo
    if spec.kind is SettingKind.BOOL:
        box = TargetCheckBox(parent)  # its words are its label (set by the page): all clickable
        box.setChecked(bool(value))
        box.toggled.connect(lambda checked: settings.set(spec.key, checked))
        return box
    if spec.kind is SettingKind.INT:
        spin = QSpinBox(parent)
        spin.setRange(spec.minimum, spec.maximum)
        spin.setValue(int(str(value)))
        spin.valueChanged.connect(lambda number: settings.set(spec.key, number))
        return spin
    line = QLineEdit(str(value), parent)
    line.editingFinished.connect(lambda: settings.set(spec.key, line.text()))
    return line


def sync_editor(editor: QWidget, value: object) -> None:
    """Show a value changed elsewhere (e.g. the language chosen on the welcome page)."""
    editor.blockSignals(True)
    try:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(str(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))
    finally:
        editor.blockSignals(False)
