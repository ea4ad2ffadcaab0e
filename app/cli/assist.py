"""``ownvoice assist ACTION [FILE|-]``: the writing assistant from the command line, for
scripts and for trying a real server. Uses Settings → Writing assistant (and the key in the
keychain) unless ``--url`` and ``--model`` say otherwise for this run.

Kept light at import (argparse only): ``commands.py`` builds its parser from ``add_parser``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from app.cli.errors import CommandError, read_text

ACTIONS = ("openers", "tighten", "voice", "translate-fi", "translate-sv", "translate-en",
           "questions")  # fmt: skip
CHANNELS = ("linkedin", "x", "mastodon", "bluesky", "threads")

if TYPE_CHECKING:
    from typing import TypeAlias

    from app.services.assistant.config import AssistantConfig
    from app.services.assistant.prepare import Prepared

    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parser(commands: Commands) -> None:
    assist = commands.add_parser(
        "assist",
        help="ask the writing assistant (a local or company language model) about a draft",
        description="Ask the writing assistant about a draft. It must be turned on in "
        "Settings → Writing assistant, or given --url and --model for this run.",
    )
    assist.add_argument("action", choices=ACTIONS, help="what to ask for")
    assist.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="the draft")
    assist.add_argument("--json", action="store_true", help="print the answer as JSON")
    assist.add_argument("--url", help="the server's API address for this run, e.g. "
                        "http://127.0.0.1:8080/v1")  # fmt: skip
    assist.add_argument("--model", help="the model for this run")
    assist.add_argument("--channel", choices=CHANNELS, default="linkedin",
                        help="the network the voice check measures for")  # fmt: skip
    assist.add_argument("--show-prompt", action="store_true",
                        help="print exactly what would be sent, and send nothing")  # fmt: skip
    assist.add_argument("--timeout", type=float, default=90.0, metavar="SECONDS",
                        help="give up when the server is silent so long (default 90)")  # fmt: skip


def run(args: argparse.Namespace) -> int:
    from app.domain.assistant.protocol import AssistantError

    config: AssistantConfig | None = None
    try:
        text = read_text(args.file)
        if not text.strip():
            raise CommandError("the draft is empty")
        config = _config(args)
        prepared = _prepare(args, text)
        if args.show_prompt:
            return _show_prompt(args, config, prepared)
        return _ask(args, config, prepared)
    except AssistantError as error:
        url, model = (config.url, config.model) if config is not None else ("", "")
        print(f"ownvoice: {error.english(url, model)}", file=sys.stderr)
        return 1
    except CommandError as error:
        print(f"ownvoice: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\nownvoice: cancelled", file=sys.stderr)
        return 130


def _config(args: argparse.Namespace) -> AssistantConfig:
    from dataclasses import replace

    from app.services.assistant.config import load_config
    from app.services.settings import SettingsService
    from app.services.system.secrets import SecretStore
    from app.storage.paths import resolve_paths
    from app.storage.settings_store import SettingsFile

    settings = SettingsService(SettingsFile(resolve_paths(args.data_dir).settings_path))
    config = load_config(settings, SecretStore())
    if args.url:
        config = replace(config, enabled=True, url=args.url.rstrip("/"))
    if args.model:
        config = replace(config, model=args.model)
    if not config.enabled:
        raise CommandError(
            "the writing assistant is off: turn it on in Settings → Writing assistant, "
            "or give --url and --model"
        )
    if not config.model and not args.show_prompt:
        raise CommandError("no model chosen: choose one in Settings, or give --model")
    return config


def _prepare(args: argparse.Namespace, text: str) -> Prepared:
    """The request, with the voice and own posts of the person's data folder if it has any."""
    from app.domain.assistant.prompts import action_of
    from app.services.assistant.prepare import prepare, prompt_context
    from app.storage.paths import resolve_paths

    action = action_of(args.action)
    paths = resolve_paths(args.data_dir)
    if not paths.db_path.exists():
        return prepare(action, text, prompt_context(None, text))
    from app.services.drafts import DraftsReader
    from app.services.store import prepare_store

    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        context = prompt_context(reader, text, DraftsReader(reader).person_name())
    finally:
        reader.close()
        if database is not None:
            database.close()
    return prepare(action, text, context)


def _show_prompt(args: argparse.Namespace, config: AssistantConfig, prepared: Prepared) -> int:
    from app.domain.assistant.protocol import chat_body

    if args.json:
        body = chat_body(config.model, prepared.messages)
        print(json.dumps({"url": config.url + "/chat/completions", "body": body},
                         indent=2, ensure_ascii=False))  # fmt: skip
        return 0
    from app.domain.assistant.prompts import as_text

    print(f"To {config.url}/chat/completions, model {config.model or '(none chosen)'}:\n")
    print(as_text(prepared.messages))
    return 0


def _ask(args: argparse.Namespace, config: AssistantConfig, prepared: Prepared) -> int:
    from app.domain.assistant.prompts import suggestions
    from app.domain.drafts.networks import Network
    from app.services.assistant.client import ChatStream, Timeouts
    from app.services.drafts import run_check

    stream = ChatStream(config, prepared.messages, Timeouts(read=args.timeout))
    live = not args.json and sys.stdout.isatty()
    pieces: list[str] = []
    for piece in stream:
        pieces.append(piece)
        if live:
            print(piece, end="", flush=True)
    answer = "".join(pieces)
    if not answer.strip():
        raise CommandError("the model sent back no text: try again, or another model")
    network = Network(args.channel)
    found: list[dict[str, Any]] = []
    for item in suggestions(prepared.action, answer):
        flags = run_check(item, network).to_json()["flags"]
        found.append({"text": item, "flags": flags})
    if args.json:
        out = {"action": args.action, "url": config.url, "model": config.model,
               "answer": answer, "suggestions": found}  # fmt: skip
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print("\n" if live else "", end="")
    if not live:
        print(answer)
    for number, entry in enumerate(found, 1):
        flags = entry["flags"]
        verdict = (
            "no flags" if not flags else "; ".join(f"{f['kind']}: {f['message']}" for f in flags)
        )
        print(f"[{number}] voice check: {verdict}")
    return 0
