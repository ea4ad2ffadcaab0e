"""Settings → Coach sync: where progress files go (a shared WebDAV folder or a file drop link),
the user, the password (into the system keychain, never the settings), a company certificate
file, and "Test connection" answering in plain words. The keychain and the network are used off
the window's thread."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import settings as decl
from app.domain.sync.model import (
    DROP_TOKEN_KEY,
    PASSWORD_KEY,
    PROBLEM_TEXT,
    Problem,
    SyncConfig,
    SyncMode,
    check_url,
)
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.kit.i18n import translated
from app.ui.kit.widgets import wrapped_label


class CoachSyncPanel(QGroupBox):
    """Signals:
    saved(): the settings are stored (and the password, if one was typed).
    tested(object): "Test connection" answered (None when it works, else the ``Problem``).
    """

    saved = Signal()
    tested = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("coachSyncPanel")
        layout = QVBoxLayout(self)
        self.intro = wrapped_label(self)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.mode = QComboBox(self)
        self.url = QLineEdit(self)
        self.url.setMinimumWidth(420)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_bundle = QLineEdit(self)
        self.choose_ca = QPushButton(self)
        self.choose_ca.clicked.connect(self._on_choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.choose_ca)
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.labels[:4], (self.mode, self.url, self.user, self.password),
                                strict=True):  # fmt: skip
            label.setBuddy(field)
            form.addRow(label, field)
        self.labels[4].setBuddy(self.ca_bundle)
        form.addRow(self.labels[4], ca_row)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self)
        self.test_button.clicked.connect(self.test_connection)
        self.off_button = QPushButton(self)
        self.off_button.clicked.connect(self.turn_off)
        for button in (self.save_button, self.test_button, self.off_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.result = wrapped_label(self)
        self.result.setObjectName("syncResult")
        layout.addWidget(self.result)
        self._load()
        self.retranslate()

    def _load(self) -> None:
        settings = self.ctx.settings
        self._mode_value = settings.get_str(decl.SYNC_MODE)
        self.url.setText(settings.get_str(decl.SYNC_URL))
        self.user.setText(settings.get_str(decl.SYNC_USER))
        self.ca_bundle.setText(settings.get_str(decl.SYNC_CA_BUNDLE))

    def config(self) -> SyncConfig:
        mode = self.mode.currentData() or self._mode_value
        return SyncConfig(SyncMode(mode), self.url.text().strip().rstrip("/"),
                          self.user.text().strip(), self.ca_bundle.text().strip())  # fmt: skip

    def save(self) -> None:
        from app.services.sync.config import write_config

        config = self.config()
        problem = check_url(config.url)
        if problem is not None:
            self._say(translated("Sync", PROBLEM_TEXT[problem]))
            return
        token = write_config(self.ctx.settings, config)  # a drop link's token: to the keychain
        self.url.setText(self.ctx.settings.get_str(decl.SYNC_URL))
        self.user.setText(self.ctx.settings.get_str(decl.SYNC_USER))
        password = self.password.text()
        self.password.clear()
        if not password and not token:
            self._say(self.tr("Saved."))
            self.saved.emit()
            self.ctx.hub.syncQueued.emit()  # send what waits, to the new place
            return
        secrets = self.ctx.secrets

        def keep() -> tuple[bool, bool]:
            from app.services.sync.config import keep_drop_token

            kept = keep_drop_token(secrets, token)
            if password:
                kept = secrets.set(PASSWORD_KEY, password) and kept
            return kept, bool(password)

        self.ctx.tasks.run(keep, self._on_secrets_kept)

    def _on_secrets_kept(self, result: tuple[bool, bool]) -> None:
        in_keychain, with_password = result
        if with_password:
            self._on_password_kept(in_keychain)
            return
        if in_keychain:
            self._say(self.tr("Saved. The file drop link's key is in your system keychain."))
        else:
            self._say(
                self.tr(
                    "Saved. This computer has no system keychain, so the file drop link's key "
                    "is kept only until you close OwnVoice."
                )
            )
        self.saved.emit()
        self.ctx.hub.syncQueued.emit()

    def _on_password_kept(self, in_keychain: bool) -> None:
        if in_keychain:
            self._say(self.tr("Saved. The password is in your system keychain."))
        else:
            self._say(
                self.tr(
                    "Saved. This computer has no system keychain, so the password is kept only "
                    "until you close OwnVoice."
                )
            )
        self.saved.emit()
        self.ctx.hub.syncQueued.emit()  # try the waiting files with the new password

    def test_connection(self) -> None:
        from app.services.sync.config import read_password, with_secrets
        from app.services.sync.engine import check_connection

        config, typed, secrets = self.config(), self.password.text(), self.ctx.secrets
        problem = check_url(config.url)
        if problem is not None:
            self._on_tested(problem)
            return
        self.test_button.setEnabled(False)
        self._say(self.tr("Testing…"))

        def work() -> Problem | None:
            return check_connection(with_secrets(config, secrets), typed or read_password(secrets))

        self.ctx.tasks.run(work, self._on_tested)

    def _on_tested(self, problem: Problem | None) -> None:
        self.test_button.setEnabled(True)
        if problem is None:
            self._say(self.tr("Connection works."))
        else:
            self._say(translated("Sync", PROBLEM_TEXT[problem]))
        self.tested.emit(problem)

    def turn_off(self) -> None:
        self.ctx.settings.set(decl.SYNC_URL, "")
        self.url.clear()
        secrets = self.ctx.secrets

        def forget() -> None:
            for key in (PASSWORD_KEY, DROP_TOKEN_KEY):
                secrets.delete(key)

        self.ctx.tasks.run(forget)
        self._say(self.tr("Coach sync is off. Files already sent stay on the server."))

    def _on_choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Company certificate file"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_bundle.setText(path)

    def _say(self, text: str) -> None:
        self.result.setText(text)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Coach sync"))
        self.intro.setText(
            self.tr(
                "Send your progress files to a folder your coach reads on your company's "
                "Nextcloud, ownCloud or other WebDAV server, and fetch their feedback. Optional: "
                "your data stays on this computer and works offline; the server gets copies."
            )
        )
        current = self.mode.currentData() or self._mode_value
        self.mode.blockSignals(True)
        self.mode.clear()
        for choice in decl.SETTINGS[decl.SYNC_MODE].choices:
            self.mode.addItem(translated("Settings", choice.label), choice.value)
        self.mode.setCurrentIndex(max(0, self.mode.findData(current)))
        self.mode.blockSignals(False)
        words = (self.tr("&Kind of place:"), self.tr("&Address:"), self.tr("&User name:"),
                 self.tr("&Password:"), self.tr("&Company certificate file:"))  # fmt: skip
        for label, text in zip(self.labels, words, strict=True):
            label.setText(text)
        self.url.setPlaceholderText("https://cloud.example.com/remote.php/dav/files/me/coach")
        self.user.setPlaceholderText(self.tr("none for a file drop link"))
        self.password.setPlaceholderText(self.tr("kept in the system keychain, not in settings"))
        self.ca_bundle.setPlaceholderText(self.tr("only if your IT gave you one"))
        self.choose_ca.setText(self.tr("Choose…"))
        self.save_button.setText(self.tr("&Save"))
        self.test_button.setText(self.tr("&Test connection"))
        self.off_button.setText(self.tr("Turn o&ff"))

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
