"""The one stage a person is at: what the log shows week by week, held through quiet spells.

Every page, the command line and the recognition feed take the stage from here (through
``JourneyReader.status``), so that they always agree. The rules and their reasons are in
docs/LADDER.md, "The stage you are at".

- Each week the log's window is judged twice (``LogIndex.judge``, ladder.py): the stage it
  *shows* (every condition met) and the stage it *keeps* (half of each number met).
- The stage starts at the self-assessed start (Listener without one); while nothing is logged,
  the start holds.
- It moves **up** once the log has shown a higher stage for ``climb_weeks`` weeks in a row, to
  the lowest of those weeks' stages (what was sustained).
- It moves **down** only once the log has not kept it for ``fall_weeks`` weeks in a row, to the
  highest stage those weeks did keep. Each further step down needs another such spell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.activity import Activity
from app.domain.journey.ladder import (
    LadderRules,
    LogIndex,
    NextStep,
    Stage,
    StageChange,
    StartingPoint,
    WeekStage,
    stage_changes,
)

DEFAULT_RULES = LadderRules()


@dataclass(frozen=True)
class Position:
    """Where the person stands on a day, and what moves them up."""

    stage: Stage  # the one stage, as every page shows it
    reason: NextStep  # the first condition of a higher rung that the log does not meet yet
    shown: Stage | None  # what the log's window shows now; None while nothing is logged
    highest: Stage  # the highest stage held so far (the start counts)
    kept: Stage | None = None  # the highest stage whose keeping bar the log meets now

    @property
    def from_log(self) -> bool:
        return self.shown is not None

    @property
    def climbing(self) -> bool:
        """The log shows more than the stage: sustained, it is a move up."""
        return self.shown is not None and self.shown > self.stage

    @property
    def holding(self) -> bool:
        """A quiet spell: the log does not even keep the stage (half of its numbers), which
        holds for now; weeks like this in a row move it down (``fall_weeks``)."""
        return self.kept is not None and self.kept < self.stage


@dataclass(frozen=True)
class Standing:
    """The stage week by week, and today's position (the last week's)."""

    weeks: list[WeekStage]
    now: Position

    @property
    def changes(self) -> list[StageChange]:
        return stage_changes(self.weeks)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


class _Hold:
    """The stage through a run of weeks: it rises and falls only on sustained evidence."""

    def __init__(self, start: Stage, rules: LadderRules) -> None:
        self.stage = start
        self.rules = rules
        self.higher: list[Stage] = []  # this run of weeks showing more than the stage
        self.lower: list[Stage] = []  # this run of weeks not keeping it: what they kept

    def week(self, judged: tuple[Stage, Stage] | None) -> Stage:
        """The stage after a week the log judged (what it shows, what it keeps)."""
        if judged is None:  # nothing logged yet: the start holds
            return self.stage
        shown, kept = judged
        if shown > self.stage:
            self.lower = []
            self.higher.append(shown)
            if len(self.higher) >= self.rules.climb_weeks:
                self._move(min(self.higher[-self.rules.climb_weeks :]))
        elif kept < self.stage:
            self.higher = []
            self.lower.append(kept)
            if len(self.lower) >= self.rules.fall_weeks:
                self._move(max(self.lower))
        else:
            self.higher, self.lower = [], []
        return self.stage

    def _move(self, stage: Stage) -> None:
        self.stage = stage
        self.higher, self.lower = [], []


def standing(
    activities: Iterable[Activity],
    first_week_monday: date,
    last_day: date,
    rules: LadderRules = DEFAULT_RULES,
    start: StartingPoint | None = None,
) -> Standing:
    """The stage of each ISO week from ``first_week_monday``'s week to ``last_day``'s, each
    judged on its Sunday (the last one on ``last_day``), and the position on ``last_day``."""
    index = LogIndex.build(activities, rules)
    begin = start.stage if start is not None else Stage.LISTENER
    hold = _Hold(begin, rules)
    weeks: list[WeekStage] = []
    monday = _monday(first_week_monday)
    while monday <= last_day:
        day = min(monday + timedelta(days=6), last_day)
        judged = index.judge(day)
        shown = judged[0] if judged is not None else None
        weeks.append(WeekStage(monday, hold.week(judged), judged is not None, shown))
        monday += timedelta(days=7)
    stage = weeks[-1].stage if weeks else begin
    highest = max((w.stage for w in weeks), default=begin)
    highest = max(highest, begin)
    judged = index.judge(last_day)
    if judged is None:
        reason = start.reason if start is not None else NextStep.MORE_PUBLIC_ACTIONS
        return Standing(weeks, Position(stage, reason, None, highest))
    shown_now, kept_now = judged
    reason = index.step_above(last_day, stage)
    return Standing(weeks, Position(stage, reason, shown_now, highest, kept_now))


def weekly_stages(
    activities: Iterable[Activity],
    first_week_monday: date,
    last_day: date,
    rules: LadderRules = DEFAULT_RULES,
    start: StartingPoint | None = None,
) -> list[WeekStage]:
    """The stage of each ISO week (see ``standing``)."""
    return standing(activities, first_week_monday, last_day, rules, start).weeks


def position_on(
    activities: Iterable[Activity],
    day: date,
    rules: LadderRules = DEFAULT_RULES,
    start: StartingPoint | None = None,
) -> Position:
    """The position on ``day``, from the week of the first activity on."""
    listed = list(activities)
    first = min((a.day for a in listed), default=day)
    return standing(listed, min(first, day), day, rules, start).now
