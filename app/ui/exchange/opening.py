"""A ``.ownvoice`` file handed to the app: read whole, then routed by what it is.

``ownvoice FILE.ownvoice`` (a double-click, the .desktop file's ``%f``, Windows' ``"%1"``,
the macOS Finder) gives the window a path. Feedback from the coach goes into the person's
recognition feed, as "Import feedback from your coach…" does (a coach's group file lands in
Journey → Examples from your group); a progress file is for coach
mode, which the window opens. A file that cannot be accepted says why in one line (the same
words as everywhere else, app/services/exchange/package.py), and nothing is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.ui.context import AppContext
from app.ui.store_access import write_store

if TYPE_CHECKING:
    from app.services.exchange.feedback import ImportedFeedback
    from app.services.exchange.package import Package


class FileOpener(QObject):
    """Signals:
    imported(str): feedback arrived in the recognition feed; the line that says what came.
    progressFile(object, str): a progress file (its ``Path``) and the id of the person in it.
    refused(str): the one line that says why the file was not opened.
    """

    imported = Signal(str)
    progressFile = Signal(object, str)
    refused = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def open(self, path: Path) -> None:
        from app.services.exchange.package import read_package

        self.ctx.tasks.run(
            lambda: read_package(path),
            lambda package: self._on_read(path, package),
            self._on_failed,
        )

    def _on_read(self, path: Path, package: Package) -> None:
        from app.domain.exchange.model import Kind

        if package.manifest.kind is Kind.PROGRESS:
            self.progressFile.emit(path, package.manifest.person.id)
            return
        from app.services.exchange.feedback import import_feedback

        clock = self.ctx.clock
        write_store(
            self.ctx,
            lambda db, reader: import_feedback(db, reader, path, clock),
            self._on_imported,
            self._on_failed,
            announce=("journey",),
        )

    def _on_imported(self, result: ImportedFeedback) -> None:
        from app.ui.exchange.export_dialog import group_arrived

        if result.group:
            self.imported.emit(group_arrived(result))
            return
        coach = result.coach or self.tr("your coach")
        if result.new:
            text = self.tr(
                "Feedback from {coach} arrived: %Ln new in your recognition feed.", "", result.new
            )
        else:
            text = self.tr(
                "Feedback from {coach}: nothing new, all of it is in your recognition feed already."
            )
        self.imported.emit(text.format(coach=coach))

    def _on_failed(self, error: BaseException) -> None:
        from app.services.exchange.package import REASONS, ExchangeError
        from app.storage.errors import StorageError
        from app.ui.kit.i18n import translated

        if isinstance(error, StorageError):
            return  # the window already says what happened to the store and what to do
        if not isinstance(error, ExchangeError):
            raise error
        self.refused.emit(translated("Exchange", REASONS[error.reason]).format(**error.args_map))
