"""Files of an archive behind one interface (``ArchiveSource``), and what every source shares.

The sources: a folder or a single file (folder.py), a ZIP (safe_zip.py); ``open_source``
(opening.py) picks the one a path is."""

from __future__ import annotations

import codecs
import re
from abc import ABC, abstractmethod
from datetime import datetime
from pathlib import PurePosixPath
from typing import IO, TYPE_CHECKING, Self

from app.services.archives.model import ArchiveError

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import TracebackType

MAX_FILE_BYTES = 512 * 1024**2  # one file that a parser reads into memory
MAX_FOLDER_FILES = 100_000  # more means the person picked a bigger folder than an export
CHUNK = 256 * 1024


class ArchiveSource(ABC):
    """The files of an archive, by relative POSIX path; read whole, with a size cap."""

    name: str  # what the person chose, for messages
    single_file = False

    @abstractmethod
    def files(self) -> list[str]: ...

    @abstractmethod
    def read_bytes(self, path: str, check: Callable[[], None] | None = None) -> bytes: ...

    def modified(self, path: str) -> datetime | None:
        """When the file was last changed, as far as the archive tells (UTC)."""
        return None

    def close(self) -> None:
        return None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def display(self, path: str) -> str:
        return self.name if self.single_file else f"{self.name}/{path}"

    def find(self, pattern: re.Pattern[str]) -> list[str]:
        """Files whose base name, lower-cased, matches; shallowest first, then by name."""
        hits = [
            path
            for path in self.files()
            if pattern.fullmatch(PurePosixPath(path).name.lower()) and not _is_junk(path)
        ]
        return sorted(hits, key=lambda p: (p.count("/"), p.lower()))

    def read_text(self, path: str, check: Callable[[], None] | None = None) -> str:
        return decode_text(self.read_bytes(path, check), self.display(path))


def _is_junk(path: str) -> bool:
    """macOS adds resource-fork copies (`__MACOSX/`, `._name`) when it zips a folder."""
    parts = path.split("/")
    return "__MACOSX" in parts or parts[-1].startswith("._")


def decode_text(data: bytes, display: str) -> str:
    """UTF-8 (with or without a byte-order mark), or UTF-16 with one; nothing is guessed."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = error.object[error.start : error.start + 1].hex()
        raise ArchiveError(
            display, "encoding", f"byte 0x{bad} at position {error.start} is not UTF-8"
        ) from None
    if "\x00" in text:
        raise ArchiveError(display, "encoding", "it holds NUL characters (UTF-16 without a BOM?)")
    return text


def read_capped(
    handle: IO[bytes], limit: int, shown: str, check: Callable[[], None] | None
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if check is not None:
            check()
        chunk = handle.read(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:  # a ZIP entry longer than it said: the declared size was a lie
            raise ArchiveError(shown, "zip_bomb", f"more than {limit} bytes")
        chunks.append(chunk)
