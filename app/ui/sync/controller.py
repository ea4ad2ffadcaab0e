"""The coach-sync worker of the window: drains the outbox off the window's thread when the
server is reachable, on start, every few minutes, after a file is queued, and on "Sync now".

Offline is a normal state: the status bar says so quietly and the files wait (their pauses grow
in the outbox). Nothing here opens an error dialog. With no system keychain and no password yet
this session, the window asks once and says why (``passwordNeeded``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.domain.sync.model import Problem, SyncConfig, SyncRun, SyncStatus
from app.ui.context import AppContext

if TYPE_CHECKING:
    from app.storage.database import Database

CHECK_MS = 5 * 60 * 1000  # the outbox's own backoff decides what is due


class SyncController(QObject):
    """Signals:
    finished(object): a sync ended (the ``SyncRun``).
    busyChanged(bool): a sync started or ended.
    passwordNeeded(): no keychain and no password this session: ask the person (once).
    """

    finished = Signal(object)
    busyChanged = Signal(bool)
    passwordNeeded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.asked_password = False
        self._again = False
        self._stopping = False
        self.status: SyncStatus | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.sync)
        self.timer.start()
        ctx.hub.syncQueued.connect(self.sync)
        ctx.hub.settingChanged.connect(self._on_setting_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def configured(self) -> bool:
        from app.services.sync.config import read_config

        return read_config(self.ctx.settings) is not None

    def stop(self) -> None:
        """The app is quitting: a running sync ends after its current file."""
        self._stopping = True
        self.timer.stop()

    def sync_now(self) -> None:
        """The person asked: every waiting file, whatever its pause."""
        self.sync(everything=True)

    def sync(self, everything: bool = False) -> None:
        if not self.configured() or self.ctx.database_error is not None or self._stopping:
            return
        if self.busy:
            self._again = True
            return
        self.busy = True
        self.busyChanged.emit(True)
        self.ctx.with_database(lambda db: self._start(db, everything))

    def refresh(self) -> None:
        """Read the status (last sync, files waiting) and tell the hub."""
        if not self.configured() or self.ctx.database_error is not None:
            return
        from app.services.sync.engine import status

        self.ctx.with_database(
            lambda db: self.ctx.tasks.run(lambda: status(db), self._on_status, self._on_error)
        )

    def _start(self, db: Database, everything: bool) -> None:
        from app.services.sync.config import read_config

        config = read_config(self.ctx.settings)
        if config is None:
            self._done(SyncRun())
            return
        secrets, clock, temp = self.ctx.secrets, self.ctx.clock, self.ctx.paths.data_dir

        def work() -> tuple[SyncRun, SyncStatus, bool, SyncConfig | None]:
            # All of it off the window's thread: the keychain, the network, the outbox.
            from app.services.sync.config import (
                needs_password,
                read_password,
                token_to_keychain,
                with_secrets,
            )
            from app.services.sync.engine import remember_problem, status, sync_once
            from app.services.sync.webdav import DavClient, SyncError

            moved = token_to_keychain(config, secrets)  # a link from before the keychain held it
            password = read_password(secrets)
            if password is None and needs_password(config):
                remember_problem(db, Problem.NO_PASSWORD)
                run = SyncRun(problem=Problem.NO_PASSWORD)
                return run, status(db), not secrets.status().in_keychain, moved
            try:
                client = DavClient(with_secrets(config, secrets), password)
            except SyncError as error:
                remember_problem(db, error.problem)
                return SyncRun(problem=error.problem), status(db), False, moved
            try:
                run = sync_once(db, client, clock, temp, everything=everything,
                                stop=lambda: self._stopping)  # fmt: skip
            finally:
                client.close()
            return run, status(db), False, moved

        self.ctx.tasks.run(work, self._on_synced, self._on_error)

    def _on_synced(self, result: tuple[SyncRun, SyncStatus, bool, SyncConfig | None]) -> None:
        run, now, ask, moved = result
        if moved is not None:  # the token is in the keychain now: out of the settings file
            from app.services.sync.config import write_config

            write_config(self.ctx.settings, moved)
        self._on_status(now)
        if run.feedback_new:
            self.ctx.hub.dataChanged.emit("journey")  # the recognition feed
        self._done(run)
        if ask and not self.asked_password:
            self.asked_password = True
            self.passwordNeeded.emit()

    def _on_status(self, now: SyncStatus) -> None:
        self.status = now
        self.ctx.hub.syncState.emit(now)

    def _on_error(self, error: BaseException) -> None:
        from app.storage.errors import StorageError

        if not isinstance(error, StorageError):
            raise error
        self.ctx.storage_failed(error)
        self._done(SyncRun())

    def _done(self, run: SyncRun) -> None:
        self.busy = False
        self.busyChanged.emit(False)
        self.finished.emit(run)
        if self._again:
            self._again = False
            self.sync()

    def _on_setting_changed(self, key: str, _value: object) -> None:
        if key.startswith("sync/"):
            self.refresh()
