"""A coach's own notes about a person (private: never in any file) and what they wrote back."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.storage.exchange import feedback as store

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader

Note = store.Note
Written = store.Written


def notes(reader: QuickReader, person_id: str) -> list[Note]:
    return store.read_notes(reader.connection, person_id)


def add_note(db: Database, person_id: str, day: date, text: str) -> None:
    with db.session() as session:
        store.add_note(session, person_id, day, text.strip())


def remove_note(db: Database, note_id: int) -> None:
    with db.session() as session:
        store.remove_note(session, note_id)


def written(reader: QuickReader, person_id: str) -> list[Written]:
    return store.read_written(reader.connection, person_id)


def remove_written(db: Database, entry_id: str) -> None:
    """Take back an entry not yet sent (one already in a file stays: the person may have it)."""
    with db.session() as session:
        store.remove_written(session, entry_id)
