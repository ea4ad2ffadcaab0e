"""Lines over time that other parts of the domain already compute: the ladder stage per week
(journey/standing.py), habit strength (habits/engine.py) and goal progress (journey/goals.py).

Nothing here judges anew; it samples those results once per week for all time, and a range
takes a slice.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.activity import Activity
from app.domain.habits import HabitHistory
from app.domain.journey import goals as goal_rules
from app.domain.journey.goals import ActivityCount, Goal, GoalProgress, HabitCheckIns
from app.domain.journey.ladder import Stage, StageChange, StartingPoint, WeekStage, stage_changes
from app.domain.progress.weeks import WEEK, monday

_SUNDAY = timedelta(days=6)


@dataclass(frozen=True)
class StartMark:
    """Where the journey started: the first week shown by the ladder, and its stage (from the
    self-assessment when there was one, else what the log showed at first)."""

    monday: date
    stage: Stage
    self_assessed: bool


@dataclass(frozen=True)
class StageView:
    weeks: tuple[WeekStage, ...]  # one per week of the range, oldest first
    changes: tuple[StageChange, ...]  # moves up and down within the range
    start: StartMark | None  # None when the ladder has no weeks at all
    start_in_range: bool  # whether the start's week is one of ``weeks``


@dataclass(frozen=True)
class StageHistory:
    """The ladder stage of every week since the first, as ``standing`` held it."""

    weeks: tuple[WeekStage, ...]
    start: StartMark | None

    @classmethod
    def of(cls, weeks: Sequence[WeekStage], start: StartingPoint | None) -> StageHistory:
        if not weeks:
            return cls((), None)
        first = weeks[0]
        stage = start.stage if start is not None else first.stage
        return cls(tuple(weeks), StartMark(first.monday, stage, start is not None))

    def between(self, first: date, last: date) -> StageView:
        mondays = [w.monday for w in self.weeks]
        chosen = self.weeks[bisect_left(mondays, first) : bisect_right(mondays, last)]
        inside = self.start is not None and first <= self.start.monday <= last
        return StageView(chosen, tuple(stage_changes(chosen)), self.start, inside)


@dataclass(frozen=True)
class HabitStrength:
    """A habit's strength (0..1, Loop's score) at the end of each week since it began: on the
    Sunday, or on ``today`` in the current week."""

    habit_id: int
    name: str
    points: tuple[tuple[date, float], ...]  # (Monday, score at the week's end)

    @classmethod
    def of(cls, habit_id: int, name: str, history: HabitHistory, today: date) -> HabitStrength:
        if history.first_day is None or history.first_day > today:
            return cls(habit_id, name, ())
        base, scores = history.first_day, history.scores
        last_index = min((today - base).days, len(scores) - 1)
        first_monday = monday(base)
        # The score at each week's Sunday, counted in days from the habit's first day.
        offset = (first_monday - base).days + 6
        count = (monday(today) - first_monday).days // 7 + 1
        points = [
            (first_monday + i * WEEK, scores[min(offset + 7 * i, last_index)]) for i in range(count)
        ]
        return cls(habit_id, name, tuple(points))

    def between(self, first: date, last: date) -> HabitStrength:
        mondays = [m for m, _ in self.points]
        chosen = self.points[bisect_left(mondays, first) : bisect_right(mondays, last)]
        return HabitStrength(self.habit_id, self.name, chosen)


@dataclass(frozen=True)
class GoalPoint:
    """How far the goal was on ``day``: ``current`` against ``expected``, the target line (the
    target times the share of the goal's time used; None without a deadline)."""

    day: date
    current: float
    expected: float | None


@dataclass(frozen=True)
class GoalLine:
    goal_id: int | None
    goal: Goal
    points: tuple[GoalPoint, ...]  # the start, each Sunday after it, the last day counted
    now: GoalProgress  # on the last day counted (today, or the deadline if it has passed)

    @property
    def target_line(self) -> tuple[tuple[date, float], tuple[date, float]] | None:
        """From nothing on the start to the target on the deadline; None without a deadline."""
        deadline = self.goal.deadline
        if deadline is None or deadline < self.goal.start:
            return None
        return (self.goal.start, 0.0), (deadline, self.goal.target)

    def between(self, first: date, last_day: date) -> GoalLine:
        chosen = tuple(p for p in self.points if first <= p.day <= last_day)
        return GoalLine(self.goal_id, self.goal, chosen, self.now)


def goal_line(
    goal_id: int | None,
    goal: Goal,
    activities: Sequence[Activity],
    today: date,
    manual_value: float | None = None,
    done_days: Sequence[date] = (),
) -> GoalLine:
    """The goal's progress on its start, each Sunday after and its last day counted, each as
    ``goals.progress`` judges it on that day. A number the person enters (``ManualNumber``) has
    no history: only its value now is known. ``activities`` in day order; ``done_days``: the
    sorted days a habit measured by the goal was done."""
    end = today if goal.deadline is None else min(today, goal.deadline)
    measure = goal.measure
    days: list[date] = []
    if isinstance(measure, ActivityCount | HabitCheckIns) and goal.start <= end:
        days = [goal.start]
        sunday = monday(goal.start) + _SUNDAY
        while sunday < end:
            if sunday > goal.start:
                days.append(sunday)
            sunday += WEEK
        if end > goal.start:
            days.append(end)
    relevant: list[Activity] = []
    if isinstance(measure, ActivityCount):
        relevant = [
            a
            for a in activities
            if a.kind is measure.kind and (measure.channel is None or a.channel is measure.channel)
        ]
    relevant_days = [a.day for a in relevant]
    from_start = bisect_left(done_days, goal.start)

    def judged(day: date) -> GoalProgress:
        # Only the activities up to ``day`` are handed over: progress() counts each it is given.
        upto = relevant[: bisect_right(relevant_days, day)]
        habit_count = bisect_right(done_days, day) - from_start
        return goal_rules.progress(goal, upto, day, manual_value, max(habit_count, 0))

    points = []
    for day in days:
        judged_then = judged(day)
        expected = judged_then.expected
        line = None if expected is None else expected * goal.target
        points.append(GoalPoint(day, judged_then.current, line))
    now = judged(today)
    if not points:
        expected = now.expected
        line = None if expected is None else expected * goal.target
        points.append(GoalPoint(end, now.current, line))
    return GoalLine(goal_id, goal, tuple(points), now)


def habit_strengths(
    habits: Sequence[tuple[int, str, HabitHistory]], today: date
) -> tuple[HabitStrength, ...]:
    return tuple(HabitStrength.of(i, name, history, today) for i, name, history in habits)


def goal_lines(
    goals: Sequence[tuple[int | None, Goal, float | None]],
    activities: Sequence[Activity],
    today: date,
    done_days: Mapping[int, Sequence[date]],
) -> tuple[GoalLine, ...]:
    """One line per goal (id, goal, the number entered by hand)."""
    lines = []
    for goal_id, goal, manual in goals:
        measure = goal.measure
        done = done_days.get(measure.habit_id, ()) if isinstance(measure, HabitCheckIns) else ()
        lines.append(goal_line(goal_id, goal, activities, today, manual, done))
    return tuple(lines)
