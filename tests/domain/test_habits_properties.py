"""Habit maths on generated histories: invariants, and agreement with a plain reading of rules."""

from __future__ import annotations

import random
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta
from math import sqrt

from hypothesis import given
from hypothesis import strategies as st

from app.domain.habits import (
    CheckIn,
    CheckState,
    Frequency,
    Habit,
    HabitHistory,
    Streak,
    Target,
    TravelRange,
    evaluate,
)

# Leap and ordinary years, and every month end, are within reach.
START = st.dates(min_value=date(2019, 1, 1), max_value=date(2031, 12, 31))
# Quarters add up exactly in binary, so window sums have no rounding to argue about.
QUARTERS = st.integers(0, 40).map(lambda q: q / 4)


@dataclass(frozen=True)
class Case:
    habit: Habit
    checkins: list[CheckIn]
    end: date
    travel: list[TravelRange]


@st.composite
def habits(draw: st.DrawFn, start: date) -> Habit:
    kind = draw(st.sampled_from([None, Target.AT_LEAST, Target.AT_MOST]))
    numeric = kind is not None
    if draw(st.integers(0, 3)) == 0:
        frequency = Frequency.per_month(1 if numeric else draw(st.integers(1, 5)))
    else:
        days = draw(st.integers(1, 21))
        frequency = Frequency(1 if numeric else draw(st.integers(1, days)), days)
    created = draw(st.none() | st.integers(-5, 30).map(lambda i: start + timedelta(days=i)))
    if not numeric:
        return Habit("h", frequency, created=created)
    target = draw(st.sampled_from([0.5, 1.0, 2.5, 4.0, 10.0]))
    return Habit("h", frequency, True, target, target_kind=kind or Target.AT_LEAST, created=created)


@st.composite
def cases(draw: st.DrawFn, amounts: st.SearchStrategy[float] = QUARTERS) -> Case:
    start = draw(START)
    span = draw(st.integers(0, 150))
    day = st.none() | st.tuples(st.sampled_from(CheckState), st.none() | amounts)
    entries = draw(st.lists(day, min_size=span + 1, max_size=span + 1))
    checkins = [
        CheckIn(start + timedelta(days=i), *entry)
        for i, entry in enumerate(entries)
        if entry is not None
    ]
    travel = [
        (start + timedelta(days=a), start + timedelta(days=a + length))
        for a, length in draw(
            st.lists(st.tuples(st.integers(-5, span), st.integers(0, 20)), max_size=2)
        )
    ]
    return Case(draw(habits(start)), checkins, start + timedelta(days=span), travel)


def run(case: Case) -> HabitHistory:
    return evaluate(case.habit, case.checkins, case.end, case.travel)


# --- a plain, slow reading of docs/HABITS.md --------------------------------------------------


def months_back(day: date, months: int) -> date:
    year, zero_based = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, zero_based + 1, min(day.day, monthrange(year, zero_based + 1)[1]))


def period(habit: Habit, day: date, doubled: bool) -> tuple[int, float]:
    """(days in the window, target) for ``day``."""
    freq = habit.frequency
    per_period = habit.target if habit.target is not None else freq.times
    if freq.is_daily:
        return 1, per_period / freq.times
    k = 2 if doubled else 1
    if freq.monthly:
        return (day - months_back(day, k)).days, k * per_period
    return k * freq.days, k * per_period


def per_day(habit: Habit, day: date) -> float:
    freq = habit.frequency
    return freq.times / (monthrange(day.year, day.month)[1] if freq.monthly else freq.days)


def plain_day(
    habit: Habit, day: date, counted: list[float], done: bool, score: float
) -> tuple[float, str]:
    window, target = period(habit, day, doubled=True)
    total = sum(counted[-window:])
    at_most = habit.target_kind is Target.AT_MOST
    value = min(max(1 - (total - target) / target, 0), 1) if at_most else min(total / target, 1)
    m = 0.5 ** (sqrt(per_day(habit, day)) / 13)
    interval, need = period(habit, day, doubled=False)
    in_interval = sum(counted[-interval:])
    good = in_interval <= need if at_most else in_interval >= need or (done and not habit.numeric)
    return score * m + value * (1 - m), "G" if good else "B"


