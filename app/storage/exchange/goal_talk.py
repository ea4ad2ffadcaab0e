"""Goals a coach proposed to the person, and the person's answers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import insert
from sqlalchemy.orm import Session

from app.domain.exchange.goal_talk import Answer, GoalAnswer, GoalProposal
from app.storage.models import GoalProposalRow


@dataclass(frozen=True)
class Proposed:
    proposal: GoalProposal
    coach: str
    answer: Answer | None  # None: not answered yet
    answered_on: date | None
    goal_id: int | None  # the goal agreed
    agreed: str  # its statement as agreed

    def as_answer(self) -> GoalAnswer | None:
        if self.answer is None or self.answered_on is None:
            return None
        p = self.proposal
        return GoalAnswer(p.id, p.proposed, p.statement, self.answer, self.answered_on,
                          self.agreed)  # fmt: skip


def add_received(
    session: Session, coach: str, proposals: Iterable[GoalProposal], imported_at: str
) -> int:
    """Store the new ones (one already here keeps its answer); how many were new."""
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
    row = session.get(GoalProposalRow, proposal_id)
    if row is not None:
        row.answer, row.answered_on = given.value, day
        row.goal_id, row.agreed = goal_id, agreed


def read_proposed(con: sqlite3.Connection) -> list[Proposed]:
    answers = {a.value: a for a in Answer}
    out = []
    for (id_, coach, proposed, statement, counts, target, deadline, replaces, given, on,
         goal_id, agreed) in con.execute(
        "SELECT id, coach, proposed, statement, counts, target, deadline, replaces, answer, "
        "answered_on, goal_id, agreed FROM goal_proposal ORDER BY proposed, id"
    ):  # fmt: skip
        proposal = GoalProposal(
            id_, date.fromisoformat(proposed), statement, counts, float(target),
            date.fromisoformat(deadline), replaces,
        )  # fmt: skip
        out.append(
            Proposed(
                proposal,
                coach,
                answers.get(given) if given else None,
                date.fromisoformat(on) if on else None,
                goal_id,
                agreed,
            )
        )
    return out


def agreed_goal_ids(con: sqlite3.Connection) -> frozenset[int]:
    return frozenset(
        int(goal_id)
        for (goal_id,) in con.execute(
            "SELECT goal_id FROM goal_proposal WHERE goal_id IS NOT NULL AND answer IN (?, ?)",
            (Answer.ACCEPTED.value, Answer.EDITED.value),
        )
    )
