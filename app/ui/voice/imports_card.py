"""The "Your imports" card: each archive brought in, what of it is still stored, and Remove…

Removing is the person's way to take back an archive imported by mistake (a colleague's, or the
wrong account) without unticking thousands of texts: what that import added goes, nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.services.voice.snapshot import ImportLine
from app.ui.kit.card import Card
from app.ui.kit.numbers import format_day
from app.ui.kit.widgets import clear_layout, wrapped_label
from app.ui.voice.corpus_model import channel_name


def source_name(source: str) -> str:
    if source == "text":
        return QCoreApplication.translate("VoiceImports", "Your own writing")
    return channel_name(source)


class ImportWords(QObject):
    """Counted phrases of imports (a class, so that each gets its plural forms: see
    i18n/README.md, "Plurals")."""

    def texts(self, n: int) -> str:
        return self.tr("%Ln texts", "", n)

    def actions(self, n: int) -> str:
        return self.tr("%Ln logged actions", "", n)

    def added(self, texts: str, actions: str) -> str:
        """ "120 texts and 240 logged actions"."""
        return self.tr("{texts} and {actions}").format(texts=texts, actions=actions)

    def removed(self, texts: str, actions: str) -> str:
        return self.tr("Removed the import: {texts} and {actions}.").format(
            texts=texts, actions=actions
        )


def describe(line: ImportLine) -> str:
    """ "12.3.2026 · LinkedIn · export.zip: 120 texts and 240 logged actions" in the person's
    language (the date and numbers in their locale)."""
    record = line.record
    head = f"{format_day(record.imported_at.date())} · {source_name(record.source)}"
    if record.file_name:
        head += f" · {record.file_name}"
    if line.texts or line.activities:
        words = ImportWords()
        what = words.added(words.texts(line.texts), words.actions(line.activities))
    else:
        what = QCoreApplication.translate("VoiceImports", "nothing new")
    return QCoreApplication.translate("VoiceImports", "{name}: {what}").format(name=head, what=what)


class ImportsCard(Card):
    """Signals:
    removeRequested(object): the person pressed Remove… on an import (its ``ImportLine``).
    """

    removeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = wrapped_label(self)
        self.content.addWidget(self.note)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        self.content.addLayout(self.rows)
        self.lines: list[ImportLine] = []
        self.labels: list[QWidget] = []
        self.buttons: list[QPushButton] = []
        self.retranslate()

    def set_imports(self, lines: Sequence[ImportLine]) -> None:
        self.lines = list(lines)
        clear_layout(self.rows)
        self.labels, self.buttons = [], []
        for line in self.lines:
            holder = QWidget(self)  # one widget per row, so that clearing the list deletes it
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            label = wrapped_label(holder)
            button = QPushButton(holder)
            button.clicked.connect(lambda _=False, line=line: self.removeRequested.emit(line))
            row.addWidget(label, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(holder)
            self.labels.append(label)
            self.buttons.append(button)
        self.setVisible(bool(self.lines))
        self._texts()

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("VoiceImports", "Your imports"))
        self.setAccessibleName(self.title.text())  # read as its title
        self.note.setText(
            QCoreApplication.translate(
                "VoiceImports",
                "Imported the wrong archive? Remove takes out what that import added: its texts "
                "and its logged actions. The file itself is not touched.",
            )
        )
        self._texts()

    def _texts(self) -> None:
        for line, label, button in zip(self.lines, self.labels, self.buttons, strict=True):
            label.setText(describe(line))  # type: ignore[attr-defined]
            button.setText(QCoreApplication.translate("VoiceImports", "Remove…"))
            button.setAccessibleName(
                QCoreApplication.translate("VoiceImports", "Remove the import {name}").format(
                    name=line.record.file_name or source_name(line.record.source)
                )
            )


def confirm_removal(parent: QWidget, line: ImportLine) -> bool:
    """Ask before removing an import; Cancel is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("VoiceImports", "Remove this import?"))
    words = ImportWords()
    box.setText(
        QCoreApplication.translate(
            "VoiceImports", "Remove what the import {name} of {day} added: {what}?"
        ).format(
            name=line.record.file_name or source_name(line.record.source),
            day=format_day(line.record.imported_at.date()),
            what=words.added(words.texts(line.texts), words.actions(line.activities)),
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "VoiceImports",
            "Your voice profile and your journey are worked out again without them. Texts that "
            "an earlier import had already brought stay. You can import the archive again.",
        )
    )
    remove = box.addButton(
        QCoreApplication.translate("VoiceImports", "Remove"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is remove
