"""SMART goals: what is missing from a goal, how far along it is, and when to review it."""

from __future__ import annotations

import calendar
import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.activity import Activity, ActivityKind, Channel

# More than three goals at once spreads attention too thin for a habit to form.
MAX_ACTIVE_GOALS = 3
# Language-neutral test for "specific": fewer words than this cannot say what, where and how much.
MIN_STATEMENT_WORDS = 3
# A goal is behind only when progress trails elapsed time by more than this share of the target.
BEHIND_TOLERANCE = 0.10
# Absorbs float rounding so that landing exactly on the tolerance line counts as on track.
_EPSILON = 1e-9


class ReviewCadence(StrEnum):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class ActivityCount:
    """Count logged activities of one kind, on one channel or on all."""

    kind: ActivityKind
    channel: Channel | None = None


@dataclass(frozen=True)
class HabitCheckIns:
    """Check-ins of a habit; they are counted elsewhere and passed in."""

    habit_id: int


@dataclass(frozen=True)
class ManualNumber:
    """A number the person enters themselves, e.g. followers; `unit` is their own label."""

    unit: str = ""


Measure = ActivityCount | HabitCheckIns | ManualNumber


@dataclass(frozen=True)
class Goal:
    id: int | None
    statement: str
    measure: Measure
    target: float
    start: date
    deadline: date | None
    cadence: ReviewCadence = ReviewCadence.WEEKLY
    active: bool = True


class GoalIssue(StrEnum):
    EMPTY_STATEMENT = "empty_statement"
    VAGUE_STATEMENT = "vague_statement"
    NOT_MEASURABLE = "not_measurable"
    NO_DEADLINE = "no_deadline"
    DEADLINE_BEFORE_START = "deadline_before_start"
    TOO_MANY_ACTIVE = "too_many_active"


class GoalStatus(StrEnum):
    ON_TRACK = "on_track"
    BEHIND = "behind"
    DONE = "done"


@dataclass(frozen=True)
class GoalProgress:
    current: float
    target: float
    fraction: float  # current / target, not capped: 1.2 means 20 % beyond the target
    status: GoalStatus
    expected: float | None = None  # share of the goal's time used; None without a deadline


def goal_issues(goal: Goal, active_goal_count: int) -> list[GoalIssue]:
    """What keeps the goal from being SMART, in a stable order.

    `active_goal_count` counts the person's active goals including this one; an inactive goal
    adds no load, so it is never told that there are too many.
    """
    issues: list[GoalIssue] = []
    words = goal.statement.split()
    if not words:
        issues.append(GoalIssue.EMPTY_STATEMENT)
    elif len(words) < MIN_STATEMENT_WORDS:
        issues.append(GoalIssue.VAGUE_STATEMENT)
    if not math.isfinite(goal.target) or goal.target <= 0:
        issues.append(GoalIssue.NOT_MEASURABLE)
    if goal.deadline is None:
        issues.append(GoalIssue.NO_DEADLINE)
    elif goal.deadline < goal.start:
        issues.append(GoalIssue.DEADLINE_BEFORE_START)
    if goal.active and active_goal_count > MAX_ACTIVE_GOALS:
        issues.append(GoalIssue.TOO_MANY_ACTIVE)
    return issues


def _counted(
    measure: ActivityCount, activities: Iterable[Activity], first: date, last: date
) -> int:
    return sum(
        1
        for a in activities
        if a.kind is measure.kind
        and (measure.channel is None or a.channel is measure.channel)
        and first <= a.day <= last
    )


def _current(
    goal: Goal,
    activities: Iterable[Activity],
    today: date,
    manual_value: float | None,
    habit_count: int | None,
) -> float:
    measure = goal.measure
    if isinstance(measure, HabitCheckIns):
        return float(habit_count or 0)
    if isinstance(measure, ManualNumber):
        return float(manual_value or 0.0)
    # Activity after the deadline belongs to the next goal, not to this one.
    last = today if goal.deadline is None else min(today, goal.deadline)
    return float(_counted(measure, activities, goal.start, last))


def _elapsed(goal: Goal, today: date) -> float | None:
    if goal.deadline is None:
        return None
    if today >= goal.deadline:
        return 1.0
    if today <= goal.start:
        return 0.0
    return (today - goal.start).days / (goal.deadline - goal.start).days


def _is_behind(goal: Goal, today: date, fraction: float, expected: float | None) -> bool:
    if expected is None or goal.deadline is None:
        return False
    if today > goal.deadline:
        return True
    return fraction + _EPSILON < expected - BEHIND_TOLERANCE


def progress(
    goal: Goal,
    activities: Iterable[Activity],
    today: date,
    manual_value: float | None = None,
    habit_count: int | None = None,
) -> GoalProgress:
    """Progress on `today`: DONE at the target, BEHIND when trailing time by over the tolerance.

    Without a deadline nothing can be behind. Once the deadline has passed, an unreached goal is
    BEHIND whatever its fraction. A non-positive target (see goal_issues) gives fraction 0.
    """
    current = _current(goal, activities, today, manual_value, habit_count)
    expected = _elapsed(goal, today)
    if goal.target <= 0 or not math.isfinite(goal.target):
        return GoalProgress(current, goal.target, 0.0, GoalStatus.ON_TRACK, expected)
    fraction = current / goal.target
    if current >= goal.target:
        status = GoalStatus.DONE
    elif _is_behind(goal, today, fraction, expected):
        status = GoalStatus.BEHIND
    else:
        status = GoalStatus.ON_TRACK
    return GoalProgress(current, goal.target, fraction, status, expected)


def _add_months(day: date, months: int) -> date:
    # The 31st becomes the last day of a shorter month rather than spilling into the next one.
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def next_review(goal: Goal, last_review: date | None, today: date) -> date:
    """One cadence after the last review (or after the start), never later than the deadline.

    An overdue review is due today. The deadline pulls the review forward only while it is still
    ahead of the last review, so a goal reviewed after its deadline keeps its plain rhythm.
    """
    base = goal.start if last_review is None else last_review
    if goal.cadence is ReviewCadence.MONTHLY:
        due = _add_months(base, 1)
    else:
        due = base + timedelta(weeks=1 if goal.cadence is ReviewCadence.WEEKLY else 2)
    if goal.deadline is not None and goal.deadline > base:
        due = min(due, goal.deadline)
    return max(due, today)
