"""Habits as use cases: the list with strength and streaks, check-ins, travel, links, templates.

Reads run on the ``QuickReader`` (plain SQL, no SQLAlchemy: the Habits page and the command line
stay quick); writes go through the ``Database``. The maths is in app/domain/habits*.py.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from app.domain.activity import Activity, ActivityKind
from app.domain.habits import CheckIn, CheckState, HabitHistory, Streak, evaluate
from app.storage.habits import read
from app.storage.habits.read import CheckInRecord, CheckSource, HabitRecord, TravelRecord
from app.storage.quick import QuickReader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.habits_loop import LoopImportSummary
    from app.services.habits_templates import HabitTemplate
    from app.storage.database import Database

WEEK: Final = 7
HABITS: Final = "habits"  # the hub's dataChanged kind


@dataclass(frozen=True)
class HabitSummary:
    """One habit on the list: its strength today, streaks, and the last seven days."""

    record: HabitRecord
    history: HabitHistory
    today: date
    week: tuple[CheckIn | None, ...]  # the last seven days, today last
    done_count: int

    @property
    def id(self) -> int:
        assert self.record.id is not None
        return self.record.id

    @property
    def score(self) -> float:
        return self.history.score_on(self.today)

    @property
    def current_streak(self) -> Streak | None:
        return self.history.current_streak

    @property
    def best_streak(self) -> Streak | None:
        return self.history.best_streak

    @property
    def checked_today(self) -> CheckIn | None:
        return self.week[-1]

    def mark_on(self, day: date) -> str:
        """``"G"`` good (done or covered), ``"B"`` not, ``"S"`` skipped or away, ``""`` before
        the habit's first day."""
        first = self.history.first_day
        if first is None or not first <= day <= self.history.end:
            return ""
        return chr(self.history.marks[(day - first).days])


@dataclass(frozen=True)
class HabitsOverview:
    today: date
    habits: list[HabitSummary]
    travel: list[TravelRecord]

    @property
    def away(self) -> TravelRecord | None:
        """The travel that covers today or begins later (the one Today can end or edit)."""
        coming = [t for t in self.travel if t.end >= self.today]
        return min(coming, key=lambda t: t.start, default=None)


@dataclass(frozen=True)
class HabitDetail:
    summary: HabitSummary
    checkins: dict[date, CheckInRecord]
    travel: list[TravelRecord]

    @property
    def record(self) -> HabitRecord:
        return self.summary.record

    @property
    def history(self) -> HabitHistory:
        return self.summary.history


def _day_of(checkin: CheckIn) -> date:
    return checkin.day


def summarize(
    record: HabitRecord, checkins: Sequence[CheckIn], today: date, travel: Sequence[TravelRecord]
) -> HabitSummary:
    """Evaluate one habit up to ``today`` (check-ins oldest first)."""
    history = evaluate(record.habit, checkins, today, [t.range for t in travel])
    first = today - timedelta(days=WEEK - 1)
    by_day = {c.day: c for c in checkins[-WEEK:] if first <= c.day <= today}
    week = tuple(by_day.get(first + timedelta(days=i)) for i in range(WEEK))
    done_state = CheckState.DONE
    upto = bisect_right(checkins, today, key=_day_of)
    done = sum(1 for c in checkins[:upto] if c.state is done_state)
    return HabitSummary(record, history, today, week, done)


