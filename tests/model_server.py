"""A language-model server on 127.0.0.1 that speaks the OpenAI-compatible chat API byte for
byte as llama.cpp's ``llama-server`` and Ollama's ``/v1`` do: chunked Server-Sent Events,
``data: [DONE]`` at the end or not, OpenAI- and Ollama-style error bodies, 401, 404 for a
missing model, a stream cut in the middle, a stall. For the tests and bench/assistant_stall.py.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MODEL = "tiny-test"


@dataclass
class Script:
    """How the next answers go. ``mode``: "llamacpp" (with [DONE]), "ollama" (Ollama's /v1
    chunks, with [DONE]), "no_done" (finish_reason, no [DONE]), "cut" (the connection drops
    after a few pieces), "stall" (one piece, then silence for ``stall_s``), "stream_error"
    (an error event in the stream), "ollama_error" (HTTP 500 with ``{"error": "…"}``)."""

    mode: str = "llamacpp"
    pieces: tuple[str, ...] = ("1. Here", " is ", "what I ", "lä", "rned.\n2. Two\n3. Three")
    delay_s: float = 0.0  # between pieces
    stall_s: float = 3.0
    key: str = ""  # when set, requests without "Bearer <key>" get 401
    chunked: bool = True  # False: no Transfer-Encoding, the body ends when the connection closes
    models: tuple[str, ...] = (MODEL, "other-model")
    requests: list[dict[str, Any]] = field(default_factory=list)  # the bodies received
    headers: list[dict[str, str]] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive and chunked, as the real servers
    server_version = "llama.cpp"
    sys_version = ""
    script: Script
    release: threading.Event

    def log_message(self, format: str, *args: Any) -> None:
        del format, args

    # -- helpers ----------------------------------------------------------------------------------

    def _json(self, status: int, data: object) -> None:
        body = json.dumps(data, separators=(",", ":")).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _chunk(self, data: bytes) -> None:
        if self.script.chunked:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        elif data:
            self.wfile.write(data)
        else:
            self.close_connection = True  # the end of a body without a length
        self.wfile.flush()

    def _authorised(self) -> bool:
        key = self.script.key
        if key and self.headers.get("Authorization") != f"Bearer {key}":
            self._json(
                401,
                {"error": {"message": "Incorrect API key provided: sk-wr***ng.",
                           "type": "invalid_request_error", "param": None,
                           "code": "invalid_api_key"}},
            )  # fmt: skip
            return False
        return True

    # -- routes -----------------------------------------------------------------------------------

    def do_GET(self) -> None:
        if self.path != "/v1/models":
            self._json(404, {"error": {"code": 404, "message": "File Not Found",
                                       "type": "not_found_error"}})  # fmt: skip
            return
        if not self._authorised():
            return
        self._json(
            200,
            {"object": "list",
             "data": [{"id": m, "object": "model", "created": 1733000000, "owned_by": "llamacpp",
                       "meta": {"n_ctx_train": 2048}} for m in self.script.models]},
        )  # fmt: skip

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        script = self.script
        script.requests.append(body)
        script.headers.append(dict(self.headers))
        if self.path != "/v1/chat/completions":
            self._json(404, {"error": {"code": 404, "message": "File Not Found",
                                       "type": "not_found_error"}})  # fmt: skip
            return
        if not self._authorised():
            return
        model = body.get("model", "")
        if model not in script.models:
            # Ollama's /v1 words for a model that was never pulled.
            self._json(404, {"error": {"message": f'model "{model}" not found, try pulling it '
                                       "first", "type": "api_error", "param": None,
                                       "code": None}})  # fmt: skip
            return
        if script.mode == "ollama_error":
            self._json(500, {"error": "llama runner process has terminated: signal: killed"})
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        if script.chunked:
            self.send_header("Transfer-Encoding", "chunked")
            self.send_header("Keep-Alive", "timeout=5, max=100")
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        self._stream(model)

    def _event(self, model: str, delta: dict[str, Any], finish: str | None) -> bytes:
        if self.script.mode == "ollama":
            data: dict[str, Any] = {
                "id": "chatcmpl-417", "object": "chat.completion.chunk", "created": 1733000000,
                "model": model, "system_fingerprint": "fp_ollama",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }  # fmt: skip
        else:
            data = {
                "choices": [{"finish_reason": finish, "index": 0, "delta": delta}],
                "created": 1733000000, "id": "chatcmpl-Xq2", "model": model,
                "system_fingerprint": "b4273-8faa1d4d", "object": "chat.completion.chunk",
            }  # fmt: skip
        return b"data: " + json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()

    def _stream(self, model: str) -> None:
        script = self.script
        mode = script.mode
        self._chunk(self._event(model, {"role": "assistant", "content": None}, None) + b"\n\n")
        for index, piece in enumerate(script.pieces):
            if mode == "cut" and index == 2:
                # The server dies: no end chunk, the socket just closes.
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            if mode == "stall" and index == 1:
                self.release.wait(script.stall_s)
                self.close_connection = True
                return
            if mode == "stream_error" and index == 1:
                self._chunk(b'data: {"error":{"code":500,"message":"context size exceeded",'
                            b'"type":"server_error"}}\n\n')  # fmt: skip
                self._chunk(b"")
                return
            event = self._event(model, {"content": piece}, None) + b"\n\n"
            if "ä".encode() in event:  # a letter split across two network writes
                cut = event.index("ä".encode()) + 1
                self._chunk(event[:cut])
                self._chunk(event[cut:])
            else:
                self._chunk(event)
            if index == 0:
                self._chunk(b": keep-alive\n\n")  # an SSE comment, as proxies send
            if script.delay_s:
                time.sleep(script.delay_s)
        self._chunk(self._event(model, {}, "stop") + b"\n\n")
        if mode != "no_done":
            self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")  # the last chunk: the answer is complete


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (a cancel, or done reading after [DONE]) is no news."""
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class RunningServer:
    url: str  # base URL, ending in /v1
    script: Script
    release: threading.Event


@contextmanager
def model_server(script: Script | None = None) -> Iterator[RunningServer]:
    """A server on a free port of 127.0.0.1, in a thread, for the ``with`` block."""
    script = script or Script()
    release = threading.Event()
    handler = type("Handler", (_Handler,), {"script": script, "release": release})
    server = _QuietServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield RunningServer(f"http://127.0.0.1:{server.server_address[1]}/v1", script, release)
    finally:
        release.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def free_port() -> int:
    """A port nobody listens on (for "the server is not running")."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def main() -> None:
    """Serve in a process of its own (the bench: a real server is never in the app's process),
    printing the base URL on the first line; until standard input closes."""
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="a test language-model server")
    parser.add_argument("--pieces", type=int, default=5)
    parser.add_argument("--delay-ms", type=float, default=0.0)
    args = parser.parse_args()
    pieces = tuple(f"sana{n % 97} " for n in range(args.pieces))
    with model_server(Script(pieces=pieces, delay_s=args.delay_ms / 1000)) as server:
        print(server.url, flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
