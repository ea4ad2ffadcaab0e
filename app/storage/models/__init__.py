"""The SQLAlchemy 2.0 typed tables of the local database.

Every change here needs an Alembic revision in ``migrations/versions`` and a new
``SCHEMA_HEAD``; ``tests/storage/test_database.py`` checks that the two agree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models.base import Base


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
    # The corpus_import that added it (imports only), so that removing an import takes it too.
    import_id: Mapped[int | None] = mapped_column(Integer, index=True)


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


# -- Habits (issue 4; rules in docs/HABITS.md) ---------------------------------------------------


class HabitRow(Base):
    """A habit. ``frequency`` is ``Frequency.key`` ("3/7d", "2/m"); enums are stored by value.

    ``reminder_days`` is a bit mask of weekdays (Monday = 1, Sunday = 64); no reminder when
    ``reminder_time`` ("HH:MM", local wall time) is null.
    """

    __tablename__ = "habit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(String(12), default="1/1d")
    numeric: Mapped[bool] = mapped_column(Boolean, default=False)
    target: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(60), default="")
    target_kind: Mapped[str] = mapped_column(String(10), default="at_least")
    created: Mapped[date] = mapped_column(Date)
    linked_kind: Mapped[str | None] = mapped_column(String(30))
    reminder_time: Mapped[str | None] = mapped_column(String(5))
    reminder_days: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class HabitCheckInRow(Base):
    """One day of one habit; ``source`` says who wrote it (manual, linked, import)."""

    __tablename__ = "habit_checkin"
    __table_args__ = (UniqueConstraint("habit_id", "day", name="uq_habit_checkin_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    habit_id: Mapped[int] = mapped_column(ForeignKey("habit.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(10))
    value: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(10), default="manual")


class TravelRow(Base):
    """Days away (inclusive), on which no habit counts against the person."""

    __tablename__ = "habit_travel"

    id: Mapped[int] = mapped_column(primary_key=True)
    start_day: Mapped[date] = mapped_column(Date)
    end_day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


# -- Drafting studio (issue 6; rules in docs/DRAFTING.md) ----------------------------------------


class IdeaRow(Base):
    """An idea in the inbox; ``tags`` is a JSON array, ``status`` an ``IdeaStatus`` value."""

    __tablename__ = "idea"

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    created: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(12), default="open")


class DraftRow(Base):
    """A draft; ``dismissed`` is a JSON array of [kind, text] pairs (``Flag.dismiss_key``)."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    idea_id: Mapped[int | None] = mapped_column(ForeignKey("idea.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(300), default="")
    created: Mapped[datetime] = mapped_column(DateTime)
    updated: Mapped[datetime] = mapped_column(DateTime, index=True)
    state: Mapped[str] = mapped_column(String(12), default="draft")
    source_text: Mapped[str] = mapped_column(Text, default="")
    dismissed: Mapped[list[list[str]]] = mapped_column(JSON, default=list)


class PersonalWordRow(Base):
    """A word of the person's own, never marked as misspelt (as ``spelling.normal`` gives it)."""

    __tablename__ = "personal_word"

    word: Mapped[str] = mapped_column(String(100), primary_key=True)
    added: Mapped[datetime] = mapped_column(DateTime)


class DraftVariantRow(Base):
    """The text of one draft for one network."""

    __tablename__ = "draft_variant"
    __table_args__ = (UniqueConstraint("draft_id", "network", name="uq_draft_variant"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"))
    network: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text, default="")
    updated: Mapped[datetime] = mapped_column(DateTime)


class PublicationRow(Base):
    """A variant marked published by hand (the app never posts); outcome columns by hand too."""

    __tablename__ = "publication"

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"), index=True)
    network: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    link: Mapped[str] = mapped_column(Text, default="")
    activity_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="SET NULL"))


class OutcomeRow(Base):
    """How a publication did, entered by hand; a null count was not entered."""

    __tablename__ = "publication_outcome"

    publication_id: Mapped[int] = mapped_column(
        ForeignKey("publication.id", ondelete="CASCADE"), primary_key=True
    )
    reactions: Mapped[int | None] = mapped_column(Integer)
    comments: Mapped[int | None] = mapped_column(Integer)
    reposts: Mapped[int | None] = mapped_column(Integer)
    new_contacts: Mapped[int | None] = mapped_column(Integer)
    entered: Mapped[date | None] = mapped_column(Date)


