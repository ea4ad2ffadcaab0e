"""Insights: rule-based findings in the person's own data, each with the numbers behind it.

An insight is never a guess: each rule compares two counted groups and speaks only when both
are large enough (the minimums below) and the difference is clear. The record holds numbers,
not words; the page turns ``kind`` and the numbers into a sentence in the UI language.

What the fields mean for each kind:

- ``QUESTION_ENDING_COMMENTS``, ``TOPIC_COMMENTS``, ``LENGTH_COMMENTS``, ``OPENER_COMMENTS``:
  posts in the group (``subject``: "yes" for ending with a question; a topic; a ``LengthBand``
  or ``OpenerKind`` value) versus the other posts (``versus`` ""). ``value`` and
  ``versus_value`` are comments per post, ``n`` and ``versus_n`` the posts, ``ratio`` the first
  over the second, ``total`` every post with comments entered.
- ``COMMENT_WEEKDAY``: the weekday with the most comments (``subject`` "monday".."sunday")
  versus the runner-up (``versus``). ``n``/``versus_n`` are comments on each day, ``value`` and
  ``versus_value`` their shares of ``total`` (all comments in the range).
- ``LANGUAGE_LENGTH``: posts in one language (``subject``, "fi") are longer than in another
  (``versus``, "en"): ``value``/``versus_value`` mean characters, ``n``/``versus_n`` posts.
- ``CONVERSATION_GROWTH``: the conversation ratio (comments and replies per own post) in the
  second half of the range (``value``, over ``n`` own posts) versus the first (``versus_value``,
  ``versus_n`` own posts); ``total`` the weeks in the range.
"""

from __future__ import annotations

import calendar
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from statistics import fmean
from typing import Final

from app.domain.progress.posts import Grouping, Post, comments_of
from app.domain.progress.weeks import WeekCounts

# Each group of posts compared needs at least this many posts with comments entered: with
# fewer, one lively post decides the average.
MIN_GROUP_POSTS: Final = 5
# A group must get at least this many times the other's comments per post to be called out.
MIN_COMMENT_RATIO: Final = 1.5
# The weekday needs this many comments in the range, and this lead over the runner-up.
MIN_WEEKDAY_COMMENTS: Final = 20
MIN_WEEKDAY_LEAD: Final = 1.2
# Each language needs this many posts, and the longer one this many times the other's length.
MIN_LANGUAGE_POSTS: Final = 5
MIN_LENGTH_RATIO: Final = 1.15
# Each half of the range needs this many own posts, and a rise of this much in the ratio.
MIN_HALF_POSTS: Final = 4
MIN_GROWTH_RATIO: Final = 1.5

WEEKDAYS: Final = tuple(name.lower() for name in calendar.day_name)  # "monday".."sunday"


class InsightKind(StrEnum):
    QUESTION_ENDING_COMMENTS = "question_ending_comments"
    TOPIC_COMMENTS = "topic_comments"
    LENGTH_COMMENTS = "length_comments"
    OPENER_COMMENTS = "opener_comments"
    COMMENT_WEEKDAY = "comment_weekday"
    LANGUAGE_LENGTH = "language_length"
    CONVERSATION_GROWTH = "conversation_growth"


@dataclass(frozen=True)
class Insight:
    """One finding and its evidence (see the module's docstring for each kind's fields)."""

    kind: InsightKind
    subject: str
    versus: str
    value: float
    versus_value: float
    n: int
    versus_n: int
    total: int

    @property
    def ratio(self) -> float:
        """``value`` over ``versus_value``; infinite only for a weekday without a runner-up."""
        return self.value / self.versus_value if self.versus_value else math.inf


_COMPARED = (
    (Grouping.QUESTION_ENDING, InsightKind.QUESTION_ENDING_COMMENTS),
    (Grouping.TOPIC, InsightKind.TOPIC_COMMENTS),
    (Grouping.LENGTH, InsightKind.LENGTH_COMMENTS),
    (Grouping.OPENER, InsightKind.OPENER_COMMENTS),
)


