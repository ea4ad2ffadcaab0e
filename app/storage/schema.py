"""The schema revision this build of OwnVoice writes, and a cheap read of a file's revision.

Reading the revision uses only the standard library on a read-only connection, so start-up
needs neither SQLAlchemy nor Alembic to learn whether a migration is due, and a file from a newer
OwnVoice is never written to.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Final

from app.storage.errors import NotOwnVoiceDatabaseError, classify

# The newest Alembic revision in migrations/versions. A test keeps the two in step.
SCHEMA_HEAD: Final = "0012"

VERSION_TABLE: Final = "alembic_version"


def read_revision(path: Path) -> str | None:
    """The stored revision, or None for a file with no tables at all (a new database).

    Raises a ``StorageError`` for a file that cannot be read or is not ours.
    """
    try:
        con = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise classify(error, path) or error from error
    try:
        return revision_in(con, path)
    finally:
        con.close()


def revision_in(con: sqlite3.Connection, path: Path) -> str | None:
    """``read_revision`` over an open connection to ``path``."""
    try:
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        if not tables:
            return None
        if VERSION_TABLE not in tables:
            raise NotOwnVoiceDatabaseError(path)
        row = con.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
        if row is None:
            raise NotOwnVoiceDatabaseError(path)
        return str(row[0])
    except sqlite3.Error as error:
        raise classify(error, path) or error from error
