"""Tests of the engagement ladder's rules: every threshold at its boundaries, windows, the
self-assessment, and properties of what the log shows. (The one stage held through quiet spells
is tested in test_standing.py.)"""

from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.ladder import (
    Frequency,
    LadderRules,
    NextStep,
    SelfAssessment,
    Stage,
    StageChange,
    WeekStage,
    shown_on,
    stage_changes,
    stage_from_self_assessment,
)
from app.domain.journey.standing import weekly_stages

K = ActivityKind
D = date(2024, 6, 30)  # a Sunday: the 7-day blocks ending on D are exactly ISO weeks
MONDAY = date(2024, 6, 24)


def act(
    kind: ActivityKind,
    days_ago: int = 0,
    channel: Channel = Channel.LINKEDIN,
    source: ActivitySource = ActivitySource.MANUAL,
) -> Activity:
    return Activity(kind, channel, D - timedelta(days=days_ago), source)


def in_weeks(kind: ActivityKind, weeks: Iterable[int]) -> list[Activity]:
    """One activity in the middle of each given week, counted back from the week ending on D."""
    return [act(kind, 7 * week + 3) for week in weeks]


def conversationalist() -> list[Activity]:
    """Exactly at every conversationalist threshold: 3 comments, 2 replies, 3 weeks of talk."""
    return in_weeks(K.COMMENT, [0, 1, 2]) + in_weeks(K.REPLY, [0, 1])


# --- Each threshold just below, at and just above --------------------------------------------


@pytest.mark.parametrize(
    ("reactions", "expected"), [(2, Stage.LISTENER), (3, Stage.SUPPORTER), (4, Stage.SUPPORTER)]
)
def test_supporter_needs_three_public_actions(reactions: int, expected: Stage) -> None:
    assert shown_on([act(K.REACTION)] * reactions, D) is expected


@pytest.mark.parametrize("kind", list(ActivityKind))
def test_every_kind_of_activity_counts_as_a_public_action(kind: ActivityKind) -> None:
    assert shown_on([act(kind, 1), act(K.REACTION), act(K.REACTION)], D) >= Stage.SUPPORTER


@pytest.mark.parametrize(
    ("comments", "expected"), [(2, Stage.SUPPORTER), (3, Stage.COMMENTER), (4, Stage.COMMENTER)]
)
def test_commenter_needs_three_comments(comments: int, expected: Stage) -> None:
    history = [act(K.REACTION)] * 3 + in_weeks(K.COMMENT, range(comments))
    assert shown_on(history, D) is expected


def test_replies_and_shares_with_comment_are_not_comments_on_others_posts() -> None:
    history = [act(K.REPLY)] * 5 + [act(K.SHARE_WITH_COMMENT)] * 5
    assert shown_on(history, D) is Stage.SUPPORTER


@pytest.mark.parametrize(
    ("replies", "expected"),
    [(1, Stage.COMMENTER), (2, Stage.CONVERSATIONALIST), (3, Stage.CONVERSATIONALIST)],
)
def test_conversationalist_needs_two_replies(replies: int, expected: Stage) -> None:
    history = in_weeks(K.COMMENT, [0, 1, 2]) + in_weeks(K.REPLY, [0] * replies)
    assert shown_on(history, D) is expected


@pytest.mark.parametrize(
    ("weeks", "expected"),
    [(1, Stage.COMMENTER), (2, Stage.CONVERSATIONALIST), (3, Stage.CONVERSATIONALIST)],
)
def test_conversationalist_needs_conversation_in_two_of_four_weeks(
    weeks: int, expected: Stage
) -> None:
    history = in_weeks(K.COMMENT, [i % weeks for i in range(3)]) + in_weeks(K.REPLY, [0, 0])
    assert shown_on(history, D) is expected


@pytest.mark.parametrize(
    ("weeks", "expected"),
    [(1, Stage.CONVERSATIONALIST), (2, Stage.CREATOR), (3, Stage.CREATOR)],
)
def test_creator_needs_own_posts_in_two_of_four_weeks(weeks: int, expected: Stage) -> None:
    posts = in_weeks(K.OWN_POST, [i % weeks for i in range(3)])  # three posts, `weeks` weeks
    assert shown_on(conversationalist() + posts, D) is expected


