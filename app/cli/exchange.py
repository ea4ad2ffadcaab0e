"""The coach exchange on the command line: ``export progress``, ``coach report``, ``import
feedback``. Light at import (argparse only)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.words import EnglishWords

if TYPE_CHECKING:
    from typing import TypeAlias

    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

FORMATS = ("table", "csv", "json", "html")


def _sections(text: str) -> frozenset[str]:
    from app.domain.exchange.model import Section

    chosen = frozenset(part.strip() for part in text.split(",") if part.strip())
    unknown = chosen - {s.value for s in Section}
    if unknown:
        known = ", ".join(s.value for s in Section)
        raise argparse.ArgumentTypeError(
            f"no such section {sorted(unknown)[0]!r}; choose from {known}"
        )
    return chosen


def add_parsers(commands: Commands) -> None:
    export = commands.add_parser("export", help="share your progress with your coach")
    kinds = export.add_subparsers(dest="export_what", metavar="WHAT")
    kinds.required = True
    progress = kinds.add_parser("progress", help="a progress file (.ownvoice) for your coach")
    progress.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    progress.add_argument(
        "--include",
        type=_sections,
        metavar="SECTION,...",
        help="what to share (default: stages, goals, habits, activity, links, journal, "
        "exercises; drafts only when named; a draft sent with Ask my coach always goes)",
    )
    coach = commands.add_parser("coach", help="for coaches: read a folder of progress files")
    what = coach.add_subparsers(dest="coach_command", metavar="COMMAND")
    what.required = True
    report = what.add_parser("report", help="the cohort in a folder of progress files")
    report.add_argument("folder", metavar="DIR")
    report.add_argument("--format", choices=FORMATS, default="table")
    report.add_argument("--json", action="store_true", help="the same as --format json")
    report.add_argument("--out", metavar="FILE", help="write to FILE instead of the terminal")


def run_export(args: argparse.Namespace) -> int:
    from app.domain.exchange.model import DEFAULT_SECTIONS, Section
    from app.services.exchange.export import prepare_progress, save_progress
    from app.services.store import open_database, prepare_store
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir).ensure()
    sections = (
        DEFAULT_SECTIONS if args.include is None else frozenset(Section(s) for s in args.include)
    )
    out = Path(args.out)
    if out.suffix != ".ownvoice":
        out = out.with_name(out.name + ".ownvoice")
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        database = database or open_database(paths.db_path, args.clock)
        report = prepare_progress(database, reader, args.clock, "en", sections)
        save_progress(report, out, EnglishWords(), args.clock, paths.data_dir)
    except OSError as error:
        print(f"ownvoice: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        reader.close()
        if database is not None:
            database.close()
    print(f"Wrote {out} ({', '.join(sorted(s.value for s in sections))}).")
    return 0


def run_coach(args: argparse.Namespace) -> int:
    from app.services.exchange import cohort_report
    from app.services.exchange.cohort import load_cohort

    folder = Path(args.folder)
    if not folder.is_dir():
        print(f"ownvoice: {folder} is not a folder", file=sys.stderr)
        return 1
    cohort = load_cohort(folder)
    today = args.clock.today()
    fmt = "json" if args.json else args.format
    if fmt == "json":
        text = json.dumps(cohort_report.as_json(cohort, today), indent=2, ensure_ascii=False)
    elif fmt == "csv":
        text = cohort_report.as_csv(cohort, today)
    elif fmt == "html":
        text = cohort_report.as_html(cohort, today, EnglishWords())
    else:
        text = cohort_report.as_table(cohort, today)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    for broken in cohort.broken:  # exit 0 all the same: the rest of the folder was read
        print(f"ownvoice: {broken.error}", file=sys.stderr)
    return 0


def run_import_feedback(args: argparse.Namespace) -> int:
    from app.services.exchange.feedback import import_feedback
    from app.services.exchange.package import ExchangeError
    from app.services.store import open_database, prepare_store
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir).ensure()
    reader, database = prepare_store(paths.db_path, args.clock)
    try:
        database = database or open_database(paths.db_path, args.clock)
        done = import_feedback(database, reader, Path(args.path), args.clock)
    except ExchangeError as error:
        print(f"ownvoice: {error}", file=sys.stderr)
        return 1
    except FileNotFoundError:
        print(f"ownvoice: {args.path} does not exist", file=sys.stderr)
        return 1
    finally:
        reader.close()
        if database is not None:
            database.close()
    if args.json:
        print(json.dumps({"coach": done.coach, "new": done.new, "entries": done.total,
                          "group": done.group}))  # fmt: skip
    elif done.group:
        coach = done.coach or "your coach"
        if done.new:
            print(f"Group file from {coach}: kept; posts shared in it: {done.total}.")
        else:
            print(f"Group file from {coach}: older than the one already here; nothing changed.")
    else:
        print(f"Feedback from {done.coach or 'your coach'}: {done.new} new of {done.total}.")
    return 0
