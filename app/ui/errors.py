"""Showing errors: environment problems in the person's language, our bugs as a crash report."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.storage.errors import StorageError


def error_text(error: StorageError) -> str:
    template = QCoreApplication.translate("Errors", type(error).template)
    return template.format(**error.args_map)


def install_crash_handler(log_file: str) -> None:
    """Log every uncaught exception with its traceback and tell the person once, plainly."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        import logging

        logging.getLogger(__name__).error("uncaught exception\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, "OwnVoice", "")
        box.setText(
            QCoreApplication.translate(
                "Errors",
                "OwnVoice ran into a bug. Your data is safe; what you were doing may not have "
                "been saved. The details are in {log}.",
            ).format(log=log_file)
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = hook
