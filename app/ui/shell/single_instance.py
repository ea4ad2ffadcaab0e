"""One OwnVoice window per data folder: a second start hands its file (or only "show yourself")
to the one already running, and ends.

A coach double-clicks one progress file after another; each double-click starts ``ownvoice
FILE``. Without this, each was a second process on the same data folder, with a second window,
tray icon and reminders. Now the running window opens the file and comes to the front.

The running app listens on a local socket (``QLocalServer``: a Unix socket, a named pipe on
Windows; only this user may connect) named after the data folder, and notes that it runs in the
folder's ``running`` file. A new start looks for that file first, so that an ordinary start does
not even load QtNetwork; only when the file is there does it try the socket. A file left by a
crash costs one failed connection, then the new start takes over. Messages are one line of JSON
(``{"open": path or null, "show": true or false}``), at most ``MAX_MESSAGE`` bytes; the running
app answers ``ok``. A start at login (``--in-tray``) that finds OwnVoice running ends quietly.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.storage.paths import private_opener

log = logging.getLogger(__name__)

RUNNING_FILE = "running"
MAX_MESSAGE = 16 * 1024
WAIT_MS = 2000


def server_name(data_dir: Path) -> str:
    """The socket's name: the same for the same folder and user, different otherwise."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}\0{data_dir.absolute()}".encode("utf-8", "surrogateescape")
    return "ownvoice-" + hashlib.sha256(key).hexdigest()[:20]


def hand_over(data_dir: Path, open_file: Path | None, *, show: bool = True) -> bool:
    """Give ``open_file`` (or nothing: "come to the front", unless ``show`` is False, as for a
    start at login that finds OwnVoice already running) to OwnVoice running on ``data_dir``;
    True when it took it and this start should end."""
    if not (data_dir / RUNNING_FILE).exists():
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(WAIT_MS):
        return False  # nobody listens: a file left by a crash
    message = {"open": str(open_file.absolute()) if open_file is not None else None, "show": show}
    socket.write(json.dumps(message).encode("utf-8") + b"\n")
    socket.flush()
    taken = socket.waitForReadyRead(WAIT_MS) and bytes(socket.readAll().data()).startswith(b"ok")
    socket.disconnectFromServer()
    return taken


class InstanceServer(QObject):
    """Listens for later starts on the same data folder.

    Signals:
    openRequested(object): a later start asked to open this path (a ``Path``), or None to only
        bring the window to the front.
    """

    openRequested = Signal(object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtNetwork import QLocalServer

        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def listen(self) -> None:
        """Start listening and note it in the folder. Where the system refuses (logged), later
        starts open their own window, as before."""
        from PySide6.QtNetwork import QLocalServer

        if not self._server.listen(self.name):
            QLocalServer.removeServer(self.name)  # a socket left by a crash
            if not self._server.listen(self.name):
                log.warning("cannot listen for later starts: %s", self._server.errorString())
                return
        try:
            with open(
                self.data_dir / RUNNING_FILE, "w", encoding="utf-8", opener=private_opener
            ) as f:
                f.write(str(os.getpid()))
        except OSError as error:
            log.warning("cannot note the running app: %s", error)

    def close(self) -> None:
        self._server.close()
        try:
            (self.data_dir / RUNNING_FILE).unlink(missing_ok=True)
        except OSError as error:
            log.warning("cannot remove the running note: %s", error)

    def _on_new_connection(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: object) -> None:
        from PySide6.QtNetwork import QLocalSocket

        assert isinstance(socket, QLocalSocket)
        if socket.bytesAvailable() > MAX_MESSAGE:
            socket.abort()  # not a start of OwnVoice
            return
        if not socket.canReadLine():
            return  # the rest of the line is on its way
        line = bytes(socket.readLine().data())
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            socket.abort()
            return
        if not isinstance(message, dict):
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        wanted = message.get("open")
        if isinstance(wanted, str) and wanted:
            self.openRequested.emit(Path(wanted))
        elif message.get("show", True) is not False:
            self.openRequested.emit(None)
