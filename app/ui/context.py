"""What every page gets: the services, the task runner and the signal hub, built once.

Start-up order (see docs/ARCHITECTURE.md): the window paints its first frame; then the store is
prepared on the serial worker (created or migrated when needed) and a ``QuickReader`` serves the
current page's first content; then the SQLAlchemy ``Database`` opens for everything else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.services.clock import Clock, SystemClock
from app.services.settings import SettingsService
from app.services.store import open_database, prepare_store
from app.services.system.secrets import SecretStore
from app.storage.errors import (
    CorruptDatabaseError,
    DatabaseIsFolderError,
    DiskIOError,
    FolderPermissionError,
    StorageError,
)
from app.storage.paths import AppPaths
from app.ui.hub import AppSignals
from app.ui.tasks import Runner

# Errors after opening that mean the file cannot be used at all this session.
FATAL_WHILE_OPEN = (CorruptDatabaseError, DiskIOError, DatabaseIsFolderError, FolderPermissionError)

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader


@dataclass
class AppContext:
    paths: AppPaths
    settings: SettingsService
    secrets: SecretStore
    tasks: Runner
    hub: AppSignals
    clock: Clock = field(default_factory=SystemClock)  # every read of today or now goes here
    reader: QuickReader | None = None
    database: Database | None = None
    database_error: StorageError | None = None
    first_frame_done: bool = True
    content_done: bool = True
    _opening_full: bool = False
    _after_frame: list[Callable[[], None]] = field(default_factory=list)
    _after_content: list[Callable[[], None]] = field(default_factory=list)
    _want_reader: list[Callable[[QuickReader], None]] = field(default_factory=list)
    _want_database: list[Callable[[Database], None]] = field(default_factory=list)

    # -- the first frame ------------------------------------------------------------------------

    def after_first_frame(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window has painted its first frame (at once if it has)."""
        if self.first_frame_done:
            callback()
        else:
            self._after_frame.append(callback)

    def first_frame_painted(self) -> None:
        self.first_frame_done = True
        waiting, self._after_frame = self._after_frame, []
        for callback in waiting:
            callback()

    def after_content(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the window's first page shows its content (at once if it has,
        or where no window waits for it): for background work that would otherwise compete
        with that page for the interpreter (the keychain: importing keyring is ~0.1 s)."""
        if self.content_done:
            callback()
        else:
            self._after_content.append(callback)

    def content_shown(self) -> None:
        self.content_done = True
        waiting, self._after_content = self._after_content, []
        for callback in waiting:
            callback()

    # -- the store --------------------------------------------------------------------------------

    def open_database(self) -> None:
        """Prepare the store on the serial worker; pages hear ``hub.databaseReady`` when done."""
        path, clock = self.paths.db_path, self.clock
        self.tasks.run(
            lambda: prepare_store(path, clock), self._on_prepared, self._on_failed, serial=True
        )

    def with_reader(self, callback: Callable[[QuickReader], None]) -> None:
        """Call ``callback(reader)`` as soon as quick reads are possible (at once if they are)."""
        if self.reader is not None:
            callback(self.reader)
        elif self.database_error is None:
            self._want_reader.append(callback)

    def with_database(self, callback: Callable[[Database], None]) -> None:
        """Call ``callback(db)`` now if the database is open, else as soon as it is."""
        if self.database is not None:
            callback(self.database)
        elif self.database_error is None:
            self._want_database.append(callback)
            self.open_full_database()

    def open_full_database(self) -> None:
        """Open the SQLAlchemy ``Database`` (once), after the reader; writes need it.

        Not at once after the reader: importing SQLAlchemy keeps the serial worker busy for
        ~0.2 s, and the first page's reads queue behind it. The window asks for it once the
        page shows its content, or a write asks for it first."""
        if self.database is not None or self._opening_full or self.reader is None:
            return
        self._opening_full = True
        path, clock = self.paths.db_path, self.clock
        self.tasks.run(
            lambda: open_database(path, clock), self._on_database, self._on_failed, serial=True
        )

    def close(self) -> None:
        if self.reader is not None:
            self.reader.close()
        if self.database is not None:
            self.database.close()

    def _on_prepared(self, prepared: tuple[QuickReader, Database | None]) -> None:
        self.reader, database = prepared
        waiting, self._want_reader = self._want_reader, []
        for callback in waiting:
            callback(self.reader)
        if database is not None:
            self._on_database(database)
        elif self._want_database:
            self.open_full_database()

    def _on_database(self, database: Database) -> None:
        self.database = database
        waiting, self._want_database = self._want_database, []
        for callback in waiting:
            callback(database)
        self.hub.databaseReady.emit(database)

    def storage_failed(self, error: StorageError) -> None:
        """A read or write on an open store failed (``read_store``/``write_store`` tell).

        A damaged or unreadable file is the store failing as a whole: pages leave their
        "loading" state and say so, as when it cannot be opened (``databaseFailed``). A full
        disk or a lock held too long concerns that one change (``storageProblem``)."""
        if isinstance(error, FATAL_WHILE_OPEN):
            if self.database_error is None:
                self._on_failed(error)
        else:
            self.hub.storageProblem.emit(error)

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, StorageError):
            raise error
        self.database_error = error
        self._want_reader.clear()
        self._want_database.clear()
        self.hub.databaseFailed.emit(error)