def test_shares_with_own_comment_count_as_creation() -> None:
    history = conversationalist() + in_weeks(K.SHARE_WITH_COMMENT, [0, 1])
    assert shown_on(history, D) is Stage.CREATOR


def test_creating_without_conversation_is_broadcasting_not_creating() -> None:
    assert shown_on(in_weeks(K.OWN_POST, range(12)) * 3, D) is Stage.SUPPORTER


@pytest.mark.parametrize(
    ("weeks", "expected"), [(5, Stage.CREATOR), (6, Stage.ROLE_MODEL), (7, Stage.ROLE_MODEL)]
)
def test_role_model_needs_creation_in_six_of_twelve_weeks(weeks: int, expected: Stage) -> None:
    history = in_weeks(K.COMMENT, range(12)) + in_weeks(K.REPLY, [0, 1])
    assert shown_on(history + in_weeks(K.OWN_POST, range(weeks)), D) is expected


@pytest.mark.parametrize(
    ("weeks", "expected"), [(8, Stage.CREATOR), (9, Stage.ROLE_MODEL), (10, Stage.ROLE_MODEL)]
)
def test_role_model_needs_conversation_in_nine_of_twelve_weeks(weeks: int, expected: Stage) -> None:
    history = in_weeks(K.OWN_POST, range(12)) + in_weeks(K.REPLY, [0, 1])
    assert shown_on(history + in_weeks(K.COMMENT, range(weeks)), D) is expected


def test_role_model_needs_to_be_a_creator_now() -> None:
    history = in_weeks(K.COMMENT, range(12)) + in_weeks(K.REPLY, [0, 1])
    assert shown_on(history + in_weeks(K.OWN_POST, range(3, 12)), D) is Stage.CONVERSATIONALIST


# --- Window edges ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_ago", "expected"),
    [(26, Stage.SUPPORTER), (27, Stage.SUPPORTER), (28, Stage.LISTENER), (29, Stage.LISTENER)],
)
def test_window_is_the_28_days_ending_on_the_day(days_ago: int, expected: Stage) -> None:
    assert shown_on([act(K.REACTION), act(K.REACTION), act(K.REACTION, days_ago)], D) is expected


def test_activity_after_the_day_is_ignored() -> None:
    assert shown_on([act(K.REACTION)] * 2 + [act(K.REACTION, -1)], D) is Stage.LISTENER


@pytest.mark.parametrize(
    ("days_ago", "expected"), [(6, Stage.COMMENTER), (7, Stage.CONVERSATIONALIST)]
)
def test_weeks_are_seven_day_blocks_ending_on_the_day(days_ago: int, expected: Stage) -> None:
    history = [act(K.COMMENT), act(K.COMMENT), act(K.COMMENT, days_ago), act(K.REPLY), act(K.REPLY)]
    assert shown_on(history, D) is expected


@pytest.mark.parametrize(("days_ago", "expected"), [(83, Stage.ROLE_MODEL), (84, Stage.CREATOR)])
def test_role_model_window_is_the_84_days_ending_on_the_day(days_ago: int, expected: Stage) -> None:
    history = in_weeks(K.COMMENT, range(12)) + in_weeks(K.REPLY, [0, 1])
    history += [*in_weeks(K.OWN_POST, range(5)), act(K.OWN_POST, days_ago)]
    assert shown_on(history, D) is expected


# --- Start point, channels, sources, rules ----------------------------------------------------


def test_without_logged_activity_the_log_shows_a_listener() -> None:
    assert shown_on([], D) is Stage.LISTENER
    assert shown_on([act(K.OWN_POST, -1)], D) is Stage.LISTENER


def test_channels_can_be_left_out_of_the_ladder() -> None:
    internal = [act(K.REACTION, channel=Channel.INTERNAL)] * 3
    public_only = LadderRules(counted_channels=frozenset(Channel) - {Channel.INTERNAL})
    assert shown_on(internal, D) is Stage.SUPPORTER
    assert shown_on(internal, D, public_only) is Stage.LISTENER


