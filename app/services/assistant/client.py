"""The OpenAI-compatible chat API over ``requests``: the model list and a streamed answer.

Every request has a connect and a read timeout: a server that stops sending for longer than
the read timeout ends the answer with ``Failure.TIMEOUT``. Each failure becomes one
``AssistantError`` (app/domain/assistant/protocol.py), never a traceback. ``ChatStream`` can be
cancelled from another thread: it stops at once, also while it waits for the server.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain.assistant.protocol import (
    AssistantError,
    EventKind,
    Failure,
    Message,
    SseDecoder,
    chat_body,
    classify_status,
    model_ids,
)

if TYPE_CHECKING:
    import requests

    from app.services.assistant.config import AssistantConfig

READ_SIZE = 4096


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 90.0  # between two pieces of the answer; a local model may load a while first


DEFAULT_TIMEOUTS = Timeouts()


def _headers(config: AssistantConfig, stream: bool) -> dict[str, str]:
    headers = {"Accept": "text/event-stream" if stream else "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    return headers


def _request_failure(error: Exception) -> AssistantError:
    """A failure of ``requests`` before the answer began."""
    import requests

    if isinstance(error, requests.exceptions.ConnectTimeout):
        return AssistantError(Failure.NOT_RUNNING, str(error))
    if isinstance(error, requests.exceptions.Timeout):
        return AssistantError(Failure.TIMEOUT, str(error))
    if isinstance(error, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema,
                          requests.exceptions.InvalidSchema)):  # fmt: skip
        return AssistantError(Failure.NOT_SET_UP, str(error))
    if isinstance(error, requests.exceptions.ChunkedEncodingError):
        return AssistantError(Failure.BROKEN_STREAM, str(error))
    return AssistantError(Failure.NOT_RUNNING, str(error))


def list_models(config: AssistantConfig, timeouts: Timeouts = Timeouts(read=15.0)) -> list[str]:
    """The names of the models the server offers (``GET {url}/models``)."""
    import requests

    if not config.url:
        raise AssistantError(Failure.NOT_SET_UP)
    try:
        response = requests.get(
            config.url + "/models",
            headers=_headers(config, stream=False),
            timeout=(timeouts.connect, timeouts.read),
        )
    except requests.exceptions.RequestException as error:
        raise _request_failure(error) from None
    if response.status_code >= 400:
        failure = classify_status(response.status_code, response.text)
        if failure.failure is Failure.MODEL_MISSING:  # a 404 here: no /models at this address
            raise AssistantError(Failure.WRONG_ADDRESS, failure.detail)
        raise failure
    return model_ids(response.text)


class ChatStream:
    """One streamed answer: iterate for its pieces of text; ``cancel()`` from any thread."""

    def __init__(
        self,
        config: AssistantConfig,
        messages: Sequence[Message],
        timeouts: Timeouts = Timeouts(),
        *,
        max_tokens: int = 600,
    ) -> None:
        self._config = config
        self._messages = list(messages)
        self._timeouts = timeouts
        self._max_tokens = max_tokens
        self._cancelled = threading.Event()
        self._response: requests.Response | None = None
        self._lock = threading.Lock()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Stop now: the reading thread wakes from a wait on the server and ends quietly."""
        self._cancelled.set()
        with self._lock:
            response = self._response
        if response is not None:
            _shut(response)

    def __iter__(self) -> Iterator[str]:
        import requests

        config = self._config
        if not config.url or not config.model:
            raise AssistantError(Failure.NOT_SET_UP)
        body = chat_body(config.model, self._messages, max_tokens=self._max_tokens)
        try:
            response = requests.post(
                config.url + "/chat/completions",
                json=body,
                headers=_headers(config, stream=True),
                timeout=(self._timeouts.connect, self._timeouts.read),
                stream=True,
            )
        except requests.exceptions.RequestException as error:
            if self.cancelled:
                return
            raise _request_failure(error) from None
        with self._lock:
            self._response = response
        try:
            if self.cancelled:
                return
            if response.status_code >= 400:
                raise classify_status(response.status_code, _body(response))
            yield from self._pieces(response)
        finally:
            with self._lock:
                self._response = None
            response.close()

    def _pieces(self, response: requests.Response) -> Iterator[str]:
        from urllib3.exceptions import HTTPError, ProtocolError, ReadTimeoutError

        decoder = SseDecoder()
        ended = False
        raw: Any = response.raw
        while not self.cancelled:
            try:
                data = raw.read1(READ_SIZE)
            except (ReadTimeoutError, TimeoutError) as error:
                if self._cancelled.is_set():
                    return
                raise AssistantError(Failure.TIMEOUT, str(error)) from None
            except (ProtocolError, HTTPError, OSError, ValueError) as error:
                if self._cancelled.is_set():
                    return
                raise AssistantError(Failure.BROKEN_STREAM, str(error)) from None
            events = decoder.feed(data) if data else decoder.close()
            for event in events:
                if event.kind is EventKind.TEXT and not ended:
                    yield event.text
                elif event.kind is EventKind.FINISH:
                    ended = True
                elif event.kind is EventKind.DONE:
                    return  # the end, whatever else the server might still send
                elif event.kind is EventKind.ERROR:
                    failure = classify_status(200, f'{{"error": {_json(event.text)}}}')
                    raise failure
            if not data:
                break
        if not ended and not self.cancelled:
            raise AssistantError(Failure.BROKEN_STREAM, "the answer ended without its end")


def _json(text: str) -> str:
    import json

    return json.dumps(text)


def _body(response: requests.Response) -> str:
    try:
        return response.text[:4000]
    except Exception:  # the error body itself broke off: the status is what counts
        return ""


def _shut(response: requests.Response) -> None:
    """Wake a thread blocked reading ``response``: shut its socket down (closing it alone
    would leave the reader waiting on Linux)."""
    raw: Any = response.raw
    sock = getattr(getattr(raw, "_connection", None), "sock", None)
    if sock is None:
        sock = getattr(getattr(getattr(raw, "_fp", None), "fp", None), "raw", None)
        sock = getattr(sock, "_sock", None)
    try:
        if sock is not None:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed: nothing waits on it


def complete(
    config: AssistantConfig, messages: Sequence[Message], timeouts: Timeouts = Timeouts()
) -> str:
    """The whole answer at once (the command line without a terminal to stream to)."""
    return "".join(ChatStream(config, messages, timeouts))
