"""Exercises to and from the JSON of exchange files (schema version 2, docs/EXCHANGE.md).

A feedback entry of kind ``exercise`` carries an ``exercise`` object; a progress file carries an
``exercises`` section with each one's state. ``needed_version`` says which schema version a
file's JSON needs: 2 when it carries any of these, else 1 (an older OwnVoice reads it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from app.domain.exchange.exercises import Exercise, ExerciseState

Json = dict[str, Any]
EXERCISE_KIND = "exercise"


class BadExerciseError(ValueError):
    """An exercise whose values cannot be (due before it was assigned, done before either)."""


def _day(value: object) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadExerciseError(f"not a date: {str(value)[:40]!r}") from None


def exercise_to_json(exercise: Exercise) -> Json:
    return {
        "assigned": exercise.assigned.isoformat(),
        "due": exercise.due.isoformat(),
        "title": exercise.title,
        "text": exercise.text,
        "counts": exercise.counts,
        "target": exercise.target,
        "library": exercise.library,
    }


def exercise_from_json(entry_id: str, data: Mapping[str, Any]) -> Exercise:
    assigned, due = _day(data["assigned"]), _day(data["due"])
    if due < assigned:
        raise BadExerciseError("an exercise due before it was assigned")
    counts = data.get("counts")
    target = int(data.get("target", 0))
    if (counts is None) != (target == 0):
        raise BadExerciseError("an exercise that counts nothing towards a target")
    return Exercise(
        entry_id,
        assigned,
        due,
        str(data["title"]),
        str(data.get("text", "")),
        None if counts is None else str(counts),
        target,
        str(data.get("library", "")),
    )


def states_to_json(states: Sequence[ExerciseState]) -> list[Json]:
    return [
        {
            "id": s.id,
            "title": s.title,
            "assigned": s.assigned.isoformat(),
            "due": s.due.isoformat(),
            "done_on": s.done_on.isoformat() if s.done_on else None,
            "count": s.count,
            "target": s.target,
        }
        for s in states
    ]


def states_from_json(items: Sequence[Mapping[str, Any]]) -> tuple[ExerciseState, ...]:
    out = []
    for item in items:
        assigned, due = _day(item["assigned"]), _day(item["due"])
        done_on = _day(item["done_on"]) if item.get("done_on") else None
        if due < assigned or (done_on is not None and done_on < assigned):
            raise BadExerciseError("an exercise done or due before it was assigned")
        count, target = int(item["count"]), int(item["target"])
        if count > target:
            raise BadExerciseError("an exercise counted past its target")
        out.append(
            ExerciseState(str(item["id"]), str(item["title"]), assigned, due, done_on, count,
                          target)
        )  # fmt: skip
    return tuple(out)


def needed_version(data: Mapping[str, Any]) -> int:
    """The schema version a progress or feedback JSON needs: 2 with exercises, goals agreed
    with the coach (proposals, answers, the agreed mark) or drafts sent for comments (the
    drafts, the comments), 3 with requests to share a post or answers to them (and for a group
    file, which only version 3 knows), else 1."""
    if "share_answers" in data or "examples" in data:
        return 3
    if any(e.get("kind") == "share_ask" for e in data.get("entries", ())):
        return 3
    if "exercises" in data or "goal_answers" in data or "draft_asks" in data:
        return 2
    if any(g.get("agreed") for g in data.get("goals", ())):
        return 2
    new_kinds = (EXERCISE_KIND, "goal", "draft_comment")
    if any(e.get("kind") in new_kinds for e in data.get("entries", ())):
        return 2
    return 1
