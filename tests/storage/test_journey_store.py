"""What the ORM writes, the plain-SQL reader reads back: every journey table, field by field."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.goals import ActivityCount, Goal, HabitCheckIns, ManualNumber, ReviewCadence
from app.domain.journey.journal import EntryKind, JournalEntry
from app.domain.journey.ladder import Frequency, Stage, WeekStage
from app.domain.journey.milestones import Milestone, MilestoneKind
from app.domain.journey.profile import (
    Action,
    Assessment,
    Barrier,
    Benefit,
    ChannelAnswers,
    OnboardingStep,
    Profile,
    RoleLens,
)
from app.storage.database import Database
from app.storage.journey import read, write
from app.storage.quick import QuickReader

DAY = date(2026, 11, 2)


def test_profile_round_trip(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    assert read.read_profile(reader.connection) is None
    profile = Profile(
        name="Aino",
        role=RoleLens.EXPERT,
        benefits=(Benefit.LEARNING, Benefit.VISIBILITY),
        why="Haluan jakaa, mitä opin vetytaloudesta.",
        topics=("vety", "kiertotalous", "uusiutuva diesel"),
        audience="alan asiantuntijat",
        channels=(Channel.LINKEDIN, Channel.INTERNAL),
        languages=("fi", "en"),
        hours_per_week=1.5,
        start_stage=Stage.COMMENTER,
        onboarding_step=OnboardingStep.GOALS,
    )
    with db.session() as session:
        write.save_profile(session, profile)
    assert read.read_profile(reader.connection) == profile
    with db.session() as session:
        write.save_profile(session, Profile(name="Aino K."))  # the one row is replaced
    assert read.read_profile(reader.connection) == Profile(name="Aino K.")


def test_assessment_round_trip(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    survey = Assessment(
        taken_on=DAY,
        channels=(
            ChannelAnswers(
                Channel.LINKEDIN, {Action.READ: Frequency.DAILY, Action.COMMENT: Frequency.WEEKLY}
            ),
            ChannelAnswers(Channel.X, {Action.READ: Frequency.MONTHLY}),
        ),
        confidence=2,
        hours_per_week=0.5,
        knows_guidelines=False,
        barriers=frozenset({Barrier.TIME, Barrier.FEAR_OF_MISTAKES}),
    )
    with db.session() as session:
        new_id = write.add_assessment(session, survey, survey.starting_point().stage)
    (stored,) = read.read_assessments(reader.connection)
    assert stored == Assessment(**{**survey.__dict__, "id": new_id})


def test_activities_round_trip_and_imports_are_idempotent(
    store: tuple[Database, QuickReader],
) -> None:
    db, reader = store
    manual = Activity(
        ActivityKind.COMMENT,
        Channel.LINKEDIN,
        DAY,
        ActivitySource.MANUAL,
        link="https://www.linkedin.com/feed/update/1",
        note="hyvä keskustelu",
    )
    with db.session() as session:
        manual_id = write.add_activity(session, manual)
    imported = [
        (Activity(ActivityKind.OWN_POST, Channel.X, DAY - timedelta(days=i), ActivitySource.IMPORT),
         f"tweet-{i}")
        for i in range(3)
    ]  # fmt: skip
    with db.session() as session:
        assert len(write.add_imported_activities(session, imported)) == 3
    with db.session() as session:
        assert write.add_imported_activities(session, imported) == []  # again: nothing new
    stored = read.read_activities(reader.connection)
    assert len(stored) == 4
    assert Activity(**{**manual.__dict__, "id": manual_id}) in stored
    assert [a.day for a in stored] == sorted(a.day for a in stored)
    assert len(read.read_activities(reader.connection, since=DAY)) == 2
    # Two more the same day: the counting read repeats one fact per activity, in day order.
    with db.session() as session:
        write.add_activity(session, manual)
        write.add_activity(session, manual)
    stored = read.read_activities(reader.connection)
    facts = read.read_activity_facts(reader.connection)

    def key(a: Activity) -> tuple[object, ...]:
        return (a.day, a.kind, a.channel, a.source)

    assert sorted(key(a) for a in facts) == sorted(key(a) for a in stored)
    assert [a.day for a in facts] == sorted(a.day for a in stored)
    assert {(a.id, a.link, a.note) for a in facts} == {(None, "", "")}


@pytest.mark.parametrize(
    "measure",
    [
        ActivityCount(ActivityKind.COMMENT),
        ActivityCount(ActivityKind.OWN_POST, Channel.LINKEDIN),
        HabitCheckIns(7),
        ManualNumber("new contacts"),
    ],
)
def test_goal_round_trip(store: tuple[Database, QuickReader], measure: object) -> None:
    db, reader = store
    goal = Goal(None, "Kommentoin kolmea alan julkaisua viikossa", measure, 12.0,  # type: ignore[arg-type]
                DAY, DAY + timedelta(weeks=8), ReviewCadence.BIWEEKLY)  # fmt: skip
    with db.session() as session:
        goal_id = write.save_goal(session, goal, manual_value=4.0)
        write.set_goal_reviewed(session, goal_id, DAY + timedelta(days=14))
    (record,) = read.read_goals(reader.connection)
    assert record.goal == Goal(**{**goal.__dict__, "id": goal_id})
    assert record.manual_value == 4.0
    assert record.last_review == DAY + timedelta(days=14)


def test_journal_round_trip_and_goal_deletion_keeps_the_review(
    store: tuple[Database, QuickReader],
) -> None:
    db, reader = store
    goal = Goal(None, "Postaan kerran kuussa", ManualNumber(), 3, DAY, None)
    with db.session() as session:
        goal_id = write.save_goal(session, goal)
        entry = JournalEntry(DAY, EntryKind.REVIEW, "Meni hyvin.", goal_id=goal_id)
        entry_id = write.save_entry(session, entry)
        example = JournalEntry(
            DAY, EntryKind.EXAMPLE, "Hieno ketju", link="https://example.org/x",
            share_with_coach=True,
        )  # fmt: skip
        write.save_entry(session, example)
    reviews = read.read_journal(reader.connection, EntryKind.REVIEW)
    assert reviews == [JournalEntry(**{**entry.__dict__, "id": entry_id})]
    with db.session() as session:
        write.delete_goal(session, goal_id)
    (review,) = read.read_journal(reader.connection, EntryKind.REVIEW)
    assert review.goal_id is None  # the review stays in the journal
    assert len(read.read_journal(reader.connection, limit=1)) == 1


def test_milestones_are_recorded_once(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    first = Milestone(MilestoneKind.FIRST_COMMENT, DAY)
    with db.session() as session:
        assert write.record_milestones(session, [first]) == [first]
    later = Milestone(MilestoneKind.FIRST_COMMENT, DAY + timedelta(days=9))
    stage = Milestone(MilestoneKind.STAGE_UP, DAY, Stage.COMMENTER.key)
    with db.session() as session:
        assert write.record_milestones(session, [later, stage]) == [stage]
    assert read.read_milestones(reader.connection) == [first, stage]


def test_week_stages_are_replaced(store: tuple[Database, QuickReader]) -> None:
    db, reader = store
    weeks = [WeekStage(date(2026, 10, 26), Stage.LISTENER, False),
             WeekStage(date(2026, 11, 2), Stage.COMMENTER)]  # fmt: skip
    with db.session() as session:
        write.replace_week_stages(session, weeks)
        write.replace_week_stages(session, weeks)
    assert read.read_week_stages(reader.connection) == weeks
