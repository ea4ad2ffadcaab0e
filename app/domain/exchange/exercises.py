"""Exercises a coach assigns, as plain data: the library they are picked from, an exercise as it
travels in a feedback file, and its state as it goes back in a progress file.

An exercise may **count** one kind of public action (``counts``, an ``ActivityKind`` value) up to
a ``target``: "comment on five posts in your field this week" is done by itself once five
comments are logged between the day it was assigned and its due day. One that counts nothing
("write three openers about your topic") is done when the person says so. Either way the person
may mark it done.

The library (``resources/exercises/exercises_<lang>.json``, parsed by ``parse_library``) holds
exercises per ladder stage and benefit, in the same order and with the same ids in every
language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain.activity import Activity, ActivityKind

LIBRARY_FORMAT = 1
MAX_TARGET = 1000
MAX_DAYS = 366
_ID = re.compile(r"^[a-z0-9][a-z0-9.-]{0,60}$")
# The ladder's stage keys and the benefits' values, as the files write them (a test keeps them
# equal to app/domain/journey's; this package does not import the journey).
STAGE_KEYS = ("listener", "supporter", "commenter", "conversationalist", "creator", "role_model")
BENEFIT_KEYS = (
    "learning",
    "influence",
    "networking",
    "visibility",
    "customer_dialogue",
    "recruiting",
)
_STAGES = set(STAGE_KEYS)
_BENEFITS = set(BENEFIT_KEYS)
_COUNTED = {kind.value for kind in ActivityKind}


class LibraryError(ValueError):
    """The exercise library file is not what it should be."""


@dataclass(frozen=True)
class LibraryExercise:
    id: str  # the same in every language
    stage: str  # a Stage key: the stage the exercise helps a person leave
    benefits: tuple[str, ...]  # Benefit values it serves; empty: any
    title: str
    text: str
    days: int  # the due day, counted from the day it is assigned
    counts: str | None = None  # an ActivityKind value, or None: done when the person says so
    target: int = 0


@dataclass(frozen=True)
class Exercise:
    """An exercise as the coach assigned it (the ``exercise`` of a feedback entry)."""

    id: str  # the feedback entry's id
    assigned: date
    due: date
    title: str
    text: str = ""
    counts: str | None = None
    target: int = 0
    library: str = ""  # the library id, "" when the coach wrote it


@dataclass(frozen=True)
class ExerciseState:
    """An exercise as the person reports it back (the ``exercises`` section of a progress file)."""

    id: str
    title: str
    assigned: date
    due: date
    done_on: date | None
    count: int = 0  # how many of the counted actions are logged so far
    target: int = 0

    @property
    def done(self) -> bool:
        return self.done_on is not None


def due_after(assigned: date, days: int) -> date:
    return assigned + timedelta(days=max(0, min(days, MAX_DAYS)))


def counted(exercise: Exercise, activities: Iterable[Activity]) -> list[date]:
    """The days of the counted actions logged from the day it was assigned to its due day,
    earliest first (empty for an exercise that counts nothing)."""
    if exercise.counts is None or exercise.target <= 0:
        return []
    return sorted(
        a.day
        for a in activities
        if a.kind.value == exercise.counts and exercise.assigned <= a.day <= exercise.due
    )


def state_of(
    exercise: Exercise, marked_on: date | None, activities: Sequence[Activity]
) -> ExerciseState:
    """Done on the day the person marked it, or on the day the target was reached if earlier."""
    days = counted(exercise, activities)
    done_on = marked_on
    if exercise.target > 0 and len(days) >= exercise.target:
        reached = days[exercise.target - 1]
        done_on = reached if done_on is None else min(done_on, reached)
    return ExerciseState(
        exercise.id,
        exercise.title,
        exercise.assigned,
        exercise.due,
        done_on,
        min(len(days), exercise.target) if exercise.target > 0 else 0,
        exercise.target,
    )


def done_of(states: Sequence[ExerciseState]) -> tuple[int, int]:
    """(done, all): "1 of 2 done"."""
    return sum(1 for s in states if s.done), len(states)


# -- the library ---------------------------------------------------------------------------------


def parse_library(text: str, language: str) -> tuple[LibraryExercise, ...]:
    try:
        data = json.loads(text)
    except ValueError as error:
        raise LibraryError(f"not JSON: {error}") from None
    if not isinstance(data, dict) or data.get("format") != LIBRARY_FORMAT:
        raise LibraryError(f"not an exercise library of format {LIBRARY_FORMAT}")
    if data.get("language") != language:
        raise LibraryError(f"the language is not {language!r}")
    items = data.get("exercises")
    if not isinstance(items, list) or not items:
        raise LibraryError("no exercises")
    out = [_library_item(item) for item in items]
    ids = [e.id for e in out]
    if len(set(ids)) != len(ids):
        raise LibraryError("an id appears twice")
    return tuple(out)


def _library_item(item: Any) -> LibraryExercise:
    if not isinstance(item, dict):
        raise LibraryError("an exercise that is not an object")
    ident = item.get("id")
    if not isinstance(ident, str) or not _ID.match(ident):
        raise LibraryError(f"a bad id: {ident!r}")
    stage, benefits = item.get("stage"), item.get("benefits", [])
    if stage not in _STAGES:
        raise LibraryError(f"{ident}: unknown stage {stage!r}")
    if not isinstance(benefits, list) or not set(benefits) <= _BENEFITS:
        raise LibraryError(f"{ident}: unknown benefits {benefits!r}")
    title, body, days = item.get("title"), item.get("text"), item.get("days")
    for name, value in (("title", title), ("text", body)):
        if not isinstance(value, str) or not value.strip() or value != value.strip():
            raise LibraryError(f"{ident}: an empty or untrimmed {name}")
    if not isinstance(days, int) or not 1 <= days <= MAX_DAYS:
        raise LibraryError(f"{ident}: days must be 1 to {MAX_DAYS}")
    counts, target = item.get("counts"), item.get("target", 0)
    if counts is not None and counts not in _COUNTED:
        raise LibraryError(f"{ident}: unknown kind counted {counts!r}")
    if not isinstance(target, int) or not 0 <= target <= MAX_TARGET or (counts and not target):
        raise LibraryError(f"{ident}: a bad target {target!r}")
    return LibraryExercise(
        ident, str(stage), tuple(benefits), str(title), str(body), days, counts, target
    )


def for_stage(
    library: Sequence[LibraryExercise], stage: str | None, benefits: Iterable[str] = ()
) -> list[LibraryExercise]:
    """The library ordered for a person: their stage first, then those serving their benefits,
    then the rest in library order."""
    wanted = set(benefits)

    def rank(pair: tuple[int, LibraryExercise]) -> tuple[int, int, int]:
        index, item = pair
        same_stage = stage is not None and item.stage == stage
        serves = bool(wanted & set(item.benefits))
        return (0 if same_stage else 1, 0 if serves else 1, index)

    return [item for _i, item in sorted(enumerate(library), key=rank)]
