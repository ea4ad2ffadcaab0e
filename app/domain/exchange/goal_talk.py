"""Goals agreed together, as plain data: a coach's proposal of a goal (or of a change to one),
and the person's answer to it as a progress file carries it back.

A proposal counts one kind of public action (``counts``, an ``ActivityKind`` value) up to a
target by a deadline, or, with ``counts`` None, a number the person enters themselves. It may
name the goal it changes (``replaces``: that goal's statement in the person's progress file);
without it, it is a new goal. The person accepts it as it is, edits it and then accepts it, or
declines it; an accepted goal is "agreed with your coach" on both sides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

Json = dict[str, Any]
MAX_TARGET = 1_000_000


class Answer(StrEnum):
    ACCEPTED = "accepted"  # as the coach proposed it
    EDITED = "edited"  # changed by the person, then accepted
    DECLINED = "declined"


AGREED = frozenset({Answer.ACCEPTED, Answer.EDITED})


class BadGoalError(ValueError):
    """A proposal or an answer whose values cannot be."""


@dataclass(frozen=True)
class GoalProposal:
    id: str  # the feedback entry's id
    proposed: date
    statement: str
    counts: str | None  # an ActivityKind value; None: a number the person enters
    target: float
    deadline: date
    replaces: str = ""  # the statement of the goal it changes; "": a new goal


@dataclass(frozen=True)
class GoalAnswer:
    """What became of a proposal (the ``goal_answers`` of a progress file, schema 2)."""

    id: str  # the proposal's id
    proposed: date
    statement: str  # as proposed
    answer: Answer
    answered_on: date
    agreed: str = ""  # the goal's statement as agreed ("" when declined)


def _day(value: object) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadGoalError(f"not a date: {str(value)[:40]!r}") from None


def proposal_to_json(proposal: GoalProposal) -> Json:
    return {
        "proposed": proposal.proposed.isoformat(),
        "statement": proposal.statement,
        "counts": proposal.counts,
        "target": proposal.target,
        "deadline": proposal.deadline.isoformat(),
        "replaces": proposal.replaces,
    }


def proposal_from_json(entry_id: str, data: Mapping[str, Any]) -> GoalProposal:
    proposed, deadline = _day(data["proposed"]), _day(data["deadline"])
    if deadline < proposed:
        raise BadGoalError("a goal proposed with its deadline before the day it was proposed")
    target = float(data["target"])
    if not 0 < target <= MAX_TARGET or target != target:
        raise BadGoalError("a goal proposed without a target above zero")
    counts = data.get("counts")
    return GoalProposal(
        entry_id, proposed, str(data["statement"]), None if counts is None else str(counts),
        target, deadline, str(data.get("replaces", "")),
    )  # fmt: skip


def answers_to_json(answers: Sequence[GoalAnswer]) -> list[Json]:
    return [
        {"id": a.id, "proposed": a.proposed.isoformat(), "statement": a.statement,
         "answer": a.answer.value, "answered_on": a.answered_on.isoformat(), "agreed": a.agreed}
        for a in answers
    ]  # fmt: skip


def answers_from_json(items: Sequence[Mapping[str, Any]]) -> tuple[GoalAnswer, ...]:
    out = []
    for item in items:
        proposed, answered = _day(item["proposed"]), _day(item["answered_on"])
        if answered < proposed:
            raise BadGoalError("a goal answered before it was proposed")
        answer = Answer(item["answer"])
        agreed = str(item.get("agreed", ""))
        if (answer in AGREED) != bool(agreed):
            raise BadGoalError("an agreed goal without its statement, or a declined one with it")
        out.append(GoalAnswer(str(item["id"]), proposed, str(item["statement"]), answer,
                              answered, agreed))  # fmt: skip
    return tuple(out)
