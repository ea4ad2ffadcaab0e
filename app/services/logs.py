"""The log file in the data folder: where crash reports and Qt's own warnings go."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.storage.paths import AppPaths, ensure_private_dir, make_private


def setup_logging(paths: AppPaths) -> Path:
    """Send log records to a small rotating file, private to the user; return its path.

    Idempotent: the crash handler calls it for an error in the first second, the window once
    its first content is on screen."""
    path = paths.log_file
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    ensure_private_dir(paths.logs_dir)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    make_private(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