def test_the_source_of_a_record_does_not_matter() -> None:
    history = [act(K.REACTION, source=source) for source in ActivitySource]
    assert shown_on(history, D) is Stage.SUPPORTER


def test_rules_are_tunable() -> None:
    assert shown_on([act(K.REACTION)], D, LadderRules(supporter_min_actions=1)) is Stage.SUPPORTER


@pytest.mark.parametrize(
    "bad",
    [
        {"supporter_min_actions": 0},
        {"window_weeks": 0},
        {"conversationalist_active_weeks": 5},
        {"creator_active_weeks": 5},
        {"window_weeks": 13},
        {"role_model_creation_weeks": 13},
        {"role_model_conversation_weeks": 13},
        {"climb_weeks": 0},
        {"fall_weeks": 0},
    ],
)
def test_impossible_rules_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        LadderRules(**bad)


def test_stored_values_are_stable() -> None:
    assert [k.value for k in ActivityKind] == [
        "own_post",
        "comment",
        "reply",
        "share_with_comment",
        "share",
        "reaction",
    ]
    assert [c.value for c in Channel] == [
        "linkedin",
        "x",
        "mastodon",
        "bluesky",
        "threads",
        "blog",
        "internal",
        "other",
    ]
    assert [s.value for s in ActivitySource] == ["manual", "import", "draft"]
    assert [f.value for f in Frequency] == ["never", "monthly", "weekly", "daily"]


def test_stage_keys_are_stable() -> None:
    assert [s.key for s in Stage] == [
        "listener",
        "supporter",
        "commenter",
        "conversationalist",
        "creator",
        "role_model",
    ]


# --- Weekly history and changes ---------------------------------------------------------------


def test_weekly_stages_judge_each_iso_week_on_its_sunday() -> None:
    history = [act(K.REACTION, 6), act(K.REACTION, 6), act(K.REACTION)]  # Monday, Monday, Sunday
    weeks = weekly_stages(history, MONDAY - timedelta(weeks=1), D)
    assert [(w.monday, w.shown, w.from_log) for w in weeks] == [
        (MONDAY - timedelta(weeks=1), None, False),
        (MONDAY, Stage.SUPPORTER, True),
    ]


def test_weekly_stages_judge_the_last_week_on_the_last_day() -> None:
    history = [act(K.REACTION, 6), act(K.REACTION, 6), act(K.REACTION)]
    (week,) = weekly_stages(history, MONDAY, D - timedelta(days=1))
    assert (week.monday, week.shown) == (MONDAY, Stage.LISTENER)


def test_weekly_stages_start_on_the_monday_of_the_given_day() -> None:
    weeks = weekly_stages([], MONDAY + timedelta(days=3), D + timedelta(days=1))
    assert [w.monday for w in weeks] == [MONDAY, MONDAY + timedelta(weeks=1)]


def test_weekly_stages_are_empty_when_the_last_day_precedes_the_first_week() -> None:
    assert weekly_stages([], MONDAY, MONDAY - timedelta(days=1)) == []


def test_stage_changes_report_moves_up_and_down() -> None:
    mondays = [MONDAY + timedelta(weeks=i) for i in range(5)]
    stages = [Stage.LISTENER, Stage.LISTENER, Stage.CONVERSATIONALIST, Stage.COMMENTER]
    weekly = [WeekStage(m, s) for m, s in zip(mondays, [*stages, Stage.COMMENTER], strict=True)]
    changes = stage_changes(weekly)
    assert changes == [
        StageChange(mondays[2], Stage.LISTENER, Stage.CONVERSATIONALIST),
        StageChange(mondays[3], Stage.CONVERSATIONALIST, Stage.COMMENTER),
    ]
    assert [c.is_up for c in changes] == [True, False]
    assert stage_changes(weekly[:1]) == [] == stage_changes([])


