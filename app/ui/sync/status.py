"""Coach sync in the status bar (last sync, files waiting, a problem in plain words) and the
"Sync now" action in the OwnVoice menu; both shown only once sync is set up."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QEvent, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMenu, QStatusBar, QWidget

from app.domain.sync.model import PASSWORD_KEY, PROBLEM_TEXT, QUIET, SyncRun, SyncStatus
from app.ui.guard import qt_override
from app.ui.kit.i18n import translated
from app.ui.sync.controller import SyncController


class SyncStatusLabel(QLabel):
    """What coach sync is doing, in a few words, and the action that starts it by hand."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        self.ctx = controller.ctx
        self.action = QAction(self)
        self.action.setObjectName("syncNowAction")
        self.action.triggered.connect(controller.sync_now)
        controller.busyChanged.connect(self._on_busy)
        controller.finished.connect(self._on_finished)
        controller.passwordNeeded.connect(self.ask_password)
        self.ctx.hub.syncState.connect(self._show)
        self.ctx.hub.settingChanged.connect(self._on_setting_changed)
        self._busy = False
        self.retranslate()
        self._follow_setup()

    def attach(self, menu: QMenu, before: QAction, bar: QStatusBar) -> None:
        menu.insertAction(before, self.action)
        bar.addPermanentWidget(self)

    def _follow_setup(self) -> None:
        on = self.controller.configured()
        self.action.setVisible(on)
        self.setVisible(on)

    def _on_setting_changed(self, key: str, _value: object) -> None:
        if key.startswith("sync/"):
            self._follow_setup()
            self.retranslate()

    def _on_busy(self, busy: bool) -> None:
        self._busy = busy
        self.action.setEnabled(not busy)
        self.retranslate()

    def _on_finished(self, run: SyncRun) -> None:
        sent = len(run.uploaded)
        if sent and run.problem is None:
            self.ctx.hub.statusMessage.emit(self.tr("Sent %Ln files to your coach.", "", sent))
        if run.feedback_new:
            self.ctx.hub.statusMessage.emit(
                self.tr("%Ln new messages from your coach.", "", run.feedback_new)
            )

    def _show(self, _status: SyncStatus) -> None:
        self.retranslate()

    def text_for(self, status: SyncStatus | None) -> str:
        if self._busy:
            return self.tr("Syncing with your coach…")
        if status is None:
            return self.tr("Coach sync")
        parts = []
        if status.problem is not None:
            words = translated("Sync", PROBLEM_TEXT[status.problem])
            parts.append(words if status.problem in QUIET else self.tr("Sync: %1").replace(
                "%1", words))  # fmt: skip
        elif status.last_sync is not None:
            stamp = status.last_sync.isoformat(timespec="seconds")
            when = QDateTime.fromString(stamp, Qt.DateFormat.ISODate).toLocalTime()
            parts.append(
                self.tr("Synced {when}").format(
                    when=QLocale().toString(when, QLocale.FormatType.ShortFormat)
                )
            )
        else:
            parts.append(self.tr("Not synced yet"))
        if status.waiting:
            parts.append(self.tr("%Ln files waiting", "", status.waiting))
        if status.conflicts:
            parts.append(self.tr("%Ln files in conflict", "", status.conflicts))
        return " · ".join(parts)

    def retranslate(self) -> None:
        self.action.setText(self.tr("S&ync now with your coach"))
        self.setText(self.text_for(self.controller.status))

    def ask_password(self) -> None:
        """No keychain on this computer: ask for the password for this session only."""
        password, ok = QInputDialog.getText(
            self.window(),
            self.tr("Coach sync password"),
            self.tr(
                "This computer has no system keychain, so OwnVoice cannot keep your coach sync "
                "password. Enter it for this session; it is forgotten when OwnVoice closes."
            ),
            QLineEdit.EchoMode.Password,
        )
        if ok and password:
            self.ctx.secrets.set(PASSWORD_KEY, password)
            self.controller.sync_now()

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
