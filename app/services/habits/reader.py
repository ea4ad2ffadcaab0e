"""Reading habits: the list with strength and streaks, one habit's detail, check-ins, travel.

Reads run on the ``QuickReader`` (plain SQL, no SQLAlchemy: the Habits page and the command line
stay quick); changes are in writer.py. The maths is in app/domain/habits/.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from app.domain.habits import CheckIn, CheckState, HabitHistory, Streak, evaluate
from app.storage.habits import read
from app.storage.habits.read import CheckInRecord, HabitRecord, TravelRecord
from app.storage.quick import QuickReader

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
