"""The OpenAI-compatible chat API as text: request bodies, the Server-Sent Events stream, the
model list and error bodies, and the failures a person is told about.

The stream is lines ``data: {json}`` separated by blank lines, ending with ``data: [DONE]``
(llama.cpp, OpenAI, LM Studio, Ollama's /v1) or, on some servers, simply with the last chunk
whose ``finish_reason`` is set. Errors come as ``{"error": {"message": ...}}`` (OpenAI,
llama.cpp) or ``{"error": "..."}`` (Ollama), as the body of a failed request or as one event in
the stream.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from app.domain.i18n import QT_TRANSLATE_NOOP


class Failure(Enum):
    """Why a request to the model failed, in the words a person is told (context "Assistant")."""

    NOT_RUNNING = "not_running"
    WRONG_ADDRESS = "wrong_address"
    MODEL_MISSING = "model_missing"
    WRONG_KEY = "wrong_key"
    TIMEOUT = "timeout"
    BROKEN_STREAM = "broken_stream"
    SERVER_ERROR = "server_error"
    NOT_SET_UP = "not_set_up"


FAILURE_TEXTS: dict[Failure, str] = {
    Failure.NOT_RUNNING: QT_TRANSLATE_NOOP(
        "Assistant",
        "The writing assistant is unavailable: no language model server answers at {url}. "
        "Is it running?",
    ),
    Failure.WRONG_ADDRESS: QT_TRANSLATE_NOOP(
        "Assistant",
        "Something answers at {url}, but not a language model's API. Does the address end in /v1?",
    ),
    Failure.MODEL_MISSING: QT_TRANSLATE_NOOP(
        "Assistant",
        "The server has no model called “{model}”. Choose one of its models in Settings.",
    ),
    Failure.WRONG_KEY: QT_TRANSLATE_NOOP(
        "Assistant", "The server did not accept the API key. Check the key in Settings."
    ),
    Failure.TIMEOUT: QT_TRANSLATE_NOOP(
        "Assistant", "The language model took too long to answer. Try again, or a smaller model."
    ),
    Failure.BROKEN_STREAM: QT_TRANSLATE_NOOP(
        "Assistant", "The answer stopped half-way: the connection to the server broke."
    ),
    Failure.SERVER_ERROR: QT_TRANSLATE_NOOP("Assistant", "The server said: {detail}"),
    Failure.NOT_SET_UP: QT_TRANSLATE_NOOP(
        "Assistant", "Choose a server and a model in Settings → Writing assistant first."
    ),
}


class AssistantError(Exception):
    """A failure to report in one line; ``detail`` is the server's own words, if any."""

    def __init__(self, failure: Failure, detail: str = "") -> None:
        super().__init__(f"{failure.value}: {detail}" if detail else failure.value)
        self.failure = failure
        self.detail = detail

    def english(self, url: str = "", model: str = "") -> str:
        """The message in English (the command line's language)."""
        return failure_text(self.failure, FAILURE_TEXTS[self.failure], self.detail, url, model)


def failure_text(failure: Failure, template: str, detail: str, url: str, model: str) -> str:
    """The failure's text (``template``: translated, or not) with its blanks filled; the
    English one when a translation has a wrong placeholder."""
    blanks = {"url": url or "?", "model": model or "?", "detail": detail or "?"}
    try:
        return template.format(**blanks)
    except (KeyError, ValueError, IndexError):
        return FAILURE_TEXTS[failure].format(**blanks)


# -- requests ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    role: str  # system | user | assistant
    content: str


def chat_body(
    model: str,
    messages: Sequence[Message],
    *,
    temperature: float = 0.7,
    max_tokens: int = 600,
    stream: bool = True,
) -> dict[str, Any]:
    return {
        "model": model,
        "messages": [{"role": m.role, "content": m.content} for m in messages],
        "stream": stream,
        "temperature": temperature,
        "max_tokens": max_tokens,
    }


# -- responses -----------------------------------------------------------------------------------


def error_detail(body: str) -> str:
    """The server's message from an error body (``{"error": {"message"}}``, ``{"error": "…"}``,
    ``{"detail": …}``, or plain text), on one line and short."""
    text = body.strip()
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        data = None
    if isinstance(data, Mapping):
        found = data.get("error", data.get("detail", data.get("message")))
        if isinstance(found, Mapping):
            found = found.get("message", found.get("type", ""))
        if found:
            text = str(found)
    # Control characters (a terminal's escape sequences, NUL) and lone surrogates are not words.
    text = "".join(c if c.isprintable() else " " for c in text[:4000])
    return " ".join(text.split())[:300]


