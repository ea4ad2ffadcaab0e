"""Habit tracking: habit strength (Loop Habit Tracker's published maths) and streaks.

The rules are in docs/HABITS.md. Everything works on calendar days (``datetime.date``), so clock
changes cannot move anything. For several numbers about one habit, call ``evaluate`` once and read
the ``HabitHistory``; ``score_series``, ``current_score``, ``streaks``, ``best_streak`` and
``current_streak`` are shortcuts that each evaluate afresh. The modules beside this face:
``model`` (the data), ``engine`` (the one pass over the days), ``history`` (its result).
"""

from app.domain.habits.engine import (
    best_streak,
    current_score,
    current_streak,
    evaluate,
    score_series,
    streaks,
)
from app.domain.habits.history import HabitHistory
from app.domain.habits.model import (
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
