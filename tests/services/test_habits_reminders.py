"""When reminders show, with an injected clock: on time, once a day, snoozed, after a sleep,
across clock changes."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from app.services.habits.reminders import Batch, Due, ReminderSchedule
from app.storage.habits.read import Reminder

MONDAY = datetime(2026, 11, 23, 8, 0)  # a Monday morning
COMMENT, READ, POST = 1, 2, 3


class Clock:
    """A wall clock that tests move by hand, also backwards (the end of summer time), which a
    ``FixedClock`` never does. The schedule reads only ``local_now``."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def local_now(self) -> datetime:
        return self.now

    def run(
        self,
        schedule: ReminderSchedule,
        until: datetime,
        step: timedelta,
        done: set[int] | None = None,
    ) -> list[Batch]:
        """Poll every ``step`` as the UI's timer does, up to ``until``."""
        shown = []
        while self.now < until:
            self.now = min(self.now + step, until)
            batch = schedule.poll(done or set())
            if batch is not None:
                shown.append(batch)
        return shown


def schedule_at(clock: Clock) -> ReminderSchedule:
    schedule = ReminderSchedule(clock)
    schedule.set_reminders(
        {
            COMMENT: Reminder(time(12, 0), frozenset(range(5))),  # weekdays at noon
            READ: Reminder(time(7, 30)),  # every day
            POST: Reminder(time(12, 0), frozenset({2})),  # Wednesdays
        }
    )
    return schedule


HALF_MINUTE = timedelta(seconds=30)


def test_a_reminder_shows_at_its_time_once_a_day() -> None:
    clock = Clock(MONDAY)
    schedule = schedule_at(clock)
    batches = clock.run(schedule, MONDAY + timedelta(days=1, hours=5), HALF_MINUTE)
    assert batches == [
        Batch((Due(COMMENT, datetime(2026, 11, 23, 12, 0)),), woke=False),
        Batch((Due(READ, datetime(2026, 11, 24, 7, 30)),), woke=False),
        Batch((Due(COMMENT, datetime(2026, 11, 24, 12, 0)),), woke=False),
    ]  # READ at 7:30 on Monday was before the app started (8:00): not shown


def test_reminders_due_together_come_in_one_batch() -> None:
    clock = Clock(datetime(2026, 11, 25, 11, 59, 50))  # Wednesday
    schedule = schedule_at(clock)
    (batch,) = clock.run(schedule, datetime(2026, 11, 25, 12, 1), HALF_MINUTE)
    assert batch.habit_ids == [COMMENT, POST] and not batch.woke


def test_a_habit_done_today_is_not_reminded() -> None:
    clock = Clock(MONDAY)
    schedule = schedule_at(clock)
    assert clock.run(schedule, MONDAY + timedelta(hours=5), HALF_MINUTE, done={COMMENT}) == []


def test_snooze_reminds_again_after_the_delay() -> None:
    clock = Clock(datetime(2026, 11, 23, 11, 59, 45))
    schedule = schedule_at(clock)
    (first,) = clock.run(schedule, datetime(2026, 11, 23, 12, 0, 15), HALF_MINUTE)
    assert first.habit_ids == [COMMENT]
    assert schedule.snooze(COMMENT, timedelta(minutes=15)) == datetime(2026, 11, 23, 12, 15, 15)
    assert schedule.next_due() == datetime(2026, 11, 23, 12, 15, 15)
    (again,) = clock.run(schedule, datetime(2026, 11, 23, 13, 0), HALF_MINUTE)
    assert again == Batch((Due(COMMENT, datetime(2026, 11, 23, 12, 15, 15), snoozed=True),), False)
    schedule.snooze(COMMENT)
    assert clock.run(schedule, datetime(2026, 11, 23, 14, 0), HALF_MINUTE, done={COMMENT}) == []


def test_reminders_missed_during_sleep_show_once_on_wake() -> None:
    """Asleep from Monday 11:00 to Wednesday 12:30: COMMENT fell due three times (Mon, Tue,
    Wed), READ twice, POST once. On waking, each shows once, in one batch, only if no more than
    12 hours late; nothing more comes after."""
    clock = Clock(datetime(2026, 11, 23, 10, 59, 30))
    schedule = schedule_at(clock)
    assert clock.run(schedule, datetime(2026, 11, 23, 11, 0), HALF_MINUTE) == []
    clock.now = datetime(2026, 11, 25, 12, 30)  # the lid opens
    batch = schedule.poll()
    assert batch == Batch(
        (
            Due(COMMENT, datetime(2026, 11, 25, 12, 0)),
            Due(READ, datetime(2026, 11, 25, 7, 30)),
            Due(POST, datetime(2026, 11, 25, 12, 0)),
        ),
        woke=True,
    )
    assert clock.run(schedule, datetime(2026, 11, 25, 23, 0), HALF_MINUTE) == []


def test_after_a_long_sleep_stale_reminders_are_dropped() -> None:
    clock = Clock(datetime(2026, 11, 23, 22, 0))
    schedule = schedule_at(clock)
    schedule.poll()
    clock.now = datetime(2026, 11, 25, 5, 0)  # Wednesday before dawn
    # Tuesday's 12:00 reminder is 17 hours old, and READ's Tuesday 7:30 older still: dropped.
    assert schedule.poll() is None
    assert clock.run(schedule, datetime(2026, 11, 25, 7, 31), HALF_MINUTE) == [
        Batch((Due(READ, datetime(2026, 11, 25, 7, 30)),), woke=False)
    ]


def test_clocks_going_back_do_not_repeat_a_reminder() -> None:
    """Finland leaves summer time at 04:00 on 25 October 2026: 03:00-04:00 comes twice."""
    clock = Clock(datetime(2026, 10, 25, 2, 59))
    schedule = ReminderSchedule(clock)
    schedule.set_reminders({READ: Reminder(time(3, 30))})
    shown = clock.run(schedule, datetime(2026, 10, 25, 3, 59, 30), HALF_MINUTE)
    assert [b.habit_ids for b in shown] == [[READ]]
    clock.now = datetime(2026, 10, 25, 3, 0)  # the wall clock turns back an hour
    assert clock.run(schedule, datetime(2026, 10, 25, 5, 0), HALF_MINUTE) == []


def test_clocks_going_forward_still_show_the_skipped_time() -> None:
    """Summer time begins at 03:00 on 29 March 2026: 03:30 never happens on the wall clock."""
    clock = Clock(datetime(2026, 3, 29, 2, 59, 45))
    schedule = ReminderSchedule(clock)
    schedule.set_reminders({READ: Reminder(time(3, 30))})
    clock.now = datetime(2026, 3, 29, 4, 0, 15)  # thirty seconds later, an hour on the clock
    batch = schedule.poll()
    assert batch is not None and batch.habit_ids == [READ]


def test_next_due_and_changed_reminders() -> None:
    clock = Clock(datetime(2026, 11, 27, 13, 0))  # Friday afternoon
    schedule = schedule_at(clock)
    assert schedule.next_due() == datetime(2026, 11, 28, 7, 30)
    schedule.set_reminders({COMMENT: Reminder(time(12, 0), frozenset(range(5)))})
    assert schedule.next_due() == datetime(2026, 11, 30, 12, 0)  # Monday
    schedule.set_reminders({})
    assert schedule.next_due() is None
