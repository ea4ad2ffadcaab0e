"""The Progress page's numbers against small hand-counted data: weeks, ratio, lines over time,
post traits and outcomes, and insights only above their minimums, with true evidence."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.habits import CheckIn, Frequency, Habit, evaluate
from app.domain.journey.goals import ActivityCount, Goal, HabitCheckIns, ManualNumber
from app.domain.journey.ladder import NextStep, Stage, StartingPoint
from app.domain.journey.standing import standing
from app.domain.progress import (
    Grouping,
    InsightKind,
    LengthBand,
    OpenerKind,
    PostFacts,
    Range,
    RatioKind,
    build_progress,
    span_for,
)
from app.domain.progress import insights as rules
from app.domain.progress.posts import posts_of, topics_from, traits_of
from app.domain.progress.weeks import WeekCounts, WeeklyActivity
from tests.fixed_clock import TEST_DAY

TODAY = TEST_DAY  # Wednesday 13 May 2026
THIS_MONDAY = date(2026, 5, 11)
LAST_MONDAY = date(2026, 5, 4)


def act(kind: ActivityKind, day: date) -> Activity:
    return Activity(kind, Channel.LINKEDIN, day, ActivitySource.MANUAL)


def many(kind: ActivityKind, *days: date) -> list[Activity]:
    return [act(kind, d) for d in days]


def d(month: int, day: int) -> date:
    return date(2026, month, day)


# Week of 4 May: 3 own posts, 5 comments (two on Tuesday), 2 replies, 2 shares (one with a
# comment), 4 reactions. Week of 11 May (to Wednesday): 3 comments, 1 reaction, no own post.
# One comment after today, which nothing counts.
LOG = sorted(
    many(ActivityKind.OWN_POST, d(5, 4), d(5, 6), d(5, 8))
    + many(ActivityKind.COMMENT, d(5, 5), d(5, 5), d(5, 6), d(5, 7), d(5, 10))
    + many(ActivityKind.REPLY, d(5, 6), d(5, 9))
    + many(ActivityKind.SHARE, d(5, 7))
    + many(ActivityKind.SHARE_WITH_COMMENT, d(5, 8))
    + many(ActivityKind.REACTION, d(5, 4), d(5, 4), d(5, 5), d(5, 10), d(5, 12))
    + many(ActivityKind.COMMENT, d(5, 11), d(5, 12), d(5, 13), d(5, 14)),
    key=lambda a: a.day,
)


def test_ranges_end_this_week_and_never_start_before_the_data() -> None:
    first = date(2026, 1, 7)
    four = span_for(Range.FOUR_WEEKS, TODAY, first)
    assert (four.first, four.last, four.weeks) == (date(2026, 4, 20), THIS_MONDAY, 4)
    quarter = span_for(Range.QUARTER, TODAY, first)
    assert (quarter.first, quarter.weeks) == (date(2026, 2, 16), 13)
    # A year would begin in May 2025; the data begins in the week of 5 January.
    assert span_for(Range.YEAR, TODAY, first).first == date(2026, 1, 5)
    assert span_for(Range.ALL, TODAY, date(2019, 3, 3)).first == date(2019, 2, 25)
    nothing = span_for(Range.ALL, TODAY, None)
    assert (nothing.first, nothing.last) == (THIS_MONDAY, THIS_MONDAY)


def test_activity_per_week_and_kind_and_the_conversation_ratio() -> None:
    snap = build_progress(TODAY, LOG, []).snapshot(Range.FOUR_WEEKS)
    assert [w.monday for w in snap.weeks] == [LAST_MONDAY, THIS_MONDAY]
    assert snap.weeks[0] == WeekCounts(LAST_MONDAY, 3, 5, 2, 2, 4)
    assert snap.weeks[1] == WeekCounts(THIS_MONDAY, 0, 3, 0, 0, 1)  # the 14th is after today
    first, second = snap.weekly_ratio
    assert (first.kind, first.value) == (RatioKind.RATIO, pytest.approx(7 / 3))
    assert (second.kind, second.value) == (RatioKind.NO_OWN_POSTS, None)
    assert (snap.ratio.conversation, snap.ratio.own_posts) == (10, 3)
    assert snap.ratio.value == pytest.approx(10 / 3)


def test_a_period_is_cut_by_whole_weeks_and_ends_today_at_the_latest() -> None:
    data = build_progress(TODAY, LOG, [])
    snap = data.period(d(5, 6), d(5, 8))  # Wednesday to Friday: the week of 4 May, all of it
    assert [w.monday for w in snap.weeks] == [LAST_MONDAY]
    assert snap.weeks[0] == WeekCounts(LAST_MONDAY, 3, 5, 2, 2, 4)
    assert (snap.span.first, snap.span.today) == (LAST_MONDAY, d(5, 10))
    later = data.period(d(4, 20), d(6, 30))  # past today: to today
    assert [w.monday for w in later.weeks] == [d(4, 20), d(4, 27), LAST_MONDAY, THIS_MONDAY]
    assert later.span.today == TODAY
    assert later.weeks[2:] == data.snapshot(Range.FOUR_WEEKS).weeks  # before the data: zeros
    assert [w.total for w in later.weeks[:2]] == [0, 0]


def test_a_quiet_range_has_no_ratio_and_weeks_of_zeros() -> None:
    old = [act(ActivityKind.OWN_POST, date(2025, 1, 6))]
    snap = build_progress(TODAY, old, []).snapshot(Range.FOUR_WEEKS)
    assert [w.total for w in snap.weeks] == [0, 0, 0, 0]
    assert (snap.ratio.kind, snap.ratio.value) == (RatioKind.NOTHING, None)


def test_the_stage_over_time_is_the_ladders_with_the_start_marked() -> None:
    start = StartingPoint(Stage.SUPPORTER, NextStep.MORE_COMMENTS)
    ladder = standing(LOG, LOG[0].day, TODAY, start=start)
    data = build_progress(TODAY, LOG, ladder.weeks, start)
    view = data.snapshot(Range.ALL).stages
    assert list(view.weeks) == ladder.weeks  # not judged anew
    assert list(view.changes) == ladder.changes
    assert view.start is not None
    assert (view.start.monday, view.start.stage, view.start.self_assessed) == (
        LAST_MONDAY,
        Stage.SUPPORTER,
        True,
    )
    assert view.start_in_range


def test_habit_strength_is_the_loop_score_at_each_weeks_end() -> None:
    habit = Habit("Comment", Frequency.daily(), created=d(4, 27))
    checkins = [CheckIn(d(4, 27) + timedelta(days=i)) for i in range(0, 17, 2)]
    history = evaluate(habit, checkins, TODAY)
    data = build_progress(TODAY, [], [], habits=[(7, "Comment", history)])
    (strength,) = data.snapshot(Range.ALL).habits
    assert [m for m, _ in strength.points] == [d(4, 27), LAST_MONDAY, THIS_MONDAY]
    expected = [history.score_on(day) for day in (d(5, 3), d(5, 10), TODAY)]
    assert [s for _, s in strength.points] == expected
    assert data.first_day == d(4, 27)  # the habit's start is where "all" begins


def test_goal_progress_against_the_target_line() -> None:
    # From Monday 4 May to Sunday 17 May (13 days), 10 comments; today is day 9.
    goal = Goal(1, "Comment ten times", ActivityCount(ActivityKind.COMMENT), 10, LAST_MONDAY,
                d(5, 17))  # fmt: skip
    data = build_progress(TODAY, LOG, [], goals=[(1, goal, None)])
    (line,) = data.snapshot(Range.FOUR_WEEKS).goals
    # Comments by 4 May: 0; by Sunday 10 May: 5; by today: 5 + 3.
    assert [(p.day, p.current) for p in line.points] == [
        (LAST_MONDAY, 0.0),
        (d(5, 10), 5.0),
        (TODAY, 8.0),
    ]
    assert [p.expected for p in line.points] == pytest.approx([0.0, 10 * 6 / 13, 10 * 9 / 13])
    assert line.target_line == ((LAST_MONDAY, 0.0), (d(5, 17), 10.0))
    assert line.now.current == 8.0


def test_goals_by_habit_and_by_hand() -> None:
    by_habit = Goal(2, "Read daily", HabitCheckIns(9), 5, LAST_MONDAY, None)
    by_hand = Goal(3, "Meet people", ManualNumber("people"), 6, d(4, 1), d(4, 30))
    done = {9: [d(5, 1), d(5, 5), d(5, 6), d(5, 12)]}  # the 1st is before the goal
    data = build_progress(
        TODAY, [], [], goals=[(2, by_habit, None), (3, by_hand, 4.0)], done_days=done
    )
    habit_line, hand_line = data.snapshot(Range.ALL).goals
    assert [(p.day, p.current, p.expected) for p in habit_line.points] == [
        (LAST_MONDAY, 0.0, None),
        (d(5, 10), 2.0, None),
        (TODAY, 3.0, None),
    ]
    assert habit_line.target_line is None  # no deadline, no line
    # A number typed in has no history: one point, on the deadline, with what it is now.
    assert [(p.day, p.current, p.expected) for p in hand_line.points] == [(d(4, 30), 4.0, 6.0)]


def test_post_traits() -> None:
    asking = traits_of("Mitä tapahtuu?\n\nLuvut näyttävät hyviltä.\n\nMitä mieltä olet? 🤔\n#vety")
    assert (asking.opener, asking.ends_with_question) == (OpenerKind.QUESTION, True)
    told = traits_of("3 things I learned this week.\n\nMore on this next week.")
    assert (told.opener, told.ends_with_question, told.band) == (
        OpenerKind.NUMBER,
        False,
        LengthBand.SHORT,
    )
    assert traits_of("Proud of this team! 🚀").opener is OpenerKind.EXCLAMATION
    assert traits_of("#only #tags").opener is OpenerKind.NONE
    assert traits_of("Hi 👋🏽").length == 4  # an emoji with its skin tone is one character
    assert traits_of("word " * 100).band is LengthBand.MEDIUM  # 499 characters
    assert traits_of("word " * 200).band is LengthBand.MEDIUM  # 999: one short of long
    assert traits_of("word " * 200 + "x").band is LengthBand.LONG
    assert topics_from(("AI", "#hiring"), "text #ignored") == ("ai", "hiring")
    assert topics_from((), "Hydrogen #Vety #energia #vety") == ("vety", "energia")


def post(day: int, text: str, comments: int | None, lang: str = "fi", **kw: object) -> PostFacts:
    return PostFacts(d(3, 1) + timedelta(days=day), text, lang, comments, **kw)  # type: ignore[arg-type]


ASKS = "Olemme testanneet uutta tiivistettä. Mitä mieltä olet?"
TELLS = "Olemme testanneet uutta tiivistettä. Palataan tähän."


def test_outcomes_per_post_grouped_by_trait() -> None:
    facts = [
        post(0, ASKS, 4, reactions=10, topics=("vety",)),
        post(1, ASKS, 2, reactions=6),
        post(2, TELLS, 1, reactions=3, topics=("vety", "saf")),
        post(3, TELLS, None),  # no outcome entered: in no group
    ]
    snap = build_progress(TODAY, [], [], posts=facts).snapshot(Range.ALL)
    assert len(snap.posts) == 4
    endings = {
        g.key: (g.posts, g.comments, g.reactions) for g in snap.outcomes[Grouping.QUESTION_ENDING]
    }
    assert endings == {"yes": (2, 6, 16), "no": (1, 1, 3)}
    topics = {g.key: (g.posts, g.comments) for g in snap.outcomes[Grouping.TOPIC]}
    assert topics == {"vety": (2, 5), "saf": (1, 1)}
    (yes,) = [g for g in snap.outcomes[Grouping.QUESTION_ENDING] if g.key == "yes"]
    assert (yes.comments_per_post, yes.reactions_per_post) == (3.0, 8.0)


def test_posts_ending_with_a_question_got_more_comments() -> None:
    # 5 posts asking got 4+6+5+3+7 = 25 comments (5 a post); 6 others got 12 (2 a post).
    asking = [post(i, ASKS, c) for i, c in enumerate((4, 6, 5, 3, 7))]
    telling = [post(10 + i, TELLS, c) for i, c in enumerate((2, 2, 1, 3, 2, 2))]
    found = rules.comment_insights(posts_of(asking + telling))
    assert len(found) == 1  # one length band, one opener, no topics: nothing to compare there
    (insight,) = found
    assert insight.kind is InsightKind.QUESTION_ENDING_COMMENTS
    assert (insight.subject, insight.n, insight.versus_n, insight.total) == ("yes", 5, 6, 11)
    assert (insight.value, insight.versus_value, insight.ratio) == (5.0, 2.0, 2.5)
    # One asking post fewer is below the minimum: no insight.
    assert rules.comment_insights(posts_of(asking[:4] + telling)) == []
    # A lead under 1.5x is no insight either.
    level = [post(20 + i, TELLS, 4) for i in range(6)]
    assert rules.comment_insights(posts_of(asking + level)) == []


def on(weekday: int, count: int) -> list[int]:
    """Day ordinals of ``count`` comments on a weekday (0 Monday), in different weeks."""
    monday = date(2026, 1, 5).toordinal()
    return [monday + weekday + 7 * week for week in range(count)]


def test_the_weekday_with_the_most_comments() -> None:
    days = sorted(on(1, 8) + on(0, 6) + on(2, 6))  # 20: Tuesday 8, Monday 6, Wednesday 6
    insight = rules.weekday_insight(days)
    assert insight is not None
    assert (insight.subject, insight.n, insight.versus, insight.versus_n, insight.total) == (
        "tuesday",
        8,
        "monday",
        6,
        20,
    )
    assert insight.value == pytest.approx(0.4)
    assert rules.weekday_insight(sorted(on(1, 8) + on(0, 6) + on(2, 5))) is None  # 19
    assert rules.weekday_insight(sorted(on(1, 7) + on(0, 7) + on(2, 6))) is None  # a tie
    assert rules.weekday_insight(sorted(on(1, 7) + on(0, 6) + on(2, 7))) is None  # 7 < 1.2 * 6


def test_posts_in_one_language_longer_than_in_another() -> None:
    long_fi = [post(i, "a" * 600, None, "fi") for i in range(5)]
    short_en = [post(10 + i, "b" * 400, None, "en") for i in range(5)]
    insight = rules.language_insight(posts_of(long_fi + short_en))
    assert insight is not None
    assert (insight.subject, insight.versus, insight.n, insight.versus_n) == ("fi", "en", 5, 5)
    assert (insight.value, insight.versus_value, insight.ratio) == (600, 400, 1.5)
    assert rules.language_insight(posts_of(long_fi + short_en[:4])) is None
    alike = [post(10 + i, "b" * 560, None, "en") for i in range(5)]
    assert rules.language_insight(posts_of(long_fi + alike)) is None  # 600 < 1.15 * 560


def test_the_conversation_ratio_grew() -> None:
    early = [WeekCounts(d(1, 5) + timedelta(weeks=i), own_posts=1, comments=1) for i in range(4)]
    late = [WeekCounts(d(2, 2) + timedelta(weeks=i), own_posts=1, replies=2) for i in range(4)]
    insight = rules.growth_insight(early + late)
    assert insight is not None
    assert (insight.value, insight.versus_value, insight.n, insight.versus_n, insight.total) == (
        2.0,
        1.0,
        4,
        4,
        8,
    )
    assert rules.growth_insight(early[1:] + late) is None  # 3 own posts in the first half


def test_no_insight_appears_from_too_little_data() -> None:
    facts = [post(i, ASKS if i % 2 else TELLS, i, "fi" if i % 3 else "en") for i in range(8)]
    snap = build_progress(TODAY, LOG, [], posts=facts).snapshot(Range.ALL)
    assert snap.posts and snap.weeks
    assert snap.insights == ()


def test_every_insight_of_a_snapshot_holds_on_its_data() -> None:
    comments = [act(ActivityKind.COMMENT, date.fromordinal(o)) for o in on(1, 12) + on(4, 9)]
    asking = [post(i, ASKS, c) for i, c in enumerate((4, 6, 5, 3, 7))]
    telling = [post(10 + i, TELLS, c) for i, c in enumerate((2, 2, 1, 3, 2, 2))]
    snap = build_progress(TODAY, comments, [], posts=asking + telling).snapshot(Range.ALL)
    kinds = {i.kind: i for i in snap.insights}
    assert set(kinds) == {InsightKind.QUESTION_ENDING_COMMENTS, InsightKind.COMMENT_WEEKDAY}
    weekday = kinds[InsightKind.COMMENT_WEEKDAY]
    assert (weekday.subject, weekday.n, weekday.versus, weekday.versus_n) == (
        "tuesday",
        12,
        "friday",
        9,
    )
    ending = kinds[InsightKind.QUESTION_ENDING_COMMENTS]
    with_q = [p.facts.comments for p in snap.posts if p.traits.ends_with_question]
    without = [p.facts.comments for p in snap.posts if not p.traits.ends_with_question]
    assert (ending.n, ending.versus_n) == (len(with_q), len(without))
    assert ending.value == sum(c or 0 for c in with_q) / len(with_q)
    assert ending.versus_value == sum(c or 0 for c in without) / len(without)


def test_weeks_from_a_progress_files_counts_are_gap_free_up_to_the_day_it_was_made() -> None:
    """The coach's person view draws the Progress page's activity chart from the file's rows
    (Monday, kind, count): a quiet week in the middle and at the end is a week of zeros; rows
    of one week and kind add up; nothing after the file's day and no count below one."""
    first, third = date(2026, 4, 6), date(2026, 4, 20)
    rows = [
        (first, ActivityKind.COMMENT, 2),
        (first + timedelta(days=2), ActivityKind.COMMENT, 1),  # a mid-week day: its Monday
        (first, ActivityKind.OWN_POST, 1),
        (third, ActivityKind.REPLY, 3),
        (third, ActivityKind.SHARE, 0),
        (date(2026, 6, 1), ActivityKind.OWN_POST, 5),  # after the file was made
    ]
    weeks = WeeklyActivity.from_counts(rows, last=date(2026, 5, 6)).weeks
    assert [w.monday for w in weeks] == [first + timedelta(weeks=i) for i in range(5)]
    assert [(w.own_posts, w.comments, w.replies, w.shares) for w in weeks] == [
        (1, 3, 0, 0),
        (0, 0, 0, 0),
        (0, 0, 3, 0),
        (0, 0, 0, 0),
        (0, 0, 0, 0),
    ]
    assert WeeklyActivity.from_counts([], last=date(2026, 5, 6)).weeks == ()
    assert [w.monday for w in WeeklyActivity.from_counts(rows[:4]).weeks] == [
        first,
        first + timedelta(weeks=1),
        third,
    ]


def test_post_traits_are_remembered_by_text_and_stay_right() -> None:
    """The Progress page reads every post at each opening: a post's traits are computed once
    per text, and another text gets its own."""
    from app.domain.progress.posts import known_traits, traits_of

    question = "What did your last pilot teach you? #learning"
    statement = "Three things surprised me in the pipe tests."
    first = known_traits(question)
    assert known_traits(question) is first and first == traits_of(question)
    assert first.ends_with_question and not known_traits(statement).ends_with_question
