"""Fatal crashes on record: ``faulthandler`` writes them to ``logs/crash.log``; the next start
tells the person (as qutebrowser does).

A Python traceback reaches the log file through the crash handler, but a crash inside Qt or
another C library (SIGSEGV, SIGABRT, …) ends the process before any Python code runs. The
standard library's ``faulthandler`` still writes the Python stack of every thread to an open
file at that moment. While OwnVoice runs, ``crash.log`` is open for that and empty; a clean exit
removes it. So a non-empty ``crash.log`` at start means the last run ended in a crash: it is
kept as ``crash-previous.log`` and handed to the window, which offers to open or copy it.
"""

from __future__ import annotations

import faulthandler
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from app.storage.paths import PRIVATE_FILE_MODE, ensure_private_dir

CRASH_LOG = "crash.log"
PREVIOUS_CRASH_LOG = "crash-previous.log"
REPORT_LIMIT = 64_000  # characters of a report shown or copied; the file keeps all of it

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CrashReport:
    path: Path  # the kept report, crash-previous.log
    text: str


class CrashRecords:
    """``start()`` at launch, ``stop()`` at a clean exit."""

    def __init__(self, logs_dir: Path) -> None:
        self.logs_dir = logs_dir
        self.path = logs_dir / CRASH_LOG
        self.previous_path = logs_dir / PREVIOUS_CRASH_LOG
        self._file: TextIO | None = None

    def start(self) -> CrashReport | None:
        """Keep a report the last run left, then record this run's fatal errors; never raises.

        Returns the last run's report, if it ended in a crash."""
        report = None
        try:
            ensure_private_dir(self.logs_dir)
            report = self._take_previous()
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
            self._file = os.fdopen(fd, "w", encoding="utf-8")
            faulthandler.enable(self._file, all_threads=True)
        except OSError as error:  # a read-only or full disk: run without crash records
            log.warning("crash records are off: %s", error)
            self._close()
        return report

    def _take_previous(self) -> CrashReport | None:
        try:
            if self.path.stat().st_size == 0:
                return None
        except FileNotFoundError:
            return None
        self.path.replace(self.previous_path)
        with self.previous_path.open(encoding="utf-8", errors="replace") as file:
            text = file.read(REPORT_LIMIT)
        return CrashReport(self.previous_path, text.strip())

    def stop(self) -> None:
        """A clean exit: nothing to report next time."""
        if self._file is None:
            return
        if faulthandler.is_enabled():
            faulthandler.disable()
        self._close()
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("could not remove %s: %s", self.path, error)

    def _close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
