"""Reading the journey: where the person stands, their goals, journal and milestones (changes:
writer.py). Plain SQL over the quick reader: the first screen and the command line stay quick."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.activity import EARLIEST_DAY, Activity, latest_day
from app.domain.exchange.model import Received
from app.domain.journey import goals as goal_rules
from app.domain.journey.goals import Goal, GoalProgress, HabitCheckIns
from app.domain.journey.journal import EntryKind, JournalEntry
from app.domain.journey.ladder import LadderRules, StageChange, StartingPoint, WeekStage
from app.domain.journey.milestones import Milestone
from app.domain.journey.profile import Assessment, OnboardingStep, Profile, reassessment_due
from app.domain.journey.standing import Position, Standing, standing
from app.storage.exchange.goal_talk_read import agreed_goal_ids
from app.storage.exchange.received import read_received
from app.storage.habits.read import count_done
from app.storage.journey import read
from app.storage.journey.records import GoalRecord
from app.storage.quick import QuickReader

DEFAULT_RULES = LadderRules()
# How far back the weekly history goes when nothing older is logged.
HISTORY_FLOOR = timedelta(weeks=1)


@dataclass(frozen=True)
class GoalView:
    record: GoalRecord
    progress: GoalProgress
    next_review: date

    @property
    def goal(self) -> Goal:
        return self.record.goal


@dataclass(frozen=True)
class JourneyStatus:
    today: date
    profile: Profile | None
    start: StartingPoint | None
    now: Position  # the one stage today, the next step up, what the log shows, the highest
    weeks: list[WeekStage]
    changes: list[StageChange]
    goals: list[GoalView]  # active ones
    reviews_due: list[GoalView]
    recognition: list[Milestone]  # newest first
    reassess_on: date | None

    @property
    def onboarded(self) -> bool:
        return self.profile is not None and self.profile.onboarding_step is OnboardingStep.DONE


class JourneyReader:
    """Read-only views of the journey, fast enough for the first screen and the command line."""

    def __init__(self, reader: QuickReader, rules: LadderRules = DEFAULT_RULES) -> None:
        self._con = reader.connection
        self.rules = rules

    def profile(self) -> Profile | None:
        return read.read_profile(self._con)

    def assessments(self) -> list[Assessment]:
        return read.read_assessments(self._con)

    def from_coach(self) -> list[Received]:
        """Feedback and recognition imported from coaches, oldest first (the feed sorts)."""
        return read_received(self._con)

    def agreed_with_coach(self) -> frozenset[int]:
        """The ids of the goals agreed with a coach (a proposal accepted, edited or not)."""
        return agreed_goal_ids(self._con)

    def activities(self, since: date | None = None) -> list[Activity]:
        return read.read_activities(self._con, since)

    def activity_facts(self, today: date | None = None) -> list[Activity]:
        """All activities without id, link or note: enough to count (see read_activity_facts).
        With ``today``, only those dated from 2000 to the end of next year: a year-0001 entry
        stored by an older version would make the history 105,000 weeks long."""
        facts = read.read_activity_facts(self._con)
        if today is None or not facts:
            return facts
        low, high = EARLIEST_DAY, latest_day(today)
        if low <= facts[0].day and facts[-1].day <= high:  # in day order: the usual case
            return facts
        return [a for a in facts if low <= a.day <= high]

    def goals(self) -> list[GoalRecord]:
        return read.read_goals(self._con)

    def journal(
        self, kind: EntryKind | None = None, limit: int | None = None
    ) -> list[JournalEntry]:
        return read.read_journal(self._con, kind, limit)

    def milestones(self) -> list[Milestone]:
        return read.read_milestones(self._con)

    def status(self, today: date) -> JourneyStatus:
        profile = self.profile()
        assessments = self.assessments()
        activities = self.activity_facts(today)
        start = assessments[0].starting_point() if assessments else None
        ladder = self.standing(activities, start, today)
        views = [self.view(record, activities, today) for record in self.goals()]
        active = [v for v in views if v.goal.active]
        return JourneyStatus(
            today=today,
            profile=profile,
            start=start,
            now=ladder.now,
            weeks=ladder.weeks,
            changes=ladder.changes,
            goals=active,
            reviews_due=[v for v in active if v.next_review <= today],
            recognition=sorted(self.milestones(), key=lambda m: m.day, reverse=True),
            reassess_on=reassessment_due(assessments, today),
        )

    def standing(
        self, activities: Sequence[Activity], start: StartingPoint | None, today: date
    ) -> Standing:
        """The one stage, week by week from the first logged week to today: what every page,
        the command line and the recognition feed show (app/domain/journey/standing.py)."""
        first = min((a.day for a in activities), default=today - HISTORY_FLOOR)
        return standing(activities, first, today, self.rules, start)

    def view(self, record: GoalRecord, activities: Sequence[Activity], today: date) -> GoalView:
        goal = record.goal
        habit_count = None
        if isinstance(goal.measure, HabitCheckIns):
            habit_count = count_done(self._con, goal.measure.habit_id, goal.start, today)
        progress = goal_rules.progress(goal, activities, today, record.manual_value, habit_count)
        return GoalView(record, progress, goal_rules.next_review(goal, record.last_review, today))
