"""Opening the local store: the quick read-only door at once, SQLAlchemy only when needed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.storage.database import Database
    from app.storage.quick import QuickReader


def prepare_store(path: Path, clock: Clock) -> tuple[QuickReader, Database | None]:
    """A reader at once when the file is current; a new or older file is set up fully first
    (created, or migrated after a backup), and that ``Database`` is returned too."""
    from app.storage.quick import QuickReader  # sqlite3 loads after the first frame
    from app.storage.schema import SCHEMA_HEAD, read_revision

    if path.exists() and path.stat().st_size > 0 and read_revision(path) == SCHEMA_HEAD:
        return QuickReader(path), None
    database = open_database(path, clock)
    return QuickReader(path), database


def open_database(path: Path, clock: Clock) -> Database:
    """The SQLAlchemy door; ``clock`` stamps a new file and names the backup before an upgrade."""
    # Imported here: SQLAlchemy takes ~0.2 s to load, which reads never wait for.
    from app.storage.database import Database

    return Database.open(path, clock.now())
