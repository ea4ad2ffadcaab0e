"""Which kind of source an archive path is: a folder, a ZIP, or one plain file."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from app.services.archives.folder import FolderSource, SingleFileSource
from app.services.archives.model import ArchiveError
from app.services.archives.safe_zip import ZipSource
from app.services.archives.source import ArchiveSource


def open_source(path: str | os.PathLike[str]) -> ArchiveSource:
    """A ZIP file, a folder, or one plain file, behind the same interface."""
    target = Path(path)
    name = target.name or str(target)
    try:
        if target.is_dir():
            return FolderSource(target)
        if not target.is_file():
            raise ArchiveError(name, "unreadable", "no such file or folder")
        with target.open("rb") as handle:
            head = handle.read(4)
        looks_zipped = head.startswith(b"PK") or target.suffix.lower() == ".zip"
        if looks_zipped or zipfile.is_zipfile(target):
            return ZipSource(target, head)
    except OSError as error:
        raise ArchiveError(name, "unreadable", error.strerror or type(error).__name__) from None
    return SingleFileSource(target)