def classify_status(status: int, body: str) -> AssistantError:
    """The failure for an HTTP error answer."""
    detail = error_detail(body)
    if status in (401, 403):
        return AssistantError(Failure.WRONG_KEY, detail)
    lowered = detail.lower()
    if status == 404 and ("model" in lowered or not detail):
        return AssistantError(Failure.MODEL_MISSING, detail)
    if "model" in lowered and ("not found" in lowered or "does not exist" in lowered):
        return AssistantError(Failure.MODEL_MISSING, detail)
    if status in (404, 405):
        # No such path: not an OpenAI-compatible API at this address (e.g. /v1 missing).
        return AssistantError(Failure.WRONG_ADDRESS, detail)
    return AssistantError(Failure.SERVER_ERROR, detail or f"HTTP {status}")


def model_ids(body: str) -> list[str]:
    """The model names of a ``GET /models`` answer (OpenAI ``{"data": [{"id"}]}``; also
    Ollama's ``{"models": [{"name"}]}``), in the server's order, without repeats."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        raise AssistantError(Failure.SERVER_ERROR, "the model list is not JSON") from None
    if not isinstance(data, Mapping):
        raise AssistantError(Failure.SERVER_ERROR, "the model list is not JSON")
    if "error" in data:
        raise classify_status(200, body)
    rows = data.get("data", data.get("models", []))
    found: list[str] = []
    for row in rows if isinstance(rows, list) else []:
        name = row.get("id", row.get("name")) if isinstance(row, Mapping) else row
        if isinstance(name, str) and name and name not in found:
            found.append(name)
    return found


class EventKind(Enum):
    TEXT = "text"
    FINISH = "finish"  # a chunk whose finish_reason is set (its text comes as TEXT before)
    DONE = "done"  # data: [DONE]
    ERROR = "error"


@dataclass(frozen=True)
class StreamEvent:
    kind: EventKind
    text: str = ""


class SseDecoder:
    """Bytes as they arrive in, events out. UTF-8 split across network reads, CRLF line ends,
    comments (``: ping``), ``event:`` lines and chunks without content are all taken in stride."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._pending: list[str] = []  # the pieces of a line not ended yet

    def feed(self, data: bytes) -> Iterator[StreamEvent]:
        # Only the new piece is searched for line ends: a line megabytes long arriving in 4 KB
        # reads once took time growing with its square (each read re-split all before it).
        text = self._decoder.decode(data)
        if "\n" not in text:
            if text:
                self._pending.append(text)
            return
        first, *lines, rest = text.split("\n")
        self._pending.append(first)
        whole, self._pending = "".join(self._pending), [rest] if rest else []
        yield from parse_line(whole)
        for line in lines:
            yield from parse_line(line)

    def close(self) -> Iterator[StreamEvent]:
        """The connection ended: the last line, if it had no line end."""
        self._pending.append(self._decoder.decode(b"", final=True))
        rest, self._pending = "".join(self._pending), []
        if rest.strip():
            yield from parse_line(rest)


def parse_line(line: str) -> Iterator[StreamEvent]:
    """The events of one line of the stream (none for blank lines, comments and other fields).
    A bare JSON line is read too: Ollama's own API streams JSON lines without ``data:``."""
    line = line.rstrip("\r")
    if line.startswith("data:"):
        payload = line[5:].strip()
    elif line.startswith("{"):
        payload = line.strip()
    else:
        return
    if not payload:
        return
    if payload == "[DONE]":
        yield StreamEvent(EventKind.DONE)
        return
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):  # RecursionError: "[[[[…" nested thousands deep
        yield StreamEvent(EventKind.ERROR, "the server sent something that is not JSON")
        return
    yield from _chunk_events(data)


def _chunk_events(data: object) -> Iterator[StreamEvent]:
    if not isinstance(data, Mapping):
        return
    if data.get("error"):
        yield StreamEvent(EventKind.ERROR, error_detail(json.dumps({"error": data["error"]})))
        return
    choices = data.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], Mapping):
        choice = choices[0]
        delta = choice.get("delta") or choice.get("message") or {}
        content = delta.get("content") if isinstance(delta, Mapping) else None
        if isinstance(content, str) and content:
            yield StreamEvent(EventKind.TEXT, content)
        if choice.get("finish_reason"):
            yield StreamEvent(EventKind.FINISH, str(choice["finish_reason"]))
        return
    message = data.get("message")  # Ollama's /api/chat lines
    if (
        isinstance(message, Mapping)
        and isinstance(message.get("content"), str)
        and message["content"]
    ):
        yield StreamEvent(EventKind.TEXT, message["content"])
    if data.get("done") is True:
        yield StreamEvent(EventKind.FINISH, str(data.get("done_reason", "stop")))