def plain(case: Case) -> tuple[date | None, list[float], str]:
    by_day = {c.day: c for c in case.checkins if c.day <= case.end}
    starts = [*by_day, *([case.habit.created] if case.habit.created else [])]
    first = min(starts, default=None)
    counted: list[float] = []
    scores: list[float] = []
    marks = ""
    score, day = 0.0, first or case.end + timedelta(days=1)
    while day <= case.end:
        checkin = by_day.get(day)
        done = checkin is not None and checkin.state is CheckState.DONE
        away = any(a <= day <= b for a, b in case.travel)
        if (checkin is not None and checkin.state is CheckState.SKIPPED) or (away and not done):
            marks += "S"
        else:
            amount = (
                ((checkin.value or 0.0) if case.habit.numeric else 1.0) if checkin and done else 0.0
            )
            counted.append(amount)
            score, mark = plain_day(case.habit, day, counted, done, score)
            marks += mark
        scores.append(score)
        day += timedelta(days=1)
    return first, scores, marks


def plain_streaks(first: date, marks: str) -> list[Streak]:
    found: list[Streak] = []
    begin, last, length = -1, -1, 0
    for i, mark in enumerate(marks + "B"):
        if mark == "G":
            begin, last, length = (i if length == 0 else begin), i, length + 1
        elif mark == "B" and length:
            found.append(Streak(first + timedelta(begin), first + timedelta(last), length))
            length = 0
    return found


def plain_current(marks: str, found: list[Streak]) -> Streak | None:
    settled = (marks[:-1] if marks.endswith("B") else marks).rstrip("S")
    return found[-1] if settled.endswith("G") else None


# --- properties ------------------------------------------------------------------------------


@given(cases())
def test_agrees_with_a_plain_reading_of_the_rules(case: Case) -> None:
    history = run(case)
    first, scores, marks = plain(case)
    assert history.first_day == first
    assert len(history.scores) == len(scores)
    for got, want in zip(history.scores, scores, strict=True):
        assert abs(got - want) < 1e-9
    assert history.marks.decode() == marks
    if first is not None:
        found = plain_streaks(first, marks)
        assert list(history.streaks) == found
        assert history.current_streak == plain_current(marks, found)
        longest = max((s.length for s in found), default=0)
        assert history.best_streak == next(
            (s for s in reversed(found) if s.length == longest), None
        )


@given(cases(amounts=st.floats(0, 1e6, allow_nan=False, allow_infinity=False)))
def test_score_stays_between_0_and_1(case: Case) -> None:
    assert all(0.0 <= score <= 1.0 for score in run(case).scores)


@given(cases(), st.integers(0, 150))
def test_a_skipped_day_keeps_the_previous_days_score(case: Case, offset: int) -> None:
    start = min([c.day for c in case.checkins], default=case.end)
    skipped = min(start + timedelta(days=offset), case.end)
    others = [c for c in case.checkins if c.day != skipped]
    history = run(replace(case, checkins=[*others, CheckIn(skipped, CheckState.SKIPPED)]))
    assert history.score_on(skipped) == history.score_on(skipped - timedelta(days=1))
    assert history.first_day is not None
    assert history.marks[(skipped - history.first_day).days] == ord("S")


@given(cases(), st.randoms(use_true_random=False))
def test_order_of_checkins_does_not_matter(case: Case, rng: random.Random) -> None:
    shuffled = list(case.checkins)
    rng.shuffle(shuffled)
    assert run(replace(case, checkins=shuffled)) == run(case)


@given(cases(), st.integers(0, 150))
def test_a_skipped_day_is_as_if_it_did_not_exist(case: Case, offset: int) -> None:
    # Holds where windows are counted in days; month windows follow the calendar instead.
    if case.habit.frequency.monthly or not case.checkins:
        return
    first = min(c.day for c in case.checkins)
    # Both histories start on the same day even when that day is the one skipped.
    case = replace(case, travel=[], habit=replace(case.habit, created=first))
    skipped = first + timedelta(days=offset)
    if skipped >= case.end:
        return
    with_skip = [c for c in case.checkins if c.day != skipped] + [
        CheckIn(skipped, CheckState.SKIPPED)
    ]
    shifted = [
        replace(c, day=c.day - timedelta(days=1)) if c.day > skipped else c
        for c in case.checkins
        if c.day != skipped
    ]
    longer = run(replace(case, checkins=with_skip))
    shorter = run(replace(case, checkins=shifted, end=case.end - timedelta(days=1)))
    after_longer = [longer.score_on(d) for d in _days(skipped + timedelta(days=1), case.end)]
    after_shorter = [shorter.score_on(d) for d in _days(skipped, case.end - timedelta(days=1))]
    assert after_longer == after_shorter


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
