"""Environment errors of the local store, told apart from bugs, each with a plain message.

A ``StorageError`` is never our bug: the disk is full, the file is locked or damaged, or it was
written by a newer OwnVoice. Each carries an English ``template`` marked for translation (context
"Errors") and its ``args``, so the UI can show it in the person's language; ``str()`` is English
for the command line and the log. Anything else is a bug and goes to the crash report.
"""

from __future__ import annotations

import errno
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
        "folder beside it, or move the file away to start afresh.",
    )


class LockedDatabaseError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is in use by another program (perhaps OwnVoice is already open). "
        "Close it and try again.",
    )


class DiskFullError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The disk holding {path} is full. Free some space and try again."
    )


class ReadOnlyError(StorageError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "OwnVoice may not write to {path}. Check the folder's permissions, "
        "or choose another data folder with --data-dir.",
    )


def classify(error: BaseException, path: Path) -> StorageError | None:
    """The ``StorageError`` a low-level sqlite3 or OS error stands for, or None if it is a bug."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return DiskFullError(path)
        if error.errno in (errno.EPERM, errno.EACCES, errno.EROFS):
            return ReadOnlyError(path)
        return None
    import sqlite3  # here, not at the top: the first frame does not need it

    if not isinstance(error, sqlite3.Error):
        return None
    text = str(error).lower()
    if "full" in text:
        return DiskFullError(path)
    if "locked" in text or "busy" in text:
        return LockedDatabaseError(path)
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return ReadOnlyError(path)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return CorruptDatabaseError(path, detail=str(error))
    return None
