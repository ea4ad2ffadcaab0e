"""Reading the drafting studio's tables with plain SQL on the standard library's sqlite3.

Writes go through the ORM in write.py; tests/storage/test_drafts_store.py checks that
what one writes the other reads back.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

from app.domain.drafts.model import (
    Draft,
    DraftState,
    Idea,
    IdeaStatus,
    Outcome,
    PlanEntry,
    Publication,
    Variant,
)
from app.domain.drafts.networks import Network

_NETWORKS = frozenset(network.value for network in Network)  # an unknown one is skipped


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def read_ideas(con: sqlite3.Connection, status: IdeaStatus | None = None) -> list[Idea]:
    sql = "SELECT id, text, tags, created, status FROM idea"
    params: tuple[str, ...] = ()
    if status is not None:
        sql += " WHERE status = ?"
        params = (status.value,)
    return [
        Idea(
            text=text,
            created=_when(created),
            tags=tuple(str(t) for t in json.loads(tags or "[]")),
            status=IdeaStatus(state),
            id=int(id_),
        )
        for id_, text, tags, created, state in con.execute(
            sql + " ORDER BY created DESC, id DESC", params
        )
    ]


def _variants(con: sqlite3.Connection, draft_id: int) -> tuple[Variant, ...]:
    rows = con.execute(
        "SELECT network, text, updated FROM draft_variant WHERE draft_id = ? ORDER BY id",
        (draft_id,),
    )
    return tuple(
        Variant(Network(net), text, _when(updated))
        for net, text, updated in rows
        if net in _NETWORKS
    )


_DRAFT_COLUMNS = "id, idea_id, title, created, updated, state, source_text, dismissed"


def _draft(con: sqlite3.Connection, row: tuple[object, ...], with_variants: bool) -> Draft:
    id_, idea_id, title, created, updated, state, source, dismissed = row
    pairs = json.loads(str(dismissed or "[]"))
    return Draft(
        title=str(title),
        created=_when(str(created)),
        updated=_when(str(updated)),
        state=DraftState(str(state)),
        idea_id=None if idea_id is None else int(str(idea_id)),
        source_text=str(source),
        dismissed=frozenset((str(k), str(t)) for k, t in pairs),
        variants=_variants(con, int(str(id_))) if with_variants else (),
        id=int(str(id_)),
    )


def read_drafts(con: sqlite3.Connection, with_variants: bool = False) -> list[Draft]:
    """Every draft, most recently changed first."""
    rows = con.execute(f"SELECT {_DRAFT_COLUMNS} FROM draft ORDER BY updated DESC, id DESC")
    return [_draft(con, tuple(row), with_variants) for row in rows.fetchall()]


def read_draft(con: sqlite3.Connection, draft_id: int) -> Draft | None:
    row = con.execute(f"SELECT {_DRAFT_COLUMNS} FROM draft WHERE id = ?", (draft_id,)).fetchone()
    return None if row is None else _draft(con, tuple(row), True)


def read_publications(con: sqlite3.Connection, draft_id: int | None = None) -> list[Publication]:
    sql = (
        "SELECT p.id, p.draft_id, p.network, p.day, p.channel, p.link, p.activity_id,"
        " o.reactions, o.comments, o.reposts, o.new_contacts, o.entered"
        " FROM publication p LEFT JOIN publication_outcome o ON o.publication_id = p.id"
    )
    params: tuple[int, ...] = ()
    if draft_id is not None:
        sql += " WHERE p.draft_id = ?"
        params = (draft_id,)
    found = []
    for row in con.execute(sql + " ORDER BY p.day, p.id", params):
        id_, draft, net, day, channel, link, activity, reac, comm, repo, contacts, entered = row
        found.append(
            Publication(
                draft_id=int(draft),
                network=Network(net),
                day=date.fromisoformat(day),
                channel=channel,
                link=link,
                activity_id=None if activity is None else int(activity),
                outcome=Outcome(reac, comm, repo, contacts, _day(entered)),
                id=int(id_),
            )
        )
    return found


def read_plan(
    con: sqlite3.Connection, start: datetime | None = None, end: datetime | None = None
) -> list[PlanEntry]:
    """Planned posts in [start, end), earliest first, with their draft's title."""
    sql = (
        "SELECT p.id, p.draft_id, p.network, p.planned, d.title"
        " FROM plan_entry p JOIN draft d ON d.id = p.draft_id WHERE 1 = 1"
    )
    params: list[str] = []
    if start is not None:
        sql += " AND p.planned >= ?"
        params.append(start.isoformat(sep=" "))
    if end is not None:
        sql += " AND p.planned < ?"
        params.append(end.isoformat(sep=" "))
    return [
        PlanEntry(int(draft), Network(net), _when(planned), title, int(id_))
        for id_, draft, net, planned, title in con.execute(sql + " ORDER BY p.planned", params)
    ]


def read_personal_words(con: sqlite3.Connection) -> frozenset[str]:
    """The person's own words (none before revision 0010 is applied)."""
    try:
        rows = con.execute("SELECT word FROM personal_word").fetchall()
    except sqlite3.OperationalError:  # an older file, read before its migration
        return frozenset()
    return frozenset(str(row[0]) for row in rows)
