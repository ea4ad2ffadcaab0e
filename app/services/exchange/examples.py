"""Inspire by example: a coach asks a person's permission to share one of their posts with the
group (an entry of kind ``share_ask`` in the feedback file, with the exact text and the line on
why it works); the person answers yes with their name, yes without it, or no, and may take a
yes back at any time; the answers travel in every progress file. The coach's group file (kind
``cohort``) carries the examples allowed and recognition for the group, counts only; a person
imports it like a feedback file, and a newer one replaces the older, so an example taken back
is gone from everyone at the next group file.

What goes out is decided here, on the coach's side, from each author's newest progress file:
``prepare_group_file`` keeps only posts whose author said yes and did not take it back, with a
name only when they said yes to that; ``save_group_file`` checks the file against the same
answers again before it writes a byte.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.domain.exchange.codec import person_to_json
from app.domain.exchange.examples import (
    BadExampleError,
    Example,
    GroupFile,
    Permission,
    RecognitionLine,
    ShareAnswer,
    ShareAsk,
    allowed_examples,
    group_from_json,
    group_to_json,
    recognition_lines,
)
from app.domain.exchange.model import FeedbackEntry, FeedbackKind, Kind, Person
from app.domain.exchange.sessions import GroupSession, upcoming
from app.services.exchange.cohort import Cohort, person_row
from app.services.exchange.export import person_of
from app.services.exchange.package import ExchangeError, Package, write_package
from app.storage.exchange import examples as store
from app.storage.exchange import feedback as written_store
from app.storage.exchange import sessions as session_store

if TYPE_CHECKING:
    from app.services.clock import Clock
    from app.storage.database import Database
    from app.storage.quick import QuickReader

AskedToShare = store.AskedToShare
LEAST_IN_A_LINE = 2  # a recognition line counts at least two people: one would point at someone


# -- the coach's side ---------------------------------------------------------------------------


def new_ask(day: date, post: str, why: str) -> ShareAsk:
    import uuid

    return ShareAsk(uuid.uuid4().hex, day, post.strip(), " ".join(why.split()))


def ask_to_share(db: Database, person: Person, ask: ShareAsk) -> None:
    """The request goes in the person's next feedback file."""
    entry = FeedbackEntry(ask.id, ask.asked, FeedbackKind.SHARE_ASK, ask.why, share=ask)
    with db.session() as session:
        written_store.add_written(session, person.id, person.name, entry)


@dataclass(frozen=True)
class AskState:
    """A request the coach wrote, and what its author's newest progress file says of it."""

    person: Person
    ask: ShareAsk
    sent: bool  # in a feedback file already
    answer: ShareAnswer | None  # None: no answer in the newest file (or no file)

    @property
    def allowed(self) -> bool:
        return self.answer is not None and self.answer.permission in (
            Permission.NAMED,
            Permission.ANONYMOUS,
        )


def ask_states(reader: QuickReader, cohort: Cohort) -> list[AskState]:
    """Every request to share, newest first, with its author's answer."""
    answers = _answers_by_person(cohort)
    names = {m.report.person.id: m.report.person.name for m in cohort.members}
    out = []
    for written in written_store.read_written(reader.connection):
        ask = written.entry.share
        if ask is None:
            continue
        person = Person(written.person_id, names.get(written.person_id, written.person_name))
        answer = answers.get(written.person_id, {}).get(ask.id)
        out.append(AskState(person, ask, written.exported_at is not None, answer))
    return sorted(out, key=lambda s: (s.ask.asked, s.ask.id), reverse=True)


def _answers_by_person(cohort: Cohort) -> dict[str, dict[str, ShareAnswer]]:
    return {m.report.person.id: {a.id: a for a in m.report.share_answers} for m in cohort.members}


def _allowed(states: Sequence[AskState], today: date) -> tuple[Example, ...]:
    """The one list of what may go out: each request with the answer from its own author's
    newest file (an answer in someone else's file allows nothing)."""
    allowed: list[Example] = []
    for state in states:
        answers = {state.answer.id: state.answer} if state.answer is not None else {}
        allowed += allowed_examples([(state.ask, state.person.name)], answers, today)
    return tuple(allowed)


def group_recognition(cohort: Cohort, today: date) -> tuple[RecognitionLine, ...]:
    month = today.replace(day=1)
    rows = [person_row(m, today) for m in cohort.members]
    acted = sum(1 for m in cohort.members if m.activity_by_month.get(month, 0) > 0)
    moved_up = sum(1 for r in rows if r.start is not None and r.now is not None and r.now > r.start)
    exercises = sum(
        1
        for m in cohort.members
        if any(e.done_on is not None and e.done_on >= month for e in m.report.exercises)
    )
    goals = sum(1 for m in cohort.members if any(g.status == "done" for g in m.report.goals))
    return recognition_lines(acted, moved_up, exercises, goals, month, LEAST_IN_A_LINE)


