"""The coaching journey as use cases: where the person stands, their goals, journal, milestones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.domain.activity import EARLIEST_DAY, Activity, latest_day
from app.domain.journey import goals as goal_rules
from app.domain.journey.goals import Goal, GoalIssue, GoalProgress, GoalStatus, HabitCheckIns
from app.domain.journey.journal import EntryIssue, EntryKind, JournalEntry, entry_issues
from app.domain.journey.ladder import (
    LadderRules,
    StageChange,
    StartingPoint,
    WeekStage,
    position_on,
    stage_changes,
    weekly_stages,
)
from app.domain.journey.milestones import LOG_MILESTONES, Milestone, detect_milestones
from app.domain.journey.profile import Assessment, OnboardingStep, Profile, reassessment_due
from app.storage.derived.read import AFTER_REMOVAL, JOURNEY, stale_marks
from app.storage.habits.read import count_done
from app.storage.journey import read
from app.storage.journey.records import GoalRecord
from app.storage.quick import QuickReader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.storage.database import Database

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
    now: StartingPoint  # the stage today and the next step up
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
        weeks = read.read_week_stages(self._con) or self._weeks(activities, start, today)
        views = [self.view(record, activities, today) for record in self.goals()]
        active = [v for v in views if v.goal.active]
        return JourneyStatus(
            today=today,
            profile=profile,
            start=start,
            now=position_on(activities, today, self.rules, start),
            weeks=weeks,
            changes=stage_changes(weeks),
            goals=active,
            reviews_due=[v for v in active if v.next_review <= today],
            recognition=sorted(self.milestones(), key=lambda m: m.day, reverse=True),
            reassess_on=reassessment_due(assessments, today),
        )

    def _weeks(
        self, activities: Sequence[Activity], start: StartingPoint | None, today: date
    ) -> list[WeekStage]:
        first = min((a.day for a in activities), default=today - HISTORY_FLOOR)
        return weekly_stages(
            activities, first, today, self.rules, start.stage if start is not None else None
        )

    def view(self, record: GoalRecord, activities: Sequence[Activity], today: date) -> GoalView:
        goal = record.goal
        habit_count = None
        if isinstance(goal.measure, HabitCheckIns):
            habit_count = count_done(self._con, goal.measure.habit_id, goal.start, today)
        progress = goal_rules.progress(goal, activities, today, record.manual_value, habit_count)
        return GoalView(record, progress, goal_rules.next_review(goal, record.last_review, today))


@dataclass(frozen=True)
class Logged:
    """What logging changed, for the UI to celebrate."""

    activity_id: int
    new_milestones: list[Milestone]


class JourneyWriter:
    """Changes to the journey. After each change that affects the ladder, the weekly stages are
    recomputed from the log and any milestone reached is recorded (``refresh``)."""

    def __init__(
        self, db: Database, reader: QuickReader, rules: LadderRules = DEFAULT_RULES
    ) -> None:
        from app.storage.journey import write as journey_write

        self._db = db
        self._write = journey_write
        self._read = JourneyReader(reader, rules)
        self._con = reader.connection

    def save_profile(self, profile: Profile) -> None:
        with self._db.session() as session:
            self._write.save_profile(session, profile)

    def add_assessment(self, assessment: Assessment) -> StartingPoint:
        """Store a survey. The first one sets the profile's starting stage; while onboarding is
        not finished, walking the survey again replaces that first one (a person correcting
        their answers), and after it every survey is a re-take kept beside the start."""
        point = assessment.starting_point()
        earlier = self._read.assessments()
        profile = self._read.profile() or Profile()
        correcting = bool(earlier) and profile.onboarding_step is not OnboardingStep.DONE
        replaces = earlier[0].id if correcting else None
        with self._db.session() as session:
            self._write.add_assessment(session, assessment, point.stage, replaces)
            if not earlier or correcting:
                self._write.save_profile(session, replace(profile, start_stage=point.stage))
        return point

    def log(self, activity: Activity, today: date) -> Logged:
        """Log a public action; a habit linked to its kind is checked for that day (once)."""
        with self._db.session() as session:
            new_id = self.log_in(session, activity)
        return Logged(new_id, self.refresh(today))

    def log_in(self, session: Session, activity: Activity) -> int:
        """:meth:`log` inside a caller's transaction (a draft published and its record are
        one change); the caller calls :meth:`refresh` after the commit."""
        from app.services.habits import check_linked
        from app.storage.derived.write import mark_stale

        new_id = self._write.add_activity(session, activity)
        check_linked(session, [activity])
        mark_stale(session, JOURNEY)  # until refresh: a kill in between is repaired at start
        return new_id

    def import_activities(
        self, items: Sequence[tuple[Activity, str]], today: date
    ) -> tuple[list[Activity], list[Milestone]]:
        """Add imported (activity, external id) pairs that are not stored yet."""
        from app.services.habits import check_linked
        from app.storage.derived.write import mark_stale

        with self._db.session() as session:
            new = self._write.add_imported_activities(session, items)
            check_linked(session, new)
            if new:
                mark_stale(session, JOURNEY)
        return new, (self.refresh(today) if new else [])

    def delete_activity(self, activity_id: int, today: date) -> None:
        """Undo a log; a habit check-in made only because of it goes too."""
        from app.storage.derived.write import mark_stale
        from app.storage.habits import write as habits_write

        with self._db.session() as session:
            key = habits_write.activity_key(session, activity_id)
            self._write.delete_activity(session, activity_id)
            if key is not None:
                habits_write.sync_linked(session, [key])
            mark_stale(session, JOURNEY, after_removal=True)
        self.refresh(today, after_removal=True)

    def save_goal(
        self, goal: Goal, today: date, manual_value: float | None = None
    ) -> tuple[int, list[GoalIssue]]:
        """Store a goal and say what it still lacks (the editor shows that, it does not block)."""
        others = [r for r in self._read.goals() if r.goal.active and r.goal.id != goal.id]
        issues = goal_rules.goal_issues(goal, len(others) + int(goal.active))
        with self._db.session() as session:
            goal_id = self._write.save_goal(session, goal, manual_value)
        self.refresh(today)
        return goal_id, issues

    def delete_goal(self, goal_id: int) -> None:
        with self._db.session() as session:
            self._write.delete_goal(session, goal_id)

    def review_goal(self, goal_id: int, text: str, today: date, share: bool = False) -> int:
        """A goal review goes to the journal and restarts the goal's review cadence."""
        entry = JournalEntry(today, EntryKind.REVIEW, text, share_with_coach=share, goal_id=goal_id)
        with self._db.session() as session:
            entry_id = self._write.save_entry(session, entry)
            self._write.set_goal_reviewed(session, goal_id, today)
        return entry_id

    def save_entry(self, entry: JournalEntry) -> tuple[int | None, list[EntryIssue]]:
        issues = entry_issues(entry)
        if EntryIssue.EMPTY in issues or EntryIssue.BAD_LINK in issues:
            return None, issues
        with self._db.session() as session:
            return self._write.save_entry(session, entry), issues

    def delete_entry(self, entry_id: int) -> None:
        with self._db.session() as session:
            self._write.delete_entry(session, entry_id)

    def refresh(self, today: date, *, after_removal: bool = False) -> list[Milestone]:
        """Recompute the weekly stages from the log and record new milestones; return those.

        Recognition is kept once earned, with one exception: ``after_removal`` (an activity
        was taken back, e.g. a log undone), milestones that only the log gave and that it no
        longer shows are forgotten, and a "first" moves to the day the log now gives it. A goal
        reached stays reached.

        Idempotent: it recomputes from the stored facts only. It also finishes what an earlier
        change left undone (its mark, see app/storage/derived/read.py): a removal whose refresh
        never ran is refreshed as one, and the mark is taken away in the same transaction.
        """
        mark = stale_marks(self._con).get(JOURNEY)  # read before the facts: see clear_stale
        after_removal = after_removal or (mark is not None and mark.endswith(AFTER_REMOVAL))
        activities = self._read.activity_facts(today)
        assessments = self._read.assessments()
        start = assessments[0].starting_point().stage if assessments else None
        first = min((a.day for a in activities), default=today)
        weeks = weekly_stages(activities, first, today, self._read.rules, start)
        done = [
            (view.goal.id, today)
            for view in (self._read.view(r, activities, today) for r in self._read.goals())
            if view.goal.active
            and view.progress.status is GoalStatus.DONE
            and view.goal.id is not None
        ]
        found = detect_milestones(activities, weeks, done)
        with self._db.session() as session:
            self._write.replace_week_stages(session, weeks)
            if after_removal:
                now = {m.key: m.day for m in found}
                kept = [m for m in self._read.milestones() if m.kind in LOG_MILESTONES]
                self._write.forget_milestones(session, [m.key for m in kept if m.key not in now])
                self._write.redate_milestones(
                    session, {m.key: now[m.key] for m in kept if now.get(m.key, m.day) != m.day}
                )
            if mark is not None:
                from app.storage.derived.write import clear_stale

                clear_stale(session, JOURNEY, mark)
            return self._write.record_milestones(session, found)

    @property
    def reader(self) -> JourneyReader:
        return self._read
