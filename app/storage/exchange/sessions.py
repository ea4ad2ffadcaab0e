"""The group sessions a coach plans, and who took part (the coach's own note)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, time
from typing import TYPE_CHECKING

from app.domain.exchange.sessions import GroupSession

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def add_session(session: Session, planned: GroupSession) -> None:
    from app.storage.models import GroupSessionRow

    session.add(
        GroupSessionRow(id=planned.id, day=planned.day, start=planned.start.strftime("%H:%M"),
                        minutes=planned.minutes, topic=planned.topic, agenda=planned.agenda)
    )  # fmt: skip


def remove_session(session: Session, session_id: str) -> None:
    from sqlalchemy import delete

    from app.storage.models import GroupSessionRow, SessionAttendanceRow

    session.execute(
        delete(SessionAttendanceRow).where(SessionAttendanceRow.session_id == session_id)
    )
    row = session.get(GroupSessionRow, session_id)
    if row is not None:
        session.delete(row)


def set_attendance(session: Session, session_id: str, person_ids: Iterable[str]) -> None:
    from sqlalchemy import delete

    from app.storage.models import SessionAttendanceRow

    session.execute(
        delete(SessionAttendanceRow).where(SessionAttendanceRow.session_id == session_id)
    )
    for person_id in sorted(set(person_ids)):
        session.add(SessionAttendanceRow(session_id=session_id, person_id=person_id))


def read_sessions(con: sqlite3.Connection) -> list[GroupSession]:
    return [
        GroupSession(
            id_, date.fromisoformat(day), time.fromisoformat(start), minutes, topic, agenda
        )
        for id_, day, start, minutes, topic, agenda in con.execute(
            "SELECT id, day, start, minutes, topic, agenda FROM group_session ORDER BY day, start"
        )
    ]


def read_attendance(con: sqlite3.Connection, session_id: str) -> frozenset[str]:
    return frozenset(
        person_id
        for (person_id,) in con.execute(
            "SELECT person_id FROM session_attendance WHERE session_id = ?", (session_id,)
        )
    )
