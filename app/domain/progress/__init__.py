"""Progress: the numbers behind the Progress page's charts and its insights, no words and no Qt.

The modules beside this face, from the bottom up:

- ``weeks``: ranges (4 weeks, quarter, year, all) as spans of weeks, activity per week and
  kind, and the conversation ratio;
- ``series``: the ladder stage, habit strength and goal progress over time, sampled weekly from
  what journey and habits already compute;
- ``posts``: published posts, their traits (opener, ending, length, topics) and outcomes;
- ``insights``: rule-based findings, each with its evidence, above documented minimums;
- ``snapshot``: everything computed once for all time, then cut to a range.
"""

from app.domain.progress.insights import Insight, InsightKind
from app.domain.progress.posts import (
    Grouping,
    LengthBand,
    OpenerKind,
    OutcomeGroup,
    Post,
    PostFacts,
    PostTraits,
)
from app.domain.progress.series import GoalLine, GoalPoint, HabitStrength, StageView, StartMark
from app.domain.progress.snapshot import ProgressData, ProgressSnapshot, build_progress
from app.domain.progress.weeks import (
    ConversationRatio,
    Range,
    RatioKind,
    Series,
    Span,
    WeekCounts,
    span_for,
)

__all__ = [
    "ConversationRatio",
    "GoalLine",
    "GoalPoint",
    "Grouping",
    "HabitStrength",
    "Insight",
    "InsightKind",
    "LengthBand",
    "OpenerKind",
    "OutcomeGroup",
    "Post",
    "PostFacts",
    "PostTraits",
    "ProgressData",
    "ProgressSnapshot",
    "Range",
    "RatioKind",
    "Series",
    "Span",
    "StageView",
    "StartMark",
    "WeekCounts",
    "build_progress",
    "span_for",
]
