"""An archive on disk as it is: an extracted folder, or one plain file seen as a folder of one."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.archives.model import ArchiveError
from app.services.archives.source import (
    MAX_FILE_BYTES,
    MAX_FOLDER_FILES,
    ArchiveSource,
    read_capped,
)

if TYPE_CHECKING:
    from collections.abc import Callable


class FolderSource(ArchiveSource):
    """An extracted archive. Symbolic links are never followed, so nothing outside is read."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.name = root.name or str(root)
        self._files = self._walk()

    def _walk(self) -> list[str]:
        found: list[str] = []
        pending = [""]
        while pending:
            relative = pending.pop()
            try:
                with os.scandir(self.root / relative) as entries:
                    for entry in entries:
                        if entry.is_symlink():
                            continue
                        if entry.is_dir(follow_symlinks=False):
                            pending.append(f"{relative}{entry.name}/")
                        elif entry.is_file(follow_symlinks=False):
                            found.append(f"{relative}{entry.name}")
            except OSError as error:
                raise ArchiveError(self.name, "unreadable", error.strerror or "") from None
            if len(found) > MAX_FOLDER_FILES:
                raise ArchiveError(self.name, "too_large", f"more than {MAX_FOLDER_FILES} files")
        return sorted(found)

    def files(self) -> list[str]:
        return list(self._files)

    def _path(self, path: str) -> Path:
        return self.root / path

    def modified(self, path: str) -> datetime | None:
        try:
            return datetime.fromtimestamp(self._path(path).stat().st_mtime, UTC)
        except (OSError, ValueError, OverflowError):
            return None

    def read_bytes(self, path: str, check: Callable[[], None] | None = None) -> bytes:
        shown = self.display(path)
        try:
            with self._path(path).open("rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > MAX_FILE_BYTES:
                    raise ArchiveError(shown, "too_large", f"{size} bytes")
                return read_capped(handle, MAX_FILE_BYTES, shown, check)
        except OSError as error:
            raise ArchiveError(shown, "unreadable", error.strerror or "") from None


class SingleFileSource(FolderSource):
    """One plain file (say Shares.csv or outbox.json on its own), seen as a folder of one."""

    single_file = True

    def __init__(self, path: Path) -> None:
        self.root = path
        self.name = path.name
        self._files = [path.name]

    def _path(self, path: str) -> Path:
        return self.root
