"""Feedback and recognition going back from the coach to the person, as a feedback file.

The coach writes entries for a person (kept in the coach's store), then exports them: the file
holds every entry written for that person, so a file lost on the way costs nothing. The person
imports it: entries already here (by their id) are left alone, the rest land in the recognition
feed. A file meant for someone else is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.domain.exchange.codec import BadContentError, feedback_from_json, feedback_to_json
from app.domain.exchange.model import (
    Feedback,
    FeedbackEntry,
    FeedbackKind,
    Kind,
    Person,
    Received,
)
from app.services.exchange.examples import import_group_file
from app.services.exchange.export import person_of
from app.services.exchange.package import ExchangeError, read_package, write_package
from app.storage.exchange import draft_talk as draft_store
from app.storage.exchange import examples as example_store
from app.storage.exchange import exercises as exercise_store
from app.storage.exchange import feedback as store
from app.storage.exchange import goal_talk as goal_store
from app.storage.exchange.received import read_received

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.storage.database import Database
    from app.storage.quick import QuickReader


def new_entry(day: date, kind: FeedbackKind, text: str) -> FeedbackEntry:
    import uuid

    return FeedbackEntry(uuid.uuid4().hex, day, kind, text.strip())


def write_for(db: Database, person: Person, entry: FeedbackEntry) -> None:
    with db.session() as session:
        store.add_written(session, person.id, person.name, entry)


def export_feedback(
    db: Database,
    reader: QuickReader,
    person: Person,
    coach: str,
    out: Path,
    clock: Clock,
    data_dir: Path,
) -> int:
    """Write every entry the coach wrote for ``person`` to ``out``; how many it holds."""
    written = store.read_written(reader.connection, person.id)
    feedback = Feedback(person, coach.strip(), clock.today(), tuple(w.entry for w in written))
    write_package(
        out,
        Kind.FEEDBACK,
        person,
        feedback_to_json(feedback),
        {},
        app_version=__version__,
        created_at=clock.now().isoformat(timespec="seconds"),
        private=out.absolute().is_relative_to(data_dir.absolute()),
    )
    with db.session() as session:
        store.mark_exported(session, [w.entry.id for w in written], clock.now().isoformat())
    return len(written)


@dataclass(frozen=True)
class ImportedFeedback:
    coach: str
    new: int
    total: int
    group: bool = False  # a group file: ``total`` examples; ``new`` 1 when it replaced the old


def import_feedback(
    db: Database, reader: QuickReader, path: Path, clock: Clock
) -> ImportedFeedback:
    """Bring a feedback file's entries into the recognition feed; nothing is half imported.
    A group file from the coach (kind ``cohort``) comes the same way, by hand or by sync, and
    replaces the one here (services/exchange/examples.py)."""
    package = read_package(path)
    if package.manifest.kind is Kind.COHORT:
        coach, examples, replaced = import_group_file(db, package, clock)
        return ImportedFeedback(coach, int(replaced), examples, group=True)
    if package.manifest.kind is not Kind.FEEDBACK:
        raise ExchangeError(path, "wrong_kind", package.manifest.kind.value)
    try:
        feedback = feedback_from_json(package.data)
    except BadContentError as error:
        raise ExchangeError(path, "bad_content", str(error)) from None
    me = person_of(db, reader)
    if feedback.person.id != me.id:
        raise ExchangeError(path, "not_for_you", feedback.person.name or feedback.person.id[:8])
    at = clock.now().isoformat(timespec="seconds")
    exercises = [e.exercise for e in feedback.entries if e.exercise is not None]
    goals = [e.goal for e in feedback.entries if e.goal is not None]
    comments = [(e.id, e.day, e.text, e.comment) for e in feedback.entries if e.comment]
    shares = [e.share for e in feedback.entries if e.share is not None]
    with db.session() as session:
        new = store.add_received(session, feedback.coach, feedback.entries, at)
        new += exercise_store.add_received(session, feedback.coach, exercises, at)
        new += goal_store.add_received(session, feedback.coach, goals, at)
        new += draft_store.add_comments(session, feedback.coach, comments, at)
        new += example_store.add_asks(session, feedback.coach, shares, at)
    return ImportedFeedback(feedback.coach, new, len(feedback.entries))


def received(reader: QuickReader) -> list[Received]:
    return read_received(reader.connection)


def export_everyone(
    db: Database,
    reader: QuickReader,
    people: Sequence[Person],
    coach: str,
    folder: Path,
    clock: Clock,
    data_dir: Path,
) -> int:
    """A feedback file for each person in ``folder`` (``feedback-<name>-<id>.ownvoice``); how
    many files."""
    for person in people:
        base = "-".join(person.name.lower().split()) or "person"
        base = "".join(c for c in base if c.isalnum() or c in "-_") or "person"
        out = folder / f"feedback-{base}-{person.id[:6]}.ownvoice"
        export_feedback(db, reader, person, coach, out, clock, data_dir)
    return len(people)