class HabitsReader:
    """Read-only views of habits, fast enough for the first screen and the command line."""

    def __init__(self, reader: QuickReader) -> None:
        self._con = reader.connection

    def habits(self, include_archived: bool = False) -> list[HabitRecord]:
        return read.read_habits(self._con, include_archived)

    def habit(self, habit_id: int) -> HabitRecord | None:
        return read.read_habit(self._con, habit_id)

    def checkins(self, habit_id: int | None = None) -> list[CheckInRecord]:
        return read.read_checkins(self._con, habit_id)

    def travel(self) -> list[TravelRecord]:
        return read.read_travel(self._con)

    def overview(self, today: date, include_archived: bool = False) -> HabitsOverview:
        """Every habit with its strength, streaks and week: one evaluation each."""
        records = self.habits(include_archived)
        checkins = read.read_checkin_map(self._con, None, today - timedelta(days=WEEK - 1))
        travel = self.travel()
        summaries = [
            summarize(record, checkins.get(record.id or 0, []), today, travel) for record in records
        ]
        return HabitsOverview(today, summaries, travel)

    def summary(self, habit_id: int, today: date) -> HabitSummary | None:
        record = self.habit(habit_id)
        if record is None:
            return None
        week = today - timedelta(days=WEEK - 1)
        checkins = read.read_checkin_map(self._con, [habit_id], week).get(habit_id, [])
        return summarize(record, checkins, today, self.travel())

    def detail(self, habit_id: int, today: date) -> HabitDetail | None:
        record = self.habit(habit_id)
        if record is None:
            return None
        records = read.read_checkins(self._con, habit_id)
        travel = self.travel()
        summary = summarize(record, [r.checkin for r in records], today, travel)
        return HabitDetail(summary, {r.checkin.day: r for r in records}, travel)

    def checkin_on(self, habit_id: int, day: date) -> CheckInRecord | None:
        found = read.read_checkins(self._con, habit_id, since=day, until=day)
        return found[0] if found else None

    def done_on(self, day: date) -> set[int]:
        """Ids of habits done (or skipped) on ``day``: no reminder needed for those."""
        return {
            r.habit_id
            for r in read.read_checkins(self._con, since=day, until=day)
            if r.checkin.state is not CheckState.NOT_DONE
        }

    def find(self, name: str) -> list[HabitRecord]:
        """Habits matching ``name``: the exact name (any case), else those it begins, else
        those it is part of."""
        wanted = name.strip().casefold()
        habits = self.habits(include_archived=False)
        for match in (
            lambda r: r.name.casefold() == wanted,
            lambda r: r.name.casefold().startswith(wanted),
            lambda r: wanted in r.name.casefold(),
        ):
            found = [r for r in habits if match(r)]
            if found:
                return found
        return []


