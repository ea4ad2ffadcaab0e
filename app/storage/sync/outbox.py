"""The outbox table and the sync facts kept in ``meta`` (last sync, the last problem, which
feedback files were already fetched). Functions take the caller's session: a file is queued in
the same transaction that makes it."""

from __future__ import annotations

import hashlib
import uuid
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.sync.model import OutboxItem, OutboxState, Problem, keyed_name, next_try
from app.storage.models import MetaRow, OutboxRow

LAST_SYNC = "sync_last"
LAST_PROBLEM = "sync_problem"
FEEDBACK_SEEN = "sync_fb"  # + a hash of the file name: the ETag of feedback imported


def enqueue(
    session: Session,
    file_name: str,
    kind: str,
    content: bytes,
    content_hash: str,
    report_hash: str,
    now: datetime,
) -> OutboxItem:
    key = uuid.uuid4().hex[:16]
    row = OutboxRow(
        key=key,
        name=keyed_name(file_name, key),
        kind=kind,
        content=content,
        content_hash=content_hash,
        report_hash=report_hash,
        state=OutboxState.WAITING.value,
        attempts=0,
        next_try=None,
        created_at=_stamp(now),
    )
    session.add(row)
    session.flush()
    return _item(row)


def due(session: Session, now: datetime, *, everything: bool = False) -> list[OutboxItem]:
    """Files waiting whose time has come (all waiting ones with ``everything``), oldest first."""
    rows = session.scalars(
        select(OutboxRow).where(OutboxRow.state == OutboxState.WAITING.value).order_by(OutboxRow.id)
    )
    stamp = _stamp(now)
    return [_item(r) for r in rows if everything or r.next_try is None or r.next_try <= stamp]


def content_of(session: Session, item_id: int) -> bytes:
    row = session.get(OutboxRow, item_id)
    return b"" if row is None else bytes(row.content)


def mark_done(session: Session, item_id: int, now: datetime) -> None:
    row = session.get(OutboxRow, item_id)
    if row is not None:
        row.state, row.done_at, row.problem = OutboxState.DONE.value, _stamp(now), None


def mark_conflict(session: Session, item_id: int) -> None:
    row = session.get(OutboxRow, item_id)
    if row is not None:
        row.state, row.problem = OutboxState.CONFLICT.value, Problem.CONFLICT.value


def mark_failed(session: Session, item_id: int, now: datetime, problem: Problem) -> None:
    row = session.get(OutboxRow, item_id)
    if row is not None:
        row.attempts += 1
        row.next_try = _stamp(next_try(now, row.attempts))
        row.problem = problem.value


def counts(session: Session) -> dict[OutboxState, int]:
    rows = session.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state))
    found: dict[str, int] = {str(row[0]): int(row[1]) for row in rows}
    return {state: int(found.get(state.value, 0)) for state in OutboxState}


def latest_report_hash(session: Session) -> str | None:
    row = session.scalars(select(OutboxRow).order_by(OutboxRow.id.desc()).limit(1)).first()
    return None if row is None else row.report_hash


def items(session: Session) -> list[OutboxItem]:
    return [_item(r) for r in session.scalars(select(OutboxRow).order_by(OutboxRow.id))]


# -- facts in meta ------------------------------------------------------------------------------


def read_meta(session: Session, key: str) -> str | None:
    row = session.get(MetaRow, key)
    return None if row is None else row.value


def write_meta(session: Session, key: str, value: str | None) -> None:
    row = session.get(MetaRow, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(MetaRow(key=key, value=value))
    else:
        row.value = value


def feedback_etag(session: Session, name: str) -> str | None:
    """The ETag of the feedback file ``name`` when it was last imported."""
    return read_meta(session, _feedback_key(name))


def remember_feedback(session: Session, name: str, etag: str) -> None:
    write_meta(session, _feedback_key(name), etag[:400])


def _feedback_key(name: str) -> str:
    return FEEDBACK_SEEN + ":" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:40]


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _item(row: OutboxRow) -> OutboxItem:
    problem = None
    if row.problem in {p.value for p in Problem}:
        problem = Problem(row.problem)
    return OutboxItem(
        id=row.id,
        key=row.key,
        name=row.name,
        content_hash=row.content_hash,
        state=OutboxState(row.state),
        attempts=row.attempts,
        next_try=datetime.fromisoformat(row.next_try) if row.next_try else None,
        problem=problem,
    )
