"""From a ``ProgressSnapshot`` to what each chart shows (``ChartData``): the page's charts and
their tables both show exactly these numbers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.domain.progress import GoalLine, HabitStrength, ProgressSnapshot, Series
from app.domain.progress.weeks import ConversationRatio, WeekCounts
from app.ui.progress.chart import ChartData, Line
from app.ui.progress.words import series_name

ACTIVITY_SERIES = (Series.OWN_POSTS, Series.COMMENTS, Series.REPLIES, Series.SHARES)


def activity_data(snapshot: ProgressSnapshot) -> ChartData:
    """Activity per week, stacked by kind."""
    return weekly_activity_data(snapshot.weeks)


def weekly_activity_data(weeks: Sequence[WeekCounts]) -> ChartData:
    """Activity per week, stacked by kind, from the weeks' counts (the page's range, or a
    progress file's weeks in the coach's person view)."""
    return ChartData(
        days=tuple(w.monday for w in weeks),
        series=tuple(
            Line(series_name(s), tuple(float(w.count(s)) for w in weeks)) for s in ACTIVITY_SERIES
        ),
        stacked=True,
        decimals=0,
    )


def ratio_data(snapshot: ProgressSnapshot) -> ChartData:
    """The conversation ratio of each week; no point in a week without own posts."""
    return weekly_ratio_data(snapshot.weeks, snapshot.weekly_ratio)


def weekly_ratio_data(
    weeks: Sequence[WeekCounts], ratios: Sequence[ConversationRatio]
) -> ChartData:
    """The conversation ratio of each of ``weeks`` (``ratios``, one per week)."""
    name = QCoreApplication.translate("ProgressWords", "Comments and replies per own post")
    return ChartData(
        days=tuple(w.monday for w in weeks),
        series=(Line(name, tuple(r.value for r in ratios)),),
    )


def habits_data(snapshot: ProgressSnapshot) -> ChartData:
    """Each habit's strength at each week's end, one line per habit."""
    return habit_lines(snapshot.habits)


def habit_lines(habits: Sequence[HabitStrength]) -> ChartData:
    """The strength of each of ``habits`` at each week's end, one line per habit."""
    days = sorted({m for h in habits for m, _ in h.points})
    lines = []
    for habit in habits:
        at = dict(habit.points)
        lines.append(Line(habit.name, tuple(at.get(day) for day in days)))
    return ChartData(days=tuple(days), series=tuple(lines), percent=True)


def goal_data(line: GoalLine) -> ChartData:
    """A goal's progress and the target line (where it should be by then), day by day."""
    points = line.points
    progress = QCoreApplication.translate("ProgressWords", "Progress")
    target = QCoreApplication.translate("ProgressWords", "Target line")
    series = [Line(progress, tuple(p.current for p in points))]
    if any(p.expected is not None for p in points):
        series.append(Line(target, tuple(p.expected for p in points), dashed=True))
    return ChartData(days=tuple(p.day for p in points), series=tuple(series))
