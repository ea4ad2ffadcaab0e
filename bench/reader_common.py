"""What bench/reader_linearity.py and its inputs share: a case, sizes, a stored ZIP."""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MB = 1_000_000
NOW = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)
TODAY = NOW.date()
SUPER_LINEAR = 2.0  # a ratio above this is marked


@dataclass(frozen=True)
class Case:
    reader: str
    shape: str
    build: Callable[[int, Path], Path]  # (bytes wanted, a folder) -> the file to read
    read: Callable[[Path], str]  # what it made of it, in a few words


def scaled(make: Callable[[int], bytes], size: int) -> bytes:
    """``make(n)`` with ``n`` chosen so that the result is about ``size`` bytes."""
    probe = len(make(200))
    return make(max(1, round(200 * size / probe)))


def zipped(path: Path, files: dict[str, bytes]) -> Path:
    """Stored, not compressed: the file's size is then what the reader reads (a deep nesting
    compresses a thousandfold, and time per compressed MB would say nothing)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path
