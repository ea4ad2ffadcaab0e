"""Health checks of the data folder, database and keychain, without changing anything.

Every problem is a failed check, never a crash: a check that cannot even look (a folder it may
not enter, a database that is a folder) reports that as its finding. ``doctor --repair`` makes
the only changes: ``repair_modes`` and ``repair_derived_data``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.services.system.secrets import SecretStore
from app.storage import migrator
from app.storage.errors import (
    DatabaseIsFolderError,
    DataDirIsFileError,
    FolderPermissionError,
    StorageError,
    classify,
    file_in_the_way,
    lacks_owner_access,
    one_line,
)
from app.storage.paths import AppPaths, mode_problems, repair_mode
from app.storage.schema import SCHEMA_HEAD, revision_in

if TYPE_CHECKING:
    from app.services.clock import Clock


class Level(Enum):
    OK = "ok"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Check:
    name: str
    level: Level
    detail: str


def run_checks(paths: AppPaths, secrets: SecretStore, today: date) -> list[Check]:
    return [
        Check("version", Level.OK, __version__),
        *_guarded("data folder", paths.data_dir, lambda: [_data_folder(paths)]),
        *_guarded("modes", paths.data_dir, lambda: _modes(paths)),
        *_guarded("database", paths.db_path, lambda: _database(paths, today)),
        *_guarded("backups", paths.backups_dir, lambda: [_backups(paths)]),
        *_guarded("keychain", paths.data_dir, lambda: [_keychain(secrets)]),
        *_guarded("spelling", paths.data_dir, _language_tools),
    ]


def _language_tools() -> list[Check]:
    """Which languages have spelling and word forms (Voikko, Hunspell), and what to install
    for the rest: OwnVoice works without them, so a missing one is a warning."""
    from app.services.language_tools import availability

    found = availability()
    spelling = [a.language for a in found if a.spelling]
    forms = [a.language for a in found if a.word_forms]
    missing = [a for a in found if not a.spelling]
    detail = f"spelling: {', '.join(spelling) or 'none'}; word forms: {', '.join(forms) or 'none'}"
    if not missing:
        return [Check("spelling", Level.OK, detail)]
    install = " ".join(a.packages for a in missing)
    languages = ", ".join(a.language for a in missing)
    detail += f"; no spelling for {languages} (on Debian or Ubuntu: apt-get install {install})"
    return [Check("spelling", Level.WARNING, detail)]


def _guarded(name: str, about: Path, check: Callable[[], list[Check]]) -> list[Check]:
    """The check's findings; whatever stops it from looking is its finding, in one line."""
    try:
        return check()
    except Exception as error:  # doctor reports every failure as a check, never crashes
        known = classify(error, about)
        detail = str(known) if known is not None else f"{type(error).__name__}: {one_line(error)}"
        return [Check(name, Level.ERROR, detail)]


def _data_folder(paths: AppPaths) -> Check:
    folder = paths.data_dir
    where = f"{folder} ({paths.origin.value})"
    blocker = file_in_the_way(folder, including_itself=True)
    if blocker is not None:
        return Check("data folder", Level.ERROR, str(DataDirIsFileError(blocker)))
    if not folder.exists():
        return Check("data folder", Level.OK, f"{where}; created when OwnVoice first starts")
    if lacks_owner_access(folder):
        return Check("data folder", Level.ERROR, str(FolderPermissionError(folder)))
    return Check("data folder", Level.OK, where)


def _modes(paths: AppPaths) -> list[Check]:
    """Folders 0700 and files 0600: nobody else may read the person's data."""
    problems = mode_problems(paths.data_dir)
    if not problems:
        if not paths.data_dir.is_dir():
            return []
        return [Check("modes", Level.OK, "folders 0700, files 0600")]
    level = Level.ERROR if any(p.blocking for p in problems) else Level.WARNING
    listed = "; ".join(p.describe() for p in problems[:5])
    more = f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
    return [Check("modes", level, f"{listed}{more}; ownvoice doctor --repair sets them")]


