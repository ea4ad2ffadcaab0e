"""The command line: global options, the GUI's screenshot mode, and headless subcommands."""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Sequence
from datetime import date

from app import __version__
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
    "settings",
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ownvoice",
        description="OwnVoice: grow your own expert voice on social media. "
        "Without a command, opens the app.",
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    doctor = commands.add_parser("doctor", help="check the data folder, database, keychain and Qt")
    doctor.add_argument("--json", action="store_true", help="print the result as JSON")
    doctor.add_argument(
        "--repair",
        action="store_true",
        help="first set the data folder's modes right (folders 0700, files 0600), saying what "
        "changed",
    )
    demo = commands.add_parser("demo", help="fill an empty data folder with a demo person")
    demo.add_argument("--years", type=_years, default=1.0, help="years of history (default 1)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        default=argparse.SUPPRESS,  # not given here: the global --today, if any, stands
        help="the demo person's today: the same person on every real day (as the global --today)",
    )
    journey = commands.add_parser("journey", help="the coaching journey")
    journey_commands = journey.add_subparsers(dest="journey_command", metavar="COMMAND")
    journey_commands.required = True
    status = journey_commands.add_parser("status", help="stage at start and now, history, goals")
    status.add_argument("--json", action="store_true", help="print the result as JSON")
    from app import cli_habits, cli_voice  # argparse only: cheap

    cli_habits.add_parser(commands)
    cli_voice.add_parsers(commands)
    _add_drafts(commands)
    return parser


def _add_drafts(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from app import cli_drafts  # argparse only: cheap; ``voice check`` and ``plan export``

    cli_drafts.add_parser(commands)


def _years(text: str) -> float:
    try:
        years = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of years, got {text!r}") from None
    if not 0 < years <= 30:
        raise argparse.ArgumentTypeError("years must be more than 0 and at most 30")
    return years


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse the command line and give the run its one clock, ``args.clock``: ``--today``'s day
    (``ShiftedClock``) or the real one. A bad ``--today`` is one line and exit 2."""
    args = build_parser().parse_args(argv)
    text = getattr(args, "today", None)
    try:
        day = None if text is None else parse_day(text)
    except ValueError as error:
        print(f"ownvoice: error: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    args.clock = clock_for(day)
    return args


def run_command(args: argparse.Namespace) -> int:
    if args.command == "doctor":
        return _doctor(args)
    from app import cli_drafts

    if cli_drafts.handles(args):
        return cli_drafts.run(args)
    from app import cli_journey

    if args.command == "demo":
        return cli_journey.demo(args)
    if args.command == "journey":
        return cli_journey.status(args)
    if args.command in ("import", "voice"):
        from app import cli_voice

        return cli_voice.run_import(args) if args.command == "import" else cli_voice.run_voice(args)
    if args.command == "habits":
        from app import cli_habits

        return cli_habits.run(args)
    raise AssertionError(f"unhandled command {args.command}")


def _doctor(args: argparse.Namespace) -> int:
    from app.services.system.doctor import Level, repair_derived_data, repair_modes, run_checks
    from app.services.system.secrets import SecretStore
    from app.storage.paths import resolve_paths
    from app.ui.diagnostics import qt_check

    paths = resolve_paths(args.data_dir)
    repaired = []
    if args.repair:
        repaired = repair_modes(paths)
        try:
            repaired += repair_derived_data(paths, args.clock)
        except Exception as error:  # the database check below says what is wrong with it
            from app.storage.errors import classify, one_line

            known = classify(error, paths.db_path)
            if known is None:
                raise
            repaired.append(f"could not bring derived data up to date: {one_line(known)}")
    checks = [*run_checks(paths, SecretStore(), args.clock.today()), qt_check()]
    failed = any(check.level is Level.ERROR for check in checks)
    if args.json:
        rows = [{"name": c.name, "level": c.level.value, "detail": c.detail} for c in checks]
        report = {
            "ok": not failed,
            "checks": rows,
            **({"repaired": repaired} if args.repair else {}),
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for change in repaired:
            print(f"repaired {change}")
        width = max(len(check.name) for check in checks)
        for check in checks:
            print(f"{check.level.value:<8} {check.name:<{width}}  {check.detail}")
    if failed:
        problems = "; ".join(c.detail for c in checks if c.level is Level.ERROR)
        print(f"ownvoice: doctor found a problem: {problems}", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    from app.main import main as real_main

    return real_main(argv)
