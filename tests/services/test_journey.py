"""The journey's use cases: logging, milestones, stages per week, goals, reviews, the demo."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.goals import ActivityCount, Goal, GoalIssue, GoalStatus
from app.domain.journey.journal import EntryIssue, EntryKind, JournalEntry
from app.domain.journey.ladder import Frequency, Stage
from app.domain.journey.milestones import MilestoneKind
from app.domain.journey.profile import Action, Assessment, ChannelAnswers, OnboardingStep
from app.services.clock import FixedClock
from app.services.demo import person as demo
from app.services.journey import JourneyWriter
from app.services.store import prepare_store
from app.storage.journey.read import read_week_stages
from app.storage.paths import AppPaths

TODAY = date(2026, 11, 27)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def writer(paths: AppPaths, clock: FixedClock) -> Iterator[JourneyWriter]:
    reader, db = prepare_store(paths.db_path, clock)
    assert db is not None  # a new file is set up fully
    yield JourneyWriter(db, reader)
    reader.close()
    db.close()


def comment(days_ago: int) -> Activity:
    day = TODAY - timedelta(days=days_ago)
    return Activity(ActivityKind.COMMENT, Channel.LINKEDIN, day, ActivitySource.MANUAL)


def test_an_empty_journey(writer: JourneyWriter) -> None:
    status = writer.reader.status(TODAY)
    assert status.profile is None and not status.onboarded
    assert status.start is None
    assert status.now.stage is Stage.LISTENER
    assert status.goals == [] and status.recognition == []


def test_the_first_survey_sets_the_start(writer: JourneyWriter) -> None:
    answers = {Action.READ: Frequency.DAILY, Action.COMMENT: Frequency.WEEKLY}
    point = writer.add_assessment(Assessment(TODAY, (ChannelAnswers(Channel.LINKEDIN, answers),)))
    assert point.stage is Stage.COMMENTER
    status = writer.reader.status(TODAY)
    assert status.start == point
    assert status.now.stage is Stage.COMMENTER  # nothing logged yet: the start holds
    assert status.profile is not None and status.profile.start_stage is Stage.COMMENTER
    assert status.reassess_on == TODAY + timedelta(days=91)


def test_the_first_comment_is_recognised_once(writer: JourneyWriter) -> None:
    logged = writer.log(comment(0), TODAY)
    assert [m.kind for m in logged.new_milestones] == [MilestoneKind.FIRST_COMMENT]
    again = writer.log(comment(1), TODAY)
    assert MilestoneKind.FIRST_COMMENT not in {m.kind for m in again.new_milestones}
    assert [m.kind for m in writer.reader.status(TODAY).recognition].count(
        MilestoneKind.FIRST_COMMENT
    ) == 1


def test_three_comments_make_a_commenter_and_the_week_is_kept(writer: JourneyWriter) -> None:
    for days_ago in (8, 9, 10):  # last week: the log shows a Commenter then and now
        writer.log(comment(days_ago), TODAY)
    status = writer.reader.status(TODAY)
    assert status.now.stage is Stage.COMMENTER
    assert [(w.stage, w.shown) for w in status.weeks] == [
        (Stage.LISTENER, Stage.COMMENTER),  # one week is not yet a pattern
        (Stage.COMMENTER, Stage.COMMENTER),
    ]
    kinds = {(m.kind, m.detail) for m in status.recognition}
    assert (MilestoneKind.STAGE_UP, Stage.COMMENTER.key) in kinds


def test_the_stage_is_the_same_in_the_status_and_in_the_recognition(
    writer: JourneyWriter,
) -> None:
    """One stage everywhere (issue 13, item 6): the newest stage reached in the feed is never
    above the highest stage the status gives, and "now" is the last week's stage."""
    for week in range(14):
        for days_ago in (1, 2):
            writer.log(comment(7 * week + days_ago), TODAY)
        writer.log(replace(comment(7 * week + 3), kind=ActivityKind.REPLY), TODAY)
        if week % 2 == 0:
            writer.log(replace(comment(7 * week + 4), kind=ActivityKind.OWN_POST), TODAY)
    status = writer.reader.status(TODAY)
    reached = [
        Stage[m.detail.upper()] for m in status.recognition if m.kind is MilestoneKind.STAGE_UP
    ]
    assert status.now.stage is status.weeks[-1].stage
    assert max(reached) is status.now.highest is max(w.stage for w in status.weeks)
    assert status.changes == [c for c in status.changes if c.is_up]


