"""Drafts a person sent for their coach's comments, and the comments that came back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.domain.exchange.draft_talk import DraftAsk, DraftComment

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLAlchemy and the models load only for a write: the reads below (the Drafts page, the
# weekly report) are plain SQL, and importing SQLAlchemy costs ~0.2 s and ~30 MiB.


@dataclass(frozen=True)
class Asked:
    ask: DraftAsk
    draft_id: int


@dataclass(frozen=True)
class Comment:
    id: str
    comment: DraftComment
    coach: str
    day: date
    text: str
    resolved_on: date | None


def add_ask(session: Session, draft_id: int, ask: DraftAsk) -> None:
    from app.storage.models import DraftAskRow

    session.add(
        DraftAskRow(id=ask.id, draft_id=draft_id, asked_on=ask.asked_on, title=ask.title,
                    network=ask.network, text=ask.text)
    )  # fmt: skip


def remove_ask(session: Session, ask_id: str) -> None:
    from app.storage.models import DraftAskRow

    row = session.get(DraftAskRow, ask_id)
    if row is not None:
        session.delete(row)


def add_comments(
    session: Session, coach: str, comments: Iterable[tuple[str, date, str, DraftComment]], at: str
) -> int:
    """Store the new ones (id, day, text, comment); how many were new."""
    from sqlalchemy import insert

    from app.storage.models import DraftCommentRow

    rows = [
        {"id": id_, "ask_id": c.ask, "coach": coach, "day": day, "quote": c.quote,
         "offset": c.offset, "text": text, "resolved_on": None, "imported_at": at}
        for id_, day, text, c in comments
    ]  # fmt: skip
    if not rows:
        return 0
    before = session.query(DraftCommentRow).count()
    session.execute(insert(DraftCommentRow).prefix_with("OR IGNORE"), rows)
    return session.query(DraftCommentRow).count() - before


def resolve(session: Session, comment_id: str, day: date | None) -> None:
    from app.storage.models import DraftCommentRow

    row = session.get(DraftCommentRow, comment_id)
    if row is not None:
        row.resolved_on = day


def read_asks(con: sqlite3.Connection, draft_id: int | None = None) -> list[Asked]:
    sql = "SELECT id, draft_id, asked_on, title, network, text FROM draft_ask"
    params: tuple[int, ...] = ()
    if draft_id is not None:
        sql, params = sql + " WHERE draft_id = ?", (draft_id,)
    return [
        Asked(DraftAsk(id_, date.fromisoformat(on), title, network, text), int(did))
        for id_, did, on, title, network, text in con.execute(
            sql + " ORDER BY asked_on, id", params
        )
    ]


def read_comments(con: sqlite3.Connection, ask_ids: Iterable[str] | None = None) -> list[Comment]:
    sql = "SELECT id, ask_id, coach, day, quote, offset, text, resolved_on FROM draft_comment"
    wanted = None if ask_ids is None else set(ask_ids)
    out = []
    for id_, ask, coach, day, quote, offset, text, resolved in con.execute(
        sql + " ORDER BY day, offset IS NOT NULL, offset, id"
    ):
        if wanted is not None and ask not in wanted:
            continue
        out.append(
            Comment(id_, DraftComment(ask, quote, offset), coach, date.fromisoformat(day), text,
                    date.fromisoformat(resolved) if resolved else None)
        )  # fmt: skip
    return out
