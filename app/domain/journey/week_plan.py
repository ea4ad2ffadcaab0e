"""What a goal asks of this week: its share of what is left, and how much of it is done."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.activity import Activity
from app.domain.journey.goals import ActivityCount, Goal, GoalProgress, GoalStatus


class WeekState(StrEnum):
    NOT_STARTED = "not_started"  # the goal starts after this week's today
    GOAL_DONE = "goal_done"
    OVERDUE = "overdue"  # the deadline has passed and the target was not reached
    WEEK_DONE = "week_done"  # this week's share is done
    TO_DO = "to_do"  # something is still to do this week
    NO_PACE = "no_pace"  # no deadline, or not counted from the log: no weekly share


@dataclass(frozen=True)
class WeekPlan:
    state: WeekState
    done: int = 0  # matching activities from Monday (or the start) up to today
    target: int | None = None  # this week's share; None when there is no pace

    @property
    def left(self) -> int:
        return max(0, (self.target or 0) - self.done)

    @property
    def fraction(self) -> float:
        if not self.target:
            return 1.0 if self.state in (WeekState.GOAL_DONE, WeekState.WEEK_DONE) else 0.0
        return min(1.0, self.done / self.target)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _matches(measure: ActivityCount, activity: Activity) -> bool:
    return activity.kind is measure.kind and (
        measure.channel is None or activity.channel is measure.channel
    )


def plan_week(
    goal: Goal, progress: GoalProgress, activities: Iterable[Activity], today: date
) -> WeekPlan:
    """This week's share of an activity goal: what is left at Monday over the weeks left.

    Spreading what is left (rather than the whole target) over the remaining weeks keeps the ask
    honest after a slow week without ever asking for the impossible in one go.
    ``activities`` needs to hold at least this week's.
    """
    measure = goal.measure
    if progress.status is GoalStatus.DONE:
        return WeekPlan(WeekState.GOAL_DONE)
    if today < goal.start:
        return WeekPlan(WeekState.NOT_STARTED)
    if goal.deadline is not None and today > goal.deadline:
        return WeekPlan(WeekState.OVERDUE)
    if not isinstance(measure, ActivityCount):
        return WeekPlan(WeekState.NO_PACE)
    monday = monday_of(today)
    first = max(monday, goal.start)
    done = sum(1 for a in activities if _matches(measure, a) and first <= a.day <= today)
    if goal.deadline is None or not math.isfinite(goal.target) or goal.target <= 0:
        return WeekPlan(WeekState.NO_PACE, done)
    before = max(0.0, progress.current - done)
    weeks_left = (monday_of(goal.deadline) - monday).days // 7 + 1
    target = max(1, math.ceil(max(0.0, goal.target - before) / weeks_left))
    state = WeekState.WEEK_DONE if done >= target else WeekState.TO_DO
    return WeekPlan(state, done, target)