def test_ten_years_of_weekly_history_has_a_stage_for_every_week() -> None:
    # Its speed is measured by bench/ (figures belong in benchmarks, not in timed tests).
    rng = random.Random(7)
    first = date(2015, 1, 5)
    kinds, channels = list(ActivityKind), list(Channel)
    history = [
        Activity(
            rng.choice(kinds),
            rng.choice(channels),
            first + timedelta(days=rng.randrange(3653)),
            ActivitySource.IMPORT,
        )
        for _ in range(5000)
    ]
    weeks = weekly_stages(history, first, first + timedelta(days=3652))
    assert len(weeks) == 522
    assert [w.monday for w in weeks] == [first + timedelta(weeks=i) for i in range(522)]
    assert [w.shown for w in weeks] == [
        shown_on(history, w.monday + timedelta(days=6)) for w in weeks
    ]


# --- Self-assessment --------------------------------------------------------------------------

F = Frequency


@pytest.mark.parametrize(
    ("answers", "stage", "reason"),
    [
        (SelfAssessment(), Stage.LISTENER, NextStep.START_FOLLOWING),
        (SelfAssessment(read=F.DAILY), Stage.LISTENER, NextStep.MORE_PUBLIC_ACTIONS),
        (
            SelfAssessment(read=F.WEEKLY, react=F.MONTHLY, share=F.MONTHLY),
            Stage.LISTENER,
            NextStep.MORE_PUBLIC_ACTIONS,
        ),
        (
            SelfAssessment(react=F.MONTHLY, share=F.MONTHLY, comment=F.MONTHLY),
            Stage.SUPPORTER,
            NextStep.MORE_COMMENTS,
        ),
        (SelfAssessment(react=F.WEEKLY), Stage.SUPPORTER, NextStep.MORE_COMMENTS),
        (SelfAssessment(post=F.DAILY), Stage.SUPPORTER, NextStep.MORE_COMMENTS),
        (SelfAssessment(comment=F.WEEKLY), Stage.COMMENTER, NextStep.MORE_REPLIES),
        (
            SelfAssessment(comment=F.WEEKLY, discuss=F.MONTHLY),
            Stage.COMMENTER,
            NextStep.MORE_REPLIES,
        ),
        (
            SelfAssessment(comment=F.WEEKLY, discuss=F.WEEKLY, post=F.MONTHLY),
            Stage.CONVERSATIONALIST,
            NextStep.MORE_CREATION_WEEKS,
        ),
        (
            SelfAssessment(comment=F.WEEKLY, discuss=F.WEEKLY, post=F.WEEKLY),
            Stage.CREATOR,
            NextStep.SUSTAIN_CREATION,
        ),
        (SelfAssessment(*[F.DAILY] * 6), Stage.CREATOR, NextStep.SUSTAIN_CREATION),
    ],
)
def test_self_assessment_gives_a_modest_starting_point(
    answers: SelfAssessment, stage: Stage, reason: NextStep
) -> None:
    result = stage_from_self_assessment(answers)
    assert (result.stage, result.reason) == (stage, reason)


def test_self_assessment_assumes_monthly_habits_may_share_a_week() -> None:
    lenient = LadderRules(commenter_min_comments=1, conversationalist_min_replies=1)
    answers = SelfAssessment(comment=F.MONTHLY, discuss=F.MONTHLY, react=F.WEEKLY)
    result = stage_from_self_assessment(answers, lenient)
    assert (result.stage, result.reason) == (Stage.COMMENTER, NextStep.MORE_CONVERSATION_WEEKS)


answers_strategy = st.builds(SelfAssessment, *[st.sampled_from(Frequency) for _ in range(6)])


@given(answers_strategy, st.integers(0, 5), st.sampled_from(Frequency))
def test_answering_more_often_never_lowers_the_starting_point(
    answers: SelfAssessment, field: int, frequency: Frequency
) -> None:
    values = [answers.read, answers.react, answers.share, answers.comment, answers.discuss]
    values.append(answers.post)
    raised = list(values)
    raised[field] = max(values[field], frequency, key=list(Frequency).index)
    before = stage_from_self_assessment(answers).stage
    after = stage_from_self_assessment(SelfAssessment(*raised)).stage
    assert before <= after < Stage.ROLE_MODEL


# --- Properties -------------------------------------------------------------------------------