class HabitsWriter:
    """Changes to habits. Each method is one transaction."""

    def __init__(self, db: Database, reader: QuickReader) -> None:
        from app.storage.habits import write as habits_write

        self._db = db
        self._write = habits_write
        self._read = HabitsReader(reader)

    @property
    def reader(self) -> HabitsReader:
        return self._read

    # -- habits ---------------------------------------------------------------------------------

    def add(self, record: HabitRecord, today: date) -> int:
        """Store a new habit at the end of the list; ``created`` defaults to ``today``."""
        habit = record.habit
        if habit.created is None:
            record = replace(record, habit=replace(habit, created=today))
        with self._db.session() as session:
            record = replace(record, id=None, position=self._write.next_position(session))
            habit_id = self._write.save_habit(session, record)
            self._backfill_link(session, replace(record, id=habit_id), None)
        return habit_id

    def add_template(self, template: HabitTemplate, today: date) -> int:
        return self.add(template.record, today)

    def save(self, record: HabitRecord) -> int:
        """Store an edited habit. A new link to an activity kind checks the days on which that
        kind was logged since the habit began."""
        if record.id is None:
            raise ValueError("save() changes a stored habit; use add() for a new one")
        before = self._read.habit(record.id)
        with self._db.session() as session:
            habit_id = self._write.save_habit(session, record)
            self._backfill_link(session, record, before)
        return habit_id

    def _backfill_link(
        self, session: Session, record: HabitRecord, before: HabitRecord | None
    ) -> None:
        kind = record.linked_kind
        if kind is None or (before is not None and before.linked_kind == kind):
            return
        self._write.backfill_linked(session, kind, record.habit.created or date.min)

    def archive(self, habit_id: int, archived: bool = True) -> None:
        with self._db.session() as session:
            self._write.set_archived(session, habit_id, archived)

    def delete(self, habit_id: int) -> None:
        with self._db.session() as session:
            self._write.delete_habit(session, habit_id)

    def reorder(self, habit_ids: Sequence[int]) -> None:
        with self._db.session() as session:
            self._write.reorder(session, habit_ids)

    # -- check-ins ------------------------------------------------------------------------------

    def set(self, habit_id: int, checkin: CheckIn, note: str = "") -> CheckInRecord | None:
        """Record the day's check-in (any past day: backfill); returns what it replaced."""
        before = self._read.checkin_on(habit_id, checkin.day)
        record = CheckInRecord(habit_id, checkin, note)
        with self._db.session() as session:
            self._write.set_checkin(session, record)
        return before

    def check(
        self, habit_id: int, day: date, value: float | None = None, note: str = ""
    ) -> CheckInRecord | None:
        return self.set(habit_id, CheckIn(day, CheckState.DONE, value), note)

    def skip(self, habit_id: int, day: date, note: str = "") -> CheckInRecord | None:
        return self.set(habit_id, CheckIn(day, CheckState.SKIPPED), note)

    def undo(self, habit_id: int, day: date) -> CheckInRecord | None:
        """Remove the day's check-in; returns it, so that it can be put back (``restore``)."""
        before = self._read.checkin_on(habit_id, day)
        with self._db.session() as session:
            self._write.delete_checkin(session, habit_id, day)
        return before

    def set_note(self, habit_id: int, day: date, note: str) -> CheckInRecord | None:
        """Write a note on a day; a day without a check-in keeps its note as "not done"."""
        before = self._read.checkin_on(habit_id, day)
        checkin = before.checkin if before is not None else CheckIn(day, CheckState.NOT_DONE)
        return self.set(habit_id, checkin, note.strip())

    def restore(self, habit_id: int, day: date, previous: CheckInRecord | None) -> None:
        """Put a day back as it was before a change (the UI's undo)."""
        with self._db.session() as session:
            if previous is None:
                self._write.delete_checkin(session, habit_id, day)
            else:
                self._write.set_checkin(session, previous)

    def toggle(self, habit_id: int, day: date) -> CheckInRecord | None:
        """Done, or undone if it was done. A numeric habit is done with its target amount."""
        before = self._read.checkin_on(habit_id, day)
        if before is not None and before.checkin.state is CheckState.DONE:
            return self.undo(habit_id, day)
        record = self._read.habit(habit_id)
        value = record.habit.target if record is not None and record.habit.numeric else None
        note = before.note if before is not None else ""
        return self.set(habit_id, CheckIn(day, CheckState.DONE, value), note)

    # -- travel ---------------------------------------------------------------------------------

    def travel_until(self, last: date, today: date, note: str = "") -> int:
        """I'm travelling until ``last``: away from today, or from the current trip's start."""
        current = next((t for t in self._read.travel() if t.start <= today <= t.end), None)
        start = current.start if current is not None else today
        travel = TravelRecord(start, max(last, start), note, current.id if current else None)
        with self._db.session() as session:
            return self._write.save_travel(session, travel)

    def back_home(self, today: date) -> None:
        """End the current trip: yesterday was the last day away (a trip from today is dropped)."""
        for travel in self._read.travel():
            if travel.start <= today <= travel.end:
                with self._db.session() as session:
                    if travel.start == today:
                        self._write.delete_travel(session, travel.id or 0)
                    else:
                        ended = replace(travel, end=today - timedelta(days=1))
                        self._write.save_travel(session, ended)

    def save_travel(self, travel: TravelRecord) -> int:
        with self._db.session() as session:
            return self._write.save_travel(session, travel)

    def delete_travel(self, travel_id: int) -> None:
        with self._db.session() as session:
            self._write.delete_travel(session, travel_id)

    # -- import ---------------------------------------------------------------------------------

    def import_loop(self, path: object, today: date) -> LoopImportSummary:
        """Import a Loop Habit Tracker CSV export (a ZIP or its unpacked folder), history kept."""
        from pathlib import Path

        from app.services.habits_loop import import_export

        return import_export(self._db, self._read, Path(str(path)), today)


def check_linked(session: Session, activities: Sequence[Activity]) -> list[tuple[int, date]]:
    """Check the habits linked to these activities' kinds, on their days, never twice.

    For JourneyWriter: call it in the session that stored the activities (see
    app/storage/habits/write.py ``check_linked``); returns the (habit id, day) pairs changed.
    """
    from app.storage.habits import write as habits_write

    return habits_write.check_linked(session, activities)


def sync_linked(
    session: Session, pairs: Iterable[tuple[ActivityKind, date]]
) -> list[tuple[int, date]]:
    """Like :func:`check_linked`, from the (kind, day) pairs of activities just stored."""
    from app.storage.habits import write as habits_write

    return habits_write.sync_linked(session, pairs)


__all__ = [
    "HABITS",
    "CheckSource",
    "HabitDetail",
    "HabitSummary",
    "HabitsOverview",
    "HabitsReader",
    "HabitsWriter",
    "check_linked",
    "summarize",
    "sync_linked",
]
