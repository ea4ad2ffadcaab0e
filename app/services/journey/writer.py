"""Changing the journey: profile, surveys, the activity log, goals, journal; after each change
that affects the ladder, the weekly stages and milestones are recomputed (``refresh``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from app.domain.activity import Activity
from app.domain.journey import goals as goal_rules
from app.domain.journey.goals import Goal, GoalIssue, GoalStatus
from app.domain.journey.journal import EntryIssue, EntryKind, JournalEntry, entry_issues
from app.domain.journey.ladder import LadderRules, StartingPoint
from app.domain.journey.milestones import LOG_MILESTONES, Milestone, detect_milestones
from app.domain.journey.profile import Assessment, OnboardingStep, Profile
from app.services.journey.reader import DEFAULT_RULES, JourneyReader
from app.storage.derived.read import AFTER_REMOVAL, JOURNEY, stale_marks
from app.storage.quick import QuickReader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.storage.database import Database


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
        from app.services.habits.writer import check_linked
        from app.storage.derived.write import mark_stale

        new_id = self._write.add_activity(session, activity)
        check_linked(session, [activity])
        mark_stale(session, JOURNEY)  # until refresh: a kill in between is repaired at start
        return new_id

    def import_activities(
        self, items: Sequence[tuple[Activity, str]], today: date
    ) -> tuple[list[Activity], list[Milestone]]:
        """Add imported (activity, external id) pairs that are not stored yet."""
        from app.services.habits.writer import check_linked
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
        from app.storage.derived.write import mark_stale

        with self._db.session() as session:
            goal_id = self._write.save_goal(session, goal, manual_value)
            # A goal reached is a milestone: a kill before the refresh is repaired at start.
            mark_stale(session, JOURNEY)
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
        start = assessments[0].starting_point() if assessments else None
        weeks = self._read.standing(activities, start, today).weeks
        done = [
            (view.goal.id, today)
            for view in (self._read.view(r, activities, today) for r in self._read.goals())
            if view.goal.active
            and view.progress.status is GoalStatus.DONE
            and view.goal.id is not None
        ]
        found = detect_milestones(activities, weeks, done, start.stage if start else None)
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

    @property
    def database(self) -> Database:
        """The database this writer changes, for work that belongs in the same store (the demo
        fills habits and texts beside the journey)."""
        return self._db
