"""Exercises a person received from a coach, and the day they marked each one done."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.exchange.exercises import Exercise

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Assigned:
    exercise: Exercise
    coach: str
    marked_on: date | None  # the day the person said "Done", if they did


def add_received(
    session: Session, coach: str, exercises: Iterable[Exercise], imported_at: str
) -> int:
    """Store the new ones (one already here by its id keeps its state); how many were new."""
    # Not at import: Today reads exercises with sqlite3 alone, before SQLAlchemy is loaded.
    from sqlalchemy import insert

    from app.storage.models import ExerciseRow

    rows = [
        {"id": e.id, "coach": coach, "assigned": e.assigned, "due": e.due, "title": e.title,
         "text": e.text, "counts": e.counts, "target": e.target, "library": e.library,
         "done_on": None, "imported_at": imported_at}
        for e in exercises
    ]  # fmt: skip
    if not rows:
        return 0
    before = session.query(ExerciseRow).count()
    session.execute(insert(ExerciseRow).prefix_with("OR IGNORE"), rows)
    return session.query(ExerciseRow).count() - before


def mark(session: Session, exercise_id: str, day: date | None) -> None:
    """Done on ``day``, or open again with None."""
    from app.storage.models import ExerciseRow  # not at import: see add_received

    row = session.get(ExerciseRow, exercise_id)
    if row is not None:
        row.done_on = day


def read_assigned(con: sqlite3.Connection) -> list[Assigned]:
    return [
        Assigned(
            Exercise(
                id_,
                date.fromisoformat(assigned),
                date.fromisoformat(due),
                title,
                text,
                counts,
                int(target),
                library,
            ),
            coach,
            date.fromisoformat(done_on) if done_on else None,
        )
        for id_, coach, assigned, due, title, text, counts, target, library, done_on in (
            con.execute(
                "SELECT id, coach, assigned, due, title, text, counts, target, library, done_on "
                "FROM exercise_received ORDER BY due, assigned, id"
            )
        )
    ]
