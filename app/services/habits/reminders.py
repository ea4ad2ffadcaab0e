"""When to show habit reminders: pure scheduling, polled by a timer, on the app's clock.

The UI polls ``ReminderSchedule.poll()`` every half minute (and at ``next_due()``). Rules:

- A reminder is shown at its time on its weekdays, while the app runs; reminders that fell due
  before the app started are not shown.
- Each habit is reminded at most once a day, unless snoozed; a habit already done (or skipped)
  today is not reminded.
- After a gap longer than ``sleep_gap`` between two polls (the laptop slept), the reminders that
  fell due meanwhile are shown **once**: one entry per habit (its latest time), only those no
  older than ``max_late``, all in one batch, so that waking up is one notification, not a burst.
- Times are local wall-clock times (naive ``datetime``, ``Clock.local_now``). When clocks go
  back, a time that occurs twice is shown once; when they go forward, a time that is skipped is
  shown as soon as the clock has passed it.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Final

from app.storage.habits.read import Reminder

if TYPE_CHECKING:
    from app.services.clock import Clock

POLL_INTERVAL: Final = timedelta(seconds=30)
SLEEP_GAP: Final = timedelta(minutes=3)
MAX_LATE: Final = timedelta(hours=12)
DEFAULT_SNOOZE: Final = timedelta(minutes=15)


@dataclass(frozen=True)
class Due:
    habit_id: int
    at: datetime  # when it fell due (a snoozed one: when the snooze ended)
    snoozed: bool = False


@dataclass(frozen=True)
class Batch:
    """Reminders to show together, in one notification."""

    due: tuple[Due, ...]
    woke: bool  # collected after a sleep: say they were missed, not that they are due now

    @property
    def habit_ids(self) -> list[int]:
        return [d.habit_id for d in self.due]


class ReminderSchedule:
    """Decides which reminders to show, by ``clock.local_now()`` (local wall time, naive)."""

    def __init__(
        self,
        clock: Clock,
        *,
        sleep_gap: timedelta = SLEEP_GAP,
        max_late: timedelta = MAX_LATE,
    ) -> None:
        self._clock = clock
        self._sleep_gap = sleep_gap
        self._max_late = max_late
        self._last = clock.local_now()
        self._reminders: dict[int, Reminder] = {}
        self._shown: set[tuple[int, date]] = set()
        self._snoozed: dict[int, datetime] = {}

    def set_reminders(self, reminders: Mapping[int, Reminder]) -> None:
        """Replace the habits' reminders (habit id -> reminder); forgets snoozes of habits gone."""
        self._reminders = dict(reminders)
        self._snoozed = {h: at for h, at in self._snoozed.items() if h in self._reminders}

    def poll(self, done: Container[int] = ()) -> Batch | None:
        """What to show now; ``done`` holds the habits already done today (not reminded)."""
        now = self._clock.local_now()
        since, self._last = self._last, now
        woke = now - since > self._sleep_gap
        due: list[Due] = []
        for habit_id, reminder in self._reminders.items():
            latest = self._latest_unshown(habit_id, reminder, since, now)
            if latest is not None and habit_id not in done and now - latest <= self._max_late:
                due.append(Due(habit_id, latest))
        for habit_id, at in sorted(self._snoozed.items(), key=lambda item: item[1]):
            if at <= now:
                del self._snoozed[habit_id]
                if habit_id not in done and all(d.habit_id != habit_id for d in due):
                    due.append(Due(habit_id, at, snoozed=True))
        return Batch(tuple(due), woke) if due else None

    def _latest_unshown(
        self, habit_id: int, reminder: Reminder, since: datetime, now: datetime
    ) -> datetime | None:
        """The newest time of ``reminder`` in (since, now] not shown before; older ones in the
        range are passed over (and marked, so that they never come later)."""
        latest = None
        start = max(since, now - self._max_late - timedelta(days=1))
        day = start.date()
        while day <= now.date():
            at = datetime.combine(day, reminder.at)
            key = (habit_id, day)
            if day.weekday() in reminder.weekdays and since < at <= now and key not in self._shown:
                self._shown.add(key)
                latest = at
            day += timedelta(days=1)
        return latest

    def snooze(self, habit_id: int, delay: timedelta = DEFAULT_SNOOZE) -> datetime:
        """Remind again after ``delay``; returns when."""
        at = self._clock.local_now() + delay
        self._snoozed[habit_id] = at
        return at

    def next_due(self) -> datetime | None:
        """The next time anything may fall due (for a timer), within the coming week."""
        now = self._clock.local_now()
        candidates = [at for at in self._snoozed.values() if at > now]
        for habit_id, reminder in self._reminders.items():
            for offset in range(8):
                day = now.date() + timedelta(days=offset)
                at = datetime.combine(day, reminder.at)
                if (
                    at > now
                    and day.weekday() in reminder.weekdays
                    and (habit_id, day) not in self._shown
                ):
                    candidates.append(at)
                    break
        return min(candidates, default=None)
