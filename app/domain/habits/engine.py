"""Day-by-day habit strength and streak marks of one habit, in one O(days) pass.

The rules are in docs/HABITS.md; ``app.domain.habits`` is the public face of this module. At
the end, shortcuts that each evaluate afresh for one number.
"""

from __future__ import annotations

import math
from calendar import isleap
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from app.domain.activity import EARLIEST_DAY
from app.domain.habits.history import BAD, GOOD, SKIPPED, HabitHistory
from app.domain.habits.model import CheckIn, CheckState, Habit, Streak, Target, TravelRange

_HALF_LIFE_DAYS: Final = 13.0
# Window sums of decimal amounts are differences of running totals; this absorbs their rounding.
_TOLERANCE: Final = 1e-9
_SKIPPED, _COUNTS, _DONE = 0, 1, 2
_EARLIEST: Final = EARLIEST_DAY.toordinal()


@dataclass(frozen=True)
class _Plan:
    """Per-day window lengths (in counted days), targets and EMA weights of one habit."""

    interval: list[int]  # the frequency's own period: decides "covered" days for streaks
    window: list[int]  # the doubled period: feeds the score
    gain: list[float]  # 1 - m, the weight of the day's value in the moving average
    interval_target: float
    window_target: float


def evaluate(
    habit: Habit, checkins: Iterable[CheckIn], end: date, travel: Sequence[TravelRange] = ()
) -> HabitHistory:
    """Scores and streaks of ``habit`` from its first day up to and including ``end``.

    The first day is ``habit.created`` or the first check-in, whichever is earlier, but not
    before 2000 (``EARLIEST_DAY``; earlier check-ins are ignored). Check-ins after ``end`` are
    ignored; two check-ins on one day raise ``ValueError``.
    """
    items = list(checkins)
    ordinals = [checkin.day.toordinal() for checkin in items]
    if len(set(ordinals)) < len(ordinals):
        twice = Counter(checkin.day for checkin in items).most_common(1)[0][0]
        raise ValueError(f"two check-ins for {twice}")
    for away_from, away_to in travel:
        if away_from > away_to:
            raise ValueError(f"travel range {away_from}..{away_to} ends before it starts")
    first = _first_day(habit, ordinals)
    if first is None or first > end:
        return HabitHistory(first, end, (), b"")
    n = (end - first).days + 1
    amounts, flags = _inputs(habit, items, ordinals, first.toordinal(), n)
    for away in travel:
        _mark_travel(flags, away, first.toordinal())
    scores, marks = _run(habit, _plan(habit, first, n), amounts, flags)
    return HabitHistory(first, end, tuple(scores), bytes(marks))


def _first_day(habit: Habit, ordinals: list[int]) -> date | None:
    # Never before 2000: a check-in dated year 1 (a typo, a damaged export) would make the
    # history 739,000 days long. Earlier check-ins are left out (see _inputs).
    earliest = _EARLIEST
    first = min((o for o in ordinals if o >= earliest), default=None)
    candidates = [date.fromordinal(first)] if first is not None else []
    if habit.created is not None:
        candidates.append(max(habit.created, EARLIEST_DAY))
    return min(candidates, default=None)


_INF = float("inf")


def _inputs(
    habit: Habit, items: list[CheckIn], ordinals: list[int], base: int, n: int
) -> tuple[list[float], bytearray]:
    """Each day's amount, and its flag: ``_COUNTS``, ``_DONE`` (counts, and was done) or
    ``_SKIPPED`` (does not count)."""
    amounts = [0.0] * n
    flags = bytearray([_COUNTS]) * n
    done, skipped, numeric = CheckState.DONE, CheckState.SKIPPED, habit.numeric
    for ordinal, checkin in zip(ordinals, items, strict=True):
        day = ordinal - base
        if not 0 <= day < n:
            continue
        state = checkin.state
        if state is done:
            # An amount that is not a finite number of at least 0 (a damaged file) counts as 0.
            value = checkin.value
            amounts[day] = (
                (value if value is not None and 0.0 <= value < _INF else 0.0) if numeric else 1.0
            )
            flags[day] = _DONE
        elif state is skipped:
            flags[day] = _SKIPPED
    return amounts, flags


def _mark_travel(flags: bytearray, away: TravelRange, base: int) -> None:
    """Travel days count like skipped ones, except those on which the habit was done anyway."""
    lo = max(away[0].toordinal() - base, 0)
    hi = max(away[1].toordinal() - base + 1, lo)
    flags[lo:hi] = flags[lo:hi].replace(bytes([_COUNTS]), bytes([_SKIPPED]))


def _plan(habit: Habit, first: date, n: int) -> _Plan:
    freq = habit.frequency
    per_period = habit.target if habit.target is not None else float(freq.times)
    if freq.monthly:
        return _Plan(*_month_plan(first, n, freq.times), per_period, 2 * per_period)
    gain = [_gain(freq.per_day)] * n
    if freq.is_daily:
        # A daily habit is judged day by day: no window, no doubling.
        once = per_period / freq.times
        return _Plan([1] * n, [1] * n, gain, once, once)
    return _Plan([freq.days] * n, [2 * freq.days] * n, gain, per_period, 2 * per_period)


