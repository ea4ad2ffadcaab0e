"""Writing habits, check-ins and travel through SQLAlchemy sessions (reads: read.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.domain.activity import Activity, ActivityKind
from app.domain.habits import CheckState
from app.storage.habits.read import CheckInRecord, CheckSource, HabitRecord, TravelRecord
from app.storage.models import ActivityRow, HabitCheckInRow, HabitRow, TravelRow

# Bulk inserts go in slices: SQLite limits the variables of one statement.
_CHUNK = 5000


def save_habit(session: Session, record: HabitRecord) -> int:
    """Insert a habit (``id`` None) or replace the stored one; returns its id. The habit's
    first day (``created``) is given by the caller (``HabitsWriter.add`` makes it today)."""
    created = record.habit.created
    if created is None:
        raise ValueError("a stored habit needs its first day (Habit.created)")
    row = session.get(HabitRow, record.id) if record.id is not None else None
    if row is None:
        row = HabitRow()
        if record.id is not None:
            row.id = record.id
    habit = record.habit
    row.name = habit.name.strip()
    row.description = record.description
    row.frequency = habit.frequency.key
    row.numeric = habit.numeric
    row.target = habit.target
    row.unit = habit.unit
    row.target_kind = habit.target_kind.value
    row.created = created
    row.linked_kind = record.linked_kind.value if record.linked_kind else None
    row.reminder_time = record.reminder.at.strftime("%H:%M") if record.reminder else None
    row.reminder_days = record.reminder.mask if record.reminder else 0
    row.archived = record.archived
    row.position = record.position
    session.add(row)
    session.flush()
    return row.id


def next_position(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(HabitRow.position), -1))) or 0) + 1


def set_archived(session: Session, habit_id: int, archived: bool) -> None:
    session.execute(update(HabitRow).where(HabitRow.id == habit_id).values(archived=archived))


def reorder(session: Session, habit_ids: Sequence[int]) -> None:
    """Give the habits the order of ``habit_ids``."""
    for position, habit_id in enumerate(habit_ids):
        session.execute(update(HabitRow).where(HabitRow.id == habit_id).values(position=position))


def delete_habit(session: Session, habit_id: int) -> None:
    """Delete a habit and (by the foreign key's cascade) its check-ins."""
    session.execute(delete(HabitCheckInRow).where(HabitCheckInRow.habit_id == habit_id))
    session.execute(delete(HabitRow).where(HabitRow.id == habit_id))


def _values(record: CheckInRecord) -> dict[str, object]:
    checkin = record.checkin
    return {
        "habit_id": record.habit_id,
        "day": checkin.day,
        "state": checkin.state.value,
        "value": checkin.value,
        "note": record.note,
        "source": record.source.value,
    }


def set_checkin(session: Session, record: CheckInRecord) -> None:
    """Store the day's check-in, replacing one already there (one per habit and day)."""
    values = _values(record)
    statement = insert(HabitCheckInRow).values(values)
    changed = {k: statement.excluded[k] for k in ("state", "value", "note", "source")}
    session.execute(
        statement.on_conflict_do_update(index_elements=["habit_id", "day"], set_=changed)
    )


def delete_checkin(session: Session, habit_id: int, day: date) -> None:
    session.execute(
        delete(HabitCheckInRow).where(
            HabitCheckInRow.habit_id == habit_id, HabitCheckInRow.day == day
        )
    )


def add_checkins(session: Session, records: Iterable[CheckInRecord]) -> int:
    """Bulk insert; days that already have a check-in keep it. Returns how many were added."""
    rows = [_values(record) for record in records]
    if not rows:
        return 0
    habit_ids = {row["habit_id"] for row in rows}
    count = select(func.count()).where(HabitCheckInRow.habit_id.in_(habit_ids))
    before = session.scalar(count) or 0
    statement = insert(HabitCheckInRow).on_conflict_do_nothing()
    for start in range(0, len(rows), _CHUNK):
        session.execute(statement, rows[start : start + _CHUNK])
    return (session.scalar(count) or 0) - before


def save_travel(session: Session, travel: TravelRecord) -> int:
    row = session.get(TravelRow, travel.id) if travel.id is not None else None
    row = row or TravelRow()
    row.start_day = travel.start
    row.end_day = travel.end
    row.note = travel.note
    session.add(row)
    session.flush()
    return row.id


def delete_travel(session: Session, travel_id: int) -> None:
    session.execute(delete(TravelRow).where(TravelRow.id == travel_id))


# -- Linked activity ------------------------------------------------------------------------------


def check_linked(session: Session, activities: Iterable[Activity]) -> list[tuple[int, date]]:
    """Check the habits linked to these activities' kinds on the activities' days.

    Call it in the session that stored the activities (they must be visible to it). It can be
    called again for the same activities without effect: a yes/no habit gets one ``DONE`` per
    day, and a numeric one the day's count of activities of its kind (recounted, not added).
    Returns the (habit id, day) pairs that changed.
    """
    return sync_linked(session, {(a.kind, a.day) for a in activities})


def sync_linked(
    session: Session, pairs: Iterable[tuple[ActivityKind, date]]
) -> list[tuple[int, date]]:
    """Bring linked check-ins in line with the activity log on the given (kind, day) pairs.

    Also right after an activity was deleted: a check-in that only the link had made is removed
    when no activity of the kind is left that day. What the person wrote themselves stays.
    """
    days_by_kind: dict[ActivityKind, set[date]] = defaultdict(set)
    for kind, day in pairs:
        days_by_kind[kind].add(day)
    if not days_by_kind:
        return []
    habits = session.execute(
        select(HabitRow.id, HabitRow.linked_kind, HabitRow.numeric).where(
            HabitRow.linked_kind.in_([kind.value for kind in days_by_kind]),
            HabitRow.archived.is_(False),
        )
    ).all()
    changed: list[tuple[int, date]] = []
    added: list[dict[str, object]] = []  # new check-ins, inserted at once (an import adds years)
    for habit_id, linked, numeric in habits:
        kind = ActivityKind(str(linked))
        days = days_by_kind[kind]
        counts = _activity_counts(session, kind, days)
        existing = {
            row.day: row
            for row in session.scalars(
                select(HabitCheckInRow).where(
                    HabitCheckInRow.habit_id == habit_id, HabitCheckInRow.day.in_(days)
                )
            )
        }
        for day in sorted(days):
            count, row = counts.get(day, 0), existing.get(day)
            if row is None and count:
                added.append(_linked_checkin(habit_id, bool(numeric), day, count))
            elif not _sync_day(session, bool(numeric), count, row):
                continue
            changed.append((habit_id, day))
    if added:
        session.execute(insert(HabitCheckInRow), added)
    return changed


def _linked_checkin(habit_id: int, numeric: bool, day: date, count: int) -> dict[str, object]:
    return {
        "habit_id": habit_id,
        "day": day,
        "state": CheckState.DONE.value,
        "value": float(count) if numeric else None,
        "note": "",
        "source": CheckSource.LINKED.value,
    }


def activity_key(session: Session, activity_id: int) -> tuple[ActivityKind, date] | None:
    """The (kind, day) of a stored activity: read it before deleting the activity, and give it
    to ``sync_linked`` after."""
    row = session.get(ActivityRow, activity_id)
    return None if row is None else (ActivityKind(row.kind), row.day)


def backfill_linked(session: Session, kind: ActivityKind, since: date) -> list[tuple[int, date]]:
    """Check linked habits on every day since ``since`` on which ``kind`` was logged (a habit
    just linked to that kind, or newly made with the link)."""
    days = session.scalars(
        select(ActivityRow.day).where(ActivityRow.kind == kind.value, ActivityRow.day >= since)
    )
    return sync_linked(session, {(kind, day) for day in days})


def _activity_counts(session: Session, kind: ActivityKind, days: set[date]) -> dict[date, int]:
    rows = session.execute(
        select(ActivityRow.day, func.count())
        .where(ActivityRow.kind == kind.value, ActivityRow.day.in_(days))
        .group_by(ActivityRow.day)
    )
    return {day: int(count) for day, count in rows}


def _sync_day(session: Session, numeric: bool, count: int, row: HabitCheckInRow | None) -> bool:
    """Bring a day's existing check-in (or its absence with no activity) in line; a new one is
    made by the caller. Returns whether anything changed."""
    linked, done = CheckSource.LINKED.value, CheckState.DONE.value
    if row is None:
        return False
    if count == 0:
        if row.source == linked:
            session.delete(row)
            return True
        return False
    if numeric:
        # The person's own amount stays if it is larger: never count an activity twice.
        value = float(count) if row.source == linked else max(row.value or 0.0, float(count))
        if row.state == done and row.value == value:
            return False
        row.state, row.value = done, value
        return True
    if row.state == CheckState.NOT_DONE.value:
        row.state, row.source = done, linked
        return True
    return False  # already done, or deliberately skipped
