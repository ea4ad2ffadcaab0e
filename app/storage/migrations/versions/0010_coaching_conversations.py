"""Coaching conversations: exercises a coach assigns, goals a coach proposes, drafts sent for
the coach's comments (issue 21).

The coach keeps an exercise, a goal proposal or a comment on a draft with the feedback written
for a person (``coach_feedback.exercise``, ``.goal`` and ``.comment``, their JSON); the person
keeps what arrived in a feedback file in ``exercise_received`` (with the day they marked it
done), ``goal_proposal`` (with their answer and the goal agreed) and ``draft_comment`` (with
the day they resolved it), and the drafts they chose to send in ``draft_ask``.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coach_feedback") as batch:
        batch.add_column(sa.Column("exercise", sa.Text(), nullable=True))
        batch.add_column(sa.Column("goal", sa.Text(), nullable=True))
        batch.add_column(sa.Column("comment", sa.Text(), nullable=True))
    op.create_table(
        "exercise_received",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("coach", sa.String(length=200), nullable=False),
        sa.Column("assigned", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("counts", sa.String(length=30), nullable=True),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("library", sa.String(length=80), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_exercise_received_due"), "exercise_received", ["due"], unique=False)
    op.create_table(
        "goal_proposal",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("coach", sa.String(length=200), nullable=False),
        sa.Column("proposed", sa.Date(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column("counts", sa.String(length=30), nullable=True),
        sa.Column("target", sa.Float(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("replaces", sa.Text(), nullable=False),
        sa.Column("answer", sa.String(length=20), nullable=True),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("agreed", sa.Text(), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "draft_ask",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("draft_id", sa.Integer(), nullable=False),
        sa.Column("asked_on", sa.Date(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("network", sa.String(length=30), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_draft_ask_draft_id"), "draft_ask", ["draft_id"], unique=False)
    op.create_table(
        "draft_comment",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("ask_id", sa.String(length=32), nullable=False),
        sa.Column("coach", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("offset", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("resolved_on", sa.Date(), nullable=True),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_draft_comment_ask_id"), "draft_comment", ["ask_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_draft_comment_ask_id"), table_name="draft_comment")
    op.drop_table("draft_comment")
    op.drop_index(op.f("ix_draft_ask_draft_id"), table_name="draft_ask")
    op.drop_table("draft_ask")
    op.drop_table("goal_proposal")
    op.drop_index(op.f("ix_exercise_received_due"), table_name="exercise_received")
    op.drop_table("exercise_received")
    with op.batch_alter_table("coach_feedback") as batch:
        batch.drop_column("comment")
        batch.drop_column("goal")
        batch.drop_column("exercise")
