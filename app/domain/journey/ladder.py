"""The engagement ladder: a stage from listener to role model, computed from logged activity."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
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
    counted_channels: frozenset[Channel] = frozenset(Channel)

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
    stage: Stage
    from_log: bool = True  # False: nothing logged yet, so this is the self-assessed start


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


def _climb(ev: _Evidence, rules: LadderRules) -> tuple[Stage, NextStep]:
    # Each rung includes the ones below it, so the first unmet condition decides the stage.
    rungs = (
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
    for stage, met, step in rungs:
        if not met:
            return Stage(stage - 1), step
    return Stage.ROLE_MODEL, NextStep.TOP_REACHED


def _count(days: Sequence[int], first: int, last: int) -> int:
    return bisect_right(days, last) - bisect_left(days, first)


def _active_weeks(days: Sequence[int], end: int, short: int, long: int) -> tuple[int, int]:
    """Weeks with activity among the last `short` and `long` 7-day blocks ending on `end`."""
    # Block k covers [end - 7k - 6, end - 7k]; one bisection per block border, not per block.
    borders = [bisect_left(days, end + 1 - 7 * k) for k in range(long + 1)]
    active = [borders[k + 1] < borders[k] for k in range(long)]
    return sum(active[:short]), sum(active)


@dataclass(frozen=True)
class _Index:
    """Day ordinals per kind of evidence, sorted once and then queried by bisection."""

    rules: LadderRules
    everything: list[int]
    comments: list[int]
    replies: list[int]
    conversation: list[int]
    creation: list[int]

    @classmethod
    def build(cls, activities: Iterable[Activity], rules: LadderRules) -> _Index:
        channels = rules.counted_channels
        counted = sorted(
            ((a.day.toordinal(), a.kind) for a in activities if a.channel in channels),
            key=itemgetter(0),
        )

        def days(kinds: frozenset[ActivityKind]) -> list[int]:
            return [day for day, kind in counted if kind in kinds]

        return cls(
            rules=rules,
            everything=[day for day, _ in counted],
            comments=days(frozenset({ActivityKind.COMMENT})),
            replies=days(frozenset({ActivityKind.REPLY})),
            conversation=days(_CONVERSATION),
            creation=days(_CREATION),
        )

    def judge(self, day: date, start: Stage | None) -> tuple[Stage, bool]:
        """The stage on `day`, and whether the log (not the start) decided it."""
        end = day.toordinal()
        if not self.everything or self.everything[0] > end:
            return (Stage.LISTENER if start is None else start), False
        return _climb(self.evidence(end), self.rules)[0], True

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


def stage_on(
    activities: Iterable[Activity],
    day: date,
    rules: LadderRules = LadderRules(),
    start: Stage | None = None,
) -> Stage:
    """The stage on `day`; `start` applies only while nothing is logged on or before `day`."""
    return _Index.build(activities, rules).judge(day, start)[0]


def position_on(
    activities: Iterable[Activity],
    day: date,
    rules: LadderRules = LadderRules(),
    start: StartingPoint | None = None,
) -> StartingPoint:
    """The stage on `day` and the next step up from it (the start, while nothing is logged)."""
    index = _Index.build(activities, rules)
    end = day.toordinal()
    if not index.everything or index.everything[0] > end:
        return start or StartingPoint(Stage.LISTENER, NextStep.MORE_PUBLIC_ACTIONS)
    return StartingPoint(*_climb(index.evidence(end), rules))


def weekly_stages(
    activities: Iterable[Activity],
    first_week_monday: date,
    last_day: date,
    rules: LadderRules = LadderRules(),
    start: Stage | None = None,
) -> list[WeekStage]:
    """The stage of each ISO week, judged on its Sunday (or on `last_day` for the last week)."""
    index = _Index.build(activities, rules)
    monday = first_week_monday - timedelta(days=first_week_monday.weekday())
    weeks: list[WeekStage] = []
    while monday <= last_day:
        stage, from_log = index.judge(min(monday + timedelta(days=6), last_day), start)
        weeks.append(WeekStage(monday, stage, from_log))
        monday += timedelta(days=7)
    return weeks


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
