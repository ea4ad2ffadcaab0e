"""When the weekly progress file is due: plain date arithmetic, no clock of its own."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

FRIDAY = 4  # date.weekday(): Monday is 0


@dataclass(frozen=True)
class WeeklyPlan:
    """A progress file saved to ``folder`` once a week, on ``weekday`` (or the first day the app
    runs after it); ``last`` is the day the latest one was saved, or the day it was turned on."""

    folder: str
    weekday: int = FRIDAY
    last: date | None = None


def latest_weekday(today: date, weekday: int) -> date:
    """The most recent ``weekday`` on or before ``today``."""
    return today - timedelta(days=(today.weekday() - weekday) % 7)


def due_on(plan: WeeklyPlan, today: date) -> date | None:
    """The scheduled day whose file has not been saved yet, or None when nothing is due.

    A laptop closed all week saves one file when it next opens, not one for each missed week.
    A ``last`` in the future (the clock was turned back) waits for the calendar to catch up.
    """
    if not plan.folder or not 0 <= plan.weekday <= 6:
        return None
    scheduled = latest_weekday(today, plan.weekday)
    if plan.last is not None and plan.last >= scheduled:
        return None
    return scheduled
