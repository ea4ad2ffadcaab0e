"""Habit tracking: habit strength (Loop Habit Tracker's published maths) and streaks.

The rules are in docs/HABITS.md. Everything works on calendar days (``datetime.date``), so clock
changes cannot move anything. For several numbers about one habit, call ``evaluate`` once and read
the ``HabitHistory``; the functions below are shortcuts that each evaluate afresh.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from app.domain.habits_engine import evaluate
from app.domain.habits_history import HabitHistory
from app.domain.habits_model import (
    CheckIn,
    CheckState,
    Frequency,
    Habit,
    Streak,
    Target,
    TravelRange,
)

__all__ = [
    "CheckIn",
    "CheckState",
    "Frequency",
    "Habit",
    "HabitHistory",
    "Streak",
    "Target",
    "TravelRange",
    "best_streak",
    "current_score",
    "current_streak",
    "evaluate",
    "score_series",
    "streaks",
]


def score_series(
    habit: Habit,
    checkins: Iterable[CheckIn],
    start: date,
    end: date,
    travel: Sequence[TravelRange] = (),
) -> list[tuple[date, float]]:
    """``(day, score)`` for each day from ``start`` to ``end``; the maths always begins at the
    habit's first day (``created`` or the first check-in), so ``start`` only picks what to show."""
    return evaluate(habit, checkins, end, travel).series(start, end)


def current_score(
    habit: Habit, checkins: Iterable[CheckIn], today: date, travel: Sequence[TravelRange] = ()
) -> float:
    return evaluate(habit, checkins, today, travel).score_on(today)


def streaks(
    habit: Habit, checkins: Iterable[CheckIn], end: date, travel: Sequence[TravelRange] = ()
) -> list[Streak]:
    """All streaks up to ``end``, oldest first."""
    return list(evaluate(habit, checkins, end, travel).streaks)


def best_streak(
    habit: Habit, checkins: Iterable[CheckIn], end: date, travel: Sequence[TravelRange] = ()
) -> Streak | None:
    return evaluate(habit, checkins, end, travel).best_streak


def current_streak(
    habit: Habit, checkins: Iterable[CheckIn], today: date, travel: Sequence[TravelRange] = ()
) -> Streak | None:
    """The streak still alive on ``today``; ``today`` not done yet does not end it."""
    return evaluate(habit, checkins, today, travel).current_streak
