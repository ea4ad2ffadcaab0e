"""This week's share of a goal: what is left at Monday, spread over the weeks left."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.goals import ActivityCount, Goal, ManualNumber, Measure, progress
from app.domain.journey.week_plan import WeekPlan, WeekState, monday_of, plan_week

MONDAY = date(2025, 3, 10)
WEDNESDAY = MONDAY + timedelta(days=2)
COMMENTS = ActivityCount(ActivityKind.COMMENT)


def comment(day: date, channel: Channel = Channel.LINKEDIN) -> Activity:
    return Activity(ActivityKind.COMMENT, channel, day, ActivitySource.MANUAL)


def goal(
    target: float = 8,
    start: date = MONDAY,
    weeks: int | None = 4,
    measure: Measure = COMMENTS,
) -> Goal:
    deadline = None if weeks is None else start + timedelta(weeks=weeks, days=-1)
    return Goal(None, "Comment on posts", measure, target, start, deadline)


def plan(g: Goal, log: list[Activity], today: date = WEDNESDAY) -> WeekPlan:
    return plan_week(g, progress(g, log, today), log, today)


def test_monday_of_any_day() -> None:
    assert {monday_of(MONDAY + timedelta(days=n)) for n in range(7)} == {MONDAY}


def test_an_even_share_at_the_start() -> None:
    result = plan(goal(8, weeks=4), [])
    assert (result.state, result.done, result.target, result.left) == (WeekState.TO_DO, 0, 2, 2)


def test_this_weeks_matching_actions_count_and_others_do_not() -> None:
    reply = Activity(ActivityKind.REPLY, Channel.LINKEDIN, WEDNESDAY, ActivitySource.MANUAL)
    result = plan(goal(8, weeks=4), [comment(MONDAY), reply])
    assert (result.done, result.target, result.fraction) == (1, 2, 0.5)


def test_the_share_is_done_and_more_is_a_head_start() -> None:
    result = plan(goal(8, weeks=4), [comment(MONDAY), comment(WEDNESDAY), comment(WEDNESDAY)])
    assert result.state is WeekState.WEEK_DONE
    assert result.left == 0 and result.fraction == 1.0


def test_a_slow_start_spreads_what_is_left_over_the_weeks_left() -> None:
    g = goal(8, start=MONDAY - timedelta(weeks=2), weeks=4)  # two weeks in, nothing done
    assert plan(g, []).target == 4  # eight left over two weeks


def test_a_good_start_lowers_the_ask() -> None:
    start = MONDAY - timedelta(weeks=1)
    early = [comment(start + timedelta(days=d)) for d in range(6)]
    assert plan(goal(8, start=start, weeks=4), early).target == 1  # two left over three weeks


def test_the_share_never_drops_below_one_while_the_goal_is_open() -> None:
    start = MONDAY - timedelta(weeks=1)
    early = [comment(start + timedelta(days=d % 7)) for d in range(7)]
    assert plan(goal(8, start=start, weeks=4), early).target == 1


def test_a_goal_that_starts_later_is_not_started() -> None:
    assert plan(goal(start=WEDNESDAY + timedelta(days=1)), []).state is WeekState.NOT_STARTED


def test_a_reached_goal_is_done_whatever_the_week() -> None:
    result = plan(goal(1), [comment(MONDAY)])
    assert result.state is WeekState.GOAL_DONE and result.fraction == 1.0


def test_after_the_deadline_an_open_goal_is_overdue() -> None:
    g = goal(8, start=MONDAY - timedelta(weeks=5), weeks=4)
    assert plan(g, []).state is WeekState.OVERDUE


def test_no_deadline_means_no_pace_but_the_week_is_still_counted() -> None:
    result = plan(goal(8, weeks=None), [comment(MONDAY)])
    assert (result.state, result.done, result.target) == (WeekState.NO_PACE, 1, None)


def test_a_number_of_ones_own_has_no_weekly_pace() -> None:
    g = goal(500, measure=ManualNumber("followers"))
    assert plan(g, []).state is WeekState.NO_PACE


def test_a_channel_goal_counts_only_that_channel() -> None:
    g = goal(8, measure=ActivityCount(ActivityKind.COMMENT, Channel.MASTODON))
    result = plan(g, [comment(MONDAY), comment(MONDAY, Channel.MASTODON)])
    assert result.done == 1
