"""The drafting studio's commands: ``voice check`` and ``plan export``.

Kept light at import (argparse only): ``commands.py`` builds its parser from ``add_parser``.
The ``voice`` command is shared with ``voice profile`` (voice.py), which makes it and hands
its subcommands here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.errors import CommandError, read_text

CHANNELS = ("linkedin", "x", "mastodon", "bluesky", "threads")
if TYPE_CHECKING:
    from typing import TypeAlias

    from app.domain.voice import VoiceProfile
    from app.services.drafts import CheckOptions

    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def add_parser(commands: Commands, voice_commands: Commands) -> None:
    """``voice check`` (under ``voice``, which voice.py makes) and ``plan export``."""
    check = voice_commands.add_parser(
        "check", help="the own-voice check of a draft (from FILE, or standard input)"
    )
    check.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="the draft")
    check.add_argument("--channel", choices=CHANNELS, default="linkedin", help="the network")
    check.add_argument("--source", metavar="FILE", help="a source text the draft responds to")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    plan = commands.add_parser("plan", help="the posting plan")
    plan_commands = plan.add_subparsers(dest="plan_command", metavar="COMMAND")
    plan_commands.required = True
    export = plan_commands.add_parser("export", help="write the plan as an iCalendar (.ics) file")
    export.add_argument("--out", required=True, metavar="FILE.ics", help="where to write it")


def handles(args: argparse.Namespace) -> bool:
    return (args.command == "voice" and getattr(args, "voice_command", None) == "check") or (
        args.command == "plan" and getattr(args, "plan_command", None) == "export"
    )


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "voice":
            return voice_check(args)
        return plan_export(args)
    except CommandError as error:
        print(f"ownvoice: {error}", file=sys.stderr)
        return 1


def _own_profiles(args: argparse.Namespace) -> dict[str, VoiceProfile] | None:
    """The person's voice profiles, if their data folder has any (for profile_match)."""
    from app.services.store import prepare_store
    from app.services.voice.profile import stored_profiles
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    if not paths.db_path.exists():
        return None
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        profiles = stored_profiles(reader)
    finally:
        reader.close()
        if database is not None:
            database.close()
    if not profiles:
        return None
    return {str(language): profile for language, profile in profiles.items()}


def _options(args: argparse.Namespace) -> CheckOptions:
    """Settings → Writing checks and the voice profiles of the person's data folder."""
    from app.services.drafts import options_from_settings
    from app.services.settings import SettingsService
    from app.storage.paths import resolve_paths
    from app.storage.settings_store import SettingsFile

    settings = SettingsService(SettingsFile(resolve_paths(args.data_dir).settings_path))
    return options_from_settings(settings, _own_profiles(args))


def voice_check(args: argparse.Namespace) -> int:
    from app.domain.checks.messages import message
    from app.domain.drafts.networks import Network
    from app.services.drafts import run_check

    text = read_text(args.file)
    source = read_text(args.source) if args.source else None
    result = run_check(text, Network(args.channel), _options(args), source=source, suggest=True)
    if args.json:
        print(json.dumps(result.to_json(), indent=2, ensure_ascii=False))
        return 0
    limit = f"/{result.limit}" if result.limit is not None else ""
    over = (
        f"  OVER THE LIMIT by {counted(result.count.over, 'character', 'characters')}"
        if result.over_limit
        else ""
    )
    print(f"{args.channel}: {result.length}{limit} characters{over}")
    grade = result.readability.value.replace("_", " ")
    if result.language_checked:
        print(
            f"language {result.language or 'unsure'}, {counted(result.words, 'word', 'words')}, "
            f"{counted(result.sentences, 'sentence', 'sentences')}, LIX {result.lix:.0f} ({grade})"
        )
    else:
        print(
            f"language {result.language}: OwnVoice checks Finnish, Swedish and English; "
            "in this text it counts the characters and the fold only"
        )
    if result.fold_ok is not None:
        where = "survives" if result.fold_ok else "is cut by"
        print(f"the opening line {where} the \u201c\u2026see more\u201d fold")
    if result.similarity_to_source is not None:
        verdict = " (too similar: add your own view)" if result.similarity.too_similar else ""  # type: ignore[union-attr]
        print(f"similarity to the source: {result.similarity_to_source:.0%}{verdict}")
    if not result.flags:
        print("no flags")
    for flag in result.flags:
        print(f"- {flag.kind.value} at {flag.start}-{flag.end}: {message(flag)}")
    for word in result.spelling:
        better = f": {', '.join(word.suggestions[:5])}?" if word.suggestions else ""
        print(f"- spelling at {word.start}-{word.end}: \u201c{word.word}\u201d{better}")
    if result.spelling_missing:
        print(
            f"spelling not checked in {', '.join(result.spelling_missing)}: not installed "
            "(ownvoice doctor says what to install)"
        )
    return 0


def counted(n: int, one: str, other: str) -> str:
    """``n`` and its noun in English, the command line's language: English has two plural
    forms, "one" for exactly 1 (CLDR's rule for English) and "other" for any other count,
    0 included. The window's languages go through Qt's plural forms instead (i18n/README.md)."""
    forms = {1: one}
    return f"{n} {forms.get(n, other)}"


def plan_export(args: argparse.Namespace) -> int:
    from app.services.drafts import DraftsReader
    from app.services.drafts.plan import export_plan
    from app.services.store import prepare_store
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir).ensure()
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        entries = DraftsReader(reader).plan()
    finally:
        reader.close()
        if database is not None:
            database.close()
    out = Path(args.out)
    try:
        count = export_plan(entries, out, args.clock.now(), paths.data_dir)
    except OSError as error:
        raise CommandError(f"cannot write {out}: {error.strerror or error}") from None
    print(f"Wrote {counted(count, 'planned post', 'planned posts')} to {out}")
    return 0
