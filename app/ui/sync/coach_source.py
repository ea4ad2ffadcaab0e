"""Coach mode: "Open the server folder" reads the coach-sync folder (Settings → Coach sync, a
shared folder) through a local cache, fetching only files whose ETag changed; when the server
cannot be reached, the cache is opened as it is and the status bar says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.sync.model import PROBLEM_TEXT, QUIET, SyncMode
from app.services.sync.mirror import Mirrored
from app.ui.context import AppContext
from app.ui.guard import qt_override
from app.ui.kit.i18n import translated


class ServerFolderButton(QPushButton):
    """Shown only when coach sync is set to a shared folder.

    Signals:
        ready(object): the cache is up to date as far as the server allowed (``Mirrored``).
    """

    ready = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("serverFolderButton")
        self.clicked.connect(self.fetch)
        ctx.hub.settingChanged.connect(self._on_setting_changed)
        self.retranslate()
        self._follow_setup()

    def _config_folder(self) -> bool:
        from app.services.sync.config import read_config

        config = read_config(self.ctx.settings)
        return config is not None and config.mode is SyncMode.FOLDER

    def _follow_setup(self) -> None:
        self.setVisible(self._config_folder())

    def _on_setting_changed(self, key: str, _value: object) -> None:
        if key.startswith("sync/"):
            self._follow_setup()

    def fetch(self) -> None:
        from app.services.sync.config import read_config

        config = read_config(self.ctx.settings)
        if config is None:
            return
        secrets, data_dir = self.ctx.secrets, self.ctx.paths.data_dir
        self.setEnabled(False)

        def work() -> Mirrored:
            from app.services.sync.config import read_password
            from app.services.sync.mirror import cache_for, mirror
            from app.services.sync.webdav import DavClient, SyncError

            cache = cache_for(data_dir, config.url)
            try:
                client = DavClient(config, read_password(secrets))
            except SyncError as error:
                return Mirrored(cache, 0, 0, 0, error.problem)
            try:
                return mirror(client, cache)
            finally:
                client.close()

        self.ctx.tasks.run(work, self._on_mirrored, self._on_error)

    def _on_mirrored(self, mirrored: Mirrored) -> None:
        self.setEnabled(True)
        if mirrored.problem in QUIET:
            self.ctx.hub.statusMessage.emit(
                self.tr("The server cannot be reached now; showing the copy on this computer.")
            )
        elif mirrored.problem is not None:
            words = translated("Sync", PROBLEM_TEXT[mirrored.problem])
            self.ctx.hub.statusMessage.emit(
                self.tr("Showing the copy on this computer. {problem}").format(problem=words)
            )
        else:
            fetched = mirrored.downloaded
            self.ctx.hub.statusMessage.emit(
                self.tr("%Ln new or changed files fetched from the server.", "", fetched)
            )
        self.ready.emit(mirrored)

    def _on_error(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, OSError):  # the cache could not be written: said, not a bug
            raise error
        self.ctx.hub.statusMessage.emit(
            self.tr("The copy of the server folder could not be saved: {reason}").format(
                reason=error.strerror or str(error)
            )
        )

    def retranslate(self) -> None:
        self.setText(self.tr("Open the server folder"))
        self.setToolTip(
            self.tr("The coach-sync folder set in Settings, read through a copy on this computer")
        )

    @qt_override
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
