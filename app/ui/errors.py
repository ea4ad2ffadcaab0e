"""Showing errors: environment problems in the person's language, our bugs without a crash.

Three doors, one for each way an error reaches us:

- a ``StorageError`` (disk full, damaged file, …): ``error_text`` in plain words, where the
  person was working;
- an exception in a slot or a timer: Qt hands it to ``sys.excepthook``, which is
  :class:`CrashHandler`: it logs the traceback and shows one non-modal dialog, opened from the
  event loop (never inside the event being handled) and never stacked;
- an exception in a Qt virtual override: the guard (``app/ui/guard.py``) stops it, and
  :class:`GuardRelay` turns it into one non-modal notice in the window, after the paint or
  event that failed.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app.storage.errors import StorageError
from app.ui import guard

log = logging.getLogger(__name__)


def error_text(error: StorageError) -> str:
    template = QCoreApplication.translate("Errors", type(error).template)
    return template.format(**error.args_map)


def bug_text(log_file: str, count: int = 1) -> str:
    text = QCoreApplication.translate(
        "Errors",
        "OwnVoice ran into a bug. Your data is safe; what you were doing may not have "
        "been saved. The details are in {log}.",
    ).format(log=log_file)
    if count > 1:
        more = QCoreApplication.translate("Errors", "(This happened {n} times.)").format(n=count)
        text = f"{text} {more}"
    return text


class CrashHandler:
    """``sys.excepthook`` for the GUI: log, then one dialog, deferred and never stacked.

    ``ensure_logging`` is called before the first record so that a bug in the first second
    still reaches the log file (logging is otherwise set up after the first frame)."""

    def __init__(self, log_file: str, ensure_logging: Callable[[], object] | None = None) -> None:
        self.log_file = log_file
        self.ensure_logging = ensure_logging
        self.box: QMessageBox | None = None
        self.count = 0  # bugs shown in the open dialog
        self._pending: list[str] = []
        self._busy = False  # re-entry: an error while handling one is only logged

    def install(self) -> None:
        sys.excepthook = self.hook

    def hook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal: quit, as asked
            sys.__excepthook__(kind, error, tb)
            QTimer.singleShot(0, lambda: QCoreApplication.exit(130))
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        if self._busy:
            log.error("uncaught exception while showing another\n%s", details)
            return
        self._busy = True
        try:
            if self.ensure_logging is not None:
                self.ensure_logging()
            log.error("uncaught exception\n%s", details)
            if QApplication.instance() is None:
                sys.__excepthook__(kind, error, tb)
                return
            self._pending.append(details)
            if len(self._pending) == 1:
                # Out of the event being handled (a paint, a key press): from the event loop.
                QTimer.singleShot(0, self._show)
        finally:
            self._busy = False

    def _show(self) -> None:
        if self._busy or not self._pending:
            return
        self._busy = True
        try:
            from PySide6.QtCore import Qt  # not at import: the window shell avoids Qt's enums

            details, self._pending = "\n".join(self._pending), []
            if self.box is not None and self.box.isVisible():
                self.count += 1
                self.box.setText(bug_text(self.log_file, self.count))
                self.box.setDetailedText(f"{self.box.detailedText()}\n{details}")
                return
            self.count = 1
            box = QMessageBox(QMessageBox.Icon.Critical, "OwnVoice", bug_text(self.log_file))
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setDetailedText(details)
            box.destroyed.connect(self._forget_box)
            self.box = box
            box.show()
        except Exception:  # the dialog itself failed: the log has it all
            log.exception("could not show the error dialog")
        finally:
            self._busy = False

    def _forget_box(self) -> None:
        self.box = None


def install_crash_handler(
    log_file: str, ensure_logging: Callable[[], object] | None = None
) -> CrashHandler:
    handler = CrashHandler(log_file, ensure_logging)
    handler.install()
    return handler


class GuardRelay(QObject):
    """Hears the guard (maybe inside a paint) and says so later, from the event loop.

    Signals:
        problem(str): an override failed (where); queued, so never inside the failed event.
    """

    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting = False
        self._where = ""
        guard.add_sink(self._on_error)
        self.destroyed.connect(lambda: guard.remove_sink(self._on_error))

    def detach(self) -> None:
        guard.remove_sink(self._on_error)

    def _on_error(self, where: str, _error: BaseException) -> None:
        # A failing paint runs again and again: one pending report is enough.
        self._where = where
        if not self._waiting:
            self._waiting = True
            QTimer.singleShot(0, self, self._emit)

    def _emit(self) -> None:
        self._waiting = False
        self.problem.emit(self._where)
