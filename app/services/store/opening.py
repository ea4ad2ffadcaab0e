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
        return _derived_up_to_date(path, clock, QuickReader(path), None)
    database = open_database(path, clock)
    return _derived_up_to_date(path, clock, QuickReader(path), database)


def _derived_up_to_date(
    path: Path, clock: Clock, reader: QuickReader, database: Database | None
) -> tuple[QuickReader, Database | None]:
    """Finish what an earlier run left behind (a refresh killed after an import's commit, see
    app/services/store/derived.py): a few cheap queries when all is well, a recompute only when
    something is behind. Never a reason not to start: a failure is logged, tried next time."""
    import logging

    from app.services.store.derived import repair_derived, stale_derived

    try:
        if stale_derived(reader, clock.today()):
            database = database or open_database(path, clock)
            repair_derived(database, reader, clock)
    except Exception as error:
        from app.storage.errors import classify

        log = logging.getLogger(__name__)
        known = classify(error, path)
        if known is None:
            log.exception("bringing derived data up to date failed")
        else:  # the file itself is the problem: the pages say so when they read it
            log.warning("derived data not brought up to date: %s", known)
    return reader, database


def open_database(path: Path, clock: Clock) -> Database:
    """The SQLAlchemy door; ``clock`` stamps a new file and names the backup before an upgrade."""
    # Imported here: SQLAlchemy takes ~0.2 s to load, which reads never wait for.
    from app.storage.database import Database

    return Database.open(path, clock.now())
