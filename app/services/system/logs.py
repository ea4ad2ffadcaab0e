"""The log file in the data folder: where crash reports and Qt's own warnings go."""

from __future__ import annotations

import logging
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.storage.paths import AppPaths, ensure_private_dir, make_private, private_opener


class PrivateRotatingFileHandler(RotatingFileHandler):
    """Every file it opens, the first and each one after a rollover, is private (``0600``)."""

    def _open(self) -> TextIOWrapper:  # logging.FileHandler's own hook
        # The handler keeps it open and closes it, as FileHandler does.
        stream = open(  # noqa: SIM115
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )
        assert isinstance(stream, TextIOWrapper)  # a text mode: "a" or "w"
        return stream


def setup_logging(paths: AppPaths) -> Path:
    """Send log records to a small rotating file, private to the user; return its path.

    Idempotent: the crash handler calls it for an error in the first second, the window once
    its first content is on screen."""
    path = paths.log_file
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    ensure_private_dir(paths.logs_dir)
    handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    make_private(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # urllib3 logs each retry with the request's path, and a file drop's path holds its share
    # token: the sync engine reports every failure itself, in plain words and without the path.
    logging.getLogger("urllib3").setLevel(logging.ERROR)
    return path