def _gain(per_day: float) -> float:
    """``1 - m`` where ``m = 0.5 ** (sqrt(f) / 13)`` is the weight of yesterday's score."""
    return 1.0 - float(0.5 ** (math.sqrt(per_day) / _HALF_LIFE_DAYS))


def _run(
    habit: Habit, plan: _Plan, amounts: list[float], flags: bytearray
) -> tuple[list[float], bytearray]:
    """The hot loop, kept in one piece for speed: each day's score and streak mark."""
    # Running totals over counted days only, padded so windows reaching before day 0 see zeros.
    k = max(plan.window, default=1)
    totals = [0.0] * (k + len(amounts) + 1)
    per_window = 1.0 / plan.window_target
    need = plan.interval_target
    slack = _TOLERANCE * max(1.0, need)
    floor, ceiling = need - slack, need + slack
    at_most = habit.target_kind is Target.AT_MOST
    # A yes/no completion is good in itself even before the interval reaches its target.
    good_alone = math.inf if habit.numeric else 0.0
    total = score = 0.0
    scores: list[float] = []
    marks = bytearray()
    add_score, add_mark = scores.append, marks.append
    days = zip(amounts, flags, plan.window, plan.interval, plan.gain, strict=True)
    for amount, counts, window, interval, gain in days:
        if counts:
            total += amount
            k += 1
            totals[k] = total
            ratio = (total - totals[k - window]) * per_window
            if at_most:
                score += ((1.0 if ratio <= 1.0 else max(2.0 - ratio, 0.0)) - score) * gain
                add_mark(GOOD if total - totals[k - interval] <= ceiling else BAD)
            else:
                score += ((ratio if ratio < 1.0 else 1.0) - score) * gain
                good = amount > good_alone or total - totals[k - interval] >= floor
                add_mark(GOOD if good else BAD)
        else:
            add_mark(SKIPPED)
        add_score(score)
    return scores, marks


def _month_plan(first: date, n: int, times: int) -> tuple[list[int], list[int], list[float]]:
    """Per day: the days in the calendar month and in the two months ending that day, and
    ``1 - m``, where ``f`` is ``times`` over the length of that day's month."""
    interval: list[int] = []
    window: list[int] = []
    gain: list[float] = []
    year, month = first.year, first.month
    head = first.day - 1  # the first month is built whole, then cut to start on ``first``
    while len(gain) < head + n:
        interval += _spans(year, month, 1)
        window += _spans(year, month, 2)
        length = _month_length(year, month)
        gain += [_gain(times / length)] * length
        year, month = _shift(year, month, 1)
    cut = slice(head, head + n)
    return interval[cut], window[cut], gain[cut]


def _spans(year: int, month: int, months: int) -> list[int]:
    """For each day of the month, the number of days in (that day ``months`` months ago, day]."""
    back_year, back_month = _shift(year, month, -months)
    whole = date(year, month, 1).toordinal() - date(back_year, back_month, 1).toordinal()
    length, back_length = _month_length(year, month), _month_length(back_year, back_month)
    # Where the earlier month is shorter, "same day" clamps to its last day, so the span grows.
    longer = range(whole + 1, whole + 1 + length - back_length)
    return [whole] * min(length, back_length) + list(longer)


def _month_length(year: int, month: int) -> int:
    if month == 2:
        return 29 if isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _shift(year: int, month: int, months: int) -> tuple[int, int]:
    shifted_year, zero_based = divmod(year * 12 + month - 1 + months, 12)
    return shifted_year, zero_based + 1


# Shortcuts: each evaluates afresh. For several numbers about one habit, call ``evaluate`` once.


def score_series(
    habit: Habit,
    checkins: Iterable[CheckIn],
    start: date,
    end: date,
    travel: Sequence[TravelRange] = (),
) -> list[tuple[date, float]]:
    """``(day, score)`` for each day from ``start`` to ``end``; the maths always begins at the
    habit's first day (``created`` or the first check-in), so ``start`` only picks what to show."""
    return evaluate(habit, checkins, end, travel).series(start, end)


def current_score(
    habit: Habit, checkins: Iterable[CheckIn], today: date, travel: Sequence[TravelRange] = ()
) -> float:
    return evaluate(habit, checkins, today, travel).score_on(today)


def streaks(
    habit: Habit, checkins: Iterable[CheckIn], end: date, travel: Sequence[TravelRange] = ()
) -> list[Streak]:
    """All streaks up to ``end``, oldest first."""
    return list(evaluate(habit, checkins, end, travel).streaks)


def best_streak(
    habit: Habit, checkins: Iterable[CheckIn], end: date, travel: Sequence[TravelRange] = ()
) -> Streak | None:
    return evaluate(habit, checkins, end, travel).best_streak


def current_streak(
    habit: Habit, checkins: Iterable[CheckIn], today: date, travel: Sequence[TravelRange] = ()
) -> Streak | None:
    """The streak still alive on ``today``; ``today`` not done yet does not end it."""
    return evaluate(habit, checkins, today, travel).current_streak
