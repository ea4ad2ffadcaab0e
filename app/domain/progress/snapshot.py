"""All the numbers of the Progress page: built once for all time (``ProgressData``), then cut to
the chosen range (``ProgressSnapshot``), which only slices and counts a little."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.activity import Activity, ActivityKind
from app.domain.habits import HabitHistory
from app.domain.journey.goals import Goal
from app.domain.journey.ladder import StartingPoint, WeekStage
from app.domain.progress.insights import Insight, insights
from app.domain.progress.posts import (
    Grouping,
    OutcomeGroup,
    Post,
    PostFacts,
    outcome_groups,
    posts_of,
)
from app.domain.progress.series import (
    GoalLine,
    HabitStrength,
    StageHistory,
    StageView,
    goal_lines,
    habit_strengths,
)
from app.domain.progress.weeks import (
    ConversationRatio,
    Range,
    Span,
    WeekCounts,
    WeeklyActivity,
    days_between,
    monday,
    ratio_of,
    span_for,
    weekly_ratios,
)


@dataclass(frozen=True)
class ProgressSnapshot:
    """The numbers behind every chart and insight for one range."""

    range: Range
    span: Span
    weeks: tuple[WeekCounts, ...]  # activity per week and kind, one per week of the span
    weekly_ratio: tuple[ConversationRatio, ...]  # the conversation ratio of each of those weeks
    ratio: ConversationRatio  # over the whole range
    stages: StageView
    habits: tuple[HabitStrength, ...]  # each habit's weekly strength within the range
    goals: tuple[GoalLine, ...]  # every goal with points in the range, or still running
    posts: tuple[Post, ...]  # published in the range, oldest first
    outcomes: Mapping[Grouping, tuple[OutcomeGroup, ...]]
    insights: tuple[Insight, ...]


@dataclass(frozen=True)
class ProgressData:
    """Everything a range needs, computed once; ``snapshot`` cuts out a range."""

    today: date
    first_day: date | None  # the data's first day: where "all" begins
    activity: WeeklyActivity
    comment_days: tuple[int, ...]  # day ordinals of every comment, sorted
    stages: StageHistory
    habits: tuple[HabitStrength, ...]
    goals: tuple[GoalLine, ...]
    posts: tuple[Post, ...]

    def span(self, chosen: Range) -> Span:
        return span_for(chosen, self.today, self.first_day)

    def snapshot(self, chosen: Range) -> ProgressSnapshot:
        return self._cut(chosen, self.span(chosen))

    def period(self, first: date, last: date) -> ProgressSnapshot:
        """A chosen period, as a report asks for, in whole weeks: from the Monday of ``first``
        to the Sunday of ``last``, or to ``today`` if that comes first. Its ``range`` is
        ``Range.ALL`` (no range of the selector); ``span.today`` is the last day counted."""
        end = min(monday(last) + timedelta(days=6), self.today)
        start = min(first, end)
        return self._cut(Range.ALL, Span(monday(start), monday(end), end))

    def _cut(self, chosen: Range, span: Span) -> ProgressSnapshot:
        weeks = self.activity.between(span.first, span.last)
        posts = tuple(p for p in self.posts if span.holds(p.day))
        comments = days_between(self.comment_days, span.first, span.today)
        habits = tuple(cut for h in self.habits if (cut := h.between(span.first, span.last)).points)
        goals = tuple(
            g.between(span.first, span.today)
            for g in self.goals
            if g.points and g.points[-1].day >= span.first
        )
        return ProgressSnapshot(
            range=chosen,
            span=span,
            weeks=weeks,
            weekly_ratio=weekly_ratios(weeks),
            ratio=ratio_of(weeks),
            stages=self.stages.between(span.first, span.last),
            habits=habits,
            goals=goals,
            posts=posts,
            outcomes={g: outcome_groups(posts, g) for g in Grouping},
            insights=insights(posts, comments, weeks),
        )


def build_progress(
    today: date,
    activities: Sequence[Activity],
    stage_weeks: Sequence[WeekStage],
    start: StartingPoint | None = None,
    habits: Sequence[tuple[int, str, HabitHistory]] = (),
    goals: Sequence[tuple[int | None, Goal, float | None]] = (),
    done_days: Mapping[int, Sequence[date]] | None = None,
    posts: Iterable[PostFacts] = (),
) -> ProgressData:
    """The all-time numbers on ``today``.

    ``activities`` in day order, those after ``today`` left out of the counts; ``stage_weeks``
    as ``standing`` gave them (with ``start``, the self-assessed start); ``habits`` as (id,
    name, evaluated history); ``goals`` as (id, goal, number entered by hand); ``done_days``
    per habit id, sorted, for goals measured by a habit; ``posts`` the published ones.
    """
    counted = sorted((a for a in activities if a.day <= today), key=_day)
    made = tuple(p for p in posts_of(posts) if p.day <= today)
    firsts = [counted[0].day] if counted else []
    firsts += [made[0].day] if made else []
    firsts += [h.first_day for _, _, h in habits if h.first_day is not None]
    firsts += [goal.start for _, goal, _ in goals]
    first_day = min((d for d in firsts if d <= today), default=None)
    activity = WeeklyActivity.count(counted, first_day or today, today)
    comments = tuple(a.day.toordinal() for a in counted if a.kind is ActivityKind.COMMENT)
    return ProgressData(
        today=today,
        first_day=first_day,
        activity=activity,
        comment_days=tuple(sorted(comments)),
        stages=StageHistory.of(stage_weeks, start),
        habits=habit_strengths(habits, today),
        goals=goal_lines(goals, counted, today, done_days or {}),
        posts=made,
    )


def _day(activity: Activity) -> date:
    return activity.day