activity_strategy = st.builds(
    act,
    st.sampled_from(ActivityKind),
    st.integers(-7, 100),
    st.sampled_from([Channel.LINKEDIN, Channel.INTERNAL]),
)
# Sparse histories probe the low rungs and the start; dense ones reach the top of the ladder.
history_strategy = st.lists(activity_strategy, max_size=60) | st.lists(
    activity_strategy, min_size=40, max_size=200
)


def reference_stage(history: list[Activity], day: date, rules: LadderRules) -> Stage:
    """A slow, obvious re-statement of docs/LADDER.md to check the fast one against."""
    logged = [a for a in history if a.day <= day and a.channel in rules.counted_channels]

    def weeks(kinds: set[ActivityKind], n: int) -> int:
        return len({(day - a.day).days // 7 for a in logged if a.kind in kinds} & set(range(n)))

    recent = [a for a in logged if (day - a.day).days < 7 * rules.window_weeks]
    comments = sum(a.kind is K.COMMENT for a in recent)
    replies = sum(a.kind is K.REPLY for a in recent)
    talk, make = {K.COMMENT, K.REPLY}, {K.OWN_POST, K.SHARE_WITH_COMMENT}
    conditions = [
        len(recent) >= rules.supporter_min_actions,
        comments >= rules.commenter_min_comments,
        replies >= rules.conversationalist_min_replies
        and weeks(talk, rules.window_weeks) >= rules.conversationalist_active_weeks,
        weeks(make, rules.window_weeks) >= rules.creator_active_weeks,
        weeks(make, rules.role_model_window_weeks) >= rules.role_model_creation_weeks
        and weeks(talk, rules.role_model_window_weeks) >= rules.role_model_conversation_weeks,
    ]
    reached = next((i for i, met in enumerate(conditions) if not met), len(conditions))
    return Stage(reached)


small_rules = LadderRules(
    supporter_min_actions=2,
    commenter_min_comments=2,
    conversationalist_min_replies=1,
    role_model_window_weeks=8,
    role_model_creation_weeks=3,
    role_model_conversation_weeks=4,
    counted_channels=frozenset({Channel.LINKEDIN}),
)


@given(history_strategy, st.integers(-3, 60), st.sampled_from([LadderRules(), small_rules]))
def test_agrees_with_the_plain_reading_of_the_rules(
    history: list[Activity], days_back: int, rules: LadderRules
) -> None:
    day = D - timedelta(days=days_back)
    if any(a.day <= day and a.channel in rules.counted_channels for a in history):
        assert shown_on(history, day, rules) is reference_stage(history, day, rules)


@given(history_strategy, st.randoms(use_true_random=False))
def test_the_order_of_activities_does_not_matter(
    history: list[Activity], rng: random.Random
) -> None:
    shuffled = list(history)
    rng.shuffle(shuffled)
    assert shown_on(shuffled, D) is shown_on(history, D)


@given(history_strategy, history_strategy)
def test_adding_activity_never_lowers_what_the_log_shows(
    history: list[Activity], extra: list[Activity]
) -> None:
    assert shown_on(history + extra, D) >= shown_on(history, D)
    assert shown_on(history + extra, D, small_rules) >= shown_on(history, D, small_rules)


@given(history_strategy)
def test_weekly_stages_show_what_the_log_shows_on_each_sunday(history: list[Activity]) -> None:
    first, last = MONDAY - timedelta(weeks=18), D + timedelta(days=3)
    for week in weekly_stages(history, first, last):
        day = min(week.monday + timedelta(days=6), last)
        logged = any(a.day <= day for a in history)
        assert week.from_log == logged
        assert week.shown is (shown_on(history, day) if logged else None)


def test_keeping_a_stage_asks_half_of_each_number() -> None:
    keep = LadderRules().keeping()
    assert (keep.supporter_min_actions, keep.commenter_min_comments) == (2, 2)
    assert (keep.conversationalist_min_replies, keep.conversationalist_active_weeks) == (1, 1)
    assert keep.creator_active_weeks == 1
    assert (keep.role_model_creation_weeks, keep.role_model_conversation_weeks) == (3, 5)
    assert (keep.window_weeks, keep.role_model_window_weeks) == (4, 12)
