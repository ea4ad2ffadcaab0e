"""Writing the journey's tables through SQLAlchemy sessions (reads: read.py)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.domain.activity import Activity, ActivityKind, ActivitySource
from app.domain.journey.goals import ActivityCount, Goal, HabitCheckIns
from app.domain.journey.journal import JournalEntry
from app.domain.journey.ladder import Stage, WeekStage
from app.domain.journey.milestones import Milestone
from app.domain.journey.profile import Assessment, Profile
from app.storage.models import (
    ActivityRow,
    AssessmentRow,
    GoalRow,
    JournalRow,
    MilestoneRow,
    ProfileRow,
    WeekStageRow,
)


def save_profile(session: Session, profile: Profile) -> None:
    row = session.get(ProfileRow, 1) or ProfileRow(id=1)
    row.name = profile.name
    row.role = profile.role.value if profile.role else None
    row.benefits = [b.value for b in profile.benefits]
    row.why = profile.why
    row.topics = list(profile.topics)
    row.audience = profile.audience
    row.channels = [c.value for c in profile.channels]
    row.languages = list(profile.languages)
    row.hours_per_week = profile.hours_per_week
    row.start_stage = int(profile.start_stage) if profile.start_stage is not None else None
    row.onboarding_step = profile.onboarding_step.value
    session.add(row)


def add_assessment(
    session: Session, assessment: Assessment, stage: Stage, replaces: int | None = None
) -> int:
    """Store a survey, as a new row or in place of the one with id ``replaces``."""
    row = session.get(AssessmentRow, replaces) if replaces is not None else None
    row = row or AssessmentRow()
    row.taken_on = assessment.taken_on
    row.channels = {
        c.channel.value: {a.value: f.value for a, f in c.answers.items()}
        for c in assessment.channels
    }
    row.confidence = assessment.confidence
    row.hours_per_week = assessment.hours_per_week
    row.knows_guidelines = assessment.knows_guidelines
    row.barriers = sorted(b.value for b in assessment.barriers)
    row.stage = int(stage)
    session.add(row)
    session.flush()
    return row.id


def _activity_values(activity: Activity, external_id: str | None) -> dict[str, object]:
    return {
        "kind": activity.kind.value,
        "channel": activity.channel.value,
        "day": activity.day,
        "source": activity.source.value,
        "link": activity.link,
        "note": activity.note,
        "external_id": external_id,
    }


def add_activity(session: Session, activity: Activity) -> int:
    row = ActivityRow(**_activity_values(activity, None))
    session.add(row)
    session.flush()
    return row.id


class ImportedActivity(NamedTuple):
    """One imported public action for ``insert_imported``: the activity table's columns as
    stored (enum values and ISO days as plain strings, which sqlite3 binds fastest)."""

    kind: str  # ActivityKind value
    channel: str  # Channel value
    day: str  # ISO date
    source: str  # ActivitySource value
    link: str
    note: str
    external_id: str  # "<archive source>:<id in the archive>"


_INSERT_ACTIVITY = (
    "INSERT INTO activity (kind, channel, day, source, link, note, external_id, import_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def imported_ids(session: Session, prefix: str) -> set[str]:
    """External ids of imported activities that start with ``prefix:`` (one archive source)."""
    rows = session.scalars(
        select(ActivityRow.external_id).where(
            ActivityRow.source == ActivitySource.IMPORT.value,
            ActivityRow.external_id >= f"{prefix}:",
            ActivityRow.external_id < f"{prefix};",  # ";" follows ":" in code point order
        )
    )
    return {str(external) for external in rows}


def insert_imported(
    session: Session, rows: Sequence[ImportedActivity], import_id: int | None = None
) -> None:
    """Insert imported actions not stored yet (the caller has left out the ones stored), as
    added by the import ``import_id``."""
    if rows:
        # A bare executemany in the session's transaction: the ORM and even a Core insert cost
        # several times the insert itself for the tens of thousands of rows of one export.
        session.connection().exec_driver_sql(_INSERT_ACTIVITY, [(*r, import_id) for r in rows])


def delete_imported(
    session: Session, import_id: int, legacy: Sequence[str] = ()
) -> list[tuple[ActivityKind, date]]:
    """Remove the activities the import ``import_id`` added; ``legacy``: external ids of ones
    logged before the log remembered imports (matched among imported entries without one).
    Returns the (kind, day) of each removed, for the habits linked to them."""
    conditions = [ActivityRow.import_id == import_id]
    legacy = list(legacy)
    for start in range(0, len(legacy), _IN_CHUNK):  # bound parameters stay below SQLite's limit
        conditions.append(
            ActivityRow.import_id.is_(None)
            & (ActivityRow.source == ActivitySource.IMPORT.value)
            & ActivityRow.external_id.in_(legacy[start : start + _IN_CHUNK])
        )
    removed: list[tuple[ActivityKind, date]] = []
    for where in conditions:
        rows = session.execute(select(ActivityRow.kind, ActivityRow.day).where(where)).all()
        session.execute(delete(ActivityRow).where(where))
        removed += [(ActivityKind(kind), day) for kind, day in rows]
    return removed


_IN_CHUNK = 5000


def add_imported_activities(
    session: Session, items: Sequence[tuple[Activity, str]]
) -> list[Activity]:
    """Insert (activity, external id) pairs, skipping ones already stored; return the new."""
    if not items:
        return []
    known = set(
        session.scalars(
            select(ActivityRow.external_id).where(
                ActivityRow.source == items[0][0].source.value,
                ActivityRow.external_id.in_([external for _, external in items]),
            )
        )
    )
    fresh = [(a, e) for a, e in items if e not in known]
    insert_imported(
        session,
        [
            ImportedActivity(
                a.kind.value, a.channel.value, a.day.isoformat(), a.source.value, a.link, a.note, e
            )
            for a, e in fresh
        ],
    )
    return [a for a, _ in fresh]


def delete_activity(session: Session, activity_id: int) -> None:
    session.execute(delete(ActivityRow).where(ActivityRow.id == activity_id))


def save_goal(session: Session, goal: Goal, manual_value: float | None = None) -> int:
    row = session.get(GoalRow, goal.id) if goal.id is not None else None
    row = row or GoalRow()
    measure = goal.measure
    row.statement = goal.statement
    row.measure = (
        "activity"
        if isinstance(measure, ActivityCount)
        else "habit"
        if isinstance(measure, HabitCheckIns)
        else "manual"
    )
    row.measure_kind = measure.kind.value if isinstance(measure, ActivityCount) else None
    row.measure_channel = (
        measure.channel.value
        if isinstance(measure, ActivityCount) and measure.channel is not None
        else None
    )
    row.habit_id = measure.habit_id if isinstance(measure, HabitCheckIns) else None
    row.unit = getattr(measure, "unit", "")
    row.target = goal.target
    row.start = goal.start
    row.deadline = goal.deadline
    row.cadence = goal.cadence.value
    row.active = goal.active
    if manual_value is not None:
        row.manual_value = manual_value
    session.add(row)
    session.flush()
    return row.id


def set_goal_reviewed(session: Session, goal_id: int, day: date) -> None:
    session.execute(update(GoalRow).where(GoalRow.id == goal_id).values(last_review=day))


def delete_goal(session: Session, goal_id: int) -> None:
    session.execute(delete(GoalRow).where(GoalRow.id == goal_id))


def save_entry(session: Session, entry: JournalEntry) -> int:
    row = session.get(JournalRow, entry.id) if entry.id is not None else None
    row = row or JournalRow()
    row.day = entry.day
    row.kind = entry.kind.value
    row.body = entry.body
    row.link = entry.link
    row.share_with_coach = entry.share_with_coach
    row.goal_id = entry.goal_id
    session.add(row)
    session.flush()
    return row.id


def delete_entry(session: Session, entry_id: int) -> None:
    session.execute(delete(JournalRow).where(JournalRow.id == entry_id))


def record_milestones(session: Session, found: Iterable[Milestone]) -> list[Milestone]:
    """Store milestones not yet recorded (by key); return those that are new."""
    found = list(found)
    if not found:
        return []
    known = set(session.scalars(select(MilestoneRow.key)))
    new = [m for m in found if m.key not in known]
    session.add_all(
        MilestoneRow(key=m.key, kind=m.kind.value, day=m.day, detail=m.detail) for m in new
    )
    return new


def forget_milestones(session: Session, keys: Iterable[str]) -> None:
    keys = list(keys)
    if keys:
        session.execute(delete(MilestoneRow).where(MilestoneRow.key.in_(keys)))


def redate_milestones(session: Session, days: dict[str, date]) -> None:
    """Move recorded milestones (key -> day) to the day the log now gives them."""
    for key, day in days.items():
        session.execute(update(MilestoneRow).where(MilestoneRow.key == key).values(day=day))


def replace_week_stages(session: Session, weeks: Sequence[WeekStage]) -> None:
    """Keep the given weeks' stages (the ladder is recomputed from the log after changes)."""
    session.execute(delete(WeekStageRow))
    if weeks:
        rows = [{"monday": w.monday, "stage": int(w.stage), "from_log": w.from_log} for w in weeks]
        session.execute(insert(WeekStageRow), rows)
