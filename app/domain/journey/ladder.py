"""The engagement ladder's rules: what the log shows over a window of weeks, and the starting point
a self-assessment gives. The one stage every page shows is held through quiet spells by
``standing.py``, which judges each week with these rules."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum, StrEnum
from itertools import pairwise
from operator import itemgetter

from app.domain.activity import Activity, ActivityKind, Channel

# docs/LADDER.md is the plain-words version of this module; keep the two in step.

_CONVERSATION = frozenset({ActivityKind.COMMENT, ActivityKind.REPLY})
_CREATION = frozenset({ActivityKind.OWN_POST, ActivityKind.SHARE_WITH_COMMENT})


class Stage(IntEnum):
    LISTENER = 0
    SUPPORTER = 1
    COMMENTER = 2
    CONVERSATIONALIST = 3
    CREATOR = 4
    ROLE_MODEL = 5

    @property
    def key(self) -> str:
        """Stable lowercase key for storage and translation look-ups."""
        return self.name.lower()


class NextStep(StrEnum):
    """The first unmet condition above a stage: why someone is there and what comes next."""

    START_FOLLOWING = "start_following"
    MORE_PUBLIC_ACTIONS = "more_public_actions"
    MORE_COMMENTS = "more_comments"
    MORE_REPLIES = "more_replies"
    MORE_CONVERSATION_WEEKS = "more_conversation_weeks"
    MORE_CREATION_WEEKS = "more_creation_weeks"
    SUSTAIN_CREATION = "sustain_creation"
    SUSTAIN_CONVERSATION = "sustain_conversation"
    TOP_REACHED = "top_reached"


# The thresholds a stage asks for (not the windows they are counted over).
_COUNTS = (
    "supporter_min_actions",
    "commenter_min_comments",
    "conversationalist_min_replies",
    "conversationalist_active_weeks",
    "creator_active_weeks",
    "role_model_creation_weeks",
    "role_model_conversation_weeks",
)


@dataclass(frozen=True)
class LadderRules:
    """Every tunable threshold of the ladder; docs/LADDER.md explains each one."""

    window_weeks: int = 4
    supporter_min_actions: int = 3
    commenter_min_comments: int = 3
    conversationalist_min_replies: int = 2
    conversationalist_active_weeks: int = 2
    creator_active_weeks: int = 2
    role_model_window_weeks: int = 12
    role_model_creation_weeks: int = 6
    role_model_conversation_weeks: int = 9
    climb_weeks: int = 2  # weeks in a row the log must show a higher stage before a move up
    fall_weeks: int = 7  # weeks in a row below the keeping bar before a move down
    counted_channels: frozenset[Channel] = frozenset(Channel)

    def keeping(self) -> LadderRules:
        """The bar for keeping a stage once reached: half of each number, rounded up."""
        halved = {name: -(-getattr(self, name) // 2) for name in _COUNTS}
        return replace(self, **halved)

    def __post_init__(self) -> None:
        # A zero threshold would let a stage be reached with nothing logged.
        if min(v for v in vars(self).values() if isinstance(v, int)) < 1:
            raise ValueError("every ladder threshold must be at least 1")
        short = max(self.conversationalist_active_weeks, self.creator_active_weeks)
        long = max(self.role_model_creation_weeks, self.role_model_conversation_weeks)
        if short > self.window_weeks or self.window_weeks > self.role_model_window_weeks:
            raise ValueError("active weeks must fit in the window, the window in the long window")
        if long > self.role_model_window_weeks:
            raise ValueError("role model weeks must fit in the role model window")


@dataclass(frozen=True)
class WeekStage:
    monday: date
    stage: Stage  # the one stage of the week (app/domain/journey/standing.py)
    from_log: bool = True  # False: nothing logged yet, so this is the self-assessed start
    shown: Stage | None = None  # what the log's window showed that week; None before the log


@dataclass(frozen=True)
class StageChange:
    monday: date
    from_stage: Stage
    to_stage: Stage

    @property
    def is_up(self) -> bool:
        return self.to_stage > self.from_stage


@dataclass(frozen=True)
class _Evidence:
    actions: int
    comments: int
    replies: int
    conversation_weeks: int
    creation_weeks: int
    long_conversation_weeks: int
    long_creation_weeks: int


def _rungs(ev: _Evidence, rules: LadderRules) -> tuple[tuple[Stage, bool, NextStep], ...]:
    """Each condition of the ladder, lowest first: (the stage it belongs to, met, its step)."""
    return (
        (Stage.SUPPORTER, ev.actions >= rules.supporter_min_actions, NextStep.MORE_PUBLIC_ACTIONS),
        (Stage.COMMENTER, ev.comments >= rules.commenter_min_comments, NextStep.MORE_COMMENTS),
        (
            Stage.CONVERSATIONALIST,
            ev.replies >= rules.conversationalist_min_replies,
            NextStep.MORE_REPLIES,
        ),
        (
            Stage.CONVERSATIONALIST,
            ev.conversation_weeks >= rules.conversationalist_active_weeks,
            NextStep.MORE_CONVERSATION_WEEKS,
        ),
        (
            Stage.CREATOR,
            ev.creation_weeks >= rules.creator_active_weeks,
            NextStep.MORE_CREATION_WEEKS,
        ),
        (
            Stage.ROLE_MODEL,
            ev.long_creation_weeks >= rules.role_model_creation_weeks,
            NextStep.SUSTAIN_CREATION,
        ),
        (
            Stage.ROLE_MODEL,
            ev.long_conversation_weeks >= rules.role_model_conversation_weeks,
            NextStep.SUSTAIN_CONVERSATION,
        ),
    )


def _climb(ev: _Evidence, rules: LadderRules) -> tuple[Stage, NextStep]:
    # Each rung includes the ones below it, so the first unmet condition decides the stage.
    for stage, met, step in _rungs(ev, rules):
        if not met:
            return Stage(stage - 1), step
    return Stage.ROLE_MODEL, NextStep.TOP_REACHED


def _step_above(ev: _Evidence, rules: LadderRules, stage: Stage) -> NextStep:
    # A stage held through a quiet spell may have unmet conditions of its own: the next step
    # is the first condition of a higher rung, the one that would move the person up.
    for rung, met, step in _rungs(ev, rules):
        if rung > stage and not met:
            return step
    return NextStep.TOP_REACHED


def _count(days: Sequence[int], first: int, last: int) -> int:
    return bisect_right(days, last) - bisect_left(days, first)


def _active_weeks(days: Sequence[int], end: int, short: int, long: int) -> tuple[int, int]:
    """Weeks with activity among the last `short` and `long` 7-day blocks ending on `end`."""
    # Block k covers [end - 7k - 6, end - 7k]; one bisection per block border, not per block.
    borders = [bisect_left(days, end + 1 - 7 * k) for k in range(long + 1)]
    active = [borders[k + 1] < borders[k] for k in range(long)]
    return sum(active[:short]), sum(active)


@dataclass(frozen=True)
class LogIndex:
    """Day ordinals per kind of evidence, sorted once and then queried by bisection."""

    rules: LadderRules
    keep: LadderRules  # rules.keeping(), made once
    everything: list[int]
    comments: list[int]
    replies: list[int]
    conversation: list[int]
    creation: list[int]

    @classmethod
    def build(cls, activities: Iterable[Activity], rules: LadderRules) -> LogIndex:
        channels = rules.counted_channels
        counted = sorted(
            ((a.day.toordinal(), a.kind) for a in activities if a.channel in channels),
            key=itemgetter(0),
        )

        def days(kinds: frozenset[ActivityKind]) -> list[int]:
            return [day for day, kind in counted if kind in kinds]

        return cls(
            rules=rules,
            keep=rules.keeping(),
            everything=[day for day, _ in counted],
            comments=days(frozenset({ActivityKind.COMMENT})),
            replies=days(frozenset({ActivityKind.REPLY})),
            conversation=days(_CONVERSATION),
            creation=days(_CREATION),
        )

    def logged_by(self, day: date) -> bool:
        """Whether anything counted is logged on or before ``day``."""
        return bool(self.everything) and self.everything[0] <= day.toordinal()

    def shown(self, day: date) -> Stage | None:
        """What the log shows on ``day`` (its window's judgement); None while nothing is
        logged on or before it."""
        if not self.logged_by(day):
            return None
        return _climb(self.evidence(day.toordinal()), self.rules)[0]

    def judge(self, day: date) -> tuple[Stage, Stage] | None:
        """What the log shows on ``day`` and the highest stage whose keeping bar
        (``LadderRules.keeping``) it meets; None while nothing is logged on or before it."""
        if not self.logged_by(day):
            return None
        evidence = self.evidence(day.toordinal())
        return _climb(evidence, self.rules)[0], _climb(evidence, self.keep)[0]

    def step_above(self, day: date, stage: Stage) -> NextStep:
        """The first condition, on ``day``, of a rung above ``stage``."""
        return _step_above(self.evidence(day.toordinal()), self.rules, stage)

    def evidence(self, end: int) -> _Evidence:
        r = self.rules
        first = end - 7 * r.window_weeks + 1
        weeks = (r.window_weeks, r.role_model_window_weeks)
        talk, long_talk = _active_weeks(self.conversation, end, *weeks)
        make, long_make = _active_weeks(self.creation, end, *weeks)
        return _Evidence(
            actions=_count(self.everything, first, end),
            comments=_count(self.comments, first, end),
            replies=_count(self.replies, first, end),
            conversation_weeks=talk,
            creation_weeks=make,
            long_conversation_weeks=long_talk,
            long_creation_weeks=long_make,
        )


def shown_on(
    activities: Iterable[Activity], day: date, rules: LadderRules = LadderRules()
) -> Stage:
    """What the log shows on ``day``: the highest rung whose conditions all hold over the
    window ending that day (Listener when nothing is logged). This is the evidence for one
    week; the stage a person is at (``standing.py``) holds it through quiet spells."""
    return LogIndex.build(activities, rules).shown(day) or Stage.LISTENER


def stage_changes(weekly: Sequence[WeekStage]) -> list[StageChange]:
    """Each week whose stage differs from the week before, up or down."""
    return [
        StageChange(now.monday, before.stage, now.stage)
        for before, now in pairwise(weekly)
        if now.stage != before.stage
    ]


class Frequency(StrEnum):
    # Declared from least to most often; the values are stored, so they stay as they are.
    NEVER = "never"
    MONTHLY = "monthly"
    WEEKLY = "weekly"
    DAILY = "daily"


@dataclass(frozen=True)
class SelfAssessment:
    read: Frequency = Frequency.NEVER
    react: Frequency = Frequency.NEVER
    share: Frequency = Frequency.NEVER
    comment: Frequency = Frequency.NEVER
    discuss: Frequency = Frequency.NEVER
    post: Frequency = Frequency.NEVER


@dataclass(frozen=True)
class StartingPoint:
    stage: Stage
    reason: NextStep


# Daily means working days: an estimate of a habit, not of weekends online.
_PER_WEEK = {
    Frequency.NEVER: 0.0,
    Frequency.MONTHLY: 0.25,
    Frequency.WEEKLY: 1.0,
    Frequency.DAILY: 5.0,
}


def _estimate(frequency: Frequency, weeks: int) -> tuple[int, int]:
    # Rounding down keeps the start modest, so the log confirms it rather than lowering it.
    count = int(_PER_WEEK[frequency] * weeks)
    return count, min(count, weeks)


def stage_from_self_assessment(
    answers: SelfAssessment, rules: LadderRules = LadderRules()
) -> StartingPoint:
    """A starting stage from stated habits, judged by the same rules as the log."""
    react, share, comment, discuss, post = (
        _estimate(f, rules.window_weeks)
        for f in (answers.react, answers.share, answers.comment, answers.discuss, answers.post)
    )
    evidence = _Evidence(
        actions=react[0] + share[0] + comment[0] + discuss[0] + post[0],
        comments=comment[0],
        replies=discuss[0],
        conversation_weeks=max(comment[1], discuss[1]),
        creation_weeks=post[1],
        # Role model means sustained and seen by others: only the log can show that.
        long_conversation_weeks=0,
        long_creation_weeks=0,
    )
    stage, reason = _climb(evidence, rules)
    if stage is Stage.LISTENER and answers.read is Frequency.NEVER:
        reason = NextStep.START_FOLLOWING
    return StartingPoint(stage, reason)
