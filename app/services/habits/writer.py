"""Changing habits: add, edit, order, check in, travel, and the links to logged activity.

Each method of ``HabitsWriter`` is one transaction through the ``Database``; ``check_linked`` and
``sync_linked`` run inside the journey's own session (app/services/journey/writer.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain.activity import Activity, ActivityKind
from app.domain.habits import CheckIn, CheckState
from app.services.habits.reader import HabitsReader
from app.storage.habits.read import CheckInRecord, HabitRecord, TravelRecord
from app.storage.quick import QuickReader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.habits.loop_import import LoopImportSummary
    from app.services.habits.templates import HabitTemplate
    from app.storage.database import Database


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

        from app.services.habits.loop_import import import_export

        known = self._read.habits(include_archived=True)
        return import_export(self._db, known, Path(str(path)), today)


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
