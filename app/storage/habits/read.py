"""Reading habits, check-ins and travel with plain SQL on the standard library's sqlite3.

Like app/storage/journey/read.py: these reads serve the Habits page and the command line without
loading SQLAlchemy; writes go through the ORM in app/storage/habits/write.py, and
tests/storage/test_habits_store.py checks that what one writes the other reads. The records
that carry what the domain's ``Habit`` does not (id, link, reminder, order) are defined here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Any, Final

from app.domain.activity import ActivityKind
from app.domain.habits import CheckIn, CheckState, Frequency, Habit, Target, TravelRange

ALL_WEEKDAYS: Final = frozenset(range(7))


class CheckSource(StrEnum):
    """Who wrote a check-in. Stored: never rename a value."""

    MANUAL = "manual"
    LINKED = "linked"  # a logged or imported activity of the habit's linked kind
    IMPORT = "import"  # a Loop Habit Tracker export


@dataclass(frozen=True)
class Reminder:
    """A reminder at ``at`` (local wall time) on ``weekdays`` (0 = Monday … 6 = Sunday)."""

    at: time
    weekdays: frozenset[int] = ALL_WEEKDAYS

    def __post_init__(self) -> None:
        if not self.weekdays or not self.weekdays <= ALL_WEEKDAYS:
            raise ValueError(f"reminder weekdays must be some of 0..6, got {sorted(self.weekdays)}")

    @property
    def mask(self) -> int:
        return sum(1 << day for day in self.weekdays)

    @classmethod
    def from_columns(cls, at: str | None, mask: int) -> Reminder | None:
        if not at or not mask & 0x7F:
            return None
        return cls(time.fromisoformat(at), frozenset(d for d in range(7) if mask >> d & 1))


@dataclass(frozen=True)
class HabitRecord:
    """A habit as stored: the domain habit plus what the app keeps around it."""

    habit: Habit
    id: int | None = None
    description: str = ""
    linked_kind: ActivityKind | None = None
    reminder: Reminder | None = None
    archived: bool = False
    position: int = 0

    @property
    def name(self) -> str:
        return self.habit.name


@dataclass(frozen=True)
class CheckInRecord:
    habit_id: int
    checkin: CheckIn
    note: str = ""
    source: CheckSource = CheckSource.MANUAL


@dataclass(frozen=True)
class TravelRecord:
    """Days away, ``start`` to ``end`` inclusive."""

    start: date
    end: date
    note: str = ""
    id: int | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"travel {self.start}..{self.end} ends before it starts")

    @property
    def range(self) -> TravelRange:
        return (self.start, self.end)


_HABIT_COLUMNS: Final = (
    "id, name, description, frequency, numeric, target, unit, target_kind, created,"
    " linked_kind, reminder_time, reminder_days, archived, position"
)
_STATES: Final = {state.value: state for state in CheckState}


def _habit(row: Any) -> HabitRecord:
    (
        id_,
        name,
        description,
        frequency,
        numeric,
        target,
        unit,
        target_kind,
        created,
        linked,
        reminder_time,
        reminder_days,
        archived,
        position,
    ) = row
    return HabitRecord(
        habit=Habit(
            name=name,
            frequency=Frequency.from_key(frequency),
            numeric=bool(numeric),
            target=target,
            unit=unit,
            target_kind=Target(target_kind),
            created=date.fromisoformat(created),
        ),
        id=id_,
        description=description,
        linked_kind=ActivityKind(linked) if linked else None,
        reminder=Reminder.from_columns(reminder_time, reminder_days),
        archived=bool(archived),
        position=position,
    )


def read_habits(con: sqlite3.Connection, include_archived: bool = True) -> list[HabitRecord]:
    """Habits in the person's order."""
    where = "" if include_archived else " WHERE archived = 0"
    rows = con.execute(f"SELECT {_HABIT_COLUMNS} FROM habit{where} ORDER BY position, id")
    return [_habit(row) for row in rows]


def read_habit(con: sqlite3.Connection, habit_id: int) -> HabitRecord | None:
    row = con.execute(f"SELECT {_HABIT_COLUMNS} FROM habit WHERE id = ?", (habit_id,)).fetchone()
    return None if row is None else _habit(row)


def read_checkin_map(
    con: sqlite3.Connection, habit_ids: list[int] | None = None, not_done_from: date | None = None
) -> dict[int, list[CheckIn]]:
    """Check-ins per habit, oldest first: what ``evaluate`` needs, read as fast as possible.

    This is the hot path of the Habits page (20 habits x 10 years is up to 73,000 rows), so it
    reads only the columns the maths uses and converts them with local lookups. With
    ``not_done_from``, "not done" check-ins before that day are left out: to the maths they are
    the same as no check-in (a Loop import has many).
    """
    sql = "SELECT habit_id, day, state, value FROM habit_checkin WHERE 1 = 1"
    params: list[object] = []
    if habit_ids is not None:
        sql += f" AND habit_id IN ({','.join('?' * len(habit_ids))})"
        params += habit_ids
    if not_done_from is not None:
        sql += " AND (state != ? OR day >= ?)"
        params += [CheckState.NOT_DONE.value, not_done_from.isoformat()]
    found: dict[int, list[CheckIn]] = {}
    states, parse, make = _STATES, date.fromisoformat, CheckIn
    current_id, current = -1, []
    for habit_id, day, state, value in con.execute(sql + " ORDER BY habit_id, day", params):
        if habit_id != current_id:
            current_id, current = habit_id, found.setdefault(habit_id, [])
        current.append(make(parse(day), states[state], value))
    return found


def read_checkins(
    con: sqlite3.Connection,
    habit_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> list[CheckInRecord]:
    """Check-ins with their notes and sources, by habit then day."""
    sql = "SELECT habit_id, day, state, value, note, source FROM habit_checkin WHERE 1 = 1"
    params: list[object] = []
    for clause, value in (
        (" AND habit_id = ?", habit_id),
        (" AND day >= ?", since and since.isoformat()),
        (" AND day <= ?", until and until.isoformat()),
    ):
        if value is not None:
            sql += clause
            params.append(value)
    return [
        CheckInRecord(
            int(habit),
            CheckIn(date.fromisoformat(day), _STATES[state], value),
            note,
            CheckSource(source),
        )
        for habit, day, state, value, note, source in con.execute(
            sql + " ORDER BY habit_id, day", params
        )
    ]


def read_travel(con: sqlite3.Connection) -> list[TravelRecord]:
    return [
        TravelRecord(date.fromisoformat(start), date.fromisoformat(end), note, int(id_))
        for id_, start, end, note in con.execute(
            "SELECT id, start_day, end_day, note FROM habit_travel ORDER BY start_day, id"
        )
    ]


def count_done(con: sqlite3.Connection, habit_id: int, start: date, end: date) -> int:
    """Days from ``start`` to ``end`` on which the habit was done (for goals measured by it)."""
    row = con.execute(
        "SELECT COUNT(*) FROM habit_checkin WHERE habit_id = ? AND state = ?"
        " AND day >= ? AND day <= ?",
        (habit_id, CheckState.DONE.value, start.isoformat(), end.isoformat()),
    ).fetchone()
    return int(row[0])
