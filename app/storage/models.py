"""The SQLAlchemy 2.0 typed tables of the local database.

Every change here needs an Alembic revision in ``migrations/versions`` and a new
``SCHEMA_HEAD``; ``tests/storage/test_migrations.py`` checks that the two agree.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Facts about the database itself: when and by which version it was made and last opened."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))


class ProfileRow(Base):
    """The person's own profile: one row (id 1). Lists are JSON arrays of stable keys."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str | None] = mapped_column(String(40))
    benefits: Mapped[list[str]] = mapped_column(JSON, default=list)
    why: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    audience: Mapped[str] = mapped_column(Text, default="")
    channels: Mapped[list[str]] = mapped_column(JSON, default=list)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    hours_per_week: Mapped[float] = mapped_column(Float, default=1.0)
    start_stage: Mapped[int | None] = mapped_column(Integer)
    onboarding_step: Mapped[str] = mapped_column(String(20), default="survey")


class AssessmentRow(Base):
    """One survey of the ground; ``channels`` maps channel -> {action: frequency}."""

    __tablename__ = "assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_on: Mapped[date] = mapped_column(Date, index=True)
    channels: Mapped[dict[str, dict[str, str]]] = mapped_column(JSON, default=dict)
    confidence: Mapped[int] = mapped_column(Integer, default=3)
    hours_per_week: Mapped[float] = mapped_column(Float, default=1.0)
    knows_guidelines: Mapped[bool | None] = mapped_column(Boolean)
    barriers: Mapped[list[str]] = mapped_column(JSON, default=list)
    stage: Mapped[int] = mapped_column(Integer)


class ActivityRow(Base):
    """A public action. Imports carry ``external_id`` so that a re-import adds only what's new."""

    __tablename__ = "activity"
    __table_args__ = (UniqueConstraint("source", "external_id", name="uq_activity_external"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    channel: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date, index=True)
    source: Mapped[str] = mapped_column(String(20))
    link: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    external_id: Mapped[str | None] = mapped_column(String(200))


class GoalRow(Base):
    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement: Mapped[str] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(String(20))  # activity | habit | manual
    measure_kind: Mapped[str | None] = mapped_column(String(30))
    measure_channel: Mapped[str | None] = mapped_column(String(20))
    habit_id: Mapped[int | None] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(60), default="")
    target: Mapped[float] = mapped_column(Float)
    start: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date | None] = mapped_column(Date)
    cadence: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    manual_value: Mapped[float | None] = mapped_column(Float)
    last_review: Mapped[date | None] = mapped_column(Date)


class JournalRow(Base):
    __tablename__ = "journal_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(Text, default="")
    share_with_coach: Mapped[bool] = mapped_column(Boolean, default=False)
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("goal.id", ondelete="SET NULL"))


class MilestoneRow(Base):
    """A recognised milestone, recorded once under its stable key."""

    __tablename__ = "milestone"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    day: Mapped[date] = mapped_column(Date, index=True)
    detail: Mapped[str] = mapped_column(String(80), default="")


class WeekStageRow(Base):
    """The ladder stage of each ISO week, kept so that progress can be reported later."""

    __tablename__ = "week_stage"

    monday: Mapped[date] = mapped_column(Date, primary_key=True)
    stage: Mapped[int] = mapped_column(Integer)
    from_log: Mapped[bool] = mapped_column(Boolean, default=True)
