"""Showing a reminder notification, with "Done" and "Snooze" buttons where the platform allows.

- Linux: ``notify-send`` (libnotify 0.7.9+) with ``--action`` and ``--wait`` shows the desktop's
  own notification with buttons and prints the one chosen; it runs as a ``QProcess``, so nothing
  waits on it.
- Elsewhere, or without it: the tray icon's message (native notifications on Windows and macOS,
  without buttons); the tray menu then offers "Done" and "Snooze" for the last reminder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from PySide6.QtCore import QObject, QProcess, Signal
from PySide6.QtWidgets import QSystemTrayIcon

DONE, SNOOZE, OPEN = "done", "snooze", "open"


class Notifier(QObject):
    """Signals:
    actionInvoked(str): "done", "snooze" or "open" (the notification itself was clicked).
    """

    actionInvoked = Signal(str)
    has_buttons = False

    def show(self, title: str, body: str, done_text: str, snooze_text: str) -> None:
        raise NotImplementedError


class CommandNotifier(Notifier):
    """``notify-send --wait --action=…``: the chosen action's key comes back on its output."""

    has_buttons = True

    def __init__(self, program: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.program = program

    def show(self, title: str, body: str, done_text: str, snooze_text: str) -> None:
        process = QProcess(self)
        process.setProgram(self.program)
        process.setArguments([
            "--app-name=OwnVoice", "--icon=ownvoice", "--wait",
            f"--action={DONE}={done_text}", f"--action={SNOOZE}={snooze_text}",
            f"--action=default={OPEN}", title, body,
        ])  # fmt: skip
        process.finished.connect(self._on_finished)
        process.start()

    def _on_finished(self) -> None:
        process = self.sender()
        if not isinstance(process, QProcess):
            return
        answer = bytes(process.readAllStandardOutput().data()).decode(errors="replace").strip()
        # Finished processes are few (one per reminder) and go with this notifier; deleting one
        # from inside its own signal is what crashes.
        process.finished.disconnect(self._on_finished)
        key = OPEN if answer == "default" else answer
        if key in (DONE, SNOOZE, OPEN):
            self.actionInvoked.emit(key)


class TrayNotifier(Notifier):
    """The tray icon's balloon or native notification; a click opens the app."""

    def __init__(self, tray: QSystemTrayIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tray = tray
        tray.messageClicked.connect(lambda: self.actionInvoked.emit(OPEN))

    def show(self, title: str, body: str, done_text: str, snooze_text: str) -> None:
        del done_text, snooze_text  # offered in the tray menu instead
        self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 15_000)


def notify_send_with_actions(program: str | None = None) -> str | None:
    """The path of a ``notify-send`` that knows ``--action`` (libnotify 0.7.9+), or None."""
    if not sys.platform.startswith("linux"):
        return None
    path = program or shutil.which("notify-send")
    if path is None:
        return None
    try:
        done = subprocess.run([path, "--help"], capture_output=True, text=True, timeout=3,
                              check=False)  # fmt: skip
    except (OSError, subprocess.TimeoutExpired):
        return None
    return path if "--action" in done.stdout and "--wait" in done.stdout else None


def make_notifier(tray: QSystemTrayIcon | None, parent: QObject | None = None) -> Notifier | None:
    program = notify_send_with_actions()
    if program is not None:
        return CommandNotifier(program, parent)
    if tray is not None and QSystemTrayIcon.supportsMessages():
        return TrayNotifier(tray, parent)
    return None
