"""Tests of SMART goals: issues, progress status at its boundaries, and review dates."""

from __future__ import annotations

import dataclasses
import math
from datetime import date, timedelta
from typing import Any

import pytest

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.goals import (
    MAX_ACTIVE_GOALS,
    ActivityCount,
    Goal,
    GoalIssue,
    GoalStatus,
    HabitCheckIns,
    ManualNumber,
    ReviewCadence,
    goal_issues,
    next_review,
    progress,
)

K = ActivityKind
START = date(2024, 1, 1)
DEADLINE = date(2024, 1, 11)  # ten days after the start: each day is a tenth of the time


def goal(**changes: Any) -> Goal:
    base = Goal(
        id=1,
        statement="Comment on three expert posts every week",
        measure=ManualNumber(),
        target=10,
        start=START,
        deadline=DEADLINE,
        cadence=ReviewCadence.WEEKLY,
        active=True,
    )
    return dataclasses.replace(base, **changes)


def act(kind: ActivityKind, day: date, channel: Channel = Channel.LINKEDIN) -> Activity:
    return Activity(kind, channel, day, ActivitySource.MANUAL)


# --- Issues -----------------------------------------------------------------------------------


def test_a_smart_goal_has_no_issues() -> None:
    assert goal_issues(goal(), 1) == []


@pytest.mark.parametrize(
    ("statement", "issues"),
    [
        ("", [GoalIssue.EMPTY_STATEMENT]),
        ("  \t ", [GoalIssue.EMPTY_STATEMENT]),
        ("Comment", [GoalIssue.VAGUE_STATEMENT]),
        ("Comment more", [GoalIssue.VAGUE_STATEMENT]),
        ("Comment more often", []),
        ("Kommentoin kolmesti viikossa LinkedInissä", []),
    ],
)
def test_statement_must_say_something_specific(statement: str, issues: list[GoalIssue]) -> None:
    assert goal_issues(goal(statement=statement), 1) == issues


@pytest.mark.parametrize(
    ("target", "measurable"),
    [(-1.0, False), (0.0, False), (math.nan, False), (math.inf, False), (0.5, True), (1, True)],
)
def test_target_must_be_a_positive_number(target: float, measurable: bool) -> None:
    issues = goal_issues(goal(target=target), 1)
    assert (GoalIssue.NOT_MEASURABLE not in issues) is measurable


@pytest.mark.parametrize(
    ("deadline", "issues"),
    [
        (None, [GoalIssue.NO_DEADLINE]),
        (START - timedelta(days=1), [GoalIssue.DEADLINE_BEFORE_START]),
        (START, []),
        (START + timedelta(days=1), []),
    ],
)
def test_deadline_must_exist_and_not_precede_the_start(
    deadline: date | None, issues: list[GoalIssue]
) -> None:
    assert goal_issues(goal(deadline=deadline), 1) == issues


@pytest.mark.parametrize(
    ("count", "too_many"), [(MAX_ACTIVE_GOALS - 1, False), (3, False), (4, True), (5, True)]
)
def test_at_most_three_active_goals(count: int, too_many: bool) -> None:
    assert (GoalIssue.TOO_MANY_ACTIVE in goal_issues(goal(), count)) is too_many


def test_an_inactive_goal_is_not_told_there_are_too_many() -> None:
    assert goal_issues(goal(active=False), 4) == []


def test_issues_come_in_a_stable_order() -> None:
    bad = goal(statement=" ", target=0, deadline=None)
    assert goal_issues(bad, 5) == [
        GoalIssue.EMPTY_STATEMENT,
        GoalIssue.NOT_MEASURABLE,
        GoalIssue.NO_DEADLINE,
        GoalIssue.TOO_MANY_ACTIVE,
    ]


# --- Current value ----------------------------------------------------------------------------


def test_activity_count_counts_the_kind_on_any_channel_or_on_one() -> None:
    day = START + timedelta(days=2)
    history = [
        act(K.COMMENT, day),
        act(K.COMMENT, day, Channel.MASTODON),
        act(K.REPLY, day),
        act(K.REACTION, day),
    ]
    anywhere = goal(measure=ActivityCount(K.COMMENT))
    linkedin = goal(measure=ActivityCount(K.COMMENT, Channel.LINKEDIN))
    assert progress(anywhere, history, day).current == 2
    assert progress(linkedin, history, day).current == 1


@pytest.mark.parametrize(
    ("day", "counted"),
    [
        (START - timedelta(days=1), False),
        (START, True),
        (DEADLINE, True),
        (DEADLINE + timedelta(days=1), False),
    ],
)
def test_activity_counts_from_start_to_deadline(day: date, counted: bool) -> None:
    counting = goal(measure=ActivityCount(K.OWN_POST))
    today = DEADLINE + timedelta(days=5)
    assert progress(counting, [act(K.OWN_POST, day)], today).current == int(counted)


def test_activity_after_today_does_not_count_yet() -> None:
    counting = goal(measure=ActivityCount(K.OWN_POST), deadline=None)
    history = [
        act(K.OWN_POST, START + timedelta(days=3)),
        act(K.OWN_POST, START + timedelta(days=4)),
    ]
    assert progress(counting, history, START + timedelta(days=3)).current == 1


def test_habit_and_manual_measures_take_the_given_number() -> None:
    habit = goal(measure=HabitCheckIns(habit_id=5))
    manual = goal(measure=ManualNumber("followers"), target=300)
    assert progress(habit, [], START, habit_count=4).current == 4
    assert progress(habit, [], START).current == 0
    assert progress(manual, [], START, manual_value=250.5).current == 250.5
    assert progress(manual, [], START).current == 0


