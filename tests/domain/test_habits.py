"""Habit strength and streaks on hand-computed examples (rules: docs/HABITS.md)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from math import sqrt

import pytest

from app.domain.habits import (
    CheckIn,
    CheckState,
    Frequency,
    Habit,
    Streak,
    Target,
    best_streak,
    current_score,
    current_streak,
    evaluate,
    score_series,
    streaks,
)

DONE, NOT_DONE, SKIPPED = CheckState.DONE, CheckState.NOT_DONE, CheckState.SKIPPED
MONDAY = date(2026, 1, 5)
DAILY_M = 0.5 ** (1 / 13)  # f = 1: m = 0.5 ** (1/13) = 0.94807751...


def day(offset: int, start: date = MONDAY) -> date:
    return start + timedelta(days=offset)


def done(*offsets: int, start: date = MONDAY) -> list[CheckIn]:
    return [CheckIn(day(i, start)) for i in offsets]


def ema(values: list[float], m: float) -> float:
    """score = previous * m + value * (1 - m), from 0, written out as the spec says."""
    score = 0.0
    for value in values:
        score = score * m + value * (1 - m)
    return score


# --- the daily habit ------------------------------------------------------------------------


def test_perfect_daily_habit_passes_80_percent_on_day_31_not_30() -> None:
    # Every value is 1, so after n days: score = 1 - m**n = 1 - 0.5 ** (n / 13).
    # n = 30: 1 - 0.5 ** 2.3077 = 1 - 0.20198 = 0.79802; n = 31: 1 - 0.5 ** 2.3846 = 0.80850.
    habit = Habit("walk")
    checkins = done(*range(40))
    assert current_score(habit, checkins, day(29)) == pytest.approx(0.7980167319963568, abs=1e-12)
    assert current_score(habit, checkins, day(30)) == pytest.approx(0.8085042053330033, abs=1e-12)
    assert current_score(habit, checkins, day(29)) < 0.80 < current_score(habit, checkins, day(30))


def test_missed_day_pulls_score_towards_zero() -> None:
    # Done, done, missed: (1 - m**2) * m = (1 - 0.898852) * 0.948078 = 0.0958961.
    history = evaluate(Habit("walk"), done(0, 1), day(2))
    assert history.scores[2] == pytest.approx((1 - DAILY_M**2) * DAILY_M, abs=1e-12)
    assert history.scores[2] < history.scores[1]


def test_seven_per_week_is_daily() -> None:
    assert Frequency(7, 7).is_daily
    week = Habit("walk", Frequency(7, 7))
    assert current_score(week, done(*range(10)), day(9)) == pytest.approx(1 - DAILY_M**10)


# --- habits with a window --------------------------------------------------------------------


def test_three_per_week_counts_completions_in_a_doubled_window() -> None:
    # f = 3/7, m = 0.5 ** (sqrt(3/7) / 13) = 0.96569668. Window 14 days, target 6.
    # Mon/Wed/Fri from Monday: completions in the window on days 0..13 are
    # 1,1,2,2,3,3,3,4,4,5,5,6,6,6, so the values are those / 6 (6/6 = 1 from day 11).
    habit = Habit("gym", Frequency.per_week(3))
    mwf = [i for i in range(70) if i % 7 in (0, 2, 4)]
    values = [n / 6 for n in (1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 6, 6)]
    m = 0.5 ** (sqrt(3 / 7) / 13)
    assert m == pytest.approx(0.9656966817138625)
    assert current_score(habit, done(*mwf), day(13)) == pytest.approx(ema(values, m))
    assert current_score(habit, done(*mwf), day(13)) == pytest.approx(0.24995990732, abs=1e-10)
    # From day 11 on, every 14-day window holds six completions: the value stays 1.
    day_20 = ema([*values, *[1.0] * 7], m)
    assert current_score(habit, done(*mwf), day(20)) == pytest.approx(day_20)


def test_once_every_two_weeks() -> None:
    # f = 1/14, m = 0.5 ** (sqrt(1/14) / 13) = 0.98585095. Window 28 days, target 2.
    # Done on days 0 and 14: the window holds 1 completion on days 0..13 (value 0.5) and
    # 2 on days 14..27 (value 1): 0.25493614 after day 27.
    habit = Habit("call mum", Frequency(1, 14))
    m = 0.5 ** (sqrt(1 / 14) / 13)
    assert current_score(habit, done(0, 14), day(27)) == pytest.approx(0.25493614049, abs=1e-10)
    assert current_score(habit, done(0, 14), day(27)) == pytest.approx(
        ema([0.5] * 14 + [1.0] * 14, m)
    )
    # Day 28: day 0 has left the window, so the value is back to 0.5.
    assert current_score(habit, done(0, 14), day(28)) == pytest.approx(
        ema([0.5] * 14 + [1.0] * 14 + [0.5], m)
    )


# --- numeric habits --------------------------------------------------------------------------


def test_numeric_at_least_daily() -> None:
    # 8 glasses a day: 4 glasses gives 4/8 = 0.5, then 8/8 = 1, then 12/8 capped at 1.
    # Day 0: 0.5 * (1 - m) = 0.5 * 0.0519225 = 0.0259612; day 1: 0.0259612 * m + 0.0519225.
    habit = Habit("water", numeric=True, target=8, unit="glasses")
    checkins = [CheckIn(day(0), value=4), CheckIn(day(1), value=8), CheckIn(day(2), value=12)]
    series = [score for _, score in score_series(habit, checkins, day(0), day(2))]
    assert series[0] == pytest.approx(0.02596124283041429, abs=1e-12)
    assert series[1] == pytest.approx(0.07653575623264339, abs=1e-12)
    assert series[2] == pytest.approx(ema([0.5, 1.0, 1.0], DAILY_M))


def test_numeric_at_least_weekly_sums_the_window() -> None:
    # 10 km a week: window 14 days, target 20. Runs of 5 (day 0), 8 (day 3), 12 (day 8):
    # values 5/20 on days 0..2, 13/20 on days 3..7, 25/20 -> 1 on days 8..13,
    # and on day 14 day 0 leaves: (8 + 12) / 20 = 1; on day 17 day 3 leaves: 12 / 20 = 0.6.
    habit = Habit("run", Frequency.per_week(1), numeric=True, target=10, unit="km")
    runs = [CheckIn(day(0), value=5), CheckIn(day(3), value=8), CheckIn(day(8), value=12)]
    m = 0.5 ** (sqrt(1 / 7) / 13)
    values = [0.25] * 3 + [0.65] * 5 + [1.0] * 6 + [1.0] * 3 + [0.6]
    assert current_score(habit, runs, day(17)) == pytest.approx(ema(values, m))


def test_numeric_at_most() -> None:
    # At most 2 coffees a day: value = 1 - (cups - 2) / 2, within 0..1.
    # 1 cup -> 1 (under the target), 3 -> 0.5, 4 -> 0, 5 -> -0.5 -> 0; no entry -> 0 cups -> 1.
    habit = Habit("coffee", numeric=True, target=2, target_kind=Target.AT_MOST, unit="cups")
    cups = [CheckIn(day(i), value=v) for i, v in enumerate([1, 3, 4, 5])]
    series = [score for _, score in score_series(habit, cups, day(0), day(4))]
    assert series[0] == pytest.approx(1 - DAILY_M)
    assert series[1] == pytest.approx(ema([1, 0.5], DAILY_M))
    assert series[3] == pytest.approx(ema([1, 0.5, 0, 0], DAILY_M))
    assert series[3] == pytest.approx(0.06758261279748554, abs=1e-12)
    assert series[4] == pytest.approx(ema([1, 0.5, 0, 0, 1], DAILY_M))


def test_numeric_at_most_weekly_partial_excess() -> None:
    # At most 10 drinks a week: window 14 days, target 20; 25 drinks: 1 - 5/20 = 0.75.
    habit = Habit(
        "drinks", Frequency.per_week(1), numeric=True, target=10, target_kind=Target.AT_MOST
    )
    m = 0.5 ** (sqrt(1 / 7) / 13)
    drinks = [CheckIn(day(0), value=25)]
    assert current_score(habit, drinks, day(0)) == pytest.approx(0.75 * (1 - m))


def test_at_most_habit_counts_from_its_creation_day() -> None:
    # Nothing logged is 0 cups: good from `created` on, and the score grows like a done day.
    habit = Habit("coffee", numeric=True, target=2, target_kind=Target.AT_MOST, created=day(0))
    assert current_score(habit, [], day(9)) == pytest.approx(1 - DAILY_M**10)
    assert current_streak(habit, [], day(9)) == Streak(day(0), day(9), 10)


# --- skips and travel ------------------------------------------------------------------------


def test_skipped_day_leaves_score_unchanged_and_is_taken_out_of_the_timeline() -> None:
    habit = Habit("walk")
    checkins = [*done(0, 1, 2, 3, 4, 6), CheckIn(day(5), SKIPPED)]
    history = evaluate(habit, checkins, day(6))
    assert history.scores[5] == history.scores[4]
    # Six done days with the skip left out: 1 - m**6.
    assert history.scores[6] == pytest.approx(1 - DAILY_M**6)


def test_skip_stretches_the_window_of_a_weekly_habit() -> None:
    # Once a week (window 14, target 2). Done on day 0, skipped days 1..7, done on day 10:
    # on day 15 the last 14 counted days are days -5..0 and 8..15, so day 0 still counts.
    habit = Habit("yoga", Frequency.per_week(1))
    skips = [CheckIn(day(i), SKIPPED) for i in range(1, 8)]
    history = evaluate(habit, [*done(0, 10), *skips], day(15))
    m = 0.5 ** (sqrt(1 / 7) / 13)
    assert history.scores[15] == pytest.approx(ema([0.5] + [0.5] * 2 + [1.0] * 6, m))


def test_travel_counts_like_skipped_days_but_completions_still_count() -> None:
    habit = Habit("walk")
    away = [(day(10), day(16))]
    history = evaluate(habit, done(*range(10), 17, 18, 19), day(19), away)
    assert history.scores[16] == history.scores[9]
    assert history.scores[19] == pytest.approx(1 - DAILY_M**13)
    # A completion while away counts for the person.
    history = evaluate(habit, done(*range(10), 12), day(12), away)
    assert history.scores[12] == pytest.approx(1 - DAILY_M**11)
    assert current_streak(habit, done(*range(10), 12, 17), day(17), away) == Streak(
        day(0), day(17), 12
    )


def test_explicitly_skipped_day_while_away_still_counts_as_skipped() -> None:
    away = [(day(1), day(2))]
    history = evaluate(Habit("walk"), [*done(0), CheckIn(day(1), SKIPPED)], day(2), away)
    assert history.scores[0] == history.scores[1] == history.scores[2]


# --- months ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("year", "february"), [(2027, 28), (2028, 29)])
def test_monthly_habit_window_is_two_calendar_months(year: int, february: int) -> None:
    # Once a month, done on Jan 31 only. Window: (same day two months back, today], target 2.
    # Jan 31 is in the window up to Mar 30 = (Jan 30, Mar 30]; Mar 31 = (Jan 31, Mar 31] drops it.
    # f is 1 / the month's length: m_jan = 0.5 ** (sqrt(1/31) / 13) = 0.99046933, so Jan 31
    # scores 0.5 * (1 - m_jan) = 0.00476534.
    habit = Habit("budget", Frequency.per_month(1))
    history = evaluate(habit, [CheckIn(date(year, 1, 31))], date(year, 3, 31))
    assert history.score_on(date(year, 1, 31)) == pytest.approx(0.00476533505492055, abs=1e-14)
    m = {length: 0.5 ** (sqrt(1 / length) / 13) for length in (28, 29, 31)}
    score = 0.5 * (1 - m[31])
    for _ in range(february):
        score = score * m[february] + 0.5 * (1 - m[february])
    assert history.score_on(date(year, 2, february)) == pytest.approx(score)
    for _ in range(30):
        score = score * m[31] + 0.5 * (1 - m[31])
    assert history.score_on(date(year, 3, 30)) == pytest.approx(score)
    assert history.score_on(date(year, 3, 31)) == pytest.approx(score * m[31])


def test_leap_day_completion_stays_in_the_window_until_april_28() -> None:
    # Apr 28 looks back to (Feb 28, Apr 28], which holds Feb 29; Apr 29 looks back to
    # (Feb 29, Apr 29], which does not; Apr 30 clamps to Feb 29 as well.
    habit = Habit("budget", Frequency.per_month(1))
    history = evaluate(habit, [CheckIn(date(2028, 2, 29))], date(2028, 4, 30))
    rising = [history.score_on(date(2028, 4, d)) for d in (27, 28, 29, 30)]
    assert rising[0] < rising[1] > rising[2] > rising[3]


def test_monthly_streak_covers_one_calendar_month() -> None:
    # Done Jan 31: covered while (same day a month back, today] holds it - through Feb 28
    # in 2027 (Feb 28 looks back to Jan 28), through Feb 29 in 2028.
    habit = Habit("budget", Frequency.per_month(1))
    assert streaks(habit, [CheckIn(date(2027, 1, 31))], date(2027, 3, 31)) == [
        Streak(date(2027, 1, 31), date(2027, 2, 28), 29)
    ]
    assert streaks(habit, [CheckIn(date(2028, 1, 31))], date(2028, 3, 31)) == [
        Streak(date(2028, 1, 31), date(2028, 2, 29), 30)
    ]


def test_monthly_streak_unbroken_when_done_each_month_on_the_same_day() -> None:
    habit = Habit("budget", Frequency.per_month(1))
    checkins = [CheckIn(date(2027, month, 15)) for month in range(1, 13)]
    assert current_streak(habit, checkins, date(2028, 1, 14)) == Streak(
        date(2027, 1, 15), date(2028, 1, 14), 365
    )
    assert current_streak(habit, checkins, date(2028, 1, 16)) is None


# --- streaks ---------------------------------------------------------------------------------


def test_daily_streaks_with_a_gap_and_a_skip() -> None:
    # Done 0..4, missed 5, done 6, 7, skipped 8, done 9..11: two streaks of 5 days each;
    # the skip bridges the second one but does not add to its length.
    habit = Habit("walk")
    checkins = [*done(0, 1, 2, 3, 4, 6, 7, 9, 10, 11), CheckIn(day(8), SKIPPED)]
    first, second = Streak(day(0), day(4), 5), Streak(day(6), day(11), 5)
    assert streaks(habit, checkins, day(13)) == [first, second]
    assert best_streak(habit, checkins, day(13)) == second  # a tie goes to the most recent
    assert best_streak(habit, checkins, day(4)) == first


def test_current_streak_survives_an_unfinished_today() -> None:
    habit = Habit("walk")
    checkins = done(0, 1, 2)
    assert current_streak(habit, checkins, day(2)) == Streak(day(0), day(2), 3)
    assert current_streak(habit, checkins, day(3)) == Streak(day(0), day(2), 3)
    assert current_streak(habit, checkins, day(4)) is None
    # Skipped days between the streak and today do not end it either.
    skips = [CheckIn(day(3), SKIPPED), CheckIn(day(4), SKIPPED)]
    assert current_streak(habit, [*checkins, *skips], day(5)) == Streak(day(0), day(2), 3)


def test_three_per_week_streak_starts_when_the_interval_reaches_its_target() -> None:
    # Mon/Wed/Fri: Mon and Wed are done but Tue and Thu are not covered (only 1 and 2
    # completions in the last 7 days); from Friday every 7-day interval holds three.
    habit = Habit("gym", Frequency.per_week(3))
    mwf = [i for i in range(28) if i % 7 in (0, 2, 4)]
    assert streaks(habit, done(*mwf), day(27)) == [
        Streak(day(0), day(0), 1),
        Streak(day(2), day(2), 1),
        Streak(day(4), day(27), 24),
    ]


def test_once_per_two_weeks_streak_breaks_after_fourteen_days() -> None:
    # Done on days 0, 14, 28: each covers itself and the 13 days after it. Day 42 is
    # the first day whose last 14 days (29..42) hold no completion.
    habit = Habit("call mum", Frequency(1, 14))
    checkins = done(0, 14, 28, 43)
    assert streaks(habit, checkins, day(50)) == [
        Streak(day(0), day(41), 42),
        Streak(day(43), day(50), 8),
    ]


def test_numeric_streak_needs_the_interval_target() -> None:
    # 10 km a week: the streak starts the day the last 7 days reach 10 km (day 3: 5 + 5),
    # and ends when day 0's 5 km leaves the interval (day 7: 5 km only).
    habit = Habit("run", Frequency.per_week(1), numeric=True, target=10, unit="km")
    runs = [CheckIn(day(0), value=5), CheckIn(day(3), value=5)]
    assert streaks(habit, runs, day(12)) == [Streak(day(3), day(6), 4)]


# --- empty and edge cases --------------------------------------------------------------------


def test_empty_history() -> None:
    habit = Habit("walk")
    assert current_score(habit, [], MONDAY) == 0.0
    assert score_series(habit, [], day(0), day(2)) == [(day(0), 0.0), (day(1), 0.0), (day(2), 0.0)]
    assert streaks(habit, [], MONDAY) == []
    assert best_streak(habit, [], MONDAY) is None
    assert current_streak(habit, [], MONDAY) is None


def test_series_range_is_independent_of_where_the_computation_starts() -> None:
    habit = Habit("walk")
    checkins = done(*range(0, 60, 2))
    whole = score_series(habit, checkins, day(-3), day(59))
    assert whole[:3] == [(day(-3), 0.0), (day(-2), 0.0), (day(-1), 0.0)]
    assert score_series(habit, checkins, day(40), day(45)) == whole[43:49]
    assert score_series(habit, checkins, day(45), day(40)) == []


def test_checkins_after_end_are_ignored() -> None:
    habit = Habit("walk")
    assert current_score(habit, done(0, 5), day(3)) == current_score(habit, done(0), day(3))
    assert evaluate(habit, done(5), day(3)).scores == ()


def test_score_on_a_day_after_the_evaluated_range_is_refused() -> None:
    with pytest.raises(ValueError, match="after"):
        evaluate(Habit("walk"), done(0), day(3)).score_on(day(4))


@pytest.mark.parametrize(
    ("week_start", "label"),
    [(date(2026, 3, 23), "spring forward"), (date(2026, 10, 19), "fall back")],
)
def test_week_with_a_clock_change_scores_like_any_other(week_start: date, label: str) -> None:
    # EU clocks change on 2026-03-29 and 2026-10-25 (Sundays). Days are dates, not 24-hour
    # spans, so the same pattern from a DST Monday and from an ordinary Monday scores alike.
    ordinary = date(2026, 6, 1)
    pattern = [0, 1, 3, 4, 6]
    for habit in (Habit("walk"), Habit("gym", Frequency.per_week(3))):
        dst = score_series(habit, done(*pattern, start=week_start), week_start, day(6, week_start))
        plain = score_series(habit, done(*pattern, start=ordinary), ordinary, day(6, ordinary))
        assert [d for d, _ in dst] == [day(i, week_start) for i in range(7)], label
        assert [s for _, s in dst] == [s for _, s in plain], label


# --- the data types --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frequency", "key"),
    [
        (Frequency.daily(), "1/1d"),
        (Frequency.per_week(3), "3/7d"),
        (Frequency(1, 14), "1/14d"),
        (Frequency.per_month(2), "2/m"),
    ],
)
def test_frequency_key_round_trips(frequency: Frequency, key: str) -> None:
    assert frequency.key == key
    assert Frequency.from_key(key) == frequency


@pytest.mark.parametrize(
    "make",
    [
        lambda: Frequency(0, 7),
        lambda: Frequency(8, 7),
        lambda: Frequency(3, 0),
        lambda: Frequency.per_month(29),
        lambda: Frequency(1, 31, monthly=True),
        lambda: Frequency.from_key("3 per week"),
        lambda: Habit(" "),
        lambda: Habit("water", numeric=True),
        lambda: Habit("water", numeric=True, target=0),
        lambda: Habit("water", numeric=True, target=float("nan")),
        lambda: Habit("gym", Frequency.per_week(3), numeric=True, target=5),
        lambda: Habit("walk", target=5),
        lambda: Habit("walk", target_kind=Target.AT_MOST),
        lambda: CheckIn(MONDAY, value=-1),
        lambda: CheckIn(MONDAY, value=float("inf")),
    ],
)
def test_invalid_values_are_refused(make: Callable[[], object]) -> None:
    with pytest.raises(ValueError):
        make()


def test_two_checkins_on_one_day_are_refused() -> None:
    with pytest.raises(ValueError, match="two check-ins for 2026-01-05"):
        evaluate(Habit("walk"), [CheckIn(MONDAY), CheckIn(MONDAY, NOT_DONE)], day(3))


def test_travel_range_backwards_is_refused() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        evaluate(Habit("walk"), done(0), day(3), [(day(2), day(1))])
