"""The one stage a person is at (app/domain/journey/standing.py): held through quiet spells,
confirmed before a climb, and on generated histories of steady and returning people."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.activity import Activity, ActivityKind, ActivitySource, Channel
from app.domain.journey.ladder import LadderRules, NextStep, Stage, StartingPoint
from app.domain.journey.standing import Standing, position_on, standing, weekly_stages
from tests.fixed_clock import fixed_clock

K = ActivityKind
RULES = LadderRules()
TODAY = fixed_clock().today()  # the app's clock, as the tests' today
THIS_MONDAY = TODAY - timedelta(days=TODAY.weekday())


def monday(weeks_ago: int) -> date:
    return THIS_MONDAY - timedelta(weeks=weeks_ago)


def act(kind: ActivityKind, day: date) -> Activity:
    return Activity(kind, Channel.LINKEDIN, day, ActivitySource.MANUAL)


def start(stage: Stage) -> StartingPoint:
    return StartingPoint(stage, NextStep.MORE_REPLIES)


def creator_weeks(weeks: Iterable[int]) -> list[Activity]:
    """A Creator's weeks (counted back from this one): two comments and a reply each week, a
    post every other week."""
    found: list[Activity] = []
    for week in weeks:
        day = monday(week) + timedelta(days=2)
        found += [act(K.COMMENT, day), act(K.COMMENT, day), act(K.REPLY, day)]
        if week % 2 == 0:
            found.append(act(K.OWN_POST, day))
    return found


def stages(history: list[Activity], first: date, begin: StartingPoint | None = None) -> list[Stage]:
    return [w.stage for w in weekly_stages(history, first, TODAY, start=begin)]


# --- The start, and the first log -------------------------------------------------------------


def test_a_first_log_never_lowers_the_stage() -> None:
    """The survey said Commenter; one comment today keeps Commenter (issue 13, item 5)."""
    where = position_on([act(K.COMMENT, TODAY)], TODAY, start=start(Stage.COMMENTER))
    assert where.stage is Stage.COMMENTER
    assert where.shown is Stage.LISTENER  # what the log alone shows, not what the page says
    assert where.holding


def test_without_a_log_the_start_holds_however_long() -> None:
    where = position_on([], TODAY, start=start(Stage.CREATOR))
    assert (where.stage, where.reason, where.shown) == (Stage.CREATOR, NextStep.MORE_REPLIES, None)
    assert position_on([], TODAY).stage is Stage.LISTENER


def test_the_start_holds_until_the_log_has_spoken_for_weeks() -> None:
    """A self-assessed Creator who logs one comment a week keeps Creator until ``fall_weeks``
    weeks in a row have not kept it, then stands where the log keeps them: a Commenter."""
    history = [act(K.COMMENT, monday(w) + timedelta(days=1)) for w in range(12)]
    held = stages(history, monday(11), start(Stage.CREATOR))
    fall = RULES.fall_weeks - 1
    assert held[:fall] == [Stage.CREATOR] * fall
    assert held[fall:] == [Stage.COMMENTER] * (len(held) - fall)


def test_without_a_survey_the_log_decides_from_the_start() -> None:
    history = creator_weeks(range(6))
    assert position_on(history, TODAY).stage is Stage.CREATOR


# --- Up and down ------------------------------------------------------------------------------


def test_moving_up_needs_two_weeks_in_a_row() -> None:
    # Three comments in one week: the log shows Commenter that week and the next (its window
    # is four weeks), and the stage follows only in the second.
    burst = [act(K.COMMENT, monday(1) + timedelta(days=d)) for d in range(3)]
    weeks = weekly_stages(burst, monday(1), TODAY)
    assert [(w.shown, w.stage) for w in weeks] == [
        (Stage.COMMENTER, Stage.LISTENER),
        (Stage.COMMENTER, Stage.COMMENTER),
    ]


def test_the_climb_goes_to_what_both_weeks_showed() -> None:
    history = creator_weeks(range(1, 8))
    first = monday(7)
    weeks = weekly_stages(history, first, TODAY)
    rise = next(i for i, w in enumerate(weeks) if w.stage > Stage.LISTENER)
    shown = [w.shown for w in weeks[rise - 1 : rise + 1] if w.shown is not None]
    assert weeks[rise].stage is min(shown)


def test_one_quiet_week_or_a_summer_holiday_does_not_lower_the_stage() -> None:
    """A Role model who takes four weeks off in July is still a Role model, though the log
    alone shows a Listener by the holiday's last week."""
    history = creator_weeks([*range(6, 30), *range(2)])  # weeks 2 to 5 back off
    weeks = weekly_stages(history, monday(29), TODAY)
    held = [w.stage for w in weeks]
    assert held == sorted(held)  # never down
    assert held[-8:] == [Stage.ROLE_MODEL] * 8
    assert weeks[-3].shown is Stage.LISTENER


