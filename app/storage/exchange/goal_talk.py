"""Goals a coach proposed to the person, and the person's answers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from app.domain.exchange.goal_talk import Answer, GoalProposal
from app.storage.exchange.goal_talk_read import Proposed, agreed_goal_ids, read_proposed

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


__all__ = ["Proposed", "add_received", "agreed_goal_ids", "answer", "read_proposed"]


def add_received(
    session: Session, coach: str, proposals: Iterable[GoalProposal], imported_at: str
) -> int:
    """Store the new ones (one already here keeps its answer); how many were new."""
    # Not at import: the quick readers (Today) run with sqlite3 alone, before SQLAlchemy.
    from sqlalchemy import insert

    from app.storage.models import GoalProposalRow

    rows = [
        {"id": p.id, "coach": coach, "proposed": p.proposed, "statement": p.statement,
         "counts": p.counts, "target": p.target, "deadline": p.deadline, "replaces": p.replaces,
         "answer": None, "answered_on": None, "goal_id": None, "agreed": "",
         "imported_at": imported_at}
        for p in proposals
    ]  # fmt: skip
    if not rows:
        return 0
    before = session.query(GoalProposalRow).count()
    session.execute(insert(GoalProposalRow).prefix_with("OR IGNORE"), rows)
    return session.query(GoalProposalRow).count() - before


def answer(
    session: Session,
    proposal_id: str,
    given: Answer,
    day: date,
    goal_id: int | None = None,
    agreed: str = "",
) -> None:

    # Not at import: the quick readers (Today) run with sqlite3 alone, before SQLAlchemy.
    from app.storage.models import GoalProposalRow

    row = session.get(GoalProposalRow, proposal_id)
    if row is not None:
        row.answer, row.answered_on = given.value, day
        row.goal_id, row.agreed = goal_id, agreed
