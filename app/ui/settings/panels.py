"""Settings that are more than a value: the data folder and the keychain."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.system.secrets import SecretStatus
from app.storage.errors import StorageError
from app.storage.paths import DataDirOrigin
from app.ui.context import AppContext
from app.ui.errors import error_text
from app.ui.guard import qt_override
from app.ui.kit.widgets import wrapped_label

if TYPE_CHECKING:
    from app.storage.quick import QuickReader, StoreFacts


class DataPanel(QGroupBox):
    """Where the data lives, how big it is, and a check for damage.

    Signals:
        factsShown(): the database facts are on screen.
    """

    factsShown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._facts: StoreFacts | None = None
        self._check_result: list[str] | None = None
        layout = QVBoxLayout(self)
        self.folder = QLabel(str(ctx.paths.data_dir), self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.origin = wrapped_label(self)
        layout.addWidget(self.folder)
        layout.addWidget(self.origin)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self._on_open_clicked)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.check_button = QPushButton(self)
        self.check_button.setEnabled(False)
        self.check_button.clicked.connect(self._on_check_clicked)
        for button in (self.open_button, self.copy_button, self.check_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.database = wrapped_label(self, selectable=True)
        self.database.setObjectName("databaseFacts")
        layout.addWidget(self.database)
        self.check = wrapped_label(self)
        layout.addWidget(self.check)
        self.retranslate()

    def load(self, reader: QuickReader) -> None:
        self.ctx.tasks.run(reader.facts, self._on_facts, serial=True)

    def show_error(self, error: StorageError) -> None:
        self.database.setText(error_text(error))

    def _on_facts(self, facts: StoreFacts) -> None:
        self._facts = facts
        self.check_button.setEnabled(True)
        self.retranslate()
        self.factsShown.emit()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your data"))
        self.origin.setText(self._origin_text())
        self.open_button.setText(self.tr("Open folder"))
        self.copy_button.setText(self.tr("Copy path"))
        self.check_button.setText(self.tr("Check for damage"))
        if self.ctx.database_error is not None:
            self.show_error(self.ctx.database_error)
        elif self._facts is None:
            self.database.setText(self.tr("Opening your data…"))
        else:
            locale = QLocale()
            when = QDateTime.fromString(self._facts.created_at, Qt.DateFormat.ISODate)
            self.database.setText(
                self.tr("Database: {size}, schema revision {revision}, created {date}.").format(
                    size=locale.formattedDataSize(self._facts.size_bytes),
                    revision=self._facts.revision,
                    date=locale.toString(when.date(), QLocale.FormatType.ShortFormat),
                )
            )
        self.check.setVisible(self._check_result is not None)
        if self._check_result is None:
            self.check.setText("")
        elif self._check_result == ["ok"]:
            self.check.setText(self.tr("No damage found."))
        else:
            self.check.setText(
                self.tr("SQLite found problems: {details}").format(
                    details="; ".join(self._check_result[:3])
                )
            )

    def _origin_text(self) -> str:
        origin = self.ctx.paths.origin
        if origin is DataDirOrigin.OPTION:
            return self.tr("Chosen with --data-dir for this session.")
        if origin is DataDirOrigin.ENVIRONMENT:
            return self.tr("Chosen with the OWNVOICE_HOME environment variable.")
        return self.tr("Everything OwnVoice keeps is in this folder, on this computer only.")

    def _on_open_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.paths.data_dir)))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(str(self.ctx.paths.data_dir))
        self.ctx.hub.statusMessage.emit(self.tr("Path copied"))

    def _on_check_clicked(self) -> None:
        self.check_button.setEnabled(False)
        self.check.setText(self.tr("Checking…"))
        self.check.show()
        self.ctx.with_database(
            lambda db: self.ctx.tasks.run(db.integrity_check, self._on_checked, serial=True)
        )

    def _on_checked(self, rows: list[str]) -> None:
        self._check_result = rows
        self.check_button.setEnabled(True)
        self.retranslate()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class KeychainPanel(QGroupBox):
    """Where passwords (for coach sync, later) are kept."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status: SecretStatus | None = None
        layout = QVBoxLayout(self)
        self.text = wrapped_label(self)
        layout.addWidget(self.text)
        self.retranslate()
        # Importing keyring and asking D-Bus take a moment: off the GUI thread, and after the
        # first page's content, which they would otherwise hold up (~0.1 s of imports).
        ctx.after_content(lambda: ctx.tasks.run(ctx.secrets.status, self._on_status))

    def _on_status(self, status: SecretStatus) -> None:
        self._status = status
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Passwords"))
        if self._status is None:
            self.text.setText(self.tr("Looking for the system keychain…"))
        elif self._status.in_keychain:
            self.text.setText(
                self.tr("Passwords are kept in your system keychain ({name}).").format(
                    name=self._status.backend
                )
            )
        else:
            self.text.setText(
                self.tr(
                    "No system keychain is available, so passwords you enter are kept only "
                    "until you close OwnVoice. They are never written to a file."
                )
            )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
