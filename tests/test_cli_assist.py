"""``ownvoice assist`` as a script uses it, against a server on 127.0.0.1 that answers as
llama.cpp does (tests/model_server.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.model_server import MODEL, Script, free_port, model_server
from tests.test_cli import ownvoice

pytestmark = pytest.mark.slow


def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.txt"
    path.write_text("I fixed my old bike myself today. Repair beats replace.", encoding="utf-8")
    return path


def test_assist_json_has_the_answer_and_checked_suggestions(tmp_path: Path) -> None:
    with model_server() as server:
        done = ownvoice(
            "--data-dir", str(tmp_path / "data"), "assist", "openers", str(draft(tmp_path)),
            "--url", server.url, "--model", MODEL, "--json",
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) == {"action", "url", "model", "answer", "suggestions"}
    assert result["answer"] == "1. Here is what I lärned.\n2. Two\n3. Three"
    assert [s["text"] for s in result["suggestions"]] == ["Here is what I lärned.", "Two", "Three"]
    assert all(isinstance(s["flags"], list) for s in result["suggestions"])


def test_assist_failures_are_one_line_and_off_means_off(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    done = ownvoice("--data-dir", data, "assist", "tighten", str(draft(tmp_path)))
    assert done.returncode == 1
    assert done.stderr.strip().startswith("ownvoice: the writing assistant is off")
    url = f"http://127.0.0.1:{free_port()}/v1"
    done = ownvoice("--data-dir", data, "assist", "tighten", str(draft(tmp_path)),
                    "--url", url, "--model", MODEL)  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"ownvoice: The writing assistant is unavailable: no language model server answers at "
        f"{url}. Is it running?"
    ]
    with model_server(Script(mode="cut")) as server:
        done = ownvoice("--data-dir", data, "assist", "tighten", str(draft(tmp_path)),
                        "--url", server.url, "--model", MODEL)  # fmt: skip
    assert done.stderr.strip() == (
        "ownvoice: The answer stopped half-way: the connection to the server broke."
    )


def test_show_prompt_sends_nothing(tmp_path: Path) -> None:
    with model_server() as server:
        done = ownvoice(
            "--data-dir", str(tmp_path / "data"), "assist", "translate-sv", str(draft(tmp_path)),
            "--url", server.url, "--model", MODEL, "--show-prompt",
        )  # fmt: skip
        assert server.script.requests == []
    assert done.returncode == 0, done.stderr
    assert "[system]" in done.stdout and "into Swedish" in done.stdout
    assert "I fixed my old bike myself today." in done.stdout