# --- Status -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "value", "status"),
    [
        # Half-way through: expected 0.5, behind below 0.5 - 0.1 = 0.4.
        (5, 3.99, GoalStatus.BEHIND),
        (5, 4.0, GoalStatus.ON_TRACK),
        (5, 4.01, GoalStatus.ON_TRACK),
        # 40 % through: behind below 0.3. In floats 0.4 - 0.1 is 0.30000000000000004, yet a
        # fraction exactly on the line is on track.
        (4, 2.99, GoalStatus.BEHIND),
        (4, 3.0, GoalStatus.ON_TRACK),
        (4, 3.01, GoalStatus.ON_TRACK),
        # Within the tolerance nothing is expected yet.
        (1, 0.0, GoalStatus.ON_TRACK),
        (0, 0.0, GoalStatus.ON_TRACK),
        (-3, 0.0, GoalStatus.ON_TRACK),
        (2, 0.0, GoalStatus.BEHIND),
        # On the deadline day: behind below 0.9.
        (10, 8.99, GoalStatus.BEHIND),
        (10, 9.0, GoalStatus.ON_TRACK),
        # After the deadline anything short of the target is behind.
        (11, 9.99, GoalStatus.BEHIND),
        # At or beyond the target it is done, whenever that is.
        (5, 9.99, GoalStatus.ON_TRACK),
        (5, 10.0, GoalStatus.DONE),
        (11, 10.0, GoalStatus.DONE),
        (0, 12.0, GoalStatus.DONE),
    ],
)
def test_status_boundaries(days: int, value: float, status: GoalStatus) -> None:
    result = progress(goal(), [], START + timedelta(days=days), manual_value=value)
    assert result.status is status


def test_progress_reports_fraction_and_expected_share_of_time() -> None:
    result = progress(goal(), [], START + timedelta(days=5), manual_value=12)
    assert (result.current, result.target, result.fraction) == (12, 10, 1.2)
    assert result.expected == 0.5


def test_without_a_deadline_nothing_is_behind() -> None:
    open_ended = goal(deadline=None)
    result = progress(open_ended, [], START + timedelta(days=400), manual_value=0)
    assert (result.status, result.expected) == (GoalStatus.ON_TRACK, None)
    assert progress(open_ended, [], START, manual_value=10).status is GoalStatus.DONE


def test_a_one_day_goal_expects_everything_on_its_day() -> None:
    one_day = goal(deadline=START)
    assert progress(one_day, [], START - timedelta(days=1)).status is GoalStatus.ON_TRACK
    assert progress(one_day, [], START, manual_value=8.99).status is GoalStatus.BEHIND
    assert progress(one_day, [], START, manual_value=9).status is GoalStatus.ON_TRACK


def test_an_unmeasurable_target_gives_no_fraction() -> None:
    result = progress(goal(target=0), [], START + timedelta(days=5), manual_value=3)
    assert (result.fraction, result.status) == (0.0, GoalStatus.ON_TRACK)


# --- Reviews ----------------------------------------------------------------------------------

LAST = date(2024, 3, 4)


@pytest.mark.parametrize(
    ("cadence", "due"),
    [
        (ReviewCadence.WEEKLY, date(2024, 3, 11)),
        (ReviewCadence.BIWEEKLY, date(2024, 3, 18)),
        (ReviewCadence.MONTHLY, date(2024, 4, 4)),
    ],
)
def test_next_review_is_one_cadence_after_the_last(cadence: ReviewCadence, due: date) -> None:
    assert next_review(goal(cadence=cadence, deadline=None), LAST, LAST) == due


def test_first_review_is_one_cadence_after_the_start() -> None:
    assert next_review(goal(deadline=None), None, START) == START + timedelta(weeks=1)


@pytest.mark.parametrize(
    ("last", "due"),
    [
        (date(2024, 1, 31), date(2024, 2, 29)),
        (date(2023, 1, 31), date(2023, 2, 28)),
        (date(2024, 3, 31), date(2024, 4, 30)),
        (date(2023, 12, 15), date(2024, 1, 15)),
    ],
)
def test_monthly_reviews_stay_in_the_next_month(last: date, due: date) -> None:
    monthly = goal(cadence=ReviewCadence.MONTHLY, deadline=None, start=date(2023, 1, 1))
    assert next_review(monthly, last, last) == due


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (date(2024, 3, 10), date(2024, 3, 11)),
        (date(2024, 3, 11), date(2024, 3, 11)),
        (date(2024, 3, 12), date(2024, 3, 12)),
    ],
)
def test_an_overdue_review_is_due_today(today: date, due: date) -> None:
    assert next_review(goal(deadline=None), LAST, today) == due


@pytest.mark.parametrize(
    ("deadline", "due"),
    [
        (date(2024, 3, 10), date(2024, 3, 10)),
        (date(2024, 3, 11), date(2024, 3, 11)),
        (date(2024, 3, 12), date(2024, 3, 11)),
        (LAST, date(2024, 3, 11)),  # reviewed on the deadline: back to the plain rhythm
    ],
)
def test_the_deadline_pulls_the_review_forward(deadline: date, due: date) -> None:
    assert next_review(goal(start=START, deadline=deadline), LAST, LAST) == due


def test_a_missed_final_review_is_due_today() -> None:
    late = date(2024, 3, 20)
    assert next_review(goal(deadline=date(2024, 3, 8)), LAST, late) == late
