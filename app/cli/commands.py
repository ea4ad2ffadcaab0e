"""The command line: global options, the GUI's screenshot mode, and the command groups.

Each group's module (doctor, demo, journey, habits, voice, drafts, exchange, report, sync,
assist) adds its own subcommands and runs them; all are light at import (argparse only), because
the window parses its options here too before its first frame.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from app import __version__
from app.cli import assist, demo, doctor, drafts, exchange, habits, journey, report, sync, voice
from app.domain.i18n import LANGUAGES
from app.services.clock import clock_for

PAGE_NAMES = (
    "welcome",
    "onboarding",
    "today",
    "habits",
    "drafts",
    "voice",
    "journey",
    "progress",
    "settings",
    "cohort",
)  # kept equal to the registry by tests/test_cli.py


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        message = f"expected WIDTHxHEIGHT such as 1100x720, got {text!r}"
        raise argparse.ArgumentTypeError(message) from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text} is outside 320x240 .. 7680x4320")
    return width, height


def parse_day(text: str) -> date:
    """``--today``'s value: a real calendar day written YYYY-MM-DD."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        with contextlib.suppress(ValueError):  # such as 2026-02-30
            return date.fromisoformat(text.strip())
    raise ValueError(f"--today: expected a date as YYYY-MM-DD, such as 2026-03-01, got {text!r}")


TODAY_HELP = (
    "run as if today were this day (YYYY-MM-DD): the window, a screenshot and every command; "
    "the time of day keeps running"
)


def _window_options(kind: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    """A parser of ``kind`` with the options of every run: the window's and ``--today``."""
    parser = kind(
        prog="ownvoice",
        description="OwnVoice: grow your own expert voice on social media. "
        "Without a command, opens the app. With a file (ownvoice FILE.ownvoice), opens the app "
        "with it: feedback from your coach goes into your recognition feed, a progress file "
        "opens in coach mode.",
    )
    parser.add_argument("--version", action="version", version=f"OwnVoice {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="keep all data in DIR (default: OWNVOICE_HOME or the platform's per-user data folder)",
    )
    parser.add_argument("--today", metavar="YYYY-MM-DD", help=TODAY_HELP)
    gui = parser.add_argument_group("window options")
    gui.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen to a PNG")
    gui.add_argument("--page", choices=PAGE_NAMES, help="the page to open")
    gui.add_argument("--lang", choices=tuple(LANGUAGES), help="the language, for this run only")
    gui.add_argument("--size", type=_size, metavar="WxH", help="the window size, e.g. 1100x720")
    gui.add_argument(
        "--in-tray",
        action="store_true",
        help="start in the system tray without opening the window (how starting at login "
        "runs); the window opens as usual where there is no tray or it is turned off",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _window_options(argparse.ArgumentParser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # In this order in --help. ``voice`` holds ``voice profile`` and the drafting studio's
    # ``voice check``: the voice group makes it and hands its subcommands on.
    doctor.add_parser(commands)
    demo.add_parser(commands)
    journey.add_parser(commands)
    habits.add_parser(commands)
    voice_commands = voice.add_parsers(commands)
    drafts.add_parser(commands, voice_commands)
    exchange.add_parsers(commands)
    report.add_parser(commands)
    sync.add_parser(commands)
    assist.add_parser(commands)
    return parser


# The options before a command that take a value (a file name after them is their value).
_VALUED = ("--data-dir", "--today", "--screenshot", "--page", "--lang", "--size")
FILE_SUFFIX = ".ownvoice"


def split_file(argv: Sequence[str], commands: Sequence[str]) -> tuple[list[str], Path | None]:
    """``ownvoice FILE.ownvoice``: a file given to open in the window (how a double-click, the
    .desktop file's ``%f`` or Windows' ``"%1"`` hands it over), and the arguments without it.

    The file is the first word that is not an option or an option's value, when it is not a
    command's name and ends in ``.ownvoice`` or names a file that exists. Anything else is
    left to argparse (a mistyped command is still called one)."""
    words = list(argv)
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":
            return words, None
        if word.startswith("-"):
            index += 2 if word in _VALUED else 1
            continue
        if word in commands:
            return words, None
        if word.lower().endswith(FILE_SUFFIX) or Path(word).is_file():
            return words[:index] + words[index + 1 :], Path(word)
        return words, None
    return words, None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line and give the run its one clock, ``args.clock``: ``--today``'s day
    (``ShiftedClock``) or the real one. A bad ``--today`` is one line and exit 2.

    ``args.open_file`` is a ``.ownvoice`` file to open in the window (``split_file``), or None.
    """
    given = list(sys.argv[1:] if argv is None else argv)
    args = _window_args(given)
    open_file = None
    if args is None:
        parser = build_parser()
        words, open_file = split_file(given, _command_names(parser))
        args = parser.parse_args(words)
        if open_file is not None and args.command:
            parser.error(f"{open_file} opens in the window: give it without a command")
    args.open_file = open_file
    text = getattr(args, "today", None)
    try:
        day = None if text is None else parse_day(text)
    except ValueError as error:
        print(f"ownvoice: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    args.clock = clock_for(day)
    return args


class _NotWindowOnlyError(Exception):
    pass


class _WindowParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotWindowOnlyError(message)


def _window_args(words: list[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the window (options only: no command, no file, no
    help), parsed without building every command's parser (~10 ms before the first frame);
    None for anything else, which the whole parser parses, and answers, as always."""
    index = 0
    while index < len(words):
        word = words[index]
        if not word.startswith("-") or word == "--" or word.startswith(("-h", "--h")):
            return None
        index += 2 if word in _VALUED else 1
    try:
        args = _window_options(_WindowParser).parse_args(words)
    except _NotWindowOnlyError:
        return None  # a mistake: the whole parser says it, with the whole usage
    args.command = None
    return args


def _command_names(parser: argparse.ArgumentParser) -> tuple[str, ...]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return tuple(action.choices)
    return ()


def run_command(args: argparse.Namespace) -> int:
    """Run the command ``args`` names; its exit status."""
    if args.command == "doctor":
        return doctor.run(args)
    if drafts.handles(args):
        return drafts.run(args)
    if args.command == "demo":
        return demo.run(args)
    if args.command == "journey":
        return journey.run(args)
    if args.command == "import" and args.source == "feedback":
        return exchange.run_import_feedback(args)
    if args.command == "import":
        return voice.run_import(args)
    if args.command == "export":
        return exchange.run_export(args)
    if args.command == "coach":
        return exchange.run_coach(args)
    if args.command == "voice":
        return voice.run_voice(args)
    if args.command == "habits":
        return habits.run(args)
    if args.command == "report":
        return report.run(args)
    if args.command == "sync":
        return sync.run(args)
    if args.command == "assist":
        return assist.run(args)
    raise AssertionError(f"unhandled command {args.command}")
