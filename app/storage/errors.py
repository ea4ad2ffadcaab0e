"""Environment errors of the local store, told apart from bugs, each with a plain message.

A ``StorageError`` is never our bug: the disk is full or failing, the file is locked, damaged,
read-only or in the wrong place, or it was written by a newer OwnVoice. Each carries an English
``template`` marked for translation (context "Errors") and its ``args``, so the UI can show it in
the person's language; ``str()`` is English for the command line and the log. Every template is
one line that says what to do. Anything else is a bug and goes to the crash report.
"""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from app.domain.i18n import QT_TRANSLATE_NOOP


class StorageError(Exception):
    """A problem with the data folder that the person, not a developer, has to solve."""

    template = QT_TRANSLATE_NOOP("Errors", "OwnVoice cannot use {path}.")

    def __init__(self, path: Path, **args: str) -> None:
        self.args_map = {"path": str(path), **args}
        super().__init__(self.template.format(**self.args_map))


class NewerSchemaError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} was saved by a newer version of OwnVoice (database revision {revision}). "
        "Update OwnVoice to open it; the file has been left as it is.",
    )


class NotOwnVoiceDatabaseError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not an OwnVoice database. "
        "Move it away, or choose another data folder with --data-dir.",
    )


class CorruptDatabaseError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is damaged and cannot be read ({detail}). Restore a copy from the backups "
        "folder beside it (ownvoice doctor names the newest), or move the file away to start "
        "afresh.",
    )


