"""Exercises: the library a coach picks from, assigning one (to a person or to everyone), and
the person's side: what is open, marking one done, and the states a progress file carries.

An assigned exercise is a feedback entry of kind ``exercise`` kept with the coach's written
feedback, so it travels in the person's next feedback file with everything else; the person's
import keeps it in ``exercise_received`` (app/services/exchange/feedback.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from app.domain.exchange.exercises import (
    Exercise,
    ExerciseState,
    LibraryError,
    LibraryExercise,
    parse_library,
    state_of,
)
from app.domain.exchange.model import FeedbackEntry, FeedbackKind, Person
from app.domain.i18n import DEFAULT_LANGUAGE, LANGUAGES
from app.services.journey.reader import JourneyReader
from app.storage.exchange import exercises as store
from app.storage.exchange import feedback as written_store
from app.storage.paths import resources_dir

if TYPE_CHECKING:
    from app.storage.database import Database
    from app.storage.quick import QuickReader

Assigned = store.Assigned


@lru_cache(maxsize=4)
def load_library(language: str) -> tuple[LibraryExercise, ...]:
    """The library in ``language`` (English for a language without its file)."""
    code = language if language in LANGUAGES else DEFAULT_LANGUAGE
    folder = resources_dir() / "exercises"
    path = folder / f"exercises_{code}.json"
    if not path.is_file():
        code, path = DEFAULT_LANGUAGE, folder / f"exercises_{DEFAULT_LANGUAGE}.json"
    try:
        return parse_library(path.read_text(encoding="utf-8"), code)
    except (OSError, UnicodeDecodeError) as error:
        raise LibraryError(f"cannot read {path}: {error}") from error
    except LibraryError as error:
        raise LibraryError(f"{path}: {error}") from error


# -- the coach's side ---------------------------------------------------------------------------


def new_exercise(
    assigned: date,
    due: date,
    title: str,
    text: str = "",
    counts: str | None = None,
    target: int = 0,
    library: str = "",
) -> Exercise:
    import uuid

    return Exercise(
        uuid.uuid4().hex, assigned, due, title.strip(), text.strip(),
        counts if target > 0 else None, target if counts else 0, library,
    )  # fmt: skip


def entry_of(exercise: Exercise) -> FeedbackEntry:
    return FeedbackEntry(
        exercise.id, exercise.assigned, FeedbackKind.EXERCISE, exercise.title, exercise
    )


def assign(db: Database, people: Sequence[Person], exercise: Exercise) -> int:
    """The same exercise for each of ``people`` (each their own copy and id); how many."""
    with db.session() as session:
        for number, person in enumerate(people):
            copy = exercise if number == 0 else _copy(exercise)
            written_store.add_written(session, person.id, person.name, entry_of(copy))
    return len(people)


def _copy(exercise: Exercise) -> Exercise:
    import uuid
    from dataclasses import replace

    return replace(exercise, id=uuid.uuid4().hex)


# -- the person's side --------------------------------------------------------------------------


@dataclass(frozen=True)
class Open:
    """An exercise as Today shows it."""

    assigned: Assigned
    state: ExerciseState


def states(reader: QuickReader, activities_reader: JourneyReader | None = None) -> list[Open]:
    """Every exercise received, with its state (done when marked, or when its count is
    reached), by due day."""
    assigned = store.read_assigned(reader.connection)
    if not assigned:
        return []
    earliest = min(a.exercise.assigned for a in assigned)
    journey = activities_reader or JourneyReader(reader)
    activities = list(journey.activities(since=earliest))
    return [Open(a, state_of(a.exercise, a.marked_on, activities)) for a in assigned]


def open_exercises(reader: QuickReader) -> list[Open]:
    return [o for o in states(reader) if not o.state.done]


def report_states(reader: QuickReader, journey: JourneyReader) -> tuple[ExerciseState, ...]:
    return tuple(o.state for o in states(reader, journey))


def mark_done(db: Database, exercise_id: str, day: date | None) -> None:
    with db.session() as session:
        store.mark(session, exercise_id, day)