def repair_modes(paths: AppPaths) -> list[str]:
    """Give every folder in the data folder mode 0700 and every file 0600; what was changed,
    one line each (a change that failed says so)."""
    changed = []
    for problem in mode_problems(paths.data_dir):
        try:
            repair_mode(problem)
        except OSError as error:
            changed.append(f"could not change {problem.describe()}: {error.strerror or error}")
        else:
            changed.append(f"{problem.path}: {problem.mode:04o} -> {problem.wanted:04o}")
    return changed


def _database(paths: AppPaths, today: date) -> list[Check]:
    db = paths.db_path
    if not db.exists():
        return [Check("database", Level.OK, "none yet; created when OwnVoice first starts")]
    if db.is_dir():
        return [Check("database", Level.ERROR, str(DatabaseIsFolderError(db)))]
    try:
        con = _connect(db)
    except sqlite3.Error as error:
        raise classify(error, db) or error from error
    try:
        try:
            stored = revision_in(con, db)
        except StorageError as error:
            return [Check("database", Level.ERROR, str(error))]
        if stored is None:
            return [Check("database", Level.OK, "empty; set up when OwnVoice next starts")]
        checks = [_revision_check(db, stored), _integrity_check(con, db)]
        if stored == SCHEMA_HEAD and checks[1].level is Level.OK:
            checks.append(_derived_check(con, today))
        return checks
    finally:
        con.close()


def _derived_check(con: sqlite3.Connection, today: date) -> Check:
    """Weekly stages, milestones and the voice profile follow the stored facts; after a crash
    between an import and its refresh they lag until the next start (or ``--repair``)."""
    from app.services.store.derived import stale_derived_in

    behind = stale_derived_in(con, today)
    if not behind:
        return Check("derived data", Level.OK, "journey and voice profile up to date")
    reasons = " ".join(behind)
    return Check(
        "derived data",
        Level.WARNING,
        f"{reasons} OwnVoice brings it up to date when it next starts; "
        "ownvoice doctor --repair does it now",
    )


def repair_derived_data(paths: AppPaths, clock: Clock) -> list[str]:
    """Bring the journey and the voice profile up to date now (``doctor --repair``): what was
    done, one line each. Nothing when there is no current database to repair."""
    from app.services.store import open_database
    from app.services.store.derived import repair_derived
    from app.storage.quick import QuickReader
    from app.storage.schema import read_revision

    db = paths.db_path
    if not db.is_file() or db.stat().st_size == 0 or read_revision(db) != SCHEMA_HEAD:
        return []
    database = open_database(db, clock)
    reader = QuickReader(db)
    try:
        done = repair_derived(database, reader, clock)
    finally:
        reader.close()
        database.close()
    return [f"brought up to date: {reason}" for reason in done.repaired] + [
        f"could not bring up to date (see the log): {reason}" for reason in done.failed
    ]


def _connect(db: Path) -> sqlite3.Connection:
    """A connection that only reads. Not ``mode=ro``: a read-only connection cannot remove the
    ``-wal`` and ``-shm`` files it makes, and doctor leaves nothing behind. As the last one
    to close, this one removes them (SQLite's WAL rules); ``query_only`` keeps it from
    writing anything else."""
    con = sqlite3.connect(f"{db.absolute().as_uri()}?mode=rw", uri=True)
    con.execute("PRAGMA query_only = ON")
    return con


def _backups(paths: AppPaths) -> Check:
    """Names the newest copy taken before an upgrade: the one to restore a damaged file from."""
    copies = sorted(paths.backups_dir.glob("*.db"), key=lambda p: (p.stat().st_mtime, p.name))
    if not copies:
        return Check("backups", Level.OK, "none yet; one is made before each upgrade")
    return Check("backups", Level.OK, f"newest: {copies[-1]} ({len(copies)} in all)")


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


def _integrity_check(con: sqlite3.Connection, db: Path) -> Check:
    try:
        rows = [str(r[0]) for r in con.execute("PRAGMA integrity_check")]
    except sqlite3.Error as error:
        known = classify(error, db)
        return Check("integrity", Level.ERROR, str(known) if known else f"{db}: {error}")
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
