"""Goals agreed together: the coach proposes a goal or a change to one (it travels in the
feedback file as an entry of kind ``goal``); the person accepts it, edits it and then accepts
it, or declines it. An accepted proposal becomes a goal (or changes the goal it names), marked
"agreed with your coach"; the next progress file carries the mark and every answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from app.domain.activity import ActivityKind
from app.domain.exchange.goal_talk import Answer, GoalAnswer, GoalProposal
from app.domain.exchange.model import FeedbackEntry, FeedbackKind, Person
from app.domain.journey.goals import ActivityCount, Goal, ManualNumber, ReviewCadence
from app.services.journey.reader import JourneyReader
from app.services.journey.writer import JourneyWriter
from app.storage.exchange import feedback as written_store
from app.storage.exchange import goal_talk as store
from app.storage.journey.records import GoalRecord

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader

Proposed = store.Proposed


# -- the coach's side ---------------------------------------------------------------------------


def new_proposal(
    day: date, statement: str, counts: str | None, target: float, deadline: date, replaces: str
) -> GoalProposal:
    import uuid

    return GoalProposal(
        uuid.uuid4().hex, day, statement.strip(), counts, target, max(deadline, day), replaces
    )


def propose(db: Database, person: Person, proposal: GoalProposal) -> None:
    entry = FeedbackEntry(
        proposal.id, proposal.proposed, FeedbackKind.GOAL, proposal.statement, goal=proposal
    )
    with db.session() as session:
        written_store.add_written(session, person.id, person.name, entry)


# -- the person's side --------------------------------------------------------------------------


def proposals(reader: QuickReader) -> list[Proposed]:
    return store.read_proposed(reader.connection)


def waiting(reader: QuickReader) -> list[Proposed]:
    """Proposals not answered yet, oldest first."""
    return [p for p in proposals(reader) if p.answer is None]


def answers(reader: QuickReader) -> tuple[GoalAnswer, ...]:
    return tuple(a for p in proposals(reader) if (a := p.as_answer()) is not None)


def replaced(proposal: GoalProposal, goals: Sequence[GoalRecord]) -> GoalRecord | None:
    """The active goal the proposal changes (by its statement), if any."""
    if not proposal.replaces:
        return None
    wanted = proposal.replaces.strip().casefold()
    return next(
        (r for r in goals if r.goal.active and r.goal.statement.strip().casefold() == wanted),
        None,
    )


def record_of(proposal: GoalProposal, reader: QuickReader, today: date) -> GoalRecord:
    """The proposal as a goal to save or to edit: a change keeps the goal's id, start, review
    cadence and own number; a new goal starts today."""
    kind = {k.value: k for k in ActivityKind}.get(proposal.counts or "")
    old = replaced(proposal, JourneyReader(reader).goals())
    measure = ActivityCount(kind) if kind is not None else ManualNumber()
    if old is not None and kind is None and isinstance(old.goal.measure, ManualNumber):
        measure = old.goal.measure
    goal = Goal(
        id=old.goal.id if old else None,
        statement=proposal.statement,
        measure=measure,
        target=proposal.target,
        start=old.goal.start if old else today,
        deadline=proposal.deadline,
        cadence=old.goal.cadence if old else ReviewCadence.WEEKLY,
    )
    return GoalRecord(goal, old.manual_value if old else None, old.last_review if old else None)


def accept(db: Database, reader: QuickReader, proposal_id: str, today: date) -> int:
    """Save the proposal as it is, as a new goal or a change to the one it names; its id."""
    found = next(p for p in proposals(reader) if p.proposal.id == proposal_id)
    record = record_of(found.proposal, reader, today)
    goal_id, _issues = JourneyWriter(db, reader).save_goal(record.goal, today, record.manual_value)
    with db.session() as session:
        store.answer(session, proposal_id, Answer.ACCEPTED, today, goal_id, record.goal.statement)
    return goal_id


def accept_edited(
    db: Database, reader: QuickReader, proposal_id: str, goal_id: int, today: date
) -> None:
    """The person changed the proposal in the goal editor and saved it as ``goal_id``."""
    goal = next((r.goal for r in JourneyReader(reader).goals() if r.goal.id == goal_id), None)
    statement = goal.statement if goal is not None else ""
    with db.session() as session:
        store.answer(session, proposal_id, Answer.EDITED, today, goal_id, statement or "?")


def decline(db: Database, proposal_id: str, today: date) -> None:
    with db.session() as session:
        store.answer(session, proposal_id, Answer.DECLINED, today)
