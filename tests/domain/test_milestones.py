"""Tests of recognition milestones: what is found, when, and that each is found only once."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.ladder import NextStep, Stage, StartingPoint, WeekStage
from app.domain.journey.milestones import Milestone, MilestoneKind, detect_milestones, unrecorded
from app.domain.journey.standing import weekly_stages

K = ActivityKind
M = MilestoneKind
MONDAY = date(2024, 1, 1)


def act(kind: ActivityKind, day: date) -> Activity:
    return Activity(kind, Channel.LINKEDIN, day, ActivitySource.MANUAL)


def week(n: int, weekday: int = 2) -> date:
    return MONDAY + timedelta(weeks=n, days=weekday)


def found(activities: list[Activity], weekly: list[WeekStage] | None = None) -> list[Milestone]:
    return detect_milestones(activities, weekly or [], [])


# --- Firsts -----------------------------------------------------------------------------------


def test_firsts_are_dated_by_the_earliest_activity_of_their_kind() -> None:
    history = [
        act(K.COMMENT, week(5)),
        act(K.REPLY, week(7)),
        act(K.COMMENT, week(3)),
        act(K.OWN_POST, week(9)),
    ]
    assert found(history) == [
        Milestone(M.FIRST_COMMENT, week(3)),
        Milestone(M.FIRST_REPLY, week(7)),
        Milestone(M.FIRST_OWN_POST, week(9)),
    ]


def test_reactions_and_shares_are_no_firsts() -> None:
    kinds = [K.REACTION, K.SHARE, K.SHARE_WITH_COMMENT]
    assert found([act(kind, week(n * 2)) for n, kind in enumerate(kinds)]) == []


def test_firsts_on_the_same_day_come_in_a_stable_order() -> None:
    day = week(0)
    history = [act(K.REPLY, day), act(K.OWN_POST, day), act(K.COMMENT, day)]
    assert [m.kind for m in found(history)] == [M.FIRST_COMMENT, M.FIRST_OWN_POST, M.FIRST_REPLY]


# --- Four-week streak -------------------------------------------------------------------------


def streak(history: list[Activity]) -> list[Milestone]:
    return [m for m in found(history) if m.kind is M.FIRST_FOUR_WEEK_STREAK]


def test_three_weeks_in_a_row_are_not_yet_a_streak() -> None:
    assert streak([act(K.REACTION, week(n)) for n in range(3)]) == []


def test_the_fourth_week_completes_the_streak_on_its_first_activity() -> None:
    history = [act(K.REACTION, week(n)) for n in range(3)]
    history += [act(K.SHARE, week(3, 4)), act(K.REACTION, week(3, 1)), act(K.SHARE, week(3, 6))]
    assert streak(history) == [Milestone(M.FIRST_FOUR_WEEK_STREAK, week(3, 1))]


def test_only_the_first_streak_is_a_milestone() -> None:
    history = [act(K.REACTION, week(n)) for n in [*range(6), *range(10, 15)]]
    assert streak(history) == [Milestone(M.FIRST_FOUR_WEEK_STREAK, week(3))]


def test_a_missed_week_starts_the_count_again() -> None:
    history = [act(K.REACTION, week(n)) for n in [0, 1, 2, 4, 5, 6, 7]]
    assert streak(history) == [Milestone(M.FIRST_FOUR_WEEK_STREAK, week(7))]


def test_many_activities_in_one_week_are_still_one_week() -> None:
    history = [act(K.REACTION, week(0, day)) for day in range(7)] + [act(K.REACTION, week(1))]
    history += [act(K.REACTION, week(2))]
    assert streak(history) == []


def test_streaks_follow_iso_weeks_across_the_new_year() -> None:
    # 2020 has an ISO week 53; Sunday 3 January 2021 still belongs to it.
    days = [date(2020, 12, 14), date(2020, 12, 21), date(2021, 1, 3), date(2021, 1, 4)]
    assert streak([act(K.COMMENT, d) for d in days]) == [
        Milestone(M.FIRST_FOUR_WEEK_STREAK, date(2021, 1, 4))
    ]


def test_sunday_and_the_next_monday_are_two_weeks() -> None:
    days = [week(0, 6), week(1, 0), week(2, 6), week(3, 0)]
    assert streak([act(K.REACTION, d) for d in days]) == [
        Milestone(M.FIRST_FOUR_WEEK_STREAK, week(3, 0))
    ]


# --- Stage ups --------------------------------------------------------------------------------


def weeks_of(*stages: Stage, assessed: int = 0) -> list[WeekStage]:
    return [WeekStage(week(n, 0), stage, from_log=n >= assessed) for n, stage in enumerate(stages)]


def ups(weekly: list[WeekStage]) -> list[tuple[str, date]]:
    return [(m.detail, m.day) for m in found([], weekly)]


def test_each_new_highest_stage_is_a_milestone_once() -> None:
    s = Stage
    weekly = weeks_of(s.LISTENER, s.SUPPORTER, s.COMMENTER, s.SUPPORTER, s.COMMENTER, s.CREATOR)
    assert ups(weekly) == [
        ("supporter", week(1, 0)),
        ("commenter", week(2, 0)),
        ("conversationalist", week(5, 0)),
        ("creator", week(5, 0)),
    ]


def test_a_history_that_starts_high_records_every_rung_up_to_it() -> None:
    assert [detail for detail, _ in ups(weeks_of(Stage.COMMENTER))] == ["supporter", "commenter"]


def test_a_self_assessed_start_earns_no_recognition() -> None:
    # The survey said Creator: the stage holds there, and only a move above it is news.
    weekly = weeks_of(Stage.CREATOR, Stage.CREATOR, Stage.CREATOR, Stage.ROLE_MODEL, assessed=2)
    found = detect_milestones([], weekly, [], start=Stage.CREATOR)
    assert [(m.detail, m.day) for m in found] == [("role_model", week(3, 0))]


def test_recognition_names_only_stages_the_ladder_showed() -> None:
    """A stage the one stage never reached is never "reached" in the feed (issue 13, item 6):
    the log showing Role model for a single week is no milestone."""
    weekly = [
        WeekStage(week(n, 0), Stage.CREATOR, shown=shown)
        for n, shown in enumerate([Stage.CREATOR, Stage.ROLE_MODEL, Stage.CREATOR])
    ]
    assert "stage_up:role_model" not in {m.key for m in detect_milestones([], weekly, [])}


def test_staying_a_listener_is_no_milestone() -> None:
    assert ups(weeks_of(Stage.LISTENER, Stage.LISTENER)) == []


def test_the_ladder_and_milestones_tell_the_journey_together() -> None:
    history = [act(K.REACTION, week(0, d)) for d in range(3)]
    history += [act(K.COMMENT, week(n)) for n in (1, 2, 3)] + [act(K.REPLY, week(3))] * 2
    history += [act(K.COMMENT, week(4)), act(K.REPLY, week(4))]
    weekly = weekly_stages(history, MONDAY, week(4, 6))
    # The stage moves once the log has shown it two weeks running; stage-ups are dated by the
    # Monday of that week, firsts and streaks by their exact day.
    assert [(m.key, m.day) for m in detect_milestones(history, weekly, [])] == [
        ("stage_up:supporter", week(1, 0)),
        ("first_comment", week(1)),
        ("first_reply", week(3)),
        ("first_four_week_streak", week(3)),
        ("stage_up:commenter", week(4, 0)),
        ("stage_up:conversationalist", week(4, 0)),
    ]


def test_a_survey_start_begins_the_count_of_stages() -> None:
    history = [act(K.COMMENT, week(n)) for n in range(4)]
    begin = StartingPoint(Stage.COMMENTER, NextStep.MORE_REPLIES)
    weekly = weekly_stages(history, MONDAY, week(3, 6), start=begin)
    assert {w.stage for w in weekly} == {Stage.COMMENTER}
    found = detect_milestones(history, weekly, [], start=Stage.COMMENTER)
    assert not [m for m in found if m.kind is M.STAGE_UP]


# --- Goals, keys and de-duplication -----------------------------------------------------------


def test_goals_reached_are_keyed_by_goal_and_dated_by_the_first_report() -> None:
    done = [(7, date(2024, 5, 2)), (3, date(2024, 5, 2)), (7, date(2024, 4, 1))]
    assert detect_milestones([], [], done) == [
        Milestone(M.GOAL_REACHED, date(2024, 4, 1), "7"),
        Milestone(M.GOAL_REACHED, date(2024, 5, 2), "3"),
    ]


def test_keys_are_stable_strings() -> None:
    assert Milestone(M.FIRST_COMMENT, MONDAY).key == "first_comment"
    assert Milestone(M.STAGE_UP, MONDAY, Stage.ROLE_MODEL.key).key == "stage_up:role_model"
    assert Milestone(M.GOAL_REACHED, MONDAY, "12").key == "goal_reached:12"


def test_detecting_again_on_a_longer_history_finds_nothing_new_for_the_old_part() -> None:
    early = [act(K.COMMENT, week(n)) for n in range(4)]
    later = [*early, act(K.COMMENT, week(5)), act(K.OWN_POST, week(6))]
    first_run = detect_milestones(early, weekly_stages(early, MONDAY, week(4)), [(1, week(2))])
    recorded = {m.key for m in first_run}
    second_run = detect_milestones(later, weekly_stages(later, MONDAY, week(7)), [(1, week(2))])
    assert set(first_run) <= set(second_run)
    assert unrecorded(second_run, recorded) == [Milestone(M.FIRST_OWN_POST, week(6))]
    assert unrecorded(second_run, {m.key for m in second_run}) == []


history_strategy = st.lists(
    st.builds(act, st.sampled_from(ActivityKind), st.dates(date(2023, 1, 1), date(2024, 12, 31)))
)
weekly_strategy = st.lists(st.sampled_from(Stage)).map(lambda stages: weeks_of(*stages))
goals_strategy = st.lists(st.tuples(st.integers(1, 5), st.dates(date(2023, 1, 1))))


@given(history_strategy, weekly_strategy, goals_strategy)
def test_no_milestone_key_is_ever_found_twice(
    history: list[Activity], weekly: list[WeekStage], goals_done: list[tuple[int, date]]
) -> None:
    milestones = detect_milestones(history, weekly, goals_done)
    keys = [m.key for m in milestones]
    assert len(keys) == len(set(keys))
    assert [m.day for m in milestones] == sorted(m.day for m in milestones)
    assert detect_milestones(reversed(history), weekly, reversed(goals_done)) == milestones
