"""What a person received from coaches, read over plain sqlite3 (the first screen shows it)."""

from __future__ import annotations

import sqlite3
from datetime import date

from app.domain.exchange.model import FeedbackEntry, FeedbackKind, Received

_KINDS = {k.value for k in FeedbackKind}


def read_received(con: sqlite3.Connection) -> list[Received]:
    return [
        Received(FeedbackEntry(id_, date.fromisoformat(day), FeedbackKind(kind), text), coach)
        for id_, coach, day, kind, text in con.execute(
            "SELECT id, coach, day, kind, text FROM feedback_received ORDER BY day, id"
        )
        if kind in _KINDS
    ]
