"""Health checks of the data folder, database and keychain, without changing anything."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from enum import Enum

from app import __version__
from app.services.secrets import SecretStore
from app.storage import migrator
from app.storage.errors import StorageError
from app.storage.paths import AppPaths
from app.storage.schema import SCHEMA_HEAD, read_revision


class Level(Enum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Check:
    name: str
    level: Level
    detail: str


def run_checks(paths: AppPaths, secrets: SecretStore) -> list[Check]:
    return [
        Check("version", Level.OK, __version__),
        _data_folder(paths),
        *_database(paths),
        _keychain(secrets),
    ]


def _data_folder(paths: AppPaths) -> Check:
    folder = paths.data_dir
    where = f"{folder} ({paths.origin.value})"
    if not folder.exists():
        return Check("data folder", Level.OK, f"{where}; created when OwnVoice first starts")
    if not folder.is_dir():
        return Check("data folder", Level.ERROR, f"{folder} exists but is not a folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        return Check("data folder", Level.ERROR, f"{folder} is not writable by you")
    return Check("data folder", Level.OK, where)


def _database(paths: AppPaths) -> list[Check]:
    db = paths.db_path
    if not db.exists():
        return [Check("database", Level.OK, "none yet; created when OwnVoice first starts")]
    try:
        stored = read_revision(db)
    except StorageError as error:
        return [Check("database", Level.ERROR, str(error))]
    if stored is None:
        return [Check("database", Level.OK, "empty; set up when OwnVoice next starts")]
    return [_revision_check(db, stored), _integrity_check(db)]


def _revision_check(db: os.PathLike[str], stored: str) -> Check:
    if stored == SCHEMA_HEAD:
        return Check("schema revision", Level.OK, stored)
    if stored in migrator.known_revisions():
        return Check(
            "schema revision",
            Level.WARNING,
            f"{stored}; upgraded to {SCHEMA_HEAD} (after a backup) when OwnVoice next starts",
        )
    return Check(
        "schema revision",
        Level.ERROR,
        f"{stored} is from a newer OwnVoice than {__version__}; update OwnVoice to open {db}",
    )


def _integrity_check(db: os.PathLike[str]) -> Check:
    try:
        con = sqlite3.connect(f"file:{os.fspath(db)}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
    except sqlite3.Error as error:
        return Check("integrity", Level.ERROR, f"{db}: {error}")
    if rows == ["ok"]:
        return Check("integrity", Level.OK, "ok")
    return Check("integrity", Level.ERROR, "; ".join(rows[:5]))


def _keychain(secrets: SecretStore) -> Check:
    status = secrets.status()
    if status.in_keychain:
        return Check("keychain", Level.OK, status.backend)
    return Check(
        "keychain",
        Level.WARNING,
        f"no usable system keychain ({status.backend}); passwords are kept in memory only",
    )
