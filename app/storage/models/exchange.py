"""The tables of the coach exchange and coaching conversations (issues 14 and 21): feedback
received, the coach's notes and written feedback, exercises, goals proposed, drafts asked about
and their comments, requests to share a post, group sessions and group files.

Part of the one declarative ``Base``; ``app.storage.models`` imports this module (so its tables
are in the one metadata) and re-exports every class in it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.storage.models.base import Base


class FeedbackReceivedRow(Base):
    """Feedback and recognition from the coach, imported from a feedback file (issue 14)."""

    __tablename__ = "feedback_received"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the entry's own id
    coach: Mapped[str] = mapped_column(String(200), default="")
    day: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[str] = mapped_column(String(20))  # feedback | recognition
    text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[str] = mapped_column(String(32))


class CoachNoteRow(Base):
    """A coach's own note about a person: private to the coach, never in any file."""

    __tablename__ = "coach_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[str] = mapped_column(String(32), index=True)
    day: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)


class ExerciseRow(Base):
    """An exercise the coach assigned, imported from a feedback file (issue 21)."""

    __tablename__ = "exercise_received"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the feedback entry's id
    coach: Mapped[str] = mapped_column(String(200), default="")
    assigned: Mapped[date] = mapped_column(Date)
    due: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[str | None] = mapped_column(String(30), nullable=True)
    target: Mapped[int] = mapped_column(Integer, default=0)
    library: Mapped[str] = mapped_column(String(80), default="")
    done_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # marked done by the person
    imported_at: Mapped[str] = mapped_column(String(32))


class GoalProposalRow(Base):
    """A goal the coach proposed, imported from a feedback file, and the person's answer."""

    __tablename__ = "goal_proposal"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the feedback entry's id
    coach: Mapped[str] = mapped_column(String(200), default="")
    proposed: Mapped[date] = mapped_column(Date)
    statement: Mapped[str] = mapped_column(Text)
    counts: Mapped[str | None] = mapped_column(String(30), nullable=True)
    target: Mapped[float] = mapped_column(Float)
    deadline: Mapped[date] = mapped_column(Date)
    replaces: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str | None] = mapped_column(String(20), nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    goal_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the goal agreed
    agreed: Mapped[str] = mapped_column(Text, default="")  # its statement as agreed
    imported_at: Mapped[str] = mapped_column(String(32))


class DraftAskRow(Base):
    """A draft the person chose to send for their coach's comments: its text as it was then."""

    __tablename__ = "draft_ask"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    draft_id: Mapped[int] = mapped_column(Integer, index=True)
    asked_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(500), default="")
    network: Mapped[str] = mapped_column(String(30))
    text: Mapped[str] = mapped_column(Text)


class DraftCommentRow(Base):
    """A coach's comment on a draft the person sent, from a feedback file."""

    __tablename__ = "draft_comment"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the feedback entry's id
    ask_id: Mapped[str] = mapped_column(String(32), index=True)
    coach: Mapped[str] = mapped_column(String(200), default="")
    day: Mapped[date] = mapped_column(Date)
    quote: Mapped[str] = mapped_column(Text, default="")
    offset: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    resolved_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    imported_at: Mapped[str] = mapped_column(String(32))


class CoachFeedbackRow(Base):
    """Feedback or recognition a coach writes for a person, sent as a feedback file."""

    __tablename__ = "coach_feedback"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(32), index=True)
    person_name: Mapped[str] = mapped_column(String(200), default="")
    day: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    exported_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    exercise: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON, kind "exercise"
    goal: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON, kind "goal"
    comment: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON, "draft_comment"
    share: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON, kind "share_ask"


class ShareAskRow(Base):
    """A coach's request to share one of the person's posts with the group, from a feedback
    file, and the person's newest answer (issue 21)."""

    __tablename__ = "share_ask"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # the feedback entry's id
    coach: Mapped[str] = mapped_column(String(200), default="")
    asked: Mapped[date] = mapped_column(Date)
    post: Mapped[str] = mapped_column(Text)
    why: Mapped[str] = mapped_column(Text, default="")
    permission: Mapped[str | None] = mapped_column(String(20), nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    imported_at: Mapped[str] = mapped_column(String(32))


class GroupSessionRow(Base):
    """A group session the coach planned; it goes in the group file while it is to come."""

    __tablename__ = "group_session"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    start: Mapped[str] = mapped_column(String(5))  # HH:MM, local wall time
    minutes: Mapped[int] = mapped_column(Integer)
    topic: Mapped[str] = mapped_column(String(200))
    agenda: Mapped[str] = mapped_column(Text, default="")


class SessionAttendanceRow(Base):
    """Who took part in a group session: the coach's own note, never in any file."""

    __tablename__ = "session_attendance"

    session_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[str] = mapped_column(String(32), primary_key=True)


class GroupFileRow(Base):
    """The newest group file from the coach (kind "cohort"), its JSON as it came: one row."""

    __tablename__ = "group_file"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)  # always 1
    coach: Mapped[str] = mapped_column(String(200), default="")
    made_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[str] = mapped_column(String(40))
    data: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[str] = mapped_column(String(32))
