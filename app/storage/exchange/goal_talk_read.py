"""Reading goal proposals with the stdlib ``sqlite3`` only (no SQLAlchemy): the journey's quick
reader marks agreed goals on Today before the full store is open."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date

from app.domain.exchange.goal_talk import Answer, GoalAnswer, GoalProposal


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