def test_a_survey_start_survives_the_first_log(writer: JourneyWriter) -> None:
    """The survey said Commenter; the first logged comment does not make a Listener of them."""
    answers = {Action.READ: Frequency.DAILY, Action.COMMENT: Frequency.WEEKLY}
    writer.add_assessment(Assessment(TODAY, (ChannelAnswers(Channel.LINKEDIN, answers),)))
    writer.log(comment(0), TODAY)
    status = writer.reader.status(TODAY)
    assert status.now.stage is Stage.COMMENTER
    assert status.now.shown is Stage.LISTENER
    assert [w.stage for w in status.weeks] == [Stage.COMMENTER] * len(status.weeks)


def test_deleting_an_activity_undoes_its_effect_on_the_stage(writer: JourneyWriter) -> None:
    ids = [writer.log(comment(d), TODAY).activity_id for d in (0, 1, 2)]
    writer.delete_activity(ids[0], TODAY)
    assert writer.reader.status(TODAY).now.stage is Stage.LISTENER  # two actions: below supporter
    assert len(writer.reader.activities()) == 2


def test_goal_progress_issues_and_review(writer: JourneyWriter) -> None:
    goal = Goal(None, "Comment on three posts a week", ActivityCount(ActivityKind.COMMENT), 6,
                TODAY - timedelta(days=7), TODAY + timedelta(days=7))  # fmt: skip
    goal_id, issues = writer.save_goal(goal, TODAY)
    assert issues == []
    for days_ago in (0, 1, 2):
        writer.log(comment(days_ago), TODAY)
    (view,) = writer.reader.status(TODAY).goals
    assert (view.progress.current, view.progress.status) == (3, GoalStatus.ON_TRACK)
    _, vague = writer.save_goal(Goal(None, "more", ActivityCount(ActivityKind.REPLY), 0, TODAY,
                                     None), TODAY)  # fmt: skip
    assert {GoalIssue.NOT_MEASURABLE, GoalIssue.NO_DEADLINE} <= set(vague)
    writer.review_goal(goal_id, "Three comments, two good talks.", TODAY)
    (review,) = writer.reader.journal(EntryKind.REVIEW)
    assert review.goal_id == goal_id and not review.share_with_coach
    reviewed = next(v for v in writer.reader.status(TODAY).goals if v.goal.id == goal_id)
    assert reviewed.next_review > TODAY


def test_a_reached_goal_is_recognised(writer: JourneyWriter) -> None:
    goal = Goal(None, "Comment on two posts this week", ActivityCount(ActivityKind.COMMENT), 2,
                TODAY - timedelta(days=3), TODAY + timedelta(days=4))  # fmt: skip
    goal_id, _ = writer.save_goal(goal, TODAY)
    writer.log(comment(0), TODAY)
    reached = writer.log(comment(1), TODAY).new_milestones
    assert any(m.kind is MilestoneKind.GOAL_REACHED and m.detail == str(goal_id) for m in reached)