def comment_insights(posts: Sequence[Post]) -> list[Insight]:
    """For each grouping, the group whose posts got the most comments per post compared with
    the other posts, when both are large enough and the lead is at least MIN_COMMENT_RATIO."""
    counted = [p for p in posts if p.facts.comments is not None]
    found = []
    for grouping, kind in _COMPARED:
        keys = sorted({key for p in counted for key in p.keys(grouping)})
        if grouping is Grouping.QUESTION_ENDING:
            keys = ["yes"]  # "posts that do not end with a question got more" is no advice
        best: Insight | None = None
        for key in keys:
            inside = [comments_of(p) for p in counted if key in p.keys(grouping)]
            outside = [comments_of(p) for p in counted if key not in p.keys(grouping)]
            if min(len(inside), len(outside)) < MIN_GROUP_POSTS:
                continue
            mean_in, mean_out = fmean(inside), fmean(outside)
            if mean_out <= 0 or mean_in < MIN_COMMENT_RATIO * mean_out:
                continue
            candidate = Insight(
                kind, key, "", mean_in, mean_out, len(inside), len(outside), len(counted)
            )
            if best is None or candidate.ratio > best.ratio:
                best = candidate
        if best is not None:
            found.append(best)
    return found


def weekday_insight(comment_days: Sequence[int]) -> Insight | None:
    """The weekday the person comments most on, from the day ordinals of their comments."""
    total = len(comment_days)
    if total < MIN_WEEKDAY_COMMENTS:
        return None
    ranked = Counter(date.fromordinal(o).weekday() for o in comment_days).most_common()
    top, most = ranked[0]
    # All on one weekday: the lead is over nothing, the runner-up is "" with 0 comments.
    second, next_most = ranked[1] if len(ranked) > 1 else (-1, 0)
    if most < MIN_WEEKDAY_LEAD * next_most:
        return None
    versus = WEEKDAYS[second] if second >= 0 else ""
    return Insight(
        InsightKind.COMMENT_WEEKDAY,
        WEEKDAYS[top],
        versus,
        most / total,
        next_most / total,
        most,
        next_most,
        total,
    )


def language_insight(posts: Sequence[Post]) -> Insight | None:
    """Whether posts in one language are clearly longer than in another (the pair of languages
    with the most posts, both large enough)."""
    lengths: dict[str, list[int]] = {}
    for post in posts:
        if post.facts.language:
            lengths.setdefault(post.facts.language, []).append(post.traits.length)
    ranked = sorted(lengths.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:2]
    if len(ranked) < 2 or len(ranked[1][1]) < MIN_LANGUAGE_POSTS:
        return None
    (one, one_lengths), (other, other_lengths) = ranked
    mean_one, mean_other = fmean(one_lengths), fmean(other_lengths)
    if mean_one < mean_other:
        (one, one_lengths, mean_one), (other, other_lengths, mean_other) = (
            (other, other_lengths, mean_other),
            (one, one_lengths, mean_one),
        )
    if mean_other <= 0 or mean_one < MIN_LENGTH_RATIO * mean_other:
        return None
    total = sum(len(v) for v in lengths.values())
    return Insight(
        InsightKind.LANGUAGE_LENGTH,
        one,
        other,
        mean_one,
        mean_other,
        len(one_lengths),
        len(other_lengths),
        total,
    )


def growth_insight(weeks: Sequence[WeekCounts]) -> Insight | None:
    """Whether the conversation ratio rose clearly from the first half of the range to the
    second (an odd week in the middle goes to the second half, the more recent one)."""
    half = len(weeks) // 2
    early, late = weeks[:half], weeks[half:]
    early_posts = sum(w.own_posts for w in early)
    late_posts = sum(w.own_posts for w in late)
    if min(early_posts, late_posts) < MIN_HALF_POSTS:
        return None
    early_ratio = sum(w.conversation for w in early) / early_posts
    late_ratio = sum(w.conversation for w in late) / late_posts
    if early_ratio <= 0 or late_ratio < MIN_GROWTH_RATIO * early_ratio:
        return None
    return Insight(
        InsightKind.CONVERSATION_GROWTH,
        "",
        "",
        late_ratio,
        early_ratio,
        late_posts,
        early_posts,
        len(weeks),
    )


def insights(
    posts: Sequence[Post], comment_days: Sequence[int], weeks: Sequence[WeekCounts]
) -> tuple[Insight, ...]:
    """Every insight the range's data supports, in a stable order: what started discussions,
    then when the person comments, then their languages, then the growth of conversation."""
    found = comment_insights(posts)
    for single in (
        weekday_insight(comment_days),
        language_insight(posts),
        growth_insight(weeks),
    ):
        if single is not None:
            found.append(single)
    return tuple(found)
