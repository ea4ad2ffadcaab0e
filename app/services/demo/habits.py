"""The demo person's habits: twenty of them with daily history, bulk-inserted (benches use ten
years of it). Habits linked to an activity kind are done on the days the demo log has one."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from app.domain.activity import Activity, ActivityKind
from app.domain.habits import CheckIn, CheckState, Frequency, Habit, Target
from app.services.habits.templates import templates
from app.storage.habits.read import CheckInRecord, CheckSource, HabitRecord, Reminder, TravelRecord

if TYPE_CHECKING:
    from app.storage.database import Database

WORKDAYS = frozenset(range(5))
_F = Frequency
# (name, frequency, numeric target, unit, at most, linked kind), in Finnish like the demo person.
_MORE: tuple[tuple[str, Frequency, float | None, str, bool, ActivityKind | None], ...] = (
    ("Reagoi verkoston julkaisuihin", _F.per_week(5), None, "", False, ActivityKind.REACTION),
    ("Käy läpi alan uutiskirjeet", _F.per_week(2), None, "", False, None),
    ("Kiitä kollegaa julkisesti", _F(1, 7), None, "", False, None),
    ("Tallenna hyvä esimerkkijulkaisu", _F.per_week(2), None, "", False, None),
    ("Kirjoita luonnos", _F(1, 7), None, "", False, None),
    ("Somen selailu", _F.daily(), 30.0, "minuuttia", True, None),
    ("Päivitä profiili", _F.per_month(1), None, "", False, None),
    ("Osallistu alan tapahtumaan", _F.per_month(1), None, "", False, None),
    ("Kysy kysymys kommentissa", _F.per_week(2), None, "", False, None),
    ("Lue tutkimusartikkeli", _F(1, 7), None, "", False, None),
    ("Kommentoi sisäisessä verkossa", _F.per_week(2), None, "", False, None),
    ("Julkaise englanniksi", _F.per_month(1), None, "", False, None),
    ("Valmennustapaaminen", _F.per_month(2), None, "", False, None),
)
_REMINDERS = {
    "comment": Reminder(time(12, 0), WORKDAYS),
    "read": Reminder(time(7, 30)),
    "idea": Reminder(time(16, 0), WORKDAYS),
}


@dataclass(frozen=True)
class DemoHabits:
    habits: int
    checkins: int


def demo_records(first: date) -> list[HabitRecord]:
    records = [
        replace(
            t.record,
            habit=replace(t.record.habit, created=first),
            reminder=_REMINDERS.get(t.key),
            position=index,
        )
        for index, t in enumerate(templates("fi"))
    ]
    for name, frequency, target, unit, at_most, linked in _MORE:
        kind = Target.AT_MOST if at_most else Target.AT_LEAST
        habit = Habit(name, frequency, target is not None, target, unit, kind, created=first)
        records.append(HabitRecord(habit, linked_kind=linked, position=len(records)))
    return records


def demo_travel(first: date, today: date) -> list[TravelRecord]:
    """Two summer weeks every year, and a conference week each spring."""
    trips = []
    for year in range(first.year, today.year + 1):
        for start, days, note in (
            (date(year, 7, 8), 14, "Kesäloma"),
            (date(year, 4, 20), 5, "Konferenssi"),
        ):
            end = start + timedelta(days=days - 1)
            if first <= start and end < today:
                trips.append(TravelRecord(start, end, note))
    return trips


def demo_checkins(
    record: HabitRecord,
    habit_id: int,
    first: date,
    today: date,
    linked_days: dict[ActivityKind, dict[date, int]],
    away: set[date],
    rng: random.Random,
) -> list[CheckInRecord]:
    habit = record.habit
    total = max(1, (today - first).days)
    if record.linked_kind is not None:
        counts = linked_days.get(record.linked_kind, {})
        return [
            CheckInRecord(
                habit_id,
                CheckIn(day, CheckState.DONE, float(n) if habit.numeric else None),
                source=CheckSource.LINKED,
            )
            for day, n in sorted(counts.items())
        ]
    found = []
    rate = habit.frequency.per_day if not habit.frequency.monthly else habit.frequency.times / 30
    day = first
    while day <= today:
        progress = (day - first).days / total
        keen = 0.45 + 0.5 * min(1.0, progress * 1.5)  # habits grow stronger over the years
        if day in away:
            if rng.random() < 0.05:
                found.append(CheckInRecord(habit_id, CheckIn(day, CheckState.SKIPPED)))
        elif habit.numeric:
            found.append(_amount(habit_id, habit, day, keen, rng))
        elif rng.random() < min(0.97, rate * keen * 1.15):
            note = "Hyvä keskustelu syntyi." if rng.random() < 0.01 else ""
            found.append(CheckInRecord(habit_id, CheckIn(day), note))
        day += timedelta(days=1)
    return found


def _amount(
    habit_id: int, habit: Habit, day: date, keen: float, rng: random.Random
) -> CheckInRecord:
    target = habit.target or 1.0
    if habit.target_kind is Target.AT_MOST:
        minutes = max(0, round(rng.gauss(target * (1.6 - keen), target * 0.4) / 5) * 5)
    else:
        minutes = max(0, round(rng.gauss(target * keen * 1.05, target * 0.5) / 5) * 5)
    return CheckInRecord(habit_id, CheckIn(day, CheckState.DONE, float(minutes)))


def fill(
    db: Database, activities: Sequence[Activity], first: date, today: date, rng: random.Random
) -> DemoHabits:
    """Write the demo habits, their travel and their history into ``db``."""
    from app.storage.habits import write as habits_write

    linked: dict[ActivityKind, dict[date, int]] = defaultdict(lambda: defaultdict(int))
    for activity in activities:
        linked[activity.kind][activity.day] += 1
    travel = demo_travel(first, today)
    away = {t.start + timedelta(days=i) for t in travel for i in range((t.end - t.start).days + 1)}
    records = demo_records(first)
    count = 0
    with db.session() as session:
        for trip in travel:
            habits_write.save_travel(session, trip)
        for record in records:
            habit_id = habits_write.save_habit(session, record)
            rows = demo_checkins(record, habit_id, first, today, linked, away, rng)
            count += habits_write.add_checkins(session, rows)
    return DemoHabits(len(records), count)