def test_moving_down_needs_weeks_without_even_half_of_the_stage() -> None:
    """A Creator who stops posting but keeps commenting and replying: the log keeps no Creator
    once four weeks pass without a post, and the stage follows after ``fall_weeks`` such weeks,
    to what those weeks kept."""
    last_post = 12  # weeks back: four posts, too few for a Role model
    talk = [
        a
        for a in creator_weeks(range(20))
        if a.kind is not K.OWN_POST or a.day < monday(last_post - 1)
    ]
    held = stages(talk, monday(19))
    quiet_from = 19 - last_post + RULES.window_weeks  # the first week whose window has no post
    fall = quiet_from + RULES.fall_weeks - 1
    assert held[quiet_from - 1 : fall] == [Stage.CREATOR] * (fall - quiet_from + 1)
    assert held[fall:] == [Stage.CONVERSATIONALIST] * (len(held) - fall)


def test_a_role_model_keeps_the_stage_with_half_of_its_pace() -> None:
    # A post every fourth week and talk in every other week: half of a Role model's numbers.
    reached = creator_weeks(range(14, 30))
    slower = [
        act(kind, monday(w) + timedelta(days=2))
        for w in range(14)
        for kind in ([K.COMMENT, K.COMMENT, K.REPLY] if w % 2 == 0 else [])
        + ([K.OWN_POST] if w % 4 == 0 else [])
    ]
    weeks = weekly_stages(reached + slower, monday(29), TODAY)
    assert Stage.ROLE_MODEL in {w.stage for w in weeks[:16]}
    assert weeks[-1].stage is Stage.ROLE_MODEL
    assert weeks[-1].shown is not None and weeks[-1].shown < Stage.CREATOR


def test_the_highest_stage_is_kept() -> None:
    history = creator_weeks(range(30, 60))  # a Role model more than half a year ago, then nothing
    where = position_on(history, TODAY)
    assert where.stage is Stage.LISTENER
    assert where.highest is Stage.ROLE_MODEL
    assert position_on([], TODAY, start=start(Stage.COMMENTER)).highest is Stage.COMMENTER


def test_the_next_step_is_above_the_stage_held() -> None:
    # A self-assessed Conversationalist with one comment: the next step is the Creator's.
    where = position_on([act(K.COMMENT, TODAY)], TODAY, start=start(Stage.CONVERSATIONALIST))
    assert where.reason is NextStep.MORE_CREATION_WEEKS
    # The log shows more than the stage for a first week: keep it up.
    burst = [act(K.COMMENT, TODAY - timedelta(days=d)) for d in range(3)]
    assert position_on(burst, TODAY).climbing
    assert position_on(creator_weeks(range(60)), TODAY).reason is NextStep.TOP_REACHED


def test_changes_and_now_come_from_the_same_weeks() -> None:
    history = creator_weeks([*range(3), *range(14, 40)])
    ladder: Standing = standing(history, monday(39), TODAY, RULES)
    assert ladder.now.stage is ladder.weeks[-1].stage
    assert [c.to_stage for c in ladder.changes][-1] is ladder.now.stage


# --- Generated histories: steady people and people who come back ------------------------------


def steady_person(
    rng: random.Random, weeks: int, *, replies: bool = True, off: range = range(0)
) -> list[Activity]:
    """About two comments a week (one to three), replies about once a week, a post every other
    week: now and then a week early or late, one in ten skipped (never two in a row). Nothing
    in the weeks ``off`` (counted from the first week)."""
    first = monday(weeks - 1)
    found: list[Activity] = []

    def add(kind: ActivityKind, week: int) -> None:
        if 0 <= week < weeks and week not in off:
            day = first + timedelta(weeks=week, days=rng.randrange(7))
            if day <= TODAY:
                found.append(act(kind, day))

    for week in range(weeks):
        for _ in range(rng.choice((1, 2, 2, 3))):
            add(K.COMMENT, week)
        for _ in range(rng.choice((0, 1, 1, 2)) if replies else 0):
            add(K.REPLY, week)
    skipped = False
    for week in range(0, weeks, 2):
        if not skipped and rng.random() < 0.1:
            skipped = True
            continue
        skipped = False
        add(K.OWN_POST, week + (rng.choice((-1, 1)) if rng.random() < 0.2 else 0))
    return found


