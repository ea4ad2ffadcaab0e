"""Habits as use cases: check-ins and undo, travel, links from the activity log, templates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.habits import CheckIn, CheckState, Frequency, Habit
from app.domain.i18n import LANGUAGES
from app.services.clock import FixedClock
from app.services.habits import HabitsWriter, check_linked
from app.services.habits import templates as habits_templates
from app.services.store import prepare_store
from app.storage.habits.read import CheckSource, HabitRecord, Reminder, TravelRecord
from app.storage.journey import write as journey_write
from app.storage.paths import AppPaths, resources_dir

TODAY = date(2026, 11, 27)  # a Friday
DONE, SKIPPED = CheckState.DONE, CheckState.SKIPPED


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def writer(paths: AppPaths, clock: FixedClock) -> Iterator[HabitsWriter]:
    reader, db = prepare_store(paths.db_path, clock)
    assert db is not None
    yield HabitsWriter(db, reader)
    reader.close()
    db.close()


def add(writer: HabitsWriter, habit: Habit, **extra: object) -> int:
    return writer.add(HabitRecord(habit, **extra), TODAY)  # type: ignore[arg-type]


def test_checking_a_habit_raises_its_strength_and_undo_puts_it_back(writer: HabitsWriter) -> None:
    habit_id = add(writer, Habit("Walk", created=TODAY - timedelta(days=9)))
    before = writer.reader.summary(habit_id, TODAY)
    assert before is not None and before.score == 0.0
    assert writer.toggle(habit_id, TODAY) is None  # nothing was there
    after = writer.reader.summary(habit_id, TODAY)
    assert after is not None
    assert after.score == pytest.approx(1 - 0.5 ** (1 / 13))
    assert after.checked_today == CheckIn(TODAY)
    assert after.current_streak is not None and after.current_streak.length == 1
    previous = writer.toggle(habit_id, TODAY)  # toggling again undoes it
    assert previous is not None and previous.checkin == CheckIn(TODAY)
    assert writer.reader.checkins(habit_id) == []
    writer.restore(habit_id, TODAY, previous)  # the UI's undo of that
    assert [r.checkin for r in writer.reader.checkins(habit_id)] == [CheckIn(TODAY)]


def test_backfill_skip_amounts_and_notes(writer: HabitsWriter) -> None:
    reading = add(writer, Habit("Read", numeric=True, target=15.0, unit="min", created=TODAY))
    writer.check(reading, TODAY - timedelta(days=3), 20.0, "A paper on e-fuels")  # backfill
    writer.skip(reading, TODAY - timedelta(days=2))
    writer.toggle(reading, TODAY)  # a numeric habit toggles to its target amount
    writer.set_note(reading, TODAY - timedelta(days=1), "Sick")
    stored = {r.checkin.day: r for r in writer.reader.checkins(reading)}
    assert stored[TODAY - timedelta(days=3)].checkin == CheckIn(
        TODAY - timedelta(days=3), DONE, 20.0
    )
    assert stored[TODAY - timedelta(days=3)].note == "A paper on e-fuels"
    assert stored[TODAY - timedelta(days=2)].checkin.state is SKIPPED
    assert stored[TODAY].checkin.value == 15.0
    assert stored[TODAY - timedelta(days=1)].checkin.state is CheckState.NOT_DONE
    assert stored[TODAY - timedelta(days=1)].note == "Sick"
    summary = writer.reader.summary(reading, TODAY)
    assert summary is not None and summary.record.habit.created == TODAY
    assert summary.history.first_day == TODAY - timedelta(days=3)  # the backfill moved it


def test_overview_lists_habits_in_order_with_the_week(writer: HabitsWriter) -> None:
    first = add(writer, Habit("Comment", Frequency.per_week(3)))
    second = add(writer, Habit("Post", Frequency(1, 14)))
    writer.check(first, TODAY - timedelta(days=6))
    writer.check(first, TODAY - timedelta(days=8))  # outside the week shown
    writer.archive(second)
    overview = writer.reader.overview(TODAY)
    assert [s.id for s in overview.habits] == [first]
    (summary,) = overview.habits
    assert summary.week == (CheckIn(TODAY - timedelta(days=6)), *([None] * 6))
    assert summary.done_count == 2
    assert summary.mark_on(TODAY - timedelta(days=6)) == "G"
    assert summary.mark_on(TODAY - timedelta(days=30)) == ""  # before the first day
    assert len(writer.reader.overview(TODAY, include_archived=True).habits) == 2
    writer.reorder([second, first])
    assert [r.id for r in writer.reader.habits(include_archived=True)] == [second, first]
    writer.delete(second)
    assert [r.id for r in writer.reader.habits(include_archived=True)] == [first]


def test_find_by_name(writer: HabitsWriter) -> None:
    add(writer, Habit("Comment thoughtfully"))
    add(writer, Habit("Comment on internal posts"))
    add(writer, Habit("Read"))
    assert [r.name for r in writer.reader.find("read")] == ["Read"]
    assert len(writer.reader.find("comment")) == 2
    assert [r.name for r in writer.reader.find("internal")] == ["Comment on internal posts"]
    assert writer.reader.find("swim") == []


def test_travel_until_and_back_home(writer: HabitsWriter) -> None:
    habit_id = add(writer, Habit("Walk", created=TODAY - timedelta(days=20)))
    for offset in range(20, 10, -1):
        writer.check(habit_id, TODAY - timedelta(days=offset))
    before = writer.reader.summary(habit_id, TODAY - timedelta(days=5))
    writer.travel_until(TODAY + timedelta(days=3), TODAY - timedelta(days=10))
    (trip,) = writer.reader.travel()
    assert (trip.start, trip.end) == (TODAY - timedelta(days=10), TODAY + timedelta(days=3))
    away = writer.reader.summary(habit_id, TODAY - timedelta(days=5))
    assert before is not None and away is not None
    assert away.score > before.score  # missed days while away cost nothing
    assert away.current_streak is not None and away.current_streak.length == 10
    writer.travel_until(TODAY + timedelta(days=9), TODAY)  # changes the same trip
    assert [(t.start, t.end) for t in writer.reader.travel()] == [
        (TODAY - timedelta(days=10), TODAY + timedelta(days=9))
    ]
    writer.back_home(TODAY)
    assert writer.reader.travel()[0].end == TODAY - timedelta(days=1)
    overview = writer.reader.overview(TODAY)
    assert overview.away is None
    writer.travel_until(TODAY + timedelta(days=2), TODAY)
    writer.back_home(TODAY)  # a trip that began today is dropped
    assert len(writer.reader.travel()) == 1
    writer.save_travel(TravelRecord(TODAY + timedelta(days=30), TODAY + timedelta(days=40)))
    assert writer.reader.overview(TODAY).away is not None  # an upcoming trip


def _comment(day: date) -> Activity:
    return Activity(ActivityKind.COMMENT, Channel.LINKEDIN, day, ActivitySource.IMPORT)


def test_linked_activity_never_checks_twice(writer: HabitsWriter) -> None:
    """What JourneyWriter.log / import_activities do, in their own session."""
    habit_id = add(
        writer, Habit("Comment", Frequency.per_week(3)), linked_kind=ActivityKind.COMMENT
    )
    db = writer._db
    for batch in ([_comment(TODAY)], [_comment(TODAY), _comment(TODAY - timedelta(days=1))]):
        with db.session() as session:
            for activity in batch:
                journey_write.add_activity(session, activity)
            check_linked(session, batch)
    records = writer.reader.checkins(habit_id)
    assert [(r.checkin, r.source) for r in records] == [
        (CheckIn(TODAY - timedelta(days=1)), CheckSource.LINKED),
        (CheckIn(TODAY), CheckSource.LINKED),
    ]
    summary = writer.reader.summary(habit_id, TODAY)
    assert summary is not None and summary.done_count == 2


def test_a_new_link_checks_the_days_already_logged(writer: HabitsWriter) -> None:
    with writer._db.session() as session:
        for offset in (0, 2, 40):
            journey_write.add_activity(session, _comment(TODAY - timedelta(days=offset)))
    habit_id = add(
        writer, Habit("Comment", Frequency.per_week(3), created=TODAY - timedelta(days=10))
    )
    assert writer.reader.checkins(habit_id) == []
    record = writer.reader.habit(habit_id)
    assert record is not None
    from dataclasses import replace

    writer.save(replace(record, linked_kind=ActivityKind.COMMENT))
    days = [r.checkin.day for r in writer.reader.checkins(habit_id)]
    assert days == [TODAY - timedelta(days=2), TODAY]  # not the one before the habit began


def test_templates_exist_in_every_language_with_the_same_habits() -> None:
    by_language = {lang: habits_templates.templates(lang) for lang in LANGUAGES}
    keys = [t.key for t in by_language["en"]]
    assert keys == ["comment", "reply", "share", "post", "read", "connect", "idea"]
    for lang, found in by_language.items():
        assert [t.key for t in found] == keys, lang
        for en, other in zip(by_language["en"], found, strict=True):
            # Only the words differ between languages, never the rule.
            assert other.record.habit.frequency == en.record.habit.frequency
            assert other.record.linked_kind == en.record.linked_kind
            assert other.record.habit.numeric == en.record.habit.numeric
            assert other.record.description and other.name != ""
        if lang != "en":
            assert {t.name for t in found}.isdisjoint({t.name for t in by_language["en"]})
    read = {t.key: t for t in by_language["fi"]}["read"].record.habit
    assert (read.numeric, read.target, read.unit) == (True, 15.0, "minuuttia")
    post = {t.key: t for t in by_language["sv"]}["post"].record
    assert post.habit.frequency == Frequency(1, 14) and post.linked_kind is ActivityKind.OWN_POST
    assert habits_templates.templates("de") == by_language["en"]


def test_template_files_are_valid_json_with_a_language_tag() -> None:
    for lang in LANGUAGES:
        path = resources_dir() / "habits" / f"templates_{lang}.json"
        assert json.loads(path.read_text(encoding="utf-8"))["language"] == lang


def test_adding_a_template_with_a_link_and_a_reminder(writer: HabitsWriter) -> None:
    (comment, *_) = habits_templates.templates("fi")
    habit_id = writer.add_template(comment, TODAY)
    record = writer.reader.habit(habit_id)
    assert record is not None
    assert record.name == "Kommentoi harkiten muiden julkaisuja"
    assert record.habit.created == TODAY
    assert record.linked_kind is ActivityKind.COMMENT
    reminded = HabitRecord(Habit("Idea"), reminder=Reminder(time(16), frozenset({0, 4})))
    idea = writer.add(reminded, TODAY)
    stored = writer.reader.habit(idea)
    assert stored is not None and stored.reminder == Reminder(time(16), frozenset({0, 4}))
    assert stored.position == 1


def test_done_on_lists_habits_that_need_no_reminder(writer: HabitsWriter) -> None:
    first = add(writer, Habit("A"))
    second = add(writer, Habit("B"))
    third = add(writer, Habit("C"))
    writer.check(first, TODAY)
    writer.skip(second, TODAY)
    writer.set_note(third, TODAY, "later")
    assert writer.reader.done_on(TODAY) == {first, second}


def test_the_demo_has_twenty_habits_with_history(
    writer: HabitsWriter, paths: AppPaths, clock: FixedClock
) -> None:
    from app.services.demo import person as demo
    from app.services.journey import JourneyWriter

    reader = writer.reader
    journey = JourneyWriter(writer._db, _quick(paths))
    summary = demo.fill(journey, clock, years=2, seed=2)
    overview = reader.overview(TODAY)
    assert summary.habits == len(overview.habits) == 20
    assert summary.habit_checkins > 2 * 365  # at least one daily habit, every day
    assert all(s.history.first_day == summary.first_day for s in overview.habits)
    linked = [s for s in overview.habits if s.record.linked_kind is ActivityKind.COMMENT]
    comment_days = {a.day for a in journey.reader.activities() if a.kind is ActivityKind.COMMENT}
    checked = {r.checkin.day for r in reader.checkins(linked[0].id)}
    assert checked == comment_days  # the linked habit follows the activity log
    assert len(reader.travel()) >= 2
    assert sum(1 for r in reader.habits() if r.reminder is not None) == 3


def _quick(paths: AppPaths) -> object:
    from app.storage.quick import QuickReader

    return QuickReader(paths.db_path)


def test_demo_rows_are_the_same_for_the_same_seed(tmp_path: Path) -> None:
    import random

    from app.services.demo import habits as habits_demo

    first = TODAY - timedelta(days=100)
    (record, *_) = habits_demo.demo_records(first)[4:5]
    one = habits_demo.demo_checkins(record, 1, first, TODAY, {}, set(), random.Random(3))
    two = habits_demo.demo_checkins(record, 1, first, TODAY, {}, set(), random.Random(3))
    assert one == two and len(one) == 101  # a numeric daily habit: an amount every day
