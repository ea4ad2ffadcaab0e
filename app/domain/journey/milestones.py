"""Recognition milestones, found in the log and keyed so that each is recorded only once."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.activity import Activity, ActivityKind
from app.domain.journey.ladder import Stage, WeekStage

# Four weeks in a row is long enough to be a rhythm rather than a burst.
STREAK_WEEKS = 4


class MilestoneKind(StrEnum):
    FIRST_COMMENT = "first_comment"
    FIRST_OWN_POST = "first_own_post"
    FIRST_REPLY = "first_reply"
    FIRST_FOUR_WEEK_STREAK = "first_four_week_streak"
    STAGE_UP = "stage_up"
    GOAL_REACHED = "goal_reached"


# The milestones the activity log alone gives (a goal reached also depends on the goal).
LOG_MILESTONES = frozenset(MilestoneKind) - {MilestoneKind.GOAL_REACHED}

_FIRSTS = (
    (MilestoneKind.FIRST_COMMENT, ActivityKind.COMMENT),
    (MilestoneKind.FIRST_OWN_POST, ActivityKind.OWN_POST),
    (MilestoneKind.FIRST_REPLY, ActivityKind.REPLY),
)
_ORDER = {kind: position for position, kind in enumerate(MilestoneKind)}


@dataclass(frozen=True)
class Milestone:
    kind: MilestoneKind
    day: date
    detail: str = ""  # a Stage key for STAGE_UP, the goal id for GOAL_REACHED, else empty

    @property
    def key(self) -> str:
        """Stable identity, e.g. "first_comment", "stage_up:creator", "goal_reached:7"."""
        return f"{self.kind}:{self.detail}" if self.detail else str(self.kind)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _firsts(activities: Sequence[Activity]) -> list[Milestone]:
    found: list[Milestone] = []
    for milestone_kind, activity_kind in _FIRSTS:
        days = [a.day for a in activities if a.kind is activity_kind]
        if days:
            found.append(Milestone(milestone_kind, min(days)))
    return found


def _first_streak(activities: Sequence[Activity]) -> list[Milestone]:
    # Dated on the first activity of the week that completed the streak: the day it was earned.
    first_in_week: dict[date, date] = {}
    for a in activities:
        monday = _monday(a.day)
        first_in_week[monday] = min(a.day, first_in_week.get(monday, a.day))
    run, previous = 0, None
    for monday in sorted(first_in_week):
        run = run + 1 if previous == monday - timedelta(weeks=1) else 1
        if run == STREAK_WEEKS:
            return [Milestone(MilestoneKind.FIRST_FOUR_WEEK_STREAK, first_in_week[monday])]
        previous = monday
    return []


def _stage_ups(weekly: Iterable[WeekStage], start: Stage | None) -> list[Milestone]:
    # The one stage (standing.py) rising above the highest it has been: what every page shows,
    # so recognition never names a stage the person is not said to have reached. The start is
    # where the count begins: a self-assessed start earns no recognition. Rungs are nested, so
    # a move of several stages passes every rung between, and each one is recorded. The stage
    # is a weekly judgement, so its milestone is dated by the week's Monday.
    found: list[Milestone] = []
    highest = Stage.LISTENER if start is None else start
    for week in weekly:
        if week.from_log and week.stage > highest:
            found.extend(
                Milestone(MilestoneKind.STAGE_UP, week.monday, Stage(value).key)
                for value in range(highest + 1, week.stage + 1)
            )
            highest = week.stage
    return found


def _goals(goals_done: Iterable[tuple[int, date]]) -> list[Milestone]:
    earliest: dict[int, date] = {}
    for goal_id, day in goals_done:
        earliest[goal_id] = min(day, earliest.get(goal_id, day))
    return [
        Milestone(MilestoneKind.GOAL_REACHED, day, str(goal_id))
        for goal_id, day in sorted(earliest.items())
    ]


def detect_milestones(
    activities: Iterable[Activity],
    weekly_stages: Sequence[WeekStage],
    goals_done: Iterable[tuple[int, date]],
    start: Stage | None = None,
) -> list[Milestone]:
    """Every milestone the history shows, each key once, oldest first.

    A milestone has the same key however often it is detected, so callers store only the keys
    they have not stored yet (see `unrecorded`) and keep the day of the first recording.
    """
    listed = list(activities)
    found = (
        _firsts(listed)
        + _first_streak(listed)
        + _stage_ups(weekly_stages, start)
        + _goals(goals_done)
    )
    # A stable sort keeps stage-ups of one week in ladder order and goals in id order.
    return sorted(found, key=lambda m: (m.day, _ORDER[m.kind]))


def unrecorded(milestones: Iterable[Milestone], recorded_keys: Collection[str]) -> list[Milestone]:
    """The milestones whose keys are not recorded yet."""
    return [m for m in milestones if m.key not in recorded_keys]