TWO_YEARS = 104
SEEDS = range(60)


@pytest.mark.parametrize("replies", [True, False], ids=["talks", "comments only"])
@pytest.mark.parametrize("seed", SEEDS)
def test_a_steady_person_never_moves_down_in_two_years(seed: int, replies: bool) -> None:
    history = steady_person(random.Random(seed), TWO_YEARS, replies=replies)
    ladder = standing(history, monday(TWO_YEARS - 1), TODAY, RULES)
    downs = [c for c in ladder.changes if not c.is_up]
    assert downs == [], f"seed {seed}: {downs}"
    # And the log alone does go down now and then: the forgiveness is doing the work.
    if replies:
        shown = [w.shown for w in ladder.weeks if w.shown is not None]
        assert any(b < a for a, b in itertools.pairwise(shown))


@pytest.mark.parametrize("replies", [True, False], ids=["talks", "comments only"])
@pytest.mark.parametrize("seed", SEEDS)
def test_ten_weeks_away_move_down_once_and_the_return_climbs_back(seed: int, replies: bool) -> None:
    away = range(50, 60)
    history = steady_person(random.Random(seed), TWO_YEARS, replies=replies, off=away)
    ladder = standing(history, monday(TWO_YEARS - 1), TODAY, RULES)
    weeks = ladder.weeks
    downs = [c for c in ladder.changes if not c.is_up]
    assert len(downs) == 1, f"seed {seed}: {ladder.changes}"
    (down,) = downs
    assert weeks[away.start].monday <= down.monday <= weeks[away.stop].monday
    before = weeks[away.start - 1].stage
    # Coming back: within twelve weeks at least a Conversationalist again (talk comes back at
    # once), and back at the stage held before, or at Creator for a Role model (whose evidence
    # takes a quarter of a year), once the posts have found their rhythm again.
    again = weeks[away.stop :]
    assert any(w.stage >= min(before, Stage.CONVERSATIONALIST) for w in again[:12]), seed
    assert again[-1].stage >= min(before, Stage.CREATOR), f"seed {seed}"


# --- Properties -------------------------------------------------------------------------------

activity_strategy = st.builds(
    act,
    st.sampled_from(ActivityKind),
    st.dates(TODAY - timedelta(weeks=30), TODAY),
)
histories = st.lists(activity_strategy, max_size=40) | st.lists(
    activity_strategy, min_size=40, max_size=160
)
starts = st.none() | st.sampled_from(Stage).map(start)


@settings(deadline=None)
@given(histories, st.randoms(use_true_random=False), starts)
def test_the_order_of_activities_does_not_matter(
    history: list[Activity], rng: random.Random, begin: StartingPoint | None
) -> None:
    shuffled = list(history)
    rng.shuffle(shuffled)
    first = TODAY - timedelta(weeks=31)
    assert standing(shuffled, first, TODAY, start=begin) == standing(
        history, first, TODAY, start=begin
    )


@settings(deadline=None)
@given(histories, starts)
def test_the_stage_moves_only_after_a_run_of_weeks(
    history: list[Activity], begin: StartingPoint | None
) -> None:
    weeks = weekly_stages(history, TODAY - timedelta(weeks=31), TODAY, start=begin)
    for i in range(1, len(weeks)):
        before, now = weeks[i - 1].stage, weeks[i].stage
        if now > before:  # up: the log showed at least that much for climb_weeks weeks
            run = weeks[i - RULES.climb_weeks + 1 : i + 1]
            assert len(run) == RULES.climb_weeks
            assert all(w.shown is not None and w.shown >= now for w in run)
        elif now < before:  # down: for fall_weeks weeks it showed less
            run = weeks[i - RULES.fall_weeks + 1 : i + 1]
            assert len(run) == RULES.fall_weeks
            assert all(w.shown is not None and w.shown < before for w in run)


@settings(deadline=None)
@given(histories, starts)
def test_the_highest_is_never_below_the_stage_or_the_start(
    history: list[Activity], begin: StartingPoint | None
) -> None:
    where = position_on(history, TODAY, start=begin)
    assert where.highest >= where.stage
    if begin is not None:
        assert where.highest >= begin.stage