def group_from_states(
    states: Sequence[AskState],
    recognition: tuple[RecognitionLine, ...],
    coach: str,
    today: date,
    chosen: Sequence[str],
    sessions: Sequence[GroupSession] = (),
) -> GroupFile:
    """The group file as it would go out: of the requests ``chosen`` (by id), those whose
    author allows it, the group's recognition, and the sessions from today on. The window
    shows exactly this."""
    wanted = set(chosen)
    examples = tuple(e for e in _allowed(states, today) if e.id in wanted)
    return GroupFile(coach.strip()[:200], today, examples, recognition, upcoming(sessions, today))


def prepare_group_file(
    reader: QuickReader, cohort: Cohort, coach: str, today: date, chosen: Sequence[str]
) -> GroupFile:
    states = ask_states(reader, cohort)
    sessions = session_store.read_sessions(reader.connection)
    return group_from_states(
        states, group_recognition(cohort, today), coach, today, chosen, sessions
    )


class NotAllowedError(ValueError):
    """A group file holding a post, or a name, its author did not allow."""


def save_group_file(
    db: Database,
    reader: QuickReader,
    cohort: Cohort,
    group: GroupFile,
    out: Path,
    clock: Clock,
    data_dir: Path,
) -> None:
    """Write ``group`` (from ``prepare_group_file``) to ``out``, after checking every example
    against its author's answer once more; nothing is written when one is not allowed."""
    allowed = {e.id: e for e in _allowed(ask_states(reader, cohort), group.made_on)}
    for example in group.examples:
        known = allowed.get(example.id)
        if known is None or (known.post, known.author) != (example.post, example.author):
            raise NotAllowedError(example.id)
    coach = Person(person_of(db, reader).id, group.coach[:200])
    write_package(
        out,
        Kind.COHORT,
        coach,
        {"person": person_to_json(coach), **group_to_json(group)},
        {},
        app_version=__version__,
        created_at=clock.now().isoformat(timespec="seconds"),
        private=out.absolute().is_relative_to(data_dir.absolute()),
    )


def group_file_name(today: date) -> str:
    return f"ownvoice-group-{today.isoformat()}.ownvoice"


# -- the person's side --------------------------------------------------------------------------


def asks(reader: QuickReader) -> list[AskedToShare]:
    return store.read_asks(reader.connection)


def answer(db: Database, ask_id: str, permission: Permission, today: date) -> None:
    """Yes (with or without the name), no, or a yes taken back: the next progress file says it."""
    with db.session() as session:
        store.answer(session, ask_id, permission, today)


def share_answers(reader: QuickReader) -> tuple[ShareAnswer, ...]:
    return tuple(a for asked in asks(reader) if (a := asked.as_answer()) is not None)


def import_group_file(db: Database, package: Package, clock: Clock) -> tuple[str, int, bool]:
    """Keep the group file read in ``package`` in place of the one here (unless that one is
    newer); the coach, how many examples it holds, and whether it replaced the old one."""
    try:
        group = group_from_json(package.data)
    except BadExampleError as error:
        raise ExchangeError(package.path, "bad_content", str(error)) from None
    kept = store.StoredGroupFile(
        group.coach, group.made_on, package.manifest.created_at, json.dumps(package.data)
    )
    with db.session() as session:
        replaced = store.keep_group_file(session, kept, clock.now().isoformat(timespec="seconds"))
    return group.coach, len(group.examples), replaced


@dataclass(frozen=True)
class GroupView:
    """What Journey shows under "Examples from your group"."""

    asks: tuple[AskedToShare, ...]  # the coach's requests to share the person's posts
    group: GroupFile | None  # the newest group file, without the person's own posts taken back


def group_view(reader: QuickReader) -> GroupView:
    asked = tuple(asks(reader))
    stored = store.read_group_file(reader.connection)
    group = None
    if stored is not None:
        try:
            group = group_from_json(json.loads(stored.data))
        except (BadExampleError, ValueError, KeyError, TypeError):
            group = None
    if group is not None:  # a yes taken back here is gone here at once, before the next file
        withdrawn = {a.ask.id for a in asked if a.permission not in (None, *_YES)}
        group = GroupFile(
            group.coach,
            group.made_on,
            tuple(e for e in group.examples if e.id not in withdrawn),
            group.recognition,
        )
    return GroupView(asked, group)


_YES = (Permission.NAMED, Permission.ANONYMOUS)
