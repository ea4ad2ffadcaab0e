"""A real WebDAV server for tests: wsgidav on cheroot, 127.0.0.1, a free port, Basic auth.

``/dav/`` is a shared folder (user ``coach``); ``/drop/`` behaves as a Nextcloud file drop
(user ``anonymous`` with the share password): a second upload of a name becomes ``name (2)``
and reads are refused with 405. ``faults`` scripts what the next requests meet: a status, a
delay after the server has done the work, or a connection cut.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

USER = "coach"
PASSWORD = "pw-Kx7#correct-horse"
DROP_PASSWORD = "drop-Zq9#battery"
# A Nextcloud 29+ file drop link, ``/public.php/dav/files/TOKEN``, without a password (the
# token is the key); a plain folder (no renaming of a second upload).
DROP_TOKEN = "wq3rty8skp2lmn6v"  # lower case: wsgidav finds a share by its lower-cased path
TOKEN_DROP = f"/public.php/dav/files/{DROP_TOKEN}"

Environ = dict[str, Any]
StartResponse = Callable[..., Any]


@dataclass
class Fault:
    method: str  # "PUT", "GET", ... or "*"
    status: int = 0  # answer this instead of passing the request on
    delay: float = 0.0  # pass it on, then wait this long before answering
    reset: bool = False  # pass it on, then cut the connection instead of answering
    times: int = 1


@dataclass
class Faults:
    queue: list[Fault] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    seen: list[tuple[str, str]] = field(default_factory=list)

    def add(self, *faults: Fault) -> None:
        with self.lock:
            self.queue.extend(faults)

    def take(self, method: str) -> Fault | None:
        with self.lock:
            for fault in self.queue:
                if fault.method in (method, "*"):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.queue.remove(fault)
                    return fault
        return None


class _Middleware:
    def __init__(self, app: Any, drop_root: Path, faults: Faults, delay: float) -> None:
        self.app = app
        self.drop_root = drop_root
        self.faults = faults
        self.delay = delay

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        self.faults.seen.append((method, path))
        if self.delay:
            time.sleep(self.delay)
        fault = self.faults.take(method)
        if fault is not None and fault.status:
            _drain(environ)
            start_response(f"{fault.status} Fault", [("Content-Length", "0")])
            return [b""]
        if path.startswith("/drop/"):
            if method in ("GET", "HEAD", "PROPFIND"):
                _drain(environ)
                start_response("405 Method Not Allowed", [("Content-Length", "0")])
                return [b""]
            if method == "PUT":
                environ["PATH_INFO"] = self._free_name(path)
                environ.pop("HTTP_IF_NONE_MATCH", None)
        body = list(self.app(environ, start_response))
        if fault is not None and fault.delay:
            time.sleep(fault.delay)
        if fault is not None and fault.reset:
            sock = environ.get("ownvoice.socket")
            if sock is not None:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RDWR)
            return []
        return body

    def _free_name(self, path: str) -> str:
        name = path.removeprefix("/drop/")
        if not (self.drop_root / name).exists():
            return path
        stem, dot, suffix = name.rpartition(".")
        number = 2
        while True:
            candidate = f"{stem} ({number}).{suffix}" if dot else f"{name} ({number})"
            if not (self.drop_root / candidate).exists():
                return "/drop/" + candidate
            number += 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _drain(environ: Environ) -> None:
    length = int(environ.get("CONTENT_LENGTH") or 0)
    if length:
        environ["wsgi.input"].read(length)


class _Gateway(wsgi.Gateway_10):
    """Hands the connection's socket to the app, so that a fault can cut it."""

    def get_environ(self) -> Environ:
        environ: Environ = super().get_environ()
        environ["ownvoice.socket"] = self.req.conn.socket
        return environ


class DavServer:
    def __init__(
        self, root: Path, *, delay: float = 0.0, certificate: tuple[Path, Path] | None = None
    ) -> None:
        self.root = root
        self.certificate = certificate
        self.folder = root / "dav"
        self.drop = root / "drop"
        self.token_drop = root / "token-drop"
        for folder in (self.folder, self.drop, self.token_drop):
            folder.mkdir(parents=True, exist_ok=True)
        self.faults = Faults()
        self.delay = delay
        self.port = 0
        self._server: wsgi.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/dav"

    @property
    def drop_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/drop"

    @property
    def token_drop_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{TOKEN_DROP}"

    def start(self) -> DavServer:
        config = {
            "provider_mapping": {
                "/dav": str(self.folder),
                "/drop": str(self.drop),
                TOKEN_DROP: str(self.token_drop),
            },
            "http_authenticator": {
                "domain_controller": None,
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "simple_dc": {
                "user_mapping": {
                    "/dav": {USER: {"password": PASSWORD}},
                    "/drop": {"anonymous": {"password": DROP_PASSWORD}},
                    TOKEN_DROP: True,  # anyone with the link
                }
            },
            "verbose": 0,
            "logging": {"enable": False, "enable_loggers": []},
            "property_manager": True,
            "lock_storage": True,
            "dir_browser": {"enable": False},
        }
        app = _Middleware(WsgiDAVApp(config), self.drop, self.faults, self.delay)
        if not self.port:  # a fixed port gets SO_REUSEADDR: the server can restart on it
            self.port = _free_port()
        server = wsgi.Server(("127.0.0.1", self.port), app, numthreads=4, timeout=5)
        server.gateway = _Gateway
        if self.certificate is not None:
            from cheroot.ssl.builtin import BuiltinSSLAdapter

            cert, key = self.certificate
            server.ssl_adapter = BuiltinSSLAdapter(str(cert), str(key))
        server.prepare()
        self.port = server.bind_addr[1]
        self._server = server
        self._thread = threading.Thread(target=server.serve, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def files(self, folder: Path | None = None) -> list[str]:
        return sorted(p.name for p in (folder or self.folder).iterdir() if p.is_file())
