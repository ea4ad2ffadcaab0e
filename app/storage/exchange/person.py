"""The person's stable random id, made once per data folder and kept in ``meta``.

A coach tells progress files apart by it (two people may share a name; one person may rename
themselves), and a feedback file says by it whom it is for.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy loads only for a write: read_person_id is plain SQL
    from sqlalchemy.orm import Session

PERSON_ID = "person_id"


def read_person_id(con: sqlite3.Connection) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", (PERSON_ID,)).fetchone()
    return None if row is None else str(row[0])


def ensure_person_id(session: Session) -> str:
    """The id, made now if this folder has none yet (in the caller's transaction)."""
    import uuid

    from app.storage.models import MetaRow

    row = session.get(MetaRow, PERSON_ID)
    if row is not None:
        return row.value
    made = uuid.uuid4().hex
    session.add(MetaRow(key=PERSON_ID, value=made))
    return made
