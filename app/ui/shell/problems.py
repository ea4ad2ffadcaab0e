"""The window's notices about problems: the store failing (with where to look: the backups, the
data folder), a bug the override guard stopped (once per place), and the last run's crash (with
its report to open or copy). Texts in the context "MainWindow", as when they lived there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from app.services.system.crash_records import CrashReport
from app.storage.errors import StorageError
from app.ui.context import AppContext
from app.ui.errors import GuardRelay, error_text
from app.ui.shell.notices import INFO, NoticeAction, NoticeArea

DATABASE_NOTICE = "database"
GUARD_NOTICE = "guard"
STORAGE_NOTICE = "storage"
CRASH_NOTICE = "crash"


class ProblemNotices(QObject):
    def __init__(self, ctx: AppContext, notices: NoticeArea, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notices = notices
        self._storage_problems: dict[str, StorageError] = {}
        self._crash_report: CrashReport | None = None
        ctx.hub.databaseFailed.connect(self.on_database_failed)
        ctx.hub.storageProblem.connect(self.on_storage_problem)
        # One notice when an override fails (the guard stopped it; the log has the details);
        # once closed, it comes back only for a failure somewhere new.
        self._guard_places: set[str] = set()
        self.guard_relay = GuardRelay(self)
        self.guard_relay.problem.connect(self._on_guard_problem)

    def on_database_failed(self, error: StorageError) -> None:
        self.notices.show_notice(DATABASE_NOTICE, error_text(error), actions=self._remedies(error))

    def on_storage_problem(self, error: StorageError) -> None:
        """A change that could not be saved (disk full, locked): said once per kind of problem,
        until closed; the store goes on working."""
        key = f"{STORAGE_NOTICE}:{type(error).__name__}"
        self.notices.show_notice(key, error_text(error), actions=self._remedies(error))
        self._storage_problems[key] = error

    def _remedies(self, error: StorageError) -> list[NoticeAction]:
        """What the person can do about it from here (the message says what, these open where)."""
        from app.storage.errors import CorruptDatabaseError, MigrationFailedError

        actions = []
        if isinstance(error, CorruptDatabaseError | MigrationFailedError):
            backups = self.ctx.paths.backups_dir
            actions.append(
                NoticeAction(
                    QCoreApplication.translate("MainWindow", "Open the backups folder"),
                    lambda: open_local(backups),
                )
            )
        folder = self.ctx.paths.data_dir
        actions.append(
            NoticeAction(
                QCoreApplication.translate("MainWindow", "Open the data folder"),
                lambda: open_local(folder),
            )
        )
        return actions

    def _on_guard_problem(self, where: str) -> None:
        if where in self._guard_places and not self.notices.is_showing(GUARD_NOTICE):
            return
        self._guard_places.add(where)
        self._show_guard_notice()

    def _show_guard_notice(self) -> None:
        self.notices.show_notice(
            GUARD_NOTICE,
            QCoreApplication.translate(
                "MainWindow",
                "Something went wrong showing this; details are in the log. Your data is safe.",
            ),
            actions=[
                NoticeAction(
                    QCoreApplication.translate("MainWindow", "Open the log folder"),
                    lambda: open_local(self.ctx.paths.logs_dir),
                )
            ],
        )

    def report_previous_crash(self, report: CrashReport | None) -> None:
        """At start: the last run ended in a crash; say so, and offer the report."""
        self._crash_report = report
        if report is not None:
            self._show_crash_notice()

    def _show_crash_notice(self) -> None:
        self.notices.show_notice(
            CRASH_NOTICE,
            QCoreApplication.translate(
                "MainWindow",
                "OwnVoice closed unexpectedly last time. Your data is safe. If it happens "
                "again, the report helps us find out why.",
            ),
            kind=INFO,
            actions=[
                NoticeAction(
                    QCoreApplication.translate("MainWindow", "Open the report"),
                    self._open_crash_report,
                ),
                NoticeAction(
                    QCoreApplication.translate("MainWindow", "Copy the report"),
                    self._copy_crash_report,
                ),
            ],
        )

    def _open_crash_report(self) -> None:
        if self._crash_report is not None:
            open_local(self._crash_report.path)

    def _copy_crash_report(self) -> None:
        if self._crash_report is not None:
            QApplication.clipboard().setText(self._crash_report.text)
            self.ctx.hub.statusMessage.emit(
                QCoreApplication.translate("MainWindow", "The report is on the clipboard.")
            )

    def retranslate(self) -> None:
        """Each notice showing, again in the new language."""
        if self.ctx.database_error is not None:
            self.on_database_failed(self.ctx.database_error)
        for key, error in list(self._storage_problems.items()):
            if self.notices.is_showing(key):
                self.on_storage_problem(error)
        if self.notices.is_showing(GUARD_NOTICE):
            self._show_guard_notice()
        if self.notices.is_showing(CRASH_NOTICE):
            self._show_crash_notice()


def open_local(path: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
