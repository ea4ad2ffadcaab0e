"""A web server on 127.0.0.1 that gives whatever answer a test sets: any status, any headers,
any body, or a body cut short. For fuzzing the clients of WebDAV and model servers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Answer:
    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    cut: int | None = None  # send only this many bytes of the body, then close
    chunks: list[bytes] | None = None  # send the body in these pieces (chunked encoding)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        return None

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        answer = self.server.answer
        self.server.requests += 1
        try:
            self.send_response_only(answer.status)
            for name, value in answer.headers:
                self.send_header(name, value)
            if answer.chunks is not None:
                self.send_header("Transfer-Encoding", "chunked")
            elif not any(n.lower() == "content-length" for n, _ in answer.headers):
                self.send_header("Content-Length", str(len(answer.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            if answer.chunks is not None:
                for piece in answer.chunks:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            else:
                body = answer.body if answer.cut is None else answer.body[: answer.cut]
                self.wfile.write(body)
            self.wfile.flush()
        except (OSError, UnicodeEncodeError):
            pass  # the client went away, or a header no server could send: its business
        self.close_connection = True

    do_GET = do_PUT = do_POST = do_PROPFIND = do_MKCOL = do_OPTIONS = do_HEAD = _answer


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    answer: Answer
    requests: int


@contextmanager
def answer_server() -> Iterator[_Server]:
    """A server on 127.0.0.1; set ``server.answer`` before each request."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.answer = Answer()
    server.requests = 0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def url_of(server: _Server) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}"
