"""The assistant's client against a real server on 127.0.0.1 that answers as llama.cpp and
Ollama do (tests/model_server.py): what a person gets is the text, or one plain failure."""

from __future__ import annotations

import threading
import time

import pytest

from app.domain.assistant.protocol import AssistantError, Failure, Message
from app.services.assistant.client import ChatStream, Timeouts, list_models
from app.services.assistant.config import AssistantConfig
from tests.model_server import MODEL, Script, free_port, model_server

MESSAGES = [Message("system", "You help."), Message("user", "Suggest openers.")]
QUICK = Timeouts(connect=2.0, read=0.5)
ANSWER = "1. Here is what I lärned.\n2. Two\n3. Three"


def config(url: str, model: str = MODEL, key: str = "") -> AssistantConfig:
    return AssistantConfig(True, url, model, key)


def failure_of(stream: ChatStream) -> AssistantError:
    with pytest.raises(AssistantError) as caught:
        "".join(stream)
    return caught.value


@pytest.mark.parametrize(
    ("mode", "chunked"),
    [("llamacpp", True), ("ollama", True), ("no_done", True), ("no_done", False)],
)
def test_a_streamed_answer_arrives_whole_with_or_without_done(mode: str, chunked: bool) -> None:
    with model_server(Script(mode=mode, chunked=chunked)) as server:
        pieces = list(ChatStream(config(server.url), MESSAGES, QUICK))
        sent = server.script.requests[0]
    assert "".join(pieces) == ANSWER  # "ä" split across two network writes survives
    assert len(pieces) == 5  # each piece as it came
    assert sent["model"] == MODEL and sent["stream"] is True
    assert sent["messages"] == [{"role": "system", "content": "You help."},
                                {"role": "user", "content": "Suggest openers."}]  # fmt: skip


def test_the_model_list_comes_from_the_server() -> None:
    with model_server() as server:
        assert list_models(config(server.url)) == [MODEL, "other-model"]


def test_no_server_is_said_plainly() -> None:
    url = f"http://127.0.0.1:{free_port()}/v1"
    error = failure_of(ChatStream(config(url), MESSAGES, QUICK))
    assert error.failure is Failure.NOT_RUNNING
    assert error.english(url) == (
        f"The writing assistant is unavailable: no language model server answers at {url}. "
        "Is it running?"
    )
    with pytest.raises(AssistantError) as caught:
        list_models(config(url))
    assert caught.value.failure is Failure.NOT_RUNNING


def test_a_missing_model_is_named() -> None:
    with model_server() as server:
        error = failure_of(ChatStream(config(server.url, "llama9"), MESSAGES, QUICK))
    assert error.failure is Failure.MODEL_MISSING
    assert "try pulling it first" in error.detail
    assert error.english(model="llama9").startswith("The server has no model called “llama9”")


def test_a_wrong_key_is_said_and_the_right_one_is_sent_as_bearer() -> None:
    with model_server(Script(key="sk-right")) as server:
        error = failure_of(ChatStream(config(server.url, key="sk-wrong"), MESSAGES, QUICK))
        assert error.failure is Failure.WRONG_KEY
        with pytest.raises(AssistantError) as caught:
            list_models(config(server.url))
        assert caught.value.failure is Failure.WRONG_KEY
        assert "".join(ChatStream(config(server.url, key="sk-right"), MESSAGES, QUICK)) == ANSWER
        assert server.script.headers[-1]["Authorization"] == "Bearer sk-right"


def test_a_stream_cut_half_way_is_a_broken_stream() -> None:
    received: list[str] = []
    with model_server(Script(mode="cut")) as server, pytest.raises(AssistantError) as caught:
        for piece in ChatStream(config(server.url), MESSAGES, QUICK):
            received.append(piece)
    assert caught.value.failure is Failure.BROKEN_STREAM
    assert "".join(received) == "1. Here is "  # what came before the cut was shown


@pytest.mark.parametrize("chunked", [True, False])
def test_a_stall_past_the_read_timeout_is_a_timeout(chunked: bool) -> None:
    received: list[str] = []
    with model_server(Script(mode="stall", stall_s=5.0, chunked=chunked)) as server:
        started = time.monotonic()
        with pytest.raises(AssistantError) as caught:
            for piece in ChatStream(config(server.url), MESSAGES, QUICK):
                received.append(piece)
        waited = time.monotonic() - started
    assert caught.value.failure is Failure.TIMEOUT
    assert waited < 4.0  # the read timeout ended it, not the server
    assert received == ["1. Here"]  # the piece before the stall came as it was sent


def test_errors_in_the_stream_and_ollama_error_bodies_are_the_servers_words() -> None:
    with model_server(Script(mode="stream_error")) as server:
        error = failure_of(ChatStream(config(server.url), MESSAGES, QUICK))
    assert error.failure is Failure.SERVER_ERROR
    assert error.english() == "The server said: context size exceeded"
    with model_server(Script(mode="ollama_error")) as server:
        error = failure_of(ChatStream(config(server.url), MESSAGES, QUICK))
    assert error.failure is Failure.SERVER_ERROR
    assert error.detail == "llama runner process has terminated: signal: killed"


def test_cancel_wakes_a_reader_waiting_on_a_stalled_server() -> None:
    with model_server(Script(mode="stall", stall_s=10.0)) as server:
        stream = ChatStream(config(server.url), MESSAGES, Timeouts(connect=2.0, read=8.0))
        got: list[str] = []
        done = threading.Event()

        def read() -> None:
            got.extend(stream)  # no error: a cancelled stream ends quietly
            done.set()

        thread = threading.Thread(target=read)
        thread.start()
        deadline = time.monotonic() + 5
        while not got and time.monotonic() < deadline:
            time.sleep(0.01)
        stream.cancel()
        assert done.wait(3.0)  # long before the 8 s read timeout
        thread.join()
    assert got == ["1. Here"]


def test_a_wrong_address_is_said_and_no_address_is_not_set_up() -> None:
    with model_server() as server:
        base = server.url.removesuffix("/v1")
        with pytest.raises(AssistantError) as caught:
            list_models(config(base))  # /models is not there
        assert caught.value.failure is Failure.WRONG_ADDRESS
        assert caught.value.english(base) == (
            f"Something answers at {base}, but not a language model's API. Does the address "
            "end in /v1?"
        )
        error = failure_of(ChatStream(config(base), MESSAGES, QUICK))
        assert error.failure is Failure.WRONG_ADDRESS
    with pytest.raises(AssistantError) as caught:
        "".join(ChatStream(config(""), MESSAGES))
    assert caught.value.failure is Failure.NOT_SET_UP


def test_the_key_never_shows_in_the_configs_repr() -> None:
    assert "sk-secret" not in repr(config("http://x/v1", key="sk-secret"))
