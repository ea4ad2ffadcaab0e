"""One window per data folder: double-clicking a file while OwnVoice runs opens it in the running
window instead of starting a second OwnVoice on the same data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from app.ui.context import AppContext
from app.ui.shell.application import bring_forward, start_window
from app.ui.shell.main_window import MainWindow
from app.ui.shell.opening import OPENED_NOTICE
from app.ui.shell.single_instance import RUNNING_FILE, InstanceServer, hand_over, server_name
from tests.ui.test_open_file import feedback_file

ROOT = Path(__file__).resolve().parents[2]


def running_window(qtbot: QtBot, ctx: AppContext) -> tuple[MainWindow, InstanceServer]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    start_window(ctx, window, tray_available=lambda: False)
    qtbot.waitExposed(window)
    server = InstanceServer(ctx.paths.data_dir, window)
    server.openRequested.connect(lambda path: bring_forward(window, path))
    server.listen()
    assert server.listening and (ctx.paths.data_dir / RUNNING_FILE).exists()
    return window, server


def start_again(data_dir: Path, *argv: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "app", "--data-dir", str(data_dir), *argv]
    return subprocess.Popen(command, env=env, text=True, stderr=subprocess.PIPE)


def test_a_file_opened_while_ownvoice_runs_goes_to_the_running_window(
    qtbot: QtBot, open_ctx: AppContext, tmp_path: Path
) -> None:
    window, server = running_window(qtbot, open_ctx)
    window.showMinimized()
    file = feedback_file(open_ctx, tmp_path / "feedback.ownvoice", "Your thread was a model.")
    second = start_again(open_ctx.paths.data_dir, str(file))
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    _out, errors = second.communicate()
    assert second.returncode == 0, errors
    # The running window came to the front and took the file.
    qtbot.waitUntil(lambda: window.notices.is_showing(OPENED_NOTICE))
    assert window.notices.text_of(OPENED_NOTICE) == (
        "Feedback from Coach Kaisa arrived: 1 new in your recognition feed."
    )
    assert not window.isMinimized()
    server.close()
    assert not (open_ctx.paths.data_dir / RUNNING_FILE).exists()


def test_a_start_at_login_while_ownvoice_runs_ends_quietly(
    qtbot: QtBot, open_ctx: AppContext
) -> None:
    """Start at login runs ``ownvoice --in-tray``: with OwnVoice already open it ends at once
    and leaves the window as it is; a plain second start brings it to the front."""
    window, server = running_window(qtbot, open_ctx)
    asked: list[object] = []
    server.openRequested.connect(asked.append)
    window.showMinimized()
    login = start_again(open_ctx.paths.data_dir, "--in-tray")
    qtbot.waitUntil(lambda: login.poll() is not None, timeout=60_000)
    _out, errors = login.communicate()
    assert login.returncode == 0, errors
    qtbot.wait(100)
    assert asked == [] and window.isMinimized()
    again = start_again(open_ctx.paths.data_dir)
    qtbot.waitUntil(lambda: again.poll() is not None, timeout=60_000)
    again.communicate()
    qtbot.waitUntil(lambda: asked == [None])
    assert not window.isMinimized()
    server.close()


def test_a_note_left_by_a_crash_costs_one_failed_try_then_this_start_takes_over(
    qtbot: QtBot, ctx: AppContext
) -> None:
    folder = ctx.paths.data_dir
    (folder / RUNNING_FILE).write_text("12345")  # nobody listens
    assert hand_over(folder, None) is False
    # A socket file left where the server listens: it is taken over, not refused.
    leftover = Path(QDir.tempPath()) / server_name(folder)
    leftover.write_text("")
    server = InstanceServer(folder)
    try:
        server.listen()
        assert server.listening
    finally:
        server.close()
        leftover.unlink(missing_ok=True)


def test_other_folders_and_garbage_are_not_taken(qtbot: QtBot, ctx: AppContext) -> None:
    assert server_name(ctx.paths.data_dir) != server_name(ctx.paths.data_dir / "other")
    server = InstanceServer(ctx.paths.data_dir)
    asked: list[object] = []
    server.openRequested.connect(asked.append)
    server.listen()
    try:
        socket = QLocalSocket()
        socket.connectToServer(server.name)
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.ConnectedState)
        socket.write(b"\xff\xfe not json\n")
        socket.flush()
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)
        assert asked == []
    finally:
        server.close()
