"""Inspire by example, on the person's side: the coach's requests to share one of their posts
with the group (with their newest answer), and the newest group file from the coach."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.exchange.examples import Permission, ShareAnswer, ShareAsk

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class AskedToShare:
    ask: ShareAsk
    coach: str
    permission: Permission | None  # None: not answered yet
    answered_on: date | None

    def as_answer(self) -> ShareAnswer | None:
        if self.permission is None or self.answered_on is None:
            return None
        return ShareAnswer(self.ask.id, self.permission, self.answered_on)


@dataclass(frozen=True)
class StoredGroupFile:
    coach: str
    made_on: date
    created_at: str
    data: str  # its JSON, as it came (checked on the way in)


def add_asks(session: Session, coach: str, asks: Iterable[ShareAsk], imported_at: str) -> int:
    """Store the new ones (one already here keeps its answer); how many were new."""
    # Not at import: the quick readers (Today) run with sqlite3 alone, before SQLAlchemy.
    from sqlalchemy import insert

    from app.storage.models import ShareAskRow

    rows = [
        {"id": a.id, "coach": coach, "asked": a.asked, "post": a.post, "why": a.why,
         "permission": None, "answered_on": None, "imported_at": imported_at}
        for a in asks
    ]  # fmt: skip
    if not rows:
        return 0
    before = session.query(ShareAskRow).count()
    session.execute(insert(ShareAskRow).prefix_with("OR IGNORE"), rows)
    return session.query(ShareAskRow).count() - before


def answer(session: Session, ask_id: str, permission: Permission, day: date) -> None:
    from app.storage.models import ShareAskRow

    row = session.get(ShareAskRow, ask_id)
    if row is not None:
        row.permission, row.answered_on = permission.value, day


def read_asks(con: sqlite3.Connection) -> list[AskedToShare]:
    known = {p.value: p for p in Permission}
    return [
        AskedToShare(
            ShareAsk(id_, date.fromisoformat(asked), post, why),
            coach,
            known.get(permission) if permission else None,
            date.fromisoformat(on) if on else None,
        )
        for id_, coach, asked, post, why, permission, on in con.execute(
            "SELECT id, coach, asked, post, why, permission, answered_on FROM share_ask "
            "ORDER BY asked DESC, id"
        )
    ]


def keep_group_file(session: Session, group: StoredGroupFile, imported_at: str) -> bool:
    """Keep ``group`` in place of the one here, unless that one is newer; whether it was kept."""
    from app.storage.models import GroupFileRow

    row = session.get(GroupFileRow, 1)
    if row is not None and (row.made_on, row.created_at) > (group.made_on, group.created_at):
        return False
    if row is None:
        row = GroupFileRow(id=1)
        session.add(row)
    row.coach, row.made_on, row.created_at = group.coach, group.made_on, group.created_at
    row.data, row.imported_at = group.data, imported_at
    return True


def read_group_file(con: sqlite3.Connection) -> StoredGroupFile | None:
    for coach, made_on, created_at, data in con.execute(
        "SELECT coach, made_on, created_at, data FROM group_file WHERE id = 1"
    ):
        return StoredGroupFile(coach, date.fromisoformat(made_on), created_at, data)
    return None
