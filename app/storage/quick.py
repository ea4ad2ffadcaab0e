"""Fast read-only queries over the standard library's sqlite3, for what the first screen shows.

SQLAlchemy takes ~0.2 s to import on a small laptop, longer than the whole window takes to
appear. What a page shows first is therefore read through this light door to the same file
(a read-only connection); the SQLAlchemy ``Database`` opens right after, in the background, for
everything else. Every query here is run against a freshly migrated database by the tests.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.storage.errors import classify
from app.storage.schema import VERSION_TABLE


@dataclass(frozen=True)
class StoreFacts:
    size_bytes: int
    revision: str
    created_at: str  # ISO 8601, UTC


class QuickReader:
    """Read-only access; use from one thread at a time (the serial worker)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._con = sqlite3.connect(
                f"{path.absolute().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            self._con.execute("PRAGMA query_only = ON")
        except sqlite3.Error as error:
            raise classify(error, path) or error from error

    def facts(self) -> StoreFacts:
        revision = self._scalar(f"SELECT version_num FROM {VERSION_TABLE}")
        created = self._scalar("SELECT value FROM meta WHERE key = 'created_at'")
        size = sum(
            p.stat().st_size
            for p in (self.path, self.path.with_name(self.path.name + "-wal"))
            if p.exists()
        )
        return StoreFacts(size, str(revision or ""), str(created or ""))

    @property
    def connection(self) -> sqlite3.Connection:
        """For the read functions of app/storage/<feature>/read.py (plain SQL, read-only)."""
        return self._con

    def _scalar(self, sql: str, *params: object) -> object:
        row = self._con.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def close(self) -> None:
        self._con.close()