class NotADatabaseError(CorruptDatabaseError):
    """The file's first page is not SQLite's: overwritten, truncated or not a database at all."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is damaged or is not a database file at all. Restore a copy from the backups "
        "folder beside it (ownvoice doctor names the newest), or move the file away to start "
        "afresh.",
    )


class LockedDatabaseError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is in use by another program: another OwnVoice is writing to it and did not "
        "finish in time. Try again in a moment, or close the other OwnVoice.",
    )


class DiskFullError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk holding {path} is full, so the last change was not saved. "
        "Free some space and try again.",
    )


class DiskIOError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk could not read or write {path} (a disk I/O error). Check that the disk is "
        "connected and healthy, then run ownvoice doctor.",
    )


class ReadOnlyError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "OwnVoice may not write to {path}: it is read-only. Make it writable for you "
        "(ownvoice doctor --repair does this), or choose another data folder with --data-dir.",
    )


class FolderPermissionError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "OwnVoice may not open the folder {path} (permission denied). Give it back to you "
        "(ownvoice doctor --repair does this), or choose another data folder with --data-dir.",
    )


class DataDirIsFileError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a file, but OwnVoice keeps its data in a folder there. Move the file away, "
        "or choose another data folder with --data-dir.",
    )


class DatabaseIsFolderError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a folder, but OwnVoice keeps its database in a file there. Move the folder "
        "away, or choose another data folder with --data-dir.",
    )


class MigrationFailedError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "OwnVoice could not upgrade {path} to this version ({detail}); the file was left as it "
        "was. A copy from before the upgrade is {backup}; ownvoice doctor names it too.",
    )


# SQLite's primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN = 10, 11, 13, 14
_SQLITE_NOTADB = 26

# Less free space than this on the disk holding the store, and an I/O error means a full disk.
NEARLY_FULL_BYTES = 1024 * 1024


def one_line(error: BaseException, limit: int = 200) -> str:
    """An error's text as one short line, for a ``{detail}``."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def classify(error: BaseException, path: Path) -> StorageError | None:
    """The ``StorageError`` a low-level sqlite3, SQLAlchemy or OS error stands for (``path`` is
    the file or folder it was about), or None if it is a bug."""
    if isinstance(error, StorageError):
        return error
    original = getattr(error, "orig", None)  # SQLAlchemy's DBAPIError wraps sqlite3's error
    if isinstance(original, BaseException):
        error = original
    if isinstance(error, OSError):
        return _classify_os(error, path)
    import sqlite3  # here, not at the top: the first frame does not need it

    if not isinstance(error, sqlite3.Error):
        return None
    code = getattr(error, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else _code_from_text(str(error).lower())
    if primary is not None and _is_folder(path):
        return DatabaseIsFolderError(path)  # SQLite calls reading a folder an I/O error
    if primary == _SQLITE_FULL:
        return DiskFullError(path)
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return LockedDatabaseError(path)
    if primary == _SQLITE_IOERR:
        # SQLite reports a full disk as an I/O error when it is the -shm file that cannot grow.
        return DiskFullError(path) if _nearly_full(path) else DiskIOError(path)
    if primary in (_SQLITE_READONLY, _SQLITE_PERM):
        return ReadOnlyError(path)
    if primary == _SQLITE_NOTADB:
        return NotADatabaseError(path)
    if primary == _SQLITE_CORRUPT:
        return CorruptDatabaseError(path, detail=one_line(error))
    if primary == _SQLITE_CANTOPEN:
        return _cannot_open(path)
    return None


def _code_from_text(text: str) -> int | None:
    for needle, code in (
        ("full", _SQLITE_FULL),
        ("locked", _SQLITE_BUSY),
        ("busy", _SQLITE_BUSY),
        ("i/o error", _SQLITE_IOERR),
        ("readonly", _SQLITE_READONLY),
        ("read-only", _SQLITE_READONLY),
        ("not a database", _SQLITE_NOTADB),
        ("malformed", _SQLITE_CORRUPT),
        ("corrupt", _SQLITE_CORRUPT),
        ("unable to open", _SQLITE_CANTOPEN),
    ):
        if needle in text:
            return code
    return None


def _classify_os(error: OSError, path: Path) -> StorageError | None:
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return DiskFullError(path)
    if code == errno.EIO:
        return DiskIOError(path)
    if code == errno.EROFS:
        return ReadOnlyError(path)
    if code in (errno.EPERM, errno.EACCES):
        return FolderPermissionError(path) if _is_folder(path) else _cannot_open(path)
    if code == errno.EISDIR:
        return DatabaseIsFolderError(path)
    if code in (errno.ENOTDIR, errno.EEXIST):
        blocker = file_in_the_way(path, including_itself=True)
        return DataDirIsFileError(blocker) if blocker is not None else None
    return None


def _cannot_open(path: Path) -> StorageError:
    """Why SQLite could not open the database file ``path``: a folder in its place, a file in
    the way of its folder, a folder we may not enter, or a file we may not write."""
    if _is_folder(path):
        return DatabaseIsFolderError(path)
    blocker = file_in_the_way(path)
    if blocker is not None:
        return DataDirIsFileError(blocker)
    for folder in path.parents:
        if _is_folder(folder) and lacks_owner_access(folder):
            return FolderPermissionError(folder)
    return ReadOnlyError(path)


def _nearly_full(path: Path) -> bool:
    import shutil

    for folder in path.parents:
        try:
            return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
        except OSError:
            continue
    return False


def _is_folder(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def file_in_the_way(path: Path, *, including_itself: bool = False) -> Path | None:
    """The ancestor of ``path`` nearest the root that is a file (or ``path`` itself, when it
    should be a folder), if any."""
    candidates: list[Path] = [*reversed(path.parents)] + ([path] if including_itself else [])
    for folder in candidates:
        try:
            if folder.exists() and not folder.is_dir():
                return folder
        except OSError:
            return None
    return None


def lacks_owner_access(folder: Path) -> bool:
    """True when ``folder`` is ours but its mode keeps us out (such as 000), or when we may not
    read, write and enter it at all. By mode bits first, so that it holds for root too."""
    import os
    import stat

    try:
        info = folder.stat()
    except OSError:
        return True
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if mine and sys.platform != "win32" and (info.st_mode & stat.S_IRWXU) != stat.S_IRWXU:
        return True
    return not os.access(folder, os.R_OK | os.W_OK | os.X_OK)
