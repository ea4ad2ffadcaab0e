"""The assistant's plain rules: the stream as text, the server's error words, the presets, and
what a request carries (a short voice summary and a few posts closest in topic)."""

from __future__ import annotations

from app.domain.assistant.endpoints import base_url, is_local
from app.domain.assistant.prompts import (
    Action,
    PromptContext,
    as_text,
    build_messages,
    closest_posts,
    suggestions,
)
from app.domain.assistant.protocol import (
    EventKind,
    Failure,
    SseDecoder,
    classify_status,
    error_detail,
    failure_text,
    model_ids,
)


def events(*parts: bytes) -> list[tuple[str, str]]:
    decoder = SseDecoder()
    found = [e for part in parts for e in decoder.feed(part)] + list(decoder.close())
    return [(e.kind.value, e.text) for e in found]


def test_sse_lines_split_anywhere_give_the_same_text() -> None:
    stream = (
        'data: {"choices":[{"delta":{"role":"assistant","content":null},'
        '"finish_reason":null}]}\r\n\r\n'
        ": ping\n\nevent: message\n"
        'data: {"choices":[{"delta":{"content":"Hyvää"},"finish_reason":null}]}\n\n'
        'data: {"choices":[{"delta":{},"finish_reason":"stop"}]}\n\n'
        "data: [DONE]\n\n"
    ).encode()
    whole = events(stream)
    assert whole == [("text", "Hyvää"), ("finish", "stop"), ("done", "")]
    for cut in range(1, len(stream)):
        assert events(stream[:cut], stream[cut:]) == whole


def test_ollama_native_lines_and_error_events() -> None:
    assert events(b'{"message":{"role":"assistant","content":"Hei"},"done":false}\n'
                  b'{"message":{"role":"assistant","content":""},"done":true}') == [
        ("text", "Hei"), ("finish", "stop")]  # fmt: skip
    assert events(b'data: {"error": "model \'x\' not found"}\n\n') == [
        ("error", "model 'x' not found")
    ]
    assert events(b"data: <html>\n\n")[0][0] == EventKind.ERROR.value


def test_error_bodies_become_one_failure_each() -> None:
    assert error_detail('{"error":{"message":"Incorrect API key","type":"x"}}') == (
        "Incorrect API key"
    )
    assert error_detail("Bad\n  gateway") == "Bad gateway"
    assert classify_status(401, "{}").failure is Failure.WRONG_KEY
    assert classify_status(404, '{"error":"model \\"a\\" not found"}').failure is (
        Failure.MODEL_MISSING
    )
    assert classify_status(404, "File Not Found").failure is Failure.WRONG_ADDRESS
    assert classify_status(500, '{"error":"out of memory"}').detail == "out of memory"
    assert model_ids('{"data":[{"id":"a"},{"id":"b"},{"id":"a"}]}') == ["a", "b"]
    assert model_ids('{"models":[{"name":"llama3.2:1b"}]}') == ["llama3.2:1b"]


def test_a_translation_with_a_wrong_placeholder_falls_back_to_english() -> None:
    assert failure_text(Failure.SERVER_ERROR, "Palvelin: {detali}", "oops", "", "") == (
        "The server said: oops"
    )


def test_presets_and_custom_addresses() -> None:
    assert base_url("ollama", "ignored") == "http://127.0.0.1:11434/v1"
    assert base_url("llamacpp", "") == "http://127.0.0.1:8080/v1"
    assert base_url("lmstudio", "") == "http://127.0.0.1:1234/v1"
    assert base_url("custom", " llm.example.com/v1/ ") == "http://llm.example.com/v1"
    assert is_local("http://localhost:8080/v1") and is_local("http://[::1]:1/v1")
    assert not is_local("https://llm.example.com/v1")


POSTS = [
    "Kävin tänään konferenssissa puhumassa tekoälyn etiikasta ja vastuullisuudesta.",
    "Our sauna club met again. Nothing about work at all, just steam and stories.",
    "Vastuullinen tekoäly vaatii avoimuutta: kerron, miten teemme sen tiimissämme.",
    "Weekend reading: a novel about lighthouses.",
]


def test_only_the_few_closest_posts_are_sent() -> None:
    draft = "Mietin tekoälyn vastuullisuutta ja avoimuutta: miten etiikka näkyy arjessa?"
    chosen = closest_posts(draft, POSTS * 50, limit=3)
    assert len(chosen) == 3
    assert all("tekoäly" in post.lower() or "vastuul" in post.lower() for post in chosen)
    assert closest_posts("Sauna tonight", ["Finance report"]) == []


def test_messages_carry_the_summary_examples_and_draft_but_not_the_corpus() -> None:
    context = PromptContext("Aino", "Typical post: about 600 characters.", ("Own post one",))
    messages = build_messages(Action.TRANSLATE_SV, "Hei kaikki", "fi", context)
    text = as_text(messages)
    assert [m.role for m in messages] == ["system", "user"]
    assert "Aino" in text and "about 600 characters" in text and "Own post one" in text
    assert "into Swedish" in messages[1].content and "Hei kaikki" in messages[1].content


def test_answers_become_suggestions() -> None:
    answer = "Here are three openers:\n1. First one\n2) “Second”\n- Third\n"
    assert suggestions(Action.OPENERS, answer) == ["First one", "Second", "Third"]
    assert suggestions(Action.QUESTIONS, "What now?\nWhy?") == ["What now?", "Why?"]
    assert suggestions(Action.TIGHTEN, '"Shorter post.\nLine two."') == ["Shorter post.\nLine two."]
    assert suggestions(Action.TIGHTEN, "  ") == []
