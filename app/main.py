"""The composition root: parse the command line, then run a command or the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli import build_parser, run_command
from app.storage.errors import StorageError
from app.storage.paths import resolve_paths


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command:
            return run_command(args)
        return _run_gui(args)
    except BrokenPipeError:
        # The reader went away (`ownvoice journey status | head`): not an error of ours. Point
        # stdout at devnull so that Python's flush at exit does not fail again (Python docs).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (StorageError, OSError) as error:
        print(f"ownvoice: {error}", file=sys.stderr)
        return 1


def _run_gui(args: object) -> int:
    screenshot = getattr(args, "screenshot", None)
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    paths = resolve_paths(getattr(args, "data_dir", None)).ensure()
    from app.services.settings import SettingsService
    from app.storage.settings_store import SettingsFile
    from app.ui.application import run
    from app.ui.errors import install_crash_handler

    install_crash_handler(str(paths.log_file))
    return run(
        paths,
        SettingsService(SettingsFile(paths.settings_path)),
        page=getattr(args, "page", None),
        language=getattr(args, "lang", None),
        screenshot=Path(screenshot).absolute() if screenshot else None,
        size=getattr(args, "size", None),
        in_tray=bool(getattr(args, "in_tray", False)) and not screenshot,
    )


if __name__ == "__main__":
    sys.exit(main())
