"""``report``: the personal report of a chosen period as a PDF or an HTML page (issue 15). Light
at import (argparse only); the report is painted by app/ui/progress/report.py, offscreen."""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from typing import TypeAlias

    Commands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

SUFFIXES = (".pdf", ".html")


def _day(text: str) -> date:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        with contextlib.suppress(ValueError):  # such as 2026-02-30
            return date.fromisoformat(text.strip())
    raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}")


def _out(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in SUFFIXES:
        raise argparse.ArgumentTypeError(f"expected a file ending in .pdf or .html, got {text!r}")
    return path


def add_parser(commands: Commands) -> None:
    report = commands.add_parser(
        "report",
        help="your progress report of a period, as a PDF or an HTML page",
        description="Write your progress report of a period: its numbers, insights and charts, "
        "in the app's language. Weeks are counted whole, Monday to Sunday.",
    )
    report.add_argument(
        "--from", dest="first", type=_day, required=True, metavar="YYYY-MM-DD", help="first day"
    )
    report.add_argument(
        "--to", dest="last", type=_day, required=True, metavar="YYYY-MM-DD", help="last day"
    )
    report.add_argument(
        "--out", type=_out, required=True, metavar="FILE", help="the file to write: .pdf or .html"
    )


def run(args: argparse.Namespace) -> int:
    first: date = args.first
    last: date = args.last
    out: Path = args.out
    if first > last:
        print(f"ownvoice report: error: --from {first} is after --to {last}", file=sys.stderr)
        return 2
    from app.storage.paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    if not paths.db_path.is_file():
        print(
            f"ownvoice: no data in {paths.data_dir}: open the app first (or run 'ownvoice demo')",
            file=sys.stderr,
        )
        return 1
    today = args.clock.today()
    if first > today:
        print(f"ownvoice: --from {first} is after today ({today})", file=sys.stderr)
        return 1
    return _write(args, paths.db_path, paths.settings_path, first, last, out)


def _write(
    args: argparse.Namespace, db_path: Path, settings_path: Path, first: date, last: date, out: Path
) -> int:
    from PySide6.QtWidgets import QApplication

    from app.domain import settings as decl
    from app.services.journey import JourneyReader
    from app.services.progress.reader import ProgressReader
    from app.services.settings import SettingsService
    from app.services.store import prepare_store
    from app.storage.settings_store import SettingsFile
    from app.ui.kit.i18n import Translations, resolve_language
    from app.ui.progress.report import save_report

    # The charts are widgets, painted offscreen: a QApplication of this run, in the app's
    # language (or --lang). One already running (a test's) keeps its own language.
    qt = QApplication.instance()
    if qt is None:
        qt = QApplication(["ownvoice", "-platform", "offscreen"])
        language = getattr(args, "lang", None)
        if language is None:
            language = SettingsService(SettingsFile(settings_path)).get_str(decl.LANGUAGE)
        Translations().apply(resolve_language(language))
    reader, database = prepare_store(db_path, args.clock)
    try:
        today = args.clock.today()
        snapshot = ProgressReader(reader).data(today).period(first, last)
        profile = JourneyReader(reader).profile()
        name = profile.name.strip() if profile is not None else ""
        save_report(out, snapshot, name, first=first, last=min(last, today))
    except OSError as error:
        print(f"ownvoice: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        reader.close()
        if database is not None:
            database.close()
    del qt
    print(f"Wrote {out} ({first} to {min(last, today)}).")
    return 0
