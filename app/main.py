"""The composition root: parse the command line, then run a command or the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli import parse_args, run_command
from app.storage.errors import StorageError
from app.storage.paths import resolve_paths


def main(argv: Sequence[str] | None = None) -> int:
    if os.environ.get("OWNVOICE_QT_PROBE") == "1" and getattr(sys, "frozen", False):
        from app.ui.shell.diagnostics import run_probe  # the doctor's question, in a bundle

        return run_probe()
    args = parse_args(argv)  # args.clock: the run's one clock (``--today``)
    try:
        if args.command:
            return run_command(args)
        return _run_gui(args)
    except BrokenPipeError:
        # The reader went away (`ownvoice journey status | head`): not an error of ours. Point
        # stdout at devnull so that Python's flush at exit does not fail again (Python docs).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:
        plain = _plain(error, getattr(args, "data_dir", None))
        if plain is None:
            raise  # a bug: its traceback is what a developer needs
        print(f"ownvoice: {plain}", file=sys.stderr)
        return 1


def _plain(error: Exception, data_dir: str | None) -> Exception | None:
    """The one-line error to print for ``error``, or None for a bug. A storage failure that
    reached here unnamed (a read through sqlite3 of a damaged file, say) gets its name."""
    if isinstance(error, StorageError):
        return error
    from app.storage.errors import classify

    paths = resolve_paths(data_dir)
    if isinstance(error, OSError):
        about = Path(error.filename) if isinstance(error.filename, str) else None
        inside = about is not None and about.absolute().is_relative_to(paths.data_dir)
        return (classify(error, about) if about and inside else None) or error
    return classify(error, paths.db_path)


def _run_gui(args: object) -> int:
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        folder = Path(screenshot).absolute().parent
        if not folder.is_dir():
            print(f"ownvoice: error: no folder {folder} to save the screenshot in", file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    paths = resolve_paths(getattr(args, "data_dir", None)).ensure()
    from app.services.settings import SettingsService
    from app.services.system.crash_records import CrashRecords
    from app.storage.settings_store import SettingsFile
    from app.ui import guard
    from app.ui.errors import install_crash_handler
    from app.ui.shell.application import run

    crash_records = CrashRecords(paths.logs_dir)
    previous_crash = crash_records.start()

    def ensure_logging() -> None:
        # Imported when first called (an early error, or after the first content):
        # logging.handlers and socket (~10 ms) need not wait in front of the first frame.
        from app.services.system.logs import setup_logging

        setup_logging(paths)

    install_crash_handler(str(paths.log_file), ensure_logging)
    guard.set_logging_setup(ensure_logging)
    try:
        return run(
            paths,
            SettingsService(SettingsFile(paths.settings_path)),
            page=getattr(args, "page", None),
            language=getattr(args, "lang", None),
            screenshot=Path(screenshot).absolute() if screenshot else None,
            size=getattr(args, "size", None),
            in_tray=bool(getattr(args, "in_tray", False)) and not screenshot,
            clock=getattr(args, "clock", None),
            previous_crash=previous_crash,
            open_file=getattr(args, "open_file", None),
        )
    finally:
        crash_records.stop()


if __name__ == "__main__":
    sys.exit(main())