def test_a_goal_reached_when_saved_is_recognised_after_a_crash_before_the_refresh(
    writer: JourneyWriter, paths: AppPaths, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    for days_ago in (0, 1):
        writer.log(comment(days_ago), TODAY)
    goal = Goal(None, "Comment on two posts this week", ActivityCount(ActivityKind.COMMENT), 2,
                TODAY - timedelta(days=3), TODAY + timedelta(days=4))  # fmt: skip

    def killed(*_args: object, **_kwargs: object) -> list[object]:
        raise KeyboardInterrupt  # the process ends between the goal's commit and the refresh

    with monkeypatch.context() as patched:
        patched.setattr(JourneyWriter, "refresh", killed)
        with pytest.raises(KeyboardInterrupt):
            writer.save_goal(goal, TODAY)
    reader, db = prepare_store(paths.db_path, clock)  # the next start catches up
    try:
        kinds = {m.kind for m in JourneyWriter(db or writer.database, reader).reader.milestones()}
    finally:
        reader.close()
        if db is not None:
            db.close()
    assert MilestoneKind.GOAL_REACHED in kinds


def test_journal_entries_keep_privacy_and_refuse_bad_input(writer: JourneyWriter) -> None:
    entry_id, _ = writer.save_entry(JournalEntry(TODAY, EntryKind.WIN, "Hyvä keskustelu!"))
    assert entry_id is not None
    (saved,) = writer.reader.journal()
    assert saved.share_with_coach is False
    nothing, issues = writer.save_entry(JournalEntry(TODAY, EntryKind.REFLECTION, "   "))
    assert nothing is None and issues == [EntryIssue.EMPTY]
    bad, issues = writer.save_entry(JournalEntry(TODAY, EntryKind.EXAMPLE, "x", "javascript:1"))
    assert bad is None and EntryIssue.BAD_LINK in issues
    assert len(writer.reader.journal()) == 1


def test_imports_add_only_what_is_new(writer: JourneyWriter) -> None:
    items = [(comment(d), f"li-{d}") for d in range(5)]
    new, _ = writer.import_activities(items, TODAY)
    assert len(new) == 5
    again, milestones = writer.import_activities([*items, (comment(9), "li-9")], TODAY)
    assert [a.day for a in again] == [TODAY - timedelta(days=9)]
    assert milestones == []  # nothing new to recognise


def test_the_demo_person_climbs_from_the_start(writer: JourneyWriter, clock: FixedClock) -> None:
    summary = demo.fill(writer, clock, years=1, seed=3)
    status = writer.reader.status(TODAY)
    assert status.onboarded
    assert status.profile is not None and status.profile.onboarding_step is OnboardingStep.DONE
    assert summary.activities == len(writer.reader.activities()) > 100
    assert status.start is not None and status.now.stage > status.start.stage
    assert len(status.goals) == 3
    assert len(writer.reader.journal()) == summary.journal_entries
    assert status.weeks[0].monday <= summary.first_day
    assert status.recognition  # milestones were found in the history


def test_the_demo_is_the_same_for_the_same_seed(paths: AppPaths, tmp_path: object) -> None:
    from random import Random

    first = demo.demo_activities(TODAY - timedelta(days=400), TODAY, Random(5))
    second = demo.demo_activities(TODAY - timedelta(days=400), TODAY, Random(5))
    assert first == second


def test_reader_works_without_sqlalchemy(paths: AppPaths, clock: FixedClock) -> None:
    import subprocess
    import sys

    reader, db = prepare_store(paths.db_path, clock)
    assert db is not None
    JourneyWriter(db, reader).log(comment(0), TODAY)
    reader.close()
    db.close()
    code = (
        "import sys\nfrom datetime import date\nfrom pathlib import Path\n"
        "from app.services.clock import FixedClock\n"
        "from app.services.store import prepare_store\n"
        "from app.services.journey import JourneyReader\n"
        "today = date(2026, 11, 27)\n"
        f"reader, db = prepare_store(Path({str(paths.db_path)!r}), FixedClock(today))\n"
        "status = JourneyReader(reader).status(today)\n"
        "print(status.now.stage.key, db is None, 'sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["listener", "True", "False"]


def test_correcting_the_survey_during_onboarding_replaces_the_start(writer: JourneyWriter) -> None:
    never = Assessment(TODAY, (ChannelAnswers(Channel.LINKEDIN, {}),))
    weekly = {Action.READ: Frequency.DAILY, Action.COMMENT: Frequency.WEEKLY}
    writer.add_assessment(never)
    writer.add_assessment(Assessment(TODAY, (ChannelAnswers(Channel.LINKEDIN, weekly),)))
    assert len(writer.reader.assessments()) == 1
    status = writer.reader.status(TODAY)
    assert status.start is not None and status.start.stage is Stage.COMMENTER
    assert status.profile is not None and status.profile.start_stage is Stage.COMMENTER
    profile = status.profile
    writer.save_profile(replace(profile, onboarding_step=OnboardingStep.DONE))
    writer.add_assessment(never)  # after onboarding: a re-take, kept beside the start
    assert len(writer.reader.assessments()) == 2
    assert writer.reader.status(TODAY).start.stage is Stage.COMMENTER  # type: ignore[union-attr]


def test_logging_checks_a_linked_habit_once_and_undo_takes_it_back(
    writer: JourneyWriter, paths: AppPaths
) -> None:
    from app.domain.habits import CheckIn, Frequency, Habit
    from app.services.habits import HabitsWriter
    from app.storage.habits.read import HabitRecord
    from app.storage.quick import QuickReader

    reader = QuickReader(paths.db_path)
    habits = HabitsWriter(writer._db, reader)
    record = HabitRecord(Habit("Comment", Frequency.per_week(3)), linked_kind=ActivityKind.COMMENT)
    habit_id = habits.add(record, TODAY)
    first = writer.log(comment(0), TODAY).activity_id
    writer.log(comment(0), TODAY)
    writer.import_activities([(comment(0), "x"), (comment(1), "y")], TODAY)
    writer.import_activities([(comment(0), "x"), (comment(1), "y")], TODAY)  # nothing new
    checked = [r.checkin for r in habits.reader.checkins(habit_id)]
    assert checked == [CheckIn(TODAY - timedelta(days=1)), CheckIn(TODAY)]
    writer.delete_activity(first, TODAY)  # other comments that day still count
    assert len(habits.reader.checkins(habit_id)) == 2
    reader.close()


def test_a_goal_measured_by_a_habit_counts_its_check_ins(
    writer: JourneyWriter, paths: AppPaths
) -> None:
    from app.domain.habits import Frequency, Habit
    from app.domain.journey.goals import HabitCheckIns
    from app.services.habits import HabitsWriter
    from app.storage.habits.read import HabitRecord
    from app.storage.quick import QuickReader

    reader = QuickReader(paths.db_path)
    habits = HabitsWriter(writer._db, reader)
    habit_id = habits.add(HabitRecord(Habit("Read 15 minutes", Frequency.daily())), TODAY)
    for days_ago in (0, 1, 2):
        habits.check(habit_id, TODAY - timedelta(days=days_ago))
    goal = Goal(None, "Read every day for a month", HabitCheckIns(habit_id), 30,
                TODAY - timedelta(days=5), TODAY + timedelta(days=25))  # fmt: skip
    writer.save_goal(goal, TODAY)
    (view,) = writer.reader.status(TODAY).goals
    assert view.progress.current == 3
    reader.close()


def test_undoing_a_log_takes_back_the_recognition_only_it_gave(writer: JourneyWriter) -> None:
    first = writer.log(comment(0), TODAY)
    assert [m.kind for m in first.new_milestones] == [MilestoneKind.FIRST_COMMENT]
    writer.delete_activity(first.activity_id, TODAY)  # logged by mistake: undo
    assert writer.reader.status(TODAY).recognition == []


def test_undoing_the_first_of_several_moves_the_first_to_the_next(writer: JourneyWriter) -> None:
    earlier = writer.log(comment(5), TODAY)
    writer.log(comment(2), TODAY)
    writer.delete_activity(earlier.activity_id, TODAY)
    (first,) = [m for m in writer.reader.status(TODAY).recognition
                if m.kind is MilestoneKind.FIRST_COMMENT]  # fmt: skip
    assert first.day == TODAY - timedelta(days=2)


def test_a_stage_reached_stays_when_later_activity_is_undone(writer: JourneyWriter) -> None:
    for days_ago in (8, 9, 10):  # a commenter's week, last week: a Commenter by this one
        writer.log(comment(days_ago), TODAY)
    extra = writer.log(comment(0), TODAY)
    writer.delete_activity(extra.activity_id, TODAY)
    kinds = {(m.kind, m.detail) for m in writer.reader.status(TODAY).recognition}
    assert (MilestoneKind.STAGE_UP, Stage.COMMENTER.key) in kinds  # earned before, still earned
    assert (MilestoneKind.FIRST_COMMENT, "") in kinds


def test_a_file_from_before_the_forgiving_ladder_shows_the_new_stages(
    paths: AppPaths, clock: FixedClock
) -> None:
    """A stored file from before revision 0008 opens with its stages and stage milestones
    derived again: a Role model the jittery ladder once named for a single week is gone, the
    Commenter reached is dated by the week the ladder moved, the first comment is kept."""
    import sqlite3

    from app.storage import database as database_module
    from app.storage import migrator

    engine = database_module.make_engine(paths.db_path)
    migrator.upgrade(engine, "0007")
    engine.dispose()
    days = [TODAY - timedelta(days=d) for d in (8, 9, 10)]  # three comments last week
    con = sqlite3.connect(paths.db_path)
    with con:
        con.executemany(
            "INSERT INTO activity (kind, channel, day, source, link, note) "
            "VALUES ('comment', 'linkedin', ?, 'manual', '', '')",
            [(d.isoformat(),) for d in days],
        )
        con.executemany(
            "INSERT INTO milestone (key, kind, day, detail) VALUES (?, ?, ?, ?)",
            [
                ("first_comment", "first_comment", days[-1].isoformat(), ""),
                ("stage_up:commenter", "stage_up", "2026-11-16", "commenter"),
                ("stage_up:role_model", "stage_up", "2026-11-16", "role_model"),
            ],
        )
        con.execute("INSERT INTO week_stage (monday, stage, from_log) VALUES ('2026-11-16', 5, 1)")
    con.close()

    reader, db = prepare_store(paths.db_path, clock)
    try:
        status = JourneyWriter(db, reader).reader.status(TODAY) if db else None
        assert status is not None
        keys = {(m.key, m.day) for m in status.recognition}
        assert keys == {
            ("first_comment", days[-1]),
            ("stage_up:supporter", date(2026, 11, 23)),
            ("stage_up:commenter", date(2026, 11, 23)),
        }
        assert status.now.stage is status.now.highest is Stage.COMMENTER
        assert [(w.monday, w.stage) for w in read_week_stages(reader.connection)] == [
            (date(2026, 11, 16), Stage.LISTENER),
            (date(2026, 11, 23), Stage.COMMENTER),
        ]
    finally:
        reader.close()
        if db is not None:
            db.close()
