"""The ``demo`` command: fill an empty data folder with a demo person. Light at import."""

from __future__ import annotations

import argparse
import sys


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser(
        "demo",
        help="fill an empty data folder with a demo person; 'demo cohort' writes progress "
        "files of demo people for coach mode",
    )
    demo.add_argument("what", nargs="?", choices=("cohort",), help="cohort: progress files")
    demo.add_argument("--people", type=int, default=30, help="cohort: how many (default 30)")
    demo.add_argument("--out", metavar="DIR", help="cohort: the folder to write them to")
    demo.add_argument("--years", type=_years, default=1.0, help="years of history (default 1)")
    demo.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    demo.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        default=argparse.SUPPRESS,  # not given here: the global --today, if any, stands
        help="the demo person's today: the same person on every real day (as the global --today)",
    )


def _cohort(args: argparse.Namespace) -> int:
    from pathlib import Path

    from app.cli.words import EnglishWords
    from app.services.demo.cohort import write_cohort

    if not args.out:
        print("ownvoice: error: demo cohort needs --out DIR", file=sys.stderr)
        return 2
    if not 1 <= args.people <= 5000:
        print("ownvoice: error: --people must be 1 to 5000", file=sys.stderr)
        return 2
    made = write_cohort(Path(args.out), args.people, args.seed, args.clock.today(), EnglishWords())
    print(f"Wrote {made.people} progress files to {made.folder}.")
    return 0


def _years(text: str) -> float:
    try:
        years = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of years, got {text!r}") from None
    if not 0 < years <= 30:
        raise argparse.ArgumentTypeError("years must be more than 0 and at most 30")
    return years


def run(args: argparse.Namespace) -> int:
    if args.what == "cohort":
        return _cohort(args)
    from app.services.demo import person as demo_data
    from app.services.journey import JourneyReader
    from app.services.store import prepare_store
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir).ensure()
    clock = args.clock
    reader, database = prepare_store(paths.db_path, clock)
    try:
        journey = JourneyReader(reader)
        empty = journey.profile() is None and not journey.activities()
    finally:
        reader.close()
        if database is not None:
            database.close()
    # All or nothing: written beside the store first, then copied in at once.
    summary = demo_data.fill_store(paths.db_path, clock, args.years, args.seed) if empty else None
    if summary is None:
        print(
            f"ownvoice: {paths.data_dir} already has data; the demo fills only an empty "
            "data folder (choose another with --data-dir)",
            file=sys.stderr,
        )
        return 1
    _mark_welcomed(paths.settings_path)
    print(
        f"Demo data written to {paths.data_dir}: {summary.activities} activities since "
        f"{summary.first_day.isoformat()}, {summary.goals} goals, "
        f"{summary.journal_entries} journal entries."
    )
    return 0


def _mark_welcomed(settings_path: object) -> None:
    from app.services.settings import SettingsService
    from app.storage.settings_store import SettingsFile

    SettingsService(SettingsFile(settings_path)).set_flag("welcome_done")  # type: ignore[arg-type]
