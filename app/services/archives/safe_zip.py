"""A ZIP read safely: limits against bombs, no escaping names or links, no extraction to disk."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.services.archives.model import ArchiveError
from app.services.archives.source import MAX_FILE_BYTES, ArchiveSource, read_capped

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

# Limits far above any real export (a heavy LinkedIn or X archive is well under 1 GB, and text
# compresses 3-20x), far below what would exhaust a laptop.
MAX_ENTRIES = 100_000
MAX_DIRECTORY_BYTES = 32 * 1024**2  # 100,000 entries with long media paths take about 15 MB
MAX_TOTAL_BYTES = 2 * 1024**3  # declared uncompressed size of the whole ZIP
MAX_RATIO = 200  # uncompressed / compressed, per entry
RATIO_CHECK_FROM = 1024**2  # tiny entries compress well legitimately (a file of blank lines)

# Everything zipfile raises on damaged or hostile bytes; anything else would be a bug of ours.
_ZIP_FAILURES = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    ValueError,  # includes UnicodeDecodeError (a bad UTF-8 entry name) and bad seeks
    struct.error,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    OverflowError,
    IndexError,
    KeyError,
)
_DRIVE = re.compile(r"^[A-Za-z]:")
_S_IFMT, _S_IFLNK = 0o170000, 0o120000
_END, _END64, _END64_LOCATOR = b"PK\x05\x06", b"PK\x06\x06", b"PK\x06\x07"


def declared_directory(path: Path) -> tuple[int, int] | None:
    """Entry count and size of the central directory, as the end record declares them.

    zipfile reads the whole directory into memory before anyone can count it, so a crafted
    directory of millions of entries is refused by its declared size first.
    """
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        tail_size = min(size, 22 + 0xFFFF + 20)  # end record, longest comment, zip64 locator
        handle.seek(size - tail_size)
        tail = handle.read(tail_size)
        at = tail.rfind(_END)
        if at < 0 or len(tail) - at < 22:
            return None  # not found: zipfile will say what is wrong
        count, directory_size = struct.unpack("<4s4H2LH", tail[at : at + 22])[4:6]
        locator = tail[at - 20 : at] if at >= 20 else b""
        if (count == 0xFFFF or directory_size == 0xFFFFFFFF) and locator[:4] == _END64_LOCATOR:
            handle.seek(struct.unpack("<4sLQL", locator)[2])
            record = handle.read(56)
            if len(record) == 56 and record[:4] == _END64:
                count, directory_size = struct.unpack("<4sQ2H2L4Q", record)[7:9]
    return count, directory_size


def _check_entry(info: zipfile.ZipInfo, name: str, archive: str) -> None:
    parts = name.split("/")
    if name.startswith("/") or _DRIVE.match(name) or ".." in parts or "\x00" in info.orig_filename:
        raise ArchiveError(archive, "unsafe_path", name)
    if (info.external_attr >> 16) & _S_IFMT == _S_IFLNK:
        raise ArchiveError(archive, "unsafe_path", f"{name} is a symbolic link")
    if info.flag_bits & 0x1:
        raise ArchiveError(archive, "encrypted", name)
    ratio_limit = MAX_RATIO * max(info.compress_size, 1)
    if info.file_size >= RATIO_CHECK_FROM and info.file_size > ratio_limit:
        raise ArchiveError(archive, "zip_bomb", f"{name} expands more than {MAX_RATIO} times")


class ZipSource(ArchiveSource):
    """Checks the whole directory on opening: one bad entry refuses the archive."""

    def __init__(self, path: Path, head: bytes) -> None:
        self.name = path.name
        try:
            declared = declared_directory(path)
            if declared and (declared[0] > MAX_ENTRIES or declared[1] > MAX_DIRECTORY_BYTES):
                raise ArchiveError(self.name, "zip_bomb", f"{declared[0]} entries declared")
            self._zip = zipfile.ZipFile(path)
        except _ZIP_FAILURES as error:
            # A ZIP that starts like one but has no readable directory was cut short.
            key = "truncated" if head.startswith(b"PK\x03\x04") else "not_an_archive"
            raise ArchiveError(self.name, key, str(error)) from None
        try:
            self._entries = self._validate(self._zip.infolist())
        except BaseException:
            self._zip.close()
            raise

    def _validate(self, infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > MAX_ENTRIES:
            raise ArchiveError(self.name, "zip_bomb", f"{len(infos)} entries")
        entries: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in infos:
            name = info.filename.replace("\\", "/")
            _check_entry(info, name, self.name)
            if name.endswith("/"):
                continue
            total += info.file_size
            entries.setdefault(name, info)  # a repeated name: the first one counts
        if total > MAX_TOTAL_BYTES:
            raise ArchiveError(self.name, "zip_bomb", f"{total} bytes uncompressed")
        return entries

    def files(self) -> list[str]:
        return sorted(self._entries)

    def read_bytes(self, path: str, check: Callable[[], None] | None = None) -> bytes:
        info = self._entries[path]
        shown = self.display(path)
        if info.file_size > MAX_FILE_BYTES:
            raise ArchiveError(shown, "too_large", f"{info.file_size} bytes")
        # bzip2 and LZMA decompress without an output bound in zipfile; exports never use them.
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ArchiveError(shown, "corrupt", f"compression method {info.compress_type}")
        try:
            with self._zip.open(info) as handle:
                return read_capped(handle, info.file_size, shown, check)
        except _ZIP_FAILURES as error:
            text = str(error) or type(error).__name__
            if "overlap" in text.lower():  # entries sharing data: the "overlapping" bomb
                raise ArchiveError(shown, "zip_bomb", text) from None
            key = "truncated" if isinstance(error, EOFError) else "corrupt"
            raise ArchiveError(shown, key, text) from None

    def modified(self, path: str) -> datetime | None:
        # ZIP times carry no zone; taken as UTC, which is at most a day off.
        try:
            return datetime(*self._entries[path].date_time, tzinfo=UTC)
        except ValueError:
            return None

    def close(self) -> None:
        self._zip.close()
