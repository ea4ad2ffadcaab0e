"""Ranges of weeks, activity counted per week and kind, and the conversation ratio.

A week is an ISO week, named by its Monday. Everything is counted once for all time
(``WeeklyActivity``) and a range is then a slice of it, so switching range costs no recount.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.activity import Activity, ActivityKind

WEEK = timedelta(weeks=1)


class Range(StrEnum):
    """What the range selector offers; the values are stable keys for settings and words."""

    FOUR_WEEKS = "four_weeks"
    QUARTER = "quarter"
    YEAR = "year"
    ALL = "all"


# How many weeks each range shows at most, this week included (ALL: every week with data).
RANGE_WEEKS: dict[Range, int | None] = {
    Range.FOUR_WEEKS: 4,
    Range.QUARTER: 13,
    Range.YEAR: 52,
    Range.ALL: None,
}


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class Span:
    """The weeks a range shows: from ``first`` to ``last`` (both Mondays) and the day it ends."""

    first: date
    last: date
    today: date

    @property
    def weeks(self) -> int:
        return (self.last - self.first).days // 7 + 1

    @property
    def end(self) -> date:
        """The last day counted: ``today`` (the current week is not over yet)."""
        return self.today

    def mondays(self) -> list[date]:
        return [self.first + i * WEEK for i in range(self.weeks)]

    def holds(self, day: date) -> bool:
        return self.first <= day <= self.today


def span_for(chosen: Range, today: date, first_day: date | None) -> Span:
    """The weeks ``chosen`` shows on ``today``: the last one is this week; none is before the
    week of ``first_day`` (the data's first day: nothing could show there), so with little data
    every range shows the same weeks. Without data, only this week."""
    last = monday(today)
    first = last if first_day is None else min(monday(first_day), last)
    count = RANGE_WEEKS[chosen]
    if count is not None:
        first = max(first, last - (count - 1) * WEEK)
    return Span(first, last, today)


class Series(StrEnum):
    """The kinds the activity chart stacks; shares with and without own words are one."""

    OWN_POSTS = "own_posts"
    COMMENTS = "comments"
    REPLIES = "replies"
    SHARES = "shares"
    REACTIONS = "reactions"


SERIES_OF: dict[ActivityKind, Series] = {
    ActivityKind.OWN_POST: Series.OWN_POSTS,
    ActivityKind.COMMENT: Series.COMMENTS,
    ActivityKind.REPLY: Series.REPLIES,
    ActivityKind.SHARE_WITH_COMMENT: Series.SHARES,
    ActivityKind.SHARE: Series.SHARES,
    ActivityKind.REACTION: Series.REACTIONS,
}
_ORDER = tuple(Series)


@dataclass(frozen=True)
class WeekCounts:
    """What was logged in the week of ``monday``, per kind."""

    monday: date
    own_posts: int = 0
    comments: int = 0
    replies: int = 0
    shares: int = 0
    reactions: int = 0

    def count(self, series: Series) -> int:
        return int(getattr(self, series.value))

    @property
    def conversation(self) -> int:
        """Comments and replies: taking part in others' talk and answering in one's own."""
        return self.comments + self.replies

    @property
    def total(self) -> int:
        return self.own_posts + self.comments + self.replies + self.shares + self.reactions


class RatioKind(StrEnum):
    RATIO = "ratio"  # own posts were made: ``value`` is conversation per own post
    NO_OWN_POSTS = "no_own_posts"  # conversation but no own post: no ratio can be given
    NOTHING = "nothing"  # neither conversation nor own posts


@dataclass(frozen=True)
class ConversationRatio:
    """Comments and replies versus own posts; ``value`` is None unless ``kind`` is RATIO."""

    conversation: int
    own_posts: int

    @property
    def kind(self) -> RatioKind:
        if self.own_posts:
            return RatioKind.RATIO
        return RatioKind.NO_OWN_POSTS if self.conversation else RatioKind.NOTHING

    @property
    def value(self) -> float | None:
        return self.conversation / self.own_posts if self.own_posts else None


def ratio_of(weeks: Iterable[WeekCounts]) -> ConversationRatio:
    """The conversation ratio over several weeks: totals divided, not a mean of weekly ratios
    (a week with one post and ten comments must not weigh like a whole quarter)."""
    conversation = posts = 0
    for week in weeks:
        conversation += week.conversation
        posts += week.own_posts
    return ConversationRatio(conversation, posts)


@dataclass(frozen=True)
class WeeklyActivity:
    """Counts for every week from ``weeks[0].monday`` on, gap-free (quiet weeks are zeros)."""

    weeks: tuple[WeekCounts, ...]

    @classmethod
    def count(cls, activities: Iterable[Activity], first: date, last: date) -> WeeklyActivity:
        """Count each activity dated from the week of ``first`` to the day ``last``."""
        base = monday(first).toordinal()
        n = max((monday(last).toordinal() - base) // 7 + 1, 0)
        table = [[0] * len(_ORDER) for _ in range(n)]
        column = {kind: _ORDER.index(series) for kind, series in SERIES_OF.items()}
        stop = last.toordinal()
        for activity in activities:
            ordinal = activity.day.toordinal()
            if base <= ordinal <= stop:
                table[(ordinal - base) // 7][column[activity.kind]] += 1
        mondays = (date.fromordinal(base + 7 * i) for i in range(n))
        return cls(tuple(WeekCounts(m, *row) for m, row in zip(mondays, table, strict=True)))

    @classmethod
    def from_counts(
        cls, counts: Iterable[tuple[date, ActivityKind, int]], last: date | None = None
    ) -> WeeklyActivity:
        """Weeks from counts already made per week and kind (a progress file's activity rows:
        Monday, kind, count), gap-free from the first week to the week of ``last`` (the day the
        file was made: quiet weeks at the end count too) or else to the last week counted.
        Counts of one week and kind add up; counts below one and weeks after ``last`` are left
        out."""
        rows = [(monday(day), kind, n) for day, kind, n in counts if n > 0]
        if last is not None:
            rows = [row for row in rows if row[0] <= last]
        if not rows:
            return cls(())
        base = min(m for m, _, _ in rows).toordinal()
        end = monday(last) if last is not None else max(m for m, _, _ in rows)
        n = (end.toordinal() - base) // 7 + 1
        table = [[0] * len(_ORDER) for _ in range(n)]
        column = {kind: _ORDER.index(series) for kind, series in SERIES_OF.items()}
        for day, kind, count in rows:
            table[(day.toordinal() - base) // 7][column[kind]] += count
        mondays = (date.fromordinal(base + 7 * i) for i in range(n))
        return cls(tuple(WeekCounts(m, *row) for m, row in zip(mondays, table, strict=True)))

    def between(self, first: date, last: date) -> tuple[WeekCounts, ...]:
        """The weeks from the Monday ``first`` to the Monday ``last``, zeros where none was
        counted (before the data's first week)."""
        if not self.weeks:
            return tuple(WeekCounts(m) for m in _mondays(first, last))
        base = self.weeks[0].monday
        lead = tuple(WeekCounts(m) for m in _mondays(first, min(last, base - WEEK)))
        start = max((first - base).days // 7, 0)
        stop = (last - base).days // 7 + 1
        return lead + self.weeks[start : max(stop, start)]


def _mondays(first: date, last: date) -> list[date]:
    count = (last - first).days // 7 + 1
    return [first + i * WEEK for i in range(max(count, 0))]


def weekly_ratios(weeks: Sequence[WeekCounts]) -> tuple[ConversationRatio, ...]:
    return tuple(ConversationRatio(w.conversation, w.own_posts) for w in weeks)


def days_between(days: Sequence[int], first: date, last: date) -> Sequence[int]:
    """The sorted day ordinals from ``first`` to ``last`` (a slice, by bisection)."""
    return days[bisect_left(days, first.toordinal()) : bisect_left(days, last.toordinal() + 1)]
