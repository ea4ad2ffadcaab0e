"""Fuzzing what the writing assistant reads from a model server: the streamed answer (Server-
Sent Events as llama.cpp and Ollama send them, Ollama's JSON lines), error bodies, the model
list. A realistic stream, split at any byte into network reads, mutated or made up, gives text
or one ``AssistantError`` line; through a real server on 127.0.0.1 too."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.domain.assistant.protocol import (
    AssistantError,
    EventKind,
    Message,
    SseDecoder,
    classify_status,
    model_ids,
)
from app.services.assistant.client import ChatStream, Timeouts, list_models
from app.services.assistant.config import AssistantConfig
from tests.fuzz.answer_server import Answer, answer_server, url_of
from tests.fuzz.json_mutate import VALUES, json_mutated
from tests.fuzz.mutate import assert_one_line, budget, mutated


def _chunk(content: str, finish: str | None = None) -> bytes:
    data = {
        "id": "chatcmpl-1",
        "object": "chat.completion.chunk",
        "model": "tiny-test",
        "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n"


PIECES = ("1. Here", " is ", "what I ", "lä", "rned.\n2. Two")
STREAM = (
    b": ping\n\nevent: message\n"
    + b"".join(_chunk(p) for p in PIECES)
    + _chunk("", "stop")
    + b"data: [DONE]\n\n"
)
OLLAMA_LINES = (
    b"".join(
        json.dumps(
            {"model": "m", "message": {"role": "assistant", "content": p}, "done": False}
        ).encode()
        + b"\n"
        for p in PIECES
    )
    + b'{"model":"m","message":{"role":"assistant","content":""},"done":true}\n'
)
MODELS = json.dumps({"object": "list", "data": [{"id": "tiny-test"}, {"id": "other"}]})
ERROR = json.dumps({"error": {"message": "model 'x' not found", "type": "invalid_request"}})


def _split(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({min(c, len(data)) for c in cuts})
    return [data[a:b] for a, b in zip([0, *points], [*points, len(data)], strict=True)]


@st.composite
def streams(draw: st.DrawFn) -> bytes:
    how = draw(st.integers(0, 3))
    if how == 0:
        return draw(mutated(draw(st.sampled_from([STREAM, OLLAMA_LINES])), 10))
    if how == 1:  # a chunk of any JSON shape
        first = json.loads(_chunk("x")[6:])
        changed = draw(st.one_of(json_mutated(first, 4), VALUES))
        return b"data: " + json.dumps(changed).encode("utf-8", "surrogatepass") + b"\n\n" + STREAM
    if how == 2:
        return draw(st.binary(max_size=400))
    return STREAM


@budget(300)
@given(streams(), st.lists(st.integers(0, 2000), max_size=12))
@example(b"data: " + b"[" * 100_000 + b"\n\n", [])
@example(b"data: " + STREAM.replace(b"\n", b"") * 500, [4096 * n for n in range(1, 300)])
def test_a_stream_split_anywhere_decodes_to_the_same_events(data: bytes, cuts: list[int]) -> None:
    whole = SseDecoder()
    expected = [*whole.feed(data), *whole.close()]
    pieces = SseDecoder()
    got = [event for piece in _split(data, cuts) for event in pieces.feed(piece)]
    assert [*got, *pieces.close()] == expected
    for event in expected:
        if event.kind is EventKind.ERROR:
            failure = classify_status(200, json.dumps({"error": event.text}))
            assert_one_line(failure.english("http://127.0.0.1:8080/v1", "tiny-test"))


@budget(150)
@given(
    st.integers(100, 599),
    st.one_of(mutated(ERROR.encode(), 8), mutated(MODELS.encode(), 8), st.binary(max_size=200)),
)
@example(200, b"[" * 100_000)
def test_an_error_body_or_model_list_is_one_line_or_a_list(status: int, body: bytes) -> None:
    text = body.decode("utf-8", "replace")
    assert_one_line(classify_status(status, text).english("http://x/v1", "m"))
    try:
        names = model_ids(text)
    except AssistantError as error:
        assert_one_line(error.english("http://x/v1", "m"))
    else:
        assert all(isinstance(name, str) and name for name in names)


@pytest.fixture(scope="module")
def server() -> Iterator[object]:
    with answer_server() as running:
        yield running


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    status = draw(st.one_of(st.sampled_from([200, 401, 404, 500, 503]), st.integers(100, 599)))
    body = draw(streams())
    headers = [
        (
            "Content-Type",
            draw(
                st.sampled_from(
                    ["text/event-stream", "application/json", "text/html", "x/y; charset=latin-1"]
                )
            ),
        )
    ]
    if draw(st.booleans()):
        return Answer(status, headers, chunks=_split(body, draw(st.lists(st.integers(0, 500)))))
    return Answer(status, headers, body, cut=draw(st.one_of(st.none(), st.integers(0, len(body)))))


@budget(100)
@given(answers())
def test_an_answer_from_a_server_is_text_or_one_failure_line(
    server: object, answer: Answer
) -> None:
    server.answer = answer  # type: ignore[attr-defined]
    config = AssistantConfig(True, url_of(server) + "/v1", "tiny-test")  # type: ignore[arg-type]
    timeouts = Timeouts(connect=2.0, read=2.0)
    try:
        text = "".join(ChatStream(config, [Message("user", "Tighten this.")], timeouts))
    except AssistantError as error:
        assert_one_line(error.english(config.url, config.model))
    else:
        assert isinstance(text, str)
    try:
        list_models(config, timeouts)
    except AssistantError as error:
        assert_one_line(error.english(config.url, config.model))