class PlanEntryRow(Base):
    """A planned post: one per draft and network (local wall time, naive)."""

    __tablename__ = "plan_entry"
    __table_args__ = (UniqueConstraint("draft_id", "network", name="uq_plan_entry"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"))
    network: Mapped[str] = mapped_column(String(20))
    planned: Mapped[datetime] = mapped_column(DateTime, index=True)


# -- Text corpus and imports (issue 5; docs/IMPORT.md, docs/VOICE.md) ---------------------------


class CorpusImportRow(Base):
    """One import run: what was read from which file, and what of it was new."""

    __tablename__ = "corpus_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[str] = mapped_column(String(32))  # ISO 8601, UTC
    counts: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # kind -> found
    new_texts: Mapped[int] = mapped_column(Integer, default=0)
    new_activities: Mapped[int] = mapped_column(Integer, default=0)
    first_day: Mapped[date | None] = mapped_column(Date)
    last_day: Mapped[date | None] = mapped_column(Date)
    languages: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    skipped: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # reason -> count


class CorpusTextRow(Base):
    """One of the person's own texts. ``(source, external_id)`` makes re-imports idempotent."""

    __tablename__ = "corpus_text"
    __table_args__ = (UniqueConstraint("source", "external_id", name="uq_corpus_external"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20))
    external_id: Mapped[str] = mapped_column(String(300))
    channel: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30))
    posted_at: Mapped[str] = mapped_column(String(32))  # ISO 8601, UTC
    day: Mapped[date] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    link: Mapped[str] = mapped_column(Text, default="")
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)
    import_id: Mapped[int | None] = mapped_column(
        ForeignKey("corpus_import.id", ondelete="SET NULL")
    )


class NetworkProfileRow(Base):
    """What a network's profile says of the person: only headline and summary are kept."""

    __tablename__ = "network_profile"

    source: Mapped[str] = mapped_column(String(20), primary_key=True)
    headline: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")


class ConnectionMonthRow(Base):
    """New connections per month, counts only: no other person's data is kept."""

    __tablename__ = "connection_month"

    source: Mapped[str] = mapped_column(String(20), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM
    count: Mapped[int] = mapped_column(Integer)


class VoiceProfileRow(Base):
    """The voice profile of one language as last built (JSON), so the page opens at once."""

    __tablename__ = "voice_profile"

    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    built_at: Mapped[str] = mapped_column(String(32))
    data: Mapped[str] = mapped_column(Text)


class OutboxRow(Base):
    """A file waiting to go to the coach's server (coach sync), with the file itself: queued in
    the transaction that makes it, so that a file is never made without being queued."""

    __tablename__ = "sync_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(240))  # on the server; carries the key
    kind: Mapped[str] = mapped_column(String(20))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    content_hash: Mapped[str] = mapped_column(String(64))  # SHA-256 of content
    report_hash: Mapped[str] = mapped_column(String(64), default="")  # of what it says
    state: Mapped[str] = mapped_column(String(12), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try: Mapped[str | None] = mapped_column(String(32), nullable=True)
    problem: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[str] = mapped_column(String(32))
    done_at: Mapped[str | None] = mapped_column(String(32), nullable=True)


# The exchange's tables, in their own module; importable from here as before.
from app.storage.models.exchange import (  # noqa: E402
    CoachFeedbackRow,
    CoachNoteRow,
    DraftAskRow,
    DraftCommentRow,
    ExerciseRow,
    FeedbackReceivedRow,
    GoalProposalRow,
    GroupFileRow,
    GroupSessionRow,
    SessionAttendanceRow,
    ShareAskRow,
)

__all__ = [
    "Base",
    "CoachFeedbackRow",
    "CoachNoteRow",
    "DraftAskRow",
    "DraftCommentRow",
    "ExerciseRow",
    "FeedbackReceivedRow",
    "GoalProposalRow",
    "GroupFileRow",
    "GroupSessionRow",
    "SessionAttendanceRow",
    "ShareAskRow",
]
