"""Habits as use cases: the list with strength and streaks, check-ins, travel, links, templates.

The public face of the package: ``HabitsReader`` (reader.py) and ``HabitsWriter`` (writer.py).
Beside them: ``templates`` (ready-made habits), ``reminders`` (when to remind), ``export`` (CSV
out), ``loop_import`` (a Loop Habit Tracker export in) and ``autostart`` (starting at login).
"""

from app.services.habits.reader import (
    HABITS,
    WEEK,
    HabitDetail,
    HabitsOverview,
    HabitsReader,
    HabitSummary,
    summarize,
)
from app.services.habits.writer import HabitsWriter, check_linked, sync_linked
from app.storage.habits.read import CheckSource

__all__ = [
    "HABITS",
    "WEEK",
    "CheckSource",
    "HabitDetail",
    "HabitSummary",
    "HabitsOverview",
    "HabitsReader",
    "HabitsWriter",
    "check_linked",
    "summarize",
    "sync_linked",
]
