"""What the ORM writes, the plain-SQL reader reads back: habits, check-ins, travel, links."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.habits import CheckIn, CheckState, Frequency, Habit, Target
from app.storage.database import Database
from app.storage.habits import read, write
from app.storage.habits.read import CheckInRecord, CheckSource, HabitRecord, Reminder, TravelRecord
from app.storage.journey import write as journey_write
from app.storage.quick import QuickReader

DAY = date(2026, 11, 2)


READING = HabitRecord(
    Habit(
        "Lue ja opi", Frequency.daily(), numeric=True, target=15.0, unit="minuuttia", created=DAY
    ),
    description="Alan uutiset, tutkimus, kirja",
    reminder=Reminder(time(7, 45), frozenset({0, 1, 2, 3, 4})),
    position=1,
)
COMMENTING = HabitRecord(
    Habit("Comment thoughtfully", Frequency.per_week(3), created=DAY - timedelta(days=30)),
    linked_kind=ActivityKind.COMMENT,
    position=0,
)
SCROLLING = HabitRecord(
    Habit(
        "Scroll less",
        Frequency.per_month(1),
        numeric=True,
        target=300.0,
        unit="min",
        target_kind=Target.AT_MOST,
        created=DAY,
    ),
    archived=True,
    position=2,
)


def test_habits_round_trip_field_by_field(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    with db.session() as session:
        ids = [write.save_habit(session, record) for record in (READING, COMMENTING, SCROLLING)]
    stored = read.read_habits(reader.connection)
    assert [r.name for r in stored] == ["Comment thoughtfully", "Lue ja opi", "Scroll less"]
    expected = {ids[0]: READING, ids[1]: COMMENTING, ids[2]: SCROLLING}
    for record in stored:
        assert record.id is not None
        assert record == HabitRecord(**{**expected[record.id].__dict__, "id": record.id})
    assert [r.name for r in read.read_habits(reader.connection, include_archived=False)] == [
        "Comment thoughtfully",
        "Lue ja opi",
    ]
    assert read.read_habit(reader.connection, ids[0]) == stored[1]
    assert read.read_habit(reader.connection, 999) is None


def test_editing_archiving_reordering_and_deleting(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    with db.session() as session:
        first = write.save_habit(session, READING)
        second = write.save_habit(session, COMMENTING)
        assert write.next_position(session) == 2
    edited = HabitRecord(
        Habit("Lue 20 min", Frequency.daily(), numeric=True, target=20.0, created=DAY),
        id=first,
        reminder=None,
    )
    with db.session() as session:
        write.save_habit(session, edited)
        write.set_archived(session, second, True)
        write.reorder(session, [second, first])
        write.set_checkin(session, CheckInRecord(first, CheckIn(DAY, value=20.0)))
    (kept,) = read.read_habits(reader.connection, include_archived=False)
    assert kept.habit == edited.habit and kept.reminder is None and kept.position == 1
    with db.session() as session:
        write.delete_habit(session, first)
    assert [r.id for r in read.read_habits(reader.connection)] == [second]
    assert read.read_checkins(reader.connection) == []


def test_checkins_round_trip_one_per_day(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    with db.session() as session:
        habit_id = write.save_habit(session, READING)
    records = [
        CheckInRecord(habit_id, CheckIn(DAY, CheckState.DONE, 17.5), "Artikkeli vedystä"),
        CheckInRecord(habit_id, CheckIn(DAY + timedelta(days=1), CheckState.SKIPPED)),
        CheckInRecord(habit_id, CheckIn(DAY + timedelta(days=2), CheckState.NOT_DONE)),
    ]
    with db.session() as session:
        for record in records:
            write.set_checkin(session, record)
    assert read.read_checkins(reader.connection, habit_id) == records
    replaced = CheckInRecord(habit_id, CheckIn(DAY, CheckState.DONE, 30.0), "", CheckSource.MANUAL)
    with db.session() as session:
        write.set_checkin(session, replaced)  # the same day: replaced, not added
        write.delete_checkin(session, habit_id, DAY + timedelta(days=2))
    assert read.read_checkins(reader.connection, habit_id) == [replaced, records[1]]
    assert read.read_checkin_map(reader.connection) == {
        habit_id: [replaced.checkin, records[1].checkin]
    }
    assert read.read_checkins(reader.connection, since=DAY + timedelta(days=1)) == [records[1]]
    assert read.count_done(reader.connection, habit_id, DAY, DAY + timedelta(days=9)) == 1


def test_bulk_insert_keeps_what_is_there(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    with db.session() as session:
        habit_id = write.save_habit(session, COMMENTING)
        write.set_checkin(session, CheckInRecord(habit_id, CheckIn(DAY, CheckState.SKIPPED)))
    many = [
        CheckInRecord(habit_id, CheckIn(DAY - timedelta(days=i)), source=CheckSource.IMPORT)
        for i in range(7000)
    ]
    with db.session() as session:
        write.add_checkins(session, many)
    stored = read.read_checkin_map(reader.connection)[habit_id]
    assert len(stored) == 7000
    assert stored[-1] == CheckIn(DAY, CheckState.SKIPPED)  # not overwritten by the import


def test_travel_round_trip(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    trip = TravelRecord(DAY, DAY + timedelta(days=6), "Hannover Messe")
    with db.session() as session:
        trip_id = write.save_travel(session, trip)
        write.save_travel(session, TravelRecord(DAY - timedelta(days=40), DAY - timedelta(days=30)))
    travel = read.read_travel(reader.connection)
    assert travel[1] == TravelRecord(trip.start, trip.end, trip.note, trip_id)
    assert travel[1].range == (DAY, DAY + timedelta(days=6))
    with db.session() as session:
        write.save_travel(session, TravelRecord(DAY, DAY + timedelta(days=2), "", trip_id))
        write.delete_travel(session, travel[0].id or 0)
    assert read.read_travel(reader.connection) == [
        TravelRecord(DAY, DAY + timedelta(days=2), "", trip_id)
    ]
    with pytest.raises(ValueError, match="ends before"):
        TravelRecord(DAY, DAY - timedelta(days=1))


def test_reminder_needs_a_weekday() -> None:
    assert Reminder(time(9), frozenset({0, 6})).mask == 0b1000001
    assert Reminder.from_columns("09:00", 0b1000001) == Reminder(time(9), frozenset({0, 6}))
    assert Reminder.from_columns("09:00", 0) is None
    with pytest.raises(ValueError, match="weekdays"):
        Reminder(time(9), frozenset())


def _comment(day: date) -> Activity:
    return Activity(ActivityKind.COMMENT, Channel.LINKEDIN, day, ActivitySource.MANUAL)


def test_a_linked_activity_checks_its_habit_once(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    counted = HabitRecord(
        Habit("Comments", Frequency.daily(), numeric=True, target=3.0, created=DAY),
        linked_kind=ActivityKind.COMMENT,
    )
    with db.session() as session:
        yes_no = write.save_habit(session, COMMENTING)
        numeric = write.save_habit(session, counted)
        write.save_habit(session, READING)  # not linked
    for _ in range(3):  # three comments on one day, each logged on its own
        with db.session() as session:
            activity = _comment(DAY)
            journey_write.add_activity(session, activity)
            write.check_linked(session, [activity])
            write.check_linked(session, [activity])  # and once more for good measure
    checkins = read.read_checkin_map(reader.connection)
    assert checkins[yes_no] == [CheckIn(DAY)]
    assert checkins[numeric] == [CheckIn(DAY, value=3.0)]  # the count, not 6 or 9
    assert set(checkins) == {yes_no, numeric}
    (record, _) = read.read_checkins(reader.connection)
    assert record.source is CheckSource.LINKED


def test_links_respect_what_the_person_wrote(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    with db.session() as session:
        habit_id = write.save_habit(session, COMMENTING)
        write.set_checkin(session, CheckInRecord(habit_id, CheckIn(DAY, CheckState.SKIPPED)))
        not_done = CheckIn(DAY + timedelta(1), CheckState.NOT_DONE)
        write.set_checkin(session, CheckInRecord(habit_id, not_done))
        for day in (DAY, DAY + timedelta(1)):
            journey_write.add_activity(session, _comment(day))
        changed = write.check_linked(session, [_comment(DAY), _comment(DAY + timedelta(1))])
    assert changed == [(habit_id, DAY + timedelta(1))]
    assert read.read_checkin_map(reader.connection)[habit_id] == [
        CheckIn(DAY, CheckState.SKIPPED),
        CheckIn(DAY + timedelta(1), CheckState.DONE),
    ]


def test_deleting_the_activity_removes_only_what_the_link_made(
    store: tuple[Database, QuickReader],
) -> None:
    db, reader = store
    with db.session() as session:
        habit_id = write.save_habit(session, COMMENTING)
        first = journey_write.add_activity(session, _comment(DAY))
        journey_write.add_activity(session, _comment(DAY - timedelta(1)))
        write.check_linked(session, [_comment(DAY), _comment(DAY - timedelta(1))])
        write.set_checkin(session, CheckInRecord(habit_id, CheckIn(DAY - timedelta(1))))
    with db.session() as session:
        keys = [write.activity_key(session, first), write.activity_key(session, first + 1)]
        assert keys == [(ActivityKind.COMMENT, DAY), (ActivityKind.COMMENT, DAY - timedelta(1))]
        journey_write.delete_activity(session, first)
        journey_write.delete_activity(session, first + 1)
        write.sync_linked(session, [key for key in keys if key is not None])
        assert write.activity_key(session, first) is None
    # The link's own check-in went with its activity; the one the person set stays.
    assert read.read_checkin_map(reader.connection)[habit_id] == [CheckIn(DAY - timedelta(1))]
