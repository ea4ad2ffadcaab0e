"""What every command group shares for its one-line failures: ``CommandError`` (printed as
``ownvoice: …``, exit status 1) and reading a text argument (a file, or ``-`` for standard
input)."""

from __future__ import annotations

import sys
from pathlib import Path


class CommandError(Exception):
    """A problem to report in one line, with exit status 1."""


def read_text(name: str) -> str:
    """The text of the file ``name`` (UTF-8), or of standard input for ``-``."""
    if name == "-":
        return sys.stdin.read()
    try:
        return Path(name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        raise CommandError(f"cannot read {name}: {reason}") from None
