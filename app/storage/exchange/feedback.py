"""Feedback and recognition: received by a person, and written by a coach for their people."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.exchange.draft_talk import BadDraftTalkError, comment_from_json, comment_to_json
from app.domain.exchange.examples import BadExampleError, ask_from_json, ask_to_json
from app.domain.exchange.exercise_codec import (
    BadExerciseError,
    exercise_from_json,
    exercise_to_json,
)
from app.domain.exchange.goal_talk import BadGoalError, proposal_from_json, proposal_to_json
from app.domain.exchange.model import FeedbackEntry, FeedbackKind

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def add_received(
    session: Session, coach: str, entries: Iterable[FeedbackEntry], imported_at: str
) -> int:
    """Store what is new (an entry already here by its id is left as it is); how many were new.
    Exercises, goal proposals and draft comments are kept apart (exercises.py, goal_talk.py,
    draft_talk.py here)."""
    # Not at import: the quick readers (Today) run with sqlite3 alone, before SQLAlchemy.
    from sqlalchemy import insert

    from app.storage.models import FeedbackReceivedRow

    rows = [
        {"id": e.id, "coach": coach, "day": e.day, "kind": str(e.kind), "text": e.text,
         "imported_at": imported_at}
        for e in entries
        if e.exercise is None and e.goal is None and e.comment is None and e.share is None
    ]  # fmt: skip
    if not rows:
        return 0
    before = session.query(FeedbackReceivedRow).count()
    session.execute(insert(FeedbackReceivedRow).prefix_with("OR IGNORE"), rows)
    return session.query(FeedbackReceivedRow).count() - before


# -- the coach's side --------------------------------------------------------------------------


@dataclass(frozen=True)
class Written:
    """Feedback a coach wrote for a person; ``exported_at`` is None until it was sent."""

    entry: FeedbackEntry
    person_id: str
    person_name: str
    exported_at: str | None


@dataclass(frozen=True)
class Note:
    id: int
    person_id: str
    day: date
    text: str


def add_written(session: Session, person_id: str, person_name: str, entry: FeedbackEntry) -> None:
    # Not at import: the quick readers (Today) run with sqlite3 alone, before SQLAlchemy.
    from app.storage.models import CoachFeedbackRow

    session.add(
        CoachFeedbackRow(
            id=entry.id, person_id=person_id, person_name=person_name, day=entry.day,
            kind=str(entry.kind), text=entry.text, exported_at=None,
            exercise=json.dumps(exercise_to_json(entry.exercise)) if entry.exercise else None,
            goal=json.dumps(proposal_to_json(entry.goal)) if entry.goal else None,
            comment=json.dumps(comment_to_json(entry.comment)) if entry.comment else None,
            share=json.dumps(ask_to_json(entry.share)) if entry.share else None,
        )
    )  # fmt: skip


def remove_written(session: Session, entry_id: str) -> None:
    # Not at import: the quick readers (Today) run with sqlite3 alone, before SQLAlchemy.
    from app.storage.models import CoachFeedbackRow

    row = session.get(CoachFeedbackRow, entry_id)
    if row is not None and row.exported_at is None:
        session.delete(row)


def mark_exported(session: Session, entry_ids: Iterable[str], at: str) -> None:
    # Not at import: the quick readers (Today) run with sqlite3 alone, before SQLAlchemy.
    from sqlalchemy import update

    from app.storage.models import CoachFeedbackRow

    ids = list(entry_ids)
    if ids:
        session.execute(
            update(CoachFeedbackRow).where(CoachFeedbackRow.id.in_(ids)).values(exported_at=at)
        )


def read_written(con: sqlite3.Connection, person_id: str | None = None) -> list[Written]:
    sql = (
        "SELECT id, person_id, person_name, day, kind, text, exported_at, exercise, goal, "
        "comment, share "
        "FROM coach_feedback"
    )
    params: tuple[str, ...] = ()
    if person_id is not None:
        sql += " WHERE person_id = ?"
        params = (person_id,)
    kinds = {k.value for k in FeedbackKind}
    out = []
    for id_, pid, name, day, kind, text, exported, exercise, goal, comment, share in con.execute(
        sql + " ORDER BY day, id", params
    ):
        if kind not in kinds or (kind == FeedbackKind.EXERCISE) != (exercise is not None):
            continue
        if (kind == FeedbackKind.GOAL) != (goal is not None):
            continue
        if (kind == FeedbackKind.DRAFT_COMMENT) != (comment is not None):
            continue
        if (kind == FeedbackKind.SHARE_ASK) != (share is not None):
            continue
        try:
            made = exercise_from_json(id_, json.loads(exercise)) if exercise else None
            proposal = proposal_from_json(id_, json.loads(goal)) if goal else None
            remark = comment_from_json(json.loads(comment)) if comment else None
            ask = ask_from_json(id_, json.loads(share)) if share else None
        except (BadExerciseError, BadGoalError, BadDraftTalkError, BadExampleError, ValueError,
                KeyError, TypeError):  # fmt: skip
            continue
        entry = FeedbackEntry(
            id_, date.fromisoformat(day), FeedbackKind(kind), text, made, proposal, remark, ask
        )
        out.append(Written(entry, pid, name, exported))
    return out


def add_note(session: Session, person_id: str, day: date, text: str) -> None:
    # Not at import: the quick readers (Today) run with sqlite3 alone, before SQLAlchemy.
    from app.storage.models import CoachNoteRow

    session.add(CoachNoteRow(person_id=person_id, day=day, text=text))


def remove_note(session: Session, note_id: int) -> None:
    # Not at import: the quick readers (Today) run with sqlite3 alone, before SQLAlchemy.
    from app.storage.models import CoachNoteRow

    row = session.get(CoachNoteRow, note_id)
    if row is not None:
        session.delete(row)


def read_notes(con: sqlite3.Connection, person_id: str) -> list[Note]:
    return [
        Note(id_, pid, date.fromisoformat(day), text)
        for id_, pid, day, text in con.execute(
            "SELECT id, person_id, day, text FROM coach_note WHERE person_id = ? ORDER BY day, id",
            (person_id,),
        )
    ]
